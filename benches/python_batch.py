"""The Python batch path against the Rust core: `parse_many` over the Wikinews politics corpus
with 1 and 2 threads, then `to_pandas()`.

    python benches/python_batch.py [--repeat N]

The core's own time is `Coder._code_only`, which codes the same texts in Rust and returns only
a count; the Python path's cost is the rest: reading the records, converting the events and
building the table. Prints a Markdown table. Needs ../shared/data/wikinews_politics.jsonl next
to the repository (skips with a message otherwise) and pandas with pyarrow.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import communique as cq

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "wikinews_politics.jsonl"


def best(repeat: int, run: Callable[[], Any]) -> tuple[float, Any]:
    """The best wall time of `repeat` runs, and the last result."""
    times = []
    result = None
    for _ in range(repeat):
        start = time.perf_counter()
        result = run()
        times.append(time.perf_counter() - start)
    return min(times), result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3, help="runs per measure; the best is kept (default 3)")
    args = parser.parse_args()
    if not CORPUS.exists():
        print(f"skipped: {CORPUS} is not there", file=sys.stderr)
        return 0
    with open(CORPUS, encoding="utf-8") as f:
        records = [json.loads(line) for line in f if line.strip()]
    texts = [r["text"] for r in records]
    n = len(records)
    coder = cq.Coder()
    coder._code_only(texts[:50])  # warm the dictionaries and the pool

    rows = []
    for threads in (1, 2):
        # Interleaved, so that a noisy neighbour or a clock change hits all three alike.
        core = batch = dicts = float("inf")
        for _ in range(args.repeat):
            t, count = best(1, lambda threads=threads: coder._code_only(texts, threads))
            core = min(core, t)
            # The same inputs as the core's: the texts alone.
            t, table = best(1, lambda threads=threads: coder.parse_many(texts, threads=threads))
            batch = min(batch, t)
            assert len(table) == count, (len(table), count)
            t, full = best(1, lambda threads=threads: coder.parse_many(records, threads=threads))
            dicts = min(dicts, t)
        rows.append((threads, core, batch, len(table), dicts))
    table = full
    frame_time, frame = best(args.repeat, table.to_pandas)
    assert len(frame) == len(table)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    print(f"{n} articles, {len(table)} events (with their dates); best of {args.repeat} runs\n")
    print(
        "| threads | Rust core only | parse_many(texts) | Python path / core | articles/s | events/s "
        "| parse_many(dicts with id, date) |"
    )
    print("|---:|---:|---:|---:|---:|---:|---:|")
    for threads, core, batch, events, dicts in rows:
        print(
            f"| {threads} | {core:.2f} s | {batch:.2f} s | {batch / core:.3f}\u00d7 | "
            f"{n / batch:,.0f} | {events / batch:,.0f} | {dicts:.2f} s |"
        )
    speedup = rows[0][2] / rows[1][2]
    print(f"\n- 2 threads vs 1: {speedup:.2f}\u00d7 faster")
    print(
        f"- to_pandas() of all {len(table)} events: {frame_time * 1000:.1f} ms ({len(table) / frame_time:,.0f} rows/s)"
    )
    print(f"- peak resident memory (ru_maxrss): {peak_mb:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
