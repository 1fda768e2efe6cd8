"""Parse predicates that several stages ask of spaCy's dependency tree, written once.

Plain functions over tokens of a parsed Doc, knowing nothing of actors, events or quotes: which
child has a relation, what a preposition governs, whether a clause is passive, negated or an
infinitive, which word a coordinated one stands in for, the subject of a verb through
conjunction and control, and where a line of the text begins. The stages build their own
readings on these (events/arguments.py, quotes/speaker.py, ties/find.py, actors/phrases.py,
places/positions.py), so that "the subject of a clause" or "a negated clause" means the same
thing in each.
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy
from spacy.tokens import Doc, Token

SUBJECTS = ("nsubj", "nsubjpass")
# "Menendez, who said": the relative pronoun stands for the noun its clause hangs on
RELATIVE = ("who", "which", "that")
# Entity labels of a span of time: "met on Monday", "Tuesday's call" name when, never who.
TIME_ENTS = frozenset({"DATE", "TIME"})
# "its offensive", "their support": a possessive pronoun names the owner only through the
# sentence around it, never a side of its own
POSSESSIVE_PRONOUNS = ("its", "their", "his", "her", "our", "my", "your")
# Clause links along which a verb without a subject takes its governor's ("addressed the
# senators and said", "..., adding", "wants to say")
_INHERITS = ("conj", "xcomp", "advcl", "ccomp")


def tokens_where(doc: Doc, attr: int, values: Iterable[str]) -> list[Token]:
    """The tokens whose attribute `attr` (a spaCy attribute id: LOWER, TAG, DEP) is one of
    `values`, in text order: the Doc's column of ids compared at C speed, so that a stage
    looking for a few words walks those, not every token reading its string anew."""
    strings = doc.vocab.strings
    wanted = numpy.array([strings[v] for v in values], dtype="uint64")
    column = doc.to_array(attr).astype("uint64")
    return [doc[int(i)] for i in numpy.flatnonzero(numpy.isin(column, wanted))]


def child(token: Token, dep: str, lower: str | None = None) -> Token | None:
    """The first child in relation `dep` (and written `lower`, lower-cased, where given)."""
    return next((c for c in token.children if c.dep_ == dep
                 and (lower is None or c.lower_ == lower)), None)


def pobj(prep: Token | None) -> Token | None:
    """The object of a preposition ("of *Y*"), or None (also for no preposition)."""
    return child(prep, "pobj") if prep is not None else None


def climb(token: Token, deps: tuple[str, ...]) -> Token:
    """Up the tree while the token hangs on its head by one of `deps`: the word whose role a
    coordinated or modifying one plays ("Armenia" in "Azerbaijan and Armenia" → "Azerbaijan")."""
    while token.dep_ in deps and token.head.i != token.i:
        token = token.head
    return token


def conjuncts(token: Token) -> list[Token]:
    """The token and the tokens coordinated with it ("Armenia and Azerbaijan"); a later
    conjunct stands for itself alone."""
    return [token, *token.conjuncts] if token.dep_ != "conj" else [token]


def negated(token: Token) -> bool:
    """Does the parse mark the word negated ("did *not* say")?"""
    return any(c.dep_ == "neg" for c in token.children)


_PASSIVE_DEPS = frozenset(("nsubjpass", "auxpass"))


def is_passive(verb: Token) -> bool:
    """Does the verb have a passive subject or auxiliary? (A plain loop: the events stage asks
    this of every verb, and a generator in `any` cost half of it.)"""
    for c in verb.children:
        if c.dep_ in _PASSIVE_DEPS:
            return True
    return False


def infinitive(verb: Token) -> bool:
    """"to act": a bare verb with its "to"."""
    return verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def clause_subject(head: Token) -> Token | None:
    """The active subject of a clause's head, if it has one of its own."""
    return child(head, "nsubj")


def subject_of(verb: Token, depth: int = 0) -> Token | None:
    """The grammatical subject of a verb, through conjunction, control and relative clauses:
    "the ministry, which said" → ministry; "addressed the senators and said" → the subject of
    "addressed"; a reported clause after its verb keeps its own subject (None if it has none)."""
    for c in verb.children:
        if c.dep_ in SUBJECTS:
            if c.lower_ in RELATIVE and verb.dep_ == "relcl":
                return verb.head
            return c
    if depth > 3 or verb.head.i == verb.i:
        return None
    if verb.dep_ == "relcl" or (verb.dep_ == "acl" and verb.tag_ == "VBG"):
        return verb.head  # "Menendez, who said", "a statement saying"
    if verb.dep_ in _INHERITS and verb.head.pos_ in ("VERB", "AUX"):
        if verb.dep_ == "ccomp" and verb.i > verb.head.i:
            return None  # a reported clause has its own subject
        return subject_of(verb.head, depth + 1)
    return None


def other_party(name: Token, phrase: Token) -> bool:
    """Is `name` another party of the act whose subject `phrase` is? It lies in the subtree of
    the verb the phrase is the active subject of, outside the phrase: "[the government]
    accused *Pakistan*", "[the army] said it shot down an *Indian* drone". Not a name in a
    clause above ("*Kenya* said [the army] ..."), inside the phrase ("[the army of *Mali*]"),
    the subject of a clause below, which acts in its own right and is as often the phrase's
    own people ("[the government] conceded to demands that *Guineans* vote"), nor the subject
    of a verb whose object the phrase is: "*Nigeria* ordered [troops] into the delta" owns them
    as often as "*Israel* attacked [fighters]" fights them."""
    verb = phrase.head
    if phrase.dep_ != "nsubj" or verb.pos_ not in ("VERB", "AUX") \
            or name.i in {t.i for t in phrase.subtree}:
        return False
    node = name
    while node.i != verb.i:
        if node.dep_ in SUBJECTS and node.head.i != verb.i:
            return False  # the subject of a clause below: "said [Afghanistan] had closed"
        if node.head.i == node.i:
            return False  # not below the verb at all
        node = node.head
    return True


def reported_in(name: Token, phrase: Token) -> bool:
    """Is `name` inside a clause the verb of `phrase` (its subject) takes as its content: "[a
    European official] said the summit in *The Hague* ..."? What one says names no place one
    is at."""
    verb = phrase.head
    if phrase.dep_ != "nsubj" or verb.pos_ not in ("VERB", "AUX"):
        return False
    return any(c.dep_ in ("ccomp", "xcomp") and c.left_edge.i <= name.i <= c.right_edge.i
               and name.i in {t.i for t in c.subtree} for c in verb.children)


def line_start(doc: Doc, i: int) -> bool:
    """Does token i open a line of the text (the first token, or one after a line break)?"""
    return i == 0 or "\n" in doc[i - 1].text_with_ws
