"""A state named like a US state ("Georgia"): which one a story means.

The knowledge base matches "Georgia" as the country. A story about the US state says so by its
words: a US city or another US state named beside it ("Atlanta, Georgia", "Georgia and
Arizona"), an office of its own ("Georgia's secretary of state", "the governor of Georgia"),
or the United States named where nothing of the country is (no Georgian, Tbilisi or other
name of the country, and none of its neighbours: "Russia invaded Georgia" stays the country).
There the name is no match of the country, and the actors stage reads it as it reads
"Arizona": a region of the United States. The names, their states, neighbours and office
words are homonyms.yaml.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from spacy.tokens import Doc

from faultlines.actors import where
from faultlines.datafiles import Source

HOMONYMS = Path(__file__).with_name("homonyms.yaml")


@dataclass(frozen=True)
class Homonym:
    country: str
    neighbours: frozenset[str]
    offices: frozenset[str]


@functools.lru_cache(maxsize=1)
def load(path: Path = HOMONYMS) -> dict[str, Homonym]:
    """The homonyms of `path`, by name, read once."""
    src = Source(path)
    out = {}
    for name, entry in src.yaml(dict).items():
        if name not in where.us_states():
            src.fail(name, "is no US state's name")
        try:
            out[name] = Homonym(entry["country"], frozenset(entry["neighbours"]),
                                frozenset(entry["offices"]))
        except (KeyError, TypeError) as err:
            src.fail(name, f"needs country, neighbours and offices ({err})")
    return out


def us_spans(doc: Doc, spans: dict[tuple[int, int], str],
             state: Callable[[tuple[int, int], str], str | None]) -> set[tuple[int, int]]:
    """The KB matches (`spans`: (start, end) → key) of a homonym's country that this story
    means as the US state. `state(span, key)` is the code of the state a match names (its
    name, demonym, capital, seat or agency, or a person's office), else None; it is asked only
    in a story that names a homonym, so that others pay nothing."""
    out = set()
    for name, h in load().items():
        mine = [span for span, key in spans.items() if key == f"country:{h.country}"
                and doc[span[0]:span[1]].text == name]
        if not mine:
            continue
        others = {code for span, key in spans.items()
                  if span not in mine and (code := state(span, key))}
        if others & (h.neighbours | {h.country}):
            continue  # "Georgian", "Tbilisi", "Russia": the country
        if any(_local(doc, span, h) for span in mine) \
                or "USA" in others and any(_placed(doc, span) for span in mine):
            out.update(mine)
    return out


PLACING = frozenset(("in", "across", "throughout"))


def _placed(doc: Doc, span: tuple[int, int]) -> bool:
    """Is the match where something happens ("a plant in Georgia"), not who acts or is acted
    on ("the EU warned Georgia")? Only so does a story that names the US mean the US state."""
    return span[0] >= 1 and doc[span[0] - 1].lower_ in PLACING


def _local(doc: Doc, span: tuple[int, int], h: Homonym) -> bool:
    """Do the words around one match make it a US state: "Atlanta, Georgia", "Georgia and
    Arizona", "Georgia's governor", "the secretary of state of Georgia"?"""
    start, end = span
    before = doc[start - 2] if start >= 2 and doc[start - 1].text == "," else None
    if before is not None and where.city_state(before.text) == "USA":
        return True
    near = doc[max(0, start - 4):min(len(doc), end + 4)]
    if any(t.text in where.us_states() and not start <= t.i < end for t in near):
        return True
    after = [t.lower_ for t in doc[end:end + 3] if t.lower_ not in ("'s", "’s")]
    if after and after[0] in h.offices:
        return True
    return start >= 2 and doc[start - 1].lower_ == "of" and doc[start - 2].lower_ in h.offices
