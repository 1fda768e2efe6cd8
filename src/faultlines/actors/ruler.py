"""Recognition: the knowledge base corrects and completes spaCy's statistical NER.

The small English model calls "Nagorno-Karabakh" an ORG and "Zakharova" a GPE; the KB knows
better. After spaCy's "ner", `KBEntityRuler` matches every KB name (PhraseMatcher on the exact
words, built once) and merges the matches with the model's entities: of two overlapping spans
the longer wins, and at equal length the KB's label. Entities the KB does not know are kept.
It also finishes what the model starts with people: once a story names "Mark N. Katz", a
later "Katz" is a PERSON too, whatever the model thought of the lone word.

Each KB match is also kept, labelled with its KB id ("country:ARM", "person:vladimir-putin"),
in `doc.spans["kb"]`, so that resolution can look names up without matching again.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

import numpy
from spacy.attrs import ORTH
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token

from faultlines.actors import kb as kb_module
from faultlines.nlp.datelines import dated_place, recorded
from faultlines.nlp.doctext import doc_text
from faultlines.nlp.stage import Stage

SPAN_KEY = "kb"
SOFT_HYPHEN = "\u00ad"
NAME_LABELS = frozenset(("PERSON", "ORG", "GPE", "LOC", "NORP", "FAC"))
REPEATED = frozenset(("PERSON", "ORG", "GPE", "LOC"))
LABELS = {"country": "GPE", "org": "ORG", "group": "ORG", "agency": "ORG", "person": "PERSON",
          "demonym": "NORP", "seat": "ORG", "capital": "GPE"}


def kb_forms(kb: kb_module.KB) -> Iterable[tuple[str, str]]:
    """Every (surface form, KB key) the ruler matches; keys are KB ids, "demonym:ARM",
    "seat:RUS" or "capital:RUS". Country names and capitals are also matched in capitals
    ("JAPAN", "LONDON"), as wire headlines and datelines write them. A form written with a
    straight apostrophe is also matched with the typographic one (U+2019) that most papers
    print, so the KB writes each such name once."""
    for form, kb_id in kb.names.items():
        yield form, kb_id
        if "'" in form:  # news sets the typographic apostrophe: "Kurdistan Workers’ Party"
            yield form.replace("'", "\u2019"), kb_id
        if kb_id.startswith("country:") and len(form) > 3:
            yield form.upper(), kb_id
    for form, iso3 in kb.demonyms.items():
        yield form, f"demonym:{iso3}"
    for form, seat in kb.seats.items():
        iso3 = kb.seat_country[form]
        kind = "capital" if form == kb.countries[iso3].capital else "seat"
        yield form, f"{kind}:{iso3}"
        if kind == "capital" and len(form) > 3:
            yield form.upper(), f"{kind}:{iso3}"


class KBEntityRuler(Stage):
    """Relabel and add the names the KB knows; keep the model's other entities."""

    def __init__(self, nlp: Language, name: str = "faultlines_entities",
                 kb: kb_module.KB | None = None) -> None:
        self.name = name
        self.kb = kb or kb_module.load()
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        forms: dict[str, str] = {}
        for form, key in kb_forms(self.kb):
            forms.setdefault(form, key)  # a name wins over a capital spelled the same
        by_key: dict[str, list[str]] = {}
        for form, key in forms.items():
            by_key.setdefault(key, []).append(form)
        self.keys: dict[int, str] = {}  # match id → KB key, independent of the Doc's vocab
        # the words of titles and bodies ("Administration", "Party"): never the end of a name
        self.common = frozenset(w for phrase in self.kb.sectors for w in phrase.split())
        self.words: dict[str, str] = {}  # one-word forms → KB key, for soft-hyphenated words
        for key, texts in by_key.items():
            patterns = list(nlp.tokenizer.pipe(texts))
            self.matcher.add(key, patterns)
            self.keys[nlp.vocab.strings[key]] = key
            self.words.update((p.text, key) for p in patterns if len(p) == 1)

    def find(self, doc: Doc) -> list[Span]:
        found = [(start, end, self.keys[match_id]) for match_id, start, end in self.matcher(doc)]
        found += [(s.start, s.end, s.label_) for s in self.soft_hyphenated(doc)]
        found.sort(key=lambda m: m[:2])  # sorted before the Spans are made: cheaper to read
        return [Span(doc, start, end, label=label) for start, end, label in found]

    def soft_hyphenated(self, doc: Doc) -> list[Span]:
        """One-word names that a soft hyphen (U+00AD, invisible in print) splits in the text
        ("Keny\u00adans", "Ne\u00adpal"): papers set them for line breaking, and a story keeps
        them where it was copied from a page. The text stays as written (offsets and quoted
        words refer to it); only the match ignores them."""
        if SOFT_HYPHEN not in doc_text(doc):
            return []
        return [Span(doc, t.i, t.i + 1, label=key) for t in doc if SOFT_HYPHEN in t.text
                and (key := self.words.get(t.text.replace(SOFT_HYPHEN, ""))) is not None]

    def annotate(self, doc: Doc, known: list[Span]) -> None:
        doc.spans[SPAN_KEY] = known
        labelled = [Span(doc, s.start, s.end, label=LABELS[s.label_.partition(":")[0]])
                    for s in known]
        text = doc_text(doc)
        model = untimed_names(tidy(doc, list(doc.ents), text), known)
        model = sorted(model + datelines(doc, model), key=lambda e: e.start)
        people = {s.end for s in known if s.label_.startswith("person:")}
        model = finish_names(doc, model, self.common, known)
        chosen = merge(model, labelled)
        chosen, extended = extend_people(chosen, model, known)
        if extended:  # "President Xi" + "Jinping": the longer name keeps the KB's id
            doc.spans[SPAN_KEY] = known + extended
        merged = [_as_person(e, people) for e in chosen]
        kb_spans = {(s.start, s.end) for s in labelled}
        named = repeat_names(doc, one_label_per_name(doc, merged, kb_spans), text)
        doc.ents = propagate_surnames(doc, named)


