"""The events lexicon: every shipped file loads; bad entries are refused with file and entry."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from faultlines.events.lexicon import LEXICON_DIR, TYPES, LexiconError, Policy, build, load


def test_events_lexicon_loads_every_type_with_hundreds_of_lemmas():
    lexicon = load()
    entries = lexicon.all_entries()
    assert {e.type for e in entries} == set(TYPES)
    assert len({e.lemma for e in entries}) >= 300
    assert "launch" in lexicon.words("light_verbs")


def test_events_lexicon_prefers_nothing_it_was_not_given():
    assert load().lookup("weather", "verb") == ()


def _copy(tmp_path: Path) -> Path:
    target = tmp_path / "lexicon"
    shutil.copytree(LEXICON_DIR, target)
    return target


def test_events_lexicon_names_file_and_entry_of_an_unknown_field(tmp_path: Path):
    directory = _copy(tmp_path)
    path = directory / "ASSAULT.yaml"
    path.write_text(path.read_text().replace("{lemma: invade,", "{lemma: invade, objet: actor,"))
    with pytest.raises(LexiconError, match=r"ASSAULT.yaml, entry \d+ \(invade\): unknown field"):
        build(directory)


def test_events_lexicon_refuses_an_unquoted_yaml_boolean(tmp_path: Path):
    directory = _copy(tmp_path)
    path = directory / "REQUEST.yaml"
    path.write_text(path.read_text().replace('prep: "on"', "prep: on"))
    with pytest.raises(LexiconError, match="REQUEST.yaml.*'prep' must be a word"):
        build(directory)


def test_events_lexicon_refuses_a_named_sides_that_is_not_true_or_false(tmp_path: Path):
    directory = _copy(tmp_path)
    path = directory / "COERCE.yaml"
    path.write_text(path.read_text().replace("restrict, named_sides: true}",
                                             "restrict, named_sides: all}", 1))
    with pytest.raises(LexiconError, match=r"COERCE.yaml, entry \d+ \(slap\): 'named_sides' must"):
        build(directory)


def test_events_lexicon_refuses_a_type_that_differs_from_its_file(tmp_path: Path):
    directory = _copy(tmp_path)
    path = directory / "AID.yaml"
    path.write_text(path.read_text().replace("type: AID", "type: AGREE"))
    with pytest.raises(LexiconError, match="AID.yaml: type AGREE differs"):
        build(directory)


def test_events_lexicon_refuses_an_unknown_complement(tmp_path: Path):
    directory = _copy(tmp_path)
    path = directory / "REQUEST.yaml"
    path.write_text(path.read_text().replace("{lemma: say, complement: obligation}",
                                             "{lemma: say, complement: wish}"))
    with pytest.raises(LexiconError, match=r"REQUEST.yaml, entry \d+ \(say\): complement must"):
        build(directory)


def test_events_lexicon_errors_come_from_the_one_data_file_helper_with_the_format_page():
    # datafiles.Source.fail, as for every data file: file, entry, problem, then where the
    # format is written (the lexicon formatted messages of its own, without the page)
    with pytest.raises(LexiconError, match=r"^policy\.yaml: no table for rule 'nope' \(format: "
                                           r"src/faultlines/events/lexicon/README\.md\)$"):
        Policy().rule("nope")
