"""Fuzzing `faultlines code - --json`: whatever text comes in on standard input, no traceback,
no stage error, no hang, and every entity, trigger and place offset slices to its text.

The texts are what broke the pipeline before (issue 18): random Unicode, very long sentences,
deep nesting of quotes and brackets, thousands of capitalised words, control and invisible
characters, mixed scripts. A few hundred examples run with the suite; `pytest -m fuzz` runs
thousands more (FAULTLINES_FUZZ_EXAMPLES sets how many).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import timedelta

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from faultlines import cli

# The words news is made of, names the knowledge base knows among them, so that the stages
# (actors, events, quotes, ties, coref) have something to work on.
WORDS = ("Russia Armenia Azerbaijan Ukraine Iran Israel Turkey China Moscow Kyiv Baku NATO UN "
         "Putin Zelensky Erdogan President Minister Foreign Ministry said told attacked urged "
         "accused signed met rejected threatened the a of in on to and that it he she they "
         "Tuesday 1992 2023 years ago founded 3000 1,000 0001 ceasefire talks troops army").split()
SCRIPTS = ("Россия заявила", "中国外交部", "وزارة الخارجية", "משרד החוץ", "Υπουργείο",
           "विदेश मंत्रालय", "🇺🇦🇷🇺", "e\u0301", "\u202eevil", "Ａｒｍｅｎｉａ")
MARKS = ("“", "”", "\"", "'", "‘", "’", "«", "»", "„", "(", ")", "[", "]", "{", "}", "—", ":")
INVISIBLE = st.characters(categories=["Cc", "Cf", "Zl", "Zp"])

words = st.sampled_from(WORDS)
random_unicode = st.text(max_size=1500)
mixed_scripts = st.lists(st.one_of(words, st.sampled_from(SCRIPTS)), max_size=300).map(" ".join)
long_sentence = st.lists(words, min_size=300, max_size=1600).map(lambda w: " ".join(w) + ".")
capitalised = st.lists(words.map(str.capitalize), min_size=1000, max_size=2000).map(" ".join)
controls = st.lists(st.one_of(words, INVISIBLE, st.sampled_from(MARKS)), max_size=400).map(
    lambda parts: "".join(p if len(p) == 1 else f" {p}" for p in parts))


@st.composite
def nested(draw, depth: int = 0) -> str:
    """Quotes and brackets inside each other, up to 60 deep, some never closed."""
    if depth >= draw(st.integers(1, 60)):
        return " ".join(draw(st.lists(words, min_size=1, max_size=6)))
    opening, closing = draw(st.sampled_from([("“", "”"), ("(", ")"), ("[", "]"), ("«", "»"),
                                             ("\"", "\""), ("‘", "’"), ("„", "“")]))
    inner = draw(nested(depth + 1))
    closed = draw(st.booleans()) or depth % 3
    said = draw(st.sampled_from(["", " Putin said.", ", he told Reuters.", " said the minister."]))
    return f"{opening}{inner}{closing if closed else ''}{said}"


TEXTS = st.one_of(random_unicode, mixed_scripts, long_sentence, capitalised, controls,
                  nested(), st.lists(st.one_of(nested(), mixed_scripts, controls),
                                     max_size=4).map("\n\n".join))

# Not one text may take a minute; the longest drawn are about 10-15 kB.
LIMITS = dict(deadline=timedelta(seconds=60), database=None, derandomize=False,
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                     HealthCheck.function_scoped_fixture])

# What an input may fail with and still be handled: nothing to code in it.
INPUT_REASONS = ("empty", "no story", "binary", "undecodable")


@pytest.fixture(scope="module")
def runner(nlp):
    """A CLI runner whose `code` reuses the session's pipeline."""
    import faultlines.pipeline

    real = faultlines.pipeline.build
    faultlines.pipeline.build = lambda options=None: nlp
    yield CliRunner()
    faultlines.pipeline.build = real


def _slices(article: dict) -> list[tuple[str, str]]:
    """(what the record says, what its offsets cut from the text) for every offset."""
    text = article["text"]
    pairs = [(e["text"], text[e["start"]:e["end"]]) for e in article["entities"]]
    pairs += [(e["trigger"]["text"], text[e["trigger"]["start"]:e["trigger"]["end"]])
              for e in article["events"]]
    pairs += [(p["text"], text[p["start"]:p["end"]]) for p in article["places"]
              if p.get("start") is not None]
    return pairs


def check(runner, text: str) -> None:
    result = runner.invoke(cli.main, ["code", "-", "--json", "--no-store"],
                           input=text.encode("utf-8", "surrogatepass"), catch_exceptions=False)
    assert "Traceback" not in result.output
    failures = [line for line in result.stderr.splitlines() if line.startswith("faultlines: ")]
    assert all(any(f": {reason}" in line for reason in INPUT_REASONS) for line in failures), \
        failures
    assert result.exit_code == (1 if failures else 0), result.stderr
    document = json.loads(result.stdout)
    for article in document["articles"]:
        for said, cut in _slices(article):
            assert said == cut


@settings(max_examples=300, **LIMITS)
@given(text=TEXTS)
def test_fuzz_code_stdin_json_never_breaks(runner, text):
    check(runner, text)


@pytest.mark.fuzz
@settings(max_examples=int(os.environ.get("FAULTLINES_FUZZ_EXAMPLES", "3000")), **LIMITS)
@given(text=TEXTS)
def test_fuzz_code_stdin_json_never_breaks_at_length(runner, text):
    check(runner, text)


def test_fuzz_the_command_itself_on_a_10_kb_text_of_everything(tmp_path):
    """The real `faultlines code - --json` process: no traceback on stderr, done well within
    a minute (the process's own start is most of it). A NUL byte would make the input
    "binary"; the other control characters are coded through."""
    parts = [("“" * 40) + "Putin said" + ("”" * 25),
             "Rus\u200bsia\x1b at\x07tacked Uk\ufeffraine.", " ".join(["Armenia"] * 300),
             "Россия 中国 وزارة 🇺🇦 " * 20, " ".join(WORDS * 8), "(" * 200 + "talks" + "]" * 150]
    text = "\n\n".join(parts * 4)[:10_000]
    done = subprocess.run([sys.executable, "-m", "faultlines", "code", "-", "--json",
                           "--no-store"], input=text.encode(), capture_output=True, timeout=120)
    assert done.returncode == 0, done.stderr.decode()
    assert b"Traceback" not in done.stderr
    (article,) = json.loads(done.stdout)["articles"]
    assert all(said == cut for said, cut in _slices(article))
