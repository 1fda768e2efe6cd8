"""Descriptions ("the group", "the ministry", "the premier", "the two countries"): the antecedent
each wants (words.yaml), chosen by salience among the candidates before it.

A description reaches further back than a pronoun (a story calls its armed group "the group"
paragraphs after naming it), so distance and role cost less and how often the story names the
candidate counts more; a candidate of exactly the wanted kind
("the army" after "the Lebanese army") comes first. "the country" and its kin fall back to the
state the story names most when nothing before fits.
"""

from __future__ import annotations

from collections import Counter

from faultlines import words
from faultlines.coref import layout as lay
from faultlines.coref import speakers
from faultlines.coref.anaphors import Anaphor
from faultlines.coref.candidates import PEOPLE, Candidate
from faultlines.coref.choose import ROLE_WEIGHT, Choice, Context
from faultlines.identity import STATE_ORGANS
from faultlines.nlp.parse import other_party

# the links below a clause: a description inside one is no object of the clause above it
CLAUSES = frozenset(("ccomp", "xcomp", "advcl", "relcl", "acl", "conj", "csubj", "parataxis",
                     "pcomp"))
SHARING = frozenset(("xcomp", "conj"))  # clause links whose verb may share its subject
PAIR_WINDOW = 3  # sentences back a pair joined by "and" answers "the two countries"
SENTENCE_PAIR = 1  # and two actors named in one sentence, this one or the one before
LIST_WINDOW = 8  # sentences back a list of as many as it counts answers "the four sides"
LIST_GLUE = frozenset((",", "and", "the"))  # what stands between the members of a list
SCENES = words.load().locative.scene  # "talks in Turkiye": the scene, no side (words/classes.yaml)
# verbs whose subject reports what two sides did, beside coref/words.yaml's verbs of saying
REPORTING = frozenset(("report", "announce", "confirm", "quote"))
OTHERS_WORDS = frozenset(("regime",))  # what a speaker calls another state, not its own


def salience(a: Anaphor, c: Candidate, ctx: Context) -> float:
    distance = max(ctx.sentence(a) - c.sentence, 0)
    s = -0.5 * distance + 0.5 * ROLE_WEIGHT[c.role] - (0.4 if c.part else 0.0)
    if distance == 0:
        s -= 0.02 * abs(a.head - c.head)
    if ctx.where.paragraph[a.head] != c.paragraph:
        s -= 0.3
    if c.speaker and _speaks(a, ctx):  # "the army said" after "the Thai army said"
        s += 0.8
    # a story's description names its topic: how often it was named counts more than for pronouns
    return s + 0.3 * min(4, ctx.seen.before(c.key, a.start))


def _speaks(a: Anaphor, ctx: Context) -> bool:
    token = ctx.doc[a.head]
    return lay.role(token) == "subj" and lay.clause_verb(token).lemma_ in ctx.lexicon.speech_verbs


def _best(a: Anaphor, pool: list[Candidate], ctx: Context, bonus=lambda c: 0.0):
    if not pool:
        return None
    return max(pool, key=lambda c: (salience(a, c, ctx) + bonus(c), c.start))


def country(c: Candidate) -> str | None:
    return (c.actor or {}).get("country")


def _words(c: Candidate) -> str:
    actor = c.actor or {}
    return " ".join(actor.get(k) or "" for k in ("name", "text", "role")).casefold()


def _owns(c: Candidate, word: str, ctx: Context) -> bool:
    """Is the candidate the owner or modifier of a noun that is the word ("the [PKK] executive
    committee", "[Israel]'s defence ministry", "a [Saudi]-led coalition"): "the committee" is
    then the PKK's, "the coalition" the one Saudi Arabia leads?"""
    token = ctx.doc[c.head]
    if token.head.lemma_ == "lead" and token.head.dep_ == "amod":  # "a [Saudi]-led coalition"
        token = token.head
    return token.dep_ in ("compound", "poss", "amod", "nmod", "npadvmod") \
        and token.head.lower_ == word


