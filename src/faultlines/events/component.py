"""The events stage: PLOVER events from each sentence's parse, written to doc._.events.

find(doc) codes every trigger (extract.py) with its modality (modality.py), date and place
(setting.py) and CAMEO projection (cameo.py); annotate(doc, found) writes the EVENT dicts of
OUTPUT.md. A clause whose trigger governs another trigger's clause absorbs it: "threatened to
pull Armenia out of the CSTO" is one THREATEN, "urged Moscow to intervene" one REQUEST.

Which events are kept: an event needs at least one actor mention that resolved to an ACTOR, and
either the actor or the recipient is placed (a country or a code), or both sides are actors:
"the ACLU sued the FBI" is a relation between two organisations even when neither is put in a
country (OUTPUT allows an actor without one), or the actor is named: "Reliance Jio agreed to
build a station" is an act of a known organisation, or a body of people that acts together
("Teachers went on strike": group_nouns of frames.yaml). A common noun the story does not place
("a local resident", "the NGO") acting on nobody known gives no event: it is too vague to stand
for anyone. A bare back-reference to an event the story already coded is not coded again. Precision comes before recall: a clause the parse
cannot tie to a known actor is left out, never filled from another sentence.
"""

from __future__ import annotations

from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Token

from faultlines.actors.owners import STATE_SECTORS
from faultlines.events import cameo, modality, setting
from faultlines.events.arguments import MentionIndex, mentions_of, subject_token
from faultlines.events.extract import Candidate, candidates
from faultlines.events.lexicon import Lexicon, load
from faultlines.nlp.stage import Stage

_ABSORBING = ("xcomp", "ccomp")


class EventStage(Stage):
    name = "faultlines_events"

    def __init__(self, nlp: Language | None = None, name: str = "faultlines_events",
                 lexicon: Lexicon | None = None) -> None:
        self.name = name
        self.lexicon = lexicon or load()

    def find(self, doc: Doc) -> list[dict[str, Any]]:
        return code_doc(doc, self.lexicon)

    def annotate(self, doc: Doc, found: list[dict[str, Any]]) -> None:
        doc._.events = found


def code_doc(doc: Doc, lexicon: Lexicon) -> list[dict[str, Any]]:
    """Every event of a parsed Doc as EVENT dicts, in text order."""
    index = MentionIndex(doc)
    if not index.by_token:
        return []
    found = candidates(doc, index, lexicon)
    by_anchor = {c.anchor.i: c for c in found}
    governors = {c.anchor.i: governor(c.anchor, by_anchor, lexicon) for c in found}
    coded = {c.anchor.i: to_event(doc, c, [i for i in found if i is not c
                                          and governors[i.anchor.i] is c], lexicon, index)
             for c in found if governors[c.anchor.i] is None}
    events, told = [], set()
    for cand in found:
        governor_ = governors[cand.anchor.i]
        if governor_ is None:
            event = coded[cand.anchor.i]
        elif coded.get(governor_.anchor.i) is None and cand.anchor.i < governor_.anchor.i:
            # a clause before the one said to govern it, which codes nothing: the parser's slip
            # ("The US issued an ultimatum to Turkey: ..., sanctions will be imposed"), so it
            # stands alone; a complement after its verb ("urged X not to revoke it") does not
            event = to_event(doc, cand, [], lexicon, index)
        else:
            continue  # absorbed by the clause that governs it
        if event is None:
            continue
        key = _telling(event, cand)
        if cand.noun is not None and cand.anchor is cand.noun and not event["date_text"] \
                and key in told:
            continue  # "Putin's invasion of Ukraine" again: the story refers back to it
        told.add(key)
        events.append(event)
    return events


