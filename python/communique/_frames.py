"""Column exports shared by `EventTable` and `Article`: pyarrow, pandas, polars, HTML; and the
batch helpers the native `parse_many` calls (DataFrame rows, a tqdm progress bar)."""

from __future__ import annotations

import html
import math
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from communique._core import COLUMNS, EventTable

if TYPE_CHECKING:
    import pandas as pd
    import polars as pl

INT_COLUMNS = frozenset({"sentence_index", "quad_class", "mentions", "span_start", "span_end"})
FLOAT_COLUMNS = frozenset({"goldstein", "confidence"})
#: Rows shown by ``_repr_html_``.
HTML_ROWS = 10
HTML_COLUMNS = ("date", "source_code", "code", "name", "target_code", "goldstein", "quad_class", "trigger")


def to_arrow(table: EventTable) -> Any:
    """The table as a `pyarrow.Table`, read through the Arrow C stream."""
    try:
        import pyarrow as pa  # type: ignore[import-untyped,unused-ignore]
    except ImportError as error:
        raise ImportError("to_arrow() needs pyarrow: pip install pyarrow") from error
    return pa.table(table)


def to_polars(table: EventTable) -> pl.DataFrame:
    """The table as a polars DataFrame, read through the Arrow C stream."""
    try:
        import polars as pl
    except ImportError as error:
        raise ImportError("to_polars() needs polars: pip install 'communique[polars]'") from error
    return pl.DataFrame(table)


def to_pandas(table: EventTable) -> pd.DataFrame:
    """The table as a pandas DataFrame with fixed dtypes, whatever the number of rows.

    ``date`` is ``datetime64[ns]`` (``NaT`` where the event has no date), counts and offsets are
    ``int64``, ``goldstein`` and ``confidence`` are ``float64``, and every other column, the
    CAMEO ``code`` with its leading zero among them, is pandas' ``string`` dtype
    (``date_precision`` is ``<NA>`` where ``date`` is ``NaT``). The columns go
    through Arrow when pyarrow is installed, and through a dict of lists otherwise.
    """
    try:
        import pandas as pd
    except ImportError as error:
        raise ImportError("to_pandas() needs pandas: pip install 'communique[pandas]'") from error
    try:
        import pyarrow as pa  # type: ignore[import-untyped,unused-ignore]
    except ImportError:
        return _pandas_from_columns(table.to_dict())
    arrow = pa.table(table)
    string = pd.StringDtype()

    def mapper(arrow_type: Any) -> Any:
        return string if arrow_type == pa.string() else None

    frame: pd.DataFrame = arrow.to_pandas(types_mapper=mapper, date_as_object=False)
    frame["date"] = frame["date"].astype("datetime64[ns]")
    return frame


def _pandas_from_columns(columns: dict[str, list[Any]]) -> pd.DataFrame:
    import pandas as pd

    series: dict[str, pd.Series] = {}
    for name in COLUMNS:
        values = columns[name]
        if name == "date":
            series[name] = pd.Series(pd.to_datetime(values)).astype("datetime64[ns]")
        elif name in INT_COLUMNS:
            series[name] = pd.Series(values, dtype="int64")
        elif name in FLOAT_COLUMNS:
            series[name] = pd.Series(values, dtype="float64")
        else:
            series[name] = pd.Series(values, dtype="string")
    return pd.DataFrame(series)


def repr_html(table: EventTable) -> str:
    """An HTML table of the first rows and the number of events, for notebooks."""
    head = table[:HTML_ROWS]
    assert isinstance(head, EventTable)
    rows = head.to_dicts()
    cells = "".join(f"<th>{html.escape(c)}</th>" for c in HTML_COLUMNS)
    body = []
    for row in rows:
        values = ("" if row[c] is None else str(row[c]) for c in HTML_COLUMNS)
        body.append("<tr>" + "".join(f"<td>{html.escape(v)}</td>" for v in values) + "</tr>")
    more = f"<p>{len(table)} events" + (f", first {len(rows)} shown" if len(table) > len(rows) else "")
    rejected = len(table.errors)
    more += f"; {rejected} records set aside (<code>.errors</code>)</p>" if rejected else "</p>"
    return f"<table><thead><tr>{cells}</tr></thead><tbody>{''.join(body)}</tbody></table>{more}"


def progress_bar(total: int | None) -> Any:
    """A `tqdm.auto` bar counting articles (a widget in Jupyter, text on a terminal)."""
    try:
        from tqdm.auto import tqdm  # type: ignore[import-untyped,unused-ignore]
    except ImportError as error:
        raise ImportError("progress=True needs tqdm: pip install tqdm, or pass a callable") from error
    return tqdm(total=total, unit="article")


def _missing(value: Any) -> bool:
    if value is None:
        return True
    if isinstance(value, float) and math.isnan(value):
        return True
    return type(value).__name__ == "NaTType"


def frame_records(frame: pd.DataFrame, text: str, id: str, published: str) -> Sequence[dict[str, Any]]:
    """The rows of a DataFrame as the mappings `parse_many` reads; missing values (NaN, NaT,
    None) are left out so that they count as absent. Without an id column, the row's index
    label is the article id."""
    if text not in frame.columns:
        raise KeyError(f"the DataFrame has no text column {text!r}; pass text=COLUMN")
    if id not in frame.columns:
        frame = frame.assign(**{id: frame.index.astype(str)})
    keep = [c for c in (text, id, published, "title", "source", "url") if c in frame.columns]
    rows = frame[keep].to_dict("records")
    return [{str(k): v for k, v in row.items() if not _missing(v) or k == text} for row in rows]
