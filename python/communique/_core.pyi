"""Type stubs for the native module ``communique._core`` (checked by ``mypy.stubtest``)."""

import datetime
import os
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import Any, Final, NoReturn, SupportsIndex, TypeAlias, final, overload

import pandas as pd
import polars as pl

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
    "_cameo_codes",
    "_panic",
    "parse",
    "parse_date",
]

__version__: str
#: The columns of one event row, in order (`Event.to_dict()`, `Article.to_pandas()`, the CLI).
COLUMNS: Final[tuple[str, ...]]

class CommuniqueError(ValueError):
    """The base of every error communique raises."""

class DictionaryError(CommuniqueError):
    """A dictionary file or entry that cannot be read."""

    file: str
    line: int

class DateError(CommuniqueError):
    """A date that cannot be read; `value` is the date as given."""

    value: str

class InputError(CommuniqueError):
    """An article that cannot be coded as given."""

class InternalError(CommuniqueError):
    """A bug in communique (a caught Rust panic)."""

_Published: TypeAlias = datetime.date | str | None
_DictionaryArg: TypeAlias = str | os.PathLike[str] | Sequence[str | os.PathLike[str]] | None

@final
class Actor:
    """A political actor as an event or mention reports it."""

    __match_args__ = ("text", "name", "code", "country", "type", "span")
    def __new__(cls, text: str, name: str, code: str, country: str, type: str, span: tuple[int, int]) -> Actor: ...
    @property
    def text(self) -> str: ...
    @property
    def name(self) -> str: ...
    @property
    def code(self) -> str: ...
    @property
    def country(self) -> str: ...
    @property
    def type(self) -> str: ...
    @property
    def span(self) -> tuple[int, int]: ...
    def to_dict(self) -> dict[str, Any]: ...
    def __getnewargs__(self) -> tuple[str, str, str, str, str, tuple[int, int]]: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...

@final
class Mention:
    """One actor mention in the article."""

    __match_args__ = ("sentence_index", "actor", "kind", "antecedent")
    def __new__(cls, sentence_index: int, actor: Actor, kind: str, antecedent: int | None = None) -> Mention: ...
    @property
    def sentence_index(self) -> int: ...
    @property
    def actor(self) -> Actor: ...
    @property
    def kind(self) -> str: ...
    @property
    def antecedent(self) -> int | None: ...
    def to_dict(self) -> dict[str, Any]: ...
    def __getnewargs__(self) -> tuple[int, Actor, str, int | None]: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...

@final
class Sentence:
    """A sentence of the article with its character offsets."""

    __match_args__ = ("index", "start", "end", "text")
    def __new__(cls, index: int, start: int, end: int, text: str) -> Sentence: ...
    @property
    def index(self) -> int: ...
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def text(self) -> str: ...
    def to_dict(self) -> dict[str, Any]: ...
    def __getnewargs__(self) -> tuple[int, int, int, str]: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...

@final
class Event:
    """One coded event: who did what to whom, when and where, and why."""

    __match_args__ = (
        "article_id",
        "sentence_index",
        "date",
        "source",
        "target",
        "code",
        "root",
        "name",
        "quad_class",
        "goldstein",
        "plover_type",
        "plover_mode",
        "modality",
        "date_source",
        "date_precision",
        "location",
        "mentions",
        "confidence",
        "sentence",
        "span_start",
        "span_end",
        "trigger",
        "rule",
        "mention_sentences",
    )
    def __new__(
        cls,
        article_id: str,
        sentence_index: int,
        date: datetime.date | None,
        source: Actor,
        target: Actor | None,
        code: str,
        root: str,
        name: str,
        quad_class: int,
        goldstein: float,
        plover_type: str,
        plover_mode: str,
        modality: str,
        date_source: str,
        date_precision: str | None,
        location: str | None,
        mentions: int,
        confidence: float,
        sentence: str,
        span_start: int,
        span_end: int,
        trigger: str,
        rule: str,
        mention_sentences: Sequence[int] = ...,
    ) -> Event: ...
    @property
    def article_id(self) -> str: ...
    @property
    def sentence_index(self) -> int: ...
    @property
    def date(self) -> datetime.date | None: ...
    @property
    def source(self) -> Actor: ...
    @property
    def target(self) -> Actor | None: ...
    @property
    def code(self) -> str: ...
    @property
    def root(self) -> str: ...
    @property
    def name(self) -> str: ...
    @property
    def quad_class(self) -> int: ...
    @property
    def goldstein(self) -> float: ...
    @property
    def plover_type(self) -> str: ...
    @property
    def plover_mode(self) -> str: ...
    @property
    def modality(self) -> str: ...
    @property
    def date_source(self) -> str: ...
    @property
    def date_precision(self) -> str | None: ...
    @property
    def location(self) -> str | None: ...
    @property
    def mentions(self) -> int: ...
    @property
    def confidence(self) -> float: ...
    @property
    def sentence(self) -> str: ...
    @property
    def span_start(self) -> int: ...
    @property
    def span_end(self) -> int: ...
    @property
    def trigger(self) -> str: ...
    @property
    def rule(self) -> str: ...
    @property
    def mention_sentences(self) -> tuple[int, ...]: ...
    @property
    def source_text(self) -> str: ...
    @property
    def source_name(self) -> str: ...
    @property
    def source_code(self) -> str: ...
    @property
    def source_country(self) -> str: ...
    @property
    def source_type(self) -> str: ...
    @property
    def target_text(self) -> str: ...
    @property
    def target_name(self) -> str: ...
    @property
    def target_code(self) -> str: ...
    @property
    def target_country(self) -> str: ...
    @property
    def target_type(self) -> str: ...
    def explain(self) -> str: ...
    def to_dict(self) -> dict[str, Any]: ...
    def __getnewargs__(self) -> tuple[Any, ...]: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...

