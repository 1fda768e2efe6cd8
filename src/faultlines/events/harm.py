"""Harm reported by one side as done to it by another: an accusation.

"Poland says US sanctions have cost its economy $15bn", "Qatar said Israel's blockade had caused
shortages": a speaker who reports that another side's act (or the other side itself) harmed
someone blames that side, as "Poland blamed the US sanctions for the losses" would. The harm verb
(harm_verbs of frames.yaml) is no event of its own: costing, causing or hurting is no act one
side does to another, and "the storm caused shortages" tells of none. extract.py builds the
candidate from what this module finds: the speech verb, the harm verb and the harm's doer; the
speaker and the doer must then be of two sides.
"""

from __future__ import annotations

from spacy.tokens import Token

from faultlines.events import modality
from faultlines.events.lexicon import Entry, Lexicon
from faultlines.nlp.mentions import MentionView
from faultlines.nlp.parse import clause_subject

# The entry a reported harm is coded by: blaming (ACCUSE.yaml)
_BLAME = "blame"
_DOER_DEPS = ("poss", "compound", "amod", "nmod")
_POSSESSIVE_PRONOUNS = ("its", "their", "his", "her", "our", "my", "your")


def reported_harm(speech: Token, index: MentionView,
                  lexicon: Lexicon) -> tuple[Token, Token] | None:
    """The harm verb a speech verb reports and the doer of the harm: for "Poland says *US*
    sanctions have *cost* its economy", (cost, US). The doer is the harm verb's subject where
    that names an actor ("the US has crippled our economy"), else the actor owning the subject
    act ("*Israel's* blockade", "*US* sanctions"). None where no actor is named so ("the war has
    cost the country dearly", "the storm caused shortages")."""
    if modality.lemma(speech) not in lexicon.words("speech_verbs"):
        return None
    harm = next((c for c in speech.children if c.dep_ == "ccomp" and c.pos_ == "VERB"
                 and modality.lemma(c) in lexicon.words("harm_verbs")), None)
    subject = clause_subject(harm) if harm is not None else None
    if subject is None or subject.pos_ == "PRON":
        return None
    if index.resolved_at(subject) is not None and subject.pos_ == "PROPN":
        return harm, subject
    if subject.pos_ != "NOUN" or not lexicon.lookup(subject.lemma_, "noun"):
        return None  # "the war", "the storm": no side's act the lexicon knows
    doer = next((c for c in subject.children if c.dep_ in _DOER_DEPS
                 and c.lower_ not in _POSSESSIVE_PRONOUNS
                 and index.resolved_at(c) is not None), None)
    return (harm, doer) if doer is not None else None


def blame(lexicon: Lexicon) -> Entry | None:
    """The entry a reported harm is coded by: that of the verb "blame"."""
    return next((e for e in lexicon.lookup(_BLAME, "verb") if e.type == "ACCUSE"), None)