def describe(a: Anaphor, cands: list[Candidate], ctx: Context,
             country_here: str | None = None) -> Choice | None:
    """The antecedent(s) of a description, or None where nothing before it fits."""
    d = a.description
    bound = [c for c in cands if c.end <= a.start and _clause_subject(a, c, ctx)]
    before = [c for c in cands if c.end <= a.start and c.cls not in ("thing", "pair")
              and not any(_same(a, c, b) for b in bound)]
    if d.wants == "state":
        speaker = _quoted_state(a, cands, ctx)
        if speaker is not None:
            return Choice((speaker,), "speaker-state")
        pool = [c for c in before if country(c) and not _acted_on(a, c, ctx)]
        story = _story_state([c for c in cands if not _acted_on(a, c, ctx)]) \
            if d.story else None
        if story is not None:  # "the regime": the story's state, where named before it
            own = _best(a, [c for c in pool if country(c) == country(story.antecedents[0])],
                        ctx)
            if own is not None:
                return Choice((own,), "story-state")
        best = _best(a, pool, ctx, lambda c: 0.5 if d.sector and (c.actor or {}).get(
            "sector") == d.sector and c.cls == "state" else 0.0)
        if best is not None:
            return Choice((best,), "state")
        return _story_state([c for c in cands if not _acted_on(a, c, ctx)])
    if d.wants in ("ministry", "named"):
        best = _best(a, [c for c in before if a.word in _words(c) or _owns(c, a.word, ctx)],
                     ctx)
        if best is not None:
            return Choice((best,), d.wants)
        if d.wants == "ministry":
            best = _best(a, [c for c in before if country(c)], ctx)
            return Choice((best,), "ministry-state") if best is not None else None
        return None
    if d.wants == "group":
        pool = [c for c in before if c.cls in ("group", "party", "org")
                and (c.actor or {}).get("sector") not in PEOPLE
                and (c.cls == "group" or (c.actor or {}).get("sector") not in STATE_ORGANS)]
        best = _best(a, pool, ctx, lambda c: 1.0 if c.cls == "group" and d.armed else 0.0)
        return Choice((best,), "group") if best is not None else None
    if d.wants in ("party", "igo", "company"):
        best = _best(a, [c for c in before if c.cls == d.wants], ctx)
        return Choice((best,), d.wants) if best is not None else None
    if d.wants == "person":
        return _person(a, before, ctx, country_here)
    if d.wants == "other_state":
        return _other_state(a, cands, before, ctx)
    return _pair(a, cands, before, ctx)


def _quoted_state(a: Anaphor, cands: list[Candidate], ctx: Context) -> Candidate | None:
    """The speaker of the quotation the description stands in, where one state's voice speaks
    it ("“The government is unable to help,” the Foreign Office said": the speaker's own
    government): a state, its organ or its official, the one subject of a verb of saying
    outside the marks (speakers.py). Not "the regime", which a speaker says of another."""
    q = ctx.where.quote[a.head]
    if q < 0 or a.word in OTHERS_WORDS:
        return None
    span = [i for i, k in enumerate(ctx.where.quote) if k == q]
    head = speakers.cue(ctx.doc, ctx.where, (span[0], span[-1]), ctx.lexicon.speech_verbs)
    found = next((c for c in cands if head is not None and c.start <= head < c.end), None)
    if found is None or not country(found):
        return None
    actor = found.actor or {}
    official = actor.get("kind") == "state" or actor.get("sector") in STATE_ORGANS \
        or actor.get("kind") == "person" and bool(actor.get("role"))
    return found if official else None


