"""The phrases a possessive pronoun owns: "Germany said [its troops]", "the minister and [his
spokesman]", "Hezbollah said [its fighters]".

A state organ named by a possessive pronoun belongs to the state of the actor the pronoun stands
for (the actors stage, which does not know what "its" stands for, could only place it by the
story's one state, if at all); an armed group's or a party's own fighters or officials are that
group acting, and so are the forces of a rebel leader ("Daglo vowed that his forces"). A phrase that names its own state ("its Russian allies"), a people of the owner
("their families", "its citizens") and the other side ("its counterpart") keep their own actor.
"""

from __future__ import annotations

from spacy.tokens import Doc

from faultlines.actors import actor as make
from faultlines.actors import kb
from faultlines.identity import STATE_ORGANS

GROUP_KINDS = frozenset(("armed_group", "party"))
GROUP_SECTORS = frozenset(("REB",))  # a person of these leads a group, not a state's organs
OTHER_SIDE = frozenset(("counterpart", "counterparts"))
# what an owner acts through: its organs, and a group's fighters ("their fighters")
OWNED_SECTORS = STATE_ORGANS | {"REB"}


def phrase_of(doc: Doc, possessive: int, mentions: list[dict]) -> dict | None:
    """The actor mention a possessive pronoun opens ("[its troops]"): the one covering it
    whose head is the noun it modifies."""
    owned = doc[possessive].head.i
    return next((m for m in mentions if m["start"] <= possessive < m["end"]
                 and m["head"] == owned and m["end"] - m["start"] > 1), None)


def owned_actor(doc: Doc, phrase: dict, owner: dict) -> dict | None:
    """The actor of a phrase a possessive pronoun owns, given the actor the pronoun stands for;
    None where the phrase keeps its own."""
    actor = phrase.get("actor") or {}
    if doc[phrase["head"]].lower_ in OTHER_SIDE or actor.get("sector") not in OWNED_SECTORS \
            or any((e.get("actor") or {}).get("country") for e in phrase.get("entities") or []):
        return None
    if owner.get("kind") in GROUP_KINDS:  # "Hezbollah said its fighters": the group acting
        return dict(owner, text=phrase["text"]) if actor.get("country") is None else None
    if owner.get("kind") == "person" and owner.get("sector") in GROUP_SECTORS:
        # "RSF commander Daglo vowed that [his forces]": the rebel side he leads, not the army of
        # the state the story placed the phrase in
        return dict(owner, text=phrase["text"])
    organ = _organ_word(actor)
    countries = kb.load().countries
    if organ is None or owner.get("kind") not in ("state", "person") \
            or owner.get("country") not in countries:
        return None
    return make.organ(countries[owner["country"]], phrase["text"], actor["sector"], organ)


def _organ_word(actor: dict) -> str | None:
    """The organ a state-organ actor is named by ("troops" of "country:RUS/troops", "police"
    of one the actors stage could not place), or None for a regional or named organ."""
    kb_id = actor.get("id") or ""
    if kb_id.startswith("country:") and actor.get("code"):
        return kb_id.partition("/")[2] or "government"
    if actor.get("country") is None and actor.get("kind") in ("organization", "state"):
        return actor.get("name")
    return None
