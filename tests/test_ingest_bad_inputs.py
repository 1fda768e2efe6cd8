"""Bad inputs as a tester makes them: each one a Failure with its reason, none hangs, none is
read without limit, and the good inputs beside them are read (issue 18)."""

from __future__ import annotations

import codecs
import io
import json
import os
import signal
from contextlib import contextmanager

import pytest

from faultlines.ingest import read_paths, read_stdin
from faultlines.ingest.characters import normalise_characters
from faultlines.ingest.decode import decode_noted
from faultlines.ingest.draft import Draft, Failure

STORY = "Talks resume\n\nArmenia and Azerbaijan resumed talks in Almaty on Friday.\n"


def _split(items):
    items = list(items)
    return ([i for i in items if isinstance(i, Draft)],
            [i for i in items if isinstance(i, Failure)])


def _reasons(failures: list[Failure]) -> dict[str, str]:
    return {os.path.basename(f.origin): f.reason for f in failures}


@contextmanager
def _within(seconds: int):
    """Fail instead of hanging: the FIFO used to block the run forever."""
    def hung(signum, frame):
        raise TimeoutError(f"still reading after {seconds} s")

    previous = signal.signal(signal.SIGALRM, hung)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def test_ingest_special_files_are_named_never_read(tmp_path):
    """A FIFO waits for a writer forever; /dev/zero and /dev/urandom never end: all three
    are named as what they are, without being read, and the story beside them is read."""
    os.mkfifo(tmp_path / "fifo.txt")
    (tmp_path / "zero.txt").symlink_to("/dev/zero")
    (tmp_path / "random.jsonl").symlink_to("/dev/urandom")
    (tmp_path / "story.txt").write_text(STORY)
    with _within(30):
        drafts, failures = _split(read_paths([str(tmp_path)]))
    assert [d.title for d in drafts] == ["Talks resume"]
    assert _reasons(failures) == {
        "fifo.txt": "not a regular file: a named pipe (FIFO); only files are read, so it was "
                    "left alone",
        "zero.txt": "not a regular file: a link to /dev/zero, a character device; only files "
                    "are read, so it was left alone",
        "random.jsonl": "not a regular file: a link to /dev/urandom, a character device; only "
                        "files are read, so it was left alone"}


def test_ingest_a_directory_that_cannot_be_listed_is_named(tmp_path, monkeypatch):
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "a.txt").write_text(STORY)
    (tmp_path / "b.txt").write_text(STORY.replace("Friday", "Monday"))
    locked.chmod(0)
    if os.geteuid() == 0:  # root lists anything: refuse it as the kernel refuses other users
        real = os.scandir

        def scandir(path="."):
            if os.fspath(path) == str(locked):
                raise PermissionError(13, "Permission denied", str(locked))
            return real(path)

        monkeypatch.setattr(os, "scandir", scandir)
    try:
        drafts, failures = _split(read_paths([str(tmp_path)]))
    finally:
        locked.chmod(0o755)
    assert len(drafts) == 1
    assert _reasons(failures) == {
        "locked": "unreadable directory: Permission denied; none of its files were read"}


def test_ingest_a_file_over_the_limit_is_refused_unread(tmp_path):
    (tmp_path / "big.txt").write_bytes(b"word " * 300_000)
    _, failures = _split(read_paths([str(tmp_path / "big.txt")], max_bytes=1_000_000))
    assert failures[0].reason.startswith("too large: 1.4 MB is more than one article can be "
                                         "(limit 1.0 MB)")


def test_ingest_stdin_over_the_limit_is_refused_not_cut(monkeypatch):
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(b"word " * 1000)))
    drafts, failures = _split(read_stdin(max_bytes=4000))
    assert not drafts
    assert failures[0].origin == "<stdin>"
    assert failures[0].reason.startswith("too large: more than 0.0 MB")


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-32", "utf-8-sig"])
def test_ingest_a_byte_order_mark_names_the_encoding(tmp_path, encoding):
    data = STORY.encode(encoding)
    if encoding == "utf-16-be":
        data = codecs.BOM_UTF16_BE + data
    (tmp_path / "a.txt").write_bytes(data)
    drafts, failures = _split(read_paths([str(tmp_path / "a.txt")]))
    assert not failures and drafts[0].text.startswith("Armenia and Azerbaijan")


