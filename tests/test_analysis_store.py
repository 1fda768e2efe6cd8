"""The store path gives the in-memory path's answers, and new batches update it incrementally."""

from __future__ import annotations

import pytest

from faultlines.analysis.api import Network
from faultlines.model import Actor
from faultlines.analysis.synthetic import article, corpus, event, relation, state
from faultlines.store import analysis as sql
from faultlines.store.rows import article_key


def _seedlike():
    pashinyan = state("ARM").__class__(text="Pashinyan", name="Nikol Pashinyan", country="ARM",
                                       sector="GOV", kind="person")
    return [
        article("a1", "2023-09-19", (
            event("AZE", "ARM", "ASSAULT", "2023-09-19", "Azerbaijan attacked Armenia."),
            event(pashinyan, state("CSTO", kind="igo"), "THREATEN", "2023-03",
                  "Pashinyan threatened to leave the CSTO."),
            event("USA", "AZE", "ACCUSE", "2022"),
            event("AZE", "ARM", "ASSAULT", "2023-09-19", negated=True),
            event("ARM", Actor(text="a man", name="a man", kind="person"), "ACCUSE", "2023-09-19"),
            event("ARM", "ARM", "ACCUSE", "2023-09-19"),
            event(state("SDF", kind="armed_group", country="SYR"),
                  Actor(text="civilians", name="Syria", code="SYR", country="SYR",
                        sector="CVL", kind="state"), "ASSAULT", "2023-09-18"),
            event(Actor(text="Syrian army", name="Syria", code="SYR", country="SYR",
                        sector="MIL", kind="state"),
                  state("SDF", kind="armed_group", country="SYR"), "ASSAULT", "2023-09-18"),
            *_issue16_events()),
            (relation("ARM", "RUS", "ally", 1), relation("USA", "ARM", "diplomatic", 1),
             relation("USA", "AZE", "trade", 1), relation("RUS", "AZE", "diplomatic", 1)),
            source="newsweek"),
        article("a2", "2023-09-20", (
            event("AZE", "ARM", "ASSAULT", "2023-09-19", "Baku shelled Stepanakert."),
            event("RUS", "UKR", "ASSAULT", "2022-02-24", "Since Russia invaded Ukraine...",
                  background=True)),
            (relation("RUS", "ARM", "ally", 1, "Russia, Armenia's ally, ..."),
             relation("USA", "ARM", "diplomatic", 1, "The US has ties with Armenia."),
             relation("USA", "AZE", "trade", 1, "The US trades with Azerbaijan."),
             relation("RUS", "AZE", "diplomatic", 1, "Moscow has ties with Baku.")),
            source="guardian"),
    ]


def _issue16_events():
    """The rules of issue 16 that the SQL and the Python must apply alike."""
    threat = "Russia demanded that Armenia stay, threatening to cut its gas."
    return (
        event("RUS", "UKR", "ASSAULT", "2022-02-24", "Russia invaded Ukraine in 2022.",
              background=True),
        event("AZE", "ARM", "ASSAULT", None, "The earlier war...", background=True),
        event("AZE", "ARM", "ASSAULT", "2030", "Aliyev rules until 2030."),
        event("USA", "ARM", "CONSULT", "2023-10", "Blinken will visit Yerevan in October.",
              mode="visit", hypothetical=True),
        event("RUS", "ARM", "REQUEST", "2023-09-19", threat),
        event("RUS", "ARM", "THREATEN", "2023-09-19", threat),
        event("USA", "AZE", "REQUEST", "2023-09-19", "The US urged Azerbaijan to stop."))


def _same(left: Network, right: Network) -> None:
    assert sorted(left.days, key=repr) == sorted(right.days, key=repr)
    assert sorted(left.stated, key=repr) == sorted(right.stated, key=repr)
    assert left.ties(explain=True) == right.ties(explain=True)
    assert [d.to_dict() for d in left.dilemmas()] == [d.to_dict() for d in right.dilemmas()]


def test_analysis_store_gives_the_same_network_as_memory(store):
    articles = _seedlike()
    store.add(articles)
    from_store = Network.from_store(store)
    _same(from_store, Network.from_articles(articles))
    assert {(d.party.code, d.sides[0].code, d.sides[1].code) for d in from_store.dilemmas()} \
        == {("USA", "ARM", "AZE"), ("RUS", "ARM", "AZE")}


def test_analysis_store_sector_level_matches_memory(store):
    articles = _seedlike()
    store.add(articles)
    assert sorted(Network.from_store(store, level="sector").days, key=repr) == sorted(
        Network.from_articles(articles, level="sector").days, key=repr)


def test_analysis_store_incremental_update_equals_full_recomputation(store, tmp_path):
    a1, a2 = _seedlike()  # both report the assault of 2023-09-19: one key, merged across batches
    articles = [a1] + corpus(150, n_countries=6, seed=3) + [a2]
    first, second = articles[:12], articles[12:]
    store.add(first)
    assert sql.refresh(store) == len(first)
    before = store.scalar("SELECT count(*) FROM dyad_days")
    store.add(second)
    assert sql.refresh(store) == len(second)  # only the new batch is read
    assert sql.refresh(store) == 0
    assert store.scalar("SELECT count(*) FROM dyad_days") > before
    from faultlines.store import Store

    with Store(tmp_path / "full.duckdb") as full:
        full.add(articles)
        _same(Network.from_store(store), Network.from_store(full))
    _same(Network.from_store(store), Network.from_articles(articles))
    (merged,) = [d for d in Network.from_store(store).days if d.type == "ASSAULT" and d.a == "AZE"
                 and d.b == "ARM"]
    assert (merged.n_events, merged.articles, merged.sources) == (
        2, {article_key(a1), article_key(a2)}, {"newsweek", "guardian"})
    days = Network.from_store(store).days
    (recalled,) = [d for d in days if (d.a, d.b) == ("RUS", "UKR")]  # merged across batches
    assert (recalled.background, recalled.articles) == (True, {article_key(a1), article_key(a2)})
    (demand,) = [d for d in days if (d.a, d.b, d.type) == ("RUS", "ARM", "REQUEST")]
    assert demand.weight < 0  # backed by the threat in its sentence
    (plan,) = [d for d in days if d.intent]
    assert (plan.a, plan.b, str(plan.day)) == ("USA", "ARM", "2023-09-19")
    assert not [d for d in days if d.day.year == 2030]


def test_analysis_store_deleted_article_rebuilds_the_tables(store):
    articles = _seedlike()
    store.add(articles)
    sql.refresh(store)
    store.delete([article_key(articles[1])])
    rebuilt = Network.from_store(store)
    assert [d.n_events for d in rebuilt.days if (d.a, d.b, d.type) == ("AZE", "ARM", "ASSAULT")] \
        == [1]


def test_analysis_store_read_only_store_answers_live(tmp_path):
    from faultlines.store import Store

    path = tmp_path / "ro.duckdb"
    with Store(path) as rw:
        rw.add(_seedlike())  # never refreshed: the analysis tables are empty
    with Store(path, read_only=True) as ro:
        assert not sql.current(ro)
        _same(Network.from_store(ro), Network.from_articles(_seedlike()))


def test_analysis_store_tables_built_by_older_rules_are_rebuilt(store):
    store.add(_seedlike())
    sql.refresh(store)
    store.con.execute("UPDATE analysis_rules SET version = 'old'")
    store.con.execute("DELETE FROM dyad_days")  # as if an older rule had built other rows
    assert not sql.current(store)
    assert sql.refresh(store) == 2
    _same(Network.from_store(store), Network.from_articles(_seedlike()))
