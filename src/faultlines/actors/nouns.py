"""Actors named by a common noun: "the police", "a court in Lyon", "Iran's foreign minister",
"protesters", "the Obama administration".

News names most state organs and groups without a proper name; an event can only link them
if they are mentions. A noun phrase is one when its head noun is a sector word (sectors.tsv)
and no name already covers that head. Its actor comes from the evidence nearest to it
(owners.py), in this order:
1. a known body, group or agency the phrase's members belong to ("Taliban militants",
   "officers from the NYPD"), or a listed person it speaks for ("a spokesman for Macron");
2. a state named inside the phrase ("the Japanese police"; not a backer: "US-backed forces"),
   or the state of a listed person who owns it ("Obama administration");
3. "in/of/from X" on the head ("police in Japan", "the army of Mali"), X a state, a region
   ("a court in Bavaria": a body of the region) or a large city ("police in Lagos"); "in" and
   "at" count for state organs and for the people of a place ("protesters in Kabul", "workers
   at a mine in Peru", "journalists in Gaza": owners.RESIDENTS), not for aid groups, refugees,
   people held there ("hostages in Gaza") or anyone called foreign ("foreign troops");
4. the state a possessive pronoun stands for ("Norway said its officials ...");
5. for a state organ (GOV, MIL, COP, JUD, LEG, SPY), the one state its sentence names, else
   its paragraph's, else the story's (its dateline's, or the state it names clearly most:
   `Context.organ_state`, actors/story.py): "the army" in a story about Mali is Mali's;
6. for the people of a place, the one state their sentence names as a place or a people, else
   the story's where nothing near them names another (`Context.people_state`): "police fired
   on protesters" in a story from Nairobi are Kenya's police and Kenya's people.
Where two states compete the phrase keeps no state; envoys, foreign ministers, lawyers,
"countries" and anyone called foreign are never placed by the story.
A phrase with no state is still a mention (country None), so that events can link it where
the other side is placed. A phrase over the officials of several states ("officials from both
Chile and Peru") is none: the events stage reads each state from it.
"""

from __future__ import annotations

import numpy
from spacy.attrs import LEMMA, LOWER
from spacy.tokens import Doc, Span, Token

from faultlines.actors import actor as make
from faultlines.actors import phrases, sides, things
from faultlines.actors.chains import hits, word_hashes
from faultlines.actors.context import Context
from faultlines.actors.owners import (ABROAD, PROFESSIONS, RESIDENTS, STATES, for_person, foreign,
                                      held, local, own_state, owner_body, owner_place,
                                      state_organ)
from faultlines.identity import STATE_ORGANS

# Modifiers that belong to the noun phrase of an actor ("the three Japanese police officers").
PHRASE_DEPS = frozenset(("det", "amod", "compound", "nummod", "poss", "nmod", "quantmod",
                         "npadvmod", "case", "punct"))

# Prepositions of place the parser sometimes takes for a modifier of the noun after them
# ("gathered [outside] parliament"); "at least", "around 20,000" count people, so are not here.
_WHERE_WORDS = frozenset(("outside", "inside", "behind", "beyond", "across"))


def head_words(sectors: dict[str, str]) -> frozenset[str]:
    """The nouns that can head an actor's phrase: the last words of the sector phrases, and
    the first of an "X of Y" phrase ("[chief] of staff", "[head] of state")."""
    return frozenset(phrase.split()[-1] for phrase in sectors) | frozenset(_of_phrases(sectors))


def _of_phrases(sectors: dict[str, str]) -> dict[str, frozenset[str]]:
    """"chief" → {"staff"}: the "X of Y" sector phrases by their head X."""
    out: dict[str, set[str]] = {}
    for phrase in sectors:
        head, of, rest = phrase.partition(" of ")
        if of and " " not in head and " " not in rest:
            out.setdefault(head, set()).add(rest)
    return {head: frozenset(rest) for head, rest in out.items()}


def _of_end(head: Token, ctx: Context) -> int:
    """The end of "chief [of staff]" after its head X, or the head's own end: the sector
    phrase "X of Y" is the actor's noun ("the chief of staff of the army")."""
    doc, i = head.doc, head.i
    if i + 2 < len(doc) and doc[i + 1].lower_ == "of" and doc[i + 1].head.i == i:
        rest = _lists(ctx)[2].get(head.lower_, _lists(ctx)[2].get(head.lemma_.lower(), ()))
        y = doc[i + 2]
        if y.head.i == i + 1 and (y.lower_ in rest or y.lemma_.lower() in rest):
            return i + 3
    return i + 1


