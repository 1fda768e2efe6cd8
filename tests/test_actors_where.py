"""Which state a place name lies in (actors/where.py): regions from the KB, US states, and only
large cities whose name no other state's town or region rivals."""

from __future__ import annotations

from faultlines.actors import kb, where


def test_actors_where_region_and_us_state():
    loaded = kb.load()
    assert where.place_state("Catalonia", loaded) == "ESP"
    assert where.place_state("Ohio", loaded) == "USA"


def test_actors_where_large_unambiguous_city():
    assert where.city_state("Lyon") == "FRA"
    assert where.city_state("Lagos") == "NGA"


def test_actors_where_city_name_two_states_share_is_no_answer():
    assert where.city_state("Richmond") is None  # Virginia and British Columbia
    assert where.city_state("Valencia") is None  # Venezuela and Spain


def test_actors_where_namesakes_in_one_state_still_answer():
    assert where.city_state("Springfield") == "USA"


def test_actors_where_unknown_name_is_no_answer():
    assert where.city_state("Zzyzxville") is None
