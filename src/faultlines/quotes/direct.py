"""Quoted spans read against the parse: direct quote, partial quote or scare quote, and the cue.

- direct: the quote stands as an utterance of its own: it begins a paragraph or a sentence, or
  follows a colon, comma or dash, and it ends in punctuation or at a sentence's end ("“A,” she
  said"; 'She said: "A."').
- partial: a quoted stretch inside a sentence, governed by a speech or naming verb ("said Moscow
  was “deeply worried about …”", "what she called “illegal” attacks"); the speaker is that
  verb's subject.
- scare quote: a short term (1–4 words, no verb, no closing punctuation) that no speech or
  naming verb governs (launched “anti-terrorist activities” with no one saying it): a term the
  writer holds at a distance, not a quotation, so it is dropped.
Longer embedded quotes that no cue governs are partial quotes of their clause's subject when
the actors stage resolved it, and of no one otherwise.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from faultlines.quotes.cues import Cues
from faultlines.quotes.marks import Quoted
from faultlines.nlp.mentions import MentionView
from faultlines.nlp.parse import subject_of
from faultlines.quotes.speaker import Speaker, cue_speaker, cue_subject, phrase_head, speaker_of

_OPENING = ":,—–-(;"
_CLOSING = ".,?!…:;—–-"
_MAX_SCARE_WORDS = 4
_WINDOW = 30  # tokens after a closing mark in which a cue is looked for


@dataclass
class Found:
    """A quotation with what is known of it so far (the stage fills in inherited speakers)."""

    quoted: Quoted
    kind: str
    cue: str | None = None
    speaker: Speaker | None = None
    has_cue: bool = False


def _before(text: str, start: int) -> str:
    """The paragraph's text before the opening mark, trimmed."""
    line_start = text.rfind("\n", 0, max(start - 1, 0)) + 1
    return text[line_start:max(start - 1, line_start)].rstrip()


def stands_alone(text: str, quoted: Quoted) -> bool:
    """True when the quote reads as an utterance of its own, not a phrase in a sentence."""
    before = _before(text, quoted.start)
    opens = not before or before[-1] in _OPENING or before[-1] in ".?!”\"’"
    after = text[quoted.end + 1:quoted.end + 3].lstrip(" ")
    closes = text[quoted.end - 1] in _CLOSING or not after or after[0] in _CLOSING + "\n"
    return opens and closes


def _span(doc: Doc, start: int, end: int) -> Span | None:
    """The tokens over text[start:end]; None where there are none (the characters are only
    the space between two tokens), so that no caller indexes an empty span."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return span if span is not None and len(span) else None


def _is_speech_verb(token: Token, cues: Cues) -> bool:
    return token.pos_ in ("VERB", "AUX") and token.lemma_.lower() in cues.speech


def _cue_text(verb: Token, cues: Cues) -> str:
    """The cue as it reads: "said", "told Newsweek", "the message read", "according to"."""
    if verb.lemma_.lower() in cues.according:
        return "according to"
    words = [verb]
    if verb.i > 0 and verb.doc[verb.i - 1].lemma_.lower() in cues.documents:
        first = verb.i - 1
        while first > 0 and verb.doc[first - 1].pos_ in ("DET", "PRON", "ADJ"):
            first -= 1  # "the message read", "his latest statement said"
        words = list(verb.doc[first:verb.i + 1])
    spec = cues.speech.get(verb.lemma_.lower())
    if spec is not None and spec.addressee:  # "told Newsweek", not "called Trump"
        words += [c for c in verb.rights if c.dep_ in ("dative", "dobj") and c.pos_ == "PROPN"]
    return " ".join(t.text for t in sorted(words, key=lambda t: t.i))


def _speaker_for(verb: Token, index: MentionView, cues: Cues,
                 quoted: Quoted | None = None) -> Speaker | None:
    if verb.lemma_.lower() in cues.according:
        to = next((c for c in verb.children if c.lower_ == "to"), None)
        obj = next((c for c in to.children if c.dep_ == "pobj"), None) if to else None
        return speaker_of(obj, index, cues)
    if verb.i > 0 and verb.doc[verb.i - 1].lemma_.lower() in cues.documents \
            and verb.pos_ != "VERB":
        return speaker_of(verb.doc[verb.i - 1], index, cues)  # "the message read" (a noun parse)
    subject = cue_subject(verb)
    if quoted is not None and (subject is None and _active(verb)
                               or subject is not None
                               and quoted.start - 1 <= subject.idx < quoted.end + 1):
        # the parse took a word of the quote, or gave the cue none: “…,” said Tedros, speaking
        # at …' hangs the name on "speaking"
        subject = _subject_beside(verb, quoted, index) or subject
    return cue_speaker(verb, subject, index, cues)


def _active(verb: Token) -> bool:
    """A cue in the active voice: "X was told" names no speaker beside it. (A bare participle
    may: the parser reads “…,” the message read' as one.)"""
    return not any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)


