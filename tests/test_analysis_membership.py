"""Organisations stand for themselves unless asked; then their ties spread to member states."""

from __future__ import annotations

from faultlines.analysis.api import Network
from faultlines.analysis.synthetic import article, event, state

MEMBERS = {"CSTO": ("ARM", "BLR", "RUS")}


def _network() -> Network:
    csto = state("CSTO", kind="igo")
    return Network.from_articles([article("a1", "2023-03-01", (
        event("ARM", csto, "THREATEN", "2023-03-01", "Armenia threatened to leave the CSTO."),
        event("AZE", csto, "ACCUSE", "2023-03-01")))])


def test_membership_igo_is_its_own_node_by_default():
    assert set(_network().tie_map) == {("ARM", "CSTO"), ("AZE", "CSTO")}


def test_membership_members_replace_the_igo_never_as_self_loops():
    ties = _network().with_members(MEMBERS).tie_map
    assert set(ties) == {("ARM", "BLR"), ("ARM", "RUS"), ("ARM", "AZE"), ("AZE", "BLR"),
                         ("AZE", "RUS")}
    assert ties[("ARM", "RUS")].contributions[0].evidence == "Armenia threatened to leave the CSTO."
