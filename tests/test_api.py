"""The Python API: types, frozen-ness, equality, hashing, pickling, repr, dicts and frames."""

from __future__ import annotations

import copy
import datetime
import pickle
from typing import Any

import pytest

import communique as cq
from conftest import UNICODE_TEXT

PUBLISHED = datetime.date(2025, 9, 29)


def make_actor(**changes: Any) -> cq.Actor:
    fields: dict[str, Any] = {
        "text": "North Korean Foreign Minister Choe Son-hui",
        "name": "Choe Son-hui",
        "code": "PRKGOV",
        "country": "PRK",
        "type": "GOV",
        "span": (50, 92),
    }
    fields.update(changes)
    return cq.Actor(**fields)


def make_event(**changes: Any) -> cq.Event:
    fields: dict[str, Any] = {
        "article_id": "fp-1",
        "sentence_index": 0,
        "date": PUBLISHED,
        "source": make_actor(),
        "target": make_actor(
            text="Chinese Premier Li Qiang", name="Li Qiang", code="CHNGOV", country="CHN", span=(97, 121)
        ),
        "code": "042",
        "root": "04",
        "name": "Make a visit",
        "quad_class": 1,
        "goldstein": 1.9,
        "plover_type": "CONSULT",
        "plover_mode": "visit",
        "modality": "asserted",
        "date_source": "clause",
        "date_precision": "day",
        "location": "Beijing",
        "mentions": 2,
        "confidence": 0.85,
        "sentence": "In her second trip to China ... met Chinese Premier Li Qiang on Monday.",
        "span_start": 93,
        "span_end": 96,
        "trigger": "met",
        "rule": "consult.meet",
        "mention_sentences": (0, 1),
    }
    fields.update(changes)
    return cq.Event(**fields)


def make_article(events: tuple[cq.Event, ...] | None = None) -> cq.Article:
    sentence = cq.Sentence(0, 0, 10, "Choe met Li")
    mention = cq.Mention(0, make_actor(), "composed")
    return cq.Article(
        "fp-1",
        PUBLISHED,
        "A title",
        "Firstpost",
        None,
        [sentence],
        [mention],
        list(events if events is not None else (make_event(), make_event(code="043", trigger="welcomed"))),
    )


# --- parse -------------------------------------------------------------------------------


def test_parse_returns_article_with_metadata() -> None:
    article = cq.parse(
        UNICODE_TEXT, published="2025-09-29", id="fp-1", source="Firstpost", url="https://x.test/a", title="T"
    )
    assert isinstance(article, cq.Article)
    assert (article.id, article.published, article.source, article.url, article.title) == (
        "fp-1",
        PUBLISHED,
        "Firstpost",
        "https://x.test/a",
        "T",
    )
    assert type(article.published) is datetime.date
    assert isinstance(article.sentences, tuple) and isinstance(article.events, tuple)
    assert isinstance(article.mentions, tuple)
    assert all(isinstance(s, cq.Sentence) for s in article.sentences)
    assert all(isinstance(m, cq.Mention) for m in article.mentions)
    assert all(isinstance(e, cq.Event) for e in article.events)


def test_parse_defaults() -> None:
    article = cq.parse("The talks ended.")
    assert article.id == ""
    assert article.published is None and article.title is None and article.source is None and article.url is None


@pytest.mark.parametrize(
    "published",
    [
        datetime.date(2025, 9, 29),
        datetime.datetime(2025, 9, 29, 23, 59),
        datetime.datetime(2025, 9, 29, 8, 0, tzinfo=datetime.timezone(datetime.timedelta(hours=9))),
        "2025-09-29",
        " 2025-09-29 ",
        "2025-09-29T08:30:00Z",
        "2025-09-29 08:30:00",
    ],
)
def test_published_forms(published: Any) -> None:
    assert cq.parse("Talks were held.", published=published).published == PUBLISHED


def test_parse_date_helper() -> None:
    assert cq.parse_date("2024-02-29") == datetime.date(2024, 2, 29)


