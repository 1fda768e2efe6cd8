"""The tie stage inside the full pipeline: stated RELATION records, and the seed's ties."""

from __future__ import annotations

import pytest

from faultlines.eval.seed import load_gold, score_relations
from tests.conftest import code

STORY = ("Moldova has long been a close ally of Romania. Moldova and Ukraine have "
         "strengthened their trade partnership in recent years.\n\n"
         "The talks in Chisinau ended on Monday.")


def test_ties_stage_writes_stated_relations_with_their_sentence(nlp) -> None:
    article = code(nlp, STORY, published="2024-03-04")
    stated = {(r.a.code, r.b.code, r.polarity, r.type) for r in article.relations
              if r.basis == "stated"}
    assert ("MDA", "ROU", 1, "ally") in stated
    assert ("MDA", "UKR", 1, "trade") in stated
    assert all("talks" not in r.evidence for r in article.relations)


def test_ties_stage_is_declared_in_the_pipeline(nlp) -> None:
    assert "faultlines_ties" in nlp.pipe_names
    assert not nlp.analyze_pipes()["problems"]["faultlines_ties"]


@pytest.mark.gold
def test_ties_stage_seed_required_ties_are_stated(seed_article, shared) -> None:
    gold = load_gold(shared / "eval" / "seed")
    stated = [r.to_dict() for r in seed_article.relations if r.basis == "stated"]
    metrics = score_relations(stated, gold)
    assert metrics["relations_required_found"] == metrics["relations_required"] == 6


def _stated(nlp, text: str) -> set[tuple]:
    article = code(nlp, text, published="1987-03-04")
    return {(r.a.code, r.b.code, r.polarity, r.type) for r in article.relations
            if r.basis == "stated"}


@pytest.mark.parametrize("text, tie", [
    # a plural role set beside a pair ties the pair, not only its last member
    ("Japan and the United States, close allies, are at odds over trade.",
     ("JPN", "USA", 1, "ally")),
    ("Britain, a staunch supporter of Ukraine, pledged more weapons.",
     ("GBR", "UKR", 1, "support")),
    # "pro-X" names whom the group sides with; the group is the name after it
    ("The pro-Iranian Hezbollah militia attacked Israeli troops.",
     ("HEZBOLLAH", "IRN", 1, "siding")),
    # a state that no longer exists ties as itself
    ("Cuba, a Soviet ally, sent advisers to Angola.", ("CUB", "SUN", 1, "ally")),
])
def test_ties_stage_states_a_tie_in_passing(nlp, text, tie) -> None:
    assert tie in _stated(nlp, text)


@pytest.mark.parametrize("text", [
    "Pro-government forces attacked the town.",  # "pro-" before no party
    "Supporters of the president rallied in the capital.",  # supporters, no holder
])
def test_ties_stage_pro_and_supporters_alone_tie_nothing(nlp, text) -> None:
    assert _stated(nlp, text) == set()
