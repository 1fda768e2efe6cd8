"""The rules for words about another clause: the recipient of an event said in a "that" clause,
and of a judgement passed on an act.

- "Russia designated Amnesty undesirable, alleging that *the rights group* propagates ...",
  "NATO agreed that *Ukraine's* path to membership is irreversible": a verbal event (an
  accusation, support, an agreement, a rejection) whose recipient the clause does not name is
  aimed at the one its "that" clause is about (content_recipient).
- "A met B in Moscow, in *a visit* that C and D condemned": a judgement passed, in a relative
  clause, on an act is aimed at the one who did the act (judged_act).
- "Hezbollah said *its fighters* had destroyed three Israeli tanks": forces the story places
  nowhere, owned by a pronoun, act for the side that reports their act (speaker_forces).

Which types each applies to is its table in events/lexicon/policy.yaml. Each rule is
`rule(facts, reading) -> Decision | None` (policy/decision.py).
"""

from __future__ import annotations

from spacy.tokens import Token

from faultlines.events import modality
from faultlines.events.arguments import mentions_of, subject_token
from faultlines.events.policy import parties
from faultlines.events.policy.decision import Decision, Facts, Reading, retarget

_FIRST_PERSON = {"i", "we", "me", "us"}
_MANNER = ("in", "during")  # "met X, in a visit that ...": the visit is the meeting


def _found(facts: Facts, who: Token) -> list[dict]:
    """The actors a phrase names, less the event's own side."""
    if who.pos_ == "PRON" and who.lower_ in _FIRST_PERSON:
        return []
    named = mentions_of(who, facts.index, facts.lexicon, modifiers=True)
    return [r for r in parties.unique([parties.actor(m) for m in named])
            if not parties.same_side(r, facts.actors)]


def _about(clause: Token) -> list[Token]:
    """Who a "that" clause is about: its subject, and a possessor of it ("Ukraine's path")."""
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return []
    owners = [c for c in subject.children if c.dep_ == "poss"]
    return [subject, *owners]


def content_recipient(facts: Facts, reading: Reading) -> Decision | None:
    """"alleging that the rights group propagates pro-war content": a verbal event with no
    recipient is aimed at the one its "that" clause is about."""
    if reading.type not in facts.table("content_recipient").types or reading.recipients:
        return None
    anchor = facts.cand.anchor
    if anchor.pos_ not in ("VERB", "AUX"):
        return None
    for clause in (c for c in anchor.children if c.dep_ == "ccomp"):
        if any(m.dep_ == "mark" and m.lower_ in ("if", "whether") for m in clause.children):
            continue  # "asked whether X had agreed" is about no one yet
        for who in _about(clause):
            found = _found(facts, who)
            if found:
                return retarget(f"aimed at the one its clause is about ('{who.text}')",
                                recipients=tuple(found),
                                recipient_tokens=(*reading.recipient_tokens, who))
    return None


def _acted(act: Token, facts: Facts) -> Token | None:
    """Who did the act a noun names: its possessor, its "by" agent, or the subject of the
    clause the act is the manner of ("has met X in Moscow, in a visit ...", "expelled the envoy
    in a move ...") or that makes it ("paid a visit", light_verbs of frames.yaml). A noun one
    merely answers ("welcomed the decision, which Japan criticised") names no one's act."""
    for child in act.children:
        if child.dep_ == "poss":
            return child
        if child.dep_ == "prep" and child.lower_ == "by":
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    if act.dep_ == "pobj" and act.head.lower_ in _MANNER:
        verb = act.head.head
    elif act.dep_ == "dobj" and modality.lemma(act.head) in facts.lexicon.words("light_verbs"):
        verb = act.head
    else:
        return None
    return subject_token(verb)[0] if verb.pos_ in ("VERB", "AUX") else None


def judged_act(facts: Facts, reading: Reading) -> Decision | None:
    """"in a visit that Ukraine and Poland condemned", "a move that Beijing welcomed": a
    judgement passed on an act (a noun of the lexicon's events, or of act_nouns in
    frames.yaml) is aimed at the one who did it."""
    if reading.type not in facts.table("judged_act").types or reading.recipients:
        return None
    anchor = facts.cand.anchor
    act = anchor.head
    if anchor.dep_ != "relcl" or act.pos_ != "NOUN" or not _names_an_act(act, facts):
        return None
    who = _acted(act, facts)
    found = _found(facts, who) if who is not None else []
    if not found:
        return None
    return retarget(f"a judgement of the '{act.text}' is aimed at the one who did it "
                    f"('{who.text}')", recipients=tuple(found),
                    recipient_tokens=(*reading.recipient_tokens, who))


def _names_an_act(noun: Token, facts: Facts) -> bool:
    lemma = noun.lemma_.lower()
    return bool(facts.lexicon.lookup(lemma, "noun")) or lemma in facts.lexicon.words("act_nouns")


_OWNERS = {"its": "thing", "their": "any", "our": "any", "his": "person", "her": "person"}


def speaker_forces(facts: Facts, reading: Reading) -> Decision | None:
    """"Hezbollah said its fighters had destroyed three Israeli tanks": forces or fighters that
    no one places (force_nouns and group_nouns of frames.yaml), owned by a pronoun that agrees
    with the speaker, are the speaker's side acting."""
    reporter = facts.reporter
    if reporter is None or not facts.actors or parties.placed(facts.actors):
        return None
    nouns = facts.lexicon.words("force_nouns") | facts.lexicon.words("group_nouns")
    for phrase in facts.cand.actor_tokens:
        owner = next((c for c in phrase.children if c.dep_ == "poss"), None)
        want = _OWNERS.get(owner.lower_) if owner is not None else None
        if want is None or phrase.lemma_.lower() not in nouns:
            continue
        person = reporter.get("kind") == "person"
        if want == "any" or (want == "person") == person:
            return retarget(f"'{owner.text} {phrase.text}', unplaced, act for the side that "
                            f"reports their act ('{reporter.get('name')}')",
                            actors=(dict(reporter, text=f"{owner.text} {phrase.text}"),))
    return None
