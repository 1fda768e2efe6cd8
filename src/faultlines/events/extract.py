"""Predicates and their arguments: find event triggers in the parse and read who took part.

A trigger is a verb whose lemma (with its particle, preposition and kind of object) is a
lexicon entry, or an event noun carried by a light verb ("launched an offensive"), or an event
noun with its own agent ("Azerbaijan's assault on Nagorno-Karabakh", "the invasion by Russia").
Whatever matches no entry is no event: there is no default type.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from faultlines.actors import kb
from faultlines.actors.actor import organ, placed_opposition
from faultlines.actors.owners import RESIDENTS
from faultlines.identity import STATE_ORGANS
from faultlines.events import arguments as args
from faultlines.events import converse, harm, modality, mutual, retaliation, setting
from faultlines.events.lexicon import Entry, Lexicon
from faultlines.nlp.mentions import MentionView
from faultlines.nlp.parse import (POSSESSIVE_PRONOUNS, TIME_ENTS, clause_subject, infinitive,
                                  is_passive, negated)
from faultlines.nlp.records import Mention

_ACTOR_LABELS = {"GPE", "LOC", "FAC", "NORP", "ORG", "PERSON"}
# Types whose object may be the actor's forces ("joined forces with X" joins X).
_MOVERS = ("RETREAT", "MOBILIZE", "AID", "AGREE", "COOPERATE")
# a clause on a protest noun that restricts ("a strike that shut down X") is the protest's effect
_PROTEST_EFFECTS = {("PROTEST", "COERCE")}
_FIRST_PERSON = ("we", "i", "us")
# Types whose "on"/"about"/"over" phrase names a topic, not a party: "talks on Syria".
_RECIPROCAL = ("AGREE", "CONSULT", "COOPERATE")
_TOPIC_PREPS = ("on", "about", "over", "regarding", "concerning")
_SKIP_DEPS = {"amod", "compound", "aux", "auxpass", "acomp"}  # "it is striking" is no strike
_MEDIATING = "mediate"
_NAMING = ("compound", "nmod", "amod")  # modifiers that name the body a meeting is of


@dataclass
class Candidate:
    """A trigger with its arguments, before modality, date and place are read."""

    entry: Entry
    anchor: Token                      # the clause's verb, or the noun of a standalone noun event
    trigger: list[Token]
    actors: list[Mention] = field(default_factory=list)
    recipients: list[Mention] = field(default_factory=list)
    options: list[list[Mention]] = field(default_factory=list)  # recipient mentions per phrase
    actor_tokens: list[Token] = field(default_factory=list)
    recipient_tokens: list[Token] = field(default_factory=list)
    inherited: bool = False
    noun: Token | None = None
    mutual: bool = False               # each actor is the others' recipient (events/mutual.py)
    agentless: bool = False            # a doer not named in its clause (events/agentless.py)

    @property
    def head(self) -> Token:
        """The token whose clause the event is: the verb (light verb for noun events)."""
        return self.anchor


def object_class(token: Token | None, index: MentionView, lexicon: Lexicon,
                 aimed: bool = False) -> str:
    """"none", "actor" (a mention, a named entity, or a target noun) or "thing". `aimed`: the
    frame aims at places (an attack), where "hit 40 targets" names targets too."""
    if token is None:
        return "none"
    token = args.content(token, lexicon)
    if token.tag_ in ("WP", "WDT"):  # "what she called illegal attacks" is no actor
        return "thing"
    if index.mention_at(token) or token.ent_type_ in _ACTOR_LABELS or token.pos_ == "PROPN" \
            or token.pos_ == "PRON" or token.lemma_.lower() in lexicon.words("target_nouns") \
            or (aimed and (_plural_target(token, lexicon) or _struck_thing(token, lexicon)
                           or _counted(token))):
        return "actor"
    return "thing"


def _counted(token: Token) -> bool:
    """"killed *28* in Gaza", "killed three *others*": a bare count of those struck, for frames
    that aim at places (where a count is of people; "pledged $117m" aims at no place). Not the
    object of a participle ("an earthquake devastated the country, killing more than 3,100"):
    its doer is read from another clause, and a count says nothing of who was struck."""
    if token.head.tag_ == "VBG":
        return False
    if token.tag_ == "CD" or token.like_num:
        return True
    return token.lemma_.lower() in ("other", "more") \
        and any(c.tag_ == "CD" or c.like_num for c in token.subtree)


def _struck_thing(token: Token, lexicon: Lexicon) -> bool:
    """"attacked two oil *platforms*", "hit Taliban *hideouts*", "struck a *truck*": a site or
    a vehicle (site_nouns, vehicle_nouns of frames.yaml) is a target for frames that aim at
    places; for other frames it is a thing ("returned the ships' cargo")."""
    lemma = token.lemma_.lower()
    return lemma in lexicon.words("site_nouns") or lemma in lexicon.words("vehicle_nouns")


# Word classes of what one attacks in words (frames.yaml): things said, stances, acts and
# decisions, ideas and standing, texts and plans.
_SAID_CLASSES = ("statement_nouns", "stance_nouns", "act_nouns", "idea_targets", "document_nouns")


def _said_object(verb: Token, index: MentionView, lexicon: Lexicon) -> bool:
    """The object of an attack in words (`object: said`): "attacked the plan", "assailed
    Trump's remarks", "attacked the government's handling of the crisis" (a noun of one of
    _SAID_CLASSES); or any thing a person attacks ("the senator attacked the budget"). A
    target ("attacked two oil platforms") or a thing only armed forces attack is no words."""
    obj = args.direct_object(verb)
    if obj is None or object_class(obj, index, lexicon, aimed=True) != "thing":
        return False
    lemma = args.content(obj, lexicon).lemma_.lower()
    if any(lemma in lexicon.words(name) for name in _SAID_CLASSES):
        return True
    subject, _ = args.subject_token(verb)
    mention = index.resolved_at(subject) if subject is not None else None
    return mention is not None and (mention.get("actor") or {}).get("kind") == "person"


def _plural_target(token: Token, lexicon: Lexicon) -> bool:
    """"hit 40 targets", "military targets", "struck Hezbollah targets" (plural_target_nouns of
    frames.yaml); not "the spending target", "emissions targets": a common noun in front makes
    them goals, a name in front says whose they are."""
    return token.lemma_.lower() in lexicon.words("plural_target_nouns") and token.tag_ == "NNS" \
        and not any(c.dep_ == "compound" and c.pos_ != "PROPN" for c in token.children)


def _object_ok(entry: Entry, obj: Token | None, index: MentionView, lexicon: Lexicon) -> bool:
    if entry.object == "body":
        return obj is not None and _body(args.content(obj, lexicon), index)
    if entry.object == "place":
        return obj is not None and _place(args.content(obj, lexicon), index, lexicon)
    if entry.object_lemmas:  # the listed lemma decides: "sent 200 troops" though troops are actors
        return obj is not None and args.content(obj, lexicon).lemma_.lower() in entry.object_lemmas
    if entry.object_types:  # "threatened air raids": an event noun of the lexicon's own types
        noun = args.content(obj, lexicon) if obj is not None else None
        return noun is not None and noun.pos_ == "NOUN" and any(
            e.type in entry.object_types and not e.verbs
            and (not e.modifiers or _has_modifier(noun, e.modifiers))
            for e in lexicon.lookup(noun.lemma_, "noun"))
    return entry.object == "any" \
        or object_class(obj, index, lexicon, entry.place_target) == entry.object


# Named places one takes: a facility's name ("the Panama Canal") is taken back by treaty as
# often as by force, and most facilities taken by force are named by a place noun ("airport").
_PLACE_LABELS = ("GPE", "LOC")


def _place(token: Token, index: MentionView, lexicon: Lexicon) -> bool:
    """A place one can take (`object: place`): a named place ("captured *Sudzha*", "seized
    *Damascus*") or a noun of place_nouns ("took the *settlement* of X", "seized swathes of
    *territory*"), never a person or a body ("captured the rebel commander" is an arrest)."""
    mention = index.resolved_at(token)
    if mention is not None and (mention.get("actor") or {}).get("kind") not in (None, "state"):
        return False
    return token.ent_type_ in _PLACE_LABELS or token.lemma_.lower() in lexicon.words("place_nouns")


def _verb_entry(verb: Token, entries: tuple[Entry, ...], index: MentionView,
                lexicon: Lexicon) -> Entry | None:
    """The most specific entry whose particle, preposition and object constraints hold."""
    particles = {c.lower_ for c in verb.children if c.dep_ in ("prt", "prep", "advmod")}
    naming = _names_its_object(verb)
    best: Entry | None = None
    for entry in entries:
        if naming and entry.object == "actor":
            continue
        if entry.prt and entry.prt not in particles:
            continue
        if entry.prep and args.prep_object(verb, entry.prep) is None \
                and not (entry.prep == "of" and args.out_of_object(verb) is not None) \
                and _object_prep(verb, entry) is None:
            continue
        if not _objects_ok(verb, entry, index, lexicon):
            continue
        if entry.complement and not _complement_ok(verb, entry, index, lexicon):
            continue
        if entry.predicate and not _predicate_ok(verb, entry):
            continue
        if _idle_deadline(verb, entry, lexicon):
            continue
        if best is None or _rank(entry) > _rank(best):
            best = entry
    return best


def _rank(entry: Entry) -> tuple[int, bool]:
    """Entries compare by how many constraints they set; between equals, one whose preposition
    the sentence holds wins over one that guessed its object's class: in "supplied drones to
    Russia" the "to" names the one supplied, where drones (a target noun, since drones are shot
    down) only looked like an actor."""
    return entry.specificity, entry.prep is not None


def _object_prep(verb: Token, entry: Entry) -> Token | None:
    """"fired 300 drones *at Ukraine*": the parser hangs the entry's preposition on the object
    the entry names (its object_lemmas: the weapon), not on the verb; its object is aimed at
    all the same. Only entries with object lemmas read it, so the object is the entry's own."""
    obj = args.direct_object(verb) if entry.prep and entry.object_lemmas else None
    return args.prep_object(obj, entry.prep) if obj is not None else None


def _complement_ok(verb: Token, entry: Entry, index: MentionView, lexicon: Lexicon) -> bool:
    """The complement the entry needs is there: an actor obliged to act ("said Chad *must*
    free them"), or an act of the subject's own in a "to V" clause ("vowed *to overhaul* ties
    with X"; "vowed that his forces would not withdraw" reports the clause's own act, which
    that clause codes)."""
    if entry.complement == "infinitive":
        return bool(to_verbs(verb))
    if entry.complement == "actor_to":
        return wanted_subject(verb, index) is not None
    return obliged_subject(verb, index, lexicon) is not None


def wanted_subject(verb: Token, index: MentionView) -> Token | None:
    """"wants *Japan* to end import controls": the known actor of a "Y to V" clause of the verb,
    other than its own subject, is the one asked. "wants to meet Putin" has no such clause, and
    "wanted a new coalition government to include all parties" names no one placed."""
    return next((s for c in verb.children if c.dep_ in ("ccomp", "xcomp") and infinitive(c)
                 for s in c.children if s.dep_ == "nsubj"
                 and _known((index.resolved_at(s) or {}).get("actor"))), None)


def _known(actor: dict | None) -> bool:
    return bool(actor and (actor.get("country") or actor.get("code")))


def to_verbs(verb: Token) -> list[Token]:
    """The verb's "to V" complements: "vowed *to overhaul* it", and, where a phrase stands
    between, the parser's adverbial clause ("vowed on Sunday *to overhaul* it")."""
    return [c for c in verb.children if c.dep_ in ("xcomp", "advcl") and infinitive(c)]


def _predicate_ok(verb: Token, entry: Entry) -> bool:
    """"found X guilty": the verb's small clause has one of the entry's predicates, affirmed
    ("found X not guilty" acquits: no accusation)."""
    clause = args.small_clause(verb, copular=True)
    return clause is not None and clause[0].lemma_.lower() in entry.predicate \
        and not any(negated(word) for word in clause) \
        and not _duty(clause[0])


def _duty(predicate: Token) -> bool:
    """"responsible for uncovering the fate of the missing": a task one is charged with (a
    verb after "for"), no blame for a deed ("responsible for the attack")."""
    return any(p.dep_ == "pcomp" and p.tag_ == "VBG"
               for prep in predicate.children if prep.dep_ == "prep" and prep.lower_ == "for"
               for p in prep.children)


def _objects_ok(verb: Token, entry: Entry, index: MentionView, lexicon: Lexicon) -> bool:
    """The entry's object constraints hold. With a preposition they test its object ("withdrew
    *from the treaty*"); object lemmas may also name the direct object, the prepositional
    phrase giving the recipient ("gave *equipment* to X", "contributed *$5 million* to X")."""
    if entry.object == "said":
        return _said_object(verb, index, lexicon)
    on_prep = entry.prep and (entry.object_lemmas or entry.object != "any")
    obj = args.prep_object(verb, entry.prep) if on_prep else args.direct_object(verb)
    if _object_ok(entry, obj, index, lexicon):
        return True
    direct = args.direct_object(verb)
    return bool(on_prep and entry.object_lemmas and direct is not None
                and _object_ok(entry, direct, index, lexicon))


def _body(token: Token, index: MentionView) -> bool:
    """An international organisation or alliance one can belong to ("withdrew from the EU",
    "left NATO"): a mention resolved to an IGO. Leaving one cuts ties (SANCTION), it is no
    military withdrawal."""
    mention = index.resolved_at(token)
    return mention is not None and (mention["actor"] or {}).get("kind") == "igo"


def obliged_subject(verb: Token, index: MentionView, lexicon: Lexicon) -> Token | None:
    """The actor a clause complement obliges to act: "said (that) *Chad* must free them",
    "told reporters *Chad* needs to act" (obligation_words and obligation_verbs of frames.yaml).
    A perfect ("must have known") judges the past and a thing subject ("the deal must be
    signed") asks no one: neither gives a subject."""
    for clause in (c for c in verb.children if c.dep_ == "ccomp"):
        auxes = [c.lower_ for c in clause.children if c.dep_ in ("aux", "auxpass")]
        obliged = any(a in lexicon.words("obligation_words") for a in auxes) or (
            modality.lemma(clause) in lexicon.words("obligation_verbs")
            and any(x.dep_ == "xcomp" and any(a.lower_ == "to" for a in x.children)
                    for x in clause.children))
        if not obliged or "have" in auxes or "'ve" in auxes:
            continue
        subject = clause_subject(clause)
        if subject is not None and subject.lower_ in ("it", "they") \
                and (told := args.direct_object(verb)) is not None \
                and object_class(told, index, lexicon) == "actor":
            return told  # "told the EU (that) it must take them back": the one told
        if subject is not None and object_class(subject, index, lexicon) == "actor" \
                and subject.tag_ not in ("WP", "WDT") \
                and subject.lower_ not in ("it", "there") \
                and not (subject.pos_ == "PRON" and subject.lower_ in _FIRST_PERSON):
            return subject  # "we need to talk to the Turks" obliges the speaker's side: no one asked
    return None


def _names_its_object(verb: Token) -> bool:
    """"called it the most dangerous moment", "call it executive time": an object with a
    predicate of its own is being named or judged, not acted on (no phone call, no attack)."""
    deps = {c.dep_ for c in verb.children}
    return "oprd" in deps and bool(deps & {"dobj", "obj"})


def _has_modifier(noun: Token, words: frozenset[str]) -> bool:
    """One of `words` modifies the noun, before it ("a *prisoner* exchange") or as the noun of
    its "of" phrase ("an exchange *of prisoners*")."""
    after = [p for prep in noun.children if prep.dep_ == "prep" and prep.lower_ == "of"
             for p in prep.children if p.dep_ == "pobj"]
    return any(t.lemma_.lower() in words or t.lower_ in words
               for t in [*(t for t in noun.subtree if t.i < noun.i), *after])


def _noun_entry(noun: Token, verb: Token | None, lexicon: Lexicon,
                explicit: bool = False) -> Entry | None:
    """The entry for an event noun, carried by `verb` (a light verb) or standing alone. A noun
    whose doer a phrase names (`explicit`: "the war *by Russia*", "deaths *at the hands of* X")
    stands alone under any of its entries, also those that otherwise need their verbs."""
    best: Entry | None = None
    entries = lexicon.lookup(noun.lemma_, "noun")
    asking = _asking(noun, entries, lexicon)
    for entry in entries:
        if asking is not None and (entry.type == "REQUEST") != asking:
            continue
        if entry.modifiers and not _has_modifier(noun, entry.modifiers):
            continue
        if verb is not None:
            lemma = verb.lemma_.lower()
            if entry.verbs and lemma not in entry.verbs:
                continue
            if not entry.verbs and lemma not in lexicon.words("light_verbs"):
                continue
        elif entry.verbs and not explicit:
            continue
        if best is None or _rank(entry) > _rank(best):
            best = entry
    return best


def _asking(noun: Token, entries: tuple[Entry, ...], lexicon: Lexicon) -> bool | None:
    """Is a request noun that also names another act ("call": a request or a phone call) a
    request here? It is when it says what is asked: "a call *for* a ceasefire", "a call *on*
    Israel", "his call *to end* the war", "a call *asking* the group to disband", "a demand
    *that* X leave"; "a call with Putin" is no request. None when the noun names one kind of
    act only, so nothing is chosen."""
    if noun.lemma_.lower() not in lexicon.words("request_nouns") \
            or len({e.type == "REQUEST" for e in entries}) < 2:
        return None
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in ("for", "on", "upon") and any(
                p.dep_ == "pobj" and p.ent_type_ not in TIME_ENTS for p in child.children):
            return True
        if child.dep_ in ("acl", "advcl", "relcl", "ccomp") and (infinitive(child) or any(
                m.dep_ == "mark" and m.lower_ == "that" for m in child.children)
                or (child.tag_ == "VBG" and any(
                    e.type == "REQUEST" for e in lexicon.lookup(child.lemma_, "verb")))):
            return True
    return False


def _opinion(verb: Token, entry: Entry) -> bool:
    """"agreed (that) the regime had a pattern of ...": agreeing with a clause is an opinion,
    not a commitment to act."""
    return entry.type == "AGREE" and any(c.dep_ == "ccomp" for c in verb.children)


def _question(verb: Token, entry: Entry) -> bool:
    """"asked if the rule would return", "asked whether Chad had agreed": asking a question is
    no request to anyone."""
    return entry.type == "REQUEST" and any(
        c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ in ("if", "whether")
                                  for m in c.children) for c in verb.children)


