"""Choosing an anaphor's antecedent: agreement filters, then the most salient candidate.

Agreement: "he" and "she" name a person (or a person's title: "the premier"); "it" a state, a
body or a thing, never a person; "they" a plural, a pair, a group, or (less readily) a body or
state. A person once called "she" is not "he" later, unless no one else fits. An object pronoun
is not the subject of its own verb ("Kiir pardoned him"); a reflexive is. "it" as the subject
of a verb of saying or acting ("it said", "it warned"), or a possessive before a noun only
actors own ("its territory", "their withdrawal"), stands for an actor, not a thing.

Salience (`score`), as a reader weighs it: the nearer sentence first; a subject over an object
over a noun after a preposition; a name inside a wider mention least ("[Russia]'s aviation
authority"); a pronoun in the same role as the candidate (parallelism: subject to subject,
and "he said" to the last speaker); the subject of the verb whose clause holds the pronoun
("Trump said [he] would"); an actor named often in the story. A possessive before the main
clause's subject points forward to it ("In his speech, PM Shehbaz said"; cataphora).

Where a learned ranker is given (rank.py, the default), it weighs the candidates that agree in
place of `score`: agreement, binding, the quote's speaker, cataphora and the windows stay rules
that it cannot override.

Descriptions choose by what they want (words.yaml): "the country" the most salient state,
"the ministry" the latest ministry, "the group" the most salient group, "the premier" the latest
person of that title, "the two countries" the two most salient states (or a pair joined by "and").
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import Protocol

from spacy.tokens import Doc, Token

from faultlines.coref import layout as lay
from faultlines.coref.anaphors import Anaphor
from faultlines.coref.candidates import PEOPLE, Candidate
from faultlines.coref.layout import Layout
from faultlines.coref.lexicon import Lexicon

WINDOW = 3  # sentences back a pronoun looks first
FAR = 8  # and then, for want of any fitting candidate
ROLE_WEIGHT = {"subj": 1.0, "obj": 0.4, "pobj": 0.0, "poss": 0.3, "other": 0.1}
BODY_CLASSES = frozenset(("state", "group", "party", "igo", "org", "company", "unknown"))
GROUP_CLASSES = frozenset(("group", "party", "org", "unknown"))
OBJECT_DEPS = frozenset(("dobj", "dative", "iobj", "pobj"))


class Ranker(Protocol):
    """Chooses among a pronoun's nearest candidates that agree with it (rank.py)."""

    def pronoun(self, a: Anaphor, pool: list[Candidate], ctx: Context) -> Choice: ...


@dataclass(frozen=True)
class Choice:
    antecedents: tuple[Candidate, ...]
    rule: str


class Seen:
    """How often each actor is named before a point of the story: its mentions' ends, in order."""

    def __init__(self, cands: list[Candidate]) -> None:
        self.ends: dict[tuple, list[int]] = {}
        for c in cands:  # the same lists as `add` one by one, sorted once at the end
            self.ends.setdefault(c.key, []).append(c.end)
        for ends in self.ends.values():
            ends.sort()

    def add(self, c: Candidate) -> None:
        bisect.insort(self.ends.setdefault(c.key, []), c.end)

    def before(self, key: tuple, start: int) -> int:
        return bisect.bisect_right(self.ends.get(key, []), start)


@dataclass
class Context:
    """What every choice in one Doc reads: the Doc, its layout, the words, how often each actor
    has been named so far (for salience) and with which pronoun gender, and the learned ranker
    that weighs a pronoun's candidates (None: the hand-set salience below), and what each
    anaphor's place in the parse says (`stance`), read once for all its candidates."""

    doc: Doc
    where: Layout
    lexicon: Lexicon
    seen: Seen
    gender: dict
    ranker: Ranker | None = None
    stances: dict[int, Stance] = field(default_factory=dict)

    def sentence(self, a: Anaphor) -> int:
        return self.where.sentence[a.head]


@dataclass(frozen=True)
class Stance:
    """What an anaphor's place in the parse says, the same against each of its candidates."""

    role: str
    says: bool  # the subject of a verb of saying: "he said"
    reported: tuple[int, ...]  # the tokens of what that verb reports, in order
    controllers: tuple[Token, ...]  # who does what each verb above it says, nearest first
    above: frozenset[int]  # the words above it, up to its relative clause (see `_holds`)
    wants_actor: bool  # see `wants_actor`
    thing_predicate: bool  # see `predicates_thing`
    wants_thing: bool = False  # see `wants_thing`


