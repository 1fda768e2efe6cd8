"""A suite's outcome: metrics (numbers to pin), a table of details, notes; and the floors."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

FLOORS = Path(__file__).with_name("floors.json")


@dataclass
class Result:
    suite: str
    metrics: dict[str, float] = field(default_factory=dict)
    rows: list[dict[str, Any]] = field(default_factory=list)
    columns: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"suite": self.suite, "metrics": self.metrics, "rows": self.rows,
                "notes": self.notes}

    def print(self) -> None:
        from faultlines.cli.output import emit

        if self.rows:
            emit(self.rows, "table", self.columns or None, title=f"{self.suite}: details")
        emit([{"metric": k, "value": v} for k, v in self.metrics.items()], "table",
             title=f"{self.suite}: metrics")
        for note in self.notes:
            print(note)


def load_floors(path: Path = FLOORS) -> dict[str, dict[str, float]]:
    return json.loads(path.read_text()) if path.exists() else {}


def check_floors(suite: str, metrics: dict[str, float],
                 floors: dict[str, dict[str, float]], margin: float = 0.0) -> list[str]:
    """RETURNS one line per metric below its pinned floor (minus the noise margin)."""
    return [f"{suite}.{name} = {metrics.get(name)} < {floor}"
            for name, floor in floors.get(suite, {}).items()
            if metrics.get(name) is None or metrics[name] < floor - margin]


def pin_floors(suite: str, metrics: dict[str, float], names: tuple[str, ...],
               allow_regression: bool = False, path: Path = FLOORS) -> list[str]:
    """Pin the named metrics' current values as the suite's floors.

    A floor is only raised: lowering one needs `allow_regression`, so that a worse score is a
    decision someone wrote down, not a side effect. The file is replaced atomically, so an
    interrupted pin never truncates the floors.
    """
    floors = load_floors(path)
    current = floors.setdefault(suite, {})
    changed = []
    for name in names:
        if name not in metrics:
            raise KeyError(f"{suite} has no metric '{name}'; it has: {', '.join(metrics)}")
        old, new = current.get(name), metrics[name]
        if old is not None and new < old and not allow_regression:
            raise ValueError(f"{suite}.{name} = {new} would lower its floor {old}; "
                             "pass --allow-regression and say why in the commit")
        current[name] = new
        changed.append(f"{suite}.{name}: {old} -> {new}")
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(floors, indent=2, sort_keys=True) + "\n")
    tmp.replace(path)
    return changed