def _no_comment(verb: Token, entry: Entry, lexicon: Lexicon) -> bool:
    """"refused to comment", "declined to say": withholding words is no rejection of anyone.
    Words owed to a request are: "refused to respond to a request from X" rejects X."""
    return modality.lemma(verb) in lexicon.words("refuse_verbs") and any(
        c.dep_ == "xcomp" and modality.lemma(c) in lexicon.words("speech_verbs")
        and not _answers_request(c, lexicon) for c in verb.children)


def _answers_request(verb: Token, lexicon: Lexicon) -> bool:
    """"respond to a request", "reply to the demand": a prepositional object that is a request
    (request_nouns of frames.yaml)."""
    return any(args.content(p, lexicon).lemma_.lower() in lexicon.words("request_nouns")
               for c in verb.children if c.dep_ == "prep"
               for p in c.children if p.dep_ == "pobj")


def _with_particle(verb: Token, entry: Entry) -> list[Token]:
    parts = [verb]
    for child in verb.children:
        if (entry.prt and child.lower_ == entry.prt) or (entry.prep and child.lower_ == entry.prep
                                                         and child.i == verb.i + 1):
            parts.append(child)
    return sorted(parts, key=lambda t: t.i)


def _fill(cand: Candidate, subject: Token | None, recipients: list[Token], index: MentionView,
          lexicon: Lexicon, places: list[Token] | None = None) -> Candidate:
    if subject is not None:
        cand.actor_tokens = [subject]
        cand.actors = args.mentions_of(subject, index, lexicon, modifiers=False)
        if not cand.actors and (author := _attack_author(subject, lexicon)) is not None:
            cand.actors = args.mentions_of(author, index, lexicon, modifiers=False)
    obj = args.direct_object(cand.anchor) if cand.anchor.pos_ == "VERB" else None
    own = {_actor_key(m) for m in cand.actors} - {None}
    # "fighting it out with X": the "it" of an idiom with "out" is no one
    recipients = [t for t in recipients if not (t.lower_ == "it" and t.dep_ == "dobj" and any(
        c.dep_ == "prt" and c.lower_ == "out" for c in t.head.children))]
    if cand.entry.type in _RECIPROCAL:  # "agreed to share information on North Korea"
        recipients = [p for t in recipients for p in _parties(t, lexicon)]
    patients: list[list[Mention]] = []  # people an event was done to, asked about (below)
    answered = False  # a recipient phrase names an event a request or accusation is about
    for tok in recipients:
        found = [m for m in (_placed_name(m, tok, cand.entry)
                             for m in args.mentions_of(tok, index, lexicon, modifiers=True))
                 if not own_force(m, cand, lexicon) and _actor_key(m) not in own]
        event = _answered_event(tok, cand, lexicon)
        answered = answered or event is not None
        if not found and event is not None and (doer := args.clause_doer(event)) is not None:
            found = [m for m in args.mentions_of(doer, index, lexicon, modifiers=False)
                     if _actor_key(m) not in own]
        cand.recipient_tokens.append(tok)
        if found:
            cand.options.append(found)
            if event is not None and _anonymous(found):
                patients.append(found)
        elif obj is not None and tok.i == obj.i and object_class(tok, index, lexicon) == "actor" \
                and not cand.entry.object_lemmas and cand.entry.object != "thing":
            break  # the one acted on is named but unknown: no later phrase stands in for it
    # "the release of [the hostages] held by X": the people may be no mention at all (what is
    # handed over is no party, actors/things.py); the event noun still names who must act
    if (cand.options or answered) and all(_anonymous(pool) for pool in cand.options):
        _answerable(cand, index, lexicon)
    # "called for the release of prisoners", "protested the arrest of two booksellers": the
    # people an event was done to, named for no country, are not the ones asked or accused
    cand.options = [pool for pool in cand.options if not any(pool is p for p in patients)]
    if all(_anonymous(pool) for pool in cand.options):
        # "killed 48 people in Afghanistan": unnamed victims put in no country are Afghanistan's
        groups = [m for pool in cand.options for m in pool if _armed_group(m)]
        first = cand.options[0] if cand.options else None
        _place_target(cand, places, index, lexicon)
        if groups and cand.options and cand.options[0] is not first \
                and _states_only(cand.options[0]):  # the place came first: it names the state
            cand.options[0] = [_placed_group(groups[0], m) for m in cand.options[0]]
        _own_people(cand, places or [])
    cand.recipients = cand.options[0] if cand.options else []
    cand.mutual = not cand.options and _mutual(cand, subject, index, lexicon)
    return cand


