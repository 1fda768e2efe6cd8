"""Resolution: each mention of a story to an actor (OUTPUT.md ACTOR), as plain functions.

`find_mentions(doc, kb)` works in two passes. First it decides the spans: every named entity
that can be an actor, widened to its title ("Russian Foreign Ministry spokesperson Maria
Zakharova") or to the sector noun a demonym modifies ("Armenian military formations"), plus
common-noun phrases headed by a sector word ("the police", "a court in Nairobi", "Egypt's
interior minister": nouns.py); overlapping candidates keep the longer, and a wire dateline
("KABUL —") is none. Then, in text order, it resolves each span, remembering what it resolved
so that a later surname ("Katz") or title ("the president") names the same actor. Pronouns and
descriptions ("she", "its", "the country", "the group") are the coreference stage's (coref/),
which links them over these mentions.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from faultlines.actors import actor as make
from faultlines.actors import (abbreviations, appositions, epithets, names, nouns, owners,
                               parts, phrases, sides, things, where)
from faultlines.actors.chains import Memory
from faultlines.actors.context import Context
from faultlines.actors.kb import KB, Country, title_heads
from faultlines.identity import STATE_ORGANS
from faultlines.nlp import datelines
from faultlines.nlp.parse import line_start
from faultlines.nlp.records import Mention

ACTOR_LABELS = frozenset(("PERSON", "ORG", "GPE", "NORP", "FAC", "LOC"))
UNLABELLED = {"demonym": "NORP", "country": "GPE", "capital": "GPE"}


@dataclass
class Candidate:
    span: Span
    label: str  # NER label, "NAME" (a name the model missed) or "NOUN"
    core: Span  # the entity inside a widened span (the name itself)
    title: list[Token] = field(default_factory=list)
    sector: bool = False  # a phrase headed by a sector noun ("the police", "a court in Lyon")
    outer: Span | None = None  # the mention's span where wider ("[dozens of] Russian troops")


def find_mentions(doc: Doc, kb: KB, english: frozenset[str] = frozenset()) -> list[Mention]:
    """Every actor mention of the Doc, in text order (nlp/records.py, `Mention`).
    english: the words of English the lemmatizer knows (names.english_words), which tell a
    person's name the model took for an organisation's."""
    ctx = Context.of(doc, kb)
    ctx.english = english
    memory = Memory()
    mentions = []
    chosen = _non_overlapping(candidates(doc, ctx))
    short = abbreviations.definitions(doc, [c.span for c in chosen if c.label != "PRON"])
    named: dict[tuple[int, int], dict] = {}  # each resolved span's actor, for short forms
    for cand in chosen:
        resolved = _short_form(cand, short, named, ctx) or resolve(cand, ctx, memory)
        if resolved is None:
            continue
        via, found = resolved
        named[(cand.span.start, cand.span.end)] = found
        if cand.span.root.i not in ctx.backers() and cand.label != "NAME":
            # "an Iran-allied group said it ...": not Iran; an unknown name: no antecedent
            _remember(memory, ctx, cand, found)
        mentions.append(_mention(cand, via, found, ctx))
    mentions = sorted(mentions + appositions.apposed_titles(doc, mentions),
                      key=lambda m: m["start"])
    described = appositions.apposed_descriptions(doc, mentions, kb.collectives)
    return sorted(mentions + described, key=lambda m: m["start"])


def _short_form(cand: Candidate, short: dict[str, tuple[int, int]],
                named: dict[tuple[int, int], dict], ctx: Context) -> tuple[str, dict] | None:
    """A short form the story defined ("the Arakan Army (AA)") names what its long form
    resolved to, unless the knowledge base knows it as a name of its own."""
    form = abbreviations.short_form_of(cand.span)
    where = short.get(form)
    if where is None or where == (cand.span.start, cand.span.end) or ctx.key_of(cand.core):
        return None
    found = named.get(where)
    return ("abbreviation", found | {"text": cand.span.text}) if found else None


def candidates(doc: Doc, ctx: Context) -> list[Candidate]:
    out = []
    ents = list(ctx.ents.values())
    for ent in ents:
        if ent.label_ in ACTOR_LABELS and not _dateline(ent, ctx) \
                and not nouns.common_words(ent, ctx):
            out.append(_widen(ent, ctx))
    in_ents = {i for e in ents for i in range(e.start, e.end)}
    for (start, end), key in ctx.kb_spans.items():  # a known name the model did not label
        kind = key.partition(":")[0]
        if kind in UNLABELLED and start not in in_ents \
                and not _dateline(Span(doc, start, end), ctx):
            out.append(_widen(Span(doc, start, end, label=UNLABELLED[kind]), ctx))
    out.extend(Candidate(span, "EPITHET", span) for span in epithets.spans(doc, ctx, set()))
    covered = {i for c in out for i in range(c.span.start, c.span.end)}
    out.extend(Candidate(span, "NAME", span) for span in
               names.unlabelled_names(doc, ctx.kb_tokens, nouns.common_words_of(ctx), covered))
    taken = [(c.span.start, c.span.end) for c in out] + _dateline_places(doc)
    out.extend(Candidate(span, "NOUN", span, sector=True)
               for span in nouns.noun_phrases(doc, ctx, taken))
    for cand in out:
        cand.outer = _outer(cand, ctx)
    return out


PLACE_KINDS = frozenset(("country", "capital", "seat"))


def _outer(cand: Candidate, ctx: Context) -> Span | None:
    """"[Dozens of] Russian peacekeepers", "Taliban [leaders]": the group's mention holds the
    amount or member noun the parse makes its head (parts.py). Not for people, pronouns or
    places: "much of Syria" is a place, "Trump aides" are not Trump; a member noun after the
    name only for a body the KB knows."""
    kind = (ctx.key_of(cand.core) or "").partition(":")[0]
    if cand.label in ("PERSON", "GPE", "LOC", "FAC") or kind in PLACE_KINDS:
        return None
    # "Taliban leaders", "UN chief": a known body; the model's unknown "Army" before "chief"
    # is a title ("army chief"), which the sector nouns read better
    return parts.outer_span(cand.span, ctx.kb, members=kind in ("org", "group", "agency"))


def _dateline_places(doc: Doc) -> list[tuple[int, int]]:
    """The token ranges of the datelines' places ("UNITED NATIONS:"), which no common-noun
    phrase takes for an actor."""
    return [(d["start"], d["end"]) for d in datelines.recorded(doc)]


def _dateline(ent: Span, ctx: Context) -> bool:
    """A wire dateline's names ("KABUL —", "Washington -", "LIMA, Peru (AP) --", recorded by
    the dateline stage) say where the story was filed, not who acts. A country's name written
    in lower case opening a headline ("Russia - Ukraine talks") is no dateline: datelines name
    cities, or shout."""
    if ent.label_ == "PERSON" or not datelines.names(ent):
        return False
    return ent.text.isupper() or not line_start(ent.doc, ent.start) \
        or not (ctx.key_of(ent) or "").startswith("country:")


def _widen(ent: Span, ctx: Context) -> Candidate:
    doc = ent.doc
    if ent.label_ == "ORG" and (_titled_name(ent, ctx) or not ctx.key_of(ent) and
                                names.personal_name(ent, ctx.kb_tokens,
                                                    nouns.common_words_of(ctx), ctx.english)):
        ent = Span(doc, ent.start, ent.end, label="PERSON")
    if ent.label_ == "PERSON":
        title = phrases.title_before(ent, sectors=ctx.kb.sectors)
        inside = phrases.title_inside(ent, ctx.kb.sectors)  # "[Archbishop] Bagrat Galstanyan"
        start = title[0].i if title else ent.start
        core = doc[ent.start + len(inside):ent.end]
        return Candidate(doc[start:ent.end], "PERSON", core, title + inside)
    key = ctx.key_of(ent) or ""
    if key.partition(":")[0] in UNLABELLED and ent.start not in ctx.backers():  # "Armenian military formations"
        phrase = phrases.noun_after(ent[-1])
        if phrase is not None and (phrases.sector_phrase(list(phrase[1:]), ctx.kb.sectors)
                                   or parts.group_noun(phrase, ctx.kb)):
            return Candidate(doc[ent.start:phrase.end], ent.label_, ent)
    return Candidate(ent, ent.label_, ent)


def _titled_name(ent: Span, ctx: Context) -> bool:
    """Is an "organisation" the model found a person's name after a person's title
    ("Vice-President [Moody Awori]")? Two to four capitalised words, none a sector word or a
    KB name, right after a title whose last word heads an office-holder's title."""
    if not 2 <= len(ent) <= 4 or ctx.key_of(ent) or ent.start == 0:
        return False
    words = nouns.common_words_of(ctx)
    if any(not (t.is_title and t.is_alpha) or t.lower_ in words or t.i in ctx.kb_tokens
           for t in ent):
        return False
    title = phrases.title_before(ent, sectors=ctx.kb.sectors)
    return bool(title) and title[-1].i == ent.start - 1 \
        and title[-1].lower_ in title_heads(ctx.kb)


