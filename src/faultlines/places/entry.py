"""One place the gazetteer knows: the record that the gazetteer, its sources (subdivisions.py),
its disk cache (index_cache.py) and the geoparser all pass around.

It lives in a module of its own so that those can share it without importing the gazetteer,
which imports them.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Entry:
    """One place the gazetteer knows."""

    name: str
    country: str | None  # ISO 3166-1 alpha-3 (or the KB's code for a territory)
    lat: float
    lon: float
    feature: str  # country, territory, admin1, admin2 (US county), region, water, continent, city
    population: int = 0
    geonameid: int | None = None
    admin1: str | None = None  # GeoNames admin1 code of a city; a region's own `code`
