"""The SQL behind the web app's pages and API: listings, profiles, time series, map points.

Only store/ writes SQL; the web routes call these functions and shape what comes back. The
event and article filters here (`EventFilter`, `event_where`, `article_where`) are also the
ones `Store.events` and `Store.articles` use, so the command line and the web filter alike. Two
identities are used, both as SQL expressions over `event_actors` (and the same columns elsewhere):

- NODE, the country-level identity the analysis uses (store/analysis.py): an IGO or armed group
  with a code is itself, anyone else counts for their state; an actor with neither (a "worker",
  an unplaced militia) is in no dyad. Dyads, networks and partners are between nodes.
- KEY, the identity of one actor page: a state is its ISO code, anyone else is their knowledge-base
  id, else code, else name. A state's page also gathers every actor of that state (NODE = KEY),
  so "Armenia" shows what its ministers, forces and agencies did.

Negated and hypothetical events are left out of dyads, series and networks ("did not attack" is
not an attack) but kept in event listings, flagged, since a reader wants to see them.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from typing import Any

NODE = ("CASE WHEN kind IN ('igo', 'armed_group') AND nullif(code, '') IS NOT NULL THEN code "
        "ELSE nullif(country, '') END")
KEY = ("CASE WHEN kind = 'state' THEN coalesce(country, code, name) "
       "ELSE coalesce(actor_id, code, name) END")
# Which of an actor's names to show: a state's own name ("Armenia") over its parts
# ("Armenia officials"), then the shortest, then the most used.
PREFERRED = ("1000000000 * max((kind = 'state')::INT) - 1000000 * length(name) + count(*)")
FACTUAL = "NOT coalesce(negated, false) AND NOT coalesce(hypothetical, false)"
PERIODS = {"day": "day", "week": "week", "month": "month", "year": "year"}


@dataclass(frozen=True)
class EventFilter:
    """Which events a listing, map or chart shows; every field narrows, None leaves it open.

    actor (str): an actor KEY, node, code or exact name, on either side.
    loose_actor (bool): also match the actor's country or any part of its name (the command
        line's `--actor Zakharova`); off for pages, where "US" must not match "Russia".
    bbox (tuple): (min_lon, min_lat, max_lon, max_lat) of the event's location; a box whose
        min_lon exceeds its max_lon crosses the antimeridian.
    near (tuple): (lat, lon): only events within `within_km` of it (great-circle distance).
    pair (tuple): two nodes; events between them, either way.
    """

    actor: str | None = None
    type: str | None = None
    quad_class: int | None = None
    since: date | None = None
    until: date | None = None
    bbox: tuple[float, float, float, float] | None = None
    article: str | None = None
    pair: tuple[str, str] | None = None
    factual: bool = False
    loose_actor: bool = False
    near: tuple[float, float] | None = None
    within_km: float = 50.0


def _actor_clause(actor: str, loose: bool = False) -> tuple[str, list[Any]]:
    sql = (f"{KEY} = ? OR {NODE} = ? OR upper(code) = upper(?) OR lower(name) = lower(?)")
    params: list[Any] = [actor] * 4
    if loose:
        sql += " OR upper(country) = upper(?) OR name ILIKE ?"
        params += [actor, f"%{actor}%"]
    return f"e.id IN (SELECT event_id FROM event_actors WHERE {sql})", params


_HAVERSINE_KM = ("2 * 6371.0 * asin(sqrt(pow(sin(radians(e.lat - ?) / 2), 2) + "
                 "cos(radians(?)) * cos(radians(e.lat)) * pow(sin(radians(e.lon - ?) / 2), 2)))")


def _pair_clause(a: str, b: str) -> tuple[str, list[Any]]:
    return f"e.id IN ({TWO_PAIRS} SELECT event_id FROM pairs)", [a, b]


def event_where(f: EventFilter) -> tuple[str, list[Any]]:
    clauses: list[str] = []
    params: list[Any] = []

    def add(sql: str, *values: Any) -> None:
        clauses.append(sql)
        params.extend(values)

    if f.actor:
        sql, values = _actor_clause(f.actor, f.loose_actor)
        add(sql, *values)
    if f.pair:
        sql, values = _pair_clause(*f.pair)
        add(sql, *values)
    if f.type:
        add("e.type = upper(?)", f.type)
    if f.quad_class:
        add("e.quad_class = ?", f.quad_class)
    if f.since:
        add("e.day >= ?", f.since)
    if f.until:
        add("e.day <= ?", f.until)
    if f.bbox:
        across = "OR" if f.bbox[0] > f.bbox[2] else "AND"
        add(f"(e.lon >= ? {across} e.lon <= ?) AND e.lat BETWEEN ? AND ?",
            f.bbox[0], f.bbox[2], f.bbox[1], f.bbox[3])
    if f.near:
        add(f"{_HAVERSINE_KM} <= ?", f.near[0], f.near[0], f.near[1], f.within_km)
    if f.article:
        add("e.article_id = ?", f.article)
    if f.factual:
        clauses.append(FACTUAL.replace("negated", "e.negated").replace("hypothetical",
                                                                       "e.hypothetical"))
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def events(store, f: EventFilter, limit: int = 50, offset: int = 0) -> list[dict[str, Any]]:
    """EVENT records (OUTPUT.md) with `id`, `article_id` and `article_title`, newest first."""
    where, params = event_where(f)
    rows = store.query(
        "WITH page AS (SELECT e.id, e.article_id, e.day, e.record FROM events e"
        f"{where} ORDER BY e.day DESC NULLS LAST, e.id LIMIT ? OFFSET ?) "
        "SELECT page.id, page.article_id, a.title AS article_title, page.record FROM page "
        "LEFT JOIN articles a ON a.id = page.article_id ORDER BY page.day DESC NULLS LAST, page.id",
        params + [limit, offset])
    return [{"id": r["id"], "article_id": r["article_id"], "article_title": r["article_title"],
             **json.loads(r["record"])} for r in rows]


def event_count(store, f: EventFilter) -> int:
    where, params = event_where(f)
    return store.scalar(f"SELECT count(*) FROM events e {where}", params)


def article_where(search: str | None, since: date | None, until: date | None,
                   source: str | None, actor: str | None) -> tuple[str, list[Any]]:
    clauses, params = [], []
    if search:
        clauses.append("(a.title ILIKE ? OR a.text ILIKE ?)")
        params += [f"%{search}%"] * 2
    if since:
        clauses.append("a.published >= ?")
        params.append(since)
    if until:
        clauses.append("a.published <= ?")
        params.append(until)
    if source:
        clauses.append("a.source = ?")
        params.append(source)
    if actor:
        clauses.append(f"a.id IN (SELECT article_id FROM actors WHERE {KEY} = ? OR {NODE} = ?)")
        params += [actor, actor]
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def articles(store, search: str | None = None, since: date | None = None,
             until: date | None = None, source: str | None = None, actor: str | None = None,
             limit: int = 50, offset: int = 0) -> list[dict[str, Any]]:
    """Article rows (no text), newest first, with how many events and quotes each holds."""
    where, params = article_where(search, since, until, source, actor)
    return store.query(
        "SELECT a.id, a.published, a.source, a.title, a.url, a.n_events, a.n_quotes FROM articles a"
        f"{where} ORDER BY a.published DESC NULLS LAST, a.id LIMIT ? OFFSET ?",
        params + [limit, offset])


def article_count(store, search: str | None = None, since: date | None = None,
                  until: date | None = None, source: str | None = None,
                  actor: str | None = None) -> int:
    where, params = article_where(search, since, until, source, actor)
    return store.scalar(f"SELECT count(*) FROM articles a{where}", params)


def article_document(store, article_id: str) -> dict[str, Any] | None:
    """The stored ARTICLE record of one article, by exact id."""
    raw = store.scalar("SELECT document FROM articles WHERE id = ?", [article_id])
    return json.loads(raw) if raw else None


_PAIRS = f"""
WITH sides AS (SELECT event_id, role, {NODE} AS node FROM event_actors {{where}}),
pairs AS (
  SELECT DISTINCT s.event_id, s.node AS src, t.node AS dst
  FROM sides s JOIN sides t ON s.event_id = t.event_id
  WHERE s.role = 'actor' AND t.role = 'recipient' AND s.node <> t.node)
