"""The actor box of every page and endpoint: what was typed, and the actor page it means.

"Turkey", "tur", "TUR" and "Erdoğan" all find their actor page through the store's one resolver
(store/read/resolve.py), over the candidates read once per copy of the store. What was typed
stays in the box; the page says which actor it was taken to mean.
"""

from __future__ import annotations

from dataclasses import dataclass

from fastapi import Request

from faultlines.store import Store, read
from faultlines.store.read.resolve import Resolved
from faultlines.web.respond import cached


@dataclass(frozen=True)
class ActorBox:
    """typed (str): the words in the box. found (Resolved | None): the actor they mean."""

    typed: str | None = None
    found: Resolved | None = None

    @property
    def key(self) -> str | None:
        """The actor page to filter by; what was typed where nothing matched (then nothing
        is listed, and the page says so)."""
        return self.found.key if self.found else self.typed

    @property
    def node(self) -> str | None:
        """The network node to filter dyads and ties by (a person's is their state's)."""
        if self.found:
            return self.found.node or self.found.key
        return self.typed

    @property
    def unknown(self) -> bool:
        return bool(self.typed) and self.found is None


def actor_box(request: Request, store: Store, typed: str | None) -> ActorBox:
    """The actor `typed` means in the copy of the store `store` reads."""
    if not typed:
        return ActorBox()
    held = cached(request, ("actor candidates",),
                  lambda: read.resolve.candidates(store))
    return ActorBox(typed, read.resolve.resolve(held, typed))
