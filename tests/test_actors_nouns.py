"""Actors named by a common noun (actors/nouns.py): state organs, titles owned by a state,
groups without a proper name. Team-written sentences."""

from __future__ import annotations

import pytest

from faultlines import pipeline
from faultlines.ingest.draft import Draft


def mentions(nlp, text: str, published: str | None = "2023-09-19") -> list[dict]:
    doc = nlp(pipeline.make_doc(nlp, Draft(text=text, origin="<test>", published=published)))
    return doc._.mentions


def at(found: list[dict], words: str) -> dict | None:
    """The mention whose text is exactly `words`."""
    return next((m for m in found if m["text"] == words), None)


def placed(m: dict | None) -> tuple:
    assert m is not None and m["actor"] is not None
    return m["actor"]["country"], m["actor"]["sector"]


def test_actors_nouns_police_in_a_country_are_its_police(nlp):
    found = mentions(nlp, "Police in Portugal detained four men after the match.")
    assert placed(at(found, "Police")) == ("PRT", "COP")


def test_actors_nouns_court_of_a_capital_is_the_state_judiciary(nlp):
    found = mentions(nlp, "A court in Nairobi ordered the release of the activist.")
    assert placed(at(found, "A court")) == ("KEN", "JUD")


def test_actors_nouns_title_owned_by_a_state_takes_its_sector(nlp):
    found = mentions(nlp, "Egypt's interior minister met the delegation on Sunday.")
    m = at(found, "Egypt's interior minister")
    assert placed(m) == ("EGY", "GOV")
    assert m["actor"]["name"] == "Egypt interior minister"


def test_actors_nouns_administration_of_a_leader_is_his_state(nlp):
    found = mentions(nlp, "The Obama administration expelled two diplomats.")
    m = at(found, "The Obama administration")
    assert placed(m) == ("USA", "GOV") and m["actor"]["kind"] == "state"


def test_actors_nouns_bare_organ_takes_the_one_state_of_its_paragraph(nlp):
    found = mentions(nlp, "The army shelled villages near the border of Chad overnight.")
    assert placed(at(found, "The army")) == ("TCD", "MIL")


def test_actors_nouns_bare_organ_stays_unplaced_when_two_states_compete(nlp):
    found = mentions(nlp, "Security forces fired on crowds, officials in Peru and Chile said.")
    m = at(found, "Security forces")
    assert m is not None and placed(m) == (None, "COP")


def test_actors_nouns_each_government_keeps_its_own_state(nlp):
    found = mentions(nlp, "The government of Ghana and the government of Togo signed a pact.")
    assert [placed(m)[0] for m in found if m["text"].lower() == "the government"] == ["GHA", "TGO"]


def test_actors_nouns_coordinated_demonyms_keep_one_state_each(nlp):
    found = mentions(nlp, "Norwegian and Swedish negotiators met in Oslo.")
    countries = {m["actor"]["country"] for m in found if m["actor"]}
    assert {"NOR", "SWE"} <= countries


def test_actors_nouns_group_without_a_state_is_still_a_mention(nlp):
    found = mentions(nlp, "Protesters blocked the main road for three hours.")
    m = at(found, "Protesters")
    assert m is not None and placed(m) == (None, "CVL")


def test_actors_nouns_place_after_in_is_not_an_actor(nlp):
    found = mentions(nlp, "The suspect appeared in court on Monday.")
    assert at(found, "court") is None


def test_actors_nouns_members_of_a_known_group_are_the_group(nlp):
    found = mentions(nlp, "Hezbollah fighters crossed the ridge at dawn.")
    m = at(found, "Hezbollah fighters")
    assert m is not None and m["actor"]["id"] == "group:HEZBOLLAH"


def test_actors_nouns_a_body_owned_by_a_common_noun_is_no_state_organ(nlp):
    found = mentions(nlp, "Chile's minister praised the football club chairman on Friday.")
    m = at(found, "the football club chairman")
    assert m is None or m["actor"]["country"] is None


def test_actors_nouns_a_destination_is_not_the_story_state(nlp):
    found = mentions(nlp, "Officials returned the stolen statues to Cambodia on Friday.")
    assert placed(at(found, "Officials"))[0] is None


