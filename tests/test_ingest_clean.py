"""Cleaning: headline apart, paragraphs kept, boilerplate out — by rules that hold across outlets."""

from __future__ import annotations

import pytest

from faultlines.ingest.clean import clean, is_boilerplate


def test_clean_splits_headline_from_first_paragraph():
    cleaned = clean("Talks stall in Geneva\n\nThe two delegations left on Friday without a deal.")
    assert cleaned.title == "Talks stall in Geneva"
    assert cleaned.text == "The two delegations left on Friday without a deal."


def test_clean_keeps_a_first_sentence_that_is_not_a_headline():
    cleaned = clean("The talks stalled on Friday.\n\nBoth sides blamed each other.")
    assert cleaned.title is None
    assert cleaned.text.startswith("The talks stalled on Friday.")


def test_clean_reads_front_matter():
    cleaned = clean("Title: Ceasefire holds\nDate: 2020-11-10\nSource: demo\n\nGuns fell silent.")
    assert cleaned.title == "Ceasefire holds"
    assert cleaned.meta == {"title": "Ceasefire holds", "date": "2020-11-10", "source": "demo"}
    assert cleaned.text == "Guns fell silent."


def test_clean_keeps_paragraphs_and_joins_wrapped_lines():
    cleaned = clean("Headline here\n\nFirst line of a\nwrapped paragraph.\n\nSecond paragraph.")
    assert cleaned.text == "First line of a wrapped paragraph.\n\nSecond paragraph."


@pytest.mark.parametrize("line", [
    "Photo by Jane Doe/Reuters",
    "Photos by Ivan Petrov/AFP/Mary Smith/Getty Images",
    "Image: John Roe/AP Photo",
    "Leave a Comment",
    "Share this article",
    "Subscribe to our newsletter",
    "Read more: Why the talks failed",
    "The Daily Planet reached out to the Foreign Ministry for comment.",
    "The ministry has been contacted for comment.",
    "Presidents Macron (L) and Scholz (R) in Berlin.",
])
def test_clean_recognises_boilerplate_lines(line):
    assert is_boilerplate(line)


@pytest.mark.parametrize("line", [
    "The ministry said it would comment later on the attack.",
    "Reuters reported that shelling resumed near the border.",
    "Armenia asked Russia to intervene.",
])
def test_clean_keeps_story_lines(line):
    assert not is_boilerplate(line)


def test_clean_drops_a_caption_block_with_its_credit():
    raw = ("Leaders meet\n\nThe summit opened on Monday.\n\n"
           "Two leaders\nThe presidents shook hands before talks.\nPhoto by A. Person/Getty Images"
           "\n\nThe talks lasted four hours.")
    cleaned = clean(raw)
    assert cleaned.text == "The summit opened on Monday.\n\nThe talks lasted four hours."
    assert "Two leaders" in cleaned.removed


def test_clean_seed_article_loses_every_boilerplate_line(seed_text, shared):
    import yaml

    gold = yaml.safe_load((shared / "eval" / "seed" / "gold.yaml").read_text())
    cleaned = clean(seed_text)
    assert cleaned.title == "Biden and Putin have a new shared headache"
    for line in gold["boilerplate"]:
        assert line not in cleaned.text
    assert cleaned.text.startswith("Azerbaijan on Tuesday announced")
