"""Who took part: the actor and recipient mentions of a clause, read from the dependency parse.

Every argument comes from the trigger's own sentence and is linked to it in the parse: the
subject (or the passive by-agent), the object, a recipient preposition's object, an indirect
object. A clause without a subject of its own borrows it only along the parse ("Putin ...
by signing" takes Putin; "Erdoğan, who has been backing" takes Erdoğan), never from another
sentence: pronouns arrive already resolved in the mention view (nlp/mentions.py).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from faultlines import words
from faultlines.events.lexicon import Lexicon
from faultlines.nlp.mentions import MentionView
from faultlines.nlp.parse import TIME_ENTS, clause_subject, conjuncts, infinitive, is_passive
from faultlines.nlp.records import Mention

_RELATIVE = {"who", "which", "that", "whom"}
_SUBJECTS = ("nsubj", "csubj")
_MODIFIERS = ("poss", "amod", "compound", "nmod", "npadvmod")
_NON_POSSESSIVE = tuple(d for d in _MODIFIERS if d != "poss")
_GROUP_PREPS = ("of", "from")
_OWNER_PREPS = ("of", "from", "by")  # "dismissed a proposal by X", "condemned the attack by X"
_AGENT_PREPS = ("of", "from", "for", "by")  # "a spokesman for X", "a bombing by X"
# "X-led", "X-run", "X-claimed": X is the one acting ("X-backed" is a backer)
LEADING = ("lead", "run", "claim")


def nominal(token: Token) -> Token:
    """The noun a prepositional complement stands for: "on what it said were X" -> X."""
    if token.pos_ not in ("VERB", "AUX"):
        return token
    for child in token.subtree:
        if child.dep_ in ("attr", "oprd", "dobj") and child.pos_ in ("NOUN", "PROPN"):
            return child
    return token


def content(token: Token, lexicon: Lexicon) -> Token:
    """The noun a phrase is about, past a container noun: "a state *of emergency*", "a round
    *of talks*", "a number *of* Iranian websites" (container_nouns of frames.yaml)."""
    token = nominal(token)
    containers = lexicon.words("container_nouns")
    for _ in range(2):
        if token.lemma_.lower() not in containers:
            break
        inner = next((p for c in token.children if c.dep_ == "prep" and c.lower_ == "of"
                      for p in c.children if p.dep_ == "pobj"), None)
        if inner is None:
            break
        token = inner
    return token


def mentions_of(token: Token, index: MentionView, lexicon: Lexicon,
                modifiers: bool) -> list[Mention]:
    """The actor mentions an argument phrase names, with its coordinated phrases.

    modifiers (bool): also read a thing's actor modifiers ("Armenian positions" -> Armenia,
        "Russian oil" -> Russia, "the results of the U.N. report" -> the U.N.); subjects use
        them only for people nouns and agent nouns ("Azerbaijani officials", "Athens' foreign
        ministry", "a spokesman for Ghani"), so that "Russian exports fell" names no actor.
    """
    found: list[dict] = []
    attacks = lexicon.words("attack_nouns")
    agents = lexicon.words("agent_nouns") | attacks
    for part in conjuncts(content(token, lexicon)):
        mention = index.resolved_at(part)
        if mention is None or _unnamed(mention):
            if listed := _listed(part, index, lexicon):  # "12 countries, including Iran"
                found.extend(m for m in listed if m not in found)
                continue
        lemma = part.lemma_.lower()
        if mention is None and (modifiers or lemma in lexicon.words("target_nouns")
                                or lemma in agents):
            preps = _AGENT_PREPS if lemma in agents else _OWNER_PREPS if modifiers \
                else _GROUP_PREPS
            # "accused its neighbour", "his counterpart said": the possessor is the other side
            owners = _MODIFIERS if lemma not in lexicon.words("relational_nouns") \
                else _NON_POSSESSIVE
            mention = _modifier_mention(part, index, preps, depth=2 if modifiers else 1,
                                        owners=owners)
            if mention is not None and lemma in attacks and not modifiers \
                    and not _author(mention, part):
                mention = None
        if mention is not None and mention not in found and not document(mention, token.doc,
                                                                           lexicon):
            found.extend(m for m in members(mention) if m not in found)
            found.extend(m for m in _coordinated_owners(part, index) if m not in found)
    return found


