"""Toponym resolution: which place each name of a story is (the names: places/spotters.py).

Candidates come by exact name and alternate names (accent-folded, case-insensitive), scored
  - by feature class: a bare name is a country before a region before a city (countries score
    9, territories 8.5, first-level regions and continents 8, regions and waters 7.5);
  - a city by its population (log10, so 10 million scores 7 and a town of 2,000 scores 3.3),
    plus 1 where the name is the city's own name rather than one of its alternates;
  - +10 for a container the text gives: "Paris, Texas", "Paris, Tenn.", "Kherson in Ukraine",
    "Stepanakert, the capital of Nagorno-Karabakh", "Chalala area of Lusaka"; a city as the
    container means within 60 km of it ("Newlands, Cape Town");
  - -2 for a subdivision named bare ("in Kent"): weaker than a state or country of that name;
  - the story's context: +4 for a city named by its own name in a first-level region the
    story names (or into which two of its other names resolved, or on which its local names
    agree, or in which a town it names lies in a county it names: a local story seldom names
    its state), +1.5 for a place in a country the story names (its actors, its countries, and
    in a second pass the countries of its other resolved places; not, in a story that names
    places abroad, for a town beside a namesake city five times its size and of 100,000 or
    more, unless another place the story names lies within 250 km: "Geneva" of a story of
    Syria whose actors are American is still Geneva, "Paris" beside Nashville is Paris,
    Tennessee), +2 for a town lying in a county the story names and for that county, +2 for a
    place within 250 km of another place the first pass resolved (a city or region, not a
    country), and up to +3 of support from the story's other names that could
    be places near it (each weighted 1/sqrt of its candidates: "Alexandria" beside
    "Pineville" is the Louisiana one).
Where the name is a country's or region's, a town of that name is considered only with a
container ("Lebanon, Pa."), or where the story uses that name as a town's somewhere ("a
Palestine man", "Lebanon police", "Jane Roe, 37, Lebanon") and a town of it lies in the story's
region: the story's other places alone must not make "Egypt" Egypt, Ohio.
A name that is only *maybe* a place (a town the model tagged PERSON, the head of an
organisation's name, a dateline, an untagged proper noun) is kept when it resolves to a country
or region, when the story also names it as a sure place ("one sense per discourse"), when its
best candidate lies in a container or a region the text names, when it is the one city of
50,000 or more with that name ("Shreveport"), or the one in the story's countries, or (except
for untagged nouns and organisation heads) when a place the story resolved from another name
lies within 250 km. A loose name whose best candidate lies in a country none of the story's
sure places is in is dropped, and so is a town whose text puts it in a state or country where
no town of its name lies. A name with no candidate stays unresolved; it never stops the
others.
"""

from __future__ import annotations

from faultlines import geodesy

import math
from collections.abc import Iterable
from dataclasses import dataclass, field

from spacy.tokens import Doc

from faultlines.nlp.mentions import view
from faultlines.nlp.records import PlaceDict
from faultlines.places import positions
from faultlines.places.gazetteer import Entry, Gazetteer, fold
from faultlines.places.spotters import find
from faultlines.places.toponyms import AREAS, Toponym

BASE = {"country": 9.0, "territory": 8.5, "admin1": 8.0, "continent": 8.0, "region": 7.5,
        "water": 7.5, "admin2": 7.0, "city": 0.0}
CONTAINER, IN_REGION, IN_COUNTRY, NEARBY, OWN_NAME = 10.0, 4.0, 1.5, 2.0, 1.0
PAIRED = 2.0  # a town lying in a county the story names, and that county
BARE_REGION = 2.0  # "in Kent": a subdivision named bare is weaker than a state or a country
NEAR_KM, CONTAINS_KM, SUBURB_KM = 250.0, 400.0, 60.0
SUPPORT, MAX_SUPPORT, CELL_DEGREES = 1.5, 2.0, 2.0
REGION_VOTES = 2  # names resolved into a first-level region that make it the story's
SEAT_KM = 40.0  # a town this close to a county's centre lies in it or at its edge
VOTE_MIN, VOTE_MARGIN = 1.0, 0.25  # story_regions
LOCAL = frozenset({"city", "admin1", "admin2"})
NOTABLE = 50_000
GREAT_CITY, DWARF = 100_000, 5  # see `dwarfed`
SMALL_TOWN = 20_000  # a town this small beside a city abroad is a suburb we lack, not a namesake


