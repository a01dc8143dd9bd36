"""The dev set's scores through the public API, with ../shared/tools/score.py's own matching
(imported in place, not copied): a floor just below the figures the README reports, so that a
change that loses accuracy fails."""

from __future__ import annotations

import importlib.util
from types import ModuleType

import communique as cq
from conftest import read_jsonl, shared_file


def load_scorer() -> ModuleType:
    path = shared_file("tools", "score.py")
    spec = importlib.util.spec_from_file_location("devset_score", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_devset_f1_holds_its_floor() -> None:
    score = load_scorer()
    articles = read_jsonl(shared_file("devset", "articles.jsonl"))
    golds = [score.gold_event(g) for g in read_jsonl(shared_file("devset", "gold.jsonl"))]
    rows = cq.Coder().parse_many(articles).to_dicts()
    preds = [score.pred_event(r) for r in rows]
    f1 = {}
    for level, strict in (("root", False), ("code", True)):
        pairs = score.match(preds, golds, strict)
        f1[level] = score.prf(len(pairs), len(preds), len(golds))[2]
    assert f1["root"] >= 0.655, f1
    assert f1["code"] >= 0.64, f1
