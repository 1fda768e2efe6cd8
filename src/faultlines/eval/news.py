"""The news suite: real articles coded as a user would, scored against an article-level gold.

../shared/eval/news/gold.yaml annotates the lead (title and first six sentences) of 48 articles
of ../shared/data/news/world-2019-2025/articles.jsonl: every codable event, the key ones marked,
and the ties the lead states. We code those articles from the table as `faultlines code
articles.jsonl` would and score them by the gold's rules (news_score.py).

The gold is split so that rules can be tuned on one part and checked on another that nobody
looks at: `check` is every third article of gold.yaml (positions 2, 5, 8, ... counting from 0),
16 in all; `tune` is the other 32. The figures are reported per split and over all 48 (the
floors are pinned on all 48); `--details` lists, per article, the key events missed and the
lead's coded events that matched nothing — for the tune split only, unless the check split is
asked for by name, so that looking at misses never means looking at the hold-out.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from faultlines.eval.news_score import score
from faultlines.eval.result import Result

name = "news"
description = ("48 real articles (shared/eval/news): key events recalled, lead events right, "
               "ties found, per split (tune 32, check 16)")

requires = ["eval/news/gold.yaml", "data/news/world-2019-2025/articles.jsonl"]

SPLITS = ("tune", "check", "all")
FIGURES = ("articles", "articles_kept", "key_events", "key_recall", "lead_events_coded",
           "lead_precision", "ties", "ties_found")
ARTICLES = Path("data") / "news" / "world-2019-2025" / "articles.jsonl"
GOLD = Path("eval") / "news" / "gold.yaml"


def in_split(position: int, split: str) -> bool:
    """Whether the gold article at this position (0-based) of gold.yaml belongs to `split`."""
    held_out = position % 3 == 2
    return split == "all" or held_out == (split == "check")


def load_gold(shared: Path) -> list[dict[str, Any]]:
    return yaml.safe_load((shared / GOLD).read_text(encoding="utf-8"))


def code_articles(shared: Path, ids: set[str], nlp=None) -> dict[str, Any]:
    """The OUTPUT.md document (articles only) of the table rows with these ids, read, cleaned
    and coded as `faultlines code` reads a table."""
    from faultlines import pipeline
    from faultlines.ingest.draft import Draft
    from faultlines.ingest.table import read_rows

    drafts = [d for d in read_rows(shared / ARTICLES) if isinstance(d, Draft) and d.id in ids]
    nlp = nlp or pipeline.build()
    return {"articles": [a.to_dict() for a, _ in pipeline.code_drafts(nlp, drafts)]}


def _split_gold(gold: list[dict], split: str, limit: int | None) -> list[dict]:
    chosen = [entry for i, entry in enumerate(gold) if in_split(i, split)]
    return chosen[:limit] if limit else chosen


def _detail_rows(figures: dict[str, Any]) -> list[dict[str, Any]]:
    return [{"id": row["id"], "kept": row["kept"], "missed_keys": " ".join(row["missed_keys"]),
             "unmatched_lead_events": row.get("unmatched_lead_events", [])}
            for row in figures.get("articles_detail", [])]


def run(limit: int | None = None, split: str = "all", details: bool = False) -> Result:
    """Code the split's articles (all 48 for "all") and score them, split by split.

    limit (int | None): only the first N articles of each split scored.
    split (str): "tune", "check" or "all" (metrics of both splits and of all 48, unprefixed).
    details (bool): rows per article; for "all", the tune split's rows only.
    """
    from faultlines.eval import shared_dir

    if split not in SPLITS:
        raise ValueError(f"unknown split '{split}'; the news suite has: {', '.join(SPLITS)}")
    shared = shared_dir()
    gold = load_gold(shared)
    parts = {s: _split_gold(gold, s, limit) for s in (("tune", "check") if split == "all"
                                                      else (split,))}
    wanted = [entry for part in parts.values() for entry in part]
    document = code_articles(shared, {str(entry["id"]) for entry in wanted})
    metrics: dict[str, float] = {}
    if split == "all":
        whole = score(document, wanted)
        metrics |= {key: whole[key] for key in FIGURES}
    rows: list[dict[str, Any]] = []
    for part, entries in parts.items():
        figures = score(document, entries, details=details and part in ("tune", split))
        metrics |= {f"{part}_{key}": figures[key] for key in FIGURES}
        rows += _detail_rows(figures)
    notes = [f"{part}: {len(entries)} articles" for part, entries in parts.items()]
    return Result(suite=name, metrics=metrics, rows=rows, notes=notes,
                  columns=["id", "kept", "missed_keys", "unmatched_lead_events"])
