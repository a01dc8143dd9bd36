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
import re
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import IO, Any

from communique._core import COLUMNS, Article, Coder, DateError, EventTable, __version__, parse_date

#: Articles coded per call into Rust: large enough to keep every core busy, small enough
#: that output streams and a bad record costs little to isolate.
BATCH = 512

RECORD_KEYS = ("id", "text", "published", "title", "source", "url")


@dataclass
class Record:
    """One article read from the input, with the line it came from (for messages)."""

    line: int
    fields: dict[str, Any]


@dataclass
class Stats:
    """What a run coded and skipped, for the closing message and the exit status."""

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


def run_demo(out: IO[str], explain: bool = False) -> int:
    """``communique demo``: codes the bundled example and prints its events as a table, and
    with ``explain`` how each event was coded."""
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
    if explain:
        out.write("\nHow each event was coded:\n\n")
        for event in article.events:
            out.write(event.explain() + "\n\n")
    out.write("\nThe article (an invented example that ships with communique):\n\n")
    for sentence in article.sentences:
        out.write(f"  [{sentence.index}] {sentence.text}\n")
    return 0


def _warn(message: str) -> None:
    print(f"communique: {message}", file=sys.stderr)


@dataclass
class Columns:
    """Where the input records keep each field (``--text-column`` and friends)."""

    text: str = "text"
    id: str = "id"
    published: str = "published"


@dataclass
class Rejected:
    """A record that was not coded: where it was, why, and what it held."""

    input: str
    line: int
    error: str
    record: Any


class Reader:
    """Reads the articles of one INPUT, remembering the records it could not read."""

    def __init__(self, columns: Columns, stats: Stats) -> None:
        self.columns = columns
        self.stats = stats
        self.rejected: list[Rejected] = []

    def skip(self, name: str, line: int, error: str, record: Any) -> None:
        place = f"{name}, line {line}" if line else name
        _warn(f"{place}: {error}; skipped")
        self.stats.skipped += 1
        self.rejected.append(Rejected(name, line, error, record))

    def from_json(self, name: str, value: Any, line: int) -> Record | None:
        """A record from one parsed JSON value or CSV row, or None (reported) when it is not one."""
        if not isinstance(value, dict):
            self.skip(name, line, f"expected a JSON object with 'text', got {type(value).__name__}", value)
            return None
        c = self.columns
        if not isinstance(value.get(c.text), str):
            self.skip(name, line, f"the record has no {c.text!r} string", value)
            return None
        fields = {"text": value[c.text]}
        for key, column in (
            ("id", c.id),
            ("published", c.published),
            ("title", "title"),
            ("source", "source"),
            ("url", "url"),
        ):
            if value.get(column) not in (None, ""):
                fields[key] = value[column]
        fields.setdefault("id", str(line))
        return Record(line, fields)

    def records(self, name: str, stream: IO[str]) -> Iterator[Record]:
        """The articles of INPUT: JSONL, CSV, JSON, or else the whole text as one article."""
        suffix = Path(name).suffix.lower()
        if suffix in (".jsonl", ".ndjson"):
            yield from self._jsonl(name, stream)
            return
        if suffix in (".csv", ".tsv"):
            yield from self._csv(name, stream, "\t" if suffix == ".tsv" else ",")
            return
        content = stream.read()
        if suffix == ".json":
            try:
                value = json.loads(content)
            except json.JSONDecodeError as error:
                self.skip(name, 0, f"not valid JSON ({error})", content[:200])
                return
            values = value if isinstance(value, list) else [value]
            for i, item in enumerate(values, start=1):
                record = self.from_json(name, item, i)
                if record is not None:
                    yield record
            return
        if _looks_like_jsonl(content):
            yield from self._jsonl(name, content.splitlines(keepends=True))
            return
        stem = "stdin" if name == "-" else Path(name).stem
        yield Record(1, {"id": stem, "text": content})

    def _jsonl(self, name: str, lines: IO[str] | Sequence[str]) -> Iterator[Record]:
        for number, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            try:
                value = json.loads(line)
            except json.JSONDecodeError as error:
                self.skip(name, number, f"not valid JSON ({error.msg})", line.rstrip("\n"))
                continue
            record = self.from_json(name, value, number)
            if record is not None:
                yield record

    def _csv(self, name: str, stream: IO[str], delimiter: str) -> Iterator[Record]:
        reader = csv.DictReader(stream, delimiter=delimiter)
        if reader.fieldnames is None or self.columns.text not in reader.fieldnames:
            self.skip(name, 1, f"no {self.columns.text!r} column (use --text-column)", reader.fieldnames)
            return
        for row in reader:
            # The line a row ends on, so that quoted newlines still give the right number.
            record = self.from_json(name, row, reader.line_num)
            if record is not None:
                yield record


