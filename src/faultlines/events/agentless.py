"""Events with no agent in their clause: who did it, where the text names them.

"Two soldiers have been killed in fighting with Hezbollah", "43 people were killed in Israeli
strikes", "The base came under attack", "dozens of soldiers were killed" a sentence after "JNIM
said it killed 200 soldiers in an attack", "a missile struck a building": a passive with no
by-agent, an attack suffered, or an attack or weapon as the subject with no author in its phrase
names no doer in its own clause, though someone did it. Its doer comes, in this order, from

1. the fighting or attack the clause says it happened in: the one fought ("in fighting *with
   Hezbollah*"), or the attack's author ("in *Israeli* strikes", "in an attack *by* X", "in
   airstrikes and shelling *by* X"), or the doer of the clause that says when it happened
   ("killed *when police opened fire* on the crowd": one event, not two);
2. the nearest earlier event of the same type in the sentence, then in the previous sentence,
   then in the headline (the title's stated events, coded as their own Doc: headlines.py),
   then in the story's first sentence with an event (the lead or standfirst; a dateline line
   has none), when that event's actor is placed in a country
   or coded, and where the first of these that holds such events tells of one side doing it
   (two sides attacking there leave the doer unsaid, and so does fighting told after the lead
   among sides none of which is the lead's doer's: "fighting between Druze groups and
   outsiders");

and otherwise it stays without one (the events policy then drops it: never a wrong one). A doer
on the victims' own side is refused ("Israel struck Gaza. Three Israeli soldiers were killed"
lends nothing), and so is a private person ("a suicide attack by a woman": an assailant or a
victim, no side). Borrowing from another clause is only for the types of agentless_types
(frames.yaml): an attack needs an attacker and an arrest someone who arrests, while "the plan
received support" names no one.
Where the victims are named for no country, they take the recipients of the event the doer
came from (the same attack's victims: "43 people were killed" in the Gaza of the lead).

The converse, `aim`: an attack whose clause names no target at all ("since Israel resumed
airstrikes") by an actor who attacked someone in the sentence or the one before is aimed at
the same side.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from spacy.tokens import Span, Token

from faultlines.events import arguments as args
from faultlines.events import mutual
from faultlines.events.extract import Candidate
from faultlines.events.lexicon import Lexicon
from faultlines.nlp.mentions import MentionView
from faultlines.nlp.records import Mention

_SETTINGS = ("in", "during", "amid")  # "killed *in* fighting", "*during* clashes with X"
_WHEN = ("when", "as")  # "killed *when* police opened fire": the clause it happened in


def setting_agent(verb: Token, index: MentionView,
                  lexicon: Lexicon) -> tuple[Token | None, list[Mention]]:
    """The fighting or attack a clause happened in, and the doer it names: "killed in fighting
    *with Hezbollah*" (the one fought), "in *Israeli* strikes", "in an attack *by* X" (its
    author); (None, []) when it names none."""
    fights = lexicon.words("attack_nouns") | lexicon.words("mutual_words")
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in _SETTINGS:
            continue
        # "killed in shelling by X": the parse may read the gerund as a clause (pcomp, lemma
        # "shell"), so its word counts as well as its lemma
        for noun in (p for p in prep.children if p.dep_ in ("pobj", "pcomp")):
            noun = args.content(noun, lexicon)
            if not {noun.lemma_.lower(), noun.lower_} & fights:
                continue
            doer = args.explicit_agent(noun) or args.prep_object(noun, "with") \
                or _coordinated_agent(noun, verb, fights)
            if doer is not None:
                found = args.mentions_of(doer, index, lexicon, modifiers=False)
            else:  # "in Israeli strikes": the author in front of an attack noun
                found = args.mentions_of(noun, index, lexicon, modifiers=False)
            if found:
                return noun, found
    return None, []


def _coordinated_agent(noun: Token, verb: Token, fights: frozenset[str]) -> Token | None:
    """"killed in airstrikes and shelling *by X*": the author named after the last of
    coordinated attack nouns is the author of all of them. The parse may hang the last one on
    the clause's verb as a conjoined gerund ("killed ... and shelling by X") instead of on the
    first noun; either way its "by" names the doer."""
    attacks = [c for c in noun.conjuncts if c.lemma_.lower() in fights or c.lower_ in fights]
    attacks += [c for c in verb.children if c.dep_ == "conj" and c.tag_ == "VBG"
                and c.i > noun.i and {c.lemma_.lower(), c.lower_} & fights]
    return next((a for t in attacks if (a := args.explicit_agent(t)) is not None), None)


def weapon_subject(verb: Token, index: MentionView, lexicon: Lexicon) -> bool:
    """"The bombardment struck homes", "a ballistic missile hit a building", "80 people were
    killed by bombardment": an attack or its weapon (attack_nouns, weapon_nouns of frames.yaml)
    as the clause's own subject or by-agent names no doer, so the clause is agentless. One
    whose phrase names anyone is not: the events stage read "Israeli bombardment" as Israel's,
    and "US strikes" (a place or an author: unsaid) lends no other side's doer."""
    subject, inherited = args.subject_token(verb)
    if subject is None or inherited or subject.pos_ != "NOUN":
        return False  # "the attacks come as X asks for arms to fight": X would fight
    noun = args.content(subject, lexicon)
    if noun.lemma_.lower() not in lexicon.words("attack_nouns") | lexicon.words("weapon_nouns"):
        return False
    return not any(index.resolved_at(t) for t in noun.subtree)


