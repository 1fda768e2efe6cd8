"""faultlines.identity: one rule for an actor's node, key, page, label and slug, in Python and SQL.

The regression of issue 14: "Russia bombed Syrian civilians" was RUS–SYR:CVL in `faultlines
dyads` but RUS–SYR on the web's /dyads (whose dyad page then found no tie), and parts of Syria
were labelled "Syria" on the fault lines and network pages.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from urllib.parse import unquote

import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient

from faultlines import identity
from faultlines.identity import label, node_of, node_sql, page_key, page_sql, slug, unslug
from faultlines.store import Store
from faultlines.store.read.quotes import QUOTES, SPEAKERS
from tests.conftest import code

BOMBED = "Russia bombed Syrian civilians in Idlib on Tuesday."


@pytest.fixture
def demo_db(demo_store) -> Path:
    """The session's demo store (tests/conftest.py), coded once for every test that reads it."""
    return demo_store


@pytest.fixture
def guardian_db(guardian_store) -> Path:
    """The session's store of the 249 Guardian articles, coded once (a few minutes)."""
    return guardian_store


# ---------------------------------------------------------------- the rules


def test_identity_node_of_parts_own_codes_and_levels():
    assert node_of({"country": "SYR", "sector": "MIL", "kind": "state"}) == "SYR"
    assert node_of({"country": "SYR", "sector": "CVL", "kind": "state"}) == "SYR:CVL"
    assert node_of({"code": "SDF", "country": "SYR", "sector": "REB",
                    "kind": "armed_group"}) == "SDF"
    assert node_of({"country": "RUS", "sector": "MIL", "kind": "state"}, "sector") == "RUS:MIL"
    assert node_of({"name": "a man", "kind": "person"}) is None


def test_identity_a_states_rebels_are_its_part_not_the_state():
    """Regression (Guardian, issue 16): "US-backed Syrian rebel forces" (code SYR, as CAMEO's
    SYRREB) counted as the Syrian state, which the US then looked friendly with."""
    rebels = {"code": "SYR", "country": "SYR", "sector": "REB", "kind": "armed_group"}
    assert node_of(rebels) == "SYR:REB"


def test_identity_page_of_a_state_part_is_its_node_others_their_key():
    civilians = {"name": "Syria civilian", "code": "SYR", "country": "SYR", "sector": "CVL",
                 "kind": "state", "id": "country:SYR/civilian"}
    ministry = {**civilians, "sector": "GOV", "id": "country:SYR/foreign ministry"}
    assad = {"name": "Bashar al-Assad", "country": "SYR", "sector": "GOV", "kind": "person",
             "id": "person:bashar-al-assad"}
    assert (page_key(civilians), page_key(ministry), page_key(assad)) == (
        "SYR:CVL", "SYR", "person:bashar-al-assad")


def test_identity_label_names_a_part_of_a_country_by_what_it_is():
    assert label("SYR") == "Syria"
    assert label("SYR:OPP") == "Syrian opposition"
    assert label("SYR:CVL") == "Syria (civilians)"
    assert label("HAMAS:REB") == "Hamas (rebels)"
    assert label("XYZ:REB", fallback="Xland") == "Xland (rebels)"  # nothing knows XYZ


def test_identity_actor_label_reads_a_state_part_as_its_node():
    civilians = {"name": "Syria", "code": "SYR", "country": "SYR", "sector": "CVL",
                 "kind": "state"}
    assert identity.actor_label(civilians) == "Syria (civilians)"
    assert identity.actor_label({**civilians, "sector": "GOV", "name": "Kremlin"}) == "Kremlin"
    assert identity.actor_label({"name": "Nikol Pashinyan", "country": "ARM",
                                 "kind": "person"}) == "Nikol Pashinyan (ARM)"


def test_identity_sector_labels_cover_every_sector_of_the_knowledge_base():
    from faultlines.actors.kb import SECTORS

    assert set(identity.sector_labels()) == set(SECTORS)


def test_identity_sector_labels_bad_row_is_named(tmp_path):
    bad = tmp_path / "labels.tsv"
    bad.write_text("sector\tnoun\tlabel\nREB\trebels\t{country} {demonym} rebels\n")
    with pytest.raises(ValueError, match=r"labels.tsv, line 2: label .* exactly one"):
        identity.sector_labels(bad)


@pytest.mark.parametrize("value", ["ARM", "SYR:CVL", "country:SYR/rebel forces", "a~2F/b~",
                                   "%2F", "Côte d'Ivoire?#"])
def test_identity_slug_is_one_segment_that_round_trips(value):
    segment = slug(value)
    assert "/" not in unquote(segment)  # the router's decoding leaves one segment
    assert unslug(unquote(segment)) == value


