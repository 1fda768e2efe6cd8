"""Fixtures shared by every test: the pipeline (built once), a fresh store, the shared data."""

from __future__ import annotations

from pathlib import Path

import pytest

from faultlines.eval import shared_dir as _shared_dir
from faultlines.options import CodingOptions

SEED_PUBLISHED = "2023-09-19"


def pytest_collection_modifyitems(config, items):
    """Long fuzzing runs only when asked for (`pytest -m fuzz`); the suite runs a few hundred
    examples of the same properties."""
    if "fuzz" in (config.getoption("markexpr") or ""):
        return
    skip = pytest.mark.skip(reason="long fuzzing: run with -m fuzz")
    for item in items:
        if "fuzz" in item.keywords:
            item.add_marker(skip)


@pytest.fixture(scope="session")
def nlp():
    """The full faultlines pipeline, built once for the whole run."""
    from faultlines import pipeline

    return pipeline.build(CodingOptions())


@pytest.fixture(scope="session")
def bare_nlp():
    """spaCy's English pipeline with none of our stages: the baseline."""
    from faultlines import pipeline

    return pipeline.build(CodingOptions(stages=()))


@pytest.fixture
def store():
    """A fresh in-memory store."""
    from faultlines.store import Store

    with Store(":memory:") as s:
        yield s


@pytest.fixture(scope="session")
def shared() -> Path:
    """../shared (third-party gold data, never copied here); tests that need it skip without it."""
    path = _shared_dir()
    if path is None:
        pytest.skip("../shared is absent: gold-data tests skipped")
    return path


@pytest.fixture(scope="session")
def seed_text(shared) -> str:
    return (shared / "eval" / "seed" / "article.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_article(nlp, shared):
    """The seed article coded from its raw file, as `faultlines code` would."""
    from faultlines import pipeline
    from faultlines.ingest import read_paths

    drafts = list(read_paths([str(shared / "eval" / "seed" / "article.txt")]))
    options = CodingOptions(published=SEED_PUBLISHED)
    return next(pipeline.code_drafts(nlp, drafts, options))[0]


def code(nlp, text: str, published: str = "2023-09-19"):
    """Code one short text with the full pipeline (a helper for behaviour tests)."""
    from faultlines import pipeline

    return pipeline.code_text(nlp, text, published=published)


@pytest.fixture(scope="session")
def places_nlp():
    """The pipeline up to the places stage: what every places test needs, built once."""
    from faultlines import pipeline
    from faultlines.options import CodingOptions

    return pipeline.build(CodingOptions(stages=("entities", "actors", "places")))


def coded_places(nlp, text: str) -> list[dict]:
    """The PLACE dicts of one short text, run through `nlp` (no stage may fail on it)."""
    from faultlines import pipeline
    from faultlines.ingest.draft import Draft

    doc = nlp(pipeline.make_doc(nlp, Draft(text=text, origin="<test>")))
    assert not doc._.errors
    return doc._.places


def place_triples(nlp, text: str) -> list[tuple[str, str | None, str]]:
    """(text, country, feature) of each place of one short text."""
    return [(p["text"], p["country"], p["feature"]) for p in coded_places(nlp, text)]


def up_to_actors(nlp, text: str, **draft):
    """The Doc of one text coded up to the actors stage: what the coreference stage reads.

    draft: more fields of the Draft (published, source, url)."""
    from faultlines import pipeline
    from faultlines.ingest.draft import Draft
    from faultlines.options import ALL_STAGES

    later = {f"faultlines_{s}" for s in ALL_STAGES[ALL_STAGES.index("actors") + 1:]}
    with nlp.select_pipes(disable=[name for name in nlp.pipe_names if name in later]):
        return nlp(pipeline.make_doc(nlp, Draft(text=text, origin="test", **draft)))


DEMO_ARTICLES = Path(__file__).resolve().parents[1] / "src" / "faultlines" / "demo" / "articles"
GUARDIAN_CSV = Path("guardian-syria") / "Guardian_SDF_sample.csv"


def _coded_store(path: Path, inputs: list[str], nlp) -> Path:
    from faultlines.corpus import code_corpus
    from faultlines.store import Store

    with Store(path) as store:
        code_corpus(inputs, CodingOptions(), store, nlp=nlp)
    return path


@pytest.fixture(scope="session")
def demo_store(tmp_path_factory, nlp) -> Path:
    """The demo corpus coded into a store file, once per run (read it, never write it)."""
    return _coded_store(tmp_path_factory.mktemp("demo") / "demo.duckdb", [str(DEMO_ARTICLES)],
                        nlp)


def copy_of(store: Path, folder: Path, name: str | None = None) -> Path:
    """A copy of a session store file in `folder`, for a test that writes to it or needs it
    under another name: the shared file stays as coded."""
    import shutil

    folder.mkdir(parents=True, exist_ok=True)
    target = folder / (name or store.name)
    shutil.copyfile(store, target)
    wal = store.with_name(store.name + ".wal")
    if wal.exists():
        shutil.copyfile(wal, target.with_name(target.name + ".wal"))
    return target


@pytest.fixture(scope="session")
def guardian_store(tmp_path_factory, shared, nlp) -> Path:
    """The 249 Guardian Syria articles of ../shared coded into a store file, once per run
    (a few minutes); skipped where ../shared does not hold them."""
    source = shared / "data" / "news" / GUARDIAN_CSV
    if not source.exists():
        pytest.skip(f"{source} is absent")
    return _coded_store(tmp_path_factory.mktemp("guardian") / "guardian.duckdb", [str(source)],
                        nlp)


GUARDIAN_SAMPLE = 25


@pytest.fixture(scope="session")
def guardian_sample_store(tmp_path_factory, shared, nlp) -> Path:
    """The first GUARDIAN_SAMPLE Guardian Syria articles coded into a store file: for tests
    that visit every page of a store (the crawler), which on all 249 articles take over ten
    minutes on two cores. The rows are copied to a temporary table, never into the repo."""
    import csv

    source = shared / "data" / "news" / GUARDIAN_CSV
    if not source.exists():
        pytest.skip(f"{source} is absent")
    folder = tmp_path_factory.mktemp("guardian_sample")
    sample = folder / "guardian_sample.csv"
    csv.field_size_limit(1 << 30)
    with source.open(encoding="utf-8", newline="") as src, \
            sample.open("w", encoding="utf-8", newline="") as out:
        reader = csv.reader(src)
        writer = csv.writer(out)
        for n, row in enumerate(reader):
            if n > GUARDIAN_SAMPLE:
                break
            writer.writerow(row)
    return _coded_store(folder / "guardian_sample.duckdb", [str(sample)], nlp)


# --- the command line, run in-process ------------------------------------------------------

CLI_STORY = "Talks in Almaty\n\nArmenia and Azerbaijan resumed talks in Almaty on Friday.\n"


@pytest.fixture
def runner(monkeypatch, nlp):
    """A CLI runner whose `code` reuses the session's pipeline instead of loading a new one."""
    from click.testing import CliRunner

    monkeypatch.setattr("faultlines.pipeline.build", lambda options=None: nlp)
    return CliRunner()


def run(runner, *args, **kwargs):
    """`faultlines ARGS` in-process; exceptions propagate so a test shows their traceback."""
    from faultlines import cli

    return runner.invoke(cli.main, list(args), catch_exceptions=False, **kwargs)
