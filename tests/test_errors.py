"""Errors: the exception hierarchy, bad arguments, odd input, panics and dictionary errors."""

from __future__ import annotations

import datetime
import time
from pathlib import Path
from typing import Any

import pytest

import communique as cq
from conftest import UNICODE_TEXT


def test_hierarchy_is_rooted_in_value_error() -> None:
    assert issubclass(cq.CommuniqueError, ValueError)
    for cls in (cq.DictionaryError, cq.DateError, cq.InputError, cq.InternalError):
        assert issubclass(cls, cq.CommuniqueError)
        assert cls.__module__ == "communique"


@pytest.mark.parametrize("text", [42, b"bytes are not text", None, ["a list"]])
def test_non_string_text_is_a_type_error(text: Any) -> None:
    with pytest.raises(TypeError, match="text must be a str"):
        cq.parse(text)
    with pytest.raises(TypeError, match="text must be a str"):
        cq.Coder().parse(text)


def test_parse_many_names_the_bad_item() -> None:
    coder = cq.Coder()
    with pytest.raises(TypeError, match="item 1"):
        coder.parse_many(["fine", 3])
    with pytest.raises(cq.InputError, match=r"item 0 \(id 'a'\): the record has no 'text'"):
        coder.parse_many([{"id": "a"}])
    with pytest.raises(cq.DateError, match="item 2") as caught:
        coder.parse_many(["a", "b", {"text": "c", "published": "next Tuesday"}])
    assert caught.value.value == "next Tuesday"


@pytest.mark.parametrize("value", ["yesterday", "29/09/2025", "2025-02-30", "2025-9-29x", ""])
def test_unparseable_published_quotes_the_value(value: str) -> None:
    with pytest.raises(cq.DateError) as caught:
        cq.parse("The talks ended.", published=value)
    assert f'"{value}"' in str(caught.value)
    assert caught.value.value == value
    # Analysts catching ValueError get it too.
    with pytest.raises(ValueError):
        cq.Coder().parse("The talks ended.", published=value)


@pytest.mark.parametrize("value", [20250929, 2025.9, datetime.time(12, 0), ["2025-09-29"]])
def test_published_of_the_wrong_type_is_a_type_error(value: Any) -> None:
    with pytest.raises(TypeError, match="published must be"):
        cq.parse("The talks ended.", published=value)


@pytest.mark.parametrize("text", ["", " ", "\n\n\t  \r\n", "\u00a0\u2003"])
def test_empty_or_blank_text_gives_no_events(text: str) -> None:
    article = cq.parse(text, published="2025-09-29")
    assert isinstance(article, cq.Article)
    assert article.events == ()
    assert article.mentions == ()


def test_twenty_megabyte_article(example: dict[str, Any]) -> None:
    paragraph = example["text"] + "\n" + UNICODE_TEXT + "\n"
    repeats = 20_000_000 // len(paragraph.encode()) + 1
    text = paragraph * repeats
    assert len(text.encode()) >= 20_000_000
    started = time.perf_counter()
    article = cq.parse(text, published="2025-11-18", id="big")
    elapsed = time.perf_counter() - started
    one = cq.parse(paragraph, published="2025-11-18", id="big")
    assert len(article.sentences) == len(one.sentences) * repeats
    last = article.sentences[-1]
    assert text[last.start : last.end] == last.text
    # The repeats report the same events, which deduplication merges.
    assert {(e.code, e.source.code, e.target_code) for e in article.events} == {
        (e.code, e.source.code, e.target_code) for e in one.events
    }
    # Generous: the point is no pathological slowdown, on a shared 2-core machine.
    assert elapsed < 300, f"20 MB took {elapsed:.0f} s"


def test_rust_panic_arrives_as_internal_error() -> None:
    with pytest.raises(cq.InternalError, match="boom in the binding") as caught:
        cq._core._panic("boom in the binding")
    # An ordinary Exception, unlike pyo3's PanicException (a BaseException).
    assert isinstance(caught.value, Exception)


def test_missing_dictionary_file_is_a_dictionary_error(tmp_path: Path) -> None:
    missing = tmp_path / "no_such_actors.txt"
    with pytest.raises(cq.DictionaryError, match="no_such_actors.txt") as caught:
        cq.Coder(actors=missing)
    assert caught.value.file == str(missing)


def test_bad_dictionary_line_names_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "my_actors.txt"
    path.write_text("# my actors\nIDN | Indonesia | Indonesian | Jakarta\nthis line has no fields\n", encoding="utf-8")
    with pytest.raises(cq.DictionaryError) as caught:
        cq.Coder(actors=str(path))
    assert caught.value.file == str(path)
    assert caught.value.line == 3
    assert "my_actors.txt, line 3" in str(caught.value)


def test_bad_entry_string_names_its_line() -> None:
    with pytest.raises(cq.DictionaryError) as caught:
        cq.Coder(actors=["IDN | Indonesia | Indonesian | Jakarta", "not an entry"])
    assert caught.value.file == "<actors entries>"
    assert caught.value.line == 2


def test_dictionary_argument_of_the_wrong_type() -> None:
    with pytest.raises(TypeError, match="actors must be a path or a list"):
        cq.Coder(actors=42)  # type: ignore[arg-type]
