"""One cycle of `faultlines watch` against the store: fetch and code (cycle.py), then compare the
analysis with the last cycle's and raise alerts (alerts.py), store them, deliver them.

The store is opened for the cycle and closed after it, so between cycles other commands
(`faultlines dilemmas`, `faultlines serve`) can open it; the pipeline is built once by the caller.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from faultlines.options import CodingOptions
from faultlines.store import watch as stored
from faultlines.watch import deliver
from faultlines.watch.alerts import EMPTY, AlertRules, compare, snapshot
from faultlines.watch.cycle import run_cycle
from faultlines.watch.fetch import Fetcher
from faultlines.watch.report import CycleReport, Story

if TYPE_CHECKING:
    from spacy.language import Language

    from faultlines.store import Store


@dataclass(frozen=True)
class Delivery:
    """Where alerts go: `lines` is "-" (stdout), a file path, or None; `webhook` a URL or None."""

    lines: str | None = "-"
    webhook: str | None = None


@dataclass
class Outcome:
    """What one cycle did: its report, its number in the store, the alerts it raised."""

    report: CycleReport
    cycle: int
    alerts: list[dict[str, Any]] = field(default_factory=list)
    stage_errors: list[str] = field(default_factory=list)


def _coder(nlp: Language, coding: CodingOptions, state: stored.StoreState,
           stage_errors: list[str]) -> Callable[[Sequence[Story]], None]:
    """Code a batch with the pipeline and keep it in the cycle's transaction."""
    from faultlines import pipeline

    def code_batch(stories: Sequence[Story]) -> None:
        coded = list(pipeline.code_drafts(nlp, [s.draft for s in stories], coding))
        for story, (_, errors) in zip(stories, coded, strict=True):
            stage_errors.extend(f"{story.draft.url or story.id}: {e}" for e in errors)
        state.keep(stories, [article for article, _ in coded])

    return code_batch


def _analysis(store: Store):
    from faultlines.analysis.api import Network

    return Network.from_store(store)


def _counts(report: CycleReport) -> dict[str, int]:
    return {"new": len(report.new), "copies": len(report.copies),
            "changed": len(report.changed), "failures": len(report.failures)}


def run_once(sources: Sequence[str], store: Store, nlp: Language, fetcher: Fetcher,
             coding: CodingOptions = CodingOptions(), rules: AlertRules = AlertRules(),
             on_error: Callable[[str], None] | None = None,
             stop: Callable[[], bool] | None = None) -> Outcome:
    """Fetch, code, compare, record: one cycle. Alerts are stored here, delivered by `deliver`.

    The analysis is compared only after a cycle that coded something; a quiet cycle keeps the
    last snapshot. Before the first cycle the snapshot is the store as it is, so stories coded
    earlier by `faultlines code` raise no alerts of their own.
    """
    before = stored.last_snapshot(store)
    if before is None:
        before = snapshot(_analysis(store)) if store.counts()["articles"] else EMPTY
    stage_errors: list[str] = []
    state = stored.StoreState(store)
    report = run_cycle(sources, fetcher, state, _coder(nlp, coding, state, stage_errors),
                       on_error=on_error, stop=stop)
    alerts: list[dict[str, Any]] = []
    after = before
    if report.new:
        network = _analysis(store)
        after = snapshot(network)
        alerts = stored.with_links(store, compare(network, before, rules))
    cycle = stored.record_cycle(store, report.started, report.finished or report.started,
                                _counts(report), after, alerts)
    return Outcome(report, cycle, [dict(a, cycle=cycle) for a in alerts], stage_errors)


def send(alerts: Sequence[dict[str, Any]], delivery: Delivery, fetcher: Fetcher) -> None:
    """Deliver a cycle's alerts. RAISES (deliver.DeliveryError) for a webhook that failed;
    an unwritable file raises OSError."""
    if not alerts:
        return
    if delivery.lines == "-":
        deliver.write_lines(alerts, sys.stdout)
    elif delivery.lines:
        deliver.append_lines(alerts, Path(delivery.lines))
    if delivery.webhook:
        deliver.post(alerts, delivery.webhook, fetcher.options)