def _looks_like_jsonl(content: str) -> bool:
    first = next((line for line in content.splitlines() if line.strip()), "")
    if not first.lstrip().startswith("{"):
        return False
    try:
        return isinstance(json.loads(first), dict)
    except json.JSONDecodeError:
        return False


def _batches(records: Iterator[Record]) -> Iterator[list[Record]]:
    batch: list[Record] = []
    for record in records:
        batch.append(record)
        if len(batch) == BATCH:
            yield batch
            batch = []
    if batch:
        yield batch


_PLACE = re.compile(r"^item \d+(?: \(id .*?\))?: ")


def code_records(
    coder: Coder,
    name: str,
    records: Iterator[Record],
    reader: Reader,
    threads: int | None = None,
    progress: Any = None,
) -> Iterator[EventTable]:
    """Codes the records in parallel batches; a record that cannot be coded is named by its
    line and set aside while the others still come out."""
    for batch in _batches(records):
        table = coder.parse_many([r.fields for r in batch], threads=threads, errors="collect")
        for index, _, message in table.errors:
            record = batch[index]
            reader.skip(name, record.line, _PLACE.sub("", message), record.fields)
        reader.stats.articles += len(batch) - len(table.errors)
        reader.stats.events += len(table)
        if progress is not None:
            progress.update(len(batch))
        yield table


def _cell(value: Any) -> Any:
    return value.isoformat() if isinstance(value, datetime.date) else value


class Writer:
    """Writes event rows as JSONL, CSV or Parquet."""

    def __init__(self, out: IO[str] | None, fmt: str, path: str | None = None) -> None:
        self.out = out
        self.fmt = fmt
        self.path = path
        self.parquet: Any = None
        self.csv = None
        if fmt == "csv":
            assert out is not None
            self.csv = csv.DictWriter(out, fieldnames=list(COLUMNS), lineterminator="\n")
            self.csv.writeheader()

    def write(self, events: Article | EventTable) -> None:
        """Writes the events of an article or a batch."""
        if self.fmt == "parquet":
            self._write_parquet(events if isinstance(events, EventTable) else EventTable(list(events.events)))
            return
        rows = events.to_dicts()
        for row in rows:
            row = {key: _cell(value) for key, value in row.items()}
            if self.csv is not None:
                self.csv.writerow({key: "" if value is None else value for key, value in row.items()})
            else:
                assert self.out is not None
                self.out.write(json.dumps(row, ensure_ascii=False) + "\n")

    def _write_parquet(self, table: EventTable) -> None:
        import pyarrow as pa  # type: ignore[import-untyped,unused-ignore]
        import pyarrow.parquet as pq  # type: ignore[import-untyped,unused-ignore]

        arrow = pa.table(table)
        if self.parquet is None:
            self.parquet = pq.ParquetWriter(self.path, arrow.schema)
        self.parquet.write_table(arrow)

    def close(self) -> None:
        """Finishes the file (Parquet needs its footer, even with no events)."""
        if self.fmt == "parquet":
            if self.parquet is None:
                self._write_parquet(EventTable())
            self.parquet.close()


FORMATS = ("jsonl", "csv", "parquet")


def _output_format(output: str | None, requested: str | None) -> str:
    if requested:
        return requested
    if output is None or output == "-":
        return "jsonl"
    suffix = Path(output).suffix.lower()
    if suffix == ".csv":
        return "csv"
    if suffix == ".parquet":
        return "parquet"
    if suffix in (".jsonl", ".ndjson", ".json"):
        return "jsonl"
    raise ValueError(
        f"cannot tell the format of {output!r} from its extension: use .jsonl, .csv or .parquet, or --format"
    )


def _progress_bar() -> Any:
    """A tqdm bar on stderr when stderr is a terminal and tqdm is installed, else None."""
    if not sys.stderr.isatty():
        return None
    try:
        from tqdm import tqdm  # type: ignore[import-untyped,unused-ignore]
    except ImportError:
        return None
    return tqdm(unit="article", file=sys.stderr)


def _check(args: argparse.Namespace) -> tuple[str, int]:
    """The output format, or an exit status 2 with the reason already reported."""
    try:
        fmt = _output_format(args.output, args.format)
    except ValueError as error:
        _warn(str(error))
        return "", 2
    to_stdout = args.output is None or args.output == "-"
    if fmt == "parquet":
        if to_stdout:
            _warn("Parquet needs an output file: -o OUTPUT.parquet")
            return "", 2
        try:
            import pyarrow.parquet  # type: ignore[import-untyped,unused-ignore]  # noqa: F401
        except ImportError:
            _warn("Parquet output needs pyarrow: pip install pyarrow")
            return "", 2
    if args.errors == "collect" and to_stdout:
        _warn("--errors collect writes OUTPUT.rejected.jsonl and so needs -o OUTPUT")
        return "", 2
    if args.threads is not None and args.threads < 1:
        _warn("--threads must be at least 1")
        return "", 2
    if args.published:
        try:
            parse_date(args.published)
        except DateError as error:
            _warn(f"--published: {error}")
            return "", 2
    return fmt, 0


