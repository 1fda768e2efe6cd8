"""A folder in which new article files appear (a scraper's output, a newsroom's drop folder).

Each cycle lists the files `faultlines code` can read; a file's modification time and size are its
listing date, so a rewritten file is read again and compared, like an edited web page. A file
younger than `folder_settle` seconds may still be being written and waits for the next cycle.
Reading goes through ingest, the same readers `faultlines code` uses.
"""

from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import urlsplit
from urllib.request import url2pathname

from faultlines.ingest import known_suffixes, read_file
from faultlines.ingest.draft import Draft, Failure
from faultlines.watch.entries import Entry


def list_folder(folder: Path, settle: float, now: float) -> list[Entry]:
    """The readable files under `folder`, newest first; hidden files and folders are skipped."""
    suffixes = set(known_suffixes())
    entries = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in files:
            path = Path(root) / name
            if name.startswith(".") or path.suffix.lower() not in suffixes:
                continue
            try:
                stat = path.stat()
            except OSError:
                continue  # gone since the walk: the next cycle will not see it either
            if stat.st_mtime <= now - settle:
                entries.append((stat.st_mtime_ns, Entry(
                    url=path.resolve().as_uri(), listed=f"{stat.st_mtime_ns}-{stat.st_size}")))
    return [entry for _, entry in sorted(entries, key=lambda pair: pair[0], reverse=True)]


def read_entry(entry: Entry, max_bytes: int) -> tuple[list[Draft], list[str]]:
    """The articles in a listed file, and a reason for each part that gave none."""
    path = Path(url2pathname(urlsplit(entry.url).path))
    drafts, failures = [], []
    for item in read_file(path, max_bytes):
        if isinstance(item, Failure):
            failures.append(item.reason)
        else:
            drafts.append(item)
    return drafts, failures