_LISTING = ("including", "like", "among")


def _listed(noun: Token, index: MentionView, lexicon: Lexicon) -> list[Mention]:
    """"targeting 12 countries, *including Afghanistan, Iran and Yemen*", "a ban on seven
    countries: *Burundi, Cuba and Laos*", "attacked its neighbour, *Lebanon*": the known actors a
    common noun lists after "including" (plural nouns) or names in an apposition after a comma
    or colon stand for it, and so does a name right after a place noun ("captured *the
    capital Damascus*"). A relational noun names the one it describes right after it, with no
    comma ("attacked Russia's ally *Armenia*", "the Russian ally *Armenia*", where the parser
    may hang the name on the verb): the possessor or demonym is the other side of the relation,
    never the one attacked. "US competitor China" is the actors stage's to read, and a list of
    people named for no one is no actor ("civilians, including children")."""
    if noun.pos_ != "NOUN":
        return []
    heads = [p for c in noun.children if c.dep_ == "prep" and c.lower_ in _LISTING
             for p in c.children if p.dep_ == "pobj"] if noun.tag_ == "NNS" else []
    heads += [c for c in noun.children if c.dep_ == "appos" and c.pos_ == "PROPN"
              and c.left_edge.i > 0 and (noun.doc[c.left_edge.i - 1].text in (",", ":")
                                         or c.left_edge.i == noun.i + 1
                                         and noun.lemma_.lower() in lexicon.words("place_nouns"))]
    if noun.lemma_.lower() in lexicon.words("relational_nouns") and noun.i + 1 < len(noun.doc):
        after = noun.doc[noun.i + 1]
        if after.pos_ == "PROPN" and (after.head == noun and after.dep_ in ("appos", "compound")
                                      or after.head == noun.head and after.dep_ == "npadvmod"):
            heads.append(after)
    found = [m for h in heads for t in (h, *h.conjuncts)
             if (m := index.resolved_at(t)) is not None and _known(m)]
    return list({id(m): m for m in found}.values())


def members(mention: Mention) -> list[Mention]:
    """"the two countries", "both sides", "their" after "Thailand and Cambodia": a mention the
    coreference stage linked to two actors (its `members`) stands for each of them, the first
    one first; any other mention for itself."""
    if not mention.get("members"):
        return [mention]
    return [dict(mention, actor=actor) for actor in mention["members"]]


def _unnamed(mention: dict) -> bool:
    """People called by a common noun ("gunmen", "a woman", even placed in a state by the
    story), or an actor known for nothing."""
    actor = mention.get("actor") or {}
    return mention.get("label") in ("NOUN", "PRON") or not (actor.get("id") or actor.get("code"))


def _known(mention: dict) -> bool:
    actor = mention.get("actor") or {}
    return bool(actor.get("id") or actor.get("code"))


_MEETING = "CONSULT"


def meeting_purpose(verb: Token, lexicon: Lexicon) -> list[Token]:
    """"met with Panama's leader *to press* the demand", "visited Kyiv *to pledge* support": an
    act done for the purpose of a meeting or visit is aimed at the one met (read after the
    act's own recipients)."""
    head = verb.head
    # "met X to discuss trade" is one meeting, no second one
    if verb.dep_ != "advcl" or not infinitive(verb) or head.i == verb.i \
            or not _meeting(head, lexicon) or _meeting(verb, lexicon):
        return []
    return [t for t in (direct_object(head), prep_object(head, "with"), prep_object(head, "to"))
            if t is not None]


def _meeting(verb: Token, lexicon: Lexicon) -> bool:
    return any(e.type == _MEETING for e in lexicon.lookup(verb.lemma_, "verb"))


def clause_doer(noun: Token) -> Token | None:
    """The one who did an event named by a noun: its possessive or "by" phrase, or, for a noun
    in an adjunct of a clause ("met X *in a visit* that Y condemned"), that clause's subject."""
    own = next((c for c in noun.children if c.dep_ == "poss"), None) or explicit_agent(noun)
    if own is not None:
        return own
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos_ in ("VERB", "AUX"):
        return subject_token(noun.head.head)[0]
    return None


