"""Who an actor is, once for every reader: its node, its key, its page, its label, its URL slug.

- **node**: what the network counts an actor as. An IGO or armed group with a code of its own
  is itself (OWN_NODE_KINDS: CSTO, NATO, HAMAS, SDF; a state's rebels, whose code is the
  state's, are the state's part SYR:REB); anyone else counts for their country (ISO3) when
  they act for the state (a sector of STATE_SECTORS, or none given); a country's other people
  (rebels, opposition, civilians, refugees, business, press) are the part "COUNTRY:SECTOR" of
  it (SYR:REB, SYR:CVL), so Russia bombing Syrian civilians is no tie with the Syrian
  government. At sector level every node is "NODE:SECTOR" (RUS:MIL). An actor with neither code
  nor country (an unplaced person) is no node.
- **whole**: the node a part belongs to (SYR:REB → SYR). A party, its own parts and its sides
  (rebels, opposition) are never one another's dilemma (`one_whole`); a country's civilians or
  refugees are no party to one (`takes_sides`).
- **key**: the identity that tells two actors apart: knowledge-base id, else code, else name.
- **page**: the actor page an actor opens on the web: a state's organs and parts open the page
  of their node (every Armenian ministry opens ARM, Syrian civilians SYR:CVL), anyone else
  their own key.
- **label**: how a node reads: "Armenia", "Syrian opposition", "Syria (civilians)". A part of a
  country is never shown under the bare country name; the words per sector are data
  (sector_labels.tsv).
- **slug**: a key as one URL path segment that comes back unchanged, "/" included.

The analysis and the web read the store in SQL: `node_sql` and `page_sql` write the same
rules as SQL expressions from the same constants, and a test holds the two to one answer for
every actor of the demo and Guardian stores.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import quote

from faultlines import words
from faultlines.model import Actor, Article

# Actor kinds that stand for themselves, under their own code, whatever their country.
OWN_NODE_KINDS = frozenset({"igo", "armed_group"})
# The sectors of a state's own organs and officials (GOV, MIL, LEG, JUD, COP, SPY): what the
# actors stage places in the story's state, and what acting on its own state is the state acting
# on itself (events). Sectors that act for their state are its organs and its envoys to
# international bodies (IGO). Anyone else of a country is not the state: at country level they
# are a node "COUNTRY:SECTOR" of their own, so that Russia bombing Syrian civilians or the US
# arming Syrian rebels is not read as a tie with the Syrian government. Both are word classes
# (faultlines/words/classes.yaml), read once.
STATE_ORGANS: frozenset[str] = words.load().state_organs
STATE_SECTORS: frozenset[str] = words.load().state_sectors
# Kinds whose code names a node: the records the network's node names are taken from.
STANDING_KINDS = ("state", *sorted(OWN_NODE_KINDS))
LEVELS = ("country", "sector")
LABELS_FILE = Path(__file__).with_name("sector_labels.tsv")

ActorLike = Mapping[str, Any] | Actor


def _fields(actor: ActorLike) -> Mapping[str, Any]:
    """An actor's fields by name, whether a record or its dict (no copy is made)."""
    return actor if isinstance(actor, Mapping) else vars(actor)


# ---------------------------------------------------------------- the rules, in Python


def node_of(actor: ActorLike | None, level: str = "country") -> str | None:
    """The network node an actor counts for; None when it has none (an unknown person).

    level (str): "country" (parts of a country only for non-state sectors) or "sector"
        (every node with its sector, where one is given).
    """
    if not actor:
        return None
    a = _fields(actor)
    # a state's own rebels or opposition carry the state's code ("rebel forces in Syria": SYR,
    # as CAMEO writes SYRREB) and are its part, never their own node nor the state
    own = a.get("kind") in OWN_NODE_KINDS and a.get("code") and a.get("code") != a.get("country")
    node = a["code"] if own else (a.get("country") or None)
    sector = a.get("sector") or None
    if not node or not sector:
        return node
    if level == "sector" or (not own and sector not in STATE_SECTORS):
        return f"{node}:{sector}"
    return node


