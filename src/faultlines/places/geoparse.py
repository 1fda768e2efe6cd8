"""Toponym resolution: which names in a story are places, and which place each one is.

Find: the story's GPE and LOC entities (and FAC, ORG or PERSON ones where the gazetteer knows
them as a country or region, or where they stand after "in"/"at"/"near": the small English
model tags many towns as people), minus those that act as actors (places/positions.py).
A name followed by a place noun that together make a known region ("the Donetsk region") is
taken whole.

Resolve: candidates by exact name and alternate names (accent-folded, case-insensitive), scored
  - by feature class: a bare name is a country before a region before a city (countries score
    9, territories 8.5, first-level regions and continents 8, regions and waters 7.5);
  - a city by its population (log10, so 10 million scores 7 and a town of 2,000 scores 3.3),
    plus 1 where the name is the city's own name rather than one of its alternates;
  - +10 for a container the text gives: "Paris, Texas", "Paris, Tenn.", "Kherson in Ukraine",
    "Stepanakert, the capital of Nagorno-Karabakh";
  - the story's context: +4 for a city in a first-level region the story names, +1.5 for a
    place in a country the story names (its actors, its countries, and in a second pass the
    countries of its other resolved places), +2 for a place within 250 km of another place the
    first pass resolved (a city or region, not a country).
A name with no candidate stays unresolved; it never stops the others.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span

from faultlines.places import positions
from faultlines.places.gazetteer import Entry, Gazetteer, fold

PLACE_LABELS = frozenset({"GPE", "LOC"})
AREA_ONLY_LABELS = frozenset({"FAC", "ORG", "PERSON", "NORP"})
AREAS = frozenset({"country", "territory", "admin1", "region", "water", "continent"})
BASE = {"country": 9.0, "territory": 8.5, "admin1": 8.0, "continent": 8.0, "region": 7.5,
        "water": 7.5, "city": 0.0}
CONTAINER, IN_REGION, IN_COUNTRY, NEARBY, OWN_NAME = 10.0, 4.0, 1.5, 2.0, 1.0
NEAR_KM, CONTAINS_KM = 250.0, 400.0
# Prepositions after which a name the model tagged PERSON or ORG is still taken as a place.
# After another locative preposition ("to Yerevan") it must name a city of 100,000 or more.
STRICT_LOCATIVE = frozenset({"in", "at", "near", "outside", "inside", "across", "throughout"})
BIG_CITY = 100_000


@dataclass
class Toponym:
    """A name to resolve, with its candidates and any container the text gives for it."""

    text: str
    start: int  # char offsets in doc.text
    end: int
    candidates: list[Entry]
    container: list[Entry] = field(default_factory=list)


@dataclass
class Context:
    """What the story already says about where it happens."""

    countries: set[str] = field(default_factory=set)
    regions: set[tuple[str, str]] = field(default_factory=set)  # (country, admin1 code)
    anchors: list[Entry] = field(default_factory=list)  # resolved cities and regions


def km(a: Entry, b: Entry) -> float:
    """Great-circle distance (haversine, mean Earth radius)."""
    p1, p2 = math.radians(a.lat), math.radians(b.lat)
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * \
        math.sin(math.radians(b.lon - a.lon) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(min(1.0, h)))


# -- find ---------------------------------------------------------------------------------------

NON_STATE = frozenset({"person", "organization", "igo", "armed_group", "media", "party"})


def _metonyms(doc: Doc) -> set[int]:
    """Token indexes of the mentions the actors stage resolved as metonyms, or as a known
    (knowledge-base) person or organisation; an unknown "person" is only the model's label."""
    out: set[int] = set()
    for m in doc._.mentions or []:
        actor = m.get("actor") or {}
        if m.get("via") == "metonym" or (actor.get("id") and actor.get("kind") in NON_STATE):
            out.update(range(m["start"], m["end"]))
    return out


def _wanted(ent: Span, gaz: Gazetteer, words: positions.Positions, metonyms: set[int]) -> bool:
    if positions.acts(ent, words):
        return False
    locative = positions.after_locative(ent, words)
    if any(t.i in metonyms for t in ent) and not locative:
        return False
    if ent.label_ in PLACE_LABELS:
        return True
    if ent.label_ not in AREA_ONLY_LABELS:
        return False
    root = positions.governing(ent.root)
    strict = root.dep_ == "pobj" and root.head.lower_ in STRICT_LOCATIVE
    candidates = gaz.lookup(ent.text)
    return _is_area(candidates) or (strict and bool(candidates)) or (locative and any(
        e.population >= BIG_CITY for e in candidates))


def _is_area(entries: Iterable[Entry]) -> bool:
    return any(e.feature in AREAS for e in entries)