@dataclass
class Told:
    """A headline event as lending reads it (doc._.headline, headlines.lendable): its type,
    and copies of its actor and recipient records, which belong to the title's Doc and so
    name no token of this one."""

    type: str
    actors: list[Mention]
    options: list[list[Mention]] = field(default_factory=list)
    anchor: None = None

    @classmethod
    def read(cls, record: dict[str, Any]) -> Told:
        recipients = [dict(m, actor=dict(m["actor"])) for m in record["recipients"]]
        return cls(record["type"], [dict(m, actor=dict(m["actor"])) for m in record["actors"]],
                   [recipients] if recipients else [])


def lend(found: list[Candidate], index: MentionView, lexicon: Lexicon,
         headline: list[dict[str, Any]] | None = None) -> None:
    """Give each agentless candidate of `found` (text order) its doer, where the text names it
    (the module docstring's order). Changes the candidates in place, before the events policy
    reads them; a candidate given a doer counts as inherited. The attack a clause happened in,
    where it is a candidate of its own ("killed in an attack by X"), is the same event: it
    lends its doer and its target and is not coded again.

    headline (list | None): the title's stated events (doc._.headline), a source after the
        previous sentence and before the lead; a title that names no doer lends none."""
    types = lexicon.words("agentless_types")
    told = [Told.read(r) for r in headline or []]
    first = found[0].anchor.sent if found else None  # the lead (a dateline line has no event)
    merged: set[int] = set()
    for i, cand in enumerate(found):
        if cand.actors or cand.entry.type.lower() not in types \
                or not (cand.agentless or weapon_subject(cand.anchor, index, lexicon)):
            continue
        noun, doers = setting_agent(cand.anchor, index, lexicon)
        source = next((c for c in found if noun is not None and c.anchor.i == noun.i), None)
        clause = _clause_source(found, cand)
        if not doers and clause is not None and clause.actors:
            noun, source, doers = clause.anchor, clause, clause.actors
        lead = None if _answers_an_attack(first, lexicon) else first
        if not doers and (source := _source(found[:i], cand, lead, told)) is not None:
            doers = [dict(m) for m in source.actors] if source.anchor is None else source.actors
        far = source is not None and noun is None and _far(source, cand)
        if far and _fought_since(found[:i], source, lexicon):
            continue
        doers = [m for m in doers if not _victims_side(m, cand, countries=far)
                 and not _private(m)]
        if not doers:
            continue
        cand.actors, cand.inherited = list(doers), True
        if source is not None and _anonymous(cand) and source.options and (
                source is not clause or _same_act(clause, cand) and not _anonymous(clause)):
            cand.options = [list(pool) for pool in source.options]
            cand.recipients = cand.options[0]
        if source is not None and noun is not None and source.anchor.i == noun.i \
                and source is not clause:
            merged.add(noun.i)
        if clause is not None and _same_act(clause, cand) and (
                source is clause or not clause.actors):  # the clause's act, told once
            merged.add(clause.anchor.i)
    found[:] = [c for c in found if c.anchor.i not in merged]


