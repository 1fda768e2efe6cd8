"""The rules that drop what reads like an event and is none: idioms and metaphors, sport, and
acts with no political side.

- "presses ahead with an overhaul" asks no one (idiom_particles of frames.yaml); "raised rates
  to fight inflation", "the war on poverty" fight no one (abstract_targets); "an attack on
  democracy", "an assault on the opposition's record" are words (idea_targets); "a battle for
  votes" is a contest, no battle (contest_prizes): idiom.
- "a trade war with China", "a legal battle", "a war of words": figurative.
- "called for building an open global economy": a call that names and asks no one, wish.
- "India beat Pakistan by six wickets": a result of sport, named by a sport word of the
  sentence that is no part of the event's own arguments (sport_words; "attacked a football
  stadium" is an attack): sport.
- "the oil company sued the shipping firm": companies on both sides that no one places in a
  country act for no political side: no_political_side.
- "Idlib was spared an assault", "instead of retreating, HTS grew bolder": what was averted or
  not chosen did not happen and is told as not happening: not_done.
- "Pakistan occupies a non-permanent Security Council seat": an office held is a standing, no
  seizure: office_held.
The act of an "if"/"unless" clause ("Tehran will retaliate if Israel attacks") is no rule's: it
stays, hypothetical, as GUIDELINES codes conditionals.

Each rule is `rule(facts, reading) -> Decision | None` (policy/decision.py).
"""

from __future__ import annotations

from spacy.tokens import Token

from faultlines.events import modality
from faultlines.events.policy import parties
from faultlines.events.policy.decision import Decision, Facts, Reading, drop

_OBJECT_DEPS = ("dobj", "nsubjpass")
_AIM_PREPS = ("against", "on", "with")


def _lemma(token: Token) -> str:
    return token.lemma_.lower()


def _aims(head: Token) -> list[Token]:
    """What a trigger is done to: its object, or the object of against/on/with."""
    found = [c for c in head.children if c.dep_ in _OBJECT_DEPS]
    return found + [p for prep in head.children if prep.dep_ == "prep"
                    and prep.lower_ in _AIM_PREPS for p in prep.children if p.dep_ == "pobj"]


def _prizes(head: Token) -> list[Token]:
    return [p for prep in head.children if prep.dep_ == "prep" and prep.lower_ == "for"
            for p in prep.children if p.dep_ == "pobj"]


def idiom(facts: Facts, reading: Reading) -> Decision | None:
    """"press ahead", "fight inflation", "a battle for votes": words of conflict or demand used
    of no one (the module docstring's three kinds)."""
    words = facts.lexicon.words
    heads = [t for t in (facts.cand.anchor, facts.cand.noun) if t is not None]
    for head in heads:
        particle = next((c for c in head.children if c.dep_ in ("advmod", "prt")
                         and c.i == head.i + 1 and c.lower_ in words("idiom_particles")), None)
        if particle is not None and head.pos_ == "VERB":
            return drop(f"'{head.text} {particle.text}' is an idiom: to go on, not to act on "
                        "anyone")
        if reading.type not in facts.table("idiom").types:
            continue  # a metaphor of fighting: "declared a cease-fire" is no fight with fire
        aimed = [a for a in _aims(head) if _lemma(a) in words("abstract_targets")]
        if aimed and not facts.recipients:
            return drop(f"'{head.text} … {aimed[0].text}' is a metaphor: no one is fought")
        ideas = [a for a in _aims(head) if _lemma(a) in words("idea_targets")]
        if ideas:
            return drop(f"'{head.text} … {ideas[0].text}' attacks an idea or a record: words, "
                        "not a fight")
        prize = [p for p in _prizes(head) if _lemma(p) in words("contest_prizes")]
        if prize:
            return drop(f"'{head.text} for {prize[0].text}' is a contest, not a fight")
    return None


def figurative(facts: Facts, reading: Reading) -> Decision | None:
    """"a trade war with China", "a legal battle", "a war of words": a conflict noun named for a
    contest of money, law or words (figurative_modifiers in front of it or as its "of" noun)
    is no fight."""
    noun = facts.cand.noun if facts.cand.noun is not None else facts.cand.anchor
    if reading.type not in facts.table("figurative").types or noun.pos_ != "NOUN":
        return None
    words = facts.lexicon.words("figurative_modifiers")
    marks = [c for c in noun.children if c.dep_ in ("compound", "amod", "nmod")]
    marks += [p for prep in noun.children if prep.dep_ == "prep" and prep.lower_ == "of"
              for p in prep.children if p.dep_ == "pobj"]
    found = next((m for m in marks if _lemma(m) in words or m.lower_ in words), None)
    if found is None:
        return None
    return drop(f"'{found.text} {noun.text}' is a contest, not a fight")


_NAMED = ("GPE", "NORP", "ORG", "PERSON", "LOC", "FAC")


def wish(facts: Facts, reading: Reading) -> Decision | None:
    """"Xi called for building an open global economy", "the minister called for strengthening
    cooperation": a call for doing something that names no one (no actor, group or place in
    what is called for) and asks no one is an opinion about policy with no target, no request
    (GUIDELINES: not events). "called for ending the war in Gaza" names a place, "called for
    a ceasefire" asks for a thing: both stay."""
    if reading.type not in facts.table("wish").types or reading.recipients or facts.recipients:
        return None
    doing = [c for prep in facts.cand.anchor.children if prep.dep_ == "prep"
             and prep.lower_ == "for" for c in prep.children
             if c.dep_ == "pcomp" and c.tag_ == "VBG"]
    if not doing or any(t.ent_type_ in _NAMED for t in doing[0].subtree):
        return None
    return drop(f"a call for '{doing[0].text} …' that names and asks no one: an opinion, "
                "not a request")


