"""Why a text codes the events it does: each candidate event and the rules that decided it.

`explain(text)` runs the pipeline up to the events stage, then codes the Doc with the events
policy's trail on (component.code_doc): every candidate the lexicon found (a trigger with its
arguments), the decisions of the named rules in the order they were taken (keep, drop, retype,
retarget, absorb, each with its reason), and the event it became. It serves tests, which name
the rule that must decide a sentence, and `faultlines explain "sentence"`.
"""

from __future__ import annotations

from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Token

from faultlines import pipeline
from faultlines.events.component import code_doc
from faultlines.events.policy import Decision, Trail
from faultlines.ingest.draft import Draft
from faultlines.options import CodingOptions

_STAGE = "faultlines_events"


def explain(text: str, published: str | None = None,
            nlp: Language | None = None) -> list[dict[str, Any]]:
    """Every candidate event of `text`, in text order, with the decisions taken on it.

    published (str | None): the publication date (YYYY-MM-DD) relative dates resolve against.
    nlp (Language | None): a faultlines pipeline (pipeline.build()); built when not given.
    RETURNS (list[dict]): per candidate: trigger, lemma, entry type and mode, sentence, actor
        and recipient mentions, decisions ({rule, verdict, reason, changes}), outcome (kept,
        dropped or absorbed), decided_by (the rule that dropped or absorbed it) and event (the
        coded event's type, mode, actors and recipients, or None).
    """
    nlp = nlp or pipeline.build(CodingOptions())
    doc = prepared(nlp, text, published)
    trails: list[Trail] = []
    code_doc(doc, nlp.get_pipe(_STAGE).data, trails)  # the stage's lexicon (DataStage)
    return [_candidate(trail) for trail in trails]


def prepared(nlp: Language, text: str, published: str | None = None) -> Doc:
    """The Doc of `text` as the events stage receives it: every stage before it has run."""
    names = [name for name, _ in nlp.pipeline]
    later = names[names.index(_STAGE):]
    doc = pipeline.make_doc(nlp, Draft(text=text, origin="<explain>", published=published))
    with nlp.select_pipes(disable=later):
        return nlp(doc)


def _span(tokens: list[Token] | tuple[Token, ...]) -> str:
    doc = tokens[0].doc
    return doc.text[min(t.idx for t in tokens):max(t.idx + len(t) for t in tokens)]


def label(actor: dict) -> str:
    """"Russia (RUS)", "Hamas (HAMAS)", "the protesters (CVL)": a name and what it codes to."""
    code = actor.get("code") or actor.get("country")
    tag = "/".join(part for part in (code, actor.get("sector")) if part)
    return f"{actor.get('name') or actor.get('text')} ({tag})" if tag else str(actor.get("name"))


def _mentions(mentions: list[dict]) -> list[str]:
    return [label(m["actor"]) for m in mentions if m.get("actor")]


def _change(value: Any) -> Any:
    """A Reading field as text: tokens in text order, actors by label."""
    if isinstance(value, tuple) and value and isinstance(value[0], Token):
        return " ".join(t.text for t in sorted(value, key=lambda t: t.i))
    if isinstance(value, tuple):
        return [label(v) for v in value]
    return value


def _decision(decision: Decision) -> dict[str, Any]:
    return {"rule": decision.rule, "verdict": decision.verdict, "reason": decision.reason,
            "changes": {k: _change(v) for k, v in decision.changes.items()}}


def _candidate(trail: Trail) -> dict[str, Any]:
    cand, event = trail.candidate, trail.event
    final = trail.decisions[-1] if trail.decisions else None
    outcome = "kept" if event is not None else \
        "absorbed" if final is not None and final.verdict == "absorb" else "dropped"
    return {
        "trigger": _span(cand.trigger), "lemma": cand.entry.lemma,
        "entry": {"type": cand.entry.type, "mode": cand.entry.mode},
        "sentence": cand.anchor.sent.text.strip(),
        "actors": _mentions(cand.actors), "recipients": _mentions(cand.recipients),
        "decisions": [_decision(d) for d in trail.decisions],
        "outcome": outcome,
        "decided_by": None if event is not None or final is None else final.rule,
        "event": None if event is None else {
            "type": event["type"], "mode": event["mode"],
            "actor": [label(a) for a in event["actor"]],
            "recipient": [label(r) for r in event["recipient"]]},
    }


def render(found: list[dict[str, Any]]) -> str:
    """The explain output as text: each sentence, its candidates, their decisions, the event."""
    if not found:
        return "no candidate event: no trigger of the lexicon with an actor mention"
    lines: list[str] = []
    sentence = None
    for cand in found:
        if cand["sentence"] != sentence:
            sentence = cand["sentence"]
            lines += [""] * bool(lines) + [sentence]
        entry = "/".join(p for p in (cand["entry"]["type"], cand["entry"]["mode"]) if p)
        who = ", ".join(cand["actors"]) or "no actor"
        lines.append(f"  \"{cand['trigger']}\" ({entry}, lemma {cand['lemma']}): {who}")
        for d in cand["decisions"]:
            changes = ", ".join(f"{k}={v}" for k, v in d["changes"].items())
            lines.append(f"    {d['verdict']:<8} {d['rule']}: {d['reason']}"
                         + (f" [{changes}]" if changes else ""))
        lines.append(f"    => {_outcome(cand)}")
    return "\n".join(lines)


def _outcome(cand: dict[str, Any]) -> str:
    event = cand["event"]
    if event is None:
        return f"{cand['outcome']} by {cand['decided_by']}"
    kind = "/".join(p for p in (event["type"], event["mode"]) if p)
    return f"kept: {kind} {', '.join(event['actor'])} -> {', '.join(event['recipient']) or '-'}"
