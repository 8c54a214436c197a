"""spaCy registry callbacks used by ``ner.cfg`` (imported before training so they are registered)."""

from collections.abc import Callable
from typing import cast

import spacy
from spacy.language import Language
from spacy.pipeline import EntityRecognizer
from spacy.util import registry


@registry.callbacks("newsgraph.copy_ner_tok2vec.v1")
def make_copy_ner_tok2vec(source: str | None = None) -> Callable[[Language], Language]:
    """A callback that copies the weights of pipeline ``source``'s NER tok2vec into ours.

    The two tok2vecs must have the same architecture; with ``source`` None it does nothing.
    """

    def copy_ner_tok2vec(nlp: Language) -> Language:
        if not source:
            return nlp
        base = spacy.load(source, exclude=[name for name in spacy.load(source, exclude=["ner"]).pipe_names])
        # spaCy's stub types every pipe as a Callable[[Doc], Doc]
        theirs = cast(EntityRecognizer, base.get_pipe("ner")).model.get_ref("tok2vec")
        ours = cast(EntityRecognizer, nlp.get_pipe("ner")).model.get_ref("tok2vec")
        ours.from_bytes(theirs.to_bytes())
        return nlp

    return copy_ner_tok2vec
