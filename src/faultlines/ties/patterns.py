"""The tie patterns, read once from patterns.yaml and checked entry by entry.

A typo in the data ("polarity: +2", "efect: turn") would quietly mis-sign a tie in every story,
so the loader refuses it and names the entry (format: README.md beside this file).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from faultlines.errors import FaultlinesError

PATTERNS_FILE = Path(__file__).with_name("patterns.yaml")
ENTRY_ERROR = "{file}, {entry}: {problem} (format: src/faultlines/ties/README.md)"
_FIELDS = {
    "roles": {"type", "polarity", "direction"},
    "links": {"type", "polarity"},
    "modifiers": {"type", "polarity"},
    "link_verbs": {"effect"},
    "verbs": {"type", "polarity", "prep", "against"},
}
_EFFECTS = ("keep", "turn", "cancel")
_MEMBERSHIP = ("out_of", "join", "lead")


@dataclass(frozen=True)
class Pattern:
    """One entry: a tie `type`, a `polarity`, and the fields its section uses."""

    lemma: str
    type: str | None = None
    polarity: int | None = None
    direction: str = "forward"
    prep: str | None = None
    against: str | None = None
    effect: str = "keep"


@dataclass(frozen=True)
class Patterns:
    roles: dict[str, Pattern]
    links: dict[str, Pattern]
    modifiers: dict[str, Pattern]
    link_verbs: dict[str, Pattern]
    verbs: dict[str, Pattern]
    out_of: frozenset[str]
    join: frozenset[str]
    lead: frozenset[str]
    groups: frozenset[str]


def _fail(file: str, entry: str, problem: str) -> None:
    raise FaultlinesError(ENTRY_ERROR.format(file=file, entry=entry, problem=problem))


def _check(file: str, entry: str, spec: Any, fields: set[str], section: str) -> None:
    if not isinstance(spec, dict):
        _fail(file, entry, "expected a mapping of fields")
    for key in spec:
        if key not in fields:
            _fail(file, entry, f"unknown field '{key}'; known: {', '.join(sorted(fields))}")
    if "polarity" in spec and spec["polarity"] not in (1, -1):
        _fail(file, entry, "polarity must be 1 or -1")
    if section in ("roles", "links", "verbs") and not {"type", "polarity"} <= set(spec):
        _fail(file, entry, "needs both 'type' and 'polarity'")
    if spec.get("effect", "keep") not in _EFFECTS:
        _fail(file, entry, f"effect must be one of {', '.join(_EFFECTS)}")
    if spec.get("direction", "forward") not in ("forward", "reverse"):
        _fail(file, entry, "direction must be forward or reverse")


def _section(file: str, data: dict, section: str) -> dict[str, Pattern]:
    entries = data.get(section)
    if not isinstance(entries, dict):
        _fail(file, section, "expected a mapping of lemmas")
    out = {}
    for lemma, spec in entries.items():
        entry = f"{section}.{lemma}"
        if not isinstance(lemma, str) or lemma != lemma.lower():
            _fail(file, entry, "a lemma must be a lower-case word")
        _check(file, entry, spec, _FIELDS[section], section)
        out[lemma] = Pattern(lemma, **spec)
    return out


def _words(file: str, entry: str, value: Any) -> frozenset[str]:
    if not isinstance(value, list) or not all(isinstance(w, str) and w == w.lower()
                                               for w in value):
        _fail(file, entry, "expected a list of lower-case words")
    return frozenset(value)


def parse(data: Any, file: str = "patterns.yaml") -> Patterns:
    """Check and read the parsed YAML of a patterns file."""
    if not isinstance(data, dict):
        _fail(file, "(top)", "expected sections: " + ", ".join([*_FIELDS, "membership", "groups"]))
    unknown = set(data) - {*_FIELDS, "membership", "groups"}
    if unknown:
        _fail(file, sorted(unknown)[0], "unknown section")
    sections = {name: _section(file, data, name) for name in _FIELDS}
    membership = data.get("membership") or {}
    if not isinstance(membership, dict):
        _fail(file, "membership", f"expected a mapping with {', '.join(_MEMBERSHIP)}")
    members = {key: _words(file, f"membership.{key}", membership.get(key, []))
               for key in _MEMBERSHIP}
    return Patterns(**sections, **members, groups=_words(file, "groups", data.get("groups", [])))


@functools.lru_cache(maxsize=4)
def load(path: Path = PATTERNS_FILE) -> Patterns:
    """The patterns of `path` (the shipped patterns.yaml by default), read once per process."""
    return parse(yaml.safe_load(path.read_text(encoding="utf-8")), path.name)
