"""The seed suite: the founding article scored against its hand annotation.

Scored exactly as shared/eval/seed/README.md says: events by maximum matching on sentence,
type, actor, recipient and date; actors by name or text with country and sector; quotes by
containment and speaker; relations by pair and polarity; dilemmas by sides and parties; places
by distance; and nothing may come from a boilerplate line or name a forbidden actor.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml

from faultlines.eval.result import Result
from faultlines.geodesy import km

name = "seed"
description = "the founding article (shared/eval/seed): events, actors, quotes, ties, dilemmas, places"

_QUOTES = str.maketrans({"“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "‘": "'", "’": "'"})
_SPACE = re.compile(r"\s+")


def fold(text: str | None) -> str:
    return _SPACE.sub(" ", (text or "").translate(_QUOTES)).strip()


def matches_code(actor: dict | None, code: str) -> bool:
    """The README's rule: country, code or name equal (any case), or a person's name contains it."""
    if not actor:
        return False
    want = code.casefold()
    for key in ("country", "code", "name"):
        if (actor.get(key) or "").casefold() == want:
            return True
    return want in (actor.get("name") or "").casefold() if actor.get("kind") == "person" \
        else False


def _any_match(actors: list[dict], codes: list[str]) -> bool:
    return any(matches_code(a, c) for a in actors for c in codes if c != "-")


def event_matches(event: dict, gold: dict) -> bool:
    if fold(gold["sentence"]) not in fold(event["sentence"]):
        return False
    if event["type"] not in gold["type"] or not _any_match(event["actor"], gold["actor"]):
        return False
    if event["recipient"]:
        if not _any_match(event["recipient"], gold["recipient"]):
            return False
    elif "-" not in gold["recipient"]:
        return False
    if gold.get("date", "any") != "any" and event.get("date") != str(gold["date"]):
        return False
    loc = gold.get("location")
    if loc:
        place = event.get("location") or {}
        if place.get("lat") is None or km(place["lat"], place["lon"], loc["lat"],
                                          loc["lon"]) > loc["within_km"]:
            return False
    return True


def max_matching(left: list, right: list, ok) -> dict[int, int]:
    """Maximum bipartite matching (augmenting paths); RETURNS right index → left index."""
    match: dict[int, int] = {}
    edges = {i: [j for j, r in enumerate(right) if ok(l, r)] for i, l in enumerate(left)}

    def augment(i: int, seen: set[int]) -> bool:
        for j in edges[i]:
            if j not in seen:
                seen.add(j)
                if j not in match or augment(match[j], seen):
                    match[j] = i
                    return True
        return False

    for i in edges:
        augment(i, set())
    return match


def _from_boilerplate(text: str, boilerplate: list[str]) -> bool:
    folded = fold(text)
    return any(fold(line) in folded or (folded and folded in fold(line)) for line in boilerplate)


def score_events(events: list[dict], gold: dict) -> tuple[dict[str, float], list[dict]]:
    golds = gold["events"]
    matching = max_matching(events, golds, event_matches)  # gold j -> event i
    required = [j for j, g in enumerate(golds) if g.get("required")]
    found = [j for j in required if j in matching]
    matched_events = set(matching.values())
    boiler = [e for e in events if _from_boilerplate(e["sentence"], gold["boilerplate"])]
    rows = [{"gold": g["id"], "required": bool(g.get("required")),
             "found": j in matching,
             "coded": _describe(events[matching[j]]) if j in matching else ""}
            for j, g in enumerate(golds)]
    rows += [{"gold": "-", "required": False, "found": False, "coded": _describe(e)}
             for i, e in enumerate(events) if i not in matched_events]
    metrics = {
        "events_recall": round(len(found) / len(required), 3) if required else 0.0,
        "events_required_found": len(found),
        "events_required": len(required),
        "events_precision": round(len(matched_events) / len(events), 3) if events else 0.0,
        "events_predicted": len(events),
        "events_from_boilerplate": len(boiler),
    }
    return metrics, rows


def _describe(event: dict) -> str:
    who = lambda xs: ",".join(a.get("country") or a.get("code") or a["name"] for a in xs) or "-"
    return (f"{who(event['actor'])} {event['type']} {who(event['recipient'])} "
            f"[{event.get('date')}] «{event['trigger']['text']}»")


def score_actors(actors: list[dict], gold: dict) -> dict[str, float]:
    def ok(actor: dict, g: dict) -> bool:
        if "name" in g and g["name"].casefold() not in (actor.get("name") or "").casefold():
            return False
        if "text" in g and g["text"].casefold() not in (actor.get("text") or "").casefold() \
                and g["text"].casefold() != (actor.get("name") or "").casefold():
            return False
        if "code" in g:
            return (actor.get("code") or "").casefold() == g["code"].casefold()
        countries = g["country"] if isinstance(g["country"], list) else [g["country"]]
        if (actor.get("country") or "-") not in countries:
            return False
        return actor.get("sector") in g["sector"]

    found = sum(any(ok(a, g) for a in actors) for g in gold["actors"])
    forbidden = sum(any(f.casefold() in (a.get("name") or "").casefold()
                        or f.casefold() in (a.get("text") or "").casefold()
                        for a in actors) for f in gold.get("forbidden_actors", []))
    return {"actors_found": found, "actors_gold": len(gold["actors"]),
            "actors_forbidden": forbidden}


def score_quotes(quotes: list[dict], gold: dict) -> dict[str, float]:
    def ok(q: dict, g: dict) -> bool:
        return fold(g["text"]) in fold(q["text"]) and any(
            matches_code(q.get("speaker"), s) or _speaker_text(q, s) for s in g["speaker"])

    required = [g for g in gold["quotes"] if g.get("required")]
    found = sum(any(ok(q, g) for q in quotes) for g in required)
    boiler = sum(_from_boilerplate(q["text"], gold["boilerplate"]) for q in quotes)
    return {"quotes_required_found": found, "quotes_required": len(required),
            "quotes_predicted": len(quotes), "quotes_from_boilerplate": boiler}


def _speaker_text(quote: dict, code: str) -> bool:
    speaker = quote.get("speaker") or {}
    return code.casefold() in (speaker.get("text") or "").casefold() and len(code) > 3


def score_relations(relations: list[dict], gold: dict) -> dict[str, float]:
    def ok(r: dict, g: dict) -> bool:
        a, b = g["pair"]
        pair = (matches_code(r["a"], a) and matches_code(r["b"], b)) or \
               (matches_code(r["a"], b) and matches_code(r["b"], a))
        return pair and r["polarity"] == g["polarity"]

    required = [g for g in gold["relations"] if g.get("required")]
    found = sum(any(ok(r, g) for r in relations) for g in required)
    return {"relations_required_found": found, "relations_required": len(required)}


def score_dilemmas(dilemmas: list[dict], gold: dict) -> dict[str, float]:
    want = gold["dilemmas"]
    a, b = want["conflict"]
    over = [d for d in dilemmas if (matches_code(d["sides"][0], a) and matches_code(d["sides"][1], b))
            or (matches_code(d["sides"][0], b) and matches_code(d["sides"][1], a))]
    parties = sum(any(matches_code(d["party"], p) for d in over) for p in want["parties"])
    wrong = sum(any(matches_code(d["party"], p) for d in over) for p in want["not_parties"])
    return {"dilemma_parties_found": parties, "dilemma_parties": len(want["parties"]),
            "dilemma_wrong_parties": wrong}


def score_places(places: list[dict], gold: dict) -> dict[str, float]:
    found = sum(any(p.get("lat") is not None and km(p["lat"], p["lon"], g["lat"], g["lon"])
                    <= g["within_km"] for p in places if fold(g["text"]) in fold(p["text"]))
                for g in gold["places"])
    return {"places_found": found, "places_gold": len(gold["places"])}


def score(document: dict[str, Any], gold: dict[str, Any]) -> Result:
    """Score an OUTPUT.md document of the seed article against gold.yaml."""
    article = document["articles"][0]
    metrics, rows = score_events(article["events"], gold)
    metrics |= score_actors(article["actors"], gold)
    metrics |= score_quotes(article["quotes"], gold)
    metrics |= score_relations(article["relations"], gold)
    metrics |= score_dilemmas(document.get("dilemmas", []), gold)
    metrics |= score_places(article["places"], gold)
    metrics["boilerplate_in_text"] = sum(fold(line) in fold(article["text"])
                                         for line in gold["boilerplate"])
    return Result(suite=name, metrics=metrics, rows=rows,
                  columns=["gold", "required", "found", "coded"])


def load_gold(seed_dir: Path) -> dict[str, Any]:
    return yaml.safe_load((seed_dir / "gold.yaml").read_text(encoding="utf-8"))


def code_seed(seed_dir: Path) -> dict[str, Any]:
    """Code the seed article from its raw file, as a user would, into an OUTPUT.md document."""
    from faultlines import pipeline
    from faultlines.analysis.document import dilemmas_for
    from faultlines.ingest import read_paths
    from faultlines.options import CodingOptions

    gold = load_gold(seed_dir)
    options = CodingOptions(published=gold["published"])
    drafts = list(read_paths([str(seed_dir / gold["article"])]))
    articles = [a for a, _ in pipeline.code_drafts(pipeline.build(options), drafts, options)]
    return {"articles": [a.to_dict() for a in articles],
            "dilemmas": [d.to_dict() for d in dilemmas_for(articles, None)]}


def run(limit: int | None = None) -> Result:
    from faultlines.eval import shared_dir

    seed_dir = shared_dir() / "eval" / "seed"
    return score(code_seed(seed_dir), load_gold(seed_dir))