def _telling(event: dict[str, Any], cand: Candidate) -> tuple:
    """What makes two mentions one event: the same act (type and trigger word) by the same
    actors on the same recipients. A story names its events first and refers back to them by
    a bare noun with a possessive ("Putin's invasion of Ukraine"); coding each back-reference
    would count one invasion as several, the duplication that inflates GDELT's counts."""
    def keys(actors: list[dict]) -> frozenset:
        return frozenset(a.get("id") or a.get("code") or a.get("name") for a in actors)
    word = (cand.noun or cand.anchor).lemma_.lower()
    return event["type"], word, keys(event["actor"]), keys(event["recipient"])


def governor(token: Token, by_anchor: dict[int, Candidate], lexicon: Lexicon) -> Candidate | None:
    """The trigger whose complement this clause is, through plan verbs ("urged X to try to Y");
    or the meeting a complaint is the purpose of ("summoned the envoy to complain")."""
    if (complaint := _purpose_of_meeting(token, by_anchor)) is not None:
        return complaint
    current = token
    while current.dep_ == "conj" and current.head.dep_ in _ABSORBING:
        current = current.head  # "urged them to repatriate the fighters and put them on trial"
    while current.dep_ in _ABSORBING or _content_pcomp(current):
        parent = current.head.head if current.dep_ == "pcomp" else current.head
        if parent.i in by_anchor:
            return by_anchor[parent.i]
        if modality.lemma(parent) not in lexicon.words("plan_verbs"):
            return None
        current = parent
    return None


def _purpose_of_meeting(token: Token, by_anchor: dict[int, Candidate]) -> Candidate | None:
    """"summoned the ambassador to complain", "met the envoy to protest": a meeting held to
    complain is an official complaint to the one met (CAMEO 114), so the meeting governs its
    purpose clause and takes its type."""
    cand, parent = by_anchor.get(token.i), by_anchor.get(token.head.i)
    if cand is None or parent is None or parent is cand or token.dep_ != "advcl":
        return None
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)
    if infinitive and cand.entry.type == "ACCUSE" and parent.entry.type == "CONSULT":
        return parent
    return None


def _content_pcomp(token: Token) -> bool:
    """"accused Russia *of sending* tanks": the accusation's content, not a separate event."""
    return token.dep_ == "pcomp" and token.head.lower_ in ("of", "for", "about") \
        and token.head.head.pos_ == "VERB"


def _actor(mention: dict) -> dict:
    return dict(mention["actor"])


# Sectors of a state's own organs and officials: such an actor acting on its own state is the
# state acting on itself. Rebels, protesters or an opposition acting on it are not.
_STATE_SECTORS = frozenset(("GOV", "MIL", "LEG", "JUD", "COP", "SPY"))


def _same_side(recipient: dict, actors: list[dict]) -> bool:
    """A recipient that is the actor itself, or the state the actor is an organ or official of
    ("Pashinyan ... Armenia"). An armed group or civilians are no organ of the state they are
    placed in: "Islamic State attacked Ramadi" keeps Iraq as the recipient."""
    for actor in actors:
        if recipient.get("id") and recipient.get("id") == actor.get("id"):
            return True
        if recipient.get("name") == actor.get("name"):
            return True
        if recipient.get("kind") == "state" and recipient.get("code") \
                and recipient.get("code") == actor.get("country") and _organ(actor):
            return True
    return False


def _organ(actor: dict) -> bool:
    return actor.get("kind") in ("state", "person") and actor.get("sector") in _STATE_SECTORS


# Who can consult: PLOVER's CONSULT is between political actors. A refugee who "travelled to
# Syria" or a reporter who "visited" a camp makes no CONSULT event.
_POLITICAL_KINDS = {"state", "igo"}
_POLITICAL_SECTORS = {"GOV", "MIL", "LEG", "JUD", "IGO", "ELI", "OPP", "PTY", "REB", "COP", "SPY"}


def political(actors: list[dict]) -> bool:
    """A state, an IGO or a political sector; a state's people ("850 Britons", sector CVL) are
    private travellers, not the state."""
    return any(a.get("sector") in _POLITICAL_SECTORS
               or (a.get("kind") in _POLITICAL_KINDS and not a.get("sector"))
               for a in actors)