def _clause_source(found: list[Candidate], cand: Candidate) -> Candidate | None:
    """The act of a clause that says when the candidate's happened: "three protesters were
    killed *when police opened fire* on the crowd", "*as* troops stormed the camp" (not
    "after": what came before may be another side's act). Its doer, where it names one, did
    the candidate's act. Of the same type it is the same event, told once (`lend` keeps the
    main clause's, with its victims unless only the clause places them); of another type
    ("were arrested when police raided the office") it only lends its doer. Where it names
    none ("when a missile struck a building"), the doer found for the main clause is the
    clause's too: still one event. A clause with a doer of its own, where the main clause
    named its doer otherwise ("killed in Israeli strikes *as the military intensified its
    bombardment*"), stays an event."""
    for clause in cand.anchor.children:
        if clause.dep_ == "advcl" and any(c.dep_ in ("mark", "advmod") and c.lower_ in _WHEN
                                          for c in clause.children):
            act = next((c for c in found if c.anchor.i == clause.i), None)
            return act if act is not None and not _elsewhere(act, cand) else None
    return None


def _elsewhere(act: Candidate, cand: Candidate) -> bool:
    """Is the clause's act aimed at another side than the candidate's victims? "Five
    Palestinians were killed as Hamas fired rockets at Israel" tells two acts at one time,
    and the rockets' author did not kill the Palestinians."""
    def places(c: Candidate) -> set:  # "Ukrainian people" and "Ukraine" are one place
        return {(m.get("actor") or {}).get("country") or (m.get("actor") or {}).get("code")
                for pool in c.options for m in pool}
    aimed, victims = places(act) - {None}, places(cand) - {None}
    return bool(aimed and victims) and not aimed & victims


def _same_act(clause: Candidate, cand: Candidate) -> bool:
    return clause.entry.type == cand.entry.type


def aim(found: list[Candidate], lexicon: Lexicon) -> None:
    """"43 people were killed in strikes on Friday, ... since Israel resumed airstrikes": an
    attack of agentless_types whose clause names no one it is aimed at, by an actor who attacked
    someone earlier in the sentence or the previous one, is aimed at the same side. Only a
    clause with no recipient phrase at all: one that names its target, even unresolved, keeps
    it. Changes the candidates in place."""
    types = lexicon.words("agentless_types")
    for i, cand in enumerate(found):
        if cand.options or cand.recipient_tokens or not cand.actors \
                or cand.entry.type.lower() not in types:
            continue
        doers = {mutual.side(m.get("actor") or {}) for m in cand.actors} - {None}
        sent = cand.anchor.sent
        previous = cand.anchor.doc[sent.start - 1].sent if sent.start > 0 else None
        earlier = next((o for o in reversed(found[:i]) if o.entry.type == cand.entry.type
                        and o.options and o.anchor.sent in (sent, previous)
                        and doers & {mutual.side(m.get("actor") or {}) for m in o.actors}), None)
        if earlier is not None and not _anonymous(earlier):
            cand.options = [list(pool) for pool in earlier.options]
            cand.recipients = cand.options[0]


def _source(before: list[Candidate], cand: Candidate, first: Span | None,
            headline: list[Told] | None = None) -> Candidate | Told | None:
    """The nearest earlier event of the candidate's type with a placed actor: in its sentence,
    else the previous sentence, else the headline, else the lead (`first`). Where the first of
    these that holds one tells of two sides doing it ("Israel struck Sanaa, ... Houthi rebels,
    who have launched missiles at Israel"), whose act this is stays unsaid: none. A headline
    event whose doer the lead names too gives way to the lead's, which is the text's own
    mention with its victims ("Israeli forces" and the Palestinians it killed, for "Israel
    kills 52 Palestinians")."""
    sent = cand.anchor.sent
    previous = cand.anchor.doc[sent.start - 1].sent if sent.start > 0 else None
    for scope in (sent, previous, headline, first):
        found = _events_in(scope, before, cand)
        if found:
            doers = _sides(found)
            if len(doers) != 1:
                return None
            if scope is headline and (lead := _events_in(first, before, cand)) \
                    and _sides(lead) == doers:
                return lead[0]
            return found[0]
    return None


def _events_in(scope: Span | list[Told] | None, before: list[Candidate],
               cand: Candidate) -> list[Candidate] | list[Told]:
    """The events of the candidate's type with a placed actor in a sentence (nearest last
    first) or in the headline."""
    if not scope:
        return []
    if isinstance(scope, list):
        return [h for h in scope if h.type == cand.entry.type and _placed(h.actors)
                and _same_victims(h, cand)]
    return [other for other in reversed(before) if other.entry.type == cand.entry.type
            and other.anchor.sent == scope and _placed(other.actors)]


