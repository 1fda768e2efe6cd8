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

from collections.abc import Iterable

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from faultlines.actors import kb as kb_module
from faultlines.nlp.stage import Stage

SPAN_KEY = "kb"
LABELS = {"country": "GPE", "org": "ORG", "group": "ORG", "person": "PERSON",
          "demonym": "NORP", "seat": "ORG", "capital": "GPE"}


def kb_forms(kb: kb_module.KB) -> Iterable[tuple[str, str]]:
    """Every (surface form, KB key) the ruler matches; keys are KB ids, "demonym:ARM",
    "seat:RUS" or "capital:RUS". Country names and capitals are also matched in capitals
    ("JAPAN", "LONDON"), as wire headlines and datelines write them."""
    for form, kb_id in kb.names.items():
        yield form, kb_id
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
        for key, texts in by_key.items():
            self.matcher.add(key, list(nlp.tokenizer.pipe(texts)))

    def find(self, doc: Doc) -> list[Span]:
        vocab = doc.vocab.strings
        return [Span(doc, start, end, label=vocab[match_id])
                for match_id, start, end in self.matcher(doc)]

    def annotate(self, doc: Doc, found: list[Span]) -> None:
        doc.spans[SPAN_KEY] = found
        labelled = [Span(doc, s.start, s.end, label=LABELS[s.label_.partition(":")[0]])
                    for s in found]
        merged = merge(list(doc.ents), labelled)
        places = {(s.start, s.end) for s in found if not s.label_.startswith("person:")}
        doc.ents = propagate_surnames(doc, merged, places)


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


def propagate_surnames(doc: Doc, ents: list[Span],
                       known: set[tuple[int, int]] = frozenset()) -> list[Span]:
    """A lone word that is the last name of a PERSON named in full in the story is a PERSON.

    Only single-token entities (or bare title-case tokens) are relabelled, so that a longer
    name the model found ("Katz Group") is never broken up, and never a span the KB knows as
    something else (`known`: "Jordan" stays the country).
    """
    surnames = {e[-1].text for e in ents if e.label_ == "PERSON" and len(e) > 1
                and e[-1].is_title}
    if not surnames:
        return ents
    by_start = {e.start: e for e in ents}
    covered = {i for e in ents for i in range(e.start, e.end)}
    out = []
    for ent in ents:
        if len(ent) == 1 and ent.label_ != "PERSON" and ent.text in surnames \
                and (ent.start, ent.end) not in known:
            ent = Span(doc, ent.start, ent.end, label="PERSON")
        out.append(ent)
    for token in doc:
        if token.i not in covered and token.text in surnames and token.i not in by_start:
            out.append(Span(doc, token.i, token.i + 1, label="PERSON"))
    return sorted(out, key=lambda s: s.start)