def mediated_sides(verb: Token) -> list[Token]:
    """The sides of what a mediation is of: "mediated *the exchange of prisoners between X and
    Y*" (the sides named after "between"), "X and Y exchanged prisoners *in a deal mediated by
    Z*" (the clause the deal is an adjunct of: its subject), "X and Y signed *a deal brokered by
    Z*" (the clause the deal is the object of: its subject)."""
    mediated = direct_object(verb)
    if mediated is None:
        return []
    inner = [p for of in mediated.children if of.dep_ == "prep" and of.lower_ == "of"
             for p in of.children if p.dep_ == "pobj"]
    for head in (mediated, *inner):
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ == "between":
                return [p for p in prep.children if p.dep_ == "pobj"]
    doer = clause_doer(mediated) if verb.dep_ == "acl" else None
    if doer is None and verb.dep_ == "acl" and mediated.dep_ == "dobj" \
            and mediated.head.pos_ in ("VERB", "AUX"):
        doer = subject_token(mediated.head)[0]  # "X and Y signed *a deal brokered by Z*"
    return [doer] if doer is not None else []


def explicit_agent(noun: Token) -> Token | None:
    """Who did what a noun names, by a phrase that says so: "the invasion *by Russia*", "the
    deaths of 85 journalists *at the hands of* the army" (the object of "by", or of "of" after
    "at the hands")."""
    for prep in noun.children:
        if prep.dep_ not in ("prep", "agent"):
            continue
        found = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if found is None and prep.lower_ == "by":
            found = _stranded_by_object(noun, prep)
        if found is None:
            continue
        if prep.lower_ == "by":
            return found
        if prep.lower_ == "at" and found.lower_ == "hands":
            return next((o for of in found.children if of.dep_ == "prep" and of.lower_ == "of"
                         for o in of.children if o.dep_ == "pobj"), None)
    return None


_AIM_PREPS = ("on", "upon", "against")


def aims_past_agent(noun: Token) -> list[Token]:
    """"strikes by Israeli jets *on Hezbollah positions*", "an offensive by government forces
    *against the rebels*": the parser often hangs the phrase an event noun is aimed at on the
    common noun of its by-agent, which comes between; it names the noun's target all the same."""
    agent = explicit_agent(noun)
    if agent is None or agent.i < noun.i:
        return []
    return [p for prep in agent.children if prep.dep_ == "prep" and prep.lower_ in _AIM_PREPS
            for p in prep.children if p.dep_ == "pobj" and p.ent_type_ not in TIME_ENTS]


def _stranded_by_object(noun: Token, by: Token) -> Token | None:
    """"A visit to Moscow *by* the US secretary of state is planned": where the parser leaves
    "by" without an object and makes the name after it a second subject of the noun's own
    verb, that name is the object "by" lost."""
    if by.i + 1 >= len(by.doc) or noun.dep_ not in ("nsubj", "nsubjpass"):
        return None
    word = by.doc[by.i + 1]
    while word.head.i != word.i and word.head.i > by.i and word.head.i != noun.head.i:
        word = word.head
    if word.head.i == noun.head.i and word.dep_ in ("nsubj", "nsubjpass") and word.i > by.i:
        return word
    return None


def agents_within(token: Token, index: MentionView) -> list[Mention]:
    """The actors named as doers inside a phrase: a participle's by-agent ("the hostages *held
    by Hamas*") and an event noun's explicit agent ("the detention of activists *by Iran*"), in
    text order; resolved mentions only."""
    found: list[Mention] = []
    for word in token.subtree:
        doer = None
        if word.dep_ == "agent" and word.head.tag_ == "VBN":
            doer = next((c for c in word.children if c.dep_ == "pobj"), None)
        elif word.pos_ == "NOUN":
            doer = explicit_agent(word)
        if doer is not None and (mention := index.resolved_at(doer)) and mention not in found:
            found.append(mention)
    return found


def _coordinated_owners(head: Token, index: MentionView) -> list[Mention]:
    """"Russia and Turkey's foreign ministers", "Russian and Turkish troops": owners joined
    before one noun each own one of them, so each is a party (the mention covers only the
    last owner with the noun)."""
    return [mention for child in head.children if child.dep_ in _MODIFIERS and child.conjuncts
            for other in (child, *child.conjuncts) if (mention := index.resolved_at(other))
            and index.mention_at(head) is not mention]


