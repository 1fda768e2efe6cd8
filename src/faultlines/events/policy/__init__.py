"""The events policy: which candidate events are kept, dropped or retyped, as named rules.

extract.py finds candidates (a trigger with its arguments); this package decides what each one
becomes. Every rule is a small function `rule(facts, reading) -> Decision | None` that returns
keep, drop or a change (retype, retarget) with its reason, and changes nothing in place: `apply`
runs the rules in the order of RULES and builds each new Reading from a decision's changes. The
types a rule applies to and the types and modes it gives are its table in
events/lexicon/policy.yaml. `faultlines explain "sentence"` (explain.py) shows, for each
candidate, the rules that decided and their reasons.

The order, for one candidate (RULES):
  speaker_forces (embedded.py); no_actor; idiom, figurative, sport, wish, not_done,
      office_held (not_events.py);
      nameless_recipient; vague_actor; unnamed_side; no_political_side (not_events.py);
      obligation_without_recipient: who takes part (who.py) and whether it is an event at all;
      demanded_act (embedded.py): an act another side says must be done is a demand;
  the first that applies of text_content (texts.py: a text's content is planned, no promise)
      and TYPING: declined, promised, refused, refused_complement, threat_complement,
      harm_promised, complaint_meeting, request_complement (retype.py);
  condition_recipient, content_recipient, judged_act (embedded.py), refused_no_meeting,
  threatened;
  consult_not_political, consult_alone, consult_private, consult_own_side;
  verbal_protest, verbal_clash, forces_arriving, peacekeeping, police_raid.
Around them, for the story (story.py): `absorbed` before (a clause governed by another trigger
is part of its event), `told_by_effect` and `told_before` after (an attack told again by its
effect, and a bare back-reference, are not coded again).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from faultlines.events.policy import parties
from faultlines.events.policy.decision import DROP, Decision, Facts, Reading, Trail
from faultlines.events.policy.embedded import (content_recipient, demanded_act, judged_act,
                                               speaker_forces)
from faultlines.events.policy.not_events import (figurative, idiom, no_political_side,
                                                 not_done, office_held, sport, wish)
from faultlines.events.policy.retype import (TYPING, condition_recipient, forces_arriving,
                                             peacekeeping, police_raid, threatened,
                                             verbal_clash, verbal_protest)
from faultlines.events.policy.texts import text_content
from faultlines.events.policy.who import (consult_alone, consult_not_political, consult_own_side,
                                          consult_private, nameless_recipient, no_actor,
                                          obligation_without_recipient, refused_no_meeting,
                                          unnamed_side, vague_actor)

Rule = Callable[[Facts, Reading], "Decision | None"]

# The rules in the order they are asked; a tuple is asked in order until one of its rules applies.
RULES: tuple[Rule | tuple[Rule, ...], ...] = (
    speaker_forces, no_actor, idiom, figurative, sport, wish, not_done, office_held,
    nameless_recipient, vague_actor, unnamed_side,
    no_political_side,
    obligation_without_recipient, demanded_act,
    (text_content, *TYPING),
    condition_recipient, content_recipient, judged_act, refused_no_meeting, threatened,
    consult_not_political, consult_alone, consult_private, consult_own_side,
    verbal_protest, verbal_clash, forces_arriving, peacekeeping, police_raid,
)

_STEPS: tuple[tuple[Rule, ...], ...] = tuple(s if isinstance(s, tuple) else (s,) for s in RULES)


def rule_names() -> list[str]:
    """Every candidate rule's name, in order."""
    return [rule.__name__ for step in _STEPS for rule in step]


def apply(facts: Facts, decisions: list[Decision] | None = None) -> Reading | None:
    """What the rules make of one candidate: its final Reading, or None when a rule drops it.

    decisions (list | None): when given, every decision taken is appended to it, named.
    """
    reading = facts.first_reading()
    for step in _STEPS:
        for rule in step:
            decision = rule(facts, reading)
            if decision is not None:
                break
        else:
            continue
        if decisions is not None:
            decisions.append(replace(decision, rule=rule.__name__))
        if decision.verdict == DROP:
            return None
        if decision.changes:
            reading = replace(reading, **decision.changes)
            if "actors" in decision.changes:  # every later rule reads the actors it gave
                facts.actors = list(reading.actors or ())
    return reading


__all__ = ["RULES", "Decision", "Facts", "Reading", "Trail", "apply", "parties", "rule_names"]