def stance(a: Anaphor, ctx: Context) -> Stance:
    """The anaphor's Stance, read from the parse on its first candidate: the resolver weighs
    every candidate against it, and the walks up and down the parse are the same for each."""
    found = ctx.stances.get(a.head)
    if found is None:
        token = ctx.doc[a.head]
        mine = lay.role(token)
        verb = lay.clause_verb(token)
        says = mine == "subj" and verb.lemma_ in ctx.lexicon.speech_verbs
        reported = sorted(t.i for k in verb.children if k.dep_ == "ccomp" for t in k.subtree)
        found = ctx.stances[a.head] = Stance(mine, says, tuple(reported),
                                             tuple(_controllers(token)), _above(token),
                                             wants_actor(a, ctx), predicates_thing(token, ctx),
                                             wants_thing(a, ctx))
    return found


def _above(token: Token) -> frozenset[int]:
    above = set()
    while token.head.i != token.i and token.dep_ not in ("relcl", "acl"):
        token = token.head
        above.add(token.i)
    return frozenset(above)


def _controllers(token: Token) -> list[Token]:
    """Who does what each verb above a token says, where named before it (a relative clause's
    own verbs are its limit): the walk `embeds` weighs."""
    out, start = [], token.i
    while token.head.i != token.i and token.dep_ != "relcl":
        token = token.head
        if lay.verbal(token):
            who = lay.controller(token)
            if who is not None and who.i < start:
                out.append(who)
    return out


def agrees(a: Anaphor, c: Candidate, ctx: Context) -> bool:
    p = a.pronoun
    if p.stands_for == "person":
        if c.cls not in ("person", "unknown") and not c.titled:
            return False
        return not c.plural
    if p.stands_for == "thing":
        if c.cls in ("person", "pair") or c.plural:
            return False
        if c.cls == "thing":  # a text that spoke may be "it said"
            return not stance(a, ctx).wants_actor or _spoke(a, c, ctx)
        return not stance(a, ctx).thing_predicate and not stance(a, ctx).wants_thing
    if c.cls == "person" or (c.cls == "thing" and stance(a, ctx).wants_actor
                             and not _spoke(a, c, ctx)):
        return False
    return c.plural or c.cls in BODY_CLASSES


def _spoke(a: Anaphor, c: Candidate, ctx: Context) -> bool:
    """Is the candidate a text that spoke ("the statement said") and the pronoun the subject of
    a verb of saying ("it added"), the text's own words going on?"""
    return c.speaker and stance(a, ctx).says


def wants_actor(a: Anaphor, ctx: Context) -> bool:
    """Does the pronoun's place say it stands for an actor ("it said", "its territory")?"""
    token = ctx.doc[a.head]
    if a.possessive:
        owned = token.head
        return owned.lemma_.lower() in ctx.lexicon.actor_possessions or \
            owned.lower_ in ctx.lexicon.actor_possessions
    if token.dep_ in lay.SUBJECTS:
        return token.head.lemma_ in ctx.lexicon.agent_verbs
    return False


def wants_thing(a: Anaphor, ctx: Context) -> bool:
    """Does a possessive own what only a vessel or an aircraft has ("its crew", "its cargo";
    words.yaml `thing_possessions`), so that it stands for a thing, never an actor?"""
    if not a.possessive:
        return False
    owned = ctx.doc[a.head].head  # "its crew", and "its 25 crew members"
    words = [owned] + [t for t in owned.children if t.dep_ == "compound"]
    return any(t.lemma_.lower() in ctx.lexicon.thing_possessions
               or t.lower_ in ctx.lexicon.thing_possessions for t in words)


def subject_keys(a: Anaphor, ctx: Context, cands: list[Candidate]) -> frozenset | None:
    """The actor keys of the subject an object or reflexive pronoun is bound by (its own verb's
    subject), or None where binding says nothing."""
    if a.pronoun is None or a.possessive:
        return None
    token = ctx.doc[a.head]
    if a.pronoun.form != "reflexive" and token.dep_ not in OBJECT_DEPS:
        return None
    subject = lay.subject_of(lay.clause_verb(token))
    if subject is None:
        return None
    return frozenset(o.key for o in cands if o.start <= subject.i < o.end)


def bound(a: Anaphor, c: Candidate, ctx: Context, keys: frozenset | None) -> bool:
    """Can the pronoun not be the candidate for syntax alone? An object pronoun is not the
    subject of its own verb, nor anything that names the same actor ("Trump ambushed
    Ramaphosa by playing [him]"); a reflexive is that subject and nothing else."""
    if keys is None:
        return False
    if a.pronoun.form == "reflexive":
        return c.key not in keys and c.sentence == ctx.sentence(a)
    return c.key in keys


