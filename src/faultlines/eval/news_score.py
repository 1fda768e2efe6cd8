"""The article-level news gold's rules: key recall, lead precision, articles kept, ties found.

The rules are those of shared/eval/news (GUIDELINES.md and its scorer), written here so that
`faultlines eval news` needs nothing from ../shared but the data, and a test checks that both
give the same figures on the same coded document:

- an article is *kept* when the last words of its lead (`lead_ends`, matched with any run of
  white space and straight or curly quotes) are still in the coded text;
- a coded event is *in the lead* when the first 60 characters of its sentence first occur before
  the lead's end, or when its sentence is the title;
- a coded event *matches* a gold event when the gold's sentence piece is inside its sentence
  (case, quotes and spacing folded), its type is one the gold allows, one of its actors and (if
  any) one of its recipients carry a listed code — equal to the actor's country, code or name, or
  contained in its name or text when four characters or longer — no recipient is right only
  where the gold lists "-", and the gold's negated and hypothetical flags, where given, agree;
- events and gold events are paired by maximum bipartite matching: lead precision pairs the lead's
  coded events with all the gold events; key recall pairs every coded event of the article (a key
  event restated later counts) with the key events;
- a tie is found when a relation of the article joins its two codes, either way round, with the
  same sign.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from faultlines.eval.seed import max_matching
from faultlines.ingest.characters import normalise_characters

LONG_CODE = 4  # a listed code this long or longer may match inside an actor's name or text
SENTENCE_KEY = 60  # characters of an event's sentence that place it in the text

_CURLY = str.maketrans({"\u201c": '"', "\u201d": '"', "\u2018": "'", "\u2019": "'"})
_SPACES = re.compile(r"\s+")
_QUOTE_CLASS = {'"': "[\"\u201c\u201d]", "'": "['\u2018\u2019]"}


def fold(text: str | None) -> str:
    """Lower case, straight quotes, single spaces, no invisible characters (soft hyphens, as
    cleaning drops them): the form sentences are compared in."""
    return _SPACES.sub(" ", normalise_characters(text or "").translate(_CURLY)).strip().lower()


def has_code(actor: dict | None, codes: Iterable[Any]) -> bool:
    """True when the ACTOR carries one of the gold's codes ("-" is no code)."""
    if not actor:
        return False
    exact = {str(actor.get(k) or "").lower() for k in ("country", "code", "name")}
    exact.discard("")
    name, text = (actor.get("name") or "").lower(), (actor.get("text") or "").lower()
    for code in codes:
        if code == "-":
            continue
        code = str(code).lower()
        if code in exact or (len(code) >= LONG_CODE and (code in name or code in text)):
            return True
    return False


def _side_matches(coded: list[dict], listed: list[Any]) -> bool:
    return any(has_code(actor, listed) for actor in coded)


def matches(event: dict, gold: dict) -> bool:
    """True when a coded EVENT is the gold event (the module docstring's rule)."""
    if fold(gold["sentence"]) not in fold(event.get("sentence")) \
            or event.get("type") not in gold["type"] \
            or not _side_matches(event.get("actor") or [], gold["actor"]):
        return False
    recipients = event.get("recipient") or []
    if recipients and not _side_matches(recipients, gold["recipient"]):
        return False
    if not recipients and "-" not in gold["recipient"]:
        return False
    return all(bool(event.get(flag)) == bool(gold[flag])
               for flag in ("negated", "hypothetical") if flag in gold)


def _pattern(words: str) -> re.Pattern:
    """`words` folded, with any run of white space and either kind of quote allowed."""
    pieces = (r"\s+" if ch == " " else _QUOTE_CLASS.get(ch) or re.escape(ch)
              for ch in fold(words))
    return re.compile("".join(pieces), re.IGNORECASE)


def lead_end(text: str, lead_ends: str) -> int | None:
    """Where the lead ends in the coded text; None when its last words are gone."""
    found = _pattern(lead_ends).search(text)
    return found.end() if found else None


