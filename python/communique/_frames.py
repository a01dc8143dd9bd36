"""Events as a pandas DataFrame: one row per event, the columns of `communique.COLUMNS`."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from communique._core import COLUMNS, Event

if TYPE_CHECKING:
    import pandas as pd

INT_COLUMNS = frozenset({"sentence_index", "quad_class", "mentions", "span_start", "span_end"})
FLOAT_COLUMNS = frozenset({"goldstein", "confidence"})


def events_frame(events: Sequence[Event]) -> pd.DataFrame:
    """The events as a DataFrame with fixed dtypes, whatever the number of rows.

    ``date`` is ``datetime64[ns]`` (``NaT`` where the event has no date), counts and offsets are
    ``int64``, ``goldstein`` and ``confidence`` are ``float64``, and every other column, the
    CAMEO ``code`` with its leading zero among them, is pandas' ``string`` dtype.
    """
    try:
        import pandas as pd
    except ImportError as error:
        raise ImportError("Article.to_pandas() needs pandas: pip install 'communique[pandas]'") from error
    rows = [event.to_dict() for event in events]
    columns: dict[str, pd.Series] = {}
    for name in COLUMNS:
        values = [row[name] for row in rows]
        if name == "date":
            columns[name] = pd.Series(pd.to_datetime(values)).astype("datetime64[ns]")
        elif name in INT_COLUMNS:
            columns[name] = pd.Series(values, dtype="int64")
        elif name in FLOAT_COLUMNS:
            columns[name] = pd.Series(values, dtype="float64")
        else:
            columns[name] = pd.Series(values, dtype="string")
    return pd.DataFrame(columns)
