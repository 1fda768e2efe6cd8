"""What every faultlines pipeline stage shares: compute, then write, and never lose the article.

A stage subclasses `Stage`, implements `find(doc)` (a plain computation that touches nothing)
and `annotate(doc, found)` (the only place it writes to the Doc), as spaCy's SpanRuler does; a
stage that only fills one Doc attribute names it in `writes` and keeps the default `annotate`.
A stage whose `find` is one plain function of the Doc and of knowledge read from data files
subclasses `DataStage` and names the two (`load`, `compute`) instead of writing them out again.
An exception in one stage on one article is recorded in `doc._.errors` and the article goes on
to the next stage: one odd sentence must not cost the whole story or the batch around it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from faultlines.nlp.extensions import ensure_lists

log = logging.getLogger(__name__)


class Stage:
    name = "faultlines_stage"
    writes: str | None = None  # the Doc attribute the default `annotate` fills with `found`

    def __init__(self, nlp: Language | None = None, name: str | None = None) -> None:
        self.name = name or type(self).name

    def __call__(self, doc: Doc) -> Doc:
        ensure_lists(doc)
        try:
            self.annotate(doc, self.find(doc))
        except Exception as err:  # noqa: BLE001 - one failed stage must not lose the article
            # the traceback only for who asks (debug logging): the user's line is the error's
            log.debug("%s failed on %s", self.name, (doc._.meta or {}).get("origin"),
                      exc_info=True)
            doc._.errors.append(f"{self.name}: {type(err).__name__}: {' '.join(str(err).split())}")
        return doc

    def find(self, doc: Doc) -> Any:
        raise NotImplementedError

    def annotate(self, doc: Doc, found: Any) -> None:
        if self.writes is None:
            raise NotImplementedError
        setattr(doc._, self.writes, found)


class DataStage(Stage):
    """A stage that is `compute(doc, data)` over the knowledge `load()` reads.

    Subclasses set both as static methods (`load = staticmethod(cues.load)`). The data is read
    as the stage is built, once per pipeline, so that the first article does not pay for it;
    `compute` stays a plain function that tests call on a Doc without a pipeline.
    """

    load: Callable[[], Any]
    compute: Callable[[Doc, Any], Any]

    def __init__(self, nlp: Language | None = None, name: str | None = None) -> None:
        super().__init__(nlp, name)
        self.data = self.load()

    def find(self, doc: Doc) -> Any:
        return self.compute(doc, self.data)