def score(a: Anaphor, c: Candidate, ctx: Context) -> float:
    distance = ctx.sentence(a) - c.sentence
    s = -1.0 * max(distance, 0)
    if distance == 0:
        s -= 0.02 * abs(a.head - c.head)
    s += ROLE_WEIGHT[c.role] - (0.4 if c.part else 0.0)
    if ctx.where.paragraph[a.head] != c.paragraph:
        s -= 0.5
    st = stance(a, ctx)
    mine = st.role
    if mine == c.role and mine in ("subj", "obj"):  # parallel roles
        s += 0.4
    says = st.says
    if says and c.speaker:  # "he said" names the last speaker
        s += 0.8
    if says and reported(a, c, ctx):  # "Blinken can keep the focus, [he] said": not Blinken
        s -= 1.5
    if distance == 0:
        s += embeds(a, c, ctx)
    if ctx.where.quoted[c.head] and not ctx.where.quoted[a.head]:
        s -= 0.7
    if a.pronoun is not None and a.pronoun.number == "pl" and not c.plural \
            and c.cls in ("state", "org", "igo", "company"):
        s -= 1.5
    if c.cls == "thing":
        s -= 0.3
    return s + 0.15 * min(3, ctx.seen.before(c.key, a.start))


def reported(a: Anaphor, c: Candidate, ctx: Context) -> bool:
    """Does the candidate stand inside what the anaphor's verb (of saying) reports?"""
    inside = stance(a, ctx).reported
    at = bisect.bisect_left(inside, c.start)
    return at < len(inside) and inside[at] < c.end


def predicates_thing(token, ctx: Context) -> bool:
    """"it was a positive step", "it's a very sad thing": an "it" whose predicate is a
    common noun that no actor is called ("a key ally" is an actor's) stands for a thing."""
    verb = token.head
    return token.lower_ == "it" and token.dep_ == "nsubj" and verb.lemma_ == "be" and any(
        c.dep_ == "attr" and c.pos_ == "NOUN" and c.lower_ not in ctx.lexicon.actor_possessions
        and c.lower_ not in ctx.lexicon.descriptions for c in verb.children)


def stands_for(c: Candidate, token, ctx: Context) -> bool:
    """Does the candidate name the phrase a token heads: it covers the token, or is the
    demonym or name before a noun no mention covers ("calling on [the Lebanese] state", "the
    [Israeli] side")?"""
    if c.start <= token.i < c.end:
        return True
    head = ctx.doc[c.head]
    return head.head.i == token.i and head.dep_ in ("amod", "compound") and c.cls == "state" \
        and token.pos_ in ("NOUN", "PROPN")


def embeds(a: Anaphor, c: Candidate, ctx: Context) -> float:
    """How strongly the candidate is who does what a verb above the anaphor says ("Trump said
    [he]", "Russia said [it] downed", "accused Israel of procrastinating in [its] withdrawal"):
    the nearest such verb most."""
    for n, who in enumerate(stance(a, ctx).controllers):
        if stands_for(c, who, ctx):
            return 1.5 if n == 0 else 0.6
    return 0.0


def cataphor(a: Anaphor, cands: list[Candidate], ctx: Context) -> tuple[Candidate, ...] | None:
    """"In his speech, PM Shehbaz said", "After his meeting with Aoun, Guterres ...", "His
    Highness Sheikh Mohamed": a possessive in a phrase before a clause's subject stands for
    that subject (for no actor where the subject is a name the actors stage does not know:
    "Despite its calls for protests, GenZ 212 said"); one before an honorific, for the name after
    it. So does the subject of a clause before the main one ("As they entered the city, M23
    fighters were cheered"), where the main subject is a name that agrees. None: no cataphora,
    look back."""
    token = ctx.doc[a.head]
    if a.possessive and token.head.lower_ in ctx.lexicon.honorifics:
        found = next((c for c in cands if c.start > a.head and c.start <= token.head.i + 1
                      and c.cls == "person"), None)
        return (found,) if found is not None else None
    here = ctx.sentence(a)
    if any(c.end <= a.start and c.sentence == here and c.cls != "thing" and agrees(a, c, ctx)
           for c in _up_to(cands, a)):
        return None  # "Trump said his ..."; a pronoun points back where it can
    if not a.possessive:
        return _fronted_subject(a, token, cands, ctx)
    node, first = token, True
    while node.head.i != node.i:
        node = node.head
        subject = next((s for s in node.children if s.dep_ in lay.SUBJECTS), None)
        if node.pos_ in ("VERB", "AUX") and node.i > a.head and subject is not None \
                and subject.i > a.head and a.head not in (t.i for t in subject.subtree):
            found = next((c for c in cands if c.start <= subject.i < c.end and not c.part
                          and agrees(a, c, ctx)), None)
            if found is not None:
                return (found,)
            return () if first and _unknown_name(subject, cands) else None
        first = first and node.pos_ not in ("VERB", "AUX")
    return None


