"""The bad-input directory: every kind of bad input of issue 18 beside good files, through the
real `faultlines code` process. Each bad input is named once on stderr with its reason, every
good one is stored, the run exits 1, nothing hangs, nothing is skipped without a line, and no
traceback appears anywhere; then a corrupted store, a write error and standard input over the
limit, each one line; then the GraphML export of a story holding a NUL."""

from __future__ import annotations

import codecs
import json
import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from faultlines.analysis.synthetic import article, event, state
from faultlines.store import Store

GOOD = "Talks in Almaty\n\nArmenia and Azerbaijan resumed talks in Almaty on {day}.\n"

# The real command, with what a tester cannot do from outside patched in first: a stage that
# breaks on one story, a directory root could read, a disk that refuses a write.
RUN = """
import os, sys
if sys.argv[1] == "stage":
    from faultlines.quotes import QuoteStage
    real = QuoteStage.find
    def find(self, doc):
        if "Grenfell" in doc.text:
            raise IndexError("[E1002] Span index out of range.")
        return real(self, doc)
    QuoteStage.find = find
    if os.geteuid() == 0:   # root lists any directory: refuse it as the kernel refuses others
        scandir = os.scandir
        def refusing(path="."):
            if os.path.basename(os.fspath(path)) == "m-locked":
                raise PermissionError(13, "Permission denied", os.fspath(path))
            return scandir(path)
        os.scandir = refusing
elif sys.argv[1] == "disk":
    import duckdb
    from faultlines.store import Store
    def insert(self, table, rows):
        raise duckdb.IOException('IO Error: Could not write file "' + self.path
                                 + '.wal": No space left on device')
    Store._insert = insert
from faultlines.cli import main
sys.argv = ["faultlines", *sys.argv[2:]]
main()
"""


def _faultlines(*args: str, how: str = "plain", stdin: bytes | None = None,
                timeout: int = 600) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", RUN, how, *args], input=stdin,
                          capture_output=True, timeout=timeout)


def _corpus(root: Path) -> tuple[dict[str, str], set[str]]:
    """Write the directory; RETURNS (bad input → the start of its reason, good inputs)."""
    (root / "a-good.txt").write_text(GOOD.format(day="Friday"))
    (root / "b-empty.txt").write_text("")
    (root / "c-binary.txt").write_bytes(bytes(range(256)) * 8)
    story = "Russia urged Armenia and Azerbaijan to resume talks on Friday."
    (root / "d-long.txt").write_text("Long story\n\n" + "\n\n".join(
        f"{story}\n\n{'x' * 9000}" for _ in range(120)))  # over 1 MB: coded in windows
    (root / "e-huge.txt").write_bytes(b"word " * 1_200_000)  # over the 5 MB limit
    os.mkfifo(root / "f-fifo.txt")
    (root / "g-zero.txt").symlink_to("/dev/zero")
    (root / "h-random.txt").symlink_to("/dev/urandom")
    rows = [
        {"id": "s0", "text": "Iran accused Israel of striking its consulate.", "published": "2024-04-02"},
        {"id": "s1", "text": "Turkey hosted talks between Russia and Ukraine.", "published": "2022-03-29"},
        {"id": "s1", "text": "Hungary blocked EU aid to Ukraine.", "published": "2023-12-14"},
        {"id": "s3", "text": "China brokered a deal between Saudi Arabia and Iran.", "published": "2023-02-30"},
        {"id": "s4", "text": "Niger's junta ordered French troops out.", "published": "yesterday"},
        {"id": "s5", "text": 42},
        {"id": "s6", "text": ["Sudan", "Chad"]},
        {"id": "s7", "text": "Armenia\u0000 accused Azerbaijan of shelling border villages.",
         "published": "2022-09-13"},
        {"id": "s8", "text": "Rus\u200bsia at\u200btacked Uk\u200braine on Thursday.",
         "published": "2022-02-24"},
    ]
    (root / "i-table.jsonl").write_text("\n".join(json.dumps(r) for r in rows))
    (root / "j-bom.csv").write_bytes(codecs.BOM_UTF8 + b"id,text,published\n"
                                     b'c1,"Israel struck Houthi targets in Yemen.",2024-01-12\n')
    (root / "k-utf16.txt").write_bytes(GOOD.format(day="Monday").encode("utf-16"))
    (root / "l-badutf8.txt").write_bytes(
        "Envoy\n\nThe president’s envoy met Egypt’s foreign minister in Cairo.".encode()
        + b" \x92 Talks went on.")
    (root / "m-locked").mkdir()
    (root / "m-locked" / "x.txt").write_text(GOOD.format(day="Sunday"))
    (root / "m-locked").chmod(0)
    (root / "n-stage.txt").write_text("Inquiry\n\n“We want answers ” the Grenfell families said.")
    (root / "README.md").write_text("Not an article: files of other types are passed over.")
    bad = {"b-empty.txt": "empty", "c-binary.txt": "binary", "e-huge.txt": "too large: 5.7 MB",
           "f-fifo.txt": "not a regular file: a named pipe (FIFO)",
           "g-zero.txt": "not a regular file: a link to /dev/zero",
           "h-random.txt": "not a regular file: a link to /dev/urandom",
           "i-table.jsonl:4": "bad published date '2023-02-30': day is out of range",
           "i-table.jsonl:5": "bad published date 'yesterday': a relative date",
           "i-table.jsonl:6": "field 'text' is a number (42)",
           "i-table.jsonl:7": "field 'text' is a list",
           "m-locked": "unreadable directory: Permission denied",
           "n-stage.txt": "stage error: faultlines_quotes: IndexError: [E1002]"}
    good = {"a-good.txt", "d-long.txt", "i-table.jsonl:1", "i-table.jsonl:2", "i-table.jsonl:3",
            "i-table.jsonl:8", "i-table.jsonl:9", "j-bom.csv:2", "k-utf16.txt", "l-badutf8.txt"}
    return bad, good


