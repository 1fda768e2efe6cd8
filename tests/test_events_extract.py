"""Event extraction on hand-built parses: a model update cannot move these.

Each Doc is built word by word with its heads, dependencies, parts of speech and lemmas, and its
actor mentions are filled by hand, as the actors stage would write them.
"""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from faultlines.events.component import code_doc
from faultlines.events.lexicon import load
from faultlines.nlp import extensions

VOCAB = spacy.blank("en").vocab  # English lexical attributes (lower case), no model
STATES = {"Azerbaijan": "AZE", "Armenia": "ARM", "Armenian": "ARM", "Russia": "RUS",
          "Ukraine": "UKR", "Turkey": "TUR"}


def state(word: str) -> dict:
    code = STATES[word]
    return {"text": word, "name": word, "code": code, "country": code, "sector": "GOV",
            "kind": "state", "role": None, "id": f"country:{code}"}


def person(name: str, country: str) -> dict:
    return {"text": name, "name": name, "code": None, "country": country, "sector": "GOV",
            "kind": "person", "role": None, "id": f"person:{name.lower()}"}


def parse(rows: list[tuple], people: dict[str, dict] | None = None) -> Doc:
    """rows: (word, head index, dep, pos, lemma[, tag]); mentions for known names."""
    extensions.register()
    words = [r[0] for r in rows]
    doc = Doc(VOCAB, words=words, heads=[r[1] for r in rows], deps=[r[2] for r in rows],
              pos=[r[3] for r in rows], lemmas=[r[4] for r in rows],
              tags=[r[5] if len(r) > 5 else "" for r in rows])
    extensions.ensure_lists(doc)
    doc._.meta = {"published": "2023-09-19"}
    people = people or {}
    doc._.mentions = [
        {"start": t.i, "end": t.i + 1, "start_char": t.idx, "end_char": t.idx + len(t),
         "text": t.text, "label": "GPE", "via": "name", "head": t.i,
         "actor": state(t.text) if t.text in STATES else people[t.text]}
        for t in doc if t.text in STATES or t.text in people]
    return doc


def coded(doc: Doc) -> list[tuple]:
    return [(e["type"], [a["code"] or a["country"] for a in e["actor"]],
             [a["code"] or a["country"] for a in e["recipient"]]) for e in code_doc(doc, load())]


def test_events_extract_attack_on_positions_is_an_assault_on_their_state():
    doc = parse([("Azerbaijan", 1, "nsubj", "PROPN", "Azerbaijan"),
                 ("attacked", 1, "ROOT", "VERB", "attack", "VBD"),
                 ("Armenian", 3, "amod", "ADJ", "armenian"),
                 ("positions", 1, "dobj", "NOUN", "position"),
                 (".", 1, "punct", "PUNCT", ".")])
    assert coded(doc) == [("ASSAULT", ["AZE"], ["ARM"])]


def test_events_extract_attack_on_a_thing_is_an_accusation():
    doc = parse([("Azerbaijan", 1, "nsubj", "PROPN", "Azerbaijan"),
                 ("attacked", 1, "ROOT", "VERB", "attack", "VBD"),
                 ("the", 3, "det", "DET", "the"),
                 ("plan", 1, "dobj", "NOUN", "plan"),
                 (".", 1, "punct", "PUNCT", ".")])
    assert coded(doc) == [("ACCUSE", ["AZE"], [])]


def test_events_extract_passive_by_agent_is_the_actor():
    doc = parse([("Armenia", 2, "nsubjpass", "PROPN", "Armenia"),
                 ("was", 2, "auxpass", "AUX", "be"),
                 ("attacked", 2, "ROOT", "VERB", "attack", "VBN"),
                 ("by", 2, "agent", "ADP", "by"),
                 ("Azerbaijan", 3, "pobj", "PROPN", "Azerbaijan"),
                 (".", 2, "punct", "PUNCT", ".")])
    assert coded(doc) == [("ASSAULT", ["AZE"], ["ARM"])]


def test_events_extract_relative_clause_takes_the_noun_it_modifies():
    erdogan = person("Erdogan", "TUR")
    doc = parse([("Erdogan", 5, "nsubj", "PROPN", "Erdogan"),
                 (",", 0, "punct", "PUNCT", ","),
                 ("who", 3, "nsubj", "PRON", "who", "WP"),
                 ("backs", 0, "relcl", "VERB", "back", "VBZ"),
                 ("Azerbaijan", 3, "dobj", "PROPN", "Azerbaijan"),
                 ("spoke", 5, "ROOT", "VERB", "speak", "VBD"),
                 (".", 5, "punct", "PUNCT", ".")], {"Erdogan": erdogan})
    assert coded(doc) == [("SUPPORT", ["TUR"], ["AZE"])]


def test_events_extract_coordinated_recipients_and_absorbed_complement():
    doc = parse([("Russia", 1, "nsubj", "PROPN", "Russia"),
                 ("urged", 1, "ROOT", "VERB", "urge", "VBD"),
                 ("Armenia", 1, "dobj", "PROPN", "Armenia"),
                 ("and", 2, "cc", "CCONJ", "and"),
                 ("Azerbaijan", 2, "conj", "PROPN", "Azerbaijan"),
                 ("to", 6, "aux", "PART", "to"),
                 ("negotiate", 1, "xcomp", "VERB", "negotiate", "VB"),
                 (".", 1, "punct", "PUNCT", ".")])
    assert coded(doc) == [("REQUEST", ["RUS"], ["ARM", "AZE"])]


def test_events_extract_negation_marks_the_event():
    doc = parse([("Russia", 3, "nsubj", "PROPN", "Russia"),
                 ("did", 3, "aux", "AUX", "do"),
                 ("not", 3, "neg", "PART", "not"),
                 ("invade", 3, "ROOT", "VERB", "invade", "VB"),
                 ("Ukraine", 3, "dobj", "PROPN", "Ukraine"),
                 (".", 3, "punct", "PUNCT", ".")])
    events = code_doc(doc, load())
    assert [(e["type"], e["negated"], e["hypothetical"]) for e in events] == \
        [("ASSAULT", True, False)]


@pytest.mark.parametrize("rows", [
    [("The", 1, "det", "DET", "the"), ("weather", 2, "nsubj", "NOUN", "weather"),
     ("was", 2, "ROOT", "AUX", "be"), ("cold", 2, "acomp", "ADJ", "cold"),
     ("in", 2, "prep", "ADP", "in"), ("Baku", 4, "pobj", "PROPN", "Baku"),
     (".", 2, "punct", "PUNCT", ".")],
    [("Oil", 1, "nsubj", "NOUN", "oil"), ("is", 1, "ROOT", "AUX", "be"),
     ("the", 4, "det", "DET", "the"), ("largest", 4, "amod", "ADJ", "large"),
     ("import", 1, "attr", "NOUN", "import"), (".", 1, "punct", "PUNCT", ".")],
])
def test_events_extract_sentence_without_trigger_yields_no_event(rows):
    assert coded(parse(rows)) == []


def test_events_extract_needs_a_resolved_actor():
    doc = parse([("Someone", 1, "nsubj", "PRON", "someone"),
                 ("attacked", 1, "ROOT", "VERB", "attack", "VBD"),
                 ("the", 3, "det", "DET", "the"),
                 ("convoy", 1, "dobj", "NOUN", "convoy"),
                 (".", 1, "punct", "PUNCT", ".")])
    assert coded(doc) == []
