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


def test_pipeline_a_draft_that_raises_fails_alone_and_the_batch_is_coded(nlp, monkeypatch):
    """Whatever one draft raises (here in reading the Doc) is that draft's failure: its
    article has its text and nothing coded, and the drafts around it keep what they found."""
    real = pipeline.to_article

    def to_article(doc):
        if "BOOM" in doc.text:
            raise RuntimeError("a bug\non two lines")
        return real(doc)

    monkeypatch.setattr(pipeline, "to_article", to_article)
    texts = [STORIES[0], "BOOM. " + STORIES[0], STORIES[1]]
    drafts = [Draft(text=t, origin=f"story-{i}", published="2023-09-19")
              for i, t in enumerate(texts)]
    coded = list(pipeline.code_drafts(nlp, drafts, CodingOptions(batch_size=3)))
    assert [a.origin for a, _ in coded] == ["story-0", "story-1", "story-2"]
    assert [errors for _, errors in coded] == [
        [], ["could not be coded: RuntimeError: a bug on two lines"], []]
    assert coded[0][0].events and coded[2][0].entities
    assert coded[1][0].text == texts[1] and not coded[1][0].entities


def test_pipeline_code_text_raises_the_failure_instead_of_returning_half_an_article(
        nlp, monkeypatch):
    import pytest

    from faultlines.errors import InputError

    monkeypatch.setattr(pipeline, "to_article", lambda doc: 1 / 0)
    with pytest.raises(InputError, match="could not be coded: ZeroDivisionError"):
        pipeline.code_text(nlp, STORIES[0])
