"""Resolution of mentions to actors: date-aware terms, titles, demonyms, metonyms, surnames.

Pronouns and descriptions are the coreference stage's (test_coref_stage.py). Behaviour tests use short team-written sentences and the `nlp` fixture; the logic tests of
phrases.py build their parse by hand, so a model update cannot move them.
"""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from faultlines import pipeline
from faultlines.actors import phrases
from faultlines.ingest.draft import Draft


def mentions(nlp, text: str, published: str | None = "2023-09-19") -> list[dict]:
    doc = nlp(pipeline.make_doc(nlp, Draft(text=text, origin="<test>", published=published)))
    return doc._.mentions


def first(found: list[dict], words: str) -> dict | None:
    return next((m for m in found if words in m["text"]), None)


def placed(m: dict | None) -> tuple:
    a = m["actor"]
    return a["country"], a["sector"]


@pytest.mark.parametrize("published, sector", [
    ("2019-05-01", "GOV"),  # first term
    ("2022-05-01", "ELI"),  # between terms: a former president
    ("2025-06-01", "GOV"),  # second term
])
def test_actors_resolve_trump_by_the_date_of_the_article(nlp, published, sector):
    found = first(mentions(nlp, "Donald Trump said the talks would resume.", published), "Trump")
    assert placed(found) == ("USA", sector)


@pytest.mark.parametrize("published, sector, role", [
    ("2016-03-01", "GOV", "Vice President"),
    ("2023-03-01", "GOV", "President"),
    ("2025-06-01", "ELI", None),
])
def test_actors_resolve_biden_before_during_and_after_office(nlp, published, sector, role):
    found = first(mentions(nlp, "Joe Biden spoke to reporters on Monday.", published), "Biden")
    assert placed(found) == ("USA", sector)
    assert found["actor"]["role"] == role


def test_actors_resolve_former_title_makes_an_elite(nlp):
    found = first(mentions(nlp, "Former President Donald Trump criticised the deal.",
                           "2019-05-01"), "Trump")
    assert placed(found) == ("USA", "ELI")


def test_actors_resolve_then_title_keeps_the_office_named(nlp):
    found = first(mentions(nlp, "In 2022, then-House Speaker Nancy Pelosi visited Taiwan."),
                  "Pelosi")
    assert found["text"] == "then-House Speaker Nancy Pelosi"
    assert placed(found) == ("USA", "LEG")
    assert found["actor"]["role"] == "House Speaker"


def test_actors_resolve_title_and_name_as_one_mention(nlp):
    found = first(mentions(nlp, "Russian Foreign Ministry spokesperson Maria Zakharova said "
                                "the talks had stalled."), "Zakharova")
    assert found["text"] == "Russian Foreign Ministry spokesperson Maria Zakharova"
    assert found["actor"]["name"] == "Maria Zakharova"
    assert found["actor"]["role"] == "Foreign Ministry spokesperson"
    assert placed(found) == ("RUS", "GOV")


def test_actors_resolve_title_with_of_before_a_name(nlp):
    found = first(mentions(nlp, "US Secretary of State Antony Blinken urged a ceasefire."),
                  "Blinken")
    assert found["text"] == "US Secretary of State Antony Blinken"
    assert placed(found) == ("USA", "GOV")


def test_actors_resolve_capital_as_subject_is_its_government(nlp):
    found = first(mentions(nlp, "Moscow condemned the strike on Tuesday."), "Moscow")
    assert found["via"] == "metonym"
    assert placed(found) == ("RUS", "GOV")


def test_actors_resolve_capital_after_a_place_preposition_is_no_actor(nlp):
    assert first(mentions(nlp, "He arrived in Moscow on Tuesday."), "Moscow") is None
    assert first(mentions(nlp, "The minister flew to Baku for the talks."), "Baku") is None


def test_actors_resolve_seats_of_power_by_their_sector(nlp):
    found = mentions(nlp, "The Kremlin said the Pentagon had misread the drills.")
    assert placed(first(found, "Kremlin")) == ("RUS", "GOV")
    assert placed(first(found, "Pentagon")) == ("USA", "MIL")
    # the city news writes for a government seated elsewhere, and there a place as any city
    assert placed(first(mentions(nlp, "Hamas accused Tel Aviv of stalling the talks."),
                        "Tel Aviv")) == ("ISR", "GOV")
    assert first(mentions(nlp, "Crowds rallied in Tel Aviv on Sunday."), "Tel Aviv") is None


