"""The coref suite: pronouns and descriptions resolved to the actors they stand for.

Three systems: the pipeline as it codes (`pipeline_*`: the mention view after the coreference
stage, coref/component.py, which every later stage reads; its pronouns chosen by the learned
ranker, coref/rank.py), the same stage with the hand-set salience in place of the ranker
(`rules_*`), and the actors stage alone (`actors_*`: the view before coreference, which links
no pronoun):

- **news**: 586 pronouns and descriptions the team annotated in 44 dev articles outside the news
  gold (eval/data/coref_news.yaml; coref_news.py says how a mention is found and matched):
  accuracy of the actor, overall, for pronouns and descriptions, on the tune and check halves,
  and `strict` (the person or organisation itself where the gold names one).
- **gum**: GUM (coref_gum.py): for third-person pronouns, is the chosen antecedent a mention
  of the gold entity? `gum_test_*` on the news test split (2 documents), `gum_open_test_*` on
  the test documents of all the genres the ranker is trained on (16 documents, the steadier
  figure to quote: the ranker never saw them), `gum_news_*` on all 24 news documents (the 20 of
  the train split train the ranker, so this one flatters it). The actors stage's antecedent is
  the nearest earlier mention that carries the same actor; the coreference stage's is the one
  its resolver links (things and expletives included, which the view does not hold).
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable, Iterable
from pathlib import Path

from spacy.tokens import Doc

from faultlines.eval import coref_gum, coref_news
from faultlines.nlp import mentions as mention_view
from faultlines.eval.result import Result
from faultlines.options import stages_before

name = "coref"
description = ("pronouns and descriptions: actor accuracy on annotated news (tune/check), "
               "GUM news antecedents")
requires = ["data/news/world-2019-2025/articles.jsonl", "data/coref/gum/conllu/open"]

ARTICLES = Path("data") / "news" / "world-2019-2025" / "articles.jsonl"
GUM = Path("data") / "coref" / "gum"
STAGES = stages_before("coref")  # then the coreference stage, applied by `readings`

# A system's reading of one Doc: (the actors at a token, antecedent head of the pronoun there).
Reading = tuple[Callable[[int], "list[dict]"], coref_gum.Chooser]


def view_reading(doc: Doc, mentions: list[dict]) -> Reading:
    """What a mention view says: the actor (or the two actors of "the two countries") of the
    shortest mention covering a token; as antecedent, the one a coreference link records,
    else the nearest earlier mention with the same actor (for a possessive inside a wider
    mention, "its officials", the nearest earlier mention of the state it is placed in)."""

    def shortest(token: int) -> dict | None:
        covering = [m for m in mentions if m["start"] <= token < m["end"]]
        return min(covering, key=lambda m: m["end"] - m["start"]) if covering else None

    def actor_at(token: int) -> list[dict]:
        here = shortest(token)
        if here is None or not here.get("actor"):
            return []
        return list(here.get("members") or [here["actor"]])

    def antecedent(token: int) -> int | None:
        here = shortest(token)
        if here is None or not here.get("actor"):
            return None
        if here.get("antecedent"):
            return doc[slice(*here["antecedent"])].root.i
        earlier = [m for m in mentions if m["end"] <= here["start"] and m.get("actor")]
        same = [m for m in earlier if _key(m["actor"]) == _key(here["actor"])]
        if not same and here["end"] - here["start"] > 1:  # "its officials": the owner state
            country = here["actor"].get("country")
            same = [m for m in earlier if m["actor"].get("country") == country
                    and m["actor"].get("kind") == "state"]
        return same[-1]["head"] if same else None

    return actor_at, antecedent


def links_reading(doc: Doc, mentions: list[dict], ranker) -> Reading:
    """The resolver's own links over the actors stage's mentions, for GUM: the antecedent it
    chose for every pronoun, a thing's too."""
    from faultlines.coref import resolve

    links = resolve(doc, mentions, ranker=ranker)
    actors_at, _ = view_reading(doc, mentions)

    def actor_at(token: int) -> list[dict]:
        link = links.at(token)
        return actors_at(token) if link is None or link.rule == "none" else list(link.actors)

    def antecedent(token: int) -> int | None:
        link = links.at(token)
        return link.antecedent_head if link is not None else None

    return actor_at, antecedent