def _as_person(ent: Span, person_ends: set[int]) -> Span:
    """A longer span the model took for an ORG or a place that ends with a name the KB knows
    as a person's is that person's name ("[Recep Tayyip] Erdoğan")."""
    if ent.label_ in ("ORG", "GPE", "LOC", "NORP") and len(ent) > 1 and ent.end in person_ends:
        return Span(ent.doc, ent.start, ent.end, label="PERSON")
    return ent


def tidy(doc: Doc, ents: list[Span], text: str) -> list[Span]:
    """The model's entities with the small model's usual slips mended (see `trim`, `split`):
    a person's initials joined to the name ("U. Chandana"), a name split in two joined
    ("Natalia" "Karimova"), and a lone capitalised common noun ("Men", "Extras") dropped."""
    out: list[Span] = []
    caps = capitals_lines(text)
    for ent in (part for e in ents for part in split(e)):
        ent = trim(ent)
        if ent is None or (len(ent) == 1 and ent[0].pos_ == "NOUN" and ent.label_ in NAME_LABELS):
            continue
        if caps and ent.label_ in NAME_LABELS and _within(ent, caps):
            if not dated_place(ent):
                continue
            ent = Span(doc, ent.start, ent.end, label="GPE")
        if ent.label_ in NAME_LABELS and ent.start > 0 and _initial(doc[ent.start - 1]):
            ent = Span(doc, ent.start, ent.end, label="PERSON")  # "U. Chandana"
        if ent.label_ == "PERSON":
            start = ent.start
            while start > 0 and _initial(doc[start - 1]) and not doc[start - 1].ent_type_:
                start -= 1
            if out and out[-1].label_ == "PERSON" and out[-1].end == start:
                start = out.pop().start
            ent = Span(doc, start, ent.end, label="PERSON")
        out.append(ent)
    return out


def untimed_names(model: list[Span], known: list[Span]) -> list[Span]:
    """A time the model ran on from a name the KB knows gives the name back ("[Kyiv]
    overnight", "[Gaza] this week" read as one TIME or DATE): the longer time span would
    otherwise win the merge and the place would be no mention. What follows the name, a word
    of its own, stays a time."""
    starts: dict[int, int] = {}
    for s in known:
        starts[s.start] = max(s.end, starts.get(s.start, 0))
    out = []
    for ent in model:
        end = starts.get(ent.start)
        if ent.label_ in ("DATE", "TIME") and end is not None and end < ent.end \
                and ent.doc[end - 1].whitespace_:  # "Obama-era" is one word: left as it is
            ent = Span(ent.doc, end, ent.end, label=ent.label_)
        out.append(ent)
    return out


