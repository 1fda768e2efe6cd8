"""What the filter menus offer: only values that occur in the store, most frequent first, so
that no choice leads to an empty page."""

from __future__ import annotations

from fastapi import Request

from faultlines.store import Store, read
from faultlines.web.respond import cached


def occurring_types(request: Request, store: Store) -> list[str]:
    """The PLOVER event types the store holds."""
    return [t["type"] for t in cached(request, ("types",),
                                      lambda: read.events.types(store)) if t["type"]]


def actor_kinds(request: Request, store: Store) -> list[dict]:
    """The kinds of the actors listed on /actors, with how many pages each has."""
    return cached(request, ("actor kinds",), lambda: read.actors.kinds(store))
