"""Coding on several processes: records in input order, a stream never read ahead whole."""

from __future__ import annotations

from faultlines import pipeline
from faultlines.ingest.draft import Draft
from faultlines.options import CodingOptions
from faultlines.workers import CHUNK


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
