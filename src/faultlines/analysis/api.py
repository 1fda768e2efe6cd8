"""The Python API of the fault-line analysis: the same records the CLI prints.

    from faultlines.store import Store
    from faultlines.analysis import api

    with Store("news.duckdb") as store:
        net = api.Network.from_store(store)
    net.dilemmas()          # [model.Dilemma], highest score first
    net.ties(explain=True)  # [dict] strongest first, with the evidence behind each

A Network is built from plain records (analysis/records.py), either read from the store or taken
from Article records in memory, so both ways give the same answers. It is taken "as of" one day:
the one asked for, else the latest publication date of its articles (a story misdated into the
future cannot move it), else the latest day in the data.
"""

from __future__ import annotations

import gc
import json
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from faultlines.analysis import dilemmas as dl
from faultlines.analysis import escalation as esc
from faultlines.analysis.dyads import dyad_table
from faultlines.analysis.memory import from_articles
from faultlines.analysis.records import DyadDay, StatedTie, first_day
from faultlines.identity import label, node_actor, node_of, seen_names
from faultlines.analysis.ties import Tie, TieOptions, compute_ties, latest_day, tie_rows
from faultlines.model import Article, Dilemma
from faultlines.store.rows import article_key


@dataclass
class Network:
    """Dyad-days and stated ties, with the ties, dilemmas and escalations computed from them.

    articles: article key → {"id", "title", "published", "source"}, for the evidence of
        dilemmas and ties: the records name articles by the store's key, the evidence shows the
        id the caller gave (`id`) with the key beside it for links.
    """

    days: list[DyadDay]
    stated: list[StatedTie]
    options: TieOptions = TieOptions()
    names: dict[str, dict[str, Any]] = field(default_factory=dict)
    articles: dict[str, dict[str, Any]] = field(default_factory=dict)
    _ties: dict[tuple[str, str], Tie] | None = None

    @classmethod
    def from_articles(cls, articles: Iterable[Article], options: TieOptions = TieOptions(),
                      level: str = "country") -> Network:
        articles = list(articles)
        days, stated = from_articles(articles, level)
        meta = {article_key(a): {"id": a.id, "title": a.title, "published": first_day(a.published),
                                 "source": a.source} for a in articles}
        return cls(days, stated, options, seen_names(articles), meta)

    @classmethod
    def from_store(cls, store, options: TieOptions = TieOptions(), level: str = "country",
                   since: str | None = None, until: str | None = None) -> Network:
        from faultlines.store import analysis as sql

        with _bulk():
            days = [_day_record(r) for r in sql.dyad_days(store, level, since, until)]
        stated = [t for r in sql.stated_relations(store, since, until)
                  if (t := _stated_record(r, level))]
        names = {r["code"]: r for r in sql.standing_actors(store)}
        meta = {r["key"]: {"id": r["id"], "title": r["title"], "published": r["published"],
                           "source": r["source"]} for r in sql.article_meta(store, since, until)}
        return cls(days, stated, options, names, meta)

    def _like(self, days: list[DyadDay], stated: list[StatedTie]) -> Network:
        return Network(days, stated, self.options, self.names, self.articles)

    def with_members(self, members: dict[str, tuple[str, ...]] | None = None) -> Network:
        """The same network with each IGO node replaced by its member states (membership.py)."""
        from faultlines.analysis.membership import expand_days, expand_stated, memberships

        members = memberships() if members is None else members
        return self._like(expand_days(self.days, members), expand_stated(self.stated, members))

    def merged(self, other: Network) -> Network:
        """This network and another one's records together (the call's articles + the store)."""
        return Network(self.days + other.days, self.stated + other.stated, self.options,
                       {**other.names, **self.names}, {**other.articles, **self.articles})

    @property
    def as_of(self) -> date | None:
        """The day the ties are taken at: the one asked for, else the latest publication date,
        else the latest day of evidence (articles without dates)."""
        published = [m["published"] for m in self.articles.values() if m.get("published")]
        return self.options.as_of or (max(published) if published else
                                      latest_day(self.days, self.stated))

    @property
    def tie_map(self) -> dict[tuple[str, str], Tie]:
        if self._ties is None:
            with _bulk():
                self._ties = compute_ties(self.days, self.stated,
                                          replace(self.options, as_of=self.as_of))
        return self._ties

    def ties(self, explain: bool = False, actor: str | None = None) -> list[dict]:
        return tie_rows(self.tie_map, explain, actor, self.articles)

    def node_dilemmas(self, friendly: float = dl.FRIENDLY, hostile: float = dl.HOSTILE,
                      min_articles: int | None = None) -> list[dl.NodeDilemma]:
        """Dilemmas between nodes (min_articles: None keeps the options' corroboration)."""
        options = replace(self.options, as_of=self.as_of)
        if min_articles is not None:
            options = replace(options, min_articles=min_articles)
        return dl.find_dilemmas(self.tie_map, options, friendly, hostile)

    def dilemmas(self, friendly: float = dl.FRIENDLY, hostile: float = dl.HOSTILE,
                 actor: str | None = None, min_articles: int | None = None) -> list[Dilemma]:
        """DILEMMA records of OUTPUT.md (actor: keep those naming it as party or side;
        min_articles: the articles a tie needs, see dilemmas.py)."""
        found = self.node_dilemmas(friendly, hostile, min_articles)
        if actor:
            found = [d for d in found if actor.upper() in (d.party, *d.sides)]
        return [self.dilemma_record(d) for d in found]

    def dilemma_record(self, d: dl.NodeDilemma) -> Dilemma:
        return Dilemma(party=node_actor(d.party, self.names),
                       sides=(node_actor(d.sides[0], self.names),
                              node_actor(d.sides[1], self.names)),
                       score=d.score, evidence=d.evidence,
                       legs=tuple(self.leg_record(leg) for leg in d.legs))

    def leg_record(self, leg: dl.Leg) -> dict[str, Any]:
        """One leg of a dilemma as the JSON and the API give it: its support and evidence."""
        return {"a": leg.a, "b": leg.b, "tie": "friendly" if leg.sign > 0 else "hostile",
                "strength": leg.strength, "support": leg.support.to_dict(),
                "evidence": [self.evidence_record(c) for c in leg.evidence]}

    def evidence_record(self, c) -> dict[str, Any]:
        """A piece of evidence with its article: id (the caller's), key (the store's, for
        links), title, date, sentence and weight."""
        meta = self.articles.get(c.article, {})
        published = meta.get("published")
        return {"article": meta.get("id") or c.article or None, "key": c.article or None,
                "title": meta.get("title"),
                "published": published.isoformat() if published else None,
                "source": meta.get("source"), "date": c.day.isoformat(),
                "sentence": c.evidence, "weight": round(c.weight, 3), "basis": c.basis,
                "type": c.type, "articles": len(c.articles), "background": c.background,
                "intent": c.intent}

    def balance(self, threshold: float = dl.FRIENDLY) -> dict:
        return dl.balance(self.tie_map, threshold)

    def shared_fault_lines(self) -> list[dict]:
        return dl.shared_fault_lines(self.node_dilemmas())

    def dyads(self, window: str = "month", actor: str | None = None) -> list[dict]:
        rows = dyad_table(self.days, window)
        if actor:
            rows = [r for r in rows if actor.upper() in (r["actor"], r["recipient"])]
        return rows

    def escalations(self, window: str = "week", baseline: int = esc.BASELINE_WINDOWS,
                    only_flagged: bool = False, actor: str | None = None) -> list[dict]:
        found = esc.escalations(self.days, window, self.as_of, baseline)
        return esc.escalation_rows(found, only_flagged, actor)

    def name(self, node: str) -> str:
        """How the node reads ("Armenia", "Syrian rebels"): identity.label."""
        return label(node, self.names)