def lead_events(article: dict, end: int) -> list[dict]:
    """The coded events of the lead window: placed before its end, or coded from the title."""
    text = article.get("text") or ""
    events = article.get("events") or []

    def placed(event: dict) -> bool:
        sentence = event.get("sentence") or ""
        return bool(sentence) and 0 <= text.find(sentence[:SENTENCE_KEY]) < end

    chosen = [e for e in events if placed(e)]
    title = fold(article.get("title"))
    if title:
        chosen += [e for e in events if e not in chosen and fold(e.get("sentence")) == title]
    return chosen


def tie_found(tie: dict, relations: list[dict]) -> bool:
    pair = ([tie["a"]], [tie["b"]])
    for relation in relations:
        a, b = relation.get("a"), relation.get("b")
        joined = (has_code(a, pair[0]) and has_code(b, pair[1])) \
            or (has_code(a, pair[1]) and has_code(b, pair[0]))
        if joined and (relation.get("polarity") or 0) * tie["polarity"] > 0:
            return True
    return False


def _share(part: int, whole: int) -> float:
    return round(part / whole, 3) if whole else 0.0


def _summary(event: dict) -> dict:
    names = lambda side: [a.get("name") for a in event.get(side) or []]
    return {"type": event.get("type"), "actor": names("actor"), "recipient": names("recipient"),
            "sentence": (event.get("sentence") or "")[:160]}


def score(document: dict, gold: list[dict], details: bool = False) -> dict[str, Any]:
    """Score an OUTPUT.md document against the gold's articles.

    document (dict): what `faultlines code ... --json` prints.
    gold (list[dict]): the gold articles (gold.yaml, or a part of it).
    details (bool): add `articles_detail`, one row per gold article: kept, the key events
        missed, and the lead's coded events that matched no gold event.
    RETURNS (dict): the figures, named as the gold's own scorer names them.
    """
    coded = {str(a.get("id")): a for a in document.get("articles", [])}
    n = {"keys": 0, "found": 0, "lead": 0, "right": 0, "kept": 0, "ties": 0, "ties_found": 0}
    rows = []
    for entry in gold:
        golds = entry.get("events") or []
        keys = [g for g in golds if g.get("key")]
        n["keys"] += len(keys)
        n["ties"] += len(entry.get("ties") or [])
        article = coded.get(str(entry["id"]))
        end = lead_end(article.get("text") or "", entry["lead_ends"]) if article else None
        if end is None:
            rows.append({"id": entry["id"], "kept": False, "missed_keys": [k["id"] for k in keys]})
            continue
        n["kept"] += 1
        lead = lead_events(article, end)
        right = max_matching(lead, golds, matches)  # gold index -> lead event index
        n["lead"] += len(lead)
        n["right"] += len(right)
        found = max_matching(article.get("events") or [], keys, matches)
        n["found"] += len(found)
        n["ties_found"] += sum(tie_found(t, article.get("relations") or [])
                               for t in entry.get("ties") or [])
        if details:
            paired, found_ids = set(right.values()), {keys[j]["id"] for j in found}
            rows.append({"id": entry["id"], "kept": True,
                         "missed_keys": [k["id"] for k in keys if k["id"] not in found_ids],
                         "unmatched_lead_events": [_summary(e) for i, e in enumerate(lead)
                                                   if i not in paired]})
    figures: dict[str, Any] = {
        "articles": len(gold), "articles_kept": _share(n["kept"], len(gold)),
        "key_events": n["keys"], "key_recall": _share(n["found"], n["keys"]),
        "lead_events_coded": n["lead"], "lead_precision": _share(n["right"], n["lead"]),
        "ties": n["ties"], "ties_found": _share(n["ties_found"], n["ties"]),
    }
    if details:
        figures["articles_detail"] = rows
    return figures