@dataclass
class Context:
    """What the story already says about where it happens."""

    countries: set[str] = field(default_factory=set)
    place_countries: set[str] = field(default_factory=set)  # of its places, not its actors
    regions: set[tuple[str, str]] = field(default_factory=set)  # (country, admin1 code)
    # resolved cities and regions, with the name they were resolved from
    anchors: list[tuple[str, Entry]] = field(default_factory=list)
    # every resolved place's (name, country): see `abroad`
    named: list[tuple[str, str]] = field(default_factory=list)

    # names the story uses somewhere as a town's ("a Palestine man", "Lebanon police"): see
    # `local_names`
    local: set[str] = field(default_factory=set)
    # towns and counties of the story's town-county pairs: see `town_county_pairs`
    paired: set[Entry] = field(default_factory=set)
    # every other name's candidates, as (weight, grid cells around them): see `support`
    others: dict[str, tuple[float, set[tuple[int, int]]]] = field(default_factory=dict)

    def support(self, entry: Entry, name: str) -> float:
        """How many other names of the story could be places near this candidate, each
        weighted 1/sqrt(its candidates): "Alexandria" near "Pineville" (two Louisiana towns)
        is supported, the Egyptian Alexandria is not. Cells of 2 degrees and their neighbours
        stand in for "within about 250 km", so that the check is a set lookup."""
        cell = _cell(entry)
        return sum(w for key, (w, cells) in self.others.items() if key != name and cell in cells)

    def abroad(self, entry: Entry, name: str) -> bool:
        """Does the story name a place (from another name) outside this candidate's country?
        An international story ("talks in Geneva" beside Syria and Russia), not a local one."""
        return any(key != name and country != entry.country for key, country in self.named)

    def near(self, entry: Entry, name: str) -> bool:
        """Within NEAR_KM of a place the story resolved from another name (a name must not
        back itself: three mentions of Alexandria are no evidence for one Alexandria)."""
        return any(key != name and km(entry, a) <= NEAR_KM for key, a in self.anchors)


def own_name(entry: Entry, key: str) -> bool:
    """Named by its own name, not an alternate one ("Gilchrist" of "Gilchrist counties" is
    Gilchrist County's own name)."""
    name = fold(entry.name)
    return name == key or (entry.feature == "admin2" and name.startswith(key + " "))


def km(a: Entry, b: Entry) -> float:
    return geodesy.km(a.lat, a.lon, b.lat, b.lon)


