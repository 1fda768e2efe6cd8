"""Readers: every kind of input becomes drafts; every bad input becomes one named failure."""

from __future__ import annotations

import json

from faultlines.ingest import read_paths
from faultlines.ingest.draft import Draft, Failure, content_hash

STORY = "Ceasefire talks resume\n\nArmenia and Azerbaijan resumed talks in Almaty on Friday.\n"


def _split(items):
    items = list(items)
    return ([i for i in items if isinstance(i, Draft)], [i for i in items if isinstance(i, Failure)])


def test_ingest_reads_a_text_file(tmp_path):
    (tmp_path / "a.txt").write_text(STORY)
    drafts, failures = _split(read_paths([str(tmp_path / "a.txt")]))
    assert not failures
    assert drafts[0].title == "Ceasefire talks resume"
    assert drafts[0].text.startswith("Armenia and Azerbaijan")


def test_ingest_reads_html_through_trafilatura(tmp_path):
    body = " ".join(["Armenia and Azerbaijan resumed talks in Almaty on Friday."] * 8)
    page = (f"<html><head><title>Talks resume</title><meta name='author' content='A. Writer'>"
            f"<meta property='article:published_time' content='2024-05-10'></head><body>"
            f"<nav>Home | World</nav><article><h1>Talks resume</h1><p>{body}</p>"
            f"<p>{body}</p></article><footer>Subscribe</footer></body></html>")
    (tmp_path / "a.html").write_text(page)
    drafts, failures = _split(read_paths([str(tmp_path / "a.html")]))
    assert not failures
    assert drafts[0].title == "Talks resume"
    assert drafts[0].published == "2024-05-10"
    assert "Home | World" not in drafts[0].text


def test_ingest_html_keeps_the_pages_paragraphs_and_drops_its_headline(tmp_path):
    """Regression: trafilatura writes one block a line, which the cleaner read as one wrapped
    paragraph, so the headline ran into the first sentence ("Talks resume Armenia and ...")."""
    first = "Armenia and Azerbaijan resumed talks in Almaty on Friday, officials from both said."
    second = "Russia welcomed the talks and offered to host the next round in Moscow next month."
    page = (f"<html><head><title>Talks resume</title></head><body><article><h1>Talks resume</h1>"
            f"<p>{first}</p><p>{second}</p></article></body></html>")
    (tmp_path / "a.html").write_text(page)
    drafts, _ = _split(read_paths([str(tmp_path / "a.html")]))
    assert drafts[0].text == f"{first}\n\n{second}"


def test_ingest_tables_keep_the_callers_id(tmp_path):
    rows = [{"id": "row-1", "text": "Russia and Ukraine exchanged prisoners.", "published": "2023-01-08"},
            {"id": "row-2", "text": "Turkey hosted talks in Istanbul.", "date": "2022-03-29T10:00:00"}]
    (tmp_path / "t.jsonl").write_text("\n".join(json.dumps(r) for r in rows))
    drafts, _ = _split(read_paths([str(tmp_path / "t.jsonl")]))
    assert [d.article_id for d in drafts] == ["row-1", "row-2"]
    assert drafts[1].published == "2022-03-29"


def test_ingest_csv_and_parquet_tables(tmp_path):
    import pyarrow as pa
    import pyarrow.parquet as pq

    (tmp_path / "t.csv").write_text("id,text\nc1,\"Iran condemned the strike.\"\n")
    pq.write_table(pa.table({"id": ["p1"], "text": ["Israel struck targets in Gaza."]}),
                   tmp_path / "t.parquet")
    drafts, failures = _split(read_paths([str(tmp_path)]))
    assert not failures
    assert sorted(d.article_id for d in drafts) == ["c1", "p1"]


def test_ingest_a_bad_row_fails_alone(tmp_path):
    (tmp_path / "t.jsonl").write_text('{"id": "ok", "text": "Chad closed its border."}\n'
                                      "not json\n" '{"id": "empty"}\n')
    drafts, failures = _split(read_paths([str(tmp_path / "t.jsonl")]))
    assert [d.article_id for d in drafts] == ["ok"]
    assert [f.origin.rsplit(":", 1)[1] for f in failures] == ["2", "3"]
    assert "no text" in failures[1].reason


def test_ingest_decodes_windows_1252(tmp_path):
    (tmp_path / "w.txt").write_bytes("Talks in Yerevan\n\nThe café owner said “enough”.".encode("cp1252"))
    drafts, failures = _split(read_paths([str(tmp_path / "w.txt")]))
    assert not failures
    assert "café owner said “enough”" in drafts[0].text


def test_ingest_missing_path_is_a_failure():
    drafts, failures = _split(read_paths(["/no/such/file.txt"]))
    assert not drafts and "no such file" in failures[0].reason


def test_ingest_same_story_same_hash_whatever_the_spacing():
    assert content_hash("Armenia  asked\nRussia.") == content_hash("armenia asked russia.")
