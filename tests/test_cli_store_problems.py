"""One error path for the store: a file that is not a DuckDB store, a damaged one, a full disk,
a read-only place, a folder. Each is one line naming the file, exit 1 (a usage error, exit 2,
where the command line alone shows it), never a traceback; a full disk leaves the store whole
and a rerun goes on (issue 18)."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys

import duckdb
import pytest

from faultlines import errors
from faultlines.store import Store

from tests.conftest import CLI_STORY as GOOD, run




def _one_error_line(result) -> str:
    assert "Traceback" not in result.output
    (line,) = [x for x in result.stderr.splitlines() if x.startswith(("Error:", "faultlines:"))]
    return line


@pytest.mark.parametrize("command", [("articles",), ("show", "x"), ("dilemmas",), ("stats",),
                                     ("export", "--format", "jsonl", "--out", "OUT"),
                                     ("code", "STORY")])
def test_cli_store_that_is_not_a_duckdb_file_is_one_line(runner, tmp_path, command):
    junk = tmp_path / "notes.duckdb"
    junk.write_text("these are my notes, not a store\n" * 50)
    (tmp_path / "story.txt").write_text(GOOD)
    args = [str(tmp_path / "out.jsonl") if a == "OUT" else str(tmp_path / "story.txt")
            if a == "STORY" else a for a in command]
    result = run(runner, *args, "--db", str(junk))
    assert result.exit_code == 1
    assert _one_error_line(result) == "Error: " + errors.STORE_NOT_DUCKDB.format(db=junk)
    assert junk.read_text().startswith("these are my notes")  # left as it was


def _stored(runner, tmp_path, n: int = 40) -> str:
    rows = [{"id": f"s{i}", "text": f"Armenia accused Azerbaijan of shelling village {i}."}
            for i in range(n)]
    (tmp_path / "c.jsonl").write_text("\n".join(json.dumps(r) for r in rows))
    db = str(tmp_path / "s.duckdb")
    assert run(runner, "code", str(tmp_path / "c.jsonl"), "--db", db).exit_code == 0
    return db


@pytest.mark.parametrize("command", [("events",), ("dilemmas",), ("stats",)])
def test_cli_a_truncated_store_is_one_line(runner, tmp_path, command):
    db = _stored(runner, tmp_path)
    data = open(db, "rb").read()
    cut = tmp_path / "cut.duckdb"
    cut.write_bytes(data[: len(data) // 3])
    result = run(runner, *command, "--db", str(cut))
    assert result.exit_code == 1
    line = _one_error_line(result)
    assert line.startswith(f"Error: the store {cut} is damaged (") or \
        line == "Error: " + errors.STORE_NOT_DUCKDB.format(db=cut), line


def test_cli_store_path_that_is_a_folder_or_in_no_folder_is_a_usage_error(runner, tmp_path):
    (tmp_path / "story.txt").write_text(GOOD)
    folder = run(runner, "code", str(tmp_path / "story.txt"), "--db", str(tmp_path))
    assert folder.exit_code == 2 and "is a directory" in folder.stderr
    nowhere = run(runner, "code", str(tmp_path / "story.txt"), "--db",
                  str(tmp_path / "no" / "such" / "s.duckdb"))
    assert nowhere.exit_code == 2 and "no folder" in nowhere.stderr


class _DiskFull:
    """DuckDB's own error when a write finds no space: raised by the Nth batch's insert."""

    def __init__(self, at_batch: int) -> None:
        self.at_batch, self.batches = at_batch, 0

    def __call__(self, real):
        def insert(store, table, rows):
            if table == "articles":
                self.batches += 1
            if self.batches == self.at_batch:
                raise duckdb.IOException(f'IO Error: Could not write file "{store.path}.wal": '
                                         "No space left on device")
            return real(store, table, rows)
        return insert


def test_cli_a_full_disk_is_one_line_the_store_stays_whole_and_a_rerun_resumes(
        runner, nlp, tmp_path, monkeypatch):
    """Simulated: the third batch's write fails as DuckDB fails on a full disk."""
    from faultlines.store import Store as StoreClass

    rows = [{"id": f"s{i}", "text": f"Armenia accused Azerbaijan of shelling village {i}."}
            for i in range(10)]
    (tmp_path / "c.jsonl").write_text("\n".join(json.dumps(r) for r in rows))
    db = str(tmp_path / "s.duckdb")
    monkeypatch.setattr(StoreClass, "_insert", _DiskFull(3)(StoreClass._insert))
    full = run(runner, "code", str(tmp_path / "c.jsonl"), "--db", db, "--batch-size", "2")
    assert full.exit_code == 1
    assert _one_error_line(full) == "faultlines: " + errors.STORE_FULL.format(
        db=db, detail=f'Could not write file "{db}.wal": No space left on device')
    assert "coded 4 article(s)" in full.stdout
    monkeypatch.undo()
    monkeypatch.setattr("faultlines.pipeline.build", lambda options=None: nlp)
    with Store(db) as store:
        assert store.counts()["articles"] == 4
        assert store.scalar("SELECT count(*) FROM events WHERE article_id NOT IN "
                            "(SELECT id FROM articles)") == 0
    again = run(runner, "code", str(tmp_path / "c.jsonl"), "--db", db)
    assert again.exit_code == 0 and "4 article(s) already stored" in again.stdout
    with Store(db, read_only=True) as store:
        assert store.counts()["articles"] == 10


