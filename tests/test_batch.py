"""Batches: `parse_many` in every input form, `EventTable` and its exports, pickling, Ctrl-C,
progress, fork safety, the CAMEO codebook and the dyad helpers."""

from __future__ import annotations

import _thread
import concurrent.futures
import datetime
import multiprocessing
import pickle
import threading
import time
from typing import Any

import pytest

import communique as cq
from conftest import UNICODE_TEXT, read_jsonl, shared_file

PUBLISHED = datetime.date(2025, 9, 29)
USER_ACTORS = ["Zorvan Petrakis; Petrakis | GRCGOV 2020-01-01..2030-12-31 | m"]
USER_TEXT = "Zorvan Petrakis met Chinese Premier Li Qiang in Beijing on Monday, 29 September 2025."


@pytest.fixture(scope="module")
def corpus() -> list[dict[str, Any]]:
    """The first 600 Wikinews politics articles (real text with ids and dates)."""
    return read_jsonl(shared_file("data", "wikinews_politics.jsonl"))[:600]


@pytest.fixture(scope="module")
def table(corpus: list[dict[str, Any]]) -> cq.EventTable:
    return cq.parse_many(corpus)


def rows_of_articles(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The events of each record coded one at a time with `parse`: the reference."""
    rows = []
    for r in records:
        fields = {k: r[k] for k in ("id", "published", "title", "source", "url") if k in r}
        rows.extend(e.to_dict() for e in cq.parse(r["text"], **fields).events)
    return rows


# --- input forms ---------------------------------------------------------------------------


def test_dicts_equal_one_at_a_time(corpus: list[dict[str, Any]], table: cq.EventTable) -> None:
    assert len(table) > 100
    assert table.to_dicts() == rows_of_articles(corpus)
    assert table.errors == []


def test_strings_take_their_index_as_id_and_the_batch_date() -> None:
    table = cq.parse_many(["Nothing happened.", UNICODE_TEXT], published=PUBLISHED)
    expected = cq.parse(UNICODE_TEXT, published=PUBLISHED, id="1").events
    assert list(table) == list(expected)
    assert {e.article_id for e in table} == {"1"}


def test_a_generator_is_read_once() -> None:
    table = cq.parse_many(text for text in [UNICODE_TEXT] * 3)
    assert [e.article_id for e in table].count("2") == len(cq.parse(UNICODE_TEXT).events)


def test_dataframe_with_named_columns(corpus: list[dict[str, Any]], table: cq.EventTable) -> None:
    pd = pytest.importorskip("pandas")
    frame = pd.DataFrame(corpus).rename(columns={"text": "body", "id": "doc", "published": "day"})
    frame["day"] = pd.to_datetime(frame["day"])
    got = cq.parse_many(frame, text="body", id="doc", published_column="day")
    assert got.to_dicts() == table.to_dicts()


def test_dataframe_missing_dates_take_the_batch_date() -> None:
    pd = pytest.importorskip("pandas")
    frame = pd.DataFrame({"text": [UNICODE_TEXT, UNICODE_TEXT], "published": [None, "2025-10-06"]})
    got = cq.parse_many(frame, published=PUBLISHED)
    first = [e.date for e in got if e.article_id == "0"]
    assert first == [e.date for e in cq.parse(UNICODE_TEXT, published=PUBLISHED).events]
    second = [e.date for e in got if e.article_id == "1"]
    assert second == [e.date for e in cq.parse(UNICODE_TEXT, published="2025-10-06").events]


def test_coder_with_user_dictionaries() -> None:
    coder = cq.Coder(actors=USER_ACTORS)
    got = cq.parse_many([USER_TEXT], coder=coder)
    assert any(e.source.code == "GRCGOV" for e in got)
    assert coder.parse_many([USER_TEXT]).to_dicts() == got.to_dicts()


# --- order, threads, errors ------------------------------------------------------------------


def test_same_events_in_input_order_whatever_the_threads(corpus: list[dict[str, Any]], table: cq.EventTable) -> None:
    one = cq.parse_many(corpus, threads=1)
    two = cq.parse_many(corpus, threads=2)
    assert one.to_dicts() == two.to_dicts() == table.to_dicts()
    ids = [str(r["id"]) for r in corpus]
    order = [ids.index(e.article_id) for e in table]
    assert order == sorted(order)


def test_threads_must_be_positive() -> None:
    with pytest.raises(ValueError, match="threads"):
        cq.parse_many(["x"], threads=0)


def test_bad_records_raise_with_index_and_id() -> None:
    records = [{"id": "ok", "text": UNICODE_TEXT}, {"id": "late", "text": "Talks.", "published": "last Tuesday"}]
    with pytest.raises(cq.DateError, match=r"item 1 \(id 'late'\)"):
        cq.parse_many(records)
    with pytest.raises(cq.InputError, match=r"item 0 \(id 'x'\): the record has no 'text'"):
        cq.parse_many([{"id": "x", "body": "no text key"}])


def test_collect_sets_bad_records_aside_and_codes_the_rest() -> None:
    records: list[Any] = [
        {"id": "ok", "text": UNICODE_TEXT, "published": "2025-09-29"},
        {"id": "late", "text": "Talks.", "published": "last Tuesday"},
        {"id": "empty"},
        42,
        UNICODE_TEXT,
    ]
    table = cq.parse_many(records, errors="collect")
    assert [(i, ident) for i, ident, _ in table.errors] == [(1, "late"), (2, "empty"), (3, None)]
    assert "last Tuesday" in table.errors[0][2] and "no 'text'" in table.errors[1][2]
    assert {e.article_id for e in table} == {"ok", "4"}
    with pytest.raises(ValueError, match="errors must be"):
        cq.parse_many(["x"], errors="ignore")  # type: ignore[arg-type]


# --- progress and Ctrl-C -------------------------------------------------------------------


def test_progress_callback_counts_every_article(corpus: list[dict[str, Any]]) -> None:
    seen: list[int] = []
    cq.parse_many(corpus, progress=seen.append)
    assert sum(seen) == len(corpus) and len(seen) >= 2


def test_progress_bar_with_tqdm(corpus: list[dict[str, Any]], capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("tqdm")
    cq.parse_many(corpus[:300], progress=True)
    assert "300/300" in capsys.readouterr().err


def test_keyboard_interrupt_from_the_callback_stops_the_batch(corpus: list[dict[str, Any]]) -> None:
    calls = []

    def stop(n: int) -> None:
        calls.append(n)
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        cq.parse_many(corpus, progress=stop)
    assert len(calls) == 1


def test_ctrl_c_interrupts_within_a_second() -> None:
    records = read_jsonl(shared_file("data", "wikinews_politics.jsonl"))[:3000]
    timer = threading.Timer(0.3, _thread.interrupt_main)
    start = time.monotonic()
    timer.start()
    with pytest.raises(KeyboardInterrupt):
        cq.parse_many(records, threads=1)
    assert time.monotonic() - start < 1.5


def _code_in_child(queue: Any) -> None:
    queue.put(len(cq.parse_many([UNICODE_TEXT] * 4)))


def test_parse_many_in_a_forked_child_does_not_deadlock() -> None:
    cq.parse_many([UNICODE_TEXT] * 16, threads=2)
    cq.parse_many([UNICODE_TEXT] * 16)
    context = multiprocessing.get_context("fork")
    queue = context.Queue()
    child = context.Process(target=_code_in_child, args=(queue,))
    child.start()
    child.join(timeout=60)
    if child.is_alive():
        child.kill()
        pytest.fail("parse_many deadlocked in a forked child")
    assert child.exitcode == 0
    assert queue.get(timeout=5) == 4 * len(cq.parse(UNICODE_TEXT).events)


# --- the table as a sequence ---------------------------------------------------------------


def test_sequence_protocol(table: cq.EventTable) -> None:
    events = list(table)
    assert len(events) == len(table)
    assert table[0] == events[0] and table[-1] == events[-1] and table[-len(table)] == events[0]
    with pytest.raises(IndexError):
        table[len(table)]
    with pytest.raises(IndexError):
        table[-len(table) - 1]
    head = table[:3]
    assert isinstance(head, cq.EventTable) and list(head) == events[:3]
    assert list(table[::-50]) == events[::-50]
    assert repr(table) == f"EventTable({len(table)} events, 0 errors)"


@pytest.mark.parametrize("protocol", [2, 3, 4, 5])
def test_pickle_every_protocol(table: cq.EventTable, protocol: int) -> None:
    collected = cq.parse_many([UNICODE_TEXT, {"id": "bad"}], errors="collect")
    for value in (table, collected, table[0], cq.parse(UNICODE_TEXT, published=PUBLISHED, id="x")):
        back = pickle.loads(pickle.dumps(value, protocol=protocol))
        if isinstance(value, cq.EventTable):
            assert isinstance(back, cq.EventTable)
            assert back.to_dicts() == value.to_dicts() and back.errors == value.errors
        else:
            assert back == value
    coder = pickle.loads(pickle.dumps(cq.Coder(actors=USER_ACTORS), protocol=protocol))
    assert any(e.source.code == "GRCGOV" for e in coder.parse(USER_TEXT).events)


def _code_with(coder: cq.Coder, texts: list[str]) -> cq.EventTable:
    return coder.parse_many(texts)


def test_process_pool_round_trip() -> None:
    coder = cq.Coder(actors=USER_ACTORS)
    texts = [USER_TEXT, UNICODE_TEXT]
    context = multiprocessing.get_context("spawn")
    with concurrent.futures.ProcessPoolExecutor(max_workers=1, mp_context=context) as pool:
        remote = pool.submit(_code_with, coder, texts).result(timeout=120)
    assert remote.to_dicts() == coder.parse_many(texts).to_dicts()


def test_coder_is_rebuilt_once_per_process() -> None:
    coder = cq.Coder(actors=USER_ACTORS)
    first = pickle.loads(pickle.dumps(coder))
    second = pickle.loads(pickle.dumps(coder))
    assert first is second


# --- exports -------------------------------------------------------------------------------


def test_arrow_stream_read_by_pyarrow(table: cq.EventTable) -> None:
    pa = pytest.importorskip("pyarrow")
    arrow = pa.table(table)
    assert tuple(arrow.column_names) == cq.COLUMNS
    assert arrow.num_rows == len(table)
    assert arrow.schema.field("date").type == pa.date32()
    assert arrow.schema.field("code").type == pa.string()
    assert arrow.schema.field("goldstein").type == pa.float64()
    assert arrow.schema.field("quad_class").type == pa.int64()
    assert arrow.to_pylist() == table.to_dicts()
    assert table.to_arrow().equals(arrow)


def test_arrow_stream_read_by_polars(table: cq.EventTable) -> None:
    pl = pytest.importorskip("polars")
    frame = pl.DataFrame(table)
    assert tuple(frame.columns) == cq.COLUMNS
    assert frame.schema["date"] == pl.Date and frame.schema["code"] == pl.String
    assert frame.schema["mentions"] == pl.Int64 and frame.schema["confidence"] == pl.Float64
    assert frame["code"].to_list() == [e.code for e in table]
    assert table.to_polars().equals(frame)


def test_to_dict_columns(table: cq.EventTable) -> None:
    columns = table.to_dict()
    assert tuple(columns) == cq.COLUMNS
    assert columns["code"] == [e.code for e in table]
    assert all(isinstance(d, datetime.date) or d is None for d in columns["date"])


def test_to_pandas_through_arrow_and_without_it_agree(table: cq.EventTable, monkeypatch: pytest.MonkeyPatch) -> None:
    pd = pytest.importorskip("pandas")
    pytest.importorskip("pyarrow")
    fast = table.to_pandas()
    import sys

    with monkeypatch.context() as patch:
        patch.setitem(sys.modules, "pyarrow", None)
        slow = table.to_pandas()
    pd.testing.assert_frame_equal(fast, slow)
    assert fast["date"].dtype == "datetime64[ns]" and fast["code"].dtype == "string"
    assert fast["code"].str.len().min() >= 2


def test_empty_table_exports_keep_columns() -> None:
    pa = pytest.importorskip("pyarrow")
    empty = cq.EventTable()
    assert len(empty) == 0 and list(empty) == []
    assert pa.table(empty).num_rows == 0 and tuple(pa.table(empty).column_names) == cq.COLUMNS
    assert tuple(empty.to_pandas().columns) == cq.COLUMNS


def test_article_shares_the_exports() -> None:
    pa = pytest.importorskip("pyarrow")
    pl = pytest.importorskip("polars")
    article = cq.parse(UNICODE_TEXT, published=PUBLISHED, id="a")
    table = cq.EventTable(list(article.events))
    assert article.to_dicts() == table.to_dicts() == [e.to_dict() for e in article.events]
    assert pa.table(article).equals(pa.table(table)) and article.to_arrow().equals(table.to_arrow())
    assert article.to_polars().equals(pl.DataFrame(table))
    assert article._repr_html_() == table._repr_html_()


def test_repr_html_shows_first_rows_and_count(table: cq.EventTable) -> None:
    html = table._repr_html_()
    assert html.count("<tr>") == 11  # header and ten rows
    assert f"{len(table)} events, first 10 shown" in html


# --- codebook and dyads --------------------------------------------------------------------


def test_cameo_table() -> None:
    pytest.importorskip("pandas")
    codes = cq.cameo.table()
    assert tuple(codes.columns) == ("code", "name", "root", "goldstein", "quad_class", "plover_type", "plover_mode")
    row = codes.set_index("code").loc["042"]
    assert row["root"] == "04" and row["quad_class"] == 1 and row["goldstein"] == 1.9
    assert codes["code"].is_monotonic_increasing and (codes["code"].str.len() >= 2).all()


def test_dyads_count_goldstein_and_shares(table: cq.EventTable) -> None:
    pd = pytest.importorskip("pandas")
    monthly = cq.dyads(table, freq="M")
    frame = table.to_pandas()
    dated = frame[frame["date"].notna()]
    assert monthly["events"].sum() == len(dated)
    assert monthly["goldstein"].sum() == pytest.approx(dated["goldstein"].sum())
    shares = monthly[["verbal_cooperation", "material_cooperation", "verbal_conflict", "material_conflict"]]
    assert (shares.sum(axis=1) - 1).abs().max() < 1e-9
    top = monthly.sort_values("events").iloc[-1]
    chosen = dated[
        (dated["source_country"] == top["source_country"])
        & (dated["target_country"] == top["target_country"])
        & (dated["date"].dt.to_period("M").dt.start_time == top["period"])
    ]
    assert len(chosen) == top["events"]
    assert cq.dyads(frame, freq="W")["events"].sum() == len(dated)
    assert isinstance(monthly["period"].iloc[0], pd.Timestamp)


def test_plot_dyad_returns_axes(table: cq.EventTable) -> None:
    matplotlib = pytest.importorskip("matplotlib")
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    pair = cq.dyads(table, freq="Y").sort_values("events").iloc[-1]
    ax = cq.plot_dyad(table, pair["source_country"], pair["target_country"], freq="Y")
    assert ax.get_title().startswith(pair["source_country"])
    assert len(ax.get_lines()) == 2
    plt.close("all")
