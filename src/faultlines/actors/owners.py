"""Whose is a common-noun actor phrase (nouns.py finds the phrases)? The state, region,
body or person that owns "the police", "a court in Bavaria", "[Obama] administration",
"officers from [the NYPD]", read from the phrase's words and the words around it. Where two
states compete the phrase keeps no state: a wrong state is worse than none.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from faultlines.actors import actor as make
from faultlines.actors.context import Context
from faultlines.identity import STATE_ORGANS

# Titles whose holders act for their state abroad: "the envoy" or "the foreign minister" in a
# story about Kenya is as likely another state's, come to deal with Kenya, so the story's state
# never places them, nor does "in X" ("the embassy in Syria").
ABROAD = frozenset(("envoy", "special envoy", "representative", "ambassador", "diplomat",
                    "embassy", "consul", "consulate", "chargé d'affaires", "negotiator",
                    "delegation",
                    "foreign minister", "foreign secretary", "secretary of state",
                    "counterpart"))
# Nouns for an office-holder of another state than their possessor's: "his Jordanian
# counterpart" is Jordan's, "his counterpart" no one's the words show.
OTHER_SIDE = frozenset(("counterpart",))
# Sectors of people who belong where they live or work: "protesters in Kabul", "workers at a
# mine in Peru", "traders in Gilgit", "journalists in Gaza" are that state's people, as CAMEO
# and PLOVER code them; aid groups and refugees somewhere are not.
RESIDENTS = frozenset(("CVL", "LAB", "OPP", "BUS", "JRN", "EDU", "MED", "HLH", "AGR", "REL"))
# People held somewhere, who are seldom of the place that holds them ("hostages in Gaza").
HELD = frozenset(("hostage", "prisoner", "detainee", "captive"))
# Words that say a phrase's people or organs come from elsewhere: "foreign troops in Syria",
# "international journalists" are placed by no place nor story.
FOREIGN = frozenset(("foreign", "international", "overseas", "visiting", "expatriate",
                     "outside", "external"))
# Nouns for several states at once ("some European countries", "the Southeast Asian
# nations"): a group of states, never the story's one state.
STATES = frozenset(("countries", "nations", "republics"))
# Professions with a state sector that serve private clients as often as the state.
PROFESSIONS = frozenset(("lawyer", "attorney", "counsel", "defence lawyer", "defense lawyer"))
# Words that make a state organ a local one: "its local governments", "the city council" are
# not the state's government.
LOCAL = frozenset(("provincial", "province", "regional", "municipal", "city", "county", "local",
                   "district", "town", "village", "tribal"))
# "of", "from": the head's owner ("the army of Mali"); "in": where it serves ("police in Japan").
OWNER_PREPS = frozenset(("in", "of", "from", "for"))
# "officials of/from/at a body": its members.
MEMBER_PREPS = frozenset(("of", "from", "at", "with"))
CLAUSES = frozenset(("acl", "relcl", "advcl", "agent"))  # describe a noun, do not own it


def own_state(span: Span, ctx: Context,
              hit: tuple[str, str] | None) -> tuple[str, str | None] | None:
    """(state, region) the phrase itself gives (steps 2-3 of nouns.py's docstring): a state
    named in it or by its owner, else a region or large city in it or after "in/of/from";
    `region` is the region's name where the phrase is a region's body ("the Gujarat
    government"), else None. `hit` is the phrase's sector phrase and sector."""
    serving = hit is not None and hit[0] not in ABROAD and not foreign(span, hit[0]) \
        and (hit[1] in STATE_ORGANS or hit[1] in RESIDENTS and not held(hit[0]))
    if span[-1].lower_ in STATES:
        return None  # "former Soviet republics", "Gulf Arab states": several states, none's
    words = list(span)
    place = owner_place(span[-1], serving, at=hit is not None and hit[1] in RESIDENTS)
    iso3 = ctx.owning_state(words) or _owner_country(span, ctx) or ctx.owning_state(place)
    if iso3:
        return iso3, None
    for tokens in (words, place):
        if found := ctx.place_in(tokens):
            return found[0], (found[1] if found[2] or local(span, ctx) else None)
    return None


def foreign(span: Span, phrase: str) -> bool:
    """Does a FOREIGN word modify the phrase ("foreign fighters", "international monitors")?
    `phrase` is its sector phrase, whose own words do not count ("the foreign ministry")."""
    own = len(phrase.split())
    return any(t.lower_ in FOREIGN for t in span[:max(len(span) - own, 0)])


def held(phrase: str) -> bool:
    """Is the sector phrase one of people held somewhere (HELD: "hostages", "prisoners")?"""
    last = phrase.split()[-1] if phrase else ""
    return last in HELD or last.removesuffix("s") in HELD


def owner_place(head: Token, serving: bool = True, at: bool = False) -> list[Token]:
    """The words of "in/of/from X" on the head: "police [in Japan]", "the army [of Mali]".

    serving: whether "in X" counts: a state organ serves where it is ("police in Japan");
        a journalist, an aid group or an embassy in Syria is no more Syrian for it.
    at: whether "at X" counts too: the people of a place where they work ("workers [at a
        mine in Peru]").
    """
    preps = (OWNER_PREPS if serving else OWNER_PREPS - {"in"}) | ({"at"} if at else set())
    for prep in head.rights:
        if prep.dep_ == "prep" and prep.lower_ in preps:
            return [t for pobj in prep.children if pobj.dep_ == "pobj" for t in pobj.subtree
                    if not _opposed(t, pobj)]
    return []


def _opposed(token: Token, top: Token) -> bool:
    """Is the token inside "against X" below `top`? "troops for the war [against Iraq]" are
    not Iraq's: the other side is no owner."""
    while token.i != top.i and token.head.i != token.i:
        if token.dep_ == "prep" and token.lower_ == "against":
            return True
        token = token.head
    return False


def local(span: Span, ctx: Context) -> bool:
    """Is the phrase a local body? A LOCAL word modifies it, or "state" follows a place that
    is no state ("the Kaduna State Government", "the Sao Paulo state government"; "Russian
    state media" is national)."""
    for t in span[:-1]:
        if t.lower_ in LOCAL:
            return True
        if t.lower_ == "state" and t.i > span.start and t.nbor(-1).pos_ == "PROPN" \
                and not ctx.state_named([t.nbor(-1)]):
            return True
    return False


def owner_body(span: Span, ctx: Context) -> tuple[str, dict] | None:
    """A known organisation or group that the phrase's members belong to is the actor:
    "[NATO] troops", "[Taliban] militants", "the [European Parliament] delegation",
    "officers from [the NYPD]", "officials of [the UN]"; and a noun that names a member of one
    body ("an Estonian MEP") is that body, whatever the member's nationality, as CAMEO and
    PLOVER code the members of an international body by the body (its sector from
    sectors.tsv: an MEP is LEG)."""
    member = member_body(span, ctx)
    if member is not None:
        return "org", member
    members_of = [t for prep in span[-1].rights if prep.dep_ == "prep"
                  and prep.lower_ in MEMBER_PREPS
                  for pobj in prep.children if pobj.dep_ == "pobj" for t in _phrase(pobj)]
    for t in [*span[:-1], *members_of]:
        kind, _, code = ctx.kb_tokens.get(t.i, "").partition(":")
        if t.i in ctx.backers():
            continue  # "pro-Hamas protesters", "Iran-backed militias": not the body's own
        if kind == "org":
            return "org", make.organization(ctx.kb.organizations[code], span.text)
        if kind == "group":
            return "group", make.group(ctx.kb.groups[code], span.text, ctx.day)
        if kind == "agency":  # "ICE officers"
            return "org", make.agency(ctx.kb.agencies[code], span.text)
    return None


def _phrase(head: Token) -> list[Token]:
    """The noun phrase below `head` without the clauses that describe it: "the families of
    [those taken captive by Hamas]" are not Hamas's members, where "officials of [the armed
    wing of Hamas]" are."""
    words, stack = [], [head]
    while stack:
        token = stack.pop()
        words.append(token)
        stack.extend(c for c in token.children if c.dep_ not in CLAUSES)
    return sorted(words, key=lambda t: t.i)


def member_body(span: Span, ctx: Context) -> dict | None:
    """The body whose member the phrase's head names ("an Estonian [MEP]": the European
    Parliament, organizations.yaml `member_nouns`), with the noun's own sector."""
    head = span[-1]
    for word in (head.lower_, head.lemma_.lower()):
        if word in ctx.kb.members:
            o = ctx.kb.organizations[ctx.kb.members[word]]
            return make.actor(span.text, o.name, o.code, None,
                              ctx.kb.sectors.get(word, o.sector), o.kind, None, o.id)
    return None


def for_person(span: Span, ctx: Context) -> tuple[str, dict] | tuple[()] | None:
    """"a spokesman for [President Macron]" acts for the person: a listed person's actor;
    () for a person the KB does not list (the events stage reads the phrase itself); None
    where no person follows "for"."""
    for prep in span[-1].rights:
        if prep.dep_ != "prep" or prep.lower_ != "for":
            continue
        people = [t for pobj in prep.children if pobj.dep_ == "pobj" for t in pobj.subtree
                  if t.ent_type_ == "PERSON"]
        for t in people:
            kind, _, code = ctx.kb_tokens.get(t.i, "").partition(":")
            if kind == "person":
                return "title", make.person(ctx.kb.people[code], span.text, ctx.day)
        if people:
            return ()
    return None


def _owner_country(span: Span, ctx: Context) -> str | None:
    """The state of a known person who owns the phrase ("[Obama] administration",
    "[Putin]'s spokesman")."""
    for t in span[:-1]:
        kind, _, code = ctx.kb_tokens.get(t.i, "").partition(":")
        if kind == "person":
            return make.person(ctx.kb.people[code], "", ctx.day)["country"]
    return None


def state_organ(span: Span, ctx: Context, sector_words: frozenset[str]) -> bool:
    """Is the phrase a state organ by its words alone? A title or body that a common noun
    owns is not: "the science body president", "the club chairman"."""
    for t in span[:-1]:
        if t.pos_ == "NOUN" and t.lower_ not in sector_words \
                and t.lemma_.lower() not in sector_words and not ctx.kb_tokens.get(t.i):
            return False
    return True