_PLACE_LABELS = ("GPE", "FAC", "LOC")


def _author(mention: dict, attack: Token) -> bool:
    """Does a mention inside an attack's phrase name who made it? A known people, group or
    person does ("the Taliban attack", "a Saudi-led strike", "an attack by Hamas"), and a state
    as possessor ("Russia's offensive"); a place in front does not ("the Kabul bombing": where
    it happened), nor a name we know nothing of ("the Manchester Arena attack")."""
    actor = mention.get("actor") or {}
    if not (actor.get("id") or actor.get("sector") or actor.get("country")):
        return False  # a name we know nothing of ("the Manchester Arena attack", tagged PERSON)
    placed = any(p["start"] < mention["end_char"] and mention["start_char"] < p["end"]
                 for p in attack.doc._.places or [])
    if mention.get("label") not in _PLACE_LABELS and not placed:
        return True
    head = attack.doc[mention["head"]]
    return head.dep_ == "poss" or head.head.dep_ == "agent" or head.head.lower_ == "by"


def document(mention: dict, doc: Doc, lexicon: Lexicon) -> bool:
    """A mention the knowledge base does not know, headed by a document noun ("the Chemical
    Weapons Convention, which banned ..."): a text, no party to an event. A known party named
    like one ("Law and Justice") keeps its KB id and stays an actor."""
    return not (mention.get("actor") or {}).get("id") \
        and doc[mention["head"]].lemma_.lower() in lexicon.words("document_nouns")


def _modifier_mention(head: Token, index: MentionView, preps: tuple[str, ...] = _GROUP_PREPS,
                      depth: int = 1, owners: tuple[str, ...] = _MODIFIERS) -> dict | None:
    """The actor a noun phrase names inside it: a possessive, compound or adjective modifier
    ("Russia's plan", "a U.S. court decision"), else the object of "of"/"from" ("the policy of
    Washington"), looking `depth` nouns down ("the results of the U.N. report"). `owners`: the
    modifier relations read (a relational noun's possessor is not read)."""
    for child in head.children:
        if child.dep_ in owners and (mention := index.resolved_at(child)) \
                and not _opposed(mention, head.doc):
            return mention
        if (leader := leader_of(child, index)) is not None:
            return index.resolved_at(leader)
    inner = [pobj for child in head.children if child.dep_ == "prep" and child.lower_ in preps
             for pobj in child.children if pobj.dep_ == "pobj"]
    if preps is not _GROUP_PREPS:  # "the missiles fired by X", "condemned threats made by X"
        inner += [pobj for acl in head.children if acl.dep_ == "acl" and acl.tag_ == "VBN"
                  for agent in acl.children if agent.dep_ == "agent"
                  for pobj in agent.children if pobj.dep_ == "pobj"]
    for pobj in inner:
        if mention := index.resolved_at(pobj):
            return mention
    if depth > 1:
        nouns = inner + [c for c in head.children if c.dep_ in ("compound", "poss")]
        for noun in nouns:
            if mention := _modifier_mention(noun, index, _GROUP_PREPS, depth - 1):
                return mention
    return None


def leader_of(modifier: Token, index: MentionView) -> Token | None:
    """"the US-led invasion of Iraq", "a Saudi-led strike", "a Taliban-claimed bomb": the actor
    before "-led", "-run" or "-claimed" is the one acting; the word naming it, or None."""
    if modifier.dep_ != "amod" or modifier.lemma_.lower() not in LEADING:
        return None
    return next((c for c in modifier.children if c.dep_ in _MODIFIERS and index.resolved_at(c)),
                None)


_OPPOSING = ("anti", "counter", "non")
_DASHES = ("-", "–")


def _opposed(mention: dict, doc: Doc) -> bool:
    """"anti-Isis rebels", "anti-Assad forces": a name after "anti-" names the enemy of the
    noun's owner, never its owner. The prefix may stand before the mention or open it, as one
    token ("anti-") or two ("anti", "-")."""
    start = mention["start"]
    for i in (start - 2, start):
        if 0 <= i < len(doc) - 1 and doc[i].lower_ in _OPPOSING and doc[i + 1].text in _DASHES:
            return True
    return start > 0 and doc[start - 1].lower_.rstrip("-") in _OPPOSING \
        and doc[start - 1].text.endswith(_DASHES)


