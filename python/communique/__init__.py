"""communique: political event data from English news, coded in CAMEO.

``communique.parse(text, published=...)`` codes one article and returns an `Article` with its
sentences, actor mentions and events. Each `Event` says who did what to whom and when, with its
CAMEO code, QuadClass, Goldstein value, PLOVER mapping and the words that triggered it.
``Coder(actors=...)`` adds the user's own dictionaries to the bundled ones.
``communique.parse_many(articles)`` codes a batch on all cores into an `EventTable`, which
exports its columns to pyarrow, pandas and polars.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING, Any, Literal

from communique._core import (
    COLUMNS,
    Actor,
    Article,
    Coder,
    CommuniqueError,
    DateError,
    DictionaryError,
    Event,
    EventTable,
    InputError,
    InternalError,
    Mention,
    Sentence,
    __version__,
    parse,
    parse_date,
)

__all__ = [
    "COLUMNS",
    "Actor",
    "Article",
    "Coder",
    "CommuniqueError",
    "DateError",
    "DictionaryError",
    "Event",
    "EventTable",
    "InputError",
    "InternalError",
    "Mention",
    "Sentence",
    "__version__",
    "cameo",
    "dyads",
    "parse",
    "parse_date",
    "parse_many",
    "plot_dyad",
]

from communique import cameo
from communique.analysis import dyads, plot_dyad

if TYPE_CHECKING:
    import pandas as pd

_DEFAULT_CODER: Coder | None = None


def parse_many(
    articles: Iterable[str | Mapping[str, Any]] | pd.DataFrame,
    *,
    published: datetime.date | str | None = None,
    threads: int | None = None,
    progress: bool | Callable[[int], object] = False,
    coder: Coder | None = None,
    errors: Literal["raise", "collect"] = "raise",
    text: str = "text",
    id: str = "id",
    published_column: str = "published",
) -> EventTable:
    """Codes many articles on all cores and returns their events as one `EventTable`.

    ``articles`` is an iterable of strings, of mappings with the text and optionally ``id``,
    ``published``, ``title``, ``source``, ``url``, or a pandas DataFrame; ``text``, ``id`` and
    ``published_column`` name the keys (columns) to read. ``published`` is the date for articles
    that give none. ``threads`` sets the number of worker threads (default: all cores); the
    events come out in input order and are the same whatever the number. ``progress`` is
    ``True`` for a tqdm bar, or a callable given the number of articles just finished.
    A record that cannot be coded raises, naming its index and id; with ``errors="collect"``
    it is set aside in ``table.errors`` as ``(index, id, message)`` and the rest are coded.
    ``coder`` is a `Coder` with user dictionaries (default: the bundled ones).
    """
    global _DEFAULT_CODER
    if coder is None:
        if _DEFAULT_CODER is None:
            _DEFAULT_CODER = Coder()
        coder = _DEFAULT_CODER
    return coder.parse_many(
        articles,
        published=published,
        threads=threads,
        progress=progress,
        errors=errors,
        text=text,
        id=id,
        published_column=published_column,
    )