def own_side_only(cand: Candidate, actors: list[dict], recipients: list[dict]) -> bool:
    """"visited Kurdistan, meeting British troops": every party met is the actor's own side
    (dropped as recipients), so no one else was consulted."""
    pools = [_actor(m) for pool in cand.options for m in pool]
    return not recipients and bool(pools) and all(_same_side(r, actors) for r in pools)


def private_visit(mode: str | None, recipients: list[dict]) -> bool:
    """"consular officials visited the detained journalist": a visit to private people (a
    prisoner, victims) consults no political actor, so it is no CONSULT; nor is speaking to
    reporters ("speaking to reporters, the senator said"): the press is no party consulted."""
    if recipients and all(r.get("sector") == "JRN" for r in recipients):
        return True
    return mode == "visit" and bool(recipients) and not political(recipients)


def verbal_protest(ptype: str, mode: str | None, cand: Candidate, actors: list[dict]) -> bool:
    """"the government protested at the arrests": a state organ or official protesting (the
    verb) does it in words, a complaint (ACCUSE, CAMEO 11); demonstrators march (PROTEST)."""
    return ptype == "PROTEST" and mode == "demo" and cand.noun is None and bool(actors) \
        and all(_organ(a) for a in actors)


def peacekeeping(ptype: str, cand: Candidate, lexicon: Lexicon) -> bool:
    """"sent troops to the UN peacekeeping force in South Sudan", "sent 200 troops to serve as
    a peacekeeping force", "Russian peacekeepers began deploying": troops sent to keep the
    peace are aid (PLOVER AID, peacekeeping), not a mobilisation against anyone (peace_words of
    frames.yaml, in the verb's object, destination or purpose, or in the deployed subject)."""
    if ptype != "MOBILIZE" or cand.anchor.pos_ != "VERB":
        return False
    words = lexicon.words("peace_words")
    aims = [t for child in cand.anchor.children if child.dep_ not in ("nsubj", "nsubjpass")
            for t in child.subtree]
    deployed = [t for actor in cand.actor_tokens for t in actor.subtree
                if not cand.anchor.is_ancestor(t) and t != cand.anchor]
    return any(t.lemma_.lower() in words or t.lower_ in words for t in aims + deployed)


def _named(mentions: list[dict]) -> bool:
    """An actor the story names ("Reliance Jio", "Andrej Babis", "the Senate Electoral
    Tribunal"): known by name though put in no country, unlike a common noun ("a local
    resident", "the NGO") or a pronoun, which stand alone only when placed."""
    return any(m.get("actor") and m.get("label") not in ("PRON", "NOUN") for m in mentions)


def _group(mentions: list[dict], doc: Doc, lexicon: Lexicon) -> bool:
    """A body of people of one trade or standing that acts together ("Teachers went on
    strike", "three thousand employees", "the protesters", and "they" for them): PLOVER and
    ICEWS code strikes and protests by sector even where the story names no country. Only the
    nouns of group_nouns (frames.yaml) stand so: "people", "hospitals" or "a local resident"
    are too vague to stand alone, and an organ of a state no one names needs the state."""
    nouns = lexicon.words("group_nouns")
    for m in mentions:
        actor = m.get("actor") or {}
        if actor.get("sector") in (None, *STATE_SECTORS):
            continue
        if m.get("label") == "NOUN" and doc[m["head"]].tag_ == "NNS":
            heads = [doc[m["head"]]]
        elif m.get("label") == "PRON" and m["text"].lower() in ("they", "them", "we", "us"):
            # the noun the pronoun stands for: the story's last common-noun mention of its actor
            heads = [doc[a["head"]] for a in doc._.mentions or []
                     if a.get("label") == "NOUN" and (a.get("actor") or {}).get("name")
                     == actor.get("name")][-1:]
        else:
            continue
        if any(h.lemma_.lower() in nouns for h in heads):
            return True
    return False


