"""The reader's cutting of story text: spans become tagged pieces, events go under sentences."""

from __future__ import annotations

from faultlines.web.highlight import EventList, Segment, reader, sentence_end

TEXT = "Azerbaijan shelled Armenia. Russia urged calm.\n\nTalks follow."
AZE = {"name": "Azerbaijan", "kind": "state", "country": "AZE"}


def _doc(**extra) -> dict:
    event = {"type": "ASSAULT", "sentence": "Azerbaijan shelled Armenia.",
             "trigger": {"text": "shelled", "start": 11, "end": 18}}
    return {"text": TEXT, "events": [event],
            "entities": [{"text": "Azerbaijan", "label": "GPE", "start": 0, "end": 10,
                          "actor": AZE}], **extra}


def test_web_highlight_rebuilds_the_text_exactly():
    paragraphs = reader(_doc())
    text = "".join(p.text for para in paragraphs for p in para.pieces if isinstance(p, Segment))
    assert text.replace(" ", "") == TEXT.replace("\n\n", "").replace(" ", "")


def test_web_highlight_tags_actor_and_trigger_with_links():
    pieces = [p for p in reader(_doc())[0].pieces if isinstance(p, Segment)]
    assert (pieces[0].text, pieces[0].kinds, pieces[0].href) == ("Azerbaijan", ("actor",),
                                                                 "/actors/AZE")
    assert (pieces[2].text, pieces[2].kinds, pieces[2].href) == ("shelled", ("trigger",),
                                                                 "#event-0")


def test_web_highlight_puts_event_right_after_its_sentence():
    pieces = reader(_doc())[0].pieces
    at = next(i for i, p in enumerate(pieces) if isinstance(p, EventList))
    assert pieces[at - 1].text.endswith("Armenia.")
    assert pieces[at].events == [0]
    assert pieces[at + 1].text.startswith("Russia")


def test_web_highlight_nested_quote_keeps_both_kinds():
    doc = _doc(quotes=[{"text": "Azerbaijan shelled", "kind": "partial", "start": 0, "end": 18,
                        "speaker": None}])
    first = reader(doc)[0].pieces[0]
    assert set(first.kinds) == {"actor", "quote"}


def test_web_highlight_sentence_found_around_its_trigger_when_repeated():
    text = "A met B. A met B."
    event = {"sentence": "A met B.", "trigger": {"start": 11, "end": 14}}
    assert sentence_end(text, event) == len(text)


def test_web_highlight_markup_in_text_stays_text():
    doc = {"text": "Say <b>hi</b> now.", "events": []}
    assert reader(doc)[0].pieces[0].text == "Say <b>hi</b> now."
