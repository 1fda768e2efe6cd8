"""The polnear suite: quotations and their speakers against PolNeAR's attribution annotation.

PolNeAR (Newell, Margolin & Ruths, LREC 2018; ../shared/data/polnear) marks in US election news
every attribution: its source, cue and content spans. We score the attributions whose content
holds a quotation mark — the ones a quote extractor must find — on the dev split, one annotator's
file per article (the first by name), running our whole pipeline on each article's raw text so
that offsets agree.

- A gold attribution is *found* when one of our quotes (any kind) overlaps its content by at
  least half of the shorter of the two spans (content spans may be discontinuous; their
  characters are pooled). recall = found / gold quoted attributions.
- Its *speaker is right* when, for the best-overlapping quote, our speaker words overlap the gold
  source span, or our speaker actor is the actor the actors stage resolved at the gold source
  (a pronoun "he" whose mention is Trump), or its name's last word is in the gold source text.
  An attribution with no source is right when our speaker is None.
  speaker_accuracy = right / found; speaker_accuracy_strict drops the last-word rule (which
  also credits "Trump" for a gold source "Trump's campaign manager"); speaker_resolved counts
  only right speakers that the actors stage also resolved to an actor (our QUOTE's `speaker` is
  not null), since a right source span such as "a source" or an unresolved "he" gives the
  record no speaker.
- precision = our direct and partial quotes that overlap any gold attribution's content (quoted
  or not, same rule) / our direct and partial quotes. Indirect quotes are left out of precision
  since PolNeAR's paraphrase annotation is broader than ours.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from faultlines.eval.result import Result

name = "polnear"
description = "PolNeAR dev: quoted attributions found, speakers right, quote precision"
requires = ["data/polnear/dev"]

_QUOTE_MARK = re.compile(r"[“”\"«»„]")


@dataclass
class Attribution:
    content: list[tuple[int, int]]
    source: list[tuple[int, int]] = field(default_factory=list)
    source_text: str = ""

    @property
    def quoted(self) -> bool:
        return bool(self.content) and self._has_mark

    _has_mark: bool = False


def _spans(text: str) -> list[tuple[int, int]]:
    return [(int(a), int(b)) for a, b in (part.split() for part in text.split(";"))]


def read_ann(path: Path, text: str) -> list[Attribution]:
    """The attributions of a brat standoff file (T lines for spans, E lines linking them)."""
    spans: dict[str, tuple[str, list[tuple[int, int]]]] = {}
    links = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if parts[0].startswith("T") and len(parts) >= 2:
            label, _, where = parts[1].partition(" ")
            spans[parts[0]] = (label, _spans(where))
        elif parts[0].startswith("E") and len(parts) >= 2:
            links.append(dict(x.split(":", 1) for x in parts[1].split() if ":" in x))
    out = []
    for link in links:
        content = spans.get(link.get("Content", ""), ("", []))[1]
        source = spans.get(link.get("Source", ""), ("", []))[1]
        a = Attribution(content, source, " ".join(text[s:e] for s, e in source))
        a._has_mark = any(_QUOTE_MARK.search(text[s:e]) for s, e in content)
        out.append(a)
    return out


def _overlap(a: list[tuple[int, int]], b: list[tuple[int, int]]) -> float:
    """Shared characters over the shorter of the two pooled spans."""
    shared = sum(max(0, min(e1, e2) - max(s1, s2)) for s1, e1 in a for s2, e2 in b)
    shorter = min(sum(e - s for s, e in a), sum(e - s for s, e in b))
    return shared / shorter if shorter else 0.0


def _key(actor: dict | None) -> str | None:
    return (actor.get("id") or actor.get("code") or actor.get("name")) if actor else None


def speaker_right(quote: dict, gold: Attribution, gold_actor: dict | None,
                  strict: bool = False) -> bool:
    """Our speaker is the gold source (see the module docstring); `strict` leaves out the
    name-in-source-text rule."""
    actor = quote.get("speaker")
    if not gold.source:
        return actor is None
    span = (quote.get("speaker_start"), quote.get("speaker_end"))
    if span[0] is not None and _overlap([span], gold.source) > 0:
        return True
    if actor is None:
        return False
    if gold_actor is not None and _key(gold_actor) == _key(actor):
        return True
    if strict:
        return False
    last = (actor.get("name") or "").split()[-1:] or [""]
    return len(last[0]) > 2 and last[0].casefold() in gold.source_text.casefold()


def _gold_actor(doc, gold: Attribution) -> dict | None:
    from faultlines.nlp import mentions

    if not gold.source:
        return None
    s, e = gold.source[0]
    span = doc.char_span(s, e, alignment_mode="expand")
    index = mentions.view(doc)
    return next((index.actor_at(t) for t in span if index.actor_at(t)), None) if span else None


def articles(root: Path, limit: int | None) -> list[tuple[Path, Path]]:
    """(text, annotation) pairs of the dev split, one annotator's file per article."""
    pairs = []
    for text in sorted((root / "text").glob("*.txt")):
        anns = sorted((root / "attributions").glob(f"{text.stem}_*.ann"))
        if anns:
            pairs.append((text, anns[0]))
    return pairs[:limit] if limit else pairs


