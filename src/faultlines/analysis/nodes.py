"""Nodes dressed as ACTOR records: "ARM" → Armenia, "CSTO" → Collective Security Treaty Org.

Names come first from the actors knowledge base (faultlines.actors.kb), then from the actors
seen in the data, then from pycountry, and last the node code itself.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from faultlines.model import Article
from faultlines.nodes import _kb

STANDING_KINDS = ("state", "igo", "armed_group")


def seen_names(articles: Iterable[Article]) -> dict[str, dict[str, Any]]:
    """node code → the ACTOR dict of a state, IGO or armed group seen under that code."""
    found: dict[str, dict[str, Any]] = {}
    for article in articles:
        for actor in article.actors:
            if actor.kind in STANDING_KINDS and actor.code and actor.code not in found:
                found[actor.code] = actor.to_dict()
    return found


def memberships() -> dict[str, tuple[str, ...]]:
    """IGO code → its member states, from the knowledge base (empty without one)."""
    kb = _kb()
    if kb is None:
        return {}
    return {code: org.members for code, org in kb.organizations.items() if org.members}
