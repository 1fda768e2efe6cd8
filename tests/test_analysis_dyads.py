"""Dyads: one-a-day deduplication across outlets, modal events left out, counts per window."""

from __future__ import annotations

from datetime import date

from faultlines.analysis.dyads import dedup, dyad_table, window_start
from faultlines.analysis.memory import from_articles
from faultlines.analysis.synthetic import article, event, state
from faultlines.store.rows import article_key


def test_dyads_dedup_counts_one_event_reported_by_three_outlets_once():
    arts = [article(f"a{i}", "2023-09-19", (event("AZE", "ARM", "ASSAULT", "2023-09-19",
                                                  f"Report {i}."),), source=f"outlet{i % 2}")
            for i in range(3)]
    (day,) = from_articles(arts)[0]
    assert (day.a, day.b, day.type, day.n_events) == ("AZE", "ARM", "ASSAULT", 3)
    assert day.articles == {article_key(a) for a in arts}  # the store's keys, never caller ids
    assert day.sources == {"outlet0", "outlet1"}


def test_dyads_dedup_keeps_different_days_types_and_directions_apart():
    arts = [article("a1", "2023-09-20", (
        event("AZE", "ARM", "ASSAULT", "2023-09-19"), event("AZE", "ARM", "ASSAULT", "2023-09-20"),
        event("AZE", "ARM", "THREATEN", "2023-09-19"),
        event("ARM", "AZE", "ASSAULT", "2023-09-19")))]
    assert len(from_articles(arts)[0]) == 4


def test_dyads_negated_events_excluded_hypothetical_ones_kept_as_intent_not_counted():
    arts = [article("a1", "2023-09-19", (
        event("AZE", "ARM", "ASSAULT", "2023-09-19", negated=True),
        event("AZE", "ARM", "THREATEN", "2023-09-19", hypothetical=True),
        event("AZE", "ARM", "ACCUSE", "2023-09-19")))]
    days = from_articles(arts)[0]
    assert [(d.type, d.intent) for d in days] == [("ACCUSE", False), ("THREATEN", True)]
    (row,) = dyad_table(days, "day")
    assert row["by_type"] == {"ACCUSE": 1}  # an intent is no act: the counts leave it out


def test_dyads_persons_count_for_their_country_igos_for_themselves_no_self_loops():
    putin = state("RUS").__class__(text="Putin", name="Vladimir Putin", country="RUS",
                                   sector="GOV", kind="person")
    csto = state("CSTO", kind="igo")
    arts = [article("a1", "2023-09-19", (event(putin, "ARM", "CONSULT", "2023-09-19"),
                                         event("ARM", csto, "THREATEN", "2023-09-19"),
                                         event(putin, "RUS", "CONSULT", "2023-09-19")))]
    assert {(d.a, d.b) for d in from_articles(arts)[0]} == {("RUS", "ARM"), ("ARM", "CSTO")}
    sector = {(d.a, d.b) for d in from_articles(arts, level="sector")[0]}
    assert ("RUS:GOV", "ARM") in sector


def test_dyads_event_without_date_takes_the_publication_day():
    arts = [article("a1", "2023-09-19", (event("AZE", "ARM", "ASSAULT", None),))]
    assert from_articles(arts)[0][0].day == date(2023, 9, 19)


def test_dyads_window_starts_monday_and_first_of_month():
    assert window_start(date(2023, 9, 21), "week") == date(2023, 9, 18)
    assert window_start(date(2023, 9, 21), "month") == date(2023, 9, 1)


def test_dyads_table_counts_by_type_quad_and_reach_per_window():
    arts = [article("a1", "2023-09-20", (event("AZE", "ARM", "ASSAULT", "2023-09-19"),
                                         event("AZE", "ARM", "THREATEN", "2023-09-20")),
                    source="s1"),
            article("a2", "2023-09-21", (event("AZE", "ARM", "ASSAULT", "2023-09-19"),),
                    source="s2")]
    (row,) = dyad_table(from_articles(arts)[0], "week")
    assert row["window"] == "2023-09-18"
    assert (row["events"], row["reports"], row["articles"], row["sources"]) == (2, 3, 2, 2)
    assert row["by_type"] == {"ASSAULT": 1, "THREATEN": 1}
    assert row["by_quad"] == {"3": 1, "4": 1}
    assert row["score_sum"] == -14.4 and row["conflict"] == 2


def test_dyads_dedup_merges_two_actors_of_one_event_resolving_to_one_node():
    from faultlines.analysis.dyads import EventDyad

    one = EventDyad("e1", "RUS", "ARM", date(2023, 9, 19), "CONSULT", 1, 1.0, "a1", None, "s")
    assert dedup([one, one])[0].n_events == 1


def test_dyads_non_state_sectors_are_not_their_state_armed_groups_are_themselves():
    from faultlines.identity import node_of

    assert node_of({"country": "SYR", "sector": "MIL", "kind": "state"}) == "SYR"
    assert node_of({"country": "SYR", "sector": "CVL", "kind": "state"}) == "SYR:CVL"
    assert node_of({"country": "SYR", "sector": "REB", "kind": "person"}) == "SYR:REB"
    assert node_of({"country": "SYR", "code": "SDF", "sector": "REB",
                    "kind": "armed_group"}) == "SDF"
    assert node_of({"country": "RUS", "kind": "person"}) == "RUS"
    assert node_of({"country": "SYR", "sector": "CVL", "kind": "state"}, "sector") == "SYR:CVL"
    assert node_of({"code": "SDF", "sector": "REB", "kind": "armed_group"}, "sector") == "SDF:REB"
