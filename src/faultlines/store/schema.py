"""The store's schema as ordered, named, forward-only migrations.

Each migration runs once, in its own transaction, and is recorded in `schema_migrations`, so an
old store is brought up to date when it is opened and a new one is built by the same steps.
Add a migration at the end; never edit one that has shipped.
"""

from __future__ import annotations

from collections.abc import Callable

import duckdb

V1_TABLES = """
CREATE TABLE articles (
    id VARCHAR PRIMARY KEY,
    content_hash VARCHAR NOT NULL UNIQUE,
    title VARCHAR, url VARCHAR, source VARCHAR, published DATE, author VARCHAR,
    origin VARCHAR,
    text VARCHAR NOT NULL,
    document JSON NOT NULL,          -- the whole ARTICLE record of OUTPUT.md
    n_events INTEGER, n_quotes INTEGER,
    coded_at TIMESTAMP DEFAULT current_timestamp
);
CREATE TABLE actors (                -- every resolved mention, with the actor it names
    article_id VARCHAR NOT NULL, idx INTEGER NOT NULL,
    text VARCHAR, name VARCHAR, code VARCHAR, country VARCHAR, sector VARCHAR, kind VARCHAR,
    role VARCHAR, actor_id VARCHAR, label VARCHAR, start_char INTEGER, end_char INTEGER,
    PRIMARY KEY (article_id, idx)
);
CREATE TABLE events (
    id VARCHAR PRIMARY KEY,          -- article id ":" position in the article
    article_id VARCHAR NOT NULL, idx INTEGER NOT NULL,
    type VARCHAR NOT NULL, mode VARCHAR, context VARCHAR[],
    cameo VARCHAR, quad_class INTEGER, score DOUBLE,
    date VARCHAR, day DATE, date_text VARCHAR,
    place_name VARCHAR, place_country VARCHAR, lat DOUBLE, lon DOUBLE,
    negated BOOLEAN, hypothetical BOOLEAN, reported_by JSON, reported_by_name VARCHAR,
    sentence VARCHAR, trigger_text VARCHAR, trigger_start INTEGER, trigger_end INTEGER,
    confidence DOUBLE,
    record JSON NOT NULL             -- the EVENT record of OUTPUT.md
);
CREATE TABLE event_actors (
    event_id VARCHAR NOT NULL, role VARCHAR NOT NULL, pos INTEGER NOT NULL,
    text VARCHAR, name VARCHAR, code VARCHAR, country VARCHAR, sector VARCHAR, kind VARCHAR,
    actor_id VARCHAR,
    PRIMARY KEY (event_id, role, pos)
);
CREATE TABLE quotes (
    article_id VARCHAR NOT NULL, idx INTEGER NOT NULL,
    text VARCHAR, kind VARCHAR, cue VARCHAR, start_char INTEGER, end_char INTEGER,
    speaker JSON, speaker_name VARCHAR, speaker_country VARCHAR, speaker_sector VARCHAR,
    PRIMARY KEY (article_id, idx)
);
CREATE TABLE relations (
    article_id VARCHAR NOT NULL, idx INTEGER NOT NULL,
    a JSON, b JSON, a_key VARCHAR, b_key VARCHAR, a_country VARCHAR, b_country VARCHAR,
    polarity INTEGER, type VARCHAR, evidence VARCHAR, basis VARCHAR, date VARCHAR,
    PRIMARY KEY (article_id, idx)
);
CREATE TABLE places (
    article_id VARCHAR NOT NULL, idx INTEGER NOT NULL,
    text VARCHAR, name VARCHAR, country VARCHAR, lat DOUBLE, lon DOUBLE, feature VARCHAR,
    geonameid BIGINT, start_char INTEGER, end_char INTEGER,
    PRIMARY KEY (article_id, idx)
);
CREATE INDEX events_article ON events(article_id);
CREATE INDEX events_day ON events(day);
CREATE INDEX event_actors_country ON event_actors(country);
"""


def _v1_tables(con: duckdb.DuckDBPyConnection) -> None:
    con.execute(V1_TABLES)


ANALYSIS_DYADS = """
CREATE TABLE analysis_articles (     -- which coded articles the two tables below hold
    article_id VARCHAR PRIMARY KEY, coded_at TIMESTAMP
);
CREATE TABLE event_dyads (           -- one row per (event, actor node, recipient node, sectors)
    article_id VARCHAR NOT NULL, event_id VARCHAR NOT NULL, a VARCHAR NOT NULL,
    b VARCHAR NOT NULL, a_sector VARCHAR, b_sector VARCHAR, day DATE NOT NULL,
    type VARCHAR NOT NULL, quad_class INTEGER, score DOUBLE, sentence VARCHAR, source VARCHAR
);
CREATE INDEX event_dyads_article ON event_dyads(article_id);
CREATE TABLE dyad_days (             -- the one-a-day aggregate at country level
    a VARCHAR NOT NULL, b VARCHAR NOT NULL, day DATE NOT NULL, type VARCHAR NOT NULL,
    quad_class INTEGER, score_sum DOUBLE, n_events INTEGER, articles VARCHAR[],
    sources VARCHAR[], sentence VARCHAR,
    PRIMARY KEY (a, b, day, type)
);
"""