def test_actors_nouns_court_in_a_region_is_the_region_court_of_its_state(nlp):
    found = mentions(nlp, "A court in Saxony acquitted the teacher.")
    m = at(found, "A court")
    assert placed(m) == ("DEU", "JUD") and m["actor"]["name"] == "Saxony court"


def test_actors_nouns_two_regional_governments_are_two_actors(nlp):
    found = mentions(nlp, "The Kerala government criticised the Karnataka government.")
    a, b = at(found, "The Kerala government"), at(found, "the Karnataka government")
    assert placed(a) == placed(b) == ("IND", "GOV")
    assert a["actor"]["id"] != b["actor"]["id"] and a["actor"]["code"] is None


def test_actors_nouns_police_in_a_large_city_are_its_state_police(nlp):
    found = mentions(nlp, "Police in Rotterdam detained two suspects.")
    assert placed(at(found, "Police")) == ("NLD", "COP")


def test_actors_nouns_region_two_states_share_places_nothing(nlp):
    found = mentions(nlp, "The Punjab government banned the march.")
    m = at(found, "The Punjab government")
    assert placed(m) == (None, "GOV") and m["actor"]["name"] == "Punjab government"


def test_actors_nouns_the_title_names_the_person_of_that_title_before_it(nlp):
    found = mentions(nlp, "Kenyan President William Ruto opened the summit. The president said "
                          "the talks went well.")
    assert at(found, "The president")["actor"]["id"] == "person:william-ruto"


def test_actors_nouns_the_government_after_an_organ_is_its_state(nlp):
    found = mentions(nlp, "A Spanish judge ordered the arrest. The government said it would "
                          "appeal.")
    assert at(found, "The government")["actor"]["id"] == "country:ESP"


def test_actors_nouns_an_envoy_is_not_placed_by_the_story_state(nlp):
    found = mentions(nlp, "The envoy arrived in Bolivia on Monday.")
    assert placed(at(found, "The envoy")) == (None, "GOV")


@pytest.mark.parametrize("text, noun, backer", [
    ("Turkish-backed rebel forces seized the town.", "forces", "TUR"),
    # a capital or a city names its state, and as a backer owns nothing either
    ("Kigali-backed fighters seized the town.", "fighters", "RWA"),
    ("A Moscow-friendly government took power.", "government", "RUS"),
])
def test_actors_nouns_a_backer_does_not_own_the_force(nlp, text, noun, backer):
    found = [m for m in mentions(nlp, text) if noun in m["text"]]
    assert found and all(m["actor"]["country"] != backer for m in found)


def test_actors_nouns_a_leader_state_owns_the_force(nlp):
    found = mentions(nlp, "Saudi-led forces struck the port.")
    m = next(m for m in found if "forces" in m["text"])
    assert m["actor"]["country"] == "SAU"


def test_actors_nouns_officials_of_two_states_are_no_single_mention(nlp):
    found = mentions(nlp, "The envoy met officials from both Chile and Peru.")
    assert at(found, "officials") is None
    assert {"CHL", "PER"} <= {m["actor"]["country"] for m in found if m["actor"]}


def test_actors_nouns_its_officials_are_the_state_it_stands_for(nlp):
    found = mentions(nlp, "Norway said its officials would attend the talks.")
    assert placed(at(found, "its officials")) == ("NOR", "GOV")


def test_actors_nouns_a_spokesman_for_a_listed_person_is_that_person(nlp):
    found = mentions(nlp, "A spokesman for President Emmanuel Macron criticised the plan.")
    assert at(found, "A spokesman")["actor"]["id"] == "person:emmanuel-macron"


def test_actors_nouns_unlisted_office_holder_takes_the_story_state(nlp):
    found = mentions(nlp, "TIRANA, Albania -- Albania's parliament criticised President Arben "
                          "Kola on Thursday.")
    m = next(m for m in found if "Kola" in m["text"])
    assert placed(m) == ("ALB", "GOV")


def test_actors_nouns_unlisted_foreign_minister_is_not_placed_by_the_story(nlp):
    found = mentions(nlp, "Foreign Minister Arben Kola urged all parties in Yemen to talk.")
    m = next(m for m in found if "Kola" in m["text"])
    assert m["actor"]["country"] is None


