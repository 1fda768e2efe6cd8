"""The PLV suite's reading of marked rows and its choice of the event between the pair.

Sentences are the team's own, marked the way the PLV data marks its rows.
"""

from __future__ import annotations

from faultlines.eval.plv import pair_event, spans


def event(kind: str, actor: list[list[int]], recipient: list[list[int]],
          recipients: int = 1, confidence: float = 0.9) -> dict:
    return {"type": kind, "actor": [{"name": "a"}],
            "recipient": [{"name": f"r{i}"} for i in range(recipients)],
            "confidence": confidence, "arguments": {"actor": actor, "recipient": recipient}}


def test_eval_plv_spans_keeps_every_marked_occurrence():
    text, source, target = spans("<s>Norway</s> sent aid to <t>Chad</t> and praised "
                                 "<t>Chad</t>'s reforms.")
    assert text == "Norway sent aid to Chad and praised Chad's reforms."
    assert source == [(0, 6)]
    assert [text[s:e] for s, e in target] == ["Chad", "Chad"]


def test_eval_plv_a_later_occurrence_of_the_target_links_the_pair():
    text, source, target = spans("<s>Norway</s> praised <t>Chad</t> after sending aid to "
                                 "<t>Chad</t>.")
    later = text.rindex("Chad")
    aid = event("AID", [[0, 6]], [[later, later + 4]])
    assert pair_event([aid], source, target) is aid


def test_eval_plv_an_unmarked_target_takes_the_source_event_with_or_without_recipient():
    text, source, target = spans("<s>The mayor of Oslo</s> agreed to resign.")
    assert target == []
    agreed = event("AGREE", [[0, 18]], [], recipients=0)
    assert pair_event([agreed], source, target) is agreed


def test_eval_plv_an_unmarked_source_takes_any_actor_acting_on_the_target():
    text, source, target = spans("Two reporters detained in <t>Minsk</t> were freed.")
    freed = event("RETREAT", [[40, 48]], [[26, 31]])
    assert source == [] and pair_event([freed], source, target) is freed


def test_eval_plv_an_event_of_someone_else_is_not_the_pair():
    text, source, target = spans("<s>Norway</s> praised <t>Chad</t>; Peru sent troops.")
    other = event("MOBILIZE", [[text.index("Peru"), text.index("Peru") + 4]], [])
    assert pair_event([other], source, target) is None
