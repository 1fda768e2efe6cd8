"""What an event says about the tie between its actor and its recipient: the rules of
event_ties.yaml, read and checked once.

The CAMEO projection (events/cameo.py) is CAMEO's reading of an event, and CAMEO files every
request under DEMAND, a verbal conflict: an ally imploring an ally would then pull the two apart.
Whoever weighs a tie from events (the network analysis, the ties an article's events imply)
asks this module instead, so that one table says how each PLOVER type and mode moves a tie, how
much a background re-mention and an intent count, and when a demand is backed by a threat.
"""

from __future__ import annotations

import functools
import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from faultlines.datafiles import Source

RULES_FILE = Path(__file__).with_name("event_ties.yaml")
PLOVER_TYPES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
                "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE",
                "COERCE", "ASSAULT")
FORMAT_DOC = "README.md, 'What an event says about a tie'"
_SECTIONS = ("types", "backed_by_threat", "background", "intent")


@dataclass(frozen=True)
class TypeRule:
    """One PLOVER type: its weight, and the weights of the modes that differ from it."""

    weight: float
    modes: dict[str, float] = field(default_factory=dict)


@dataclass(frozen=True)
class EventTies:
    """The rules: per type and mode a signed weight in [-1, 1], and the factors beside them.

    backed_types, threat_types, backed_weight: a request (backed_types) whose sentence holds a
        threat (threat_types) from the same actor to the same recipient weighs backed_weight.
    background (float): the share of a fresh report a background re-mention counts.
    intent (float): the share of an act a hypothetical event counts.
    digest (str): a hash of the rules, so that tables built by other rules are rebuilt.
    """

    types: dict[str, TypeRule]
    backed_types: frozenset[str]
    threat_types: frozenset[str]
    backed_weight: float
    background: float
    intent: float
    digest: str

    def weight(self, type: str, mode: str | None = None, backed: bool = False) -> float:
        """The signed pull of one event of this type and mode on its tie (0: none)."""
        if backed and type in self.backed_types:
            return self.backed_weight
        rule = self.types.get(type)
        if rule is None:
            return 0.0
        return rule.modes.get(mode or "", rule.weight)

    def rows(self) -> list[tuple[str, str, float]]:
        """(type, mode, weight) for every row of the table, mode "-" for the type's own."""
        out = []
        for name, rule in sorted(self.types.items()):
            out.append((name, "-", rule.weight))
            out += [(name, mode, w) for mode, w in sorted(rule.modes.items())]
        return out


def _number(src: Source, entry: str, value: Any, low: float, high: float) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not low <= value <= high:
        src.fail(entry, f"expected a number from {low:g} to {high:g}, found {value!r}")
    return float(value)


def _type_rule(src: Source, name: str, spec: Any) -> TypeRule:
    entry = f"types.{name}"
    if not isinstance(spec, dict) or "weight" not in spec:
        src.fail(entry, "expected a mapping with 'weight' (and optionally 'modes')")
    unknown = set(spec) - {"weight", "modes"}
    if unknown:
        src.fail(entry, f"unknown field '{sorted(unknown)[0]}'; known: modes, weight")
    modes = spec.get("modes") or {}
    if not isinstance(modes, dict):
        src.fail(f"{entry}.modes", "expected a mapping of mode to weight")
    return TypeRule(_number(src, entry, spec["weight"], -1, 1),
                    {str(m): _number(src, f"{entry}.modes.{m}", w, -1, 1)
                     for m, w in modes.items()})


def _types(src: Source, data: Any) -> dict[str, TypeRule]:
    if not isinstance(data, dict):
        src.fail("types", "expected a mapping of PLOVER type to its rule")
    unknown = sorted(set(data) - set(PLOVER_TYPES))
    if unknown:
        src.fail(f"types.{unknown[0]}", "not a PLOVER 2.0 type")
    missing = [t for t in PLOVER_TYPES if t not in data]
    if missing:
        src.fail("types", f"no rule for {', '.join(missing)}: every PLOVER type needs one")
    return {name: _type_rule(src, name, data[name]) for name in PLOVER_TYPES}


def _backed(src: Source, data: Any) -> tuple[frozenset[str], frozenset[str], float]:
    entry = "backed_by_threat"
    if not isinstance(data, dict) or set(data) != {"types", "by", "weight"}:
        src.fail(entry, "expected a mapping with types, by and weight")
    lists = []
    for key in ("types", "by"):
        value = data[key]
        if not isinstance(value, list) or not set(value) <= set(PLOVER_TYPES):
            src.fail(f"{entry}.{key}", "expected a list of PLOVER types")
        lists.append(frozenset(value))
    return lists[0], lists[1], _number(src, f"{entry}.weight", data["weight"], -1, 0)


def parse(data: Any, file: str = "event_ties.yaml", digest: str = "") -> EventTies:
    """Check and read the parsed YAML of a rules file; the first bad entry stops it, named."""
    src = Source(Path(file), FORMAT_DOC)
    if not isinstance(data, dict):
        src.fail("(top)", f"expected the sections {', '.join(_SECTIONS)}")
    unknown = sorted(set(data) - set(_SECTIONS))
    if unknown:
        src.fail(unknown[0], f"unknown section; known: {', '.join(_SECTIONS)}")
    missing = [s for s in _SECTIONS if s not in data]
    if missing:
        src.fail(missing[0], "missing section")
    backed_types, threat_types, backed_weight = _backed(src, data["backed_by_threat"])
    return EventTies(_types(src, data["types"]), backed_types, threat_types, backed_weight,
                     _number(src, "background", data["background"], 0, 1),
                     _number(src, "intent", data["intent"], 0, 1), digest)


@functools.lru_cache(maxsize=4)
def load(path: Path = RULES_FILE) -> EventTies:
    """The rules of `path` (the shipped event_ties.yaml by default), read once per process."""
    digest = hashlib.sha1(path.read_bytes()).hexdigest()[:12]
    return parse(Source(path).yaml(), path.name, digest)
