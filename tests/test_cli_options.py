"""Every option that takes a number, coordinates or a path is checked by its click type: a bad
value is a usage error (exit 2, click's usage line, one "Error:" line), never a traceback from
the store or the analysis that would meet it later (issue 18)."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from faultlines import cli
from faultlines.store import Store


@pytest.fixture
def db(tmp_path) -> str:
    path = str(tmp_path / "s.duckdb")
    Store(path).close()
    return path


BAD = [
    (("events", "--km", "nan"), "'nan' is not a finite number"),
    (("events", "--km", "-5"), "-5.0 is not in the range x>=0"),
    (("events", "--near", "91,10"), "lat 91 is outside -90..90 in '91,10'"),
    (("events", "--near", "10,inf"), "expected LAT,LON, got '10,inf'"),
    (("events", "--near", "39.8"), "expected LAT,LON, got '39.8'"),
    (("events", "--bbox", "44,38,190,42"), "lon 190 is outside -180..180"),
    (("events", "--limit", "0"), "0 is not in the range 1<=x<=1000000"),
    (("ties", "--half-life", "inf"), "'inf' is not a finite number"),
    (("dilemmas", "--friendly", "nan"), "'nan' is not a finite number"),
    (("dilemmas", "--hostile", "2"), "2.0 is not in the range 0<=x<=1"),
    (("network", "--threshold", "nan"), "'nan' is not a finite number"),
    (("plot", "network", "--out", "graph.pdf"), "should end in .png or .svg"),
    (("export", "--out", "FILE/x.jsonl"), "is a file, so"),
    (("serve", "--port", "70000"), "70000 is not in the range 1<=x<=65535"),
    (("articles", "--db", "DIR"), "is a directory"),
    (("code", "nowhere.txt"), "'nowhere.txt' does not exist"),
    (("import", "nowhere/"), "'nowhere/' does not exist"),
    (("code", "-", "--workers", "0"), "0 is not in the range 1<=x<=64"),
]


@pytest.mark.parametrize("args, message", BAD, ids=lambda v: " ".join(v) if isinstance(v, tuple)
                         else None)
def test_cli_options_a_bad_value_is_a_usage_error(db, tmp_path, args, message):
    (tmp_path / "FILE").write_text("a file where a folder should be")
    args = [str(tmp_path / a) if a in ("FILE/x.jsonl",) else str(tmp_path) if a == "DIR" else a
            for a in args]
    extra = [] if "--db" in args or args[0] in ("code", "import", "plot") else ["--db", db]
    result = CliRunner().invoke(cli.main, [*args, *extra], catch_exceptions=False)
    assert result.exit_code == 2, result.output
    assert result.output.startswith("Usage: ")
    (error,) = [line for line in result.output.splitlines() if line.startswith("Error:")]
    assert message in error
    assert "Traceback" not in result.output
