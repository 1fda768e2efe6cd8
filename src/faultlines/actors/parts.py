"""Some of a group, and the members of a named body, are mentions of the group or the body:
"[dozens of] Russian peacekeepers", "[a majority of] the strikers", "Taliban [leaders]",
"[members of] the union".

The parse makes the amount or the member noun the phrase's head ("Dozens" is the subject of
"Dozens of Russian peacekeepers arrived"), so the events stage, which reads the actor at the
subject's head, finds the group only if the mention holds that head. These functions give the
wider span; resolution still reads the group's own words. The words come from kb/parts.yaml.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from faultlines.actors.kb import KB

# Determiners between "of" and the group: "a majority of [the] strikers".
_DETS = frozenset(("the", "these", "those", "its", "their", "his", "her"))


def outer_span(span: Span, kb: KB, members: bool) -> Span | None:
    """The span widened over an amount or member noun before it ("dozens of", "leaders
    of the") or, where `members`, a member noun after it that it modifies ("Taliban
    leaders"); None where there is none."""
    start = _part_before(span, kb)
    end = _member_after(span, kb) if members else None
    if start is None and end is None:
        return None
    return span.doc[start if start is not None else span.start:end or span.end]


def _part_before(span: Span, kb: KB) -> int | None:
    doc = span.doc
    j = span.start - 1
    if j >= 0 and doc[j].lower_ in _DETS and doc[j].head.i >= span.start:
        j -= 1
    if j < 1 or doc[j].lower_ != "of" or span.root.head.i != j:
        return None
    part = doc[j].head
    if part.i != j - 1 or not _part_word(part, kb):
        return None
    start = part.left_edge.i
    if any(t.is_sent_start or t.pos_ in ("VERB", "AUX", "PUNCT") for t in doc[start + 1:j]):
        return None
    return start


def _part_word(token: Token, kb: KB) -> bool:
    word = token.lower_
    return word in kb.amounts or word in kb.member_words or token.like_num


def _member_after(span: Span, kb: KB) -> int | None:
    """"Taliban [leaders]": the member noun right after a name that modifies it."""
    doc = span.doc
    if span.end >= len(doc):
        return None
    noun = doc[span.end]
    if noun.lower_ in kb.member_words and span.root.head.i == noun.i \
            and span.root.dep_ in ("compound", "amod", "nmod"):
        return noun.i + 1
    return None


def group_noun(phrase: Span, kb: KB) -> tuple[str, str] | None:
    """(word, sector) where the phrase's head is a group noun of parts.yaml ("Bosnian Serb
    [units]": ("unit", "MIL")), else None."""
    head = phrase[-1]
    for word in (head.lower_, head.lemma_.lower()):
        if word in kb.group_nouns:
            return word, kb.group_nouns[word]
    return None
