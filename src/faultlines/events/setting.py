"""When and where an event happened: the date and the place of its own clause.

Dates: the DATE entity nearest the trigger in the parse tree that resolves (when.py) wins — a
date attached to the trigger or inside its clause first, then the sentence's; a vague span
("in recent years"), an age, a length of time, a deadline or a span's bound ("until 2030",
"since 2012") is skipped, and so is a date after publication unless the event is hypothetical;
a bare weekday or month points the way its own clause's tense does; with none, the article's
publication date stands, with date_text None. Places: the place of a locative preposition (in/near/at/outside ...) attached
to the trigger or its object, else a place inside the trigger's clause, else one in the sentence
that is no argument of the event. doc._.places comes from the places stage; before it has run,
a GPE/LOC/FAC entity gives a PLACE with its name and no coordinates.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from faultlines import when, words
from faultlines.actors import kb
from faultlines.actors.actor import state
from faultlines.nlp.records import Mention, PlaceDict
from faultlines.nlp.doctext import doc_text
from faultlines.nlp.parse import TIME_ENTS
from faultlines.places.precise import most_precise

_LOCATIVE = words.load().locative.where  # where it happened: "in", "near", "within" ...
_PLACE_LABELS = ("GPE", "LOC", "FAC")
_PLACE_OWNERS = ("compound", "amod", "poss")  # "in *Ukraine's* Donetsk region"


def _depth(token: Token) -> int:
    return sum(1 for _ in token.ancestors)


def tree_distance(a: Token, b: Token) -> int:
    """Edges between two tokens of one sentence in the dependency tree."""
    ancestors_a = {t.i: n for n, t in enumerate((a, *a.ancestors))}
    for n, t in enumerate((b, *b.ancestors)):
        if t.i in ancestors_a:
            return n + ancestors_a[t.i]
    return 1000


_OBJECT_ONLY = {"by", "between"}


def _clause_verb(token: Token) -> Token | None:
    return next((t for t in (token, *token.ancestors) if t.pos_ in ("VERB", "AUX")), None)


def points_forward(date_root: Token, future: bool) -> bool:
    """Which way a bare weekday or month points: back when the clause it dates is in the past
    ("said on Sunday that France would withdraw", "agreed on Wednesday that Hamas would
    release", "was arrested on Friday", "has met in May"), else the event's own way (`future`:
    "will meet on Friday"). A clause in the present or the infinitive says nothing either way:
    "asked the alliance to help on Tuesday" is the Tuesday past of a request made."""
    verb = _clause_verb(date_root)
    if verb is None:
        return future
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    past = verb.tag_ == "VBD" or any(a.tag_ == "VBD" or a.lower_ in ("has", "have", "had")
                                     for a in auxes)
    return future and not past


# A clause opened by one of these starts or ends a span: "since taking office last month,
# Trump has demanded", "until he left in 2019". Its date is the bound's, not the span's ("days
# before he launched it in February 2022" still dates what came days before).
_CLAUSE_BOUNDS = frozenset({"since", "until", "till"})
# A relative clause describes its noun: its date is the noun's ("the Awami League, which was
# founded in 1949, dismissed ...", "a deadline that expires on Friday"), never the date of the
# clause the noun stands in, unless it says where or when that clause's event took place
# ("visited Riyadh, where he met the king on Wednesday", "held a call in which …"). A
# participle ("a deal signed last month") is left out: the parser hangs a sentence's closing
# date on one too often ("attacked a boat carrying drugs on Tuesday").
_SCENE_ADVERBS = frozenset({"where", "when"})


# "the last time Canada played host, in 2018, Trump left": a relative clause on one of these
# says when the sentence's event took place
_TIME_NOUNS = frozenset({"time", "day", "night", "week", "month", "year", "moment", "morning",
                         "evening"})


def _scene(relative: Token) -> bool:
    """A relative clause of where or when: "where he met the king on Wednesday", "a call in
    which Pakistan raised the issue on Tuesday", "the last time Canada played host"."""
    return relative.head.lemma_.lower() in _TIME_NOUNS \
        or any(c.lower_ in _SCENE_ADVERBS or c.dep_ == "prep"
               and any(o.dep_ == "pobj" and o.lower_ == "which" for o in c.children)
               for c in relative.children)


def _in_relative(clause: Token, date: Span, anchor: Token) -> bool:
    """The date's clause is, or lies inside, a relative clause that does not hold the event
    ("the FDLR, which was established by Hutus linked to the massacres in the 1994 genocide")."""
    for verb in (clause, *clause.ancestors):
        if anchor in verb.subtree:
            return False
        if verb.dep_ == "relcl" and verb.head != anchor and not _scene(verb):
            return not _when_after(date, anchor)
    return False


