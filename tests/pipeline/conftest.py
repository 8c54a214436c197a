"""Fixtures shared by the layer tests."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language

from newsgraph.pipeline import Extractor, default_model


@pytest.fixture(scope="session")
def quotes_only() -> Extractor:
    """The spaCy model with the quotes layer alone: fast, and independent of the other layers."""
    nlp: Language = spacy.load(default_model())
    nlp.add_pipe("newsgraph_quotes")
    return Extractor(nlp=nlp)
