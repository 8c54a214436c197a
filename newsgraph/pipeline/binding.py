"""Binding: which people a pronoun cannot refer to, from where it stands in its clause.

Two rules of binding theory, applied only where spaCy's parse of one clause can be trusted:
an object pronoun is never its own clause's subject ("Roe nominated Doe and voted for him":
not Roe; principle B), and a subject pronoun is never a person named further down in its own
clause ("he said after watching Doe run": not Doe; principle C).
"""

from spacy.tokens import Token

SUBJECT_DEPS = ("nsubj", "nsubjpass")


def understood_subject(verb: Token) -> Token | None:
    """The subject of ``verb``'s clause: its own, or for a verb that shares it the subject of the
    verb it hangs on ("Roe nominated Doe and voted for him", "Roe spoke, having nominated him":
    Roe). "him" never has that subject for antecedent."""
    while True:
        subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
        if subject is not None:
            return subject
        # a participle shares the subject only of the sentence's main verb: one hung on a verb
        # further down ("... indicating Roe would not face charges, describing him as ...") is
        # as often the main clause's
        adjunct = verb.dep_ in ("advcl", "xcomp") and verb.tag_ in ("VBG", "VBN", "VB") and verb.head.dep_ == "ROOT"
        if not (verb.dep_ == "conj" or adjunct) or verb.head.i == verb.i or verb.head.pos_ not in ("VERB", "AUX"):
            return None
        if verb.dep_ == "xcomp" and any(c.dep_ in ("dobj", "dative") for c in verb.head.children):
            return None  # "Roe asked Doe to back him": Doe would back, and "him" may be Roe
        verb = verb.head


def in_own_clause(word: Token, verb: Token) -> bool:
    """True if ``word`` lies in a clause of its own below ``verb``: a finite one with a subject
    ("when Doe came out", "who has supported Roe") or a relative clause. A verb with no
    tense of its own ("after watching Doe", "watching Doe run") is still ``verb``'s clause."""
    node = word
    while node.i != verb.i and node.head.i != node.i:
        if node.dep_ in ("relcl", "acl") or finite_clause(node):
            return True
        node = node.head
    return False


def finite_clause(word: Token) -> bool:
    """True if ``word`` is a verb with a subject and a tense of its own ("came", "has said")."""
    if word.pos_ not in ("VERB", "AUX") or not any(c.dep_ in SUBJECT_DEPS for c in word.children):
        return False
    return word.tag_ in ("VBD", "VBZ", "VBP", "MD") or any(c.dep_ in ("aux", "auxpass", "mark") for c in word.children)
