"""Synthetic coded articles for benchmarks: plausible records, not plausible news.

Each article is a handful of one-clause sentences ("Azerbaijan shelled Armenia in Stepanakert.")
with every offset (actors, triggers, places, quotes) pointing into its own text, so a store built
from them exercises the same queries, highlighting and charts as a real one, at any size.
"""

from __future__ import annotations

import hashlib
import random
from collections.abc import Iterator
from datetime import date, timedelta

from faultlines.model import Actor, Article, Entity, Event, Place, Quote, Relation, Trigger

# (ISO3, name, place, lat, lon): a place in each country for events and map dots.
COUNTRIES = [
    ("ARM", "Armenia", "Yerevan", 40.18, 44.51), ("AZE", "Azerbaijan", "Baku", 40.41, 49.87),
    ("RUS", "Russia", "Moscow", 55.76, 37.62), ("USA", "United States", "Washington", 38.9, -77.04),
    ("TUR", "Turkey", "Ankara", 39.93, 32.86), ("UKR", "Ukraine", "Kyiv", 50.45, 30.52),
    ("IRN", "Iran", "Tehran", 35.69, 51.39), ("ISR", "Israel", "Jerusalem", 31.77, 35.21),
    ("CHN", "China", "Beijing", 39.9, 116.4), ("IND", "India", "New Delhi", 28.61, 77.21),
    ("FRA", "France", "Paris", 48.86, 2.35), ("SDN", "Sudan", "Khartoum", 15.5, 32.56),
    ("NER", "Niger", "Niamey", 13.51, 2.11), ("SAU", "Saudi Arabia", "Riyadh", 24.71, 46.68),
    ("SRB", "Serbia", "Belgrade", 44.79, 20.45), ("GBR", "United Kingdom", "London", 51.51, -0.13),
]
# PLOVER type → (verb, quad class, score, CAMEO root)
TYPES = {
    "AGREE": ("agreed with", 1, 3.0, "03"), "CONSULT": ("met", 1, 1.0, "04"),
    "SUPPORT": ("praised", 1, 3.4, "05"), "COOPERATE": ("worked with", 2, 6.0, "06"),
    "AID": ("sent aid to", 2, 7.0, "07"), "REQUEST": ("asked", 1, 3.0, "02"),
    "ACCUSE": ("accused", 3, -2.0, "11"), "REJECT": ("rejected", 3, -4.0, "12"),
    "THREATEN": ("threatened", 3, -6.0, "13"), "PROTEST": ("protested against", 3, -6.5, "14"),
    "SANCTION": ("sanctioned", 4, -4.0, "16"), "ASSAULT": ("shelled", 4, -10.0, "19"),
}


def _state(iso: str, name: str) -> Actor:
    return Actor(text=name, name=name, code=iso, country=iso, sector="GOV", kind="state", id=iso)


def _sentence(rng: random.Random, day: date, offset: int) -> tuple[str, Event, list[Entity]]:
    (a_iso, a_name, *_), (b_iso, b_name, place, lat, lon) = rng.sample(COUNTRIES, 2)
    kind = rng.choice(list(TYPES))
    verb, quad, score, cameo = TYPES[kind]
    text = f"{a_name} {verb} {b_name} in {place}."
    at_verb = offset + len(a_name) + 1
    at_place = offset + text.index(f" in {place}") + 4
    where = Place(place, place, b_iso, lat + rng.uniform(-1, 1), lon + rng.uniform(-1, 1),
                  "city", None, at_place, at_place + len(place))
    actor, recipient = _state(a_iso, a_name), _state(b_iso, b_name)
    event = Event(type=kind, actor=(actor,), recipient=(recipient,), sentence=text,
                  trigger=Trigger(verb.split()[0], at_verb, at_verb + len(verb.split()[0])),
                  cameo=cameo, quad_class=quad, score=score, date=day.isoformat(),
                  location=where, confidence=0.8)
    b_at = offset + text.index(b_name, len(a_name))
    entities = [Entity(a_name, "GPE", offset, offset + len(a_name), actor),
                Entity(b_name, "GPE", b_at, b_at + len(b_name), recipient)]
    return text, event, entities


def make_article(rng: random.Random, serial: int, events: int, start: date,
                 days: int) -> Article:
    """One synthetic article with `events` events, a quote and, now and then, a stated tie."""
    day = start + timedelta(days=rng.randrange(days))
    parts, found, entities = [], [], []
    offset = 0
    for _ in range(events):
        text, event, ents = _sentence(rng, day, offset)
        parts.append(text)
        found.append(event)
        entities += ents
        offset += len(text) + 1
    speaker = found[0].actor[0]
    said = f'"We will not accept this," a spokesperson for {speaker.name} said.'
    quote = Quote("We will not accept this,", "direct", offset + 1, offset + 25, speaker, "said")
    text = " ".join(parts) + " " + said
    relations = ()
    if rng.random() < 0.1:
        a, b = found[0].actor[0], found[0].recipient[0]
        relations = (Relation(a, b, rng.choice([1, -1]), "diplomatic", parts[0], "stated",
                              day.isoformat()),)
    ident = hashlib.sha1(f"synthetic-{serial}".encode()).hexdigest()[:16]
    return Article(id=ident, text=text, title=f"Synthetic story {serial}", source="synthetic",
                   published=day.isoformat(), content_hash=ident, entities=tuple(entities),
                   actors=tuple({e.actor for e in entities}), events=tuple(found),
                   quotes=(quote,), relations=relations, places=tuple(e.location for e in found),
                   origin=f"synthetic:{serial}")


def make_articles(n_events: int, seed: int = 7, per_article: int = 5,
                  start: date = date(2020, 1, 1), days: int = 1800) -> Iterator[Article]:
    """Articles holding `n_events` events in all, dated over `days` days from `start`."""
    rng = random.Random(seed)
    serial = 0
    while n_events > 0:
        k = min(per_article, n_events)
        yield make_article(rng, serial, k, start, days)
        n_events -= k
        serial += 1


def bulk_load(store, articles: Iterator[Article], chunk: int = 2000) -> int:
    """Store articles fast: one Arrow table per store table per chunk, not a row at a time.

    `Store.add` inserts row by row, which is right for coding (a few articles a batch) but takes
    minutes for 100,000 generated events. Rows come from the store's own `article_rows`, so the
    columns are exactly those `Store.add` writes.
    """
    import pyarrow as pa

    from faultlines.store.rows import article_rows

    stored = 0
    batch: dict[str, list[list]] = {}
    for n, article in enumerate(articles, 1):
        for table, rows in article_rows(article).items():
            batch.setdefault(table, []).extend(rows)
        if n % chunk == 0:
            stored += _flush(store, batch, pa)
    return stored + _flush(store, batch, pa)


def _flush(store, batch: dict[str, list[list]], pa) -> int:
    for table, rows in batch.items():
        if not rows:
            continue
        names = store.con.table(table).columns
        columns = {name: [row[i] for row in rows] for i, name in enumerate(names)}
        store.con.from_arrow(pa.table(columns)).insert_into(table)
    n = len(batch.get("articles", []))
    batch.clear()
    return n
