"""The actors' evaluation suites: CoNLL-2003 bag-of-entities scoring and the PLOVER judge."""

from __future__ import annotations

from collections import Counter

from faultlines.eval import conll, plover_actors


def test_actors_eval_conll_reads_iob1_chunks():
    sentence = [("Phil", "I-PER"), ("Simmons", "I-PER"), ("beat", "O"), ("Leicestershire", "I-ORG"),
                ("in", "O"), ("West", "I-MISC"), ("Indies", "I-MISC"), ("Kent", "I-ORG"),
                ("Essex", "B-ORG")]
    assert conll._chunks(sentence) == [("PER", "Phil Simmons"), ("ORG", "Leicestershire"),
                                       ("ORG", "Kent"), ("ORG", "Essex")]


def test_actors_eval_conll_scores_bags_of_entities_per_document():
    gold = [Counter({("PER", "Katz"): 2, ("LOC", "Moscow"): 1})]
    pred = [Counter({("PER", "Katz"): 1, ("ORG", "Moscow"): 1})]
    assert conll.score(gold, pred) == {"precision": 0.5, "recall": 0.333, "f1": 0.4}


def test_actors_eval_conll_runs_on_a_sample(shared):
    result = conll.run(limit=3)
    assert result.metrics["documents"] == 3
    assert {"bare_f1", "faultlines_f1"} <= set(result.metrics)


def test_actors_eval_plover_judges_the_words_the_coder_marked():
    text = "Israel has strengthened its forces in Lebanon."
    mentions = [{"start_char": 0, "end_char": 6, "actor": {"country": "ISR"}},
                {"start_char": 38, "end_char": 45, "actor": {"country": "LBN"}}]
    assert plover_actors.judge({"text": "Lebanon", "code": "LBN"}, text, mentions) == "right"
    assert plover_actors.judge({"text": "Israel", "code": "LBN"}, text, mentions) == "wrong"
    assert plover_actors.judge({"text": "Syria", "code": "SYR"}, text, mentions) == "unlocated"


def test_actors_eval_plover_keeps_state_entries_only():
    record = {"source": [{"actorText": "Tokyo", "code": "JAP"},
                         {"actorText": "rebels", "code": "JPN", "sector": "REB"}],
              "target": [{"actorText": "APEC", "code": "IGO"}]}
    found = plover_actors.eligible(record, {"JPN"})
    assert found == [{"side": "source", "text": "Tokyo", "code": "JPN"}]
