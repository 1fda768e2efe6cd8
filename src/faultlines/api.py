"""The Python API, for notebooks and scripts: the records of OUTPUT.md without the command line.

    import faultlines

    nlp = faultlines.load()                      # a spaCy Language with our stages
    doc = nlp("Azerbaijan attacked Armenian positions.")
    doc._.events                                 # EVENT dicts, as every stage writes them

    faultlines.code(["Russia urged Azerbaijan to stop."], published="2023-09-20")

    with faultlines.Store("news.duckdb") as store:          # read-only
        store.events(actor="RUS", type="ASSAULT", since="2022-02-01")
        store.dilemmas(frame=True)                          # a pandas DataFrame

`Store` reads through store/read/ and the analysis, exactly as the command line and the web app
do, so its filters are the command line's (`faultlines events --actor RUS` is
`store.events(actor="RUS")`) and its records are those `--json` prints.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

from spacy.language import Language

from faultlines import errors
from faultlines.options import CodingOptions
from faultlines.store import DEFAULT_DB
from faultlines.store import Store as _Store
from faultlines.store import read

Text = str | Mapping[str, Any]


def load(options: CodingOptions = CodingOptions()) -> Language:
    """A new spaCy pipeline with the faultlines stages; `nlp(text)` codes one text, and the
    results are on the Doc (`doc._.events`, `doc._.quotes`, `doc._.relations`, ...)."""
    from faultlines import pipeline

    return pipeline.build(options)


@cache
def _shared() -> Language:
    """The pipeline `code` uses when given none: built once, on first use."""
    return load()


def code(texts: Iterable[Text] | Text, published: str | None = None,
         nlp: Language | None = None) -> list[dict[str, Any]]:
    """Code texts into ARTICLE records (OUTPUT.md), in order.

    texts: story texts (a headline line first is taken as the title, as for a .txt file), or
        records with the columns of a .jsonl table (`text` or `html`, and optionally `id`,
        `title`, `url`, `source`, `published`); one text or record alone is coded as a list
        of one.
    published (str | None): YYYY-MM-DD for texts that carry no date ("on Tuesday" resolves
        against it).
    nlp (Language | None): a pipeline from `load()`; by default one built on first use.
    RAISES (InputError): for a record with no text, or a text on which a stage failed, naming
        it (never half an article returned as if whole).
    """
    from faultlines import pipeline

    drafts = [_draft(item, n) for n, item in enumerate(_items(texts), 1)]
    coded = pipeline.code_drafts(nlp or _shared(), drafts, CodingOptions(published=published))
    return [_whole(article, problems).to_dict() for article, problems in coded]


def _whole(article, problems: list[str]):
    if problems:
        raise errors.InputError(f"{article.origin}: {'; '.join(problems)}")
    return article


def _items(texts: Iterable[Text] | Text) -> list[Text]:
    return [texts] if isinstance(texts, (str, Mapping)) else list(texts)


def _draft(item: Text, n: int):
    from faultlines.ingest.draft import Failure
    from faultlines.ingest.table import row_to_draft
    from faultlines.ingest.text import from_text

    if isinstance(item, str):
        return from_text(item, f"<text {n}>")
    draft = row_to_draft(dict(item), f"<record {n}>")
    if isinstance(draft, Failure):
        raise errors.InputError(str(draft))
    return draft


def _frame(rows: list[dict[str, Any]], frame: bool) -> Any:
    """The rows as they are, or as a pandas DataFrame (the optional `frame` extra)."""
    if not frame:
        return rows
    try:
        import pandas
    except ImportError as err:
        raise errors.FaultlinesError(errors.MISSING_EXTRA.format(
            what="frame=True", package="pandas", extra="frame")) from err
    return pandas.DataFrame.from_records(rows)


class Store(_Store):
    """A faultlines store for reading: every method returns a list of records (dicts), or a
    pandas DataFrame with `frame=True`; `limit=None` returns every row.

    path (str | Path): the DuckDB file `faultlines code --db` wrote.
    read_only (bool): True (the default) reads alongside other readers and never writes.
    """

    def __init__(self, path: str | Path = DEFAULT_DB, read_only: bool = True) -> None:
        if read_only and str(path) != ":memory:" and not Path(path).exists():
            raise errors.FaultlinesError(errors.NO_STORE.format(db=path))
        super().__init__(path, read_only=read_only)

    def articles(self, search: str | None = None, since: str | date | None = None,
                 until: str | date | None = None, source: str | None = None,
                 actor: str | None = None, limit: int | None = None,
                 frame: bool = False) -> Any:
        """Stored articles (no text), newest first: `faultlines articles`."""
        f = read.ArticleFilter(search, since, until, source, actor)
        return _frame(read.articles.listing(self, f, limit), frame)

    def article(self, article_id: str) -> dict[str, Any] | None:
        """One ARTICLE record, by id, store key or a unique prefix of either: `faultlines show
        ID --json` (None when nothing, or two articles, answer to it)."""
        found = read.articles.record(self, article_id)
        return found.to_dict() if found else None

    def events(self, actor: str | None = None, type: str | None = None,
               since: str | date | None = None, until: str | date | None = None,
               near: tuple[float, float] | None = None, km: float = 50.0,
               bbox: tuple[float, float, float, float] | None = None, quad: int | None = None,
               text: str | None = None, factual: bool = False, limit: int | None = None,
               frame: bool = False) -> Any:
        """EVENT records with `id`, `article_id` and `article_title`, newest first:
        `faultlines events` (actor matched loosely: code, country or part of a name).

        near: (lat, lon) within `km`; bbox: (min_lon, min_lat, max_lon, max_lat);
        factual: leave out negated and hypothetical events.
        """
        f = read.EventFilter(actor, type, quad, since, until, bbox, near=near, within_km=km,
                             text=text, factual=factual, loose_actor=True)
        return _frame(read.events.listing(self, f, limit), frame)

    def quotes(self, speaker: str | None = None, actor: str | None = None,
               text: str | None = None, kind: str | None = None,
               since: str | date | None = None, until: str | date | None = None,
               limit: int | None = None, frame: bool = False) -> Any:
        """QUOTE records with their article, newest first: `faultlines quotes`."""
        f = read.QuoteFilter(speaker, actor, text, kind, since=since, until=until)
        return _frame(read.quotes.listing(self, f, limit), frame)

    def relations(self, actor: str | None = None, basis: str | None = None,
                  since: str | date | None = None, until: str | date | None = None,
                  limit: int | None = None, frame: bool = False) -> Any:
        """RELATION records as each article has them (basis "stated" or "events")."""
        f = read.RelationFilter(actor, basis, since, until, loose=True)
        return _frame(read.relations.listing(self, f, limit), frame)

    def ties(self, actor: str | None = None, since: str | None = None,
             until: str | None = None, explain: bool = False, frame: bool = False,
             **analysis: Any) -> Any:
        """Signed ties in [-1, 1] between nodes, strongest first: `faultlines ties`.

        analysis: `level` ("country" or "sector"), `members` (IGOs as their member states),
            `half_life` (days), `as_of` (a date; by default the latest publication date), as
            the command's options.
        """
        return _frame(self.network(since, until, **analysis).ties(explain, actor), frame)

    def dilemmas(self, actor: str | None = None, since: str | None = None,
                 until: str | None = None, frame: bool = False, **analysis: Any) -> Any:
        """DILEMMA records (OUTPUT.md), highest score first: `faultlines dilemmas --json`.

        Each has `legs`: its three ties with their support and strongest evidence (article id,
        title, date, sentence, weight). analysis: as for `ties`, and `min_articles` (the
        articles a tie needs, unless it is a stated tie confirmed by an event; default 2).
        """
        found = self.network(since, until, **analysis).dilemmas(actor=actor)
        return _frame([d.to_dict() for d in found], frame)

    def network(self, since: str | None = None, until: str | None = None,
                level: str = "country", members: bool = False, half_life: float = 365.0,
                as_of: date | None = None, min_articles: int = 2):
        """The fault-line analysis of this store (analysis/api.py `Network`)."""
        from faultlines.analysis.api import Network
        from faultlines.analysis.ties import TieOptions

        options = TieOptions(half_life=half_life, as_of=as_of, min_articles=min_articles)
        network = Network.from_store(self, options, level, since, until)
        return network.with_members() if members else network
