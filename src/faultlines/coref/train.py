"""Build the ranker's weights from GUM: `python -m faultlines.coref.train --out PATH`.

Reads GUM's CoNLL-U files from ../shared/data/coref/gum (never copied here), runs our pipeline
up to the actors stage on each document's text, and lets the resolver choose as it does at run
time while recording, for every pronoun, the candidates it weighs and their features
(features.py). The candidates are labelled by GUM's gold entities (labels.py) and a softmax
ranker is fitted to them (fit.py). The weights, rounded, go to weights.json with a manifest:
the GUM files and their SHA-256, the genres and their licences, the feature version, the
penalty, and the command.

Only genres whose texts are licensed for any use with attribution (CC BY) or are in the public
domain train the weights the package ships (GENRES). The share-alike genres (bio, voyage: CC
BY-SA) would bind the weights to their licence, and the non-commercial ones (essay, fiction,
letter, podcast, whow: CC BY-NC-SA) forbid commercial use; neither fits a package under the
Apache licence. Only the train split is read: dev and test stay for measuring.

Two rounds: the first records the choices the hand-set salience makes (a resolved pronoun
becomes a candidate for later ones, so earlier choices shape later candidates), the second
those the first round's weights make, as the shipped ranker will. Nothing is random, so the
same GUM files and the same pipeline rebuild the same file (a slow test checks this).

The penalty (L2) was chosen among 10, 30, 100 and 300 on GUM's dev split and the tune half of
the team's news gold; its check half and GUM's test split only report.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from spacy.language import Language
from spacy.tokens import Doc

from faultlines.coref import features, fit, labels, rank, resolve
from faultlines.coref.anaphors import Anaphor
from faultlines.coref.candidates import Candidate
from faultlines.coref.choose import Choice, Context, Ranker, salient
from faultlines.options import stages_before

if TYPE_CHECKING:  # GUM's reader belongs to eval, a layer above: imported where it is read
    from faultlines.eval import corefud

GUM = Path("data") / "coref" / "gum"
OPEN = GUM / "conllu" / "open"
# The genres of GUM's open part whose texts allow shipping what is derived from them, with the
# licence that says so (../shared/data/coref/gum/LICENSE.txt and SOURCE.txt).
GENRES = {"news": "CC BY 2.5 (Wikinews)", "interview": "CC BY 2.5 (Wikinews)",
          "academic": "CC BY 4.0", "court": "CC BY 4.0", "textbook": "CC BY (OpenStax)",
          "vlog": "CC BY (YouTube CC)", "conversation": "CC BY (Santa Barbara Corpus)",
          "speech": "public domain (government and UN speeches)"}
STAGES = stages_before("coref")  # the Doc the coreference stage reads in the pipeline
L2 = 100.0
ROUNDS = 2
DIGITS = 3
COMMAND = "python -m faultlines.coref.train --out src/faultlines/coref/weights.json"


class Recorder:
    """A ranker that records every pronoun's candidates and their features, and lets another
    choose (the hand-set salience where there is none)."""

    def __init__(self, inner: Ranker | None) -> None:
        self.inner = inner
        self.seen: list[tuple[Anaphor, list[Candidate], list[features.Row]]] = []

    def pronoun(self, a: Anaphor, pool: list[Candidate], ctx: Context) -> Choice:
        self.seen.append((a, list(pool), features.rows(a, pool, ctx)))
        return self.inner.pronoun(a, pool, ctx) if self.inner else salient(a, pool, ctx)


def documents(shared: Path, genres: Iterable[str], splits: Iterable[str] = ("train",)
              ) -> list[Path]:
    """The GUM files of the genres and splits, sorted by name."""
    from faultlines.eval import corefud

    which = corefud.split_of(shared / GUM)
    wanted = set(genres)
    return sorted(p for p in (shared / OPEN).glob("GUM_*.conllu")
                  if p.stem.split("_")[1] in wanted and which.get(p.stem) in set(splits))


def parse(nlp: Language, golds: list[corefud.Document]) -> list[Doc]:
    """Our pipeline's Docs of the GUM texts (up to the actors stage: what the resolver reads)."""
    from faultlines.nlp import extensions

    docs = []
    for gold in golds:
        doc = nlp.make_doc(gold.text)
        extensions.ensure_lists(doc)
        docs.append(doc)
    return list(nlp.pipe(docs, batch_size=4))


