"""End to end: the seed article's headline and a team-written story give the right dilemmas."""

from __future__ import annotations

import pytest
import yaml

from faultlines.analysis.document import dilemmas_for
from faultlines.eval.seed import matches_code

from .conftest import code


def _over(dilemmas, a: str, b: str) -> set[str]:
    return {d.party.code for d in dilemmas if {s.code for s in d.sides} == {a, b}}


def test_analysis_seed_names_usa_and_russia_over_armenia_azerbaijan(seed_article):
    parties = _over(dilemmas_for([seed_article], None), "ARM", "AZE")
    assert {"USA", "RUS"} <= parties
    assert not parties & {"TUR", "UKR"}


def test_analysis_seed_required_ties_all_appear_with_their_polarity(seed_article, shared):
    gold = yaml.safe_load((shared / "eval" / "seed" / "gold.yaml").read_text(encoding="utf-8"))
    relations = [r.to_dict() for r in seed_article.relations]
    for want in (g for g in gold["relations"] if g.get("required")):
        a, b = want["pair"]
        assert any(r["polarity"] == want["polarity"] and (
            (matches_code(r["a"], a) and matches_code(r["b"], b))
            or (matches_code(r["a"], b) and matches_code(r["b"], a))) for r in relations), want


def test_analysis_seed_event_relations_are_marked_as_such(seed_article):
    coded = [r for r in seed_article.relations if r.basis == "events"]
    assert any({r.a.code, r.b.code} == {"ARM", "AZE"} and r.polarity == -1 for r in coded)


@pytest.mark.parametrize("first, second, party, sides", [
    ("India has close ties with Russia. India has deepened its partnership with the United "
     "States. The United States imposed sanctions on Russia on Monday.",
     "India, a longtime partner of Russia, bought more Russian oil on Tuesday. India and the "
     "United States have strong defence ties. Washington accused Moscow of war crimes on "
     "Tuesday.", "IND", {"RUS", "USA"}),
    ("Egypt, a close ally of Saudi Arabia, also has strong ties with Qatar. Saudi Arabia "
     "imposed a blockade on Qatar on Monday.",
     "Egypt and Saudi Arabia are close allies. Egypt restored diplomatic relations with Qatar. "
     "Riyadh accused Doha of backing terrorism on Tuesday.", "EGY", {"SAU", "QAT"}),
])
def test_analysis_seed_team_written_stories_give_their_dilemma_once_corroborated(
        nlp, first, second, party, sides):
    one = code(nlp, first, published="2021-03-01")
    assert party not in _over(dilemmas_for([one], None), *sides)  # each tie rests on one story
    other = code(nlp, second, published="2021-03-02")
    assert party in _over(dilemmas_for([one, other], None), *sides)