def _non_overlapping(cands: list[Candidate]) -> list[Candidate]:
    ranked = sorted(cands, key=lambda c: (-len(_whole(c)), _whole(c).start))
    taken: set[int] = set()
    chosen = []
    for c in ranked:
        whole = _whole(c)
        if not taken.intersection(range(whole.start, whole.end)):
            taken.update(range(whole.start, whole.end))
            chosen.append(c)
    return sorted(chosen, key=lambda c: _whole(c).start)


def _whole(cand: Candidate) -> Span:
    return cand.outer if cand.outer is not None else cand.span


def resolve(cand: Candidate, ctx: Context, memory: Memory) -> tuple[str, dict] | None:
    """RETURNS (via, ACTOR dict) or None when the span is no actor (a place, an unknown NORP)."""
    if cand.label == "PERSON":
        return resolve_person(cand, ctx, memory)
    if cand.label == "EPITHET":  # "the Baltic nation": the one Baltic state named before
        iso3 = epithets.state_of(cand.span, ctx)
        return ("description", make.state(ctx.kb.countries[iso3], cand.span.text)) \
            if iso3 in ctx.kb.countries else None
    if cand.label == "NAME":  # "Malloy says": a name the model missed, nothing more known
        return "name", make.actor(_text(cand.span), _name(cand.span), None, None, None,
                                  "unknown")
    if cand.sector:
        earlier = _titled(cand, ctx, memory)
        if earlier:
            return "title", earlier
        return nouns.resolve_noun(cand.span, ctx)
    if cand.label == "NORP":
        return resolve_demonym(cand, ctx)
    if cand.label == "ORG":
        return resolve_org(cand, ctx, memory)
    return resolve_place_name(cand, ctx)


