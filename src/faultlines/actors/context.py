"""What resolution needs to know about one Doc, computed once: the date, KB matches, paragraphs.

Everything here is a lookup built in one pass over the Doc (no regular expression over the
KB, no parse of dates), so that resolution costs a small fraction of the spaCy pass.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass, field

import numpy
from spacy.attrs import IS_SPACE
from spacy.tokens import Doc, Span, Token

from faultlines.actors import homonyms, story, where
from faultlines.actors.actor import nearest_office
from faultlines.actors.chains import words_at
from faultlines.actors.kb import KB
from faultlines.actors.ruler import SPAN_KEY
from faultlines.nlp import datelines

_PARAGRAPH = re.compile(r"\n[ \t]*\n")
PLACE_LABELS = frozenset(("GPE", "LOC", "FAC", "ORG"))  # the small model calls cities ORG too
# KB bodies and people: names that are never a place, whatever town shares them.
BODIES = ("group:", "org:", "agency:", "person:")


def day_of(doc: Doc) -> dt.date:
    """The article's publication date; an undated article is read as of today (the latest
    terms of office), since news is mostly coded as it comes in."""
    published = (doc._.meta or {}).get("published")
    try:
        return dt.date.fromisoformat(str(published)[:10]) if published else dt.date.today()
    except ValueError:
        return dt.date.today()


def paragraph_breaks(doc: Doc) -> list[int]:
    """Character offsets of the blank lines ("\n\n") that end paragraphs. Only whitespace
    tokens are looked at: Doc.text is rebuilt from every token on each read."""
    spaces = numpy.flatnonzero(doc.to_array([IS_SPACE])).tolist()
    return [doc[i].idx for i in spaces
            if _PARAGRAPH.search((doc[i - 1].whitespace_ if i else "") + doc[i].text)]


@dataclass
class Context:
    doc: Doc
    kb: KB
    day: dt.date
    kb_spans: dict[tuple[int, int], str] = field(default_factory=dict)  # (start, end) → key
    kb_tokens: dict[int, str] = field(default_factory=dict)  # token → key of its KB match
    breaks: list[int] = field(default_factory=list)  # char offsets of paragraph breaks
    ents: dict[int, Span] = field(default_factory=dict)  # start token → the entity there
    english: frozenset[str] = frozenset()  # words of English (names.english_words)
    _story: story.StoryStates | None = None  # the states the story names (lazily)
    _backers: set[int] | None = None

    @classmethod
    def of(cls, doc: Doc, kb: KB) -> Context:
        ctx = cls(doc, kb, day_of(doc))
        ctx.ents = {e.start: e for e in doc.ents}
        known = doc.spans.get(SPAN_KEY, [])
        places = _place_ranges(doc, {(s.start, s.end) for s in known})
        for span in known:
            if _inside(span.start, span.end, places):
                continue  # "America" in "South America", "Mexico" in "New Mexico"
            ctx.kb_spans[(span.start, span.end)] = span.label_
            for i in range(span.start, span.end):
                ctx.kb_tokens[i] = span.label_

        def state(span: tuple[int, int], key: str) -> str | None:
            return ctx._state_of(doc[span[0]]) or ctx._person_state(key)

        for span in homonyms.us_spans(doc, ctx.kb_spans, state):  # "Atlanta, Georgia"
            del ctx.kb_spans[span]
            for i in range(*span):
                ctx.kb_tokens.pop(i, None)
        ctx.breaks = paragraph_breaks(doc)
        return ctx

    def ents_in(self, span: Span) -> list[Span]:
        """The entities inside a span (without Span.ents, which walks every entity)."""
        return [self.ents[i] for i in range(span.start, span.end)
                if i in self.ents and self.ents[i].end <= span.end]

    def paragraph(self, token: Token) -> int:
        return bisect.bisect_right(self.breaks, token.idx)

    def key_of(self, span: Span) -> str | None:
        """The KB key of exactly this span, or of its text without "the" or a possessive."""
        key = self.kb_spans.get((span.start, span.end))
        if key:
            return key
        words = [t for t in span if t.lower_ not in ("the", "'s", "’s")]
        if words and len(words) < len(span):
            return self.kb_spans.get((words[0].i, words[-1].i + 1))
        return None

    def organ_state(self, token: Token, opposed: bool = False) -> str | None:
        """The state of a state organ whose words place it nowhere ("the army", "police"): its
        sentence's one state, else its paragraph's, else the story's (actors/story.py); for
        forces opposed to their state, first the one place their sentence names."""
        return self.story().for_organ(token, self.paragraph(token), opposed)

    def people_state(self, token: Token) -> str | None:
        """The state of the people of a place whose words place them nowhere ("protesters",
        "at least 60 people"; actors/story.py)."""
        return self.story().for_people(token, self.paragraph(token))

    def story(self) -> story.StoryStates:
        """The states the story names, found once per Doc."""
        if self._story is None:
            meta = self.doc._.meta or {}
            self._story = story.StoryStates.of(
                self._named_states(), self._dateline_state(),
                self.kb.outlets.home(meta.get("source"), meta.get("url")))
        return self._story

    def _named_states(self) -> list[story.Named]:
        """Each state the story names (actors/story.py), in no particular order, with whether
        it counts as one of the story's states."""
        out = []
        backers = self.backers()
        people = self._people_names()
        bodies = {e.start: e.end for e in self.ents.values() if e.label_ in ("ORG", "FAC")}
        for (start, end), key in _outermost(self.kb_spans):
            kind, _, code = key.partition(":")
            if _in_another_name(start, end, kind, people):
                continue  # "Farman [Tajik]", "[Abbas] Mir": a person's name, no state
            in_body = kind in ("country", "demonym", "capital") \
                and _in_another_name(start, end, "country", bodies)  # "[Pak]-China Committee"
            if kind == "person":  # in office or not: "President Bush" in 1990 is American
                code = nearest_office(self.kb.people[code], self.day).country
            elif kind == "agency":
                code = self.kb.agencies[code].country
            elif kind not in ("country", "demonym", "capital", "seat"):
                code = None
            root = self.doc[start:end].root
            if code:
                out.append(self._named(root, code, kind == "demonym", backers, in_body))
        for ent in self.ents.values():  # "blockades in parts of Darfur": Sudan's story
            if ent.start in self.kb_tokens or ent.label_ not in PLACE_LABELS:
                continue
            name = ent.text.removeprefix("the ")
            code = where.region_state(name, self.kb)  # whatever the model's label
            if code is None and ent.label_ == "GPE":
                code = where.city_state(name)  # "clashes in Mombasa"
            if code:
                out.append(self._named(ent.root, code, False, backers))
        return out

    def _people_names(self) -> dict[int, int]:
        """The persons' names the model found: their first token → their end."""
        return {e.start: e.end for e in self.ents.values() if e.label_ == "PERSON"}

    def _named(self, root: Token, code: str, demonym: bool, backers: set[int],
               in_body: bool = False) -> story.Named:
        """A named state; one inside a body's name ("the Pak-China Trades Action Committee")
        names no one who acts (story.BODY_ROLE)."""
        role = story.BODY_ROLE if in_body else story.role(root, demonym, _actor_nouns(self.kb))
        return story.Named(root.i, code, root.sent.start, self.paragraph(root), role,
                           story.counted(root, backers))

    def _dateline_state(self) -> str | None:
        """The state of the place the story was filed from ("NAIROBI:", "LIMA, Peru --")."""
        for line in datelines.recorded(self.doc):
            spans = [(line["start"], line["end"]), *[tuple(p) for p in line["parts"]]]
            for start, end in spans:
                tokens = list(self.doc[start:end])
                found = self.state_named(tokens) or \
                    where.place_state(self.doc[start:end].text.title(), self.kb)
                if found:
                    return found
        return None

    def backers(self) -> set[int]:
        """Tokens of the names in "X-backed" modifiers (see `backer`), found once per Doc from
        the few BACKING words the Doc holds, and in "pro-X" ones ("pro-Iranian militias",
        "pro-Hamas protesters"): X is whom the phrase supports, not whose it is."""
        if self._backers is None:
            doc = self.doc
            self._backers = {t.i for i in words_at(doc, BACKING)
                             if i > 1 and doc[i - 1].text in ("-", "–")
                             for t in doc[max(0, i - 5):i - 1] if backer(t)}
            names = {span.start for span in doc.spans.get("kb", [])}
            for i in words_at(doc, PRO):
                j = i + 2
                # up to the next name: "the pro-Iranian [Hezbollah] militia" is Hezbollah's
                while i + 1 < len(doc) and doc[i + 1].text in ("-", "–") and j < len(doc) \
                        and j - i < 5 and (j == i + 2 or doc[j].is_title and j not in names):
                    self._backers.add(j)
                    j += 1
        return self._backers

    def country_in(self, tokens: list[Token]) -> str | None:
        """The state that a state's name, demonym, capital, seat or agency among `tokens`
        names; else the state of a region or large city they name ("Bavaria", "Lagos"); never
        a backer's ("Moscow-friendly", "Kigali-backed": whom the phrase leans on, not its own)."""
        tokens = [t for t in tokens if t.i not in self.backers()]
        if found := self.state_named(tokens):
            return found
        place = self.place_in(tokens)
        return place[0] if place else None

    def place_in(self, tokens: list[Token]) -> tuple[str, str, bool] | None:
        """(state, place name, is a region) for a region or large city among the tokens: each
        place-like entity that starts there, then each run of capitalised words (a region the
        model left unlabelled: "the [Uttar Pradesh] government"). A body or person the KB
        knows is no place, whatever town shares its name ("Hamas", a town in Germany), nor is
        a backer ("a Kigali-backed militia")."""
        backers = self.backers()
        tokens = [t for t in tokens if not self.kb_tokens.get(t.i, "").startswith(BODIES)
                  and t.i not in backers]
        for t in tokens:
            if t.ent_iob_ == "B" and t.ent_type_ in PLACE_LABELS:
                name = _ent_text(t).removeprefix("the ")
                if found := where.region_state(name, self.kb):
                    return found, name, True
                if found := where.city_state(name):
                    return found, name, False
        for i in range(len(tokens)):
            for n in (4, 3, 2, 1):
                run = tokens[i:i + n]
                if len(run) == n and all(r.is_title or r.lower_ == "and" for r in run) \
                        and run[-1].i - run[0].i == n - 1:
                    name = run[0].doc[run[0].i:run[-1].i + 1].text
                    if found := where.region_state(name, self.kb):
                        return found, name, True
        return None

    def state_named(self, tokens: list[Token]) -> str | None:
        """The state a state's own name, demonym, capital, seat or agency names."""
        for t in tokens:
            if code := self._state_of(t):
                return code
        return None

    def owning_state(self, tokens: list[Token]) -> str | None:
        """The one state that owns a phrase by the words in it: "the Japanese police", "police
        in Japan". A backer is no owner ("US-backed Kurdish forces"), and where the words name
        several states ("courts in France, Germany and Sweden") none owns it."""
        found = self.owning_states(tokens)
        return found.pop() if len(found) == 1 else None

    def owning_states(self, tokens: list[Token]) -> set[str]:
        return {code for t in tokens if (code := self._state_of(t)) and t.i not in self.backers()}

    def _person_state(self, key: str) -> str | None:
        """The state a known person serves as of the story's day ("Trump": the US)."""
        kind, _, name = key.partition(":")
        person = self.kb.people.get(name) if kind == "person" else None
        return nearest_office(person, self.day).country if person and person.offices else None

    def _state_of(self, t: Token) -> str | None:
        kind, _, code = self.kb_tokens.get(t.i, "").partition(":")
        if kind in ("country", "demonym", "capital", "seat"):
            return code
        if kind == "agency":  # "ICE director X" is an American official
            return self.kb.agencies[code].country
        return None


