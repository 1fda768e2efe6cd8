"""Where each token stands in its story: sentence, paragraph, inside which quotation if any.

Computed once per Doc, since the resolver asks for every pair of an anaphor and a candidate
(spaCy's `Token.sent` walks the Doc on each call).

Sentences are counted as a reader counts them going back from a pronoun: where the writer ended
one, at a stop. Every paragraph ends a sentence of the parse (nlp/breaks.py), but a paragraph
that ends without a stop ends none for the count: a heading ("Scholz rebukes Vance"), a
dateline ("Sunday, October 21, 2007"), a line that opens a quotation ("Rathbun stated,", "as
follows:") or a turn broken off ("which was, for me —") takes the number of the sentence after
it, which it labels, opens or runs on into. So its words stand as near to a pronoun after it
as that sentence does, and the story before it no further back than before the split: the
parser ran such a paragraph into the next one, and the windows (choose.WINDOW), the distances
(features.py) and the ranker's weights learned from GUM (whose headings, datelines and
transcripts' turns are such paragraphs) counted it so.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

OPENING = frozenset("“«„")
STOPS = frozenset(".!?…")
CLOSING = frozenset("”»")
STRAIGHT = frozenset('"')
SUBJECTS = frozenset(("nsubj", "nsubjpass"))


@dataclass(frozen=True)
class Layout:
    sentence: tuple[int, ...]
    paragraph: tuple[int, ...]
    quoted: tuple[bool, ...]
    quote: tuple[int, ...]  # which quotation a token stands in (numbered from 0), or -1

    @classmethod
    def of(cls, doc: Doc) -> Layout:
        sentence, paragraph, quoted, quote = [], [], [], []
        para, inside, broken, opened = 0, False, False, -1
        n = 0
        for sent in doc.sents:
            for t in sent:
                text = t.text  # read once: each read of a token's text makes a new str
                if broken or (t.is_space and "\n\n" in text):
                    para += 1
                    inside = False
                broken = "\n\n" in t.whitespace_
                if text in OPENING or (text in STRAIGHT and not inside):
                    inside = True
                    opened += 1
                elif text in CLOSING or text in STRAIGHT:
                    inside = False
                sentence.append(n)
                paragraph.append(para)
                quoted.append(inside)
                quote.append(opened if inside else -1)
            if not unfinished(sent):
                n += 1
        return cls(tuple(sentence), tuple(paragraph), tuple(quoted), tuple(quote))


def unfinished(sent: Span) -> bool:
    """Does the sentence end its paragraph (before a blank line) with no stop: its last word,
    before any closing quotation mark or bracket, no ".", "!", "?" or "…"?"""
    words = [t for t in sent if not t.is_space]
    if not words or not _closes_paragraph(words[-1]):
        return False
    last = next((t.text for t in reversed(words) if t.text not in CLOSING | STRAIGHT
                 and t.text not in ")]’'"), "")
    return bool(last) and last[-1] not in STOPS


def _closes_paragraph(token: Token) -> bool:
    doc = token.doc
    if "\n\n" in token.whitespace_:
        return True
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    return after is not None and after.is_space and "\n\n" in after.text


def clause_verb(token: Token) -> Token:
    """The verb (or root) of the clause a token belongs to."""
    while token.head.i != token.i and token.pos_ not in ("VERB", "AUX"):
        token = token.head
    return token


def subject_of(verb: Token) -> Token | None:
    """The subject of a verb or, for a verb without one (an infinitive, a gerund, a conjunct),
    of the nearest verb above it: "Putin had no intention to [meet]": Putin; "ambushed
    Ramaphosa by [playing]": the ambusher. A clause with a subject of its own (ccomp, relcl)
    is a boundary."""
    token = verb
    while True:
        subjects = [c for c in token.children if c.dep_ in SUBJECTS]
        if subjects:
            if subjects[0].tag_ in ("WP", "WDT") and token.dep_ == "relcl":
                return token.head  # "Lee Jae-Myung, who himself faces": Lee
            return subjects[0]
        if token.dep_ in ("ccomp", "relcl", "ROOT") or token.head.i == token.i:
            return None
        token = token.head


def controller(verb: Token) -> Token | None:
    """Who does what a verb without a subject says: the object of the verb that governs it
    where it has one ("accused [Israel] of procrastinating", "offer [Musk] a deal to operate",
    "urged [Israel] to withdraw"), else that verb's subject."""
    if any(c.dep_ in SUBJECTS for c in verb.children):
        return subject_of(verb)
    if verb.dep_ == "acl" and verb.tag_ in ("VBG", "VBN"):
        return verb.head  # "despite Trump announcing": Trump
    if not _complement(verb):  # "ambushed Ramaphosa by playing": the subject plays
        return subject_of(verb)
    governing = verb.head
    while governing.head.i != governing.i and governing.pos_ not in ("VERB", "AUX"):
        governing = governing.head
    if governing.i == verb.i or verb.dep_ in ("ccomp", "relcl", "ROOT", "conj"):
        return subject_of(verb)
    for dep in ("dative", "dobj"):
        objects = [c for c in governing.children if c.dep_ == dep and c.i < verb.i]
        if objects:
            return objects[0]
    called = [g for c in governing.children if c.dep_ in ("prep", "prt") and c.i < verb.i
              for g in c.children if g.dep_ == "pobj"]  # "calling on [the state] to be firm"
    return called[-1] if called else subject_of(governing)


OBJECT_CONTROL_PREPS = frozenset(("of", "from", "against", "into"))


def _complement(verb: Token) -> bool:
    """Is the verb a complement that an object controls: "urged X [to withdraw]", "a deal [to
    operate]", "accused X of [procrastinating]", "prevented X from [leaving]"?"""
    if verb.dep_ in ("xcomp", "acl"):
        return True
    return verb.dep_ in ("pcomp", "pobj") and verb.head.lower_ in OBJECT_CONTROL_PREPS


def verbal(token: Token) -> bool:
    """A verb, or a gerund the tagger took for a noun after "of"/"from" ("accused Israel of
    [procrastinating]")."""
    return token.pos_ in ("VERB", "AUX") or token.tag_ == "VBG" or (
        token.lower_.endswith("ing") and token.dep_ in ("pobj", "pcomp")
        and token.head.lower_ in OBJECT_CONTROL_PREPS)


def role(token: Token) -> str:
    """The grammatical role of a mention's head: subj, obj, pobj, poss or other. A conjunct
    takes the role of the word it is joined to ("Russia and Ukraine said")."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    dep = token.dep_
    if dep in SUBJECTS:
        return "subj"
    if dep in ("dobj", "dative", "iobj", "obj"):
        return "obj"
    if dep == "pobj":
        return "pobj"
    if dep == "poss":
        return "poss"
    return "other"
