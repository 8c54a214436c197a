"""A learned cue finder: how likely each word is the head of an attribution cue, in its context.

The hand-made patterns and the learned lexicon (``cues``, ``cue_lexicon``) know words; many cues
in news are words that report only in some contexts ("unleashed a flurry of tweets", "voted
against the bill", "pushed the claim"). This model scores every candidate word from:

- the spaCy model's own contextual vectors (``doc.tensor``, which the tagger and parser already
  computed) for the word and for its syntactic head;
- its part of speech, tag and dependency label, its head's, the labels of its dependents;
- whether it is in the closed cue lists, how often its lemma heads a cue in PolNeAR train;
- whether it stands inside a quotation.

The scorer is a one-hidden-layer network in numpy (about 130 kilobytes), trained by
``python -m newsgraph.train.cue_model`` on PolNeAR train; it adds one small matrix product per
article to the pipeline. Without its files, or with a spaCy model whose vectors have another
width, it scores nothing and attribution falls back to the patterns alone.
"""

from __future__ import annotations

import json
import math
from functools import lru_cache
from pathlib import Path

import numpy as np
from spacy.attrs import DEP, HEAD, IS_SPACE, LEMMA, ORTH, TAG
from spacy.attrs import POS as A_POS
from spacy.parts_of_speech import IDS
from spacy.strings import get_string_id
from spacy.tokens import Doc

from newsgraph.pipeline import cues
from newsgraph.pipeline.cue_lexicon import LEARNED_CUES

MODEL_DIR = Path(__file__).resolve().parent.parent / "models" / "cue_model"
TENSOR_WIDTH = 96  # the width of en_core_web_sm's tok2vec output

POS = "ADJ ADP ADV AUX CCONJ DET INTJ NOUN NUM PART PRON PROPN PUNCT SCONJ SYM VERB X SPACE".split()
DEPS = (
    "ROOT acl acomp advcl advmod agent amod appos attr aux auxpass case cc ccomp compound conj csubj "
    "csubjpass dative dep det dobj expl intj mark meta neg nmod npadvmod nsubj nsubjpass nummod oprd "
    "parataxis pcomp pobj poss preconj predet prep prt punct quantmod relcl xcomp"
).split()
TAGS = "VB VBD VBG VBN VBP VBZ MD NN NNS NNP JJ IN".split()
LEXICONS = (
    cues.SPEECH_VERBS, cues.COGNITION_VERBS, cues.EVIDENCE_VERBS, cues.INFINITIVE_CUE_VERBS,
    cues.OBJECT_CONTENT_VERBS, frozenset(cues.PREPOSITION_VERBS), cues.STANCE_NOUNS, cues.CLAIM_NOUNS,
    frozenset().union(*LEARNED_CUES.values()), cues.EXPRESSING_VERBS, cues.DESCRIBING_VERBS,
)
# Words that never head a cue, and punctuation other than the colon and dashes of "Smith: ..."
SKIP_POS = frozenset("DET CCONJ NUM SYM SPACE PRON INTJ X".split())
CUE_PUNCT = frozenset((":", "—", "―", "--"))

_POS = {IDS[p]: i for i, p in enumerate(POS)}
_DEP = {get_string_id(d): i for i, d in enumerate(DEPS)}
_TAG = {get_string_id(t): i for i, t in enumerate(TAGS)}
OTHER_POS, OTHER_DEP = POS.index("X"), DEPS.index("dep")
_SKIP = np.array(sorted(IDS[p] for p in SKIP_POS), dtype=np.uint64)
_PUNCT = IDS["PUNCT"]
_CUE_PUNCT = np.array(sorted(get_string_id(p) for p in CUE_PUNCT), dtype=np.uint64)
WIDTH = 2 * len(POS) + 3 * len(DEPS) + len(TAGS) + len(LEXICONS) + 3 + 2 * TENSOR_WIDTH
ATTRS = [A_POS, DEP, TAG, HEAD, LEMMA, ORTH, IS_SPACE]

# lemma -> (share of its occurrences that head a gold cue, occurrences) in the training split
Prior = dict[str, tuple[float, int]]


def _columns(doc: Doc) -> np.ndarray:
    """The token attributes the features need, one row per token (spaCy's ``to_array``: no Token
    objects, which would cost more than the network itself)."""
    return doc.to_array(ATTRS)


def candidates(doc: Doc, columns: np.ndarray | None = None) -> list[int]:
    """Indices of the tokens that may head a cue."""
    columns = _columns(doc) if columns is None else columns
    pos, orth, space = columns[:, 0], columns[:, 5], columns[:, 6]
    punct = pos == _PUNCT
    keep = ~np.isin(pos, _SKIP) & (~punct | np.isin(orth, _CUE_PUNCT)) & (space == 0)
    return np.flatnonzero(keep).tolist()


def _index(values: np.ndarray, table: dict[int, int], default: int) -> np.ndarray:
    """Each value's index in ``table`` (``default`` when absent), looking up distinct values once."""
    distinct, where = np.unique(values, return_inverse=True)
    return np.array([table.get(int(v), default) for v in distinct], dtype=np.int64)[where]