def capitals_lines(text: str) -> list[tuple[int, int]]:
    """The (start, end) character ranges of lines written all in capitals (a wire headline or
    a table heading): there the model has lost its best cue, and only the KB's names are kept."""
    out, start = [], 0
    for line in text.split("\n"):
        if _in_capitals(line):
            out.append((start, start + len(line)))
        start += len(line) + 1
    return out


def _in_capitals(line: str) -> bool:
    """More than three letters, all capitals: read letter by letter and left at the first small
    one (a line of prose is left at its second letter, not read to its end)."""
    letters = 0
    for c in line:
        if c.isalpha():
            if not c.isupper():
                return False
            letters += 1
    return letters > 3


def _within(ent: Span, ranges: list[tuple[int, int]]) -> bool:
    return any(start <= ent.start_char and ent.end_char <= end for start, end in ranges)


def datelines(doc: Doc, ents: list[Span]) -> list[Span]:
    """Dateline places the model missed ("BONN 1996-08-30"): the places in capitals of the
    dated datelines the dateline stage recorded (nlp/datelines.py), as GPEs."""
    covered = {i for e in ents for i in range(e.start, e.end)}
    return [Span(doc, d["start"], d["end"], label="GPE") for d in recorded(doc)
            if d["upper"] and d["dated"] and not covered.intersection(range(d["start"], d["end"]))]


def tokens_with(doc: Doc, words: set[str]) -> list[int]:
    """Indices of the tokens written exactly as one of `words` (numpy over the word ids)."""
    strings = doc.vocab.strings
    hashes = numpy.array([strings.add(w) for w in words], dtype="uint64")
    orth = doc.to_array([ORTH]).astype("uint64")
    return numpy.flatnonzero(numpy.isin(orth, hashes)).tolist()


def _initial(token) -> bool:
    return len(token.text) == 2 and token.text[0].isupper() and token.text[1] == "."


def split(ent: Span) -> list[Span]:
    """Two names the model ran together across a spaced dash ("Romania - Cosmin Contra")."""
    doc, parts, start = ent.doc, [], ent.start
    for t in ent:
        if t.text in ("-", "–") and t.i > ent.start and doc[t.i - 1].whitespace_ and t.whitespace_:
            if t.i > start:
                parts.append(Span(doc, start, t.i, label=ent.label_))
            start = t.i + 1
    if start < ent.end:
        parts.append(Span(doc, start, ent.end, label=ent.label_))
    return parts


def trim(ent: Span) -> Span | None:
    """A name without what the small model drags along: a trailing possessive, score or
    lower-case word ("Reagan 's", "Kent 108-", "Interfax news agency" → "Interfax")."""
    doc, end = ent.doc, ent.end
    while end > ent.start and ent.label_ in ("PERSON", "ORG", "GPE", "LOC") and (
            doc[end - 1].lower_ in ("'s", "’s", "'") or doc[end - 1].is_space
            or doc[end - 1].is_punct and doc[end - 1].text not in (".", ")")
            or any(c.isdigit() for c in doc[end - 1].text)
            or doc[end - 1].is_lower and doc[end - 1].is_alpha and end - 1 > ent.start):
        end -= 1
    if end == ent.start:
        return None
    return ent if end == ent.end else Span(doc, ent.start, end, label=ent.label_)


def finish_names(doc: Doc, model: list[Span], common: frozenset[str],
                 known: list[Span]) -> list[Span]:
    """A person's name the model cut before its last word ("[Gloria Macapagal] Arroyo"): the
    name runs on while its last word modifies a capitalised proper noun after it that no
    entity, KB name or title word ("Administration") claims, as a compound chain of proper
    nouns is one name."""
    taken = {i for e in model for i in range(e.start, e.end)}
    taken.update(i for s in known for i in range(s.start, s.end))
    out = []
    for ent in model:
        end = ent.end
        while ent.label_ == "PERSON" and end < len(doc) and end not in taken \
                and _name_goes_on(doc[end - 1], doc[end], common):
            end += 1
        out.append(ent if end == ent.end else Span(doc, ent.start, end, label=ent.label_))
    return out


def _name_goes_on(last: Token, nxt: Token, common: frozenset[str]) -> bool:
    return last.dep_ == "compound" and last.head.i >= nxt.i and nxt.pos_ == "PROPN" \
        and nxt.is_title and nxt.is_alpha and nxt.lower_ not in common


