"""The reader's sidebar: who and where a story names, each once, with how often.

A story names Syria forty times: the sidebar lists "Syria" once with its count, not forty
lines. Places are one per name and country. Actors are one where they open the same page and
read the same ("Syria" and "Syria army" both open Syria's page, and are two lines).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from faultlines.identity import actor_label, page_key

FIRST_WORDS = 10


@dataclass(frozen=True)
class Named:
    """One actor or place of a story: a record standing for it, its label and its count."""

    record: dict[str, Any]
    label: str
    count: int


def _group(records: list[dict[str, Any]], key_of, label_of) -> list[Named]:
    """Records that share a key, once each, with their count: the most named first."""
    counts: dict[str, int] = {}
    first: dict[str, dict[str, Any]] = {}
    for record in records:
        key = key_of(record)
        counts[key] = counts.get(key, 0) + 1
        first.setdefault(key, record)
    return sorted((Named(first[k], label_of(first[k]), counts[k]) for k in counts),
                  key=lambda n: (-n.count, n.label))


def _actor_key(actor: dict[str, Any]) -> str:
    return f"{page_key(actor)}|{actor_label(actor)}"


def _place_label(place: dict[str, Any]) -> str:
    name = place.get("name") or place.get("text") or "?"
    return f"{name} ({place['country']})" if place.get("country") else name


def named_actors(doc: dict[str, Any]) -> list[Named]:
    """The story's actors, each once, with how many times the story names it (its entity
    mentions; an actor the story names without one counts once)."""
    mentions = [e["actor"] for e in doc.get("entities", []) if e.get("actor")]
    seen = {_actor_key(a) for a in mentions}
    mentions += [a for a in doc.get("actors", []) if _actor_key(a) not in seen]
    return _group(mentions, _actor_key, actor_label)


def named_places(doc: dict[str, Any]) -> list[Named]:
    """The story's places, each once (by name and country), with how many times it is named."""
    return _group(list(doc.get("places", [])), _place_label, _place_label)


def story_label(doc: dict[str, Any]) -> str:
    """How a story is titled: its title, else its first words ("Baghdad and Washington are in
    talks to …"), never its id."""
    title = (doc.get("title") or "").strip()
    if title:
        return title
    words = re.findall(r"\S+", doc.get("text") or "")
    if not words:
        return "Untitled story"
    return " ".join(words[:FIRST_WORDS]) + (" …" if len(words) > FIRST_WORDS else "")
