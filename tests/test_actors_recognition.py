"""Recognition: the KB entity ruler corrects spaCy's small model, and the seed article's actors.

The merge rules are tested on hand-made spans (no model); the relabelling on short texts with
the real pipeline; the seed tests on the founding article (shared/eval/seed).
"""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc, Span

from faultlines.actors import ruler
from faultlines.eval import seed as seed_suite


def ents(nlp, text: str) -> dict[str, str]:
    return {e.text: e.label_ for e in nlp(text).ents}


def test_actors_recognition_kb_labels_places_the_model_calls_organisations(nlp):
    found = ents(nlp, "Azerbaijan launched an offensive in Nagorno-Karabakh on Tuesday.")
    assert found["Nagorno-Karabakh"] == "GPE"
    assert found["Azerbaijan"] == "GPE"


def test_actors_recognition_kb_labels_a_lone_surname_as_person(nlp):
    assert ents(nlp, "Zakharova said the statement was a provocation.")["Zakharova"] == "PERSON"


def test_actors_recognition_keeps_the_model_entities_the_kb_does_not_know(nlp):
    found = ents(nlp, "George Mason University professor Mark N. Katz told Newsweek.")
    assert found["George Mason University"] == "ORG"
    assert found["Mark N. Katz"] == "PERSON"


def test_actors_recognition_a_later_surname_is_the_person_named_before(nlp):
    found = [(e.text, e.label_) for e in nlp("Analyst Priya Vandermeer wrote the report. "
                                              "Vandermeer said the risk was high.").ents]
    assert ("Vandermeer", "PERSON") in found


@pytest.fixture(scope="module")
def blank():
    return spacy.blank("en")


def test_actors_recognition_merge_prefers_longer_then_the_kb(blank):
    doc = Doc(blank.vocab, words=["the", "Moscow", "-", "led", "Collective", "Security",
                                   "Treaty", "Organization"])
    model = [Span(doc, 1, 8, label="ORG"), Span(doc, 4, 6, label="PERSON")]
    known = [Span(doc, 4, 8, label="ORG"), Span(doc, 1, 2, label="GPE")]
    assert [(s.start, s.end) for s in ruler.merge(model, known)] == [(1, 8)]
    same = ruler.merge([Span(doc, 1, 2, label="ORG")], [Span(doc, 1, 2, label="GPE")])
    assert [s.label_ for s in same] == ["GPE"]


def test_actors_recognition_surname_outranks_a_place_of_the_same_name(blank):
    doc = Doc(blank.vocab, words=["Kent", "Washington", "scored", ".", "Then", "Washington",
                                  "left"])
    ents = [Span(doc, 0, 2, label="PERSON"), Span(doc, 5, 6, label="GPE")]
    assert [s.label_ for s in ruler.propagate_surnames(doc, ents)] == ["PERSON", "PERSON"]


def test_actors_recognition_trims_what_the_model_drags_along(blank):
    doc = Doc(blank.vocab, words=["Interfax", "news", "agency", "and", "Kent", "108-", "'s"])
    assert ruler.trim(Span(doc, 0, 3, label="ORG")).text == "Interfax"
    assert ruler.trim(Span(doc, 4, 7, label="ORG")).text == "Kent"


def test_actors_recognition_splits_names_run_together_over_a_spaced_dash(blank):
    doc = Doc(blank.vocab, words=["Romania", "-", "Cosmin", "Contra"])
    assert [s.text for s in ruler.split(Span(doc, 0, 4, label="ORG"))] == ["Romania",
                                                                          "Cosmin Contra"]


def test_actors_recognition_capitals_lines_are_found():
    text = "SOCCER - JAPAN WIN\nLONDON 1996-08-30\nJapan won on Friday."
    assert ruler.capitals_lines(text) == [(0, 18), (19, 36)]


def test_actors_recognition_pipeline_declares_what_it_reads_and_writes(nlp):
    analysis = nlp.analyze_pipes()
    assert not analysis["problems"].get("faultlines_entities")
    assert not analysis["problems"].get("faultlines_actors")


# ---------------------------------------------------------------- the seed article

def test_actors_recognition_seed_gold_actors_found(seed_article, shared):
    gold = seed_suite.load_gold(shared / "eval" / "seed")
    actors = [a.to_dict() for a in seed_article.actors]
    metrics = seed_suite.score_actors(actors, gold)
    assert metrics["actors_found"] >= 15, actors


def test_actors_recognition_nobody_from_the_photo_credit(seed_article):
    names = " ".join(f"{a.name} {a.text}" for a in seed_article.actors)
    for credit in ("Metzel", "Nishimura", "Getty"):
        assert credit not in names


