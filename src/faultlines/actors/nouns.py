"""Actors named by a common noun: "the police", "a court in Lyon", "Iran's foreign minister",
"protesters", "the Obama administration".

News names most state organs and groups without a proper name; an event can only link them
if they are mentions. A noun phrase is one when its head noun is a sector word (sectors.tsv)
and no name already covers that head. Its state comes from the evidence nearest to it, in
this order:
1. a state named inside the phrase ("the Japanese police", "US wildlife authorities");
2. a known person or body that owns it ("Obama administration", "Putin's spokesman");
3. "in/of/from X" on the head ("police in Japan", "the army of Mali"; X a state, capital,
   seat or US state);
4. for a state organ only (GOV, MIL, COP, JUD, LEG, SPY), the one state its paragraph names,
   or else the one state the whole story names (`dominant_state`): "the army" in a story
   about Mali is Mali's. Where two states compete the phrase keeps no state: a wrong state
   is worse than none.
A phrase with no state is still a mention (country None), so that events can link it where
the other side is placed.
"""

from __future__ import annotations

import numpy
from spacy.attrs import LEMMA, LOWER
from spacy.tokens import Doc, Span, Token

from faultlines.actors import actor as make
from faultlines.actors import phrases
from faultlines.actors.context import Context

# Sectors whose nouns are organs of a state: "the army" without a state is the story's state's.
STATE_SECTORS = frozenset(("GOV", "MIL", "COP", "JUD", "LEG", "SPY"))
# Titles whose holders act for their state abroad: "the envoy" or "the foreign minister" in a
# story about Kenya is as likely another state's, come to deal with Kenya, so the story's state
# never places them.
ABROAD = frozenset(("envoy", "special envoy", "ambassador", "diplomat", "embassy", "consul",
                    "consulate", "chargé d'affaires", "negotiator", "delegation",
                    "foreign minister", "foreign secretary", "secretary of state"))
# Professions with a state sector that serve private clients as often as the state.
PROFESSIONS = frozenset(("lawyer", "attorney", "defence lawyer", "defense lawyer"))
# Words that make a state organ a local one: "the Sao Paulo state government", "its local
# governments", "the city council" are not the state's government.
LOCAL = frozenset(("provincial", "province", "regional", "municipal", "city", "county", "local",
                   "district", "town", "village", "tribal"))


def local(span: Span, ctx: Context) -> bool:
    """Is the phrase a local body? A LOCAL word modifies it, or "state" follows a place that
    is no state ("the Kaduna State Government", "the Sao Paulo state government"; "Russian
    state media" is national)."""
    for t in span[:-1]:
        if t.lower_ in LOCAL:
            return True
        if t.lower_ == "state" and t.i > span.start and t.nbor(-1).pos_ == "PROPN" \
                and not ctx.state_named([t.nbor(-1)]):
            return True
    return False
# Modifiers that belong to the noun phrase of an actor ("the three Japanese police officers").
PHRASE_DEPS = frozenset(("det", "amod", "compound", "nummod", "poss", "nmod", "quantmod",
                         "npadvmod", "case", "punct"))
# "of", "from": the head's owner ("the army of Mali"); "in": where it serves ("police in Japan").
OWNER_PREPS = frozenset(("in", "of", "from", "for"))
# "officials of/from/at a body": its members.
MEMBER_PREPS = frozenset(("of", "from", "at", "with"))


def head_words(sectors: dict[str, str]) -> frozenset[str]:
    """The last words of the sector phrases: the nouns that can head an actor's phrase."""
    return frozenset(phrase.split()[-1] for phrase in sectors)


_HASHES: dict[tuple[int, frozenset[str]], numpy.ndarray] = {}


def sector_heads(doc: Doc, words: frozenset[str]) -> list[int]:
    """Tokens whose form or lemma is the last word of a sector phrase (numpy over word ids;
    the ids of the words are computed once per vocabulary)."""
    strings = doc.vocab.strings
    key = (id(strings), words)
    if key not in _HASHES:
        _HASHES[key] = numpy.array([strings.add(w) for w in words], dtype="uint64")
    hashes = _HASHES[key]
    arr = doc.to_array([LOWER, LEMMA]).astype("uint64")
    hit = numpy.isin(arr[:, 0], hashes) | numpy.isin(arr[:, 1], hashes)
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
        if start == i and head.tag_ == "NN":
            continue  # a bare singular noun is a notion, not a body: "face justice"
        if start <= i and _sector_of(doc[start:i + 1], ctx):
            out.append(doc[start:i + 1])
    return out


_HEADS: dict[int, tuple[frozenset[str], frozenset[str]]] = {}


def _lists(ctx: Context) -> tuple[frozenset[str], frozenset[str]]:
    """(last words, all words) of the KB's sector phrases, computed once per KB."""
    key = id(ctx.kb.sectors)
    if key not in _HEADS:
        _HEADS[key] = (head_words(ctx.kb.sectors),
                       frozenset(w for phrase in ctx.kb.sectors for w in phrase.split()))
    return _HEADS[key]


def _heads(ctx: Context) -> frozenset[str]:
    return _lists(ctx)[0]


def _words(ctx: Context) -> frozenset[str]:
    return _lists(ctx)[1]


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
        return None
    return hit


def sector_noun(span: Span, ctx: Context) -> bool:
    """Is the phrase headed by a sector noun ("the government", not "the country")?"""
    return _sector_of(span, ctx) is not None


