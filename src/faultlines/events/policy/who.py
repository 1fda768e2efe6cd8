"""The rules that keep or drop a candidate for who takes part in it.

Precision comes before recall: a clause the parse cannot tie to a known actor is left out, never
filled from another sentence; a common noun the story does not place ("a local resident", "the
NGO") acting on nobody known is too vague to stand for anyone; and PLOVER's CONSULT is a meeting
between political actors, so a meeting with no one, with the press or with one's own side is
none. Each rule is `rule(facts, reading) -> Decision | None` (policy/decision.py).
"""

from __future__ import annotations

from faultlines.events import mutual
from faultlines.events.policy import parties
from faultlines.events.policy.decision import Decision, Facts, Reading, drop, keep, retarget


def no_actor(facts: Facts, reading: Reading) -> Decision | None:
    """"Officials said talks were held": an event needs an actor mention that resolved to an
    ACTOR; a pronoun inside a quotation does not count (parties.quoted_pronoun)."""
    if facts.actors:
        return None
    if facts.cand.actors:
        return drop("its only actor is a pronoun inside a quotation, which refers within the "
                    "quote")
    return drop("no actor: the clause names no one the knowledge base or the story resolves")


def vague_actor(facts: Facts, reading: Reading) -> Decision:
    """The actor must stand for someone: placed in a country, acting on a recipient, named and
    political ("Reliance Jio" is not political, "the Senate Electoral Tribunal" is), or a body
    of people that acts together ("Teachers went on strike")."""
    cand, actors = facts.cand, facts.actors
    if parties.placed(actors):
        return keep("the actor is placed in a country or is a coded organisation")
    if parties.placed(reading.recipients):
        return keep("the recipient is placed in a country or is a coded organisation")
    if reading.recipients:
        return keep("both sides are actors")
    if parties.named(cand.actors) and parties.political(actors, facts.lexicon.policy):
        return keep("the actor is named and political")
    if parties.group(cand.actors, facts.doc, facts.lexicon):
        return keep("the actor is a body of people that acts together (group_nouns)")
    return drop("the actor is too vague to stand for anyone: unplaced, unnamed or not "
                "political, and acting on no one")


def unnamed_side(facts: Facts, reading: Reading) -> Decision | None:
    """"slapped tariffs on imports", "were driven out of the town", "branded all those who
    stood against him terrorists": an entry with `named_sides` codes only an act whose own
    clause names its doer (none lent from another clause, events/agentless.py) and a recipient
    placed in a country or coded ("slapped tariffs on Japan", "the army drove Isis out of
    Mosul"). These are acts that news tells as often of no one in particular, or of people
    the story does not place, as of one side acting on another."""
    cand = facts.cand
    if not cand.entry.named_sides:
        return None
    if cand.agentless:
        return drop("the clause names no doer of its own, and this act is coded only where it "
                    "does (named_sides)")
    if parties.placed(reading.recipients) or (
            cand.mutual and len({mutual.side(a) for a in facts.actors}) > 1):
        return None
    return drop("the act is aimed at no one placed in a country or coded, and this act is "
                "coded only where it is (named_sides)")


def nameless_recipient(facts: Facts, reading: Reading) -> Decision | None:
    """"Israel killed a woman", "praised the dignity of the families", "accused him": a recipient
    that is a common noun or a pronoun put in no country and coded for no organisation stands
    for no political actor, so the event has no recipient (GUIDELINES: a side is coded as the
    actor it stands for; unplaced victims are no side), and a vague actor acting on it acts on
    no one (vague_actor, asked next). A body of people of one trade or standing ("85
    journalists", "the protesters") stands for its sector and stays. Its phrase stays among the
    arguments; the rules after this one may still find the one aimed at ("called for the
    release of the hostages held by X"). Victims a state's organs strike at home were given its code before
    (extract._own_people), and names the knowledge base does not know ("Arab Group") stay:
    a name can still be matched. Meetings are left to the consult rules (a visit to private
    people is none)."""
    if reading.type not in facts.table("nameless_recipient").types or not reading.recipients:
        return None
    mentions = [m for pool in facts.cand.options + [o for c in facts.inner for o in c.options]
                for m in pool]
    gone = [r for r in reading.recipients
            if parties.nameless(r, mentions, facts.doc, facts.lexicon)]
    if not gone:
        return None
    kept = tuple(r for r in reading.recipients if not any(r is g for g in gone))
    names = ", ".join(f"'{r.get('text')}'" for r in gone)
    return retarget(f"{names}: no one placed or coded, so no recipient", recipients=kept)


def obligation_without_recipient(facts: Facts, reading: Reading) -> Decision | None:
    """"Russia said it must defend itself", "said children should not suffer": a request by
    obligation (entries with `complement: obligation`) goes to another party the story names
    or places, not to the speaker's own side or a kind of people."""
    if facts.cand.entry.complement != "obligation":
        return None
    recipients = reading.recipients
    if recipients and (parties.placed(recipients) or parties.named(facts.cand.recipients)):
        return None
    return drop("the one said to be obliged is the speaker's own side or no named or placed "
                "party")


def refused_no_meeting(facts: Facts, reading: Reading) -> Decision | None:
    """"declined to discuss the reports": a refusal to talk, with no one to talk with, refuses
    no meeting."""
    table, inner = facts.table("refused_no_meeting"), facts.inner
    if reading.type not in table.types or not inner or inner[0].entry.type not in table.of:
        return None
    if parties.alone(inner[0], [], facts.actors, reading.recipients):
        return drop("a refusal to meet or talk with no one named refuses no meeting")
    return None


def _meeting(facts: Facts, reading: Reading, rule: str) -> bool:
    """The consult rules apply to a meeting as its trigger reads or as the rules retyped it
    ("will not meet next week" is still about a meeting)."""
    types = facts.table(rule).types
    return reading.type in types or facts.cand.entry.type in types


def consult_not_political(facts: Facts, reading: Reading) -> Decision | None:
    """"a refugee who travelled to Syria", "a reporter visited the camp": only political
    actors consult (policy.yaml `political`)."""
    if _meeting(facts, reading, "consult_not_political") \
            and not parties.political(facts.actors, facts.lexicon.policy):
        return drop("a meeting needs a political actor; this actor is a private one")
    return None


def consult_alone(facts: Facts, reading: Reading) -> Decision | None:
    """"the cabinet met for two hours", "after Congress convened": one party and no phrase for
    another consults no one."""
    if _meeting(facts, reading, "consult_alone") and parties.alone(
            facts.cand, facts.inner, facts.actors, reading.recipients, reading.recipient_tokens):
        return drop("a meeting with one party and no phrase for another consults no one")
    return None


def consult_private(facts: Facts, reading: Reading) -> Decision | None:
    """"consular officials visited the detained journalist": a visit to private people
    consults no political actor; nor does speaking to reporters."""
    if not _meeting(facts, reading, "consult_private"):
        return None
    if parties.press(reading.recipients):
        return drop("the only party met is the press, which is no party consulted")
    if reading.mode == "visit" and reading.recipients \
            and not parties.political(reading.recipients, facts.lexicon.policy):
        return drop("a visit to private people consults no political actor")
    return None


def consult_own_side(facts: Facts, reading: Reading) -> Decision | None:
    """"visited Kurdistan, meeting British troops": every party met is the actor's own side,
    so no one else was consulted."""
    if _meeting(facts, reading, "consult_own_side") \
            and parties.own_side_only(facts.cand, facts.actors, reading.recipients):
        return drop("every party met is the actor's own side")
    return None
