"""Fitting the ranker: a softmax over each pronoun's candidates, learned by Newton's method.

Each pronoun is a group of options (its candidates' features, features.py) of which one or more
are right (labels.py: every mention of the right entity is right). The loss is the
negative log of the probability the softmax gives to the right options together, plus an L2
penalty `l2 / 2 * |w|^2` on every weight but the `free` ones. With the hand-set salience as a
free feature, the penalty pulls the others to zero and so the ranker toward the rules: the
weights move away from them only as far as the data pays for. Fitting starts from zero weights
and takes full Newton steps (the softmax's covariance as the curvature, a backtracking line
search): no sampling, no random start, so one set of groups gives one set of weights.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

import numpy

from faultlines.coref.features import Row

CHUNK = 4096  # rows made dense at once for the curvature


@dataclass(frozen=True)
class Group:
    rows: tuple[Row, ...]  # the options' features
    right: frozenset[int]  # the indices of the right options


@dataclass(frozen=True)
class Design:
    """The groups as one sparse matrix: (row, column, value) triples, rows grouped."""

    names: tuple[str, ...]
    row: numpy.ndarray
    col: numpy.ndarray
    val: numpy.ndarray
    group: numpy.ndarray  # the group of each row
    starts: numpy.ndarray  # the first row of each group
    right: numpy.ndarray  # 1.0 where a row is a right option

    @property
    def shape(self) -> tuple[int, int]:
        return len(self.group), len(self.names)


def vocabulary(groups: list[Group], min_count: int) -> tuple[str, ...]:
    """The features seen in at least `min_count` rows, sorted (so the order is the data's)."""
    counts = Counter(name for g in groups for row in g.rows for name in row)
    return tuple(sorted(name for name, n in counts.items() if n >= min_count))


def design(groups: list[Group], names: tuple[str, ...]) -> Design:
    index = {name: i for i, name in enumerate(names)}
    row, col, val, group, starts, right = [], [], [], [], [], []
    n = 0
    for g, grp in enumerate(groups):
        starts.append(n)
        for r, features in enumerate(grp.rows):
            for name, value in sorted(features.items()):
                if name in index and value:
                    row.append(n)
                    col.append(index[name])
                    val.append(value)
            group.append(g)
            right.append(1.0 if r in grp.right else 0.0)
            n += 1
    return Design(names, numpy.array(row, dtype=numpy.int64),
                  numpy.array(col, dtype=numpy.int64), numpy.array(val, dtype=numpy.float64),
                  numpy.array(group, dtype=numpy.int64), numpy.array(starts, dtype=numpy.int64),
                  numpy.array(right, dtype=numpy.float64))


def _scores(d: Design, w: numpy.ndarray) -> numpy.ndarray:
    return numpy.bincount(d.row, weights=d.val * w[d.col], minlength=d.shape[0])


def _softmax(d: Design, s: numpy.ndarray, mask: numpy.ndarray | None = None):
    """Per group: the softmax of the scores (over the masked rows only, where a mask is
    given) and the log of its normaliser."""
    top = numpy.maximum.reduceat(s, d.starts)[d.group]
    e = numpy.exp(s - top)
    if mask is not None:
        e = e * mask
    z = numpy.add.reduceat(e, d.starts)
    return e / z[d.group], numpy.log(z) + top[d.starts]


def loss(d: Design, w: numpy.ndarray, l2: numpy.ndarray) -> float:
    s = _scores(d, w)
    _, all_ = _softmax(d, s)
    _, right = _softmax(d, s, d.right)
    return float(numpy.sum(all_ - right) + 0.5 * w @ (l2 * w))


def _gradient(d: Design, w: numpy.ndarray,
              l2: numpy.ndarray) -> tuple[numpy.ndarray, numpy.ndarray]:
    s = _scores(d, w)
    p, _ = _softmax(d, s)
    q, _ = _softmax(d, s, d.right)
    grad = numpy.bincount(d.col, weights=d.val * (p - q)[d.row], minlength=d.shape[1])
    return grad + l2 * w, p


def _curvature(d: Design, p: numpy.ndarray, l2: numpy.ndarray) -> numpy.ndarray:
    """The covariance of the features under the softmax, summed over groups, plus l2."""
    n, k = d.shape
    h = numpy.zeros((k, k))
    bounds = numpy.searchsorted(d.row, numpy.arange(0, n + CHUNK, CHUNK))
    for lo, (a, b) in enumerate(zip(bounds[:-1], bounds[1:])):
        dense = numpy.zeros((CHUNK, k))
        dense[d.row[a:b] - lo * CHUNK, d.col[a:b]] = d.val[a:b]
        weight = numpy.zeros(CHUNK)
        rows = numpy.arange(lo * CHUNK, min(n, (lo + 1) * CHUNK))
        weight[:len(rows)] = p[rows]
        h += dense.T @ (weight[:, None] * dense)
    expected = numpy.bincount(d.group[d.row] * k + d.col, weights=d.val * p[d.row],
                              minlength=len(d.starts) * k).reshape(len(d.starts), k)
    return h - expected.T @ expected + numpy.diag(l2)


def fit(groups: list[Group], l2: float, free: frozenset[str] = frozenset(), min_count: int = 3,
        steps: int = 60, tolerance: float = 1e-7) -> dict[str, float]:
    """The weights that minimise the loss over the groups (a group with no right option, or
    with nothing but right options, teaches nothing: the caller leaves it out). The `free`
    features are not penalised."""
    d = design(groups, vocabulary(groups, min_count))
    penalty = numpy.array([0.0 if name in free else l2 for name in d.names])
    w = numpy.zeros(d.shape[1])
    current = loss(d, w, penalty)
    for _ in range(steps):
        grad, p = _gradient(d, w, penalty)
        if numpy.max(numpy.abs(grad)) < tolerance:
            break
        step = numpy.linalg.solve(_curvature(d, p, penalty), grad)
        moved = _search(d, w, step, float(grad @ step), current, penalty)
        if moved is None:
            break
        w, current = moved
    return dict(zip(d.names, w.tolist()))


def _search(d: Design, w: numpy.ndarray, step: numpy.ndarray, slope: float, current: float,
            l2: numpy.ndarray) -> tuple[numpy.ndarray, float] | None:
    """The longest of the step's halvings that lowers the loss enough (Armijo), or None."""
    t = 1.0
    while t > 1e-8:
        trial = loss(d, w - t * step, l2)
        if trial <= current - 1e-4 * t * slope:
            return w - t * step, trial
        t /= 2
    return None
