"""Speakers of quotes: every construction the quote stage reads, on team-written sentences.

The actors stage's mentions are filled in by hand here, so these tests pin the quote stage's own
reading (which token speaks) whatever the actors stage resolves; the parse is spaCy's.
"""

from __future__ import annotations

import pytest

from faultlines.nlp.extensions import ensure_lists
from faultlines.quotes import find_quotes

PETROVA = {"text": "Anna Petrova", "name": "Anna Petrova", "code": None, "country": "GEO",
           "sector": "GOV", "kind": "person", "role": "Foreign Minister", "id": None}
MINISTRY = {"text": "the Foreign Ministry of Georgia", "name": "Georgia Foreign Ministry",
            "code": "GEO", "country": "GEO", "sector": "GOV", "kind": "state", "role": None,
            "id": None}
COMMITTEE = {"text": "the Foreign Affairs Committee", "name": "Foreign Affairs Committee",
             "code": None, "country": "GBR", "sector": "LEG", "kind": "organization",
             "role": None, "id": None}
LANE = {"text": "Senator Lane", "name": "Tom Lane", "code": None, "country": "GBR",
        "sector": "LEG", "kind": "person", "role": "Senator", "id": None}
RUSSIA = {"text": "Russia", "name": "Russia", "code": "RUS", "country": "RUS", "sector": "GOV",
          "kind": "state", "role": None, "id": "country:RUS"}


def mention(doc, words: str, actor: dict, nth: int = 0, via: str = "name") -> dict:
    """A mention dict as the actors stage writes it, for the nth occurrence of `words`."""
    start = -1
    for _ in range(nth + 1):
        start = doc.text.index(words, start + 1)
    span = doc.char_span(start, start + len(words))
    return {"start": span.start, "end": span.end, "start_char": start,
            "end_char": start + len(words), "text": words, "label": "PERSON", "via": via,
            "head": span.root.i, "actor": actor}


def with_mentions(nlp, text: str, marks: list[tuple]) -> object:
    """Parse `text` and give it the mentions (words, actor[, nth[, via]]) by hand."""
    doc = nlp(text)
    ensure_lists(doc)
    doc._.mentions = sorted((mention(doc, *m) for m in marks), key=lambda m: m["start"])
    return doc


def quotes(nlp, text: str, marks: list[tuple]) -> list[dict]:
    return find_quotes(with_mentions(nlp, text, marks))


def speaker(quote: dict) -> str | None:
    return (quote["speaker"] or {}).get("name")


def test_quotes_speakers_split_quote_shares_the_cue_speaker(bare_nlp) -> None:
    found = quotes(bare_nlp, "“The border is calm,” Petrova said. “We expect no escalation.”",
                   [("Petrova", PETROVA, 0, "surname")])
    assert [(q["text"], q["kind"], speaker(q)) for q in found] == [
        ("The border is calm,", "direct", "Anna Petrova"),
        ("We expect no escalation.", "direct", "Anna Petrova")]
    assert found[0]["cue"] == found[1]["cue"] == "said"


def test_quotes_speakers_inverted_cue_and_pronoun(bare_nlp) -> None:
    (first,) = quotes(bare_nlp, "“Nothing has changed,” said Petrova.", [("Petrova", PETROVA)])
    (second,) = quotes(bare_nlp, "“We will not retreat,” she told reporters.",
                       [("she", PETROVA, 0, "pronoun")])
    assert speaker(first) == speaker(second) == "Anna Petrova"
    assert second["cue"] == "told"


def test_quotes_speakers_quote_only_paragraph_takes_previous_speaker(bare_nlp) -> None:
    text = "“The shelling stopped at dawn,” Petrova said on Monday.\n\n“Now we must rebuild.”"
    found = quotes(bare_nlp, text, [("Petrova", PETROVA)])
    assert [speaker(q) for q in found] == ["Anna Petrova", "Anna Petrova"]


def test_quotes_speakers_cue_ending_the_previous_paragraph_with_a_colon(bare_nlp) -> None:
    text = "Petrova told the parliament:\n\n“We will rebuild every village.”"
    (found,) = quotes(bare_nlp, text, [("Petrova", PETROVA)])
    assert (found["kind"], speaker(found)) == ("direct", "Anna Petrova")


def test_quotes_speakers_message_read_is_the_accounts_owner(bare_nlp) -> None:
    text = ("On Monday, Senator Lane reshared a message that was posted on the Foreign Affairs "
            "Committee’s account.\n\n“Georgia deserves our support,” the message read.")
    (found,) = quotes(bare_nlp, text, [("Senator Lane", LANE),
                                       ("Foreign Affairs Committee", COMMITTEE)])
    assert found["cue"] == "the message read"
    assert speaker(found) == "Foreign Affairs Committee"


def test_quotes_speakers_institution_and_what_it_called(bare_nlp) -> None:
    text = ("On Friday, the Foreign Ministry of Georgia asked the United Nations to intervene in "
            "what it called Russia’s “creeping annexation.”")
    (found,) = quotes(bare_nlp, text, [("the Foreign Ministry of Georgia", MINISTRY),
                                       ("Russia", RUSSIA)])
    assert (found["text"], found["kind"], found["cue"]) == ("creeping annexation.", "partial",
                                                            "called")
    assert speaker(found) == "Georgia Foreign Ministry"


