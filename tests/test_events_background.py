"""Background events: what a story recalls rather than reports keeps its own date or none and
is marked `background: true` (events/background.py). Team-written sentences, through the full
pipeline; the last ones are news and must stay so."""

from __future__ import annotations

import pytest

from faultlines.events.background import old
from tests.conftest import code


def events(nlp, text: str, published: str = "2024-10-07") -> list:
    return list(code(nlp, text, published).events)


def one(nlp, text: str, trigger: str, published: str = "2024-10-07"):
    found = [e for e in events(nlp, text, published) if e.trigger.text.startswith(trigger)]
    assert len(found) == 1, [(e.type, e.trigger.text) for e in events(nlp, text, published)]
    return found[0]


def test_events_background_a_vigil_recalls_an_attack_and_never_dates_it_to_the_vigil(nlp):
    event = one(nlp, "Hundreds held a vigil in Haifa for the victims of the 7 October attacks "
                     "by Hamas.", "attacks")
    assert event.background and event.date is None and event.date_text is None


def test_events_background_an_anniversary_recalls_the_invasion_without_a_date(nlp):
    event = one(nlp, "Ukraine marked the anniversary of Russia's invasion.", "invasion")
    assert event.background and event.date is None


@pytest.mark.parametrize("text, trigger", [
    ("Thousands marched in Tel Aviv on Monday, a year after the Hamas attacks on Israel.",
     "attacks"),
    ("The two sides held talks in Istanbul on Friday, weeks after Russia's invasion.",
     "invasion"),
])
def test_events_background_what_came_weeks_or_years_before_is_recalled_undated(nlp, text,
                                                                               trigger):
    event = one(nlp, text, trigger)
    assert event.background and event.date is None


def test_events_background_an_invasion_since_which_keeps_its_own_year(nlp):
    event = one(nlp, "Ukraine has lost thousands of soldiers since Russia's 2022 invasion.",
                "invasion")
    assert event.background and event.date == "2022"


def test_events_background_a_relative_clause_with_an_old_date(nlp):
    annexed = one(nlp, "Russia, which annexed Crimea in 2014, attacked Kharkiv on Sunday.",
                  "annexed")
    attacked = one(nlp, "Russia, which annexed Crimea in 2014, attacked Kharkiv on Sunday.",
                   "attacked")
    assert annexed.background and annexed.date == "2014"
    assert not attacked.background and attacked.date == "2024-10-06"


def test_events_background_the_start_of_what_goes_on_since_dates_only_itself(nlp):
    text = "Israel has killed hundreds of people since it resumed airstrikes on Gaza in March."
    resumed = one(nlp, text, "resumed")
    assert resumed.background and resumed.date == "2024-03"
    for event in events(nlp, text):  # the killing since March is the news, dated by the story
        if event is not resumed and event.trigger.text == "killed":
            assert not event.background and event.date == "2024-10-07"


@pytest.mark.parametrize("text", ["Russia attacked Kharkiv on Sunday.",
                                  "Last month the Israeli army broke off the truce with Hamas.",
                                  "The army has since pushed into Rafah, attacking Hamas.",
                                  "On the anniversary of the war, Russia attacked Kyiv."])
def test_events_background_news_is_not_background(nlp, text):
    found = events(nlp, text)
    assert found and not any(e.background for e in found)


def test_events_background_a_plan_is_never_background(nlp):
    [event] = events(nlp, "Iran plans to attack Israel in 2026.")
    assert event.hypothetical and not event.background and event.date == "2026"


@pytest.mark.parametrize("value, published, expected", [
    ("2014", "2024-10-07", True), ("2024-05", "2024-10-07", True),
    ("2024-07", "2024-10-07", False), ("2024", "2024-10-07", False),
    ("2024-07-08", "2024-10-07", True), (None, "2024-10-07", False)])
def test_events_background_old_means_ended_a_quarter_before_publication(value, published,
                                                                         expected):
    assert old(value, published) is expected