def groups(gold: corefud.Document, doc: Doc, inner: Ranker | None) -> list[fit.Group]:
    """One training group per pronoun of the document with a right candidate and a wrong one
    (the others teach nothing)."""
    recorder = Recorder(inner)
    resolve(doc, doc._.mentions or [], ranker=recorder)
    aligned = labels.Aligned(gold, doc)
    out = []
    for a, pool, rows in recorder.seen:
        right = labels.right(aligned, a.head, pool)
        if 0 < len(right) < len(pool):
            out.append(fit.Group(tuple(rows), right))
    return out


def train(pairs: list[tuple[corefud.Document, Doc]], l2: float = L2,
          rounds: int = ROUNDS) -> tuple[dict[str, float], int]:
    """The weights, rounded, and the number of pronouns they were fitted on."""
    inner, weights, n = None, {}, 0
    for _ in range(rounds):
        data = [g for gold, doc in pairs for g in groups(gold, doc, inner)]
        n = len(data)
        fitted = fit.fit(data, l2, free=frozenset((features.SALIENCE,)))
        weights = {k: round(v, DIGITS) for k, v in sorted(fitted.items())
                   if round(v, DIGITS) != 0}
        inner = rank.Ranker(weights)
    return weights, n


def manifest(paths: list[Path], genres: Iterable[str], l2: float, n: int) -> dict:
    import spacy

    from faultlines.options import MODEL

    return {"version": features.VERSION,
            "built_by": COMMAND,
            "corpus": "GUM V11.1.0 (Zeldes 2017), conllu/open, train split; annotations CC BY "
                      "4.0; see ../shared/data/coref/gum/SOURCE.txt",
            "genres": {g: GENRES[g] for g in sorted(genres)},
            "files": {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in paths},
            "pipeline": {"model": MODEL, "spacy": spacy.__version__, "stages": list(STAGES)},
            "fit": {"loss": "softmax over each pronoun's candidates, L2", "l2": l2,
                    "rounds": ROUNDS, "digits": DIGITS, "seed": None,
                    "note": "full-batch Newton from zero weights: nothing is random"},
            "pronouns": n}


def build(shared: Path, genres: Iterable[str] = tuple(GENRES), l2: float = L2) -> dict:
    """The weights document, built from the GUM files under `shared`."""
    from faultlines import pipeline
    from faultlines.eval import corefud
    from faultlines.options import CodingOptions

    genres = tuple(genres)
    unknown = set(genres) - set(GENRES)
    if unknown:
        raise ValueError(f"genres {sorted(unknown)} are not licensed for shipped weights; "
                         f"use some of {', '.join(GENRES)}")
    paths = documents(shared, genres)
    golds = [corefud.read(p) for p in paths]
    docs = parse(pipeline.build(CodingOptions(stages=STAGES)), golds)
    weights, n = train(list(zip(golds, docs)), l2)
    return manifest(paths, genres, l2, n) | {"weights": weights}


def dumps(document: dict) -> str:
    return json.dumps(document, indent=1, ensure_ascii=False) + "\n"


def main(argv: list[str] | None = None) -> int:
    from faultlines.eval import shared_dir

    parser = argparse.ArgumentParser(prog="python -m faultlines.coref.train",
                                     description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=rank.WEIGHTS, help="where to write")
    parser.add_argument("--shared", type=Path, default=None, help="../shared (found if omitted)")
    parser.add_argument("--l2", type=float, default=L2, help="the L2 penalty")
    args = parser.parse_args(argv)
    shared = args.shared or shared_dir()
    if shared is None or not (shared / OPEN).is_dir():
        print(f"GUM not found under {shared or '../shared'}: set --shared", file=sys.stderr)
        return 1
    document = build(shared, l2=args.l2)
    args.out.write_text(dumps(document), encoding="utf-8")
    print(f"{args.out}: {len(document['weights'])} weights from {document['pronouns']} pronouns "
          f"in {len(document['files'])} GUM files")
    return 0


if __name__ == "__main__":
    sys.exit(main())