# "US-backed", "Moscow-allied": the state stands behind a force it does not own ("Saudi-led"
# forces are led, so owned, by it).
BACKING = frozenset("backed allied supported sponsored funded trained armed brokered "
                    "aligned friendly".split())


# "pro-Iranian", "pro-Russian": whom a phrase's people or forces support.
PRO = frozenset(("pro",))


def backer(token: Token) -> bool:
    """Is the token the state of an "X-backed" modifier (its words up to a hyphen and one of
    BACKING)?"""
    doc = token.doc
    j = token.i + 1
    while j < len(doc) and j - token.i < 4 and doc[j].text not in ("-", "–") \
            and doc[j].is_title:
        j += 1
    return j + 1 < len(doc) and doc[j].text in ("-", "–") and doc[j + 1].lower_ in BACKING


_ACTOR_NOUNS: dict[int, frozenset[str]] = {}


def _actor_nouns(kb: KB) -> frozenset[str]:
    """The nouns an actor's phrase ends with: the last words of the sector phrases, the
    collectives and group nouns ("army", "police", "group", "faction"), once per KB."""
    if id(kb) not in _ACTOR_NOUNS:
        _ACTOR_NOUNS[id(kb)] = frozenset(p.split()[-1] for p in kb.sectors) | kb.collectives \
            | frozenset(kb.group_nouns) | kb.member_words
    return _ACTOR_NOUNS[id(kb)]


