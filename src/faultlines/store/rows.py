"""An Article record flattened into the rows of each store table (column order = schema.py).

Every row refers to its article by the store's key (`article_key`: the start of the content
hash), never by the caller's id, which two corpora may both use for different stories; the
caller's id is kept in `articles.caller_id`, and in the stored ARTICLE record.
"""

from __future__ import annotations

import json
from datetime import datetime, timezone
from typing import Any

from faultlines.identity import key
from faultlines.ingest.draft import content_hash
from faultlines.model import Actor, Article, Event

KEY_LENGTH = 16  # hex digits of the content hash; the whole hash where two stories share them


def article_hash(article: Article) -> str:
    """The article's content hash (computed from its text when the record carries none)."""
    return article.content_hash or content_hash(article.text)


def article_key(article: Article, length: int = KEY_LENGTH) -> str:
    """The store's key of an article: the first `length` hex digits of its content hash."""
    return article_hash(article)[:length]


def _day(date: str | None) -> str | None:
    """The first day an event's date can mean, for sorting and windows ("2022-02" → 2022-02-01)."""
    if not date:
        return None
    parts = date.split("-") + ["01", "01"]
    return "-".join(parts[:3])


def _actor_cols(actor: Actor) -> list[Any]:
    return [actor.text, actor.name, actor.code, actor.country, actor.sector, actor.kind, actor.id]


def _event_rows(article_id: str, idx: int, event: Event) -> tuple[list, list[list]]:
    event_id = f"{article_id}:{idx}"
    loc = event.location
    reporter = event.reported_by
    row = [
        event_id, article_id, idx, event.type, event.mode, list(event.context),
        event.cameo, event.quad_class, event.score,
        event.date, _day(event.date), event.date_text,
        loc.name if loc else None, loc.country if loc else None,
        loc.lat if loc else None, loc.lon if loc else None,
        event.negated, event.hypothetical,
        json.dumps(reporter.to_dict()) if reporter else None, reporter.name if reporter else None,
        event.sentence, event.trigger.text, event.trigger.start, event.trigger.end,
        event.confidence, json.dumps(event.to_dict(), ensure_ascii=False), event.title,
    ]
    parties = [[event_id, role, pos, *_actor_cols(actor)]
               for role, actors in (("actor", event.actor), ("recipient", event.recipient))
               for pos, actor in enumerate(actors)]
    return row, parties


def article_rows(article: Article, at: str | None = None) -> dict[str, list[list[Any]]]:
    """RETURNS: table name → rows to insert for this article.

    at (str | None): the article's store key (`article_key` when not given).
    """
    at = at or article_key(article)
    document = article.to_dict()
    rows: dict[str, list[list[Any]]] = {
        "articles": [[at, article_hash(article), article.title, article.url,
                      article.source, article.published, article.author, article.origin,
                      article.text, json.dumps(document, ensure_ascii=False),
                      len(article.events), len(article.quotes),
                      datetime.now(timezone.utc).replace(tzinfo=None), article.id]],
        "actors": [], "events": [], "event_actors": [], "quotes": [], "relations": [],
        "places": [],
    }
    for idx, entity in enumerate(e for e in article.entities if e.actor):
        a = entity.actor
        rows["actors"].append([at, idx, entity.text, a.name, a.code, a.country,
                               a.sector, a.kind, a.role, a.id, entity.label, entity.start,
                               entity.end])
    for idx, event in enumerate(article.events):
        row, parties = _event_rows(at, idx, event)
        rows["events"].append(row)
        rows["event_actors"].extend(parties)
    for idx, q in enumerate(article.quotes):
        s = q.speaker
        rows["quotes"].append([at, idx, q.text, q.kind, q.cue, q.start, q.end,
                               json.dumps(s.to_dict()) if s else None, s.name if s else None,
                               s.country if s else None, s.sector if s else None])
    for idx, r in enumerate(article.relations):
        rows["relations"].append([at, idx, json.dumps(r.a.to_dict()),
                                  json.dumps(r.b.to_dict()), key(r.a), key(r.b), r.a.country,
                                  r.b.country, r.polarity, r.type, r.evidence, r.basis, r.date])
    for idx, p in enumerate(article.places):
        rows["places"].append([at, idx, p.text, p.name, p.country, p.lat, p.lon,
                               p.feature, p.geonameid, p.start, p.end])
    return rows
