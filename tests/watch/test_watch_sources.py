"""SOURCE arguments: URLs, folders, OPML and URL-list files, and a reason for each bad one."""

from __future__ import annotations

from faultlines.watch.sources import expand

OPML = """<?xml version="1.0"?><opml version="2.0"><head><title>Desk</title></head><body>
<outline text="World"><outline type="rss" text="Wire" xmlUrl="http://wire.example/rss"/>
<outline type="rss" text="Ledger" xmlUrl="https://ledger.example/atom.xml"/></outline>
</body></opml>"""


def test_watch_sources_takes_urls_and_folders(tmp_path):
    found, failures = expand(["HTTP://Wire.Example/rss?utm_source=x", str(tmp_path)])
    assert [(s.key, s.kind) for s in found] == [("http://wire.example/rss", "url"),
                                               (str(tmp_path.resolve()), "folder")]
    assert failures == []


def test_watch_sources_reads_nested_opml_outlines(tmp_path):
    path = tmp_path / "desk.opml"
    path.write_text(OPML)
    found, failures = expand([str(path)])
    assert [s.key for s in found] == ["http://wire.example/rss", "https://ledger.example/atom.xml"]
    assert failures == []


def test_watch_sources_reads_one_url_a_line_and_names_a_bad_line(tmp_path):
    path = tmp_path / "feeds.txt"
    path.write_text("# the morning desk\nhttp://wire.example/rss\n\nwire.example/atom\n")
    found, failures = expand([str(path)])
    assert [(s.key, s.origin) for s in found] == [("http://wire.example/rss", f"{path}:2")]
    assert failures == [f"{path}:4: not an http(s) URL: wire.example/atom"]


def test_watch_sources_lists_each_source_once(tmp_path):
    path = tmp_path / "feeds.txt"
    path.write_text("http://wire.example/rss\n")
    found, _ = expand(["http://wire.example/rss", str(path)])
    assert len(found) == 1


def test_watch_sources_refuses_other_schemes_and_missing_paths(tmp_path):
    found, failures = expand(["ftp://wire.example/rss", str(tmp_path / "nope")])
    assert found == []
    assert failures[0].endswith("only http and https URLs are fetched (got 'ftp')")
    assert failures[1].startswith("no such URL, folder or list file")


def test_watch_sources_an_empty_list_file_is_reported(tmp_path):
    path = tmp_path / "feeds.txt"
    path.write_text("# nothing yet\n")
    assert expand([str(path)]) == ([], [f"{path}: lists no sources"])
