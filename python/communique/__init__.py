"""communique: political event data from English news, coded in CAMEO.

``communique.parse(text, published=...)`` codes one article and returns an `Article` with its
sentences, actor mentions and events. Each `Event` says who did what to whom and when, with its
CAMEO code, QuadClass, Goldstein value, PLOVER mapping and the words that triggered it.
``Coder(actors=...)`` adds the user's own dictionaries to the bundled ones.
"""

from communique._core import (
    COLUMNS,
    Actor,
    Article,
    Coder,
    CommuniqueError,
    DateError,
    DictionaryError,
    Event,
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
    "InputError",
    "InternalError",
    "Mention",
    "Sentence",
    "__version__",
    "parse",
    "parse_date",
]
