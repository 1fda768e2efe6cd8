"""Whether a name may be a place, and which places it could be, one name at a time (the
search of the whole story is places/spotters.py; which candidate wins, places/geoparse.py).

A name is *sure* when the model tags it GPE or LOC, or when the gazetteer knows it as a
country or region (the small English model tags "Nagorno-Karabakh" ORG and many towns PERSON),
or when a person- or organisation-tagged name stands after "in", "at" or "near" — or after
another locative preposition and it names a city of 100,000 or more ("fled to Yerevan").

A name is *maybe* a place when the model gave it another label or none, and the story's
geography must back it before it is kept (geoparse.py decides): a town tagged PERSON
("Alexandria woman charged"), the place at the head of an organisation's name ("the
Shreveport Police Department"), a capitalised dateline ("TORRINGTON — ...").

Names that act as actors are never places (places/positions.py), nor are the mentions the
actors stage resolved as metonyms or as known people and organisations.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from faultlines import words
from faultlines.nlp.mentions import view
from faultlines.places import positions
from faultlines.places.gazetteer import Entry, Gazetteer, fold

PLACE_LABELS = frozenset({"GPE", "LOC"})
OTHER_LABELS = frozenset({"FAC", "ORG", "PERSON", "NORP"})
AREAS = frozenset({"country", "territory", "admin1", "admin2", "region", "water", "continent"})
STRICT_LOCATIVE = words.load().locative.at
BIG_CITY = 100_000
# "Rafah City", "Lamu Island", "Pretoria West": a town's name with a word that keeps it the town
HEAD_SUFFIXES = frozenset({"city", "town", "island", "west", "east", "north", "south", "central"})
# "Dublin City Council": the words of a settlement's own name that may also open its body's name
SETTLEMENT_WORDS = frozenset({"city", "town", "village"})
# "X area of Y": the nouns that make Y a container of X
CONTAINER_NOUNS = frozenset({"area", "district", "neighbourhood", "neighborhood", "suburb",
                             "township", "quarter", "section", "village", "town"})
# nouns that make the name before them a settlement: "Jilib town", "Kikandwa village"
SETTLEMENT_NOUNS = frozenset({"town", "village", "city", "camp", "township", "locality"})
NON_STATE = frozenset({"person", "organization", "igo", "armed_group", "media", "party"})
DIRECTIONS = re.compile(r"^(?:the )?(?:north|south|east|west|northern|southern|eastern|western|"
                        r"central|northeast|northwest|southeast|southwest|upstate|downstate)"
                        r"(?:ern)? (.+)$", re.IGNORECASE)
# Administrative units the gazetteer has no coordinates for: never guessed from a town's name.
UNITS = re.compile(r"\b(?:county|parish|township|borough|co\.)$", re.IGNORECASE)


@dataclass
class Toponym:
    """A name to resolve, with its candidates and any container the text gives for it."""

    text: str
    start: int  # char offsets in doc.text
    end: int
    candidates: list[Entry]
    container: list[Entry] = field(default_factory=list)
    sure: bool = True
    # a loose name (an untagged proper noun, the head of an organisation's name) needs the
    # text's own word for where it is (a container, the region it lies in) or must name a
    # city; mere proximity is not enough ("Grant", "Cook" are people too, "Federal" a word)
    loose: bool = False
    # candidates that are subdivisions named bare ("in Gedo"): weaker than other areas
    bare_regions: list[Entry] = field(default_factory=list)
    # the model tagged it GPE/LOC, or it opens the story as a dateline
    tagged: bool = False


def _jurisdiction(candidates: list[Entry]) -> bool:
    """A state, county or town (not a country): "Arizona Sen. John McCain", "the Kentucky
    Attorney General's Office" name where the office is; "U.S. President Joe Biden" and "the
    U.S. Army" stay actors."""
    return bool(candidates) and not any(
        e.feature in ("country", "territory", "continent") for e in candidates)


def _blocked(doc: Doc) -> set[int]:
    """Token indexes of the mentions the actors stage resolved as metonyms, or as a known
    (knowledge-base) person or organisation; an unknown "person" is only the model's label."""
    out: set[int] = set()
    for m in view(doc).mentions:
        actor = m.get("actor") or {}
        if m.get("via") == "metonym" or (actor.get("id") and actor.get("kind") in NON_STATE):
            out.update(range(m["start"], m["end"]))
    return out


def _is_area(entries: list[Entry]) -> bool:
    return any(e.feature in AREAS for e in entries)


def lookup(gaz: Gazetteer, text: str) -> list[Entry]:
    """Candidates for a name; "North Texas" or "southern Sudan" fall back to Texas, Sudan;
    "Douglas County" gets none (a county is not the town of Douglas); an acronym of up to
    three letters ("UF", "UK") is a country's or region's, never a town's."""
    if not any(c.isupper() for c in text) or len(fold(text)) < 2:
        return []  # a place's name is capitalised ("spring" is a season) and not one letter
    found = gaz.lookup(text)
    if text.isupper() and len(fold(text)) <= 3:
        return [e for e in found if e.feature in AREAS]  # "UF", "LSU" name no town; "UK" is one
    if UNITS.search(text):
        return [e for e in found if e.feature in AREAS]
    if not found and (m := DIRECTIONS.match(text)):
        found = gaz.lookup(m[1])  # "southern Sudan", "South Philadelphia": part of the place
    return found


