"""The actors knowledge base: every shipped file loads, and a bad entry is refused by name."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from faultlines import errors
from faultlines.actors import actor, kb

KB_FILES = ("countries.yaml", "organizations.yaml", "armed_groups.yaml", "people.yaml",
            "agencies.yaml", "sectors.tsv", "parts.yaml")


def test_actors_kb_loads_every_shipped_file():
    loaded = kb.load()
    assert len(loaded.countries) > 190
    assert loaded.countries["ARM"].name == "Armenia"
    assert loaded.names["Armenia"] == "country:ARM"
    assert loaded.demonyms["Azerbaijani"] == "AZE"
    assert loaded.seat_country["Kremlin"] == "RUS"
    assert loaded.sectors["senator"] == "LEG"
    assert loaded.names["CSTO"] == "org:CSTO"
    assert loaded.names["Pashinyan"] == "person:nikol-pashinyan"
    assert loaded.names["ICE"] == "agency:ICE" and loaded.agencies["ICE"].country == "USA"


def test_actors_kb_load_is_cached_once_per_process():
    assert kb.load() is kb.load()


def test_actors_kb_matches_names_without_the_leading_article():
    loaded = kb.load()
    assert loaded.names["United States"] == loaded.names["the United States"] == "country:USA"


@pytest.fixture
def kb_copy(tmp_path: Path) -> Path:
    for name in KB_FILES:
        shutil.copy(kb.KB_DIR / name, tmp_path / name)
    return tmp_path


def _append(path: Path, text: str) -> None:
    path.write_text(path.read_text(encoding="utf-8") + text, encoding="utf-8")


def test_actors_kb_refuses_an_alias_two_entries_claim(kb_copy: Path):
    _append(kb_copy / "countries.yaml", "\n- iso3: ZZZ\n  name: Zedland\n  aliases: [Armenia]\n")
    with pytest.raises(errors.KBError) as err:
        kb.build(kb_copy)
    assert str(err.value).startswith("countries.yaml, ZZZ: alias 'Armenia' already used by "
                                     "countries.yaml ARM")


def test_actors_kb_refuses_an_unknown_sector_naming_the_entry(kb_copy: Path):
    _append(kb_copy / "armed_groups.yaml",
            "\n- code: ZZGROUP\n  name: Zed Front\n  country: ARM\n  sector: XYZ\n")
    with pytest.raises(errors.KBError, match=r"armed_groups.yaml, ZZGROUP: unknown sector 'XYZ'"):
        kb.build(kb_copy)


def test_actors_kb_refuses_a_bad_date_and_a_term_that_ends_before_it_starts(kb_copy: Path):
    people = (kb_copy / "people.yaml").read_text(encoding="utf-8")
    (kb_copy / "people.yaml").write_text(people + (
        '\n- name: Zed Zedson\n  offices:\n'
        '    - {country: ARM, sector: GOV, role: Minister, start: "2020-13-01"}\n'),
        encoding="utf-8")
    with pytest.raises(errors.KBError, match=r"people.yaml, Zed Zedson: bad date '2020-13-01'"):
        kb.build(kb_copy)
    (kb_copy / "people.yaml").write_text(people + (
        '\n- name: Zed Zedson\n  offices:\n'
        '    - {country: ARM, sector: GOV, role: Minister, start: "2020-01-01", end: "2019-01-01"}\n'),
        encoding="utf-8")
    with pytest.raises(errors.KBError, match="ends before it starts"):
        kb.build(kb_copy)


def test_actors_kb_refuses_a_reference_to_an_unknown_state(kb_copy: Path):
    _append(kb_copy / "organizations.yaml",
            "\n- code: ZZORG\n  name: Zed Pact\n  members: [ARM, QQQ]\n")
    with pytest.raises(errors.KBError, match=r"organizations.yaml, ZZORG: unknown member 'QQQ'"):
        kb.build(kb_copy)


def test_actors_kb_refuses_an_agency_of_an_unknown_state(kb_copy: Path):
    _append(kb_copy / "agencies.yaml",
            "\n- code: ZZAG\n  name: Zed Bureau\n  country: QQQ\n  sector: COP\n")
    with pytest.raises(errors.KBError, match=r"agencies.yaml, ZZAG: unknown state 'QQQ'"):
        kb.build(kb_copy)


def test_actors_kb_builds_without_the_optional_agencies_file(kb_copy: Path):
    (kb_copy / "agencies.yaml").unlink()
    assert kb.build(kb_copy).agencies == {}


def test_actors_kb_refuses_a_sector_word_listed_twice(kb_copy: Path):
    _append(kb_copy / "sectors.tsv", "senator\tLEG\n")
    with pytest.raises(errors.KBError, match=r"sectors.tsv, line \d+: word 'senator' is listed twice"):
        kb.build(kb_copy)


@pytest.mark.parametrize("day, sector, role", [
    ("2016-06-01", "GOV", "Vice President"),
    ("2023-09-19", "GOV", "President"),
    ("2025-06-01", "ELI", None),
    ("1960-01-01", "ELI", None),  # before any office: ELI of the state of the first one
])
def test_actors_kb_person_takes_the_office_held_on_the_day(day, sector, role):
    biden = kb.load().people["joe-biden"]
    found = actor.person(biden, "Biden", dt.date.fromisoformat(day))
    assert (found["country"], found["sector"], found["role"]) == ("USA", sector, role)


def test_actors_kb_overlapping_offices_give_the_latest_started():
    menendez = kb.load().people["bob-menendez"]
    found = actor.person(menendez, "Menendez", dt.date(2023, 9, 19))
    assert found["role"] == "Chairman of the Senate Foreign Relations Committee"
    assert actor.person(menendez, "Menendez", dt.date(2023, 9, 19), former=True)["sector"] == "ELI"


def test_actors_kb_regions_name_their_state():
    loaded = kb.load()
    assert loaded.regions["Bavaria"] == "DEU" and loaded.regions["Uttar Pradesh"] == "IND"


def test_actors_kb_refuses_a_region_that_is_a_state_name(kb_copy: Path):
    shutil.copy(kb.KB_DIR / "regions.yaml", kb_copy / "regions.yaml")
    _append(kb_copy / "regions.yaml", "\n- country: DEU\n  regions: [Armenia]\n")
    with pytest.raises(errors.KBError, match=r"regions.yaml, DEU: region 'Armenia' is already"):
        kb.build(kb_copy)


def test_actors_kb_member_noun_names_its_body():
    loaded = kb.load()
    assert loaded.members["mep"] == "EP"


def test_actors_kb_title_heads_are_the_nouns_of_office_holders_titles():
    heads = kb.title_heads(kb.load())
    assert {"president", "minister", "chief", "ambassador"} <= heads
    assert "army" not in heads and "cabinet" not in heads


def test_actors_kb_bosnian_serbs_croats_and_bosniaks_are_bosnians():
    loaded = kb.load()
    assert {loaded.demonyms[w] for w in ("Bosnian Serb", "Bosnian Croats", "Bosniak")} == {"BIH"}


def test_actors_kb_the_government_of_sudan_abbreviated_is_sudan():
    assert kb.load().names["GoS"] == "country:SDN"


def test_actors_kb_parts_lists_amounts_and_member_nouns():
    loaded = kb.load()
    assert "dozens" in loaded.amounts and "leaders" in loaded.member_words


def test_actors_kb_refuses_a_part_word_in_both_lists(kb_copy: Path):
    (kb_copy / "parts.yaml").write_text("amounts: [dozens, members]\nmembers: [members]\n")
    with pytest.raises(errors.KBError, match=r"parts.yaml, members: .members. is in both lists"):
        kb.build(kb_copy)


def test_actors_kb_refuses_a_group_noun_with_an_unknown_sector(kb_copy: Path):
    (kb_copy / "parts.yaml").write_text("groups:\n  squad: XYZ\n")
    with pytest.raises(errors.KBError, match=r"parts.yaml, groups squad: unknown sector 'XYZ'"):
        kb.build(kb_copy)


def test_actors_kb_west_germany_is_germany():
    loaded = kb.load()
    assert loaded.names["West Germany"] == "country:DEU"
    assert loaded.demonyms["West German"] == "DEU"


def test_actors_kb_epithets_list_the_states_they_fit():
    loaded = kb.load()
    assert loaded.epithets.words["baltic"] == {"EST", "LTU", "LVA"}
    assert loaded.epithets.words["gulf"] == set(loaded.organizations["GCC"].members)
    assert "KEN" in loaded.epithets.words["african"]
    assert loaded.epithets.heads["nation"] is None and "SAU" in loaded.epithets.heads["kingdom"]


def test_actors_kb_refuses_an_epithet_of_an_unknown_state(kb_copy: Path):
    (kb_copy / "epithets.yaml").write_text("words:\n  baltic: {states: [EST, XXX]}\n")
    with pytest.raises(errors.KBError, match=r"epithets.yaml, words.baltic: unknown state 'XXX'"):
        kb.build(kb_copy)


def test_actors_kb_things_lists_the_nouns_of_things():
    loaded = kb.load()
    assert "plan" in loaded.things.heads and "operation" in loaded.things.openers
    assert "release" in loaded.things.handed_over


def test_actors_kb_outlets_give_their_home_state_by_name_or_address():
    outlets = kb.load().outlets
    assert outlets.home("Dawn", None) == "PAK"
    assert outlets.home(None, "https://edition.cnn.com/2025/01/01/x") == "USA"
    assert outlets.home("Al Jazeera English", "https://www.aljazeera.com/news/x") is None


def test_actors_kb_refuses_an_outlet_of_an_unknown_state(kb_copy: Path):
    (kb_copy / "outlets.yaml").write_text("- {name: Zed Times, domains: [zed.zz], country: ZZZ}\n")
    with pytest.raises(errors.KBError, match=r"outlets.yaml, Zed Times: unknown state 'ZZZ'"):
        kb.build(kb_copy)


def test_actors_kb_the_zionist_regime_is_israel_and_zionist_alone_names_no_state(nlp):
    from tests.conftest import code
    events = code(nlp, "Iran called on the Zionist regime to halt its strikes.", "2024-05-02").events
    assert [(e.type, [a.code for a in e.recipient]) for e in events][:1] == [("REQUEST", ["ISR"])]
    ideas = nlp("Zionist ideas shaped the debate.")  # a word of its own, no state named
    assert [m for m in ideas._.mentions if (m.get("actor") or {}).get("code") == "ISR"] == []
