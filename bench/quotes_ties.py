"""The quote and tie stages' cost, as a ratio to the bare spaCy pass over the same texts.

Issue 5 allows quotes and ties together at most 10% of the bare spaCy pass. Both are timed
inside the full pipeline (they need the actors stage's mentions): every text is run through the
components before them, then each of the two is timed on its own over the same Docs, best of
`--repeat` rounds. The bare pass is spaCy's own pipeline (CodingOptions(stages=())) over the
same texts, also best of the rounds. Texts: the demo corpus, plus PolNeAR dev articles when
../shared is present (quote-heavy US political news). Results go to
bench/results/quotes_ties-<date>.json.

    .venv/bin/python bench/quotes_ties.py [--polnear 40] [--repeat 3]
"""

from __future__ import annotations

import argparse
import json
import platform
import time
from datetime import datetime, timezone
from pathlib import Path

from faultlines import pipeline
from faultlines.eval import shared_dir
from faultlines.nlp import extensions
from faultlines.options import CodingOptions
from timing import bare_seconds

RESULTS = Path(__file__).with_name("results")
DEMO = Path(__file__).resolve().parents[1] / "src" / "faultlines" / "demo" / "articles"


def texts(polnear: int) -> list[str]:
    found = [p.read_text(encoding="utf-8") for p in sorted(DEMO.glob("*.txt"))]
    shared = shared_dir()
    if shared is not None and polnear:
        dev = sorted((shared / "data" / "polnear" / "dev" / "text").glob("*.txt"))[:polnear]
        found += [p.read_text(encoding="utf-8") for p in dev]
    return found



def stage_seconds(samples: list[str], repeat: int) -> dict[str, float]:
    """Best-of-`repeat` seconds of each of our two stages over Docs prepared by the others."""
    nlp = pipeline.build(CodingOptions())
    ours = {name: nlp.get_pipe(name) for name in ("faultlines_quotes", "faultlines_ties")}
    with nlp.select_pipes(disable=list(ours)):
        docs = []
        for text in samples:
            doc = nlp.make_doc(text)
            extensions.ensure_lists(doc)
            docs.append(doc)
        docs = list(nlp.pipe(docs, batch_size=32))
    best = {}
    for name, stage in ours.items():
        times = []
        for _ in range(repeat):
            start = time.perf_counter()
            for doc in docs:
                stage(doc)
            times.append(time.perf_counter() - start)
        best[name] = min(times)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--polnear", type=int, default=40, help="PolNeAR dev articles to add")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    samples = texts(args.polnear)
    bare = bare_seconds(samples, args.repeat)
    stages = stage_seconds(samples, args.repeat)
    ours = sum(stages.values())
    figures = {
        "date": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "machine": platform.platform(), "texts": len(samples),
        "words": sum(len(t.split()) for t in samples),
        "bare_spacy_s": round(bare, 3),
        "quotes_s": round(stages["faultlines_quotes"], 3),
        "ties_s": round(stages["faultlines_ties"], 3),
        "ratio": round(ours / bare, 4), "limit": 0.10,
    }
    RESULTS.mkdir(exist_ok=True)
    out = RESULTS / f"quotes_ties-{datetime.now(timezone.utc):%Y-%m-%d}.json"
    out.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(figures, indent=2))


if __name__ == "__main__":
    main()
