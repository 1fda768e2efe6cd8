"""The in-memory way into the analysis: Article records → DyadDay and StatedTie lists.

This mirrors the SQL of store/analysis.py rule for rule (node identity, day of an event,
exclusion of negated and hypothetical events, one-a-day deduplication), so that `code --json`
without a store and the stored corpus give the same ties; tests/test_analysis_inputs.py holds
the two to it.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from faultlines.analysis.dyads import EventDyad, dedup
from faultlines.analysis.records import DyadDay, StatedTie, first_day
from faultlines.identity import node_of
from faultlines.model import Article, Event
from faultlines.store.rows import article_key


def event_dyads(article: Article, level: str = "country") -> Iterator[EventDyad]:
    """Every (actor node, recipient node) pair of the article's events that happened."""
    for idx, event in enumerate(article.events):
        if event.negated or event.hypothetical:
            continue
        day = first_day(event.date) or first_day(article.published)
        if day is None:
            continue
        for a, b in _pairs(event, level):  # articles by their store key, as the store has them
            yield EventDyad(event_id=f"{article_key(article)}:{idx}", a=a, b=b, day=day,
                            type=event.type, quad_class=event.quad_class,
                            score=float(event.score or 0.0), article=article_key(article),
                            source=article.source, sentence=event.sentence)


def _pairs(event: Event, level: str) -> list[tuple[str, str]]:
    actors = [node_of(x.to_dict(), level) for x in event.actor]
    recipients = [node_of(x.to_dict(), level) for x in event.recipient]
    return sorted({(a, b) for a in actors for b in recipients if a and b and a != b})


def stated_ties(article: Article, level: str = "country") -> Iterator[StatedTie]:
    """The article's stated relations between two distinct nodes (basis "events" left out)."""
    for rel in article.relations:
        if rel.basis != "stated":
            continue
        a, b = node_of(rel.a.to_dict(), level), node_of(rel.b.to_dict(), level)
        day = first_day(article.published) or first_day(rel.date)
        if a and b and a != b and day is not None:
            yield StatedTie(a=a, b=b, type=rel.type, polarity=rel.polarity, day=day,
                            evidence=rel.evidence, article=article_key(article))


def from_articles(articles: Iterable[Article],
                  level: str = "country") -> tuple[list[DyadDay], list[StatedTie]]:
    """RETURNS: the deduplicated dyad-days and the stated ties of these articles."""
    articles = list(articles)
    days = dedup(d for article in articles for d in event_dyads(article, level))
    stated = [t for article in articles for t in stated_ties(article, level)]
    return days, stated