def subject_token(verb: Token, statements: frozenset[str] = frozenset()) -> tuple[Token | None,
                                                                                  bool]:
    """The token naming who acts, and whether it was borrowed from a governing clause.

    statements (frozenset[str]): nouns of things said ("remarks"); a relative clause on one of
        them ("delivered remarks that denounced X") acts for the subject that delivered them.
    RETURNS: (token or None, inherited)
    """
    if is_passive(verb) or reduced_passive(verb):
        for child in verb.children:
            if child.dep_ == "agent":
                pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
                return pobj, False
        return None, False
    own = next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
    if own is not None and own.lower_ in _RELATIVE and verb.dep_ == "relcl":
        noun = verb.head
        if noun.lemma_.lower() in statements and noun.dep_ == "dobj":
            return subject_token(noun.head)[0], True
        return noun, False
    if own is not None:
        return own, False
    return _borrowed_subject(verb, statements), True


def _borrowed_subject(verb: Token, statements: frozenset[str] = frozenset()) -> Token | None:
    """Control, coordination and participles: the subject of the clause that governs this one."""
    dep, head = verb.dep_, verb.head
    if dep == "xcomp" and head.i != verb.i and (obj := direct_object(head)) is not None \
            and not is_passive(head):
        return obj  # object control: "persuaded the fighters to relent" - the fighters relent
    if dep in ("xcomp", "conj") and head.i != verb.i and head.pos_ in ("VERB", "AUX", "ADJ"):
        subject = subject_token(head)[0]
        # "It is legal to kill them": an expletive subject of a predicate acts for no one; the
        # subject of an adjective of intent is someone ("said *it* was willing to free them")
        if subject is not None and subject.lower_ in ("it", "there") and head.pos_ != "VERB" \
                and not (subject.lower_ == "it" and _intent(head)):
            return None
        return subject
    if dep == "advcl" and verb.tag_ == "VBN":
        # "Asked about the hotline, Peskov said": the head's subject underwent it; only a
        # by-agent acts ("Backed by Russia, Syria ...")
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)
        return next((c for c in agent.children if c.dep_ == "pobj"), None) if agent else None
    if dep == "advcl" and (verb.tag_ == "VBG" or infinitive(verb)):
        return subject_token(head)[0]  # "sent envoys to mediate": the sender's purpose
    if dep == "acomp" and head.pos_ in ("VERB", "AUX"):  # "is willing to": the willing one
        return subject_token(head)[0]
    if dep == "pcomp" and head.lower_ == "into" and head.head.pos_ in ("VERB", "AUX") \
            and (obj := direct_object(head.head)) is not None and not is_passive(head.head):
        return obj  # "pressured Hamas into agreeing": Hamas agrees
    if dep == "pcomp" and head.dep_ == "prep" and head.head.pos_ in ("VERB", "AUX"):
        return subject_token(head.head)[0]
    if dep == "acl" and verb.tag_ in ("VBD", "VBZ") and head.dep_ == "ROOT" \
            and head.pos_ in ("NOUN", "PROPN"):
        # "Khodorkovsky, a former tycoon, called for sanctions": a finite verb the parser hung
        # on a sentence's head noun (after a comma) is that noun's predicate
        return head
    if dep in ("acl", "relcl") and verb.tag_ == "VBG" and head.pos_ in ("NOUN", "PROPN"):
        if head.lemma_.lower() in statements and head.dep_ == "dobj":
            return subject_token(head.head)[0]  # "issued a statement condemning X"
        return head
    return None


def _intent(adjective: Token) -> bool:
    """Is this an adjective of intent_words (frames.yaml), said of one who means to act?"""
    from faultlines.events.lexicon import load
    return adjective.lemma_.lower() in load().words("intent_words")


def reduced_passive(verb: Token) -> bool:
    """"a deal *mediated* by the UAE", "the plan *endorsed* by the OIC": a past participle on a
    noun, with no subject or object of its own, is a passive whose subject is that noun."""
    return verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.pos_ in ("NOUN", "PROPN") \
        and not any(c.dep_ in ("nsubj", "nsubjpass", "dobj", "obj") for c in verb.children)


