"""The "find" half of toponym resolution, over the whole story: the entities the model tagged
(each judged by places/toponyms.py), and the names it missed, found by strong contexts: a
dateline and its state, names before "counties", a legislator's home town ("D-Columbus"),
capitalised nouns after "in", "at" or "near", and runs of proper nouns no entity covers.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Doc, Span

from faultlines import words
from faultlines.nlp import datelines
from faultlines.nlp.doctext import doc_text
from faultlines.places import positions
from faultlines.places.gazetteer import Entry, Gazetteer, fold
from faultlines.places.toponyms import (
    AREAS, STRICT_LOCATIVE, Toponym, _bare_name, _blocked, _from_entity, _jurisdiction,
    container, container_span, inner_place, lookup, name_cased, org_place, with_subdivisions)

# A legislator's party and home town: "Sen. Ray Miller, D-Columbus", "Rep. Kim Lee (R-Fargo)"
PARTY_TOWN = re.compile(r"\b(?:R|D|I|DFL)-([A-Z][a-z]+(?:[ .]+[A-Z][a-z]+)?)\b")
# ... or home state: "Rep. James Clyburn, D-S.C.", "D-W. Va.", "D-Calif"
PARTY_STATE = re.compile(r"\b(?:R|D|I|DFL)-((?:[A-Z][a-z]{0,4}\. ?){1,2}|[A-Z][a-z]{3,9}\b)")

# a plural unit after a list of names ("Clay and Grant counties"), and what each name is then
_PLURAL_UNITS = {"counties": "County", "parishes": "Parish"}


def county_lists(doc: Doc, gaz: Gazetteer) -> Iterator[Toponym]:
    """"Alachua and Gilchrist counties", "Becker, Clay, Douglas and Grant counties": each name
    before a plural "counties" or "parishes" is a county (of the US, where news writes so); a
    state's name alone before it is not ("Indiana counties" are the counties of Indiana)."""
    text = doc_text(doc).lower()
    if not any(unit in text for unit in _PLURAL_UNITS):
        return  # most stories have no such word: one look at the text, not at every token
    for token in doc:
        kind = _PLURAL_UNITS.get(token.lower_)
        if kind is None:
            continue
        names = list(_listed_names(doc, token.i))
        if len(names) == 1 and any(e.feature in ("admin1", "country")
                                   for e in gaz.lookup(names[0].text)):
            continue
        for name in names:
            candidates = [e for e in gaz.lookup(f"{name.text} {kind}") if e.feature == "admin2"]
            if candidates:
                yield Toponym(name.text, name.start_char, name.end_char, candidates, sure=True)


def _listed_names(doc: Doc, end: int) -> Iterator[Span]:
    """The capitalised names listed right before token `end` ("Dakota, Otoe and Washington")."""
    while end > 0:
        start = end
        while start > 0 and name_cased(doc[start - 1]) and doc[start - 1].pos_ == "PROPN":
            start -= 1
        if start == end:
            return
        yield doc[start:end]
        end = start
        while end > 0 and doc[end - 1].lower_ in (",", "and", "or"):
            end -= 1


def party_towns(doc: Doc, gaz: Gazetteer) -> Iterator[Toponym]:
    """A legislator's home town or state after the party's letter: "Sen. Ray Miller,
    D-Columbus", "Rep. James Clyburn, D-S.C." (of the US, where news writes so)."""
    for m in PARTY_TOWN.finditer(doc_text(doc)):
        span = doc.char_span(m.start(1), m.end(1), alignment_mode="expand")
        candidates = [e for e in lookup(gaz, m[1])
                      if e.feature in ("city", "admin2")] if span else []
        if candidates:
            yield Toponym(m[1], m.start(1), m.end(1), candidates, container(span, gaz), sure=True)
    for m in PARTY_STATE.finditer(doc_text(doc)):
        text = m[1].strip()
        states = gaz.abbreviations.get(fold(text).replace(" ", "")) or [
            e for e in lookup(gaz, text) if e.feature == "admin1"]
        if states:
            yield Toponym(text, m.start(1), m.start(1) + len(text), states, sure=True)


def loose_names(doc: Doc, gaz: Gazetteer, taken: set[int]) -> Iterator[Toponym]:
    """Runs of capitalised proper nouns that no entity covers ("... said Fargo police",
    "Lawrenceburg to host ..."): maybe places, kept only where the story's geography backs
    them (and only by their own name, never an ordinary word: see `find`)."""
    words = positions.load()
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
    "SEVIERVILLE, Tenn. (AP) —" (the first dateline in capitals that the dateline stage
    recorded, where it opens the story: nlp/datelines.py). The dateline's position says it is a place, whatever
    label the model gave it (it often calls a capitalised town an organisation)."""
    opening = words.load().dateline.opening_chars
    first = next((d for d in datelines.recorded(doc) if d["upper"]), None)
    if first is None or doc[first["start"]].idx >= opening:
        return None
    span = doc[first["start"]:first["end"]]
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
