"""Where something happened, among a clause's places (places/precise.py): the most precise
place, and among equals the first that is not one end of a route; the ACLED suite's note place
(eval/acled.py) and an event's `location` (place_for_span) alike."""

from __future__ import annotations

from faultlines.places.precise import most_precise


def _place(text: str, note: str, feature: str) -> dict:
    start = note.index(text)
    return {"text": text, "feature": feature, "start": start, "end": start + len(text)}


def test_places_event_place_prefers_a_city_to_a_region_to_a_country():
    note = "In Kenya, gunmen from Lamu County attacked a bus near Witu."
    found = [_place("Kenya", note, "country"), _place("Lamu County", note, "admin1"),
             _place("Witu", note, "city")]
    assert most_precise(found, note)["text"] == "Witu"
    assert most_precise(found[:2], note)["text"] == "Lamu County"
    assert most_precise([], note) is None


def test_places_event_place_skips_the_ends_of_a_route():
    note = "Gunmen ambushed a lorry on the Garissa-Dadaab road, then fled towards Modogashe."
    found = [_place("Garissa", note, "city"), _place("Dadaab", note, "city"),
             _place("Modogashe", note, "city")]
    assert most_precise(found, note)["text"] == "Modogashe"
    # with only the route's ends, the first end is still a place on the map
    assert most_precise(found[:2], note)["text"] == "Garissa"


def test_places_event_place_an_events_location_follows_the_same_rule(places_nlp):
    from faultlines import pipeline
    from faultlines.ingest.draft import Draft
    from faultlines.places import place_for_span

    text = "Gunmen ambushed a lorry in Tana River County near Garsen on Sunday."
    doc = places_nlp(pipeline.make_doc(places_nlp, Draft(text=text, origin="<test>")))
    assert place_for_span(doc, 0, len(text))["text"] == "Garsen"


def test_acled_reachable_needs_a_named_place_near_the_point():
    from faultlines.eval.acled import reachable
    from faultlines.places import gazetteer

    gaz = gazetteer.load()
    note = "Militia fighters attacked a police post in Garissa town on Monday."
    assert reachable(note, -0.45, 39.65, gaz)  # Garissa, Kenya
    assert not reachable(note, 2.05, 45.32, gaz)  # Mogadishu: the note names nothing near it
    assert not reachable("Clashes were reported in the area.", -0.45, 39.65, gaz)