def _text(span: Span) -> str:
    return span.text


def _name(span: Span) -> str:
    """The name as written, without a leading "the", a trailing possessive or stray brackets."""
    words = [t for t in span if t.lower_ not in ("the", "'s", "’s") and t.text not in "[]()"]
    if not words:
        return span.text
    text = span.doc[words[0].i:words[-1].i + 1].text
    return " ".join(text.replace("[", " ").replace("]", " ").split())


def resolve_person(cand: Candidate, ctx: Context, memory: Memory) -> tuple[str, dict] | None:
    name, text = _name(cand.core), _text(cand.span)
    title = cand.title or phrases.appositive_title(cand.core)
    if phrases.sector_phrase(title, ctx.kb.sectors) is None:  # "[Dr] Reza Amiri Moghaddam"
        title = phrases.title_apposed_before(cand.span) or title
    former = any(t.lower_ in phrases.FORMER for t in title)
    earlier = memory.named(name) if len(cand.core) == 1 else None
    if earlier is not None and not former:  # "Katz", "Professor Katz" after "Mark N. Katz"
        return "surname", earlier | {"text": text}
    key = ctx.key_of(cand.core) or ctx.kb_tokens.get(cand.core[-1].i, "")  # "[Recep] Erdoğan"
    if not key and not title and _town(cand, name, ctx):
        return None  # "curfews in Lahore, Rawalpindi and [Multan]": a city taken for a person
    if key.startswith("person:"):
        person = ctx.kb.people[key.partition(":")[2]]
        found = make.person(person, text, ctx.day, former)
        if any(t.lower_ == phrases.THEN for t in title):
            found = _then(found, title, ctx)
        return ("title" if title else "name"), found
    return ("title" if title else "name"), unknown_person(cand, name, text, title, ctx)


