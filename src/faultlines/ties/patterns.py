"""The tie patterns, read once from patterns.yaml and checked entry by entry.

A typo in the data ("polarity: +2", "efect: turn") would quietly mis-sign a tie in every story,
so the loader refuses it and names the entry (format: README.md beside this file).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from faultlines.datafiles import Source

PATTERNS_FILE = Path(__file__).with_name("patterns.yaml")
# The fields of each section's entries, and their types.
_FIELDS = {
    "roles": {"type": str, "polarity": int, "direction": str},
    "links": {"type": str, "polarity": int, "one_sided": bool, "preps": list,
              "made_by_sides": bool},
    "modifiers": {"type": str, "polarity": int},
    "link_verbs": {"effect": str},
    "link_heads": {"effect": str},
    "verbs": {"type": str, "polarity": int, "prep": str, "against": str, "alongside": str},
    "hyphen_verbs": {"type": str, "polarity": int},
    "adjectives": {"type": str, "polarity": int},
}
_EFFECTS = ("keep", "warm", "turn", "cancel")
_MEMBERSHIP = ("out_of", "join", "lead", "comprise", "made_of", "groupings")
_LISTS = ("link_preps", "hostile_preps", "scene_preps", "side_verbs", "adjective_preps", "past", "hedges", "unstated", "groups")


@dataclass(frozen=True)
class Pattern:
    """One entry: a tie `type`, a `polarity`, and the fields its section uses."""

    lemma: str
    type: str | None = None
    polarity: int | None = None
    direction: str = "forward"
    prep: str | None = None
    against: str | None = None
    alongside: str | None = None
    effect: str = "keep"
    one_sided: bool = False
    preps: tuple[str, ...] = ()
    made_by_sides: bool = False


@dataclass(frozen=True)
class Patterns:
    roles: dict[str, Pattern]
    links: dict[str, Pattern]
    modifiers: dict[str, Pattern]
    link_verbs: dict[str, Pattern]
    link_heads: dict[str, Pattern]
    verbs: dict[str, Pattern]
    hyphen_verbs: dict[str, Pattern]
    out_of: frozenset[str]
    join: frozenset[str]
    lead: frozenset[str]
    comprise: frozenset[str]
    made_of: frozenset[str]
    groupings: frozenset[str]
    link_preps: frozenset[str]
    hostile_preps: frozenset[str]
    scene_preps: frozenset[str]
    side_verbs: frozenset[str]
    adjectives: dict[str, Pattern]
    adjective_preps: frozenset[str]
    past: frozenset[str]
    hedges: frozenset[str]
    unstated: frozenset[str]
    groups: frozenset[str]


def _check(src: Source, entry: str, spec: Any, section: str) -> dict:
    spec = src.fields(entry, spec, _FIELDS[section])
    neutral = section == "links"  # "relations" alone is neither friendly nor hostile
    if "polarity" in spec and spec["polarity"] not in ((1, 0, -1) if neutral else (1, -1)):
        src.fail(entry, "polarity must be 1, 0 or -1" if neutral else "polarity must be 1 or -1")
    if section in ("roles", "links", "verbs", "hyphen_verbs", "adjectives") and not {"type", "polarity"} <= set(spec):
        src.fail(entry, "needs both 'type' and 'polarity'")
    if spec.get("effect", "keep") not in _EFFECTS:
        src.fail(entry, f"effect must be one of {', '.join(_EFFECTS)}")
    if spec.get("direction", "forward") not in ("forward", "reverse"):
        src.fail(entry, "direction must be forward or reverse")
    return spec


def _section(src: Source, data: dict, section: str) -> dict[str, Pattern]:
    entries = src.mapping(section, data.get(section), "lemmas")
    out = {}
    for lemma, spec in entries.items():
        entry = f"{section}.{lemma}"
        if not isinstance(lemma, str) or lemma != lemma.lower():
            src.fail(entry, "a lemma must be a lower-case word")
        spec = _check(src, entry, spec, section)
        if "preps" in spec:
            spec["preps"] = src.words(f"{entry}.preps", spec["preps"])
        out[lemma] = Pattern(lemma, **spec)
    return out


def parse(data: Any, file: str = "patterns.yaml") -> Patterns:
    """Check and read the parsed YAML of a patterns file."""
    src = Source(Path(file))
    data = src.sections(data, (*_FIELDS, "membership", *_LISTS))
    sections = {name: _section(src, data, name) for name in _FIELDS}
    membership = src.mapping("membership", data.get("membership") or {},
                             ", ".join(_MEMBERSHIP))
    members = {key: frozenset(src.words(f"membership.{key}", membership.get(key, [])))
               for key in _MEMBERSHIP}
    lists = {key: frozenset(src.words(key, data.get(key, []))) for key in _LISTS}
    return Patterns(**sections, **members, **lists)


@functools.lru_cache(maxsize=4)
def load(path: Path = PATTERNS_FILE) -> Patterns:
    """The patterns of `path` (the shipped patterns.yaml by default), read once per process."""
    return parse(Source(path).yaml(dict), str(path))
