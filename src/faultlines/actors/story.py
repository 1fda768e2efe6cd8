"""Which state an actor that names none belongs to: "the police", "the government", "soldiers",
"protesters", "at least 60 people", read from where the text puts it.

News names the state of most of its actors once, if at all: in a story from Nairobi "police
fired on protesters" are Kenya's police and Kenya's people, as CAMEO and PLOVER code them. The
phrase's own words come first (owners.py: "police in Japan", "the Japanese police"); this module
answers for a phrase whose words place it nowhere, from the evidence nearest to it:

1. its sentence: the one state the sentence names ("killed soldiers at a Burkina Faso army
   base"); for the people of a place, the one state it names as a place or a people ("gathered
   in Nairobi", "young Kenyans"), never a state that acts in it;
2. its paragraph (state organs only): the one state the paragraph names, or the story's where
   the paragraph names it among others (a story printed without breaks is one paragraph);
3. the story: the state the story names clearly most (the only one, or at least MIN_NAMED times
   and DOMINANCE times any other), else its dateline's ("ISLAMABAD:"), else the home state
   of the outlet it came from (kb/outlets.yaml: a Dawn story is set in Pakistan unless it
   says otherwise), where the story names no state more often than that one.

Where two states compete at a level the phrase keeps no state and looks no further: a wrong
state is worse than none. People take a state from the story only where their sentence names
no state acting and the sentences beside it no other state: "dozens of people were killed"
after "Israeli strikes" are not Israel's people.

A state is named by its name, demonym, capital, seat or agency, by a listed office-holder of it,
or by one of its regions; a backer ("US-backed"), a destination ("returned the statues to
Peru") or the other side ("the war against Iraq") names no state of the story.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from spacy.tokens import Token

from faultlines.actors import phrases
from faultlines.nlp.parse import climb, other_party, reported_in

MIN_NAMED = 3  # a story names its state at least this often
DOMINANCE = 2  # and this many times more often than any other state

# Nouns of the sites a name places something at ("Nairobi's streets", "a Burkina Faso army
# base"), besides phrases.PLACE_NOUNS: the name says where, not who.
SITES = frozenset("street streets road roads highway base camp port airport checkpoint "
                  "outpost station market square neighbourhood neighborhood".split())
PEOPLE_ROLE = "people"  # "young Kenyans": the people of a state
PLACE_ROLE = "place"  # "in Nairobi", "a Jerusalem court"
TOPIC_ROLE = "topic"  # a demonym on a word that is no actor: "Israeli strikes", "Palestinian themes"
# the other party of dealings: "relations [with Afghanistan]" places no organ or people of the
# sentence, though the story counts it
COUNTERPART_ROLE = "counterpart"
BODY_ROLE = "body"  # a state inside a body's name: "the Pak-China Trades Action Committee"
ACTOR_ROLE = "actor"  # any other use: "Kenya said", "the Israeli military"
# the roles that place no state organ of their sentence or paragraph
UNPLACING = (TOPIC_ROLE, BODY_ROLE, COUNTERPART_ROLE)


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
    outlet: str | None = None  # the home state of the outlet it came from (kb/outlets.yaml)

    @classmethod
    def of(cls, names: list[Named], dateline: str | None,
           outlet: str | None = None) -> StoryStates:
        counted_names = [n for n in names if n.counts]
        return cls(counted_names, dateline, _dominant(counted_names), names, outlet)

    def named_before(self, token: int) -> set[str]:
        """The states the story names before a token, in whatever role ("flew to Qatar")."""
        return {n.state for n in self.every if n.token < token}

    @property
    def state(self) -> str | None:
        """The story's state: the one it names clearly most, else its dateline's, else its
        outlet's home state, where the story names no state more often. Neither outweighs the
        story: news of Sudan is filed from Dubai, and a Pakistani paper reports the world."""
        if self.dominant is not None:
            return self.dominant
        counts = Counter(n.state for n in self.names)
        most = max(counts.values(), default=0)
        for origin in (self.dateline, self.outlet):
            if origin and counts.get(origin, 0) == most:
                return origin
        return None

    def for_organ(self, token: Token, paragraph: int, opposed: bool = False) -> str | None:
        """The state of a state organ its words do not place ("the army", "police"). A
        demonym on a word that is no actor says what the words are about, not whose the organ
        is: "the police found books on Palestinian themes" in Jerusalem. A paragraph that
        names several states, the story's among them, is the story's: a story printed without
        paragraph breaks is one paragraph. Forces `opposed` to their state ("rebel forces")
        are first the state's where their sentence places the fighting: in "Turkish troops
        attacked rebel forces in Syria" the state acting is the rebels' enemy, not theirs."""
        sentence = self._in_sentence(token)
        other = [n for n in sentence if _other_party(n, token)]
        here = [n for n in sentence if n.role not in UNPLACING and n not in other]
        places = {n.state for n in here if n.role == PLACE_ROLE}
        if opposed and len(places) == 1:
            return next(iter(places))
        if here:
            acting = {n.state for n in here if n.role != PLACE_ROLE}
            if len(acting) > 1:
                return None  # "Kenya and Uganda said the army ...": whose army, unsaid
            return self._one_of(acting or {n.state for n in here})
        around = {n.state for n in self._in_paragraph(paragraph)
                  if n.role not in UNPLACING and n not in other}
        return self._one_of(around) if around else self.state

    def _one_of(self, states: set[str]) -> str | None:
        """The one state of a sentence or paragraph, or the story's where it names several
        places, the story's among them ("protested at the Pakistan-China border")."""
        if len(states) == 1:
            return next(iter(states))
        return self.state if self.state in states else None

    def for_people(self, token: Token, paragraph: int) -> str | None:
        """The state of the people of a place its words do not place ("protesters", "at least
        60 people"): the one state their sentence names as a place or a people, else the
        story's, where neither their sentence nor the ones beside it name another."""
        here = [n for n in self._in_sentence(token)
                if n.role not in (BODY_ROLE, COUNTERPART_ROLE)]
        placed = {n.state for n in here if n.role in (PLACE_ROLE, PEOPLE_ROLE)
                  and not self._elsewhere(n, token, here)}
        if placed:
            return self._one_of(placed)
        if here:
            return None  # "Israeli strikes killed dozens of people": whose people, unsaid
        story = self.state
        if story is None or any(n.state != story for n in self._beside(token, paragraph)):
            return None
        return story

    @staticmethod
    def _elsewhere(place: Named, token: Token, here: list[Named]) -> bool:
        """"killed nine people, a day after Moscow and Kyiv agreed at talks *in Istanbul*": a
        place in a clause that does not govern the people's, and in which states act, is
        where those states did something else. A clause about the people ("protesters who
        gathered in Nairobi", "after they protested at the border") still places them."""
        doc = token.doc
        clause = _clause(doc[place.token])
        if place.role == PEOPLE_ROLE or place.token in {t.i for t in token.subtree} \
                or clause.i in {c.i for c in _clauses(token)}:
            return False
        # states acting in that very clause, not in one nested in it ("to return to homes in
        # south Lebanon *where Israeli troops remained*" still places those killed there)
        return any(n.role == ACTOR_ROLE and _clause(doc[n.token]).i == clause.i for n in here)

    def _in_sentence(self, token: Token) -> list[Named]:
        start = token.sent.start
        return [n for n in self.names if n.sentence == start]

    def _beside(self, token: Token, paragraph: int) -> list[Named]:
        """The states named in the sentences just before and after the token's, in its
        paragraph."""
        doc, sent = token.doc, token.sent
        starts = {doc[sent.start - 1].sent.start if sent.start > 0 else -1,
                  sent.end if sent.end < len(doc) else -1}
        return [n for n in self.names if n.sentence in starts and n.paragraph == paragraph]

    def _in_paragraph(self, paragraph: int) -> list[Named]:
        return [n for n in self.names if n.paragraph == paragraph]


