"""Who speaks through a cue verb: its subject, its agent, or the subject it inherits.

``subject_of`` walks spaCy's English dependency labels: the ``by`` agent of a passive, the
subject, and for a participle, infinitive or conjunct the subject of the verb it hangs on.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.pipeline.attribution_spans import same_paragraph
from newsgraph.pipeline.cues import SPEECH_VERBS
from newsgraph.pipeline.state import doc_text

QUOTE_CHARS = "\"“”‘’'«»„"
TIME_ENTITIES = ("DATE", "TIME")
SPEAKER_ENTITIES = ("PERSON", "ORG", "NORP")  # "said Thursday morning": a day is never the speaker
PLACE_ENTITIES = ("GPE", "LOC", "FAC")  # a place faces floods; it cites no forecast
PERSONAL_SUBJECTS = frozenset("i we you he she they".split())
HEADLINE_WORDS = 16  # a line this long at most, with no stop at its end, is a headline
# Words of an aside between commas after a name: "D-New York", "a Democrat from Ohio".
MAX_ASIDE = 6
FINITE = ("VBD", "VBZ", "VBP")


def subject_of(verb: Token, inherited: bool = False) -> Token | None:
    """The token naming who speaks through ``verb``: its subject, agent, or inherited subject.

    ``inherited``: ``verb`` is the head a participle, infinitive or conjunct takes its subject from;
    then a passive subject speaks too ("she was heard yelling", "he was arrested and said").
    """
    for child in verb.children:
        if child.dep_ == "agent":
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if pobj is not None:
                return pobj
    subjects = ("nsubj", "csubj", "nsubjpass") if inherited else ("nsubj", "csubj")
    for child in verb.children:
        if child.dep_ in subjects and child.ent_type_ not in TIME_ENTITIES:
            # "who" in "a senator who said": the speaker is found from it later
            return _noun_before_place(child) or child
    if any(c.dep_ == "nsubj" for c in verb.children):
        return _name_before_time(verb)  # "Flynn, a surrogate, said Thursday": the parser took the day
    postposed = postposed_speaker(verb)
    if postposed is not None:
        return postposed
    shown = _person_just_before(verb)
    if shown is not None:
        return shown
    if _joined_to_a_report(verb):
        return None  # "Cruz said the agency issued warnings and noted that ...": Cruz's or the agency's
    # "..., adding that", "and told reporters": the participle or conjunct shares its head's subject
    if verb.dep_ in ("advcl", "conj", "xcomp", "acomp") and verb.head.i != verb.i:
        if verb.dep_ != "advcl" or verb.tag_ == "VBG" or _infinitive(verb):
            # "met to discuss", "determined to warn": the head's subject
            reporter = _reporter_above(verb)
            shared = subject_of(reporter if reporter is not None else verb.head, True)
            if shared is not None:
                return shared
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.pos_ in ("NOUN", "PROPN"):
        # "she posted a tweet attacking the press": who posted it speaks; "a tweet attacking ..." alone: the tweet;
        # "footage of the senator saying ...": a person named speaks for herself
        named = verb.head.ent_type_ in SPEAKER_ENTITIES
        return _clause_subject(verb.head) if verb.head.dep_ in ("dobj", "pobj") and not named else verb.head
    blamed = _blamed_for(verb)
    if blamed is not None:
        return blamed
    if verb.dep_ == "pcomp" or (verb.dep_ in ("conj", "advcl", "xcomp") and verb.tag_ in ("VBG", "VB", "VBD", "VBZ")):
        return _clause_subject(verb)  # "responded by saying", "impassioned in blasting", "met and said"
    return None


def asked_in_a_headline(verb: Token) -> bool:
    """True for "Trump asked about Ukraine" as a headline: "asked" with no object and no
    clause, a question's topic after it, on a line with no stop at its end. There the subject
    was asked; in the body "She asked about the cost" she asks, and a stop ends the line."""
    if verb.lower_ != "asked" or verb.tag_ not in ("VBD", "VBN"):
        return False
    # (a clause of the next paragraph that the parser hung on it is none of its own)
    own = [c for c in verb.children if same_paragraph(c, verb)]
    if any(c.dep_ in ("dobj", "dative", "ccomp", "xcomp", "auxpass") for c in own):
        return False
    if not any(c.dep_ == "prep" and c.lower_ in ("about", "on", "over") for c in verb.children):
        return False
    text = doc_text(verb.doc)
    start = text.rfind("\n", 0, verb.idx) + 1
    end = text.find("\n", verb.idx)
    line = text[start : end if end >= 0 else len(text)].strip()
    return not line.endswith((".", "?", "!", "\"", "”", ":")) and len(line.split()) <= HEADLINE_WORDS


def _joined_to_a_report(verb: Token) -> bool:
    """True if the speech verb ``verb`` is joined by "and" to the verb of a clause that another
    speech verb reports, and that clause's subject is no person ("X said the agency issued
    warnings and noted that ...", "May said the country would leave and suggested that ..."):
    the parser cannot tell whether X or the clause's subject spoke, and neither is sure. With a
    person for subject ("X says Roe promised to help and said ...") the person speaks."""
    clause = verb.head
    if verb.dep_ != "conj" or clause.dep_ != "ccomp" or verb.lemma_.lower() not in SPEECH_VERBS:
        return False
    reporter = clause.head
    if reporter.lemma_.lower() not in SPEECH_VERBS or reporter.i > clause.i or not same_paragraph(reporter, verb):
        return False  # a paragraph the parser hung on the last one's "said" reports nothing of it
    subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    return subject is not None and subject.ent_type_ != "PERSON" and subject.lower_ not in PERSONAL_SUBJECTS


def _blamed_for(verb: Token) -> Token | None:
    """``slammed Trump for calling the rioters “patriots”``, ``praised the mayor for saying``:
    the object of the verb a "for" phrase hangs on did what it names; None for another shape."""
    if verb.dep_ != "pcomp" or verb.head.lower_ != "for" or verb.head.head.pos_ != "VERB":
        return None
    return next((c for c in verb.head.head.children if c.dep_ == "dobj" and c.i < verb.i), None)


def _noun_before_place(subject: Token) -> Token | None:
    """``one report in Pasadena, Maryland said``: the parser takes the state after "City," for
    the subject; the noun the "in" phrase hangs on speaks. None unless ``subject`` is a place
    right after a comma after a place in such a phrase."""
    doc = subject.doc
    first = subject.i
    while first > 0 and doc[first].ent_iob_ == "I" and doc[first - 1].ent_type_ == subject.ent_type_:
        first -= 1  # "Portsmouth, New Hampshire": the state's first word
    if subject.ent_type_ not in PLACE_ENTITIES or first < 3 or doc[first - 1].text != ",":
        return None
    city = doc[first - 2]
    prep = city.head
    if city.ent_type_ not in PLACE_ENTITIES or city.dep_ != "pobj" or prep.lower_ not in ("in", "from", "of"):
        return None
    noun = prep.head
    return noun if noun.pos_ in ("NOUN", "PROPN") and noun.i < prep.i else None


def _reporter_above(participle: Token) -> Token | None:
    """The speech verb whose reported clause a trailing participle was hung on, when that
    clause's subject is a place: in "officials warned that west Texas faced floods, citing
    forecasts" the officials cite, not west Texas. None unless ``participle`` follows a comma
    at the end of such a clause (a person or a body in the clause may well be who cites)."""
    clause = participle.head
    before = participle.doc[participle.i - 1] if participle.i > 0 else None
    if participle.tag_ != "VBG" or clause.dep_ != "ccomp" or before is None or before.text != ",":
        return None
    subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    # "west and central Texas": the place may be the last of conjoined subjects
    conjoined = [subject, *(c for c in subject.children if c.dep_ == "conj")] if subject is not None else []
    if not any(word.ent_type_ in PLACE_ENTITIES for word in conjoined):
        return None
    speaker = clause.head
    if speaker.lemma_.lower() not in SPEECH_VERBS or speaker.i > clause.i:
        return None
    return speaker


def _person_just_before(verb: Token) -> Token | None:
    """The person an object names right before the participle ``verb``: "a video of Mary Jones
    saying ...", "the ad shows Tom Baker telling ..." (the parser often hangs the participle on
    the main verb); None if the word before it is no person's name in an object."""
    if verb.tag_ != "VBG" or verb.dep_ not in ("acl", "advcl", "xcomp") or verb.i == 0:
        return None
    before = verb.doc[verb.i - 1]
    return before if before.ent_type_ == "PERSON" and before.dep_ in ("pobj", "dobj") else None