def _same_victims(told: Told, cand: Candidate) -> bool:
    """Does the headline's event name victims placed on a side, and are the candidate's, where
    placed, on it? A headline is a whole story told in a line: its doer did the body's act only
    where the body's victims are the headline's. "Israeli military killed 85 journalists in
    2024" lends no doer to "journalists were killed around the world" (no side), nor "Israel
    strikes Gaza" to "three Israeli soldiers were killed"."""
    aimed = {mutual.side(m.get("actor") or {}) for pool in told.options for m in pool
             if _placed([m])} - {None}
    victims = {mutual.side(m.get("actor") or {}) for pool in cand.options for m in pool
               if _placed([m])} - {None}
    return bool(aimed) and victims <= aimed


def _sides(found: list[Candidate] | list[Told]) -> set:
    return {mutual.side(m.get("actor") or {}) for o in found for m in o.actors} - {None}


def _answers_an_attack(lead: Span | None, lexicon: Lexicon) -> bool:
    """Does the lead tell of an attack made in answer to another ("downed five jets *in
    retaliation for* strikes by its neighbour")? Then two sides attacked, and a later attack
    with no doer named may be either's (retaliation_nouns of frames.yaml)."""
    words = lexicon.words("retaliation_nouns")
    attacks = lexicon.words("attack_nouns")
    return lead is not None and any(
        t.lemma_.lower() in words and any(
            p.dep_ == "prep" and p.lower_ in ("for", "to") and any(
                o.dep_ == "pobj" and o.lemma_.lower() in attacks for o in p.children)
            for p in t.children)
        for t in lead)


def _fought_since(before: list[Candidate], source: Candidate | Told, lexicon: Lexicon) -> bool:
    """Has the story, after the lead's event `source`, told of fighting (clash_words of
    frames.yaml) among others, naming sides (doing or done to) none of which is the lead's
    doer's? "Israel launched attacks in Syria. ... fighting between local armed Druze groups
    and outsiders began ... Dozens of people had been killed": the dead may be that fighting's,
    so the lead lends no doer. Fighting that names no side ("fighting erupted on several
    fronts" after "regime forces launched an offensive") is the lead's own, and so is fighting
    against the lead's doer ("trained Kurdish units to fight Isis")."""
    words = lexicon.words("clash_words")
    doers = _sides([source])
    after = -1 if source.anchor is None else source.anchor.i  # the headline: all the story
    kind = source.type if source.anchor is None else source.entry.type
    return any(o.anchor.i > after and o.entry.type == kind
               and (o.noun or o.anchor).lemma_.lower() in words and o.actors
               and not doers & {mutual.side(m.get("actor") or {})
                                for m in o.actors + o.recipients}  # "to fight Isis": Isis's
               for o in before)


def _private(doer: Mention) -> bool:
    """A private person put in no organisation ("a woman", "a Nigerian man"): the one an attack
    is told of by such a phrase is its victim or an unnamed assailant, never a side whose
    attacks other clauses could be."""
    actor = doer.get("actor") or {}
    return actor.get("sector") == "CVL" and actor.get("code") in (None, actor.get("country"))


def _placed(mentions: list[Mention]) -> bool:
    return bool(mentions) and all((m.get("actor") or {}).get("country")
                                  or (m.get("actor") or {}).get("code") for m in mentions)


def _victims_side(doer: Mention, cand: Candidate, countries: bool = False) -> bool:
    """Is the doer on the side of those the event was done to? With `countries`, also a doer
    of the country its victims are in: a doer borrowed from the lead, sentences away, may be
    the lead's other side ("X downed Y's jets after Y's strikes ... A mosque in X was
    targeted"), while one in the same or the previous sentence may attack its own country's
    people in a civil war."""
    victims = [m.get("actor") or {} for pool in cand.options for m in pool]
    sides = {mutual.side(a) for a in victims}
    if countries:
        sides |= {a.get("country") for a in victims}
    return mutual.side(doer.get("actor") or {}) in sides - {None}


def _far(source: Candidate | Told, cand: Candidate) -> bool:
    """Was the source found in the headline or the lead, neither the candidate's sentence nor
    the previous?"""
    if source.anchor is None:
        return True
    sent = cand.anchor.sent
    previous = cand.anchor.doc[sent.start - 1].sent if sent.start > 0 else None
    return source.anchor.sent not in (sent, previous)


def _anonymous(cand: Candidate) -> bool:
    """No victims named, or only people put in no country ("dozens of soldiers")."""
    return all(not ((m.get("actor") or {}).get("country") or (m.get("actor") or {}).get("code"))
               for pool in cand.options for m in pool)
