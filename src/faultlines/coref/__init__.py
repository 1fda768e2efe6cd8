"""Coreference: each pronoun and description of a story linked to the mention it stands for.

`resolve(doc, mentions)` is a pure function over a parsed Doc and the actor mentions the actors
stage found (`doc._.mentions`, nlp/extensions.py). It finds the anaphors (anaphors.py), builds
the candidates they can point back to (candidates.py: the actor mentions, the names inside them,
pairs joined by "and", and things), and chooses, in text order, by agreement and salience
(choose.py for pronouns, where a ranker learned from GUM weighs the candidates that agree,
rank.py; descriptions.py for "the group", "the two countries", ...). A resolved
anaphor becomes a candidate itself, so "he ... his ... he" make one chain.

A resolved possessive also places the phrase it opens ("Germany said [its troops]": Germany's
troops; owned.py), for the anaphors after it and for the mention view. The coreference stage
(component.py, after the actors stage) writes the links to the mention view (annotate.py) that
every later stage reads; `faultlines eval coref` measures it.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, replace
from typing import Literal

from spacy.tokens import Doc

from faultlines.actors import actor as make
from faultlines.actors import kb
from faultlines.coref import anaphors as find_anaphors
from faultlines.coref import candidates as cand
from faultlines.coref import choose, descriptions, lexicon, listed, owned, rank, speakers
from faultlines.coref import layout as lay
from faultlines.coref.anaphors import Anaphor
from faultlines.coref.candidates import Candidate
from faultlines.coref.choose import Choice, Context


@dataclass(frozen=True)
class Link:
    """One anaphor (token span) and what it stands for: the antecedent mentions (none for a
    thing or an expletive "it", two for "the two countries") and their actors."""

    start: int
    end: int
    head: int
    text: str
    antecedents: tuple[dict, ...]  # {"start", "end", "head", "text"} of each antecedent
    actors: tuple[dict, ...]  # empty: it stands for no actor
    rule: str

    @property
    def antecedent_head(self) -> int | None:
        return self.antecedents[0]["head"] if self.antecedents else None


class Links(list):
    """The links of one Doc in text order, with a lookup by token; `owned` maps the token span
    of each phrase a resolved possessive pronoun owns ("[its troops]") to its new actor
    (owned.py)."""

    def __init__(self, links=()) -> None:
        super().__init__(links)
        self.owned: dict[tuple[int, int], dict] = {}

    def at(self, token: int) -> Link | None:
        """The link whose anaphor covers the token (the innermost one), or None."""
        covering = [link for link in self if link.start <= token < link.end]
        return min(covering, key=lambda k: k.end - k.start) if covering else None


def resolve(doc: Doc, mentions: list[dict], words: lexicon.Lexicon | None = None,
            ranker: choose.Ranker | None | Literal["shipped"] = "shipped") -> Links:
    """Link every pronoun and description of the Doc to its antecedent mentions.

    doc (Doc): a parsed Doc (sentences, dependencies, entities).
    mentions (list[dict]): the actor mentions of nlp/extensions.py, in text order.
    ranker: what chooses among a pronoun's agreeing candidates: the shipped learned ranker
        (rank.py; the rules where no weights ship), another one (training records through
        one), or None for the hand-set salience of the rules.
    RETURNS (Links): one Link per anaphor, including those that stand for nothing (no
        antecedents) and those left undecided (rule "none").
    """
    words = words or lexicon.load()
    if ranker == "shipped":
        ranker = rank.load()
    where = lay.Layout.of(doc)
    found = find_anaphors.find(doc, words)
    heads = {a.head for a in found}
    actors = cand.of_mentions(doc, mentions, where, words, heads)
    taken = {i for c in actors for i in range(c.start, c.end)} | heads
    cands = sorted(actors + cand.things(doc, taken, where, words, actors), key=lambda c: c.start)
    ctx = Context(doc, where, words, choose.Seen(cands), {}, ranker)
    out = Links()
    for a in found:
        choice = _choose(a, cands, ctx, mentions)
        link = _link(doc, a, choice)
        out.append(link)
        if link.actors and (a.possessive or a.description is not None
                            and doc[a.head].dep_ == "poss"):  # "the country's premier"
            _own(doc, a, link, mentions, cands, ctx, out.owned)
        added = []
        if choice is not None and choice.antecedents:
            added = [_chained(doc, a, choice, link, where, words.speech_verbs)]
            if a.pronoun is not None and a.pronoun.gender:  # "she" is no "he" later
                ctx.gender.setdefault(choice.antecedents[0].key, a.pronoun.gender)
        elif a.description is not None:  # what the actors stage made of it stays a candidate
            added = cand.of_mentions(doc, [m for m in mentions if m["head"] == a.head],
                                     where, words, set())
        for c in added:
            bisect.insort(cands, c, key=lambda c: c.start)
            ctx.seen.add(c)
    out.extend(_listed(doc, mentions, words, out))
    out.extend(_quoted_first_person(doc, where, words, mentions, out))
    out.sort(key=lambda link: link.start)
    return out


def _listed(doc: Doc, mentions: list[dict], words: lexicon.Lexicon, links: Links) -> list[Link]:
    """"the leaders of Britain, France and Canada": the plural official linked to every listed
    actor (listed.py), where no anaphor covers it."""
    out = []
    for start, end, head, found in listed.links(doc, mentions, words):
        if links.at(head) is not None:
            continue
        spans = tuple({k: m[k] for k in ("start", "end", "head", "text")} for m in found)
        text = doc[start:end].text
        out.append(Link(start, end, head, text, spans,
                        tuple(m["actor"] | {"text": text} for m in found), "listed"))
    return out


def _quoted_first_person(doc: Doc, where: lay.Layout, words: lexicon.Lexicon,
                         mentions: list[dict], links: Links) -> list[Link]:
    """"“We arrested them,” the AA said": each first-person pronoun of a quotation linked to
    the quotation's speaker (speakers.py), an actor the actors stage or a link made before
    resolved. Made after every third-person choice, which they leave as they were."""
    out = []
    for i, head in speakers.speakers(doc, where, words.speech_verbs).items():
        link = links.at(head)
        if link is not None and link.actors:
            spans, actor = link.antecedents[:1], link.actors[0]
        else:
            found = next((m for m in mentions if m["start"] <= head < m["end"]
                          and m.get("actor")), None)
            if found is None:
                continue
            spans = ({k: found[k] for k in ("start", "end", "head", "text")},)
            actor = found["actor"]
        if speakers.fits(doc[i], actor):
            out.append(Link(i, i + 1, i, doc[i].text, spans, (actor | {"text": doc[i].text},),
                            "speaker"))
    return out


def _own(doc: Doc, a: Anaphor, link: Link, mentions: list[dict], cands: list[Candidate],
         ctx: Context, out: dict[tuple[int, int], dict]) -> None:
    """A resolved possessive's phrase ("its troops") takes its owner's actor, here for the
    anaphors after it and in `out` for the mention view."""
    phrase = owned.phrase_of(doc, a.head, mentions)
    actor = owned.owned_actor(doc, phrase, link.actors[0]) if phrase is not None else None
    if actor is None:
        return
    out[(phrase["start"], phrase["end"])] = actor
    for k, c in enumerate(cands):
        if (c.start, c.end) == (phrase["start"], phrase["end"]) and not c.part:
            cands[k] = replace(c, actor=actor, cls=cand.actor_class(actor))
            ctx.seen.add(cands[k])


def _choose(a: Anaphor, cands: list[Candidate], ctx: Context,
            mentions: list[dict]) -> Choice | None:
    if a.pronoun is not None:
        return choose.pronoun(a, cands, ctx)
    here = next((m["actor"].get("country") for m in mentions  # "the [US] leader"
                 if m["start"] < a.end and a.start < m["end"] and m.get("actor")), None)
    return descriptions.describe(a, cands, ctx, here)


def _link(doc: Doc, a: Anaphor, choice: Choice | None) -> Link:
    text = doc[a.start:a.end].text
    if choice is None:
        return Link(a.start, a.end, a.head, text, (), (), "none")
    spans = tuple({"start": c.start, "end": c.end, "head": c.head,
                   "text": doc[c.start:c.end].text} for c in choice.antecedents)
    actors = tuple(_actor(a, c, text) for c in choice.antecedents if c.actor)
    return Link(a.start, a.end, a.head, text, spans, actors, choice.rule)


def _actor(a: Anaphor, c: Candidate, text: str) -> dict:
    """The actor the anaphor stands for: the antecedent's, or for "the country" and its kin the
    state of the antecedent (its organ where the word names one: "the army")."""
    d = a.description
    iso3 = c.actor.get("country")
    if d is None or d.wants not in ("state", "states", "other_state") or not iso3:
        if d is not None and d.wants == "ministry" and "ministry" not in descriptions._words(c) \
                and iso3:
            return _state(iso3, text, "GOV", "ministry")
        return c.actor | {"text": text}
    return _state(iso3, text, d.sector, a.word if d.sector else None)


def _state(iso3: str, text: str, sector: str | None, organ: str | None) -> dict:
    """A state as the knowledge base names it ("the country"), or its organ ("the army")."""
    known = kb.load().countries.get(iso3)
    if known is None:
        return {"text": text, "name": iso3, "code": iso3, "country": iso3, "sector": "GOV",
                "kind": "state", "role": None, "id": f"country:{iso3}"}
    if organ is None:
        return make.state(known, text)
    return make.organ(known, text, sector or "GOV", organ)


def _chained(doc: Doc, a: Anaphor, choice: Choice, link: Link, where: lay.Layout,
             speech: frozenset[str]) -> Candidate:
    """The resolved anaphor as a candidate for the anaphors after it: the antecedent's actor,
    in the anaphor's own place and number ("the military" after "the soldiers" is one body,
    which a later "its" may name; "they" after "the government" is plural)."""
    first = choice.antecedents[0]
    token = doc[a.head]
    verb = lay.clause_verb(token)
    actor = link.actors[0] if link.actors else first.actor
    if a.pronoun is not None:
        plural = a.pronoun.number == "pl" if first.cls != "person" else False
    else:
        plural = token.tag_ in ("NNS", "NNPS")
    base = replace(first, start=a.start, end=a.end, head=a.head, sentence=where.sentence[a.head],
                   paragraph=where.paragraph[a.head], role=lay.role(token), part=False,
                   speaker=lay.role(token) == "subj" and verb.lemma_ in speech, actor=actor,
                   plural=plural,
                   cls=cand.actor_class(actor) if a.description and actor else first.cls)
    if len(choice.antecedents) > 1:
        return replace(base, members=choice.antecedents, plural=True, cls="pair", actor=None)
    return base