def alone(cand: Candidate, inner: list[Candidate], actors: list[dict],
          recipients: list[dict]) -> bool:
    """One party and no phrase for another: "the cabinet met for two hours", "after Congress
    convened" consult no one (PLOVER's CONSULT is between actors; "Putin and Erdogan met" has
    two, and "held talks with his counterpart" has a counterpart even when it is not resolved).
    Mediation names its parties elsewhere ("brokered a truce"). A place or a thing visited is
    no party: "inspectors visited the suspected site" consult no one."""
    others = [t for t in cand.recipient_tokens + [t for c in inner for t in c.recipient_tokens]
              if not (cand.entry.mode == "visit" and t.pos_ == "NOUN" and not t.ent_type_)]
    return not recipients and not others and len(actors) < 2 and cand.entry.mode != "mediate"


def _placed(actors: list[dict]) -> bool:
    return any(a.get("country") or a.get("code") for a in actors)


def _unique(actors: list[dict]) -> list[dict]:
    seen, out = set(), []
    for a in actors:
        key = a.get("id") or a.get("code") or a.get("name")
        if key not in seen:
            seen.add(key)
            out.append(a)
    return out


def quoted_pronoun(mention: dict, text: str) -> bool:
    """A pronoun inside quotation marks: "they" in someone's words refers within the quote,
    which the story's antecedents do not reach, so it is no reliable actor."""
    if mention.get("via") != "pronoun" and mention.get("label") != "PRON":
        return False
    start = mention["start_char"]
    before = text[text.rfind("\n", 0, start) + 1:start]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


_CONDITION_MARKS = ("until", "till", "unless", "before")


def _conditioned(cand: Candidate, inner: list[Candidate], actors: list[dict],
                 index: MentionIndex, lexicon: Lexicon) -> list[dict]:
    """A refusal aimed at the one whose act would end it: "will not end the strike until the
    government pays", "will not lift the embargo unless Cuba reforms" reject the government
    and Cuba. The subject of an "until"/"unless" clause of the refused act (or the agent of a
    passive one: "until their demands are met by the authorities") becomes the recipient, and
    its phrase joins the event's recipient phrases."""
    for verb in [cand.anchor, *(c.anchor for c in inner)]:
        for clause in verb.children:
            if clause.dep_ != "advcl" or not any(m.dep_ == "mark" and m.lower_ in _CONDITION_MARKS
                                                 for m in clause.children):
                continue
            who, _ = subject_token(clause)
            if who is None:
                continue
            found = [r for r in _unique([_actor(m) for m in mentions_of(who, index, lexicon,
                                                                         modifiers=False)])
                     if not _same_side(r, actors)]
            if found:
                cand.recipient_tokens.append(who)
                return found
    return []


def participants(cand: Candidate, inner: list[Candidate],
                 text: str = "") -> tuple[list[dict], list[dict]]:
    """ACTOR dicts of the actor and recipient lists; a governed clause lends its recipients."""
    actors = _unique([_actor(m) for m in cand.actors if not quoted_pronoun(m, text)])
    for pool in cand.options + [o for c in inner for o in c.options]:
        recipients = [r for r in _unique([_actor(m) for m in pool]) if not _same_side(r, actors)]
        if recipients:
            return actors, recipients
    return actors, []