SYSTEMS = ("pipeline", "rules", "actors")


def readings(doc: Doc, news: bool) -> dict[str, Reading]:
    """Each system's reading of a Doc coded up to the actors stage: for news, the mention view
    after the coreference stage (with the ranker, and with the rules); for GUM, the links the
    stage's resolver chose; and the actors stage's own view."""
    from faultlines.coref.component import CorefStage

    before = copy.deepcopy(doc._.mentions or [])
    out = {"actors": view_reading(doc, before)}
    for system, ranker in (("pipeline", "shipped"), ("rules", None)):
        if not news:
            out[system] = links_reading(doc, before, ranker)
            continue
        mention_view.write(doc, copy.deepcopy(before))
        CorefStage(ranker=ranker)(doc)
        out[system] = view_reading(doc, doc._.mentions)
    mention_view.write(doc, before)
    return out


def _key(actor: dict) -> tuple:
    return actor.get("id") or actor.get("name"), actor.get("country")


def news_docs(nlp, shared: Path, gold: list[coref_news.GoldMention],
              limit: int | None) -> Iterable[tuple[dict, Doc]]:
    """(raw article row, coded Doc) for each gold article, cleaned as `faultlines code` cleans."""
    from faultlines.ingest.table import row_to_draft
    from faultlines.pipeline import make_doc

    wanted = list(dict.fromkeys(m.article for m in gold))[:limit]
    rows = {}
    with (shared / ARTICLES).open(encoding="utf-8") as lines:
        for line in lines:
            row = json.loads(line)
            if row["id"] in wanted:
                rows[row["id"]] = row
    drafts = [row_to_draft(rows[a], a) for a in wanted]
    docs = nlp.pipe((make_doc(nlp, d) for d in drafts), batch_size=8)
    return zip((rows[a] for a in wanted), docs)


def score_news(nlp, shared: Path, limit: int | None, states: frozenset[str]) -> list[dict]:
    gold = coref_news.load()
    by_article: dict[str, list[coref_news.GoldMention]] = {}
    for m in gold:
        by_article.setdefault(m.article, []).append(m)
    rows = []
    for row, doc in news_docs(nlp, shared, gold, limit):
        read = readings(doc, news=True)
        for m in by_article[row["id"]]:
            where = coref_news.locate(row["text"], m.at, m.text, doc.text)
            token = coref_news.head_token(doc, where, m.text) if where is not None else None
            out = {"article": m.article, "split": m.split, "kind": m.kind, "text": m.text,
                   "gold": " ".join(m.actor), "located": token is not None}
            for system, (actor_at, _) in read.items():
                actors = actor_at(token) if token is not None else []
                out[system] = ", ".join(_show(a) for a in actors)
                out[f"{system}_right"] = token is not None and coref_news.matches_any(
                    actors, m.actor)
                out[f"{system}_strict"] = token is not None and coref_news.matches_any(
                    actors, coref_news.strict_values(m.actor, states))
            rows.append(out)
    return rows


def _show(actor: dict) -> str:
    return actor.get("name") or actor.get("code") or "?"


def gum_paths(root: Path, splits: dict[str, str], limit: int | None) -> list[Path]:
    """GUM's news documents, and the test documents of the genres the ranker is trained on."""
    from faultlines.coref.train import GENRES

    paths = sorted((root / "conllu" / "open").glob("GUM_*.conllu"))
    news = [p for p in paths if _genre(p.stem) == "news"][:limit]
    test = [p for p in paths if _genre(p.stem) in GENRES and _genre(p.stem) != "news"
            and splits.get(p.stem) == "test"][:limit]
    return sorted(news + test)


def _genre(doc_id: str) -> str:
    return doc_id.split("_")[1]


