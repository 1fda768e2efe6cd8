"""What a story's own words and places say about its names: ordinary words are not towns,
acronyms are not towns, a dateline is a place whatever its tag, a place named inside an
organisation's name, a country in a local story stays a country, and the region two of a
story's places lie in. Team-written sentences, real model and gazetteer."""

from __future__ import annotations

import spacy

from faultlines.nlp import extensions
from faultlines.places import geoparse, toponyms
from faultlines.places.gazetteer import Entry, load
from tests.conftest import place_triples


def test_places_contexts_an_ordinary_word_is_not_a_town(places_nlp):
    # Court is a Swiss village, Mobile an Alabama city: here they are a court and a unit
    assert place_triples(places_nlp, "The lawyer made a brief appearance in Court on Monday.") == []
    assert not any(p[0] == "Mobile" for p in place_triples(
        places_nlp, "Members of the Mobile Forces set up roadblocks overnight."))


def test_places_contexts_an_acronym_is_never_a_town():
    gaz = load()
    assert toponyms.lookup(gaz, "UF") == []
    assert [e.country for e in toponyms.lookup(gaz, "UK")] == ["GBR"]


def test_places_contexts_a_dateline_is_a_place_whatever_its_tag(places_nlp):
    found = place_triples(places_nlp, "SEVIERVILLE, Tenn. (AP) — Police say a man drowned in a pool.")
    assert found[0][:2] == ("SEVIERVILLE", "USA")


def test_places_contexts_a_place_inside_an_organisation_name(places_nlp):
    found = place_triples(places_nlp,
                   "A student at St. John's Lutheran School in Lombard won first place.")
    assert ("Lombard", "USA", "city") in found


def test_places_contexts_a_country_stays_a_country_in_a_local_story(places_nlp):
    # there is an Egypt near Columbus, Ohio: the story's other places do not make it that one
    abroad = place_triples(places_nlp, "Students in Columbus, Ohio, raised money for a clinic in Egypt.")
    assert ("Egypt", "EGY", "country") in abroad


def test_places_contexts_two_places_in_one_region_make_it_the_storys_region():
    extensions.register()
    doc = extensions.ensure_lists(spacy.blank("en")("x"))
    dublin = Entry("Dublin", "USA", 32.54, -82.9, "city", 16000, 1, "GA")
    county = Entry("Laurens County", "USA", 32.46, -82.92, "admin2", 0, None, "GA")
    two = geoparse.story_context(doc, [("dublin", dublin), ("laurens county", county)])
    assert ("USA", "GA") in two.regions
    one = geoparse.story_context(doc, [("dublin", dublin), ("dublin", dublin)])
    assert ("USA", "GA") not in one.regions


def test_places_contexts_a_state_in_a_title_is_a_place_a_country_an_actor(places_nlp):
    assert ("Arizona", "USA", "admin1") in place_triples(
        places_nlp, "Huckabee, who lost to Arizona Sen. John McCain last year, spoke.")
    assert place_triples(places_nlp, "U.S. President Joe Biden spoke on Monday.") == []


def test_places_contexts_a_legislators_home_town(places_nlp):
    found = place_triples(places_nlp, "The bill was backed by state Sen. Ray Miller, D-Columbus.")
    assert [p[:2] for p in found] == [("Columbus", "USA")]


def test_places_contexts_the_state_of_a_dateline_is_a_place_too(places_nlp):
    found = place_triples(places_nlp, "BOWLING GREEN, Ohio (AP) — Students voted on Monday.")
    assert [p[0] for p in found] == ["BOWLING GREEN", "Ohio"]


def test_places_contexts_the_place_heading_a_longer_place_name(places_nlp):
    assert ("Henry County", "USA", "admin2") in place_triples(
        places_nlp, "He will appear Tuesday in Henry County General Sessions Court.")
    assert ("South Philadelphia", "USA", "city") in place_triples(
        places_nlp, "A South Philadelphia nonprofit sued the city.")


def _town(name: str, state: str, feature: str = "city") -> Entry:
    return Entry(name, "USA", 31.0, -95.0, feature, 10_000, None, state)


def test_places_contexts_the_region_a_storys_local_names_agree_on():
    huntsville = toponyms.Toponym("Huntsville", 0, 10, [_town("Huntsville", "AL"),
                                                        _town("Huntsville", "TX")])
    walker = toponyms.Toponym("Walker County", 20, 33, [
        _town("Walker County", s, "admin2") for s in ("AL", "GA", "TX")])
    crockett = toponyms.Toponym("Crockett", 40, 48, [_town("Crockett", "TX"),
                                                    _town("Crockett", "CA")])
    assert geoparse.story_regions([huntsville, walker, crockett]) == {("USA", "TX")}
    # Alabama and Texas tie on two names: no region
    assert geoparse.story_regions([huntsville, walker]) == set()