def test_quotes_speakers_partial_quote_in_a_reported_clause(bare_nlp) -> None:
    text = "Petrova said Tbilisi was “deeply alarmed by the shelling” near the border."
    (found,) = quotes(bare_nlp, text, [("Petrova", PETROVA)])
    assert (found["text"], found["kind"], speaker(found)) == \
        ("deeply alarmed by the shelling", "partial", "Anna Petrova")


def test_quotes_speakers_named_after_a_dash(bare_nlp) -> None:
    text = "Voters in Tbilisi queued for hours.\n\n“Peace, and work for my children.” ― Anna Petrova"
    (found,) = quotes(bare_nlp, text, [("Anna Petrova", PETROVA)])
    assert (found["cue"], speaker(found)) == ("—", "Anna Petrova")


def test_quotes_speakers_unknown_speaker_stays_none(bare_nlp) -> None:
    (found,) = quotes(bare_nlp, "“Nobody is safe here,” a resident said.", [])
    assert found["kind"] == "direct" and found["speaker"] is None
    assert found["speaker_text"] == "a resident"


def test_quotes_speakers_quote_with_no_cue_anywhere_has_no_speaker(bare_nlp) -> None:
    text = "The town was quiet.\n\n“It is over.”"
    (found,) = quotes(bare_nlp, text, [])
    assert found["speaker"] is None and found["cue"] is None


@pytest.mark.parametrize("text", [
    "The army began “counter-terrorist operations” in the south.",
    "Residents fled the “safe zone” overnight.",
])
def test_quotes_speakers_scare_quotes_are_not_quotes(bare_nlp, text: str) -> None:
    assert quotes(bare_nlp, text, []) == []


def test_quotes_speakers_a_term_a_speaker_uses_is_kept(bare_nlp) -> None:
    text = "Petrova condemned Russia for what she called “illegal” strikes."
    (found,) = quotes(bare_nlp, text, [("Petrova", PETROVA), ("Russia", RUSSIA),
                                       ("she", PETROVA, 0, "pronoun")])
    assert (found["text"], found["kind"], speaker(found)) == ("illegal", "partial",
                                                              "Anna Petrova")


def test_quotes_speakers_question_then_cue_across_the_sentence_split(bare_nlp) -> None:
    text = "“Why is the border still closed?” Petrova demanded at the summit."
    (found,) = quotes(bare_nlp, text, [("Petrova", PETROVA)])
    assert (found["cue"], speaker(found)) == ("demanded", "Anna Petrova")


def test_quotes_speakers_cue_in_the_sentence_before_the_quote(bare_nlp) -> None:
    text = ("Petrova described the deal as a turning point. “It opens the road west for "
            "every farmer in the valley.”")
    (found,) = [q for q in quotes(bare_nlp, text, [("Petrova", PETROVA)]) if q["kind"] == "direct"]
    assert speaker(found) == "Anna Petrova"


def test_quotes_speakers_never_a_word_inside_the_quote(bare_nlp) -> None:
    """A parse that makes a word of the quote the cue's subject is not believed."""
    from spacy.tokens import Doc

    words = ["“", "We", "will", "win", ",", "”", "Jordan", "said", "."]
    spaces = [False, True, True, False, False, True, True, False, False]
    heads = [3, 7, 3, 7, 7, 7, 7, 7, 7]  # "We" wrongly made the subject of "said"
    deps = ["punct", "nsubj", "aux", "ccomp", "punct", "punct", "npadvmod", "ROOT", "punct"]
    pos = ["PUNCT", "PRON", "AUX", "VERB", "PUNCT", "PUNCT", "PROPN", "VERB", "PUNCT"]
    lemmas = ["“", "we", "will", "win", ",", "”", "Jordan", "say", "."]
    doc = Doc(bare_nlp.vocab, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos,
              lemmas=lemmas, sent_starts=[True] + [False] * 8)
    ensure_lists(doc)
    doc._.mentions = [mention(doc, "Jordan", {**PETROVA, "name": "Chuck Jordan"})]
    (found,) = find_quotes(doc)
    assert (found["text"], found["cue"], speaker(found)) == ("We will win,", "said",
                                                             "Chuck Jordan")


def test_quotes_speakers_verbal_act_governs_a_partial_quote(bare_nlp) -> None:
    text = "Petrova likened the plan to “a slow annexation of the whole valley.”"
    (found,) = quotes(bare_nlp, text, [("Petrova", PETROVA)])
    assert (found["kind"], found["cue"], speaker(found)) == ("partial", "likened",
                                                             "Anna Petrova")


def test_quotes_speakers_embedded_quote_goes_to_its_clause_subject(bare_nlp) -> None:
    text = "In recent weeks, Petrova has gone after the ministry as “a nest of fear and neglect.”"
    (found,) = quotes(bare_nlp, text, [("Petrova", PETROVA)])
    assert (found["kind"], speaker(found)) == ("partial", "Anna Petrova")
    (unknown,) = quotes(bare_nlp, text.replace("Petrova", "the mayor"), [])
    assert unknown["speaker"] is None


def test_quotes_speakers_cue_keeps_an_addressee_not_an_object(bare_nlp) -> None:
    (told,) = quotes(bare_nlp, "“The border stays open,” Petrova told Reuters.",
                     [("Petrova", PETROVA)])
    assert told["cue"] == "told Reuters"
    (called,) = quotes(bare_nlp, "Petrova called Ivanov “a liar and a coward.”",
                       [("Petrova", PETROVA)])
    assert called["cue"] == "called"
