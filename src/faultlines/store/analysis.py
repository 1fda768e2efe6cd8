"""The analysis's SQL: event dyads and one-a-day dyad aggregates, kept up to date incrementally.

Two tables (migration 0002_analysis_dyads) hold what the network needs, so that new batches
add to them instead of the whole corpus being joined again on every question:

- `event_dyads`: one row per (event, actor node, recipient node, sectors) of every event that
  counts (negated events left out), with the day it counts at, its type, score, sentence and
  its `weight` on the tie by the rules of faultlines.event_ties (a request backed by a threat
  in its sentence already weighed as one), `intent` (hypothetical) and `background`.
- `dyad_days`: the one-a-day aggregate at country level, keyed by (a, b, day, type, intent):
  event count, score and weight sums, the articles and sources it came from, one sentence and
  its article, background only if every report is. New rows merge into old ones (counts add
  up, lists concatenate), which is exact because an article is processed once and articles
  are disjoint.
- `analysis_articles`: which (article, coded_at) are in the two tables. `refresh` adds the
  articles missing from it; when an article was deleted or recoded since (its coded_at
  changed), or the tables were built by other rules (`analysis_rules` against RULES, which
  holds a digest of event_ties.yaml), they are rebuilt from scratch, which is rare and always
  correct.

The day an event counts at is memory.py's `counted_day`, in SQL: a hypothetical event is intent
dated at its publication, an act dated after its publication counts nowhere, a background
re-mention without a date of its own counts nowhere.

A store opened read-only cannot refresh; it is then read through the same SELECTs run live.
The node rule is faultlines.identity's (`node_sql`, written from the constants of `node_of`);
tests/test_identity.py holds the SQL and the Python to the same answer on real stores.
"""

from __future__ import annotations

import hashlib
from datetime import date
from typing import Any

from faultlines import event_ties
from faultlines.identity import EVENT_ACTORS, node_sql, sector_node_sql, standing_sql

_X, _Y = node_sql(EVENT_ACTORS.of("x")), node_sql(EVENT_ACTORS.of("y"))


def _strings(values) -> str:
    return ", ".join(f"'{v}'" for v in sorted(values))


def _weights_sql(rules: event_ties.EventTies) -> str:
    """The rules' (type, mode, weight) table as a VALUES relation ("-": the type's own)."""
    rows = ", ".join(f"('{t}', '{m}', {w!r}::DOUBLE)" for t, m, w in rules.rows())
    return f"(VALUES {rows}) AS {{alias}}(type, mode, weight)"


def _event_dyads_sql(rules: event_ties.EventTies) -> str:
    weights = _weights_sql(rules)
    backed = (f"type IN ({_strings(rules.backed_types)}) AND EXISTS (SELECT 1 FROM base t "
              "WHERE t.article_id = base.article_id AND t.sentence = base.sentence "
              f"AND t.a = base.a AND t.b = base.b AND t.type IN ({_strings(rules.threat_types)}))")
    return f"""
WITH base AS (SELECT * FROM (
SELECT DISTINCT e.article_id, e.id AS event_id, {_X} AS a,
       {_Y} AS b, nullif(x.sector, '') AS a_sector, nullif(y.sector, '') AS b_sector,
       CASE WHEN hyp THEN coalesce(ar.published, e.day) ELSE coalesce(e.day, ar.published)
       END AS day, e.type, e.quad_class, coalesce(e.score, 0.0) AS score,
       coalesce(w.weight, w0.weight, 0.0) AS weight, hyp AS intent, bg AS background,
       e.sentence, ar.source
FROM (SELECT *, coalesce(hypothetical, false) AS hyp,
             coalesce(TRY_CAST(record->>'background' AS BOOLEAN), false) AS bg FROM events) e
JOIN articles ar ON ar.id = e.article_id
JOIN event_actors x ON x.event_id = e.id AND x.role = 'actor'
JOIN event_actors y ON y.event_id = e.id AND y.role = 'recipient'
LEFT JOIN {weights.format(alias="w")} ON w.type = e.type AND w.mode = e.mode
LEFT JOIN {weights.format(alias="w0")} ON w0.type = e.type AND w0.mode = '-'
WHERE NOT coalesce(e.negated, false) AND {{scope}}
  AND (hyp OR NOT coalesce(e.day > ar.published, false))
  AND (hyp OR NOT bg OR e.day IS NOT NULL)
) WHERE a IS NOT NULL AND b IS NOT NULL AND a <> b AND day IS NOT NULL)
SELECT * REPLACE (CASE WHEN {backed} THEN {rules.backed_weight!r}::DOUBLE ELSE weight END
                  AS weight)
FROM base
"""


_PAIRED = ("a IS NOT NULL AND b IS NOT NULL AND a <> b")

