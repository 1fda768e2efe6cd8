"""`faultlines code`'s exit status, as README documents it: 0 every input coded, 1 some failed
(a stage error, a refused row, Ctrl-C or SIGTERM, with a note), 2 a usage error (issue 18)."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from faultlines.store import Store

from tests.conftest import CLI_STORY as GOOD, run




def test_cli_exit_status_is_documented_in_the_readme():
    readme = " ".join((Path(__file__).parents[1] / "README.md").read_text().split())
    for words in ("0 when every input was coded", "1 when some failed", "2 for a usage error",
                  "Ctrl-C"):
        assert words in readme


def test_cli_exit_status_zero_when_every_input_is_coded(runner, tmp_path):
    (tmp_path / "a.txt").write_text(GOOD)
    result = run(runner, "code", str(tmp_path / "a.txt"), "--db", str(tmp_path / "s.duckdb"))
    assert result.exit_code == 0 and result.stderr == ""


def test_cli_exit_status_one_for_a_stage_error_and_the_input_is_named(runner, nlp, tmp_path,
                                                                        monkeypatch):
    """A stage that raises on one story fails that story (nothing of it stored, so a rerun
    codes it again); the others are coded and stored (they were lost with exit 0)."""
    stage = nlp.get_pipe("faultlines_quotes")
    real = stage.find

    def find(doc):
        if "Lachin" in doc.text:
            raise IndexError("[E1002] Span index out of range.")
        return real(doc)

    monkeypatch.setattr(stage, "find", find)
    (tmp_path / "a.txt").write_text(GOOD)
    (tmp_path / "b.txt").write_text("Blockade\n\nAzerbaijan closed the Lachin corridor on Monday.")
    db = str(tmp_path / "s.duckdb")
    result = run(runner, "code", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), "--db", db)
    assert result.exit_code == 1
    (line,) = [x for x in result.stderr.splitlines() if x.startswith("faultlines: ")]
    assert line == (f"faultlines: {tmp_path / 'b.txt'}: stage error: faultlines_quotes: "
                    "IndexError: [E1002] Span index out of range.; nothing of this input was "
                    "stored, so a rerun codes it again")
    with Store(db, read_only=True) as store:
        assert [r["title"] for r in store.query("SELECT title FROM articles")] == [
            "Talks in Almaty"]


def test_cli_exit_status_two_for_a_missing_path_and_nothing_is_coded(runner, tmp_path):
    (tmp_path / "a.txt").write_text(GOOD)
    db = tmp_path / "s.duckdb"
    result = run(runner, "code", str(tmp_path / "a.txt"), str(tmp_path / "typo.txt"),
                 "--db", str(db))
    assert result.exit_code == 2 and "'typo.txt'" not in result.stdout
    assert "does not exist" in result.stderr and not db.exists()


def test_cli_exit_status_json_keeps_the_coded_articles_when_some_fail(runner, tmp_path):
    (tmp_path / "a.txt").write_text(GOOD)
    (tmp_path / "b.txt").write_text("")
    result = run(runner, "code", str(tmp_path), "--no-store", "--json")
    assert result.exit_code == 1
    assert [a["title"] for a in json.loads(result.stdout)["articles"]] == ["Talks in Almaty"]
    assert "b.txt: empty" in result.stderr


STOPPER = """
import os, signal, sys
import faultlines.store as store
real = store.article_rows
written = []
how = getattr(signal, sys.argv[3])
def article_rows(article, *key):
    written.append(article.id)
    if len(written) == 5:          # third batch of two, half written: stop like Ctrl-C
        os.kill(os.getpid(), how)
    return real(article, *key)
store.article_rows = article_rows
from faultlines.cli import main
sys.argv = ["faultlines", "code", sys.argv[1], "--db", sys.argv[2], "--batch-size", "2"]
main()
"""


@pytest.mark.parametrize("how", ["SIGINT", "SIGTERM"])
def test_cli_exit_status_one_after_ctrl_c_or_sigterm_with_a_note_and_a_rerun_finishes(
        tmp_path, how):
    rows = [{"id": f"story-{i}", "published": "2024-01-15",
             "text": f"Armenia accused Azerbaijan of shelling village {i} on Monday."}
            for i in range(8)]
    corpus, db = tmp_path / "c.jsonl", tmp_path / "s.duckdb"
    corpus.write_text("\n".join(json.dumps(r) for r in rows))
    stopped = subprocess.run([sys.executable, "-c", STOPPER, str(corpus), str(db), how],
                             capture_output=True, text=True, timeout=300)
    assert stopped.returncode == 1, stopped.stderr
    assert "Traceback" not in stopped.stderr
    shown = {"SIGINT": "Ctrl-C", "SIGTERM": "SIGTERM"}[how]
    assert stopped.stderr.splitlines()[-1] == (
        f"faultlines: interrupted ({shown}): 4 article(s) were stored in {db}; the batch being "
        "coded was rolled back; rerun the same command to go on (what is stored is skipped)")
    again = subprocess.run([sys.executable, "-m", "faultlines", "code", str(corpus), "--db",
                            str(db)], capture_output=True, text=True, timeout=300)
    assert again.returncode == 0, again.stderr
    assert "4 article(s) already stored, skipped" in again.stdout
    with Store(db, read_only=True) as store:
        assert sorted(r["caller_id"] for r in store.query("SELECT caller_id FROM articles")) == \
            sorted(r["id"] for r in rows)


def test_cli_sigint_default_is_kept_outside_a_run():
    """The SIGTERM handler lives only while `code` runs (a test runner's is left as it was)."""
    from faultlines.cli.coding import _terminate_as_interrupt

    before = signal.getsignal(signal.SIGTERM)
    with _terminate_as_interrupt():
        assert signal.getsignal(signal.SIGTERM) is not before
    assert signal.getsignal(signal.SIGTERM) is before