def _cell(entry: Entry) -> tuple[int, int]:
    return int(entry.lat // CELL_DEGREES), int(entry.lon // CELL_DEGREES)


def _cells(entries: list[Entry]) -> set[tuple[int, int]]:
    return {(a + da, b + db) for a, b in map(_cell, entries) for da in (-1, 0, 1)
            for db in (-1, 0, 1)}


def _others(toponyms_: list[Toponym]) -> dict[str, tuple[float, set[tuple[int, int]]]]:
    out = {}
    for t in toponyms_:
        local = [e for e in t.candidates if e.feature in LOCAL]
        if local and fold(t.text) not in out:
            out[fold(t.text)] = (1 / math.sqrt(len(local)), _cells(local))
    return out


# -- resolve ------------------------------------------------------------------------------------

def _inside(entry: Entry, outer: Entry) -> bool:
    if entry.country and entry.country == outer.country and outer.feature == "country":
        return True
    if outer.admin1 and entry.admin1 == outer.admin1 and entry.country == outer.country:
        return True
    radius = SUBURB_KM if outer.feature == "city" else CONTAINS_KM  # "Wentworth, Durban"
    return outer.feature != "country" and entry is not outer and km(entry, outer) <= radius


def score(entry: Entry, name: str, toponym: Toponym, context: Context) -> float:
    value = BASE[entry.feature] - (BARE_REGION if entry in toponym.bare_regions else 0.0)
    if entry.feature == "city":
        value += math.log10(entry.population + 1) + (OWN_NAME if fold(entry.name) == name else 0)
    if any(_inside(entry, outer) for outer in toponym.container):
        value += CONTAINER
    if entry.feature not in ("country", "continent") and entry.country in context.countries \
            and not (dwarfed(entry, toponym) and name not in context.local
                     and context.abroad(entry, name) and not context.near(entry, name)):
        value += IN_COUNTRY
    if entry.feature in ("city", "admin2") and (entry.country, entry.admin1) in context.regions \
            and own_name(entry, name):
        value += IN_REGION  # by its own name: an alternate name of a town is weak evidence
    if entry.feature not in ("country", "continent") and context.near(entry, name):
        value += NEARBY
    if entry in context.paired:
        value += PAIRED  # "Richmond" and "Madison County": Richmond, Kentucky, its seat
    if entry.feature in LOCAL:
        value += SUPPORT * min(MAX_SUPPORT, context.support(entry, name))
    return value


def dwarfed(entry: Entry, toponym: Toponym) -> bool:
    """A town whose namesake is a great city DWARF times its size ("Geneva", New York, beside
    Geneva), by that city's own name (Harare, once Salisbury, dwarfs no Salisbury), and not
    itself a city of GREAT_CITY or more (London, Ontario, stays a Canadian story's London): that
    the story's actors include Americans does not make the town the likelier
    place; only the text's own words for where it is (a container, a region the story names,
    a place nearby) do, or the story's use of the name as a town's ("Dublin Arts Council",
    "Berlin police": `local_names`)."""
    name = fold(toponym.text)
    return entry.feature == "city" and entry.population < GREAT_CITY and any(
        e.feature == "city" and e.population >= max(GREAT_CITY, DWARF * entry.population)
        and fold(e.name) == name for e in toponym.candidates)


def best(toponym: Toponym, context: Context) -> Entry:
    """The best-scoring candidate. Where the name is a country's or a region's, a city of
    that name is considered only if the text puts it in a container ("Lebanon, Pa."): the
    story's other places must not turn "Egypt" into Egypt, Ohio (a story of Columbus, Ohio
    that names Egypt means the country far more often than the hamlet)."""
    name = fold(toponym.text)
    candidates = toponym.candidates
    areas = [e for e in candidates if e.feature in AREAS and e not in toponym.bare_regions]
    if areas and not any(_inside(e, o) for e in candidates if e.feature == "city"
                         for o in toponym.container) and not _local_town(toponym, context):
        candidates = areas
    return max(candidates, key=lambda e: score(e, name, toponym, context))


def _local_town(toponym: Toponym, context: Context) -> bool:
    """A country's or region's name that the story uses as a town's ("a 36-year-old Palestine
    man", "Lebanon police") where a town of that name lies in the story's region: the town,
    in every mention of the story (one sense per discourse)."""
    name = fold(toponym.text)
    return name in context.local and any(
        e.feature == "city" and (e.country, e.admin1) in context.regions and own_name(e, name)
        for e in toponym.candidates)


def local_names(doc: Doc, toponyms_: Iterable[Toponym]) -> set[str]:
    """Names used as a town's: before a noun of a town's people or institutions ("Palestine
    man", "Jordan resident", "Lebanon Police", "the Palestine city limits"), or as a person's
    home after their age ("Jane Roe, 37, Lebanon,"), as local news writes of its towns and
    never of a country (whose people are "Lebanese")."""
    words = positions.load()
    nouns = words.municipal_nouns | words.resident_nouns
    out = set()
    for t in toponyms_:
        span = doc.char_span(t.start, t.end, alignment_mode="expand")
        if span is None:
            continue
        after = doc[span.end] if span.end < len(doc) else None
        age = span.start >= 2 and doc[span.start - 1].text == "," and doc[span.start - 2].like_num
        if age or (after is not None and after.lower_ in nouns):
            out.add(fold(t.text))
    return out


def story_context(doc: Doc, chosen: Iterable[tuple[str, Entry]] = ()) -> Context:
    """The countries of the story's actors; with `chosen` (folded name, place), also its
    resolved places."""
    context = Context()
    for m in view(doc).mentions:
        country = (m.get("actor") or {}).get("country")
        if country:
            context.countries.add(country)
    local: dict[tuple[str, str], set[str]] = {}
    for name, entry in chosen:
        if entry.country:
            context.countries.add(entry.country)
            context.place_countries.add(entry.country)
            context.named.append((name, entry.country))
        if entry.feature == "admin1" and entry.admin1:
            context.regions.add((entry.country, entry.admin1))
        if entry.feature in ("city", "admin2") and entry.admin1:
            local.setdefault((entry.country, entry.admin1), set()).add(name)
        if entry.feature in ("city", "admin1", "admin2", "region", "territory"):
            context.anchors.append((name, entry))
    # a region two of the story's names resolved into is the story's region too, named or not
    # (a local paper's story names its towns and county, seldom its state)
    context.regions |= {region for region, names in local.items() if len(names) >= REGION_VOTES}
    return context


def _certain(toponyms_: list[Toponym]) -> list[tuple[str, Entry]]:
    """Areas the text names without doubt: a name whose only candidates are one area."""
    out = []
    for t in toponyms_:
        areas = [e for e in t.candidates if e.feature in AREAS]
        if len(areas) == 1 and all(e.feature in AREAS or e.population < 10 ** 5
                                   for e in t.candidates):
            out.append((fold(t.text), areas[0]))
    return out


def backed(entry: Entry, toponym: Toponym, context: Context) -> bool:
    """Does the story's geography support a *maybe* toponym's best candidate? Not, for a loose
    name, where it lies in a country none of the story's places is in ("the Ouagadougou Centre"
    of a story about Sirte is a building, not the capital of Burkina Faso)."""
    if entry.feature in AREAS or any(_inside(entry, o) for o in toponym.container):
        return True
    if toponym.loose and context.place_countries and entry.country not in context.place_countries:
        return False
    if (entry.country, entry.admin1) in context.regions:
        return True
    notable = [e for e in toponym.candidates if e.population >= NOTABLE]
    if notable == [entry]:  # the one city of 50,000 or more with that name: "Shreveport"
        return True
    if [e for e in notable if e.country in context.countries] == [entry]:
        return True  # ... in the story's countries: "the Athens Police Department" in Georgia
    return not toponym.loose and context.near(entry, fold(toponym.text))


def story_regions(toponyms_: list[Toponym], countries: set[str] = frozenset(),
                  all_names: list[Toponym] | None = None,
                  local: set[str] = frozenset()) -> set[tuple[str, str]]:
    """The first-level region the story's local names agree on, named or not: "Huntsville"
    (Alabama, Texas...) and "Walker County" (Alabama, Georgia, Texas) and "Crockett"
    (Texas, California) agree on Texas. Each name votes for every region it has a town or
    county in, with 1/sqrt(their number), by their own names only, and only for regions of
    the countries the story already names where it names any (a Toronto of New South Wales
    must not outvote the Toronto of a story about Canada); names of areas do not vote. The
    winner needs two names, VOTE_MIN votes and VOTE_MARGIN more than the next region. A town
    lying in a county the story names decides first (`_town_county_regions`, over `all_names`,
    maybe places too where the sure ones make no pair: "an Alexandria man" the model took for
    a person)."""
    paired = _town_county_regions(toponyms_, local)
    if not paired and all_names is not None:
        paired = _town_county_regions(all_names, local)
    if len(paired) == 1:
        return paired
    names: dict[str, set[tuple[str, str]]] = {}
    for t in toponyms_:
        key = fold(t.text)
        if any(e.feature in AREAS and e.feature != "admin2" for e in t.candidates):
            continue  # "Georgia", "Lebanon": a town named like an area says nothing of the region
        regions = {(e.country, e.admin1) for e in t.candidates
                   if e.feature in ("city", "admin2") and e.admin1 and own_name(e, key)
                   and (not countries or e.country in countries)}
        if regions:
            names.setdefault(key, regions)
    votes: dict[tuple[str, str], float] = {}
    for regions in names.values():
        for region in regions:
            votes[region] = votes.get(region, 0.0) + 1 / math.sqrt(len(regions))
    ranked = sorted(votes.items(), key=lambda item: -item[1])
    if not ranked:
        return set()
    top, score_ = ranked[0]
    runner_up = ranked[1][1] if len(ranked) > 1 else 0.0
    voters = sum(top in regions for regions in names.values())
    if voters >= 2 and score_ >= VOTE_MIN and score_ >= runner_up + VOTE_MARGIN:
        return {top}
    return set()


def town_county_pairs(toponyms_: list[Toponym],
                      local: set[str] = frozenset()) -> set[tuple[Entry, Entry]]:
    """(town, county) candidates of two of the story's names where the town lies in the
    county: "Paris and Henry County" are Paris, Tennessee and its county, though Kentucky,
    Illinois and Missouri also have a Paris and a Henry County (their Parises lie in other
    counties). A local story names its town and its county together far more often than two
    namesakes happen to lie within SEAT_KM of each other, so the pair holds whatever countries
    the story's actors are of ("Paris" may have made France one). A name that is also an
    area's ("Kansas", "Palestine") pairs only where the story uses it as a town's (`local`,
    see `local_names`)."""
    towns = [(fold(t.text), e) for t in toponyms_ for e in t.candidates
             if e.feature == "city" and e.admin1 and own_name(e, fold(t.text))
             and (fold(t.text) in local or not any(c.feature in AREAS for c in t.candidates))]
    counties = [(fold(t.text), e) for t in toponyms_ for e in t.candidates
                if e.feature == "admin2" and e.admin1]
    return {(town, county) for name, town in towns for other, county in counties
            if name != other and not other.startswith(name + " ")
            and town.country == county.country and town.admin1 == county.admin1
            and km(town, county) <= SEAT_KM}


def _town_county_regions(toponyms_: list[Toponym],
                         local: set[str] = frozenset()) -> set[tuple[str, str]]:
    """The regions of the story's town-county pairs (one region decides)."""
    return {(town.country, town.admin1) for town, _ in town_county_pairs(toponyms_, local)}


def resolve(doc: Doc, gaz: Gazetteer) -> list[PlaceDict]:
    """PLACE dicts (OUTPUT.md) for every resolved toponym of the story, in text order."""
    found = sorted(find(doc, gaz), key=lambda t: t.start)
    sure = [t for t in found if t.sure]
    certain = story_context(doc, _certain(sure))
    certain.local = local_names(doc, found)
    certain.regions |= story_regions(sure, certain.countries, found, certain.local)
    certain.others = _others(found)
    certain.paired = {e for pair in town_county_pairs(found, certain.local) for e in pair}
    context = story_context(doc, [(fold(t.text), best(t, certain)) for t in sure])
    context.others, context.local, context.paired = certain.others, certain.local, certain.paired
    context.regions |= certain.regions
    named = {fold(t.text) for t in sure}
    chosen = [(t, best(t, context)) for t in found]
    countries = story_context(doc).countries | {e.country for t, e in chosen
                                                if t.sure and e not in t.bare_regions}
    out = []
    for t, entry in chosen:
        if outside_container(entry, t):
            continue  # "Wentworth, KwaZulu-Natal": a town we do not know, not Wentworth, Ohio
        if foreign_bare_region(entry, t, countries):
            continue  # "the Gulf" of a story about Iran: not Gulf Province, Papua New Guinea
        if t.sure or fold(t.text) in named or backed(entry, t, context):
            out.append(place_record(t, entry))
    return out


def foreign_bare_region(entry: Entry, toponym: Toponym, countries: set[str]) -> bool:
    """A subdivision named bare ("in Plateau", "the Gulf", "Kurdistan") in a country that none
    of the story's actors and other places is in (where it names any), and that no container
    names: news names a
    region bare only in a story already set in its country ("Plateau" in a story of Nigeria),
    while the same word elsewhere is a sea, a people or a wider region ("the Gulf states", "the
    Bay", Iraqi "Kurdistan" beside Iran's province of that name)."""
    return entry in toponym.bare_regions and bool(countries) and entry.country not in countries \
        and not any(_inside(entry, o) for o in toponym.container)


def outside_container(entry: Entry, toponym: Toponym) -> bool:
    """A town whose text puts it in a state or country where no town of that name lies: the
    gazetteer lacks it, and a namesake elsewhere would be wrong. A city as container counts
    only by country, only for small towns, and only a notable city ("Wentworth, Durban" is a
    suburb we do not know, not Wentworth, New South Wales): cities are listed one after another,
    in one country ("Assiut, Alexandria and Suez") or several ("Moscow, Kiev and Minsk"), and a
    word read alone may name a hamlet abroad ("Newlands, Cape [Town]")."""
    if not all(e.feature == "city" for e in toponym.candidates):
        return False
    areas = [o for o in toponym.container if o.feature != "city"]
    if areas:
        return not any(_inside(entry, o) for o in areas)
    cities = [o for o in toponym.container if o.feature == "city" and o.population >= NOTABLE]
    return bool(cities) and max(e.population for e in toponym.candidates) < SMALL_TOWN \
        and not any(e.country == o.country for e in toponym.candidates for o in cities)


def place_record(toponym: Toponym, entry: Entry) -> dict:
    return {"text": toponym.text, "name": entry.name, "country": entry.country,
            "lat": round(entry.lat, 5), "lon": round(entry.lon, 5), "feature": entry.feature,
            "geonameid": entry.geonameid, "start": toponym.start, "end": toponym.end}
