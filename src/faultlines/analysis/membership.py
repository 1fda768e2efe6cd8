"""Country-level ties through organisations, only where asked (`--members`).

By default an IGO is a node of its own: "Armenia threatened to leave the CSTO" is a tie between
Armenia and the CSTO, which is what the story says. Asked for country-level ties, each IGO node
is replaced by its member states (from the actors knowledge base), so the same threat becomes a
tie from Armenia to Russia, Belarus, Kazakhstan, Kyrgyzstan and Tajikistan — never to Armenia
itself. An IGO without a known member list stays a node of its own.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from faultlines.analysis.records import DyadDay, StatedTie
from faultlines.identity import kb


def memberships() -> dict[str, tuple[str, ...]]:
    """IGO code → its member states, from the knowledge base (empty without one)."""
    known = kb()
    if known is None:
        return {}
    return {code: org.members for code, org in known.organizations.items() if org.members}


def _expand(node: str, members: Mapping[str, tuple[str, ...]]) -> tuple[str, ...]:
    code, sep, sector = node.partition(":")
    if code not in members:
        return (node,)
    return tuple(f"{m}{sep}{sector}" for m in members[code])


def expand_days(days: list[DyadDay], members: Mapping[str, tuple[str, ...]]) -> list[DyadDay]:
    """Each dyad-day with an IGO side repeated for every member state on that side."""
    return [replace(d, a=a, b=b) for d in days
            for a in _expand(d.a, members) for b in _expand(d.b, members) if a != b]


def expand_stated(stated: list[StatedTie],
                  members: Mapping[str, tuple[str, ...]]) -> list[StatedTie]:
    return [replace(s, a=a, b=b) for s in stated
            for a in _expand(s.a, members) for b in _expand(s.b, members) if a != b]
