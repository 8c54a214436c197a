"""What a cue verb reports: its clause complement, its object and "as" phrase, the clause it
is inserted in or hangs on, or what follows it in its phrase.

Each function takes the cue token and returns the content as character spans into ``doc.text``
(end exclusive), or an empty list when the pattern does not apply.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from newsgraph.pipeline import cues
from newsgraph.pipeline.attribution_spans import (
    QUOTE_CHARS,
    CharSpan,
    clause_span,
    runs,
    same_paragraph,
    subtree_span,
    trim,
)
from newsgraph.pipeline.attribution_subjects import postposed_name, postposed_speaker, subject_of
from newsgraph.pipeline.cues_learned import right_content

RELATIVE_PRONOUNS = frozenset("who which that whom".split())
MIN_CLAUSE_WORDS = 3
WH_WORDS = frozenset("when whether if how why where what who".split())
WHEN = ("DATE", "TIME")
WHERE = ("GPE", "LOC", "FAC")
# dependency labels of an adverbial of the verb, and the words that open an adverbial clause:
# when, why or on what condition something happened
ADVERBIALS = ("advcl", "prep", "npadvmod", "advmod")
SUBORDINATORS = frozenset("when if after before while because since although though once until unless whenever".split())


def phrase(token: Token) -> list[CharSpan]:
    """What follows ``token`` in its phrase (``right_content``), as content pieces; none where
    that only says when or where ("Asked on Friday if ...": "on Friday" is no question)."""
    bounds = right_content(token)
    if bounds is None or no_content(token.doc[bounds[0] : bounds[1] + 1]):
        return []
    return [trim(token.doc[bounds[0] : bounds[1] + 1])]


def no_content(words: Span) -> bool:
    """True if the words after a cue say only when or where it happened ("Asked on Friday if
    ...", "More harsh weather is expected in California")."""
    return all(t.ent_type_ in WHEN + WHERE or t.pos_ in ("ADP", "PUNCT", "SPACE") for t in words)


def passive_subject(verb: Token) -> list[CharSpan]:
    """``His views were echoed by experts``: the subject of a passive with an agent is what
    the agent reports."""
    if not any(c.dep_ == "agent" for c in verb.children):
        return []
    return [subtree_span(c) for c in verb.children if c.dep_ == "nsubjpass"][:1]


def complement(token: Token) -> list[CharSpan]:
    """The content pieces a cue verb reports, or [] when it has none."""
    lemma = token.lemma_.lower()
    for child in token.children:
        if child.dep_ == "ccomp" and same_paragraph(token, child):
            inner = [c for c in child.children if c.dep_ == "ccomp" and _marked_that(c)]
            if inner and _subjectless(child):  # "said on the witness stand that ...": "stand" is no verb
                return [clause_span(inner[0])]
            return [_without_postposed_name(clause_span(child), token)]
    if postposed_speaker(token) is not None:  # "The storm killed one, Dan Davis, the mayor, told CNN"
        before = _before_comma(token)
        if before:
            return before
    asked = _wh_clause(token)
    if asked is not None:
        return [subtree_span(asked)]
    answer = _answer_when_asked(token)
    if answer is not None:
        return [clause_span(answer)]
    described = _described(token)
    if described:
        return described
    if lemma in cues.DESCRIBING_VERBS:
        named = _named_as(token)
        if named:
            return named
    if lemma in cues.FOR_VERBS:
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ == "for" and child.i > token.i:
                objects = [c for c in child.children if c.dep_ in ("pobj", "pcomp", "ccomp")]
                if objects:
                    return [subtree_span(objects[0])]
    if lemma in cues.PREPOSITION_VERBS:
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ in cues.PREPOSITION_VERBS[lemma] and child.i > token.i:
                # "spoke on Tuesday": a day is when, not what
                objects = [c for c in child.children if c.dep_ in ("pobj", "pcomp") and c.ent_type_ not in WHEN]
                if objects:
                    return [subtree_span(objects[0])]
    if lemma in cues.INFINITIVE_CUE_VERBS:
        for child in token.children:
            if child.dep_ == "xcomp" and child.i > token.i:
                return [subtree_span(child)]
    if lemma in cues.OBJECT_CONTENT_VERBS:
        for child in token.children:
            if child.dep_ == "dobj" and child.i > token.i and child.pos_ != "PRON":
                return [subtree_span(child)]
    if token.dep_ == "parataxis" or _set_off(token) or as_clause(token):
        return _around(token.head, token)
    if cues.is_speech_verb(token):
        return _before_comma(token)
    return []


def _subjectless(clause: Token) -> bool:
    """A finite verb with no subject of its own, and nothing before it in its clause (``said on
    the witness stand that ...``: the parser took "stand" for a verb)."""
    finite = clause.tag_ in ("VBD", "VBZ", "VBP")
    return finite and clause.left_edge.i == clause.i and not any(
        c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in clause.children)


def _without_postposed_name(span: CharSpan, verb: Token) -> CharSpan:
    """``The storm killed one, Dan Davis, the mayor, said``: the parser may hang the name in the
    clause before the verb; the clause ends at the comma before the name."""
    named = postposed_name(verb)
    if named is None or not span[0] < named.idx < span[1]:
        return span
    words = verb.doc.char_span(span[0], span[1], alignment_mode="expand")
    return trim(verb.doc[words.start : named.i]) if words is not None else span


def _marked_that(clause: Token) -> bool:
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)


