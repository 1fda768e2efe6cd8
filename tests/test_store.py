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
    first, again = store.add([_article()]), store.add([_article(id="other-id")])
    assert (first.stored, first.skipped, again.stored, again.skipped) == (1, 0, 0, 1)
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
    store.delete([read.articles.candidates(store, "a1")[0]["key"]])
    assert all(n == 0 for n in store.counts().values())


def test_store_two_corpora_with_the_same_ids_are_both_stored_under_their_keys(store):
    """Callers' ids are theirs: "a1" in two corpora names two stories, and neither is lost
    (the id was the primary key, and the second batch died on a duplicate key; issue 18)."""
    store.add([_article()])
    other = _article(text="Russia urged Armenia to talk.")
    added = store.add([other])
    assert added.stored == 1 and [note for _, note in added.notes] == [
        "note: id 'a1' is also the id of 1 other stored article(s); both are kept, and "
        "`faultlines show a1` lists them by key"]
    found = read.articles.candidates(store, "a1")
    assert sorted(r["key"] for r in found) == sorted(
        [_article().content_hash[:16], other.content_hash[:16]])
    assert read.articles.record(store, "a1") is None  # two answer to it: no guess
    assert read.articles.record(store, found[1]["key"]).id == "a1"  # by key, the caller's id
    assert store.scalar("SELECT count(DISTINCT article_id) FROM events") == 2


def test_store_a_row_duckdb_cannot_take_fails_alone_and_the_batch_goes_in(store):
    bad_day = _article(text="Iran accused Israel.", id="bad")
    bad_day = Article(**{**bad_day.__dict__, "published": "2023-02-30"})
    lone_surrogate = _article(text="Turkey hosted talks \ud800.", id="odd")
    added = store.add([_article(), bad_day, lone_surrogate,
                       _article(text="Russia urged Armenia to talk.", id="a2")])
    assert added.stored == 2
    reasons = {a.id: reason for a, reason in added.rejected}
    assert reasons["bad"] == "not stored: the published date '2023-02-30' is not a calendar day"
    assert reasons["odd"].startswith("not stored: it holds what is not text")
    assert sorted(r["id"] for r in read.articles.listing(store)) == ["a1", "a2"]


def test_store_a_row_refused_by_duckdb_itself_fails_alone(store, monkeypatch):
    """What the checks do not foresee: the batch goes in article by article, and only the
    article DuckDB refuses fails."""
    import faultlines.store as module

    monkeypatch.setattr(module, "problem", lambda article: None)
    bad_day = Article(**{**_article(text="Iran accused Israel.", id="bad").__dict__,
                         "published": "2023-02-30"})
    added = store.add([_article(), bad_day])
    assert added.stored == 1
    assert [(a.id, r.split(" (")[0]) for a, r in added.rejected] == [
        ("bad", "not stored: the store refused a value of it")]
    assert store.counts()["articles"] == 1


def test_store_keys_never_collide_even_when_two_hashes_share_their_start(store):
    one = Article(**{**_article().__dict__, "content_hash": "f" * 16 + "0" * 24})
    two = Article(**{**_article(text="Russia urged Armenia to talk.", id="a2").__dict__,
                     "content_hash": "f" * 16 + "1" * 24})
    store.add([one])
    store.add([two])
    keys = sorted(r["key"] for r in read.articles.listing(store))
    assert keys == ["f" * 16, "f" * 16 + "1" * 24]


def test_store_migration_rekeys_an_old_store_by_content(tmp_path):
    """A store written before 0005 (articles keyed by the caller's id) is brought over:
    the key is the content's, the caller's id is kept, and every row follows its article."""
    import duckdb

    path = tmp_path / "old.duckdb"
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE schema_migrations (name VARCHAR PRIMARY KEY, "
                "applied_at TIMESTAMP DEFAULT current_timestamp)")
    for name, step in schema.MIGRATIONS[:3]:
        step(con)
        con.execute("INSERT INTO schema_migrations (name) VALUES (?)", [name])
    article = _article()
    rows = module_rows(article)
    for table, values in rows.items():
        for row in values:
            con.execute(f"INSERT INTO {table} VALUES ({', '.join('?' * len(row))})", row)
    con.close()
    with Store(path) as store:
        assert store.schema_version() == schema.MIGRATIONS[-1][0]  # every later one applied
        key = article.content_hash[:16]
        assert store.query("SELECT id, caller_id FROM articles") == [{"id": key, "caller_id": "a1"}]
        assert store.query("SELECT id, article_id FROM events") == [
            {"id": f"{key}:0", "article_id": key}]
        assert {r["event_id"] for r in store.query("SELECT event_id FROM event_actors")} == {
            f"{key}:0"}
        assert read.articles.record(store, "a1").id == "a1"


def module_rows(article):
    """The rows a store of schema 0003 held for an article: keyed by its id, no caller_id,
    no events.title."""
    from faultlines.store.rows import article_rows

    rows = article_rows(article, article.id)
    rows["articles"] = [row[:-1] for row in rows["articles"]]
    rows["events"] = [row[:-1] for row in rows["events"]]
    return rows


def test_store_an_article_is_found_by_its_id_its_key_or_their_start(store):
    """What `faultlines show ID` and `/articles/ID` take: the caller's id, the generated id of
    an article given none (the start of its hash, as its key), the key, a unique prefix."""
    given = _article()
    unnamed = _article(text="Russia urged Armenia to talk.", id="")
    unnamed = Article(**{**unnamed.__dict__, "id": unnamed.content_hash[:16]})
    store.add([given, unnamed])
    key = given.content_hash[:16]
    for asked in ("a1", key, key[:8], unnamed.content_hash[:16], unnamed.content_hash[:6]):
        assert read.articles.document(store, asked) is not None, asked
    assert read.articles.document(store, key)["id"] == "a1"
    assert read.articles.document(store, "zz") is None


def test_store_an_event_is_found_by_its_articles_id_or_key_and_its_position(store):
    store.add([_article()])
    key = _article().content_hash[:16]
    assert read.events.event_key(store, "a1:0") == read.events.event_key(store, f"{key}:0") \
        == f"{key}:0"
    assert read.events.event_key(store, "a1") is None
    assert read.events.event_key(store, "nobody:0") is None
