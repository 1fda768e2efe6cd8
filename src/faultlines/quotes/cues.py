"""The cue words of reported speech: the verbs of saying and the nouns of documents (word classes
shared with the events stage, faultlines/words) and the quote stage's own lists in cues.yaml,
read once and checked.

A misspelt field in the data would silently turn a cue off, so the loader refuses unknown
fields and wrong types and names the entry (format: README.md beside this file).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from faultlines import words
from faultlines.datafiles import Source
from faultlines.words import SpeechVerb as Verb

__all__ = ["CUES_FILE", "Cues", "Verb", "load", "parse"]

CUES_FILE = Path(__file__).with_name("cues.yaml")
_LISTS = ("naming", "according", "bodies")


@dataclass(frozen=True)
class Cues:
    speech: dict[str, Verb]
    naming: frozenset[str]
    according: frozenset[str]
    bodies: frozenset[str]
    documents: frozenset[str]  # shared word classes (faultlines/words): the events stage
    accounts: frozenset[str]   # reports from the same documents



def parse(data: Any, file: str = "cues.yaml", speech: dict[str, Verb] | None = None) -> Cues:
    """Check and read the parsed YAML of a cues file.

    speech (dict | None): the verbs of saying; by default the shipped word class.
    """
    src = Source(Path(file))
    data = src.sections(data, _LISTS)
    lists = {key: frozenset(src.words(key, data.get(key, []), unique=True)) for key in _LISTS}
    shared = words.load()
    return Cues(speech=shared.speech if speech is None else speech, documents=shared.documents,
                accounts=shared.accounts, **lists)


@functools.lru_cache(maxsize=4)
def load(path: Path = CUES_FILE) -> Cues:
    """The cues of `path` (the shipped cues.yaml by default), read once per process."""
    return parse(Source(path).yaml(dict), str(path))
