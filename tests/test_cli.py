"""The command line: what a person types and what comes back, exit codes included."""

from __future__ import annotations

import json

import click
import pytest

from faultlines import cli

from tests.conftest import CLI_STORY as GOOD, run




def _commands(group=None, prefix=()):
    """Every command as the words that call it: ("code",), ("plot", "dyad"), ..."""
    group = group or cli.main
    for name, command in sorted(group.commands.items()):
        yield (*prefix, name), command
        if isinstance(command, click.Group):
            yield from _commands(command, (*prefix, name))


def test_cli_every_command_has_help(runner):
    for words, command in _commands():
        result = run(runner, *words, "--help")
        assert result.exit_code == 0, words
        assert command.help, f"{' '.join(words)} has no help text"


def test_cli_code_seed_prints_the_document(runner, shared, tmp_path):
    seed = str(shared / "eval" / "seed" / "article.txt")
    result = run(runner, "code", seed, "--published", "2023-09-19", "--json", "--db",
                 str(tmp_path / "s.duckdb"))
    assert result.exit_code == 0, result.output
    document = json.loads(result.stdout)
    assert set(document) == {"articles", "dilemmas"}
    article = document["articles"][0]
    assert article["title"] == "Biden and Putin have a new shared headache"
    assert article["published"] == "2023-09-19"
    for entity in article["entities"]:
        assert article["text"][entity["start"]:entity["end"]] == entity["text"]


def test_cli_code_twice_stores_once_and_says_so(runner, tmp_path):
    story = tmp_path / "story.txt"
    story.write_text(GOOD)
    db = str(tmp_path / "s.duckdb")
    assert run(runner, "code", str(story), "--db", db).exit_code == 0
    second = run(runner, "code", str(story), "--db", db)
    assert "1 article(s) already stored" in second.output
    listing = run(runner, "articles", "--db", db, "--json")
    assert len(json.loads(listing.stdout)) == 1


def test_cli_code_json_repeats_stored_articles(runner, tmp_path):
    story = tmp_path / "story.txt"
    story.write_text(GOOD)
    db = str(tmp_path / "s.duckdb")
    run(runner, "code", str(story), "--db", db)
    again = run(runner, "code", str(story), "--db", db, "--json")
    assert len(json.loads(again.stdout)["articles"]) == 1


def test_cli_bad_inputs_are_named_and_the_rest_is_stored(runner, tmp_path, monkeypatch):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a-good.txt").write_text(GOOD)
    (corpus / "b-empty.txt").write_text("")
    (corpus / "c-binary.txt").write_bytes(bytes(range(256)) * 8)
    (corpus / "d-invalid.txt").write_bytes(bytes([0x80 + (i * 37) % 127 for i in range(400)]))
    (corpus / "e-huge.txt").write_bytes(b"word " * (10 * 2**20))
    (corpus / "f-good.txt").write_text(GOOD.replace("Friday", "Monday"))
    (corpus / "g-vanishing.txt").write_text(GOOD.replace("Friday", "Sunday"))
    real_read = __import__("faultlines.ingest.text", fromlist=["read"]).read

    def read_then_vanish(raw, origin):  # the file disappears while the run is going on
        (corpus / "g-vanishing.txt").unlink(missing_ok=True)
        return real_read(raw, origin)

    monkeypatch.setattr("faultlines.ingest.text.read", read_then_vanish)
    db = str(tmp_path / "s.duckdb")
    result = run(runner, "code", str(corpus), "--db", db)
    assert result.exit_code == 1
    reasons = {line.split(": ", 2)[1].rsplit("/", 1)[-1]: line.split(": ", 2)[2]
               for line in result.stderr.splitlines() if line.startswith("faultlines: ")}
    assert set(reasons) == {"b-empty.txt", "c-binary.txt", "d-invalid.txt", "e-huge.txt",
                            "g-vanishing.txt"}
    assert reasons["b-empty.txt"].startswith("empty")
    assert reasons["c-binary.txt"].startswith("binary")
    assert reasons["d-invalid.txt"].startswith("undecodable")
    assert reasons["e-huge.txt"].startswith("too large")
    assert reasons["g-vanishing.txt"].startswith("unreadable")
    listing = json.loads(run(runner, "articles", "--db", db, "--json").stdout)
    assert len(listing) == 2


def test_cli_all_good_exits_zero(runner, tmp_path):
    (tmp_path / "a.txt").write_text(GOOD)
    assert run(runner, "code", str(tmp_path), "--db", str(tmp_path / "s.duckdb")).exit_code == 0


def test_cli_usage_errors_exit_two_with_one_line(runner, tmp_path):
    unknown = run(runner, "code", "x.txt", "--bogus")
    assert unknown.exit_code == 2 and "No such option" in unknown.output
    bad_date = run(runner, "code", "x.txt", "--published", "19/09/2023")
    assert bad_date.exit_code == 2 and "expected YYYY-MM-DD" in bad_date.output
    assert "Traceback" not in unknown.output + bad_date.output


def test_cli_missing_path_is_a_usage_error(runner, tmp_path):
    """A path that does not exist is a typo on the command line: exit 2 before anything is
    coded, with click's usage line (issue 18)."""
    result = run(runner, "code", str(tmp_path / "nope.txt"), "--db", str(tmp_path / "s.duckdb"))
    assert result.exit_code == 2
    assert "does not exist" in result.stderr and "Traceback" not in result.output
    assert not (tmp_path / "s.duckdb").exists()


