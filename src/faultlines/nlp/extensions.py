"""Every `Doc._` attribute faultlines uses, registered once, in one place.

Stages talk to each other only through these attributes. Values are plain data (str, int,
float, bool, list, dict) because a Doc may travel between processes through msgpack (spaCy's
`n_process`, `Doc.to_bytes`, a Ray worker). The shapes are those of shared/design/OUTPUT.md,
as dicts:

- `meta`      dict: the article's id, title, url, source, published, author, origin (set
              before the pipeline runs, from the ingest draft)
- `datelines` [dict]: the wire datelines of the story (the dateline stage, nlp/datelines.py),
              None until they are looked for
- `mentions`  [dict]: every actor mention found by the actors stage, in text order:
              {"start", "end"} token offsets, {"start_char", "end_char"}, "text", "label"
              (the NER label or "PRON"/"NOUN"), "via" (how it was resolved: name, surname, title,
              demonym, metonym, pronoun, ...; "place" for a state named as a place, "forces in
              Lebanon", which events may still use as a target), "head" (the token index of the
              mention's head), "actor" (an ACTOR dict, or None), and optionally "entities" (the
              char spans of NER entities inside a wider mention, which share its actor)
- `mention_table` [int]: for each token, the position in `mentions` of the mention covering
              it (-1 where none does), then a fingerprint of the mentions' spans: the mention
              view's index (nlp/mentions.py), built once
- `places`    [PLACE dict], `events` [EVENT dict], `quotes` [QUOTE dict],
  `relations` [RELATION dict]
- `headline`  [dict]: what the article's title, coded as its own Doc before the text, lends
              the text's agentless events: per stated title event its "type", and its "actors"
              and "recipients" as mention records without offsets (headlines.lendable)
- `errors`    [str]: a stage that failed on this Doc says so here instead of losing the article

The typed shapes of these dicts are in nlp/records.py; stages read `mentions` only through the
mention view (nlp/mentions.py).
"""

from __future__ import annotations

from spacy.tokens import Doc

LIST_ATTRIBUTES = ("mentions", "places", "events", "quotes", "relations", "errors")


def register() -> None:
    """Register the attributes; safe to call more than once (each pipeline build calls it)."""
    for name in ("meta", "mention_table", "datelines", "headline"):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)
    for name in LIST_ATTRIBUTES:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


def ensure_lists(doc: Doc) -> Doc:
    """Give each list attribute its own empty list (a shared mutable default would leak).
    Every stage calls this: `doc._` is read once (spaCy makes a new accessor on each read)."""
    ext = doc._
    for name in LIST_ATTRIBUTES:
        if getattr(ext, name) is None:
            setattr(ext, name, [])
    if ext.meta is None:
        ext.meta = {}
    return doc