def as_clause(token: Token) -> bool:
    """``The plan failed, as critics had said`` / ``as predicted``: a cue verb in an "as" clause
    reports the clause it hangs on."""
    return token.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "as" for c in token.children)


def _wh_clause(token: Token) -> Token | None:
    """``have not said when they would vote``: a question clause (or an unmarked finite clause,
    see ``_unmarked_clause``) the parser hung on a verb of saying or knowing as an adverbial; not
    ``said when asked`` (a participle: when it was said)."""
    if not (cues.is_speech_verb(token) or token.lemma_.lower() in cues.COGNITION_VERBS):
        return None
    for child in token.rights:
        if child.dep_ == "advcl" and child.tag_ != "VBN" and same_paragraph(token, child):
            opener = child.left_edge
            if opener.lower_ in WH_WORDS and opener.i == token.i + 1:
                return child
            if _unmarked_clause(child):
                return child
    return None


def _answer_when_asked(token: Token) -> Token | None:
    """``said when asked that the road would reopen``: the parser hangs the clause on "asked";
    it is what the head verb said (a "that" clause or none: "whether ..." is the question)."""
    for child in token.rights:
        if cues.is_when_asked(child) and child.head.i == token.i:
            for clause in child.children:
                marks = [c.lower_ for c in clause.children if c.dep_ == "mark"]
                if clause.dep_ == "ccomp" and marks in ([], ["that"]) and same_paragraph(token, clause):
                    return clause
    return None


def _unmarked_clause(clause: Token) -> bool:
    """``said after the meeting he would resign``: a finite clause with its own subject and no
    subordinating word, which the parser hung on the verb as an adverbial after a time phrase;
    it is what was said."""
    children = list(clause.children)
    finite = clause.tag_ in ("VBD", "VBZ", "VBP") or any(c.dep_ == "aux" and c.tag_ == "MD" for c in children)
    subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in children)
    return finite and subject and not any(c.dep_ == "mark" for c in children)