def test_actors_nouns_abbreviated_rank_is_military(nlp):
    found = mentions(nlp, "Brig. Gen. Arben Kola led the parade in Tirana.")
    m = next(m for m in found if "Kola" in m["text"])
    assert m["actor"]["sector"] == "MIL"


def test_actors_nouns_local_government_is_not_the_state(nlp):
    found = mentions(nlp, "The Kano state government and its local governments banned the "
                          "rally.")
    for words in ("The Kano state government", "its local governments"):
        m = at(found, words)
        assert placed(m) == ("NGA", "GOV") and m["actor"]["id"] != "country:NGA"


def test_actors_nouns_state_media_of_a_state_is_national(nlp):
    found = mentions(nlp, "Russian state media said the talks had failed.")
    m = next(m for m in found if "state media" in m["text"])
    assert m["actor"]["code"] == "RUS"


def test_actors_nouns_a_state_name_inside_a_place_name_is_not_that_state(nlp):
    found = mentions(nlp, "Officials in South America criticised the plan.")
    assert all(m["actor"]["country"] != "USA" for m in found if m["actor"])


def test_actors_nouns_a_region_names_the_story_state(nlp):
    found = mentions(nlp, "The government imposed a curfew in parts of Darfur.")
    assert placed(at(found, "The government")) == ("SDN", "GOV")


def test_actors_nouns_title_the_model_takes_for_a_name_is_a_common_noun(nlp):
    found = mentions(nlp, "Jordan's Crown Prince opened talks with the Kenyan Foreign Minister.")
    a = at(found, "Jordan's Crown Prince")
    assert placed(a) == ("JOR", "GOV") and a["actor"]["kind"] == "state"


def test_actors_nouns_member_of_an_international_body_is_the_body(nlp):
    found = mentions(nlp, "Latvian MEP has called for tougher sanctions on Belarus.")
    a = next(m for m in found if "MEP" in m["text"])["actor"]
    assert (a["code"], a["country"], a["sector"], a["kind"]) == ("EP", None, "LEG", "igo")


def test_actors_nouns_the_other_side_of_a_war_does_not_own_the_troops(nlp):
    found = mentions(nlp, "In 1999 the alliance deployed troops for the air war against Serbia.")
    assert placed(at(found, "troops")) == (None, "MIL")


def test_actors_nouns_investigators_of_a_state_are_its_police(nlp):
    found = mentions(nlp, "U.S. federal investigators shared the evidence with Kenya.")
    assert placed(next(m for m in found if "investigators" in m["text"])) == ("USA", "COP")


def test_actors_nouns_workers_at_a_place_are_its_people(nlp):
    found = mentions(nlp, "Workers at a copper mine in Chile walked off the job on Monday.")
    assert placed(at(found, "Workers")) == ("CHL", "LAB")


def test_actors_nouns_journalists_in_a_country_are_its_press(nlp):
    found = mentions(nlp, "Journalists in Syria were detained at a checkpoint.")
    assert placed(at(found, "Journalists")) == ("SYR", "JRN")


def test_actors_nouns_foreign_journalists_in_a_country_keep_no_state(nlp):
    found = mentions(nlp, "Foreign journalists in Syria were detained at a checkpoint.")
    assert placed(next(m for m in found if "journalists" in m["text"])) == (None, "JRN")


def test_actors_nouns_hostages_in_a_place_are_not_its_people(nlp):
    found = mentions(nlp, "Hostages in Gaza were moved to a tunnel, their families said.")
    assert placed(at(found, "Hostages")) == (None, "CVL")


def test_actors_nouns_chief_of_staff_of_an_army_is_its_officer(nlp):
    found = mentions(nlp, "The chief of staff of the Nigerian army said the road was open.")
    assert placed(at(found, "The chief of staff")) == ("NGA", "MIL")


def test_actors_nouns_several_countries_are_a_group_not_the_storys_state(nlp):
    found = mentions(nlp, "Several Nordic countries have pledged to support Kenya's reforms.")
    m = next(m for m in found if "countries" in m["text"])
    assert placed(m) == (None, "GOV")


def test_actors_nouns_critics_of_a_seat_of_power_are_its_opposition(nlp):
    found = mentions(nlp, "Kremlin critics say the new law silences the press.")
    assert placed(at(found, "Kremlin critics")) == ("RUS", "OPP")