def _shared_victims(cand: Candidate, verb: Token, index: MentionView,
                    lexicon: Lexicon) -> None:
    """"killed 28 people and wounded 25", "killing nine civilians and injuring 30 more": a bare
    count struck by a verb that follows another of the same doer is of the side the first
    verb's object names (or the place it was aimed at), when its own phrases name no one."""
    own = {_actor_key(m) for m in cand.actors} - {None}
    for tok in args.governing_targets(verb):
        found = [m for m in args.mentions_of(tok, index, lexicon, modifiers=True)
                 if _actor_key(m) not in own]
        if found:
            cand.recipient_tokens.append(tok)
            cand.options.append(found)
            cand.recipients = found
            cand.mutual = False
            return


def _placed_name(mention: Mention, phrase: Token, entry: Entry) -> Mention:
    """"struck Kharkiv", "arrived in Jeddah": a name the knowledge base does not know (the small
    model may even tag a city as a person) that the places stage resolved to a place stands for
    the state it lies in, where the act is aimed at a place (its frame's place_target, or a
    phrase after "to", "in" ...), as an attack on a place is one on its country. Any other
    mention is itself: "the condemnation of Golan" is of the man, not the heights."""
    actor = mention.get("actor") or {}
    if actor.get("id") or actor.get("code") or actor.get("country") \
            or mention.get("label") in ("NOUN", "PRON"):
        return mention
    if not entry.place_target and not (phrase.dep_ == "pobj"
                                       and phrase.head.lower_ in args.PLACE_PREPS):
        return mention
    return setting.place_country(phrase.doc[mention["head"]]) or mention


def _mutual(cand: Candidate, subject: Token | None, index: MentionView, lexicon: Lexicon) -> bool:
    """"Egypt and Jordan met", "talks between India and Pakistan": a mutual act of two sides,
    with no other party named among its recipient phrases (a phrase that names the actors
    themselves, as "between X and Y" does, is none)."""
    own = {t.i for t in subject.subtree} if subject is not None else set()
    other = any(t.i not in own and (t.pos_ == "PROPN" or index.mention_at(
        args.content(t, lexicon)) is not None) for t in cand.recipient_tokens)
    word = cand.noun if cand.noun is not None else cand.anchor
    # "traded fire", "exchanged accusations": a noun carried by a mutual verb is done both ways
    carried = cand.noun is not None and cand.anchor is not cand.noun \
        and mutual.word(cand.anchor.lemma_, lexicon)
    lemma = "mutual" if mutual.marked(word, lexicon) or carried \
        or mutual.reciprocal(cand.recipient_tokens) else word.lemma_
    return mutual.is_mutual(lemma, cand.entry.mode, cand.actors, other, lexicon)


