"""Which state an actor that names none belongs to: "the police", "the government", "soldiers",
"protesters", "at least 60 people", read from where the text puts it.

News names the state of most of its actors once, if at all: in a story from Nairobi "police
fired on protesters" are Kenya's police and Kenya's people, as CAMEO and PLOVER code them. The
phrase's own words come first (owners.py: "police in Japan", "the Japanese police"); this module
answers for a phrase whose words place it nowhere, from the evidence nearest to it:

1. its sentence: the one state the sentence names ("killed soldiers at a Burkina Faso army
   base"); for the people of a place, the one state it names as a place or a people ("gathered
   in Nairobi", "young Kenyans"), never a state that acts in it;
2. its paragraph: the one state the paragraph names (state organs only);
3. the story: the state the story names clearly most (the only one, or at least MIN_NAMED times
   and DOMINANCE times any other), else its dateline's ("ISLAMABAD:") where the story names
   no state more often.

Where two states compete at a level the phrase keeps no state and looks no further: a wrong
state is worse than none. People take a state from the story only where their paragraph names
no other state and their sentence no state acting: "dozens of people were killed" after
"Israeli strikes" are not Israel's people.

A state is named by its name, demonym, capital, seat or agency, by a listed office-holder of it,
or by one of its regions; a backer ("US-backed"), a destination ("returned the statues to
Peru") or the other side ("the war against Iraq") names no state of the story.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from spacy.tokens import Token

from faultlines.actors import phrases
from faultlines.nlp.parse import climb

MIN_NAMED = 3  # a story names its state at least this often
DOMINANCE = 2  # and this many times more often than any other state

# Nouns of the sites a name places something at ("Nairobi's streets", "a Burkina Faso army
# base"), besides phrases.PLACE_NOUNS: the name says where, not who.
SITES = frozenset("street streets road roads highway base camp port airport checkpoint "
                  "outpost station market square neighbourhood neighborhood".split())
PEOPLE_ROLE = "people"  # "young Kenyans": the people of a state
PLACE_ROLE = "place"  # "in Nairobi", "a Jerusalem court"
TOPIC_ROLE = "topic"  # a demonym on a word that is no actor: "Israeli strikes", "Palestinian themes"
ACTOR_ROLE = "actor"  # any other use: "Kenya said", "the Israeli military"


@dataclass(frozen=True)
class Named:
    """A state named in the story: at which token, in which sentence and paragraph, and how."""

    token: int
    state: str
    sentence: int
    paragraph: int
    role: str
    counts: bool = True  # False for a backer, a destination, the other side (`counted`)


@dataclass
class StoryStates:
    """Every state the story names, and the story's own state (see the module docstring)."""

    names: list[Named] = field(default_factory=list)
    dateline: str | None = None
    dominant: str | None = None

    every: list[Named] = field(default_factory=list)  # counted or not, for antecedents

    @classmethod
    def of(cls, names: list[Named], dateline: str | None) -> StoryStates:
        counted_names = [n for n in names if n.counts]
        return cls(counted_names, dateline, _dominant(counted_names), names)

    def named_before(self, token: int) -> set[str]:
        """The states the story names before a token, in whatever role ("flew to Qatar")."""
        return {n.state for n in self.every if n.token < token}

    @property
    def state(self) -> str | None:
        """The story's state: the one it names clearly most, else its dateline's where no
        state is named more often. A dateline alone does not outweigh the story: news of Sudan
        is filed from Dubai."""
        if self.dominant is not None:
            return self.dominant
        counts = Counter(n.state for n in self.names)
        most = max(counts.values(), default=0)
        if self.dateline and counts.get(self.dateline, 0) == most:
            return self.dateline
        return None

    def for_organ(self, token: Token, paragraph: int) -> str | None:
        """The state of a state organ its words do not place ("the army", "police"). A
        demonym on a word that is no actor says what the words are about, not whose the organ
        is: "the police found books on Palestinian themes" in Jerusalem."""
        for level in (self._in_sentence(token), self._in_paragraph(paragraph)):
            states = {n.state for n in level if n.role != TOPIC_ROLE}
            if states:
                return states.pop() if len(states) == 1 else None
        return self.state

    def for_people(self, token: Token, paragraph: int) -> str | None:
        """The state of the people of a place its words do not place ("protesters", "at least
        60 people"): the one state their sentence names as a place or a people, else the
        story's, where nothing near them names another."""
        here = self._in_sentence(token)
        placed = {n.state for n in here if n.role in (PLACE_ROLE, PEOPLE_ROLE)}
        if placed:
            return placed.pop() if len(placed) == 1 else None
        if here:
            return None  # "Israeli strikes killed dozens of people": whose people, unsaid
        story = self.state
        if story is None or any(n.state != story for n in self._in_paragraph(paragraph)):
            return None
        return story

    def _in_sentence(self, token: Token) -> list[Named]:
        start = token.sent.start
        return [n for n in self.names if n.sentence == start]

    def _in_paragraph(self, paragraph: int) -> list[Named]:
        return [n for n in self.names if n.paragraph == paragraph]


def _dominant(names: list[Named]) -> str | None:
    counts = Counter(n.state for n in names).most_common(2)
    if not counts:
        return None
    top, n = counts[0]
    if len(counts) == 1:
        return top
    return top if n >= MIN_NAMED and n >= DOMINANCE * counts[1][1] else None


def role(token: Token, demonym: bool, actor_nouns: frozenset[str]) -> str:
    """How a state's name is used: as a people ("young Kenyans"), a place ("in Nairobi",
    "Nairobi's streets", "a Burkina Faso army base"), a demonym on a word that no actor's
    phrase ends with (`actor_nouns`: "Israeli strikes", "Palestinian themes") or an actor (any
    other use)."""
    if demonym and token.dep_ in ("amod", "compound") and token.head.pos_ == "NOUN" \
            and token.head.lower_ not in actor_nouns \
            and token.head.lemma_.lower() not in actor_nouns:
        return TOPIC_ROLE
    if demonym and token.tag_ in ("NNS", "NNPS") and token.dep_ not in ("compound", "amod"):
        return PEOPLE_ROLE
    if phrases.is_place(token):
        return PLACE_ROLE
    head = climb(token, ("compound", "amod", "nmod", "poss"))
    if head.i != token.i and head.lemma_.lower() in SITES | phrases.PLACE_NOUNS:
        return PLACE_ROLE
    return ACTOR_ROLE


def counted(token: Token, backers: set[int]) -> bool:
    """Does the name count as one of the story's states? A backer, a destination and the other
    side of a war do not ("US-backed forces", "returned the paintings to Peru", "the war
    against Iraq")."""
    return token.i not in backers and not phrases.is_destination(token) \
        and not phrases.is_opposed(token)
