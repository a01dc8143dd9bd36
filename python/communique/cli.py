"""The ``communique`` command: ``demo`` codes the bundled example article, ``code`` codes files.

``communique code INPUT [-o OUTPUT]`` reads a JSONL file of articles (one JSON object a line
with ``text`` and optionally ``id``, ``published``, ``title``, ``source``, ``url``), a JSON file
holding one such object or a list of them, or a plain text file (one article), and writes one
row per event with the columns of `communique.COLUMNS`, as JSONL or CSV.
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import datetime
import json
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import IO, Any

from communique._core import COLUMNS, Article, Coder, CommuniqueError, DateError, __version__, parse_date

#: Articles coded per call into Rust: large enough to keep every core busy, small enough
#: that output streams and a bad record costs little to isolate.
BATCH = 64

RECORD_KEYS = ("id", "text", "published", "title", "source", "url")


@dataclass
class Record:
    """One article read from the input, with the line it came from (for messages)."""

    line: int
    fields: dict[str, Any]


@dataclass
class Stats:
    articles: int = 0
    events: int = 0
    skipped: int = 0


def load_example() -> dict[str, Any]:
    """The example article that ships with the package (an invented news story)."""
    text = resources.files("communique").joinpath("data", "example.json").read_text("utf-8")
    record: dict[str, Any] = json.loads(text)
    return record


def _clip(value: str, width: int) -> str:
    return value if len(value) <= width else value[: width - 1] + "\u2026"


def _actor_cell(code: str, name: str) -> str:
    return f"{code} ({name})" if name and code else code or "-"


def format_table(article: Article) -> str:
    """The article's events as an aligned text table for a terminal."""
    header = ("date", "source", "code", "name", "target", "modality", "trigger")
    widths = (10, 26, 4, 30, 26, 12, 24)
    rows = []
    for event in article.events:
        target = event.target
        rows.append(
            (
                event.date.isoformat() if event.date else "-",
                _actor_cell(event.source.code, event.source.name),
                event.code,
                event.name,
                _actor_cell(target.code, target.name) if target else "-",
                event.modality,
                event.trigger,
            )
        )
    used = [
        min(width, max([len(h)] + [len(row[i]) for row in rows])) for i, (h, width) in enumerate(zip(header, widths))
    ]
    lines = ["  ".join(h.ljust(w) for h, w in zip(header, used)).rstrip()]
    lines.append("  ".join("-" * w for w in used))
    for row in rows:
        lines.append("  ".join(_clip(cell, w).ljust(w) for cell, w in zip(row, used)).rstrip())
    return "\n".join(lines)


def run_demo(out: IO[str]) -> int:
    record = load_example()
    article = Coder().parse(
        record["text"],
        published=record["published"],
        id=record["id"],
        title=record["title"],
        source=record["source"],
    )
    out.write(f"{article.title}\n")
    out.write(f"published {article.published}, id {article.id!r}\n")
    out.write(
        f"{len(article.sentences)} sentences, {len(article.mentions)} actor mentions, {len(article.events)} events\n\n"
    )
    if article.events:
        out.write(format_table(article) + "\n")
    else:
        out.write("No events coded.\n")
    out.write("\nThe article (an invented example that ships with communique):\n\n")
    for sentence in article.sentences:
        out.write(f"  [{sentence.index}] {sentence.text}\n")
    return 0


def _warn(message: str) -> None:
    print(f"communique: {message}", file=sys.stderr)


def _record_from_json(value: Any, line: int, place: str) -> Record | None:
    """A record from one parsed JSON value, or None (with a warning) when it is not one."""
    if not isinstance(value, dict):
        _warn(f"{place}: expected a JSON object with 'text', got {type(value).__name__}; skipped")
        return None
    if not isinstance(value.get("text"), str):
        _warn(f"{place}: the record has no 'text' string; skipped")
        return None
    fields = {key: value[key] for key in RECORD_KEYS if value.get(key) is not None}
    fields.setdefault("id", str(line))
    return Record(line, fields)


def read_records(name: str, stream: IO[str], stats: Stats) -> Iterator[Record]:
    """The articles of INPUT: JSONL, JSON, or else the whole text as one article."""
    suffix = Path(name).suffix.lower()
    if suffix in (".jsonl", ".ndjson"):
        yield from _read_jsonl(name, stream, stats)
        return
    content = stream.read()
    if suffix == ".json":
        try:
            value = json.loads(content)
        except json.JSONDecodeError as error:
            _warn(f"{name}: not valid JSON ({error})")
            stats.skipped += 1
            return
        values = value if isinstance(value, list) else [value]
        for i, item in enumerate(values, start=1):
            record = _record_from_json(item, i, f"{name}: item {i}")
            if record is None:
                stats.skipped += 1
            else:
                yield record
        return
    if _looks_like_jsonl(content):
        yield from _read_jsonl(name, content.splitlines(keepends=True), stats)
        return
    stem = "stdin" if name == "-" else Path(name).stem
    yield Record(1, {"id": stem, "text": content})


def _looks_like_jsonl(content: str) -> bool:
    first = next((line for line in content.splitlines() if line.strip()), "")
    if not first.lstrip().startswith("{"):
        return False
    try:
        return isinstance(json.loads(first), dict)
    except json.JSONDecodeError:
        return False