def test_ingest_invalid_utf8_is_replaced_and_noted_never_mojibake():
    text, note = decode_noted("The president’s envoy met Egypt’s minister.".encode() + b"\x92")
    assert text == "The president’s envoy met Egypt’s minister.\ufffd"
    assert note == ("note: 1 byte sequence(s) that are not valid UTF-8 were replaced with "
                    "U+FFFD; the rest was coded")


def test_ingest_windows_1252_without_utf8_is_still_decoded_quietly():
    assert decode_noted("The café owner said “enough”.".encode("cp1252")) == (
        "The café owner said “enough”.", None)


def test_ingest_csv_with_a_utf8_byte_order_mark_keeps_its_rows(tmp_path):
    (tmp_path / "t.csv").write_bytes(codecs.BOM_UTF8
                                     + b'id,text\nc1,"Iran condemned the strike."\n')
    drafts, failures = _split(read_paths([str(tmp_path / "t.csv")]))
    assert not failures and [d.article_id for d in drafts] == ["c1"]


def test_ingest_a_table_row_with_bytes_that_are_not_utf8_carries_a_note(tmp_path):
    (tmp_path / "t.jsonl").write_bytes(
        b'{"id": "r1", "text": "Chad\x92s army closed the border."}\n'
        b'{"id": "r2", "text": "Niger closed its airspace."}\n')
    drafts, _ = _split(read_paths([str(tmp_path / "t.jsonl")]))
    assert [(d.article_id, len(d.notes)) for d in drafts] == [("r1", 1), ("r2", 0)]
    assert drafts[0].text == "Chad\ufffds army closed the border."


@pytest.mark.parametrize("row, reason", [
    ({"text": 42}, "field 'text' is a number (42), not text; give a string"),
    ({"text": ["a", "b"]}, "field 'text' is a list, not text; give a string"),
    ({"text": {"body": "x"}}, "field 'text' is an object, not text; give a string"),
    ({"text": "Chad closed its border.", "title": 7}, "field 'title' is a number (7), not text; "
                                                       "give a string"),
    ({"text": "Chad closed its border.", "id": [1]}, "field 'id' is a list; give a string or a "
                                                      "whole number"),
    ({"text": "Chad closed its border.", "published": "2023-02-30"},
     "bad published date '2023-02-30': day is out of range for month; write the calendar day "
     "as YYYY-MM-DD"),
    ({"text": "Chad closed its border.", "published": "yesterday"},
     "bad published date 'yesterday': a relative date, which only the day it was written could "
     "resolve; write the calendar day as YYYY-MM-DD"),
], ids=["number", "list", "object", "title", "id", "no-such-day", "relative"])
def test_ingest_a_row_with_a_value_of_the_wrong_kind_is_refused_by_name(tmp_path, row, reason):
    (tmp_path / "t.jsonl").write_text(json.dumps(row) + "\n" + json.dumps(
        {"id": "good", "text": "Niger closed its airspace."}) + "\n")
    drafts, failures = _split(read_paths([str(tmp_path / "t.jsonl")]))
    assert [d.article_id for d in drafts] == ["good"]
    assert [(f.origin.rsplit(":", 1)[1], f.reason) for f in failures] == [("1", reason)]


def test_ingest_an_integer_id_is_its_digits(tmp_path):
    (tmp_path / "t.jsonl").write_text(json.dumps({"id": 17, "text": "Chad closed its border."}))
    drafts, _ = _split(read_paths([str(tmp_path / "t.jsonl")]))
    assert drafts[0].article_id == "17"


def test_ingest_a_relative_date_in_front_matter_is_refused(tmp_path):
    (tmp_path / "a.txt").write_text("Title: Talks\nDate: 2 days ago\n\nChad closed its border.")
    _, failures = _split(read_paths([str(tmp_path / "a.txt")]))
    assert "a relative date" in failures[0].reason


def test_ingest_a_table_cell_over_the_limit_is_refused_and_the_next_row_read(tmp_path):
    rows = [{"id": "big", "text": "word " * 300_000}, {"id": "ok", "text": "Chad closed it."}]
    (tmp_path / "t.jsonl").write_text("\n".join(json.dumps(r) for r in rows))
    drafts, failures = _split(read_paths([str(tmp_path / "t.jsonl")], max_bytes=1_000_000))
    assert [d.article_id for d in drafts] == ["ok"]
    assert failures[0].reason.startswith("too large: 1.4 MB")


