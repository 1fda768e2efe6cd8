"""The shared word classes: one definition of each, read once, and a bad entry refused by name."""

from __future__ import annotations

from pathlib import Path

import pytest

from faultlines import words
from faultlines.datafiles import Source
from faultlines.errors import DataFileError
from faultlines.events.lexicon import load as load_lexicon
from faultlines.quotes import cues


def test_words_speech_verbs_are_the_ones_quotes_and_events_read() -> None:
    classes = words.load()
    assert cues.load().speech is classes.speech
    indirect = {lemma for lemma, verb in classes.speech.items() if verb.indirect}
    assert indirect <= load_lexicon().words("speech_verbs")


def test_words_reporting_verbs_add_belief_and_evidence_to_speech() -> None:
    reporting = words.load().reporting
    assert {"say", "admit", "think", "show"} <= reporting
    assert "praise" not in reporting  # a verb of saying that reports no clause


def test_words_state_sectors_are_the_organs_and_the_delegates() -> None:
    classes = words.load()
    assert classes.state_organs == {"GOV", "MIL", "LEG", "JUD", "COP", "SPY"}
    assert classes.state_sectors == classes.state_organs | {"IGO"}


@pytest.mark.parametrize("text, named", [
    ("speech: {say: {indrect: true}}", "speech.say: unknown field 'indrect'"),
    ("speech: {Say: {}}", "speech.Say: a lemma must be a lower-case word"),
    ("speech: {say: {indirect: 'yes'}}", "field 'indirect' must be a bool"),
    ("speech: {}\nreporting_verbs: [think, think]", "reporting_verbs.think: listed twice"),
    ("speech: {}\nstate_organs: [gov]", "state_organs.gov: expected a PLOVER sector code"),
    ("verbs: []", "verbs: unknown section"),
])
def test_words_bad_entry_is_refused_by_name(tmp_path: Path, text: str, named: str) -> None:
    path = tmp_path / "classes.yaml"
    path.write_text(text + "\n", encoding="utf-8")
    with pytest.raises(DataFileError, match=named):
        words.parse(Source(path), Source(path).yaml(dict))


def test_words_locative_tiers_compose_the_place_prepositions() -> None:
    locative = words.load().locative
    assert {"in", "near", "around"} <= locative.at and "within" not in locative.at
    assert "within" in locative.where and "into" in locative.place - locative.where
    assert {"to", "of"} <= locative.any - locative.place
    assert "against" in locative.aimed and "against" not in locative.any


def test_words_negation_words_are_the_ones_events_and_ties_read() -> None:
    from faultlines.ties import stance

    negation = words.load().negation
    assert {"not", "never", "no", "neither"} <= negation
    assert load_lexicon().words("negation_words") == negation == stance.NEGATORS
