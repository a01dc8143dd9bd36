"""Score dev-set predictions at several confidence thresholds, as a Markdown report.

    cargo run --release --example predict -- ../shared/devset/articles.jsonl > pred.jsonl
    python3 tools/evaluate_devset.py pred.jsonl [--gold ../shared/devset/gold.jsonl]
                                    [--thresholds 0,0.3,0.4,0.5,0.6]

PRED is one coded event per line, as the predict example or `communique code --format jsonl`
writes it (article_id, source_country/source_code, target_country/target_code, code, date,
confidence, ...). GOLD defaults to ../shared/devset/gold.jsonl beside this project.

The matching and the scores are ../shared/tools/score.py's own functions (imported, not
copied), run on the predictions whose confidence is at least each threshold; a prediction
without a confidence is kept at threshold 0 only. Printed: root- and code-level precision,
recall and F1 per threshold, with the date accuracy on matched events; then, at threshold 0,
the per-root counts (gold and pred under their own root, tp under the gold root, as score.py
counts them). Python 3.10+, standard library only; exits 2 when a file is missing.
"""

from __future__ import annotations

import argparse
import collections
import json
import sys
from pathlib import Path
from types import ModuleType
from typing import Any, NoReturn

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
DEFAULT_GOLD = SHARED / "devset" / "gold.jsonl"
SCORER = SHARED / "tools" / "score.py"
DEFAULT_THRESHOLDS = "0,0.3,0.4,0.5,0.6"

Event = dict[str, Any]


def fail(message: str) -> NoReturn:
    print(f"evaluate_devset: {message}", file=sys.stderr)
    sys.exit(2)


def import_scorer(path: Path) -> ModuleType:
    if not path.is_file():
        fail(f"the scorer {path} is not here (it is read in place from ../shared/tools/)")
    sys.path.insert(0, str(path.parent))
    import score  # found through the path just added

    return score


def load(score: ModuleType, path: Path, what: str) -> list[dict[str, Any]]:
    if not path.is_file():
        fail(f"the {what} file {path} is not here")
    try:
        rows: list[dict[str, Any]] = score.load(path)
    except json.JSONDecodeError as e:
        fail(f"the {what} file {path} is not JSON lines: {e}")
    return rows


def confidence(row: dict[str, Any]) -> float | None:
    value = row.get("confidence")
    return float(value) if isinstance(value, (int, float)) else None


def level_scores(score: ModuleType, preds: list[Event], golds: list[Event], strict: bool) -> tuple[list[tuple[Event, Event]], dict[str, Any]]:
    """score.py's matching and P/R/F1 at one level, and its date accuracy on matched events."""
    pairs: list[tuple[Event, Event]] = score.match(preds, golds, strict)
    p, r, f = score.prf(len(pairs), len(preds), len(golds))
    dated = [(pp, g) for pp, g in pairs if g["date"]]
    date_ok = sum(1 for pp, g in dated if pp["date"] == g["date"])
    return pairs, {"tp": len(pairs), "p": p, "r": r, "f1": f, "date_ok": date_ok, "dated": len(dated)}


def date_cell(s: dict[str, Any]) -> str:
    return f"{s['date_ok'] / s['dated']:.3f} ({s['date_ok']}/{s['dated']})" if s["dated"] else "–"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("pred", type=Path, help="predictions, one JSON object per line")
    ap.add_argument("--gold", type=Path, default=DEFAULT_GOLD, help=f"gold events (default {DEFAULT_GOLD})")
    ap.add_argument("--thresholds", default=DEFAULT_THRESHOLDS, help=f"comma-separated confidence thresholds (default {DEFAULT_THRESHOLDS})")
    args = ap.parse_args()
    try:
        thresholds = sorted({float(t) for t in args.thresholds.split(",") if t.strip()})
    except ValueError:
        fail(f"--thresholds wants numbers separated by commas, not {args.thresholds!r}")
    if not thresholds:
        fail("--thresholds is empty")

    score = import_scorer(SCORER)
    golds: list[Event] = [score.gold_event(g) for g in load(score, args.gold, "gold")]
    articles = {g["article"] for g in golds}
    rows = load(score, args.pred, "predictions")
    # score.py drops predictions for articles that are not in the gold file; so does this
    scored = [(confidence(row), score.pred_event(row)) for row in rows]
    scored = [(c, p) for c, p in scored if p["article"] in articles]
    no_confidence = sum(1 for c, _ in scored if c is None)

    print(f"# Dev set evaluation: `{args.pred}`\n")
    print(f"Gold events {len(golds)} in {len(articles)} articles (`{args.gold}`); predictions {len(rows)}, of which {len(scored)} in gold articles.")
    if no_confidence:
        print(f"{no_confidence} predictions have no confidence; they count at threshold 0 only.")
    print()
    print("| confidence ≥ | pred | root tp | root P | root R | root F1 | code tp | code P | code R | code F1 | date acc. on matched (root) | date acc. on matched (code) |")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for t in thresholds:
        preds = [p for c, p in scored if (c is not None and c >= t) or (c is None and t <= 0)]
        _, root = level_scores(score, preds, golds, strict=False)
        _, code = level_scores(score, preds, golds, strict=True)
        print(
            f"| {t:g} | {len(preds)} | {root['tp']} | {root['p']:.3f} | {root['r']:.3f} | {root['f1']:.3f} "
            f"| {code['tp']} | {code['p']:.3f} | {code['r']:.3f} | {code['f1']:.3f} | {date_cell(root)} | {date_cell(code)} |"
        )

    # at threshold 0 (every prediction), the per-root counts as score.py's main() makes them
    preds = [p for _, p in scored]
    pairs, _ = level_scores(score, preds, golds, strict=False)
    gold_root = collections.Counter(g["root"] for g in golds)
    pred_root = collections.Counter(p["root"] for p in preds)
    tp_root = collections.Counter(g["root"] for _, g in pairs)
    print("\nPer root at threshold 0, all predictions (lenient matching; tp counted under the gold root):\n")
    print("| root | gold | pred | tp | recall |")
    print("|---|---:|---:|---:|---:|")
    for r in sorted(set(gold_root) | set(pred_root)):
        recall = f"{tp_root[r] / gold_root[r]:.2f}" if gold_root[r] else "–"
        print(f"| {r} | {gold_root[r]} | {pred_root[r]} | {tp_root[r]} | {recall} |")
    print(f"| all | {len(golds)} | {len(preds)} | {len(pairs)} | {len(pairs) / len(golds):.2f} |" if golds else "| all | 0 | 0 | 0 | – |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
