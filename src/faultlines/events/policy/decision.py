"""What a rule of the events policy reads, and what it returns.

A rule is a plain function `rule(facts, reading) -> Decision | None`: `facts` is what the parse
says about one candidate (never changed), `reading` what the rules before it have made of the
candidate so far (type, mode, trigger, recipients). It returns None when it does not apply, or a
Decision: keep (with the reason it is enough), drop (with the reason), or a change with its
reason. No rule changes its arguments: the applier (policy/__init__.py) builds the next Reading
from a Decision's `changes`, so that each change is named and can be explained.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from spacy.tokens import Doc, Token

from faultlines import words
from faultlines.events import modality
from faultlines.events.arguments import mentions_of, subject_token
from faultlines.events.extract import Candidate
from faultlines.events.lexicon import Lexicon, RuleTable
from faultlines.events.policy import parties
from faultlines.nlp import documents
from faultlines.nlp.doctext import doc_text
from faultlines.nlp.mentions import MentionView

KEEP, DROP, RETYPE, RETARGET, ABSORB = "keep", "drop", "retype", "retarget", "absorb"


@dataclass(frozen=True)
class Decision:
    """One rule's verdict on one candidate.

    verdict (str): keep, drop, retype (a new type, mode or trigger), retarget (new recipients),
        or absorb (the clause is part of the event of the clause that governs it).
    reason (str): why, in the words of the construction it handles.
    changes (dict): the Reading fields the verdict replaces.
    rule (str): the rule's name, set by the applier.
    """

    verdict: str
    reason: str
    changes: dict[str, Any] = field(default_factory=dict)
    rule: str = ""


def keep(reason: str) -> Decision:
    return Decision(KEEP, reason)


def drop(reason: str) -> Decision:
    return Decision(DROP, reason)


def retype(reason: str, **changes: Any) -> Decision:
    return Decision(RETYPE, reason, changes)


def retarget(reason: str, **changes: Any) -> Decision:
    return Decision(RETARGET, reason, changes)


@dataclass(frozen=True)
class Reading:
    """What the policy has made of a candidate so far.

    stated (bool): the event is said now of what will be (a refusal, a promise, a threat): the
        statement happened, so it is not hypothetical, and its date may lie ahead.
    declined (bool): "will not lift the ban": the negation is the refusal, not a negated event.
    actors (tuple | None): the actor list a rule gave in place of the candidate's own ("its
        fighters", said by Hezbollah, are Hezbollah's); the applier makes it the facts' list.
    recipient_tokens (tuple): recipient phrases a rule found beyond the candidate's own.
    """

    type: str
    mode: str | None
    trigger: tuple[Token, ...]
    recipients: tuple[dict, ...]
    recipient_tokens: tuple[Token, ...] = ()
    stated: bool = False
    declined: bool = False
    actors: tuple[dict, ...] | None = None


class Facts:
    """What the rules read about one candidate: the candidate, the clauses it absorbed, the Doc,
    its actor and recipient lists, and values that cost a walk of the parse, read once on first
    use (a candidate dropped early never pays for them)."""

    def __init__(self, doc: Doc, cand: Candidate, inner: list[Candidate], lexicon: Lexicon,
                 index: MentionView, text: str | None = None) -> None:
        self.doc, self.cand, self.inner = doc, cand, inner
        self.lexicon, self.index = lexicon, index
        self.text = doc_text(doc) if text is None else text
        self.actors, self.recipients = parties.participants(cand, inner, self.text)

    def table(self, rule: str) -> RuleTable:
        return self.lexicon.policy.rule(rule)

    @cached_property
    def reporter(self) -> dict | None:
        """The ACTOR who said it: the speech verb's subject, resolved through the mentions."""
        speech = modality.speech_verb(self.cand.anchor, self.lexicon)
        if speech is None:
            return None
        subject = _quoted(speech) or subject_token(speech)[0]
        if subject is None:
            return None
        found = mentions_of(subject, self.index, self.lexicon, modifiers=False)
        if not found and modality.lemma(subject) in self.lexicon.words("statement_nouns"):
            # "a statement from the premier's office said": the statement speaks for its author
            found = mentions_of(subject, self.index, self.lexicon, modifiers=True)
        if not found and modality.lemma(subject) in words.load().documents:
            # "a press release from X said", a bare "the statement said" after "X issued a
            # statement": the author the quote stage gives the same words (nlp/documents.py)
            shared = words.load()
            author = documents.author(subject, self.index, shared.documents, shared.accounts)
            found = [author] if author is not None else []
        return parties.actor(found[0]) if found else None

    @cached_property
    def negated(self) -> bool:
        return modality.negated(self.cand.anchor, self.lexicon)

    def first_reading(self) -> Reading:
        entry = self.cand.entry
        return Reading(entry.type, entry.mode, tuple(self.cand.trigger), tuple(self.recipients))


def _quoted(speech: Token) -> Token | None:
    """"SANA quoted the governor *as saying* ...", "the minister was quoted by ISNA as saying":
    the one quoted said it, not the one who quotes."""
    if speech.dep_ != "pcomp" or speech.head.lower_ != "as" or speech.head.dep_ != "prep":
        return None
    verb = speech.head.head
    return next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None) \
        if verb.pos_ == "VERB" else None


@dataclass
class Trail:
    """One candidate as the explain output shows it: the decisions taken on it, in order, and
    the event it became (None when dropped or absorbed)."""

    candidate: Candidate
    decisions: list[Decision] = field(default_factory=list)
    event: dict[str, Any] | None = None
