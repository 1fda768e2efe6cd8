"""Organisations and state agencies by name: a state's agency is an organ of that state under its
own name; an organisation named with a national adjective keeps its name; the most specific
known name wins. Team-written sentences."""

from __future__ import annotations

from faultlines import pipeline
from faultlines.ingest.draft import Draft


def mentions(nlp, text: str) -> list[dict]:
    doc = nlp(pipeline.make_doc(nlp, Draft(text=text, origin="<test>", published="2023-09-19")))
    return doc._.mentions


def actor_of(found: list[dict], words: str) -> dict:
    m = next(m for m in found if words in m["text"])
    assert m["actor"] is not None
    return m["actor"]


def test_actors_organizations_state_agency_acronym_is_its_state(nlp):
    a = actor_of(mentions(nlp, "ICE deported the family to Honduras last week."), "ICE")
    assert (a["country"], a["sector"], a["kind"], a["id"]) == ("USA", "COP", "state", "agency:ICE")


def test_actors_organizations_members_of_an_agency_are_the_agency(nlp):
    a = actor_of(mentions(nlp, "Officers from the DEA raided the warehouse."), "Officers")
    assert a["id"] == "agency:DEA"


def test_actors_organizations_national_adjective_keeps_the_name(nlp):
    a = actor_of(mentions(nlp, "The Canadian Civil Liberties Association criticised the bill."),
                 "Civil Liberties")
    assert a["name"] == "Canadian Civil Liberties Association"
    assert (a["country"], a["sector"], a["kind"]) == ("CAN", "NGO", "organization")


def test_actors_organizations_ministry_with_a_national_adjective_is_an_organ(nlp):
    a = actor_of(mentions(nlp, "The Polish Foreign Ministry summoned the envoy."), "Ministry")
    assert (a["country"], a["kind"]) == ("POL", "state")


def test_actors_organizations_most_specific_name_wins(nlp):
    a = actor_of(mentions(nlp, "The Foreign and Commonwealth Office advised against travel."),
                 "Office")
    assert (a["country"], a["sector"]) == ("GBR", "GOV")


def test_actors_organizations_a_known_name_inside_names_it_only_at_its_head(nlp):
    found = mentions(nlp, "The Royal Commonwealth Society criticised the decision on Friday.")
    a = actor_of(found, "Society")
    assert a["id"] != "org:COMMONWEALTH"


def test_actors_organizations_a_known_name_opening_a_longer_one_owns_it(nlp):
    a = actor_of(mentions(nlp, "The UN Assistance Mission condemned the attack."), "Mission")
    assert a["id"] == "org:UN"


def test_actors_organizations_state_court_placed_by_its_city(nlp):
    a = actor_of(mentions(nlp, "The High Court in Nairobi suspended the order."), "High Court")
    assert (a["country"], a["sector"]) == ("KEN", "JUD")


def test_actors_organizations_intelligence_service_is_an_organ_of_its_state(nlp):
    found = mentions(nlp, "The CIA and Mossad shared the intercepts with the FBI.")
    cia, mossad, fbi = (actor_of(found, w) for w in ("CIA", "Mossad", "FBI"))
    assert (cia["country"], cia["sector"], cia["kind"]) == ("USA", "SPY", "state")
    assert cia["id"] == "agency:CIA"
    assert (mossad["country"], mossad["kind"]) == ("ISR", "state")
    assert (fbi["country"], fbi["sector"], fbi["kind"]) == ("USA", "COP", "state")


def test_actors_organizations_an_aid_charity_is_an_ngo(nlp):
    found = mentions(nlp, "Action Against Hunger delivered food to 20,000 families in Yemen.")
    assert actor_of(found, "Action Against Hunger")["id"] == "org:ACF"
    assert actor_of(found, "Action Against Hunger")["sector"] == "NGO"


def test_actors_organizations_a_seat_named_with_its_state_is_the_seat(nlp):
    found = mentions(nlp, "The U.S. State Department pledged support for the plan.")
    assert actor_of(found, "The U.S. State Department")["id"] == "seat:USA/State Department"


def test_actors_organizations_ngos_of_a_state_are_its_ngos(nlp):
    found = mentions(nlp, "The embassy pledged support for Hungarian NGOs and free media.")
    assert actor_of(found, "Hungarian NGOs")["sector"] == "NGO"
    assert actor_of(found, "Hungarian NGOs")["country"] == "HUN"


def test_actors_organizations_farc_written_as_a_word_is_the_farc(nlp):
    found = mentions(nlp, "Farc has said it will free two soldiers.")
    assert actor_of(found, "Farc")["id"] == "group:FARC"


def test_actors_organizations_a_group_written_in_full_is_the_group(nlp):
    found = mentions(nlp, "The Sudan People's Liberation Army in Opposition attacked the town.")
    assert actor_of(found, "Liberation Army in Opposition")["id"] == "group:SPLMIO"


def test_actors_organizations_a_named_government_of_a_state_is_its_seat(nlp):
    found = mentions(nlp, "The Government of National Accord announced a ceasefire.")
    assert actor_of(found, "Government of National Accord")["country"] == "LBY"
    assert actor_of(found, "Government of National Accord")["sector"] == "GOV"


def test_actors_organizations_acronyms_written_as_words_are_known(nlp):
    found = mentions(nlp, "Nato allies and Opec ministers met Asean envoys in Geneva.")
    assert [actor_of(found, w)["code"] for w in ("Nato", "Opec", "Asean")] == \
        ["NATO", "OPEC", "ASEAN"]


def test_actors_organizations_a_clipped_state_in_a_pair_is_the_state(nlp):
    found = mentions(nlp, "Traders protested at the Pak-China border on Monday.")
    assert any(m["actor"] and m["actor"]["code"] == "PAK" for m in found
               if m["text"] == "Pak")


def test_actors_organizations_a_state_news_agency_is_its_state_not_the_demonym_in_its_name(nlp):
    found = mentions(nlp, "The Korean Central News Agency said the missiles flew 800 km.")
    a = actor_of(found, "Korean Central News Agency")
    assert (a["country"], a["sector"]) == ("PRK", "GOV")


def test_actors_organizations_a_military_media_wing_speaks_for_the_military(nlp):
    a = actor_of(mentions(nlp, "The ISPR said two soldiers were killed near the border."), "ISPR")
    assert (a["country"], a["sector"]) == ("PAK", "MIL")


def test_actors_organizations_a_spelling_of_a_known_armed_group(nlp):
    a = actor_of(mentions(nlp, "Al Shabab claimed the attack on the base on Monday."), "Shabab")
    assert a["code"] == "SHABAAB"


def test_actors_organizations_a_body_named_for_a_person_is_not_the_person(nlp):
    a = actor_of(mentions(nlp, "The Trump Foundation was closed after the inquiry."),
                 "Trump Foundation")
    assert a["kind"] != "person" and a["name"] == "Trump Foundation"
