"""ECB+ documents through spaCy, and documents grouped into predicted sub-topics by their text.

``parse_documents`` builds one spaCy ``Doc`` per ECB+ document from its own tokens and sentences
(``Doc(words=...)``), so token i of the Doc is token i of the file. ``subtopics`` splits a topic's
documents into groups that tell of the same event: TF-IDF cosine of their content lemmas, average
linkage, cut at a threshold. File names are never used: the ecb/ecbplus suffix is the gold sub-topic.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable

import numpy as np
from spacy.language import Language
from spacy.tokens import Doc

from newsgraph.evaluate.ecbplus import EcbDocument

# Average cosine above which two groups of a topic's documents tell of the same event (set on train topics).
SUBTOPIC_THRESHOLD = 0.05
CONTENT_POS = frozenset({"PROPN", "NOUN", "VERB", "NUM", "ADJ"})
# Names and numbers tell one event of a kind from another ("the 2008 quake in X"): they count twice.
NAMING_POS = frozenset({"PROPN", "NUM"})
# Tokens of a source-address line (some documents start with their URL): not article text.
_URL_MARKS = frozenset({"http", "https", "www"})


def parse_documents(documents: list[EcbDocument], nlp: Language) -> dict[str, Doc]:
    """One parsed spaCy Doc per document name, aligned token for token with the ECB+ tokens."""
    docs = [_make_doc(document, nlp) for document in documents]
    return {document.name: doc for document, doc in zip(documents, nlp.pipe(docs, batch_size=32))}


def _make_doc(document: EcbDocument, nlp: Language) -> Doc:
    words = [token if token.strip() else "_" for token in document.tokens]  # spaCy refuses empty words
    sentences = document.sentences
    starts: list[bool | int | None] = [i == 0 or sentences[i] != sentences[i - 1] for i in range(len(words))]
    return Doc(nlp.vocab, words=words, sent_starts=starts)


def content_lemmas(doc: Doc) -> list[str]:
    """The lower-case lemmas of a document's content words (names and numbers twice), leaving out
    source-address lines."""
    found = []
    for sentence in doc.sents:
        if any(token.lower_ in _URL_MARKS for token in sentence):
            continue
        for token in sentence:
            if token.pos_ in CONTENT_POS and not token.is_stop and token.text.isalnum():
                found += [token.lemma_.lower()] * (2 if token.pos_ in NAMING_POS else 1)
    return found


def tfidf_vectors(bags: list[list[str]]) -> list[dict[str, float]]:
    """Unit-length TF-IDF vectors (log-scaled counts, smoothed IDF over ``bags``) of word bags."""
    frequency = Counter(word for bag in bags for word in set(bag))
    vectors = []
    for bag in bags:
        idf = {w: math.log((1 + len(bags)) / (1 + frequency[w])) for w in set(bag)}
        weights = {w: (1 + math.log(n)) * idf[w] for w, n in Counter(bag).items()}
        norm = math.sqrt(sum(v * v for v in weights.values())) or 1.0
        vectors.append({w: v / norm for w, v in weights.items()})
    return vectors


def cosine(a: dict[str, float], b: dict[str, float]) -> float:
    """The dot product of two unit-length sparse vectors."""
    if len(a) > len(b):
        a, b = b, a
    return sum(v * b.get(w, 0.0) for w, v in a.items())


def average_linkage(similarity: np.ndarray, threshold: float) -> list[list[int]]:
    """Agglomerative clustering of items 0..n-1 given their n x n similarity matrix: join the two
    groups of highest average similarity while it is at least ``threshold``; returns sorted index lists."""
    n = len(similarity)
    sums = np.array(similarity, dtype=float)
    np.fill_diagonal(sums, -np.inf)
    sizes = np.ones(n)
    members = [[i] for i in range(n)]
    alive = np.ones(n, dtype=bool)
    while alive.sum() > 1:
        mean = sums / np.outer(sizes, sizes)
        mean[~alive, :] = -np.inf
        mean[:, ~alive] = -np.inf
        a, b = np.unravel_index(int(np.argmax(mean)), mean.shape)
        if mean[a, b] < threshold:
            break
        sums[a, :] += sums[b, :]
        sums[:, a] += sums[:, b]
        sums[a, a] = -np.inf
        sizes[a] += sizes[b]
        alive[b] = False
        members[a] += members[b]
    return [sorted(members[i]) for i in range(n) if alive[i]]


def subtopics(documents: list[EcbDocument], docs: dict[str, Doc],
              threshold: float = SUBTOPIC_THRESHOLD) -> dict[str, str]:
    """A predicted sub-topic id for each document name: the text clusters within each gold topic.

    IDF is taken within the topic, so the words all its documents share weigh little and the
    names, places and dates that tell its events apart weigh most.
    """
    assigned: dict[str, str] = {}
    for topic in sorted({d.topic for d in documents}):
        members = [d for d in documents if d.topic == topic]
        vectors = tfidf_vectors([content_lemmas(docs[d.name]) for d in members])
        similarity = np.array([[cosine(a, b) for b in vectors] for a in vectors])
        for number, group in enumerate(average_linkage(similarity, threshold)):
            for i in group:
                assigned[members[i].name] = f"{topic}.{number}"
    return assigned


def group_by(names: Iterable[str], key: dict[str, str]) -> dict[str, list[str]]:
    """Names grouped by their key, in first-seen order."""
    grouped: dict[str, list[str]] = {}
    for name in names:
        grouped.setdefault(key[name], []).append(name)
    return grouped
