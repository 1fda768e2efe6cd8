"""HTML pages (.html, .htm): main text and metadata through trafilatura, then our cleaning."""

from __future__ import annotations

from faultlines.ingest.clean import clean
from faultlines.ingest.draft import Draft, stated_date

name = "html"
suffixes = (".html", ".htm", ".xhtml")


def from_html(html: str, origin: str, **given: str | None) -> Draft | None:
    """Extract one article from a page; None when trafilatura finds no main text.

    given: values the caller already knows (a table's id, url, published...), which win over
        what the page says about itself.
    """
    import trafilatura

    doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False,
                                      include_tables=False, favor_precision=True)
    if doc is None or not (doc.text or "").strip():
        return None
    # trafilatura writes each block of the page (headline, paragraph) on one line; the cleaner
    # reads single line breaks as wrapping inside a paragraph, so make each line a paragraph:
    # otherwise the headline is glued to the first sentence and the story is one paragraph
    paragraphs = "\n\n".join(line.strip() for line in doc.text.splitlines() if line.strip())
    cleaned = clean(paragraphs, title=given.get("title") or doc.title)
    return Draft(
        text=cleaned.text, origin=origin, id=given.get("id"),
        title=given.get("title") or doc.title or cleaned.title,
        url=given.get("url") or doc.url, source=given.get("source") or doc.sitename,
        published=stated_date(given.get("published") or doc.date),
        author=given.get("author") or doc.author)


def read(raw: str, origin: str) -> list[Draft]:
    draft = from_html(raw, origin)
    return [draft] if draft else []
