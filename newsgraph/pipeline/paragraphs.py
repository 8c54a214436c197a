"""A blank line ends a sentence: set before the parser runs, so that a headline or a subhead
without a full stop ("Congress votes to delist the chicken, but a veto looms") is not parsed as
one sentence with the paragraph under it.

The model's ``senter`` leaves such breaks to the words around them, and news pages are full of
lines that end without punctuation. The parser keeps sentence starts set before it.
"""

from spacy.language import Language
from spacy.tokens import Doc


@Language.component("newsgraph_paragraph_breaks")
def paragraph_breaks(doc: Doc) -> Doc:
    """Mark the first token after each blank line (a whitespace token holding two line breaks) as
    a sentence start; ``doc`` is returned changed in place."""
    for token in doc[1:]:
        before = doc[token.i - 1]
        if before.is_space and before.text.count("\n") >= 2 and not token.is_space:
            token.is_sent_start = True
    return doc