def _when_after(date: Span, anchor: Token) -> bool:
    """"… killed dozens a year ago, when Trump ordered a strike": a "when" clause right after a
    date is dated by it, wherever the parser hangs either."""
    for node in (anchor, *anchor.ancestors):
        if any(c.dep_ == "advmod" and c.lower_ == "when" for c in node.children):
            return date.end <= node.left_edge.i <= date.end + 1
    return False


def bounds_a_span(date: Span, anchor: Token) -> bool:
    """A date that bounds a span or sets a deadline ("extending his rule until 2030", "the first
    visit since 2012", "cut emissions by 2030") dates no event but one inside its own phrase
    ("since Russia's 2022 invasion" dates the invasion, not what has gone on since). "by" and
    "between" bound a span only with the date as their own object: "an incursion by troops
    on Sunday", "fighting between the two sides on Sunday" are dated. A date inside a relative
    clause dates only what that clause holds, unless it is one of where or when (_scene)."""
    if date[0].lower_ in when.SPAN_BOUNDS:
        return True
    for token in date.root.ancestors:
        if token.pos_ in ("VERB", "AUX"):
            if anchor in token.subtree:
                return False
            clause = token  # "which Moscow seized and annexed in 2014": the first conjunct's
            while clause.dep_ == "conj" and clause.head.pos_ in ("VERB", "AUX"):
                clause = clause.head
            if anchor in clause.subtree:
                return False
            # "has killed 1,600 since Israel resumed strikes in March": a since-clause is dated
            # by its date; the span it opens is not
            return any(c.dep_ == "mark" and c.lower_ in _CLAUSE_BOUNDS for c in clause.children) \
                or clause.dep_ == "pcomp" and clause.head.lower_ in _CLAUSE_BOUNDS \
                or _in_relative(clause, date, anchor)
        if token.dep_ == "prep" and token.lower_ in when.SPAN_BOUNDS:
            if token.lower_ in _OBJECT_ONLY and date.root.head != token:
                return False
            return anchor not in token.subtree
    return False


# "a year after the 7 October attacks", "weeks after Russia brought its troops in": what such a
# phrase or clause holds came long before the sentence's own time, so the sentence's date is
# not its date. A bare "after" ("announced the break after accusing it", "hours after") is
# near enough that the sentence's date is the best the story gives.
_AFTER = frozenset({"after", "following"})
_LONG = frozenset({"week", "month", "year", "decade", "century"})


def long_after(anchor: Token) -> Token | None:
    """The head of the "after" phrase or clause measured in weeks or more that the event lies
    in ("a year after the attacks", "months after the coup"), else None."""
    for node in (anchor, *anchor.ancestors):
        if node.dep_ in ("pobj", "pcomp") and node.head.dep_ == "prep" \
                and node.head.lower_ in _AFTER:
            return node.head if _long(node.head.children, node.head.i) else None
        mark = next((c for c in node.children if c.dep_ == "mark" and c.lower_ in _AFTER), None)
        if mark is not None:
            return node if _long(node.children, mark.i) else None
    return None


def _long(children, before: int) -> bool:
    """A measure of weeks or more in front of "after" ("a year after", "weeks after")."""
    return any(c.i < before and c.dep_ in ("npadvmod", "advmod") and c.lemma_.lower() in _LONG
               for c in children)


def event_date(anchor: Token, published: str | None, future: bool = False,
               hypothetical: bool | None = None) -> tuple[str | None, str | None]:
    """(date, date_text) for the event whose clause `anchor` heads.

    The DATE entity of the sentence nearest the trigger in the parse that resolves (when.py)
    and is a date of the event: not a bound of a span or a deadline, not an age or a length of
    time (when.py gives those no date), not after publication unless the event is
    hypothetical, and for an event inside "a year after …" one of that phrase's own
    (long_after). With none, the publication date stands, with date_text None.

    future (bool): the event is hypothetical or said of what will be: a bare "Friday" or
        "February" in a clause with no tense of its own is the next one.
    hypothetical (bool | None): the event has not happened ("could attack", "plans to meet");
        only its date may fall after publication. None takes `future`: the events stage passes
        one flag for both today; passing its `hypothetical` here keeps a threat or promise,
        made before publication, from being dated after it.
    """
    if not published:
        return published, None
    hypothetical = future if hypothetical is None else hypothetical
    sentence = anchor.sent
    if not any(t.ent_type_ == "DATE" for t in sentence):
        return published, None  # no DATE in it: Span.ents would make every entity of the Doc
    scope = long_after(anchor)
    dated = []
    for ent in sentence.ents:
        if ent.label_ != "DATE" or bounds_a_span(ent, anchor) \
                or scope is not None and ent.root not in scope.subtree:
            continue
        found = when.resolve(ent.text, published, points_forward(ent.root, future))
        if found and (hypothetical or not when.after(found[0], published)):
            dated.append((tree_distance(anchor, ent.root), ent.start, found))
    return min(dated)[2] if dated else (published, None)


