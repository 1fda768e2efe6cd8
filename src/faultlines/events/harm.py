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

from faultlines.events import arguments as args
from faultlines.events import modality
from faultlines.events.lexicon import Entry, Lexicon
from faultlines.nlp.mentions import MentionView
from faultlines.nlp.parse import POSSESSIVE_PRONOUNS, clause_subject, is_passive

# The entry a reported harm is coded by: blaming (ACCUSE.yaml)
_BLAME = "blame"
_DOER_DEPS = ("poss", "compound", "amod", "nmod")


def reported_harm(speech: Token, index: MentionView,
                  lexicon: Lexicon) -> tuple[Token, Token] | None:
    """The harm verb a speech verb reports and the doer of the harm: for "Poland says *US*
    sanctions have *cost* its economy", (cost, US). The doer is the harm verb's subject where
    that names an actor ("the US has crippled our economy"; in the passive its by-agent, "the
    wars were caused *by America*"), else the actor owning the subject act, an event noun or one
    of act_nouns ("*Israel's* blockade", "*US* policies"). None where no actor is named so ("the
    war has cost the country dearly", "the storm caused shortages")."""
    if modality.lemma(speech) not in lexicon.words("speech_verbs"):
        return None
    harm = next((c for c in speech.children if c.dep_ == "ccomp" and c.pos_ == "VERB"
                 and modality.lemma(c) in lexicon.words("harm_verbs")), None)
    if harm is None:
        return None
    # "the crisis was caused *by America*": the by-agent of a passive did the harm
    subject = args.prep_object(harm, "by") if is_passive(harm) else clause_subject(harm)
    if subject is None or subject.pos_ == "PRON":
        return None
    if index.resolved_at(subject) is not None and subject.pos_ == "PROPN":
        return harm, subject
    if subject.pos_ != "NOUN" or not (lexicon.lookup(subject.lemma_, "noun")
                                      or subject.lemma_.lower() in lexicon.words("act_nouns")):
        return None  # "the storm", "the crisis": no side's act
    doer = next((c for c in subject.children if c.dep_ in _DOER_DEPS
                 and c.lower_ not in POSSESSIVE_PRONOUNS
                 and index.resolved_at(c) is not None), None)
    return (harm, doer) if doer is not None else None


def blame(lexicon: Lexicon) -> Entry | None:
    """The entry a reported harm is coded by: that of the verb "blame"."""
    return next((e for e in lexicon.lookup(_BLAME, "verb") if e.type == "ACCUSE"), None)
