"""Events told from the side of the one they are done to: the giver of a converse verb's noun.

"Kyiv received aid from Berlin", "Egypt won the backing of the Arab League", "the Kurds won
Washington's support", "Ukraine secured $5bn in aid from the EU": a verb of converse_verbs
(frames.yaml) takes an event noun from its giver, who did it; its subject is the one it was done
to. extract.converse_event builds the candidate; this module reads the phrases that say who gave
the noun and which noun was given, and tells a figurative "under fire" from a literal one.
"""

from __future__ import annotations

from spacy.tokens import Token

from faultlines.events import arguments as args
from faultlines.events.lexicon import Entry, Lexicon
from faultlines.nlp.mentions import MentionView
from faultlines.nlp.parse import POSSESSIVE_PRONOUNS, TIME_ENTS

_AMOUNT_ENTS = ("MONEY", "CARDINAL", "QUANTITY")
# "$5bn *in* aid", "$2bn *of* military aid", "100 tonnes *in* assistance"
_AMOUNT_PREPS = ("in", "of", "worth")
_MODIFIERS = ("amod", "compound", "nmod")
_FUSED_SUBJECTS = ("nmod", "nsubj", "compound", "poss")
# "came under fire *over* its decision", "*for* his remarks": the reason says the fire is words
_REASON_PREPS = ("over", "for")
# The noun whose entry a figurative fire takes: criticism, an ACCUSE (ACCUSE.yaml)
_CRITICISM = "criticism"


def given_noun(obj: Token, verb: Token) -> Token:
    """The event noun an amount stands for: "received *$5bn* in aid" gives aid, whether the
    parse hangs "in aid" on the amount or on the verb. Any other object is the noun itself."""
    if not _amount(obj):
        return obj
    for head in (obj, verb):
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ in _AMOUNT_PREPS:
                noun = next((p for p in prep.children if p.dep_ == "pobj"), None)
                if noun is not None and noun.pos_ == "NOUN":
                    return noun
    return obj


def _amount(token: Token) -> bool:
    """A sum or a count: "$5bn", "€2 billion", "100 tonnes"."""
    return token.ent_type_ in _AMOUNT_ENTS or token.like_num \
        or any(c.tag_ == "$" or c.ent_type_ == "MONEY" for c in token.children)


def giver(noun: Token, verb: Token, entry: Entry, index: MentionView,
          lexicon: Lexicon) -> Token | None:
    """Who gave what the converse verb takes: "from X" on the noun or the verb ("aid *from*
    Berlin"), an actor in front of the noun ("faced *Iranian* attacks"), an actor "of" the
    noun ("the backing *of France*"), or the noun's possessive ("won *Washington's* support").
    A possessive pronoun ("won its support") and a date ("last year's aid") name no giver: the
    pronoun is too often the subject's own. The "of" and the possessive name the giver only of
    the types of converse_owned_types (frames.yaml): of a release or an arrest they name the one
    released ("secured the release *of Fogel*")."""
    found = args.prep_object(noun, "from") or args.prep_object(verb, "from")
    if found is not None:
        return found
    # "faced *Iranian* missile attacks", "drew *Israeli* counter-strikes", "faces new *US*
    # sanctions": the subject is the one the act is aimed at, so an actor in front of the noun
    # is its doer, of any type
    modifier = next((c for c in noun.children if c.dep_ in _MODIFIERS and verb.i < c.i < noun.i
                     and index.resolved_at(c) is not None), None)
    if modifier is not None:
        return modifier
    if entry.type.lower() not in lexicon.words("converse_owned_types"):
        return None
    of = args.prep_object(noun, "of")
    if of is not None and index.resolved_at(of) is not None:
        return of
    return next((c for c in noun.children if c.dep_ == "poss" and c.ent_type_ not in TIME_ENTS
                 and c.lower_ not in POSSESSIVE_PRONOUNS and index.resolved_at(c) is not None),
                None)


def fused(noun: Token, index: MentionView, lexicon: Lexicon) -> tuple[Token, Token] | None:
    """"Ukraine secured aid from the EU", "Kyiv secured EU aid" with no verb in the parse: the
    small model may read the whole clause as one noun phrase, the converse verb a participle in
    front of the noun and its subject a name in front of that. The verb and the subject, where
    the noun heads its sentence so; None otherwise ("the secured funds of the bank")."""
    if noun.dep_ != "ROOT":
        return None
    verb = next((c for c in noun.children if c.dep_ == "amod" and c.i < noun.i
                 and _converse_word(c, lexicon)), None)
    if verb is None:
        return None
    subject = next((c for c in (*noun.children, *verb.children) if c.i < verb.i
                    and c.dep_ in _FUSED_SUBJECTS and c.pos_ == "PROPN"
                    and index.resolved_at(c) is not None), None)
    return (verb, subject) if subject is not None else None


def _converse_word(token: Token, lexicon: Lexicon) -> bool:
    """A converse verb, also as a participle the model lemmatised as an adjective ("secured")."""
    text = token.lower_
    forms = {token.lemma_.lower(), text[:-1], text[:-2]} if text.endswith("ed") \
        else {token.lemma_.lower()}
    return bool(forms & lexicon.words("converse_verbs"))


def figurative_fire(verb: Token, noun: Token, subject: Token | None,
                    lexicon: Lexicon) -> bool:
    """"The minister came under fire from Kyiv over his remarks": fire (figurative_fire of
    frames.yaml) that comes for a reason ("over", "for"), or at a person, is criticism; fire at
    forces, bases or towns ("troops came under fire from Hezbollah") is shooting."""
    if noun.lemma_.lower() not in lexicon.words("figurative_fire"):
        return False
    if any(c.dep_ == "prep" and c.lower_ in _REASON_PREPS
           and any(p.dep_ in ("pobj", "pcomp") and p.ent_type_ not in TIME_ENTS
                   for p in c.children)
           for head in (verb, noun) for c in head.children):
        return True
    return subject is not None and subject.ent_type_ == "PERSON"


def criticism(lexicon: Lexicon) -> Entry | None:
    """The entry a figurative fire is coded by: that of the noun "criticism"."""
    return next((e for e in lexicon.lookup(_CRITICISM, "noun") if e.type == "ACCUSE"), None)
