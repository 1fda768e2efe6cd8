"""Builds the spaCy pipeline once and codes texts or streams of drafts into Article records.

The flow is one-way: a Draft's cleaned text becomes a Doc with the draft's metadata in
`doc._.meta`; spaCy's own components and then ours (nlp/factories.py) annotate it; `to_article`
reads the annotations into the records of model.py. Nothing here knows what a stage does.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from faultlines import identity
from faultlines.ingest.draft import Draft
from faultlines.model import Actor, Article, Entity, Event, Place, Quote, Relation
from faultlines.nlp import extensions
from faultlines.options import BEFORE_PARSER, CodingOptions
from faultlines.workers import code_in_processes


def build(options: CodingOptions = CodingOptions()) -> Language:
    """Load the English pipeline and add our stages after spaCy's own (those that prepare the
    parse, BEFORE_PARSER, before its "parser").

    options (CodingOptions): `stages` names which of our stages to add, in order; an empty
        tuple gives the bare spaCy pipeline, the baseline of every benchmark.
    """
    import faultlines.nlp.factories  # noqa: F401 - registers the factories

    extensions.register()
    nlp = spacy.load(options.model)
    for stage in options.stages:
        where = {"before": "parser"} if stage in BEFORE_PARSER else {}
        nlp.add_pipe(f"faultlines_{stage}", **where)
    return nlp


def make_doc(nlp: Language, draft: Draft) -> Doc:
    doc = nlp.make_doc(draft.text)
    extensions.ensure_lists(doc)
    doc._.meta = draft.meta()
    return doc


def _actor(data: dict | None) -> Actor | None:
    return Actor.from_dict(data)


def _entities(doc: Doc) -> tuple[Entity, ...]:
    """Every NER span, with the actor the actors stage found for exactly that span (a mention
    wider than its entity, "Russian Foreign Ministry spokesperson Maria Zakharova", lists the
    entities inside it with their actors under "entities")."""
    by_span = {(m["start_char"], m["end_char"]): m.get("actor") for m in doc._.mentions or []}
    by_span |= {(p["start_char"], p["end_char"]): p.get("actor")
                for m in doc._.mentions or [] for p in m.get("entities", [])}
    return tuple(Entity(e.text, e.label_, e.start_char, e.end_char,
                        _actor(by_span.get((e.start_char, e.end_char))))
                 for e in doc.ents)


def _distinct_actors(doc: Doc) -> tuple[Actor, ...]:
    seen: dict[str, Actor] = {}
    for mention in doc._.mentions or []:
        actor = _actor(mention.get("actor"))
        if actor is not None:
            seen.setdefault(identity.key(actor), actor)
    return tuple(seen.values())


def to_article(doc: Doc) -> Article:
    """Read a coded Doc into the Article record of the output contract."""
    meta = doc._.meta or {}
    return Article(
        id=meta.get("id"), text=doc.text, title=meta.get("title"), url=meta.get("url"),
        source=meta.get("source"), published=meta.get("published"), author=meta.get("author"),
        content_hash=meta.get("content_hash"), origin=meta.get("origin"),
        entities=_entities(doc), actors=_distinct_actors(doc),
        events=tuple(Event.from_dict(e) for e in doc._.events or []),
        quotes=tuple(Quote.from_dict(q) for q in doc._.quotes or []),
        relations=tuple(Relation.from_dict(r) for r in doc._.relations or []),
        places=tuple(Place.from_dict(p) for p in doc._.places or []),
    )


def code_drafts(nlp: Language, drafts: Iterable[Draft],
                options: CodingOptions = CodingOptions()) -> Iterator[tuple[Article, list[str]]]:
    """Code a stream of drafts, in order, with `options.workers` processes.

    RETURNS: (Article, errors) pairs; `errors` lists stages that failed on that article (the
        article is still returned with what the other stages found).
    """
    if options.workers > 1:
        yield from code_in_processes(nlp, drafts, options, build, code_drafts)
        return
    docs = (make_doc(nlp, d.with_default_date(options.published)) for d in drafts)
    for doc in nlp.pipe(docs, batch_size=options.batch_size):
        yield to_article(doc), list(doc._.errors or [])


def code_text(nlp: Language, text: str, published: str | None = None,
              title: str | None = None) -> Article:
    """Code one already-clean text: the shortest way in for scripts and tests."""
    draft = Draft(text=text, origin="<text>", title=title, published=published)
    return next(code_drafts(nlp, [draft]))[0]