def _town(cand: Candidate, name: str, ctx: Context) -> bool:
    """Is a name the KB does not know, without a title, a place the model took for a
    person? So it is where a place is: after "in/at/near" and a known city ("in Lahore,
    Rawalpindi and [Multan]"), or, for a lone word, after "in/at/near" or "the city of"
    ("near [Gao]", "the central Bosnian city of [Vitez]"), where a person's bare name
    seldom stands."""
    if phrases.where_at(cand.span) and where.place_state(name, ctx.kb):
        return True
    return len(cand.core) == 1 and phrases.is_place(cand.span.root)


def _then(found: dict, title: list[Token], ctx: Context) -> dict:
    """"then-House Speaker X": the title held at the time of the reported fact."""
    words = _role_words(title, ctx)
    hit = phrases.sector_phrase(words, ctx.kb.sectors)
    if hit:
        found = found | {"sector": hit[1], "role": _role(words)}
    return found


# A title of one word that, with a state and nothing else, names the state's head: "Soviet
# leader Mikhail Gorbachev" (a "student leader" or "Hamas leader" is no state's).
STATE_LEADER = "leader"


def _role_words(title: list[Token], ctx: Context) -> list[Token]:
    """The title without the words that place it (demonyms, states) or date it (then, former)
    at its ends; words inside it stay ("Secretary of State")."""
    placing = ("country:", "demonym:")
    kept = [t for t in title if t.text not in ("-", "–") and t.lower_ != phrases.THEN
            and t.pos_ not in ("DET", "ADP") and t.lower_ not in ("'s", "’s")
            and t.lower_ not in phrases.FORMER
            and not ctx.kb_tokens.get(t.i, "").startswith(placing)]
    return list(title[0].doc[kept[0].i:kept[-1].i + 1]) if kept else []


def _role(words: list[Token]) -> str:
    return words[0].doc[words[0].i:words[-1].i + 1].text


def unknown_person(cand: Candidate, name: str, text: str, title: list[Token],
                   ctx: Context) -> dict:
    """A person the KB does not list: country and sector from the words around them, else,
    for a state office-holder ("President X", "Mayor Y"), the one state the paragraph or story
    names, as for a state organ (nouns.py)."""
    words = _role_words(title, ctx)
    hit = phrases.sector_phrase(words, ctx.kb.sectors)
    former = any(t.lower_ in phrases.FORMER for t in title)
    body = _title_body(phrases.before_destination(title), ctx)
    if body is not None:  # "Hamas spokesman X", "Unicef's regional director, X"
        return make.unknown_person(text, name, body["country"],
                                   "ELI" if former else body["sector"],
                                   _role(words) if hit else None) | {"code": body["code"]}
    country = ctx.country_in(phrases.before_destination(title)) \
        or ctx.country_in(phrases.of_place(cand.core))
    if hit is None and country and [t.lower_ for t in words] == [STATE_LEADER]:
        hit = (STATE_LEADER, "GOV")  # "Chinese leader Deng Xiaoping": a state's leader
    sector = "ELI" if former and hit else (hit[1] if hit else None)
    if country is None and hit and hit[1] in STATE_ORGANS and not former \
            and hit[0] not in owners.ABROAD | owners.PROFESSIONS:
        country = ctx.organ_state(cand.core[0])
    role = _role(words) if hit else None
    return make.unknown_person(text, name, country, sector, role)


def _title_body(title: list[Token], ctx: Context) -> dict | None:
    """The known organisation or group a person's title names them an officer of ("[Hamas]
    spokesman", "[Unicef]'s regional director"), as its actor; None where it names none. The
    person acts for the body: its country and sector, not a state's (a place that shares the
    body's name is no state of theirs)."""
    for t in title:
        kind, _, code = ctx.kb_tokens.get(t.i, "").partition(":")
        if kind == "group":
            return make.group(ctx.kb.groups[code], "", ctx.day)
        if kind == "org":
            return make.organization(ctx.kb.organizations[code], "")
    return None