def direct_object(verb: Token) -> Token | None:
    """The object a verb acts on: its dobj, or the subject of a passive ("Armenia was attacked"),
    or the noun a reduced passive hangs on ("the plan *endorsed* by the OIC"); in a relative
    clause, "that" or "which" stands for the noun ("a visit *that* X condemned")."""
    if reduced_passive(verb):
        return verb.head
    passive = is_passive(verb)  # asked once: both branches below read it
    wanted = ("nsubjpass",) if passive else ("dobj", "obj")
    found = next((c for c in verb.children if c.dep_ in wanted), None)
    if found is not None and found.lower_ in _RELATIVE and verb.dep_ == "relcl":
        return verb.head
    if found is not None or passive:
        return found
    # "called Sudanese President Omar al-Bashir on Saturday": a long name after the verb is
    # often parsed as a predicate noun ("called him a fool"); with no object it is the object
    named = next((c for c in verb.children if c.dep_ == "oprd" and c.pos_ == "PROPN"), None)
    return named if named is not None else reduced_relative_object(verb)


def small_clause(verb: Token, copular: bool = False) -> tuple[Token, Token] | None:
    """The predicate of "found the officers *guilty*", "declared the vote *void*", and the word
    that holds its subject: the small model hangs an adjective with its own subject under the
    verb as a clause; that subject is the one the verb acts on. (Passive: "was found *guilty*",
    the adjective is the verb's.) `copular` also reads a reported clause with "be": "said the
    militants *were responsible*" (the subject hangs on "were")."""
    for c in verb.children:
        if c.dep_ in ("ccomp", "acomp", "oprd") and c.pos_ == "ADJ":
            return c, c
        if copular and c.dep_ == "ccomp" and c.lemma_ == "be":
            adjective = next((a for a in c.children if a.dep_ == "acomp" and a.pos_ == "ADJ"),
                             None)
            if adjective is not None:
                return adjective, c
    return None


def reduced_relative_object(verb: Token) -> Token | None:
    """"will not accept refugees fleeing the war": the small model reads "refugees fleeing" as a
    clause of its own with "refugees" its subject; a bare participle clause (no auxiliary, no
    "that") is a noun with its modifier, and the noun is the verb's object."""
    clause = small_clause(verb)
    subject = clause_subject(clause[1]) if clause is not None else None
    if subject is not None:
        return subject
    for clause in verb.children:
        if clause.dep_ == "ccomp" and clause.tag_ in ("VBG", "VBN") and not any(
                c.dep_ in ("aux", "auxpass", "mark") for c in clause.children):
            subject = clause_subject(clause)
            if subject is not None and subject.pos_ in ("NOUN", "PROPN"):
                return subject
    return None


def prep_object(head: Token, prep: str) -> Token | None:
    """The object of a preposition attached to `head` ("called *on* Moscow" -> Moscow); a date
    is none ("called Macron *on Saturday*" calls on no one)."""
    for child in head.children:
        if child.dep_ in ("prep", "dative", "agent") and child.lower_ == prep:
            found = next((c for c in child.children if c.dep_ in ("pobj", "pcomp")), None)
            if found is not None and found.ent_type_ in TIME_ENTS:
                continue
            return found
        if child.dep_ == "prt" and child.lower_ == prep:  # "pull out of" parses "out" as prt
            continue
    return None


def out_of_object(head: Token) -> Token | None:
    """"pull X out of Y": spaCy hangs "of" under "out"; Y is the recipient."""
    for child in head.children:
        if child.lower_ == "out" and child.dep_ in ("prep", "prt", "advmod"):
            return prep_object(child, "of")
    return None


def dative(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ in ("dative", "iobj") and c.pos_ != "ADP"),
                None)


def fused_dative(verb: Token, thing: Token, lexicon: Lexicon) -> Token | None:
    """"sent Belarus tactical nuclear weapons", "sold the UAE fighter jets": a name that opens
    the object of a verb of giving (dative_verbs of frames.yaml) and that the parser hung on the
    thing given as a compound is the one given to. Not when a "to" phrase names the one given
    to ("sent US weapons to Kyiv": whose weapons), nor for an adjective ("sent Russian arms"),
    nor for a bare acronym, which news uses to say whose the thing is ("sent US weapons"); "sold
    the UAE fighter jets", with its article, is still the one given to."""
    if verb.lemma_.lower() not in lexicon.words("dative_verbs") or dative(verb) is not None \
            or prep_object(verb, "to") is not None or prep_object(thing, "to") is not None:
        return None
    start = verb.i + 1 + (verb.doc[verb.i + 1].lower_ == "the" if verb.i + 1 < len(verb.doc)
                          else 0)
    return next((c for c in thing.children if c.dep_ in ("compound", "nmod")
                 and c.pos_ == "PROPN" and c.left_edge.i == start
                 and c.ent_type_ in ("GPE", "ORG", "NORP")
                 and not (c.text.isupper() and start == verb.i + 1)), None)