# One-a-day aggregate over a relation of event dyads ({source}), at country or sector level.
DYAD_DAYS = """
SELECT * EXCLUDE (first), first.s AS sentence, first.a AS sentence_article FROM (
SELECT a, b, day, type, intent, max(quad_class) AS quad_class, sum(score) AS score_sum,
       sum(weight) AS weight_sum, count(*) AS n_events, bool_and(background) AS background,
       list(DISTINCT article_id ORDER BY article_id) AS articles,
       coalesce(list(DISTINCT source ORDER BY source) FILTER (WHERE source IS NOT NULL),
                []::VARCHAR[]) AS sources,
       min(struct_pack(s := coalesce(sentence, ''), a := article_id)) AS first
FROM (SELECT DISTINCT article_id, event_id, {a} AS a, {b} AS b, day, type, intent, quad_class,
             score, weight, background, sentence, source FROM ({source}) WHERE {paired})
GROUP BY a, b, day, type, intent)
"""

_EARLIER = ("struct_pack(s := excluded.sentence, a := excluded.sentence_article) < "
            "struct_pack(s := dyad_days.sentence, a := dyad_days.sentence_article)")
MERGE = f"""
INSERT INTO dyad_days BY NAME ({{select}})
ON CONFLICT (a, b, day, type, intent) DO UPDATE SET
    quad_class = greatest(dyad_days.quad_class, excluded.quad_class),
    score_sum = dyad_days.score_sum + excluded.score_sum,
    weight_sum = dyad_days.weight_sum + excluded.weight_sum,
    n_events = dyad_days.n_events + excluded.n_events,
    background = dyad_days.background AND excluded.background,
    articles = list_sort(list_concat(dyad_days.articles, excluded.articles)),
    sources = list_sort(list_distinct(list_concat(dyad_days.sources, excluded.sources))),
    sentence = CASE WHEN {_EARLIER} THEN excluded.sentence ELSE dyad_days.sentence END,
    sentence_article = CASE WHEN {_EARLIER} THEN excluded.sentence_article
                       ELSE dyad_days.sentence_article END
"""

_NEW = "e.article_id IN (SELECT id FROM analysis_new)"


def rules_version() -> str:
    """The version of the rules the tables are built by: bump the number when the SELECTs
    change; the digests of the node rule's SQL and of event_ties.yaml follow those by
    themselves, so a store coded under an older node rule is rebuilt on its next refresh."""
    nodes = hashlib.sha256(node_sql().encode()).hexdigest()[:12]
    return f"3:{nodes}:{event_ties.load().digest}"


def refresh(store) -> int:
    """Bring the analysis tables up to date with the stored articles; RETURNS articles added."""
    if store.read_only:
        return 0
    con = store.con
    with store.batch():
        rules = rules_version()
        if _stale(store) or store.scalar("SELECT max(version) FROM analysis_rules") != rules:
            for table in ("event_dyads", "dyad_days", "analysis_articles", "analysis_rules"):
                con.execute(f"DELETE FROM {table}")
            con.execute("INSERT INTO analysis_rules VALUES (?)", [rules])
        con.execute("CREATE OR REPLACE TEMP TABLE analysis_new AS SELECT id, coded_at "
                    "FROM articles ar WHERE NOT EXISTS (SELECT 1 FROM analysis_articles aa "
                    "WHERE aa.article_id = ar.id AND aa.coded_at = ar.coded_at)")
        added = store.scalar("SELECT count(*) FROM analysis_new")
        if added:
            con.execute("INSERT INTO event_dyads BY NAME "
                        + _event_dyads_sql(event_ties.load()).format(scope=_NEW))
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
    if store.scalar("SELECT max(version) FROM analysis_rules") != rules_version():
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
        sql = _days_sql(_event_dyads_sql(event_ties.load()).format(scope="true"), level)
    elif level == "country":
        sql = "SELECT * FROM dyad_days"
    else:
        sql = _days_sql("SELECT * FROM event_dyads", level)
    where, params = _window("day", since, until)
    # the table's whole key: without `intent` an act and an intent of one dyad, day and type
    # came back in either order, and so did what is built from them
    return store.query(f"SELECT * FROM ({sql}) {where} ORDER BY a, b, day, type, intent",
                       params)


def stated_relations(store, since: str | None = None,
                     until: str | None = None) -> list[dict[str, Any]]:
    """Stated relations with their article's publication day (nodes are made in Python)."""
    where, params = _window("ar.published", since, until)
    where = f"{where} AND" if where else "WHERE"
    return store.query(
        "SELECT r.article_id, r.a, r.b, r.type, r.polarity, r.evidence, r.date, "
        f"ar.published, ar.source FROM relations r JOIN articles ar ON ar.id = r.article_id {where} "
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


def article_meta(store, since: str | None = None,
                 until: str | None = None) -> list[dict[str, Any]]:
    """key, id (the caller's), title, published and source of the articles in the window
    (evidence is shown with its article; the latest publication is the default "as of" day)."""
    where, params = _window("published", since, until)
    return store.query("SELECT id AS key, coalesce(caller_id, id) AS id, title, published, "
                       f"source FROM articles {where}", params)
