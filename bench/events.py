"""The events stage's cost, as a ratio to the bare spaCy pass over the same texts.

Issue 4 allows event coding at most 20% of the bare spaCy pass. The events stage needs the
mentions and places of the stages before it, so every article is first run through the pipeline
up to the events stage; then the events stage alone is timed over those Docs. Each round gets
fresh copies of the prepared Docs, and the first round is kept apart: it pays dateparser's
import and fills the date cache, which the later rounds reuse (the best of them is the steady
state that a long coding run sees). The bare pass is spaCy's own pipeline
(CodingOptions(stages=())) over the same texts, best of the rounds. Texts: the Guardian sample
in ../shared (249 articles); the demo corpus without it. Results go to
bench/results/events-<date>.json.

    .venv/bin/python bench/events.py [--limit 249] [--repeat 3]
"""

from __future__ import annotations

import argparse
import copy
import json
import platform
import time
from datetime import datetime, timezone
from pathlib import Path

from faultlines import pipeline
from faultlines.eval import shared_dir
from faultlines.ingest import read_paths
from faultlines.ingest.draft import Draft
from faultlines.options import CodingOptions
from timing import bare_seconds

RESULTS = Path(__file__).with_name("results")
DEMO = Path(__file__).resolve().parents[1] / "src" / "faultlines" / "demo" / "articles"


def drafts(limit: int) -> list[Draft]:
    shared = shared_dir()
    if shared is not None:
        path = shared / "data" / "news" / "guardian-syria" / "Guardian_SDF_sample.csv"
        return list(read_paths([str(path)]))[:limit]
    return list(read_paths([str(DEMO)]))[:limit]



def events_seconds(found: list[Draft], repeat: int) -> tuple[float, float, int]:
    """(first round, best later round, events coded) of the events stage alone."""
    nlp = pipeline.build(CodingOptions())
    stage = nlp.get_pipe("faultlines_events")
    after = [name for name, _ in nlp.pipeline][[n for n, _ in nlp.pipeline].index(
        "faultlines_events"):]
    with nlp.select_pipes(disable=after):
        prepared = list(nlp.pipe((pipeline.make_doc(nlp, d) for d in found), batch_size=32))
    rounds, coded = [], 0
    for _ in range(max(2, repeat + 1)):
        docs = [copy.copy(d) for d in prepared]
        start = time.perf_counter()
        for doc in docs:
            stage(doc)
        rounds.append(time.perf_counter() - start)
        coded = sum(len(d._.events) for d in docs)
    return rounds[0], min(rounds[1:]), coded


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=249, help="articles to time")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    found = drafts(args.limit)
    texts = [d.text for d in found]
    bare = bare_seconds(texts, args.repeat)
    first, steady, coded = events_seconds(found, args.repeat)
    result = {
        "when": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "machine": platform.platform(), "python": platform.python_version(),
        "articles": len(texts), "words": sum(len(t.split()) for t in texts),
        "events_coded": coded, "bare_spacy_seconds": round(bare, 3),
        "events_first_round_seconds": round(first, 3),
        "events_steady_seconds": round(steady, 3),
        "ratio_first_round": round(first / bare, 4), "ratio_steady": round(steady / bare, 4),
    }
    RESULTS.mkdir(exist_ok=True)
    out = RESULTS / f"events-{datetime.now(timezone.utc):%Y-%m-%d}.json"
    out.write_text(json.dumps(result, indent=2) + "\n")
    print(json.dumps(result, indent=2))
    print(f"written to {out}")


if __name__ == "__main__":
    main()
