"""Coding on several processes: records in input order, a stream never read ahead whole."""

from __future__ import annotations

from faultlines import pipeline
from faultlines.ingest.draft import Draft
from faultlines.options import CodingOptions
from faultlines.workers import CHUNK, code_in_processes


def _drafts(n: int, pulled: list[int]):
    for i in range(n):
        pulled.append(i)
        yield Draft(text=f"On day {i}, Armenia asked Russia to intervene.",
                    origin=f"story-{i}", published="2023-09-19")


def test_workers_return_articles_in_input_order(nlp):
    pulled: list[int] = []
    coded = list(pipeline.code_drafts(nlp, _drafts(12, pulled),
                                      CodingOptions(workers=2, batch_size=2)))
    assert [a.origin for a, _ in coded] == [f"story-{i}" for i in range(12)]
    assert all(a.events for a, _ in coded)


def test_workers_read_a_stream_only_a_few_chunks_ahead(nlp):
    pulled: list[int] = []
    options = CodingOptions(workers=2, batch_size=2)
    stream = pipeline.code_drafts(nlp, _drafts(40, pulled), options)
    next(stream)
    in_flight = max(2 * CHUNK, options.batch_size) * options.workers
    assert len(pulled) <= in_flight + CHUNK
    stream.close()


def _code_or_raise(nlp, drafts, options):
    """A coder that raises for a chunk holding a "BOOM" draft, as a bug would in a worker."""
    if any("BOOM" in d.text for d in drafts):
        raise MemoryError("out of memory on this chunk")
    return pipeline.code_drafts(nlp, drafts, options)


def test_workers_a_draft_that_raises_in_a_worker_fails_alone(nlp):
    pulled: list[int] = []
    drafts = list(_drafts(6, pulled))
    drafts[2] = Draft(text="BOOM " + drafts[2].text, origin="story-2", published="2023-09-19")
    coded = list(code_in_processes(nlp, drafts, CodingOptions(workers=2, batch_size=2),
                                   pipeline.build, _code_or_raise, pipeline.failed))
    assert [a.origin for a, _ in coded] == [f"story-{i}" for i in range(6)]
    assert [bool(errors) for _, errors in coded] == [False, False, True, False, False, False]
    assert coded[2][1] == ["could not be coded: MemoryError: out of memory on this chunk"]
    assert all(a.events for i, (a, _) in enumerate(coded) if i != 2)