def score_gum(nlp, shared: Path, limit: int | None) -> list[dict]:
    from faultlines.eval import corefud
    from faultlines.nlp import extensions

    root = shared / GUM
    splits = corefud.split_of(root)
    paths = gum_paths(root, splits, limit)
    golds = [corefud.read(p) for p in paths]
    docs = []
    for gold in golds:
        doc = nlp.make_doc(gold.text)
        extensions.ensure_lists(doc)
        docs.append(doc)
    rows = []
    for gold, doc in zip(golds, nlp.pipe(docs, batch_size=4)):
        read = readings(doc, news=False)
        scored = {s: coref_gum.score(gold, doc, choose) for s, (_, choose) in read.items()}
        for i, case in enumerate(scored["actors"]):
            row = {"split": splits.get(gold.id, ""), "genre": _genre(gold.id), **case}
            row.pop("right")
            for system, cases in scored.items():
                row[f"{system}_chosen"] = cases[i]["chosen"]
                row[f"{system}_right"] = cases[i]["right"]
            rows.append(row)
    return rows


def _ratio(rows: list[dict], key: str) -> float:
    return round(sum(bool(r[key]) for r in rows) / len(rows), 3) if rows else 0.0


def metrics(news: list[dict], gum: list[dict]) -> dict[str, float]:
    open_test = [r for r in gum if r["split"] == "test"]
    gum = [r for r in gum if r["genre"] == "news"]
    out: dict[str, float] = {"news_mentions": len(news),
                             "news_located": sum(r["located"] for r in news),
                             "gum_test_pronouns": sum(r["split"] == "test" for r in gum),
                             "gum_news_pronouns": len(gum),
                             "gum_open_test_pronouns": len(open_test)}
    for system in SYSTEMS:
        right, strict = f"{system}_right", f"{system}_strict"
        out[f"{system}_accuracy"] = _ratio(news, right)
        out[f"{system}_accuracy_strict"] = _ratio(news, strict)
        for kind in ("pronoun", "description"):
            out[f"{system}_{kind}_accuracy"] = _ratio([r for r in news if r["kind"] == kind],
                                                      right)
        for split in ("tune", "check"):
            part = [r for r in news if r["split"] == split]
            out[f"{system}_{split}_accuracy"] = _ratio(part, right)
            out[f"{system}_{split}_accuracy_strict"] = _ratio(part, strict)
        test = [r for r in gum if r["split"] == "test"]
        out[f"{system}_gum_test_accuracy"] = _ratio(test, right)
        out[f"{system}_gum_test_actor_accuracy"] = _ratio(
            [r for r in test if r["etype"] in coref_gum.ACTOR_TYPES], right)
        out[f"{system}_gum_open_test_accuracy"] = _ratio(open_test, right)
        out[f"{system}_gum_news_accuracy"] = _ratio(gum, right)
        out[f"{system}_gum_news_actor_accuracy"] = _ratio(
            [r for r in gum if r["etype"] in coref_gum.ACTOR_TYPES], right)
    return out


def run(limit: int | None = None) -> Result:
    from faultlines import pipeline
    from faultlines.actors import kb
    from faultlines.eval import shared_dir
    from faultlines.options import CodingOptions

    shared = shared_dir()
    nlp = pipeline.build(CodingOptions(stages=STAGES))
    states = frozenset(kb.load().countries)
    news = score_news(nlp, shared, limit, states)
    gum = score_gum(nlp, shared, limit)
    columns = ["article", "split", "kind", "text", "gold"] + [
        c for s in SYSTEMS for c in (s, f"{s}_right")]
    scores = metrics(news, gum)
    return Result(suite=name, metrics=scores, rows=news, columns=columns,
                  notes=[f"{len(news)} news mentions in {len({r['article'] for r in news})} "
                         f"articles; {scores['gum_news_pronouns']} GUM news pronouns "
                         f"({scores['gum_test_pronouns']} in test); "
                         f"{scores['gum_open_test_pronouns']} in the test documents of the "
                         "ranker's GUM genres; measure: faultlines/eval/coref.py"])