def score_article(doc, golds: list[Attribution]) -> dict[str, int]:
    quotes = doc._.quotes or []
    spans = [[(q["start"], q["end"])] for q in quotes]
    found = right = strict = resolved = 0
    for gold in (g for g in golds if g.quoted):
        matches = [(ov, q) for q, sp in zip(quotes, spans)
                   if (ov := _overlap(sp, gold.content)) >= 0.5]
        if matches:
            found += 1
            best = max(matches, key=lambda m: m[0])[1]
            gold_actor = _gold_actor(doc, gold)
            ok = speaker_right(best, gold, gold_actor)
            right += ok
            strict += speaker_right(best, gold, gold_actor, strict=True)
            resolved += ok and (best.get("speaker") is not None or not gold.source)
    ours = [sp for q, sp in zip(quotes, spans) if q["kind"] in ("direct", "partial")]
    hits = sum(any(_overlap(sp, g.content) >= 0.5 for g in golds if g.content) for sp in ours)
    return {"gold": sum(g.quoted for g in golds), "found": found, "speaker_right": right,
            "speaker_strict": strict, "speaker_resolved": resolved, "ours": len(ours),
            "ours_matching": hits}


def run(limit: int | None = None) -> Result:
    from faultlines import pipeline
    from faultlines.eval import shared_dir
    from faultlines.nlp import extensions

    root = shared_dir() / "data" / "polnear" / "dev"
    nlp = pipeline.build()
    pairs = articles(root, limit)
    texts = [p.read_text(encoding="utf-8") for p, _ in pairs]
    docs = []
    for text in texts:
        doc = nlp.make_doc(text)
        extensions.ensure_lists(doc)
        docs.append(doc)
    rows = []
    for (path, ann), text, doc in zip(pairs, texts, nlp.pipe(docs, batch_size=16)):
        rows.append({"article": path.stem, **score_article(doc, read_ann(ann, text))})
    return Result(suite=name, metrics=_metrics(rows), rows=rows,
                  columns=["article", "gold", "found", "speaker_right", "speaker_strict", "ours",
                           "ours_matching"],
                  notes=[f"{len(rows)} dev articles; measure: faultlines/eval/polnear.py"])


def _metrics(rows: list[dict]) -> dict[str, float]:
    total = {k: sum(r[k] for r in rows) for k in ("gold", "found", "speaker_right",
                                                  "speaker_strict", "speaker_resolved", "ours",
                                                  "ours_matching")}
    ratio = lambda a, b: round(a / b, 3) if b else 0.0  # noqa: E731
    return {"polnear_recall": ratio(total["found"], total["gold"]),
            "polnear_speaker_accuracy": ratio(total["speaker_right"], total["found"]),
            "polnear_speaker_accuracy_strict": ratio(total["speaker_strict"], total["found"]),
            "polnear_speaker_resolved": ratio(total["speaker_resolved"], total["found"]),
            "polnear_precision": ratio(total["ours_matching"], total["ours"]),
            "polnear_gold_quoted": total["gold"], "polnear_found": total["found"],
            "polnear_quotes": total["ours"], "articles": len(rows)}