def test_places_contexts_a_town_before_an_institution_noun(places_nlp):
    found = place_triples(places_nlp, "Pineville Police said the suspect fled to Alexandria, La.")
    assert [p[:2] for p in found][:1] == [("Pineville", "USA")]


def test_places_contexts_a_town_heading_an_untagged_institution(places_nlp):
    found = place_triples(places_nlp, "Firefighters from the East Hampton Volunteer Fire Department "
                               "put out the blaze near Sag Harbor, N.Y.")
    assert ("East Hampton", "USA", "city") in found


def test_places_contexts_a_town_in_a_police_officers_title(places_nlp):
    assert place_triples(places_nlp, "The suspect ran, said Oakland police Sgt. Mark Schmid.") == [
        ("Oakland", "USA", "city")]


def test_places_contexts_the_country_of_a_race(places_nlp):
    assert ("France", "FRA", "country") in place_triples(
        places_nlp, "He will ride in the Tour de France in July.")


def test_places_contexts_datelines_after_a_byline_date_or_before_a_colon(places_nlp):
    assert place_triples(places_nlp, "BEIRUT: Unknown assailants removed the doors of a church.")[0][:2] \
        == ("BEIRUT", "LBN")
    found = place_triples(places_nlp,
                   "By Kim Lee, Staff Reporter, March 15, 2009 NEWARK -- The council met.")
    assert found and found[0][0] == "NEWARK"


def test_places_contexts_a_name_in_apposition_after_a_name_is_where_it_is(places_nlp):
    # the actors stage takes a capital for its government; in apposition it says where
    found = place_triples(places_nlp, "Staff protested at the Federal Ministry of Finance, Abuja, "
                               "for several hours.")
    assert ("Abuja", "NGA", "city") in found


def test_places_contexts_a_town_outside_the_state_its_text_names_is_left_unresolved():
    kzn = Entry("KwaZulu-Natal", "ZAF", -28.5, 30.9, "admin1")
    wentworth_ohio = Entry("Wentworth", "USA", 39.1, -84.0, "city", 900, None, "OH")
    alone = toponyms.Toponym("Wentworth", 0, 9, [wentworth_ohio], container=[kzn])
    assert geoparse.outside_container(wentworth_ohio, alone)
    # a country before another country is a list, not a town outside its container
    germany = Entry("Germany", "DEU", 51.0, 10.0, "country")
    france = Entry("France", "FRA", 46.0, 2.0, "country")
    listed = toponyms.Toponym("France", 0, 6, [france], container=[germany])
    assert not geoparse.outside_container(france, listed)


def test_places_contexts_a_suburb_of_a_city_abroad_is_not_its_namesake_elsewhere():
    nairobi = Entry("Nairobi", "KEN", -1.29, 36.82, "city", 2_750_000)
    riverside_usa = Entry("Riverside", "USA", 41.6, -91.58, "city", 1_000)
    suburb = toponyms.Toponym("Riverside", 0, 9, [riverside_usa], container=[nairobi])
    assert geoparse.outside_container(riverside_usa, suburb)  # "Riverside, Nairobi"
    # towns of one country listed one after another stay towns: "Assiut, Alexandria and Suez"
    alexandria = Entry("Alexandria", "EGY", 31.2, 29.9, "city", 3_800_000)
    assiut = Entry("Assiut", "EGY", 27.18, 31.18, "city", 420_000)
    listed = toponyms.Toponym("Assiut", 0, 6, [assiut], container=[alexandria])
    assert not geoparse.outside_container(assiut, listed)
    # and cities of several countries too: "Moscow, Kiev and Minsk"
    kyiv = Entry("Kyiv", "UKR", 50.45, 30.52, "city", 2_800_000)
    moscow = Entry("Moscow", "RUS", 55.75, 37.62, "city", 10_400_000)
    assert not geoparse.outside_container(moscow, toponyms.Toponym("Moscow", 0, 6, [moscow],
                                                                   container=[kyiv]))


def test_places_contexts_names_before_counties_are_counties(places_nlp):
    found = place_triples(places_nlp, "Warnings covered Becker, Clay, Douglas and Wilkin counties.")
    assert [(p[0], p[2]) for p in found] == [("Becker", "admin2"), ("Clay", "admin2"),
                                             ("Douglas", "admin2"), ("Wilkin", "admin2")]


def test_places_contexts_names_cased_like_mclean_head_an_organisation(places_nlp):
    found = place_triples(places_nlp, "The McLean County Sheriff's Department is investigating.")
    assert found == [("McLean County", "USA", "admin2")]


