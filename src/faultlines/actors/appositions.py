"""Appositions: a name and a common noun set beside it by a comma name one referent twice.

- A common noun set before a person's name names that person: "Pakistan's military ruler,
  Gen. Pervez Musharraf, ...", "the prime minister's strongest rival, former army general
  Benny Gantz, said ...". The parse makes the noun the clause's subject and the name its
  apposition, so the events stage, which reads the actor at the subject's head, finds no one
  unless the noun is a mention too. It is, of the same actor as the name.
- A common noun set after a name the knowledge base does not know says what it is: "the
  Pak-China Trades Action Committee, a traders organisation in Gilgit-Baltistan" is a body of
  traders (BUS) of Pakistan; "Fortify Rights, a rights group" an NGO.
- A description set after the name of a body the knowledge base knows names that body: in "the
  Syrian Democratic Forces (SDF), a US-backed Kurdish militia" the militia is the SDF, so that
  what its words say ("US-backed") is said of the SDF, not of a nameless militia.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span

if TYPE_CHECKING:
    from faultlines.actors.context import Context

# Tokens that do not open the noun's phrase after an owner mention ("Netanyahu['s] rival").
_LEADING = frozenset(("case", "punct", "det"))


def apposed_titles(doc: Doc, mentions: list[dict]) -> list[dict]:
    """Mentions for the nouns a person's name stands in apposition to, where no mention
    covers the noun yet; the mention dicts of nlp/extensions.py, in no particular order."""
    covered = {i for m in mentions for i in range(m["start"], m["end"])}
    out = []
    for m in mentions:
        actor = m.get("actor") or {}
        name = doc[m["head"]]
        head = name.head
        if actor.get("kind") != "person" or name.dep_ != "appos" or head.pos_ != "NOUN" \
                or head.i != m["start"] - 2 or doc[m["start"] - 1].text != "," \
                or head.i in covered:
            continue
        start = head.left_edge.i
        for i in range(start, head.i):
            if i in covered:
                start = i + 1
        while start < head.i and doc[start].dep_ in _LEADING:
            start += 1
        span = doc[start:head.i + 1]
        out.append({"start": span.start, "end": span.end, "start_char": span.start_char,
                    "end_char": span.end_char, "text": span.text, "label": "NOUN",
                    "via": "apposition", "head": head.i, "actor": actor | {"text": span.text},
                    "entities": []})
        covered.update(range(span.start, span.end))
    return out


def apposed_descriptions(doc: Doc, mentions: list[dict],
                         collectives: frozenset[str]) -> list[dict]:
    """Give a generic description ("a US-backed Kurdish militia") set by a comma after a known
    body's name, or after its short form in brackets, that body's actor, in place; and return
    new mentions for such descriptions headed by a collective noun, which alone is no mention
    ("HTS, an al-Qaeda-linked [group]"). Not after a person, a pronoun or a state named as a
    place, and not a description that names an actor of its own (a code of its own)."""
    by_start = {m["start"]: m for m in mentions}
    covered = {i for m in mentions for i in range(m["start"], m["end"])}
    added = []
    for m in mentions:
        actor = m.get("actor") or {}
        start = _apposition_start(doc, m["end"])
        if start is None or not actor.get("code") or actor.get("kind") == "person" \
                or m.get("via") in ("place", "coreference", "pronoun", "apposition"):
            continue
        nxt = by_start.get(start)
        if nxt is not None:
            if nxt.get("label") == "NOUN" and nxt.get("via") == "sector" \
                    and not (nxt.get("actor") or {}).get("code"):
                nxt["actor"] = actor | {"text": nxt["text"]}
                nxt["via"] = "apposition"
            continue
        head = _collective_head(doc, start, collectives)
        if head is None or head in covered:
            continue
        span = doc[start + 1:head + 1]
        added.append({"start": span.start, "end": span.end, "start_char": span.start_char,
                      "end_char": span.end_char, "text": span.text, "label": "NOUN",
                      "via": "apposition", "head": head, "actor": actor | {"text": span.text},
                      "entities": []})
    return added


def _apposition_start(doc: Doc, end: int) -> int | None:
    """Where ", a"/", an" opens right after a mention ending at `end`, or after its short
    form in brackets ("the Syrian Democratic Forces (SDF), a ..."): the article's index."""
    if end < len(doc) and doc[end].text == "(":
        close = next((i for i in range(end + 1, min(end + 5, len(doc))) if doc[i].text == ")"),
                     None)
        end = close + 1 if close is not None else end
    if end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].lower_ in ("a", "an"):
        return end + 1
    return None


def _collective_head(doc: Doc, start: int, collectives: frozenset[str]) -> int | None:
    """The collective noun that heads the phrase opening at `start` ("an al-Qaeda-linked
    [group]"), within a few words, or None."""
    for token in doc[start + 1:min(start + 9, len(doc))]:
        if doc[token.i - 1].text == "-" or token.text == "-":
            continue  # "al-Qaeda-linked": a compound's words, whatever their tags
        if token.text in (",", ";", "(", "—", "–") or token.pos_ in ("VERB", "AUX", "ADP"):
            return None
        if token.pos_ == "NOUN" and token.dep_ not in ("compound", "amod", "nmod"):
            return token.i if token.lower_ in collectives else None
    return None


def described(name: Span, ctx: Context) -> dict:
    """The country and sector that a sector noun in apposition after a name gives it ("X, a
    traders organisation in Gilgit-Baltistan" → PAK, BUS), or {} where none follows. The
    apposition opens with "a" or "an" right after the comma; the parser often hangs it on the
    verb instead, so its words, not its arc, decide."""
    from faultlines.actors import nouns  # nouns reads the KB's sector words through ctx

    doc = name.doc
    start = name.end + 1
    if start >= len(doc) or doc[name.end].text != "," or doc[start].lower_ not in ("a", "an"):
        return {}
    for head in doc[start + 1:min(start + 6, len(doc))]:
        if head.pos_ not in ("NOUN", "PROPN", "ADJ"):
            return {}
        if head.pos_ == "NOUN" and head.dep_ not in ("compound", "amod", "nmod"):
            phrase = doc[start:head.i + 1]
            found = nouns.resolve_noun(phrase, ctx) if nouns.sector_noun(phrase, ctx) else None
            actor = found[1] if found else {}
            return {"country": actor.get("country"), "sector": actor.get("sector")}
    return {}
