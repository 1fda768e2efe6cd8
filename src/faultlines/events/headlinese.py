"""Headlinese: the grammar of titles, read as the full sentence it stands for.

Headlines drop auxiliaries and articles: "Israeli soldiers killed in fighting with Hezbollah"
is "Israeli soldiers [were] killed ...", a passive. The parser reads its participle as the
main verb with the soldiers as its active subject (the killers); in a title (a Doc whose
meta says `headline`, headlines.py) a past participle heading the clause with a subject and
no auxiliary is a passive with the auxiliary dropped, and its subject is relabelled passive.
The present tense for the past ("Strikes kill 40 in Gaza") and "to" for a plan ("Biden to
visit Kyiv": events/modality.py) need no rewriting.
"""

from __future__ import annotations

from spacy.tokens import Doc

_AUXILIARIES = ("aux", "auxpass")
_OBJECTS = ("dobj", "dative", "ccomp", "xcomp", "prt", "attr", "acomp", "oprd")


def is_headline(doc: Doc) -> bool:
    return bool((doc._.meta or {}).get("headline"))


def restore_passives(doc: Doc) -> None:
    """Relabel the subject of each reduced passive of a title ("soldiers killed in ...",
    "journalist detained and beaten", "Miguel Uribe shot") as a passive subject. Only a
    participle that heads its clause (the root, or a verb coordinated with it) and has no
    auxiliary of its own: "has killed", "were killed" and a participle describing a noun
    ("soldiers killed in an attack", an `acl`) are read right already. The tagger may read the
    participle as a past tense (VBD); headlines tell the past in the present, so a past form
    with no object is the passive too, while one with an object ("Saudis warned Iran to ...")
    is active."""
    for token in doc:
        if token.tag_ not in ("VBN", "VBD") or token.dep_ not in ("ROOT", "conj", "ccomp") \
                or any(c.dep_ in _AUXILIARIES for c in token.children):
            continue
        if token.tag_ == "VBD" and any(c.dep_ in _OBJECTS for c in token.children):
            continue
        if token.dep_ == "conj" and token.head.tag_ != "VBN":
            continue  # "Russia strikes Kyiv and targeted ..." is not headlinese passive
        for child in token.children:
            if child.dep_ == "nsubj":
                child.dep_ = "nsubjpass"