def _before_comma(verb: Token) -> list[CharSpan]:
    """``The plan will fail, sources said.`` / ``..., said Mr. Barrett``: a reporting clause after
    a comma whose verb the parser left without a complement (often when it joins the sentence to
    the paragraph before). The content is the clause before the comma, back to the sentence start.
    """
    if verb.dep_ not in ("ROOT", "parataxis", "ccomp", "conj"):
        return []
    subject = subject_of(verb)
    if subject is not None and subject.lower_ in RELATIVE_PRONOUNS:
        return []  # "Smith, who said": the comma opens a relative clause
    first = subject.left_edge.i if subject is not None and subject.i < verb.i else verb.i
    named = postposed_name(verb)
    if named is not None and named.i > first:  # "..., Dan Davis, the mayor, said": the name is no content
        first = named.i
    while first > 0 and verb.doc[first - 1].lower_ in ("also", "later", "then", "previously"):
        first -= 1
    # 'Manafort "has a tough task," said Black': the clause ends in a closing mark after the comma
    closing = first > 1 and verb.doc[first - 1].text in QUOTE_CHARS and verb.doc[first - 2].text == ","
    if first == 0 or (verb.doc[first - 1].text not in (",", "—", "–") and not closing):
        return []
    sentence = verb.sent
    clause = verb.doc[sentence.start : first if closing else first - 1]
    if len([t for t in clause if t.is_alpha]) < MIN_CLAUSE_WORDS or not any(t.pos_ in ("VERB", "AUX") for t in clause):
        return []
    if _circumstance(clause, verb):
        return []
    return [trim(clause)]


def _circumstance(clause: Span, verb: Token) -> bool:
    """``Asked whether he would run, the senator said no`` / ``When asked if ..., Jones said``:
    the clause before the comma is an adverbial of the verb, a participle or a clause opened by
    a subordinating word; it tells when or why the verb spoke, not what it said."""
    roots = [t for t in clause if (not (clause.start <= t.head.i < clause.end) or t.head.i == t.i) and not t.is_punct]
    if not roots or any(r.head.i != verb.i or r.dep_ not in ADVERBIALS for r in roots):
        return False  # some of it is no adverbial of the verb: "Since midnight, the lines have been down"
    for root in roots:
        opener = root.left_edge
        # "Asked whether ...", not "Welding glasses ... serve as ..." (a subject the parser misread)
        subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in root.children)
        if root.tag_ == "VBN" and opener.i == root.i and not subject:
            return True
        if opener.lower_ in SUBORDINATORS and opener.dep_ in ("mark", "advmod", "prep"):
            return True
    return False


def _described(token: Token) -> list[CharSpan]:
    """``described X as Y``: from X to the end of the "as" phrase."""
    objects = [c for c in token.children if c.dep_ == "dobj"]
    as_phrase = [c for c in token.subtree if c.lower_ == "as" and c.dep_ == "prep" and c.i > token.i]
    if not objects or not as_phrase:
        return []
    start = objects[0].left_edge
    end = as_phrase[0].right_edge
    return [trim(token.doc[start.i : end.i + 1])] if end.i >= start.i else []


def _named_as(token: Token) -> list[CharSpan]:
    """``called Trump “unhinged”``: the object and what it is called."""
    objects = [c for c in token.children if c.dep_ == "dobj" and c.i > token.i]
    complements = [c for c in token.children if c.dep_ in ("oprd", "xcomp", "ccomp", "acomp") and c.i > token.i]
    if not objects or not complements:
        return []
    start, end = objects[0].left_edge, max(c.right_edge for c in complements)
    return [trim(token.doc[start.i : end.i + 1])]


def _set_off(token: Token) -> bool:
    """True if ``token`` is a clause the parser hung under an earlier verb but a comma or a
    quotation mark sets apart ("The plan will fail, he said"): it is inserted, and reports the
    clause around it. A complement that follows its verb ("lets users post pictures") is not."""
    if token.dep_ != "ccomp" or token.head.i >= token.i:
        return False
    before = token.left_edge.i - 1
    return before >= 0 and token.doc[before].is_punct


def _around(head: Token, cue: Token) -> list[CharSpan]:
    """The head's subtree without the cue's subtree, as one or two pieces."""
    cue_tokens = {t.i for t in cue.subtree}
    sentence = head.sent
    return runs(head.doc, [t.i for t in head.subtree if t.i not in cue_tokens and sentence.start <= t.i < sentence.end])
