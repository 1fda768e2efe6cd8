"""From a token of the parse to the actors it stands for, through the actors stage's mentions.

"Azerbaijan and Armenia" stands for two actors (the conjuncts), "the two countries" and "both
sides" for the last two actors named before them, "their" for the subject of its clause, a
relative pronoun for its antecedent ("the bloc, of which X is a member"), a grouping noun for
the organisation named on it ("the ASEAN regional bloc"). A token no mention resolves stands
for nobody: a tie needs two known ends.
"""

from __future__ import annotations

from spacy.tokens import Token

from faultlines.identity import key, node_actor
from faultlines.nlp.mentions import MentionView
from faultlines.nlp.parse import RELATIVE
from faultlines.ties.claim import ORGANISATIONS
from faultlines.ties.patterns import Patterns

_LARGE_CITY = 100_000  # a city that may stand for its country as a side of a conflict
_STATE_GROUPS = {"country", "nation", "state", "republic", "neighbor", "neighbour",
                 "government", "capital"}


def _distinct(actors: list[dict]) -> list[dict]:
    seen: dict[str, dict] = {}
    for actor in actors:
        seen.setdefault(key(actor), actor)
    return list(seen.values())


def last_two(index: MentionView, char: int, states_only: bool) -> list[dict]:
    """The last two distinct actors named before a character offset (nearest first).

    states_only (bool): "the two countries/governments": two actors of two different countries
        (a minister stands for their country here), else any two distinct actors.
    """
    found: list[dict] = []
    for mention in index.before(char):
        actor = mention["actor"]
        ident = actor.get("country") if states_only else key(actor)
        if ident and all(ident != (a.get("country") if states_only else key(a)) for a in found):
            found.append(actor)
        if len(found) == 2:
            return found
    return []


def _group(token: Token, index: MentionView, patterns: Patterns) -> list[dict]:
    """"the two countries", "both sides" → the two actors named last; else []."""
    if token.lemma_.lower() not in patterns.groups or token.tag_ not in ("NNS", "NNPS"):
        return []
    if not any(c.lower_ in ("two", "both") for c in token.children):
        return []
    return last_two(index, token.idx, token.lemma_.lower() in _STATE_GROUPS)


def _antecedent(token: Token) -> Token | None:
    """The noun a relative pronoun stands for: "the bloc, of *which* X is a member" → bloc,
    "Jakarta, *whose* biggest trading partner is China" → Jakarta."""
    if not (token.tag_ in ("WDT", "WP") and token.lower_ in RELATIVE or token.lower_ == "whose"):
        return None
    clause = token
    while clause.dep_ != "relcl" and clause.head.i != clause.i:
        clause = clause.head
    return clause.head if clause.dep_ == "relcl" else None


def _grouping(token: Token, index: MentionView, patterns: Patterns) -> list[dict]:
    """"the ASEAN regional bloc": a grouping noun stands for the organisation named on it."""
    if token.lemma_.lower() not in patterns.groupings or index.resolved_at(token):
        return []
    named = (index.resolved_at(c) for c in token.children if c.dep_ in ("compound", "nmod"))
    return [m["actor"] for m in named if m and m["actor"].get("kind") in ORGANISATIONS][:1]


def _comma_pair(token: Token) -> list[Token]:
    """A second subject the parser hung on the same verb after a bare comma, as in a headline
    that joins its subjects with a comma ("Iran, Saudi Arabia restore ties"): coordinated."""
    if token.dep_ not in ("nsubj", "nsubjpass") or token.head.i == token.i:
        return []
    doc = token.doc
    return [c for c in token.head.children if c.dep_ == token.dep_ and c.i > token.i
            and [t.text for t in doc[token.i + 1:c.left_edge.i]] == [","]]


def actors_of(token: Token | None, index: MentionView, patterns: Patterns) -> list[dict]:
    """The actors a token stands for: its group, or its mention and its conjuncts' mentions
    (and a second subject after a bare comma: "Iran, Saudi Arabia restore ties"); a relative
    pronoun stands for its antecedent."""
    if token is None:
        return []
    antecedent = _antecedent(token)
    if antecedent is not None:
        return actors_of(antecedent, index, patterns)
    group = _group(token, index, patterns) or _grouping(token, index, patterns)
    if group:
        return group
    actors = []
    # its own conjuncts only: "Egypt, ..., and the UAE, which has ties with" is the UAE alone
    for part in (token, *(c for c in token.conjuncts if c.i > token.i), *_comma_pair(token)):
        mention = index.resolved_at(part)
        if mention is not None:
            actors.append(mention["actor"])
    return _distinct(actors)


def _hyphened(token: Token) -> bool:
    """Is the token a name joined to another by a hyphen ("the Israel-[Gaza] war")?"""
    doc = token.doc
    return token.pos_ == "PROPN" and (
        token.i > 0 and doc[token.i - 1].text in ("-", "–")
        or token.i + 1 < len(doc) and doc[token.i + 1].text in ("-", "–"))


def _one_country(name: str) -> str | None:
    """The country a place name stands for where the gazetteer leaves no doubt: its areas
    all lie in one country, or one city outweighs every other of the name tenfold and is a
    large one ("Gaza"); None otherwise ("Georgia", "Paris")."""
    from faultlines.places.gazetteer import load

    entries = load().lookup(name)
    areas = {e.country for e in entries if e.feature != "city"}
    if areas:
        return areas.pop() if len(areas) == 1 else None
    cities = sorted((e for e in entries if e.country), key=lambda e: -e.population)
    if cities and cities[0].population >= _LARGE_CITY and all(
            c.population * 10 < cities[0].population for c in cities[1:]):
        return cities[0].country
    return None


def place_party(token: Token | None) -> list[dict]:
    """A place named as a side of a conflict stands for its country ("the Israel-Gaza war",
    "Israel's war on Gaza": Palestine), as the places stage placed it, or, for a name joined
    by a hyphen that the name finder did not take apart, as the gazetteer places it beyond
    doubt; [] for any other token."""
    if token is None:
        return []
    for place in token.doc._.places or []:
        if place["start"] <= token.idx < place["end"] and place.get("country"):
            return [dict(node_actor(place["country"]).to_dict(), text=place["text"])]
    country = _one_country(token.text) if _hyphened(token) else None
    return [dict(node_actor(country).to_dict(), text=token.text)] if country else []


def named_within(token: Token) -> list[dict]:
    """The state, organisation or group the knowledge base names at a token inside a longer
    description ("[Rwanda]-backed armed group", "Lebanon's [US]-backed military", "a
    [Kremlin]-backed party", "the pro-[Iranian] militia"), where the
    description's mention stands for something else; [] where it names none."""
    for span in token.doc.spans.get("kb", []):
        kind, _, code = span.label_.partition(":")
        if span.start <= token.i < span.end and kind in ("country", "demonym", "capital",
                                                         "seat", "org", "group"):
            return [dict(node_actor(code).to_dict(), text=span.text)]
    return []