def test_actors_resolve_a_state_named_as_a_place_is_marked_so(nlp):
    found = first(mentions(nlp, "Israel strengthened its forces in Lebanon."), "Lebanon")
    assert found["via"] == "place"
    assert placed(found) == ("LBN", "GOV")


def test_actors_resolve_demonym_and_sector_noun(nlp):
    found = mentions(nlp, "Azerbaijani forces shelled the village, Ukrainian officials said.")
    assert first(found, "Azerbaijani forces")["text"] == "Azerbaijani forces"
    assert placed(first(found, "Azerbaijani forces")) == ("AZE", "MIL")
    assert placed(first(found, "Ukrainian officials")) == ("UKR", "GOV")


def test_actors_resolve_ministry_of_a_possessive_state(nlp):
    found = first(mentions(nlp, "Armenia's Defence Ministry said the shelling went on."),
                  "Defence Ministry")
    assert placed(found) == ("ARM", "MIL")


def test_actors_resolve_title_the_model_took_into_the_name(nlp):
    found = first(mentions(nlp, "Archbishop Tadeos Varoukian led the march through the city."),
                  "Varoukian")
    assert found["actor"]["name"] == "Tadeos Varoukian"
    assert found["actor"]["sector"] == "REL"


def test_actors_resolve_ministry_of_a_state(nlp):
    found = first(mentions(nlp, "The Foreign Ministry of Armenia called for talks."),
                  "Foreign Ministry of Armenia")
    assert placed(found) == ("ARM", "GOV")
    assert found["actor"]["kind"] == "state"


def test_actors_resolve_surname_after_full_name_is_the_same_actor(nlp):
    found = mentions(nlp, "Analyst Jane Doerr spoke on Monday. Later, Doerr said the truce "
                          "was fragile.")
    full, later = [m for m in found if "Doerr" in m["text"]]
    assert later["via"] == "surname"
    assert later["actor"]["name"] == full["actor"]["name"] == "Jane Doerr"


def test_actors_resolve_unknown_person_without_a_country_stays_none(nlp):
    found = first(mentions(nlp, "Local shopkeeper Tom Berrow said the market was closed."),
                  "Berrow")
    assert found["actor"]["kind"] == "person"
    assert found["actor"]["country"] is None


def test_actors_resolve_unknown_person_placed_by_title_or_us_state(nlp):
    found = mentions(nlp, "Russian diplomat Ivan Petrovsky met Senator Bob Smithers of Ohio.")
    assert placed(first(found, "Petrovsky")) == ("RUS", "GOV")
    assert placed(first(found, "Smithers")) == ("USA", "LEG")


# ---------------------------------------------------------------- logic over hand-built parses

@pytest.fixture(scope="module")
def vocab():
    return spacy.blank("en").vocab


def test_actors_resolve_is_place_after_in_but_not_as_subject(vocab):
    arrived = Doc(vocab, words=["He", "arrived", "in", "Moscow", "."], heads=[1, 1, 1, 2, 1],
                  deps=["nsubj", "ROOT", "prep", "pobj", "punct"])
    condemned = Doc(vocab, words=["Moscow", "condemned", "the", "strike"], heads=[1, 1, 3, 1],
                    deps=["nsubj", "ROOT", "det", "dobj"])
    assert phrases.is_place(arrived[3])
    assert not phrases.is_place(condemned[0])


def test_actors_resolve_is_place_after_to_only_with_movement(vocab):
    flew = Doc(vocab, words=["She", "flew", "to", "Baku"], heads=[1, 1, 1, 2],
               deps=["nsubj", "ROOT", "prep", "pobj"], lemmas=["she", "fly", "to", "Baku"])
    wrote = Doc(vocab, words=["She", "wrote", "to", "Baku"], heads=[1, 1, 1, 2],
                deps=["nsubj", "ROOT", "prep", "pobj"], lemmas=["she", "write", "to", "Baku"])
    assert phrases.is_place(flew[3])
    assert not phrases.is_place(wrote[3])


def test_actors_resolve_title_before_a_name(vocab):
    words = ["Russian", "Foreign", "Ministry", "spokesperson", "Maria", "Zakharova", "said"]
    doc = Doc(vocab, words=words, heads=[2, 2, 3, 5, 5, 6, 6],
              deps=["amod", "compound", "compound", "compound", "compound", "nsubj", "ROOT"],
              pos=["ADJ", "PROPN", "PROPN", "NOUN", "PROPN", "PROPN", "VERB"])
    title = phrases.title_before(doc[4:6])
    assert [t.text for t in title] == words[:4]