def test_sentence_offsets_are_python_string_indices() -> None:
    # The text is not ASCII, so Rust's byte offsets differ from str indices past the first
    # curly quote; each sentence must slice back exactly.
    article = cq.parse(UNICODE_TEXT)
    assert len(article.sentences) == 3
    for i, sentence in enumerate(article.sentences):
        assert sentence.index == i
        assert UNICODE_TEXT[sentence.start : sentence.end] == sentence.text
    assert article.sentences[2].text.startswith("France’s")
    assert article.sentences[2].end == len(UNICODE_TEXT)


def test_mention_and_event_offsets_slice_the_text() -> None:
    article = cq.parse(UNICODE_TEXT, published=PUBLISHED)
    assert article.mentions, "no actor mentions found"
    for mention in article.mentions:
        start, end = mention.actor.span
        assert UNICODE_TEXT[start:end] == mention.actor.text
    for event in article.events:
        assert event.sentence == article.sentences[event.sentence_index].text
        assert UNICODE_TEXT[event.span_start : event.span_end] == event.trigger


def test_coder_parse_and_parse_many() -> None:
    coder = cq.Coder()
    texts = ["Choe Son-hui met Li Qiang in Beijing.", "", UNICODE_TEXT]
    many = coder.parse_articles(texts)
    assert [len(a.sentences) for a in many] == [len(coder.parse(t).sentences) for t in texts]
    assert many[2] == coder.parse(UNICODE_TEXT, id="2")
    records = coder.parse_articles([{"id": 7, "text": UNICODE_TEXT, "published": "2025-09-29", "title": "T"}])
    assert records[0].id == "7" and records[0].published == PUBLISHED and records[0].title == "T"


def test_coder_repr_lists_user_dictionaries() -> None:
    assert repr(cq.Coder()) == "Coder(actors=[], agents=[], patterns=[])"


# --- the classes -------------------------------------------------------------------------


def test_actor_fields_and_type_attribute() -> None:
    actor = make_actor()
    assert (actor.text, actor.name, actor.code, actor.country, actor.type, actor.span) == (
        "North Korean Foreign Minister Choe Son-hui",
        "Choe Son-hui",
        "PRKGOV",
        "PRK",
        "GOV",
        (50, 92),
    )
    assert actor.to_dict() == {
        "text": "North Korean Foreign Minister Choe Son-hui",
        "name": "Choe Son-hui",
        "code": "PRKGOV",
        "country": "PRK",
        "type": "GOV",
        "span": (50, 92),
    }


def test_event_fields_types_and_flat_actor_columns() -> None:
    event = make_event()
    assert type(event.date) is datetime.date
    assert isinstance(event.source, cq.Actor) and isinstance(event.target, cq.Actor)
    assert event.mention_sentences == (0, 1)
    assert (event.source_code, event.source_country, event.source_type, event.source_name) == (
        "PRKGOV",
        "PRK",
        "GOV",
        "Choe Son-hui",
    )
    assert (event.target_code, event.target_country, event.target_name) == ("CHNGOV", "CHN", "Li Qiang")
    assert isinstance(event.goldstein, float) and isinstance(event.quad_class, int)
    no_target = make_event(target=None, location=None, date=None)
    assert no_target.target is None and no_target.target_code == "" and no_target.target_text == ""


def test_every_column_is_an_event_attribute() -> None:
    event = make_event()
    row = event.to_dict()
    assert tuple(row) == cq.COLUMNS
    for column in cq.COLUMNS:
        assert getattr(event, column) == row[column], column


def test_columns_are_the_design_columns() -> None:
    assert cq.COLUMNS == (
        "article_id", "sentence_index", "date",
        "source_text", "source_name", "source_code", "source_country", "source_type",
        "target_text", "target_name", "target_code", "target_country", "target_type",
        "code", "root", "name", "quad_class", "goldstein", "plover_type", "plover_mode",
        "modality", "date_source", "date_precision", "location", "mentions", "confidence",
        "sentence", "span_start", "span_end", "trigger", "rule",
    )  # fmt: skip


