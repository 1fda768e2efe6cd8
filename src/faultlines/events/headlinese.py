"""Headlinese: the grammar of titles, read as the full sentence it stands for.

Headlines drop auxiliaries, articles and "and". "Israeli soldiers killed in fighting with
Hezbollah" is "Israeli soldiers [were] killed ...": the parser reads its participle as the
main verb with the soldiers as its active subject (the killers). "Russia, Ukraine swap
prisoners" is "Russia [and] Ukraine swap prisoners": the parser reads one of the two as an
apposition or an adverbial, and the event loses a side. `restore` relabels both in a title's
parse (headlines.py runs it once spaCy has tagged and parsed the title, before the stages that
read actors and events). The present tense for the past ("Strikes kill 40 in Gaza") needs no
rewriting, and "to" for a plan ("Biden to visit Kyiv") is read by events/modality.py.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

_AUXILIARIES = ("aux", "auxpass")
_OBJECTS = ("dobj", "dative", "ccomp", "xcomp", "prt", "attr", "acomp", "oprd")
# how the parse hangs the "X," of "X, Y agree"
_SIDE_DEPS = ("appos", "npadvmod", "dep", "nsubj", "nmod")


def restore(doc: Doc) -> Doc:
    """The title's parse with its reduced passives and comma-joined subjects relabelled."""
    for token in doc:
        if token.pos_ in ("VERB", "AUX"):
            _reduced_passive(token)
    for token in doc:
        if token.dep_ == "nsubj":
            _comma_pair(token)
    return doc


def _reduced_passive(verb: Token) -> None:
    """"Soldiers killed in ...", "Journalist detained and beaten", "Miguel Uribe shot": a
    participle that heads its clause (the root, or a verb coordinated with it) with a subject
    and no auxiliary of its own is a passive whose "were" the title dropped; its subject is
    relabelled passive. "has killed", "were killed" and a participle describing a noun
    ("soldiers killed in an attack", an `acl`) are read right already. The tagger may read the
    participle as a past tense (VBD); headlines tell the past in the present, so a past form
    with no object is the passive too, while one with an object ("Saudis warned Iran to ...")
    is active."""
    if verb.tag_ not in ("VBN", "VBD") or verb.dep_ not in ("ROOT", "conj", "ccomp") \
            or any(c.dep_ in _AUXILIARIES for c in verb.children):
        return
    if verb.dep_ == "conj" and verb.head.tag_ != "VBN":
        return  # "Russia strikes Kyiv and targeted ..." is no headlinese passive
    if verb.tag_ == "VBD" and any(c.dep_ in _OBJECTS for c in verb.children):
        return
    for child in verb.children:
        if child.dep_ == "nsubj":
            child.dep_ = "nsubjpass"


def _comma_pair(subject: Token) -> None:
    """"Russia, Ukraine swap prisoners", "Pakistan, China agree on ...": two names joined by a
    comma before a verb that agrees with both (not a singular "says": "Xi's envoy, Wang, says"
    is an apposition) are coordinated subjects. The first becomes the subject and the second
    its conjunct, as "Russia and Ukraine" is parsed."""
    verb = subject.head
    if verb.tag_ == "VBZ" or subject.pos_ != "PROPN":
        return
    if subject.dep_ == "nsubj" and (other := _after_comma(subject)) is not None \
            and other.head.i == subject.i and other.dep_ == "appos":
        other.dep_ = "conj"  # "Russia, Ukraine swap": Ukraine hung on Russia
        return
    first = _before_comma(subject)
    if first is not None and first.head.i in (verb.i, subject.i) and first.dep_ in _SIDE_DEPS:
        first.head, first.dep_ = verb, "nsubj"  # "Pakistan, China agree", "Armenia, Azerbaijan"
        subject.head, subject.dep_ = first, "conj"


def _after_comma(token: Token) -> Token | None:
    """The head of the name right after "token ," (a name's head is its last word), if the
    title has one there."""
    doc, i = token.doc, token.i
    if i + 2 >= len(doc) or doc[i + 1].text != ",":
        return None
    after = doc[i + 2]
    while after.head.i > after.i and after.head.pos_ == "PROPN" and after.dep_ == "compound":
        after = after.head
    return after if after.pos_ == "PROPN" else None


def _before_comma(token: Token) -> Token | None:
    """The head of the name right before ", token" (where the words of the subject's own name,
    its compounds, start)."""
    doc, i = token.doc, token.i
    while i > 0 and doc[i - 1].dep_ == "compound" and i - 1 < doc[i - 1].head.i <= token.i:
        i -= 1
    if i < 2 or doc[i - 1].text != ",":
        return None
    before = doc[i - 2]
    while before.head.i > before.i and before.head.i < i - 1 and before.dep_ == "compound":
        before = before.head
    return before if before.pos_ == "PROPN" and before.left_edge.i == 0 else None
