"""The in-memory way into the analysis: Article records → DyadDay and StatedTie lists.

This mirrors the SQL of store/analysis.py rule for rule (node identity, the day an event
counts at, negated events left out, the weight of event_ties.yaml, demands backed by threats,
one-a-day deduplication), so that `code --json` without a store and the stored corpus give the
same ties; tests/test_analysis_store.py holds the two to it.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date

from faultlines import event_ties
from faultlines.analysis.dyads import EventDyad, dedup
from faultlines.analysis.records import DyadDay, StatedTie, first_day
from faultlines.identity import node_of
from faultlines.model import Article, Event
from faultlines.store.rows import article_key


def counted_day(event: Event, published: date | None) -> date | None:
    """The day an event counts at in the network, or None when it does not count.

    A hypothetical event is intent, dated the day the story said it (never a future day); an
    act dated after its story was published is a misread date and counts nowhere; a background
    re-mention counts at its own date or not at all (never at the publication date, or it
    would count as fresh news every time a story recalls it).
    """
    own = first_day(event.date)
    if event.hypothetical:
        return published or own
    if own is not None and published is not None and own > published:
        return None
    if own is None and _background(event):
        return None
    return own or published


def _background(event: Event) -> bool:
    """The events stage's `background` flag (issue 15); an older record without it is fresh."""
    return bool(getattr(event, "background", False))


def event_dyads(article: Article, level: str = "country") -> list[EventDyad]:
    """Every (actor node, recipient node) pair of the article's events that count, weighed."""
    rules, published = event_ties.load(), first_day(article.published)
    at, found = article_key(article), []  # articles by their store key, as the store has them
    for idx, event in enumerate(article.events):
        day = None if event.negated else counted_day(event, published)
        if day is None:
            continue
        pairs = _pairs(event, level)
        threats = _threatened(article, idx, rules) if event.type in rules.backed_types else set()
        found += [EventDyad(event_id=f"{at}:{idx}", a=a, b=b, day=day, type=event.type,
                            quad_class=event.quad_class, score=float(event.score or 0.0),
                            article=at, source=article.source, sentence=event.sentence,
                            weight=rules.weight(event.type, event.mode, country in threats),
                            intent=event.hypothetical, background=_background(event))
                  for country, (a, b) in pairs]
    return found


def _threatened(article: Article, idx: int, rules: event_ties.EventTies) -> set[tuple[str, str]]:
    """The country-level pairs threatened in the sentence of event `idx`: a request between one
    of them, the same way round, is a demand backed by a threat."""
    sentence, published = article.events[idx].sentence, first_day(article.published)
    return {country for event in article.events
            if event.type in rules.threat_types and event.sentence == sentence
            and not event.negated and counted_day(event, published) is not None
            for country, _ in _pairs(event, "country")}


def _pairs(event: Event, level: str) -> list[tuple[tuple[str, str], tuple[str, str]]]:
    """(country-level pair, pair at `level`) for each actor and recipient: both ends distinct
    at country level (a state acting on itself is no dyad) and at the level asked for."""
    found = set()
    for x in event.actor:
        for y in event.recipient:
            country = (node_of(x.to_dict()), node_of(y.to_dict()))
            pair = (node_of(x.to_dict(), level), node_of(y.to_dict(), level))
            if all(country) and country[0] != country[1] and pair[0] != pair[1]:
                found.add((country, pair))
    return sorted(found)


def stated_ties(article: Article, level: str = "country") -> Iterator[StatedTie]:
    """The article's stated relations between two distinct nodes (basis "events" left out)."""
    for rel in article.relations:
        if rel.basis != "stated":
            continue
        a, b = node_of(rel.a.to_dict(), level), node_of(rel.b.to_dict(), level)
        day = first_day(article.published) or first_day(rel.date)
        if a and b and a != b and day is not None:
            yield StatedTie(a=a, b=b, type=rel.type, polarity=rel.polarity, day=day,
                            evidence=rel.evidence, article=article_key(article),
                            source=article.source)


def from_articles(articles: Iterable[Article],
                  level: str = "country") -> tuple[list[DyadDay], list[StatedTie]]:
    """RETURNS: the deduplicated dyad-days and the stated ties of these articles."""
    articles = list(articles)
    days = dedup(d for article in articles for d in event_dyads(article, level))
    stated = [t for article in articles for t in stated_ties(article, level)]
    return days, stated
