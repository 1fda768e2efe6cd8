"""One reader for the package's data files: each YAML or TSV file parsed once, checked, and
every problem reported the same way.

Knowledge lives in data files beside the code that uses it (actors/kb/, events/lexicon/,
events/cameo.tsv, quotes/cues.yaml, ties/patterns.yaml, coref/words.yaml, places/data/, words/).
The typed loaders (actors/kb.py, events/lexicon.py, ...) turn them into frozen records; this
module does what they all need: it parses a file once per process (cached on its path, size and
modification time, so a test that rewrites a file reads the new text), and it stops on the
first bad entry with one error type, `DataFileError`, whose message names the file, the entry
and the format to follow: "countries.yaml, ARM: alias 'Armenia' already used by countries.yaml
AZE (format: src/faultlines/actors/kb/README.md)". A typo in the data must never turn a word
off silently: it would mis-code every story.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NoReturn

import yaml

from faultlines.errors import DataFileError

PACKAGE = Path(__file__).resolve().parent
# The C loader reads the knowledge base five times faster than the pure-Python one.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@functools.lru_cache(maxsize=128)
def _parsed(path: str, kind: str, size: int, mtime: int) -> Any:  # noqa: ARG001 - cache key
    text = Path(path).read_text(encoding="utf-8")
    if kind == "yaml":
        return yaml.load(text, Loader=_LOADER)
    return _tsv(text)


def _tsv(text: str) -> tuple[tuple[int, dict[str, str]], ...]:
    """(line number, row) for each row after the header; blank and "#" lines are skipped."""
    header: list[str] | None = None
    rows = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if header is None:
            header = cells
            continue
        cells += [""] * (len(header) - len(cells))
        rows.append((number, dict(zip(header, cells))))
    return tuple(rows)


def format_doc(path: Path) -> str | None:
    """The README that documents a shipped file's format ("src/faultlines/quotes/README.md")."""
    readme = path.resolve().parent / "README.md"
    try:
        return f"src/faultlines/{readme.relative_to(PACKAGE).as_posix()}" if readme.exists() \
            else None
    except ValueError:  # a file outside the package (a test's copy) has no shipped format page
        return None


@dataclass(frozen=True)
class Source:
    """One data file: its parsed content, and the checks that name its bad entries.

    path (Path): the file; messages name it by its file name.
    doc (str | None): where its format is written, for a file whose format is a section of a
        larger page; by default the README beside the file.
    """

    path: Path
    doc: str | None = None

    @property
    def name(self) -> str:
        return self.path.name

    def _read(self, kind: str) -> Any:
        try:
            stat = self.path.stat()
        except OSError as err:
            self.fail(None, f"cannot be read ({err.strerror or err})")
        try:
            return _parsed(str(self.path), kind, stat.st_size, stat.st_mtime_ns)
        except yaml.YAMLError as err:
            self.fail(None, f"not valid YAML: {str(err).splitlines()[0]}")

    def yaml(self, shape: type | None = None) -> Any:
        """The parsed YAML (shared between readers: never change it); an empty file reads as
        an empty `shape`. shape (type | None): list or dict, the top level the format has."""
        data = self._read("yaml")
        if shape is not None:
            data = shape() if data is None else data
            if not isinstance(data, shape):
                self.fail(None, f"expected a {'list of entries' if shape is list else 'mapping'}")
        return data

    def rows(self) -> tuple[tuple[int, dict[str, str]], ...]:
        """The rows of a tab-separated file with a header line, as (line number, row)."""
        return self._read("tsv")

    def fail(self, entry: str | None, problem: str) -> NoReturn:
        """Stop the load: `entry` names what is wrong ("ARM", "speech.say", "line 12")."""
        raise DataFileError.at(self.name, entry, problem, self.doc or format_doc(self.path))

    def words(self, entry: str, value: Any, lower: bool = True, unique: bool = False,
              single: bool = False) -> tuple[str, ...]:
        """A list of non-empty words; `lower`: each written in lower case, `unique`: none
        listed twice, `single`: no spaces."""
        if value is None:
            return ()
        if not isinstance(value, list):
            self.fail(entry, "expected a list of words")
        for word in value:
            if not isinstance(word, str) or not word.strip() or (lower and word != word.lower()) \
                    or (single and " " in word):
                shape = "single " if single else ""
                case = "lower-case " if lower else ""
                self.fail(f"{entry}.{word}", f"expected a {shape}{case}word")
        if unique and len(set(value)) != len(value):
            self.fail(f"{entry}.{next(w for w in value if value.count(w) > 1)}", "listed twice")
        return tuple(value)

    def mapping(self, entry: str, value: Any, what: str = "fields") -> dict:
        if not isinstance(value, dict):
            self.fail(entry, f"expected a mapping of {what}")
        return value

    def fields(self, entry: str, spec: Any, known: Mapping[str, type | tuple[type, ...]]) -> dict:
        """A mapping whose keys are all `known`, each value of its type."""
        spec = self.mapping(entry, spec)
        for key, value in spec.items():
            if key not in known:
                self.fail(entry, f"unknown field '{key}'; known: {', '.join(known)}")
            if not isinstance(value, known[key]):
                kind = known[key]
                names = kind.__name__ if isinstance(kind, type) else " or ".join(
                    k.__name__ for k in kind)
                self.fail(entry, f"field '{key}' must be a {names}")
        return spec

    def sections(self, data: Any, known: tuple[str, ...]) -> dict:
        """The top mapping of a file whose sections are all `known`."""
        if not isinstance(data, dict):
            self.fail(None, f"expected sections: {', '.join(known)}")
        unknown = sorted(set(data) - set(known))
        if unknown:
            self.fail(unknown[0], f"unknown section; known: {', '.join(known)}")
        return data
