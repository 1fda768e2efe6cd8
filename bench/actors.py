"""The actors stages' cost: recognition (KB entity ruler) and resolution, as a ratio to the bare
spaCy pass over the same texts.

Issue 3 asks that resolution add no more than 15% to the time of the bare spaCy pass.
- Bare: spaCy's own components (ours disabled) over the texts, best of `--repeat`.
- Ours: the same Docs, already through spaCy, then our two components alone (faultlines_entities
  and faultlines_actors, in order), best of `--repeat`. Building the pipeline and loading the
  KB happen once per process and are reported apart (`build_seconds`).
Texts: the first `--n` Guardian articles of shared/data/news/guardian-syria (real news of a
conflict, 600-1,500 words each), else the demo corpus. Results go to
bench/results/actors-<date>.json.

    .venv/bin/python bench/actors.py [--n 200] [--repeat 3]
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
import time
from pathlib import Path
from timing import best_of, save_record

DEMO = Path(__file__).resolve().parents[1] / "src" / "faultlines" / "demo" / "articles"


def articles(n: int) -> list[tuple[str, str | None]]:
    """(text, published) pairs."""
    from faultlines.eval import shared_dir

    shared = shared_dir()
    path = shared / "data" / "news" / "guardian-syria" / "Guardian_SDF_sample.csv" if shared else None
    if path is None or not path.exists():
        return [(p.read_text(encoding="utf-8"), p.name[:10]) for p in sorted(DEMO.glob("*.txt"))]
    csv.field_size_limit(sys.maxsize)
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))[:n]
    return [(r["text"], (r.get("date") or "")[:10] or None) for r in rows]



def measure(n: int, repeat: int) -> dict:
    from faultlines import pipeline
    from faultlines.ingest.draft import Draft
    from faultlines.options import CodingOptions

    corpus = articles(n)
    start = time.perf_counter()
    nlp = pipeline.build(CodingOptions(stages=("entities", "actors")))
    build = time.perf_counter() - start
    ours_names = ["faultlines_entities", "faultlines_actors"]
    drafts = [Draft(text=t, origin=f"bench:{i}", published=p) for i, (t, p) in enumerate(corpus)]
    make = lambda: [pipeline.make_doc(nlp, d) for d in drafts]
    with nlp.select_pipes(disable=ours_names):  # the bare spaCy pass, same vocab
        bare_seconds = best_of(repeat, lambda: list(nlp.pipe(make(), batch_size=32)))
        parsed = list(nlp.pipe(make(), batch_size=32))
    ruler, actors = nlp.get_pipe("faultlines_entities"), nlp.get_pipe("faultlines_actors")
    ours = {"entities": 0.0, "actors": 0.0}

    def ours_once() -> None:
        docs = [_copy(doc) for doc in parsed]
        t0 = time.perf_counter()
        docs = [ruler(doc) for doc in docs]
        t1 = time.perf_counter()
        docs = [actors(doc) for doc in docs]
        ours["entities"], ours["actors"] = t1 - t0, time.perf_counter() - t1

    rounds = []
    for _ in range(repeat):
        ours_once()
        rounds.append(dict(ours))
    best = min(rounds, key=lambda r: r["entities"] + r["actors"])
    words = sum(len(d) for d in parsed)
    mentions = sum(len(actors(ruler(_copy(d)))._.mentions) for d in parsed)
    return {
        "texts": len(corpus), "tokens": words, "mentions": mentions,
        "build_seconds": round(build, 3), "bare_seconds": round(bare_seconds, 3),
        "entities_seconds": round(best["entities"], 3), "actors_seconds": round(best["actors"], 3),
        "ratio": round((best["entities"] + best["actors"]) / bare_seconds, 3),
        "ratio_resolution_only": round(best["actors"] / bare_seconds, 3),
    }


def _copy(doc):
    """A fresh copy of a parsed Doc (our components write to it), with its extensions."""
    from spacy.tokens import Doc

    copy = Doc(doc.vocab).from_bytes(doc.to_bytes())
    copy._.meta = dict(doc._.meta or {})
    for name in ("mentions", "places", "events", "quotes", "relations", "errors"):
        setattr(copy._, name, [])
    return copy


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=200)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    save_record("actors", measure(args.n, args.repeat))


if __name__ == "__main__":
    main()
