"""Articles as stored: listings (without their text), counts, and whole ARTICLE records.

An article is found by what a person has at hand: its store key (`key`, the start of its
content hash), the id its record carries (the caller's id, else the generated one), or a
prefix of its key that no other key shares. Two corpora may give two stories the same id:
such an id finds both, and `candidates` lists them so the caller can ask by key.
"""

from __future__ import annotations

import json
from typing import Any

from faultlines.model import Article
from faultlines.store.read.filters import ArticleFilter, article_label
from faultlines.store.read.sorting import order_by

# The columns an article listing sorts by (sorting.py); a title is the label an untitled
# article is listed by (its first words), so it sorts where it is read.
SORTS = {"published": "a.published", "title": f"lower({article_label('a')})", "source": "a.source",
         "events": "a.n_events", "quotes": "a.n_quotes"}


def listing(store, f: ArticleFilter = ArticleFilter(), limit: int | None = 50,
            offset: int = 0, sort: str | None = None) -> list[dict[str, Any]]:
    """Article rows (no text), newest first, with how many events and quotes each holds:
    `id` is the article's id (the caller's), `key` the store's key.

    limit (int | None): rows to return; None for all of them.
    sort (str | None): a column of SORTS, "-" before it for descending.
    """
    where = f.where()
    order = order_by(sort, SORTS, "a.published DESC NULLS LAST", "a.id")
    return store.query(
        "SELECT coalesce(a.caller_id, a.id) AS id, a.id AS key, a.published, a.source, a.title, "
        f"{article_label('a')} AS label, a.url, a.n_events, a.n_quotes "
        f"FROM articles a{where.sql()} ORDER BY {order} "
        "LIMIT ? OFFSET ?", where.params + [limit, offset])


def count(store, f: ArticleFilter = ArticleFilter()) -> int:
    where = f.where()
    return store.scalar(f"SELECT count(*) FROM articles a{where.sql()}", where.params)


def candidates(store, given: str) -> list[dict[str, Any]]:
    """The stored articles `given` may mean: those whose key or id it is, else the one whose
    key or id it begins (none when two begin so: no guess). Rows of key, id and title."""
    rows = store.query("SELECT id AS key, coalesce(caller_id, id) AS id, title FROM articles "
                       "WHERE id = ? OR caller_id = ? ORDER BY id = ? DESC, id",
                       [given, given, given])
    if rows and rows[0]["key"] == given:
        return rows[:1]
    if rows:
        return rows
    prefixed = store.query("SELECT id AS key, coalesce(caller_id, id) AS id, title FROM "
                           "articles WHERE starts_with(id, ?) OR starts_with(caller_id, ?) "
                           "ORDER BY id LIMIT 2", [given, given])
    return prefixed if len(prefixed) == 1 else []


def key_of(store, given: str) -> str | None:
    """The store key of the one article `given` names (an id, a key, a unique prefix); None
    when none or several do. Rows refer to articles by key (`article_id`, event ids KEY:N)."""
    found = candidates(store, given)
    return found[0]["key"] if len(found) == 1 else None


def document(store, article_id: str) -> dict[str, Any] | None:
    """The stored ARTICLE record (OUTPUT.md) of one article, by key, id or unique prefix;
    None when nothing, or more than one article, answers to it."""
    key = key_of(store, article_id)
    raw = store.scalar("SELECT document FROM articles WHERE id = ?", [key]) if key else None
    return json.loads(raw) if raw else None


def record(store, article_id: str) -> Article | None:
    """One stored article as its full record, by key, id or unique prefix (a prefix that two
    share, or an id two articles carry, finds none: `candidates` lists them)."""
    data = document(store, article_id)
    return Article.from_dict(data) if data else None


def by_hash(store, content_hash: str) -> Article | None:
    """The stored article with this content hash (a rerun's already-stored inputs)."""
    row = store.scalar("SELECT document FROM articles WHERE content_hash = ?", [content_hash])
    return Article.from_dict(json.loads(row)) if row else None
