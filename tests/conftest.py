"""Shared fixtures: the repository's paths and real article text."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"

# A real-world-style paragraph with curly quotes, an em dash and accented names, so that
# every character offset is checked against byte offsets that differ from it.
UNICODE_TEXT = (
    "In her second trip to China in less than a month, North Korean Foreign Minister "
    "Choe Son-hui met Chinese Premier Li Qiang on Monday.\n"
    "Premier Li welcomed Choe in Beijing and expressed China’s commitment to exchanges "
    "“at all levels,” according to China’s Foreign Ministry.\n"
    "France’s foreign minister — speaking in Besançon — said Paris would “closely watch” the talks."
)


@pytest.fixture(scope="session")
def example() -> dict[str, Any]:
    """The example article that ships inside the package."""
    from communique.cli import load_example

    return load_example()


def shared_file(*parts: str) -> Path:
    """A file in ../shared, or a clean skip when ../shared is not there."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is not available")
    return path


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]