_CLAUSES = ("advcl", "relcl", "ccomp", "xcomp", "acl", "conj", "parataxis", "pcomp", "csubj")


def _clause(token: Token) -> Token:
    """The head of the clause a word belongs to: the nearest verb above it (itself included)
    that heads a clause, else the sentence's root."""
    while token.head.i != token.i and not (token.pos_ in ("VERB", "AUX")
                                           and token.dep_ in _CLAUSES):
        token = token.head
    return token


def _clauses(token: Token) -> list[Token]:
    """The heads of the token's clause and of every clause above it."""
    out = [_clause(token)]
    while out[-1].head.i != out[-1].i:
        out.append(_clause(out[-1].head))
    return out


def _other_party(name: Named, token: Token) -> bool:
    """Is the state named as the other party of the organ's own act ("the government accused
    Pakistan", "the ministry summoned the Iranian ambassador")? It is whom the organ acts on
    or with, not whose it is. Places still place it ("the army launched an operation in North
    Waziristan"), unless they are in what it says ("a European official said the summit in
    The Hague ..."); so do a state's people, whom its organs deal with most ("the government
    conceded to demands that Guineans ..."), and a state in a clause above ("Kenya said the
    army ...") is its voice."""
    named = token.doc[name.token]
    if name.role == PLACE_ROLE:  # "a European official said the summit in The Hague ..."
        return reported_in(named, token)
    return name.role != PEOPLE_ROLE and other_party(named, token)


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
    if phrases.based(token):  # "a London-based monitor said 20 people were killed"
        return BODY_ROLE
    if phrases.is_counterpart(token):  # "the ministry said relations with Afghanistan ..."
        return COUNTERPART_ROLE
    if phrases.is_place(token):
        return PLACE_ROLE
    head = climb(token, ("compound", "amod", "nmod", "poss"))
    if head.i != token.i and head.lemma_.lower() in SITES | phrases.PLACE_NOUNS:
        return PLACE_ROLE
    return ACTOR_ROLE


def counted(token: Token, backers: set[int]) -> bool:
    """Does the name count as one of the story's states? A backer, a destination and the other
    side of a war do not ("US-backed forces", "returned the paintings to Peru", "the war
    against Iraq"), nor a body's seat ("the London-based monitor")."""
    return token.i not in backers and not phrases.is_destination(token) \
        and not phrases.is_opposed(token) and not phrases.based(token)
