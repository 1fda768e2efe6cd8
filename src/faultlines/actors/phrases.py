"""Where an actor mention begins and ends: titles before a name, sector nouns after a demonym,
and the words that tell whether a state's or a capital's name is a place or an actor.

Plain functions over tokens of a parsed Doc; they decide spans, not actors.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from faultlines import words
from faultlines.nlp.parse import climb

# A GPE that is the object of one of these is a place ("in Moscow", "into Syria"), not an actor
# (the `at` and `toward` prepositions of place, faultlines/words).
PLACE_PREPS = words.load().locative.place
# ...and so is the object of "to"/"from" after a verb or noun of movement ("flew to Moscow").
MOVEMENT = frozenset("travel arrive fly go come return flee move head drive sail deploy send "
                     "evacuate relocate trip visit journey flight escape cross march retreat "
                     "withdraw arrival departure leave depart transfer ship smuggle".split())
# Nouns of two parties' dealings: the object of their "with" is the other party ("relations
# with Afghanistan", "talks with India"), never the state of an organ in the same sentence.
DEALINGS = frozenset("relation relationship tie talk negotiation dialogue tension conflict war "
                     "dispute border trade agreement deal meeting friction rift standoff "
                     "cooperation partnership".split())
TITLE_DEPS = frozenset(("compound", "amod", "nmod", "npadvmod", "punct", "nummod"))
TITLE_POS = frozenset(("PROPN", "NOUN", "ADJ", "PUNCT", "ADV", "NUM"))
FORMER = frozenset(("former", "ex", "onetime", "erstwhile", "late"))
THEN = "then"


# Titles of people sent to a state or body, whose "to" stays inside the title.
ENVOYS = frozenset(("ambassador", "envoy", "representative", "delegate", "emissary"))


def title_before(name: Span, limit: int = 8,
                 sectors: dict[str, str] | None = None) -> list[Token]:
    """The premodifiers of a person's name that make a title: "Russian Foreign Ministry
    spokesperson [Maria Zakharova]", "then-House Speaker [Nancy Pelosi]", and, with the
    sector words, an "X of Y" title the parse hangs the name from ("the acting head of state
    [Chea Sim]")."""
    doc = name.doc
    sent_to = name.root.head if name.root.dep_ == "pobj" else None
    if sent_to is not None and _envoys_to(sent_to) and sent_to.i < name.start <= sent_to.i + 4:
        # "Chinese Ambassador to Pakistan [Jiang Zaidong]", parsed as sent to the person
        return _trim(list(doc[sent_to.head.left_edge.i:name.start]))
    title = _linked_title(name, limit)
    if name.start >= 3 and _of_title(doc[name.start - 2], name, sectors) \
            and (not title or title[0].i > name.start - 3):
        head = doc[name.start - 3]  # "the [acting] head of state": the head's own modifiers
        start = min([c.i for c in head.lefts if c.dep_ in ("amod", "compound")] + [head.i])
        return list(doc[start:name.start])
    return title


def before_destination(title: list[Token]) -> list[Token]:
    """A title's words before an envoy's "to": "Chinese Ambassador [to Pakistan]" is China's,
    and where an envoy is sent never places them."""
    cut = next((k for k, t in enumerate(title) if _envoys_to(t)), len(title))
    return title[:cut]


def _envoys_to(token: Token) -> bool:
    """Is the token the "to" of an envoy's title ("Ambassador [to] Pakistan")?"""
    return token.lower_ == "to" and token.i > 0 and token.head.i == token.i - 1 \
        and token.head.lemma_.lower() in ENVOYS


def _linked_title(name: Span, limit: int) -> list[Token]:
    """The words before the name whose heads lead into it, back to the first that does not."""
    doc = name.doc
    i = name.start - 1
    while i >= max(0, name.start - limit):
        t = doc[i]
        linked = _reaches(t, name, name.start - limit)
        # "Secretary of State [Antony Blinken]", "Minister for Foreign Affairs [Penny Wong]":
        # "of" or "for" inside a title that leads to the name
        # "Ambassador to Pakistan [Jiang Zaidong]": an envoy's "to" and where they are sent
        of_title = (t.lower_ in ("of", "for") or _envoys_to(t)) and linked
        # "Jordan['s] King [Abdullah II]": the state owning the title is part of it
        owner = t.dep_ == "case" and i > 0 and doc[i - 1].ent_type_ in ("GPE", "NORP") \
            and linked
        if t.is_sent_end or t.ent_type_ == "PERSON" \
                or (t.pos_ not in TITLE_POS and not of_title and not owner):
            break
        if t.pos_ == "PUNCT" and (t.text not in ("-", "–") or spaced_dash(t)):
            break  # "WASHINGTON - [President X]": a dateline ends at its dash
        if t.pos_ == "ADV" and t.lower_ not in (THEN, *FORMER):
            break
        if not (linked or of_title or t.lower_ in (THEN, *FORMER) or t.text in ("-", "–")):
            break
        i -= 1
        if owner:  # the owner's whole name, then stop: "[South Korea's] Prime Minister"
            while i >= 0 and doc[i].ent_type_ in ("GPE", "NORP") and doc[i].ent_iob_ == "I":
                i -= 1
            i -= 1
            break
    return _trim(list(doc[i + 1:name.start]))


def _of_title(of: Token, name: Span, sectors: dict[str, str] | None) -> bool:
    """Is "of" the middle of an "X of Y" sector phrase right before the name ("head [of]
    state Chea Sim"), on whose object the parse hangs the name?"""
    doc = of.doc
    if not sectors or of.lower_ != "of" or of.i == 0 or of.i + 2 != name.start:
        return False
    return f"{doc[of.i - 1].lower_} of {doc[of.i + 1].lower_}" in sectors


def _reaches(token: Token, name: Span, low: int) -> bool:
    """Does the token's chain of heads, staying among the words just before the name, lead
    into the name? ("U.S. President [Joe Biden]" parsed with the name as an apposition of
    the title counts too.)"""
    for _ in range(name.start - low + 1):
        if token == name.root.head and token.i < name.start:
            return True
        head = token.head
        if name.start <= head.i < name.end:
            return True
        if head == token or not low <= head.i < name.start:
            return False
        token = head
    return False


# Forms of address that open a name without giving a sector ("Mr", "Dr", "Sheikh").
HONORIFICS = frozenset("mr mrs ms miss dr sir dame lord lady sheikh sheikha rev lt gen col maj "
                       "capt sgt adm".split())


def title_inside(name: Span, sectors: dict[str, str]) -> list[Token]:
    """Title words the model took into a PERSON entity ("[President] Mugabe",
    "[Archbishop] Bagrat Galstanyan"): leading sector words and forms of address."""
    out = []
    for t in name[:-1]:
        if t.lower_ in sectors or t.lower_.rstrip(".") in HONORIFICS or t.text == "-":
            out.append(t)
        else:
            break
    return out


def possessor(span: Span) -> list[Token]:
    """The possessive before a noun phrase: "[Armenia 's] Defence Ministry"."""
    return [t for c in span.root.children if c.dep_ == "poss" and c.i < span.start
            for t in c.subtree]


def _trim(tokens: list[Token]) -> list[Token]:
    """Leading hyphens, prepositions and lone adverbs are not part of a title."""
    def loose(t: Token) -> bool:
        return t.text in ("-", "–") or t.pos_ == "ADP" or (
            t.pos_ == "ADV" and t.lower_ not in (THEN, *FORMER))

    while tokens and loose(tokens[0]):
        tokens = tokens[1:]
    return tokens


def appositive_title(name: Span) -> list[Token]:
    """", the Russian foreign minister," after a name: the appositive's own words."""
    for child in name.root.children:
        doc = name.doc
        if child.dep_ == "appos" and child.pos_ == "NOUN" and name.end < len(doc) \
                and doc[name.end].text == "," and child.left_edge.i == name.end + 1:
            left = [t for t in child.subtree if t.i <= child.i and t.dep_ != "punct"]
            of = [t for p in child.rights if p.lower_ == "of" for t in p.subtree]
            return left + of
    return []


def title_apposed_before(name: Span) -> list[Token]:
    """"Iran's ambassador to Pakistan, [Dr Reza Amiri Moghaddam]": the words of a title set
    before a name by a comma, which the name stands in apposition to (the title's head and
    its words before it, and its "of" phrase)."""
    root, doc = name.root, name.doc
    head = root.head
    start = name.start
    while start > 0 and doc[start - 1].lower_.rstrip(".") in HONORIFICS:
        start -= 1  # "Pakistan, [Dr] Reza ..."
    if root.dep_ not in ("appos", "conj") or head.pos_ != "NOUN" or head.i >= start \
            or start == 0 or doc[start - 1].text != ",":
        return []
    if root.dep_ == "conj" and head.tag_ != "NN":
        return []  # "the ministers, X and Y": a list; "the ambassador, Dr X and Y" is X
    left = [t for t in head.subtree if t.i <= head.i and t.dep_ != "punct"]
    of = [t for p in head.rights if p.lower_ == "of" for t in p.subtree]
    return left + of


def of_place(name: Span) -> list[Token]:
    """"of New Jersey" right after a name: the object's words."""
    doc = name.doc
    if name.end < len(doc) and doc[name.end].lower_ == "of" and doc[name.end].head.i in \
            range(name.start, name.end):
        return [t for c in doc[name.end].children if c.dep_ == "pobj" for t in c.subtree]
    return []


def noun_after(token: Token) -> Span | None:
    """The noun phrase a demonym modifies, from the demonym to the head noun: "Armenian
    [military formations]", "Russian [peacekeeping troops]"."""
    head = token.head
    while head.dep_ in ("compound", "amod") and head.i > token.i and head.head.i > head.i:
        head = head.head
    if head.i <= token.i or head.pos_ not in ("NOUN", "PROPN") or head.i - token.i > 4:
        return None
    if any(t.ent_type_ for t in token.doc[token.i + 1:head.i + 1]):
        return None  # "Russian [President Vladimir Putin]" is a title, not a group
    if any(t.pos_ not in ("ADJ", "NOUN", "PROPN", "PUNCT", "VERB") or t.text == ","
           for t in token.doc[token.i + 1:head.i]):
        return None
    return token.doc[token.i:head.i + 1]


# "the capital of Nagorno-Karabakh", "the north of Syria": the object of "of" is a place.
PLACE_NOUNS = frozenset("capital region city town village province district part north south "
                        "east west centre center outskirts border territory soil coast "
                        "suburbs heart area".split())


# The relations of a word that only modifies a name ("Moscow metro", "the Kabul attack").
_MODIFYING = ("compound", "amod", "nmod")


def is_place(token: Token) -> bool:
    """Is this name (state, capital, seat) where something happens rather than who acts?
    "[Vienna]-based agency", "a [London]-based monitor": where a body sits, not who acts."""
    if based(token):
        return True
    token = climb(climb(token, _MODIFYING), ("conj",))
    if token.dep_ != "pobj":
        return False
    prep = token.head
    if prep.lower_ in PLACE_PREPS:
        return True
    if prep.lower_ == "of" and prep.head.lemma_.lower() in PLACE_NOUNS:
        return True
    return prep.lower_ in ("to", "from") and prep.head.lemma_.lower() in MOVEMENT


def based(token: Token) -> bool:
    """Is the name the seat of the body it qualifies ("the [Vienna]-based agency", "a
    [Syria]-based group")?"""
    doc = token.doc
    return token.i + 2 < len(doc) and doc[token.i + 1].text in ("-", "–") \
        and doc[token.i + 2].lower_ in ("based", "headquartered")


def is_counterpart(token: Token) -> bool:
    """"relations [with Afghanistan]", "talks [with India]": the other party of dealings,
    not whose organs the sentence's other words name."""
    token = climb(token, (*_MODIFYING, "poss", "conj"))
    prep = token.head
    return token.dep_ == "pobj" and prep.lower_ == "with" \
        and prep.head.lemma_.lower() in DEALINGS


def is_destination(token: Token) -> bool:
    """"returned the paintings [to Germany]", "flew [from Paris]": where something goes or
    comes from after a verb or noun of movement, not who acts."""
    token = climb(token, (*_MODIFYING, "conj"))
    prep = token.head
    return token.dep_ == "pobj" and prep.lower_ in ("to", "from") \
        and prep.head.lemma_.lower() in MOVEMENT


# The prepositions after which a lone unknown name is taken for a place ("near Gao"): those
# of where something is (`at`), fewer than PLACE_PREPS, whose objects may still be actors
# acted on ("into Syria", "toward Kyiv").
_WHERE_PREPS = words.load().locative.at


def where_at(span: Span) -> bool:
    """Is the span (or the list it ends) the object of a preposition of place ("in Lahore,
    Rawalpindi and Multan", "near Gao")?"""
    token = climb(span.root, ("conj", "appos"))
    return token.dep_ == "pobj" and token.head.lower_ in _WHERE_PREPS


def is_opposed(token: Token) -> bool:
    """"the war [against Iraq]", "sanctions [against Moscow]": a state named whole as the
    target of an act is the other side, not the side the story's unplaced organs ("troops")
    belong to. A state's organ there may be the story's own ("a judge opened investigations
    against 28 Chilean officials"), so only the state's name itself counts."""
    token = climb(token, ("conj",))
    return token.dep_ == "pobj" and token.head.lower_ == "against"


def spaced_dash(token: Token) -> bool:
    """A dash with spaces on both sides ("WASHINGTON - The senator"): it ends a dateline or
    sets off an aside; it never joins the words of one title ("then-Speaker")."""
    doc = token.doc
    return token.text in ("-", "–", "—", "--") and bool(token.whitespace_) and \
        token.i > 0 and bool(doc[token.i - 1].whitespace_)


def is_modifier(token: Token) -> bool:
    """"Moscow metro", "Washington-based": a name that only qualifies another word."""
    return token.dep_ in ("compound", "amod", "nmod") and token.head.i > token.i


def sector_phrase(tokens: list[Token], sectors: dict[str, str]) -> tuple[str, str] | None:
    """The longest sector phrase among the words (the rightmost at equal length)."""
    words = [t.lower_ for t in tokens]
    lemmas = [t.lemma_.lower() for t in tokens]
    for n in range(min(4, len(words)), 0, -1):
        for i in range(len(words) - n, -1, -1):
            for seq in (words, lemmas):
                phrase = " ".join(seq[i:i + n])
                if phrase in sectors:
                    return phrase, sectors[phrase]
    return None