def test_identity_actor_id_with_a_slash_opens_its_page(tmp_path):
    from faultlines.analysis.synthetic import article, event, state
    from faultlines.model import Actor
    from faultlines.web import create_app

    rebels = Actor(text="rebel forces", name="Syria rebel forces", country="SYR", sector="REB",
                   kind="armed_group", id="country:SYR/rebel forces")
    with Store(tmp_path / "slash.duckdb") as store:
        store.add([article("a1", "2018-01-20", (event(state("TUR"), rebels, "ASSAULT",
                                                      "2018-01-20"),))])
    with TestClient(create_app(tmp_path / "slash.duckdb", warm=False)) as client:
        listed = client.get("/actors").text
        href = f'/actors/{slug("country:SYR/rebel forces")}'
        assert f'href="{href}"' in listed and client.get(href).status_code == 200
        assert client.get(f"/api{href}").json()["key"] == "country:SYR/rebel forces"


# ---------------------------------------------------------------- Python and SQL agree


def _actor_rows(store: Store) -> list[dict]:
    """Every actor the store holds, once per table that holds actors, with the SQL rules."""
    columns = (f"{node_sql()} AS node, {node_sql(level='sector')} AS sector_node, "
               f"{page_sql()} AS page, {identity.key_sql()} AS key, "
               f"{identity.sector_node_sql(node_sql(), 'sector')} AS lifted")
    fields = "name, code, country, sector, kind, actor_id AS id"
    rows = store.query(f"SELECT DISTINCT {fields}, {columns} FROM event_actors")
    rows += store.query(f"SELECT DISTINCT {fields}, {columns} FROM actors")
    speaker = (f"{node_sql(SPEAKERS)} AS node, {page_sql(SPEAKERS)} AS page, "
               "q.speaker AS actor")
    speakers = store.query(f"SELECT DISTINCT {speaker} FROM {QUOTES} WHERE q.speaker IS NOT NULL")
    return rows + [{**json.loads(r.pop("actor")), **r} for r in speakers]


def _check_sql_matches_python(db: Path) -> int:
    with Store(db, read_only=True) as store:
        rows = _actor_rows(store)
    for row in rows:
        actor = {k: row[k] for k in ("name", "code", "country", "sector", "kind", "id")}
        assert row["node"] == node_of(actor), row
        assert row["page"] == page_key(actor), row
        if "key" in row:
            assert row["key"] == identity.key(actor), row
            assert row["sector_node"] == row["lifted"] == node_of(actor, "sector"), row
    return len(rows)


def test_identity_sql_and_python_give_the_same_node_on_the_demo_store(demo_db):
    assert _check_sql_matches_python(demo_db) > 500


@pytest.mark.gold
@pytest.mark.slow
@pytest.mark.xdist_group("guardian")  # the worker that codes the store for the load test
def test_identity_sql_and_python_give_the_same_node_on_the_guardian_store(guardian_db):
    assert _check_sql_matches_python(guardian_db) > 1000


# ---------------------------------------------------------------- the bug of issue 14


def test_identity_russia_bombing_syrian_civilians_is_one_dyad_in_cli_and_web(nlp, tmp_path):
    from faultlines.cli import main
    from faultlines.web import create_app

    db = tmp_path / "bombed.duckdb"
    with Store(db) as store:
        store.add([code(nlp, BOMBED)])
    result = CliRunner().invoke(main, ["dyads", "--db", str(db), "--json"])
    assert result.exit_code == 0, result.output
    assert [(r["actor"], r["recipient"]) for r in json.loads(result.output)] == [
        ("RUS", "SYR:CVL")]
    with TestClient(create_app(db, warm=False)) as client:
        dyads = client.get("/api/dyads").json()["items"]
        assert [(d["a"], d["b"]) for d in dyads] == [("RUS", "SYR:CVL")]
        dyad = client.get(f"/api/dyads/RUS/{slug('SYR:CVL')}").json()
        assert dyad["tie"]["strength"] < 0 and dyad["names"]["SYR:CVL"] == "Syria (civilians)"
        assert client.get(f"/actors/{slug('SYR:CVL')}").status_code == 200


def _part_labels(html: str) -> list[tuple[str, str]]:
    """(node, text) of every node drawn and every actor link of a part of a country."""
    found = [(m[1], m[2]) for m in re.finditer(
        r'<g class="node" data-id="([^"]+)">.*?<text[^>]*>([^<]*)</text>', html)]
    found += [(unslug(unquote(m[1])), m[2]) for m in re.finditer(
        r'<a class="actor" href="/actors/([^"]+)">([^<]*)</a>', html)]
    return [(node, text) for node, text in found if re.fullmatch(r"[A-Z]{3}:[A-Z]{3}", node)]


@pytest.mark.gold
@pytest.mark.slow
def test_identity_guardian_pages_never_label_a_part_of_syria_as_syria(guardian_db):
    from faultlines.web import create_app

    with TestClient(create_app(guardian_db, warm=False)) as client:
        parts = [p for url in ("/faultlines", "/network", "/actors?limit=200", "/")
                 for p in _part_labels(client.get(url).text)]
    syria = [text for node, text in parts if node.startswith("SYR:")]
    assert syria and "Syria" not in syria
    assert all(text != label(node.partition(":")[0]) for node, text in parts)


def test_identity_state_sectors_are_the_word_classes():
    """A state's organs and the sectors that count as the state come from one data file, which
    every stage reads through this module."""
    from faultlines import words

    assert identity.STATE_ORGANS == words.load().state_organs
    assert identity.STATE_SECTORS == identity.STATE_ORGANS | {"IGO"}

