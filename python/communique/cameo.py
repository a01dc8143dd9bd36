"""The CAMEO event codebook that communique codes with."""

from __future__ import annotations

from typing import TYPE_CHECKING

from communique._core import _cameo_codes

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["CODEBOOK_COLUMNS", "table"]

#: The columns of `table()`, in order.
CODEBOOK_COLUMNS = ("code", "name", "root", "goldstein", "quad_class", "plover_type", "plover_mode")


def table() -> pd.DataFrame:
    """Every CAMEO event code as a DataFrame, sorted by code: its name, two-digit root,
    Goldstein value, QuadClass (1-4) and PLOVER type and mode. Codes are strings, so "042"
    keeps its leading zero."""
    import pandas as pd

    rows = _cameo_codes()
    frame = pd.DataFrame(rows, columns=list(CODEBOOK_COLUMNS))
    for column in ("code", "name", "root", "plover_type", "plover_mode"):
        frame[column] = frame[column].astype("string")
    frame["goldstein"] = frame["goldstein"].astype("float64")
    frame["quad_class"] = frame["quad_class"].astype("int64")
    return frame
