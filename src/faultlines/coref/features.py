"""What the ranker reads of a pronoun and of each candidate it could stand for.

The cues the rules weigh by hand (choose.score: distance, roles, parallel roles, the speaker of
"he said", the controller of a verb above the pronoun, quotations, how often the story names
the candidate) and a few more that a reader uses (the main clause's subject, the actor the story
names most, the latest speaker, the latest of the candidates, a pronoun chained to the same
pronoun), as named features with values, so that their weights can be learned from annotated
text instead of set by hand. Most are conjoined with the pronoun's kind (`he`, `it`, `they`),
since a person is carried across more sentences than a thing.

`VERSION` names this set of features: weights built for another version are not used (the rules
decide instead), so a change here is a change of VERSION and a rebuild of weights.json.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from faultlines.coref import layout as lay
from faultlines.coref.anaphors import Anaphor
from faultlines.coref.candidates import Candidate
from faultlines.coref.choose import Context, embeds, reported, score

VERSION = 1
KINDS = {"person": "he", "thing": "it", "any": "they"}
BODIES = frozenset(("state", "org", "igo", "company"))

SALIENCE = "salience"  # the hand-set score of choose.py, as one feature (fit.py: not shrunk)

Row = dict[str, float]


@dataclass(frozen=True)
class Facts:
    """What every candidate of one pronoun is compared with, read once."""

    kind: str  # he (he, she and their forms), it, they
    form: str  # subject, object, possessive, reflexive
    role: str
    says: bool  # the subject of a verb of saying: "he said"
    sentence: int
    paragraph: int
    quote: int  # the quotation it stands in, or -1
    gender: str | None
    subject: int | None  # the subject of its own clause, where that is not the pronoun


@dataclass(frozen=True)
class Story:
    """What one pronoun's candidates are compared among: the most any actor was named before
    it, and the latest speaker among them."""

    most_named: int
    last_speaker: tuple | None


def facts(a: Anaphor, ctx: Context) -> Facts:
    token = ctx.doc[a.head]
    verb = lay.clause_verb(token)
    role = lay.role(token)
    subject = lay.subject_of(verb)
    return Facts(kind=KINDS[a.pronoun.stands_for], form=a.pronoun.form, role=role,
                 says=role == "subj" and verb.lemma_ in ctx.lexicon.speech_verbs,
                 sentence=ctx.where.sentence[a.head], paragraph=ctx.where.paragraph[a.head],
                 quote=ctx.where.quote[a.head], gender=a.pronoun.gender,
                 subject=subject.i if subject is not None and subject.i != a.head else None)


def rows(a: Anaphor, pool: list[Candidate], ctx: Context) -> list[Row]:
    """One row of features per candidate of the pool, in the pool's order."""
    f = facts(a, ctx)
    recency = {id(c): r for r, c in enumerate(sorted(pool, key=lambda c: -c.start))}
    speakers = [c for c in pool if c.speaker]
    story = Story(max((ctx.seen.before(c.key, a.start) for c in pool), default=0),
                  max(speakers, key=lambda c: c.start).key if speakers else None)
    return [candidate(f, a, c, ctx, recency[id(c)], story) for c in pool]


def candidate(f: Facts, a: Anaphor, c: Candidate, ctx: Context, recency: int,
              story: Story) -> Row:
    """One candidate's features against the pronoun's facts."""
    k = f.kind
    token = ctx.doc[c.head]
    distance = max(f.sentence - c.sentence, 0)
    named = ctx.seen.before(c.key, a.start)
    row = {SALIENCE: score(a, c, ctx),
           f"cls={c.cls}|{k}": 1.0, f"dist={_bucket(distance)}|{k}": 1.0,
           f"role={c.role}|{k}": 1.0, f"recency={min(recency, 3)}|{k}": 1.0,
           f"seen={min(3, named)}": 1.0, f"plural={int(c.plural)}|{k}": 1.0}
    if f.form == "possessive":
        row[f"cls={c.cls}|{k}|possessive"] = 1.0
    if distance == 0:
        row[f"tokens|{k}"] = math.log1p(abs(a.head - c.head))
    if c.paragraph != f.paragraph:
        row[f"paragraph|{k}"] = 1.0
    if f.role == c.role and f.role in ("subj", "obj"):
        row[f"parallel={f.role}"] = 1.0
    if _main_subject(token):
        row[f"main_subject|{k}"] = 1.0
    if story.most_named > 1 and named == story.most_named:
        row[f"most_named|{k}"] = 1.0
    if story.last_speaker is not None and c.key == story.last_speaker:
        row["last_speaker|says" if f.says else "last_speaker"] = 1.0
    row.update(_kind_of(c, token, a, ctx))
    row.update(_speech(f, a, c, ctx, distance))
    row.update(_quotes(f, c, ctx))
    if f.gender and ctx.gender.get(c.key, f.gender) != f.gender:
        row["gender_clash"] = 1.0
    if k == "they" and not c.plural and c.cls in BODIES:
        row["they|singular_body"] = 1.0
    return row


def _kind_of(c: Candidate, token, a: Anaphor, ctx: Context) -> Row:
    """A name inside a wider mention, a title, a named entity, a pronoun resolved before."""
    k = KINDS[a.pronoun.stands_for]
    row = {}
    if c.part:
        row["part"] = 1.0
    if c.titled:
        row["titled"] = 1.0
    if token.ent_type_:
        row[f"named|{k}"] = 1.0
    if token.pos_ == "PRON":
        row[f"pronoun|{k}"] = 1.0
        if ctx.lexicon.pronouns.get(token.lower_) == a.pronoun:
            row["same_pronoun"] = 1.0
    return row


def _speech(f: Facts, a: Anaphor, c: Candidate, ctx: Context, distance: int) -> Row:
    """"He said" and the speaker; who does what a verb above the pronoun says."""
    row = {}
    if f.says and c.speaker:
        row["says|speaker"] = 1.0
    if f.says and reported(a, c, ctx):
        row["says|reported"] = 1.0
    if distance == 0:
        control = embeds(a, c, ctx)
        if control:
            row["controls|near" if control > 1 else "controls|far"] = 1.0
        if f.subject is not None and c.start <= f.subject < c.end:
            row[f"own_subject|{f.form}"] = 1.0
    return row


def _main_subject(token) -> bool:
    """The subject of its sentence's main verb (a conjunct as the word it is joined to)."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token.dep_ in lay.SUBJECTS and token.head.dep_ == "ROOT"


def _bucket(distance: int) -> str:
    return str(distance) if distance <= 3 else ("4-5" if distance <= 5 else "6+")


def _quotes(f: Facts, c: Candidate, ctx: Context) -> Row:
    """Inside one quotation, across its edge, or in another."""
    mine = ctx.where.quote[c.head]
    if mine < 0 and f.quote < 0:
        return {}
    if mine == f.quote:
        return {"quote|same": 1.0}
    if f.quote < 0:
        return {"quote|candidate_inside": 1.0}
    return {"quote|pronoun_inside": 1.0} if mine < 0 else {"quote|another": 1.0}
