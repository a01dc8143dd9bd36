"""Rebuilding pickled coders: each distinct `Coder` is compiled once per process, so a Dask
worker or a process pool that receives the same coder with every task compiles it once."""

from __future__ import annotations

import os
from collections.abc import Sequence

from communique._core import Coder

_Source = str | os.PathLike[str]
_CACHE: dict[tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], bool], Coder] = {}


def _key(sources: Sequence[_Source]) -> tuple[str, ...]:
    return tuple(f"path:{os.fspath(s)}" if isinstance(s, os.PathLike) else f"text:{s}" for s in sources)


def rebuild(
    actors: Sequence[_Source], agents: Sequence[_Source], patterns: Sequence[_Source], targetless: bool = False
) -> Coder:
    """The coder with these user dictionaries and options, compiled on the first call in this process."""
    key = (_key(actors), _key(agents), _key(patterns), targetless)
    coder = _CACHE.get(key)
    if coder is None:
        coder = Coder(
            actors=list(actors) or None,
            agents=list(agents) or None,
            patterns=list(patterns) or None,
            targetless=targetless,
        )
        _CACHE[key] = coder
    return coder