def test_to_dict_fills_missing_target_and_location_with_empty_strings() -> None:
    row = make_event(target=None, location=None, date=None).to_dict()
    assert row["target_code"] == row["target_country"] == row["target_text"] == ""
    assert row["location"] == ""
    assert row["date"] is None


@pytest.mark.parametrize(
    "obj, attribute",
    [
        (make_actor(), "code"),
        (make_actor(), "type"),
        (make_event(), "code"),
        (make_event(), "date"),
        (make_event(), "source"),
        (cq.Sentence(0, 0, 3, "Hi."), "text"),
        (cq.Mention(0, make_actor(), "dictionary"), "kind"),
        (make_article(), "events"),
        (make_article(), "id"),
    ],
)
def test_frozen(obj: Any, attribute: str) -> None:
    with pytest.raises(AttributeError):
        setattr(obj, attribute, getattr(obj, attribute))
    with pytest.raises(AttributeError):
        obj.new_attribute = 1


def test_equality_and_hash() -> None:
    assert make_event() == make_event()
    assert hash(make_event()) == hash(make_event())
    assert make_event() != make_event(code="043")
    assert make_event() != make_event(goldstein=2.0)
    assert make_event() != make_event(date_precision="month")
    assert len({make_event(), make_event(date_precision="month")}) == 2
    assert make_event(goldstein=0.0) == make_event(goldstein=-0.0)
    assert hash(make_event(goldstein=0.0)) == hash(make_event(goldstein=-0.0))
    assert len({make_event(), make_event(), make_event(target=None)}) == 2
    assert make_actor() == make_actor() and hash(make_actor()) == hash(make_actor())
    assert make_actor() != make_actor(type="MIL")
    assert make_article() == make_article() and hash(make_article()) == hash(make_article())
    assert make_article() != make_article(events=(make_event(),))
    assert make_event() != "not an event"
    assert make_article() != "not an article"
    parsed = cq.parse(UNICODE_TEXT, published=PUBLISHED)
    assert parsed == cq.parse(UNICODE_TEXT, published=PUBLISHED)
    assert hash(parsed) == hash(cq.parse(UNICODE_TEXT, published=PUBLISHED))
    assert parsed != cq.parse(UNICODE_TEXT, published="2025-09-30")


@pytest.mark.parametrize("protocol", range(2, pickle.HIGHEST_PROTOCOL + 1))
def test_pickle_round_trip(protocol: int) -> None:
    objects = [
        make_actor(),
        make_event(),
        make_event(target=None, date=None, location=None, mention_sentences=()),
        cq.Sentence(2, 5, 9, "Ünï"),
        cq.Mention(1, make_actor(), "coreference", 0),
        make_article(),
        cq.parse(UNICODE_TEXT, published=PUBLISHED, id="u", title="T"),
    ]
    for obj in objects:
        copy_ = pickle.loads(pickle.dumps(obj, protocol=protocol))
        assert type(copy_) is type(obj)
        assert copy_ == obj
        assert repr(copy_) == repr(obj)
    assert copy.deepcopy(make_event()) == make_event()


# An act dated only to the month (Wikinews, November 2005, ID25844).
MONTH_TEXT = "Australia withdrew from the jurisdiction of the ICJ maritime division in March 2002."


def test_date_precision_of_parsed_events() -> None:
    (withdrawal,) = [e for e in cq.parse(MONTH_TEXT, published="2005-11-11").events if e.code == "087"]
    assert (withdrawal.date, withdrawal.date_precision) == (datetime.date(2002, 3, 1), "month")
    (dated,) = cq.parse("Iran condemned Israel.", published="2024-04-02").events
    assert (dated.date_source, dated.date_precision) == ("publication", "day")
    (undated,) = cq.parse("Iran condemned Israel.").events
    assert (undated.date, undated.date_precision) == (None, None)
    assert "2002-03-01 (month, clause)" in withdrawal.explain()


