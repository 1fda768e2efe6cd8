"""Builds the spaCy pipeline once and codes texts or streams of drafts into Article records.

The flow is one-way: a Draft's cleaned text becomes a Doc with the draft's metadata in
`doc._.meta`; spaCy's own components and then ours (nlp/factories.py) annotate it; `to_article`
reads the annotations into the records of model.py. Nothing here knows what a stage does.

Each draft is coded inside its own error boundary: a batch goes through `nlp.pipe` at once,
and when anything in it raises, its drafts are coded again one by one, so that only the one
that raised fails (an Article without annotations, and the reason in its errors) and the
others keep what they found. A text longer than `options.window_chars` is coded in windows of
paragraphs (windows.py). Nothing is dropped silently: the caller sees every failure.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from faultlines import errors, headlines, identity, windows
from faultlines.ingest.draft import Draft, one_line
from faultlines.model import Actor, Article, Entity, Event, Place, Quote, Relation
from faultlines.nlp import extensions, hyphens
from faultlines.nlp.doctext import doc_text
from faultlines.options import BEFORE_PARSER, CodingOptions
from faultlines.workers import code_in_processes, in_chunks


def build(options: CodingOptions = CodingOptions()) -> Language:
    """Load the English pipeline and add our stages after spaCy's own (those that prepare the
    parse, BEFORE_PARSER, before its "parser").

    options (CodingOptions): `stages` names which of our stages to add, in order; an empty
        tuple gives the bare spaCy pipeline, the baseline of every benchmark.
    """
    import faultlines.nlp.factories  # noqa: F401 - registers the factories

    extensions.register()
    nlp = spacy.load(options.model)
    hyphens.keep_prefixed_words(nlp)
    for stage in options.stages:
        where = {"before": "parser"} if stage in BEFORE_PARSER else {}
        nlp.add_pipe(f"faultlines_{stage}", **where)
    return nlp


def make_doc(nlp: Language, draft: Draft, text: str | None = None,
             meta: dict | None = None) -> Doc:
    """The draft's Doc, ready for the pipeline; `text` codes a window of the draft's text,
    `meta` is the draft's own (hashing a long text once, not once per window)."""
    doc = nlp.make_doc(draft.text if text is None else text)
    extensions.ensure_lists(doc)
    doc._.meta = dict(meta) if meta else draft.meta()
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
        id=meta.get("id"), text=doc_text(doc), title=meta.get("title"), url=meta.get("url"),
        source=meta.get("source"), published=meta.get("published"), author=meta.get("author"),
        content_hash=meta.get("content_hash"), origin=meta.get("origin"),
        entities=_entities(doc), actors=_distinct_actors(doc),
        events=tuple(Event.from_dict(e) for e in doc._.events or []),
        quotes=tuple(Quote.from_dict(q) for q in doc._.quotes or []),
        relations=tuple(Relation.from_dict(r) for r in doc._.relations or []),
        places=tuple(Place.from_dict(p) for p in doc._.places or []),
    )


Coded = tuple[Article, list[str]]


def code_drafts(nlp: Language, drafts: Iterable[Draft],
                options: CodingOptions = CodingOptions()) -> Iterator[Coded]:
    """Code a stream of drafts, in order, with `options.workers` processes.

    RETURNS: (Article, errors) pairs, one per draft; `errors` lists what failed on that
        article, one line each: a stage (the article keeps what the other stages found), or
        the whole coding (the article has the draft's text and no annotations). An article
        with errors is a failure of its input (corpus.py neither stores nor prints it).
    """
    if options.workers > 1:
        yield from code_in_processes(nlp, drafts, options, build, code_drafts, failed)
        return
    for batch in in_chunks(drafts, options.batch_size):
        batch = [d.with_default_date(options.published) for d in batch]
        short = [d for d in batch if len(d.text) <= options.window_chars]
        done = dict(zip(map(id, short), _code_batch(nlp, short, options)))
        for draft in batch:
            yield done[id(draft)] if id(draft) in done else _code_long(nlp, draft, options)


def _code_batch(nlp: Language, drafts: list[Draft], options: CodingOptions) -> list[Coded]:
    """The batch at once, its titles first (headlines.py); if anything in it raises, each
    draft alone."""
    titles = headlines.code(nlp, drafts, options.batch_size)
    try:
        docs = [_with_headline(make_doc(nlp, d), t) for d, t in zip(drafts, titles)]
        return [(_article(doc, title), list(doc._.errors or []))
                for doc, title in zip(nlp.pipe(docs, batch_size=options.batch_size), titles)]
    except Exception:  # noqa: BLE001 - found again below, draft by draft
        return [_code_alone(nlp, d, t) for d, t in zip(drafts, titles)]


def _with_headline(doc: Doc, title: Doc | None) -> Doc:
    """The Doc with what its title lends its agentless events (`doc._.headline`)."""
    doc._.headline = headlines.lendable(title)
    return doc


def _article(doc: Doc, title: Doc | None) -> Article:
    """The coded Doc's article, with its title's events after the text's."""
    if title is None:  # no title events to weigh against the text's
        return to_article(doc)
    return headlines.with_title(to_article(doc), title, headlines.told(doc))


def _code_alone(nlp: Language, draft: Draft, title: Doc | None = None) -> Coded:
    try:
        doc = nlp(_with_headline(make_doc(nlp, draft), title))
        return _article(doc, title), list(doc._.errors or [])
    except Exception as err:  # noqa: BLE001 - this draft's failure, never the batch's
        return failed(draft, err)


def _code_long(nlp: Language, draft: Draft, options: CodingOptions) -> Coded:
    """A long text in windows of paragraphs, joined into one article (windows.py)."""
    pieces = windows.split(draft.text, options.window_chars)
    meta = draft.meta()
    title = headlines.code(nlp, [draft], 1)[0]
    told: set[tuple] = set()
    try:
        docs = nlp.pipe((_with_headline(make_doc(nlp, draft, text, meta), title)
                         for _, text in pieces), batch_size=max(1, options.batch_size // 8))
        coded = []
        for (start, _), doc in zip(pieces, docs):
            if title is not None:
                told |= headlines.told(doc)
            coded.append((start, to_article(doc), list(doc._.errors or [])))
        article = windows.join([(start, a) for start, a, _ in coded], draft.text)
        article = headlines.with_title(article, title, told)
    except Exception as err:  # noqa: BLE001 - this draft's failure, never the batch's
        return failed(draft, err)
    return article, [e for _, _, errs in coded for e in errs]


def failed(draft: Draft, err: BaseException) -> Coded:
    """A draft that could not be coded: its article without annotations, and why."""
    return uncoded(draft), [errors.CODING_FAILED.format(kind=type(err).__name__,
                                                        reason=one_line(err)[:300])]


def uncoded(draft: Draft) -> Article:
    """The article a draft would give, with nothing coded in it."""
    meta = draft.meta()
    return Article(id=meta["id"], text=draft.text, title=draft.title, url=draft.url,
                   source=draft.source, published=draft.published, author=draft.author,
                   content_hash=meta["content_hash"], origin=draft.origin)


def code_text(nlp: Language, text: str, published: str | None = None,
              title: str | None = None) -> Article:
    """Code one already-clean text: the shortest way in for scripts and tests."""
    draft = Draft(text=text, origin="<text>", title=title, published=published)
    article, problems = next(code_drafts(nlp, [draft]))
    if problems:
        raise errors.InputError(f"<text>: {problems[0]}")
    return article