def _attack_author(token: Token, lexicon: Lexicon) -> Token | None:
    """"launched an attack *that* killed dozens of soldiers": an attack acts for its author,
    named by its own phrase or as the subject of the verb that carries it (a light verb:
    "launched", "carried out"); an attack condemned or reported is not the reporter's."""
    noun = args.content(token, lexicon)
    if noun.lemma_.lower() not in lexicon.words("attack_nouns"):
        return None
    own = next((c for c in noun.children if c.dep_ == "poss"), None) or args.explicit_agent(noun)
    if own is not None:
        return own
    if noun.dep_ == "dobj" and _noun_entry(noun, noun.head, lexicon) is not None:
        return args.subject_token(noun.head)[0]
    return None


def _answered_event(token: Token, cand: Candidate, lexicon: Lexicon) -> Token | None:
    """"a visit that Poland condemned", "called for the release of prisoners": the event noun
    a request, accusation or protest (answerable_types) is about, which is aimed at the one who
    did it (or must do it), not at those it was done to; None for any other phrase."""
    if cand.entry.type.lower() not in lexicon.words("answerable_types"):
        return None
    noun = args.content(token, lexicon)
    if noun.pos_ != "NOUN" or not lexicon.lookup(noun.lemma_, "noun") or noun.i == cand.anchor.i \
            or (cand.noun is not None and noun.i == cand.noun.i):
        return None
    return noun


def _answerable(cand: Candidate, index: MentionView, lexicon: Lexicon) -> None:
    """"called for the release of the hostages held by Hamas", "condemned the detention of
    activists by Iran": a request, accusation or protest (answerable_types of frames.yaml) whose
    recipient phrases name only people put in no country is aimed at the one who holds or acted
    on them, named as the doer inside the phrase. A phrase that names no one ("implementing the
    plan endorsed by X") asks no one: X backed a plan, it holds no one."""
    if cand.entry.type.lower() not in lexicon.words("answerable_types"):
        return
    own = {_actor_key(m) for m in cand.actors} - {None}
    for tok in cand.recipient_tokens:
        found = [m for m in args.agents_within(tok, index)
                 if _actor_key(m) not in own and not _anonymous([m])]
        if found:
            cand.options.insert(0, found)
            return


def _parties(token: Token, lexicon: Lexicon) -> list[Token]:
    """A recipient phrase of a meeting or an agreement, less its topic: the object of "on",
    "about" or "over" ("talks on Syria", "agreed on a truce") and of a verb of topic_verbs
    ("discussed Syria") is what it is about, not a party to it; a party named inside the topic
    stays ("agreed on a deal *with the IAEA*")."""
    topic = (token.dep_ == "pobj" and token.head.lower_ in _TOPIC_PREPS) or (
        token.dep_ == "dobj" and modality.lemma(token.head) in lexicon.words("topic_verbs"))
    if not topic:
        return [token]
    return [p for prep in token.children if prep.dep_ == "prep"
            and prep.lower_ in ("with", "between") for p in prep.children if p.dep_ == "pobj"]


def _actor_key(mention: dict) -> str | None:
    """The actor a mention names: "ceased *its* operations in X" names the actor itself, which
    is never its own recipient, so the place or party after it is read instead."""
    actor = mention.get("actor") or {}
    return actor.get("id") or actor.get("name")


def _armed_group(mention: dict) -> bool:
    return (mention.get("actor") or {}).get("sector") == "REB"


def _states_only(pool: list[dict]) -> bool:
    return all((m.get("actor") or {}).get("kind") == "state"
               and (m.get("actor") or {}).get("sector") == "GOV" for m in pool)


def _placed_group(group: dict, place: dict) -> dict:
    """"killed ten militants in Afghanistan", "attacked Kurdish fighters in northern Syria":
    an armed group put in no state, fought where a state is named, is that state's armed
    opposition, not the state (which the place alone would make it)."""
    return {**group, "actor": placed_opposition(place["actor"], group["actor"])}


_HANDS_ON = ("ASSAULT", "COERCE")
_POLICING = ("COP",)  # police act at home: "Kenyan police arrested 40 protesters"


def _own_people(cand: Candidate, places: list[Token]) -> None:
    """"Kenyan police arrested 40 protesters", "a junta air strike killed 28 people in Rakhine
    state": people put in no country, arrested or attacked by one state's organs where that
    state is the place named (or by its police, who act at home), are that state's people
    (victims of a state take its code). Anyone else stays as named: "Israeli forces detained
    20 people" names no place, and soldiers or fighters are no one's civilians."""
    if cand.entry.type not in _HANDS_ON or not cand.options:
        return
    pool = cand.options[0]
    doc = cand.anchor.doc
    if any(m.get("label") != "NOUN" or (m.get("actor") or {}).get("sector") not in RESIDENTS
           for m in pool):
        return
    organs = [m.get("actor") or {} for m in cand.actors]
    home = {a.get("country") for a in organs}
    if not organs or len(home) != 1 or any(a.get("kind") != "state"
                                           or a.get("sector") not in STATE_ORGANS
                                           for a in organs):
        return
    country = kb.load().countries.get(home.pop() or "")
    if country is None:
        return
    # a place the places stage resolved, not an actor named in the phrase ("resumed *its*
    # offensive, killing 400 people" names the attacker, not where the people were)
    at_home = any((found := setting.place_country(t)) is not None
                  and found["actor"].get("country") == country.iso3 for t in places)
    if not at_home and not all(a.get("sector") in _POLICING for a in organs):
        return
    cand.options[0] = [{**m, "actor": organ(country, m["text"], m["actor"]["sector"],
                                            doc[m["head"]].lemma_.lower())} for m in pool]


def _anonymous(pool: list[dict]) -> bool:
    """Common nouns put in no country ("48 people", "civilians"), nothing named or placed."""
    return all(m.get("label") in ("NOUN", "PRON") and not (m.get("actor") or {}).get("country")
               and not (m.get("actor") or {}).get("code") for m in pool)


def own_force(mention: dict, cand: Candidate, lexicon: Lexicon) -> bool:
    """"withdrew its troops from X", "mobilised the army against X", "sent troops to X": forces
    no one is named for (no country: "troops", "its soldiers", "the army") are the actor's own
    instrument, not the recipient of a withdrawal, mobilisation or aid (force_nouns of
    frames.yaml). "attacked Armenian troops" names whose troops they are and keeps them. Forces
    of the actor's own state are its instrument too: "pledged to focus the military on the
    border" (the US military, for a US actor) promises nothing to the military; an armed group
    of that country ("failed to supply Wagner troops") is no organ of its state and stays."""
    actor = mention.get("actor") or {}
    head = cand.anchor.doc[mention["head"]].lemma_.lower()
    if cand.entry.type not in _MOVERS or head not in lexicon.words("force_nouns"):
        return False
    own = {(m.get("actor") or {}).get("country") for m in cand.actors} - {None}
    return (not actor.get("country") and not actor.get("code")) \
        or (actor.get("kind") == "state" and actor.get("country") in own)


def _place_target(cand: Candidate, places: list[Token] | None, index: MentionView,
                  lexicon: Lexicon) -> None:
    """No one named is acted on: a country the act is aimed at stands for its target (PLOVER
    codes an attack on a place as one on that place's country). A state named there counts,
    and, for frames that aim at places (`places` given), the country of a resolved place the
    act is aimed at or done to ("imposed a curfew in Bangkok", "took over Kirkuk" -> Thailand,
    Iraq). A state's own organs acting in their own country aim at no state ("the Sudanese army
    seized control of the palace in Khartoum"), though that place stays the phrase the act is
    aimed at ("imposed a curfew in parts of Kashmir": the recipient phrase, no recipient);
    "in parliament" is no place and never becomes a recipient, nor is an attack the act
    happened in ("killed in Israeli strikes": Israel struck, it was not struck)."""
    attacks = lexicon.words("attack_nouns")
    places = [t for t in places if t.lemma_.lower() not in attacks] if places else places
    home = {(m.get("actor") or {}).get("country") for m in cand.actors
            if (m.get("actor") or {}).get("sector") in STATE_ORGANS}
    at_home: Token | None = None  # the first place aimed at that is the actor's own state
    for tok in places or []:
        states = _states(tok, index, lexicon)
        if found := [m for m in states if (m["actor"] or {}).get("code") not in home]:
            cand.recipient_tokens.append(tok)
            cand.options.insert(0, found)
            return
        at_home = at_home or (tok if states else None)
    if places is None and cand.noun is not None:
        # "sent weapons to Kyiv", "a visit to Tehran": the place a noun event is brought to
        places = [t for t in cand.recipient_tokens if t.dep_ == "pobj" and t.head.lower_ == "to"
                  and t.head.dep_ in ("prep", "dative")]
    if places is None:
        return
    for tok in [t for t in cand.recipient_tokens if not index.mention_at(t)] + places:
        found = setting.place_country(tok)
        if found is not None and (found["actor"] or {}).get("code") not in home:
            cand.recipient_tokens.append(tok)
            cand.options.insert(0, [found])
            return
        at_home = at_home or (tok if found is not None and tok in places else None)
    if at_home is not None and at_home not in cand.recipient_tokens:
        cand.recipient_tokens.append(at_home)


