"""CoNLL-2003 dev (eng.testa): how well faultlines finds people, places and organisations.

Each document's text is rebuilt by joining its tokens with spaces (one sentence a line), then
coded twice: by bare spaCy, and by spaCy plus our recognition and resolution stages (the
`entities` of OUTPUT.md). spaCy labels map to CoNLL's: PERSON → PER; GPE, LOC, FAC → LOC;
ORG → ORG (NORP and the rest are left out, as is CoNLL's MISC). A leading "the" is dropped
from predicted names, as CoNLL never includes it.

Measure: per document, the bag (multiset) of (type, text) entities; micro precision, recall
and F1 over all documents. It scores what OUTPUT.md promises (which names, of which type,
each article holds), not token offsets. CoNLL is Reuters 1996 news, half of it sport: gains
must come from general knowledge (states, capitals, office-holders, surnames named before),
never from rules for this corpus.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from faultlines.eval.result import Result

name = "conll"
description = "CoNLL-2003 dev: PER/LOC/ORG F1 of entities, bag per document, vs bare spaCy"
requires = ["data/conll2003/eng.testa"]

TYPES = {"PERSON": "PER", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC", "ORG": "ORG"}


def read_documents(path: Path) -> Iterator[tuple[str, Counter]]:
    """(text, gold bag) per document of a CoNLL file (IOB1; -DOCSTART- between documents)."""
    sentences: list[list[tuple[str, str]]] = []
    sentence: list[tuple[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines() + ["-DOCSTART- -X- -X- O"]:
        if line.startswith("-DOCSTART-") or not line.strip():
            if sentence:
                sentences.append(sentence)
                sentence = []
            if line.startswith("-DOCSTART-") and sentences:
                yield _document(sentences)
                sentences = []
            continue
        parts = line.split()
        sentence.append((parts[0], parts[-1]))


def _document(sentences: list[list[tuple[str, str]]]) -> tuple[str, Counter]:
    text = "\n".join(" ".join(tok for tok, _ in s) for s in sentences)
    gold: Counter = Counter()
    for s in sentences:
        gold.update(_chunks(s))
    return text, gold


def _chunks(sentence: list[tuple[str, str]]) -> list[tuple[str, str]]:
    out, words, kind = [], [], None
    for token, tag in sentence + [("", "O")]:
        prefix, _, label = tag.partition("-")
        if words and (tag == "O" or prefix == "B" or label != kind):
            if kind in ("PER", "LOC", "ORG"):
                out.append((kind, " ".join(words)))
            words, kind = [], None
        if tag != "O":
            words.append(token)
            kind = label
    return out


def predicted(doc) -> Counter:
    bag: Counter = Counter()
    for ent in doc.ents:
        if ent.label_ in TYPES:
            text = " ".join(ent.text.split())
            text = text[4:] if text[:4].lower() == "the " else text
            if text:
                bag[(TYPES[ent.label_], text)] += 1
    return bag


def score(golds: list[Counter], preds: list[Counter]) -> dict[str, float]:
    tp = sum(sum((g & p).values()) for g, p in zip(golds, preds))
    n_pred = sum(sum(p.values()) for p in preds)
    n_gold = sum(sum(g.values()) for g in golds)
    precision = tp / n_pred if n_pred else 0.0
    recall = tp / n_gold if n_gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 3), "recall": round(recall, 3), "f1": round(f1, 3)}


def per_type(golds: list[Counter], preds: list[Counter], kind: str) -> dict[str, float]:
    keep = lambda bag: Counter({k: v for k, v in bag.items() if k[0] == kind})
    return score([keep(g) for g in golds], [keep(p) for p in preds])


def run(limit: int | None = None) -> Result:
    from faultlines import pipeline
    from faultlines.eval import shared_dir
    from faultlines.options import CodingOptions

    docs = list(read_documents(shared_dir() / "data" / "conll2003" / "eng.testa"))[:limit]
    texts, golds = [t for t, _ in docs], [g for _, g in docs]
    rows, metrics = [], {"documents": len(docs)}
    for label, stages in (("bare", ()), ("faultlines", ("entities", "actors"))):
        nlp = pipeline.build(CodingOptions(stages=stages))
        preds = [predicted(doc) for doc in nlp.pipe(texts, batch_size=32)]
        overall = score(golds, preds)
        metrics |= {f"{label}_{k}": v for k, v in overall.items()}
        for kind in ("PER", "LOC", "ORG"):
            rows.append({"system": label, "type": kind, **per_type(golds, preds, kind)})
        rows.append({"system": label, "type": "all", **overall})
    return Result(suite=name, metrics=metrics, rows=rows,
                  columns=["system", "type", "precision", "recall", "f1"],
                  notes=[f"F1 faultlines {metrics['faultlines_f1']} vs bare spaCy "
                         f"{metrics['bare_f1']} on {len(docs)} documents"])
