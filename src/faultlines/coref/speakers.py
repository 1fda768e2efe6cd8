"""First-person pronouns inside a quotation, linked to the quotation's speaker.

"“We arrested them during fighting,” the AA said": the "we" of a quotation is its speaker, the
armed group, and "“I have just spoken to the prime minister of Thailand,” Trump said" names
Trump by "I". News quotes organisations, states and their officials speaking for themselves, so
the events a quotation reports are acts of the one quoted; left unresolved they are dropped for
want of an actor.

The speaker is the subject of a verb of saying (words.yaml `speech_verbs`) outside quotation
marks in a sentence the quotation spans ("“...,” the ministry said."; "The ministry said:
“...”"), resolved to an actor by the actors stage or by a link made before. The speaker must be
placed in a state or coded, and for "I", "me" and "my" be a person. A quotation with no such
cue, or with two speakers that differ, links nothing: a wrong actor is worse than none.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from faultlines.coref import layout as lay

PLURAL = frozenset(("we", "us", "our", "ours", "ourselves"))
SINGULAR = frozenset(("i", "me", "my", "mine", "myself"))


def speakers(doc: Doc, where: lay.Layout, speech: frozenset[str]) -> dict[int, int]:
    """Each first-person pronoun inside a quotation (token index) and the head of the subject
    of the verb of saying that cues its quotation, where exactly one speaker cues it."""
    spans: dict[int, list[int]] = {}
    for i, q in enumerate(where.quote):
        if q >= 0:
            spans.setdefault(q, [i, i])[1] = i
    sents = list(doc.sents)
    cue: dict[int, int | None] = {}
    out = {}
    for i, q in enumerate(where.quote):
        t = doc[i] if q >= 0 else None
        if t is None or t.pos_ != "PRON" or t.lower_ not in PLURAL | SINGULAR:
            continue
        if q not in cue:
            cue[q] = _cue(doc, sents, where, spans[q], speech)
        if cue[q] is not None:
            out[i] = cue[q]
    return out


def cue(doc: Doc, where: lay.Layout, span: tuple[int, int],
        speech: frozenset[str]) -> int | None:
    """The head of the one speaker of the quotation over token span [first, last], or None."""
    return _cue(doc, list(doc.sents), where, list(span), speech)


def _cue(doc: Doc, sents: list, where: lay.Layout, span: list[int],
         speech: frozenset[str]) -> int | None:
    """The one speaker of the quotation over token span [first, last]: the subject of a verb
    of saying outside quotation marks in a sentence it spans."""
    first, last = span
    close = min(last + 1, len(doc) - 1)  # the closing mark, which may start the next sentence
    numbers = range(where.sentence[first], where.sentence[close] + 1)
    # the parse's sentences counted as those numbers (a paragraph without a stop shares the
    # number of the sentence after it, layout.py, so a number is not an index of doc.sents)
    spanned = [sent for sent in sents if where.sentence[sent.start] in numbers]
    found = {s.i for sent in spanned for v in sent if not where.quoted[v.i]
             and v.pos_ in ("VERB", "AUX") and v.lemma_.lower() in speech
             for s in v.children if s.dep_ in lay.SUBJECTS and not where.quoted[s.i]}
    return found.pop() if len(found) == 1 else None


def fits(token: Token, actor: dict) -> bool:
    """"I" is a person speaking, "we" an organisation, a state or one speaking for them; either
    way a speaker placed in a state or coded: a private person's "we" ("“We are marching,” said
    Anthony") is a crowd the text does not name, and his "I" acts for no political side."""
    if not (actor.get("country") or actor.get("code")):
        return False
    return token.lower_ not in SINGULAR or actor.get("kind") == "person" \
        or bool(actor.get("role"))