def _unknown_name(subject: Token, cands: list[Candidate]) -> bool:
    """Is a subject a name that no candidate covers (the actors stage knows no such actor), so
    that a possessive pointing forward to it stands for nothing? A people ("the Kurds") or a
    place is left to the look back."""
    if any(c.start <= subject.i < c.end and _known(c) for c in cands) \
            or subject.pos_ == "PRON" or subject.ent_type_ in ("NORP", "GPE", "LOC"):
        return False
    return subject.pos_ == "PROPN" or subject.text[:1].isupper() \
        or subject.ent_type_ in ("ORG", "PERSON")


def _known(c: Candidate) -> bool:
    """Does the knowledge base know the candidate's actor (an id or a state)?"""
    return bool(c.actor and (c.actor.get("id") or c.actor.get("country")))


def _fronted_subject(a: Anaphor, token: Token, cands: list[Candidate],
                     ctx: Context) -> tuple[Candidate, ...] | None:
    """The named subject of the main clause, for the active subject of an adverbial clause
    before it ("Although it signalled restraint, Beijing has ..."; not "Although they have been
    cast as voluntary, officials believe")."""
    verb = token.head
    if token.dep_ != "nsubj" or verb.dep_ != "advcl" or verb.head.i < verb.i \
            or verb.lemma_ in NO_AGENT:  # "When it became clear", "if they did not": no one
        return None
    main = verb.head
    subject = next((s for s in main.children if s.dep_ in lay.SUBJECTS), None)
    if subject is None or subject.i <= max(t.i for t in verb.subtree) or subject.pos_ == "PRON":
        return None
    found = next((c for c in cands if c.start <= subject.i < c.end and not c.part
                  and c.cls != "thing" and agrees(a, c, ctx)), None)
    return (found,) if found is not None else None


# verbs whose subject before the main clause says too little to be its subject's: a copula,
# an event's ("if it happened"), a stand-in for a verb said before ("if they did not")
NO_AGENT = frozenset(("be", "become", "seem", "appear", "remain", "get", "happen", "occur",
                      "do"))
JUDGED_PREPS = frozenset(("for", "over", "of"))


def judged(a: Anaphor, cands: list[Candidate], ctx: Context) -> Candidate | None:
    """"condemned Turkey for [its] drilling", "thanked Qatar for [its] role", "accusing Israel of
    genocidal acts in [its] offensive": a possessive in the for/over/of phrase of a verb of
    judging (words.yaml) is the judged object's, where that object agrees."""
    if not a.possessive:
        return None
    node = ctx.doc[a.head].head
    while node.dep_ == "pobj" and node.head.dep_ == "prep":
        prep, above = node.head, node.head.head
        if above.pos_ in ("VERB", "AUX"):
            if above.lemma_ not in ctx.lexicon.judging_verbs or prep.lower_ not in JUDGED_PREPS:
                return None
            judged_ = next((c for c in above.children if c.dep_ == "dobj"), None)
            return next((c for c in cands if judged_ is not None and stands_for(c, judged_, ctx)
                         and c.end <= a.start and not c.part and agrees(a, c, ctx)), None)
        node = above
    return None