def test_actors_nouns_a_woman_of_a_region_is_a_civilian_of_its_state(nlp):
    found = mentions(nlp, "A Texas woman has started a hunger strike outside the courthouse.")
    assert placed(next(m for m in found if "woman" in m["text"])) == ("USA", "CVL")


def test_actors_nouns_a_man_shot_in_a_city_is_a_civilian_there(nlp):
    found = mentions(nlp, "Police shot a man in Lagos on Sunday.")
    assert placed(at(found, "a man")) == ("NGA", "CVL")


def test_actors_nouns_counterpart_is_of_another_state_than_its_possessor(nlp):
    found = mentions(nlp, "Peru's president and his Chilean counterpart signed the accord.")
    assert placed(next(m for m in found if "counterpart" in m["text"])) == ("CHL", "GOV")
    found = mentions(nlp, "The Kenyan president met his counterpart in Nairobi.")
    assert placed(at(found, "his counterpart")) == (None, "GOV")


def test_actors_nouns_a_county_commission_is_a_local_government_body(nlp):
    found = mentions(nlp, "The County Commission approved the new budget on Tuesday.")
    commission = at(found, "The County Commission")
    assert commission is not None and commission["actor"]["sector"] == "GOV"


def test_actors_nouns_an_election_commission_in_a_state_is_its_body(nlp):
    found = mentions(nlp, "The election commission in Kenya rejected the petition.")
    assert placed(at(found, "The election commission")) == ("KEN", "GOV")


def test_actors_nouns_a_counsel_is_a_lawyer_whom_the_story_does_not_place(nlp):
    found = mentions(nlp, "In Chile, the counsel for the families asked for a new trial.")
    counsel = next(m for m in found if m["text"].endswith("counsel"))
    assert counsel["actor"]["sector"] == "JUD" and counsel["actor"]["country"] is None


def test_actors_nouns_children_and_girls_are_civilians_of_their_state(nlp):
    found = mentions(nlp, "Gunmen kidnapped three Nigerian girls near the school.")
    assert placed(at(found, "Nigerian girls")) == ("NGA", "CVL")
    killed = mentions(nlp, "The shelling killed four children in Idlib.")
    assert at(killed, "four children")["actor"]["sector"] == "CVL"


def test_actors_nouns_ranchers_are_farmers(nlp):
    found = mentions(nlp, "Israeli ranchers sold cattle to the traders.")
    assert placed(at(found, "Israeli ranchers")) == ("ISR", "AGR")


def test_actors_nouns_a_states_top_brass_is_its_military(nlp):
    found = mentions(nlp, "Chile's military top brass demanded the minister resign.")
    assert placed(at(found, "Chile's military top brass")) == ("CHL", "MIL")


def test_actors_nouns_opponents_of_a_government_are_its_opposition(nlp):
    found = mentions(nlp, "Political opponents of the Kenyan government clashed with police.")
    assert placed(at(found, "Political opponents")) == ("KEN", "OPP")


def test_actors_nouns_truck_drivers_of_a_state_are_its_workers(nlp):
    found = mentions(nlp, "Chile's truck drivers called off their strike on Monday.")
    assert placed(at(found, "Chile's truck drivers")) == ("CHL", "LAB")


def test_actors_nouns_former_soviet_republics_are_states_the_story_does_not_place(nlp):
    found = mentions(nlp, "In Moscow, former Soviet republics refused to lift the sanctions.")
    republics = next(m for m in found if m["text"].endswith("republics"))
    assert republics["actor"]["country"] is None


def test_actors_nouns_a_states_representative_is_its_envoy_never_the_storys(nlp):
    found = mentions(nlp, "France's representative to the UN Security Council said the vote "
                          "would go ahead.")
    assert placed(at(found, "France's representative")) == ("FRA", "GOV")
    alone = mentions(nlp, "In Kenya, the representative said the vote would go ahead.")
    assert at(alone, "the representative")["actor"]["country"] is None


def test_actors_nouns_a_peoples_population_is_its_civilians(nlp):
    found = mentions(nlp, "Police detained dozens of men from the Croatian population.")
    assert placed(at(found, "Croatian population")) == ("HRV", "CVL")


