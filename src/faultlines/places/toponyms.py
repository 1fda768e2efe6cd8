"""Which names in a story may be places: the "find" half of toponym resolution.

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
from collections.abc import Iterator
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from faultlines.places import positions
from faultlines.places.gazetteer import Entry, Gazetteer, fold

PLACE_LABELS = frozenset({"GPE", "LOC"})
OTHER_LABELS = frozenset({"FAC", "ORG", "PERSON", "NORP"})
AREAS = frozenset({"country", "territory", "admin1", "admin2", "region", "water", "continent"})
STRICT_LOCATIVE = frozenset({"in", "at", "near", "outside", "inside", "across", "throughout"})
BIG_CITY = 100_000
# "Rafah City", "Lamu Island", "Pretoria West": a town's name with a word that keeps it the town
HEAD_SUFFIXES = frozenset({"city", "town", "island", "west", "east", "north", "south", "central"})
# "X area of Y": the nouns that make Y a container of X
CONTAINER_NOUNS = frozenset({"area", "district", "neighbourhood", "neighborhood", "suburb",
                             "township", "quarter", "section", "village", "town"})
# nouns that make the name before them a settlement: "Jilib town", "Kikandwa village"
SETTLEMENT_NOUNS = frozenset({"town", "village", "city", "camp", "township", "locality"})
NON_STATE = frozenset({"person", "organization", "igo", "armed_group", "media", "party"})
DIRECTIONS = re.compile(r"^(?:the )?(?:north|south|east|west|northern|southern|eastern|western|"
                        r"central|northeast|northwest|southeast|southwest|upstate|downstate)"
                        r"(?:ern)? (.+)$", re.IGNORECASE)
# Capitals at the start of the story, after its headline line or sentence, or after the byline's
# date ("March 15, 2009 NEWARK --"), then a comma, a dash, a colon or an agency ("(Reuters)").
DATELINE = re.compile(r"(?:^|[.!?]\s+|\n\s*|\b(?:19|20)\d\d\s+)([A-Z][A-Z.' ]{2,40}?[A-Z.])"
                      r"\s*(?:,|—|–|\x97|--| - |:\s|\([A-Z][A-Za-z ]{1,20}\))")
# A legislator's party and home town: "Sen. Ray Miller, D-Columbus", "Rep. Kim Lee (R-Fargo)"
PARTY_TOWN = re.compile(r"\b(?:R|D|I|DFL)-([A-Z][a-z]+(?:[ .]+[A-Z][a-z]+)?)\b")
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
    for m in doc._.mentions or []:
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
        if lookup(gaz, span.text) or (_dotted(span.text) and fold(span.text) in gaz.abbreviations):
            return span
    return None


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
    story backs; before any other word it is loose ("Wells Fargo", "Ford Motor")."""
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
    return Toponym(head.text, head.start_char, head.end_char, candidates,
                   container(head, gaz), sure=False, loose=not institution)


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


def county_lists(doc: Doc, gaz: Gazetteer) -> Iterator[Toponym]:
    """"Alachua and Gilchrist counties", "Becker, Clay, Douglas and Grant counties": each name
    before a plural "counties" or "parishes" is a county (of the US, where news writes so)."""
    for token in doc:
        kind = {"counties": "County", "parishes": "Parish"}.get(token.lower_)
        if kind is None:
            continue
        end = token.i
        while end > 0:
            start = end
            while start > 0 and name_cased(doc[start - 1]) and doc[start - 1].pos_ == "PROPN":
                start -= 1
            if start == end:
                break
            name = doc[start:end]
            candidates = [e for e in gaz.lookup(f"{name.text} {kind}") if e.feature == "admin2"]
            state = any(e.feature in ("admin1", "country") for e in gaz.lookup(name.text))
            if candidates and not state:
                # ("Indiana counties" are the counties of Indiana)
                yield Toponym(name.text, name.start_char, name.end_char, candidates, sure=True)
            end = start
            while end > 0 and doc[end - 1].lower_ in (",", "and", "or"):
                end -= 1


def party_towns(doc: Doc, gaz: Gazetteer) -> Iterator[Toponym]:
    """A legislator's home town after the party's letter: "Sen. Ray Miller, D-Columbus"."""
    for m in PARTY_TOWN.finditer(doc.text):
        span = doc.char_span(m.start(1), m.end(1), alignment_mode="expand")
        candidates = [e for e in lookup(gaz, m[1])
                      if e.feature in ("city", "admin2")] if span else []
        if candidates:
            yield Toponym(m[1], m.start(1), m.end(1), candidates, container(span, gaz), sure=True)


def loose_names(doc: Doc, gaz: Gazetteer, taken: set[int]) -> Iterator[Toponym]:
    words = positions.load()
    """Runs of capitalised proper nouns that no entity covers ("... said Fargo police",
    "Lawrenceburg to host ..."): maybe places, kept only where the story's geography backs
    them (and only by their own name, never an ordinary word: see `find`)."""
    i = 0
    while i < len(doc):
        j = i
        while j < len(doc) and doc[j].pos_ == "PROPN" and _bare_name(doc[j]) \
                and j not in taken:
            j += 1
        if j > i:
            span = doc[i:j]
            candidates = lookup(gaz, span.text)
            if candidates:
                yield Toponym(span.text, span.start_char, span.end_char, candidates,
                              container(span, gaz), sure=False, loose=True)
            elif (head := org_place(doc[i:min(j + 1, len(doc))], gaz, words)) is not None:
                yield head  # "the East Hampton Volunteer Fire Department"
        i = j + 1 if j == i else j