"""
ALL_PAIRS = _PAIRS.format(where="")
# Only the two nodes' rows of event_actors: a dyad page never joins the whole table.
TWO_PAIRS = _PAIRS.format(where=f"WHERE {NODE} IN (?, ?)")


def _window(since: date | None, until: date | None) -> tuple[str, list[Any]]:
    clauses, params = [FACTUAL], []
    if since:
        clauses.append("day >= ?")
        params.append(since)
    if until:
        clauses.append("day <= ?")
        params.append(until)
    return " AND ".join(clauses), params


def dyads(store, since: date | None = None, until: date | None = None,
          actor: str | None = None, order: str = "events", limit: int = 50,
          offset: int = 0) -> list[dict[str, Any]]:
    """Undirected country-level dyads with their conflict and cooperation counts and scores.

    order: "events" (most active), "hostile" (most negative score sum) or "friendly".
    """
    window, params = _window(since, until)
    having = ""
    if actor:
        having = "HAVING a = ? OR b = ?"
        params = params + [actor, actor]
    sort = {"events": "events DESC", "hostile": "score_sum ASC",
            "friendly": "score_sum DESC"}[order]
    return store.query(
        ALL_PAIRS + "SELECT least(src, dst) AS a, greatest(src, dst) AS b, count(*) AS events, "
        "count(*) FILTER (WHERE quad_class >= 3) AS conflict, "
        "count(*) FILTER (WHERE quad_class <= 2) AS cooperation, "
        "round(sum(score), 2) AS score_sum, round(avg(score), 2) AS score_mean, "
        "min(day) AS first, max(day) AS last "
        f"FROM pairs JOIN events ON events.id = pairs.event_id WHERE {window} "
        f"GROUP BY a, b {having} ORDER BY {sort}, a, b LIMIT ? OFFSET ?",
        params + [limit, offset])


def dyad_series(store, a: str, b: str, period: str = "month", since: date | None = None,
                until: date | None = None) -> list[dict[str, Any]]:
    """Per period: conflict and cooperation counts and score sums of a→b and b→a events."""
    window, params = _window(since, until)
    unit = PERIODS[period]
    return store.query(
        TWO_PAIRS + f"SELECT date_trunc('{unit}', day) AS period, src, dst, count(*) AS events, "
        "count(*) FILTER (WHERE quad_class >= 3) AS conflict, "
        "count(*) FILTER (WHERE quad_class <= 2) AS cooperation, "
        "round(sum(score), 2) AS score_sum "
        "FROM pairs JOIN events ON events.id = pairs.event_id "
        f"WHERE ((src = ? AND dst = ?) OR (src = ? AND dst = ?)) AND day IS NOT NULL AND {window}"
        " GROUP BY period, src, dst ORDER BY period, src",
        [a, b, a, b, b, a] + params)


def dyad_quads(store, a: str, b: str, period: str = "month", since: date | None = None,
               until: date | None = None) -> list[dict[str, Any]]:
    """Per period and quad class: events between a and b, either way (the dyad chart)."""
    window, params = _window(since, until)
    unit = PERIODS[period]
    return store.query(
        TWO_PAIRS + f"SELECT date_trunc('{unit}', day) AS period, quad_class, "
        "count(DISTINCT event_id) AS events FROM pairs JOIN events ON events.id = pairs.event_id "
        f"WHERE ((src = ? AND dst = ?) OR (src = ? AND dst = ?)) AND day IS NOT NULL AND {window}"
        " AND quad_class IS NOT NULL GROUP BY period, quad_class ORDER BY period",
        [a, b, a, b, b, a] + params)


def node_names(store, nodes: list[str]) -> dict[str, str]:
    """The display name of each node: the name its actors most often carry as a state."""
    if not nodes:
        return {}
    rows = store.query(
        "SELECT node, arg_max(name, n) AS name FROM ("
        f"  SELECT {NODE} AS node, name, {PREFERRED} AS n "
        f"  FROM event_actors WHERE {NODE} IN (SELECT unnest(?)) GROUP BY node, name)"
        " GROUP BY node",
        [list(set(nodes))])
    return {r["node"]: r["name"] for r in rows}


def actors(store, search: str | None = None, kind: str | None = None, limit: int = 50,
           offset: int = 0) -> list[dict[str, Any]]:
    """Actors by KEY with how often each acts and is acted on, most active first."""
    clauses, params = [], []
    if search:
        clauses.append("(name ILIKE ? OR code ILIKE ? OR country ILIKE ?)")
        params += [f"%{search}%"] * 3
    if kind:
        clauses.append("kind = ?")
        params.append(kind)
    where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
    return store.query(
        f"SELECT key, arg_max(name, n) AS name, arg_max(kind, n) AS kind, "
        "arg_max(country, n) AS country, arg_max(sector, n) AS sector, "
        "sum(as_actor) AS as_actor, sum(as_recipient) AS as_recipient, sum(events) AS events "
        f"FROM (SELECT {KEY} AS key, name, kind, country, sector, {PREFERRED} AS n, "
        "count(DISTINCT event_id) FILTER (WHERE role = 'actor') AS as_actor, "
        "count(DISTINCT event_id) FILTER (WHERE role = 'recipient') AS as_recipient, "
        "count(DISTINCT event_id) AS events "
        f"FROM event_actors{where} GROUP BY key, name, kind, country, sector) "
        "GROUP BY key ORDER BY events DESC, key LIMIT ? OFFSET ?",
        params + [limit, offset])


def actor_count(store, search: str | None = None, kind: str | None = None) -> int:
    clauses, params = [], []
    if search:
        clauses.append("(name ILIKE ? OR code ILIKE ? OR country ILIKE ?)")
        params += [f"%{search}%"] * 3
    if kind:
        clauses.append("kind = ?")
        params.append(kind)
    where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
    return store.scalar(f"SELECT count(DISTINCT {KEY}) FROM event_actors{where}", params)


def _members(key: str) -> tuple[str, list[Any]]:
    """Rows of event_actors (or actors) that belong to the actor page of `key`."""
    return f"({KEY} = ? OR {NODE} = ?)", [key, key]


def actor_profile(store, key: str) -> dict[str, Any] | None:
    """Who `key` is (as the store most often names it) and how much the store holds about it."""
    cond, params = _members(key)
    rows = store.query(
        f"SELECT arg_max(name, ({KEY} = ?)::INT * 1000000 - length(name)) AS name, "
        f"arg_max(kind, ({KEY} = ?)::INT) AS kind, arg_max(country, ({KEY} = ?)::INT) AS country, "
        f"arg_max(sector, ({KEY} = ?)::INT) AS sector, "
        "count(DISTINCT event_id) FILTER (WHERE role = 'actor') AS as_actor, "
        "count(DISTINCT event_id) FILTER (WHERE role = 'recipient') AS as_recipient, "
        f"count(DISTINCT {KEY}) AS members FROM event_actors WHERE {cond}",
        [key] * 4 + params)
    row = rows[0] if rows else None
    if not row or row["name"] is None:
        return None
    row["roles"] = [r["role"] for r in store.query(
        f"SELECT role, count(*) AS n FROM actors WHERE {KEY} = ? AND role IS NOT NULL "
        "GROUP BY role ORDER BY n DESC LIMIT 3", [key])]
    return row


def actor_series(store, key: str, period: str = "month") -> list[dict[str, Any]]:
    """Per period and quad class: events the actor did (role actor) and suffered (recipient)."""
    cond, params = _members(key)
    unit = PERIODS[period]
    return store.query(
        f"SELECT date_trunc('{unit}', e.day) AS period, x.role, e.quad_class, "
        "count(DISTINCT e.id) AS events FROM events e JOIN event_actors x ON x.event_id = e.id "
        f"WHERE {cond} AND e.day IS NOT NULL AND "
        f"{FACTUAL} GROUP BY ALL ORDER BY period", params)


def actor_partners(store, key: str, limit: int = 12) -> list[dict[str, Any]]:
    """The nodes the actor dealt with (either way), with cooperation and conflict counts."""
    cond, params = _members(key)
    return store.query(
        f"WITH mine AS (SELECT DISTINCT event_id, role FROM event_actors WHERE {cond}) "
        f"SELECT {NODE} AS node, count(DISTINCT x.event_id) AS events, "
        "count(DISTINCT x.event_id) FILTER (WHERE e.quad_class <= 2) AS cooperation, "
        "count(DISTINCT x.event_id) FILTER (WHERE e.quad_class >= 3) AS conflict, "
        "round(sum(e.score), 2) AS score_sum "
        "FROM mine JOIN event_actors x ON x.event_id = mine.event_id AND x.role <> mine.role "
        f"JOIN events e ON e.id = x.event_id WHERE {FACTUAL} AND {NODE} <> ? "
        "GROUP BY node ORDER BY events DESC, node LIMIT ?", params + [key, limit])


def actor_quotes(store, key: str, limit: int = 20) -> list[dict[str, Any]]:
    """What the actor said: quotes whose speaker is the actor (or, for a state, one of its own)."""
    speaker_key = ("CASE WHEN speaker->>'kind' = 'state' THEN coalesce(speaker_country, "
                   "speaker->>'code', speaker_name) ELSE coalesce(speaker->>'id', "
                   "speaker->>'code', speaker_name) END")
    return store.query(
        "SELECT q.article_id, a.title AS article_title, a.published, q.text, q.kind, q.cue, "
        "q.speaker_name, q.start_char, q.end_char FROM quotes q "
        "JOIN articles a ON a.id = q.article_id "
        f"WHERE {speaker_key} = ? OR q.speaker_country = ? "
        "ORDER BY a.published DESC NULLS LAST, q.article_id, q.idx LIMIT ?",
        [key, key, limit])


def stated_ties(store, actor: str | None = None, since: date | None = None,
                until: date | None = None, limit: int = 100,
                offset: int = 0) -> list[dict[str, Any]]:
    """RELATION records (OUTPUT.md) as stored, with the article they come from."""
    clauses, params = [], []
    if actor:
        clauses.append("(r.a_key = ? OR r.b_key = ? OR r.a_country = ? OR r.b_country = ?)")
        params += [actor] * 4
    if since:
        clauses.append("a.published >= ?")
        params.append(since)
    if until:
        clauses.append("a.published <= ?")
        params.append(until)
    where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
    rows = store.query(
        "SELECT r.article_id, a.title AS article_title, r.a, r.b, r.polarity, r.type, r.evidence,"
        " r.basis, r.date FROM relations r JOIN articles a ON a.id = r.article_id"
        f"{where} ORDER BY a.published DESC NULLS LAST, r.article_id, r.idx LIMIT ? OFFSET ?",
        params + [limit, offset])
    for row in rows:
        row["a"], row["b"] = json.loads(row["a"]), json.loads(row["b"])
    return rows


def map_points(store, f: EventFilter, limit: int = 5000) -> list[dict[str, Any]]:
    """Located events gathered per place (rounded to 0.1°) and quad class, busiest first."""
    where, params = event_where(f)
    joiner = " AND " if where else " WHERE "
    return store.query(
        "SELECT round(e.lat, 1) AS lat, round(e.lon, 1) AS lon, e.quad_class, "
        "any_value(e.place_name) AS place, count(*) AS events, min(e.day) AS first, "
        f"max(e.day) AS last, arg_max(e.id, e.day) AS latest FROM events e {where}{joiner}"
        "e.lat IS NOT NULL AND e.lon IS NOT NULL GROUP BY ALL ORDER BY events DESC LIMIT ?",
        params + [limit])


def overview_figures(store) -> dict[str, Any]:
    """The overview's headline numbers in one round trip."""
    row = store.query(
        "SELECT (SELECT count(*) FROM articles) AS articles, (SELECT count(*) FROM events) AS events,"
        " (SELECT count(*) FROM quotes) AS quotes, (SELECT count(*) FROM relations) AS relations,"
        " (SELECT count(*) FROM places) AS places, "
        f"(SELECT count(DISTINCT {KEY}) FROM event_actors) AS actors, "
        "(SELECT min(published) FROM articles) AS first, "
        "(SELECT max(published) FROM articles) AS last")[0]
    row["quad_classes"] = {r["quad_class"]: r["events"] for r in store.query(
        "SELECT quad_class, count(*) AS events FROM events GROUP BY quad_class")}
    return row


def event_types(store) -> list[dict[str, Any]]:
    return store.query("SELECT type, count(*) AS events, round(avg(score), 2) AS score_mean "
                       "FROM events GROUP BY type ORDER BY events DESC")
