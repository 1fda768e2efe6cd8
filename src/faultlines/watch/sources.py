"""From the command line's SOURCE arguments to the sources a cycle visits.

A SOURCE is a feed or sitemap URL (which of the two is decided when it is read), a folder in which
new files appear, or a file listing sources: OPML (as feed readers export it, read with listparser)
or plain text with one URL a line, blank lines and # comments allowed. List files are read again
each cycle, so a source added to the list is picked up without a restart.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from faultlines.watch import reasons
from faultlines.watch.urls import canonical


@dataclass(frozen=True)
class Source:
    """A place to look for new items.

    key (str): a canonical URL, or a folder's absolute path; the key of its SourceState.
    kind (str): "url" or "folder".
    origin (str): where it was named ("feeds.opml", "list.txt:4", or the argument itself).
    """

    key: str
    kind: str
    origin: str


def _is_url(text: str) -> bool:
    return text.lower().startswith(("http://", "https://"))


def _opml(path: Path, data: bytes) -> tuple[list[Source], list[str]]:
    import listparser

    parsed = listparser.parse(data)  # bytes: listparser only fetches when given a URL string
    urls = [feed.url for feed in parsed.feeds if feed.get("url")]
    if not urls and parsed.bozo:
        return [], [f"{path}: {reasons.BAD_OPML.format(error=parsed.bozo_exception)}"]
    found = [Source(canonical(u), "url", str(path)) for u in urls if _is_url(u)]
    failures = [f"{path}: {reasons.SCHEME.format(scheme=u.split(':', 1)[0])}"
                for u in urls if not _is_url(u)]
    return found, failures


def _lines(path: Path, text: str) -> tuple[list[Source], list[str]]:
    found, failures = [], []
    for number, line in enumerate(text.splitlines(), start=1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if _is_url(line):
            found.append(Source(canonical(line), "url", f"{path}:{number}"))
        else:
            failures.append(reasons.BAD_LIST_LINE.format(path=path, line=number, text=line[:80]))
    return found, failures


def read_list(path: Path) -> tuple[list[Source], list[str]]:
    """The sources a list file names, and a reason per line or file that names none."""
    try:
        data = path.read_bytes()
    except OSError as err:
        return [], [f"{path}: {reasons.UNDECODABLE.format(reason=err.strerror or err)}"]
    text = data.decode("utf-8-sig", errors="replace")
    found, failures = _opml(path, data) if text.lstrip().startswith("<") else _lines(path, text)
    if not found and not failures:
        failures.append(reasons.EMPTY_LIST.format(path=path))
    return found, failures


def expand(arguments: Iterable[str]) -> tuple[list[Source], list[str]]:
    """Every source the arguments name, once each, in order, and a reason per bad argument."""
    found: list[Source] = []
    failures: list[str] = []
    for argument in arguments:
        if _is_url(argument):
            found.append(Source(canonical(argument), "url", argument))
            continue
        if "://" in argument:
            scheme = argument.split(":", 1)[0]
            failures.append(f"{argument}: {reasons.SCHEME.format(scheme=scheme)}")
            continue
        path = Path(argument).expanduser()
        if path.is_dir():
            found.append(Source(str(path.resolve()), "folder", argument))
        elif path.is_file():
            listed, bad = read_list(path)
            found.extend(listed)
            failures.extend(bad)
        else:
            failures.append(reasons.MISSING_SOURCE.format(source=argument))
    unique = {source.key: source for source in reversed(found)}
    return [s for s in found if unique[s.key] is s], failures
