"""when.resolve: date expressions against a fixed publication date (Tuesday 2023-09-19)."""

from __future__ import annotations

import pytest

from faultlines.when import precision, resolve

PUBLISHED = "2023-09-19"  # a Tuesday


@pytest.mark.parametrize("text, expected", [
    ("on Tuesday", "2023-09-19"),         # the publication day itself is that weekday
    ("Monday", "2023-09-18"),
    ("on Wednesday", "2023-09-13"),       # never a future Wednesday
    ("last Tuesday", "2023-09-12"),
    ("yesterday", "2023-09-18"),
    ("today", "2023-09-19"),
])
def test_when_resolves_days_to_the_latest_past_day(text, expected):
    assert resolve(text, PUBLISHED) == (expected, text)


@pytest.mark.parametrize("text, expected", [
    ("earlier this month", "2023-09"),
    ("Earlier this year", "2023"),
    ("last year", "2022"),
    ("last month", "2023-08"),
    ("in February 2022", "2022-02"),
    ("February 2022", "2022-02"),
    ("in 1992", "1992"),
    ("most recently in 2020", "2020"),
    ("two years ago", "2021"),
])
def test_when_keeps_month_and_year_precision(text, expected):
    assert resolve(text, PUBLISHED)[0] == expected


@pytest.mark.parametrize("text, expected", [
    ("19 September 2023", "2023-09-19"),
    ("Sept. 19", "2023-09-19"),
    ("March 28", "2023-03-28"),
    ("On 4 October 2007", "2007-10-04"),
])
def test_when_reads_explicit_dates(text, expected):
    assert resolve(text, PUBLISHED)[0] == expected


@pytest.mark.parametrize("text", ["in recent years", "only days", "the past decade", "the 1990s",
                                  "decades", "nonsense words"])
def test_when_gives_no_date_for_vague_spans(text):
    assert resolve(text, PUBLISHED) is None


def test_when_precision_is_the_length_of_the_date():
    assert [precision(d) for d in ("2023-09-19", "2023-09", "2023", None)] == \
        ["day", "month", "year", None]


def test_when_reads_bare_days_and_months_forward_for_future_events():
    assert resolve("on Friday", PUBLISHED, future=True)[0] == "2023-09-22"
    assert resolve("in February", "2017-12-14", future=True)[0] == "2018-02"
    assert resolve("in February", "2017-12-14")[0] == "2017-02"
    assert resolve("last Tuesday", PUBLISHED, future=True)[0] == "2023-09-12"
