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


# --- credits, captions and position marks inside a long line (issue 15) -----------------------
# A text without paragraph breaks is one line; its captions and credits go as sentences.

@pytest.mark.parametrize("raw, story", [
    ("Talks resumed in Doha on Sunday. Soldiers patrol near the border fence on June 2. "
     "Edgar Su/Reuters Mediators said a deal was close.",
     "Talks resumed in Doha on Sunday. Mediators said a deal was close."),
    ("Talks resumed in Doha on Sunday. Fighters gather in a square in Raqqa in 2019 "
     "Photograph: Jane Roe/AFP via Getty Images The group said it would not attend.",
     "Talks resumed in Doha on Sunday. The group said it would not attend."),
    ("The summit opened on Monday. A delegate waits outside the hall. "
     "Ivan Petrov/Pool/Reuters/File Both leaders called for calm.",
     "The summit opened on Monday. Both leaders called for calm."),
    ("The summit opened on Monday. Presidents Ana Lind (L) and Omar Said (R) arrive in Geneva. "
     "Both leaders called for calm.",
     "The summit opened on Monday. Both leaders called for calm."),
    ("Jane Roe/AFP Talks resumed in Doha on Sunday. Mediators said a deal was close.",
     "Talks resumed in Doha on Sunday. Mediators said a deal was close."),
    ("Police detained three men on Sunday. The ministry has been contacted for comment. "
     "The men were released on Monday.",
     "Police detained three men on Sunday. The men were released on Monday."),
])
def test_clean_removes_inline_credits_captions_and_marks_as_sentences(raw, story):
    cleaned = clean(raw, title="A headline")
    assert cleaned.text == story
    assert cleaned.removed


@pytest.mark.parametrize("line", [
    "Reuters reported that shelling resumed near the border. The army denied it.",
    "A Reuters/Ipsos poll showed support falling. The government dismissed it.",
    "Senator Jane Roe (R-Ohio) said the bill would pass. Her rivals disagreed.",
    "Under Article 5(c) of the treaty, members must consult. Ankara disagreed.",
    "Photos by Ivan Petrov marked the anniversary of the treaty. The exhibition runs until May.",
    "The minister wrote in a post on X. Sen. Roe met Gen. Smith on Sept. 21 in the U.S. capital.",
    "John F. Kennedy visited Berlin in 1963. He spoke to a large crowd.",
])
def test_clean_keeps_long_lines_whose_agency_words_and_brackets_are_story(line):
    cleaned = clean(line, title="A headline")
    assert cleaned.text == line and cleaned.removed == []


def test_clean_keeps_a_sentence_that_began_on_the_line_above():
    raw = "Net profit was 12 cts a\nshare. Revenue rose 4 pct to 80 mln dlrs."
    assert clean(raw, title="Results").text == \
        "Net profit was 12 cts a share. Revenue rose 4 pct to 80 mln dlrs."


def test_clean_a_credit_in_a_block_without_blank_lines_takes_only_its_caption():
    raw = ("The talks opened in Geneva on Monday.\nDelegates arrived from twelve countries.\n"
           "Ministers pose for a photo before talks.\nPhoto by Jane Doe/Reuters\n"
           "The talks lasted four hours.")
    cleaned = clean(raw, title="Talks open")
    assert cleaned.text == ("The talks opened in Geneva on Monday. Delegates arrived from twelve "
                            "countries. The talks lasted four hours.")
    assert cleaned.removed == ["Ministers pose for a photo before talks.",
                               "Photo by Jane Doe/Reuters"]


def test_clean_a_caption_written_before_its_credit_on_one_line_takes_nothing_above():
    raw = ("The talks opened in Geneva on Monday.\n"
           "Ministers pose before talks in Geneva Jane Doe/Reuters\nThe talks lasted four hours.")
    cleaned = clean(raw, title="Talks open")
    assert cleaned.text == "The talks opened in Geneva on Monday. The talks lasted four hours."


