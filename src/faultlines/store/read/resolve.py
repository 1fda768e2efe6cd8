"""What a reader means by an actor they type: "Turkey", "tur", "TUR" and "Erdoğan" all find
their actor page, through one resolver that every actor box of the web app uses.

The rules, first match wins, among the actors the store holds (in events or named in stories):

1. the exact key of an actor page or node ("TUR", "SYR:CVL", "person:recep-tayyip-erdoğan");
2. a page, node or code in any case ("tur", "hamas");
3. a name or alias the actors knowledge base knows, in any case and with or without accents
   ("Türkiye", "erdogan" where the KB lists it), as the actor the KB id names;
4. an actor's name in any case and with or without accents ("turkey", "Recep Tayyip Erdogan");
5. a whole word of a name ("Erdoğan", "Zakharova").

Where several actors match, the one the store holds most often wins.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import cache

from faultlines.store.read.filters import NODE, PAGE

CANDIDATES = f"""
SELECT page, node, code, name, actor_id, sum(n) AS n FROM (
  SELECT {PAGE} AS page, {NODE} AS node, code, name, actor_id, count(*) AS n
  FROM event_actors GROUP BY ALL
  UNION ALL
  SELECT {PAGE}, {NODE}, code, name, actor_id, count(*) FROM actors GROUP BY ALL)
WHERE page IS NOT NULL GROUP BY ALL ORDER BY n DESC, page, name
"""


@dataclass(frozen=True)
class Resolved:
    """An actor box's answer: the actor page `key`, its network `node` (a person's is their
    state; None for an actor of no country), and how the store names it."""

    key: str
    node: str | None
    name: str


@dataclass(frozen=True)
class Candidate:
    """One way the store holds an actor, with how often (`n`): what the resolver searches."""

    page: str
    node: str | None
    code: str | None
    name: str
    actor_id: str | None
    n: int
    folded: str  # the name, lower case without accents


def candidates(store) -> list[Candidate]:
    """Every (page, node, code, name, KB id) the store holds, the most frequent first: read
    once per copy of the store by the web app, and searched by `resolve` without SQL."""
    return [Candidate(r["page"], r["node"], r["code"], r["name"] or "", r["actor_id"], r["n"],
                      normal(r["name"] or "")) for r in store.query(CANDIDATES)]


def normal(text: str) -> str:
    """Lower case without accents: "Erdoğan" → "erdogan"."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def resolve(held: list[Candidate], text: str | None) -> Resolved | None:
    """The actor page `text` means among the `candidates` of a store (module docstring);
    None where nothing matches."""
    text = (text or "").strip()
    if not text:
        return None
    upper, folded = text.upper(), normal(text)
    kb_id = kb_names().get(folded)
    steps = (
        lambda c: text if text in (c.page, c.node) else None,
        lambda c: (c.node if (c.node or "").upper() == upper and c.page.upper() != upper
                   else c.page) if upper in (c.page.upper(), (c.node or "").upper(),
                                             (c.code or "").upper()) else None,
        lambda c: c.page if kb_id and c.actor_id == kb_id else None,
        lambda c: c.page if c.folded == folded else None,
        lambda c: c.page if f" {folded} " in f" {c.folded} " else None,
    )
    for step in steps:
        found = _best(held, step)
        if found is not None:
            return found
    return None


def _best(held: list[Candidate], key_of) -> Resolved | None:
    """The key the most frequent matches share, with the node and name they most often have."""
    counts: dict[str, int] = {}
    first: dict[str, Candidate] = {}
    for c in held:
        key = key_of(c)
        if key is not None:
            counts[key] = counts.get(key, 0) + c.n
            first.setdefault(key, c)
    if not counts:
        return None
    key = min(counts, key=lambda k: (-counts[k], k))
    return Resolved(key, key if key == first[key].node else first[key].node, first[key].name)


@cache
def kb_names() -> dict[str, str]:
    """Every name and alias of the actors knowledge base, lower case without accents → its
    KB id (the first entry where two share a folded form); empty without the KB."""
    from faultlines.identity import kb

    known = kb()
    if known is None:
        return {}
    folded: dict[str, str] = {}
    for form, kb_id in known.names.items():
        folded.setdefault(normal(form), kb_id)
    return folded