def verb_candidate(verb: Token, index: MentionView, lexicon: Lexicon) -> Candidate | None:
    """A verb trigger, or a light verb carrying an event noun as its object."""
    if (suffered := suffered_event(verb, index, lexicon)) is not None:
        return suffered
    if (blamed := harm_reported(verb, index, lexicon)) is not None:
        return blamed
    obj = args.direct_object(verb)
    obj = args.content(obj, lexicon) if obj is not None else None
    if obj is not None and not is_passive(verb) and obj.pos_ == "NOUN":
        given = converse.given_noun(obj, verb)  # "received $5bn in aid": the aid
        if (found := converse_event(given, verb, index, lexicon)) is not None:
            return found
        noun_entry = _noun_entry(obj, verb, lexicon)
        if noun_entry is not None:
            return noun_event(obj, verb, noun_entry, index, lexicon)
    entries = lexicon.lookup(verb.lemma_, "verb")
    entry = _verb_entry(verb, entries, index, lexicon) if entries else None
    if entry is None:
        return passive_noun_event(verb, index, lexicon)
    if _opinion(verb, entry) or _no_comment(verb, entry, lexicon) or _question(verb, entry):
        return None
    subject, inherited = args.subject_token(verb, lexicon.words("statement_nouns"))
    if (given := _given_deadline(verb, lexicon)) is not None:
        subject, inherited = given, True
    if subject is None and (owner := _intender(verb, index, lexicon)) is not None:
        subject, inherited = owner, True
    if subject is None and verb.tag_ == "VBG" and mutual.word(verb.lemma_, lexicon):
        subject = mutual.between(verb, entry.mode)  # "fighting between X and Y continued"
    cand = Candidate(entry, verb, _with_particle(verb, entry), inherited=inherited)
    recipients = args.recipient_tokens(verb, lexicon, entry.prep)
    if args.prep_object(verb, entry.prep or "") is None \
            and (aimed := _object_prep(verb, entry)) is not None:
        recipients.insert(0, aimed)
    if entry.predicate and (clause := args.small_clause(verb, copular=True)):
        # "held Manila responsible": the parser may hang the one judged on the verb instead
        recipients = [t for t in [clause_subject(clause[1]) or args.direct_object(verb)]
                      if t is not None]
    if entry.complement == "obligation":  # the one obliged is asked ("told Norway Chad must")
        recipients = [obliged_subject(verb, index, lexicon)]
    if entry.complement == "actor_to":  # "wants Japan to end import controls" asks Japan
        recipients = [wanted_subject(verb, index)]
    for child in verb.children:  # "agreed to open its borders to X": X is the recipient
        if child.dep_ == "xcomp" and child.pos_ == "VERB" and entry.type != "CONSULT":
            # "discussed punishing Russia" consults no Russia
            recipients += args.recipient_tokens(child, lexicon, None)
        if child.dep_ == "ccomp" and entry.type == "REQUEST" and not entry.complement:
            # "demanded that Turkey do more"
            recipients += [c for c in child.children if c.dep_ == "nsubj"]
    if entry.mode == _MEDIATING:  # "in a deal mediated by X": X consults both sides
        recipients = args.mediated_sides(verb) + recipients
    recipients += args.meeting_purpose(verb, lexicon)
    places = args.place_tokens(verb, recipients) + args.governing_targets(verb) \
        if entry.place_target else None
    cand = _fill(cand, subject, recipients, index, lexicon, places)
    if entry.place_target and not cand.options:
        _shared_victims(cand, verb, index, lexicon)
    # "vowed to fight on", "vowed to overhaul its asylum system": a vow aimed at no one of
    # another side is no promise to anyone (measured on the news suite's check split: such
    # vows matched no gold event); an event it promises is coded as planned
    if entry.complement in ("infinitive", "actor_to") and not _other_side(cand):
        return None  # "Russia wants its troops to stay" asks no one
    # "reported 70 people *killed* in Israeli strikes": a participle on its victims is a passive
    cand.agentless = subject is None and (is_passive(verb) or args.reduced_passive(verb))
    # "migrants *deported* from the US last week" as "were deported": a reduced passive likewise,
    # where it has a time of its own; "Palestinians *jailed* in Israel" tells a standing
    if cand.agentless and modality.lemma(verb) in lexicon.words("state_acts"):
        if args.reduced_passive(verb) and not _dated(verb):
            cand.agentless = False
            return cand
        _state_of_place(cand, verb, index, lexicon)
        if not cand.actors:
            _reporting_organ(cand, verb, index, lexicon)
    return cand


def _dated(verb: Token) -> bool:
    """Does the clause say when it happened ("deported *last week*", "detained *on Friday*")?"""
    return any(t.ent_type_ in TIME_ENTS for t in verb.subtree if t.i != verb.i)


def passive_noun_event(verb: Token, index: MentionView, lexicon: Lexicon) -> Candidate | None:
    """"The offensive was launched by Russia", "a call for calm was issued by Egypt": a light
    verb in the passive carries its event noun as its subject, and its by-agent did it. Only
    where the verb is no trigger of its own ("sanctions were imposed on X by Y" is one)."""
    agent = args.prep_object(verb, "by") if is_passive(verb) else None
    noun = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if agent is None or noun is None:
        return None
    noun = args.content(noun, lexicon)
    entry = _noun_entry(noun, verb, lexicon) if noun.pos_ == "NOUN" else None
    if entry is None:
        return None
    recipients = args.recipient_tokens(noun, lexicon, entry.prep) + [
        t for t in args.recipient_tokens(verb, lexicon, None) if t.i not in (agent.i, noun.i)]
    if entry.type == "REQUEST":
        recipients += _asked_of(noun)
    cand = Candidate(entry, verb, [verb, noun], noun=noun)
    places = args.place_tokens(noun, recipients + [verb]) if entry.place_target else None
    return _fill(cand, agent, recipients, index, lexicon, places)


def _other_side(cand: Candidate) -> bool:
    """Someone of another side than the actor's is among the recipients: "vowed to overhaul
    ties *with China*" (not "vowed to stand by *the police*", the actor's own)."""
    def side(mention: dict) -> str | None:
        actor = mention.get("actor") or {}
        return actor.get("country") or actor.get("code") or actor.get("name")
    own = {side(m) for m in cand.actors}
    return any(side(m) is not None and side(m) not in own for pool in cand.options for m in pool)


def _reporting_organ(cand: Candidate, verb: Token, index: MentionView, lexicon: Lexicon) -> None:
    """"Seven men were arrested outside the embassy, *police said*", "two suspects were
    deported, the interior ministry announced": a state act in the passive with no one named
    doing it, reported by one of the state's organs (police, a ministry, the army, a court), is
    that organ's act where it is one it makes (`_organ_did_it`); who else reports it ("a rights
    group said") is no doer, and an organ that did not is only the reporter (the doer is then
    found as for any agentless event, agentless.py, or stays unsaid)."""
    speech = verb.head
    if verb.dep_ != "ccomp" or modality.lemma(speech) not in lexicon.words("speech_verbs"):
        return
    subject = clause_subject(speech)
    mention = index.resolved_at(subject) if subject is not None else None
    if mention is not None and (mention.get("actor") or {}).get("sector") in STATE_ORGANS \
            and _organ_did_it(mention.get("actor") or {}, cand, lexicon):
        cand.actors, cand.actor_tokens = [mention], [subject]


def _organ_did_it(organ: dict, cand: Candidate, lexicon: Lexicon) -> bool:
    """Is the reporting organ the doer? Police, the army, courts and spies report their own
    arrests and sentences (enforcing_organs of frames.yaml); a government or its ministry
    reports those of others as often as its own, so it did it only where the victims are of
    another country ("two Afghans were deported, Pakistan's interior ministry said"). No organ
    did it to its own state's people: "New Delhi's foreign ministry said the Indian fishermen
    were arrested" reports another state's arrest (who made it stays unsaid)."""
    own = organ.get("country")
    victims = {(m.get("actor") or {}).get("country") for pool in cand.options for m in pool} \
        - {None}
    if own is not None and own in victims:
        return False
    return (organ.get("sector") or "").lower() in lexicon.words("enforcing_organs") \
        or bool(victims - {own})


