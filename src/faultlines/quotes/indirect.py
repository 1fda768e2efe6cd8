"""Indirect speech: a speech verb and the clause it reports ("Peskov said Russia urged talks").

The reported clause is read from the parse: the verb's clausal complement (ccomp, with or
without "that", or a "that" clause the parser hung on a document: "said in a statement that"), for directive verbs an object plus to-infinitive ("urged Moscow to act"), and
for verbs like "accuse" the object of their preposition ("accused Baku of ethnic cleansing").
A negated cue ("did not say that") reports nothing, nor does the cue of a direct quote
(“…,” said X). A clause that holds quotation marks is left
to the direct and partial quotes, which carry the speaker's own words.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Token

from faultlines.nlp.parse import negated
from faultlines.quotes.cues import Cues

_MIN_WORDS = 2


def _clauses(verb: Token, cues: Cues) -> Iterator[tuple[Token, Token]]:
    """(first, last) tokens of each clause this verb reports."""
    spec = cues.speech[verb.lemma_.lower()]
    children = list(verb.children)
    for child in children:
        if child.dep_ == "ccomp":
            yield child.left_edge, child.right_edge
    if spec.directive:
        objs = [c for c in children if c.dep_ in ("dobj", "dative")]
        comps = [c for c in children if c.dep_ in ("xcomp", "advcl") and c.tag_ == "VB"]
        if comps:
            first = objs[0].left_edge if objs else comps[0].left_edge
            yield first, comps[0].right_edge
    for prep in children:  # "said in a statement that …", parsed as the statement's clause
        if prep.dep_ == "prep" and prep.lower_ in _MEDIUM:
            for noun in prep.children:
                if noun.dep_ == "pobj" and noun.lemma_.lower() in cues.documents:
                    for clause in noun.children:
                        if clause.dep_ in ("acl", "relcl") and _that_clause(clause):
                            yield clause.left_edge, clause.right_edge
    objects = [c for c in children if c.dep_ == "dobj"]
    for child in children + [g for o in objects for g in o.children]:  # "accused Baku of"
        if child.dep_ == "prep" and child.lower_ in spec.about:
            obj = next((c for c in child.children if c.dep_ in ("pobj", "pcomp")), None)
            if obj is not None:
                yield obj.left_edge, obj.right_edge


# "said *in* a statement that …": the document a clause is said in ("responding *to* reports
# that …" reports nothing)
_MEDIUM = frozenset({"in", "through", "via"})


def _that_clause(clause: Token) -> bool:
    """A "that" clause with a subject of its own ("that Israel had violated the truce"), not a
    relative clause whose "that" is its subject ("a statement that was posted online")."""
    that = any(c.lower_ == "that" and c.dep_ in ("mark", "dobj") for c in clause.children)
    return that and any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in ("that", "which")
                        for c in clause.children)


def _trim(doc: Doc, first: Token, last: Token) -> tuple[int, int] | None:
    """Token bounds of the clause without a leading "that" and edge punctuation."""
    lo, hi = first.i, last.i + 1
    while lo < hi and (doc[lo].is_punct or doc[lo].dep_ in ("mark", "dobj")
                       and doc[lo].lower_ == "that"):
        lo += 1
    while hi > lo and doc[hi - 1].is_punct:
        hi -= 1
    return (lo, hi) if hi - lo >= _MIN_WORDS else None


_CLOSING_MARKS = frozenset({"”", "’", '"', "'", "»"})


def _after_a_quote(verb: Token) -> bool:
    """“…,” said the minister, speaking in Geneva: the cue of a direct quote reports the quote;
    what the parse hangs on it after ("the minister speaking in Geneva") is who spoke. A
    participle after a quote ("called it “wrong”, saying it would …") is a cue of its own."""
    if verb.tag_ == "VBG":
        return False
    i = verb.i - 1
    while i >= 0 and verb.doc[i].text in (",", "\n"):
        i -= 1
    return i >= 0 and verb.doc[i].text in _CLOSING_MARKS and verb.doc[i].sent == verb.sent


def reported_clauses(doc: Doc, cues: Cues) -> Iterator[tuple[Token, int, int]]:
    """(speech verb, first token, end token) of each clause reported by a speech verb."""
    for verb in doc:
        if verb.pos_ != "VERB":  # read first: cheaper than the lemma, and most words fail it
            continue
        spec = cues.speech.get(verb.lemma_.lower())
        if spec is None or not spec.indirect:
            continue
        if negated(verb) or _after_a_quote(verb):
            continue
        for first, last in _clauses(verb, cues):
            bounds = _trim(doc, first, last)
            if bounds is not None:
                yield verb, bounds[0], bounds[1]
