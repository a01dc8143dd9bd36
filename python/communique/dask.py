"""Coding a Dask DataFrame of articles partition by partition, on one machine or a cluster.

``communique.dask.code(ddf, text="text")`` returns a lazy Dask DataFrame with one row per event
and the columns of `communique.COLUMNS`. Each partition is coded with `parse_many` where it
lives; a `Coder` with user dictionaries travels pickled as its construction arguments and is
compiled once per worker process.
"""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any

from communique import parse_many
from communique._core import Coder, EventTable

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["code", "meta"]


def meta() -> pd.DataFrame:
    """The empty events frame that describes the columns and dtypes of `code`'s result."""
    return EventTable().to_pandas()


def _code_partition(
    frame: pd.DataFrame,
    text: str,
    id: str,
    published_column: str,
    published: datetime.date | str | None,
    coder: Coder | None,
    threads: int | None,
) -> pd.DataFrame:
    table = parse_many(
        frame,
        text=text,
        id=id,
        published_column=published_column,
        published=published,
        coder=coder,
        threads=threads,
    )
    return table.to_pandas()


def code(
    ddf: Any,
    text: str = "text",
    published: datetime.date | str | None = None,
    coder: Coder | None = None,
    *,
    id: str = "id",
    published_column: str = "published",
    threads: int | None = None,
) -> Any:
    """Codes the articles of a Dask DataFrame; returns a Dask DataFrame of their events.

    ``text``, ``id`` and ``published_column`` name the columns to read (without an id column
    the row's index is the article id); ``published`` is the date for articles that give none.
    ``coder`` is a `Coder` with user dictionaries (default: the bundled ones). ``threads``
    limits the threads each partition uses (default: all cores of the worker). The result is
    lazy: call ``.compute()``, or write it with ``.to_parquet()``.
    """
    return ddf.map_partitions(
        _code_partition,
        text,
        id,
        published_column,
        published,
        coder,
        threads,
        meta=meta(),
        align_dataframes=False,
    )