def _typed(cand: Candidate, inner: list[Candidate], lexicon: Lexicon,
           declined: bool = False) -> tuple[str, str | None, list[Token]]:
    """The event's type and mode, and the trigger tokens, after refusals and threats."""
    entry, trigger = cand.entry, list(cand.trigger)
    if declined:  # "will not lift the ban": a refusal of what would have been done
        return "REJECT", modality.REFUSED_MODE.get(entry.type, entry.mode), trigger
    if entry_promised(cand, lexicon):  # "will release the hostages": a promise to
        return "AGREE", None, trigger
    refuser = modality.refusal(cand.anchor, lexicon)
    if refuser is not None:
        return "REJECT", modality.REFUSED_MODE.get(entry.type), [refuser, *trigger]
    if modality.lemma(cand.anchor) in lexicon.words("refuse_verbs") and inner:
        # "refused to sign the deal": the refusal absorbed the refused act; its mode says what
        mode = modality.REFUSED_MODE.get(inner[0].entry.type, entry.mode)
        return "REJECT", mode, [*trigger, *inner[0].trigger]
    if entry.type == "THREATEN" and entry.mode is None and inner:
        return "THREATEN", modality.THREAT_MODE.get(inner[0].entry.type), trigger
    complaints = [c for c in inner if c.entry.type == "ACCUSE"]
    if entry.type == "CONSULT" and complaints:  # "summoned the envoy to complain"
        return "ACCUSE", complaints[0].entry.mode or "disapprove", [*trigger, *complaints[0].trigger]
    if entry.type == "REQUEST" and entry.mode is None and inner:
        # "said Israel must end its strikes": what is asked gives the request's mode
        return "REQUEST", modality.REQUESTED_MODE.get(inner[0].entry.type), trigger
    return entry.type, entry.mode, trigger


def entry_declined(cand: Candidate, lexicon: Lexicon) -> bool:
    """A cooperative verb event stated as one its actor will not do ("will not lift the ban")."""
    return cand.entry.type in modality.REFUSABLE and modality.declined(cand.anchor, lexicon)


def threatened(cand: Candidate, actors: list[dict], reporter: dict | None,
               lexicon: Lexicon) -> bool:
    """"Turkey has said it will invade", "Russia's chief of staff said Russia would shoot down
    the missiles": a hostile act its own side says it will do is a threat (CAMEO 13). A
    narrator's "Russia will attack" is a prediction and stays a hypothetical ASSAULT."""
    return cand.entry.type in modality.THREATENABLE and reporter is not None \
        and (_same_side(reporter, actors) or any(_same_side(a, [reporter]) for a in actors)) \
        and modality.volition(cand.anchor, lexicon) \
        and not modality.negated(cand.anchor, lexicon)


def entry_promised(cand: Candidate, lexicon: Lexicon) -> bool:
    """A material cooperative verb event stated as one its actor will do ("will free them")."""
    return cand.entry.type in modality.PROMISABLE and modality.promised(cand.anchor, lexicon)


def _trigger(doc: Doc, tokens: list[Token]) -> dict:
    start = min(t.idx for t in tokens)
    end = max(t.idx + len(t) for t in tokens)
    return {"text": doc.text[start:end], "start": start, "end": end}


def _confidence(cand: Candidate, recipients: list[dict], reported: bool) -> float:
    score = 0.9 - 0.15 * cand.inherited - 0.1 * (cand.noun is not None) \
        - 0.1 * (not recipients) - 0.05 * reported
    return round(max(0.1, min(1.0, score)), 2)


def _spans(tokens: list[Token], anchor: Token | None = None) -> list[list[int]]:
    """The character span of each argument's phrase: its parse subtree, less the clause of the
    event itself where the parser hung the verb under the argument ("Khodorkovsky, a former
    tycoon, called for sanctions": the actor's phrase ends before "called")."""
    out = []
    for tok in tokens:
        own = list(tok.subtree)
        if anchor is not None and tok.is_ancestor(anchor) and anchor.left_edge.i > tok.i:
            own = [t for t in own if t.i < anchor.left_edge.i]
            while len(own) > 1 and own[-1].is_punct:
                own.pop()
        out.append([own[0].idx, own[-1].idx + len(own[-1])])
    return out


