"""The CAMEO projection of a PLOVER event: CAMEO code, quad class and score.

PLOVER is what faultlines codes; GDELT and ICEWS users compare in CAMEO. The table
(events/cameo.tsv) is written by the team from the public CAMEO code list: one row per PLOVER
type and mode, with a "-" row per type for events without a mode. A lexicon entry may name its
own CAMEO code (`cameo:`), which then replaces the table's code but keeps its quad and score.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

from faultlines.datafiles import Source

# PLOVER quad classes: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict,
# 4 material conflict.
COOPERATIVE_QUADS = frozenset({1, 2})
CONFLICT_QUADS = frozenset({3, 4})

TABLE = Path(__file__).with_name("cameo.tsv")


@dataclass(frozen=True)
class Projection:
    cameo: str
    quad_class: int
    score: float


def _row(src: Source, row: dict[str, str], line: int) -> tuple[tuple[str, str], Projection]:
    try:
        quad, score = int(row["quad_class"]), float(row["score"])
    except (KeyError, ValueError) as err:
        src.fail(f"line {line}", f"bad number: {err}")
    if quad not in (1, 2, 3, 4) or not -10 <= score <= 10 or not row["cameo"]:
        src.fail(f"line {line}", "quad 1-4, score -10..10, a code")
    return (row["type"], row["mode"]), Projection(row["cameo"], quad, score)


@functools.lru_cache(maxsize=2)
def table(path: Path = TABLE) -> dict[tuple[str, str], Projection]:
    """(type, mode or "-") -> Projection, read and validated once."""
    src = Source(path)
    out: dict[tuple[str, str], Projection] = {}
    for line, row in src.rows():
        key, value = _row(src, row, line)
        if key in out:
            src.fail(f"line {line}", f"{key} appears twice")
        out[key] = value
    return out


def project(ptype: str, mode: str | None, override: str | None = None) -> Projection | None:
    """The CAMEO projection of a PLOVER type and mode; None for a type the table lacks."""
    rows = table()
    found = rows.get((ptype, mode or "-")) or rows.get((ptype, "-"))
    if found is None:
        return None
    return Projection(override, found.quad_class, found.score) if override else found
