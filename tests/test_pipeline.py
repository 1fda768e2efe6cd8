"""The pipeline as a whole: one-way flow, all stages in order, the same answer on 1 or 2 cores."""

from __future__ import annotations

from faultlines import pipeline
from faultlines.ingest.draft import Draft
from faultlines.options import ALL_STAGES, CodingOptions

STORIES = [
    "Azerbaijan launched an offensive against Armenian positions on Tuesday, the Armenian "
    "Foreign Ministry said.",
    "Russia's Foreign Minister Sergei Lavrov met his Turkish counterpart in Antalya on Thursday.",
    "“We call on both sides to show restraint,” the UN Secretary-General said in New York.",
]


def test_pipeline_declares_a_one_way_flow_with_no_problems(nlp):
    analysis = nlp.analyze_pipes()
    assert not any(analysis["problems"].values()), analysis["problems"]


def test_pipeline_runs_every_stage_after_spacy_in_order(nlp):
    ours = [name for name in nlp.pipe_names if name.startswith("faultlines_")]
    assert ours == [f"faultlines_{stage}" for stage in ALL_STAGES]
    assert nlp.pipe_names.index("ner") < nlp.pipe_names.index("faultlines_entities")


def test_pipeline_entity_offsets_point_into_text(nlp):
    article = pipeline.code_text(nlp, STORIES[0], published="2023-09-19")
    assert article.entities
    for entity in article.entities:
        assert article.text[entity.start:entity.end] == entity.text


def test_pipeline_two_processes_give_the_same_articles_as_one(nlp):
    drafts = [Draft(text=t, origin=f"story-{i}", published="2023-09-19")
              for i, t in enumerate(STORIES)]
    one = [a.to_dict() for a, _ in pipeline.code_drafts(nlp, drafts, CodingOptions(workers=1))]
    two = [a.to_dict() for a, _ in pipeline.code_drafts(nlp, drafts,
                                                        CodingOptions(workers=2, batch_size=1))]
    assert one == two
    assert any(a["events"] for a in one)
