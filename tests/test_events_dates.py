"""Event dates (events/setting.py): which DATE of a sentence dates its event, and which way a
bare weekday or month points. Sentences are the team's own, parsed by spaCy alone, so that the
rules are tested apart from what the events stage finds.
"""

from __future__ import annotations

import re

import pytest

from faultlines.events.setting import event_date

PUBLISHED = "2024-09-10"  # a Tuesday


def anchor(bare_nlp, text: str, word: str):
    doc = bare_nlp(text)
    return next(t for t in doc if t.text == word)


@pytest.mark.parametrize("text, word", [
    ("Erdogan won a referendum extending his rule until 2030.", "won"),
    ("China pledged to cut its coal use by 2030.", "pledged"),
    ("Erdogan visited Cairo for the first time since 2012.", "visited"),
    ("Russia has backed the Syrian army since its 2015 intervention.", "backed"),
    ("The ministers met between 2019 and 2021.", "met"),
])
def test_events_dates_a_deadline_or_a_span_bound_is_no_event_date(bare_nlp, text, word):
    assert event_date(anchor(bare_nlp, text, word), PUBLISHED) == (PUBLISHED, None)


@pytest.mark.parametrize("text, word", [
    ("The Awami League, which was founded in 1949, dismissed the decision.", "dismissed"),
    ("Trump had set a deadline that expires on Friday, pressing for an end to the war.",
     "pressing"),
    ("Rwanda condemned the militia, which was formed to fight the 1994 government.",
     "condemned"),
    ("Since taking office last month, Trump has demanded concessions from Kyiv.", "demanded"),
    ("Since seizing Crimea in 2014 and invading Ukraine in February 2022, Russia has "
     "occupied a fifth of the country.", "occupied"),
    ("Thousands marched in Tel Aviv on Monday, a year after the Hamas attacks on Israel.",
     "attacks"),
])
def test_events_dates_another_clauses_date_is_no_event_date(bare_nlp, text, word):
    """A relative clause, a clause opened by "since", and what "a year after" holds have dates
    of their own: the sentence's date is not theirs, nor theirs the sentence's."""
    assert event_date(anchor(bare_nlp, text, word), PUBLISHED) == (PUBLISHED, None)


@pytest.mark.parametrize("text, word, expected", [
    ("The talks held in Doha on Monday ended without a deal.", "talks", "2024-09-09"),
    ("Clashes on Thursday came hours after Thailand recalled its envoy.", "recalled",
     "2024-09-05"),
    ("Israel struck Gaza on Tuesday after Hamas fired rockets on Monday.", "fired",
     "2024-09-09"),
    ("The Awami League, which was founded in 1949, dismissed the decision.", "founded", "1949"),
    # a relative clause of where or when, and a bare "after", stay near the sentence's time
    ("Trump visited Riyadh, where he met the king on Wednesday.", "visited", "2024-09-04"),
    ("The two armies held a call in which Pakistan raised the issue on Wednesday.", "held",
     "2024-09-04"),
    ("The last time Canada played host, in 2018, Trump left the summit early.", "left",
     "2018"),
    ("Fears grew after the attack that killed dozens of people a year ago, when Trump ordered a "
     "missile strike.", "ordered", "2023"),
    ("The delegation arrived on Wednesday after Russia brokered a deal.", "brokered",
     "2024-09-04"),
])
def test_events_dates_a_clause_keeps_its_own_date(bare_nlp, text, word, expected):
    assert event_date(anchor(bare_nlp, text, word), PUBLISHED)[0] == expected


def test_events_dates_an_event_inside_the_span_phrase_keeps_its_date(bare_nlp):
    text = "Russia has backed the Syrian army since its 2015 intervention."
    assert event_date(anchor(bare_nlp, text, "intervention"), PUBLISHED)[0] == "2015"


def test_events_dates_by_as_an_agent_leaves_the_date(bare_nlp):
    text = "The incursion by Turkish troops on Sunday was brief."
    assert event_date(anchor(bare_nlp, text, "incursion"), PUBLISHED)[0] == "2024-09-08"


def test_events_dates_an_age_is_no_year(bare_nlp):
    text = "Police arrested Mehmet Aksoy, 32, in Ankara."
    assert event_date(anchor(bare_nlp, text, "arrested"), PUBLISHED) == (PUBLISHED, None)


@pytest.mark.parametrize("text, word", [
    ("Iran said on Sunday that it would retaliate against Israel.", "said"),
    ("Israel and Hamas agreed on Sunday that the hostages would be freed.", "agreed"),
])
def test_events_dates_a_past_clause_points_back_even_for_what_will_be(bare_nlp, text, word):
    date, said = event_date(anchor(bare_nlp, text, word), PUBLISHED, future=True)
    assert (date, said) == ("2024-09-08", "Sunday")  # not the Sunday after publication


def test_events_dates_a_month_without_a_year_is_the_latest_before_publication(bare_nlp):
    text = "Turkey arrested the journalist in May."
    assert event_date(anchor(bare_nlp, text, "arrested"), PUBLISHED)[0] == "2024-05"


def test_events_dates_after_publication_only_for_a_hypothetical_event(bare_nlp):
    token = anchor(bare_nlp, "Egypt will host the talks in May.", "host")
    assert event_date(token, PUBLISHED, future=True, hypothetical=True)[0] == "2025-05"
    assert event_date(token, PUBLISHED, future=True, hypothetical=False) == (PUBLISHED, None)
    token = anchor(bare_nlp, "Russia attacked Ukraine in 2031.", "attacked")
    assert event_date(token, PUBLISHED) == (PUBLISHED, None)


@pytest.mark.parametrize("text", [
    "The monks said the monastery, founded 3000 years ago, was attacked by Turkish troops.",
    "Israeli forces shelled a fort that the Romans built 1,000 years ago.",
    "Russian troops attacked Ukrainian positions in 0001.",
])
def test_events_dates_odd_dates_never_stop_the_events_stage(nlp, text):
    from faultlines import pipeline
    from faultlines.ingest.draft import Draft

    [(article, errors)] = pipeline.code_drafts(nlp, [Draft(text=text, origin="<test>",
                                                           published=PUBLISHED)])
    assert errors == []
    assert all(re.fullmatch(r"\d{4}(-\d\d){0,2}", e.date) for e in article.events)