PLACE_PREPS = words.load().locative.aimed  # "to", "into", "in", "against", "on" ...
_PURPOSE_PREPS = ("for",)


def place_tokens(head: Token, recipients: list[Token]) -> list[Token]:
    """Phrases that may name the place an act is aimed at: "sent troops *to Libya*", "strikes
    *in Syria*", "attacked a camp *in Mali*", "mobilised troops for an offensive *against
    Iraq*", "killed 50 soldiers in an attack *on a Somali army base*". Read only for lexicon
    entries whose frame makes the place the target."""
    out: list[Token] = []
    for owner in [head, *recipients]:
        for child in owner.children:
            if child.dep_ != "prep":
                continue
            # "resumed airstrikes in March": a date is no place, whatever the gazetteer holds
            pobjs = [c for c in child.children if c.dep_ == "pobj"
                     and c.ent_type_ not in TIME_ENTS]
            if child.lower_ in PLACE_PREPS:
                out.extend(pobjs)
                if owner is head:  # "killed 50 soldiers in an attack *on an army base in X*"
                    out.extend(p for pobj in pobjs if pobj.pos_ == "NOUN"
                               for p in place_tokens(pobj, []))
            elif child.lower_ in _PURPOSE_PREPS and owner is head:
                out.extend(p for pobj in pobjs for p in place_tokens(pobj, []))
    return out


def _joint(head: Token, lexicon: Lexicon) -> bool:
    """"drills with Belarus", "held exercises with Russia" (the parser hangs "with" on the light
    verb): an act done together names a partner after "with", not a target."""
    joint = lexicon.words("joint_nouns")
    obj = direct_object(head) if head.pos_ in ("VERB", "AUX") else None
    return head.lemma_.lower() in joint or obj is not None and obj.lemma_.lower() in joint


def governing_targets(verb: Token) -> list[Token]:
    """"Russian missiles struck Kyiv, *killing* 14 people", "Israeli jets pounded Gaza and
    *killed* 400 people": the victims of a participle clause or of a verb coordinated under
    the same subject were hit where the act it follows was aimed, so that act's object and
    place phrases may place them (read after the verb's own). A coordinated verb with a
    subject of its own ("X struck Gaza and *Hamas* killed four soldiers") is another act."""
    head = verb.head
    if head.i == verb.i or head.pos_ != "VERB" or is_passive(head):
        return []
    if verb.dep_ == "advcl" and verb.tag_ == "VBG":
        pass
    elif verb.dep_ != "conj" or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return []
    obj = direct_object(head)
    return ([obj] if obj is not None else []) + place_tokens(head, [obj] if obj is not None
                                                             else [])


def recipient_tokens(head: Token, lexicon: Lexicon, prep: str | None) -> list[Token]:
    """Candidate recipient phrases of a verb or noun trigger, best first."""
    out: list[Token] = []
    # "designated X *as* a terrorist organisation": what one is named as is no party
    if prep and prep != "as" and (obj := prep_object(head, prep)) is not None:
        out.append(obj)
    if head.pos_ in ("VERB", "AUX"):
        # of two objects the first is the one given to or named ("branded *the US* a terrorist
        # state", "gave *Hamas* 48 hours"): the second is the thing or the name
        for tok in (dative(head), direct_object(head)):
            if tok is not None:
                out.append(tok)
        out.extend(object_recipients(head, prep, lexicon))
    preps = lexicon.words("recipient_preps")
    if head.pos_ == "NOUN":  # "support for X", "a warrant for X": a noun's beneficiary
        preps = preps | lexicon.words("noun_recipient_preps")
    for child in head.children:
        if child.dep_ in ("prep", "dative") and child.lower_ in preps:
            if child.lower_ == "of" and head.pos_ in ("VERB", "AUX"):
                continue
            if child.lower_ == "with" and _joint(head, lexicon):
                continue
            out.extend(c for c in child.children if c.dep_ in ("pobj", "pcomp")
                       and c.ent_type_ not in TIME_ENTS)
    if (obj := out_of_object(head)) is not None:
        out.append(obj)
    out.extend(clause_subjects(head, ("for",)))
    if head.pos_ in ("VERB", "AUX"):
        out.extend(purpose_targets(head))
        out.extend(infinitive_subjects(head))
    return out