def dateline(doc: Doc, gaz: Gazetteer) -> Toponym | None:
    """A capitalised place that opens a story: "TORRINGTON — The town council ...",
    "SEVIERVILLE, Tenn. (AP) —". The dateline's position says it is a place, whatever label
    the model gave it (it often calls a capitalised town an organisation)."""
    m = DATELINE.search(doc.text[:400])
    span = m and doc.char_span(m.start(1), m.end(1), alignment_mode="strict")
    if not span:
        return None
    candidates = lookup(gaz, span.text)
    return candidates and Toponym(span.text, span.start_char, span.end_char, candidates,
                                  container(span, gaz), sure=True, tagged=True) or None


def dateline_state(doc: Doc, gaz: Gazetteer, first: Toponym) -> Toponym | None:
    """The state or country of a dateline, a place too: "BOWLING GREEN, Ohio (AP)"."""
    span = doc.char_span(first.start, first.end, alignment_mode="expand")
    outer = container_span(span) if span is not None else None
    if outer is None or not first.container:
        return None
    return Toponym(outer.text, outer.start_char, outer.end_char, first.container,
                   sure=True, tagged=True)


def bare_names(doc: Doc, gaz: Gazetteer) -> Iterator[Toponym]:
    """Capitalised nouns the model left untagged after "in", "at" or "near" ("In Rusape,
    angry residents ...": tagged NOUN): places where the gazetteer knows them."""
    nouns = positions.load().place_nouns
    for token in doc:
        if token.dep_ != "pobj" or token.head.lower_ not in STRICT_LOCATIVE:
            continue
        last = token.i - 1 if token.lower_ in nouns else token.i  # "in the Donetsk region"
        if last <= token.head.i or not _bare_name(doc[last]):
            continue
        first = last
        while first > token.head.i + 1 and _bare_name(doc[first - 1]):
            first -= 1
        span = doc[first:token.i + 1]
        candidates = [e for e in lookup(gaz, span.text) if e.feature in AREAS]
        regions: list[Entry] = []
        if not candidates:
            span = doc[first:last + 1]
            candidates, regions = with_subdivisions(gaz, span, lookup(gaz, span.text))
        if candidates:
            yield Toponym(span.text, span.start_char, span.end_char, candidates,
                          container(span, gaz), sure=True, bare_regions=regions)


def _bare_name(token: Token) -> bool:
    return name_cased(token) and token.pos_ in ("PROPN", "NOUN") and not token.ent_type_


def name_cased(token: Token) -> bool:
    """Cased as a name: "Fargo", also "McLean", "DeKalb" (which `is_title` refuses)."""
    return token.is_title or (token.text[:1].isupper() and token.text[1:2].islower())


def find(doc: Doc, gaz: Gazetteer) -> Iterator[Toponym]:
    """Every name in the story that may be a place. A *maybe* place keeps only the candidates
    it names by their own name, accents included (or a country's or region's): a small town's
    alternate names ("Lane" for Rochelle, Illinois), foreign spellings of big cities ("Hamas"
    for Hamm) and accented towns ("Bush" for Būsh) are no evidence when the model did not call
    the word a place. A name that is only an ordinary word ("Court", "Mobile") needs a GPE/LOC
    tag, a dateline or a container."""
    ordinary = positions.load().ordinary_words
    for toponym in _find(doc, gaz):
        if fold(toponym.text) in ordinary and not toponym.tagged and not toponym.container:
            continue
        if not toponym.sure:
            key = toponym.text.casefold()
            toponym.candidates = [e for e in toponym.candidates
                                  if e.feature in AREAS or e.name.casefold() == key]
        if toponym.candidates:
            yield toponym


def _find(doc: Doc, gaz: Gazetteer) -> Iterator[Toponym]:
    words = positions.load()
    blocked = _blocked(doc)
    first = dateline(doc, gaz)
    state = dateline_state(doc, gaz, first) if first is not None else None
    early = [t for t in (first, state) if t is not None] + list(county_lists(doc, gaz))
    yield from early
    for ent in doc.ents:
        if any(ent.start_char < t.end and t.start < ent.end_char for t in early):
            continue  # the dateline or a listed county, found already
        inner = inner_place(ent, gaz)
        if inner is not None:
            toponym = inner
        elif ent.label_ in ("ORG", "FAC") and not lookup(gaz, ent.text):
            toponym = org_place(ent, gaz, words)
        elif (positions.acts(ent, words) or (any(t.i in blocked for t in ent)
                                             and not positions.after_locative(ent, words)
                                             and not positions.locates(ent, words))) \
                and not (positions.modifies_institution(ent)
                         and _jurisdiction(lookup(gaz, ent.text))):
            continue
        else:
            toponym = _from_entity(ent, gaz, words)
            if toponym is None and ent.label_ == "PERSON":
                toponym = org_place(ent, gaz, words)
        if toponym is not None:
            yield toponym
    found = list(bare_names(doc, gaz))
    yield from found
    taken = blocked | {t.i for t in doc if t.ent_type_} | {
        t.i for f in found + early for t in doc.char_span(f.start, f.end) or ()}
    for toponym in party_towns(doc, gaz):
        span = doc.char_span(toponym.start, toponym.end, alignment_mode="expand")
        if not any(t.i in taken for t in span):
            taken |= {t.i for t in span}
            yield toponym
    yield from loose_names(doc, gaz, taken)
