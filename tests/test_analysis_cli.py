"""The analysis commands: each answers from a store, in text and JSON, and draws its plots."""

from __future__ import annotations

import json

import networkx as nx
import pytest
from click.testing import CliRunner

from faultlines.analysis.synthetic import article, event, relation
from faultlines.cli import main
from faultlines.store import Store


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> str:
    path = tmp_path_factory.mktemp("analysis") / "net.duckdb"
    with Store(path) as store:
        store.add([
            article("a1", "2023-09-20", (
                event("AZE", "ARM", "ASSAULT", "2023-09-19", "Azerbaijan attacked Armenia."),
                event("AZE", "ARM", "ASSAULT", "2023-09-18", "Shelling hit Stepanakert."),
                event("AZE", "ARM", "ASSAULT", "2023-09-20", "Drones struck Armenian posts.")),
                (relation("ARM", "RUS", "ally", 1, "Armenia is an ally of Russia."),
                 relation("RUS", "AZE", "diplomatic", 1, "Russia deepened ties with Baku."),
                 relation("USA", "ARM", "diplomatic", 1, "The US has ties with Armenia."),
                 relation("USA", "AZE", "trade", 1, "The US trades with Azerbaijan."),
                 relation("TUR", "AZE", "backing", 1, "Turkey backs Azerbaijan."))),
            article("a2", "2023-06-01", (event("AZE", "ARM", "ACCUSE", "2023-06-01"),)),
            article("a3", "2023-09-21", (), (
                relation("RUS", "ARM", "ally", 1, "Russia, Armenia's ally, ..."),
                relation("RUS", "AZE", "diplomatic", 1, "Moscow keeps ties with Baku."),
                relation("USA", "ARM", "diplomatic", 1, "Washington backs Yerevan's talks."),
                relation("USA", "AZE", "trade", 1, "US firms pump Azerbaijan's oil.")),
                    source="wire2"),
        ])
    return str(path)


def _run(*args: str) -> str:
    result = CliRunner().invoke(main, list(args))
    assert result.exit_code == 0, result.output
    return result.output


def test_analysis_cli_dilemmas_name_both_powers_and_not_turkey(db):
    output = _run("dilemmas", "--db", db)
    assert "Russia between Armenia and Azerbaijan" in output
    assert "United States between Armenia and Azerbaijan" in output
    assert "Turkey between" not in output
    assert "shared fault line Armenia–Azerbaijan" in output
    records = json.loads(_run("dilemmas", "--db", db, "--json", "--actor", "USA"))
    assert [d["party"]["code"] for d in records] == ["USA"]
    assert "Azerbaijan attacked Armenia." in records[0]["evidence"]


def test_analysis_cli_dilemmas_min_articles_and_explain_show_each_legs_support(db):
    assert "no dilemmas" in _run("dilemmas", "--db", db, "--min-articles", "3")
    output = _run("dilemmas", "--db", db, "--explain", "--actor", "USA")
    assert "United States–Armenia friendly" in output
    assert "2 articles (wire, wire2), 0 event days, 2 stated ties" in output
    assert "Armenia–Azerbaijan hostile" in output
    assert "-0.998 2023-09-20 events ASSAULT a1" in output  # a day before "as of"
    (record,) = json.loads(_run("dilemmas", "--db", db, "--json", "--actor", "USA"))
    hostile = record["legs"][2]
    assert (hostile["a"], hostile["b"], hostile["tie"]) == ("ARM", "AZE", "hostile")
    best = hostile["evidence"][0]
    assert (best["article"], best["date"], best["weight"]) == ("a1", "2023-09-20", -0.998)
    assert best["sentence"] == "Drones struck Armenian posts."


def test_analysis_cli_ties_explain_and_json(db):
    assert "Armenia is an ally of Russia." in _run("ties", "--db", db, "--actor", "RUS",
                                                   "--explain")
    rows = json.loads(_run("ties", "--db", db, "--json"))
    assert {(r["a"], r["b"]): r["polarity"] for r in rows}[("ARM", "AZE")] == -1


def test_analysis_cli_dyads_and_escalation(db):
    rows = json.loads(_run("dyads", "--db", db, "--json", "--window", "week"))
    assert [(r["actor"], r["recipient"], r["window"], r["events"]) for r in rows] == [
        ("AZE", "ARM", "2023-05-29", 1), ("AZE", "ARM", "2023-09-18", 3)]
    (row,) = json.loads(_run("escalation", "--db", db, "--json"))
    assert (row["a"], row["b"], row["count"], row["escalating"]) == ("ARM", "AZE", 3, True)


def test_analysis_cli_network_formats_and_plots(db, tmp_path):
    graph = nx.read_graphml(_run("network", "--db", db, "--format", "graphml",
                                 "-o", str(tmp_path / "n.graphml")).strip())
    assert graph.edges["ARM", "AZE"]["sign"] == "hostile"
    assert _run("network", "--db", db, "--format", "gexf").startswith("<?xml")
    assert {n["id"] for n in json.loads(_run("network", "--db", db))["nodes"]} >= {"ARM", "TUR"}
    for args in (("plot", "dyad", "ARM", "AZE", "-o", str(tmp_path / "d.png")),
                 ("plot", "network", "-o", str(tmp_path / "n.svg"))):
        _run(*args, "--db", db)
    assert (tmp_path / "d.png").read_bytes()[:4] == b"\x89PNG"
    assert b"<svg" in (tmp_path / "n.svg").read_bytes()[:400]


def test_analysis_cli_export_graphml(db, tmp_path):
    _run("export", "--format", "graphml", "--out", str(tmp_path / "x.graphml"), "--db", db)
    assert nx.read_graphml(tmp_path / "x.graphml").number_of_edges() == 6


@pytest.mark.parametrize("command", ["dyads", "ties", "dilemmas", "escalation", "network",
                                     "plot"])
def test_analysis_cli_every_command_has_help(command):
    assert "Example" in _run(command, "--help") or command == "plot"
