"""PLOVER gold records: is each state actor resolved to the right country, at its own words?

Data: shared/data/plover-gsr/PLOVER_GSR_CAMEO.json, 322 one-sentence records recoded from the
CAMEO manual, each with source and target actors ({actorText, code, sector}).

Measure (the strict one): an actor entry is *eligible* when its code is a state (ISO3; the
manual's older codes JAP, ITL, VTN read as JPN, ITA, VNM) and its sector is a state organ's
(GOV, MIL, LEG, JUD, COP, SPY) or absent (the state itself). Its `actorText` is located in the
record's text (first occurrence; unlocatable entries are counted apart). The entry is *right*
when an actor mention of ours that overlaps those characters resolves to that country: the
words the coder marked must be the words we resolve, not merely somewhere in the sentence. A
*record* is eligible when it has an eligible entry and right when all of them are. Each record
is coded with published date 2000-01-01, the date PLOVER gives them all, so that terms of
office resolve as of then.
"""

from __future__ import annotations

import json
from pathlib import Path

from faultlines.eval.result import Result
from faultlines.identity import STATE_ORGANS

name = "plover-actors"
description = "PLOVER gold records: country of state source/target actors, at their own words"
requires = ["data/plover-gsr/PLOVER_GSR_CAMEO.json"]

STATE_SECTORS = STATE_ORGANS | {None}
OLD_CODES = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM"}
PUBLISHED = "2000-01-01"


def load(path: Path) -> list[dict]:
    return [r for r in json.loads(path.read_text(encoding="utf-8")) if r.get("event") != "DOCUMENT"]


def eligible(record: dict, states: set[str]) -> list[dict]:
    """The record's source and target entries that are a state or a state organ."""
    out = []
    for side in ("source", "target"):
        for entry in record.get(side) or []:
            if not isinstance(entry, dict):
                continue
            code = OLD_CODES.get(entry.get("code"), entry.get("code"))
            if code in states and entry.get("sector") in STATE_SECTORS:
                out.append({"side": side, "text": entry.get("actorText") or "", "code": code})
    return out


def locate(text: str, words: str) -> tuple[int, int] | None:
    at = text.find(words)
    if at < 0:
        at = text.casefold().find(words.casefold())
    return (at, at + len(words)) if at >= 0 and words else None


def judge(entry: dict, text: str, mentions: list[dict]) -> str:
    """"right", "wrong" (our country differs or nothing resolved there) or "unlocated"."""
    where = locate(text, entry["text"])
    if where is None:
        return "unlocated"
    start, end = where
    found = {(m.get("actor") or {}).get("country") for m in mentions
             if m["start_char"] < end and start < m["end_char"]}
    return "right" if entry["code"] in found else "wrong"


def run(limit: int | None = None) -> Result:
    from faultlines import pipeline
    from faultlines.actors import kb
    from faultlines.eval import shared_dir
    from faultlines.ingest.draft import Draft
    from faultlines.options import CodingOptions

    records = load(shared_dir() / "data" / "plover-gsr" / "PLOVER_GSR_CAMEO.json")[:limit]
    nlp = pipeline.build(CodingOptions(stages=("entities", "actors")))
    drafts = (pipeline.make_doc(nlp, Draft(text=r["text"], origin=r["id"], published=PUBLISHED))
              for r in records)
    mentions = (doc._.mentions for doc in nlp.pipe(drafts))
    return score(records, mentions, set(kb.load().countries))


def score(records: list[dict], mentions, states: set[str]) -> Result:
    """Judge every eligible entry of each record against that record's mentions."""
    rows, tally = [], {"right": 0, "wrong": 0, "unlocated": 0}
    eligible_records = right_records = 0
    for record, found in zip(records, mentions):
        entries = eligible(record, states)
        verdicts = [judge(e, record["text"], found) for e in entries]
        for entry, verdict in zip(entries, verdicts):
            tally[verdict] += 1
            if verdict != "right":
                rows.append({"id": record["id"], "side": entry["side"], "gold": entry["code"],
                             "words": entry["text"], "verdict": verdict, "ours": _ours(found)})
        judged = [v for v in verdicts if v != "unlocated"]
        eligible_records += bool(judged)
        right_records += bool(judged) and all(v == "right" for v in judged)
    judged_actors = tally["right"] + tally["wrong"]
    share = lambda a, b: round(a / b, 3) if b else 0.0
    metrics = {"records": len(records), "records_eligible": eligible_records,
               "records_right_share": share(right_records, eligible_records),
               "actors_eligible": judged_actors,
               "actors_right_share": share(tally["right"], judged_actors),
               "actors_unlocated": tally["unlocated"]}
    return Result(suite=name, metrics=metrics, rows=rows,
                  columns=["id", "side", "gold", "words", "verdict", "ours"])


def _ours(mentions: list[dict]) -> str:
    return "; ".join(f"{m['text']}={(m.get('actor') or {}).get('country')}" for m in mentions)
