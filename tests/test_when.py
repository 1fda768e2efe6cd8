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
                                  "decades", "nonsense words", "the 90s", "the 1930s and 40s",
                                  "the last year", "over the past month", "the next month"])
def test_when_gives_no_date_for_vague_spans(text):
    assert resolve(text, PUBLISHED) is None


def test_when_precision_is_the_length_of_the_date():
    assert [precision(d) for d in ("2023-09-19", "2023-09", "2023", None)] == \
        ["day", "month", "year", None]


@pytest.mark.parametrize("text, expected", [("in 2013-14", "2013"), ("2019\u20132021", "2019"),
                                            ("2013/14", "2013")])
def test_when_a_range_of_years_is_its_first_year(text, expected):
    assert resolve(text, PUBLISHED)[0] == expected  # "2013-14" was 14 September 2013


@pytest.mark.parametrize("text, expected", [("this coming Saturday", "2023-09-23"),
                                            ("next Tuesday", "2023-09-26")])
def test_when_a_next_or_coming_weekday_is_after_publication(text, expected):
    assert resolve(text, PUBLISHED)[0] == expected


def test_when_reads_bare_days_and_months_forward_for_future_events():
    assert resolve("on Friday", PUBLISHED, future=True)[0] == "2023-09-22"
    assert resolve("in February", "2017-12-14", future=True)[0] == "2018-02"
    assert resolve("in February", "2017-12-14")[0] == "2017-02"
    assert resolve("last Tuesday", PUBLISHED, future=True)[0] == "2023-09-12"


# --- ages, lengths of time, far pasts, four-digit years (issues 15 and 18) --------------------

@pytest.mark.parametrize("text", ["32", "22", "aged 93", "1,000", "12"])
def test_when_gives_ages_and_counts_no_date(text):
    assert resolve(text, PUBLISHED) is None  # "Mehmet Aksoy, 32" was the year 1932


@pytest.mark.parametrize("text", ["72-hour", "the 12-day war", "24 hours", "a three-day visit",
                                  "30 minutes"])
def test_when_gives_lengths_of_time_no_date(text):
    assert resolve(text, PUBLISHED) is None


@pytest.mark.parametrize("text", ["3000 years ago", "99999 years ago", "1,000 years ago",
                                  "founded 3000 years ago"])
def test_when_a_past_before_year_one_is_no_date_and_no_error(text):
    assert resolve(text, PUBLISHED) is None


@pytest.mark.parametrize("text, expected", [("in 0001", "0001"), ("0012", "0012"),
                                            ("in 1453", "1453"), ("100 days ago", "2023-06-11")])
def test_when_years_always_have_four_digits(text, expected):
    assert resolve(text, PUBLISHED)[0] == expected


@pytest.mark.parametrize("text, published, expected", [
    ("in May", "2024-09-10", "2024-05"),        # not May 2025
    ("in October", "2024-09-10", "2023-10"),
    ("in September", "2024-09-10", "2024-09"),
    ("mid-May", "2024-09-10", "2024-05"),
    ("early March", "2024-01-05", "2023-03"),
])
def test_when_a_month_without_a_year_is_the_latest_up_to_publication(text, published, expected):
    assert resolve(text, published)[0] == expected


@pytest.mark.parametrize("text", ["Sept 9-10", "the night of Sept 9-10", "9-10 September"])
def test_when_a_range_of_days_is_its_first_day_not_a_year(text):
    assert resolve(text, "2024-09-20")[0] == "2024-09-09"  # "9-10" was the year 2010


def test_when_after_compares_the_start_of_a_date_with_the_publication_day():
    from faultlines.when import after

    assert after("2025-05", "2024-09-10") and after("2024-09-11", "2024-09-10")
    assert not after("2024-09", "2024-09-10") and not after("2024", "2024-09-10")
    assert not after("2024-09-10", "2024-09-10")
