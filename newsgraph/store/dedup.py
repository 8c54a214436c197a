"""Near-duplicate articles: MinHash signatures over word 5-grams, found through LSH band buckets.

The same wire story on two sites differs in a headline or a line; its word 5-gram sets still
overlap far more than two different stories do. A 128-value MinHash signature estimates the
Jaccard similarity of two sets; 32 bands of 4 values each are hashed into buckets kept in SQLite,
so candidates are found by index look-up and only those are compared.
"""

from __future__ import annotations

import hashlib
import re

import numpy as np

PERMUTATIONS = 128
BANDS = 32
ROWS = PERMUTATIONS // BANDS
SHINGLE = 5
THRESHOLD = 0.6  # estimated Jaccard of 5-gram sets from which two articles are one story

_PRIME = (1 << 61) - 1
_rng = np.random.RandomState(20250815)
# a < 2**31 and x < 2**32 keep a * x + b inside uint64
_A = _rng.randint(1, 1 << 31, size=PERMUTATIONS, dtype=np.int64).astype(np.uint64)
_B = _rng.randint(0, 1 << 31, size=PERMUTATIONS, dtype=np.int64).astype(np.uint64)
_WORD = re.compile(r"\w+", re.UNICODE)


def shingles(text: str, size: int = SHINGLE) -> set[str]:
    """The set of lower-cased word ``size``-grams of ``text`` (the whole text if it is shorter)."""
    tokens = _WORD.findall(text.casefold())
    if len(tokens) < size:
        return {" ".join(tokens)} if tokens else set()
    return {" ".join(tokens[i : i + size]) for i in range(len(tokens) - size + 1)}


def _hash32(text: str) -> int:
    return int.from_bytes(hashlib.blake2b(text.encode("utf-8"), digest_size=4).digest(), "little")


def signature(text: str) -> np.ndarray:
    """The MinHash signature of ``text``: PERMUTATIONS uint32 values."""
    grams = shingles(text)
    if not grams:
        return np.zeros(PERMUTATIONS, dtype=np.uint32)
    hashes = np.fromiter((_hash32(g) for g in grams), dtype=np.uint64, count=len(grams))
    permuted = (np.outer(hashes, _A) + _B) % np.uint64(_PRIME)
    return (permuted.min(axis=0) & np.uint64(0xFFFFFFFF)).astype(np.uint32)


def band_buckets(sig: np.ndarray) -> list[tuple[int, int]]:
    """(band, bucket) pairs of a signature: each band of ROWS values hashed to a signed 63-bit int."""
    found = []
    for band in range(BANDS):
        chunk = sig[band * ROWS : (band + 1) * ROWS].tobytes()
        bucket = int.from_bytes(hashlib.blake2b(chunk, digest_size=8).digest(), "little") >> 1
        found.append((band, bucket))
    return found


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    """Estimated Jaccard similarity of two signatures' shingle sets."""
    return float(np.mean(a == b))


def to_blob(sig: np.ndarray) -> bytes:
    return sig.astype("<u4").tobytes()


def from_blob(blob: bytes) -> np.ndarray:
    return np.frombuffer(blob, dtype="<u4")
