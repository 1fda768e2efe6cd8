"""The PLOVER gold-standard records suite (../shared/data/plover-gsr/PLOVER_GSR_CAMEO.json).

322 hand-coded records (edited CAMEO-manual sentences) with source and target actor codes and a
PLOVER 0.5 event label, mapped to PLOVER 2.0 as the issue says: DEMAND→REQUEST,
DISAPPROVE→ACCUSE, FIGHT→ASSAULT, INVESTIGATE→ACCUSE. We code each record's text (published
2000-01-01, the records' date) and look for the event *between the gold countries*: one whose
actor list holds a gold source code and whose recipient list holds a gold target code (a record
without a target: any event whose actor holds a source code). A code matches an ACTOR whose
`country` or `code` equals it. Several such events: the most confident.

Metrics: pair_found (share of records with such an event); type_accuracy (share of those with
the gold type: the issue's measure); source_agreement and target_agreement (share of records
where any coded event has an actor, respectively a recipient, matching the gold source, target).
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from faultlines.eval.result import Result

name = "plover-gsr"
description = "PLOVER gold records: type of the event between the gold source and target countries"

LABELS = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "FIGHT": "ASSAULT",
          "INVESTIGATE": "ACCUSE"}
PUBLISHED = "2000-01-01"


def codes(side) -> set[str]:
    """The gold codes of a source/target field (a list of actor dicts, or "" for none)."""
    if not isinstance(side, list):
        return set()
    return {a["code"].upper() for a in side if isinstance(a, dict) and a.get("code")}


def _has(actors: list[dict], wanted: set[str]) -> bool:
    return any((a.get("country") or "").upper() in wanted or (a.get("code") or "").upper()
               in wanted for a in actors)


def between(events: list[dict], sources: set[str], targets: set[str]) -> dict | None:
    linked = [e for e in events if _has(e["actor"], sources)
              and (_has(e["recipient"], targets) if targets else True)]
    return max(linked, key=lambda e: e["confidence"], default=None)


def read_records(path: Path, limit: int | None) -> list[dict]:
    records = [r for r in json.loads(path.read_text(encoding="utf-8"))
               if r.get("event") and r["event"] != "DOCUMENT" and r.get("text")]
    return records[:limit] if limit else records


def _score(records: list[dict], docs) -> tuple[dict, list[dict], Counter]:
    found = right = src = tgt = 0
    rows, confusions = [], Counter()
    for record, doc in zip(records, docs):
        gold = LABELS.get(record["event"], record["event"])
        sources, targets = codes(record.get("source")), codes(record.get("target"))
        events = doc._.events or []
        src += any(_has(e["actor"], sources) for e in events)
        tgt += bool(targets) and any(_has(e["recipient"], targets) for e in events)
        event = between(events, sources, targets)
        found += event is not None
        right += bool(event) and event["type"] == gold
        if event is not None and event["type"] != gold:
            confusions[(gold, event["type"])] += 1
        rows.append({"id": record["id"], "gold": gold, "coded": event["type"] if event else "-",
                     "text": record["text"][:110]})
    with_target = sum(bool(codes(r.get("target"))) for r in records) or 1
    n = len(records) or 1
    metrics = {"records": len(records), "pair_found": round(found / n, 3),
               "type_accuracy": round(right / found, 3) if found else 0.0,
               "source_agreement": round(src / n, 3),
               "target_agreement": round(tgt / with_target, 3)}
    return metrics, rows, confusions


def run(limit: int | None = None) -> Result:
    from faultlines import pipeline
    from faultlines.eval import shared_dir
    from faultlines.ingest.draft import Draft

    path = shared_dir() / "data" / "plover-gsr" / "PLOVER_GSR_CAMEO.json"
    records = read_records(path, limit)
    nlp = pipeline.build()
    docs = nlp.pipe((pipeline.make_doc(nlp, Draft(text=r["text"], origin=r["id"],
                                                  published=PUBLISHED)) for r in records),
                    batch_size=64)
    metrics, rows, confusions = _score(records, docs)
    notes = ["type confusions among found pairs (gold → coded): "
             + ", ".join(f"{g}→{c} {n}" for (g, c), n in confusions.most_common(8))]
    return Result(suite=name, metrics=metrics, rows=rows, columns=["id", "gold", "coded", "text"],
                  notes=notes)
