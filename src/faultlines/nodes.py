"""Network nodes: the country-level identity of an actor, and the actor that stands for a node.

A node is an actor at country level: its country (ISO3) when it acts for the state (a sector of
STATE_SECTORS, or none given); an IGO or armed group is its own code (CSTO, NATO, HAMAS, SDF);
a country's non-state actors are "COUNTRY:SECTOR" (SYR:REB, SYR:CVL). At sector level every
node is "NODE:SECTOR" ("RUS:MIL"). The ties stage (article relations with basis "events") and
the analysis (dyads, ties, dilemmas) both count actors by these rules, so they live here, below
both. Node names come first from the actors knowledge base, then from the actors seen in the
data, then from pycountry, and last the node code itself.
"""

from __future__ import annotations

from typing import Any

from faultlines import words
from faultlines.model import Actor

# Actor kinds that stand for themselves, under their own code, whatever their country.
OWN_NODE_KINDS = frozenset({"igo", "armed_group"})
# The sectors of a state's own organs and officials (GOV, MIL, LEG, JUD, COP, SPY): the actors
# stage places them in the story's state, and an opposing modifier turns them against it.
STATE_ORGANS: frozenset[str] = words.load().state_organs
# Sectors that act for their state: its organs and its envoys to international bodies (IGO).
# Anyone else of a country — its rebels, opposition, civilians, refugees, businesses, press —
# is not the state: at country level they are a node "COUNTRY:SECTOR" of their own, so that
# Russia bombing Syrian civilians or the US arming Syrian rebels is not read as a tie with the
# Syrian government (the Guardian Syria corpus). Both come from faultlines/words/classes.yaml.
STATE_SECTORS: frozenset[str] = words.load().state_sectors


def actor_key(actor: dict[str, Any]) -> str:
    """The identity that tells two ACTOR dicts apart: KB id, else code, else name (as
    `model.Actor.key` counts distinct actors)."""
    return actor.get("id") or actor.get("code") or actor.get("name") or ""


def node_of(actor: dict[str, Any] | None, level: str = "country") -> str | None:
    """The network node an ACTOR dict counts for; None when it has none (an unknown person)."""
    if not actor:
        return None
    own = actor.get("kind") in OWN_NODE_KINDS and actor.get("code")
    node = actor["code"] if own else (actor.get("country") or None)
    sector = actor.get("sector") or None
    if not node or not sector:
        return node
    if level == "sector" or (not own and sector not in STATE_SECTORS):
        return f"{node}:{sector}"
    return node


def pair(a: str, b: str) -> tuple[str, str]:
    """The unordered pair of two nodes, in one canonical order (ties are symmetric)."""
    return (a, b) if a <= b else (b, a)


def node_actor(node: str, seen: dict[str, dict[str, Any]] | None = None) -> Actor:
    """The ACTOR record standing for a node (country, IGO, armed group or COUNTRY:SECTOR)."""
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


def _country_name(code: str) -> str:
    import pycountry

    found = pycountry.countries.get(alpha_3=code) if len(code) == 3 else None
    if found is None:
        return code
    return getattr(found, "common_name", None) or found.name


def _kb():
    try:
        from faultlines.actors import kb
    except ImportError:  # the knowledge base is optional for the analysis
        return None
    return kb.load()


def kb_actor(code: str) -> dict[str, Any] | None:
    """The knowledge base's state, organisation or armed group under this code, as ACTOR data."""
    kb = _kb()
    if kb is None:
        return None
    if code in kb.countries:
        entry = kb.countries[code]
        return {"name": entry.name, "kind": "state", "country": code, "id": entry.id}
    if code in kb.organizations:
        entry = kb.organizations[code]
        return {"name": entry.name, "kind": entry.kind, "country": None, "id": entry.id}
    if code in kb.groups:
        entry = kb.groups[code]
        return {"name": entry.name, "kind": entry.kind, "country": entry.country, "id": entry.id}
    return None
