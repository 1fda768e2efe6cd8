"""Things that are no actors, though news names them like actors: plans, agreements, operations,
weapons and buildings ("the Gaza Reconstruction Plan", "Operation Sindoor", "the Britannia
Hotel"), and people who are only what is handed over ("released prisoners").

The small model calls many such names organisations, and a mention that is a thing becomes an
event's recipient: "Pakistan called for operationalising the Gaza Reconstruction Plan" was a
request to a plan. Words are kb/things.yaml's; a name the knowledge base knows is never a thing.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from faultlines.actors.kb import KB


def is_thing(span: Span, kb: KB) -> bool:
    """Is an unknown name a thing's: its last word one of things.yaml `heads` ("the Gaza
    Reconstruction [Plan]") or its first one of `openers` ("[Operation] Sindoor")?"""
    words = [t for t in span if not t.is_punct and t.lower_ not in ("the", "'s", "’s")]
    if not words:
        return False
    last = words[-1]
    return last.lower_ in kb.things.heads or last.lemma_.lower() in kb.things.heads \
        or words[0].lower_ in kb.things.openers and len(words) > 1


def handed_over(head: Token, kb: KB) -> bool:
    """Are the people a phrase heads the object of handing over ("released [prisoners]", "the
    release of [hostages]", "agreed to swap 59 [prisoners]", "[hostages] were freed")?"""
    verbs = kb.things.handed_over
    if head.dep_ in ("dobj", "nsubjpass"):
        return head.head.lemma_.lower() in verbs
    if head.dep_ == "pobj" and head.head.lower_ == "of":
        return head.head.head.lemma_.lower() in verbs  # "the release of prisoners"
    return False