def test_actors_resolve_sector_phrase_prefers_the_longest(vocab):
    doc = Doc(vocab, words=["Defence", "Ministry", "spokesman"])
    sectors = {"defence ministry": "MIL", "spokesman": "GOV", "ministry": "GOV"}
    assert phrases.sector_phrase(list(doc), sectors) == ("defence ministry", "MIL")


def test_actors_resolve_large_city_after_in_is_no_person(nlp):
    found = mentions(nlp, "The provincial government imposed curfews in Lahore, Rawalpindi, "
                          "Multan and Faisalabad.")
    assert not [m for m in found if m["actor"] and m["actor"]["kind"] == "person"]


def test_actors_resolve_bosnian_serb_forces_are_bosnian_forces(nlp):
    found = first(mentions(nlp, "Bosnian Serb forces shelled the enclave overnight."),
                  "Bosnian Serb forces")
    assert placed(found) == ("BIH", "MIL")


def test_actors_resolve_a_president_named_in_full_takes_her_office(nlp):
    found = first(mentions(nlp, "President Gloria Macapagal Arroyo signed the bill.",
                           "2005-03-01"), "Gloria Macapagal Arroyo")
    assert found["actor"]["id"] == "person:gloria-macapagal-arroyo"
    assert placed(found) == ("PHL", "GOV")


def test_actors_resolve_a_town_the_model_took_for_a_person_is_no_actor(nlp):
    near = mentions(nlp, "Malian troops clashed with jihadists near Gao on Friday.")
    assert first(near, "Gao") is None
    city = mentions(nlp, "British troops were based in the central Bosnian city of Vitez.")
    assert first(city, "Vitez") is None


def test_actors_resolve_a_lone_unknown_name_met_is_still_a_person(nlp):
    found = first(mentions(nlp, "The minister met Okafor in Abuja."), "Okafor")
    assert found is not None and found["actor"]["kind"] == "person"


def test_actors_resolve_a_minister_for_a_portfolio_is_one_title(nlp):
    found = first(mentions(nlp, "Minister for Foreign Affairs Penny Wong met her counterpart."),
                  "Penny Wong")
    assert found["text"] == "Minister for Foreign Affairs Penny Wong"


def test_actors_resolve_a_spokesman_for_a_person_is_not_their_title(nlp):
    found = first(mentions(nlp, "A spokesman for Jane Doe said she would resign."), "Jane Doe")
    assert found["text"] == "Jane Doe"


def test_actors_resolve_an_x_of_y_title_before_a_name_is_its_title(nlp):
    found = first(mentions(nlp, "Troops forced the acting head of state Chea Sim out of the "
                                "country."), "Chea Sim")
    assert found["text"] == "acting head of state Chea Sim"
    assert found["actor"]["sector"] == "GOV"
    staff = first(mentions(nlp, "The army chief of staff Juan Perez resigned."), "Juan Perez")
    assert staff["text"] == "army chief of staff Juan Perez"
    assert staff["actor"]["sector"] == "MIL"


def test_actors_resolve_a_name_the_model_took_for_an_organisation_after_a_title(nlp):
    found = first(mentions(nlp, "Kenya's Vice-President Moody Awori rejected the report."),
                  "Moody Awori")
    assert found["text"] == "Kenya's Vice-President Moody Awori"
    assert found["actor"]["kind"] == "person" and found["actor"]["sector"] == "GOV"
    assert found["actor"]["country"] == "KEN"


def test_actors_resolve_a_states_possessive_title_and_name_are_one_mention(nlp):
    found = mentions(nlp, "Jordan's King Abdullah II rejected the plan.")
    assert [m["text"] for m in found] == ["Jordan's King Abdullah II"]
    owner = mentions(nlp, "Putin's spokesman Dmitry Peskov denied the report.")
    assert first(owner, "Putin")["actor"]["id"] == "person:vladimir-putin"


def test_actors_resolve_an_unlisted_officer_of_a_known_group_is_the_groups(nlp):
    found = mentions(nlp, "Hamas spokesman Karim Nasser said the group would respond.")
    a = first(found, "Karim Nasser")["actor"]
    assert (a["country"], a["sector"], a["code"], a["kind"]) == ("PSE", "REB", "HAMAS", "person")


def test_actors_resolve_an_unlisted_officer_of_an_international_body_is_the_bodys(nlp):
    found = mentions(nlp, "The children are not wanted, said Unicef's regional director, "
                          "Pieter Vandam.")
    a = first(found, "Pieter Vandam")["actor"]
    assert (a["country"], a["sector"], a["code"]) == (None, "IGO", "UNICEF")