def _places_by_char(doc: Doc) -> list[PlaceDict]:
    places = doc._.places or []
    if places:
        return places
    return [{"text": e.text, "name": e.text, "country": None, "lat": None, "lon": None,
             "feature": None, "geonameid": None, "start": e.start_char, "end": e.end_char}
            for e in doc.ents if e.label_ in _PLACE_LABELS]


def _place_at(token: Token, places: list[dict]) -> dict | None:
    for place in places:
        if place["start"] <= token.idx < place["end"]:
            return place
    return None


def _locative_objects(token: Token) -> list[Token]:
    return [pobj for prep in token.children if prep.dep_ == "prep" and prep.lower_ in _LOCATIVE
            for pobj in prep.children if pobj.dep_ == "pobj"]


def event_place(doc: Doc, trigger: list[Token], objects: list[Token],
                argument_spans: list[tuple[int, int]]) -> dict | None:
    """The PLACE dict of the event's clause, else the most precise place of its sentence that
    is not one of its arguments (a town before the country it lies in, never a route's end:
    the rule the places stage uses for a span, places/precise.py)."""
    places = _places_by_char(doc)
    if not places:
        return None
    for head in (*trigger, *objects):
        for pobj in _locative_objects(head):
            for tok in pobj.subtree:
                if (place := _place_at(tok, places)) is not None:
                    return place
    sent: Span = trigger[0].sent
    taken = lambda p: any(s < p["end"] and p["start"] < e for s, e in argument_spans)
    inside = [p for p in places if sent.start_char <= p["start"] < sent.end_char and not taken(p)]
    return most_precise(inside, doc_text(doc))


def _place_words(token: Token) -> list[Token]:
    """The words of a phrase that may name its place: the head with its modifiers, the name a
    place noun is "of" ("the town of Gjilan"), then the place either lies "in" ("the village
    of Kotlyarivka *in Ukraine's Donetsk region*": a village the gazetteer lacks is placed by
    the region the text puts it in)."""
    words = [token, *(c for c in token.children if c.dep_ in ("compound", "amod"))]
    names = [p for prep in token.children if prep.dep_ == "prep" and prep.lower_ == "of"
             for p in prep.children if p.dep_ == "pobj"]
    within = [p for holder in (token, *names) for prep in holder.children
              if prep.dep_ == "prep" and prep.lower_ == "in"
              for p in prep.children if p.dep_ == "pobj" and p.ent_type_ not in TIME_ENTS]
    return words + names + [w for p in within for w in (p, *(c for c in p.children
                                                           if c.dep_ in _PLACE_OWNERS))]


def _named_after(word: Token, place: dict) -> bool:
    """"the *Niger* Delta", "the *Jordan* Valley": a country's name inside the longer name of a
    geographic feature (a LOC entity) names the feature, which may lie elsewhere, not the
    country."""
    if place.get("feature") != "country" or word.ent_type_ != "LOC":
        return False
    entity = next((e for e in word.doc.ents if e.start <= word.i < e.end), None)
    name = entity.text.removeprefix("the ").removeprefix("The ") if entity is not None else ""
    return len(name) > len(place["text"])


def place_country(token: Token) -> Mention | None:
    """A mention of the state a resolved place of the phrase headed by `token` lies in
    ("in Bangkok" -> Thailand), shaped like doc._.mentions entries (via "place"); None when
    the phrase names no place of a known country."""
    places = token.doc._.places or []
    for word in _place_words(token):
        place = _place_at(word, places)
        country = kb.load().countries.get(place.get("country") or "") if place else None
        if country is None or _named_after(word, place):
            continue
        span = token.doc.char_span(place["start"], place["end"], alignment_mode="expand")
        if span is None:
            continue
        return {"start": span.start, "end": span.end, "start_char": place["start"],
                "end_char": place["end"], "text": place["text"], "label": "GPE", "via": "place",
                "head": span.root.i, "actor": state(country, place["text"])}
    return None