def _analysis_dyads(con: duckdb.DuckDBPyConnection) -> None:
    """Dyad tables that new batches add to (store/analysis.py keeps them up to date)."""
    con.execute(ANALYSIS_DYADS)


def _analysis_rules(con: duckdb.DuckDBPyConnection) -> None:
    """The version of the rules the dyad tables were built by; a new version rebuilds them."""
    con.execute("CREATE TABLE analysis_rules (version VARCHAR NOT NULL)")


ANALYSIS_WEIGHTS = """
DROP TABLE event_dyads;
DROP TABLE dyad_days;
DELETE FROM analysis_articles;
DELETE FROM analysis_rules;
CREATE TABLE event_dyads (           -- one row per (event, actor node, recipient node, sectors)
    article_id VARCHAR NOT NULL, event_id VARCHAR NOT NULL, a VARCHAR NOT NULL,
    b VARCHAR NOT NULL, a_sector VARCHAR, b_sector VARCHAR, day DATE NOT NULL,
    type VARCHAR NOT NULL, quad_class INTEGER, score DOUBLE, sentence VARCHAR, source VARCHAR,
    weight DOUBLE NOT NULL, intent BOOLEAN NOT NULL, background BOOLEAN NOT NULL
);
CREATE INDEX event_dyads_article ON event_dyads(article_id);
CREATE TABLE dyad_days (             -- the one-a-day aggregate at country level
    a VARCHAR NOT NULL, b VARCHAR NOT NULL, day DATE NOT NULL, type VARCHAR NOT NULL,
    intent BOOLEAN NOT NULL, quad_class INTEGER, score_sum DOUBLE, weight_sum DOUBLE,
    n_events INTEGER, background BOOLEAN, articles VARCHAR[], sources VARCHAR[],
    sentence VARCHAR, sentence_article VARCHAR,
    PRIMARY KEY (a, b, day, type, intent)
);
"""


def _analysis_weights(con: duckdb.DuckDBPyConnection) -> None:
    """Dyads carry what an event says about a tie (event_ties.yaml), whether it is intent or a
    background re-mention, and the article of their sentence; the tables rebuild on next use."""
    con.execute(ANALYSIS_WEIGHTS)


# An article's key from its content hash (rows.py: KEY_LENGTH hex digits), the whole hash for
# the stories that share those digits; the rows that refer to an article follow its key.
STORE_KEYS = """
ALTER TABLE articles ADD COLUMN caller_id VARCHAR;
UPDATE articles SET caller_id = id;
CREATE TEMP TABLE _keys AS
    SELECT id AS old, content_hash, substr(content_hash, 1, 16) AS new FROM articles;
UPDATE _keys SET new = content_hash
    WHERE new IN (SELECT new FROM _keys GROUP BY new HAVING count(*) > 1);
DELETE FROM _keys WHERE old = new;
CREATE TEMP TABLE _event_keys AS
    SELECT e.id AS old, k.new || ':' || e.idx AS new
    FROM events e JOIN _keys k ON e.article_id = k.old;
UPDATE articles SET id = k.new FROM _keys k WHERE articles.id = k.old;
UPDATE event_actors SET event_id = x.new FROM _event_keys x WHERE event_actors.event_id = x.old;
UPDATE events SET id = k.new || ':' || events.idx, article_id = k.new
    FROM _keys k WHERE events.article_id = k.old;
UPDATE actors SET article_id = k.new FROM _keys k WHERE actors.article_id = k.old;
UPDATE quotes SET article_id = k.new FROM _keys k WHERE quotes.article_id = k.old;
UPDATE relations SET article_id = k.new FROM _keys k WHERE relations.article_id = k.old;
UPDATE places SET article_id = k.new FROM _keys k WHERE places.article_id = k.old;
DELETE FROM event_dyads;
DELETE FROM dyad_days;
DELETE FROM analysis_articles;
DROP TABLE _keys;
DROP TABLE _event_keys;
"""


def _store_keys(con: duckdb.DuckDBPyConnection) -> None:
    """Articles keyed by their content, never by the caller's id (issue 18): two corpora that
    both number their stories "s0", "s1", ... crashed the store on a duplicate key. The id a
    caller gave is kept in `caller_id` (and in the stored record); the analysis tables, which
    name articles by key, are emptied and rebuilt by the next analysis."""
    con.execute(STORE_KEYS)


