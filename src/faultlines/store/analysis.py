"""The analysis's SQL: event dyads and one-a-day dyad aggregates, kept up to date incrementally.

Two tables (migration 0002_analysis_dyads) hold what the network needs, so that new batches
add to them instead of the whole corpus being joined again on every question:

- `event_dyads`: one row per (event, actor node, recipient node, sectors) of every event that
  happened (negated and hypothetical events left out), with its day, type, score and sentence.
- `dyad_days`: the one-a-day aggregate at country level, keyed by (a, b, day, type): event
  count, score sum, the articles and sources it came from, one sentence. New rows merge into
  old ones (counts add up, lists concatenate), which is exact because an article is processed
  once and articles are disjoint.
- `analysis_articles`: which (article, coded_at) are in the two tables. `refresh` adds the
  articles missing from it; when an article was deleted or recoded since (its coded_at
  changed), or the tables were built by other rules (`analysis_rules` against RULES), they are
  rebuilt from scratch, which is rare and always correct.

A store opened read-only cannot refresh; it is then read through the same SELECTs run live.
The node rule is faultlines.identity's (`node_sql`, written from the constants of `node_of`);
tests/test_identity.py holds the SQL and the Python to the same answer on real stores.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from faultlines.identity import EVENT_ACTORS, node_sql, sector_node_sql, standing_sql

_X, _Y = node_sql(EVENT_ACTORS.of("x")), node_sql(EVENT_ACTORS.of("y"))

EVENT_DYADS = f"""
SELECT * FROM (
SELECT DISTINCT e.article_id, e.id AS event_id, {_X} AS a,
       {_Y} AS b, nullif(x.sector, '') AS a_sector,
       nullif(y.sector, '') AS b_sector, coalesce(e.day, ar.published) AS day, e.type,
       e.quad_class, coalesce(e.score, 0.0) AS score, e.sentence, ar.source
FROM events e
JOIN articles ar ON ar.id = e.article_id
JOIN event_actors x ON x.event_id = e.id AND x.role = 'actor'
JOIN event_actors y ON y.event_id = e.id AND y.role = 'recipient'
WHERE NOT coalesce(e.negated, false) AND NOT coalesce(e.hypothetical, false)
  AND coalesce(e.day, ar.published) IS NOT NULL AND {{scope}}
) WHERE a IS NOT NULL AND b IS NOT NULL AND a <> b
"""

_PAIRED = ("a IS NOT NULL AND b IS NOT NULL AND a <> b")

# One-a-day aggregate over a relation of event dyads ({source}), at country or sector level.
DYAD_DAYS = """
SELECT a, b, day, type, max(quad_class) AS quad_class, sum(score) AS score_sum,
       count(*) AS n_events, list(DISTINCT article_id ORDER BY article_id) AS articles,
       coalesce(list(DISTINCT source ORDER BY source) FILTER (WHERE source IS NOT NULL),
                []::VARCHAR[]) AS sources,
       min(sentence) AS sentence
FROM (SELECT DISTINCT article_id, event_id, {a} AS a, {b} AS b, day, type, quad_class, score,
             sentence, source FROM ({source}) WHERE {paired})
GROUP BY a, b, day, type
"""

MERGE = """
INSERT INTO dyad_days BY NAME ({select})
ON CONFLICT (a, b, day, type) DO UPDATE SET
    quad_class = greatest(dyad_days.quad_class, excluded.quad_class),
    score_sum = dyad_days.score_sum + excluded.score_sum,
    n_events = dyad_days.n_events + excluded.n_events,
    articles = list_sort(list_concat(dyad_days.articles, excluded.articles)),
    sources = list_sort(list_distinct(list_concat(dyad_days.sources, excluded.sources))),
    sentence = least(dyad_days.sentence, excluded.sentence)
