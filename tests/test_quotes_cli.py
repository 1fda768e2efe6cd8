"""`faultlines quotes`: stored quotes filtered by speaker, actor mentioned, words and kind."""

from __future__ import annotations

import json

from click.testing import CliRunner

from faultlines.cli import main
from faultlines.model import Actor, Article, Entity, Quote
from faultlines.store import Store

TEXT = "“Baku must stop,” Petrova said. Petrova said the talks had failed."
PETROVA = Actor(text="Petrova", name="Anna Petrova", country="GEO", sector="GOV", kind="person")
AZE = Actor(text="Baku", name="Azerbaijan", code="AZE", country="AZE", sector="GOV", kind="state")


def _store(path: str) -> None:
    article = Article(
        id="a1", text=TEXT, published="2024-03-04", content_hash="h1",
        entities=(Entity("Baku", "GPE", 1, 5, AZE), Entity("Petrova", "PERSON", 18, 25, PETROVA)),
        quotes=(Quote("Baku must stop,", "direct", 1, 16, PETROVA, "said"),
                Quote("the talks had failed", "indirect", 45, 65, PETROVA, "said")))
    with Store(path) as store:
        store.add([article])


def run(*args: str) -> list[dict]:
    result = CliRunner().invoke(main, ["quotes", *args, "--json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def test_quotes_cli_filters_by_speaker_actor_text_and_kind(tmp_path) -> None:
    db = str(tmp_path / "q.duckdb")
    _store(db)
    assert len(run("--db", db, "--speaker", "GEO")) == 2
    assert len(run("--db", db, "--speaker", "Petrova")) == 2
    assert run("--db", db, "--speaker", "RUS") == []
    (about_baku,) = run("--db", db, "--actor", "AZE")
    assert about_baku["text"] == "Baku must stop," and about_baku["speaker"]["name"] == \
        "Anna Petrova"
    assert [q["kind"] for q in run("--db", db, "--text", "talks")] == ["indirect"]
    assert [q["kind"] for q in run("--db", db, "--kind", "direct")] == ["direct"]


def test_quotes_cli_table_names_the_speaker_and_missing_store_is_one_line(tmp_path) -> None:
    db = str(tmp_path / "q.duckdb")
    _store(db)
    table = CliRunner().invoke(main, ["quotes", "--db", db, "--format", "csv"])
    assert "Anna Petrova (GEO/GOV)" in table.output
    missing = CliRunner().invoke(main, ["quotes", "--db", str(tmp_path / "none.duckdb")])
    assert missing.exit_code == 1 and "no store at" in missing.output