WATCH = """
CREATE TABLE watch_sources (         -- one feed, sitemap or folder: validators, health
    source VARCHAR PRIMARY KEY, kind VARCHAR, etag VARCHAR, last_modified VARCHAR,
    last_checked DOUBLE, last_success DOUBLE, last_new DOUBLE, errors INTEGER NOT NULL,
    last_error VARCHAR, next_attempt DOUBLE NOT NULL
);
CREATE TABLE watch_pages (           -- one listed page (or file): the story it is a copy of
    url VARCHAR PRIMARY KEY, source VARCHAR NOT NULL, story VARCHAR, content_hash VARCHAR,
    etag VARCHAR, last_modified VARCHAR, listed VARCHAR, checked_at DOUBLE,
    errors INTEGER NOT NULL, last_error VARCHAR, next_attempt DOUBLE NOT NULL
);
CREATE TABLE watch_stories (         -- story = articles.id of the first copy coded
    story VARCHAR PRIMARY KEY, content_hash VARCHAR NOT NULL, signature UBIGINT[] NOT NULL,
    first_seen DOUBLE NOT NULL
);
CREATE TABLE watch_hashes (content_hash VARCHAR PRIMARY KEY, story VARCHAR NOT NULL);
CREATE TABLE watch_bands (band VARCHAR NOT NULL, story VARCHAR NOT NULL,
                          PRIMARY KEY (band, story));
CREATE TABLE watch_outlets (         -- NumSources = count(DISTINCT outlet) per story
    story VARCHAR NOT NULL, url VARCHAR NOT NULL, outlet VARCHAR NOT NULL,
    first_seen DOUBLE NOT NULL, PRIMARY KEY (story, url)
);
CREATE TABLE watch_cycles (          -- one row per finished cycle, with the analysis it saw
    cycle INTEGER PRIMARY KEY, started DOUBLE NOT NULL, finished DOUBLE NOT NULL,
    new INTEGER, copies INTEGER, changed INTEGER, failures INTEGER,
    snapshot JSON                    -- kept on the latest cycle only
);
CREATE TABLE watch_alerts (          -- what changed in the analysis after a cycle
    cycle INTEGER NOT NULL, idx INTEGER NOT NULL, raised_at DOUBLE NOT NULL, kind VARCHAR NOT NULL,
    key VARCHAR NOT NULL, summary VARCHAR NOT NULL, record JSON NOT NULL,
    PRIMARY KEY (cycle, idx)
);
CREATE INDEX watch_alerts_at ON watch_alerts(raised_at);
"""


def _watch(con: duckdb.DuckDBPyConnection) -> None:
    """What `faultlines watch` remembers between cycles (faultlines.watch.state documents the
    first six tables), the cycles it ran and the alerts they raised; independent of the
    articles' key scheme: a story is whatever articles.id its first copy was stored under."""
    con.execute(WATCH)


def _title_events(con: duckdb.DuckDBPyConnection) -> None:
    """Events coded from the article's title (headlines.py) say so: their trigger offsets are
    into the title, not the text. Events stored before are the text's."""
    con.execute("ALTER TABLE events ADD COLUMN title BOOLEAN DEFAULT false")


MIGRATIONS: list[tuple[str, Callable[[duckdb.DuckDBPyConnection], None]]] = [
    ("0001_tables", _v1_tables),
    ("0002_analysis_dyads", _analysis_dyads),
    ("0003_analysis_rules", _analysis_rules),
    ("0004_analysis_weights", _analysis_weights),
    ("0005_store_keys", _store_keys),
    ("0006_watch", _watch),
    ("0007_title_events", _title_events),
]


def migrate(con: duckdb.DuckDBPyConnection) -> list[str]:
    """Apply every migration the store lacks; RETURNS the names applied now."""
    con.execute("CREATE TABLE IF NOT EXISTS schema_migrations ("
                "name VARCHAR PRIMARY KEY, applied_at TIMESTAMP DEFAULT current_timestamp)")
    done = {row[0] for row in con.execute("SELECT name FROM schema_migrations").fetchall()}
    applied = []
    for name, step in MIGRATIONS:
        if name in done:
            continue
        con.execute("BEGIN TRANSACTION")
        try:
            step(con)
            con.execute("INSERT INTO schema_migrations (name) VALUES (?)", [name])
            con.execute("COMMIT")
        except BaseException:
            try:
                con.execute("ROLLBACK")
            except duckdb.Error:
                pass  # the transaction had already ended; keep the real error
            raise
        applied.append(name)
    return applied


def version(con: duckdb.DuckDBPyConnection) -> str | None:
    row = con.execute("SELECT max(name) FROM schema_migrations").fetchone()
    return row[0] if row else None
