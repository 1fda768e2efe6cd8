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
- "“Israel must cease its attacks,” the ministry said", "told the envoy it was necessary for
  Israeli forces to withdraw": an act another side says one must do is a demand, not the act
  (demanded_act).

Which types each applies to is its table in events/lexicon/policy.yaml. Each rule is
`rule(facts, reading) -> Decision | None` (policy/decision.py).
"""

from __future__ import annotations

from spacy.tokens import Token

from faultlines.events import modality
from faultlines.events.arguments import mentions_of, subject_token
from faultlines.events.policy import parties
from faultlines.events.policy.decision import Decision, Facts, Reading, drop, retarget

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
    """Who a "that" clause is about: the doer of a passive ("alleged that the election was
    rigged *by the ruling party*": the party is accused, not the election), its subject, and a
    possessor of it ("Ukraine's path")."""
    doers = [p for agent in clause.children if agent.dep_ == "agent"
             for p in agent.children if p.dep_ == "pobj"]
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return doers
    owners = [c for c in subject.children if c.dep_ == "poss"]
    return [*doers, subject, *owners]


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
    in a move ...") or sums up ("expelled the envoy, a decision that ...") or that makes it
    ("paid a visit", light_verbs of frames.yaml). A noun one
    merely answers ("welcomed the decision, which Japan criticised") names no one's act."""
    for child in act.children:
        if child.dep_ == "poss":
            return child
        if child.dep_ == "prep" and child.lower_ == "by":
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    if act.dep_ == "pobj" and act.head.lower_ in _MANNER:
        verb = act.head.head
    elif (verb := _summed_up(act)) is not None:
        pass
    elif act.dep_ == "dobj" and modality.lemma(act.head) in facts.lexicon.words("light_verbs"):
        verb = act.head
    else:
        return None
    return subject_token(verb)[0] if verb.pos_ in ("VERB", "AUX") else None


def _summed_up(act: Token) -> Token | None:
    """"Police detained the mayor, *a move* that the opposition slammed": a noun set off by a
    comma after a clause sums that clause up, however the parser hangs it (on the verb, or on
    its object); the clause's verb is the act."""
    before = act.left_edge.i - 1
    if before < act.sent.start or act.doc[before].text != "," or act.dep_ not in _SUMMING:
        return None
    return next((v for v in act.ancestors if v.pos_ in ("VERB", "AUX")), None)


_SUMMING = ("appos", "npadvmod", "dobj")


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
    with the speaker, are the speaker's side acting. "The Houthi leader said his forces had
    attacked a US warship": so are forces the story placed elsewhere when the pronoun itself
    stands for the speaker."""
    reporter = facts.reporter
    if reporter is None or not facts.actors:
        return None
    nouns = facts.lexicon.words("force_nouns") | facts.lexicon.words("group_nouns")
    for phrase in facts.cand.actor_tokens:
        owner = next((c for c in phrase.children if c.dep_ == "poss"), None)
        want = _OWNERS.get(owner.lower_) if owner is not None else None
        if want is None or phrase.lemma_.lower() not in nouns:
            continue
        person = reporter.get("kind") == "person"
        if _stands_for(owner, reporter, facts) or not parties.placed(facts.actors) and (
                want == "any" or (want == "person") == person):
            return retarget(f"'{owner.text} {phrase.text}' act for the side that reports "
                            f"their act ('{reporter.get('name')}')",
                            actors=(dict(reporter, text=f"{owner.text} {phrase.text}"),))
    return None


def _stands_for(owner: Token, reporter: dict, facts: Facts) -> bool:
    """The possessive pronoun resolves to the speaker's side, and the phrase it owns names
    another ("his forces" placed in the US by a US warship nearby)."""
    mention = facts.index.resolved_at(owner)
    if mention is None or mention["start"] != owner.i:
        return False
    own = parties.actor(mention)
    return (parties.same_side(own, [reporter]) or parties.same_side(reporter, [own])) \
        and not any(parties.same_side(a, [reporter]) or parties.same_side(reporter, [a])
                    for a in facts.actors)


_CLAUSE_LINKS = ("advcl", "ccomp", "xcomp", "relcl")


def _obliged_here(clause: Token, facts: Facts) -> bool:
    """"Israel must/should withdraw", "Israel needs to / has to withdraw": the clause carries an
    obligation (obligation_words, or obligation_verbs with "to V"); a perfect ("should have
    withdrawn") judges the past instead."""
    words = facts.lexicon.words
    auxes = [c.lower_ for c in clause.children if c.dep_ in ("aux", "auxpass")]
    if "have" in auxes or "'ve" in auxes:
        return False
    if any(a in words("obligation_words") for a in auxes):
        return True
    head = clause.head
    return clause.dep_ == "xcomp" and "to" in auxes \
        and modality.lemma(head) in words("obligation_verbs") \
        and not any(c.dep_ == "dobj" for c in head.children)  # "has a right to", "have troops"


def _obliging_word(clause: Token, facts: Facts) -> Token | None:
    """"it was necessary for X to withdraw", "it is time for X to leave", "it is essential that
    X halt": the adjective (or noun) of obligation whose clause this is."""
    if clause.dep_ not in _CLAUSE_LINKS:
        return None
    words = facts.lexicon.words("obligation_adjectives")
    head = clause.head
    found = [head] + [c for c in head.children if c.dep_ in ("acomp", "attr")]
    word = next((w for w in found if modality.lemma(w) in words), None)
    if word is not None and word.pos_ in ("NOUN", "PROPN") and (
            any(c.dep_ in ("det", "amod", "poss") for c in word.children)
            or not any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)):
        return None  # "the first time a president has made a visit" demands nothing
    return word


def demanded_act(facts: Facts, reading: Reading) -> Decision | None:
    """"“Israel must immediately cease attacks,” the Foreign Office stated", "told Guterres it
    was necessary for Israeli forces to withdraw": what one side says another must do is its
    demand (a REQUEST where the speech verb has an entry), never the other side's act, even
    where the demand itself codes nothing. What a side says it must do itself stays for the
    rules of threats and promises."""
    anchor = facts.cand.anchor
    chain = [anchor, *modality.controllers(anchor)]
    adjective = next((w for c in chain if (w := _obliging_word(c, facts)) is not None), None)
    obliged = adjective is not None or any(_obliged_here(c, facts) for c in chain)
    if not obliged:
        return None
    speech = modality.speech_verb(anchor, facts.lexicon)
    if adjective is None and speech is None:
        return None  # a narrator's "Israeli forces should withdraw" under a deal stays hypothetical
    reporter = facts.reporter
    if reporter is not None and (parties.same_side(reporter, facts.actors)
                                 or any(parties.same_side(a, [reporter]) for a in facts.actors)):
        return None
    word = adjective.text if adjective is not None else speech.text
    return drop(f"an act another side says must be done ('{word}') is a demand, not the act")