def record_node(record: ActorLike) -> str | None:
    """The node a `node_actor` record stands for, at either level: its sector, where it has
    one, is part of the node (a DILEMMA's party "Syria", sector OPP, is SYR:OPP)."""
    return node_of(record, "sector")


def whole(node: str) -> str:
    """The whole a node is part of: a country for its parts and sides (SYR:REB, SYR:CVL → SYR),
    a node at sector level for its sectors (RUS:MIL → RUS), itself for anyone else."""
    return node.partition(":")[0]


def one_whole(*nodes: str) -> bool:
    """Do two of these nodes belong to one whole (a state and its rebels, two of its parts)?
    Such nodes are never one another's dilemma: a party is not caught between itself and a
    neighbour, and a state's own people are not its friend and its foe at once."""
    wholes = [whole(n) for n in nodes]
    return len(set(wholes)) < len(wholes)


def takes_sides(node: str) -> bool:
    """Can this node be a party caught between two sides? A state, an organisation, an armed
    group or a country's opposition can; its civilians or refugees, whom others aid or attack,
    cannot (the `party` column of sector_labels.tsv)."""
    sector = node.partition(":")[2]
    words = sector_labels().get(sector) if sector else None
    return words is None or words.party


def pair(a: str, b: str) -> tuple[str, str]:
    """The unordered pair of two nodes, in one canonical order (ties are symmetric)."""
    return (a, b) if a <= b else (b, a)


def key(actor: ActorLike) -> str:
    """The identity used to count distinct actors: KB id, else code, else name."""
    a = _fields(actor)
    return a.get("id") or a.get("code") or a.get("name") or ""


def page_key(actor: ActorLike | None) -> str | None:
    """The actor page an actor opens: a state actor's node, anyone else's key."""
    if not actor:
        return None
    a = _fields(actor)
    if a.get("kind") == "state":
        return node_of(a) or a.get("code") or a.get("name") or None
    return key(a) or None


def slug(value: str) -> str:
    """`value` as one URL path segment. Servers decode "%2F" to "/" before routing, so a quoted
    "country:SYR/rebel forces" would still split in two: "/" is written "~2F" first (and "~"
    itself "~7E"), which no server decodes, and `unslug` turns them back."""
    return quote(value.replace("~", "~7E").replace("/", "~2F"), safe="")


def unslug(segment: str) -> str:
    """The value of a path segment made by `slug`, as the router hands it over (decoded); a
    segment typed by hand ("ARM") is itself."""
    return _ESCAPED.sub(lambda m: _UNESCAPE[m[1]], segment)


_ESCAPED = re.compile("~(7E|2F)")
_UNESCAPE = {"7E": "~", "2F": "/"}


# ---------------------------------------------------------------- the same rules, in SQL


@dataclass(frozen=True)
class Columns:
    """The SQL expressions that hold an actor's fields in one table (event_actors by default)."""

    kind: str = "kind"
    code: str = "code"
    country: str = "country"
    sector: str = "sector"
    id: str = "actor_id"
    name: str = "name"

    def of(self, alias: str) -> Columns:
        """The same columns qualified by a table alias ("x.kind")."""
        return Columns(*(f"{alias}.{getattr(self, f)}" for f in self.__dataclass_fields__))


EVENT_ACTORS = Columns()


def _strings(values: Iterable[str]) -> str:
    return ", ".join(f"'{v}'" for v in sorted(values))


def _own_sql(c: Columns) -> str:
    return (f"{c.kind} IN ({_strings(OWN_NODE_KINDS)}) AND nullif({c.code}, '') IS NOT NULL "
            f"AND {c.code} IS DISTINCT FROM {c.country}")


