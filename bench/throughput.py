"""Throughput: the full faultlines pipeline against the bare spaCy pass, in one run.

For each corpus (Reuters-21578 and the Guardian Syria sample in ../shared/data/news) and each
process count (1 and 2), it codes the same texts twice — once with spaCy alone, once with all
our stages — and reports words/s, articles/s, the ratio full/bare, and the peak resident memory
of the processes that did the work. Results go to bench/results/throughput-<date>.json with the
machine described. Ratios, not absolute times, are the figures to compare across machines.

    .venv/bin/python bench/throughput.py [--articles 600] [--processes 1 2] [--repeat 3]
"""

from __future__ import annotations

import argparse
import glob
import json
import platform
import resource
import sys
import time
from datetime import datetime, timezone
from pathlib import Path

import psutil

from faultlines import pipeline
from faultlines.eval import shared_dir
from faultlines.ingest import read_paths
from faultlines.ingest.draft import Draft
from faultlines.options import CodingOptions

RESULTS = Path(__file__).with_name("results")


def corpora(limit: int) -> dict[str, list[Draft]]:
    news = shared_dir() / "data" / "news"
    reuters = sorted(glob.glob(str(news / "reuters21578" / "*.sgm")))
    guardian = [str(news / "guardian-syria" / "Guardian_SDF_sample.csv")]
    return {name: [d for d in read_paths(paths) if isinstance(d, Draft)][:limit]
            for name, paths in (("reuters21578", reuters), ("guardian-syria", guardian))}


def _peak_mb(process: psutil.Process, peaks: dict[int, float]) -> None:
    """Sample the resident memory of this process and its workers (n_process children)."""
    for p in [process, *process.children(recursive=True)]:
        try:
            peaks[p.pid] = max(peaks.get(p.pid, 0.0), p.memory_info().rss / 2**20)
        except psutil.Error:
            pass


def timed(drafts: list[Draft], stages: tuple[str, ...], processes: int, repeat: int) -> dict:
    """The fastest of `repeat` passes (as timeit does: slower passes measure the neighbours
    on a shared machine, not our code), with the peak memory seen over all of them."""
    options = CodingOptions(stages=stages, workers=processes, batch_size=16)
    nlp = pipeline.build(options)
    list(pipeline.code_drafts(nlp, drafts[:4], CodingOptions(stages=stages)))  # warm up
    me, peaks = psutil.Process(), {}
    seconds, n = float("inf"), 0
    for _ in range(repeat):
        start = time.perf_counter()
        for n, _ in enumerate(pipeline.code_drafts(nlp, drafts, options), 1):
            if n % 20 == 0:
                _peak_mb(me, peaks)
        seconds = min(seconds, time.perf_counter() - start)
    words = sum(len(d.text.split()) for d in drafts)
    workers = [mb for pid, mb in peaks.items() if pid != me.pid] or [peaks.get(me.pid, 0.0)]
    return {"seconds": round(seconds, 2), "articles": n, "words": words,
            "articles_per_s": round(n / seconds, 2), "words_per_s": round(words / seconds),
            "peak_rss_mb_per_worker": round(max(workers), 1),
            "peak_rss_mb_main": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)}


def machine() -> dict:
    return {"python": sys.version.split()[0], "platform": platform.platform(),
            "processor": platform.processor() or platform.machine(),
            "cores": psutil.cpu_count(), "memory_gb": round(psutil.virtual_memory().total / 2**30, 1)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=600, help="articles per corpus")
    parser.add_argument("--processes", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--repeat", type=int, default=1, help="passes per figure; the fastest counts")
    args = parser.parse_args()
    full = CodingOptions().stages
    report = {"when": datetime.now(timezone.utc).isoformat(timespec="seconds"),
              "machine": machine(), "stages": list(full), "repeat": args.repeat, "runs": []}
    for name, drafts in corpora(args.articles).items():
        for processes in args.processes:
            bare = timed(drafts, (), processes, args.repeat)
            ours = timed(drafts, full, processes, args.repeat)
            run = {"corpus": name, "processes": processes, "bare": bare, "full": ours,
                   "ratio_full_over_bare": round(ours["seconds"] / bare["seconds"], 3)}
            report["runs"].append(run)
            print(json.dumps(run), flush=True)
    for name in {r["corpus"] for r in report["runs"]}:
        by_p = {r["processes"]: r for r in report["runs"] if r["corpus"] == name}
        if 1 in by_p and 2 in by_p:
            report.setdefault("scaling_2_over_1", {})[name] = round(
                by_p[2]["full"]["words_per_s"] / by_p[1]["full"]["words_per_s"], 3)
    RESULTS.mkdir(exist_ok=True)
    out = RESULTS / f"throughput-{datetime.now(timezone.utc):%Y%m%d-%H%M}.json"
    out.write_text(json.dumps(report, indent=2))
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