def _read_jsonl(name: str, lines: IO[str] | Sequence[str], stats: Stats) -> Iterator[Record]:
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            value = json.loads(line)
        except json.JSONDecodeError as error:
            _warn(f"{name}, line {number}: not valid JSON ({error.msg}); skipped")
            stats.skipped += 1
            continue
        record = _record_from_json(value, number, f"{name}, line {number}")
        if record is None:
            stats.skipped += 1
        else:
            yield record


def _batches(records: Iterator[Record]) -> Iterator[list[Record]]:
    batch: list[Record] = []
    for record in records:
        batch.append(record)
        if len(batch) == BATCH:
            yield batch
            batch = []
    if batch:
        yield batch


def code_records(coder: Coder, name: str, records: Iterator[Record], stats: Stats) -> Iterator[Article]:
    """Codes the records in parallel batches. A batch with a bad record is coded again one
    record at a time, so the bad one is named by its line and the others still come out."""
    for batch in _batches(records):
        try:
            articles = coder.parse_many([r.fields for r in batch])
        except CommuniqueError:
            articles = []
            for record in batch:
                fields = dict(record.fields)
                text = fields.pop("text")
                try:
                    articles.append(coder.parse(text, **fields))
                except CommuniqueError as error:
                    _warn(f"{name}, line {record.line}: {error}; skipped")
                    stats.skipped += 1
        for article in articles:
            stats.articles += 1
            stats.events += len(article.events)
            yield article


def _cell(value: Any) -> Any:
    return value.isoformat() if isinstance(value, datetime.date) else value


class Writer:
    """Writes event rows as JSONL or CSV."""

    def __init__(self, out: IO[str], fmt: str) -> None:
        self.out = out
        self.csv = csv.DictWriter(out, fieldnames=list(COLUMNS), lineterminator="\n") if fmt == "csv" else None
        if self.csv is not None:
            self.csv.writeheader()

    def write(self, article: Article) -> None:
        for event in article.events:
            row = {key: _cell(value) for key, value in event.to_dict().items()}
            if self.csv is not None:
                self.csv.writerow({key: "" if value is None else value for key, value in row.items()})
            else:
                self.out.write(json.dumps(row, ensure_ascii=False) + "\n")


def _output_format(output: str | None, requested: str | None) -> str:
    if requested:
        return requested
    if output is None or output == "-":
        return "jsonl"
    suffix = Path(output).suffix.lower()
    if suffix == ".csv":
        return "csv"
    if suffix in (".jsonl", ".ndjson", ".json"):
        return "jsonl"
    raise ValueError(f"cannot tell the format of {output!r} from its extension: use .jsonl or .csv, or --format")


def run_code(args: argparse.Namespace) -> int:
    try:
        fmt = _output_format(args.output, args.format)
    except ValueError as error:
        _warn(str(error))
        return 2
    if args.published:
        try:
            parse_date(args.published)
        except DateError as error:
            _warn(f"--published: {error}")
            return 2
    stats = Stats()
    with contextlib.ExitStack() as files:
        try:
            source = sys.stdin if args.input == "-" else files.enter_context(open(args.input, encoding="utf-8"))
        except OSError as error:
            _warn(f"cannot read {args.input}: {error.strerror}")
            return 2
        to_stdout = args.output is None or args.output == "-"
        out = sys.stdout if to_stdout else files.enter_context(open(args.output, "w", encoding="utf-8", newline=""))
        records = read_records(args.input, source, stats)
        if args.published:
            records = (_with_default(r, "published", args.published) for r in records)
        writer = Writer(out, fmt)
        for article in code_records(Coder(), args.input, records, stats):
            writer.write(article)
    skipped = f"; {stats.skipped} skipped" if stats.skipped else ""
    _warn(f"coded {stats.articles} articles, {stats.events} events{skipped}")
    return 1 if stats.skipped else 0


def _with_default(record: Record, key: str, value: str) -> Record:
    record.fields.setdefault(key, value)
    return record


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="communique",
        description="Political event data (CAMEO, QuadClass, Goldstein, PLOVER) from English news.",
    )
    parser.add_argument("--version", action="version", version=f"communique {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    commands.add_parser("demo", help="code the example article that ships with communique and print its events")
    code = commands.add_parser(
        "code",
        help="code articles from a file into one row per event",
        description=(
            "Code articles into one row per event. INPUT is a JSONL file of articles (id, text, and "
            "optionally published, title, source, url), a JSON file with one such object or a list, "
            "or plain text (one article); '-' reads stdin. Lines that cannot be read or coded are "
            "reported with their line number and skipped; the exit status is then 1."
        ),
    )
    code.add_argument("input", metavar="INPUT", help="JSONL, JSON or text file, or '-' for stdin")
    code.add_argument("-o", "--output", metavar="OUTPUT", help="output file, .jsonl or .csv (default: JSONL on stdout)")
    code.add_argument("--format", choices=("jsonl", "csv"), help="output format, overriding OUTPUT's extension")
    code.add_argument("--published", metavar="DATE", help="publication date for articles that give none (YYYY-MM-DD)")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        if args.command == "demo":
            return run_demo(sys.stdout)
        return run_code(args)
    except BrokenPipeError:
        # The reader (e.g. `head`) left early: not an error, and nothing more to say.
        sys.stderr.close()
        return 0