def test_cli_listing_commands_speak_json_and_csv(runner, tmp_path):
    (tmp_path / "a.txt").write_text(GOOD)
    db = str(tmp_path / "s.duckdb")
    run(runner, "code", str(tmp_path / "a.txt"), "--db", db)
    assert run(runner, "articles", "--db", db, "--format", "csv").stdout.startswith("id,")
    stats = json.loads(run(runner, "stats", "--db", db, "--json").stdout)
    assert stats["counts"]["articles"] == 1


def test_cli_export_writes_every_table(runner, tmp_path):
    (tmp_path / "a.txt").write_text(GOOD)
    db = str(tmp_path / "s.duckdb")
    run(runner, "code", str(tmp_path / "a.txt"), "--db", db)
    out = tmp_path / "out"
    result = run(runner, "export", "--format", "parquet", "--out", str(out), "--db", db)
    assert result.exit_code == 0
    assert (out / "events.parquet").exists() and (out / "articles.parquet").exists()
    jsonl = tmp_path / "all.jsonl"
    run(runner, "export", "--format", "jsonl", "--out", str(jsonl), "--db", db)
    assert json.loads(jsonl.read_text().splitlines()[0])["text"].startswith("Armenia")


def test_cli_show_unknown_article_is_one_line(runner, tmp_path):
    (tmp_path / "a.txt").write_text(GOOD)
    db = str(tmp_path / "s.duckdb")
    run(runner, "code", str(tmp_path / "a.txt"), "--db", db)
    result = run(runner, "show", "zzz", "--db", db)
    assert result.exit_code == 1 and "no article with id 'zzz'" in result.output


def test_cli_a_store_busy_with_a_writer_is_one_line(runner, tmp_path):
    from faultlines.store import Store

    db = str(tmp_path / "s.duckdb")
    script = ("import sys, time\nfrom faultlines.store import Store\n"
              "s = Store(sys.argv[1]); print('open', flush=True); time.sleep(30)")
    import subprocess
    import sys

    writer = subprocess.Popen([sys.executable, "-c", script, db], stdout=subprocess.PIPE, text=True)
    try:
        assert writer.stdout.readline().strip() == "open"
        result = run(runner, "articles", "--db", db)
        assert result.exit_code == 1
        assert "open for writing by another faultlines process" in result.output
    finally:
        writer.kill()
        writer.wait()
    with Store(db) as store:  # the lock goes with its process: the store is usable again
        assert store.counts()["articles"] == 0


def test_cli_every_command_is_documented_in_the_readme():
    from pathlib import Path

    readme = (Path(__file__).parents[1] / "README.md").read_text()
    names = [" ".join(words) for words, _ in _commands()]
    missing = [name for name in names
               if f"faultlines {name}" not in readme and f"`{name}`" not in readme]
    assert not missing, f"README.md does not document: {missing}"


@pytest.mark.parametrize("args", [
    ("articles", "--since", "2023-02-30"), ("articles", "--until", "2023-13-01"),
    ("events", "--since", "2023-02-29"), ("dyads", "--until", "2023-04-31"),
    ("ties", "--as-of", "2023-02-30"), ("escalation", "--as-of", "2023-00-10"),
    ("code", "x.txt", "--published", "2023-02-30"), ("events", "--since", "19/09/2023")],
    ids=lambda a: " ".join(a))
def test_cli_a_bad_date_is_a_usage_error(runner, tmp_path, args):
    db = str(tmp_path / "s.duckdb")
    from faultlines.store import Store

    Store(db).close()
    result = run(runner, *args, *([] if args[0] == "code" else ["--db", db]))
    assert result.exit_code == 2, result.output
    assert result.output.startswith("Usage: ")
    (error,) = [line for line in result.output.splitlines() if line.startswith("Error:")]
    assert f"bad date '{args[-1]}'" in error
    assert "Traceback" not in result.output


def test_cli_modules_import_first_in_a_fresh_process():
    """`import faultlines.cli_network` raised ImportError when the CLI modules imported each
    other; every module of the cli package must import alone."""
    import pkgutil
    import subprocess
    import sys

    import faultlines.cli as package

    names = ["faultlines.cli"] + [f"faultlines.cli.{m.name}"
                                  for m in pkgutil.iter_modules(package.__path__)
                                  if m.name != "__main__"]
    script = "import importlib, sys\nfor name in sys.argv[1:]:\n    importlib.import_module(name)"
    for name in names:
        done = subprocess.run([sys.executable, "-c", script, name], capture_output=True, text=True)
        assert done.returncode == 0, f"import {name}: {done.stderr.strip().splitlines()[-1:]}"


@pytest.mark.parametrize("module", ["faultlines", "faultlines.cli"])
def test_cli_runs_as_python_m(module):
    """`python -m faultlines.cli` raised ImportError (issue 14); both ways in must work."""
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-m", module, "stats", "--help"], capture_output=True,
                          text=True)
    assert done.returncode == 0, done.stderr
    assert "Count what the store holds" in done.stdout
