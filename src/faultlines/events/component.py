"""The events stage: PLOVER events from each sentence's parse, written to doc._.events.

find(doc) codes every trigger (extract.py), lets the events policy (events/policy/) decide what
each candidate becomes (kept, dropped or retyped, by named rules), and builds the EVENT dicts of
OUTPUT.md with their modality (modality.py), date and place (setting.py) and CAMEO projection
(cameo.py); annotate(doc, found) writes them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from spacy.tokens import Doc, Token

from faultlines.events import agentless, background, cameo, modality, mutual, setting
from faultlines.events import lexicon as lexicon_data
from faultlines.events.extract import Candidate, candidates
from faultlines.events.lexicon import Lexicon
from faultlines.events.policy import Decision, Facts, Reading, Trail, apply, story
from faultlines.events.policy.decision import KEEP
from faultlines.nlp import mentions
from faultlines.nlp.doctext import doc_text
from faultlines.nlp.mentions import MentionView
from faultlines.nlp.stage import DataStage


def code_doc(doc: Doc, lexicon: Lexicon,
             trails: list[Trail] | None = None) -> list[dict[str, Any]]:
    """Every event of a parsed Doc as EVENT dicts, in text order.

    trails (list | None): when given, one Trail per candidate is appended to it, in text order,
        with the decisions of the policy's rules (the explain output).
    """
    index = mentions.view(doc)
    if not index.by_token:
        return []
    found = candidates(doc, index, lexicon)
    agentless.lend(found, index, lexicon, doc._.headline)
    agentless.aim(found, lexicon)
    text = doc_text(doc)
    trail = {c.anchor.i: Trail(c) for c in found} if trails is not None else {}
    if trails is not None:
        trails.extend(trail.values())
    by_anchor = {c.anchor.i: c for c in found}
    governors = {c.anchor.i: story.governor(c.anchor, by_anchor, lexicon) for c in found}
    coded = {c.anchor.i: to_event(doc, c, [i for i in found if i is not c
                                          and governors[i.anchor.i] is c], lexicon, index,
                                  _decisions(trail, c), text)
             for c in found if governors[c.anchor.i] is None}
    events, told = [], set()
    for cand in found:
        governor_ = governors[cand.anchor.i]
        if governor_ is None:
            event = coded[cand.anchor.i]
        elif (decision := story.alleged(cand, governor_)) is not None:
            _note(trail, cand, decision, story.alleged)
            event = alleged(to_event(doc, story.accused_act(cand, governor_), [], lexicon, index,
                                     _decisions(trail, cand), text),
                            coded.get(governor_.anchor.i))
        else:
            decision = story.absorbed(cand, governor_, coded.get(governor_.anchor.i) is not None)
            _note(trail, cand, decision, story.absorbed)
            if decision.verdict != KEEP:
                continue
            event = to_event(doc, cand, [], lexicon, index, _decisions(trail, cand), text)
        if event is None:
            continue
        if (decision := story.told_by_effect(cand, event, coded, events)) is not None:
            _note(trail, cand, decision, story.told_by_effect)
            continue
        key = story.telling(event, cand)
        if (decision := story.told_before(cand, event, key, told)) is not None:
            _note(trail, cand, decision, story.told_before)
            continue
        told.add(key)
        events.append(event)
        if trail:
            trail[cand.anchor.i].event = event
    return events


class EventStage(DataStage):
    """spaCy component `faultlines_events`: writes `doc._.events`."""

    name = "faultlines_events"
    writes = "events"
    load = staticmethod(lexicon_data.load)
    compute = staticmethod(code_doc)


def alleged(event: dict[str, Any] | None,
            accusation: dict[str, Any] | None) -> dict[str, Any] | None:
    """An act known only as an accusation: `alleged`, reported by the accuser (None where the
    accusation names none: "Israel has been accused of killing journalists")."""
    if event is None:
        return None
    accuser = accusation["actor"][0] if accusation and accusation["actor"] else None
    return {**event, "alleged": True, "reported_by": accuser,
            "confidence": round(max(0.1, event["confidence"] - 0.1), 2)}


def _decisions(trail: dict[int, Trail], cand: Candidate) -> list[Decision] | None:
    return trail[cand.anchor.i].decisions if trail else None


def _note(trail: dict[int, Trail], cand: Candidate, decision: Decision,
          rule: Callable[..., Decision | None]) -> None:
    """Record a story rule's decision on the candidate's trail, named for the rule."""
    if trail:
        trail[cand.anchor.i].decisions.append(replace(decision, rule=rule.__name__))


def _trigger(text: str, tokens: list[Token]) -> dict:
    start = min(t.idx for t in tokens)
    end = max(t.idx + len(t) for t in tokens)
    return {"text": text[start:end], "start": start, "end": end}


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
             index: MentionView, decisions: list[Decision] | None = None,
             text: str | None = None) -> dict[str, Any] | None:
    """The EVENT dict of a candidate as the policy's rules read it, or None when one drops it.

    decisions (list | None): when given, the rules' decisions are appended to it.
    text (str | None): doc.text, when the caller has read it already.
    """
    facts = Facts(doc, cand, inner, lexicon, index, text)
    reading = apply(facts, decisions)
    return None if reading is None else record(doc, facts, reading)


def _each_others(facts: Facts) -> list[dict]:
    """A mutual act's recipients: each actor is the others' ("Egypt and Jordan met")."""
    if not facts.cand.mutual or len({mutual.side(a) for a in facts.actors}) < 2:
        return []
    return mutual.each_others(facts.actors)


def record(doc: Doc, facts: Facts, reading: Reading) -> dict[str, Any]:
    """The EVENT dict of OUTPUT.md for a candidate the policy kept, as it read it."""
    cand, inner, lexicon = facts.cand, facts.inner, facts.lexicon
    ptype, mode, trigger = reading.type, reading.mode, list(reading.trigger)
    recipients = list(reading.recipients) or _each_others(facts)
    projection = cameo.project(ptype, mode, cand.entry.cameo if ptype == cand.entry.type else None)
    hypothetical = modality.hypothetical(cand.anchor, lexicon, cand.noun) and not reading.stated
    published = (doc._.meta or {}).get("published")
    dated = setting.event_date(cand.anchor, published, future=hypothetical or reading.stated,
                               hypothetical=hypothetical)
    recalled, date, date_text = background.setting(cand.anchor, lexicon, dated, published) \
        if not hypothetical else (False, *dated)
    recipient_tokens = [*cand.recipient_tokens, *reading.recipient_tokens,
                        *(t for c in inner for t in c.recipient_tokens)]
    arg_spans = _spans(cand.actor_tokens + recipient_tokens, cand.anchor)
    objects = [c for c in cand.anchor.children if c.dep_ in ("dobj", "nsubjpass")]
    reporter = facts.reporter
    return {
        "type": ptype, "mode": mode, "context": list(cand.entry.context),
        "actor": facts.actors, "recipient": recipients,
        "cameo": projection.cameo if projection else None,
        "quad_class": projection.quad_class if projection else None,
        "score": projection.score if projection else None,
        "date": date, "date_text": date_text,
        "location": setting.event_place(doc, trigger, objects, [tuple(s) for s in arg_spans]),
        "negated": facts.negated and not reading.declined,
        "hypothetical": hypothetical,
        "reported_by": reporter,
        "sentence": cand.anchor.sent.text.strip(),
        "trigger": _trigger(facts.text, trigger),
        "confidence": _confidence(cand, recipients, reporter is not None),
        "background": recalled, "alleged": False,
        "arguments": {"actor": _spans(cand.actor_tokens, cand.anchor),
                      "recipient": _spans(recipient_tokens, cand.anchor)},
    }