def to_event(doc: Doc, cand: Candidate, inner: list[Candidate], lexicon: Lexicon,
             index: MentionIndex) -> dict[str, Any] | None:
    """The EVENT dict of a candidate, or None when it has no resolved, placed participant."""
    actors, recipients = participants(cand, inner, doc.text)
    if not actors or not (_placed(actors) or _placed(recipients) or recipients
                          or (_named(cand.actors) and political(actors))
                          or _group(cand.actors, doc, lexicon)):
        return None
    if cand.entry.complement and not (recipients and (_placed(recipients)
                                                      or _named(cand.recipients))):
        # "Russia said it must defend itself", "Germany must act, the German minister said",
        # "said children should not suffer": a request goes to another party the story names
        # or places, not to the speaker's own side or a kind of people
        return None
    declined = entry_declined(cand, lexicon)
    speaker = modality.speech_verb(cand.anchor, lexicon)
    reporter = _reporter(speaker, index, lexicon)
    threat = threatened(cand, actors, reporter, lexicon)
    stated = declined or threat or entry_promised(cand, lexicon)  # said now, of what will be
    ptype, mode, trigger = _typed(cand, inner, lexicon, declined)
    if ptype == "REJECT" and not recipients:
        recipients = _conditioned(cand, inner, actors, index, lexicon)
    if ptype == "REJECT" and inner and inner[0].entry.type == "CONSULT" \
            and alone(inner[0], [], actors, recipients):
        return None  # "declined to discuss the reports": no one refused a meeting
    if threat:
        ptype, mode = "THREATEN", modality.THREAT_MODE.get(cand.entry.type)
    if "CONSULT" in (ptype, cand.entry.type) and (
            not political(actors) or alone(cand, inner, actors, recipients)
            or private_visit(mode, recipients) or own_side_only(cand, actors, recipients)):
        return None  # also a meeting promised or refused: "the council will meet next week"
    if verbal_protest(ptype, mode, cand, actors):
        ptype, mode = "ACCUSE", "disapprove"
    if peacekeeping(ptype, cand, lexicon):
        ptype, mode = "AID", None
    projection = cameo.project(ptype, mode, cand.entry.cameo if ptype == cand.entry.type else None)
    hypothetical = modality.hypothetical(cand.anchor, lexicon, cand.noun) and not stated
    date, date_text = setting.event_date(cand.anchor, (doc._.meta or {}).get("published"),
                                         future=hypothetical or stated)
    recipient_tokens = cand.recipient_tokens + [t for c in inner for t in c.recipient_tokens]
    arg_spans = _spans(cand.actor_tokens + recipient_tokens, cand.anchor)
    objects = [c for c in cand.anchor.children if c.dep_ in ("dobj", "nsubjpass")]
    return {
        "type": ptype, "mode": mode, "context": list(cand.entry.context),
        "actor": actors, "recipient": recipients,
        "cameo": projection.cameo if projection else None,
        "quad_class": projection.quad_class if projection else None,
        "score": projection.score if projection else None,
        "date": date, "date_text": date_text,
        "location": setting.event_place(doc, trigger, objects, [tuple(s) for s in arg_spans]),
        "negated": modality.negated(cand.anchor, lexicon) and not declined,
        "hypothetical": hypothetical,
        "reported_by": reporter,
        "sentence": cand.anchor.sent.text.strip(),
        "trigger": _trigger(doc, trigger),
        "confidence": _confidence(cand, recipients, reporter is not None),
        "arguments": {"actor": _spans(cand.actor_tokens, cand.anchor),
                      "recipient": _spans(recipient_tokens, cand.anchor)},
    }


def _reporter(speech: Token | None, index: MentionIndex, lexicon: Lexicon) -> dict | None:
    """The ACTOR who said it: the speech verb's subject, resolved through the mentions."""
    if speech is None:
        return None
    subject, _ = subject_token(speech)
    if subject is None:
        return None
    found = mentions_of(subject, index, lexicon, modifiers=False)
    return _actor(found[0]) if found else None