def _country_node_sql(c: Columns) -> str:
    """The node of an actor that is not its own: its country, or the country's part."""
    sector = f"nullif({c.sector}, '')"
    return (f"CASE WHEN {sector} IS NULL OR {sector} IN ({_strings(STATE_SECTORS)}) "
            f"THEN nullif({c.country}, '') ELSE nullif({c.country}, '') || ':' || {sector} END")


def node_sql(c: Columns = EVENT_ACTORS, level: str = "country") -> str:
    """`node_of` as a SQL expression over the columns `c`."""
    if level == "sector":
        base = f"(CASE WHEN {_own_sql(c)} THEN {c.code} ELSE nullif({c.country}, '') END)"
        sector = f"nullif({c.sector}, '')"
        return f"(CASE WHEN {sector} IS NULL THEN {base} ELSE {base} || ':' || {sector} END)"
    return f"(CASE WHEN {_own_sql(c)} THEN {c.code} ELSE {_country_node_sql(c)} END)"


def standing_sql(c: Columns = EVENT_ACTORS) -> str:
    """SQL true for a state, IGO or armed group under a code: the actors node names are
    taken from (`seen_names`)."""
    return f"({c.kind} IN ({_strings(STANDING_KINDS)}) AND nullif({c.code}, '') IS NOT NULL)"


def sector_node_sql(node: str, sector: str) -> str:
    """A node taken to sector level, as `node_of(level="sector")` gives it: a part that
    already names its sector (SYR:CVL) stays, any other node takes its sector."""
    return (f"(CASE WHEN nullif({sector}, '') IS NULL OR contains({node}, ':') THEN {node} "
            f"ELSE {node} || ':' || {sector} END)")


def key_sql(c: Columns = EVENT_ACTORS) -> str:
    """`key` as a SQL expression."""
    return f"coalesce(nullif({c.id}, ''), nullif({c.code}, ''), nullif({c.name}, ''), '')"


def page_sql(c: Columns = EVENT_ACTORS) -> str:
    """`page_key` as a SQL expression (a state is never its own node: its node is its
    country's, or the country's part)."""
    return (f"(CASE WHEN {c.kind} = 'state' THEN coalesce({_country_node_sql(c)}, "
            f"nullif({c.code}, ''), nullif({c.name}, '')) ELSE coalesce(nullif({c.id}, ''), "
            f"nullif({c.code}, ''), nullif({c.name}, '')) END)")


# ---------------------------------------------------------------- nodes as records and labels


def node_actor(node: str, seen: Mapping[str, Mapping[str, Any]] | None = None) -> Actor:
    """The ACTOR record standing for a node (country, IGO, armed group or COUNTRY:SECTOR).

    Names come first from the actors knowledge base, then from `seen` (code → ACTOR data of the
    actors seen in the data), then from pycountry, and last the node code itself.
    """
    code, _, sector = node.partition(":")
    known = kb_actor(code) or (seen or {}).get(code)
    if known:
        name, kind, country = known["name"], known.get("kind", "state"), known.get("country")
    else:
        name = _country_name(code)
        kind, country = ("state", code) if name != code else ("unknown", None)
    if kind == "state":
        country = code
    return Actor(text=name, name=name, code=code, country=country, sector=sector or None,
                 kind=kind, id=(known or {}).get("id"))


def label(node: str, seen: Mapping[str, Mapping[str, Any]] | None = None,
          fallback: str | None = None) -> str:
    """How a node reads: "Armenia", "Syrian opposition", "Syria (civilians)", "Hamas (rebels)".

    fallback (str | None): the name to use where nothing knows the node's code (the name the
        store's actors carry), before the code itself.
    """
    code, _, sector = node.partition(":")
    record = node_actor(code, seen)
    name = fallback if record.name == code and fallback else record.name
    if not sector:
        return name
    words = sector_labels().get(sector)
    if words is None:
        return f"{name} ({sector})"
    demonym = _demonym(code) if record.kind == "state" else None
    if "{demonym}" in words.label and not demonym:
        return f"{name} ({words.noun})"
    return words.label.format(country=name, demonym=demonym)