def sureness(ent: Span, candidates: list[Entry], words: positions.Positions) -> bool | None:
    """True (sure), False (maybe) or None (not a place) for one entity."""
    if ent.label_ in PLACE_LABELS or _is_area(candidates) or _strict(ent) \
            or positions.locates(ent, words):
        return True
    if ent.end < len(ent.doc) and ent.doc[ent.end].lower_ in SETTLEMENT_NOUNS:
        return True  # "Jilib town", "Kikandwa village"
    if positions.after_locative(ent, words) and any(e.population >= BIG_CITY for e in candidates):
        return True
    return False if ent.label_ in OTHER_LABELS else None


def _strict(span: Span) -> bool:
    """After "in", "at", "near" (or "outside", "across"...): "in Baidoa"."""
    root = positions.governing(span.root)
    return root.dep_ == "pobj" and root.head.lower_ in STRICT_LOCATIVE


def with_subdivisions(gaz: Gazetteer, span: Span, candidates: list[Entry]) -> tuple[list[Entry],
                                                                                    list[Entry]]:
    """Add the subdivisions of that bare name ("Gedo") where the text says a place stands there
    (a GPE/LOC tag, "in X"); RETURNS (candidates, the subdivisions added)."""
    regions = [e for e in gaz.subdivision(span.text) if e not in candidates]
    return candidates + regions, regions


def extended(ent: Span, gaz: Gazetteer, words: positions.Positions) -> Span:
    """"the Donetsk region" → "Donetsk region", where the gazetteer knows the whole."""
    nxt = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    if nxt is not None and nxt.lower_ in words.place_nouns:
        whole = ent.doc[ent.start:ent.end + 1]
        if _is_area(gaz.lookup(whole.text)):
            return whole
    return ent


def container(span: Span, gaz: Gazetteer) -> list[Entry]:
    """The places a text puts this one in: "X, Y", "X in Y", "X, (the) capital of Y", and
    "X area of Y" (a place noun and "of"). Y may be a city: "Wentworth, Durban" is the
    Wentworth of Durban (geoparse.py takes a city container to mean "within SUBURB_KM")."""
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
    elif words[1:2] == ["of"] and words[0] in CONTAINER_NOUNS:
        skip = 2
    if not skip or i + skip >= len(doc):
        return []
    first = doc[i + skip]
    outer = _entity_at(doc, first.i) or doc[first.i:first.i + 1]
    if not any(c.isupper() for c in outer.text):
        return []
    return container_entries(outer, gaz)


def container_span(span: Span) -> Span | None:
    """The Y of "X, Y" right after a span (the dateline's "Ohio" or "Tenn.")."""
    doc, i = span.doc, span.end
    if i + 1 >= len(doc) or doc[i].text != ",":
        return None
    return _entity_at(doc, i + 1) or doc[i + 1:i + 2]


def container_entries(outer: Span, gaz: Gazetteer) -> list[Entry]:
    found = [e for e in gaz.lookup(outer.text) if e.feature in AREAS or e.feature == "city"]
    return found + gaz.abbreviations.get(fold(outer.text), []) + gaz.subdivision(outer.text)


def _entity_at(doc: Doc, i: int) -> Span | None:
    """The entity starting at token i, read off the IOB tags (`doc.ents` rebuilds every span)."""
    if doc[i].ent_iob_ != "B":
        return None
    end = i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return doc[i:end]


def _abbreviation(ent: Span, gaz: Gazetteer) -> list[Entry] | None:
    """"Paris, Tenn.": a state abbreviation ("Tenn.", "TN") is a place right after a comma,
    or where the model tags it GPE or it is dotted inside ("S.C."), and then it is nothing
    else (not Ganzhou for "Kan.", nor Flå for "Fla."). RETURNS None where the name is no
    abbreviation."""
    short = gaz.abbreviations.get(fold(ent.text))
    if not short or not (ent.text.endswith(".") or ent.text.isupper()):
        return None
    after_comma = ent.start > 0 and ent.doc[ent.start - 1].text == ","
    return short if after_comma or ent.label_ == "GPE" or _dotted(ent.text) else []


def _dotted(text: str) -> bool:
    """"S.C.", "N.J.", "W.Va.": a dot inside the word, which no ordinary word has."""
    return "." in text.rstrip(".")


def _head_name(ent: Span, gaz: Gazetteer) -> Span | None:
    """The place at the head of an organisation's name: "the Shreveport Police Department"."""
    tokens = [t for t in ent if t.lower_ != "the"]
    for size in (3, 2, 1):
        if size >= len(tokens):
            continue
        head, after = tokens[:size], tokens[size]
        if UNITS.search(after.text) or not all((name_cased(t) or t.is_upper) and len(t) > 2
                                               for t in head):
            continue  # never "Otter Tail" out of "Otter Tail County Road"
        span = ent.doc[head[0].i:head[-1].i + 1]
        if size > 1 and _alternate_with_settlement_word(span, gaz):
            continue
        if lookup(gaz, span.text) or (_dotted(span.text) and fold(span.text) in gaz.abbreviations):
            return span
    return None


