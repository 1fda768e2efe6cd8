"""ACTOR dicts (OUTPUT.md) for each kind of knowledge-base entry, and the date-aware offices.

Choices kept here, in one place:
- A bare state ("Azerbaijan announced") is its government: sector GOV. In event data a state
  acting is its government acting; a sector noun ("Armenian military formations") says otherwise.
- An organ of a state ("the Foreign Ministry of Armenia", "Russian peacekeeping troops", "the
  Kremlin") is a distinct actor of that state: kind "state", its own id ("country:ARM/foreign
  ministry", "seat:RUS/Kremlin"), so the article's actor list keeps it apart from the state.
- A listed person takes the office held on the article's date (the latest-started one when
  offices overlap: a chair over a plain seat). Outside every office the person is ELI (a former
  or would-be official) of the state of their nearest office: the last one after their terms,
  the first one before them. No date (published unknown) means today.
"""

from __future__ import annotations

import datetime as dt

from faultlines.actors.kb import Agency, ArmedGroup, Country, Office, Organization, Person


def actor(text: str, name: str, code: str | None, country: str | None, sector: str | None,
          kind: str, role: str | None = None, kb_id: str | None = None) -> dict:
    return {"text": text, "name": name, "code": code, "country": country, "sector": sector,
            "kind": kind, "role": role, "id": kb_id}


def state(c: Country, text: str) -> dict:
    return actor(text, c.name, c.iso3, c.iso3, "GOV", "state", None, c.id)


# Sector phrases that name a state's government as a whole: "the Armenian government" is Armenia.
WHOLE_GOVERNMENT = frozenset(("government", "govt", "authorities", "administration", "regime"))


def organ(c: Country, text: str, sector: str, organ_name: str) -> dict:
    """An organ or force of a state, named by a sector phrase ("foreign ministry", "troops")."""
    if organ_name.casefold() in WHOLE_GOVERNMENT:
        return state(c, text)
    return actor(text, f"{c.name} {organ_name}", c.iso3, c.iso3, sector, "state", None,
                 f"{c.id}/{organ_name.casefold()}")


def opposition(c: Country, text: str, sector: str, phrase: str) -> dict:
    """A state's armed or political opposition named by a common noun ("rebel forces",
    "anti-Assad fighters", "opposition lawmakers"): the state's by `code` and `country`, as
    CAMEO codes it (SYR + REB), but no organ of it: kind armed_group (REB) or organization
    (OPP), its own id, so it stays apart from the state's forces."""
    kind = "armed_group" if sector == "REB" else "organization"
    return actor(text, f"{c.name} {phrase}", c.iso3, c.iso3, sector, kind, None,
                 f"{c.id}/{phrase.casefold()}")


def placed_opposition(state_actor: dict, group: dict) -> dict:
    """An armed group the text names by a common noun and no state ("ten militants", "Kurdish
    fighters"), put in the state where it is fought ("in Afghanistan"): that state's armed
    opposition, as `opposition` makes it, keeping the group's own words."""
    iso3, phrase = state_actor["country"], group["name"]
    return actor(group["text"], f"{state_actor['name']} {phrase}", iso3, iso3, "REB",
                 "armed_group", None, f"{state_actor['id']}/{phrase.casefold()}")


def regional(c: Country, text: str, sector: str, name: str) -> dict:
    """A local organ of a state ("Gujarat government", "Bavaria court", "local governments"):
    of that state by `country`, under its own name, and with no `code`, since a CAMEO code
    names a national actor: two regions' governments are two actors, neither of them the state."""
    return actor(text, name, None, c.iso3, sector, "state", None, f"{c.id}/{name.casefold()}")


def seat(c: Country, text: str, sector: str, seat_name: str) -> dict:
    return actor(text, seat_name, c.iso3, c.iso3, sector, "state", None,
                 f"seat:{c.iso3}/{seat_name}")


def organization(o: Organization, text: str) -> dict:
    country = o.members[0] if len(o.members) == 1 else None  # a single-country body
    return actor(text, o.name, o.code, country, o.sector, o.kind, None, o.id)


def agency(a: Agency, text: str) -> dict:
    """A state's own agency ("ICE") is an organ of that state, under its own name."""
    return actor(text, a.name, a.country, a.country, a.sector, "state", None, a.id)


def group(g: ArmedGroup, text: str, day: dt.date) -> dict:
    ruling = g.government_from and dt.date.fromisoformat(g.government_from) <= day
    return actor(text, g.name, g.code, g.country, "GOV" if ruling else g.sector, g.kind, None,
                 g.id)


def office_on(p: Person, day: dt.date) -> Office | None:
    held = [o for o in p.offices if o.covers(day)]
    return max(held, key=lambda o: o.start) if held else None


def nearest_office(p: Person, day: dt.date) -> Office:
    before = [o for o in p.offices if o.start <= day]
    return max(before, key=lambda o: o.end or o.start) if before else \
        min(p.offices, key=lambda o: o.start)


def person(p: Person, text: str, day: dt.date, former: bool = False) -> dict:
    """A listed person as of `day`; `former` ("former President X") forces ELI."""
    held = None if former else office_on(p, day)
    if held is None:
        office = nearest_office(p, day)
        return actor(text, p.name, None, office.country, "ELI", "person", None, p.id)
    return actor(text, p.name, None, held.country, held.sector, "person", held.role, p.id)


def unknown_person(text: str, name: str, country: str | None, sector: str | None,
                   role: str | None) -> dict:
    return actor(text, name, None, country, sector, "person", role, None)