def _extended(ent: Span, gaz: Gazetteer, words: positions.Positions) -> tuple[Span, list[Entry]]:
    """"the Donetsk region" → the Donetsk Oblast entry, over "Donetsk region"."""
    nxt = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    if nxt is not None and nxt.lower_ in words.place_nouns:
        whole = ent.doc[ent.start:ent.end + 1]
        found = [e for e in gaz.lookup(whole.text) if e.feature in AREAS]
        if found:
            return whole, found
    candidates = gaz.lookup(ent.text)
    if ent.label_ not in PLACE_LABELS and not positions.after_locative(ent, words):
        candidates = [e for e in candidates if e.feature in AREAS]
    return ent, candidates


def container(span: Span, gaz: Gazetteer) -> list[Entry]:
    """The places a text puts this one in: "X, Y", "X in Y", "X, (the) capital of Y"."""
    doc, i = span.doc, span.end
    words = [t.lower_ for t in doc[i:i + 4]]
    skip = 0
    if words[:1] == [","]:
        skip = 1
        for lead in (["the", "capital", "of"], ["capital", "of"]):
            if words[1:1 + len(lead)] == lead:
                skip = 1 + len(lead)
    elif words[:1] == ["in"]:
        skip = 1
    if not skip or i + skip >= len(doc):
        return []
    first = doc[i + skip]
    outer = _entity_at(doc, first.i) or doc[first.i:first.i + 1]
    found = [e for e in gaz.lookup(outer.text) if e.feature in AREAS]
    return found + gaz.abbreviations.get(fold(outer.text), [])


def _entity_at(doc: Doc, i: int) -> Span | None:
    ent = doc[i].ent_iob_ == "B" and next((e for e in doc.ents if e.start == i), None)
    return ent or None


def toponyms(doc: Doc, gaz: Gazetteer) -> list[Toponym]:
    """Every name in the story to resolve as a place, with its candidates."""
    words = positions.load()
    metonyms = _metonyms(doc)
    found = []
    for ent in doc.ents:
        if not _wanted(ent, gaz, words, metonyms):
            continue
        span, candidates = _extended(ent, gaz, words)
        if candidates:
            found.append(Toponym(span.text, span.start_char, span.end_char, candidates,
                                 container(span, gaz)))
    return found


# -- resolve ------------------------------------------------------------------------------------

def _inside(entry: Entry, outer: Entry) -> bool:
    if entry.country and entry.country == outer.country and outer.feature == "country":
        return True
    if outer.admin1 and entry.admin1 == outer.admin1 and entry.country == outer.country:
        return True
    return outer.feature != "country" and entry is not outer and km(entry, outer) <= CONTAINS_KM


def score(entry: Entry, name: str, toponym: Toponym, context: Context) -> float:
    value = BASE[entry.feature]
    if entry.feature == "city":
        value += math.log10(entry.population + 1) + (OWN_NAME if fold(entry.name) == name else 0)
    if any(_inside(entry, outer) for outer in toponym.container):
        value += CONTAINER
    if entry.feature not in ("country", "continent") and entry.country in context.countries:
        value += IN_COUNTRY
    if entry.feature == "city" and (entry.country, entry.admin1) in context.regions:
        value += IN_REGION
    if entry.feature not in ("country", "continent") and any(
            a is not entry and km(entry, a) <= NEAR_KM for a in context.anchors):
        value += NEARBY
    return value


def best(toponym: Toponym, context: Context) -> Entry:
    name = fold(toponym.text)
    return max(toponym.candidates, key=lambda e: score(e, name, toponym, context))


def story_context(doc: Doc, chosen: Iterable[Entry] = ()) -> Context:
    """The countries of the story's actors; with `chosen`, also its resolved places."""
    context = Context()
    for m in doc._.mentions or []:
        country = (m.get("actor") or {}).get("country")
        if country:
            context.countries.add(country)
    for entry in chosen:
        if entry.country:
            context.countries.add(entry.country)
        if entry.feature == "admin1" and entry.admin1:
            context.regions.add((entry.country, entry.admin1))
        if entry.feature in ("city", "admin1", "region", "territory"):
            context.anchors.append(entry)
    return context


def _certain(toponyms_: list[Toponym]) -> list[Entry]:
    """Areas the text names without doubt: a name whose only candidates are one area."""
    out = []
    for t in toponyms_:
        areas = [e for e in t.candidates if e.feature in AREAS]
        if len(areas) == 1 and all(e.feature in AREAS or e.population < 10 ** 5
                                   for e in t.candidates):
            out.append(areas[0])
    return out


def resolve(doc: Doc, gaz: Gazetteer) -> list[dict]:
    """PLACE dicts (OUTPUT.md) for every resolved toponym of the story, in text order."""
    found = toponyms(doc, gaz)
    first = [best(t, story_context(doc, _certain(found))) for t in found]
    context = story_context(doc, first)
    return [place_record(t, best(t, context)) for t in found]


def place_record(toponym: Toponym, entry: Entry) -> dict:
    return {"text": toponym.text, "name": entry.name, "country": entry.country,
            "lat": round(entry.lat, 5), "lon": round(entry.lon, 5), "feature": entry.feature,
            "geonameid": entry.geonameid, "start": toponym.start, "end": toponym.end}
