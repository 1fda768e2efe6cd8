"""What an event says about a tie (event_ties.yaml): the shipped rules, the loader's checks, and
the rules at work on team-written events (issue 16)."""

from __future__ import annotations

import pytest
import yaml

from faultlines import event_ties
from faultlines.errors import FaultlinesError
from faultlines.events import cameo
from faultlines.events.lexicon import TYPES
from faultlines.ties.from_events import event_relations
from faultlines.analysis.api import Network
from faultlines.analysis.synthetic import article, event

RULES = event_ties.load()


def test_event_ties_every_plover_type_has_a_rule_and_every_mode_is_cameos():
    assert event_ties.PLOVER_TYPES == TYPES
    known = {(t, m) for t, m in cameo.table()}
    for name, mode, _ in RULES.rows():
        assert mode == "-" or (name, mode) in known, f"{name} {mode}: no such mode in cameo.tsv"


@pytest.mark.parametrize("type, mode", [
    ("REQUEST", None), ("REQUEST", "yield"), ("REQUEST", "change"), ("REQUEST", "assist"),
    ("REQUEST", "meet"), ("CONSULT", "visit"), ("CONSULT", "mediate"), ("CONSULT", "host"),
    ("RETREAT", "ceasefire")])
def test_event_ties_requests_appeals_restraint_visits_and_mediation_are_no_hostility(type, mode):
    assert cameo.project(type, mode).quad_class in (1, 2, 3)
    assert RULES.weight(type, mode) >= 0


def test_event_ties_a_demand_backed_by_a_threat_is_hostile():
    assert RULES.weight("REQUEST", "yield", backed=True) < 0
    assert RULES.weight("CONSULT", "visit", backed=True) == RULES.weight("CONSULT", "visit")


@pytest.mark.parametrize("change, problem", [
    (lambda d: d["types"].pop("ASSAULT"), "no rule for ASSAULT"),
    (lambda d: d["types"].update(ATTACK={"weight": -1}), "types.ATTACK: not a PLOVER 2.0 type"),
    (lambda d: d["types"]["AID"].update(weight=7), "types.AID: expected a number from -1 to 1"),
    (lambda d: d["types"]["CONSULT"]["modes"].update(visit="yes"),
     "types.CONSULT.modes.visit: expected a number"),
    (lambda d: d.update(background=2), "background: expected a number from 0 to 1"),
    (lambda d: d["backed_by_threat"].update(weight=0.5), "backed_by_threat.weight"),
])
def test_event_ties_loader_names_the_bad_entry(change, problem):
    data = yaml.safe_load(event_ties.RULES_FILE.read_text(encoding="utf-8"))
    change(data)
    with pytest.raises(FaultlinesError, match=problem.replace(".", r"\.")):
        event_ties.parse(data)


def test_event_ties_encouraging_two_countries_to_make_peace_is_no_conflict_with_either():
    encouraged = event("USA", "ARM", "REQUEST", "2023-09-19",
                       "The United States has encouraged Armenia and Azerbaijan to sign a treaty.")
    assert encouraged.quad_class == 3  # CAMEO: a demand, verbal conflict
    assert event_relations([encouraged]) == []
    arts = [article(f"a{i}", "2023-09-19", (encouraged,)) for i in range(3)]
    assert Network.from_articles(arts).tie_map == {}


def test_event_ties_imploring_an_ally_does_not_make_it_hostile_but_threatening_it_does():
    plea = "Britain implored France to take a clearer stand."
    ultimatum = "Britain demanded that France withdraw, threatening to cut off its gas."
    arts = [article("a1", "2024-05-02", (
        event("GBR", "FRA", "REQUEST", "2024-05-02", plea, mode="change"),)),
        article("a2", "2024-05-03", (
            event("GBR", "FRA", "REQUEST", "2024-05-03", ultimatum, mode="yield"),
            event("GBR", "FRA", "THREATEN", "2024-05-03", ultimatum, mode="restrict")))]
    first, second = Network.from_articles(arts[:1]), Network.from_articles(arts)
    assert first.tie_map == {}
    (demand,) = [d for d in second.days if d.type == "REQUEST" and d.weight]
    assert demand.sentence == ultimatum and demand.weight == RULES.backed_weight
    assert second.tie_map[("FRA", "GBR")].strength < 0