def _in_arguments(token: Token, facts: Facts) -> bool:
    phrases = [*facts.cand.actor_tokens, *facts.cand.recipient_tokens]
    return any(token in phrase.subtree for phrase in phrases)


def sport(facts: Facts, reading: Reading) -> Decision | None:
    """"beat Pakistan by six wickets", "Real Madrid attacked Barcelona's defence in the second
    half of the league match": a sport word in the sentence, outside the event's own actor and
    recipient phrases, makes it a game; so does a country that "beat" a country ("Argentina
    beat France on penalties"): states beat each other only at games."""
    words = facts.lexicon.words("sport_words")
    sides = [*facts.actors, *reading.recipients]
    if reading.mode == "beat" and reading.recipients and all(_bare_state(a) for a in sides):
        return drop("a country that beats a country: a result of sport, no beating")
    for token in facts.cand.anchor.sent:
        if token.pos_ == "VERB":  # the sport words are things and people: "*battered* by war"
            continue              # is no batter
        if (_lemma(token) in words or token.lower_ in words) and not _in_arguments(token, facts):
            return drop(f"a result of sport ('{token.text}'), no political event")
    return None


def _bare_state(actor: dict) -> bool:
    """A country named for itself ("Argentina"), none of its organs or people."""
    return actor.get("kind") == "state" and actor.get("sector") in (None, "GOV") \
        and actor.get("role") is None and actor.get("name") == actor.get("text")


def no_political_side(facts: Facts, reading: Reading) -> Decision | None:
    """"the oil company sued the shipping firm": companies (sector BUS) that no one places in
    a country, on both sides, act for no political side. An unknown person or body is not
    taken for a private one: "Gerald R. Ford pardoned Nixon", "Delhi Police arrested a
    gangster" are political though the knowledge base places neither."""
    actors, recipients = facts.actors, reading.recipients
    if not recipients or parties.placed(actors) or parties.placed(recipients):
        return None
    if not all(a.get("sector") == "BUS" for a in (*actors, *recipients)):
        return None
    return drop("every party is a company placed in no country: a business dispute")


def _averted(head: Token, words: frozenset[str], intents: frozenset[str]) -> Token | None:
    """The averting verb whose object this is ("spared an assault", "averted an offensive"), or
    from whose "from" it hangs ("prevented Israel from annexing"). The "to V" of an intent noun
    is averted with the noun: "thwarted *a plot* by the militants *to bomb* a church", "foiled
    an attempt to storm the parliament"."""
    if head.dep_ == "acl" and head.head.pos_ == "NOUN" and _lemma(head.head) in intents \
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in head.children):
        head = head.head
    verb = head.head
    if head.dep_ in ("pcomp", "pobj") and verb.lower_ == "from":
        verb = verb.head
    elif head.dep_ != "dobj":
        return None
    return verb if verb.pos_ == "VERB" and (_lemma(verb) in words or verb.lower_ in words) \
        else None


def _alternative(head: Token, words: frozenset[str]) -> Token | None:
    """The "instead" or "rather" that makes this the alternative not taken. The parser hangs
    "instead of X-ing" and "rather than X" in three ways: X the object of "of"/"than"; X a
    clause marked by "than"; X coordinated by "than" with the act that was chosen."""
    if head.dep_ in ("pcomp", "pobj") and head.head.lower_ in ("of", "than"):
        near = [*head.head.children, head.head.head]
    elif head.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "than"
                                      for c in head.children):
        near = list(head.children)
    elif head.dep_ == "conj":
        near = [w for c in head.head.children if c.dep_ == "cc" and c.lower_ == "than"
                and c.i < head.i for w in c.children]
    else:
        return None
    return next((w for w in near if w.lower_ in words and w.i < head.i), None)


def not_done(facts: Facts, reading: Reading) -> Decision | None:
    """"Idlib was spared an assault by the regime", "the truce averted an offensive", "police
    foiled an attack", "prevented Israel from annexing", "thwarted a plot to bomb a church";
    "instead of retreating", "rather than negotiate": an act named as what was averted
    (averting_verbs of frames.yaml) or as the alternative not taken (alternative_words) did
    not happen, and the sentence says nothing more of it: it is no event, not even a negated
    one. Only an act told by a verb is an alternative: "speak of a conflict rather than
    *Russia's invasion*" names a real one."""
    words = facts.lexicon.words
    for head in (t for t in (facts.cand.noun, facts.cand.anchor) if t is not None):
        found = _averted(head, words("averting_verbs"), words("intent_nouns")) or (
            _alternative(head, words("alternative_words")) if head.pos_ == "VERB" else None)
        if found is not None:
            return drop(f"'{found.text} … {head.text}': what did not happen is no event")
    return None


def _object(anchor: Token) -> Token | None:
    return next((c for c in anchor.children if c.dep_ == "dobj" and c.pos_ == "NOUN"), None)


def office_held(facts: Facts, reading: Reading) -> Decision | None:
    """"Pakistan occupies a non-permanent Security Council seat", "she occupies the post of
    foreign minister": an office (office_nouns of frames.yaml, in the singular) held by a verb of
    holding (office_verbs) is a standing, no place seized. "Israel occupied the buffer zone"
    takes a place, and "police raided the offices of the newspaper" a building: both stay."""
    words = facts.lexicon.words
    if reading.type not in facts.table("office_held").types \
            or _lemma(facts.cand.anchor) not in words("office_verbs"):
        return None
    obj = _object(facts.cand.anchor)
    if obj is None or obj.tag_ != "NN" or _lemma(obj) not in words("office_nouns"):
        return None  # "raided the offices of the newspaper", "occupied the offices": buildings
    return drop(f"'{facts.cand.anchor.text} … {obj.text}': an office held, no act")

