"""Nodes dressed as ACTOR records: "ARM" → Armenia, "CSTO" → Collective Security Treaty Org.

Names come first from the actors knowledge base (faultlines.actors.kb), then from the actors
seen in the data, then from pycountry, and last the node code itself.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from faultlines.model import Actor, Article

STANDING_KINDS = ("state", "igo", "armed_group")


def seen_names(articles: Iterable[Article]) -> dict[str, dict[str, Any]]:
    """node code → the ACTOR dict of a state, IGO or armed group seen under that code."""
    found: dict[str, dict[str, Any]] = {}
    for article in articles:
        for actor in article.actors:
            if actor.kind in STANDING_KINDS and actor.code and actor.code not in found:
                found[actor.code] = actor.to_dict()
    return found


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


def memberships() -> dict[str, tuple[str, ...]]:
    """IGO code → its member states, from the knowledge base (empty without one)."""
    kb = _kb()
    if kb is None:
        return {}
    return {code: org.members for code, org in kb.organizations.items() if org.members}
