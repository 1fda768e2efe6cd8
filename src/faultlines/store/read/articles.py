"""Articles as stored: listings (without their text), counts, and whole ARTICLE records."""

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
    """Article rows (no text), newest first, with how many events and quotes each holds.

    limit (int | None): rows to return; None for all of them.
    sort (str | None): a column of SORTS, "-" before it for descending.
    """
    where = f.where()
    order = order_by(sort, SORTS, "a.published DESC NULLS LAST", "a.id")
    return store.query(
        f"SELECT a.id, a.published, a.source, a.title, {article_label('a')} AS label, a.url, "
        "a.n_events, a.n_quotes "
        f"FROM articles a{where.sql()} ORDER BY {order} "
        "LIMIT ? OFFSET ?", where.params + [limit, offset])


def count(store, f: ArticleFilter = ArticleFilter()) -> int:
    where = f.where()
    return store.scalar(f"SELECT count(*) FROM articles a{where.sql()}", where.params)


def document(store, article_id: str) -> dict[str, Any] | None:
    """The stored ARTICLE record (OUTPUT.md) of one article, by exact id."""
    raw = store.scalar("SELECT document FROM articles WHERE id = ?", [article_id])
    return json.loads(raw) if raw else None


def record(store, article_id: str) -> Article | None:
    """One stored article as its full record, by id or by a unique id prefix (a prefix that
    two ids share finds none)."""
    rows = store.query("SELECT id, document FROM articles WHERE id = ? OR id LIKE ? "
                       "ORDER BY id = ? DESC LIMIT 2", [article_id, f"{article_id}%", article_id])
    if not rows or (len(rows) > 1 and rows[0]["id"] != article_id):
        return None
    return Article.from_dict(json.loads(rows[0]["document"]))


def by_hash(store, content_hash: str) -> Article | None:
    """The stored article with this content hash (a rerun's already-stored inputs)."""
    row = store.scalar("SELECT document FROM articles WHERE content_hash = ?", [content_hash])
    return Article.from_dict(json.loads(row)) if row else None
