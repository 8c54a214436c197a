"""Layer newsgraph_quantities (being written)."""

from spacy.language import Language
from spacy.tokens import Doc


class Component:
    def __call__(self, doc: Doc) -> Doc:
        return doc


@Language.factory("newsgraph_quantities")
def make_quantities(nlp: Language, name: str) -> Component:
    return Component()