def plausible(a: Anaphor, before: list[Candidate], ctx: Context,
              cands: list[Candidate]) -> list[Candidate]:
    """What the verb around a pronoun rules out, where something else is left: the subject of a
    verb of force or of censure for a possessive in its object ("the army said it was
    dismantling [its] infrastructure", "criticised for not condemning [its] invasion"), and a
    crowd ("civilians", "families") for the subject of a verb of force ("[they] had
    attacked")."""
    token = ctx.doc[a.head]
    hostile = ctx.lexicon.hostile_verbs
    kept = before
    if a.possessive:
        verb = _struck_by(token.head)
        aimed = hostile | ctx.lexicon.censure_verbs  # "not condemning [its] invasion"
        subject = lay.subject_of(verb) if verb is not None and verb.lemma_ in aimed else None
        if subject is not None:  # the subject's side: its actor, its owner, its state
            words = {t.i for t in subject.subtree}
            sides = {_side(c) for c in cands if words & set(range(c.start, c.end))}
            kept = [c for c in kept if _side(c) not in sides]
    elif token.dep_ == "nsubj" and lay.clause_verb(token).lemma_ in hostile:
        kept = [c for c in kept if (c.actor or {}).get("sector") not in PEOPLE]
    return kept or before


def _side(c: Candidate) -> tuple:
    """A state and its organs are one side ("Russia" and "its forces"); others are themselves."""
    actor = c.actor or {}
    return (actor["country"],) if actor.get("kind") == "state" and actor.get("country") \
        else c.key


def _struck_by(noun):
    """The verb whose direct object a noun is, or heads ("destroyed three of [its] tanks")."""
    while noun.dep_ == "pobj" and noun.head.dep_ == "prep" \
            and noun.head.head.pos_ not in ("VERB", "AUX"):
        noun = noun.head.head
    return noun.head if noun.dep_ == "dobj" else None


def _holds(ctx: Context, c: Candidate, a: Anaphor) -> bool:
    """Is the anaphor inside a thing's own phrase ("the UAE's commitment to enhancing [its]
    partnership" is not the commitment's)? A relative clause is no part of it here: "Aoun,
    who was head of the army until parliament elected [him]" is Aoun."""
    return c.cls == "thing" and c.head in stance(a, ctx).above


def _quoting(a: Anaphor, cands: list[Candidate], ctx: Context) -> set:
    """The actors who speak the quotation an anaphor stands in ("Braysmith said, 'I think
    [his] photography ...'"): a speaker says "I" of himself, so the pronoun is someone else."""
    if not ctx.where.quoted[a.head]:
        return set()
    here = ctx.sentence(a)
    return {c.key for c in cands if c.speaker and c.sentence == here
            and not ctx.where.quoted[c.head]}


def pronoun(a: Anaphor, cands: list[Candidate], ctx: Context) -> Choice | None:
    if a.expletive:
        return Choice((), "expletive")
    forward = cataphor(a, cands, ctx)
    if forward is not None:
        return Choice(forward, "cataphora")
    object_ = judged(a, cands, ctx)
    if object_ is not None:
        return Choice((object_,), "judged")
    here = ctx.sentence(a)
    near = [c for c in _up_to(cands, a) if c.end <= a.start and here - c.sentence <= FAR]
    speakers = _quoting(a, near, ctx)
    keys = subject_keys(a, ctx, cands)
    before = [c for c in near if agrees(a, c, ctx) and not bound(a, c, ctx, keys)
              and not _holds(ctx, c, a) and c.key not in speakers]
    before = plausible(a, before, ctx, cands)
    if not before:
        return None
    pool, rule = nearest(a, before, ctx)
    if ctx.ranker is not None:  # the learned ranker weighs what `score` weighs by hand
        return ctx.ranker.pronoun(a, pool, ctx)
    return salient(a, pool, ctx, rule)


def _up_to(cands: list[Candidate], a: Anaphor) -> list[Candidate]:
    """The candidates (kept in text order by the resolver) that start at or before the anaphor:
    all that can end before it, found by bisection instead of a scan of the whole story for
    each pronoun."""
    return cands[:bisect.bisect_right(cands, a.start, key=_start)]


def _start(c: Candidate) -> int:
    return c.start


def nearest(a: Anaphor, before: list[Candidate], ctx: Context) -> tuple[list[Candidate], str]:
    """The candidates a choice weighs: those in the nearest three sentences ("salience"), else
    all eight ("far"); one called by the other gender's pronoun before only where no one else
    fits (that call may have been wrong)."""
    here = ctx.sentence(a)
    gender = a.pronoun.gender
    before = [c for c in before if ctx.gender.get(c.key, gender) == gender] or before
    near = [c for c in before if here - c.sentence <= WINDOW]
    return (near, "salience") if near else (before, "far")


def salient(a: Anaphor, pool: list[Candidate], ctx: Context, rule: str = "salience") -> Choice:
    """The hand-set choice among a pool: the highest `score`, the later on a tie."""
    best = max(pool, key=lambda c: (score(a, c, ctx), c.start))
    return Choice(best.members or (best,), rule)
