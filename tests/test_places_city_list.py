"""The city list reader: columns cut by regular expressions give exactly what `json` gives,
and the ASCII fold gives exactly `gazetteer.fold`'s keys."""

from __future__ import annotations

import json

from faultlines.places import city_list, gazetteer
from faultlines.places.gazetteer import fold


def _city(gid: int, name: str, alts: list[str], admin1: str = "01") -> dict:
    return {"geonameid": gid, "name": name, "latitude": 40.5, "longitude": -3.25,
            "countrycode": "ES", "population": 1200 + gid, "timezone": "Europe/Madrid",
            "admin1code": admin1, "alternatenames": alts}


CITIES = [
    _city(1, "Villa Nueva", ["Villanueva", "Vila Nova [a. 1140]", "Nueva", "VNA"]),
    _city(2, "Ñandú", []),
    _city(3, "San Pedro", ["St. Peter", "The Rock", "Xan \"Pedro\"", "Sant-Pere"], admin1=""),
]


def _write(tmp_path, cities: list[dict]):
    path = tmp_path / "cities.json"
    path.write_text(json.dumps({str(c["geonameid"]): c for c in cities}), encoding="utf-8")
    return path


def test_places_city_list_columns_match_the_json_reader(tmp_path):
    path = _write(tmp_path, CITIES)
    fast = city_list.read(path)
    slow = city_list.read_json(path.read_bytes())
    assert fast == slow
    assert fast.name == ["Villa Nueva", "Ñandú", "San Pedro"]
    assert fast.admin1 == ["01", "01", ""]


def test_places_city_list_keeps_english_looking_alternate_names_with_their_city(tmp_path):
    cols = city_list.read(_write(tmp_path, CITIES))
    owned = list(zip(cols.alt_keys, cols.alt_owner))
    # no bracketed dated form, no airport code; "Nueva" stays with its own city
    assert owned == [("villanueva", 0), ("nueva", 0), ("saint peter", 2), ("rock", 2),
                     ("sant pere", 2)]


def test_places_city_list_a_layout_it_does_not_know_goes_to_json(tmp_path):
    odd = [{**c, "extra": 1} for c in CITIES]
    odd[0] = {"name": odd[0]["name"], **{k: v for k, v in odd[0].items() if k != "name"}}
    path = _write(tmp_path, odd)
    assert city_list.read(path).name == [c["name"] for c in odd]


def test_places_city_list_ascii_fold_is_gazetteer_fold():
    names = ["The Hague", "St. Louis", "Winston-Salem", "Foo  Bar ", "O'Fallon", "Washington, D.C.",
             "the", "St.-Jean", "A - B"]
    assert city_list.fold_ascii([n.encode() for n in names]) == [fold(n) for n in names]


def test_places_gazetteer_reads_us_counties_only_when_a_story_names_one():
    gaz = gazetteer.Gazetteer()
    assert gaz.lookup("Springfield") == [] and gaz.counties is None
    douglas = gaz.lookup("Douglas County")
    assert gaz.counties is not None
    assert {e.admin1 for e in douglas} >= {"NE", "KS"}
    assert all(e.feature == "admin2" for e in douglas)
    assert gaz.lookup("Douglas Co.") == douglas


def test_places_gazetteer_county_table_is_kept_on_disk(tmp_path, monkeypatch):
    from faultlines.places import index_cache

    monkeypatch.setenv("FAULTLINES_CACHE", str(tmp_path))
    calls = []
    douglas = gazetteer.Entry("Douglas County", "USA", 41.3, -96.2, "admin2", 0, None, "NE")

    def compute():
        calls.append(1)
        return {"douglas county": [douglas]}

    assert index_cache.counties(compute) == {"douglas county": [douglas]}
    assert index_cache.counties(compute) == {"douglas county": [douglas]}
    assert calls == [1]
