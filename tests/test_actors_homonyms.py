"""A state named like a US state: the country, unless the story's words make it the US state."""

from __future__ import annotations

import pytest

from faultlines import pipeline
from faultlines.actors import homonyms
from faultlines.ingest.draft import Draft


def _countries(nlp, text: str) -> set[str | None]:
    doc = nlp(pipeline.make_doc(nlp, Draft(text=text, origin="<test>", published="2024-11-01")))
    return {(m.get("actor") or {}).get("country") for m in doc._.mentions}


@pytest.mark.parametrize("text, meant", [
    # a US city or state beside it, or an office of its own: the US state
    ("The plant in Savannah, Georgia, was raided by federal agents.", "USA"),
    ("Georgia's secretary of state certified the count.", "USA"),
    ("Trump won Georgia and Arizona.", "USA"),
    # a place where something happens, in a story that names the US and nothing of the country
    ("Speaking at a rally in Georgia, Trump told voters the vote was rigged.", "USA"),
    # the country: named with its neighbours, its people, or as who acts or is acted on
    ("Russia invaded Georgia in 2008, and the US condemned the war.", "GEO"),
    ("Georgian police dispersed protesters in Georgia, the US said.", "GEO"),
    ("The EU warned Georgia over its new law, and Washington suspended aid.", "GEO"),
    ("Trump met Georgia's prime minister.", "GEO"),
])
def test_actors_homonyms_georgia_is_the_us_state_only_where_the_story_says_so(nlp, text, meant):
    assert ("GEO" in _countries(nlp, text)) == (meant == "GEO")


def test_actors_homonyms_names_only_us_states(tmp_path):
    path = tmp_path / "homonyms.yaml"
    path.write_text("Lebanon:\n  country: LBN\n  neighbours: [SYR]\n  offices: [governor]\n")
    with pytest.raises(Exception, match="Lebanon"):
        homonyms.load(path)
