"""Who a document speaks for: "the statement said", "“…,” the message read", "a press release
from the ministry said".

News lets a document stand for its author. The quote stage gives such a quote the author as
its speaker and the events stage reports an event in its clause as the author's, so both read
one answer here: the author named with the noun (its possessor or compound, "from"/"by" X, "a
statement released by the army", the owner of the account it was posted on), else the author of
the nearest document noun of the two sentences before ("The army issued a statement. The
statement said …": the subject of the verb that brought it in). The nouns are the shared word
classes `document_words` and `account_words` (faultlines/words).
"""

from __future__ import annotations

from spacy.tokens import Token

from faultlines.nlp.mentions import MentionView
from faultlines.nlp.parse import subject_of
from faultlines.nlp.records import Mention


def author(noun: Token, index: MentionView, documents: frozenset[str],
           accounts: frozenset[str]) -> Mention | None:
    """The mention of the actor a document noun speaks for, or None.

    documents, accounts (frozenset): the document and account nouns (words.load()).
    """
    found = _author_in(noun, index, accounts)
    if found is not None or not _definite(noun):
        return found  # "a terse statement released hours later" is new, no earlier one
    antecedent = _earlier_document(noun, documents, index)
    if antecedent is None:
        return None
    found = _author_in(antecedent, index, accounts)
    if found is None and antecedent.dep_ in ("dobj", "nsubjpass", "pobj"):
        verb = antecedent.head if antecedent.dep_ != "pobj" else antecedent.head.head
        subject = subject_of(verb)
        found = index.resolved_at(subject) if subject is not None else None
    return found


_DEFINITE = frozenset({"the", "this", "that", "its", "his", "her", "their"})


def _definite(noun: Token) -> bool:
    """"the statement", "that letter", "the joint statement": a document the story has brought
    in before (read from the words before it, as the parser may hang "the" elsewhere: “…,” the
    message read)."""
    doc, i = noun.doc, noun.i - 1
    while i >= 0 and doc[i].pos_ in ("ADJ", "NOUN") and doc[i].dep_ in ("amod", "compound"):
        i -= 1
    return i >= 0 and doc[i].lower_ in _DEFINITE


def _author_in(noun: Token, index: MentionView, accounts: frozenset[str]) -> Mention | None:
    for token in noun.subtree:
        if token.i == noun.i or index.resolved_at(token) is None:
            continue
        head = token.head
        authored = (token.dep_ == "poss" and (head.i == noun.i or head.lemma_ in accounts)) \
            or (token.dep_ == "compound" and head.i == noun.i) \
            or (token.dep_ == "pobj" and head.lower_ in ("by", "from") and head.head.i == noun.i) \
            or (token.dep_ == "pobj" and head.dep_ == "agent" and head.head.dep_ == "acl"
                and head.head.head.i == noun.i)  # "a statement released by the army"
        if authored:
            return index.resolved_at(token)
    return None


def _earlier_document(noun: Token, documents: frozenset[str],
                      index: MentionView) -> Token | None:
    """The nearest document noun in the two sentences before, the same word preferred."""
    doc = noun.doc
    sentence = index.sentence(noun.i)
    first = sentence.start
    for _ in range(2):
        if first == 0:
            break
        first = index.sentence(first - 1).start
    candidates = [t for t in doc[first:sentence.start] if t.lemma_.lower() in documents
                  and t.pos_ in ("NOUN", "PROPN")]
    same = [t for t in candidates if t.lemma_ == noun.lemma_]
    pool = same or candidates
    return pool[-1] if pool else None
