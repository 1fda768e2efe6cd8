"""Quote marks paired on raw text: every quote style, nesting, apostrophes, run-on paragraphs."""

from __future__ import annotations

import pytest

from faultlines.quotes.marks import find_quoted


def quoted(text: str) -> list[str]:
    return [q.text(text) for q in find_quoted(text)]


@pytest.mark.parametrize("text, expected", [
    ("“We will act,” she said.", ["We will act,"]),
    ('"We will act," she said.', ["We will act,"]),
    ("«Nous partirons», a dit le ministre.", ["Nous partirons"]),
    ("‘We will act,’ the minister said.", ["We will act,"]),
    ("„Wir schaffen das“, sagte sie.", ["Wir schaffen das"]),
])
def test_quotes_marks_pair_every_quote_style(text: str, expected: list[str]) -> None:
    assert quoted(text) == expected


def test_quotes_marks_split_around_a_cue_gives_two_pieces() -> None:
    assert quoted("“A deal is close,” she said. “We are not there yet.”") == \
        ["A deal is close,", "We are not there yet."]


def test_quotes_marks_apostrophes_are_not_marks() -> None:
    text = "Russia’s envoy said the countries’ plans were ‘premature’ and didn't elaborate."
    assert quoted(text) == ["premature"]


def test_quotes_marks_keep_only_the_outer_quote_of_a_nested_pair() -> None:
    assert quoted("“He told us ‘never again’ twice,” she said.") == \
        ["He told us ‘never again’ twice,"]


def test_quotes_marks_join_a_quote_running_over_paragraphs() -> None:
    text = "He said: “The first point.\n\n“The second point.\n\n“The last point.” Then he left."
    found = find_quoted(text)
    assert [q.text(text) for q in found] == ["The first point. The second point. The last point."]
    assert len(found[0].pieces) == 3


def test_quotes_marks_a_stray_opener_costs_only_itself() -> None:
    assert quoted("A stray “ mark, then “a real quote” here.") == ["a real quote"]


def test_quotes_marks_an_unclosed_quote_does_not_swallow_the_next_paragraph() -> None:
    assert quoted("It began “ and never ended.\n\nThen “this” came.") == ["this"]


def test_quotes_marks_offsets_point_into_the_text() -> None:
    text = "Officials said: «Talks resume Monday.»"
    (q,) = find_quoted(text)
    assert text[q.start:q.end] == "Talks resume Monday."
