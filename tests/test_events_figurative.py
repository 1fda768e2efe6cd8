"""Conflict words used of no fight, as real news uses them (issue 15, item 7): attacks on ideas,
contests of money, law or words, and games (events/policy/not_events.py). Team-written
sentences through the full pipeline; the first must code nothing, the last must still code
their event."""

from __future__ import annotations

import pytest

from faultlines.explain import explain
from tests.conftest import code


def coded(nlp, text: str) -> list[tuple[str, str]]:
    return [(e.type, e.trigger.text) for e in code(nlp, text, "2025-04-10").events]


@pytest.mark.parametrize("text", [
    "The opposition described the new law as an assault on democracy.",
    "The ruling party launched an attack on the opposition's economic record.",
    "The bar council called the amendment an attack on the independence of the judiciary.",
    "The central bank is fighting a currency war with traders.",
    "The United States and China are locked in a bitter trade war.",
    "A price war broke out between the telecom operators of Pakistan.",
    "India and Pakistan are engaged in a war of words over the dam.",
    "Imran Khan's party is fighting a legal battle with the election commission.",
    "The tariffs dealt a major blow to exporters in Sialkot.",
    "Argentina beat France on penalties to win the World Cup.",
    "Iran beat Qatar 3-1 in the Asian Cup semi-final.",
    "Pakistan defeated Australia by five wickets to win the series.",
])
def test_events_figurative_code_nothing(nlp, text):
    assert coded(nlp, text) == []


@pytest.mark.parametrize("text, expected", [
    ("Israel launched an attack on Hezbollah positions in southern Lebanon.", "ASSAULT"),
    ("Police beat protesters outside parliament in Islamabad.", "ASSAULT"),
])
def test_events_figurative_leave_real_fights(nlp, text, expected):
    assert expected in [t for t, _ in coded(nlp, text)]


def test_events_figurative_leave_trade_measures_coded(nlp):
    """Only a conflict noun is figurative for its "trade": trade sanctions are sanctions."""
    def types(text: str) -> list[str]:
        return [t for t, _ in coded(nlp, text)]

    plain = types("The United States imposed sanctions on Iran.")
    assert plain and types("The United States imposed trade sanctions on Iran.") == plain


@pytest.mark.parametrize("text, rule", [
    ("The central bank is fighting a currency war with traders.", "figurative"),
    ("The ruling party launched an attack on the opposition's economic record.", "idiom"),
    ("Argentina beat France on penalties to win the World Cup.", "sport"),
])
def test_events_figurative_name_the_rule_that_dropped_them(nlp, text, rule):
    found = explain(text, "2025-04-10", nlp)
    assert found and rule in [c["decided_by"] for c in found]


@pytest.mark.parametrize("text", [
    "Islamist parties joined the demonstrations, demanding that the Awami League be banned.",
    "Police arrested PML-N workers as the Muslim League protested in Lahore.",
    "A death squad killed three activists in Balochistan.",
])
def test_events_figurative_words_of_politics_are_no_sport(nlp, text):
    assert "sport" not in [c["decided_by"] for c in explain(text, "2025-04-10", nlp)]


@pytest.mark.parametrize("text", [
    "Xi Jinping called for building an open global economy and sharing opportunities.",
    "The minister called for strengthening cooperation in trade and energy.",
])
def test_events_figurative_a_call_that_names_and_asks_no_one_is_no_request(nlp, text):
    assert coded(nlp, text) == []
    assert "wish" in [c["decided_by"] for c in explain(text, "2025-04-10", nlp)]


@pytest.mark.parametrize("text", [
    "The UN chief called for ending the war in Gaza.",  # a place named
    "Iran called for a ceasefire on Monday.",  # a thing asked for
    "Pakistan urged India to stop building the dam.",  # someone asked
])
def test_events_figurative_calls_that_name_someone_stay_requests(nlp, text):
    assert [t for t, _ in coded(nlp, text)] == ["REQUEST"]
