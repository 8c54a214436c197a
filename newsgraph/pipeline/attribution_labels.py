"""Short labels before a colon that say who speaks in a headline.

``Roe: ‘They have been after us’`` names its speaker in a label the tagger may not call a name;
``Trump to Pence: ‘You’re too honest’`` names the speaker, then whom he spoke to. The entity
recognizer often misses a name in such a short line, so the label's shape decides.
"""

from __future__ import annotations

from spacy.tokens import Token

MAX_LABEL_WORDS = 4


def label_head(words: list[Token]) -> Token | None:
    """The word of a line's ``words`` before its colon that names the speaker: the last word
    of a short capitalised label ("Roe"), or of its part before "to" ("Trump" of "Trump to
    Pence"); None when the words are no such label."""
    label = [t for t in words if not t.is_punct and not t.is_space]
    to = next((i for i, t in enumerate(label) if t.text == "to"), None)
    if to is not None and _capitalised(label[to + 1 :]):
        speaker = label[:to]  # "Trump to Pence": the speaker, then whom he speaks to
        return speaker[-1] if _capitalised(speaker, named=True) else None
    return label[-1] if _capitalised(label) else None


def _capitalised(label: list[Token], named: bool = False) -> bool:
    """True for one to ``MAX_LABEL_WORDS`` capitalised nouns or names (or, where ``named``,
    words of a person's name found elsewhere, whatever their tag)."""
    words = all(t.text[:1].isupper() and (t.pos_ in ("PROPN", "NOUN") or named and known_name(t)) for t in label)
    return 1 <= len(label) <= MAX_LABEL_WORDS and words


def known_name(word: Token) -> bool:
    """True if ``word`` is a word of a person's name the entity recognizer found elsewhere in
    its text: "Trump" tagged a verb in "Trump to Pence: ..." is the "Trump" of "Donald Trump"."""
    return any(e.label_ == "PERSON" and any(t.text == word.text for t in e) for e in word.doc.ents)