def features(
    doc: Doc, tokens: list[int], prior: Prior, inside: list[bool], columns: np.ndarray | None = None
) -> np.ndarray:
    """One row of ``WIDTH`` features per token index in ``tokens`` (``inside``: whether each
    token of ``doc`` lies inside a quotation; ``columns``: ``_columns(doc)`` if already read).
    ``doc.tensor`` must be ``TENSOR_WIDTH`` wide."""
    n = len(tokens)
    out = np.zeros((n, WIDTH), dtype=np.float32)
    if not n:
        return out
    columns = _columns(doc) if columns is None else columns
    pos = _index(columns[:, 0], _POS, OTHER_POS)
    dep = _index(columns[:, 1], _DEP, OTHER_DEP)
    tag = _index(columns[:, 2], _TAG, -1)
    position = np.arange(len(doc))
    head = position + columns[:, 3].view(np.int64)
    rows = np.arange(n)
    chosen = np.array(tokens)
    at = 0
    out[rows, at + pos[chosen]] = 1
    at += len(POS)
    out[rows, at + dep[chosen]] = 1
    at += len(DEPS)
    tagged = tag[chosen] >= 0
    out[rows[tagged], at + tag[chosen][tagged]] = 1
    at += len(TAGS)
    out[rows, at + pos[head[chosen]]] = 1
    at += len(POS)
    out[rows, at + dep[head[chosen]]] = 1
    at += len(DEPS)
    row_of = np.full(len(doc), -1)
    row_of[chosen] = rows
    child = (head != position) & (row_of[head] >= 0)  # the labels of each candidate's dependents
    out[row_of[head[child]], at + dep[child]] = 1
    at += len(DEPS)
    distinct, where = np.unique(columns[chosen, 4], return_inverse=True)
    strings = doc.vocab.strings
    lexical = np.array([_lexical(strings[int(h)].lower(), prior) for h in distinct], dtype=np.float32)
    out[:, at : at + len(LEXICONS) + 2] = lexical[where]
    out[:, at + len(LEXICONS) + 2] = np.asarray(inside, dtype=np.float32)[chosen]
    at += len(LEXICONS) + 3
    tensor = doc.tensor
    out[:, at : at + TENSOR_WIDTH] = tensor[chosen]
    out[:, at + TENSOR_WIDTH :] = tensor[head[chosen]]
    return out


def _lexical(lemma: str, prior: Prior) -> tuple[float, ...]:
    """The lemma's membership of each closed cue list, its cue share and how often it was seen."""
    share, seen = prior.get(lemma, (0.0, 0))
    return (*_in_lexicons(lemma), share, math.log1p(seen) / 8)


@lru_cache(maxsize=4096)
def _in_lexicons(lemma: str) -> tuple[float, ...]:
    return tuple(float(lemma in lexicon) for lexicon in LEXICONS)


class CueModel:
    """The trained scorer: ``probabilities(doc, inside)`` gives each token's chance to head a cue."""

    def __init__(self, weights: dict[str, np.ndarray], prior: Prior) -> None:
        self.w1, self.b1 = weights["w1"], weights["b1"]
        self.w2, self.b2 = weights["w2"], weights["b2"]
        self.prior = prior

    def probabilities(self, doc: Doc, inside: list[bool]) -> np.ndarray:
        """For each token of ``doc``, the probability that it heads a cue (0 for non-candidates,
        and for every token when ``doc`` has no contextual vectors of the expected width)."""
        scores = np.zeros(len(doc), dtype=np.float32)
        tensor = doc.tensor
        if tensor is None or tensor.shape != (len(doc), TENSOR_WIDTH):
            return scores
        columns = _columns(doc)
        tokens = candidates(doc, columns)
        if tokens:
            scores[tokens] = self.score(features(doc, tokens, self.prior, inside, columns))
        return scores

    def score(self, rows: np.ndarray) -> np.ndarray:
        """The probability of each feature row (see ``features``)."""
        hidden = np.maximum(rows @ self.w1 + self.b1, 0)
        logits = np.clip((hidden @ self.w2 + self.b2)[:, 0], -30, 30)
        return 1 / (1 + np.exp(-logits))

    def save(self, folder: Path, source: str) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        np.savez(folder / "weights.npz", w1=self.w1, b1=self.b1, w2=self.w2, b2=self.b2)
        head = json.dumps({"source": source, "features": WIDTH})[:-1]
        prior = ",\n".join(f"{json.dumps(k)}: [{p:.6g}, {n}]" for k, (p, n) in sorted(self.prior.items()))
        (folder / "model.json").write_text(f'{head}, "prior": {{\n{prior}\n}}}}\n', encoding="utf-8")


@lru_cache(maxsize=1)
def shipped() -> CueModel | None:
    """The model shipped in ``newsgraph/models/cue_model``, or None if it is missing or was
    trained on other features (then the patterns work alone)."""
    try:
        meta = json.loads((MODEL_DIR / "model.json").read_text(encoding="utf-8"))
        with np.load(MODEL_DIR / "weights.npz") as arrays:
            weights = {k: arrays[k].astype(np.float32) for k in ("w1", "b1", "w2", "b2")}
    except (OSError, ValueError, KeyError):
        return None
    if meta.get("features") != WIDTH or weights["w1"].shape[0] != WIDTH:
        return None
    return CueModel(weights, {k: (float(v[0]), int(v[1])) for k, v in meta["prior"].items()})
