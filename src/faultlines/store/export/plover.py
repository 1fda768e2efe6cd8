"""Every stored event as a PLOVER JSON record, the shape of the PLOVER gold-standard records.

One JSON array of records: id, date, source and target actor lists ({actorText, code, sector}),
event (the PLOVER type), mode, context, eventText (the trigger), text (the sentence), eventLoc,
plus what PLOVER leaves open and faultlines knows: negated, hypothetical, reportedBy, cameo,
quadClass, score, title (coded from the article's title, whose words `text` then is), and the
article's url and publication date.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

name = "plover"
description = "one PLOVER JSON record per event (a JSON array)"


def _actor(actor: dict) -> dict[str, Any]:
    return {"actorText": actor.get("text"), "code": actor.get("code") or actor.get("country"),
            "country": actor.get("country"), "sector": actor.get("sector"),
            "name": actor.get("name")}


def _location(place: dict | None) -> dict[str, Any] | None:
    if not place:
        return None
    return {"name": place.get("name"), "country": place.get("country"), "lat": place.get("lat"),
            "lon": place.get("lon"), "geonameid": place.get("geonameid")}


def record(article: dict, index: int, event: dict) -> dict[str, Any]:
    """The PLOVER record of one event of one stored ARTICLE document."""
    return {
        "id": f"{article['id']}-{index}", "date": event.get("date") or article.get("published"),
        "source": [_actor(a) for a in event["actor"]],
        "target": [_actor(a) for a in event["recipient"]],
        "event": event["type"], "mode": event.get("mode"), "context": event.get("context") or [],
        "eventText": event["trigger"]["text"], "text": event["sentence"],
        "eventLoc": _location(event.get("location")),
        "negated": event.get("negated", False), "hypothetical": event.get("hypothetical", False),
        "reportedBy": _actor(event["reported_by"]) if event.get("reported_by") else None,
        "title": event.get("title", False),
        "cameo": event.get("cameo"), "quadClass": event.get("quad_class"),
        "score": event.get("score"), "confidence": event.get("confidence"),
        "publication": article.get("source"), "url": article.get("url"),
        "published": article.get("published"), "language": "en", "coder": "faultlines",
    }


def records(store) -> Iterator[dict[str, Any]]:
    """Every event of every stored article, in article order."""
    return (rec for _, rec in keyed_records(store))


def keyed_records(store) -> Iterator[tuple[str, dict[str, Any]]]:
    """(the article's store key, record) for every event: a record's id is the caller's, and
    what the store keeps about the article (the outlets that ran it) is under its key."""
    rows = store.con.execute("SELECT id, document FROM articles ORDER BY id").fetchall()
    for key, document in rows:
        article = json.loads(document)
        for index, event in enumerate(article.get("events", [])):
            yield key, record(article, index, event)


def write(store, dest: Path, fmt: str = "plover") -> list[Path]:
    if dest.is_dir():
        dest = dest / "events.plover.json"
    dest.parent.mkdir(parents=True, exist_ok=True)
    with dest.open("w", encoding="utf-8") as out:
        out.write("[\n")
        for n, rec in enumerate(records(store)):
            out.write(("," if n else "") + json.dumps(rec, ensure_ascii=False) + "\n")
        out.write("]\n")
    return [dest]