def run_code(args: argparse.Namespace) -> int:
    """``communique code``: codes every INPUT into OUTPUT; returns the exit status."""
    fmt, status = _check(args)
    if status:
        return status
    stats = Stats()
    reader = Reader(Columns(args.text_column, args.id_column, args.published_column), stats)
    coder = Coder(targetless=args.targetless)
    progress = _progress_bar()
    with contextlib.ExitStack() as files:
        to_stdout = args.output is None or args.output == "-"
        out: IO[str] | None = None
        if fmt != "parquet":
            out = sys.stdout if to_stdout else files.enter_context(open(args.output, "w", encoding="utf-8", newline=""))
        writer = Writer(out, fmt, args.output)
        for name in args.inputs:
            try:
                source = sys.stdin if name == "-" else files.enter_context(open(name, encoding="utf-8", newline=""))
            except OSError as error:
                _warn(f"cannot read {name}: {error.strerror}")
                return 2
            records = reader.records(name, source)
            if args.published:
                records = (_with_default(r, "published", args.published) for r in records)
            for table in code_records(coder, name, records, reader, args.threads, progress):
                writer.write(table)
                if args.explain:
                    for event in table:
                        print(event.explain() + "\n", file=sys.stderr)
        writer.close()
    if progress is not None:
        progress.close()
    if args.errors == "collect":
        _write_rejected(f"{args.output}.rejected.jsonl", reader.rejected)
    skipped = f"; {stats.skipped} skipped" if stats.skipped else ""
    _warn(f"coded {stats.articles} articles, {stats.events} events{skipped}")
    return 1 if stats.skipped else 0


def _write_rejected(path: str, rejected: list[Rejected]) -> None:
    with open(path, "w", encoding="utf-8") as f:
        for r in rejected:
            row = {"input": r.input, "line": r.line, "error": r.error, "record": r.record}
            f.write(json.dumps(row, ensure_ascii=False, default=str) + "\n")


def _with_default(record: Record, key: str, value: str) -> Record:
    record.fields.setdefault(key, value)
    return record


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the ``communique`` command."""
    parser = argparse.ArgumentParser(
        prog="communique",
        description="Political event data (CAMEO, QuadClass, Goldstein, PLOVER) from English news.",
    )
    parser.add_argument("--version", action="version", version=f"communique {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    demo = commands.add_parser("demo", help="code the example article that ships with communique and print its events")
    demo.add_argument("--explain", action="store_true", help="also show how each event was coded")
    code = commands.add_parser(
        "code",
        help="code articles from files into one row per event",
        description=(
            "Code articles into one row per event. INPUT is a JSONL file of articles (id, text, and "
            "optionally published, title, source, url), a CSV file with a header (see --text-column), "
            "a JSON file with one such object or a list, or plain text (one article); '-' reads stdin. "
            "Records that cannot be read or coded are reported with their line number and skipped; "
            "the exit status is then 1."
        ),
    )
    code.add_argument("inputs", metavar="INPUT", nargs="+", help="JSONL, CSV, JSON or text file, or '-' for stdin")
    code.add_argument(
        "-o", "--output", metavar="OUTPUT", help="output file, .jsonl, .csv or .parquet (default: JSONL on stdout)"
    )
    code.add_argument("--format", choices=FORMATS, help="output format, overriding OUTPUT's extension")
    code.add_argument("--published", metavar="DATE", help="publication date for articles that give none (YYYY-MM-DD)")
    code.add_argument("--threads", type=int, metavar="N", help="worker threads (default: all cores)")
    code.add_argument("--explain", action="store_true", help="write how each event was coded to stderr")
    code.add_argument(
        "--targetless", action="store_true", help="also code events whose target the text does not name (PLOVER style)"
    )
    code.add_argument("--text-column", default="text", metavar="NAME", help="field holding the text (default: text)")
    code.add_argument("--id-column", default="id", metavar="NAME", help="field holding the id (default: id)")
    code.add_argument(
        "--published-column", default="published", metavar="NAME", help="field holding the date (default: published)"
    )
    code.add_argument(
        "--errors",
        choices=("skip", "collect"),
        default="skip",
        help="skip: report bad records on stderr; collect: also write them to OUTPUT.rejected.jsonl",
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """The ``communique`` command; returns the exit status."""
    args = build_parser().parse_args(argv)
    try:
        if args.command == "demo":
            return run_demo(sys.stdout, explain=args.explain)
        return run_code(args)
    except BrokenPipeError:
        # The reader (e.g. `head`) left early: not an error, and nothing more to say.
        sys.stderr.close()
        return 0
