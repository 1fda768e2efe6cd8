"""The server under load: 50 concurrent clients × 20 requests across every kind of page and
endpoint of a Guardian store, against a real `faultlines serve` process: no error at all.
bench/web.py --load runs the same and reports p50/p95."""

from __future__ import annotations

from collections import Counter

import pytest

from tests.served import hammer, page_urls, serving

# one worker codes the 249-article store for every test that reads it (make test runs two)
pytestmark = [pytest.mark.slow, pytest.mark.gold, pytest.mark.xdist_group("guardian")]


def test_web_load_50_clients_get_no_error(guardian_store):
    with serving(guardian_store) as base:
        hits = hammer(base, page_urls(base), clients=50, requests=20)
    assert len(hits) == 1000
    errors = Counter((h.status, h.url) for h in hits if h.status != 200)
    assert not errors, errors.most_common(10)
