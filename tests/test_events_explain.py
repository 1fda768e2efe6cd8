"""The explain output: what a person sees when asking why a sentence codes what it does."""

from __future__ import annotations

import json

from click.testing import CliRunner

from faultlines import cli
from faultlines.explain import explain, render

REFUSAL = "Serbia will not withdraw its troops until Kosovo disarms."


def run(monkeypatch, nlp, *args: str):
    monkeypatch.setattr("faultlines.pipeline.build", lambda options=None: nlp)
    return CliRunner().invoke(cli.main, ["explain", *args], catch_exceptions=False)


def test_events_explain_cli_shows_each_decision_and_the_event(monkeypatch, nlp):
    result = run(monkeypatch, nlp, REFUSAL, "--published", "2023-09-19")
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0] == REFUSAL
    assert any(line.split()[:2] == ["retype", "declined:"] for line in lines), result.output
    assert any(line.split()[:2] == ["retarget", "condition_recipient:"] for line in lines)
    assert "    => kept: REJECT/yield Serbia (SRB/GOV) -> Kosovo (XKX/GOV)" in lines


def test_events_explain_cli_json_lists_the_candidates(monkeypatch, nlp):
    result = run(monkeypatch, nlp, "The Kremlin declined to discuss the reports.", "--json")
    found = json.loads(result.output)
    assert [(c["lemma"], c["outcome"], c["decided_by"]) for c in found] == [
        ("decline", "dropped", "refused_no_meeting"), ("discuss", "absorbed", "absorbed")]


def test_events_explain_a_text_with_no_trigger_says_so(nlp):
    found = explain("The weather in Geneva was fine on Tuesday.", "2023-09-19", nlp)
    assert found == []
    assert render(found).startswith("no candidate event")


def test_events_explain_codes_what_the_stage_codes(nlp):
    from faultlines import pipeline

    text = "Turkey has said it will invade northern Syria. The Russian cabinet met for two hours."
    article = pipeline.code_text(nlp, text, published="2023-09-19")
    kept = [c["event"]["type"] for c in explain(text, "2023-09-19", nlp) if c["event"]]
    assert kept == [e.type for e in article.events] == ["THREATEN"]
