"""The learned ranker: a log-linear score over a pronoun's candidates.

The rules (choose.py) decide what a pronoun may stand for (agreement, binding, the speaker of a
quote, a possessive that points forward) and how far back it looks (three sentences, else
eight); the ranker decides which of those candidates it stands for, by weights learned from GUM
(train.py says how they are built; weights.json holds them with the manifest of what built
them). A candidate's score is the sum of its features' weights (features.py); the highest wins,
the nearer on a tie. Where weights.json is missing or was built for another version of the
features, there is no ranker and the hand-set salience of choose.py decides.
"""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass
from pathlib import Path

from faultlines.coref import features
from faultlines.coref.anaphors import Anaphor
from faultlines.coref.candidates import Candidate
from faultlines.coref.choose import Choice, Context

WEIGHTS = Path(__file__).with_name("weights.json")


@dataclass(frozen=True, eq=False)
class Ranker:
    weights: dict[str, float]

    def score(self, row: features.Row) -> float:
        weights = self.weights  # a list, not a generator, for `sum`: the same sum, sooner
        return sum([weights.get(name, 0.0) * value for name, value in row.items()])

    def scores(self, a: Anaphor, pool: list[Candidate], ctx: Context) -> list[float]:
        """Each candidate's score, in the pool's order."""
        return [self.score(row) for row in features.rows(a, pool, ctx)]

    def pronoun(self, a: Anaphor, pool: list[Candidate], ctx: Context) -> Choice:
        """The best of a pool that is not empty (text order, so the later of two equal scores,
        the nearer, wins)."""
        scores = self.scores(a, pool, ctx)
        best = 0
        for i in range(1, len(scores)):
            if scores[i] >= scores[best]:
                best = i
        chosen = pool[best]
        return Choice(chosen.members or (chosen,), "ranker")


def parse(data: dict) -> Ranker | None:
    """The ranker of a weights document, or None where it was built for other features."""
    if data.get("version") != features.VERSION:
        return None
    return Ranker({str(k): float(v) for k, v in data["weights"].items()})


@functools.lru_cache(maxsize=2)
def load(path: Path = WEIGHTS) -> Ranker | None:
    """The shipped ranker (None where there are no weights for these features)."""
    if not path.is_file():
        return None
    return parse(json.loads(path.read_text(encoding="utf-8")))
