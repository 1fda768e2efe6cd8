"""Whether an event happened as told: negation, hypotheticals, refusals and reported speech.

"did not attack" is negated; "could attack", "will attack", "if they attack" and "plans to
attack" are hypothetical (the future has not happened yet, so "will" counts too); "refused to
sign" is a refusal (the event becomes a REJECT); "Zakharova said Russia encourages ..." is
reported by Zakharova. Each is read from the trigger's clause and the chain of clauses that
governs it, with the word lists of events/lexicon/frames.yaml.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from faultlines.events.lexicon import Lexicon
from faultlines.nlp import parse

# Clause links along which the governing verb shapes the modality of its complement.
_CONTROL = ("xcomp", "acomp")  # "is not willing to meet": willing is the copula's acomp
_SHARED = ("conj",)


def lemma(token: Token) -> str:
    return token.lemma_.lower()


def controllers(token: Token) -> Iterator[Token]:
    """The verbs (or adjectives, "is likely to") that govern this clause by control or coordination."""
    current = token
    while current.dep_ in _CONTROL + _SHARED and current.head.i != current.i:
        current = current.head
        yield current


def _negated_here(token: Token, lexicon: Lexicon) -> bool:
    words = lexicon.words("negation_words")
    if token.dep_ == "pcomp" and token.head.lower_ == "without":  # "without consulting X"
        return True
    return any((c.dep_ == "neg" or (c.dep_ in ("advmod", "det", "preconj") and c.lower_ in words))
               and not _not_only(c)
               or (c.lower_ == "longer" and any(g.lower_ == "no" for g in c.children))
               or (c.dep_ in ("nsubj", "nsubjpass") and _neither(c))
               for c in token.children)


def _not_only(word: Token) -> bool:
    """"not only to fight Isis but also ...": "not only" adds, it negates nothing."""
    return word.lower_ == "not" and any(c.lower_ in ("only", "just", "merely") for c in word.children)


def _neither(subject: Token) -> bool:
    """"Neither Britain nor France has ratified it": a subject under "neither" negates."""
    return any(c.dep_ in ("preconj", "det") and c.lower_ == "neither" for c in subject.children)


def negated(token: Token, lexicon: Lexicon) -> bool:
    """"did not attack", "never attacked", "no attack", "failed to stop", "denied attacking"."""
    if _negated_here(token, lexicon):
        return True
    fail = lexicon.words("fail_verbs")
    for governor in controllers(token):
        if lemma(governor) in fail and token.dep_ == "xcomp" or _negated_here(governor, lexicon) \
                and token.dep_ == "xcomp":
            return True
    if _held_back(token, lexicon):
        return True
    reporter = speech_verb(token, lexicon)
    return reporter is not None and lemma(reporter) == "deny"


def _held_back(token: Token, lexicon: Lexicon) -> bool:
    """"refrained from striking", "stopped short of imposing", "held off on announcing": an act
    that a verb of fail_verbs (a lemma, or "lemma particle") governs through "from", "of" or
    "on" is held back, so it is not done, as its "to V" complement would not be."""
    if token.dep_ != "pcomp" or token.head.lower_ not in ("from", "of", "on"):
        return False
    verb = token.head.head
    if verb.lower_ == "short" and verb.dep_ == "advmod":  # "stopped short of"
        verb = verb.head
    fail = lexicon.words("fail_verbs")
    particles = [c.lower_ for c in verb.children if c.dep_ == "prt"]
    return verb.pos_ == "VERB" and (lemma(verb) in fail
                                    or any(f"{lemma(verb)} {p}" in fail for p in particles))


def _modal_here(token: Token, lexicon: Lexicon) -> bool:
    modals, marks = lexicon.words("modal_words"), lexicon.words("conditional_marks")
    return any((c.dep_ in ("aux", "auxpass") and c.lower_ in modals) or
               (c.dep_ == "mark" and c.lower_ in marks) for c in token.children)


def hypothetical(token: Token, lexicon: Lexicon, noun: Token | None = None) -> bool:
    """Modal or future auxiliaries, conditions, and plans: on the clause or what controls it;
    for a noun event also its own modifiers ("an imminent attack")."""
    words = lexicon.words("hypothetical_modifiers")
    if noun is not None and (any(c.lower_ in words for c in noun.children
                                 if c.dep_ in ("amod", "compound"))
                             or (noun.dep_ == "pobj" and noun.head.lower_ == "of"
                                 and lemma(noun.head.head) in words)):
        return True
    if noun is not None and noun.dep_ in ("nsubj", "nsubjpass") and _pending(noun.head, lexicon):
        return True
    if _modal_here(token, lexicon) or _announced(token):
        return True
    plans = lexicon.words("plan_verbs")
    child = token  # a plan governs its complement, not what is coordinated with it:
    for governor in controllers(token):  # "offered an olive branch and asked X" did ask
        if lemma(governor) in plans and child.dep_ in _CONTROL or _modal_here(governor, lexicon):
            return True
        child = governor
    if token.dep_ == "ccomp" and lemma(token.head) in plans:  # "we want Trump to shell ..."
        return True
    if token.dep_ == "acl" and token.head.pos_ == "NOUN" and lemma(token.head) in plans \
            and parse.infinitive(token):  # "Iran's plan to enrich", "a bid by X to seize"
        return True
    return _purpose(token, lexicon) or _asked_for(token, lexicon) or _in_condition(token, lexicon)


def _announced(token: Token) -> bool:
    """"Biden to visit Kyiv", "Pakistan to hold talks with Afghanistan (and sign ...)": a
    headline's main clause in "to" with a subject is a plan (headlinese for "is to"), as
    GUIDELINES codes plans: hypothetical."""
    head = token
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    return head.dep_ == "ROOT" and parse.infinitive(head) \
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children)


def _pending(verb: Token, lexicon: Lexicon) -> bool:
    """What an event noun is the subject of says it has not happened: "a visit ... is
    *planned*", "is being *considered*", "is *under consideration*", "is *likely*", "*could*
    take place" (plan_verbs, hypothetical_modifiers and pending_nouns of frames.yaml). A modal
    counts only on a verb of occurrence: "sanctions *will be lifted*" and "the occupation *must*
    remain a concern" tell of an act that is real."""
    if lemma(verb) in lexicon.words("plan_verbs") \
            or (_modal_here(verb, lexicon) and occurs(verb, lexicon)):
        return True
    return any((c.dep_ == "acomp" and lemma(c) in lexicon.words("hypothetical_modifiers"))
               or (c.dep_ == "prep" and c.lower_ == "under"
                   and any(lemma(o) in lexicon.words("pending_nouns") for o in c.children))
               for c in verb.children)


