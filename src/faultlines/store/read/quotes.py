"""Quotes as stored: by speaker, by an actor the quote mentions, by words, kind and day.

The speaker filter matches the speaker as the actor filter of events does (filters.py), so
`--speaker Zakharova` and `--speaker RUS` find her; the actor filter matches actors the actors
stage found inside the quoted characters, so `--actor AZE` lists what was said about Azerbaijan.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from faultlines.identity import EVENT_ACTORS, Columns
from faultlines.store.read.filters import (Day, Where, actor_match, by_article, count_by_article,
                                          members)


# Quotes with their speaker's fields read once out of its ACTOR JSON, so that filters on the
# speaker (identity's SQL names each field several times) parse it once a row.
QUOTES = ("(SELECT *, speaker->>'kind' AS speaker_kind, speaker->>'code' AS speaker_code, "
          "speaker->>'id' AS speaker_id FROM quotes) q")
SPEAKERS = Columns(kind="q.speaker_kind", code="q.speaker_code", country="q.speaker_country",
                   sector="q.speaker_sector", id="q.speaker_id", name="q.speaker_name")


@dataclass(frozen=True)
class QuoteFilter:
    """Which quotes to list; every field narrows, None leaves it open.

    speaker (str): who spoke (matched loosely unless `loose` is off). speaker_page (str): only
        quotes whose speaker belongs to this actor page (an actor page's own quotes).
    actor (str): an actor mentioned inside the quote. text (str): words in the quote.
    kind (str): direct, partial or indirect. since, until: the article's publication day.
    """

    speaker: str | None = None
    actor: str | None = None
    text: str | None = None
    kind: str | None = None
    loose: bool = True
    since: Day = None
    until: Day = None
    speaker_page: str | None = None

    def where(self) -> Where:
        w = Where()
        if self.speaker:
            sql, values = actor_match(self.speaker, self.loose, SPEAKERS)
            w.add(sql, *values)
        if self.speaker_page:
            sql, values = members(self.speaker_page, SPEAKERS)
            w.add(sql, *values)
        if self.actor:
            sql, values = actor_match(self.actor, self.loose, EVENT_ACTORS.of("m"))
            w.add("EXISTS (SELECT 1 FROM actors m WHERE m.article_id = q.article_id AND "
                  f"m.start_char >= q.start_char AND m.end_char <= q.end_char AND {sql})",
                  *values)
        if self.text:
            w.add("q.text ILIKE ?", f"%{self.text}%")
        if self.kind:
            w.add("q.kind = lower(?)", self.kind)
        return w.window("ar.published", self.since, self.until)


# The columns a quote listing sorts by (sorting.py).
SORTS = {"published": "ar.published", "speaker": "q.speaker_name", "kind": "q.kind",
         "text": "q.text"}


def listing(store, f: QuoteFilter = QuoteFilter(), limit: int | None = 100,
            offset: int = 0, sort: str | None = None) -> list[dict[str, Any]]:
    """QUOTE records with `article_id`, `article_title` and `published`, newest article first.

    sort (str | None): a column of SORTS, "-" before it for descending.
    """
    rows = by_article(store, QUOTES, "q.text, q.kind, q.cue, q.start_char, q.end_char, "
                      "q.speaker", f.where(), limit, offset, sort, SORTS)
    return [{"article_id": r["article_id"], "article_key": r["article_key"],
             "article_title": r["article_title"], "article_label": r["article_label"],
             "published": r["published"], "text": r["text"], "kind": r["kind"], "cue": r["cue"],
             "start": r["start_char"], "end": r["end_char"],
             "speaker": json.loads(r["speaker"]) if r["speaker"] else None} for r in rows]


def count(store, f: QuoteFilter = QuoteFilter()) -> int:
    """How many quotes `listing` would list over every page."""
    return count_by_article(store, QUOTES, f.where())