def resolve_demonym(cand: Candidate, ctx: Context) -> tuple[str, dict] | None:
    key = ctx.key_of(cand.core) or ""
    if not key.startswith("demonym:"):
        return None
    country = ctx.kb.countries[key.partition(":")[2]]
    text = _text(cand.span)
    if len(cand.span) > len(cand.core) and cand.span[-1].lower_ in owners.STATES:
        # "former Soviet republics", "Arab nations": several states, none of them the named one
        words = cand.span[len(cand.core):]
        _, sector = phrases.sector_phrase(list(words), ctx.kb.sectors) or (None, "GOV")
        return "demonym", make.actor(text, words.text, None, None, sector, "state")
    if len(cand.span) > len(cand.core):
        return "demonym", state_noun(cand, country, ctx)
    if cand.core.root.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "conj") \
            and cand.core.root.tag_ in ("NNPS", "NNS"):
        return "demonym", make.organ(country, text, "CVL", "people")  # "Armenians fled"
    return "demonym", make.state(country, text)


def state_noun(cand: Candidate, country: Country, ctx: Context) -> dict:
    """A state's name, demonym or capital and the sector noun it modifies: an organ; but a
    member of an international body is the body's ("an Estonian MEP")."""
    member = owners.member_body(cand.span, ctx)
    if member is not None:
        return member
    words = cand.span[len(cand.core):]
    group = parts.group_noun(words, ctx.kb)
    phrase, sector = phrases.sector_phrase(list(words), ctx.kb.sectors) or group
    if group is not None and phrase == group[0] and sector not in STATE_ORGANS:
        # "Palestinian factions": the people's groups, not an organ of their state
        return make.actor(_text(cand.span), f"{country.name} {words.text}", country.iso3,
                          country.iso3, sector, "organization", None,
                          f"{country.id}/{words.text.casefold()}")
    against = sides.opposed_sector(cand.span, sector, ctx)
    if against:  # "Syrian rebel commanders": Syria's rebels, not its army
        return make.opposition(country, _text(cand.span), against,
                               cand.span[len(cand.core):].text)
    return make.organ(country, _text(cand.span), sector, phrase)


def resolve_org(cand: Candidate, ctx: Context, memory: Memory) -> tuple[str, dict] | None:
    span, text = cand.span, _text(cand.span)
    earlier = memory.named(span.text) if len(span) == 1 and span[0].is_title else None
    if earlier is not None and earlier.get("kind") == "person":  # "Wang" after "Wang Yi"
        return "surname", earlier | {"text": text}
    member = None if ctx.key_of(span) else owners.member_body(span, ctx)
    if member is not None:  # "Latvian MEP" taken for an organisation's name
        return "org", member
    key = ctx.key_of(cand.core) or ""
    if len(span) > len(cand.core) and key.partition(":")[0] in UNLABELLED:
        return "org", state_noun(cand, ctx.kb.countries[key.partition(":")[2]], ctx)
    key = ctx.key_of(span) or ""
    if key:
        return _known(key, span, text, ctx)
    inner = _inner_org(span, ctx)
    if inner:
        return _known(inner, span, text, ctx)
    if all(ctx.kb_tokens.get(t.i) or t.is_punct for t in span):
        return None  # "Armenia/Azerbaijan": known names the model ran together
    if things.is_thing(span, ctx.kb):
        return None  # "the Gaza Reconstruction Plan", "the Britannia Hotel": no actor
    hit = phrases.sector_phrase(list(span), ctx.kb.sectors)
    iso3 = ctx.country_in(list(span)) or ctx.country_in(phrases.possessor(span))
    if hit and hit[1] in STATE_ORGANS:  # "the Armenian Foreign Ministry": an organ
        iso3 = iso3 or ctx.country_in(owners.owner_place(span.root)) \
            or _bridge(hit[1], span, ctx, memory) \
            or _story_organ(span, hit[0], ctx)  # "the Federal High Court in Abuja"
        if iso3 and owners.local(span, ctx):  # "the Kaduna State Government"
            return "org", make.regional(ctx.kb.countries[iso3], text, hit[1], _name(span))
        if iso3:
            organ = _organ_name(span, ctx)
            seat = ctx.kb.seats.get(organ)
            if seat is not None and ctx.kb.seat_country.get(organ) == iso3:
                # "the U.S. State Department" is the State Department, a seat of its state
                return "org", make.seat(ctx.kb.countries[iso3], text, seat.sector, seat.name)
            return "org", make.organ(ctx.kb.countries[iso3], text, hit[1], organ)
    # an organisation named for a state belongs to it but keeps its own name ("Palestine
    # Liberation Organization", "American Civil Liberties Union", "Chinese Communist Party");
    # one the KB does not know may say what it is in an apposition after it
    described = appositions.described(span, ctx)
    if not hit and not described and _only_a_place(span, ctx):
        return None  # "[Balochistan], which is plagued by insurgency": a region, no body
    if described.get("country") and (iso3 is None or len(ctx.owning_states(list(span))) > 1):
        iso3 = described["country"]  # "the Pak-China Trades Action Committee, a traders
        # organisation in Gilgit-Baltistan": of the state where it is, not of a pair it names
    return "org", make.actor(text, _name(span), None, iso3,
                             hit[1] if hit else described.get("sector"), "organization")