def test_clean_credit_words_name_a_bad_entry():
    from faultlines.errors import DataFileError
    from faultlines.ingest.credits import parse

    data = {"agencies": ["Reuters"], "position_marks": ["L"], "abbreviations": [False]}
    with pytest.raises(DataFileError, match="credits.yaml, abbreviations.False: expected a word"):
        parse(data)
    data["abbreviations"], data["agencies"] = [], [" Reuters"]
    with pytest.raises(DataFileError, match="agencies. Reuters: a word or phrase has no space"):
        parse(data)
    del data["agencies"]
    with pytest.raises(DataFileError, match="agencies: missing section"):
        parse(data)


# --- no story lost: the dev articles as they are and with their paragraphs joined -------------

def _dev_articles(shared) -> list[dict]:
    import json

    path = shared / "data" / "news" / "world-2019-2025" / "articles.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def _paragraphs(text: str) -> list[str]:
    import re

    return [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]


def _flat(text: str) -> str:
    """The text as cleaning leaves its characters (soft hyphens out, ...), on one line."""
    from faultlines.ingest.characters import normalise_characters

    return " ".join(normalise_characters(text).split())


def test_clean_keeps_the_lead_of_dev_articles_as_they_are(shared):
    """The opening of each story's first paragraph survives cleaning."""
    articles = _dev_articles(shared)
    kept = sum(_flat(_paragraphs(a["text"])[0])[:200] in _flat(clean(a["text"], a["title"]).text)
               for a in articles)
    assert kept / len(articles) >= 0.99, f"{kept} of {len(articles)} kept their lead"


def test_clean_keeps_the_lead_of_dev_articles_with_paragraphs_joined(shared):
    """With every paragraph break gone, the cleaned story still opens as it did."""
    articles = _dev_articles(shared)
    kept = sum(_flat(clean(a["text"], a["title"]).text)[:200]
               in _flat(clean(" ".join(_paragraphs(a["text"])), a["title"]).text)
               for a in articles)
    assert kept / len(articles) >= 0.99, f"{kept} of {len(articles)} kept their lead"


def test_clean_keeps_the_gold_lead_of_the_tune_articles_joined(shared):
    """The annotated lead of the 32 tune articles of the news gold ends where it did."""
    import yaml

    from faultlines.eval.news import in_split
    from faultlines.eval.news_score import lead_end

    gold = yaml.safe_load((shared / "eval" / "news" / "gold.yaml").read_text(encoding="utf-8"))
    ends = {g["id"]: g["lead_ends"] for i, g in enumerate(gold) if in_split(i, "tune")}
    tune = [a for a in _dev_articles(shared) if a["id"] in ends]
    joined = [clean(" ".join(_paragraphs(a["text"])), a["title"]).text for a in tune]
    assert len(tune) == 32
    assert all(lead_end(text, ends[a["id"]]) is not None for a, text in zip(tune, joined))


CAPTIONS = ("Soldiers stand guard at a checkpoint outside the city on June 2. Jane Roe/Reuters",
            "Foreign ministers Ana Lind (L) and Omar Said (R) shake hands before talks in Geneva.",
            "Smoke rises over the harbour after a strike in 2023 Photograph: John Doe/AFP via "
            "Getty Images")


def _with_captions(paragraphs: list[str]) -> list[str]:
    """The team's captions, one after each of the first paragraphs that end a sentence."""
    import re

    out, captions = [], list(CAPTIONS)
    for paragraph in paragraphs:
        out.append(paragraph)
        if captions and re.search(r"[.!?][\"'\u201d\u2019)]*$", paragraph):
            out.append(captions.pop(0))
    return out


@pytest.mark.parametrize("joiner", [" ", "\n", "\n\n"], ids=["one-line", "lines", "paragraphs"])
def test_clean_dev_articles_lose_inserted_captions_and_no_paragraph(shared, joiner):
    """Captions and credits written into real stories, however the paragraphs are separated:
    every caption goes, and every paragraph of the story stays."""
    articles = _dev_articles(shared)
    whole = 0
    for article in articles:
        paragraphs = _paragraphs(article["text"])
        text = _flat(clean(joiner.join(_with_captions(paragraphs)), article["title"]).text)
        whole += all(c[:30] not in text for c in CAPTIONS) \
            and all(_flat(p) in text for p in paragraphs)
    assert whole / len(articles) >= 0.99, f"{whole} of {len(articles)} came through whole"
