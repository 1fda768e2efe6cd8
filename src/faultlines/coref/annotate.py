"""What the coreference links change in the mention view (nlp/mentions.py), which every later
stage reads.

Each link that stands for an actor is written at its anaphor: a mention the actors stage already
made for exactly those words (or for words inside them, "US president" in "the US president")
takes the linked actor; an anaphor it made none for (every pronoun, "the country", "the two
countries") becomes a mention of its own, shortest over its tokens, so that a possessive inside a
wider mention ("[its] troops") is read at its own token. A link that stands for nothing (an
expletive "it", "it" for a thing), one for a name the actors stage could not resolve and one
left undecided change nothing, nor does a link at a
description whose words named its state in the actors stage ("the Gulf kingdom": actors/epithets.py
checked that only one state named before it fits them, which outranks salience).

A plural anaphor for two actors ("the two countries", "their" after "Thailand and Cambodia")
takes the first as its actor and lists both under `members`. A phrase a possessive pronoun owns
("its troops") takes the actor the resolver gave it (owned.py).
"""

from __future__ import annotations

from spacy.tokens import Doc

from faultlines.coref import Link, Links
from faultlines.nlp import mentions as view_of
from faultlines.nlp.records import Mention

Plan = tuple[list[tuple[int | None, Link]], list[tuple[int, dict]]]


def plan(doc: Doc, links: Links) -> Plan:
    """(each link that stands for an actor with the position in doc._.mentions of the mention
    it is written to, None for a new one), and (position, actor) of each owned phrase.
    Touches nothing."""
    view = view_of.view(doc)
    position = {id(m): k for k, m in enumerate(view.mentions)}
    by_span = {(m["start"], m["end"]): k for k, m in enumerate(view.mentions)}
    writes = []
    for link in links:
        if link.rule == "none" or not link.actors or not any(map(_known, link.actors)):
            continue
        here = view.mention_at(link.head)
        if here is not None and here.get("via") == "description":
            continue  # the actors stage read its state from its words ("the Baltic nation")
        inside = here is not None and link.start <= here["start"] and here["end"] <= link.end
        writes.append((position[id(here)] if inside else None, link))
    owned = [(by_span[span], actor) for span, actor in links.owned.items() if span in by_span]
    return writes, owned


def write(doc: Doc, writes: list[tuple[int | None, Link]], owned: list[tuple[int, dict]]) -> None:
    """Write the planned links and owned phrases into the Doc's mention view."""
    found = list(doc._.mentions or [])
    for k, actor in owned:
        found[k]["actor"] = actor
    for k, link in writes:
        mention = found[k] if k is not None else _new(doc, link)
        first = link.antecedents[0]
        view_of.link(doc, mention, {"start": first["start"], "end": first["end"],
                                    "actor": link.actors[0]})
        if len(link.actors) > 1:
            mention["members"] = [dict(a, text=mention["text"]) for a in link.actors]
        if k is None:
            found.append(mention)
    view_of.write(doc, found)


def _known(actor: dict) -> bool:
    """An actor a link may stand for: one the actors stage knows something about. A name it
    could not resolve (kind unknown, no state, no sector) is no antecedent: "Pltavchenko
    cancelled the visit, and it angered the mayor" has no actor in "it"."""
    return actor.get("kind") != "unknown" or bool(actor.get("country") or actor.get("sector"))


def _new(doc: Doc, link: Link) -> Mention:
    span = doc[link.start:link.end]
    pronoun = link.end - link.start == 1 and doc[link.head].pos_ == "PRON"
    return {"start": link.start, "end": link.end, "start_char": span.start_char,
            "end_char": span.end_char, "text": span.text, "label": "PRON" if pronoun else "NOUN",
            "via": "coreference", "head": link.head, "actor": None}