def _outermost(spans: dict[tuple[int, int], str]) -> list[tuple[tuple[int, int], str]]:
    """The KB matches that no longer match holds ("Burkina Faso", not its "Burkina")."""
    out, reach = [], -1
    for (start, end), key in sorted(spans.items(), key=lambda item: (item[0][0], -item[0][1])):
        if end > reach:
            out.append(((start, end), key))
            reach = end
    return out


def _in_another_name(start: int, end: int, kind: str, people: dict[int, int]) -> bool:
    """Is a KB match part of a longer name (`people`: first token → end) that is not its own:
    a state's name or demonym inside it ("Farman [Tajik]", "[Jordan] Peterson"), or a person's
    surname alias at a place a surname does not stand ("[Abbas] Mir", where "Mahmoud [Abbas]"
    is Abbas)?"""
    for first, last in people.items():
        if first <= start and end <= last and (first, last) != (start, end):
            return kind != "person" or end != last
    return False


def _place_ranges(doc: Doc, known: set[tuple[int, int]]) -> list[tuple[int, int]]:
    """(start, end) of the place names the model found (GPE, LOC) that the KB does not know
    whole: a KB state's name strictly inside one names a different place ("South America").
    A leading "the" is no part of the name ("The United States")."""
    out = []
    for e in doc.ents:
        if e.label_ not in ("GPE", "LOC") or len(e) < 2:
            continue
        start = e.start + 1 if e[0].lower_ == "the" else e.start
        if not any(s <= start and e.end <= end for s, end in known):
            out.append((start, e.end))
    return out


def _inside(start: int, end: int, ranges: list[tuple[int, int]]) -> bool:
    return any(s <= start and end <= e and (s, e) != (start, end) for s, e in ranges)


def _ent_text(token: Token) -> str:
    doc = token.doc
    end = token.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return doc[token.i:end].text
