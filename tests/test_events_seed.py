"""The seed article's 14 required events: recall at least 13, precision at least 0.80."""

from __future__ import annotations

from faultlines.eval.seed import load_gold, score


def test_events_seed_finds_the_required_events_precisely(seed_article, shared):
    gold = load_gold(shared / "eval" / "seed")
    result = score({"articles": [seed_article.to_dict()], "dilemmas": []}, gold)
    metrics = result.metrics
    missed = [r["gold"] for r in result.rows if r["required"] and not r["found"]]
    assert metrics["events_required_found"] >= 13, missed
    assert metrics["events_precision"] >= 0.80, [r["coded"] for r in result.rows
                                                 if r["gold"] == "-"]
    assert metrics["events_from_boilerplate"] == 0
