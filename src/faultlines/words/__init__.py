"""Word classes that several stages read, each defined once in classes.yaml and read once.

Before this file the verbs of saying were two lists (the quote stage's 111 and the events
stage's 37), so "X admitted Russia attacked" gave a quote from X but an event without
`reported_by`; the sectors of a state's organs stood in five places. Each class now has one
definition here, and each stage reads it through `load()`:

- `speech`: the verbs of saying, with what each does in a quotation (quotes/cues.py);
- `reporting`: the verbs whose clause an event is reported from (events/modality.py): the
  speech verbs that report a clause, and `reporting_verbs` (belief and evidence: "believes",
  "shows");
- `negation`: the words that negate a clause besides the parse's `neg` (events, ties);
- `joined_prefixes`: the prefixes whose hyphen does not split a word (nlp/hyphens.py);
- `locative`: the prepositions of place, in tiers (`at`, `toward`, `route`, `aimed`, `scene`):
  each stage reads the tiers its question needs (actors/phrases.py, places/, events/setting.py,
  events/arguments.py, coref/descriptions.py);
- `documents` and `accounts`: nouns for documents that speak for their author ("the statement
  said") and for where they are posted (nlp/documents.py, read by quotes and events);
- `dateline`: the shapes of a wire dateline (nlp/datelines.py);
- `state_organs` and `state_sectors`: the sectors of a state's organs, and those that count
  as the state in the network (faultlines.identity reads both).

The format is in README.md beside this file.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

from faultlines.datafiles import Source

CLASSES_FILE = Path(__file__).with_name("classes.yaml")
SECTIONS = ("speech", "reporting_verbs", "document_words", "account_words", "negation_words",
            "joined_prefixes", "locative_prepositions", "dateline", "state_organs",
            "state_delegates")
DATELINE_FIELDS = {"marks": list, "spaced_marks": list, "date_words": list,
                   "abbreviated_regions": list, "place_words": int, "span_tokens": int,
                   "opening_chars": int}
LOCATIVE_TIERS = ("at", "within", "toward", "route", "aimed", "scene")
_SPEECH_FIELDS = {"indirect": bool, "directive": bool, "about": list, "addressee": bool}


@dataclass(frozen=True)
class SpeechVerb:
    """A verb of saying. indirect: the clause it governs is reported speech ("said that ...");
    directive: so is an object with a to-infinitive ("urged Moscow to act"); about: the object
    of these prepositions is what was said ("accused Baku of ..."); addressee: its named object
    is who is spoken to ("told Newsweek")."""

    lemma: str
    indirect: bool = False
    directive: bool = False
    about: tuple[str, ...] = ()
    addressee: bool = False


@dataclass(frozen=True)
class Locatives:
    """Prepositions of place. at: where something is or happens ("in", "near"); within: inside
    a place or a body ("within Nato"); toward: toward, past or along a place ("into",
    "toward"); route: every other way to a place ("to", "via"); aimed: the place an act is
    aimed at or done in ("to", "against"); scene: the scene of a meeting or signing, no side
    of it ("in", "at")."""

    at: frozenset[str]
    within: frozenset[str]
    toward: frozenset[str]
    route: frozenset[str]
    aimed: frozenset[str]
    scene: frozenset[str]

    @property
    def where(self) -> frozenset[str]:
        """After one of these a place the story names is where something happened."""
        return self.at | self.within

    @property
    def place(self) -> frozenset[str]:
        """After one of these a state's or capital's name is a place, not an actor."""
        return self.at | self.within | self.toward

    @property
    def any(self) -> frozenset[str]:
        """After one of these a name may stand as a place."""
        return self.at | self.within | self.toward | self.route


@dataclass(frozen=True)
class DatelineShapes:
    """What a wire dateline looks like (nlp/datelines.py reads it): the marks that end one
    (`spaced` only with a space before them), the words of a date, the regions after which it
    may end with no mark, how many words of place and tokens it may run to, and how far into
    the story one may open past a line's start."""

    marks: frozenset[str]
    spaced: frozenset[str]
    date_words: frozenset[str]
    abbreviated_regions: frozenset[str]
    place_words: int
    span_tokens: int
    opening_chars: int