def _unshare() -> str | None:
    """`unshare` with a user and mount namespace, where this machine allows one: a small
    tmpfs can then be mounted without privileges, to fill a disk for real."""
    path = shutil.which("unshare")
    if path is None:
        return None
    probe = subprocess.run([path, "-rm", "true"], capture_output=True)
    return path if probe.returncode == 0 else None


FILL_THE_DISK = """
set -u
mount -t tmpfs -o size=32m none "$MNT"
"$PY" -m faultlines code "$FIRST" --db "$MNT/s.duckdb" > /dev/null 2> "$OUT/first.err" || exit 10
dd if=/dev/zero of="$MNT/fill" bs=4k > /dev/null 2>&1
"$PY" -m faultlines code "$CORPUS" --db "$MNT/s.duckdb" > "$OUT/full.out" 2> "$OUT/full.err"
echo $? > "$OUT/full.rc"
rm "$MNT/fill"
"$PY" -m faultlines code "$CORPUS" --db "$MNT/s.duckdb" > "$OUT/again.out" 2> "$OUT/again.err"
echo $? > "$OUT/again.rc"
"$PY" -c "
import sys
from faultlines.store import Store
with Store(sys.argv[1], read_only=True) as s:
    print(s.counts()['articles'], s.scalar('SELECT count(DISTINCT content_hash) FROM articles'),
          s.scalar('SELECT count(*) FROM events WHERE article_id NOT IN (SELECT id FROM articles)'))
" "$MNT/s.duckdb" > "$OUT/counts"
"""


@pytest.mark.slow
def test_cli_a_really_full_disk_is_one_line_and_a_rerun_resumes(tmp_path):
    """A 32 MB tmpfs, filled up after a first run: the second run's write fails, one line and
    exit 1; with space again, a rerun stores everything once."""
    unshare = _unshare()
    if unshare is None:
        pytest.skip("no unprivileged mount namespace here: the simulated full disk stands in")
    mnt, out = tmp_path / "mnt", tmp_path / "out"
    mnt.mkdir()
    out.mkdir()
    (tmp_path / "first.txt").write_text(GOOD)
    rows = [{"id": f"s{i}", "text": f"Armenia accused Azerbaijan of shelling village {i}. " * 3}
            for i in range(300)]
    (tmp_path / "c.jsonl").write_text("\n".join(json.dumps(r) for r in rows))
    env = {"MNT": str(mnt), "OUT": str(out), "PY": sys.executable,
           "FIRST": str(tmp_path / "first.txt"), "CORPUS": str(tmp_path / "c.jsonl"),
           "PATH": "/usr/bin:/bin", "PYTHONPATH": ":".join(sys.path)}
    done = subprocess.run([unshare, "-rm", "sh", "-c", FILL_THE_DISK], env=env,
                          capture_output=True, text=True, timeout=900)
    assert done.returncode == 0, done.stderr + (out / "first.err").read_text()
    full_err = (out / "full.err").read_text()
    assert (out / "full.rc").read_text().strip() == "1", full_err
    assert "Traceback" not in full_err
    assert [x for x in full_err.splitlines() if "disk" in x] == [next(
        x for x in full_err.splitlines() if x.startswith(f"faultlines: the disk holding the "
                                                         f"store {mnt}/s.duckdb is full ("))]
    assert (out / "again.rc").read_text().strip() == "0", (out / "again.err").read_text()
    assert (out / "counts").read_text().split() == ["301", "301", "0"]