"""

_NEW = "e.article_id IN (SELECT id FROM analysis_new)"


# Bump when the node rule or the SELECTs below change: stores built by older rules rebuild.
RULES = "2"


def refresh(store) -> int:
    """Bring the analysis tables up to date with the stored articles; RETURNS articles added."""
    if store.read_only:
        return 0
    con = store.con
    with store.batch():
        if _stale(store) or store.scalar("SELECT max(version) FROM analysis_rules") != RULES:
            for table in ("event_dyads", "dyad_days", "analysis_articles", "analysis_rules"):
                con.execute(f"DELETE FROM {table}")
            con.execute("INSERT INTO analysis_rules VALUES (?)", [RULES])
        con.execute("CREATE OR REPLACE TEMP TABLE analysis_new AS SELECT id, coded_at "
                    "FROM articles ar WHERE NOT EXISTS (SELECT 1 FROM analysis_articles aa "
                    "WHERE aa.article_id = ar.id AND aa.coded_at = ar.coded_at)")
        added = store.scalar("SELECT count(*) FROM analysis_new")
        if added:
            con.execute("INSERT INTO event_dyads BY NAME "
                        + EVENT_DYADS.format(scope=_NEW))
            fresh = ("SELECT * FROM event_dyads WHERE article_id IN "
                     "(SELECT id FROM analysis_new)")
            con.execute(MERGE.format(select=_days_sql(fresh, "country")))
            con.execute("INSERT INTO analysis_articles SELECT id, coded_at FROM analysis_new")
        con.execute("DROP TABLE analysis_new")
    return added


def current(store) -> bool:
    """Do the analysis tables exist and hold exactly the stored articles?"""
    if not store.scalar("SELECT count(*) FROM duckdb_tables() "
                        "WHERE table_name = 'analysis_rules'"):
        return False
    if store.scalar("SELECT max(version) FROM analysis_rules") != RULES:
        return False
    return not _stale(store) and not store.scalar(
        "SELECT count(*) FROM articles ar WHERE NOT EXISTS (SELECT 1 FROM analysis_articles aa "
        "WHERE aa.article_id = ar.id AND aa.coded_at = ar.coded_at)")


def _stale(store) -> bool:
    """Was an analysed article deleted or recoded since?"""
    return bool(store.scalar(
        "SELECT count(*) FROM analysis_articles aa WHERE NOT EXISTS (SELECT 1 FROM articles ar "
        "WHERE ar.id = aa.article_id AND ar.coded_at = aa.coded_at)"))


def _days_sql(source: str, level: str) -> str:
    if level == "sector":
        a, b = sector_node_sql("a", "a_sector"), sector_node_sql("b", "b_sector")
    else:
        a, b = "a", "b"
    return DYAD_DAYS.format(source=source, a=a, b=b, paired=_PAIRED)


def dyad_days(store, level: str = "country", since: str | None = None,
              until: str | None = None) -> list[dict[str, Any]]:
    """One-a-day dyad aggregates as rows (refreshing the tables first where the store allows)."""
    refresh(store)
    if not current(store):  # a read-only store behind its articles: run the same SELECTs live
        sql = _days_sql(EVENT_DYADS.format(scope="true"), level)
    elif level == "country":
        sql = "SELECT * FROM dyad_days"
    else:
        sql = _days_sql("SELECT * FROM event_dyads", level)
    where, params = _window("day", since, until)
    return store.query(f"SELECT * FROM ({sql}) {where} ORDER BY a, b, day, type", params)


def stated_relations(store, since: str | None = None,
                     until: str | None = None) -> list[dict[str, Any]]:
    """Stated relations with their article's publication day (nodes are made in Python)."""
    where, params = _window("ar.published", since, until)
    where = f"{where} AND" if where else "WHERE"
    return store.query(
        "SELECT r.article_id, r.a, r.b, r.type, r.polarity, r.evidence, r.date, "
        f"ar.published FROM relations r JOIN articles ar ON ar.id = r.article_id {where} "
        "r.basis = 'stated' ORDER BY r.article_id, r.idx", params)


def standing_actors(store) -> list[dict[str, Any]]:
    """One ACTOR-like row per code of a state, IGO or armed group seen in events."""
    return store.query(
        "SELECT code, any_value(name) AS name, any_value(country) AS country, "
        "any_value(kind) AS kind, any_value(actor_id) AS id FROM event_actors "
        f"WHERE {standing_sql()} GROUP BY code")


def _window(column: str, since: str | None, until: str | None) -> tuple[str, list]:
    clauses, params = [], []
    if since:
        clauses.append(f"{column} >= CAST(? AS DATE)")
        params.append(since)
    if until:
        clauses.append(f"{column} <= CAST(? AS DATE)")
        params.append(until)
    return (f"WHERE {' AND '.join(clauses)}" if clauses else ""), params


def stored_ids(store, ids: list[str]) -> set[str]:
    """Which of these article ids (records' ids, as callers gave them) the store holds
    (records read back carry no content hash)."""
    rows = store.query("SELECT caller_id FROM articles WHERE caller_id IN (SELECT unnest(?))",
                       [list(ids)])
    return {r["caller_id"] for r in rows}


def latest_day(store) -> date | None:
    return store.scalar("SELECT max(coalesce(e.day, ar.published)) FROM events e "
                        "JOIN articles ar ON ar.id = e.article_id")
