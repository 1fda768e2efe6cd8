"""The PLV suite: PLOVER types of the event between a marked source and target (PLV_train.tsv).

Each row of ../shared/data/plv/PLV_train.tsv is a news sentence with its source marked <s>…</s>
and its target <t>…</t>, and the PLOVER root type of the event between them (15 classes: YIELD
stands for CONCEDE or RETREAT). We code the unmarked sentence with the full pipeline and look for
the event *between the pair*: an event whose actor argument phrase overlaps the source span and
whose recipient argument phrase overlaps the target span — or whose actor (recipient) is the
actor a mention inside the source (target) span resolved to, so that "it" counts for the
country it stands for — or a coordinated-subject event without recipient whose actor phrase
holds both spans (argument phrases are the parse
subtrees the events stage read its actor and recipient from, kept in each event's `arguments`).
Several such events: the most confident. None: the row counts as "no event" — wrong for its
gold class.

The data marks every occurrence of the source and target strings ("… to <t>Ukraine</t> that would
be contingent upon <t>Ukraine</t>'s progress"), so any marked occurrence counts for its side. A
row whose target column is the placeholder "a recipient" marks no target: the gold event has no
named recipient ("<s>Nepal's prime minister</s> has agreed to resign"), and an event of the
source with any recipient or none is the pair's event; likewise "An actor" marks no source, and
an event on the target by any actor is. Metrics: pair_found (share of rows with such an event), accuracy and macro-F1 over
the 15 gold classes (a class's F1 counts "no event" as a miss).
"""

from __future__ import annotations

import csv
import re
from collections import Counter
from pathlib import Path

from faultlines.eval.result import Result

name = "plv"
description = "PLV_train.tsv: PLOVER type of the event between a marked source and target"

CLASSES = ("AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "YIELD", "REQUEST", "ACCUSE",
           "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")
_FOLD = {"CONCEDE": "YIELD", "RETREAT": "YIELD"}
_TAG = re.compile(r"</?[st]>\s*")


Span = tuple[int, int]


def spans(marked: str) -> tuple[str, list[Span], list[Span]]:
    """The unmarked text and the char spans of every <s> and every <t> in it, in text order."""
    text, found, pos = [], {"s": [], "t": []}, 0
    opened: dict[str, int] = {}
    for m in re.finditer(r"<(/?)([st])>", marked):
        text.append(marked[pos:m.start()])
        here = sum(len(t) for t in text)
        if m.group(1):
            found[m.group(2)].append((opened.pop(m.group(2), here), here))
        else:
            opened[m.group(2)] = here
        pos = m.end()
    text.append(marked[pos:])
    return "".join(text), found["s"], found["t"]


def _overlaps(ranges: list[list[int]], marked: list[Span]) -> bool:
    return any(s < e2 and s2 < e for s, e in ranges for s2, e2 in marked)


def _key(actor: dict | None) -> str | None:
    return (actor.get("id") or actor.get("name")) if actor else None


def _named(mentions: list[dict], marked: list[Span]) -> set[str]:
    """The actors of the mentions inside the marked spans (so "it" can stand for its antecedent)."""
    return {_key(m["actor"]) for m in mentions if m.get("actor")
            for s, e in marked if m["start_char"] < e and s < m["end_char"]}


def _side(phrases: list[list[int]], actors: list[dict], marked: list[Span],
          named: set[str]) -> bool:
    """An unmarked side (the gold names no one there) is any participant, or none."""
    return not marked or _overlaps(phrases, marked) or any(_key(a) in named for a in actors)


def _crossing(source: list[Span], target: list[Span]) -> bool:
    return any(s < e2 and s2 < e for s, e in source for s2, e2 in target)


def _covers(event: dict, source: list[Span], target: list[Span], mentions: list[dict]) -> bool:
    """Source on the actor side and target on the recipient side, by argument phrase or by the
    resolved actor; or, for a coordinated subject ("the US and China signed"), both in the
    actor phrase."""
    spans = event.get("arguments", {})
    if not source and not target:
        return False
    if not _side(spans.get("actor", []), event["actor"], source, _named(mentions, source)):
        return False
    if _side(spans.get("recipient", []), event["recipient"], target, _named(mentions, target)):
        return True
    return not event["recipient"] and _overlaps(spans.get("actor", []), target) \
        and not _crossing(source, target)


def pair_event(events: list[dict], source: list[Span], target: list[Span],
               mentions: list[dict] | None = None) -> dict | None:
    """The most confident event whose arguments cover a marked source and a marked target."""
    linked = [e for e in events if _covers(e, source, target, mentions or [])]
    return max(linked, key=lambda e: e["confidence"], default=None)


def macro_f1(pairs: list[tuple[str, str]]) -> float:
    scores = []
    for cls in CLASSES:
        tp = sum(g == cls and p == cls for g, p in pairs)
        fp = sum(g != cls and p == cls for g, p in pairs)
        fn = sum(g == cls and p != cls for g, p in pairs)
        if tp + fp + fn:
            scores.append(2 * tp / (2 * tp + fp + fn))
    return round(sum(scores) / len(scores), 3) if scores else 0.0


def read_rows(path: Path, limit: int | None) -> list[dict]:
    with path.open(encoding="utf-8", newline="") as handle:
        rows = [r for r in csv.DictReader(handle, delimiter="\t") if r.get("gold_root")]
    return rows[:limit] if limit else rows


def run(limit: int | None = None) -> Result:
    from faultlines import pipeline
    from faultlines.eval import shared_dir
    from faultlines.ingest.draft import Draft

    rows = read_rows(shared_dir() / "data" / "plv" / "PLV_train.tsv", limit)
    nlp = pipeline.build()
    marked = [spans(r["marked_sentence"]) for r in rows]
    docs = (pipeline.make_doc(nlp, Draft(text=text, origin=f"plv:{i}"))
            for i, (text, _, _) in enumerate(marked))
    pairs, details, found = [], [], 0
    for row, (text, src, tgt), doc in zip(rows, marked, nlp.pipe(docs, batch_size=64)):
        event = pair_event(doc._.events or [], src, tgt, doc._.mentions or [])
        predicted = _FOLD.get(event["type"], event["type"]) if event else "NONE"
        found += event is not None
        pairs.append((row["gold_root"], predicted))
        details.append({"gold": row["gold_root"], "coded": predicted,
                        "trigger": event["trigger"]["text"] if event else "",
                        "sentence": text[:120]})
    metrics = {"rows": len(rows), "pair_found": round(found / len(rows), 3) if rows else 0.0,
               "accuracy": round(sum(g == p for g, p in pairs) / len(pairs), 3) if pairs else 0.0,
               "macro_f1": macro_f1(pairs)}
    confusions = Counter((g, p) for g, p in pairs if g != p).most_common(8)
    notes = [f"most frequent confusions (gold → coded): "
             + ", ".join(f"{g}→{p} {n}" for (g, p), n in confusions)]
    return Result(suite=name, metrics=metrics, rows=details,
                  columns=["gold", "coded", "trigger", "sentence"], notes=notes)