def test_actors_nouns_home_guards_are_a_military_force(nlp):
    found = mentions(nlp, "Rebels said they would free two homeguards held since May.")
    assert at(found, "two homeguards")["actor"]["sector"] == "MIL"


def test_actors_nouns_rivals_of_a_leader_are_the_opposition(nlp):
    found = mentions(nlp, "Rivals of the Kenyan president said they would boycott the talks.")
    assert placed(at(found, "Rivals")) == ("KEN", "OPP")


def test_actors_nouns_opposition_members_are_the_opposition(nlp):
    found = mentions(nlp, "The Kenyan government banned the opposition members from travelling.")
    assert at(found, "the opposition members")["actor"]["sector"] == "OPP"


def test_actors_nouns_a_states_warships_and_warplanes_are_its_military(nlp):
    ships = mentions(nlp, "French warships arrived off the coast.")
    assert placed(at(ships, "French warships")) == ("FRA", "MIL")
    planes = mentions(nlp, "Iraqi warplanes attacked positions in the desert.")
    assert placed(at(planes, "Iraqi warplanes")) == ("IRQ", "MIL")


def test_actors_nouns_a_group_takes_the_sector_of_the_word_before_it(nlp):
    rebels = mentions(nlp, "A tiny rebel group attacked the village.")
    assert at(rebels, "A tiny rebel group")["actor"]["sector"] == "REB"
    students = mentions(nlp, "A student organisation protested outside the ministry.")
    assert at(students, "A student organisation")["actor"]["sector"] == "EDU"


def test_actors_nouns_the_group_alone_is_no_body_of_its_own(nlp):
    assert mentions(nlp, "The group said it would fight on.") == []


def test_actors_nouns_a_body_after_outside_is_where_not_who(nlp):
    found = mentions(nlp, "Protesters gathered outside parliament on Monday.")
    assert [m["text"] for m in found] == ["Protesters"]


def test_actors_nouns_at_least_and_around_count_people_not_places(nlp):
    found = mentions(nlp, "The blast killed at least six people and wounded around 20 civilians.")
    assert at(found, "at least six people") is not None


def test_actors_nouns_a_clause_describing_the_members_does_not_own_them(nlp):
    found = mentions(nlp, "Starmer praised the dignity of the families of those taken captive "
                          "by Hamas.")
    m = at(found, "the families")
    assert m is None or m["actor"]["code"] != "HAMAS"
    found = mentions(nlp, "Officials of the armed wing of Hamas met the mediators.")
    m = at(found, "Officials of the armed wing of Hamas") or at(found, "Officials")
    assert m is not None and m["actor"]["code"] == "HAMAS"


def test_actors_nouns_states_that_no_longer_exist_are_their_own_actors(nlp):
    # archives name them: the Soviet Union is not Russia, nor Yugoslavia Serbia
    found = mentions(nlp, "The Soviet Union and Yugoslavia protested, and Cuba, a Soviet ally, "
                          "joined them.", published="1987-03-02")
    assert placed(at(found, "The Soviet Union")) == ("SUN", "GOV")
    assert placed(at(found, "Yugoslavia")) == ("YUG", "GOV")
    assert at(found, "Soviet")["actor"]["country"] == "SUN"
    found = mentions(nlp, "The European Community imposed duties on Japanese goods.")
    assert at(found, "The European Community")["actor"]["code"] == "EU"


def test_actors_nouns_the_palestinian_territories_place_their_police(nlp):
    found = mentions(nlp, "The police in the Gaza Strip detained activists.")
    assert placed(at(found, "The police")) == ("PSE", "COP")


def test_actors_nouns_a_bare_count_of_people_is_the_places_people(nlp):
    found = mentions(nlp, "Thousands rallied across Indonesia on Monday.")
    assert placed(at(found, "Thousands")) == ("IDN", "CVL")


def test_actors_nouns_a_count_of_something_else_is_no_people(nlp):
    found = mentions(nlp, "Hundreds of millions of dollars were sent to Indonesia.")
    assert at(found, "Hundreds") is None
    assert placed(at(mentions(nlp, "Hundreds of Russian peacekeepers left Armenia."),
                     "Hundreds of Russian peacekeepers")) == ("RUS", "MIL")
