"""The command line: `communique demo` and `communique code INPUT [-o OUTPUT]`."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import communique as cq
from communique.cli import Writer, main
from conftest import UNICODE_TEXT
from test_api import make_article, make_event

ARTICLES = [
    {"id": "a1", "text": UNICODE_TEXT, "published": "2025-09-29", "source": "Firstpost"},
    {"id": "a2", "text": "Japan lodged a formal protest with North Korea on Tuesday.", "published": "2025-11-18"},
    {"id": "a3", "text": "The European Union condemned the missile launch.", "title": "EU"},
]


def expected_events(records: list[dict[str, Any]]) -> int:
    total = 0
    for r in records:
        fields = {k: v for k, v in r.items() if k != "text"}
        total += len(cq.parse(r["text"], **fields).events)
    return total


def write_jsonl(path: Path, lines: list[str]) -> Path:
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return path


def run(args: list[str], stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "communique", *args],
        input=stdin,
        check=False,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_console_script_is_installed() -> None:
    script = Path(sys.executable).parent / "communique"
    assert script.exists(), "pip install did not install the communique command"
    result = subprocess.run([str(script), "--version"], check=False, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0 and result.stdout.strip() == f"communique {cq.__version__}"


def test_demo_prints_the_example_and_its_events(example: dict[str, Any]) -> None:
    result = run(["demo"])
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert example["title"] in out
    assert "8 sentences" in out
    assert "Japan lodged a formal protest with North Korea" in out
    assert "No events coded." not in out
    header = next(line for line in out.splitlines() if line.startswith("date"))
    assert header.split() == ["date", "source", "code", "name", "target", "modality", "trigger"]


def test_writer_jsonl_rows_have_the_design_columns() -> None:
    out = io.StringIO()
    Writer(out, "jsonl").write(
        make_article((make_event(), make_event(target=None, date=None, date_precision=None, location=None)))
    )
    rows = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [tuple(row) for row in rows] == [cq.COLUMNS, cq.COLUMNS]
    assert rows[0]["date"] == "2025-09-29" and rows[1]["date"] is None
    assert rows[0]["date_precision"] == "day" and rows[1]["date_precision"] is None
    assert rows[0]["code"] == "042" and rows[0]["source_country"] == "PRK" and rows[0]["target_country"] == "CHN"
    assert rows[1]["target_code"] == "" and rows[1]["location"] == ""
    assert rows[0]["goldstein"] == 1.9 and rows[0]["quad_class"] == 1


def test_writer_csv_keeps_codes_as_text() -> None:
    out = io.StringIO()
    Writer(out, "csv").write(
        make_article((make_event(date_precision="month"), make_event(date=None, date_precision=None)))
    )
    lines = out.getvalue().splitlines()
    assert lines[0] == ",".join(cq.COLUMNS)
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert rows[0]["code"] == "042" and rows[0]["root"] == "04" and rows[0]["date"] == "2025-09-29"
    assert rows[1]["date"] == ""
    assert rows[0]["date_precision"] == "month" and rows[1]["date_precision"] == ""


def test_code_jsonl_to_stdout(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "articles.jsonl", [json.dumps(a, ensure_ascii=False) for a in ARTICLES])
    result = run(["code", str(path)])
    assert result.returncode == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(rows) == expected_events(ARTICLES)
    assert all(tuple(row) == cq.COLUMNS for row in rows)
    assert {row["article_id"] for row in rows} <= {"a1", "a2", "a3"}
    assert "coded 3 articles" in result.stderr


def test_bad_jsonl_lines_are_named_and_the_rest_coded(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    lines = [
        json.dumps(ARTICLES[0]),
        '{"id": "broken", "text": "unterminated',
        json.dumps({"id": "no-text"}),
        "",
        json.dumps({"id": "bad-date", "text": "Talks were held.", "published": "last Tuesday"}),
        json.dumps(ARTICLES[1]),
        json.dumps([1, 2]),
    ]
    path = write_jsonl(tmp_path / "articles.jsonl", lines)
    out = tmp_path / "events.jsonl"
    status = main(["code", str(path), "-o", str(out)])
    err = capsys.readouterr().err
    assert status == 1
    assert "line 2: not valid JSON" in err
    assert "line 3: the record has no 'text'" in err
    assert "line 5:" in err and '"last Tuesday"' in err
    assert "line 7: expected a JSON object" in err
    assert "line 1:" not in err and "line 6:" not in err
    assert "coded 2 articles" in err and "4 skipped" in err
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == expected_events([ARTICLES[0], ARTICLES[1]])


def test_code_to_csv_by_extension(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write_jsonl(tmp_path / "articles.jsonl", [json.dumps(a) for a in ARTICLES])
    out = tmp_path / "events.csv"
    assert main(["code", str(path), "-o", str(out)]) == 0
    text = out.read_text(encoding="utf-8")
    assert text.splitlines()[0] == ",".join(cq.COLUMNS)
    rows = list(csv.DictReader(io.StringIO(text)))
    assert len(rows) == expected_events(ARTICLES)
    assert all(len(row["code"]) >= 3 for row in rows)


def test_format_flag_overrides_extension(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "articles.jsonl", [json.dumps(ARTICLES[0])])
    out = tmp_path / "events.txt"
    assert main(["code", str(path), "-o", str(out), "--format", "csv"]) == 0
    assert out.read_text(encoding="utf-8").splitlines()[0].startswith("article_id,sentence_index,date,")


def test_plain_text_input_is_one_article(tmp_path: Path) -> None:
    path = tmp_path / "choe_visit.txt"
    path.write_text(UNICODE_TEXT, encoding="utf-8")
    result = run(["code", str(path), "--published", "2025-09-29"])
    assert result.returncode == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(rows) == len(cq.parse(UNICODE_TEXT, published="2025-09-29").events)
    assert all(row["article_id"] == "choe_visit" for row in rows)
    assert "coded 1 articles" in result.stderr


def test_stdin_jsonl(tmp_path: Path) -> None:
    result = run(["code", "-"], stdin="\n".join(json.dumps(a) for a in ARTICLES) + "\n")
    assert result.returncode == 0, result.stderr
    assert "coded 3 articles" in result.stderr
    assert len(result.stdout.splitlines()) == expected_events(ARTICLES)


def test_json_file_with_one_article(tmp_path: Path, example: dict[str, Any]) -> None:
    path = tmp_path / "example.json"
    path.write_text(json.dumps(example), encoding="utf-8")
    out = tmp_path / "events.jsonl"
    assert main(["code", str(path), "-o", str(out)]) == 0
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == len(cq.parse(example["text"], published=example["published"]).events)
    assert all(row["article_id"] == example["id"] for row in rows)


@pytest.mark.parametrize(
    "args, message",
    [
        (["code", "/nonexistent/articles.jsonl"], "cannot read /nonexistent/articles.jsonl"),
        (["code", "IN", "-o", "events.xlsx"], "cannot tell the format"),
        (["code", "IN", "--published", "soon"], '"soon"'),
    ],
)
def test_usage_errors_exit_2(tmp_path: Path, args: list[str], message: str, capsys: pytest.CaptureFixture[str]) -> None:
    path = write_jsonl(tmp_path / "in.jsonl", [json.dumps(ARTICLES[0])])
    args = [str(path) if a == "IN" else str(tmp_path / a) if a.startswith("events") else a for a in args]
    assert main(args) == 2
    assert message in capsys.readouterr().err


def test_version() -> None:
    result = run(["--version"])
    assert result.returncode == 0 and result.stdout.strip() == f"communique {cq.__version__}"


def test_csv_input_with_named_columns_and_threads(tmp_path: Path) -> None:
    path = tmp_path / "articles.csv"
    with open(path, "w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(["doc", "day", "body"])
        for a in ARTICLES:
            writer.writerow([a["id"], a.get("published", ""), a["text"]])
    out = tmp_path / "events.jsonl"
    args = ["code", str(path), "-o", str(out), "--threads", "1"]
    assert main([*args, "--text-column", "body", "--id-column", "doc", "--published-column", "day"]) == 0
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == expected_events(ARTICLES)
    assert {row["article_id"] for row in rows} <= {"a1", "a2", "a3"}
    assert main([*args, "--threads", "0"]) == 2


def test_parquet_output_from_several_inputs(tmp_path: Path) -> None:
    pa = pytest.importorskip("pyarrow")
    import pyarrow.parquet as pq

    first = write_jsonl(tmp_path / "one.jsonl", [json.dumps(ARTICLES[0])])
    second = write_jsonl(tmp_path / "two.jsonl", [json.dumps(a) for a in ARTICLES[1:]])
    out = tmp_path / "events.parquet"
    assert main(["code", str(first), str(second), "-o", str(out)]) == 0
    table = pq.read_table(out)
    assert tuple(table.column_names) == cq.COLUMNS
    assert table.num_rows == expected_events(ARTICLES)
    assert table.schema.field("date").type == pa.date32() and table.schema.field("code").type == pa.string()
    empty = write_jsonl(tmp_path / "none.jsonl", [json.dumps({"id": "q", "text": "Quiet day."})])
    assert main(["code", str(empty), "-o", str(tmp_path / "empty.parquet")]) == 0
    assert pq.read_table(tmp_path / "empty.parquet").num_rows == 0


def test_errors_collect_writes_the_rejected_records(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    lines = [
        json.dumps(ARTICLES[0]),
        '{"id": "broken", "text": "unterminated',
        json.dumps({"id": "bad-date", "text": "Talks were held.", "published": "last Tuesday"}),
        json.dumps(ARTICLES[1]),
    ]
    path = write_jsonl(tmp_path / "articles.jsonl", lines)
    out = tmp_path / "events.csv"
    assert main(["code", str(path), "-o", str(out), "--errors", "collect"]) == 1
    err = capsys.readouterr().err
    assert "line 2: not valid JSON" in err and "line 3:" in err and "coded 2 articles" in err
    rejected = [json.loads(line) for line in Path(f"{out}.rejected.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [(r["line"], r["input"]) for r in rejected] == [(2, str(path)), (3, str(path))]
    assert rejected[1]["record"]["id"] == "bad-date" and "last Tuesday" in rejected[1]["error"]
    assert len(list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))) == expected_events(ARTICLES[:2])
    assert main(["code", str(path), "--errors", "collect"]) == 2


def test_stdin_plain_text_with_published() -> None:
    result = run(["code", "-", "--published", "2025-09-29", "--format", "csv"], stdin=UNICODE_TEXT)
    assert result.returncode == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert len(rows) == len(cq.parse(UNICODE_TEXT, published="2025-09-29").events)
    assert all(row["article_id"] == "stdin" for row in rows)


def test_demo_explain_shows_how_each_event_was_coded() -> None:
    result = run(["demo", "--explain"])
    assert result.returncode == 0, result.stderr
    assert "How each event was coded:" in result.stdout
    assert "]SRC" in result.stdout and "· rule " in result.stdout


def test_code_targetless_flag(tmp_path: Path) -> None:
    record = {"id": "t", "text": "Russia threatened to retaliate.", "published": "2008-08-15"}
    path = write_jsonl(tmp_path / "one.jsonl", [json.dumps(record)])
    assert run(["code", str(path)]).stdout == ""
    result = run(["code", "--targetless", str(path)])
    assert result.returncode == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(r["source_country"], r["target_code"]) for r in rows] == [("RUS", "")]