def _clause_subject(a: Anaphor, c: Candidate, ctx: Context) -> bool:
    """Is the candidate the subject of the clause the description is an object or adjunct in
    ("[the US] was supporting the country's opposition", "[Hamas] accused the group's
    rivals")? A clause's subject is named again there by a pronoun, not by a description,
    so the two are never one. A clause below ("Russia said the country would ...") is another
    clause, where the description may well be its subject."""
    token = ctx.doc[c.head]
    if token.dep_ != "nsubj":  # not the state in a person's title: "Canada's Carney has never
        return False           # faced the country's electorate" is Canada's
    verb, node = token.head, ctx.doc[a.head]
    while node.i != verb.i:
        if node.dep_ in ("nsubj", "nsubjpass") or node.head.i == node.i:
            return False
        if node.dep_ in CLAUSES and not (node.dep_ in SHARING and node.pos_ in ("VERB", "AUX")
                                         and not any(k.dep_ in ("nsubj", "nsubjpass")
                                                     for k in node.children)):
            return False  # a verb that shares the subject is its clause still: "[the SDF] hold
        node = node.head  # ... and are battling the group's fighters", "plans to withdraw"
    return True


def _same(a: Anaphor, c: Candidate, subject: Candidate) -> bool:
    """Is the candidate the clause's subject, by its actor ("[Wang] held talks during [his]
    visit to the country": "his" is Wang too), or for "the country" by the state the subject is
    or is an organ of ("[the US] was supporting the country's opposition")? A person's own
    country is often "the country" ("Carney has never faced the country's electorate")."""
    if c.key == subject.key:
        return True
    return a.description.wants == "state" and subject.cls == "state" \
        and country(c) is not None and country(c) == country(subject)


def _acted_on(a: Anaphor, c: Candidate, ctx: Context) -> bool:
    """Is the candidate another party of the act the description is the subject of ("[the
    government] accused Pakistan")? The two are never one."""
    return other_party(ctx.doc[c.head], ctx.doc[a.head])


def _person(a: Anaphor, before: list[Candidate], ctx: Context,
            country_here: str | None) -> Choice | None:
    roles = a.description.roles
    pool = [c for c in before if c.cls == "person" or c.titled]
    if a.named_state and country_here:
        pool = [c for c in pool if country(c) == country_here]
    titled = [c for c in pool if any(r in _words(c) for r in roles)] if roles else pool
    best = _best(a, titled, ctx)
    return Choice((best,), "title") if best is not None else None


def _other_state(a: Anaphor, cands: list[Candidate], before: list[Candidate],
                 ctx: Context) -> Choice | None:
    """"Lithuania ... accusing its neighbour": the most salient state before it other than its
    owner's (the owner is a possessive pronoun resolved before it, or a name)."""
    owner = next((c for c in cands if c.start <= a.owner < c.end and c.actor), None)
    if owner is None or not country(owner):
        return None
    pool = [c for c in before if country(c) and country(c) != country(owner)
            and (c.actor or {}).get("kind") in ("state", "person")]
    best = _best(a, pool, ctx, lambda c: 1.0 if c.sentence == ctx.sentence(a) else 0.0)
    return Choice((best,), "other-state") if best is not None else None


def _pair(a: Anaphor, cands: list[Candidate], before: list[Candidate],
          ctx: Context) -> Choice | None:
    """"the two countries", "both sides", "both leaders": the nearest sentence back (within
    three) that names a pair joined by "and" answers it, or, for its own sentence and the one
    before, two actors of the wanted kind ("the United States established relations with
    Azerbaijan, and the two countries ..."); else the two most salient distinct actors of that
    kind. Crowds ("people", "civilians") are no side."""
    wants = a.description.wants
    fits = {"states": lambda c: c.cls == "state" or (c.cls != "person" and country(c)),
            "persons": lambda c: c.cls == "person" or c.titled,
            "sides": lambda c: c.cls != "thing"}[wants]
    # "Thailand and Cambodia ... the two leaders": a pair of sides answers for their leaders
    member = (lambda c: c.cls != "thing") if wants == "persons" else fits
    parties = [c for c in before if fits(c) and (c.actor or {}).get("sector") not in PEOPLE
               and not _place(c, ctx) and not _reporter(a, c, ctx)]
    ranked = sorted(parties, key=lambda c: -salience(a, c, ctx))
    here, n = ctx.sentence(a), a.count
    if n > 2:  # "Iran, Turkey and Russia ... the three nations": a list of that many first
        for back in range(LIST_WINDOW + 1):
            lists = [m for m in _lists(a, cands, here - back, ctx) if len(m) == n
                     and all(member(c) for c in m)]
            if lists:
                return Choice(max(lists, key=lambda m: m[0].start), "list")
    for back in range(PAIR_WINDOW + 1):
        pairs = [c for c in cands if len(c.members) == n == 2 and c.end <= a.start
                 and c.sentence == here - back and all(member(m) for m in c.members)]
        if pairs:
            return Choice(max(pairs, key=lambda c: c.start).members, "pair")
        two = _two(wants, [c for c in ranked if c.sentence == here - back], n)
        if two and back <= SENTENCE_PAIR:
            return Choice(two, "sentence-pair")
    two = _two(wants, ranked, n)
    return Choice(two, "two") if two else None


