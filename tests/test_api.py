"""The Python API (faultlines.load, faultlines.code, faultlines.Store) and its README example."""

from __future__ import annotations

import doctest
import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

import faultlines
from faultlines.errors import FaultlinesError, InputError

ROOT = Path(__file__).parents[1]


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory, demo_store) -> Path:
    """A folder holding the demo corpus coded into faultlines.duckdb, as `make demo` leaves it
    (a copy of the session's demo store, coded once for the whole run)."""
    from .conftest import copy_of

    folder = tmp_path_factory.mktemp("api")
    copy_of(demo_store, folder, "faultlines.duckdb")
    return folder


def test_api_import_loads_nothing_heavy():
    found = subprocess.run(
        [sys.executable, "-c", "import sys, faultlines; "
         "print(sorted(m for m in ('spacy', 'duckdb', 'pandas', 'faultlines.api') "
         "if m in sys.modules))"], capture_output=True, text=True, check=True)
    assert found.stdout.strip() == "[]"


def test_api_readme_example_runs(demo_dir, monkeypatch):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Python API", 1)[1].split("\n## ", 1)[0]
    example = section.split("```pycon", 1)[1].split("```", 1)[0]
    monkeypatch.chdir(demo_dir)
    test = doctest.DocTestParser().get_doctest(example, {}, "README.md: Python API",
                                               "README.md", 0)
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    runner.run(test)
    assert test.examples and runner.failures == 0, "the README's Python API example fails"


def test_api_code_keeps_record_ids_and_dates_texts_by_publication(nlp):
    story, record = faultlines.code(
        ["Armenia asks Russia for help\n\nArmenia asked Russia to intervene on Tuesday.",
         {"id": "r1", "text": "Russia urged Azerbaijan to stop.", "published": "2023-09-21"}],
        published="2023-09-20", nlp=nlp)
    assert story["title"] == "Armenia asks Russia for help" and story["published"] == "2023-09-20"
    assert [e["date"] for e in story["events"]] == ["2023-09-19"]
    assert record["id"] == "r1" and record["published"] == "2023-09-21"
    assert set(record) >= {"text", "entities", "actors", "events", "quotes", "relations"}


def test_api_code_one_text_alone_and_a_record_without_text(nlp):
    assert len(faultlines.code("Azerbaijan attacked Armenia.", nlp=nlp)) == 1
    with pytest.raises(InputError, match=r"<record 1>: no text"):
        faultlines.code([{"id": "empty", "title": "no body"}], nlp=nlp)


def test_api_store_is_read_only_by_default_and_missing_store_says_so(demo_dir, tmp_path):
    with faultlines.Store(demo_dir / "faultlines.duckdb") as one, \
            faultlines.Store(demo_dir / "faultlines.duckdb") as two:  # readers share the file
        assert one.read_only and two.articles(limit=1)
        with pytest.raises(Exception, match="read-only"):
            one.con.execute("DELETE FROM articles")
    with pytest.raises(FaultlinesError, match="no store at"):
        faultlines.Store(tmp_path / "none.duckdb")


def test_api_store_events_are_the_command_lines(demo_dir):
    from faultlines.cli import main

    db = str(demo_dir / "faultlines.duckdb")
    printed = CliRunner().invoke(main, ["events", "--db", db, "--actor", "RUS", "--type",
                                        "ASSAULT", "--since", "2022-01-01", "--json"])
    with faultlines.Store(db) as store:
        rows = store.events(actor="RUS", type="ASSAULT", since="2022-01-01")
    assert rows and json.loads(printed.output) == json.loads(json.dumps(rows, default=str))


def test_api_store_frame_true_gives_a_dataframe_and_names_the_extra(demo_dir, monkeypatch):
    pandas = pytest.importorskip("pandas")
    with faultlines.Store(demo_dir / "faultlines.duckdb") as store:
        frame = store.articles(frame=True)
        assert isinstance(frame, pandas.DataFrame) and len(frame) == len(store.articles())
        monkeypatch.setitem(sys.modules, "pandas", None)  # as if the extra were not installed
        with pytest.raises(FaultlinesError, match=r"pip install 'faultlines\[frame\]'"):
            store.dilemmas(frame=True)
