"""Whether an event is background: recalled by the story, not reported as news.

A story recalls what explains its news: "since Russia's 2022 invasion", "Crimea, which Russia
annexed in 2014", "a vigil for the victims of the 7 October attacks", "on the anniversary of
the invasion". Such an event is coded (GUIDELINES: every codable event of the lead) but marked
`background: true`, so that analysis weighs it as a re-mention, not a fresh act, and it keeps
its own date or none: never the publication date, which is the day of the news, not of the
event recalled. An event is background when

- it lies inside a "since" phrase or clause ("since Israel resumed airstrikes in March"): what
  has gone on since is the news, the event is where it began;
- it lies inside what a memorial word frames (memorial_words of frames.yaml: "a vigil for the
  victims of the attack", "the anniversary of the invasion", "to commemorate those killed in
  the bombing"), or it is an event noun in a prepositional phrase of a sentence about a
  memorial: the attack is remembered, not made;
- it lies inside an "after" phrase or clause measured in weeks or more ("a year after the
  7 October attacks", "weeks after Russia's full-scale invasion"): the story dates its news
  by what came that long before;
- its own date ends more than RECENT_DAYS before publication ("three years ago", "in 2014"):
  a story reports what is new; what is that old it recalls.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from spacy.tokens import Token

from faultlines import when
from faultlines.events.lexicon import Lexicon
from faultlines.events.setting import long_after

# How old an event's own date may be and still be the story's news: a quarter of a year. "Last
# month the army broke off the truce" is news still; "in May", in a September story, is context.
RECENT_DAYS = 90
_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")


def _since(token: Token) -> bool:
    """Inside a "since" phrase or clause: "since Russia's 2022 invasion", "since Israel
    resumed strikes". The adverb ("has since pushed in") frames nothing, and a phrase on the
    event's own clause ("has attacked X since May") dates what goes on, not its start."""
    for clause in (token, *token.ancestors):
        for child in clause.children:
            if child.lower_ == "since" and (child.dep_ == "mark" or child.dep_ == "prep"
                                            and token in child.subtree):
                return True
    return False


def _memorial(token: Token, lexicon: Lexicon) -> bool:
    """Framed by a memorial word (memorial_words of frames.yaml) above it in the parse: "a
    vigil for the victims of the attacks", "gathered to commemorate those killed in the
    bombing"."""
    words = lexicon.words("memorial_words")
    said = lambda t: t.lemma_.lower() in words or t.lower_ in words
    if any(said(a) for a in token.ancestors):
        return True
    # "held a vigil for the victims of the attacks", where the parse hangs the victims on the
    # verb: an event noun in a sentence about a memorial is what it remembers
    return token.pos_ == "NOUN" and token.dep_ == "pobj" and any(said(t) for t in token.sent)


def old(value: str | None, published: str | None) -> bool:
    """True when a resolved date ("2014", "2025-05", "2022-02-24") ends more than RECENT_DAYS
    before publication."""
    if not value or not published:
        return False
    return _end(value) < date.fromisoformat(published) - timedelta(days=RECENT_DAYS)


def _end(value: str) -> date:
    """The last day of a resolved date at its precision."""
    precision = when.precision(value)
    if precision == "year":
        return date(int(value), 12, 31)
    if precision == "month":
        year, month = int(value[:4]), int(value[5:7])
        following = date(year + month // 12, month % 12 + 1, 1)
        return following - timedelta(days=1)
    return date.fromisoformat(value)


def recalled(anchor: Token, lexicon: Lexicon, own_date: str | None,
             published: str | None) -> bool:
    """Whether the event whose trigger is `anchor` is background (the module's four tests).

    own_date (str | None): the date the event's own words give; None when the story gives none.
    published (str | None): the publication date.
    """
    return _since(anchor) or _memorial(anchor, lexicon) or _long_after(anchor) \
        or old(own_date, published)


def _long_after(anchor: Token) -> bool:
    """Inside "a year after …", "weeks after …" (setting.long_after)."""
    return long_after(anchor) is not None


def setting(anchor: Token, lexicon: Lexicon, found: tuple[str | None, str | None],
            published: str | None) -> tuple[bool, str | None, str | None]:
    """(background, date, date_text) of an event, from the date its clause gave (`found`, as
    setting.event_date returns it: date_text None where the publication date was assumed).

    A background event keeps its own date or none. A remembered one ("a vigil for the victims
    of the 7 October attacks") keeps only a date written with its year: "7 October" read
    against a story of October 2024 is the vigil's day, not the attack's.
    """
    value, text = found
    own = value if text else None
    if not recalled(anchor, lexicon, own, published):
        return False, value, text
    if own and text and not _YEAR.search(text) and _memorial(anchor, lexicon):
        own = None
    return True, own, text if own else None