def _only_a_place(span: Span, ctx: Context) -> bool:
    """Is a name the model took for an organisation's only the name of a region or large city
    ("Balochistan", "Poltava")? Such a name is where things happen; a body in it says so
    ("the Balochistan government", "Poltava City Council"). A city's other names do not
    count: "Google" is a company, though Topeka once called itself so."""
    found = ctx.place_in(list(span))
    return found is not None and found[1] == _name(span) \
        and (found[2] or where.own_city_name(found[1]))


def _story_organ(span: Span, phrase: str, ctx: Context) -> str | None:
    """The story's state for an organ named without one ("the Foreign Office", "the
    Department of Defence", "Army warns"; actors/story.py), as for its common-noun kin ("the
    foreign ministry"). Not a body that serves abroad ("Embassy") nor a local one ("the City
    Council")."""
    if phrase in owners.ABROAD or owners.local(span, ctx) or owners.foreign(span, phrase):
        return None
    return ctx.organ_state(span.root)


def _organ_name(span: Span, ctx: Context) -> str:
    """"the Foreign Ministry of Armenia" → "Foreign Ministry": the organ without its state (a
    seat's words stay: "the U.S. [State Department]")."""
    words = []
    for t in span:
        key = ctx.kb_tokens.get(t.i, "")
        if t.lower_ in ("the", "'s", "’s") or key and not key.startswith("seat:"):
            continue
        if t.lower_ == "of" and t.i + 1 < span.end and ctx.kb_tokens.get(t.i + 1):
            break
        words.append(t.text)
    return " ".join(words) or span.text


def _bridge(sector: str, span: Span, ctx: Context, memory: Memory) -> str | None:
    """An organ named without its state ("the Senate Foreign Relations Committee") belongs to
    the state of the nearest earlier actor of the same sector in the paragraph (the senator
    named before it), as a reader takes it."""
    para = ctx.paragraph(span[0])
    for p, found in reversed(memory.recent):
        if p != para:
            break
        if found.get("sector") == sector and found.get("country") and found["country"] in \
                ctx.kb.countries:
            return found["country"]
    return None


def _inner_org(span: Span, ctx: Context) -> str | None:
    """A known organisation, group or person inside a longer name ("Moscow-led [CSTO]",
    "[Recep Tayyip] Erdoğan" taken by the model for an ORG). Only a name that holds the
    longer name's head, or opens it as its owner ("[UN] Support Mission"), names it: the
    "Foreign and [Commonwealth] Office" is no Commonwealth; and a person only at the head:
    "the [Trump] Foundation" is a body named for him, not him."""
    best = None
    root = span.root.i
    first = next((t.i for t in span if t.lower_ != "the"), span.start)
    for (start, end), key in ctx.kb_spans.items():
        kind = key.partition(":")[0]
        holds_head = start <= root < end
        if span.start <= start and end <= span.end and (holds_head or start == first) \
                and kind in ("org", "group", "agency", "person") \
                and (kind != "person" or holds_head):
            if best is None or end - start > best[1] - best[0]:
                best = (start, end, key)
    return best[2] if best else None


def _known(key: str, span: Span, text: str, ctx: Context) -> tuple[str, dict] | None:
    kind, _, code = key.partition(":")
    kb = ctx.kb
    if kind == "org":
        return "org", make.organization(kb.organizations[code], text)
    if kind == "group":
        return "group", make.group(kb.groups[code], text, ctx.day)
    if kind == "agency":
        return "org", make.agency(kb.agencies[code], text)
    if kind == "person":  # a name the model took for an organisation
        return "name", make.person(kb.people[code], text, ctx.day)
    if kind == "demonym":
        return "demonym", make.state(kb.countries[code], text)
    if kind in ("seat", "capital"):
        return _metonym(kind, code, span, text, ctx)
    if kind == "country":
        if phrases.is_place(span.root):  # "forces in Lebanon": where, and whom it befalls
            return "place", make.state(kb.countries[code], text)
        return "name", make.state(kb.countries[code], text)
    return None


