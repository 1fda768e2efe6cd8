"""Reading quotes back from the store: by speaker, by an actor the quote mentions, by words.

Only store/ writes SQL. The speaker filter matches the speaker's country or code exactly and
its name in part ("Zakharova", "RUS"); the actor filter matches actors the actors stage found
inside the quoted characters, so `--actor AZE` lists what was said about Azerbaijan.
"""

from __future__ import annotations

import json
from typing import Any

from faultlines.store import Store


def _clauses(speaker: str | None, actor: str | None, text: str | None,
             kind: str | None) -> tuple[list[str], list[Any]]:
    clauses, params = [], []
    if speaker:
        clauses.append("(upper(q.speaker_country) = upper(?) OR upper(q.speaker ->> 'code') = "
                       "upper(?) OR q.speaker_name ILIKE ?)")
        params += [speaker, speaker, f"%{speaker}%"]
    if actor:
        clauses.append("EXISTS (SELECT 1 FROM actors a WHERE a.article_id = q.article_id "
                       "AND a.start_char >= q.start_char AND a.end_char <= q.end_char AND "
                       "(upper(a.country) = upper(?) OR upper(a.code) = upper(?) OR a.name ILIKE ?))")
        params += [actor, actor, f"%{actor}%"]
    if text:
        clauses.append("q.text ILIKE ?")
        params.append(f"%{text}%")
    if kind:
        clauses.append("q.kind = lower(?)")
        params.append(kind)
    return clauses, params


def quotes(store: Store, speaker: str | None = None, actor: str | None = None,
           text: str | None = None, kind: str | None = None, limit: int = 100,
           offset: int = 0) -> list[dict[str, Any]]:
    """Stored quotes as QUOTE records with `article_id`, `published`, newest article first.

    speaker (str | None): country or code of the speaker, or part of its name.
    actor (str | None): an actor mentioned inside the quote (country, code or part of a name).
    text (str | None): words in the quote. kind (str | None): direct, partial or indirect.
    """
    clauses, params = _clauses(speaker, actor, text, kind)
    where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
    rows = store.query(
        "SELECT q.article_id, q.idx, ar.published, q.text, q.kind, q.cue, q.start_char, "
        "q.end_char, q.speaker FROM quotes q JOIN articles ar ON ar.id = q.article_id "
        f"{where} ORDER BY ar.published DESC NULLS LAST, q.article_id, q.idx LIMIT ? OFFSET ?",
        params + [limit, offset])
    return [{"article_id": r["article_id"], "published": r["published"], "text": r["text"],
             "kind": r["kind"], "cue": r["cue"], "start": r["start_char"], "end": r["end_char"],
             "speaker": json.loads(r["speaker"]) if r["speaker"] else None} for r in rows]