def actor_label(actor: ActorLike | None) -> str:
    """How an actor reads in a list: "Nikol Pashinyan (ARM)", "Armenia", "Syria (civilians)":
    its name, with its state where it is not the state; a state's part reads as its node."""
    if not actor:
        return "—"
    a = _fields(actor)
    name = a.get("name") or a.get("text") or "?"
    if a.get("kind") == "state":
        node = node_of(a)
        return label(node) if node and ":" in node else name
    country = a.get("country")
    return f"{name} ({country})" if country else name


@dataclass(frozen=True)
class SectorLabel:
    """How a country's part of one sector reads: its noun ("civilians") and its label
    template ("{country} (civilians)", "{demonym} opposition"); `party`: whether the part can
    take sides (the opposition can, civilians and refugees are people others act on)."""

    sector: str
    noun: str
    label: str
    party: bool = True


@cache
def sector_labels(path: Path = LABELS_FILE) -> dict[str, SectorLabel]:
    """sector → SectorLabel, from sector_labels.tsv; a bad row stops with its line named."""
    found: dict[str, SectorLabel] = {}
    with path.open(encoding="utf-8", newline="") as rows:
        for n, row in enumerate(csv.DictReader(rows, delimiter="\t"), 2):
            entry = SectorLabel(row["sector"] or "", row["noun"] or "", row["label"] or "",
                                row.get("party") != "no")
            problem = _label_problem(entry, found) or (
                f"party '{row.get('party')}' is neither yes nor no"
                if row.get("party") not in ("yes", "no") else None)
            if problem:
                raise ValueError(f"{path.name}, line {n}: {problem}")
            found[entry.sector] = entry
    return found


def _label_problem(entry: SectorLabel, found: Mapping[str, SectorLabel]) -> str | None:
    if len(entry.sector) != 3 or not entry.sector.isupper():
        return f"sector '{entry.sector}' is not a three-letter PLOVER code"
    if entry.sector in found:
        return f"sector '{entry.sector}' is listed twice"
    if not entry.noun:
        return f"sector '{entry.sector}' has no noun"
    if ("{country}" in entry.label) == ("{demonym}" in entry.label):
        return f"label '{entry.label}' needs exactly one of {{country}} or {{demonym}}"
    return None


def seen_names(articles: Iterable[Article]) -> dict[str, dict[str, Any]]:
    """node code → the ACTOR dict of a state, IGO or armed group seen under that code."""
    found: dict[str, dict[str, Any]] = {}
    for article in articles:
        for actor in article.actors:
            if actor.kind in STANDING_KINDS and actor.code and actor.code not in found:
                found[actor.code] = actor.to_dict()
    return found


def kb():
    """The actors knowledge base, or None where it cannot be loaded (the analysis runs on
    stored records without it)."""
    try:
        from faultlines.actors import kb as actors_kb
    except ImportError:
        return None
    return actors_kb.load()


def kb_actor(code: str) -> dict[str, Any] | None:
    """The knowledge base's state, organisation or armed group under this code, as ACTOR data."""
    known = kb()
    if known is None:
        return None
    if code in known.countries:
        entry = known.countries[code]
        return {"name": entry.name, "kind": "state", "country": code, "id": entry.id}
    if code in known.organizations:
        entry = known.organizations[code]
        return {"name": entry.name, "kind": entry.kind, "country": None, "id": entry.id}
    if code in known.groups:
        entry = known.groups[code]
        return {"name": entry.name, "kind": entry.kind, "country": entry.country, "id": entry.id}
    return None


def _demonym(code: str) -> str | None:
    """The adjective of a state ("Syrian"): the first demonym the knowledge base lists."""
    known = kb()
    entry = known.countries.get(code) if known is not None else None
    return entry.demonyms[0] if entry is not None and entry.demonyms else None


def _country_name(code: str) -> str:
    import pycountry

    found = pycountry.countries.get(alpha_3=code) if len(code) == 3 else None
    if found is None:
        return code
    return getattr(found, "common_name", None) or found.name
