"""The store: migrations, one row per story whatever the reruns, whole articles or none."""

from __future__ import annotations

import pytest

from faultlines.model import Actor, Article, Event, Trigger
from faultlines.store import Store, read, schema

ARM = Actor(text="Armenia", name="Armenia", code="ARM", country="ARM", sector="GOV", kind="state")
RUS = Actor(text="Moscow", name="Russia", code="RUS", country="RUS", sector="GOV", kind="state")


def _article(text: str = "Armenia asked Moscow to intervene.", id: str = "a1") -> Article:
    from faultlines.ingest.draft import content_hash

    event = Event(type="REQUEST", actor=(ARM,), recipient=(RUS,), sentence=text,
                  trigger=Trigger("asked", 8, 13), cameo="0871", quad_class=1, score=-2.0,
                  date="2023-09-19")
    return Article(id=id, text=text, published="2023-09-19", content_hash=content_hash(text),
                   events=(event,))


def test_store_new_store_has_every_migration(store):
    assert store.schema_version() == schema.MIGRATIONS[-1][0]
    assert set(store.counts()) >= {"articles", "events", "event_actors", "quotes", "places"}


def test_store_round_trips_an_article(store):
    store.add([_article()])
    back = read.articles.record(store, "a1")
    assert back.events[0].recipient[0].name == "Russia"
    assert back.to_dict() == _article().to_dict()


def test_store_same_text_twice_is_stored_once(store):
    assert store.add([_article()]) == (1, 0)
    assert store.add([_article(id="other-id")]) == (0, 1)
    assert store.counts()["articles"] == 1


def test_store_batch_is_all_or_nothing(store):
    with pytest.raises(RuntimeError):
        with store.batch():
            store.add([_article()])
            raise RuntimeError("crash mid-batch")
    assert store.counts() == {t: 0 for t in store.counts()}


def test_store_events_filter_by_actor_and_type(store):
    store.add([_article()])

    def events(**given):
        return read.events.listing(store, read.EventFilter(loose_actor=True, **given))

    assert len(events(actor="RUS")) == 1
    assert len(events(actor="russia", type="request")) == 1
    assert events(type="ASSAULT") == []


def test_store_read_article_by_unique_prefix_only(store):
    store.add([_article(), _article(id="a2", text="Russia urged Armenia to talk.")])
    assert read.articles.record(store, "a1").id == "a1"
    assert read.articles.record(store, "a") is None  # two ids start so: no guess


def test_store_migrations_apply_once_to_an_existing_file(tmp_path):
    path = tmp_path / "s.duckdb"
    with Store(path) as first:
        first.add([_article()])
    with Store(path) as again:
        assert schema.migrate(again.con) == []
        assert again.counts()["articles"] == 1


def test_store_delete_removes_what_was_coded_from_an_article(store):
    store.add([_article()])
    store.delete(["a1"])
    assert all(n == 0 for n in store.counts().values())
