"""The events lexicon: trigger entries per PLOVER type, the frame word lists and the tables of
the events policy (policy.yaml), loaded once.

Knowledge lives in events/lexicon/*.yaml (format in events/lexicon/README.md); this module reads
it (through faultlines.datafiles) into frozen dataclasses, indexes entries by (lemma, pos), and
stops on the first bad entry with a message that names the file and the entry, so a typo in the
data never silently drops a trigger. Two frame lists are shared word classes rather than the
lexicon's own, read from faultlines/words: `speech_verbs` (the verbs an event is reported from,
the same verbs the quote stage reads) and `negation_words` (which the ties stage reads too).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from faultlines import words as word_classes
from faultlines.datafiles import Source
from faultlines.errors import DataFileError

LEXICON_DIR = Path(__file__).with_name("lexicon")

# PLOVER 2.0 event types, in the order PLOVER lists them (also the order files are read).
TYPES: tuple[str, ...] = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID",
                          "RETREAT", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST",
                          "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")

_ENTRY_FIELDS = {"lemma", "pos", "prt", "prep", "object", "object_lemmas", "object_types", "verbs",
                 "modifiers", "predicate",
                 "mode", "context", "cameo", "place_target", "complement", "named_sides"}
_OBJECTS = {"actor", "thing", "none", "any", "body", "said", "place"}
# Object classes narrower than "actor" or "thing": an entry that names one is the more specific
# ("captured the town" is a place taken, ASSAULT, before a person captured, COERCE).
_NARROW_OBJECTS = ("said", "place")
_COMPLEMENTS = {"obligation", "infinitive", "actor_to"}
FRAME_KEYS = ("light_verbs", "speech_verbs", "plan_verbs", "refuse_verbs", "fail_verbs",
              "modal_words", "hypothetical_modifiers", "pending_nouns", "conditional_marks",
              "negation_words",
              "recipient_preps", "statement_nouns", "target_nouns", "agent_nouns",
              "noun_recipient_preps", "container_nouns", "obligation_words",
              "obligation_verbs", "request_nouns",
              "volition_modals",
              "intent_words", "intent_nouns", "deadline_verbs", "deadline_nouns", "dative_verbs",
              "force_nouns", "document_nouns",
              "peace_words", "claim_nouns", "converse_verbs", "state_acts",
              "enforcing_organs",
              "group_nouns", "attack_nouns", "weapon_nouns", "topic_verbs", "memorial_words",
              "act_nouns", "warning_verbs", "idiom_particles",
              "abstract_targets", "contest_prizes", "sport_words", "assembly_verbs",
              "mutual_words", "relational_nouns", "answerable_types", "agentless_types",
              "under_verbs", "repel_verbs", "plural_target_nouns", "mutual_modifiers",
              "obligation_adjectives", "retaliation_nouns", "clash_words", "raid_words", "raid_agents",
              "violence_words", "idea_targets", "figurative_modifiers", "owned_nouns",
              "travel_verbs", "answer_verbs", "standing_nouns",
              "occurrence_verbs", "promise_verbs",
              "retaliation_verbs", "site_nouns", "vehicle_nouns", "stance_nouns",
              "place_nouns", "averting_verbs", "alternative_words", "joint_nouns",
              "office_nouns", "office_verbs", "verbal_fight_words",
              "converse_owned_types", "figurative_fire", "harm_verbs",
              "law_texts", "binding_verbs")
# Frame lists that are shared word classes (faultlines/words), not lines of frames.yaml.
SHARED_FRAMES = ("speech_verbs", "negation_words")

_RULE_FIELDS = {"types", "modes", "of", "becomes", "mode", "mode_by_type", "said"}

# A lexicon file that cannot be used; the message names the file and the entry. The one error
# of every data file (faultlines.datafiles), under the name this module has always raised.
LexiconError = DataFileError


@dataclass(frozen=True)
class Entry:
    """One trigger pattern: a lemma and its constraints, mapped to a PLOVER type and mode."""

    type: str
    lemma: str
    pos: str = "verb"
    prt: str | None = None
    prep: str | None = None
    object: str = "any"
    object_lemmas: frozenset[str] = frozenset()
    object_types: frozenset[str] = frozenset()  # the object is an event noun of these types
    verbs: frozenset[str] = frozenset()
    modifiers: frozenset[str] = frozenset()
    mode: str | None = None
    context: tuple[str, ...] = ()
    cameo: str | None = None
    place_target: bool = False
    complement: str | None = None
    predicate: frozenset[str] = frozenset()
    named_sides: bool = False  # codes only where its clause names its doer and a placed recipient
    order: int = 0

    @property
    def specificity(self) -> int:
        """How many constraints the entry sets: the more, the more specific its reading."""
        return sum((self.prt is not None, self.prep is not None, self.object != "any",
                    self.object in _NARROW_OBJECTS,
                    bool(self.object_lemmas or self.object_types), bool(self.verbs),
                    bool(self.modifiers),
                    self.complement is not None, bool(self.predicate)))


@dataclass(frozen=True)
class RuleTable:
    """What one rule of the events policy applies to and what it makes of it (policy.yaml)."""

    types: frozenset[str] = frozenset()   # the event types the rule applies to
    modes: frozenset[str] = frozenset()   # ... and only in these modes, when given
    of: frozenset[str] = frozenset()      # the type of the clause it governs that it reads
    becomes: str | None = None            # the type it gives
    mode: str | None = None               # the mode it gives
    mode_by_type: dict[str, str] = field(default_factory=dict)  # ... by the act's own type
    said: frozenset[str] = frozenset()    # types it reads only where the actor is reported


@dataclass(frozen=True)
class Policy:
    """The data of the events policy: its rules' tables and who acts politically."""

    rules: dict[str, RuleTable] = field(default_factory=dict)
    political_kinds: frozenset[str] = frozenset()
    political_sectors: frozenset[str] = frozenset()

    def rule(self, name: str) -> RuleTable:
        """The table of one rule; a rule that reads a table policy.yaml lacks is a data error."""
        try:
            return self.rules[name]
        except KeyError:
            Source(LEXICON_DIR / "policy.yaml").fail(None, f"no table for rule '{name}'")


