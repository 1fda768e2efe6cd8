"""What a cycle hands to the coder and what it tells its caller afterwards."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from faultlines.ingest.draft import Draft


@dataclass(frozen=True)
class Story:
    """A story seen for the first time, for the coder.

    draft (Draft): the extracted article; `draft.id` is the story id, so the store keeps the
        article under the id the watcher's state refers to.
    outlet (str): where this first copy was published.
    source (str): the source that listed it.
    """

    draft: Draft
    outlet: str
    source: str

    @property
    def id(self) -> str:
        return self.draft.article_id


@dataclass(frozen=True)
class Copy:
    """A page that is another copy of a known story: not coded again, counted as an outlet.

    how (str): "url" (its own or its declared canonical URL is known), "text" (the same text)
        or "near" (a near-duplicate: the same wire story with other surroundings).
    """

    url: str
    story: str
    outlet: str
    how: str
    similarity: float = 1.0


@dataclass(frozen=True)
class Change:
    """A page whose text changed after it was coded; the new text is here, not recoded."""

    url: str
    story: str
    old_hash: str | None
    new_hash: str
    draft: Draft


CodeBatch = Callable[[Sequence[Story]], None]
"""Codes and stores new stories; raising makes the cycle roll the batch back and retry it later."""


@dataclass
class CycleReport:
    """Everything one cycle did; `failures` holds one line per source or item that failed."""

    started: float
    finished: float | None = None
    new: list[Story] = field(default_factory=list)
    copies: list[Copy] = field(default_factory=list)
    changed: list[Change] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    stopped: bool = False

    def summary(self) -> str:
        """One line for the log: "3 new, 1 copy, 1 changed, 2 failed, 1 source backing off"."""
        parts = [f"{len(self.new)} new", f"{len(self.copies)} copies",
                 f"{len(self.changed)} changed", f"{len(self.failures)} failed"]
        if self.skipped:
            parts.append(f"{len(self.skipped)} sources backing off")
        if self.stopped:
            parts.append("stopped early")
        return ", ".join(parts)