@pytest.mark.parametrize("protocol", range(2, pickle.HIGHEST_PROTOCOL + 1))
def test_date_precision_survives_pickling(protocol: int) -> None:
    (withdrawal,) = [e for e in cq.parse(MONTH_TEXT, published="2005-11-11").events if e.code == "087"]
    for event in (withdrawal, make_event(date=None, date_precision=None)):
        copy_ = pickle.loads(pickle.dumps(event, protocol=protocol))
        assert copy_ == event and copy_.date_precision == event.date_precision


def test_date_precision_in_rows_and_frames(monkeypatch: pytest.MonkeyPatch) -> None:
    pd = pytest.importorskip("pandas")
    events = (make_event(date_precision="month"), make_event(code="043", date=None, date_precision=None))
    article = make_article(events)
    assert [row["date_precision"] for row in article.to_dicts()] == ["month", None]
    assert article.to_dict()["events"][1]["date_precision"] is None
    frames = [article.to_pandas()]
    import sys

    with monkeypatch.context() as patch:
        patch.setitem(sys.modules, "pyarrow", None)
        frames.append(article.to_pandas())
    for df in frames:
        assert df["date_precision"].dtype == "string"
        assert df["date_precision"].iloc[0] == "month"
        # missing where the date is
        assert pd.isna(df["date_precision"].iloc[1]) and pd.isna(df["date"].iloc[1])
    pd.testing.assert_frame_equal(frames[0], frames[1])


def test_module_is_public_path() -> None:
    for cls in (cq.Actor, cq.Event, cq.Mention, cq.Sentence, cq.Article, cq.Coder):
        assert cls.__module__ == "communique"


def test_repr() -> None:
    assert repr(make_event()) == (
        "Event(042 'Make a visit' PRKGOV\u2192CHNGOV 2025-09-29 asserted sentence=0 trigger='met')"
    )
    assert repr(make_event(target=None, date=None, date_precision=None)).startswith(
        "Event(042 'Make a visit' PRKGOV\u2192- None asserted"
    )
    # a date known only to the month says so
    month = make_event(date=datetime.date(2025, 9, 1), date_precision="month")
    assert "PRKGOV\u2192CHNGOV 2025-09-01 (month) asserted" in repr(month)
    assert repr(make_actor(text="Choe's")) == (
        "Actor(text=\"Choe's\", name='Choe Son-hui', code='PRKGOV', country='PRK', type='GOV', span=(50, 92))"
    )
    assert eval(repr(make_actor()), {"Actor": cq.Actor}) == make_actor()
    assert repr(cq.Sentence(0, 0, 4, "a\nb")) == "Sentence(index=0, start=0, end=4, text='a\\nb')"
    assert repr(make_article()) == (
        "Article(id='fp-1', published=2025-09-29, title='A title', sentences=1, mentions=1, events=2)"
    )


def test_match_args_support_pattern_matching() -> None:
    event = make_event()
    match event:
        case cq.Event(source=cq.Actor(country="PRK"), code="042", target=cq.Actor(country=target)):
            matched = target
        case _:
            matched = None
    assert matched == "CHN"
    match make_actor():
        case cq.Actor(_, name, code, _, kind, span):
            assert (name, code, kind, span) == ("Choe Son-hui", "PRKGOV", "GOV", (50, 92))
    assert cq.Event.__match_args__[:3] == ("article_id", "sentence_index", "date")


def test_article_to_dict_nests_everything() -> None:
    d = make_article().to_dict()
    assert d["id"] == "fp-1" and d["published"] == PUBLISHED
    assert d["sentences"] == [{"index": 0, "start": 0, "end": 10, "text": "Choe met Li"}]
    assert d["mentions"][0]["actor"]["code"] == "PRKGOV"
    assert [e["code"] for e in d["events"]] == ["042", "043"]


def test_article_constructor_checks_item_types() -> None:
    with pytest.raises(TypeError, match="events must hold Event"):
        cq.Article("x", None, None, None, None, [], [], ["not an event"])


# --- pandas ------------------------------------------------------------------------------


