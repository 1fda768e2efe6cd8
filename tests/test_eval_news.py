"""The news suite: its splits, its scoring rules, and agreement with the gold's own scorer.

The rule tests use the team's own sentences and actors; the agreement test runs the gold's
scorer (read from ../shared at test time, never copied here) and ours on the same coded output.
"""

from __future__ import annotations

import copy
import importlib.util

import pytest

from faultlines.eval.news import in_split
from faultlines.eval.news_score import has_code, lead_end, matches, score

NORWAY = {"text": "Oslo", "name": "Norway", "code": "NOR", "country": "NOR", "kind": "state"}
CHAD = {"text": "N'Djamena", "name": "Chad", "code": "TCD", "country": "TCD", "kind": "state"}
MINISTER = {"text": "Foreign Minister Kari Nordmann", "name": "Kari Nordmann", "code": None,
            "country": "NOR", "kind": "person"}

TEXT = ("Norway sent food aid to Chad on Monday. The shipment left Oslo by air. "
        "Officials in N\u2019Djamena thanked the crew. Later, Norway criticised Chad.")


def event(kind: str, actor: dict, recipient: list[dict], sentence: str, **flags) -> dict:
    return {"type": kind, "actor": [actor], "recipient": recipient, "sentence": sentence,
            **flags}


def gold_event(ident: str, kind: list[str], actor: list[str], recipient: list[str],
               sentence: str, key: bool = True, **flags) -> dict:
    return {"id": ident, "key": key, "type": kind, "actor": actor, "recipient": recipient,
            "sentence": sentence, **flags}


def test_eval_news_check_split_is_every_third_article_from_position_two():
    positions = range(48)
    check = [i for i in positions if in_split(i, "check")]
    assert check[:4] == [2, 5, 8, 11] and len(check) == 16
    assert sum(in_split(i, "tune") for i in positions) == 32
    assert all(in_split(i, "all") for i in positions)


def test_eval_news_codes_match_country_code_name_or_a_long_piece_of_the_name():
    assert has_code(NORWAY, ["nor"])
    assert has_code(MINISTER, ["Nordmann"])       # five letters: inside the name
    assert not has_code(MINISTER, ["Kar"])        # three letters: only an exact code
    assert not has_code(NORWAY, ["-"])
    assert not has_code(None, ["NOR"])


def test_eval_news_an_empty_recipient_is_right_only_where_the_gold_allows_none():
    sent = "Norway criticised Chad."
    coded = event("ACCUSE", NORWAY, [], sent)
    assert not matches(coded, gold_event("E1", ["ACCUSE"], ["NOR"], ["TCD"], sent))
    assert matches(coded, gold_event("E1", ["ACCUSE"], ["NOR"], ["TCD", "-"], sent))


def test_eval_news_flags_must_agree_only_where_the_gold_gives_them():
    sent = "Norway may send troops to Chad."
    coded = event("MOBILIZE", NORWAY, [CHAD], sent, hypothetical=True)
    assert matches(coded, gold_event("E1", ["MOBILIZE"], ["NOR"], ["TCD"], sent))
    assert not matches(coded, gold_event("E1", ["MOBILIZE"], ["NOR"], ["TCD"], sent,
                                         hypothetical=False))


def test_eval_news_lead_end_tolerates_curly_quotes_and_spacing():
    assert lead_end(TEXT, "Officials in N'Djamena  thanked the crew.") == \
        TEXT.index("crew.") + len("crew.")
    assert lead_end(TEXT, "the crew was thanked.") is None


def _document() -> tuple[dict, list[dict]]:
    article = {"id": "a1", "title": "Norway sends aid to Chad", "text": TEXT, "relations": [
        {"a": NORWAY, "b": CHAD, "polarity": 1}], "events": [
        event("AID", NORWAY, [CHAD], "Norway sent food aid to Chad on Monday."),
        event("CONSULT", NORWAY, [CHAD], "The shipment left Oslo by air."),
        event("ACCUSE", NORWAY, [CHAD], "Later, Norway criticised Chad.")]}
    gold = [{"id": "a1", "lead_ends": "thanked the crew.", "events": [
        gold_event("E1", ["AID"], ["NOR"], ["TCD"], "sent food aid to Chad"),
        gold_event("E2", ["ACCUSE"], ["NOR"], ["TCD"], "Norway criticised Chad"),
        gold_event("E3", ["SUPPORT"], ["TCD"], ["NOR"], "thanked the crew", key=False)],
        "ties": [{"a": "TCD", "b": "NOR", "polarity": 1}, {"a": "NOR", "b": "TCD",
                                                            "polarity": -1}]},
        {"id": "a2", "lead_ends": "anything", "events": [
            gold_event("E1", ["ASSAULT"], ["NOR"], ["TCD"], "struck")], "ties": []}]
    return {"articles": [article]}, gold


def test_eval_news_scores_recall_precision_kept_and_ties():
    document, gold = _document()
    figures = score(document, gold, details=True)
    # the lead holds two coded events (aid right, the "meeting" wrong); the criticism comes after
    # the lead but still recalls its key event; a2 was never coded
    assert figures["lead_events_coded"] == 2 and figures["lead_precision"] == 0.5
    assert figures["key_events"] == 3 and figures["key_recall"] == round(2 / 3, 3)
    assert figures["articles_kept"] == 0.5
    assert figures["ties_found"] == 0.5   # the friendly tie, either way round; not the hostile one
    first = figures["articles_detail"][0]
    assert first["missed_keys"] == [] and first["unmatched_lead_events"][0]["type"] == "CONSULT"


def test_eval_news_an_event_coded_from_the_title_is_in_the_lead():
    document, gold = _document()
    document["articles"][0]["events"].append(
        event("AID", NORWAY, [CHAD], "Norway sends aid to Chad"))
    assert score(document, gold)["lead_events_coded"] == 3


def _gold_scorer(shared):
    spec = importlib.util.spec_from_file_location("news_gold_score",
                                                  shared / "eval" / "news" / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.score


@pytest.fixture(scope="module")
def coded_gold(nlp, shared):
    from faultlines.eval.news import code_articles, load_gold

    gold = load_gold(shared)
    return code_articles(shared, {str(g["id"]) for g in gold}, nlp), gold


def _harder(document: dict) -> dict:
    """The same output with the cases a scorer can get wrong: an article missing, one whose
    lead is gone, events without recipients or with flags set."""
    document = copy.deepcopy(document)
    articles = document["articles"]
    del articles[0]
    articles[1]["text"] = articles[1]["text"][:40]
    for article in articles[2:6]:
        for ev in article["events"]:
            ev["recipient"], ev["hypothetical"] = [], not ev["hypothetical"]
    return document


@pytest.mark.parametrize("split", ["tune", "check", "all"])
def test_eval_news_figures_equal_the_gold_scorers(coded_gold, shared, split):
    document, gold = coded_gold
    theirs = _gold_scorer(shared)
    part = [g for i, g in enumerate(gold) if in_split(i, split)]
    for doc in (document, _harder(document)):
        assert score(doc, part, details=True) == theirs(doc, part, details=True)


@pytest.mark.parametrize("args, said", [
    (["plv", "--split", "tune"], "has no --split"),
    (["news", "--split", "tune", "--gate"], "floors are pinned on whole suites"),
])
def test_eval_news_split_is_a_usage_error_elsewhere_and_with_floors(shared, args, said):
    from click.testing import CliRunner

    from faultlines import cli

    result = CliRunner().invoke(cli.main, ["eval", *args])
    assert result.exit_code == 2 and said in result.output
