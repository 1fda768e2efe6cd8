"""Speakers the story names plainly, and ones it does not: described bodies, documents issued
by someone, the passive of a cue verb (quotes/speaker.py). Team-written sentences through the
full pipeline."""

from __future__ import annotations

import pytest

from tests.conftest import code


def quotes(nlp, text: str) -> list:
    return list(code(nlp, text, "2024-09-10").quotes)


def speaker(nlp, text: str) -> str | None:
    [quote] = quotes(nlp, text)
    return quote.speaker.name if quote.speaker else None


def test_quotes_a_described_body_speaks_as_its_description(nlp):
    assert speaker(nlp, "A group representing the families of the hostages has demanded that "
                        "the government sign a deal.") == \
        "group representing the families of the hostages"


@pytest.mark.parametrize("text", [
    "Israel has been accused of killing journalists in Gaza.",
    "Another former soldier, James Matthews, 43, accused of attending training camps in Syria, "
    "had the charges dropped.",
])
def test_quotes_the_accused_is_not_the_speaker(nlp, text):
    for quote in quotes(nlp, text):
        assert quote.speaker is None


def test_quotes_the_agent_of_a_passive_cue_speaks(nlp):
    assert speaker(nlp, "The minister was told by the Chinese ambassador that the border would "
                        "stay closed.") not in (None, "minister")


def test_quotes_a_document_released_by_someone_speaks_for_them(nlp):
    assert speaker(nlp, "“Refusal is refusal,” a statement released by the Israeli army "
                        "said.") == "Israel army"


def test_quotes_a_participle_cue_speaks_for_its_clause_subject(nlp):
    found = [q for q in quotes(nlp, "Washington imposed tariffs on Indian imports, accusing New "
                                    "Delhi of fueling Moscow's attacks on Ukraine.")
             if q.cue == "accusing"]
    assert [q.speaker.code for q in found] == ["USA"]


def test_quotes_an_unnamed_speaker_that_is_no_body_stays_unknown(nlp):
    """"Someone said" names no one: no actor is made of a word that describes no body."""
    for quote in quotes(nlp, "Someone said that the border would stay closed."):
        assert quote.speaker is None


@pytest.mark.parametrize("text, name", [
    # the parser hangs the name on the phrase before it and leaves "said" with no subject
    ("Amid new strains with Kabul, Deputy Prime Minister and Interior Minister Omar Khan said "
     "on Tuesday that Pakistan would keep the border open.", "Omar Khan"),
    # "envoy-at-large" is parsed with "large" as the subject
    ("But Kenya’s envoy-at-large for the region, Ruth Wanjiru, told AFP the talks “will go "
     "on”.", "Ruth Wanjiru"),
    ("“After the statement the rebels issued today, I think a truce is close,” Trump wrote "
     "on Truth Social.", "Donald Trump"),
    # an age between commas stands between the name and the cue
    ("Having ironed out a trade deal, Ishiba, 68, told reporters he must take responsibility.",
     "Shigeru Ishiba"),
    # after the cue, and hung on a participle: "speaking at …" reports nothing of its own
    ("“We will not surrender,” said Ukrainian President Volodymyr Zelensky speaking at the "
     "summit.", "Volodymyr Zelensky"),
    # the one a title between commas belongs to speaks, not the place the title ends on
    ("“They must be tried,” Shiraz Maher, director at the centre for radicalisation at King’s "
     "College London, said on Twitter.", "Shiraz Maher"),
    # what a participle between quote and cue names does not speak
    ("“We will not leave,” Interior Minister Omar Khan, speaking to Russia’s state television, "
     "said.", "Omar Khan"),
])
def test_quotes_the_name_right_before_a_cue_without_a_subject_speaks(nlp, text, name):
    assert speaker(nlp, text) == name


@pytest.mark.parametrize("text, code", [
    ("The Pentagon is likely to announce that 2,000 US troops are in Syria.", "USA"),
    ("Ukraine was criticised by Russia after saying that the talks had failed.", "UKR"),
])
def test_quotes_a_cue_without_a_subject_speaks_for_the_verb_it_hangs_on(nlp, text, code):
    found = [q for q in quotes(nlp, text) if q.kind == "indirect"]
    assert [q.speaker.code if q.speaker else None for q in found] == [code]


def test_quotes_the_noun_a_name_belongs_to_speaks(nlp):
    """"a spokesperson for India's defence ministry told AFP", parsed with no subject for
    "told": the spokesperson speaks, not the ministry the phrase ends on."""
    [quote] = quotes(nlp, "“We have signed the deal,” a spokesperson for India’s defence "
                          "ministry told AFP.")
    assert quote.speaker is not None and quote.speaker.text == "a spokesperson"


@pytest.mark.parametrize("text, not_speaker", [
    ("Amina, the sister of the detained journalist Omar Khan, said her family was being "
     "punished.", "Omar Khan"),
    ("Zelensky said talks should include the European Union, saying peace needs guarantees.",
     "European Union"),
    ("A copy of the draft order seen by Reuters calls for a full reorganisation of the ministry.",
     "Reuters"),
])
def test_quotes_a_name_that_is_not_the_cue_s_subject_does_not_speak(nlp, text, not_speaker):
    for quote in quotes(nlp, text):
        assert quote.speaker is None or quote.speaker.name != not_speaker
