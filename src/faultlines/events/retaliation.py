"""An answer in kind named as a noun: "Iran's retaliation for Israel's strike", "the reprisal
by Hezbollah for the killing of its commander by Israel".

A retaliation noun (retaliation_nouns of frames.yaml) answers the hostile act of its "for"
phrase with an act of the same kind, done by the noun's own doer (its possessive or "by" agent)
to the doer of the act answered. extract.retaliation_event builds the candidate; this module
finds the act answered and the entry that types the answer. "In retaliation for X" as a clause's
adjunct is left to the clause, which tells the answer itself ("struck Gaza in retaliation for"),
unless the adjunct names its own doer ("the strikes came in retaliation *by Israel* for ...").
"""

from __future__ import annotations

from spacy.tokens import Token

from faultlines.events import arguments as args
from faultlines.events.lexicon import Entry, Lexicon

# The kinds an answer in kind takes, the first the answered noun has an entry of: "the
# strike" answered is an attack before a labour strike
_HOSTILE = ("ASSAULT", "COERCE", "SANCTION")


def answered(noun: Token, lexicon: Lexicon) -> tuple[Token, Entry] | None:
    """The act a retaliation noun answers and the entry the answer is typed by: for "Iran's
    retaliation *for Israel's strike*", (strike, the ASSAULT entry of "strike"). None where the
    noun is an adjunct that names no doer of its own ("struck X *in retaliation* for Y"; "the
    strikes came in retaliation *by Israel* for Y" names one), or what it answers is no hostile
    act the lexicon knows ("a response for the record")."""
    if noun.lemma_.lower() not in lexicon.words("retaliation_nouns"):
        return None
    if noun.dep_ == "pobj" and noun.head.lower_ == "in" and args.explicit_agent(noun) is None:
        return None  # "struck X in retaliation for Y": the clause tells the answer
    act = args.prep_object(noun, "for")
    if act is None and noun.dep_ == "pobj":  # "came in retaliation by X *for* Y": on the verb
        act = args.prep_object(noun.head.head, "for")
    if act is None or act.pos_ != "NOUN":
        return None
    entries = lexicon.lookup(act.lemma_, "noun")
    for kind in _HOSTILE:
        entry = next((e for e in entries if e.type == kind), None)
        if entry is not None:
            return act, entry
    return None