def test_actors_resolve_a_former_officer_of_a_group_is_an_elite_of_its_country(nlp):
    a = first(mentions(nlp, "Former Hamas official Karim Nasser said talks had failed."),
              "Karim Nasser")["actor"]
    assert (a["country"], a["sector"]) == ("PSE", "ELI")


def test_actors_resolve_a_state_officials_title_without_a_body_keeps_its_state(nlp):
    a = first(mentions(nlp, "Chinese Ambassador Li Wenhai said the talks went well."),
              "Li Wenhai")["actor"]
    assert (a["country"], a["sector"], a["code"]) == ("CHN", "GOV", None)


def test_actors_resolve_a_capital_before_based_is_a_bodys_seat_not_its_government(nlp):
    found = mentions(nlp, "Grossi told the Vienna-based agency's board that Iran had agreed.")
    assert first(found, "Vienna") is None
    found = mentions(nlp, "A London-based monitor said 20 people were killed in Idlib, Syria.")
    assert first(found, "London") is None
    assert placed(first(found, "20 people")) == ("SYR", "CVL")


def test_actors_resolve_a_capital_acting_is_still_its_government(nlp):
    found = mentions(nlp, "Vienna said the London talks had been useful.")
    assert placed(first(found, "Vienna")) == ("AUT", "GOV")


def test_actors_resolve_an_envoys_destination_inside_the_title_does_not_place_them(nlp):
    found = mentions(nlp, "Chinese Ambassador to Pakistan Wei Lanfang said peace needs trade.")
    m = first(found, "Wei Lanfang")
    assert m["text"] == "Chinese Ambassador to Pakistan Wei Lanfang"
    assert placed(m) == ("CHN", "GOV")


def test_actors_resolve_where_an_envoy_is_sent_never_places_them(nlp):
    found = mentions(nlp, "The letter went to ambassador to Kenya Peter Lindqvist on Monday.")
    assert first(found, "Peter Lindqvist")["actor"]["country"] is None


def test_actors_resolve_a_region_the_model_calls_an_organisation_is_no_actor(nlp):
    found = mentions(nlp, "The blast is the latest in Balochistan, which is plagued by unrest.")
    assert first(found, "Balochistan") is None


def test_actors_resolve_a_regions_body_is_still_an_actor(nlp):
    found = mentions(nlp, "A spokesperson for the Balochistan government condemned the attack.")
    assert placed(first(found, "Balochistan government")) == ("PAK", "GOV")


def test_actors_resolve_a_commissioner_is_an_official_of_the_state_around_them(nlp):
    found = mentions(nlp, "The blast hit a market in Quetta, Deputy Commissioner Imran Qadir "
                          "said on Monday.")
    assert placed(first(found, "Imran Qadir")) == ("PAK", "GOV")
    found = mentions(nlp, "EU Commissioner Jana Kovac met the ministers.")
    assert first(found, "Jana Kovac")["actor"]["code"] == "EU"


def test_actors_resolve_a_known_name_written_family_name_first_answers_to_that_name(nlp):
    found = mentions(nlp, "Foreign Minister Wang Yi met the chancellor. Wang said China wants "
                          "cooperation.", published="2025-02-16")
    assert [m["actor"]["id"] for m in found if m["text"] == "Wang"] == ["person:wang-yi"]


def test_actors_resolve_a_first_word_two_known_people_share_names_neither(nlp):
    found = mentions(nlp, "Kim Jong Un and Kim Yo Jong attended. Kim said the test went well.",
                     published="2025-02-16")
    assert all(m["actor"] is None or m["actor"].get("id") is None
               for m in found if m["text"] == "Kim")


def test_actors_resolve_an_envoy_to_a_body_is_their_states_not_the_bodys(nlp):
    found = mentions(nlp, "Russia's envoy to NATO Alexander Grushko said the talks failed.")
    a = first(found, "Alexander Grushko")["actor"]
    assert (a["country"], a["sector"], a["code"]) == ("RUS", "GOV", None)


def test_actors_resolve_a_citys_other_name_is_no_reason_to_drop_a_body(nlp):
    found = mentions(nlp, "Regulators fined Google on Monday.")
    assert first(found, "Google") is not None


def test_actors_resolve_a_states_leader_is_its_government(nlp):
    # a one-word "leader" beside a state names its head; beside anything else it names no sector
    found = mentions(nlp, "Chinese leader Deng Xiaoping told the visitors that ties were good.",
                     published="1987-03-02")
    assert placed(first(found, "Deng Xiaoping")) == ("CHN", "GOV")
    found = mentions(nlp, "Student leaders called for a strike.")
    assert all(m["actor"] is None or m["actor"]["sector"] != "GOV" for m in found)