def test_actors_recognition_seed_entities_carry_their_actors(seed_article):
    by_text = {e.text: e.actor for e in seed_article.entities}
    assert by_text["Maria Zakharova"].name == "Maria Zakharova"
    katz = next(a for a in seed_article.actors if "Katz" in a.name)
    assert katz.country is None and katz.sector == "EDU"  # a US university is not in the KB


def test_actors_recognition_a_name_found_once_is_found_again(blank):
    doc = Doc(blank.vocab, words=["Rodney", "Eyles", "won", ".", "Rodney", "Eyles", "lost"])
    found = ruler.repeat_names(doc, [Span(doc, 0, 2, label="PERSON")], doc.text)
    assert [(s.start, s.label_) for s in found] == [(0, "PERSON"), (4, "PERSON")]
    single = ruler.repeat_names(doc, [Span(doc, 1, 2, label="PERSON")], doc.text)
    assert len(single) == 1  # a lone word is not repeated


def test_actors_recognition_a_span_ending_in_a_known_person_is_a_person(blank):
    doc = Doc(blank.vocab, words=["Recep", "Tayyip", "]", "Erdoğan", "spoke"])
    span = Span(doc, 0, 4, label="ORG")
    assert ruler._as_person(span, {4}).label_ == "PERSON"
    assert ruler._as_person(span, {3}).label_ == "ORG"


def test_actors_recognition_a_kb_form_overlapped_by_the_models_person_runs_to_its_end(blank):
    doc = Doc(blank.vocab, words=["Chinese", "President", "Xi", "Jinping", "visited", "Paris"])
    kb_form = Span(doc, 1, 3, label="person:xi-jinping")  # the alias "President Xi"
    model = [Span(doc, 2, 4, label="PERSON")]  # the model's "Xi Jinping"
    chosen = ruler.merge(model, [Span(doc, 1, 3, label="PERSON")])
    out, widened = ruler.extend_people(chosen, model, [kb_form])
    assert [(s.start, s.end, s.label_) for s in out] == [(1, 4, "PERSON")]
    assert [(s.start, s.end, s.label_) for s in widened] == [(1, 4, "person:xi-jinping")]


def test_actors_recognition_a_namesake_the_kb_lists_apart_is_not_widened(blank):
    doc = Doc(blank.vocab, words=["Prime", "Minister", "Lee", "Hsien", "Loong", "spoke"])
    known = [Span(doc, 0, 3, label="person:lee-a"), Span(doc, 2, 5, label="person:lee-b")]
    model = [Span(doc, 2, 5, label="PERSON")]
    chosen = [Span(doc, 0, 3, label="PERSON")]
    out, widened = ruler.extend_people(chosen, model, known)
    assert [(s.start, s.end) for s in out] == [(0, 3)] and widened == []


def test_actors_recognition_kb_title_and_full_name_make_one_mention(nlp):
    doc = nlp("Chinese President Xi Jinping welcomed the Kenyan delegation in Beijing.")
    first = doc._.mentions[0]
    assert first["text"] == "Chinese President Xi Jinping"
    assert first["actor"]["id"] == "person:xi-jinping"


def test_actors_recognition_a_name_cut_before_its_last_word_is_finished(nlp):
    doc = nlp("President Gloria Macapagal Arroyo of the Philippines signed the budget bill.")
    assert ("Gloria Macapagal Arroyo", "PERSON") in [(e.text, e.label_) for e in doc.ents]


def test_actors_recognition_a_name_runs_on_only_over_words_no_title_claims(nlp):
    doc = nlp("Gloria Macapagal Arroyo spoke.")
    cut = [Span(doc, 0, 2, label="PERSON")]
    assert ruler.finish_names(doc, cut, frozenset(), [])[0].text == "Gloria Macapagal Arroyo"
    assert ruler.finish_names(doc, cut, frozenset({"arroyo"}), [])[0].text == "Gloria Macapagal"


def test_actors_recognition_a_name_with_a_typographic_apostrophe_is_the_kb_name(nlp):
    doc = nlp("The Kurdistan Workers’ Party said on Friday it would lay down its arms, "
              "and Hay’at Tahrir al-Sham took the city.")
    keys = {s.text: s.label_ for s in doc.spans[ruler.SPAN_KEY]}
    assert keys["Kurdistan Workers’ Party"] == "group:PKK"
    assert keys["Hay’at Tahrir al-Sham"] == "group:HTS"


def test_actors_recognition_a_typographic_apostrophe_does_not_join_other_words(nlp):
    doc = nlp("The workers’ party congress met in Kurdistan on Friday.")
    assert not any(s.label_ == "group:PKK" for s in doc.spans[ruler.SPAN_KEY])