def extend_people(chosen: list[Span], model: list[Span],
                  known: list[Span]) -> tuple[list[Span], list[Span]]:
    """A KB person's form that the model's PERSON overlaps on its right ("[President Xi]"
    and "[Xi Jinping]") runs to the model's end: "President Xi Jinping" is one name, and the
    parse's head ("Jinping") must lie inside it. RETURNS the entities and the widened KB
    spans, each labelled with its person's KB id, so resolution still finds the person.
    The model's span must not hold another KB person ("President Kim" + "Kim Jong Un" is
    fine; a namesake the KB lists under another id is not widened)."""
    ids = {(s.start, s.end): s.label_ for s in known if s.label_.startswith("person:")}
    people = [m for m in model if m.label_ == "PERSON"]
    taken = {i for s in chosen for i in range(s.start, s.end)}
    out, extended = [], []
    for span in chosen:
        key = ids.get((span.start, span.end))
        right = next((m for m in people if span.start < m.start < span.end < m.end), None)
        if key and right is not None and not taken.intersection(range(span.end, right.end)) \
                and all(s.label_ == key for s in known if s.label_.startswith("person:")
                        and right.start <= s.start and s.end <= right.end):
            span = Span(span.doc, span.start, right.end, label=span.label_)
            extended.append(Span(span.doc, span.start, span.end, label=key))
        out.append(span)
    return out, extended


def merge(model: list[Span], known: list[Span]) -> list[Span]:
    """Non-overlapping entities: longer spans first, the KB's at equal length."""
    ranked = sorted([(len(s), 1, s) for s in known] + [(len(s), 0, s) for s in model],
                    key=lambda item: (-item[0], -item[1], item[2].start))
    taken: set[int] = set()
    chosen = []
    for _, _, span in ranked:
        if not taken.intersection(range(span.start, span.end)):
            taken.update(range(span.start, span.end))
            chosen.append(span)
    return sorted(chosen, key=lambda s: s.start)


def one_label_per_name(doc: Doc, ents: list[Span], fixed: set[tuple[int, int]]) -> list[Span]:
    """A name keeps one label through a story: where the model labels the same words
    differently, the label it gives most often wins (the KB's labels count thrice and are
    never changed: `fixed`)."""
    votes: dict[str, Counter] = {}
    for e in ents:
        votes.setdefault(e.text, Counter())[e.label_] += 3 if (e.start, e.end) in fixed else 1
    best = {text: c.most_common(1)[0][0] for text, c in votes.items()}
    return [e if (e.start, e.end) in fixed or best[e.text] == e.label_
            else Span(doc, e.start, e.end, label=best[e.text]) for e in ents]


def repeat_names(doc: Doc, ents: list[Span], text: str) -> list[Span]:
    """A name of two words or more found once is the same name wherever else the story writes
    it ("Rodney Eyles" labelled in one sentence and missed in the next). Single words are left
    alone: a lone capitalised word is too often something else."""
    covered = {i for e in ents for i in range(e.start, e.end)}
    out, seen = list(ents), set()
    for ent in ents:
        if len(ent) < 2 or ent.label_ not in REPEATED or ent.text in seen:
            continue
        seen.add(ent.text)
        at = text.find(ent.text)
        while at >= 0:
            span = doc.char_span(at, at + len(ent.text), label=ent.label_)
            if span is not None and not covered.intersection(range(span.start, span.end)):
                out.append(span)
                covered.update(range(span.start, span.end))
            at = text.find(ent.text, at + 1)
    return sorted(out, key=lambda e: e.start) if len(out) > len(ents) else ents


def propagate_surnames(doc: Doc, ents: list[Span]) -> list[Span]:
    """A lone word that is the last name of a PERSON named in full in the story is a PERSON,
    as news names a person in full once and by surname after ("Michael Jordan ... Jordan").

    Only single-token entities (or bare title-case tokens) are relabelled, so that a longer
    name the model found ("Katz Group") is never broken up.
    """
    surnames = {e[-1].text for e in ents if e.label_ == "PERSON" and len(e) > 1
                and e[-1].is_title}
    if not surnames:
        return ents
    covered = {i for e in ents for i in range(e.start, e.end)}
    out = []
    for ent in ents:
        if len(ent) == 1 and ent.label_ != "PERSON" and ent.text in surnames:
            ent = Span(doc, ent.start, ent.end, label="PERSON")
        out.append(ent)
    for i in tokens_with(doc, surnames):
        if i not in covered:
            out.append(Span(doc, i, i + 1, label="PERSON"))
    return sorted(out, key=lambda s: s.start)