def sector_heads(doc: Doc, words: frozenset[str]) -> list[int]:
    """Tokens whose form or lemma is the last word of a sector phrase (numpy over word ids)."""
    hashes = word_hashes(words)
    arr = doc.to_array([LOWER, LEMMA]).astype("uint64")
    hit = hits(arr[:, 0], hashes) | hits(arr[:, 1], hashes)
    return numpy.flatnonzero(hit).tolist()


def noun_phrases(doc: Doc, ctx: Context, taken: list[tuple[int, int]]) -> list[Span]:
    """The noun phrases headed by a sector noun that no other candidate covers at its head.

    taken: (start, end) of the spans already proposed (names, titles, pronouns); a phrase may
    hold such a span whole ("[Iran]'s foreign minister") but never cuts across one.
    """
    covered = {i for start, end in taken for i in range(start, end)}
    out = []
    for i in sector_heads(doc, _heads(ctx)):
        head = doc[i]
        if i in covered or head.pos_ not in ("NOUN", "PROPN") or not _is_head(head):
            continue
        if phrases.is_place(head):
            continue
        start = _left(head)
        for s, e in sorted(taken):
            if s < start < e:
                start = e
        if start < i and doc[start].lower_ in _WHERE_WORDS:
            continue  # "gathered [outside] parliament" parsed as a modifier: a place
        end = _of_end(head, ctx)
        if start == i and end == i + 1 and head.tag_ == "NN":
            continue  # a bare singular noun is a notion, not a body: "face justice"
        if head.lower_ in ctx.kb.amounts and (head.dep_ in ("quantmod", "nummod") or (
                i + 1 < len(doc) and doc[i + 1].lower_ == "of")):
            continue  # "hundreds of millions of dollars": a count of what follows, no people
        if start <= i and _sector_of(doc[start:end], ctx):
            out.append(doc[start:end])
    return out


_HEADS: dict[int, tuple[frozenset[str], frozenset[str], dict[str, frozenset[str]]]] = {}


def _lists(ctx: Context) -> tuple[frozenset[str], frozenset[str], dict[str, frozenset[str]]]:
    """(head words, all words, "X of Y" phrases) of the KB's sector phrases, once per KB."""
    key = id(ctx.kb.sectors)
    if key not in _HEADS:
        _HEADS[key] = (head_words(ctx.kb.sectors) | ctx.kb.collectives,
                       frozenset(w for phrase in ctx.kb.sectors for w in phrase.split()),
                       _of_phrases(ctx.kb.sectors))
    return _HEADS[key]


def _heads(ctx: Context) -> frozenset[str]:
    return _lists(ctx)[0]


def _words(ctx: Context) -> frozenset[str]:
    return _lists(ctx)[1]


def common_words_of(ctx: Context) -> frozenset[str]:
    """Every word of the KB's sector phrases ("police", "parliament", "minister")."""
    return _words(ctx)


def _is_head(token: Token) -> bool:
    """The rightmost noun of its phrase: "police" in "police chief" is not a head."""
    return not (token.dep_ in ("compound", "amod", "nmod") and token.head.i > token.i)


def _left(head: Token) -> int:
    """The first token of the head's noun phrase (its modifiers to the left)."""
    start = head.i
    for child in head.lefts:
        if child.dep_ in PHRASE_DEPS:
            start = min(start, child.left_edge.i)
    for t in head.doc[start:head.i]:  # "U.S. and [Russian negotiators]": one state each
        if t.dep_ == "cc" or t.text in (",", ";", "/", ":") or phrases.spaced_dash(t):
            start = t.i + 1  # "WASHINGTON - [lawmakers]": a dateline is no modifier
    while start < head.i and head.doc[start].is_punct:
        start += 1
    return start


def _sector_of(span: Span, ctx: Context) -> tuple[str, str] | None:
    """The sector phrase that ends at the phrase's head."""
    words = [t for t in span if not t.is_punct and t.pos_ != "DET" and t.lower_ not in ("'s", "’s")]
    hit = phrases.sector_phrase(words[-4:], ctx.kb.sectors)
    if hit is None or not (hit[0].split()[-1] in (span[-1].lower_, span[-1].lemma_.lower())):
        return _collective(words, ctx)
    return hit


def _collective(words: list[Token], ctx: Context) -> tuple[str, str] | None:
    """"rebel group" → ("rebel group", "REB"): a collective noun (parts.yaml) takes the sector
    of the sector word right before it."""
    if len(words) < 2:
        return None
    head, mod = words[-1], words[-2]
    noun = head.lemma_.lower()
    if noun not in ctx.kb.collectives and head.lower_ not in ctx.kb.collectives:
        return None
    sectors = ctx.kb.sectors
    sector = sectors.get(mod.lower_) or sectors.get(mod.lemma_.lower())
    return (f"{mod.lower_} {noun}", sector) if sector else None