def _subject_beside(verb: Token, quoted: Quoted, index: MentionView) -> Token | None:
    """The speaker's word next to the cue outside the quote: “…,” Chief Jordan said / said Jordan."""
    doc = verb.doc
    before = [t for t in doc[:verb.i] if t.idx > quoted.end]
    after = [t for t in doc[verb.i + 1:index.sentence(verb.i).end]
             if not quoted.start - 1 <= t.idx < quoted.end + 1]
    for token in reversed(before) if before else after:
        if _in_participle(token, verb):
            continue  # "Fadlallah, speaking to the group's Al-Manar television, said"
        if index.mention_at(token.i) is not None or token.pos_ == "PROPN":
            return phrase_head(token, index)
    return None


def _in_participle(token: Token, cue: Token) -> bool:
    """A word inside a participle clause that stands between the quote and its cue ("speaking
    to the group's television"): what the clause names does not speak."""
    return any(a.tag_ in ("VBG", "VBN") and a.i < token.i and a.i < cue.i and a is not cue
               for a in token.ancestors)


def _cue_after(doc: Doc, quoted: Quoted, cues: Cues, index: MentionView) -> Token | None:
    """A cue just after the closing mark: “…,” Katz said / said Katz / the message read."""
    span = _span(doc, quoted.end, min(quoted.end + 1, len(index.text)))
    if span is None:
        return None
    if span.end >= len(doc):
        return None
    # “…?” Vitter demanded: the splitter may end the sentence at the mark; read on into the
    # next one unless the quote closed with a full stop
    ends = span.end if index.text[quoted.end - 1] in "?!," else span[-1].i
    sent_end = index.sentence(ends).end
    for token in doc[span.end:min(span.end + _WINDOW, sent_end)]:
        if token.text in "“„«\"‘" or token.text == "\n\n":
            break
        if _is_speech_verb(token, cues) or _document_verb(token, cues) or \
                token.lemma_.lower() in cues.according:
            return token
    return None


def _document_verb(token: Token, cues: Cues) -> bool:
    """'read'/'said' after a document noun, however the parser tagged it."""
    return token.i > 0 and token.lemma_.lower() in cues.speech and \
        token.doc[token.i - 1].lemma_.lower() in cues.documents


def _colon_before(text: str, start: int) -> int | None:
    """Where the cue's colon or comma is: in the quote's paragraph, or ending the one before."""
    before = _before(text, start)
    if before:
        return start - 1 - (len(_raw_before(text, start)) - len(before)) - 1 \
            if before[-1] in ":," else None
    previous = text[:text.rfind("\n", 0, max(start - 1, 0)) + 1].rstrip()
    return len(previous) - 1 if previous.endswith(":") else None


def _raw_before(text: str, start: int) -> str:
    line_start = text.rfind("\n", 0, max(start - 1, 0)) + 1
    return text[line_start:max(start - 1, line_start)]


def _cue_before(doc: Doc, quoted: Quoted, cues: Cues, index: MentionView) -> Token | None:
    """A cue ending in a colon or comma before the opening mark: Zakharova said: “…”."""
    colon = _colon_before(index.text, quoted.start)
    span = _span(doc, colon, colon + 1) if colon is not None else None
    if span is None:
        return None
    first = index.sentence(span[0].i).start
    for token in reversed(doc[first:span.start]):
        if token.text in "”»\"’":
            break
        if _is_speech_verb(token, cues) or token.lemma_.lower() in cues.according:
            return token
    return None


def _cue_in_sentence_before(doc: Doc, quoted: Quoted, cues: Cues,
                            index: MentionView) -> Token | None:
    """A speech verb in the sentence just before a cue-less quote in the same paragraph.

    'Cummings called him a master at deals. “He showed again and again …”': the quote goes on
    with the speaker the sentence before introduced.
    """
    span = _span(doc, max(quoted.start - 1, 0), quoted.start)
    if span is None or span.start == 0:
        return None
    first = index.sentence(span.start).start
    if first == span.start:
        first = index.sentence(span.start - 1).start
    if "\n" in doc[first:span.start].text:
        return None
    verbs = [t for t in doc[first:span.start] if _is_speech_verb(t, cues) and subject_of(t)]
    return verbs[-1] if verbs else None


