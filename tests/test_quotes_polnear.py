"""The PolNeAR scoring rules on made-up spans, and the suite on two real dev articles."""

from __future__ import annotations

import pytest

from faultlines.eval import polnear


def test_quotes_polnear_overlap_is_over_the_shorter_span() -> None:
    assert polnear._overlap([(10, 20)], [(0, 100)]) == 1.0
    assert polnear._overlap([(0, 100)], [(90, 110)]) == 0.5
    assert polnear._overlap([(0, 10)], [(20, 30)]) == 0.0
    assert polnear._overlap([(0, 10), (20, 30)], [(5, 25)]) == 0.5


def test_quotes_polnear_speaker_right_by_span_by_actor_or_by_name() -> None:
    gold = polnear.Attribution(content=[(0, 10)], source=[(20, 25)], source_text="Trump")
    trump = {"name": "Donald Trump", "code": None, "id": None}
    assert polnear.speaker_right({"speaker": None, "speaker_start": 18, "speaker_end": 22},
                                 gold, None)
    assert polnear.speaker_right({"speaker": trump}, gold, None)
    pronoun = polnear.Attribution(content=[(0, 10)], source=[(20, 22)], source_text="he")
    assert polnear.speaker_right({"speaker": trump}, pronoun, trump)
    assert not polnear.speaker_right({"speaker": {"name": "Hillary Clinton"}}, pronoun, trump)
    sourceless = polnear.Attribution(content=[(0, 10)])
    assert polnear.speaker_right({"speaker": None}, sourceless, None)


@pytest.mark.gold
@pytest.mark.slow
def test_quotes_polnear_suite_runs_on_a_sample(shared) -> None:
    result = polnear.run(limit=2)
    assert result.metrics["articles"] == 2
    assert result.metrics["polnear_gold_quoted"] > 0
    assert 0.0 <= result.metrics["polnear_recall"] <= 1.0
