"""The cue words of reported speech, read once from cues.yaml and checked entry by entry.

A misspelt field in the data would silently turn a cue off, so the loader refuses unknown
fields and wrong types and names the entry (format: README.md beside this file).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from faultlines.errors import FaultlinesError

CUES_FILE = Path(__file__).with_name("cues.yaml")
ENTRY_ERROR = "{file}, {entry}: {problem} (format: src/faultlines/quotes/README.md)"
_SPEECH_FIELDS = {"indirect": bool, "directive": bool, "about": list, "addressee": bool}
_LISTS = ("naming", "documents", "accounts", "according")


@dataclass(frozen=True)
class Verb:
    lemma: str
    indirect: bool = False
    directive: bool = False
    about: tuple[str, ...] = ()
    addressee: bool = False


@dataclass(frozen=True)
class Cues:
    speech: dict[str, Verb]
    naming: frozenset[str]
    documents: frozenset[str]
    accounts: frozenset[str]
    according: frozenset[str]


def _fail(file: str, entry: str, problem: str) -> None:
    raise FaultlinesError(ENTRY_ERROR.format(file=file, entry=entry, problem=problem))


def _verb(file: str, lemma: Any, spec: Any) -> Verb:
    entry = f"speech.{lemma}"
    if not isinstance(lemma, str) or lemma != lemma.lower() or not lemma.strip():
        _fail(file, entry, "a lemma must be a lower-case word")
    if not isinstance(spec, dict):
        _fail(file, entry, "expected a mapping of fields, e.g. {indirect: true}")
    for key, value in spec.items():
        if key not in _SPEECH_FIELDS:
            _fail(file, entry, f"unknown field '{key}'; known: {', '.join(_SPEECH_FIELDS)}")
        if not isinstance(value, _SPEECH_FIELDS[key]):
            _fail(file, entry, f"field '{key}' must be a {_SPEECH_FIELDS[key].__name__}")
    return Verb(lemma, spec.get("indirect", False), spec.get("directive", False),
                tuple(spec.get("about", ())), spec.get("addressee", False))


def _words(file: str, key: str, value: Any) -> frozenset[str]:
    if not isinstance(value, list):
        _fail(file, key, "expected a list of lower-case words")
    for word in value:
        if not isinstance(word, str) or word != word.lower():
            _fail(file, f"{key}.{word}", "expected a lower-case word")
    if len(set(value)) != len(value):
        dup = next(w for w in value if value.count(w) > 1)
        _fail(file, f"{key}.{dup}", "listed twice")
    return frozenset(value)


def parse(data: Any, file: str = "cues.yaml") -> Cues:
    """Check and read the parsed YAML of a cues file."""
    if not isinstance(data, dict) or not isinstance(data.get("speech"), dict):
        _fail(file, "speech", "the file needs a 'speech' mapping of verb lemmas")
    unknown = set(data) - {"speech", *_LISTS}
    if unknown:
        _fail(file, sorted(unknown)[0], f"unknown section; known: speech, {', '.join(_LISTS)}")
    speech = {lemma: _verb(file, lemma, spec) for lemma, spec in data["speech"].items()}
    lists = {key: _words(file, key, data.get(key, [])) for key in _LISTS}
    return Cues(speech=speech, **lists)


@functools.lru_cache(maxsize=4)
def load(path: Path = CUES_FILE) -> Cues:
    """The cues of `path` (the shipped cues.yaml by default), read once per process."""
    return parse(yaml.safe_load(path.read_text(encoding="utf-8")), path.name)