def common_words(ent: Span, ctx: Context) -> bool:
    """Is a person's name the model labelled only common words: a title with its state
    ("Saudi Arabia's [Crown Prince]", "[Estonian MEP]")? Capitals make the model see a name;
    the phrase is a common noun, resolved as one, so its words place it. An organisation's
    name may be all common words ("Canadian Civil Liberties Association") and stays a name."""
    if ent.label_ != "PERSON" or ctx.key_of(ent) \
            or not sector_noun(ent, ctx):
        return False
    words = _words(ctx)
    return all(t.is_punct or t.pos_ in ("DET", "ADP", "PART") or t.i in ctx.kb_tokens
               or t.lower_ in words or t.lemma_.lower() in words for t in ent)


def sector_noun(span: Span, ctx: Context) -> bool:
    """Is the phrase headed by a sector noun ("the government", not "the country")?"""
    return _sector_of(span, ctx) is not None


def places_itself(span: Span, ctx: Context) -> bool:
    """Does the phrase name its own state ("the government of Uganda")?"""
    return own_state(span, ctx, _sector_of(span, ctx)) is not None


def resolve_noun(span: Span, ctx: Context, owner: str | None = None) -> tuple[str, dict] | None:
    """(via, ACTOR) for a sector noun phrase; see the module docstring for the order.

    owner: the state of the actor a possessive pronoun in the phrase stands for ("Germany
        pledged to try [its] foreign fighters"), which comes before the story's state.
    """
    body = owner_body(span, ctx)
    if body is not None:
        return body
    speaks_for = for_person(span, ctx)
    if speaks_for is not None:
        return speaks_for or None
    if len(ctx.owning_states(owner_place(span[-1]))) > 1:
        return None  # "officials from both Azerbaijan and Armenia": several actors, not one
    hit = _sector_of(span, ctx)
    phrase, sector = hit or (span[-1].lower_, None)
    iso3, region = own_state(span, ctx, hit) or (owner, None)
    if iso3 is None and held(phrase) and things.handed_over(span[-1], ctx.kb):
        return None  # "agreed to release prisoners": what is handed over, no party to it
    if iso3 is None:
        iso3 = _story_state(span, ctx, phrase, sector)
    if iso3 is not None and iso3 in ctx.kb.countries:
        country = ctx.kb.countries[iso3]
        if (region or local(span, ctx)) and sector in STATE_ORGANS:  # "its local governments"
            name = f"{region} {phrase}" if region else _bare(span)
            return "sector", make.regional(country, span.text, sector, name)
        against = sides.opposed_sector(span, sector, ctx)
        if against:  # "rebel forces", "anti-Assad fighters": the state's opposition
            return "sector", make.opposition(country, span.text, against, _bare(span))
        return "sector", make.organ(country, span.text, sector, phrase)
    sector = sides.opposed_sector(span, sector, ctx) or sector  # "Kurdish forces": REB
    return "sector", make.actor(span.text, _bare(span), None, None, sector,
                                _kind(span, sector))


def _story_state(span: Span, ctx: Context, phrase: str, sector: str | None) -> str | None:
    """The state the story gives a phrase whose words place it nowhere (steps 5-6 of the
    module docstring; actors/story.py)."""
    if phrase in ABROAD | PROFESSIONS | STATES or foreign(span, phrase):
        return None
    if sector in sides.ARMED and any(t.lower_ in ctx.kb.peoples for t in span):
        return None  # "Kurdish forces": a people's force is no organ of the story's state
    if sector in STATE_ORGANS and state_organ(span, ctx, _words(ctx)):
        return ctx.organ_state(span[-1], sides.opposed_sector(span, sector, ctx) is not None)
    if sector in RESIDENTS and not held(phrase):
        return ctx.people_state(span[-1])
    return None


def _kind(span: Span, sector: str | None) -> str:
    """An unplaced phrase's kind: rebels are an armed group, one civilian ("a two-year-old
    boy", "a woman") a person, any other body or crowd an organization."""
    if sector == "REB":
        return "armed_group"
    if sector in RESIDENTS and span[-1].tag_ == "NN":
        return "person"
    return "organization"


def _bare(span: Span) -> str:
    """The phrase without its determiner, number, age or possessive: "the Punjab government"
    → "Punjab government", "20 protesters" → "protesters", "a two-year-old boy" → "boy"."""
    ages = [t.i for t in span[:-1] if t.lower_ == "old" and t.i - span.start >= 2
            and t.nbor(-1).text == "-" and t.nbor(-2).lower_ in ("year", "years")]
    start = ages[-1] + 1 if ages else span.start
    words = [t for t in span.doc[start:span.end] if t.pos_ not in ("DET", "NUM", "PUNCT")
             and t.dep_ != "case" and not (t.dep_ == "poss" and t.pos_ == "PRON")]
    return span.doc[words[0].i:span.end].text if words else span.text