def _intender(verb: Token, index: MentionView, lexicon: Lexicon) -> Token | None:
    """"Trump's *decision to withdraw* troops", "the US plan to impose tariffs", "a bid by X to
    seize Y": the "to V" of an intent noun (intent_nouns of frames.yaml) is done by the noun's
    owner, its possessive, "by" agent or actor modifier."""
    noun = verb.head
    if verb.dep_ != "acl" or not infinitive(verb) or noun.pos_ != "NOUN" \
            or noun.lemma_.lower() not in lexicon.words("intent_nouns"):
        return None
    owner = next((c for c in noun.children if c.dep_ == "poss"), None) \
        or args.explicit_agent(noun)
    if owner is not None:
        return owner
    return next((c for c in noun.children if c.dep_ in _NAMING and index.resolved_at(c)), None)


def deadline_target(verb: Token, lexicon: Lexicon) -> Token | None:
    """"gave *Moscow* until Friday to reach a ceasefire", "gave *Hamas* 48 hours to release the
    hostages": a deadline given (deadline_verbs and deadline_nouns of frames.yaml) for an act in
    a "to V" clause: the one given it, who is asked to do the act. None without the act or the
    deadline ("gave the envoy a warm welcome")."""
    if modality.lemma(verb) not in lexicon.words("deadline_verbs") or not any(
            c.dep_ in ("advcl", "xcomp") and infinitive(c) for c in verb.children):
        return None
    obj = args.direct_object(verb)
    if obj is not None and any(c.dep_ == "prep" and c.lower_ == "until" for c in verb.children):
        return obj
    if obj is not None and obj.lemma_.lower() in lexicon.words("deadline_nouns"):
        return args.dative(verb)
    return None


def _given_deadline(verb: Token, lexicon: Lexicon) -> Token | None:
    """"gave Hamas 48 hours *to release* them": the act a deadline is given for is to be done by
    the one given it, not by the giver."""
    if verb.dep_ in ("advcl", "xcomp") and infinitive(verb):
        return deadline_target(verb.head, lexicon)
    return None


def _idle_deadline(verb: Token, entry: Entry, lexicon: Lexicon) -> bool:
    """A REQUEST entry of a deadline verb with no deadline given for an act ("gave him two days
    off", "gave Kyiv $1bn"): no demand, so other entries of the verb may match."""
    return entry.type == "REQUEST" and modality.lemma(verb) in lexicon.words("deadline_verbs") \
        and deadline_target(verb, lexicon) is None


def _state_of_place(cand: Candidate, verb: Token, index: MentionView, lexicon: Lexicon) -> None:
    """"X was arrested in Niger", "two inspectors were expelled from North Korea", "migrants
    deported from the US last week": an act only a state's organs do (state_acts of
    frames.yaml), in the passive (full, or reduced with a time of its own) with no one named
    doing it, is the act of the state where it was done."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("in", "from"):
            continue
        for tok in (p for p in prep.children if p.dep_ == "pobj"):
            found = _states(tok, index, lexicon)
            place = found[0] if found else setting.place_country(tok)
            if place is not None:
                cand.actors, cand.actor_tokens = [place], [tok]
                return


def _states(token: Token, index: MentionView, lexicon: Lexicon) -> list[Mention]:
    """The mentions of states the phrase at `token` names ("in *Niger*", "on *Syria*")."""
    return [m for m in args.mentions_of(token, index, lexicon, modifiers=False)
            if (m["actor"] or {}).get("kind") == "state"]


def noun_event(noun: Token, verb: Token | None, entry: Entry, index: MentionView,
               lexicon: Lexicon) -> Candidate:
    """A noun event: actor from the light verb's subject, else the possessive or by-agent."""
    recipients = args.recipient_tokens(noun, lexicon, entry.prep) + args.aims_past_agent(noun)
    if verb is not None:
        subject, inherited = args.subject_token(verb)
        if (given := _given_deadline(verb, lexicon)) is not None:  # "until Friday to reach a deal"
            subject, inherited = given, True
        if subject is None and args.reduced_passive(verb):  # "US sanctions imposed over X"
            subject = _aimed_doer(noun, index)
        # "offered the US a number of concessions": the noun may sit past a container noun
        carried = args.direct_object(verb)
        recipients += [t for t in args.recipient_tokens(verb, lexicon, None)
                       if t.i != carried.i] \
            if carried is not None and args.content(carried, lexicon) == noun else []
        if (given := args.fused_dative(verb, noun, lexicon)) is not None:
            recipients.insert(0, given)  # "sent Belarus weapons": Belarus is given them
        # the light verb's subject acts, so the noun's possessor is acted on: "ordered the
        # tanker's release", "demanded Assad's resignation"; the possessor of a request is the
        # one who made it ("pressed Trump's demand"), no one asked
        if not (entry.type == "REQUEST" and noun.lemma_.lower() in lexicon.words("request_nouns")):
            recipients += [c for c in noun.children if c.dep_ == "poss"
                           and c.lower_ not in POSSESSIVE_PRONOUNS]
        if entry.type == "CONSULT":  # "opened a G20 ministers' meeting", "attended a NATO summit"
            # (a word of the noun's own mention names no one met: "sent a *junior* delegation")
            own = index.mention_at(noun)
            recipients += [t for t in noun.subtree if t.i < noun.i and t.dep_ in _NAMING
                           and index.resolved_at(t) is not None
                           and (own is None or index.mention_at(t) is not own)]
        recipients += args.meeting_purpose(verb, lexicon)
        trigger = [verb, noun]
        anchor = verb
    else:
        subject, inherited = _noun_agent(noun, index, entry, lexicon), False
        trigger, anchor = [noun], noun
        if (answerer := _answerer(noun, index, lexicon)) is not None:
            recipients.insert(0, answerer)
        if entry.type == "REQUEST":  # "demands for curbs *on Iran*": the one the thing is on
            recipients += _asked_of(noun)
        if (repeller := _repeller(noun, lexicon)) is not None and not recipients:
            recipients = [repeller]  # "X repelled an Iranian attack": the attack was on X
        sides = mutual.between(noun, entry.mode)
        if subject is not None and sides is not None and sides.i == subject.i:
            recipients = []  # "the exchange of 150 prisoners between X and Y": the sides only
    if entry.type == "REQUEST":  # "reiterated its demand that the US ease sanctions"
        recipients += args.clause_subjects(noun, ("that",))
    recipients = [t for t in recipients if t.i != noun.i]
    cand = Candidate(entry, anchor, trigger, inherited=inherited, noun=noun)
    owners = recipients + ([verb] if verb is not None else [])
    places = args.place_tokens(noun, owners) if entry.place_target else None
    return _fill(cand, subject, recipients, index, lexicon, places)


def _repeller(noun: Token, lexicon: Lexicon) -> Token | None:
    """The subject of a verb of repel_verbs (frames.yaml) whose object the event noun is: "Iraq
    said its troops repelled an overnight Iranian attack" (its troops were attacked)."""
    verb = noun.head
    if noun.dep_ != "dobj" or modality.lemma(verb) not in lexicon.words("repel_verbs"):
        return None
    return args.subject_token(verb)[0]


def converse_event(noun: Token, verb: Token, index: MentionView, lexicon: Lexicon,
                   subject: Token | None = None) -> Candidate | None:
    """"Iran faces criticism from the UN", "Kyiv received military aid from Berlin": a verb of
    converse_verbs takes the event noun from its giver, who is the actor ("from X", on the noun
    or the verb); the verb's subject is the recipient. Without a giver named there is no event
    here ("the plan received support"): the noun alone says nothing of who acted. `subject`
    is given where the parse fused the clause into one noun phrase (converse.fused)."""
    if subject is None and modality.lemma(verb) not in lexicon.words("converse_verbs"):
        return None
    entry = _noun_entry(noun, None, lexicon) or next(
        (e for e in lexicon.lookup(noun.lemma_, "noun") if not e.modifiers
         or _has_modifier(noun, e.modifiers)), None)
    giver = converse.giver(noun, verb, entry, index, lexicon) if entry is not None else None
    if giver is None or entry is None:
        return None
    subject, inherited = (subject, False) if subject is not None else args.subject_token(verb)
    cand = Candidate(entry, verb, [verb, noun], inherited=inherited, noun=noun)
    cand = _fill(cand, giver, [subject] if subject is not None else [], index, lexicon)
    # a giver named only beside the noun ("won *Washington's* support", "drew *Israeli*
    # strikes") makes the clause converse only where the subject is someone it was given to
    if not cand.options and not (giver.dep_ == "pobj" and giver.head.lower_ == "from"):
        return None
    return cand


def harm_reported(speech: Token, index: MentionView, lexicon: Lexicon) -> Candidate | None:
    """"Poland says US sanctions have cost its economy $15bn": the speaker blames the side whose
    act did the harm (events/harm.py), where the two are of different sides."""
    found = harm.reported_harm(speech, index, lexicon)
    entry = harm.blame(lexicon) if found is not None else None
    if found is None or entry is None:
        return None
    speaker = args.subject_token(speech, lexicon.words("statement_nouns"))[0]
    if speaker is None:
        return None
    cand = _fill(Candidate(entry, speech, [speech, found[0]]), speaker, [found[1]], index,
                 lexicon)
    return cand if _other_side(cand) else None