def occurs(verb: Token, lexicon: Lexicon) -> bool:
    """Is `verb` one of occurrence_verbs, with its particle or object where the list gives one
    ("broke *out*", "took *place*")? "hold" only in the passive: "talks were held"."""
    if verb.pos_ != "VERB":
        return False
    words = lexicon.words("occurrence_verbs")
    word = lemma(verb)
    if word == "hold":
        return parse.is_passive(verb)
    return word in words or any(f"{word} {c.lower_}" in words for c in verb.children
                                if c.dep_ == "prt") \
        or any(f"{word} {c.lemma_.lower()}" in words for c in verb.children if c.dep_ == "dobj")


def _purpose(token: Token, lexicon: Lexicon) -> bool:
    """"kept a force in Syria *to fight* terrorists": a purpose clause is what is meant to be
    done, not what was done. People who gathered to protest did protest: the purpose of a
    gathering (assembly_verbs of frames.yaml) is what the gathering was."""
    return token.dep_ == "advcl" and parse.infinitive(token) \
        and lemma(token.head) not in lexicon.words("assembly_verbs")


def _asked_for(token: Token, lexicon: Lexicon) -> bool:
    """"Trump's demand that Germany *prosecute* its citizens": the content of a request noun
    (request_nouns of frames.yaml) is asked for, not done; "accusations that they *collaborated*
    with X": the content of a claim noun (claim_nouns) is alleged, not established."""
    while token.dep_ == "conj" and token.head.i != token.i:  # "repatriate and prosecute"
        token = token.head
    return token.dep_ in ("acl", "ccomp") and token.head.pos_ == "NOUN" \
        and lemma(token.head) in lexicon.words("request_nouns") | lexicon.words("claim_nouns")


def _in_condition(token: Token, lexicon: Lexicon) -> bool:
    """Inside an "if"/"unless" clause anywhere up the tree."""
    marks = lexicon.words("conditional_marks")
    for ancestor in (token, *token.ancestors):
        if ancestor.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in marks
                                            for c in ancestor.children):
            return True
    return False