@contextmanager
def _bulk() -> Iterator[None]:
    """Pause the cyclic garbage collector while building many small records that hold no cycles.

    With 100,000 dyad-days the collector would otherwise walk the growing heap again and again
    (bench/network.py: reading and weighing the network takes about half the time without it).
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _day_record(row: dict[str, Any]) -> DyadDay:
    return DyadDay(a=row["a"], b=row["b"], day=row["day"], type=row["type"],
                   quad_class=row["quad_class"], score=row["score_sum"] / row["n_events"],
                   n_events=row["n_events"], articles=frozenset(row["articles"]),
                   sources=frozenset(row["sources"] or ()), sentence=row["sentence"] or "",
                   weight=row["weight_sum"] / row["n_events"], intent=bool(row["intent"]),
                   background=bool(row["background"]),
                   sentence_article=row["sentence_article"] or "")


def _stated_record(row: dict[str, Any], level: str) -> StatedTie | None:
    a_actor, b_actor = json.loads(row["a"] or "null"), json.loads(row["b"] or "null")
    a, b = node_of(a_actor, level), node_of(b_actor, level)
    day = row["published"] or first_day(row["date"])
    if not (a and b and a != b and isinstance(day, date)):
        return None
    return StatedTie(a=a, b=b, type=row["type"], polarity=row["polarity"], day=day,
                     evidence=row["evidence"] or "", article=row["article_id"],
                     source=row["source"])
