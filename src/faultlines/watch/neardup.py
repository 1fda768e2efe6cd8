"""One story, several outlets: near-duplicate texts found with MinHash (datasketch).

A wire story run by several sites keeps its sentences but not its surroundings: one site adds a
standfirst, another a "Reporting by" line, a third cuts the last paragraph. Exact hashes miss
these; the Jaccard similarity of their word shingles does not. MinHash estimates it from a short
signature, and locality-sensitive hashing (bands of the signature) finds the few stored stories
worth comparing, through an index a database can hold: a band key is an ordinary string.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Sequence
from functools import lru_cache

from faultlines.watch.options import WatchOptions
from faultlines.watch.state import StoryRecord

SEED = 1
SCHEME = "affine32"  # fixed, so signatures stored today compare with those computed next year
_WORD = re.compile(r"\w+")


def shingles(text: str, size: int) -> set[bytes]:
    """Runs of `size` words, case-folded; a text shorter than that is one shingle."""
    words = _WORD.findall(text.casefold())
    if len(words) <= size:
        return {" ".join(words).encode("utf-8")}
    return {" ".join(words[i:i + size]).encode("utf-8") for i in range(len(words) - size + 1)}


@lru_cache(maxsize=4)
def _blank(num_perm: int):
    from datasketch import MinHash  # imports scipy: only when the watcher first compares texts

    return MinHash(num_perm=num_perm, seed=SEED, scheme=SCHEME)


def signature(text: str, options: WatchOptions) -> tuple[int, ...]:
    """The MinHash signature of a text's shingles."""
    minhash = _blank(options.num_perm).copy()
    minhash.update_batch(sorted(shingles(text, options.shingle)))
    return tuple(int(v) for v in minhash.hashvalues)


def band_keys(sig: Sequence[int], bands: int) -> list[str]:
    """LSH band keys: two signatures that agree on a whole band share its key."""
    rows = len(sig) // bands
    keys = []
    for band in range(bands):
        chunk = ",".join(str(v) for v in sig[band * rows:(band + 1) * rows])
        keys.append(f"{band}:{hashlib.blake2b(chunk.encode(), digest_size=8).hexdigest()}")
    return keys


def similarity(a: Sequence[int], b: Sequence[int]) -> float:
    """Estimated Jaccard similarity of the texts behind two signatures."""
    from datasketch import LeanMinHash

    left = LeanMinHash(seed=SEED, hashvalues=list(a), scheme=SCHEME)
    return float(left.jaccard(LeanMinHash(seed=SEED, hashvalues=list(b), scheme=SCHEME)))


def closest(sig: Sequence[int], candidates: Iterable[StoryRecord],
            threshold: float) -> tuple[StoryRecord, float] | None:
    """The most similar candidate at or above the threshold, or None."""
    best: tuple[StoryRecord, float] | None = None
    for record in candidates:
        score = similarity(sig, record.signature)
        if score >= threshold and (best is None or score > best[1]):
            best = (record, score)
    return best
