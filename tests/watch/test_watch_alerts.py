"""Alerts: what changed in the analysis since the last cycle, each with its evidence."""

from __future__ import annotations

from faultlines.analysis.api import Network
from faultlines.analysis.synthetic import article, event
from faultlines.watch.alerts import AlertRules, compare, snapshot


def _caught(days=("2024-03-01", "2024-03-02")):
    """Turkey friendly with Russia and Ukraine, which fight: two articles corroborate each tie."""
    return [article(f"tur-{day}", day, (event("TUR", "RUS", "COOPERATE", day),
                                        event("TUR", "UKR", "AID", day),
                                        event("RUS", "UKR", "ASSAULT", day,
                                              sentence=f"Russian forces shelled Kharkiv on {day}.")))
            for day in days]


def _kinds(alerts):
    return sorted((a["kind"], a["key"]) for a in alerts)


def test_watch_alerts_a_new_dilemma_and_first_events_carry_their_evidence():
    net = Network.from_articles(_caught())
    alerts = compare(net, None)
    assert _kinds(alerts) == [("first_event", "pair:RUS|TUR"), ("first_event", "pair:RUS|UKR"),
                              ("first_event", "pair:TUR|UKR"), ("new_dilemma", "dilemma:TUR|RUS|UKR")]
    dilemma = next(a for a in alerts if a["kind"] == "new_dilemma")
    assert dilemma["summary"].startswith("new dilemma: Turkey between Russia and Ukraine")
    assert {e["article"] for e in dilemma["evidence"]} <= {"tur-2024-03-01", "tur-2024-03-02"}
    first = next(a for a in alerts if a["key"] == "pair:RUS|UKR")
    evidence = dict(first["evidence"][0])
    assert evidence.pop("key")  # the store's key, for the link; the caller's id is shown
    assert evidence == {
        "article": "tur-2024-03-01", "title": None, "published": "2024-03-01",
        "date": "2024-03-01", "type": "ASSAULT",
        "sentence": "Russian forces shelled Kharkiv on 2024-03-01."}


def test_watch_alerts_nothing_changed_is_no_alert():
    net = Network.from_articles(_caught())
    assert compare(net, snapshot(net)) == []


def test_watch_alerts_a_weak_new_dilemma_is_left_unsaid_and_a_jump_is_news():
    net = Network.from_articles(_caught())
    quiet = snapshot(net)
    quiet["dilemmas"] = {}
    assert _kinds(compare(net, quiet, AlertRules(dilemma_score=0.95))) == []
    lower = dict(quiet, dilemmas={"TUR|RUS|UKR": 0.5})
    jump, = compare(net, lower)
    assert jump["kind"] == "dilemma_jump" and jump["previous"] == 0.5
    assert "0.50 → 0.89" in jump["summary"]
    slight = dict(quiet, dilemmas={"TUR|RUS|UKR": 0.85})
    assert compare(net, slight) == []


def test_watch_alerts_a_burst_of_hostility_is_an_escalation_once():
    calm = [article("calm", "2024-01-03", (event("ARM", "AZE", "ACCUSE", "2024-01-03"),))]
    burst = [article(f"b{d}", f"2024-03-0{d}", (event("AZE", "ARM", "ASSAULT", f"2024-03-0{d}"),
                                                 event("AZE", "ARM", "COERCE", f"2024-03-0{d}")))
             for d in (4, 5, 6)]
    before = snapshot(Network.from_articles(calm))
    net = Network.from_articles(calm + burst)
    alerts = [a for a in compare(net, before) if a["kind"] == "escalation"]
    escalation, = alerts
    assert escalation["key"] == "escalation:ARM|AZE|2024-03-04" and escalation["count"] >= 3
    assert escalation["evidence"] and all(e["article"].startswith("b")
                                          for e in escalation["evidence"])
    assert [a for a in compare(net, snapshot(net)) if a["kind"] == "escalation"] == []
