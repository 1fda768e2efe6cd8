"""The fault-lines page and /api/dilemmas: each dilemma's three ties with their support and
strongest evidence, linked to their articles (issue 16). A small team-written store."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from faultlines.analysis.synthetic import article, event, relation
from faultlines.store import Store
from faultlines.store.rows import article_key
from faultlines.web import create_app


def _stories() -> list:
    return [
        article("baku-strikes", "2023-09-19", (
            event("AZE", "ARM", "ASSAULT", "2023-09-19", "Azerbaijan shelled Armenian posts."),),
            (relation("USA", "ARM", "diplomatic", 1, "The US has close ties with Armenia."),
             relation("USA", "AZE", "trade", 1, "The US trades with Azerbaijan.")),
            source="wire"),
        article("yerevan-appeals", "2023-09-20", (
            event("AZE", "ARM", "ASSAULT", "2023-09-20", "Drones struck Armenian villages."),
            event("ARM", "USA", "REQUEST", "2023-09-20", "Armenia implored Washington to act.")),
            (relation("USA", "ARM", "partnership", 1, "Washington is Yerevan's partner."),
             relation("USA", "AZE", "diplomatic", 1, "Baku keeps ties with Washington.")),
            source="daily"),
    ]


@pytest.fixture(scope="module")
def client(tmp_path_factory) -> TestClient:
    path = tmp_path_factory.mktemp("faultlines") / "web.duckdb"
    with Store(path) as store:
        store.add(_stories())
    with TestClient(create_app(path, warm=False)) as c:
        yield c


def test_web_faultlines_api_gives_each_leg_its_support_and_evidence(client):
    (dilemma,) = client.get("/api/dilemmas").json()["items"]
    assert dilemma["party"]["code"] == "USA"
    usa_arm, usa_aze, arm_aze = dilemma["legs"]
    assert (usa_arm["a"], usa_arm["b"], usa_arm["tie"]) == ("USA", "ARM", "friendly")
    assert usa_arm["support"] == {"articles": 2, "outlets": ["daily", "wire"], "events": 0,
                                  "stated": 2}
    best = arm_aze["evidence"][0]
    assert (best["article"], best["date"], best["sentence"]) == (
        "yerevan-appeals", "2023-09-20", "Drones struck Armenian villages.")
    assert best["weight"] == -1.0
    assert client.get("/api/dilemmas?min_articles=3").json()["items"] == []


def test_web_faultlines_page_links_each_piece_of_evidence_to_its_article(client):
    page = client.get("/faultlines").text
    assert "evidence for each tie" in page
    key = article_key(_stories()[1])  # links by the store's key, the caller's id shown
    assert f'href="/articles/{key}">yerevan-appeals</a>' in page
    assert "Drones struck Armenian villages." in page
    assert "2 articles (daily, wire)" in page
