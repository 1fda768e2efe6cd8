"""The readable dilemma listing: each party between its sides, the three ties, the evidence."""

from __future__ import annotations

from faultlines.analysis.api import Network
from faultlines.analysis.report import dilemma_lines
from faultlines.analysis.synthetic import article, event, relation
from faultlines.model import Actor


def _articles():
    usa_gov = Actor(text="Washington", name="United States", code="USA", country="USA",
                    sector="GOV", kind="state")
    ypg = Actor(text="YPG", name="People's Protection Units", code="YPG", kind="armed_group",
                sector="REB")
    events = (
        event("TUR", ypg, "ASSAULT", "2018-03-18", "Turkey attacked the YPG in Afrin."),
        event(usa_gov, ypg, "AID", "2018-03-18", "The US armed the YPG."),
        event(usa_gov, "TUR", "COOPERATE", "2018-03-18", "The US and Turkey held drills."))
    # two outlets report the same day: one event each, corroborated by two articles
    return [article("a1", "2018-03-19", events), article("a2", "2018-03-19", events)]


def test_report_lists_party_sides_ties_and_evidence():
    network = Network.from_articles(_articles())
    lines = dilemma_lines(network, network.dilemmas())
    assert lines[0].startswith("1. United States between Turkey and People's Protection Units")
    assert "USA–TUR +0.54" in lines[0] and "TUR–YPG -0.76" in lines[0]
    assert lines[1] == "     - Turkey attacked the YPG in Afrin."


def test_report_sector_level_names_the_sector_and_finds_the_ties():
    network = Network.from_articles(_articles(), level="sector")
    line = dilemma_lines(network, network.dilemmas())[0]
    assert line.startswith("1. American government between Turkey and People's Protection "
                           "Units (rebels)")
    assert "USA:GOV–TUR +0.54" in line and "TUR–YPG:REB -0.76" in line