def own_state(span: Span, ctx: Context) -> tuple[str, str | None] | None:
    """(state, region) the phrase itself gives (steps 1-3 of the module docstring): a state
    named in it or by its owner, else a region or large city in it or after "in/of/from";
    `region` is the region's name where the phrase is a region's body ("the Gujarat
    government"), else None."""
    hit = _sector_of(span, ctx)
    serving = hit is not None and hit[1] in STATE_SECTORS and hit[0] not in ABROAD
    words, place = list(span), owner_place(span[-1], serving)
    iso3 = ctx.owning_state(words) or _owner_country(span, ctx) or ctx.owning_state(place)
    if iso3:
        return iso3, None
    for tokens in (words, place):
        if found := ctx.place_in(tokens):
            return found[0], (found[1] if found[2] or local(span, ctx) else None)
    return None


def resolve_noun(span: Span, ctx: Context, owner: str | None = None) -> tuple[str, dict] | None:
    """(via, ACTOR) for a sector noun phrase; see the module docstring for the order.

    owner: the state of the actor a possessive pronoun in the phrase stands for ("Germany
        pledged to try [its] foreign fighters"), which comes before the story's state.
    """
    body = _owner_body(span, ctx)
    if body is not None:
        return body
    speaks_for = _for_person(span, ctx)
    if speaks_for is not None:
        return speaks_for or None
    if len(ctx.owning_states(owner_place(span[-1]))) > 1:
        return None  # "officials from both Azerbaijan and Armenia": several actors, not one
    phrase, sector = _sector_of(span, ctx) or (span[-1].lower_, None)
    iso3, region = own_state(span, ctx) or (owner, None)
    if iso3 is None and sector in STATE_SECTORS and phrase not in ABROAD | PROFESSIONS \
            and _state_organ(span, ctx):
        iso3 = ctx.dominant_state(span[-1])
    if iso3 is not None and iso3 in ctx.kb.countries:
        country = ctx.kb.countries[iso3]
        if (region or local(span, ctx)) and sector in STATE_SECTORS:  # "its local governments"
            name = f"{region} {phrase}" if region else _bare(span)
            return "sector", make.regional(country, span.text, sector, name)
        return "sector", make.organ(country, span.text, sector, phrase)
    kind = "armed_group" if sector == "REB" else "organization"
    return "sector", make.actor(span.text, _bare(span), None, None, sector, kind)


def _bare(span: Span) -> str:
    """The phrase without its determiner, number or possessive: "the Punjab government" →
    "Punjab government", "20 protesters" → "protesters"."""
    words = [t for t in span if t.pos_ not in ("DET", "NUM", "PUNCT") and t.dep_ != "case"
             and not (t.dep_ == "poss" and t.pos_ == "PRON")]
    return span.doc[words[0].i:span.end].text if words else span.text


def _owner_body(span: Span, ctx: Context) -> tuple[str, dict] | None:
    """A known organisation or group that the phrase's members belong to is the actor:
    "[NATO] troops", "[Taliban] militants", "the [European Parliament] delegation",
    "officers from [the NYPD]", "officials of [the UN]"."""
    members_of = [t for prep in span[-1].rights if prep.dep_ == "prep"
                  and prep.lower_ in MEMBER_PREPS
                  for pobj in prep.children if pobj.dep_ == "pobj" for t in pobj.subtree]
    for t in [*span[:-1], *members_of]:
        kind, _, code = ctx.kb_tokens.get(t.i, "").partition(":")
        if kind == "org":
            return "org", make.organization(ctx.kb.organizations[code], span.text)
        if kind == "group":
            return "group", make.group(ctx.kb.groups[code], span.text, ctx.day)
        if kind == "agency":  # "ICE officers"
            return "org", make.agency(ctx.kb.agencies[code], span.text)
    return None


def _for_person(span: Span, ctx: Context) -> tuple[str, dict] | tuple[()] | None:
    """"a spokesman for [President Macron]" acts for the person: a listed person's actor;
    () for a person the KB does not list (the events stage reads the phrase itself); None
    where no person follows "for"."""
    for prep in span[-1].rights:
        if prep.dep_ != "prep" or prep.lower_ != "for":
            continue
        people = [t for pobj in prep.children if pobj.dep_ == "pobj" for t in pobj.subtree
                  if t.ent_type_ == "PERSON"]
        for t in people:
            kind, _, code = ctx.kb_tokens.get(t.i, "").partition(":")
            if kind == "person":
                return "title", make.person(ctx.kb.people[code], span.text, ctx.day)
        if people:
            return ()
    return None


def _owner_country(span: Span, ctx: Context) -> str | None:
    """The state of a known person who owns the phrase ("[Obama] administration",
    "[Putin]'s spokesman")."""
    for t in span[:-1]:
        kind, _, code = ctx.kb_tokens.get(t.i, "").partition(":")
        if kind == "person":
            return make.person(ctx.kb.people[code], "", ctx.day)["country"]
    return None


def _state_organ(span: Span, ctx: Context) -> bool:
    """Is the phrase a state organ by its words alone? A title or body that a common noun
    owns is not: "the science body president", "the club chairman"."""
    sector_words = _words(ctx)
    for t in span[:-1]:
        if t.pos_ == "NOUN" and t.lower_ not in sector_words \
                and t.lemma_.lower() not in sector_words and not ctx.kb_tokens.get(t.i):
            return False
    return True


def owner_place(head: Token, serving: bool = True) -> list[Token]:
    """The words of "in/of/from X" on the head: "police [in Japan]", "the army [of Mali]".

    serving: whether "in X" counts: a state organ serves where it is ("police in Japan");
        a journalist, an aid group or an embassy in Syria is no more Syrian for it.
    """
    preps = OWNER_PREPS if serving else OWNER_PREPS - {"in"}
    for prep in head.rights:
        if prep.dep_ == "prep" and prep.lower_ in preps:
            return [t for pobj in prep.children if pobj.dep_ == "pobj" for t in pobj.subtree]
    return []
