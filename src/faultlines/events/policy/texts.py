"""What a treaty, a deal or a law says is to happen is its content, no act done or promised.

"Article 4 states that members will consult", "the agreement says both sides will withdraw",
"under the deal, Russia will supply gas to Turkey": the text binds its parties to acts to come.
The news guidelines code no act that did not happen except as planned, so such an act is kept
as it is, hypothetical (its modal makes it so), and is not read as a promise the actor makes now
(policy `promised`): the promise was the deal, coded where it was made. What the text requires
with no modal ("the treaty requires Iran to allow inspectors") is coded at most as planned too,
and the clause does not say so, so it is dropped. An act done under a deal ("19 hostages have been
released under the ceasefire's first phase") is an act done and is left alone.

Each rule is `rule(facts, reading) -> Decision | None` (policy/decision.py).
"""

from __future__ import annotations

from spacy.tokens import Token

from faultlines.events import modality
from faultlines.events.lexicon import Lexicon
from faultlines.events.policy.decision import Decision, Facts, Reading, drop, keep
from faultlines.nlp.parse import clause_subject

_CLAUSE_LINKS = ("ccomp", "xcomp", "conj", "advcl")
_COMPLEMENTS = ("ccomp", "xcomp")
_UNDER = ("under", "per")  # "*under* the deal", "*as per* Article 51"


def _texts(lexicon: Lexicon) -> frozenset[str]:
    return lexicon.words("document_nouns") | lexicon.words("law_texts")


def _said_by_text(anchor: Token, lexicon: Lexicon, texts: frozenset[str]) -> bool:
    """Is the clause the content of a text: the complement of a verb of saying or binding
    (speech_verbs, binding_verbs of frames.yaml) whose subject is a text ("*the agreement*
    says ...", "*Article 5* states ...", "*the treaty* requires X to ...")? A text that is the
    subject of any other verb tells no content ("the ceasefire began after X withdrew")."""
    clause = anchor
    while clause.dep_ == "conj" and clause.head is not clause:
        clause = clause.head  # "stipulated that X should withdraw *and* Y deploy"
    if clause.dep_ not in _COMPLEMENTS:
        return False
    verb = clause.head
    subject = clause_subject(verb)
    return subject is not None and modality.lemma(subject) in texts \
        and modality.lemma(verb) in lexicon.words("speech_verbs") | lexicon.words("binding_verbs")


def _under_text(anchor: Token, texts: frozenset[str]) -> bool:
    """Is the clause set "under" a text ("*under the deal*, Russia will supply")?"""
    clause = anchor
    for _ in range(3):
        if any(c.dep_ == "prep" and c.lower_ in _UNDER
               and any(modality.lemma(o) in texts for o in c.children if o.dep_ == "pobj")
               for c in clause.children):
            return True
        if clause.dep_ not in _CLAUSE_LINKS or clause.head is clause:
            return False
        clause = clause.head
    return False


def text_content(facts: Facts, reading: Reading) -> Decision | None:
    """An act a treaty, deal or law says is to happen: planned (kept hypothetical, no promise),
    or dropped where nothing in the clause makes it planned."""
    cand, texts = facts.cand, _texts(facts.lexicon)
    said = _said_by_text(cand.anchor, facts.lexicon, texts)
    if not said and not _under_text(cand.anchor, texts):
        return None
    if modality.hypothetical(cand.anchor, facts.lexicon, cand.noun):
        return keep("what a text says is to happen is planned, no promise of its actor")
    if said:
        return drop("what a text requires is its content, no act done")
    return None