@dataclass(frozen=True)
class Lexicon:
    entries: dict[tuple[str, str], tuple[Entry, ...]]
    frames: dict[str, frozenset[str]] = field(default_factory=dict)
    policy: Policy = field(default_factory=Policy)

    def lookup(self, lemma: str, pos: str) -> tuple[Entry, ...]:
        """The entries of a lemma; a hyphenated one the lexicon does not list is looked up as
        one word ("counter-attack" as "counterattack", nlp/hyphens.py), then as the word its
        prefix joins ("co-host" as "host", "re-open" as "open")."""
        lemma = lemma.lower()
        found = self.entries.get((lemma, pos), ())
        if not found and "-" in lemma:
            return self.entries.get((lemma.replace("-", ""), pos), ()) \
                or self.entries.get((lemma.rsplit("-", 1)[1], pos), ())
        return found

    def words(self, key: str) -> frozenset[str]:
        return self.frames.get(key, frozenset())

    def all_entries(self) -> list[Entry]:
        return [e for group in self.entries.values() for e in group]


def _words(value: Any, src: Source, entry: str | None, name: str) -> frozenset[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        src.fail(entry, f"'{name}' must be a list of words")
    return frozenset(v.lower() for v in value)


def _entry(raw: Any, ptype: str, src: Source, index: int, order: int) -> Entry:
    lemma = raw.get("lemma") if isinstance(raw, dict) else None
    where = f"entry {index} ({lemma})"
    if not isinstance(raw, dict) or not isinstance(lemma, str) or not lemma:
        src.fail(where, "an entry is a mapping with a 'lemma'")
    unknown = set(raw) - _ENTRY_FIELDS
    if unknown:
        src.fail(where, f"unknown field '{sorted(unknown)[0]}'")
    if raw.get("pos", "verb") not in ("verb", "noun"):
        src.fail(where, "pos must be verb or noun")
    if raw.get("object", "any") not in _OBJECTS:
        src.fail(where, f"object must be one of {sorted(_OBJECTS)}")
    for name in ("prt", "prep", "mode", "cameo"):
        if name in raw and not isinstance(raw[name], (str, int)) or raw.get(name) is True:
            src.fail(where, f"'{name}' must be a word (quote yes/no/on/off in YAML)")
    for name in ("place_target", "named_sides"):
        if not isinstance(raw.get(name, False), bool):
            src.fail(where, f"'{name}' must be true or false")
    if raw.get("complement") is not None and raw["complement"] not in _COMPLEMENTS:
        src.fail(where, f"complement must be one of {sorted(_COMPLEMENTS)}")
    if raw.get("pos", "verb") == "verb" and ("verbs" in raw or "modifiers" in raw):
        src.fail(where, "'verbs' and 'modifiers' are for nouns")
    context = raw.get("context", [])
    return Entry(
        type=ptype, lemma=lemma.lower(), pos=raw.get("pos", "verb"), prt=raw.get("prt"),
        prep=raw.get("prep"), object=raw.get("object", "any"),
        object_lemmas=_words(raw.get("object_lemmas", []), src, where, "object_lemmas"),
        object_types=_types(raw.get("object_types", []), src, where, "object_types"),
        verbs=_words(raw.get("verbs", []), src, where, "verbs"),
        modifiers=_words(raw.get("modifiers", []), src, where, "modifiers"),
        mode=raw.get("mode"), context=tuple(_words(context, src, where, "context") and context),
        cameo=str(raw["cameo"]) if raw.get("cameo") is not None else None,
        place_target=raw.get("place_target", False), complement=raw.get("complement"),
        predicate=_words(raw.get("predicate", []), src, where, "predicate"),
        named_sides=raw.get("named_sides", False), order=order)


def read_type_file(path: Path, start: int = 0) -> list[Entry]:
    """Read one PLOVER type file; RETURNS its entries (validated)."""
    src = Source(path)
    data = src.yaml()
    if not isinstance(data, dict) or data.get("type") not in TYPES:
        src.fail(None, f"'type' must be one of {', '.join(TYPES)}")
    if data["type"] != path.stem:
        src.fail(None, f"type {data['type']} differs from file name")
    raw_entries = data.get("entries")
    if not isinstance(raw_entries, list) or not raw_entries:
        src.fail(None, "'entries' must be a list")
    return [_entry(raw, data["type"], src, i + 1, start + i)
            for i, raw in enumerate(raw_entries)]


def read_frames(path: Path) -> dict[str, frozenset[str]]:
    """Every frame list: those of frames.yaml, and the shared word classes (SHARED_FRAMES)."""
    src = Source(path)
    data = src.yaml()
    if not isinstance(data, dict):
        src.fail(None, "expected a mapping")
    own = [key for key in FRAME_KEYS if key not in SHARED_FRAMES]
    unknown = set(data) - set(own)
    missing = set(own) - set(data)
    if unknown or missing:
        problem = (f"unknown key '{sorted(unknown)[0]}'" if unknown
                   else f"missing key '{sorted(missing)[0]}'")
        src.fail(None, problem)
    frames = {key: _words(data[key], src, None, key) for key in own}
    shared = word_classes.load()
    return frames | {"speech_verbs": shared.reporting, "negation_words": shared.negation}


def _types(value: Any, src: Source, where: str, name: str) -> frozenset[str]:
    words = frozenset(v.upper() for v in _words(value, src, where, name))
    if words - set(TYPES):
        unknown = sorted(words - set(TYPES))[0]
        src.fail(where, f"'{name}' names {unknown}, which is no PLOVER type")
    return words


def _rule_table(raw: Any, src: Source, where: str) -> RuleTable:
    if not isinstance(raw, dict):
        src.fail(where, "a rule's table is a mapping")
    if set(raw) - _RULE_FIELDS:
        src.fail(where, f"unknown field '{sorted(set(raw) - _RULE_FIELDS)[0]}'")
    by_type = raw.get("mode_by_type", {})
    if not isinstance(by_type, dict) or not all(isinstance(v, str) for v in by_type.values()):
        src.fail(where, "'mode_by_type' maps types to modes")
    for name in ("becomes", "mode"):
        if raw.get(name) is not None and not isinstance(raw[name], str):
            src.fail(where, f"'{name}' must be a word")
    if raw.get("becomes") is not None:
        _types([raw["becomes"]], src, where, "becomes")
    _types(list(by_type), src, where, "mode_by_type")
    return RuleTable(types=_types(raw.get("types", []), src, where, "types"),
                     modes=_words(raw.get("modes", []), src, where, "modes"),
                     of=_types(raw.get("of", []), src, where, "of"),
                     becomes=raw.get("becomes"), mode=raw.get("mode"),
                     mode_by_type={t.upper(): mode for t, mode in by_type.items()},
                     said=_types(raw.get("said", []), src, where, "said"))


def read_policy(path: Path) -> Policy:
    """Read policy.yaml: the tables of the events policy's rules (events/policy/)."""
    src = Source(path)
    data = src.yaml()
    if not isinstance(data, dict) or set(data) != {"political", "rules"} \
            or not isinstance(data["rules"], dict) or not isinstance(data["political"], dict):
        src.fail(None, "expected the mappings 'political' and 'rules'")
    political = data["political"]
    return Policy(rules={name: _rule_table(raw, src, f"rule {name}")
                         for name, raw in data["rules"].items()},
                  political_kinds=_words(political.get("kinds"), src, None, "kinds"),
                  political_sectors=frozenset(
                      s.upper() for s in _words(political.get("sectors"), src, None, "sectors")))


def build(directory: Path) -> Lexicon:
    """Read every type file, frames.yaml and policy.yaml of `directory` into a Lexicon."""
    index: dict[tuple[str, str], list[Entry]] = {}
    order = 0
    for ptype in TYPES:
        path = directory / f"{ptype}.yaml"
        if not path.exists():
            Source(path).fail(None, "missing")
        for entry in read_type_file(path, order):
            index.setdefault((entry.lemma, entry.pos), []).append(entry)
            order += 1
    frames = read_frames(directory / "frames.yaml")
    return Lexicon({k: tuple(v) for k, v in index.items()}, frames,
                   read_policy(directory / "policy.yaml"))


@functools.lru_cache(maxsize=4)
def load(directory: Path = LEXICON_DIR) -> Lexicon:
    """The shipped lexicon, read and validated once per process."""
    return build(directory)
