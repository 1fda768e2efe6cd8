"""Alerts out of the process: JSON lines, and a webhook that may be down."""

from __future__ import annotations

import io
import json

import pytest

from faultlines.watch import WatchOptions
from faultlines.watch.deliver import DeliveryError, append_lines, post, write_lines
from tests.watch.conftest import Hook

ALERTS = [{"kind": "first_event", "key": "pair:ARM|AZE", "summary": "first event…",
           "evidence": [{"article": "k1", "sentence": "Azerbaijan attacked Armenian posts."}]}]


def test_watch_deliver_writes_one_json_object_a_line_and_appends_to_a_file(tmp_path):
    out = io.StringIO()
    write_lines(ALERTS * 2, out)
    assert [json.loads(line) for line in out.getvalue().splitlines()] == ALERTS * 2
    path = tmp_path / "alerts.jsonl"
    append_lines(ALERTS, path)
    append_lines(ALERTS, path)
    assert len(path.read_text().splitlines()) == 2


def test_watch_deliver_posts_the_alerts_as_one_json_document():
    hook = Hook()
    try:
        post(ALERTS, hook.url, WatchOptions())
    finally:
        hook.close()
    assert hook.bodies == [{"alerts": ALERTS}]


def test_watch_deliver_a_webhook_that_is_down_is_one_line_naming_where_the_alerts_are():
    hook = Hook()
    url = hook.url
    hook.close()  # nothing listens there any more
    with pytest.raises(DeliveryError) as failed:
        post(ALERTS, url, WatchOptions(timeout=0.5), attempts=2)
    message = str(failed.value)
    assert message.startswith(f"webhook {url}: 1 alert(s) not delivered (")
    assert message.endswith("they are in the store and on the web overview")
