"""The news NER's faster matrix products and its shadow tokens: same results as thinc's and spaCy's."""

from __future__ import annotations

import numpy
import spacy
from spacy.tokens import Doc
from thinc.api import NumpyOps

from newsgraph.pipeline.matmul import MatmulOps, one_blas_thread
from newsgraph.pipeline.news_ner import doc_words


def test_matmul_gemm_equals_thinc_gemm() -> None:
    rng = numpy.random.default_rng(0)
    x = rng.random((7, 5), dtype="float32")
    y = rng.random((4, 5), dtype="float32")
    ours, thinc = MatmulOps(), NumpyOps()
    with one_blas_thread():
        numpy.testing.assert_allclose(ours.gemm(x, y, trans2=True), thinc.gemm(x, y, trans2=True), rtol=1e-5)
        numpy.testing.assert_allclose(ours.gemm(x.T.copy(), y.T.copy(), trans1=True), thinc.gemm(x, y.T.copy()),
                                      rtol=1e-5)
        out = numpy.zeros((7, 4), dtype="float32")
        assert ours.gemm(x, y, out=out, trans2=True) is out
        numpy.testing.assert_allclose(out, x @ y.T, rtol=1e-5)


def test_one_blas_thread_nests_and_restores() -> None:
    with one_blas_thread():
        with one_blas_thread():
            pass
    a = numpy.ones((3, 3), dtype="float32")
    assert (a @ a == 3).all()


def test_doc_words_reads_words_and_spaces() -> None:
    doc = Doc(spacy.blank("en").vocab, words=["Anna", "Berg", "'s", "café", "\n", "PARIS", "—"],
              spaces=[True, False, True, False, False, True, False])
    words, spaces = doc_words(doc)
    assert words == [t.text for t in doc]
    assert spaces == [bool(t.whitespace_) for t in doc]
    assert doc_words(Doc(doc.vocab, words=[])) == ([], [])
