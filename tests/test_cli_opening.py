"""How commands open the store while another process holds it (issue 14).

A DuckDB file takes one writer or many readers. Listing commands read beside other readers
(`faultlines serve`, another listing); the analysis commands fall back to reading when they
cannot write; and a busy store is one line that says who holds it. Before the cli package,
`faultlines dyads` said "open for writing by another faultlines process" while another process
was only reading the store: its read-only fallback never ran.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from click.testing import CliRunner

from faultlines import errors
from faultlines.analysis.synthetic import article, event, relation
from faultlines.cli import main
from faultlines.store import Store

LISTINGS = (("articles",), ("events",), ("stats",), ("quotes",), ("show", "a1"), ("dyads",),
            ("ties",), ("dilemmas",), ("escalation", "--all"), ("network",))

_HOLD = ("import sys, time\nfrom faultlines.store import Store\n"
         "s = Store(sys.argv[1], read_only=sys.argv[2] == 'read'); print('open', flush=True)\n"
         "time.sleep(60)")


def _fill(path: str) -> None:
    with Store(path) as store:
        store.add([article("a1", "2023-09-19", (
            event("AZE", "ARM", "ASSAULT", "2023-09-19", "Azerbaijan attacked Armenia."),
            event("AZE", "ARM", "ASSAULT", "2023-09-18", "Shelling hit Stepanakert.")),
            (relation("ARM", "RUS", "ally", 1, "Armenia is an ally of Russia."),
             relation("RUS", "AZE", "diplomatic", 1, "Russia deepened ties with Baku.")))])


@pytest.fixture
def db(tmp_path) -> str:
    path = str(tmp_path / "held.duckdb")
    _fill(path)
    return path


@contextmanager
def held(db: str, how: str) -> Iterator[None]:
    """Another process holds the store open ("read" or "write") for the duration."""
    other = subprocess.Popen([sys.executable, "-c", _HOLD, db, how], stdout=subprocess.PIPE,
                             text=True)
    try:
        assert other.stdout.readline().strip() == "open"
        yield
    finally:
        other.kill()
        other.wait()


def run(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def test_cli_listings_read_beside_another_reader(db):
    with held(db, "read"):
        for args in LISTINGS:
            result = run(*args, "--db", db)
            assert result.exit_code == 0, f"{args}: {result.output}"
        live = json.loads(run("dyads", "--db", db, "--json").stdout)
    assert [(r["actor"], r["recipient"], r["events"]) for r in live] == [("AZE", "ARM", 2)]
    # once the reader is gone, dyads writes its tables and answers the same from them
    assert json.loads(run("dyads", "--db", db, "--json").stdout) == live


def test_cli_listings_say_in_one_line_that_a_writer_holds_the_store(db):
    with held(db, "write"):
        for args in LISTINGS:
            result = run(*args, "--db", db)
            assert result.exit_code == 1, f"{args}: {result.output}"
            assert result.output.strip() == "Error: " + errors.STORE_BUSY.format(db=db), args


def test_cli_code_says_in_one_line_that_readers_hold_the_store(db, tmp_path):
    story = tmp_path / "story.txt"
    story.write_text("Talks in Almaty\n\nArmenia and Azerbaijan resumed talks in Almaty.\n")
    with held(db, "read"):
        result = run("code", str(story), "--db", db)
    assert result.exit_code == 1
    assert result.output.strip() == "Error: " + errors.STORE_READ_BUSY.format(db=db)


@pytest.mark.parametrize("command", ["articles", "dyads", "dilemmas"])
def test_cli_listings_never_create_a_missing_store(command, tmp_path):
    missing = tmp_path / "typo.duckdb"
    result = run(command, "--db", str(missing))
    assert result.exit_code == 1 and "no store at" in result.output
    assert not missing.exists()