def _lists(a: Anaphor, cands: list[Candidate], sentence: int,
           ctx: Context) -> list[tuple[Candidate, ...]]:
    """The actors a sentence lists ("Iran, Turkey and Russia"), for descriptions that count
    more than two sides: each run of actor mentions with nothing but commas, "and" and "the"
    between them, whole (a list of seven with five actors in it is no list of five). Read on
    the surface, not the parse, which often hangs a list's members on each other in other
    ways ("Chile, [Peru] , Bolivia": Peru a modifier of Chile)."""
    named = sorted((c for c in cands if c.sentence == sentence and c.end <= a.start
                    and not c.part and not c.members), key=lambda c: c.start)
    out: list[list[Candidate]] = []
    for c in named:
        if out and out[-1][-1].end <= c.start \
                and all(t.lower_ in LIST_GLUE for t in ctx.doc[out[-1][-1].end:c.start]):
            out[-1].append(c)
        else:
            out.append([c])
    return [tuple(run) for run in out
            if len(run) > 1 and all(c.actor for c in run)]


def _place(c: Candidate, ctx: Context) -> bool:
    """Is the candidate a place something happens in ("talks [in Turkiye]", "a deal signed [in
    Washington]") rather than a party to it? A state named as the scene is no side."""
    token = ctx.doc[c.head]
    return token.dep_ == "pobj" and token.head.lower_ in SCENES


def _reporter(a: Anaphor, c: Candidate, ctx: Context) -> bool:
    """Is the candidate the subject of a verb of saying whose reported clause holds the
    description ("[Trump] said the two leaders had agreed", "[state media] reported that both
    sides agreed")? One who reports what two sides did is not, in the same breath, one of them."""
    token = ctx.doc[c.head]
    if token.dep_ == "poss":  # "[Qatar]'s foreign ministry said"
        token = token.head
    verb = token.head
    if token.dep_ != "nsubj" or verb.lemma_ not in ctx.lexicon.speech_verbs | REPORTING:
        return False
    node = ctx.doc[a.head]
    while node.head.i != node.i:
        if node.head.i == verb.i:
            return node.dep_ == "ccomp"  # reached through what is reported, conjuncts included
        node = node.head
    return False


def _two(wants: str, ranked: list[Candidate], n: int = 2) -> tuple[Candidate, ...]:
    """The first two (or n: "the three nations") distinct sides of a ranked list, or () where
    there are fewer: a state and its organs are one side ("DR Congo" and "state authority"),
    for "the two sides" so are its people, and for "the two countries" everything of one
    state."""
    def side(c: Candidate) -> tuple:
        if wants == "states" or c.cls == "state" or wants == "sides" and c.cls == "person" \
                and country(c):  # "Putin" and "the Russian delegation" are one side
            return (country(c),)
        return c.key

    chosen: list[Candidate] = []
    for c in ranked:
        if all(side(o) != side(c) for o in chosen):
            chosen.append(c)
        if len(chosen) == n:
            return tuple(chosen)
    return ()


def _story_state(cands: list[Candidate]) -> Choice | None:
    """The state the story names most, for "the country" with nothing fitting before it."""
    counts = Counter(country(c) for c in cands if c.cls == "state" and country(c))
    if not counts:
        return None
    iso3 = counts.most_common(1)[0][0]
    first = next(c for c in cands if c.cls == "state" and country(c) == iso3)
    return Choice((first,), "story-state")
