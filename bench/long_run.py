"""Memory over a long run: `faultlines code` on a whole corpus, its process tree sampled.

Runs the real command in a subprocess (so the figure is what a user sees), samples the resident
memory of the main process and of its spaCy workers every few seconds, and writes the series
and a summary (peak, mean of the first and last thirds) to bench/results/long_run-<date>.json.
Flat memory means the last third's mean stays near the first third's.

    .venv/bin/python bench/long_run.py --workers 2 /path/to/reuters21578/*.sgm
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

import psutil

RESULTS = Path(__file__).with_name("results")


def sample(proc: psutil.Process) -> list[float]:
    """RSS in MB of the process and each child, main process first."""
    out = []
    for p in [proc, *proc.children(recursive=True)]:
        try:
            out.append(round(p.memory_info().rss / 2**20, 1))
        except psutil.Error:
            pass
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("paths", nargs="+")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--batch-size", type=int, default=64)
    parser.add_argument("--every", type=float, default=10.0, help="seconds between samples")
    args = parser.parse_args()
    db = Path(tempfile.mkdtemp()) / "long_run.duckdb"
    command = [sys.executable, "-m", "faultlines", "code", *args.paths, "--workers",
               str(args.workers), "--batch-size", str(args.batch_size), "--db", str(db)]
    start = time.perf_counter()
    child = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    proc, series = psutil.Process(child.pid), []
    while child.poll() is None:
        series.append({"t": round(time.perf_counter() - start), "rss_mb": sample(proc)})
        time.sleep(args.every)
    out, err = child.communicate()
    totals = [sum(s["rss_mb"]) for s in series if s["rss_mb"]]
    third = max(1, len(totals) // 3)
    report = {
        "when": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "command": " ".join(command[2:]), "exit": child.returncode,
        "seconds": round(time.perf_counter() - start), "summary": (out + err).strip()[-500:],
        "peak_total_mb": max(totals, default=0),
        "peak_main_mb": max((s["rss_mb"][0] for s in series if s["rss_mb"]), default=0),
        "peak_worker_mb": max((max(s["rss_mb"][1:], default=0) for s in series), default=0),
        "mean_first_third_mb": round(sum(totals[1:third + 1]) / third),
        "mean_last_third_mb": round(sum(totals[-third:]) / third),
        "series": series,
    }
    RESULTS.mkdir(exist_ok=True)
    path = RESULTS / f"long_run-{datetime.now(timezone.utc):%Y%m%d-%H%M}.json"
    path.write_text(json.dumps(report, indent=1))
    print(json.dumps({k: v for k, v in report.items() if k != "series"}, indent=1))


if __name__ == "__main__":
    main()
