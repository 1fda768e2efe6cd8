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
