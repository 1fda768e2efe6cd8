"""The news half of the coref suite: the actor coded at each annotated pronoun and description.

The gold (eval/data/coref_news.yaml, README beside it) gives each mention by its offset in the
raw article text. Our pipeline codes the cleaned text, so a mention is found there by the words
around it in the raw text (`locate`). The actor at a mention is that of the shortest actor
mention covering its head word, as every later stage reads it. It is right when it matches one
of the accepted values as ../shared/eval/news/score.py matches actors (`matches`); `strict`
also requires the person or organisation where the gold names one, not only its state.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import yaml
from spacy.tokens import Doc, Span

GOLD = Path(__file__).with_name("data") / "coref_news.yaml"
MIN_CONTAINED = 4  # as score.py: a value this long may match inside a coded name or text
PRONOUNS = frozenset("he him his himself she her hers herself it its itself they them their "
                     "theirs themselves".split())
_SPACE = re.compile(r"\s+")
_INVISIBLE = "\u00ad\u200b\u200c\u200d\ufeff"


@dataclass(frozen=True)
class GoldMention:
    article: str
    split: str
    at: int
    text: str
    actor: tuple[str, ...]
    note: str | None = None

    @property
    def kind(self) -> str:
        return "pronoun" if self.text.casefold() in PRONOUNS else "description"


def load(path: Path = GOLD) -> list[GoldMention]:
    """Every gold mention, in article order. Stops on an entry without accepted values."""
    out = []
    for article in yaml.safe_load(path.read_text(encoding="utf-8")):
        for m in article["mentions"]:
            if not m.get("actor"):
                raise ValueError(f"{path.name}, {article['article']} at {m['at']}: no actor")
            out.append(GoldMention(article["article"], article["split"], int(m["at"]),
                                   m["text"], tuple(str(v) for v in m["actor"]), m.get("note")))
    return out


def _folded(text: str) -> tuple[str, list[int]]:
    """The text with white space runs as one space and invisible characters (soft hyphens)
    dropped, and for each of its characters the offset it came from."""
    chars, where = [], []
    for i, ch in enumerate(text):
        if ch in _INVISIBLE:
            continue
        if ch.isspace():
            if chars and chars[-1] == " ":
                continue
            ch = " "
        chars.append(ch)
        where.append(i)
    return "".join(chars), where


def locate(raw: str, at: int, words: str, clean: str) -> int | None:
    """The offset in `clean` of the mention at `at` in `raw`: its words with as much of the raw
    text around them as still occurs once in the cleaned text (cleaning joins lines and drops
    captions, so the widest unique context wins). None when the words are gone."""
    if raw[at:at + len(words)] != words:
        raise ValueError(f"gold mention {words!r} is not at {at}")
    folded, where = _folded(clean)
    for width in (60, 30, 15, 6, 0):
        for left, right in ((width, width), (width, 0), (0, width)):
            before = _folded(raw[max(0, at - left):at])[0]
            after = _folded(raw[at + len(words):at + len(words) + right])[0]
            needle = before + _folded(words)[0] + after
            hits = [m.start() for m in re.finditer(re.escape(needle), folded)]
            if len(hits) == 1:
                return where[hits[0] + len(before)]
    return None


def head_token(doc: Doc, start: int, text: str) -> int | None:
    """The syntactic head of the mention's words in the Doc ("president" in "the US
    president"), or None if the words do not fall on tokens."""
    span: Span | None = doc.char_span(start, start + len(text), alignment_mode="expand")
    return span.root.i if span is not None and len(span) else None


def mention_actor(mentions: list[dict], token: int) -> dict | None:
    """The actor of the shortest actor mention covering the token, as later stages read it."""
    covering = [m for m in mentions if m["start"] <= token < m["end"]]
    if not covering:
        return None
    return min(covering, key=lambda m: m["end"] - m["start"]).get("actor")


def matches(actor: dict | None, values: tuple[str, ...]) -> bool:
    """score.py's rule: `country`, `code` or `name` equal to a value (any case), or a value of
    four letters or more inside the name or the words; "-" accepts no actor."""
    if actor is None:
        return "-" in values
    keys = {str(actor.get(k) or "").casefold() for k in ("country", "code", "name")} - {""}
    name = (actor.get("name") or "").casefold()
    text = (actor.get("text") or "").casefold()
    for value in (v.casefold() for v in values if v != "-"):
        if value in keys or (len(value) >= MIN_CONTAINED and (value in name or value in text)):
            return True
    return False


def matches_any(actors: list[dict], values: tuple[str, ...]) -> bool:
    """As score.py matches an event's actor list: any one of them ("the two countries" coded as
    two states); none matches only where "-" is accepted."""
    return any(matches(a, values) for a in actors) if actors else "-" in values


def strict_values(values: tuple[str, ...], states: frozenset[str]) -> tuple[str, ...]:
    """The values that name a person or an organisation, where the gold lists any beside a
    state's code (and "-"); else all of them."""
    named = tuple(v for v in values if v != "-" and v not in states)
    return (named + (("-",) if "-" in values else ())) if named else values