def suffered_event(verb: Token, index: MentionView, lexicon: Lexicon) -> Candidate | None:
    """"The base came under attack", "the city is under fire from X": a verb of under_verbs
    (frames.yaml) with an event noun after "under" is that event done to its subject. The doer
    is the "from" or "by" phrase of the noun or the verb ("came under bombardment *by Moscow*",
    the parse hangs it on either), or the author in front of the noun ("remains under *Israeli*
    attack"); without one the clause names none (agentless.py may find it in the text)."""
    if modality.lemma(verb) not in lexicon.words("under_verbs"):
        return None
    noun = args.prep_object(verb, "under")
    if noun is None or noun.pos_ != "NOUN":
        return None
    entry = _noun_entry(noun, None, lexicon, explicit=True)
    if entry is None:
        return None
    doer = args.prep_object(noun, "from") or args.explicit_agent(noun) \
        or args.prep_object(verb, "from") or args.prep_object(verb, "by")
    if doer is None and args.mentions_of(noun, index, lexicon, modifiers=False):
        doer = noun  # "remains under *Israeli* attack": the author in front of the noun
    subject, inherited = args.subject_token(verb)
    if converse.figurative_fire(verb, noun, subject, lexicon):  # "under fire over his remarks"
        entry = converse.criticism(lexicon) or entry
    under = noun.head
    cand = Candidate(entry, verb, [verb, under, noun], inherited=inherited, noun=noun)
    cand = _fill(cand, doer, [subject] if subject is not None else [], index, lexicon)
    cand.agentless = doer is None
    return cand


_AIMED = ("on", "against", "of", "into", "upon", "toward", "towards")


def _noun_agent(noun: Token, index: MentionView, entry: Entry | None,
                lexicon: Lexicon) -> Token | None:
    """Who did what an event noun names: its possessive ("Azerbaijan's assault"), its "by"
    agent, the sides "between" which a mutual act is ("talks between India and Pakistan"), or
    an actor modifying a noun aimed at someone ("Russian strikes on Aleppo", "a Saudi-led strike
    on a school bus", "US sanctions against Iran"). Without the aim a modifier may be the target
    ("the Iraq invasion"), so it is not read."""
    for child in noun.children:  # "Tuesday's call between X and Y": when, not who
        if child.dep_ == "poss" and not (child.ent_type_ in TIME_ENTS
                                         and _sides(noun, lexicon)):
            return child
    if (agent := args.explicit_agent(noun) or _owner(noun, index, lexicon)) is not None:
        return agent
    if mutual.word(noun.lemma_, lexicon) and (
            sides := mutual.between(noun, entry.mode if entry else None)) is not None:
        return sides
    if (host := _meeting_host(noun, entry, lexicon)) is not None:
        return host
    return _aimed_modifier(noun, index, _AIMED, aimed=_repeller(noun, lexicon) is not None)


def _aimed_modifier(noun: Token, index: MentionView, aims: tuple[str, ...],
                    aimed: bool = False) -> Token | None:
    """The actor modifying an event noun aimed at someone by one of `aims` ("*Russian* strikes
    on Aleppo", "a *Saudi-led* strike on a bus"), or `aimed` by its clause ("repelled an
    *Iranian* attack"); without the aim a modifier may be the target ("the Iraq invasion"), so
    it is not read."""
    if not aimed and not any(c.dep_ == "prep" and c.lower_ in aims
                             and any(p.dep_ == "pobj" for p in c.children)
                             for c in noun.children):
        return None
    for child in noun.children:
        if (leader := args.leader_of(child, index)) is not None:
            return leader
        if child.dep_ in ("amod", "compound", "nmod", "npadvmod") and index.resolved_at(child):
            return child
    return None


_SETTING_PREPS = ("in", "during", "at", "after", "following", "on", "for")
_STATE_VERBS = ("be", "remain", "stay")  # "are *in talks*": the subject is in the meeting


def _meeting_host(noun: Token, entry: Entry | None, lexicon: Lexicon) -> Token | None:
    """"*In a phone call with* Pashinyan, Pezeshkian warned ...", "*after talks with* von der
    Leyen, Trump said ...": a meeting with someone named, set as the adjunct of a clause, is
    held by that clause's subject (a meeting "with" no one names no host: "at the meeting,
    Lavrov said"). One the subject *is* in ("X and Y are in talks", "X remains in
    negotiations with Y") is held by the subject, with or without a "with"."""
    if entry is None or entry.type != "CONSULT":
        return None
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in _SETTING_PREPS \
            or prep.head.pos_ not in ("VERB", "AUX"):
        return None
    if prep.lower_ == "in" and prep.head.lemma_ in _STATE_VERBS and prep.i > prep.head.i:
        return args.subject_token(prep.head)[0]  # "X and Y are in talks", "X is in talks with Y"
    visit = entry.mode == "visit"
    if args.prep_object(noun, "with") is None and not (
            visit and prep.lower_ == "on" and args.prep_object(noun, "to")):
        return None  # "on a visit *to Riyadh*": a visit one is on names where it goes
    # "in"/"at" set the scene only in front of the clause: "showed no interest *in* a dialogue
    # with us" wants a meeting that was not held
    if prep.lower_ in ("in", "at") and prep.i > prep.head.i:
        return None
    # "*on* a visit to X", but "worked on talks with X" held none; "headed to Riyadh *for* talks
    # with Kyiv", but "called for talks with X" asked for them
    if (prep.lower_ == "on" and not visit) or (prep.lower_ == "for" and modality.lemma(
            prep.head) not in lexicon.words("travel_verbs")):
        return None
    return args.subject_token(prep.head)[0]


def standalone_noun(noun: Token, index: MentionView, lexicon: Lexicon) -> Candidate | None:
    """"Azerbaijan's assault on X", "Russian strikes on Aleppo": an event noun whose agent is
    named beside it."""
    if (clause := converse.fused(noun, index, lexicon)) is not None:  # "Kyiv secured EU aid"
        return converse_event(noun, clause[0], index, lexicon, subject=clause[1])
    if noun.dep_ in ("dobj", "compound") and noun.head.pos_ in ("VERB", "NOUN", "PROPN"):
        if noun.dep_ == "compound" or _noun_entry(noun, noun.head, lexicon) is not None:
            return None
    if noun.dep_ == "dobj" and noun.head.pos_ == "VERB" \
            and converse_event(noun, noun.head, index, lexicon) is not None:
        return None  # "faces threats from X": the verb takes the noun from its giver
    if noun.dep_ == "dobj" and any(e.mode == _MEDIATING
                                   for e in lexicon.lookup(noun.head.lemma_, "verb")):
        return None  # "brokered a truce between X and Y": the sides are the mediator's
    if any(args.reduced_passive(c) and _noun_entry(noun, c, lexicon) is not None
           for c in noun.children if c.dep_ == "acl"):
        return None  # "sanctions *imposed* on X": the participle carries the noun (noun_event)
    named = args.explicit_agent(noun) is not None or _aimed_doer(noun, index) is not None \
        or _sides(noun, lexicon)
    owned = not named and _owner(noun, index, lexicon) is not None
    entry = _noun_entry(noun, None, lexicon, explicit=named or owned)
    if entry is None or _noun_agent(noun, index, entry, lexicon) is None:
        return occurred_event(noun, index, lexicon)
    cand = noun_event(noun, None, entry, index, lexicon)
    # an owned act that stands alone only by its owner is coded where it names whom it is
    # aimed at ("Turkey's call on Israel"): "its demand to agree a full end to the conflict",
    # aimed at no one named, tells of a position more than of an act (and a wrongly resolved
    # "its" would make it the wrong side's)
    if owned and entry.verbs and not cand.options:
        return None
    return cand


# Acts that are said to happen ("broke out", "took place") with their doers named apart
_OCCURRING = ("PROTEST", "ASSAULT", "CONSULT")
_SPREAD = ("in", "across", "throughout", "around")  # "protests broke out *across* Iran"