def _lines(stderr: str, prefix: str) -> dict[str, list[str]]:
    """The faultlines lines of stderr, by the input they name (its name within `prefix`)."""
    named: dict[str, list[str]] = {}
    for line in stderr.splitlines():
        if line.startswith(f"faultlines: {prefix}"):
            origin, reason = line.removeprefix(f"faultlines: {prefix}").split(": ", 1)
            named.setdefault(origin, []).append(reason)
    return named


def test_bad_input_directory_each_named_once_good_ones_stored_no_traceback(tmp_path):
    root, db = tmp_path / "inbox", tmp_path / "s.duckdb"
    root.mkdir()
    bad, good = _corpus(root)
    prior = tmp_path / "prior.jsonl"  # another corpus, coded first, with the same ids
    prior.write_text(json.dumps({"id": "s0", "text": "Chad closed its border with Sudan."}))
    try:
        first = _faultlines("code", str(prior), "--db", str(db))
        run = _faultlines("code", str(root), "--db", str(db), how="stage")
    finally:
        (root / "m-locked").chmod(0o755)
    stderr = [first.stderr.decode(), run.stderr.decode()]
    assert first.returncode == 0, stderr[0]
    assert run.returncode == 1, stderr[1]

    named = _lines(stderr[1], f"{root}/")
    failures = {origin: reasons for origin, reasons in named.items()
                if any(not r.startswith("note:") for r in reasons)}
    assert set(failures) == set(bad), stderr[1]
    for origin, start in bad.items():
        assert len(failures[origin]) == 1 and failures[origin][0].startswith(start), origin
    notes = {origin: r for origin, reasons in named.items() for r in reasons
             if r.startswith("note:")}
    assert set(notes) == {"i-table.jsonl:1", "i-table.jsonl:2", "i-table.jsonl:3",
                          "l-badutf8.txt"}
    assert "1 byte sequence(s) that are not valid UTF-8" in notes["l-badutf8.txt"]
    assert notes["i-table.jsonl:1"].startswith("note: id 's0' is also the id of 1 other")

    with Store(db, read_only=True) as store:
        origins = [r["origin"] for r in store.query("SELECT origin FROM articles")]
        zero_width = store.scalar("SELECT n_events FROM articles WHERE caller_id = 's8'")
        long_events = store.scalar("SELECT n_events FROM articles WHERE title = 'Long story'")
    stored = {o.removeprefix(f"{root}/") for o in origins if o.startswith(str(root))}
    assert stored == good  # every good input stored, and nothing is neither stored nor named
    assert zero_width == 1 and long_events == 120
    assert f"coded {len(good)} article(s)" in run.stdout.decode()
    assert f"{len(bad)} input(s) failed (listed above)" in run.stdout.decode()

    # a corrupted store: one line from a listing and from `code`
    junk = tmp_path / "junk.duckdb"
    junk.write_bytes(Path(db).read_bytes()[:4096] + b"\x00" * 4096)
    for args in (("articles", "--db", str(junk)), ("code", str(root / "a-good.txt"), "--db",
                                                     str(junk))):
        broken = _faultlines(*args)
        stderr.append(broken.stderr.decode())
        assert broken.returncode == 1
        assert len(stderr[-1].splitlines()) == 1 and str(junk) in stderr[-1], stderr[-1]

    # a write error (the disk full) on a fresh store: one line, exit 1, nothing half-stored
    fresh = tmp_path / "fresh.duckdb"
    full = _faultlines("code", str(root / "a-good.txt"), "--db", str(fresh), how="disk")
    stderr.append(full.stderr.decode())
    assert full.returncode == 1
    assert stderr[-1].splitlines()[-1].startswith(f"faultlines: the disk holding the store "
                                                  f"{fresh} is full")
    with Store(fresh, read_only=True) as store:
        assert store.counts()["articles"] == 0

    # standard input over the limit: refused with its reason, not cut
    piped = _faultlines("code", "-", "--no-store", stdin=b"Armenia talks. " * 400_000)
    stderr.append(piped.stderr.decode())
    assert piped.returncode == 1
    assert "faultlines: <stdin>: too large: more than 5.0 MB" in stderr[-1]

    # the GraphML export of a store holding a NUL and other control characters (an old
    # store or an imported shard; ingest now makes them spaces)
    with Store(db) as store:
        store.add([article("nul", "2023-09-20", (event(state("AZE"), state("ARM"), "ASSAULT",
                                                       "2023-09-20",
                                                       "Azerbaijan\x00 shelled\x1b Armenia."),))])
    graphml = tmp_path / "ties.graphml"
    export = _faultlines("export", "--format", "graphml", "--out", str(graphml),
                         "--db", str(db))
    stderr.append(export.stderr.decode())
    assert export.returncode == 0, stderr[-1]
    evidence = [e.text or "" for e in ET.parse(graphml).iter() if e.tag.endswith("data")]
    assert any("Azerbaijan  shelled  Armenia." == text for text in evidence)

    assert sum(text.count("Traceback") for text in stderr) == 0  # `grep -c Traceback` is 0


@pytest.mark.parametrize("name", ["x.txt", "x.jsonl", "x.csv"])
def test_bad_input_a_fifo_given_by_name_is_named_and_the_run_ends(tmp_path, name):
    os.mkfifo(tmp_path / name)
    done = _faultlines("code", str(tmp_path / name), "--no-store", timeout=120)
    assert done.returncode == 1
    assert done.stderr.decode().startswith(f"faultlines: {tmp_path / name}: not a regular file: "
                                           "a named pipe (FIFO)")
