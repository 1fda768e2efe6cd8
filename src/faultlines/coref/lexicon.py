"""The resolver's words (words.yaml), read once, checked, and frozen.

A wrong entry stops the load and names itself ("words.yaml, descriptions.bloc: wants 'igos' is
none of ..."), since a silently ignored entry would mis-resolve every story that uses the word.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from faultlines.datafiles import Source

WORDS = Path(__file__).with_name("words.yaml")
WANTS = frozenset(("state", "ministry", "named", "group", "party", "igo", "company", "person",
                   "states", "sides", "persons", "other_state"))
STANDS_FOR = frozenset(("person", "thing", "any"))
FORMS = frozenset(("subject", "object", "possessive", "reflexive"))


@dataclass(frozen=True)
class Pronoun:
    number: str  # sg, pl
    stands_for: str  # person, thing, any
    form: str  # subject, object, possessive, reflexive
    gender: str | None = None


@dataclass(frozen=True)
class Description:
    wants: str
    sector: str | None = None
    roles: tuple[str, ...] = ()
    armed: bool = False
    opened: bool = False  # points back only after "two", "both", "neither", "warring", "rival"
    story: bool = False  # the state the story is about first ("the regime"), not the nearest

    @property
    def pair(self) -> bool:
        """Does it stand for two actors at once ("the two countries", "both sides")?"""
        return self.wants in ("states", "sides", "persons")


@dataclass(frozen=True, eq=False)  # hashed by identity: one loaded lexicon, cached lookups
class Lexicon:
    pronouns: dict[str, Pronoun]
    descriptions: dict[str, Description]
    determiners: frozenset[str]
    agent_verbs: frozenset[str]
    speech_verbs: frozenset[str]
    honorifics: frozenset[str]
    actor_possessions: frozenset[str]
    hostile_verbs: frozenset[str]
    judging_verbs: frozenset[str]
    censure_verbs: frozenset[str]
    listed_officials: frozenset[str]
    thing_possessions: frozenset[str] = frozenset()
    documents: frozenset[str] = frozenset()
    issuing_verbs: frozenset[str] = frozenset()


def _pronoun(src: Source, word: str, entry: dict) -> Pronoun:
    pronoun = Pronoun(**entry)
    if pronoun.number not in ("sg", "pl"):
        src.fail(f"pronouns.{word}", f"number '{pronoun.number}' is neither sg nor pl")
    if pronoun.stands_for not in STANDS_FOR:
        src.fail(f"pronouns.{word}", f"stands_for '{pronoun.stands_for}' is none of "
                                     f"{', '.join(sorted(STANDS_FOR))}")
    if pronoun.form not in FORMS:
        src.fail(f"pronouns.{word}", f"form '{pronoun.form}' is none of "
                                     f"{', '.join(sorted(FORMS))}")
    return pronoun


def _description(src: Source, word: str, entry: dict) -> Description:
    entry = dict(entry)
    entry["roles"] = tuple(entry.get("roles", ()))
    description = Description(**entry)
    if description.wants not in WANTS:
        src.fail(f"descriptions.{word}", f"wants '{description.wants}' is none of "
                                         f"{', '.join(sorted(WANTS))}")
    if description.story and description.wants != "state":
        src.fail(f"descriptions.{word}", "story is only for wants: state")
    if description.roles and description.wants != "person":
        src.fail(f"descriptions.{word}", "roles are only for wants: person")
    return description


def parse(data: Any, path: Path = WORDS) -> Lexicon:
    """Check and read the parsed YAML of a words file; a bad entry stops the load, named."""
    src = Source(path)
    try:
        return Lexicon(
            pronouns={w: _pronoun(src, w, e) for w, e in data["pronouns"].items()},
            descriptions={w: _description(src, w, e) for w, e in data["descriptions"].items()},
            determiners=frozenset(data["determiners"]),
            agent_verbs=frozenset(data["agent_verbs"]),
            speech_verbs=frozenset(data["speech_verbs"]),
            honorifics=frozenset(data["honorifics"]),
            actor_possessions=frozenset(data["actor_possessions"]),
            hostile_verbs=frozenset(data["hostile_verbs"]),
            judging_verbs=frozenset(data["judging_verbs"]),
            censure_verbs=frozenset(data["censure_verbs"]),
            listed_officials=frozenset(data["listed_officials"]),
            thing_possessions=frozenset(data.get("thing_possessions", ())),
            documents=frozenset(data.get("documents", ())),
            issuing_verbs=frozenset(data.get("issuing_verbs", ())))
    except KeyError as err:
        src.fail("top level", f"missing section {err}")
    except TypeError as err:
        src.fail("an entry", str(err))


@functools.lru_cache(maxsize=1)
def load(path: Path = WORDS) -> Lexicon:
    """The words of `path` (the shipped words.yaml by default), read once per process."""
    return parse(Source(path).yaml(dict), path)