def test_ingest_a_row_that_raises_fails_alone(tmp_path, monkeypatch):
    """Whatever one row raises (a bug the readers did not foresee) is that row's Failure."""
    import faultlines.ingest.table as table

    real = table.clean

    def clean(text, title=None):
        if "boom" in text:
            raise RuntimeError("the cleaner\nbroke")
        return real(text, title=title)

    monkeypatch.setattr(table, "clean", clean)
    rows = [{"id": "a", "text": "boom"}, {"id": "b", "text": "Chad closed its border."}]
    (tmp_path / "t.jsonl").write_text("\n".join(json.dumps(r) for r in rows))
    drafts, failures = _split(read_paths([str(tmp_path / "t.jsonl")]))
    assert [d.article_id for d in drafts] == ["b"]
    assert failures[0].reason == ("failed: RuntimeError: the cleaner broke (a bug: please report "
                                  "it with this input)")


@pytest.mark.parametrize("raw, clean", [
    ("Rus\u200bsia at\u2060tacked Uk\ufeffraine", "Russia attacked Ukraine"),
    ("Pakis\u00adtan and Nah\u00adyan", "Pakistan and Nahyan"),
    ("Pu\u200dtin met \u200eErdogan\u200f", "Putin met Erdogan"),
    ("Armenia\x00Azerbaijan\x07", "Armenia Azerbaijan "),
    ("one\u2028two", "one\ntwo"),
    ("broken \ud800 text", "broken \ufffd text"),
    ("\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645 and \U0001f469\u200d\U0001f4bb",
     "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645 and \U0001f469\u200d\U0001f4bb"),
    ("Shehbaz\u00a0Sharif met Xi\u202fJinping on 5\u2009May",
     "Shehbaz Sharif met Xi Jinping on 5 May"),
    ("the Al\u2011Aqsa compound", "the Al-Aqsa compound"),
], ids=["zero-width", "soft-hyphen", "joiners-and-marks", "controls", "separator",
        "surrogate", "persian-and-emoji-keep-their-joiners", "no-break-spaces", "no-break-hyphen"])
def test_ingest_characters_that_hide_words_are_normalised(raw, clean):
    assert normalise_characters(raw) == clean


def test_ingest_zero_width_characters_code_like_the_clean_story(nlp):
    """The same story with zero-width spaces inside its words codes what the clean one
    does (it coded no events and no quotes)."""
    from faultlines import pipeline
    from faultlines.ingest.text import from_text

    story = "Talks\n\n“We will not stop,” Azerbaijan said after it attacked Armenian positions."
    hidden = story.replace("Azer", "Azer\u200b").replace("attack", "at\u200btack")

    def coded(text):
        return next(pipeline.code_drafts(nlp, [from_text(text, "x")]))[0]

    clean, spoiled = coded(story), coded(hidden)
    assert spoiled.text == clean.text
    assert [(e.type, e.trigger.text) for e in spoiled.events] == \
        [(e.type, e.trigger.text) for e in clean.events] != []
    assert len(spoiled.quotes) == len(clean.quotes) == 1


def test_ingest_no_break_hyphen_and_spaces_code_like_the_clean_story(nlp):
    """A no-break hyphen inside a name ("Al\u2011Aqsa") kept it from the knowledge base; every
    offset still points into the stored text, which is as long as the story read."""
    from faultlines import pipeline
    from faultlines.ingest.text import from_text

    story = "Raid\n\nIsraeli police stormed the Al-Aqsa Mosque compound, Prime Minister Shehbaz " \
            "Sharif said."
    spoiled = story.replace("Al-Aqsa", "Al\u2011Aqsa").replace("Shehbaz ", "Shehbaz\u00a0")
    article = next(pipeline.code_drafts(nlp, [from_text(spoiled, "x")]))[0]
    clean = next(pipeline.code_drafts(nlp, [from_text(story, "x")]))[0]
    assert article.text == clean.text and len(article.text) == len(story) - len("Raid\n\n")
    assert [e.text for e in article.entities] == [e.text for e in clean.entities]
    assert all(article.text[e.start:e.end] == e.text for e in article.entities)