def _clause_subject(word: Token) -> Token | None:
    """The subject of the nearest verb above ``word`` that has one, within its sentence."""
    for ancestor in word.ancestors:
        if ancestor.pos_ in ("VERB", "AUX"):
            subject = next((c for c in ancestor.children if c.dep_ in ("nsubj", "nsubjpass", "csubj")), None)
            if subject is not None and subject.ent_type_ not in TIME_ENTITIES:
                return subject
            agent = subject_of(ancestor)
            if agent is not None:
                return agent
    return None


def _name_before_time(verb: Token) -> Token | None:
    """The first person or organisation named between the last quotation mark (or the sentence
    start) and ``verb``, for a verb whose parsed subject is a time."""
    sentence = verb.sent
    start = sentence.start
    for token in verb.doc[sentence.start : verb.i]:
        if token.text in QUOTE_CHARS:
            start = token.i + 1
    for token in verb.doc[start : verb.i]:
        if token.ent_type_ in ("PERSON", "ORG") and token.ent_iob_ == "B":
            entity = next((e for e in verb.doc.ents if e.start == token.i), None)
            return entity.root if entity is not None else token
    return None


def _infinitive(verb: Token) -> bool:
    """True if ``verb`` is a bare infinitive with "to" ("met to discuss")."""
    return verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def name_before_aside(comma: Token) -> Token | None:
    """The last word of a person's name before the aside that ``comma`` closes: at most
    ``MAX_ASIDE`` words with no verb ("D-New York", "R-Texas", "a Democrat", "mayor of Manvel,
    Texas"); None otherwise."""
    doc = comma.doc
    low = max(comma.sent.start, comma.i - MAX_ASIDE - 1)
    for opening in reversed(doc[low : comma.i - 1]):
        if opening.text != "," or opening.i == 0:
            continue
        if any(t.pos_ in ("VERB", "AUX") or t.text in QUOTE_CHARS for t in doc[opening.i + 1 : comma.i]):
            return None
        name = doc[opening.i - 1]
        if name.ent_type_ == "PERSON":
            return name
    return None


def postposed_speaker(verb: Token) -> Token | None:
    """``The storm killed one person, Dan Davis, the mayor, told reporters``: a verb of saying
    with no subject of its own after a clause, a comma, a person's name and an aside; the parser
    joins the name to the clause and the verb to its verb, but the name speaks."""
    if verb.tag_ not in FINITE or verb.lemma_.lower() not in SPEECH_VERBS:
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in verb.children):
        return None
    first = postposed_name(verb)
    return name_before_aside(verb.doc[verb.i - 1]) if first is not None else None


def postposed_name(verb: Token) -> Token | None:
    """The first word of the name in ``CLAUSE, NAME, ASIDE, VERB``, or None for another shape."""
    if verb.i < 2 or verb.doc[verb.i - 1].text != ",":
        return None
    name = name_before_aside(verb.doc[verb.i - 1])
    if name is None:
        return None
    first = name
    while first.ent_iob_ == "I" and first.i > verb.sent.start:
        first = verb.doc[first.i - 1]
    opening = verb.doc[first.i - 1] if first.i > verb.sent.start else None
    return first if opening is not None and opening.text == "," else None