def test_to_pandas_columns_and_dtypes() -> None:
    pd = pytest.importorskip("pandas")
    events = (make_event(), make_event(code="043", target=None, date=None, location=None, goldstein=2.8, mentions=1))
    df = make_article(events).to_pandas()
    assert tuple(df.columns) == cq.COLUMNS
    assert len(df) == 2
    assert df["date"].dtype == "datetime64[ns]"
    assert df["date"].iloc[0] == pd.Timestamp("2025-09-29") and pd.isna(df["date"].iloc[1])
    for column in ("sentence_index", "quad_class", "mentions", "span_start", "span_end"):
        assert df[column].dtype == "int64", column
    for column in ("goldstein", "confidence"):
        assert df[column].dtype == "float64", column
    for column in ("code", "root", "source_code", "target_code", "location", "trigger", "rule"):
        assert df[column].dtype == "string", column
    assert df["code"].tolist() == ["042", "043"]
    assert df["target_code"].tolist() == ["CHNGOV", ""]
    assert df["goldstein"].tolist() == [1.9, 2.8]


def test_to_pandas_without_events_keeps_columns_and_dtypes() -> None:
    pytest.importorskip("pandas")
    df = cq.parse("", published=PUBLISHED).to_pandas()
    assert tuple(df.columns) == cq.COLUMNS and len(df) == 0
    assert df["date"].dtype == "datetime64[ns]" and df["code"].dtype == "string"
    assert df["goldstein"].dtype == "float64" and df["mentions"].dtype == "int64"


def test_to_pandas_without_pandas_says_how_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(ImportError, match=r"communique\[pandas\]"):
        make_article().to_pandas()


def _code_in_child(queue: Any) -> None:
    articles = cq.Coder().parse_articles([UNICODE_TEXT, UNICODE_TEXT])
    queue.put(len(articles[0].sentences))


def test_parse_many_in_a_forked_child_does_not_deadlock() -> None:
    import multiprocessing

    # The parent's rayon pool is running when the child is forked; without the atfork hook
    # the child's parse_many would wait forever for the pool's threads.
    cq.Coder().parse_many([UNICODE_TEXT] * 8)
    context = multiprocessing.get_context("fork")
    queue = context.Queue()
    child = context.Process(target=_code_in_child, args=(queue,))
    child.start()
    child.join(timeout=60)
    if child.is_alive():
        child.kill()
        pytest.fail("parse_many deadlocked in a forked child")
    assert child.exitcode == 0
    assert queue.get(timeout=5) == 3


def test_explain_marks_the_actors_the_trigger_and_the_rule() -> None:
    text = "North Korean Foreign Minister Choe Son-hui met Chinese Premier Li Qiang on Monday."
    article = cq.parse(text, published="2025-09-29")
    meeting = next(e for e in article.events if e.source.country == "PRK")
    explained = meeting.explain()
    assert explained.startswith(
        "[North Korean Foreign Minister Choe Son-hui]SRC <met> [Chinese Premier Li Qiang]TGT on Monday."
    )
    assert f"rule {meeting.rule}" in explained
    assert "PRKGOV → CHNGOV" in explained


def test_targetless_coder_adds_events_without_a_target() -> None:
    text = "Russia threatened to retaliate. Iran rejected the proposal."
    # CAMEO data are dyadic: by default nothing here is coded
    assert cq.parse(text, published="2008-08-15").events == ()
    coder = cq.Coder(targetless=True)
    assert coder.targetless and not cq.Coder().targetless
    events = coder.parse(text, published="2008-08-15").events
    assert {(e.source.country, e.root) for e in events} >= {("RUS", "13"), ("IRN", "12")}
    assert all(e.target is None for e in events)
    assert repr(coder) == "Coder(actors=[], agents=[], patterns=[], targetless=True)"
    copy_ = pickle.loads(pickle.dumps(coder))
    assert copy_.targetless
    assert copy_.parse(text, published="2008-08-15") == coder.parse(text, published="2008-08-15")
