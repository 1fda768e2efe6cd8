"""A common noun set before a person's name by a comma names that person: "Pakistan's
military ruler, Gen. Pervez Musharraf, ...", "the prime minister's strongest rival, former
army general Benny Gantz, said ...".

The parse makes the noun the clause's subject and the name its apposition, so the events stage,
which reads the actor at the subject's head, finds no one unless the noun is a mention too. It
is, of the same actor as the name: an apposition names the same referent twice.
"""

from __future__ import annotations

from spacy.tokens import Doc

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
