"""The rules that look beyond one candidate: which clause absorbs which, and which event the
story already told.

A clause whose trigger governs another trigger's clause absorbs it: "threatened to pull Armenia
out of the CSTO" is one THREATEN, "urged Moscow to intervene" one REQUEST. An attack that is
the subject of its own effect ("an air strike killed five people") is one event. A bare back-reference
to an event the story already coded ("Putin's invasion of Ukraine" again) is not coded again.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from spacy.tokens import Token

from faultlines.events import modality
from faultlines.events.extract import Candidate
from faultlines.events.lexicon import Lexicon
from faultlines.events.policy.decision import ABSORB, KEEP, Decision, drop

_ABSORBING = ("xcomp", "ccomp")


def governor(token: Token, by_anchor: dict[int, Candidate], lexicon: Lexicon) -> Candidate | None:
    """The trigger whose complement this clause is, through plan verbs ("urged X to try to Y");
    the request noun whose content it is ("his demand that X withdraw"); or the meeting a
    complaint is the purpose of ("summoned the envoy to complain")."""
    if (complaint := _purpose_of_meeting(token, by_anchor)) is not None:
        return complaint
    if (asking := _request_content(token, by_anchor, lexicon)) is not None:
        return asking
    current = token
    while current.dep_ == "conj" and current.head.dep_ in _ABSORBING:
        current = current.head  # "urged them to repatriate the fighters and put them on trial"
    while current.dep_ in _ABSORBING or _content_pcomp(current):
        parent = current.head.head if current.dep_ == "pcomp" else current.head
        if parent.i in by_anchor:
            return by_anchor[parent.i]
        if modality.lemma(parent) not in lexicon.words("plan_verbs"):
            return None
        current = parent
    return None


def _request_content(token: Token, by_anchor: dict[int, Candidate],
                     lexicon: Lexicon) -> Candidate | None:
    """"repeated his demand that Germany prosecute its citizens", "rejected the US call for
    Tehran to halt enrichment": the clause of a request noun (request_nouns of frames.yaml)
    that is itself a trigger is what is asked, part of the request, not an act of its own."""
    while token.dep_ == "conj" and token.head.i != token.i:  # "repatriate and prosecute"
        token = token.head
    noun = token.head
    if token.dep_ not in ("acl", "ccomp", "advcl") or noun.pos_ != "NOUN" \
            or modality.lemma(noun) not in lexicon.words("request_nouns"):
        return None
    return next((c for c in by_anchor.values() if c.noun is not None and c.noun.i == noun.i),
                None)


def _purpose_of_meeting(token: Token, by_anchor: dict[int, Candidate]) -> Candidate | None:
    """"summoned the ambassador to complain", "met the envoy to protest": a meeting held to
    complain is an official complaint to the one met (CAMEO 114), so the meeting governs its
    purpose clause and takes its type."""
    cand, parent = by_anchor.get(token.i), by_anchor.get(token.head.i)
    if cand is None or parent is None or parent is cand or token.dep_ != "advcl":
        return None
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)
    if infinitive and cand.entry.type == "ACCUSE" and parent.entry.type == "CONSULT":
        return parent
    return None


def _content_pcomp(token: Token) -> bool:
    """"accused Russia *of sending* tanks", "pressured Hamas *into agreeing*", "warned the US
    *against reinstating* tariffs": the content of the accusation, the pressure or the warning,
    not a separate event (nor the speaker's act)."""
    return token.dep_ == "pcomp" and token.head.lower_ in _CONTENT_PREPS \
        and token.head.head.pos_ == "VERB"


_CONTENT_PREPS = ("of", "for", "about", "into", "against")


def alleged(cand: Candidate, governor_: Candidate) -> Decision | None:
    """"Ukraine accused Russia of shelling Kharkiv": the accusation is coded, and so is the act
    it alleges, as Russia's (the accused, where the act's clause names no one of its own) and
    marked alleged; it stays part of the accusation where the accused is not named. "Iran
    alleged that Israel had attacked its consulate": an act whose clause names its own doer is
    that doer's, alleged."""
    if governor_.entry.type != "ACCUSE":
        return None
    if _own_clause(cand, governor_):
        return Decision(KEEP, f"an act '{governor_.anchor.text}' alleges, its clause naming "
                              "its doer: coded as alleged, by that doer")
    if not _content_pcomp(cand.anchor) or not cand.inherited or not governor_.recipients:
        return None
    return Decision(KEEP, f"an act '{governor_.anchor.text}' alleges of the one it accuses: "
                          "coded as alleged, by the accused")


def _own_clause(cand: Candidate, governor_: Candidate) -> bool:
    """The "that" clause of an accusing verb, with a subject and an actor of its own."""
    return cand.anchor.dep_ == "ccomp" and cand.anchor.head.i == governor_.anchor.i \
        and governor_.noun is None and not cand.inherited and bool(cand.actors)


def accused_act(cand: Candidate, governor_: Candidate) -> Candidate:
    """The alleged act with the accused as its actor ("accused Russia of shelling": Russia),
    or its own where its clause names one ("alleged that Israel attacked")."""
    if _own_clause(cand, governor_):
        return cand
    return replace(cand, actors=list(governor_.recipients),
                   actor_tokens=list(governor_.recipient_tokens), inherited=False)


def absorbed(cand: Candidate, governor_: Candidate, governor_coded: bool) -> Decision:
    """A clause governed by another trigger is part of that trigger's event, unless it comes
    before a governor that codes nothing: the parser's slip ("The US issued an ultimatum to
    Turkey: ..., sanctions will be imposed"), so it stands alone. A complement after its verb
    ("urged X not to revoke it") stays absorbed even then."""
    if not governor_coded and cand.anchor.i < governor_.anchor.i:
        return Decision(KEEP, f"governed by '{governor_.anchor.text}' after it, which codes "
                              "nothing: the parser's slip, so it stands alone")
    return Decision(ABSORB, f"part of the event of '{governor_.anchor.text}', whose clause "
                            "governs it")


def telling(event: dict[str, Any], cand: Candidate) -> tuple:
    """What makes two mentions one event: the same act (type and trigger word) by the same
    actors on the same recipients. A story names its events first and refers back to them by
    a bare noun with a possessive ("Putin's invasion of Ukraine"); coding each back-reference
    would count one invasion as several, the duplication that inflates GDELT's counts."""
    def keys(actors: list[dict]) -> frozenset:
        return frozenset(a.get("id") or a.get("code") or a.get("name") for a in actors)
    word = (cand.noun or cand.anchor).lemma_.lower()
    return event["type"], word, keys(event["actor"]), keys(event["recipient"])


def told_before(cand: Candidate, event: dict[str, Any], key: tuple, told: set) -> Decision | None:
    """"Putin's invasion of Ukraine" again, a bare event noun with no date of its own: the
    story refers back to an event it coded."""
    if cand.noun is not None and cand.anchor is cand.noun and not event["date_text"] \
            and key in told:
        return drop("a bare event noun that refers back to an event the story already coded")
    return None


def told_by_effect(cand: Candidate, event: dict[str, Any], coded: dict[int, dict | None],
                   kept: list[dict[str, Any]]) -> Decision | None:
    """"A Russian missile attack on Kyiv killed five people", "Israeli strikes on Rafah killed
    12": the subject of the verb is the attack itself, told again by what it did; one event,
    coded once, from the noun that names its target. Where the noun names no target ("a
    Taliban attack on a government compound killed 20 troops") both stay: only the verb names
    whom it hit."""
    verb = cand.anchor
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    means = coded.get(subject.i) if subject is not None else None
    if means is None or not any(e is means for e in kept) or means["type"] != event["type"] \
            or not means["recipient"]:
        return None
    return drop(f"'{subject.text} {verb.text}': the act its subject names is coded with its "
                "target; this tells it again by its effect")