def _governor(doc: Doc, quoted: Quoted, cues: Cues, index: MentionView) -> Token | None:
    """The speech or naming verb an embedded quote hangs from, if any."""
    span = _span(doc, quoted.start, quoted.end)
    if span is None:
        return None
    inside = range(span.start, span.end)
    roots = [t for t in span if t.head.i not in inside or t.head.i == t.i]
    token = roots[0] if roots else span.root
    for _ in range(8):
        if token.head.i == token.i:
            break
        token = token.head
        if token.i in inside:
            continue
        if token.lemma_.lower() in cues.naming or _is_speech_verb(token, cues):
            return token
    for token in reversed(doc[max(span.start - 4, index.sentence(span.start).start):span.start]):
        if token.lemma_.lower() in cues.naming and token.pos_ == "VERB":
            return token  # "called Azerbaijan's “…”" where the parse hangs it elsewhere
    return None


def _scare(doc: Doc, quoted: Quoted, text: str) -> bool:
    span = _span(doc, quoted.start, quoted.end)
    words = [t for t in span if not t.is_punct] if span is not None else []
    return len(words) <= _MAX_SCARE_WORDS and not any(t.pos_ in ("VERB", "AUX") for t in words) \
        and text[quoted.end - 1] not in ".?!…"


_DASHES = "―—–"
_MAX_BYLINE = 16  # tokens: a name, a title, a handle and a date


def byline(doc: Doc, quoted: Quoted, index: MentionView) -> Speaker | None:
    """The speaker named after a dash that follows a quote: “…” ― Pamela Padilla."""
    text = index.text
    rest = text[quoted.end + 1:quoted.end + 4].lstrip(" \xa0\t")
    if not rest or rest[0] not in _DASHES or _before(text, quoted.start):
        return None  # a byline follows a quote that opens its paragraph
    at = text.index(rest[0], quoted.end + 1) + 1
    line_end = text.find("\n", at)
    span = _span(doc, at, line_end if line_end >= 0 else len(text))
    if span is None or len(span) > _MAX_BYLINE:
        return None
    for token in span:
        mention = index.mention_at(token.i)
        if mention is not None:
            return Speaker(mention.get("actor"), mention["text"], mention["start_char"],
                           mention["end_char"])
    names = [t for t in span if t.pos_ == "PROPN"]
    if not names or names[0].i - span.start > 2:
        return None
    last = names[0]
    while last.i + 1 < span.end and doc[last.i + 1].pos_ == "PROPN":
        last = doc[last.i + 1]
    return Speaker(None, text[names[0].idx:last.idx + len(last.text)], names[0].idx,
                   last.idx + len(last.text))


def read_quote(doc: Doc, quoted: Quoted, index: MentionView, cues: Cues) -> Found | None:
    """Classify one quoted span and find its cue and speaker; None for a scare quote."""
    signed = byline(doc, quoted, index)
    if signed is not None:
        return Found(quoted, "direct", "—", signed, has_cue=True)
    if stands_alone(index.text, quoted):
        verb = _cue_after(doc, quoted, cues, index) or _cue_before(doc, quoted, cues, index) \
            or _cue_in_sentence_before(doc, quoted, cues, index)
        if verb is None:
            return Found(quoted, "direct")
        return Found(quoted, "direct", _cue_text(verb, cues),
                     _speaker_for(verb, index, cues, quoted), has_cue=True)
    verb = _governor(doc, quoted, cues, index)
    if verb is not None:
        return Found(quoted, "partial", _cue_text(verb, cues), _speaker_for(verb, index, cues),
                     has_cue=True)
    if _scare(doc, quoted, index.text):
        return None
    verb = _clause_verb(doc, quoted, index)
    if verb is not None:
        return Found(quoted, "partial", verb.text, _speaker_for(verb, index, cues, quoted),
                     has_cue=True)
    return Found(quoted, "partial")


def _clause_verb(doc: Doc, quoted: Quoted, index: MentionView) -> Token | None:
    """The nearest verb above an embedded quote whose subject is a known actor.

    "Reid has gone after Trump as a “human leech”": no speech verb governs the phrase, but the
    one whose clause carries a quotation is, in news writing, the one who used the words. Only
    a subject the actors stage resolved qualifies; otherwise the speaker stays unknown.
    """
    span = _span(doc, quoted.start, quoted.end)
    if span is None:
        return None
    token = span.root
    for _ in range(8):
        if token.head.i == token.i:
            return None
        token = token.head
        if token.pos_ in ("VERB", "AUX") and not span.start <= token.i < span.end:
            subject = subject_of(token)
            if subject is not None and index.resolved_at(subject) is not None:
                return token
    return None