@dataclass(frozen=True)
class WordClasses:
    speech: dict[str, SpeechVerb]
    reporting: frozenset[str]
    documents: frozenset[str]
    accounts: frozenset[str]
    negation: frozenset[str]
    joined_prefixes: frozenset[str]
    locative: Locatives
    dateline: DatelineShapes
    state_organs: frozenset[str]
    state_sectors: frozenset[str]


def _speech_verb(src: Source, lemma: object, spec: object) -> SpeechVerb:
    entry = f"speech.{lemma}"
    if not isinstance(lemma, str) or lemma != lemma.lower() or not lemma.strip():
        src.fail(entry, "a lemma must be a lower-case word")
    spec = src.fields(entry, spec, _SPEECH_FIELDS)
    about = src.words(f"{entry}.about", spec.get("about"))
    return SpeechVerb(lemma, spec.get("indirect", False), spec.get("directive", False), about,
                      spec.get("addressee", False))


def speech_verbs(src: Source, data: object) -> dict[str, SpeechVerb]:
    """The `speech` section: lemma → SpeechVerb, each entry checked."""
    entries = src.mapping("speech", data, "verb lemmas")
    return {lemma: _speech_verb(src, lemma, spec) for lemma, spec in entries.items()}


def _sectors(src: Source, key: str, value: object) -> frozenset[str]:
    codes = src.words(key, value, lower=False, unique=True, single=True)
    for code in codes:
        if code != code.upper() or len(code) != 3:
            src.fail(f"{key}.{code}", "expected a PLOVER sector code (three capitals)")
    return frozenset(codes)


def locatives(src: Source, data: object) -> Locatives:
    """The `locative_prepositions` section: one list of lower-case words per tier."""
    tiers = src.sections(data, LOCATIVE_TIERS)
    missing = [tier for tier in LOCATIVE_TIERS if tier not in tiers]
    if missing:
        src.fail(f"locative_prepositions.{missing[0]}", "missing: expected a list of words")
    return Locatives(*(frozenset(src.words(f"locative_prepositions.{tier}", tiers[tier],
                                           unique=True, single=True))
                       for tier in LOCATIVE_TIERS))


def dateline_shapes(src: Source, data: object) -> DatelineShapes:
    """The `dateline` section."""
    spec = src.fields("dateline", data, DATELINE_FIELDS)
    missing = [key for key in DATELINE_FIELDS if key not in spec]
    if missing:
        src.fail(f"dateline.{missing[0]}", "missing")
    marks = frozenset(src.words("dateline.marks", spec["marks"], unique=True))
    spaced = frozenset(src.words("dateline.spaced_marks", spec["spaced_marks"], unique=True))
    if not spaced <= marks:
        src.fail("dateline.spaced_marks", "each must be one of the marks")
    return DatelineShapes(marks, spaced,
                          frozenset(src.words("dateline.date_words", spec["date_words"],
                                              unique=True, single=True)),
                          frozenset(src.words("dateline.abbreviated_regions",
                                              spec["abbreviated_regions"], lower=False,
                                              unique=True, single=True)),
                          spec["place_words"], spec["span_tokens"], spec["opening_chars"])


def parse(src: Source, data: object) -> WordClasses:
    """Check and read the parsed YAML of a word-classes file."""
    data = src.sections(data, SECTIONS)
    speech = speech_verbs(src, data.get("speech"))
    reporting = src.words("reporting_verbs", data.get("reporting_verbs"), unique=True)
    organs = _sectors(src, "state_organs", data.get("state_organs"))
    return WordClasses(
        speech=speech,
        reporting=frozenset(v.lemma for v in speech.values() if v.indirect) | frozenset(reporting),
        documents=frozenset(src.words("document_words", data.get("document_words"), unique=True)),
        accounts=frozenset(src.words("account_words", data.get("account_words"), unique=True)),
        negation=frozenset(src.words("negation_words", data.get("negation_words"), unique=True)),
        joined_prefixes=frozenset(src.words("joined_prefixes", data.get("joined_prefixes"),
                                            unique=True, single=True)),
        locative=locatives(src, data.get("locative_prepositions")),
        dateline=dateline_shapes(src, data.get("dateline")),
        state_organs=organs,
        state_sectors=organs | _sectors(src, "state_delegates", data.get("state_delegates")))


@functools.lru_cache(maxsize=4)
def load(path: Path = CLASSES_FILE) -> WordClasses:
    """The word classes of `path` (the shipped classes.yaml by default), read once per process."""
    src = Source(path)
    return parse(src, src.yaml(dict))