_PERMITTING = ("allow", "let", "permit")


def infinitive_subjects(verb: Token) -> list[Token]:
    """"allowed UN workers to enter", "ordered the paper to close", "let them go": spaCy hangs
    "X (to) V" under the verb as a clause whose subject is X, the one allowed or ordered, i.e.
    the verb's object. After "allow" the small model may read a noun as the verb ("allow aid
    workers expanded access"): its subject is still the one allowed."""
    permitting = verb.lemma_.lower() in _PERMITTING
    return [s for clause in verb.children if clause.dep_ == "ccomp" and (
                infinitive(clause) or clause.tag_ == "VB"
                or permitting and clause.tag_ in ("VBD", "VBN"))
            for s in clause.children if s.dep_ == "nsubj"]


_OBJECT_RECIPIENT_PREPS = ("to", "against", "on", "upon", "toward", "towards", "with",
                           "between")


def object_recipients(verb: Token, prep: str | None = None,
                      lexicon: Lexicon | None = None) -> list[Token]:
    """"awarded the medal to X", "agreed a deal with X", "imposed a ban on X": the parser often
    hangs the recipient phrase on the thing given or agreed rather than on the verb (also on the
    object of the entry's preposition: "agreed *on* a deal with X"), or past a container noun
    ("threatened a resumption of air raids *on* X"); it names the recipient all the same. Read
    after the verb's own objects, so a named object comes first."""
    if is_passive(verb):
        return []
    things = [direct_object(verb)] + ([prep_object(verb, prep)] if prep else [])
    if lexicon is not None and things[0] is not None \
            and (inner := content(things[0], lexicon)) is not things[0]:
        things.append(inner)
    things += [m for obj in things if obj is not None for m in _measures(obj)]
    return [p for obj in things if obj is not None and obj.pos_ in ("NOUN", "PROPN")
            for child in obj.children if child.dep_ == "prep"
            and child.lower_ in _OBJECT_RECIPIENT_PREPS
            and not (child.lower_ == "with" and lexicon is not None and _joint(obj, lexicon))
            for p in child.children if p.dep_ == "pobj" and p.ent_type_ not in TIME_ENTS]


def _measures(thing: Token) -> list[Token]:
    """"imposed tariffs *of 25 per cent* on Canadian goods": the parser hangs the phrase a
    measured thing is aimed at on its measure, the object of its "of" phrase with a number in
    it; the measure stands for the thing."""
    return [m for prep in thing.children if prep.dep_ == "prep" and prep.lower_ == "of"
            for m in prep.children if m.dep_ == "pobj"
            and any(t.like_num or t.tag_ == "CD" for t in m.subtree)]


def clause_subjects(head: Token, marks: tuple[str, ...]) -> list[Token]:
    """Subjects of clauses hung from the trigger by one of `marks`: "gave approval *for the UN*
    to deliver aid", "its demand *that the US* ease sanctions": the one allowed or asked."""
    return [s for clause in head.children if clause.dep_ in ("advcl", "acl", "ccomp", "relcl")
            and any(m.dep_ == "mark" and m.lower_ in marks for m in clause.children)
            for s in clause.children if s.dep_ == "nsubj"]


def purpose_targets(verb: Token) -> list[Token]:
    """"mobilised the army *for an assault against Hamas*": the one a purpose is aimed at."""
    return [target for prep in verb.children if prep.dep_ == "prep" and prep.lower_ in _PURPOSE_PREPS
            for pobj in prep.children if pobj.dep_ == "pobj"
            for inner in pobj.children if inner.dep_ == "prep" and inner.lower_ in ("against", "on")
            for target in inner.children if target.dep_ == "pobj"]