def _alternate_with_settlement_word(span: Span, gaz: Gazetteer) -> bool:
    """"Dublin City" of "Dublin City Council" is Dublin's city council, though the gazetteer
    knows "Dublin City" as another name of the Irish capital: a name ending in "city", "town"
    or "village" heads an organisation only where it is some place's own name ("Iowa City Council",
    "Carson City Schools"); else the name before the noun does."""
    if span[-1].lower_ not in SETTLEMENT_WORDS:
        return False  # "Mayo County Council": a county's name, the county's council
    return not any(fold(e.name) == fold(span.text) for e in lookup(gaz, span.text))


def _from_entity(ent: Span, gaz: Gazetteer, words: positions.Positions) -> Toponym | None:
    span = extended(ent, gaz, words)
    short = _abbreviation(ent, gaz)
    candidates = lookup(gaz, span.text) if short is None else short
    if not candidates and short is None and ent.label_ in PLACE_LABELS:
        # "Henry County General Sessions Court" → Henry County, "Rafah City" → Rafah, "Pretoria
        # West" → Pretoria; but "Auckland Park" is not Auckland: an area heads a longer name,
        # a town only a name that adds a settlement noun or a direction to it
        head = _head_name(ent, gaz)
        rest = ent.doc[head.end:ent.end] if head is not None else None
        if head is not None and (_is_area(lookup(gaz, head.text)) or (
                len(rest) == 1 and rest[0].lower_ in HEAD_SUFFIXES)):
            span, candidates = head, lookup(gaz, head.text)
    regions: list[Entry] = []
    if short is None and (ent.label_ in PLACE_LABELS or _strict(ent)):
        candidates, regions = with_subdivisions(gaz, span, candidates)
    sure = sureness(ent, candidates, words) if candidates else None
    if sure is None:
        return None
    return Toponym(span.text, span.start_char, span.end_char, candidates,
                   container(span, gaz), sure, bare_regions=regions,
                   tagged=ent.label_ in PLACE_LABELS)


def org_place(ent: Span, gaz: Gazetteer, words: positions.Positions) -> Toponym | None:
    """The place heading an organisation's or a building's name, wherever the organisation
    stands in the sentence (the organisation acts, not its town): "The Minnesota Department
    of Transportation said", "the Shreveport Police Department", also in a name the model took
    for a person's ("Alexandria Police Spokeswoman Ashley Hill"). Before an institution noun
    ("Richmond Council", "Fargo police") the head is a maybe place that a nearby place of the
    story backs, and before a town's own body ("Groton Town Council", "Berea police") a sure
    one; before any other word it is loose ("Wells Fargo", "Ford Motor")."""
    if ent.label_ not in ("ORG", "FAC", "PERSON", ""):
        return None
    head = _head_name(ent, gaz)
    if head is None:
        return None
    after = ent.doc[head.end] if head.end < len(ent.doc) else None
    institution = after is not None and after.lower_ in words.institution_nouns
    if ent.label_ in ("PERSON", "") and not institution:
        return None  # a person's name, an untagged run: only before an institution noun
    candidates = lookup(gaz, head.text) or gaz.abbreviations.get(fold(head.text), [])
    municipal = after is not None and after.lower_ in words.municipal_nouns
    return Toponym(head.text, head.start_char, head.end_char, candidates,
                   container(head, gaz), sure=municipal, loose=not institution)


def inner_place(ent: Span, gaz: Gazetteer) -> Toponym | None:
    """The place an organisation's name locates: "Lutheran School in Lombard", "the Red Cross
    office at Goma" (sure: the model often takes the whole phrase for one name), and "the
    University of Rochester", "the Tour de France" (maybe: "of" also names what an
    organisation is about)."""
    if ent.label_ in PLACE_LABELS:
        return None
    for token in ent[1:-1]:
        if token.lower_ in ("in", "at", "of", "de"):
            tail = ent.doc[token.i + 1:ent.end]
            if tail[0].lower_ == "the":
                tail = tail[1:]
            if len(tail) and all(name_cased(t) or t.is_upper or not t.is_alpha for t in tail):
                candidates = lookup(gaz, tail.text)
                if candidates:
                    return Toponym(tail.text, tail.start_char, tail.end_char, candidates,
                                   container(tail, gaz), sure=token.lower_ in ("in", "at"))
    return None


def _bare_name(token: Token) -> bool:
    return name_cased(token) and token.pos_ in ("PROPN", "NOUN") and not token.ent_type_


def name_cased(token: Token) -> bool:
    """Cased as a name: "Fargo", also "McLean", "DeKalb" (which `is_title` refuses)."""
    return token.is_title or (token.text[:1].isupper() and token.text[1:2].islower())
