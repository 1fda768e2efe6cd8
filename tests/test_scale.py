"""Long runs: a kill -9 mid-batch loses nothing on rerun, and Ray shards load like local runs."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys

import pytest

from faultlines.corpus import code_corpus
from faultlines.options import CodingOptions
from faultlines.store import Store

COUNTRIES = ["Armenia", "Azerbaijan", "Georgia", "Turkey", "Iran", "Russia", "Ukraine",
             "Poland", "Sudan", "Chad", "Niger", "Mali"]


def _corpus(path, n=12):
    rows = [{"id": f"story-{i}", "published": "2024-01-15",
             "text": f"{COUNTRIES[i % 12]} accused {COUNTRIES[(i + 1) % 12]} of shelling "
                     f"border villages on Monday. Talks are planned for week {i}."}
            for i in range(n)]
    path.write_text("\n".join(json.dumps(r) for r in rows))
    return rows


KILLER = """
import os, signal, sys
import faultlines.store as store
real = store.article_rows
written = []
def article_rows(article, *key):
    written.append(article.id)
    if len(written) == 6:          # third batch of two, half written: die like kill -9
        os.kill(os.getpid(), signal.SIGKILL)
    return real(article, *key)
store.article_rows = article_rows
from faultlines.cli import main
sys.argv = ["faultlines", "code", sys.argv[1], "--db", sys.argv[2], "--batch-size", "2"]
main()
"""


def test_scale_kill_nine_mid_batch_then_rerun_completes_without_duplicates(tmp_path, nlp):
    corpus, db = tmp_path / "corpus.jsonl", tmp_path / "s.duckdb"
    rows = _corpus(corpus)
    killed = subprocess.run([sys.executable, "-c", KILLER, str(corpus), str(db)],
                            capture_output=True, text=True, timeout=300)
    assert killed.returncode == -signal.SIGKILL, killed.stderr
    with Store(db) as store:
        assert store.counts()["articles"] == 4   # two whole batches; the third left no trace
        summary = code_corpus([str(corpus)], CodingOptions(batch_size=2), store, nlp=nlp)
        assert summary.already == 4 and summary.coded == len(rows) - 4
        ids = [r["caller_id"] for r in store.query("SELECT caller_id FROM articles")]
        assert sorted(ids) == sorted(r["id"] for r in rows)
        assert store.scalar("SELECT count(DISTINCT content_hash) FROM articles") == len(rows)
        orphans = store.scalar("SELECT count(*) FROM events WHERE article_id NOT IN "
                               "(SELECT id FROM articles)")
        assert orphans == 0


@pytest.fixture
def local_ray():
    """Ray, shut down after the test: a local instance left running keeps its daemons (GCS,
    raylet, log monitor) busy on the machine's two cores for the rest of the run."""
    ray = pytest.importorskip("ray")
    yield ray
    ray.shutdown()


@pytest.mark.slow
def test_scale_ray_shards_import_like_a_local_run(tmp_path, nlp, local_ray):
    from faultlines.engines.ray_engine import code_on_ray, import_shards

    corpus = tmp_path / "corpus.jsonl"
    _corpus(corpus, n=6)
    summary = code_on_ray([str(corpus)], CodingOptions(workers=1, batch_size=4),
                          tmp_path / "shards")
    assert summary.coded == 6 and summary.shards
    with Store(tmp_path / "ray.duckdb") as from_ray, Store(":memory:") as local:
        assert import_shards([str(tmp_path / "shards")], from_ray) == (6, 0)
        assert import_shards([str(tmp_path / "shards")], from_ray) == (0, 6)
        code_corpus([str(corpus)], CodingOptions(), local, nlp=nlp)
        query = "SELECT id, n_events, n_quotes FROM articles ORDER BY id"
        assert from_ray.query(query) == local.query(query)
