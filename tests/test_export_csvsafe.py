"""Every CSV faultlines writes: flat columns, formulas neutralised (OWASP), numbers as numbers —
in web downloads, `faultlines export --format csv` and listing commands' `--format csv`."""

from __future__ import annotations

import csv
import io

import pytest
from click.testing import CliRunner

from faultlines.cli import main
from faultlines.model import Actor, Article, Event, Trigger
from faultlines.store import Store
from faultlines.store.export import csvsafe

HEADLINE = '=HYPERLINK("http://evil.example/","click")'
TUR = Actor("Turkey", "Turkey", "TUR", "TUR", "GOV", "state", id="country:TUR")
SYR = Actor("Syria", "Syria", "SYR", "SYR", "GOV", "state", id="country:SYR")


def _rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


@pytest.mark.parametrize("cell", ["=1+1", "+1", "-1+2", "@SUM(A1)", "\tx", "\rx", HEADLINE])
def test_csvsafe_neutralises_formula_cells(cell):
    assert csvsafe.safe(cell) == "'" + cell


@pytest.mark.parametrize("value, written", [(-3.5, -3.5), (7, 7), (None, ""), (True, "true"),
                                            ("Syria", "Syria"), ("a=b", "a=b")])
def test_csvsafe_keeps_numbers_and_plain_text(value, written):
    assert csvsafe.safe(value) == written


def test_csvsafe_flattens_records_into_columns():
    event = {"id": "a:0", "actor": [{"name": "Russia", "code": "RUS"},
                                    {"name": "Belarus", "code": "BLR"}],
             "recipient": [], "location": None, "trigger": {"text": "hit", "start": 3, "end": 6},
             "context": ["military", "border"], "score": -10.0}
    flat = csvsafe.flatten(event)
    assert flat["actor_name"] == "Russia; Belarus" and flat["actor_code"] == "RUS; BLR"
    assert flat["recipient_name"] is None and "location_lat" in flat
    assert flat["trigger_start"] == 3 and flat["context"] == "military; border"
    text = "".join(csvsafe.rows_to_lines([event]))
    assert "{" not in text and "[" not in text  # no nested JSON in any cell


def test_csvsafe_header_holds_columns_of_every_early_row():
    rows = [{"a": 1}, {"a": 2, "b": "=x"}]
    assert _rows("".join(csvsafe.rows_to_lines(rows))) == [{"a": "1", "b": ""},
                                                          {"a": "2", "b": "'=x"}]


@pytest.fixture
def formula_store(tmp_path):
    text = "Turkey shelled Syria on Monday."
    event = Event(type="ASSAULT", actor=(TUR,), recipient=(SYR,), sentence=text,
                  trigger=Trigger("shelled", 7, 14), quad_class=4, score=-10.0,
                  date="2019-10-14")
    path = tmp_path / "formula.duckdb"
    with Store(path) as store:
        store.add([Article(id="f1", text=text, title=HEADLINE, published="2019-10-14",
                           content_hash="h-f1", actors=(TUR, SYR), events=(event,))])
    return path


def test_csvsafe_export_tables_neutralise_formulas(formula_store, tmp_path):
    out = tmp_path / "tables"
    result = CliRunner().invoke(main, ["export", "--format", "csv", "--out", str(out), "--db",
                                       str(formula_store)])
    assert result.exit_code == 0, result.output
    articles = _rows((out / "articles.csv").read_text(encoding="utf-8"))
    assert articles[0]["title"] == "'" + HEADLINE
    events = _rows((out / "events.csv").read_text(encoding="utf-8"))
    assert events[0]["score"] == "-10.0"  # a number, not text


def test_csvsafe_listing_commands_neutralise_formulas(formula_store):
    result = CliRunner().invoke(main, ["articles", "--format", "csv", "--db",
                                       str(formula_store)])
    assert result.exit_code == 0, result.output
    assert _rows(result.output)[0]["title"] == "'" + HEADLINE
