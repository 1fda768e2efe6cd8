"""Where the web app reads the store (web/source.py): a cursor per request over a private copy
that follows the store once its writer is done, and never holds the store itself."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import pytest
from fastapi.testclient import TestClient

from faultlines.store import Store
from faultlines.web import create_app
from faultlines.web.source import StoreSource, Unavailable
from tests.test_web_api import _script_story, _shelling


@pytest.fixture
def store_file(tmp_path):
    path = tmp_path / "s.duckdb"
    with Store(path) as store:
        store.add([_shelling()])
    return path


def _articles(source: StoreSource) -> int:
    with source.reading() as store:
        return store.scalar("SELECT count(*) FROM articles")


def test_web_source_reads_in_parallel_threads(store_file):
    source = StoreSource(store_file, poll=0)
    try:
        with ThreadPoolExecutor(8) as pool:
            assert list(pool.map(lambda _: _articles(source), range(64))) == [1] * 64
    finally:
        source.close()


def test_web_source_leaves_the_store_free_for_a_writer(store_file):
    source = StoreSource(store_file, poll=0)
    try:
        with Store(store_file) as writer:  # would fail if the source held the file
            writer.add([_script_story()])
        assert _articles(source) == 1  # the copy, until it is taken again
        assert source.refresh() and source.generation == 2
        assert _articles(source) == 2
        assert not source.refresh()  # unchanged since: no new copy
    finally:
        source.close()


def test_web_source_keeps_its_copy_while_a_writer_holds_the_store(store_file):
    source = StoreSource(store_file, poll=0)
    try:
        with Store(store_file) as writer:
            writer.add([_script_story()])
            assert not source.refresh()
            assert _articles(source) == 1
        assert source.refresh() and _articles(source) == 2
    finally:
        source.close()


def test_web_source_finishes_a_request_on_the_copy_it_began_with(store_file):
    source = StoreSource(store_file, poll=0)
    try:
        with source.reading() as before:
            with Store(store_file) as writer:
                writer.add([_script_story()])
            assert source.refresh()
            assert before.scalar("SELECT count(*) FROM articles") == 1
        assert _articles(source) == 2
    finally:
        source.close()


def test_web_source_pages_say_when_a_writer_has_held_the_store_since_the_start(store_file):
    with Store(store_file) as writer:
        app = create_app(store_file, warm=False, poll=0)
        with TestClient(app) as client:
            page = client.get("/")
            assert page.status_code == 503 and "faultlines code" in page.text
            assert client.get("/api/events").status_code == 503
        writer.add([_script_story()])
    assert app.state.source.refresh()
    with TestClient(app) as client:
        assert client.get("/api/events").json()["total"] == 3
    app.state.source.close()


def test_web_source_deletes_its_copies_when_closed(store_file):
    source = StoreSource(store_file, poll=0)
    folder = source._dir
    assert any(folder.iterdir())
    source.close()
    assert not folder.exists()
    with pytest.raises(Unavailable):
        with source.reading():
            pass
