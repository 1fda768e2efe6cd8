"""The embedded gazetteer: names folded one way, alternate and historical names, validated
data files, and a cache that gives back exactly what was built."""

from __future__ import annotations

import pytest

from faultlines import errors
from faultlines.places import gazetteer, index_cache
from faultlines.places.gazetteer import Entry, Gazetteer, fold, fold_many


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return gazetteer.load()


def test_places_gazetteer_fold_ignores_accents_case_dots_hyphens_and_the():
    assert fold("Nagorno-Karabakh") == fold("nagorno karabakh")
    assert fold("Düsseldorf") == "dusseldorf"
    assert fold("the Gaza Strip") == "gaza strip"
    assert fold("St. Louis") == fold("Saint Louis")
    assert fold("Washington, D.C.") == "washington dc"


def test_places_gazetteer_fold_many_gives_the_same_keys_as_fold():
    names = ["Saint-Louis", "The Hague", "St. Petersburg", "  Foo  bar ", "Düsseldorf",
             "Washington, D.C."]
    assert fold_many(names) == [fold(n) for n in names]


def test_places_gazetteer_resolves_alternate_and_historical_names(gaz):
    kyiv = [e for e in gaz.lookup("Kiev") if e.country == "UKR"]
    assert kyiv and kyiv[0].name == "Kyiv" and abs(kyiv[0].lat - 50.45) < 0.1
    assert {e.geonameid for e in gaz.lookup("Stepanakert") if e.country == "AZE"} \
        == {e.geonameid for e in gaz.lookup("Khankendi") if e.country == "AZE"}
    assert any(e.name == "Mumbai" for e in gaz.lookup("Bombay"))
    assert gaz.lookup("Burma")[0].feature == "country"


def test_places_gazetteer_knows_countries_territories_regions_and_small_us_towns(gaz):
    assert gaz.lookup("Nagorno-Karabakh")[0].feature == "territory"
    assert {(e.country, e.feature) for e in gaz.lookup("New Jersey")} >= {("USA", "admin1")}
    assert any(e.country == "USA" and e.admin1 == "TX" for e in gaz.lookup("Paris"))
    assert any(e.country == "USA" and e.admin1 == "LA" for e in gaz.lookup("Pineville"))
    assert gaz.lookup("Xyzzyville") == []


def test_places_gazetteer_abbreviations_are_kept_apart_from_names(gaz):
    assert [e.name for e in gaz.abbreviations["tenn"]] == ["Tennessee"]
    assert not any(e.name == "Mississippi" for e in gaz.lookup("Miss."))


def test_places_gazetteer_bad_region_names_the_entry():
    with pytest.raises(errors.KBError, match="regions.yaml, Atlantis: feature 'island'"):
        gazetteer._region({"name": "Atlantis", "feature": "island", "lat": 0, "lon": 0})
    with pytest.raises(errors.KBError, match="Atlantis: lat/lon out of range"):
        gazetteer._region({"name": "Atlantis", "feature": "region", "lat": 95, "lon": 0})


def test_places_gazetteer_cache_gives_back_what_was_built():
    gaz = Gazetteer()
    gaz.cities.append((1, "Paris", 48.85, 2.35, "FRA", 2138551, "11"))
    gaz.add_city_name("paris", 0)
    gaz.cities.append((2, "Paris", 33.66, -95.56, "USA", 24782, "TX"))
    gaz.add_city_name("paris", 1)
    gaz.add_city_name("paris", 1)
    assert gaz.city_ids("paris") == [0, 1]
    texas = Entry("Texas", "USA", 31.5, -99.3, "admin1", 0, None, "TX")
    gaz.add_area(texas, ["Texas", "Tex."])
    gaz.abbreviations["tex"] = [texas]
    back = Gazetteer.from_plain(gaz.to_plain())
    assert back.lookup("Paris") == gaz.lookup("Paris")
    assert back.lookup("texas") == [texas] and back.abbreviations == gaz.abbreviations


def test_places_gazetteer_cache_file_round_trips_and_a_broken_file_is_rebuilt(tmp_path):
    gaz = Gazetteer()
    gaz.cities.append((1, "Goris", 39.51, 46.34, "ARM", 20000, "09"))
    gaz.add_city_name("goris", 0)
    path = tmp_path / "gazetteer-test.marshal"
    index_cache.write(path, gaz.to_plain())
    assert index_cache.read(path, Gazetteer.from_plain).lookup("Goris") == gaz.lookup("Goris")
    path.write_bytes(b"\x00 not a cache")
    assert index_cache.read(path, Gazetteer.from_plain) is None


def test_places_gazetteer_cache_name_changes_with_the_data(monkeypatch):
    inputs = gazetteer.build_inputs()
    before = index_cache.cache_key("cities500.json", inputs)
    monkeypatch.setattr(index_cache, "CACHE_FORMAT", index_cache.CACHE_FORMAT + 1)
    assert index_cache.cache_key("cities500.json", inputs) != before