def test_places_contexts_a_legislators_home_state(places_nlp):
    found = place_triples(places_nlp, "Rep. James Clyburn, D-S.C., and Sen. Jay Rockefeller, D-W. Va., "
                               "agreed.")
    assert [p[1:] for p in found] == [("USA", "admin1"), ("USA", "admin1")]


def test_places_contexts_a_town_before_its_own_council_is_a_town(places_nlp):
    found = place_triples(places_nlp, "Bond resigns from Groton Town Council after six years.")
    assert [p[:2] for p in found] == [("Groton", "USA")]


def test_places_contexts_a_town_and_the_county_it_lies_in_fix_the_region(places_nlp):
    # Paris and Henry County both exist in Tennessee, Kentucky, Illinois and Missouri; only in
    # Tennessee does that Paris lie in that county
    found = place_triples(places_nlp, "Volunteers from Paris and Henry County will repaint the old "
                               "depot on Saturday.")
    assert ("Paris", "USA", "city") in found


def test_places_contexts_town_county_pairs_need_the_town_inside_the_county():
    seat = Entry("Paris", "USA", 36.30, -88.33, "city", 10_000, None, "TN")
    county = Entry("Henry County", "USA", 36.32, -88.30, "admin2", 0, None, "TN")
    far_town = Entry("Paris", "USA", 38.21, -84.25, "city", 10_000, None, "KY")
    far_county = Entry("Henry County", "USA", 38.45, -85.12, "admin2", 0, None, "KY")
    names = [toponyms.Toponym("Paris", 0, 5, [seat, far_town]),
             toponyms.Toponym("Henry County", 10, 22, [county, far_county])]
    assert geoparse.story_regions(names) == {("USA", "TN")}


def test_places_contexts_a_country_named_town_used_as_a_town_is_the_town(places_nlp):
    # "a Palestine man" is a resident of a town (of the country he would be "Palestinian"),
    # and Anderson County, Texas, has a Palestine for its seat
    found = place_triples(places_nlp, "A 40-year-old Palestine man was arrested Friday by Anderson "
                               "County deputies after a chase.")
    assert ("Palestine", "USA", "city") in found
    # used as the country's name, it stays the country even in that story
    found = place_triples(places_nlp, "Anderson County deputies said the man had travelled to "
                               "Palestine last year.")
    assert ("Palestine", "PSE", "country") in found


def test_places_contexts_a_maybe_town_in_a_named_county_fixes_the_region(places_nlp):
    # the model may take "Alexandria" for a person; Alexandria, Minnesota is the seat of
    # Douglas County, Minnesota
    found = place_triples(places_nlp, "An Alexandria man was hurt Tuesday when his pickup left a "
                               "Douglas County road.")
    assert ("Alexandria", "USA", "city") in found


def test_places_contexts_a_state_named_town_makes_no_pair_unless_used_as_a_town():
    kansas_state = Entry("Kansas", "USA", 38.5, -98.0, "admin1", 0, None, "KS")
    kansas_town = Entry("Kansas", "USA", 39.55, -87.94, "city", 700, None, "IL")
    county = Entry("Edgar County", "USA", 39.68, -87.75, "admin2", 0, None, "IL")
    names = [toponyms.Toponym("Kansas", 0, 6, [kansas_state, kansas_town]),
             toponyms.Toponym("Edgar County", 10, 22, [county])]
    assert geoparse.story_regions(names) == set()
    assert geoparse.story_regions(names, local={"kansas"}) == {("USA", "IL")}


def test_places_contexts_a_towns_city_council_is_headed_by_the_towns_own_name(places_nlp):
    # "Dublin City" is another name of the Irish capital; "Dublin City Council" of a story in
    # Franklin County, Ohio is the council of Dublin, Ohio
    found = place_triples(places_nlp, "The Dublin City Council voted Monday to repave two streets, "
                               "a Franklin County engineer said.")
    assert ("Dublin", "USA", "city") in found


def test_places_contexts_a_town_in_a_named_county_outranks_its_namesakes():
    # two regions of the story each hold a Richmond; only the Kentucky one lies in the
    # Madison County the story names
    in_county = Entry("Richmond", "USA", 37.75, -84.29, "city", 30_000, None, "KY")
    elsewhere = Entry("Richmond", "USA", 31.00, -92.00, "city", 30_000, None, "LA")
    county = Entry("Madison County", "USA", 37.73, -84.30, "admin2", 0, None, "KY")
    richmond = toponyms.Toponym("Richmond", 0, 8, [elsewhere, in_county])
    names = [richmond, toponyms.Toponym("Madison County", 20, 34, [county])]
    assert geoparse.town_county_pairs(names) == {(in_county, county)}
    context = geoparse.Context(regions={("USA", "KY"), ("USA", "LA")},
                               paired={in_county, county})
    assert geoparse.best(richmond, context) is in_county
