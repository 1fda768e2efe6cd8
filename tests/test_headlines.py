"""The article's title coded as its own sentence, on team-written headlines: its events are
added with `title` (offsets into the title), not twice where the text tells them again, and
lend their doer to the text's agentless events only where they name one on another side."""

from __future__ import annotations

import pytest

from faultlines import headlines, pipeline
from faultlines.ingest.draft import Draft
from faultlines.web.highlight import EventList, reader, spans


def _coded(nlp, title: str, text: str):
    return pipeline.code_text(nlp, text, published="2024-05-02", title=title)


def _event(e) -> tuple:
    return (e.type, [a.code or a.country for a in e.actor],
            [a.code or a.country for a in e.recipient], e.hypothetical, e.title)


@pytest.mark.parametrize("title, text, events", [
    # the title alone codes it; the present tense tells the past
    ("Putin meets Erdogan in Sochi", "The two leaders discussed grain exports.",
     [("CONSULT", ["RUS"], ["TUR"], False, True)]),
    # headlinese "to" is a plan
    ("Biden to visit Kyiv", "The White House announced the trip on Monday.",
     [("CONSULT", ["USA"], ["UKR"], True, True)]),
    # the text tells the title's event again, naming the side's organ: coded once, the text's
    ("Israel kills 52 Palestinians in latest Gaza offensive",
     "Israeli forces killed at least 52 people across Gaza on Tuesday, rescuers said.",
     [("ASSAULT", ["ISR"], ["PSE"], False, False)]),
    # a reduced passive: the soldiers were killed, by the one fought, who lends the text's deaths
    ("Israeli soldiers killed in fighting with Hezbollah in southern Lebanon",
     "Two Israeli soldiers have been killed in the region, the army said on Sunday.",
     [("ASSAULT", ["HEZBOLLAH"], ["ISR"], False, False)]),
    # a headline that names no doer lends none
    ("Two soldiers killed in southern Lebanon",
     "Two Israeli soldiers have been killed in the region, the army said on Sunday.", []),
    # nor one whose doer is the victims' own side
    ("Israeli strike kills Hezbollah commander in Beirut",
     "Two Israeli soldiers have been killed in the region, the army said on Sunday.",
     [("ASSAULT", ["ISR"], ["HEZBOLLAH"], False, True)]),
    # headlinese "X, Y" is "X and Y": both sides act, each on the other
    ("Armenia, Azerbaijan swap first prisoners after talks", "The exchange was mediated.",
     [("COOPERATE", ["ARM", "AZE"], ["AZE", "ARM"], False, True)]),
    ("Egypt, Jordan condemn Israel over strikes on Gaza", "Both said it was unacceptable.",
     [("ACCUSE", ["EGY", "JOR"], ["ISR"], False, True)]),
    # a past form with no object is a passive whose "was" the title dropped: no doer named
    ("Opposition senator Miguel Uribe shot; suspect arrested", "The senator is in hospital.", []),
    # a headline whose victims are on no side lends its doer to no deaths elsewhere
    ("Sudanese army killed 30 journalists, watchdog says",
     "A record number of journalists were killed around the world, the watchdog said.",
     [("ASSAULT", ["SAF"], [None], False, True)]),
    # a title event with no recipient is left to the text, unless aimed at the world
    ("Turkiye detains mayor over graft", "The opposition called the arrest political.", []),
    ("Thousands protest in Nairobi over tax bill", "The bill was passed on Tuesday.",
     [("PROTEST", ["KEN"], [], False, True)]),
    # headlines that code nothing
    ("Live: latest updates", "The two leaders discussed grain exports.", []),
    ("Arsenal beat Chelsea 2-0 to go top of the league", "The match was played on Sunday.", []),
])
def test_headlines_title_events_coded_once_and_lent(nlp, title, text, events):
    assert [_event(e) for e in _coded(nlp, title, text).events] == events


@pytest.mark.parametrize("title, parsed", [
    ("Putin meets Erdogan in Sochi", True),
    ("U.S. SAYS JAPAN VIOLATED CHIP PACT", False),  # a wire title in capitals: not parsed
    ("", False),
])
def test_headlines_only_titles_in_mixed_case_are_parsed(nlp, title, parsed):
    draft = Draft(text="The two leaders discussed grain exports.", origin="test", title=title)
    assert (headlines.title_doc(nlp, draft) is not None) is parsed


def test_headlines_title_event_has_the_title_as_its_sentence_and_offsets(nlp):
    title = "Putin meets Erdogan in Sochi"
    event = _coded(nlp, title, "The two leaders discussed grain exports.").events[0]
    assert (event.sentence, title[event.trigger.start:event.trigger.end]) == (title, "meets")
    assert event.to_dict()["title"] is True
    assert "title" not in _coded(nlp, "", "Putin met Erdogan in Sochi.").events[0].to_dict()


def test_headlines_a_text_coded_in_windows_takes_its_headline_once(nlp):
    from faultlines.ingest.draft import Draft
    from faultlines.options import CodingOptions

    draft = Draft(text="Talks in Cairo went on. Putin met Erdogan in Sochi on Monday.\n\n"
                       "Two Israeli soldiers have been killed in the region, the army said.",
                  origin="<text>", title="Israeli soldiers killed in fighting with Hezbollah",
                  published="2024-05-02")
    whole, windowed = (next(pipeline.code_drafts(nlp, [draft], CodingOptions(window_chars=n)))[0]
                       for n in (100_000, 70))
    assert whole.events == windowed.events
    assert [(e.type, e.actor[0].code, e.title) for e in windowed.events] == [
        ("CONSULT", None, False), ("ASSAULT", "HEZBOLLAH", False)]


def test_headlines_web_marks_no_text_words_for_a_title_event():
    title_event = {"type": "CONSULT", "sentence": "Putin meets Erdogan", "title": True,
                   "trigger": {"text": "meets", "start": 6, "end": 11}}
    doc = {"text": "The two leaders discussed grain exports.", "events": [title_event]}
    assert not [s for s in spans(doc) if s.kind == "trigger"]
    assert not [p for para in reader(doc) for p in para.pieces if isinstance(p, EventList)]


def test_headlines_store_keeps_the_title_flag(store):
    from dataclasses import replace

    from faultlines.ingest.draft import content_hash
    from faultlines.model import Article, Event, Trigger
    from faultlines.store import read

    text = "The two leaders discussed grain exports."
    event = Event(type="CONSULT", actor=(), recipient=(), sentence="Putin meets Erdogan",
                  trigger=Trigger("meets", 6, 11), title=True)
    article = Article(id="t1", text=text, content_hash=content_hash(text),
                      events=(event, replace(event, title=False)))
    store.add([article])
    assert store.con.execute("SELECT title FROM events ORDER BY idx").fetchall() == [(True,),
                                                                                     (False,)]
    assert read.articles.record(store, "t1").events[0].title
