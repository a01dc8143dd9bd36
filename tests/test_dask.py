"""`communique.dask.code` on a real multi-process Dask cluster equals the single-process result."""

from __future__ import annotations

from typing import Any

import pytest

import communique as cq
from conftest import read_jsonl, shared_file

USER_ACTORS = ["Zorvan Petrakis; Petrakis | GRCGOV 2020-01-01..2030-12-31 | m"]
USER_TEXT = "Zorvan Petrakis met Chinese Premier Li Qiang in Beijing on Monday, 29 September 2025."


def test_local_cluster_equals_single_process() -> None:
    pd = pytest.importorskip("pandas")
    dd = pytest.importorskip("dask.dataframe")
    distributed = pytest.importorskip("distributed")
    import communique.dask

    records: list[dict[str, Any]] = read_jsonl(shared_file("data", "wikinews_politics.jsonl"))[:240]
    records.append({"id": "user", "text": USER_TEXT, "published": "2025-09-29"})
    frame = pd.DataFrame(records)
    coder = cq.Coder(actors=USER_ACTORS)
    expected = cq.parse_many(frame, coder=coder).to_pandas()
    assert (expected["source_code"] == "GRCGOV").any()

    with (
        distributed.LocalCluster(n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None) as cluster,
        distributed.Client(cluster) as client,
    ):
        events = communique.dask.code(dd.from_pandas(frame, npartitions=4), coder=coder)
        assert tuple(events.columns) == cq.COLUMNS
        got = client.compute(events).result()
        pids = set(client.run(lambda: __import__("os").getpid()).values())
    assert len(pids) == 2
    got = got.reset_index(drop=True)
    assert len(got) == len(expected)
    pd.testing.assert_frame_equal(got, expected, check_dtype=False)
    assert (got["source_code"] == "GRCGOV").sum() == (expected["source_code"] == "GRCGOV").sum()