def occurred_event(noun: Token, index: MentionView, lexicon: Lexicon) -> Candidate | None:
    """"Clashes erupted between Thai and Cambodian troops", "talks took place between X and
    Y", "protests broke out across Iran": an event noun that is the subject of a verb of
    occurrence_verbs (frames.yaml) happened, though the clause names no doer beside it. A
    mutual act's doers are the sides named "between" (on the verb or the noun); a protest's
    are the people of the state it happened in (PLOVER codes protesters as their state). Without
    either the candidate has no actor and the policy drops it: no doer is borrowed from another
    clause, since fighting said to break out is often between others than the lead's sides."""
    verb = noun.head
    if noun.dep_ not in ("nsubj", "nsubjpass") or not modality.occurs(verb, lexicon):
        return None
    entry = None
    for cand_entry in lexicon.lookup(noun.lemma_, "noun"):
        if cand_entry.type in _OCCURRING and (not cand_entry.modifiers
                                             or _has_modifier(noun, cand_entry.modifiers)) \
                and (entry is None or _rank(cand_entry) > _rank(entry)):
            entry = cand_entry
    if entry is None:
        return None
    sides = mutual.between(verb, None) if mutual.word(noun.lemma_, lexicon) else None
    cand = _fill(Candidate(entry, noun, [noun], noun=noun), sides, [], index, lexicon)
    if sides is None and entry.type == "PROTEST":
        for tok in (p for prep in verb.children if prep.dep_ == "prep"
                    and prep.lower_ in _SPREAD for p in prep.children if p.dep_ == "pobj"):
            found = _states(tok, index, lexicon)
            place = found[0] if found else setting.place_country(tok)
            if place is not None:
                cand.actors, cand.actor_tokens = [place], [tok]
                break
    return cand


def _owner(noun: Token, index: MentionView, lexicon: Lexicon) -> Token | None:
    """"*Turkey's* call for a truce", "a *US-EU* call for a truce", "a request *from Kyiv*",
    "threats *from Washington*": the possessive, actor modifier or "from" phrase of a noun of
    owned_nouns (frames.yaml) names who did it, as plainly as a by-agent does. A journey's
    modifier or "from" is where it goes or set out ("a Gulf trip", "a trip from Delhi")."""
    if noun.lemma_.lower() not in lexicon.words("owned_nouns"):
        return None
    owner = next((c for c in noun.children if c.dep_ == "poss"
                  and c.ent_type_ not in TIME_ENTS), None)
    if owner is not None or any(e.mode == "visit" for e in lexicon.lookup(noun.lemma_, "noun")):
        return owner
    # a modifier owns only an act it says something of ("a US call *for* a truce"): "the Iran
    # threat" is a danger, no threat made
    said = any(c.dep_ in ("prep", "acl") and c.lower_ != "from" for c in noun.children)
    return next((c for c in noun.children if said and c.dep_ in _NAMING and c.i < noun.i
                 and index.resolved_at(c) is not None), None) or args.prep_object(noun, "from")


def _answerer(noun: Token, index: MentionView, lexicon: Lexicon) -> Token | None:
    """"Kyiv *rejected* a request from Moscow", "Norway refused to *respond to* Chad's call": the
    subject of a verb of answer_verbs (frames.yaml) that answers an owned noun is the one it
    was aimed at."""
    if _owner(noun, index, lexicon) is None:
        return None
    verb = noun.head.head if noun.dep_ == "pobj" and noun.head.dep_ == "prep" else noun.head
    if noun.dep_ not in ("dobj", "pobj") or verb.pos_ != "VERB" \
            or modality.lemma(verb) not in lexicon.words("answer_verbs"):
        return None
    return args.subject_token(verb)[0]


_ASKED_OF = ("on", "upon", "against", "to", "with")


def _asked_of(noun: Token) -> list[Token]:
    """"US demands for curbs *on Iranian missiles*", "a call for talks *with Hamas*": the thing
    a standing request asks for may name, in its own phrase, the one who must grant it."""
    asked = args.prep_object(noun, "for")
    if asked is None or asked.pos_ != "NOUN":
        return []
    return [p for prep in asked.children if prep.dep_ == "prep" and prep.lower_ in _ASKED_OF
            for p in prep.children if p.dep_ == "pobj"]


def _sides(noun: Token, lexicon: Lexicon) -> bool:
    """"a call *between Trump and Putin*", "the war *between Israel and Hezbollah*": a mutual
    act whose two sides are named beside it names its doers as plainly as a by-agent does.
    ("Its war with Iraq" is not read so: the war a threat or plan is made in is the setting,
    and "with" may name an ally.)"""
    if not mutual.word(noun.lemma_, lexicon) \
            or noun.lemma_.lower() in lexicon.words("standing_nouns"):
        return False
    return mutual.between(noun, None) is not None


_STRICTLY_AIMED = ("on", "against", "upon", "into", "toward", "towards")


def _aimed_doer(noun: Token, index: MentionView) -> Token | None:
    """"*US* sanctions on Sudan", "*Israel's* fire on Gaza": an event noun aimed at someone by
    a phrase that only aims ("of" may name what is done, not at whom) names its doer as
    plainly as a by-agent does, so it stands alone also under entries that otherwise need their
    light verbs."""
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is not None and owner.lower_ not in POSSESSIVE_PRONOUNS and any(
            c.dep_ == "prep" and c.lower_ in _STRICTLY_AIMED for c in noun.children):
        return owner
    return _aimed_modifier(noun, index, _STRICTLY_AIMED)


def candidates(doc: Doc, index: MentionView, lexicon: Lexicon) -> list[Candidate]:
    """Every trigger of the document with its arguments, in text order."""
    found: list[Candidate] = []
    for token in doc:
        if token.dep_ in _SKIP_DEPS and token.pos_ != "NOUN":
            continue
        cand = None
        if token.pos_ == "VERB":
            cand = verb_candidate(token, index, lexicon)
        elif token.pos_ == "NOUN" and lexicon.lookup(token.lemma_, "noun"):
            cand = standalone_noun(token, index, lexicon)
        elif token.pos_ == "NOUN":
            cand = retaliation_event(token, index, lexicon)
        if cand is not None:
            found.append(cand)
    return _elaborations(_attacks_with_their_toll(found), lexicon)


def retaliation_event(noun: Token, index: MentionView, lexicon: Lexicon) -> Candidate | None:
    """"Iran's retaliation for Israel's strike": an answer in kind (events/retaliation.py), done
    by the noun's possessive or "by" agent to the doer of the act answered. Both must be named:
    an answer to no one named tells of no act between two sides."""
    found = retaliation.answered(noun, lexicon)
    if found is None:
        return None
    act, entry = found
    doer = next((c for c in noun.children if c.dep_ == "poss"
                 and c.lower_ not in POSSESSIVE_PRONOUNS), None) or args.explicit_agent(noun)
    # the doer of the act answered, or where it came from ("the rocket fire *from Gaza*")
    target = _noun_agent(act, index, entry, lexicon) or args.prep_object(act, "from")
    if doer is None or target is None:
        return None
    cand = _fill(Candidate(entry, noun, [noun], noun=noun), doer, [target], index, lexicon)
    return cand if _other_side(cand) else None


def _elaborations(found: list[Candidate], lexicon: Lexicon) -> list[Candidate]:
    """"Lithuania initiated proceedings against Belarus, *accusing its neighbour* of ...": a
    participle that elaborates on its clause, aimed at someone it names only by a relation or a
    pronoun that nothing resolved, is aimed at the clause's own recipient."""
    by_anchor = {c.anchor.i: c for c in found}
    relational = lexicon.words("relational_nouns")
    for cand in found:
        verb = cand.anchor
        head = by_anchor.get(verb.head.i) if verb.dep_ == "advcl" and verb.tag_ == "VBG" else None
        if head is None or head is cand or cand.options or not head.options:
            continue
        unnamed = [t for t in cand.recipient_tokens
                   if t.pos_ == "PRON" or t.lemma_.lower() in relational]
        if unnamed:
            cand.options = [list(pool) for pool in head.options]
            cand.recipients = cand.options[0]
    return found


def _attacks_with_their_toll(found: list[Candidate]) -> list[Candidate]:
    """"launched an attack that killed dozens of soldiers": the killing is the attack's toll, one
    event; the attack takes the victims as its recipients (before its own phrases) and the
    clause is not coded again. Likewise "held a general strike that shut down the capital": what
    a protest shut or blocked is its effect, no coercion by the protesters (_PROTEST_EFFECTS)."""
    by_noun = {c.noun.i: c for c in found if c.noun is not None}
    merged: set[int] = set()
    for cand in found:
        verb = cand.anchor
        attack = by_noun.get(verb.head.i) if verb.dep_ == "relcl" else None
        if attack is None or attack is cand or (attack.entry.type != cand.entry.type and (
                attack.entry.type, cand.entry.type) not in _PROTEST_EFFECTS):
            continue
        attack.options = cand.options + attack.options
        attack.recipient_tokens = cand.recipient_tokens + attack.recipient_tokens
        attack.recipients = attack.options[0] if attack.options else []
        merged.add(verb.i)
    return [c for c in found if c.anchor.i not in merged]