def declined(token: Token, lexicon: Lexicon) -> bool:
    """"will not lift the ban", "won't accept more refugees", "said it would not release them":
    a negated act under a modal of will (volition_modals of frames.yaml) is a refusal stated now,
    not a future that may or may not come. A condition ("if they will not withdraw") states none,
    and "will no longer supply" stops what was done rather than refusing it."""
    return parse.negated(token) and not _in_condition(token, lexicon) \
        and _volition(token, lexicon)


def _volition(token: Token, lexicon: Lexicon) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in lexicon.words("volition_modals")
               for c in token.children)


def volition(token: Token, lexicon: Lexicon) -> bool:
    """Said to be willed: a modal of will on the clause or on the clause it is coordinated with
    ("will invade and destroy")."""
    return _volition(token, lexicon) or any(_volition(g, lexicon) for g in controllers(token)
                                            if token.dep_ == "conj")


def warned(token: Token, lexicon: Lexicon) -> bool:
    """"warned that Russia could use nuclear weapons", "threatened that it may strike": a modal
    act reported by a verb of warning (warning_verbs of frames.yaml) is what the speaker holds
    out, whatever the modal."""
    speech = speech_verb(token, lexicon)
    if speech is None or lemma(speech) not in lexicon.words("warning_verbs"):
        return False
    return _modal_here(token, lexicon) or any(_modal_here(g, lexicon) for g in controllers(token))


def promised(token: Token, lexicon: Lexicon) -> bool:
    """"will release the hostages", "said it would allow access", "is willing/ready to provide
    aid": an act its actor states it will do (volition_modals and intent_words of frames.yaml).
    Not when negated (a refusal), conditional, or past ("would have released")."""
    if _negated_here(token, lexicon) or _in_condition(token, lexicon) or _unconfirmed(token, lexicon) \
            or any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in token.children):
        return False
    if _volition(token, lexicon):
        return True
    intent = lexicon.words("intent_words")
    return token.dep_ == "xcomp" and lemma(token.head) in intent \
        and not _negated_here(token.head, lexicon) \
        and not any(_negated_here(g, lexicon) for g in controllers(token.head))


def _unconfirmed(token: Token, lexicon: Lexicon) -> bool:
    """"Syria has not confirmed that its delegation will attend": a clause under a negated or
    questioning verb states no one's intent."""
    current = token
    while current.dep_ in ("ccomp", "xcomp", "conj") and current.head.i != current.i:
        if any(c.dep_ == "mark" and c.lower_ in ("if", "whether") for c in current.children):
            return True
        current = current.head
        if _negated_here(current, lexicon):
            return True
    return False


def refusal(token: Token, lexicon: Lexicon) -> Token | None:
    """The refuse/decline verb whose complement this clause is, if any ("refused to sign")."""
    if token.dep_ == "xcomp" and lemma(token.head) in lexicon.words("refuse_verbs"):
        return token.head
    return None


def speech_verb(token: Token, lexicon: Lexicon) -> Token | None:
    """The verb of saying that reports this clause: it governs it as a complement, or follows
    a quotation as its own clause ("“Russia encourages ...,” Zakharova said")."""
    speech = lexicon.words("speech_verbs")
    for child in token.children:
        if child.dep_ in ("parataxis", "ccomp") and lemma(child) in speech \
                and child.i > token.i and any(c.dep_ == "nsubj" for c in child.children) \
                and not any(c.dep_ in ("ccomp", "dobj") for c in child.children) \
                and _set_off(child):
            return child
    current = token
    while current.head.i != current.i:
        if current.dep_ == "ccomp" and lemma(current.head) in speech:
            return current.head
        current = current.head
    return None


def _set_off(tag: Token) -> bool:
    """"“Russia encourages dialogue,” Zakharova said", "X agreed to talks, New Delhi said": the
    subject of a speech verb the parser hung under the clause it tags follows a quote mark or
    a comma; "demanded (that) Russia agree" is what is demanded, whose verb reports nothing."""
    subject = next((c for c in tag.children if c.dep_ == "nsubj"), None)
    before = subject.left_edge.i - 1 if subject is not None else -1
    return before >= tag.sent.start and tag.doc[before].is_punct