@final
class Article:
    """A coded article: its sentences, actor mentions and events."""

    __match_args__ = ("id", "published", "title", "source", "url", "sentences", "mentions", "events")
    def __new__(
        cls,
        id: str,
        published: datetime.date | None,
        title: str | None,
        source: str | None,
        url: str | None,
        sentences: Iterable[Sentence],
        mentions: Iterable[Mention],
        events: Iterable[Event],
    ) -> Article: ...
    @property
    def id(self) -> str: ...
    @property
    def published(self) -> datetime.date | None: ...
    @property
    def title(self) -> str | None: ...
    @property
    def source(self) -> str | None: ...
    @property
    def url(self) -> str | None: ...
    @property
    def sentences(self) -> tuple[Sentence, ...]: ...
    @property
    def mentions(self) -> tuple[Mention, ...]: ...
    @property
    def events(self) -> tuple[Event, ...]: ...
    def to_dict(self) -> dict[str, Any]: ...
    def to_dicts(self) -> list[dict[str, Any]]: ...
    def to_pandas(self) -> pd.DataFrame: ...
    def to_arrow(self) -> Any:  # a pyarrow.Table (pyarrow ships no type stubs)
        ...
    def to_polars(self) -> pl.DataFrame: ...
    def _repr_html_(self) -> str: ...
    def __arrow_c_stream__(self, requested_schema: object | None = None) -> object: ...
    def __getnewargs__(self) -> tuple[Any, ...]: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...

_Rejected: TypeAlias = tuple[int, str | None, str]

@final
class EventTable:
    """The events of many articles, in input order, kept in Rust and exported by column."""

    def __new__(cls, events: Sequence[Event] = ..., errors: Sequence[_Rejected] = ...) -> EventTable: ...
    @property
    def errors(self) -> list[_Rejected]: ...
    def __len__(self) -> int: ...
    @overload
    def __getitem__(self, index: SupportsIndex, /) -> Event: ...
    @overload
    def __getitem__(self, index: slice, /) -> EventTable: ...
    def __iter__(self) -> Iterator[Event]: ...
    def __reduce__(self) -> tuple[type[EventTable], tuple[list[Event], list[_Rejected]]]: ...
    def __arrow_c_stream__(self, requested_schema: object | None = None) -> object: ...
    def to_dict(self) -> dict[str, list[Any]]: ...
    def to_dicts(self) -> list[dict[str, Any]]: ...
    def to_arrow(self) -> Any:  # a pyarrow.Table (pyarrow ships no type stubs)
        ...
    def to_pandas(self) -> pd.DataFrame: ...
    def to_polars(self) -> pl.DataFrame: ...
    def _repr_html_(self) -> str: ...

@final
class Coder:
    """The bundled dictionaries plus the user's own."""

    def __new__(
        cls,
        actors: _DictionaryArg = None,
        agents: _DictionaryArg = None,
        patterns: _DictionaryArg = None,
        *,
        targetless: bool = False,
    ) -> Coder: ...
    @property
    def targetless(self) -> bool: ...
    def parse(
        self,
        text: str,
        *,
        published: _Published = None,
        id: str | None = None,
        source: str | None = None,
        url: str | None = None,
        title: str | None = None,
    ) -> Article: ...
    def parse_many(
        self,
        articles: Iterable[str | Mapping[str, Any]] | pd.DataFrame,
        *,
        published: _Published = None,
        threads: int | None = None,
        progress: bool | Callable[[int], object] | None = None,
        errors: str = "raise",
        text: str = "text",
        id: str = "id",
        published_column: str = "published",
    ) -> EventTable: ...
    def parse_articles(self, texts: Iterable[str | Mapping[str, Any]]) -> list[Article]: ...
    def __reduce__(self) -> tuple[Callable[..., Coder], tuple[list[str | os.PathLike[str]], ...]]: ...
    def _code_only(self, texts: Sequence[str], threads: int | None = None) -> int: ...

def parse(
    text: str,
    *,
    published: _Published = None,
    id: str | None = None,
    source: str | None = None,
    url: str | None = None,
    title: str | None = None,
) -> Article:
    """Codes one article with the bundled dictionaries."""

def parse_date(value: str) -> datetime.date:
    """Reads an ISO date or date-time string as a date; raises `DateError` otherwise."""

def _cameo_codes() -> list[tuple[str, str, str, float, int, str, str]]:
    """The CAMEO codebook rows, sorted by code."""

def _panic(message: str) -> NoReturn:
    """Test hook: a panic inside the binding's guard, which must arrive as `InternalError`."""