def _metonym(kind: str, code: str, span: Span, text: str, ctx: Context) -> tuple[str, dict] | None:
    """"Moscow called on", "the Kremlin said": the seat of power stands for its government;
    "in Moscow", "flew to Washington", "Moscow metro" are places."""
    root = span.root
    if phrases.is_place(root) or phrases.is_modifier(root):
        return None
    country = ctx.kb.countries[code]
    if kind == "capital":
        return "metonym", make.state(country, text)
    seat = ctx.kb.seats[_name(span)] if _name(span) in ctx.kb.seats else None
    if seat is None:
        return "metonym", make.state(country, text)
    return "metonym", make.seat(country, text, seat.sector, seat.name)


def resolve_place_name(cand: Candidate, ctx: Context) -> tuple[str, dict] | None:
    """GPE/LOC/FAC: a known state, capital or seat acting; other place names are no actors."""
    key = ctx.key_of(cand.core) or ""
    if len(cand.span) > len(cand.core) and key.partition(":")[0] in UNLABELLED:
        return "org", state_noun(cand, ctx.kb.countries[key.partition(":")[2]], ctx)
    if not key or key.startswith("person:"):
        return None
    return _known(key, cand.span, _text(cand.span), ctx)


def _titled(cand: Candidate, ctx: Context, memory: Memory) -> dict | None:
    """"the president", "the foreign minister": a person of that title named earlier in the
    paragraph ("President Ruto ... the president said"), as a reader takes it."""
    span = cand.span
    if span[0].lower_ != "the" or span[-1].tag_ != "NN":
        return None
    title = " ".join(t.lower_ for t in span[1:])
    found = memory.titled(title, ctx.paragraph(span[0]))
    return found | {"text": span.text} if found else None


def _remember(memory: Memory, ctx: Context, cand: Candidate, found: dict) -> None:
    owner = _possessor_person(cand, ctx)
    if owner is not None:  # "President Erdogan's critics say the president ...": named too
        memory.remember(ctx.paragraph(cand.span[0]), owner)
    person = cand.core if cand.label == "PERSON" else None
    memory.remember(ctx.paragraph(cand.span[0]), found, person,
                    _name(cand.core) if person is not None else None)


def _possessor_person(cand: Candidate, ctx: Context) -> dict | None:
    """The listed person who owns a common noun's phrase ("Mr [Erdogan]'s critics"), which
    a later "he" may name."""
    if not cand.sector:
        return None
    for t in cand.span[:-1]:
        kind, _, key = ctx.kb_tokens.get(t.i, "").partition(":")
        if kind == "person" and t.dep_ == "poss":
            return make.person(ctx.kb.people[key], t.text, ctx.day)
    return None


def _mention(cand: Candidate, via: str, found: dict, ctx: Context) -> dict:
    span = _whole(cand)
    if cand.outer is not None:
        found = found | {"text": span.text}
    return {"start": span.start, "end": span.end, "start_char": span.start_char,
            "end_char": span.end_char, "text": span.text, "label": cand.label, "via": via,
            "head": span.root.i, "actor": found,
            "entities": _parts(cand, found, ctx)}


def _parts(cand: Candidate, found: dict, ctx: Context) -> list[dict]:
    """Every NER entity inside the mention, with the actor it names: the mention's own for the
    entity that carries its head, its own KB entry for the others ("Russian" in "Russian
    Foreign Ministry spokesperson Maria Zakharova")."""
    parts = []
    for ent in ctx.ents_in(cand.span):
        if ent.start <= cand.core.root.i < ent.end or ent == cand.core:
            parts.append(_part(ent, found))
            continue
        key = ctx.key_of(ent) or ""
        inner = _known(key, ent, ent.text, ctx) if key else None
        parts.append(_part(ent, inner[1] if inner else None))
    return parts


def _part(ent: Span, found: dict | None) -> dict:
    return {"start_char": ent.start_char, "end_char": ent.end_char, "actor": found}
