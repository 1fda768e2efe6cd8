"""The quote stage: quotations and reported speech, each with its speaker (OUTPUT.md, QUOTE).

Quote marks are paired on the raw characters (marks.py), each quoted span is read against the
parse as a direct, partial or scare quote with its cue (direct.py), reported clauses of speech
verbs become indirect quotes (indirect.py), and speakers are the actors stage's mentions
(speaker.py). Two conventions of news writing are applied across quotes:

- a quote with no cue of its own takes the speaker of the nearest quote with one in the same
  paragraph ("“A,” she said. “B.”"), and a paragraph of nothing but quotation takes the speaker
  of the previous paragraph's last quote, or of a cue the previous paragraph ends on with a colon;
- a quote whose speaker cannot be found keeps speaker None.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from spacy.tokens import Doc

from faultlines.nlp.mentions import MentionView, view
from faultlines.nlp.records import QuoteDict
from faultlines.nlp.stage import DataStage
from faultlines.quotes import cues as cue_data
from faultlines.quotes.direct import Found, read_quote
from faultlines.quotes.indirect import reported_clauses
from faultlines.quotes.marks import find_quoted
from faultlines.quotes.speaker import Speaker, cue_speaker, cue_subject

__all__ = ["QuoteStage", "find_quotes"]

_PARAGRAPH = re.compile(r"[^\n]+")
_PERSON_PRONOUNS = {"he", "she"}


def find_quotes(doc: Doc, cues: cue_data.Cues | None = None) -> list[QuoteDict]:
    """Every QUOTE dict of the Doc, in text order."""
    cues = cues or cue_data.load()
    index = view(doc)
    found = [f for f in (read_quote(doc, q, index, cues) for q in find_quoted(index.text)) if f]
    _inherit_speakers(index.text, found)
    quotes = [_record(index.text, f) for f in found]
    quotes += _indirect(doc, found, index, cues)
    return sorted(quotes, key=lambda q: q["start"])


class QuoteStage(DataStage):
    """spaCy component `faultlines_quotes`: writes `doc._.quotes`."""

    name = "faultlines_quotes"
    writes = "quotes"
    load = staticmethod(cue_data.load)
    compute = staticmethod(find_quotes)


def _paragraph_starts(text: str) -> list[int]:
    return [m.start() for m in _PARAGRAPH.finditer(text)]


def _quote_only(text: str, lo: int, hi: int, found: list[Found]) -> bool:
    """True when a paragraph holds nothing but quotation (and punctuation)."""
    rest = text[lo:hi]
    for f in found:
        for s, e in f.quoted.pieces:
            if lo <= s < hi:
                rest = rest.replace(text[s:e], "")
    return not re.search(r"\w", rest)


def _inherit_speakers(text: str, found: list[Found]) -> None:
    """Give cue-less quotes the speaker their paragraph or the previous one establishes."""
    starts = _paragraph_starts(text)
    para = [bisect_right(starts, f.quoted.start) - 1 for f in found]
    for i, f in enumerate(found):
        if f.has_cue:
            continue
        same = [j for j in range(len(found)) if para[j] == para[i] and found[j].has_cue]
        source = min(same, key=lambda j: (j > i, abs(j - i)), default=None)
        if source is None and _quote_only(text, starts[para[i]], _end(text, starts[para[i]]),
                                          found):
            earlier = [j for j in range(i) if para[j] == para[i] - 1]
            source = earlier[-1] if earlier else None
        if source is not None and found[source].speaker is not None:
            f.speaker, f.cue = found[source].speaker, found[source].cue
    _carry_pronouns(found, para)


def _carry_pronouns(found: list[Found], para: list[int]) -> None:
    """“…,” she said, a paragraph after the last speaker: the pronoun is that person.

    The actors stage resolves pronouns within a paragraph; a news story's cue pronoun in the next
    paragraph goes on with the person quoted just before.
    """
    for i, f in enumerate(found):
        speaker = f.speaker
        if i == 0 or speaker is None or speaker.actor is not None or \
                speaker.text.lower() not in _PERSON_PRONOUNS:
            continue
        before = found[i - 1].speaker
        if before is not None and (before.actor or {}).get("kind") == "person" and \
                para[i] - para[i - 1] <= 1:
            f.speaker = Speaker(before.actor, speaker.text, speaker.start, speaker.end)


def _end(text: str, start: int) -> int:
    end = text.find("\n", start)
    return len(text) if end < 0 else end


def _record(text: str, f: Found) -> QuoteDict:
    speaker = f.speaker
    return {"text": f.quoted.text(text), "kind": f.kind,
            "speaker": speaker.actor if speaker else None, "cue": f.cue,
            "start": f.quoted.start, "end": f.quoted.end,
            "speaker_text": speaker.text if speaker else None,
            "speaker_start": speaker.start if speaker else None,
            "speaker_end": speaker.end if speaker else None}


def _indirect(doc: Doc, found: list[Found], index: MentionView,
              cues: cue_data.Cues) -> list[QuoteDict]:
    quoted = [(f.quoted.start - 1, f.quoted.end + 1) for f in found]
    records = []
    for verb, lo, hi in reported_clauses(doc, cues):
        start, end = doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1].text)
        if any(s < end and start < e for s, e in quoted):
            continue
        speaker: Speaker | None = cue_speaker(verb, cue_subject(verb), index, cues)
        records.append(_record(index.text, Found(_Plain(start, end), "indirect", verb.text,
                                               speaker)))
    return records


class _Plain:
    """A single-piece span with the Quoted interface, for reported clauses."""

    def __init__(self, start: int, end: int) -> None:
        self.start, self.end, self.pieces = start, end, ((start, end),)

    def text(self, source: str) -> str:
        return source[self.start:self.end]
