"""Who is speaking: map the source words of an attribution to an entity of the entities layer.

The source's head word is looked up among the entities' mentions (names, and the pronouns and
descriptions the coreference layer added). A pronoun that no entity claims falls back to the
nearest person named as a subject before it, the usual antecedent of "he" or "she" in news.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from newsgraph.model import Entity
from newsgraph.pipeline.attribution import Attribution
from newsgraph.pipeline.attribution_spans import inside, paragraphs_back
from newsgraph.pipeline.body_speakers import described_body
from newsgraph.pipeline.cues import is_cue_verb
from newsgraph.pipeline.first_names import first_name_gender
from newsgraph.pipeline.lexicon import PERSONAL_PRONOUNS, TITLE_HEADS
from newsgraph.pipeline.quotemarks import doc_quotations
from newsgraph.pipeline.state import doc_text, layers
from newsgraph.pipeline.unnamed_people import (
    PAST_MARKERS,
    is_indefinite,
    is_title,
    person_by_pronoun,
    person_noun,
    titled_person,
)

# Outside quotations "I" and "we" are the writer, "you" the reader: no one the article names.
# The nearest person named before a pronoun stands in only for "he" and "she" ("they" is a
# group more often than one person).
WRITER_PRONOUNS = frozenset("i me my we us our you".split())
SINGULAR_PRONOUNS = frozenset("he she him her".split())
# How far back a pronoun that no entity claims looks for its person: its paragraph and two more.
ANTECEDENT_PARAGRAPHS = 2
MAIN_DEPS = ("ROOT", "conj", "parataxis")
# Dependencies by which a name only describes the source's head: "Biden administration
# officials", "a Facebook video", "Trump's spokesman", "the former American Idol contestant".
MODIFIER_DEPS = ("compound", "amod", "poss", "nmod", "npadvmod", "case")
# Who speaks for a body ("CDC officials", "a Pentagon spokesman": the body speaks), and what
# someone says or writes ("Kimmel's monologue": Kimmel speaks).
SPOKESPEOPLE = frozenset(
    "official officials spokesman spokeswoman spokesperson spokespeople representative representatives".split()
)
# A part of an organisation speaks for it ("The National Weather Service office in Reno"); a
# place's office is no speaker ("The Reno office").
OFFICES = frozenset("office offices bureau branch division unit desk".split())
# What a body publishes: "CBP data", "a Quinnipiac poll", "the Air Force website" speak for it.
RECORDS = frozenset(
    """
    data statistics figures numbers records report reports poll polls survey surveys study
    studies analysis documents website account tracker tool calculator
    """.split()
)
WORDS_SAID = frozenset(
    "statement statements speech remarks monologue tweet tweets post posts letter message comments testimony".split()
)
SPEAKER_LABELS = ("PERSON", "ORG", "NORP", "GPE")
# A place that only says where the source is ("the weather service office in Reno", "the
# Memphis mayor") is not who speaks; its government or people speak for it only as the head
# of the source, or through its officials, records or "of" ("the government of Chile").
PLACE_TYPES = ("GPE", "LOC", "FAC")
# Prepositions by which a place says where a source is ("officials in Texas"); "experts at the
# museum", "the government of Chile" belong to it.
LOCATING_PREPS = frozenset("in from near around across outside inside throughout within".split())
RELATIVE_PRONOUNS = frozenset("who that which whom".split())
# What a body sends out "from" itself: "a news release from the county" is the county's.
ISSUED = RECORDS | WORDS_SAID | frozenset("release releases announcement announcements alert alerts".split())
SUBJECT_DEPS = ("nsubj", "nsubjpass")


def resolve_speaker(doc: Doc, attribution: Attribution) -> tuple[str | None, str | None]:
    """(entity id, entity name) of who speaks through ``attribution``; either may be None."""
    if attribution.source_head is None:
        return None, None
    head = doc[attribution.source_head]
    if head.lower_ in WRITER_PRONOUNS:
        return None, None
    if head.lower_ in RELATIVE_PRONOUNS and head.head.dep_ == "relcl":
        head = head.head.head  # "a senator who said": the senator
    state = layers(doc)
    entity = state.entity_at(head.idx, head.idx + len(head.text))
    if entity is None and attribution.source is not None and head.text.isupper():
        entity = _shouted_name(doc, doc_text(doc)[slice(*attribution.source)], head)
    if entity is None and attribution.source is not None:
        entity = _named_inside(doc, *attribution.source, head)
        if entity is not None and entity.type in PLACE_TYPES:
            if _bare_title(head) or _placed_elsewhere(doc, entity, head):
                entity = None  # "the governor of Texas" is a person, not the state
    if entity is not None and head.lower_ in SINGULAR_PRONOUNS and not _fits_pronoun(doc, entity, head):
        entity = None  # "he" given to a product, or to a woman: the coreference layer erred
    if entity is not None:
        return entity.id, _one_line(entity.name, head.text)
    if head.lower_ in SINGULAR_PRONOUNS:
        return _antecedent(doc, head)
    if _bare_title(head):
        titled = titled_person(doc, state.entities, head, former=_former(head))
        if titled is not None:
            return titled.id, titled.name  # "the governor said": Gov. Jane Roe, named before
    body = described_body(doc, head, state.entities)
    if body is not None:
        return body.id, body.name  # "the agency said": the one agency named just before
    named = _entity_span(head)
    return None, named.text if named is not None else None


def _fits_pronoun(doc: Doc, entity: Entity, pronoun: Token) -> bool:
    """True if "he" or "she" can stand for ``entity``: a person of no other gender."""
    gender = PERSONAL_PRONOUNS[pronoun.lower_][0]
    return entity.type == "PERSON" and _gender_of(doc, entity) in ("", gender)


def _one_line(name: str, word: str) -> str:
    """The line of a name that holds ``word``, else its last: a name the recognizer ran over a
    line break ("Budget Cuts'\\n\\nRoe") is the body's words, not the headline's."""
    if "\n" not in name:
        return name
    lines = [line.strip() for line in name.split("\n") if line.strip()]
    return next((line for line in lines if word in line), lines[-1] if lines else name.strip())


def _bare_title(head: Token) -> bool:
    """"the governor", "the President", "the Florida governor", "the Russian president", "the
    governor of Texas": a singular title after "the", with no other word on it than a place or a
    nationality (which says where the office is, not which one of many)."""
    if head.lower_ not in TITLE_HEADS or head.tag_ not in ("NN", "NNP"):
        return False
    words = list(head.children)
    places = [w for w in words if w.dep_ in ("compound", "amod") and w.i < head.i and _places(w)]
    places += [w for w in words if w.dep_ == "prep" and w.lower_ == "of" and _of_place(w)]
    places += [w for w in words if w.dep_ == "amod" and w.i < head.i and w.lower_.rstrip("-") in PAST_MARKERS]
    if head.lower_ in SPOKESPEOPLE:
        places = []  # "the U.S. official" speaks for the United States
    rest = [w for w in words if w not in places]
    return len(rest) == 1 and rest[0].dep_ == "det" and rest[0].lower_ == "the" and rest[0].i < head.i


def _placed_elsewhere(doc: Doc, place: Entity, head: Token) -> bool:
    """Whether the source ``head`` is a person's title and ``place`` hangs on another word of the
    source ("the former South Carolina governor and U.S. ambassador to the United Nations": the
    United States is the ambassadorship's, not who speaks; "the U.S. ambassador" still speaks for
    the United States)."""
    if head.lower_ not in TITLE_HEADS or head.lower_ in SPOKESPEOPLE or head.pos_ == "PROPN":
        return False
    roots = [s.root for m in place.name_mentions() if (s := doc.char_span(m.start, m.end, alignment_mode="expand"))]
    return not any(r.head.i == head.i for r in roots)


def _former(head: Token) -> bool:
    """"the former president", "the ex-governor": a title held before."""
    return any(c.dep_ == "amod" and c.lower_.rstrip("-") in PAST_MARKERS for c in head.children)


def _of_place(of: Token) -> bool:
    """"of Texas", "of New York": a place's name and nothing else after "of"."""
    objects = [c for c in of.children if c.dep_ == "pobj"]
    return len(objects) == 1 and len(list(of.children)) == 1 and _places(objects[0])


def _places(word: Token) -> bool:
    """A word of a place's or a nationality's name ("Florida", "New York", "Russian") and no other."""
    return word.ent_type_ in ("GPE", "NORP") and all(t.ent_type_ in ("GPE", "NORP") for t in word.subtree)


def _shouted_name(doc: Doc, source: str, head: Token) -> Entity | None:
    """The one person whose name (two words or more) ends in the ``head`` word of a
    transcript's label in capitals: the one whose other name words are all in the label
    ("FORMER PRESIDENT DONALD TRUMP"), else the only one with that last name ("FORMER PRESIDENT
    TRUMP"). The recognizer may miss a name in capitals, or take a part of it ("DONALD")."""
    label = set(source.lower().split())
    people = [e for e in layers(doc).entities if e.type == "PERSON" and _last_name(e.name) == head.lower_]
    full = [e for e in people if set(e.name.lower().split()[:-1]) <= label]
    for found in (full, people):
        if len({e.id for e in found}) == 1:
            return found[0]
    return None


def _last_name(name: str) -> str | None:
    """The last word of a ``name`` of two words or more, lower-cased; None for a single word."""
    words = name.lower().split()
    return words[-1] if len(words) >= 2 else None


def _named_inside(doc: Doc, start: int, end: int, head: Token) -> Entity | None:
    """The entity with a name mention inside the source words, people before organisations; a
    name that only describes the source's ``head`` ("Biden administration officials") is not
    who speaks."""
    found = [
        entity
        for entity in layers(doc).entities
        for mention in entity.mentions
        if mention.kind == "name" and start <= mention.start and mention.end <= end
        and not _describes(doc, mention.start, mention.end, head, entity.type)
    ]
    found.sort(key=lambda e: e.type != "PERSON")
    return found[0] if found else None


def _describes(doc: Doc, start: int, end: int, head: Token, kind: str) -> bool:
    """True if the name at ``[start, end)`` (of an entity of type ``kind``) hangs on ``head``
    only as a modifier (a compound, an adjective, a possessor), so that it says what kind of
    source the head is, not who it is; a nationality or a party word anywhere but at the head
    does too, unless the head is its officials. Not so for a name the entities layer cut short ("BOK
    Financial"), for a body's own spokespeople or records ("CDC officials", "CBP data"), or for
    the owner of words ("Kimmel's monologue")."""
    name = doc.char_span(start, end, alignment_mode="expand")
    if name is None:
        return False
    if kind == "NORP" and len(name) == 1 and not start <= head.idx < end and head.lower_ not in SPOKESPEOPLE:
        return True  # "a number of Republican voters", "26% of Americans": a kind of source
    if head.pos_ == "PROPN":
        # "USA TODAY reported", "the Texas Tribune said": a place in another proper name names
        # something else
        return kind in PLACE_TYPES and not start <= head.idx < end
    if doc_text(doc)[end : end + 1] == "," and kind not in PLACE_TYPES:
        return False  # "Jane Roe, executive director for ...": a name set before its title
    if name.root.head.i == head.i:
        if kind != "PERSON" and (head.lower_ in SPOKESPEOPLE or head.lower_ in RECORDS):
            return False
        if kind == "ORG" and head.lower_ in OFFICES:  # "the weather service office in ...": the service
            return False
        if name.root.dep_ == "poss" and head.lower_ in WORDS_SAID:
            return False
    if kind in PLACE_TYPES and _only_locates(name.root, head):
        return True
    word = name.root
    while word.i != head.i:
        if word.dep_ not in MODIFIER_DEPS or word.head.i == word.i:
            return False
        word = word.head
    return name.root.i != head.i


def _only_locates(place: Token, head: Token) -> bool:
    """True if the place word ``place`` hangs on the source's ``head`` only to say where it is
    or what it is about: through a preposition of place ("the office in Peachtree City", "a
    lawyer from Austin"; not "a release from the county"), as a number the tagger made of a name ("Memphis mayor"),
    or from inside a clause ("While the storm is devastating the Caribbean, current models
    show ...")."""
    word = place
    while word.i != head.i:
        if word.head.i == word.i:
            return True  # not under the head at all: a place the source words ran over
        if word.dep_ == "nummod" or word.pos_ in ("VERB", "AUX"):
            return True
        if word.dep_ == "pobj" and word.head.lower_ in LOCATING_PREPS:
            # "a news release from Buncombe County": the county issued it
            return not (word.head.lower_ == "from" and word.head.head.lower_ in ISSUED)
        word = word.head
    return False


def _entity_span(token: Token) -> Span | None:
    """The name ``token`` is part of, from its IOB tags (``doc.ents`` is rebuilt on every access)."""
    if token.ent_type_ not in SPEAKER_LABELS:
        return None
    doc = token.doc
    start, end = token.i, token.i + 1
    # a name never runs over a line break (a headline's last words and the body's first)
    while start > 0 and doc[start].ent_iob_ == "I" and "\n" not in doc[start - 1].text:
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I" and "\n" not in doc[end].text:
        end += 1
    return doc[start:end]


def _antecedent(doc: Doc, pronoun: Token) -> tuple[str | None, str | None]:
    """The nearest preceding person named or already referred to as a subject (or set beside
    one: "his lawyer, Jane Roe, said"), speakers and main clauses first, within the pronoun's
    paragraph and the ``ANTECEDENT_PARAGRAPHS`` before it; a person the text gives the other
    gender is passed over, a name only quoted is no antecedent, and a person named by a common
    noun as a later subject ("a Syrian officer told Reuters") means the pronoun is that unnamed
    person."""
    low = _paragraphs_back(doc, pronoun, ANTECEDENT_PARAGRAPHS)
    quotations = doc_quotations(doc)
    people = _people_before(doc, low, pronoun, quotations)
    unnamed = _unnamed_subject(doc, low, pronoun, quotations)
    gender = PERSONAL_PRONOUNS[pronoun.lower_][0]
    if unnamed is not None:
        # "the governor ... he": the person the article gave that title, if any
        titled = None if is_indefinite(unnamed) else titled_person(doc, layers(doc).entities, unnamed)
        if titled is not None and _gender_of(doc, titled) in ("", gender):
            return titled.id, titled.name
        people = [p for p in people if p[0].i > unnamed.i]
    subjects = [p for p in people if _is_subject(p[0])]
    # subjects of cue verbs and of main clauses are the salient ones
    salient = [p for p in subjects if is_cue_verb(_clause_of(p[0])) or _clause_of(p[0]).dep_ in MAIN_DEPS]
    for group in (salient, subjects, people):
        for _, entity, text in reversed(group):
            if entity is None:
                return None, text
            if _gender_of(doc, entity) in ("", gender):
                return entity.id, entity.name
    return None, None


def _people_before(
    doc: Doc, low: int, pronoun: Token, quotations: list[tuple[int, int]]
) -> list[tuple[Token, Entity | None, str]]:
    """(head word, entity, words) of each mention of a person from token ``low`` up to
    ``pronoun``, outside quotations, in text order: the people's names and the pronouns the
    coreference layer gave them, and names the recognizer found that no entity holds."""
    found: list[tuple[Token, Entity | None, str]] = []
    for entity in layers(doc).entities:
        if entity.type != "PERSON":
            continue
        for mention in entity.mentions:
            span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
            if span is None or span.start < low or span.end > pronoun.i or inside(mention.start, quotations):
                continue
            if mention.kind in ("name", "pronoun"):
                found.append((span.root, entity, mention.text))
    held = {head.i for head, _, _ in found}
    for name in doc.ents:
        if name.label_ == "PERSON" and name.start >= low and name.end <= pronoun.i and name.root.i not in held:
            if not inside(name.start_char, quotations):
                found.append((name.root, layers(doc).entity_at(name.start_char, name.end_char), name.text))
    return sorted(found, key=lambda p: p[0].i)


def _paragraphs_back(doc: Doc, token: Token, paragraphs: int) -> int:
    """The index of the first token of the paragraph ``paragraphs`` before ``token``'s."""
    start = paragraphs_back(doc_text(doc), token.idx, paragraphs)
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    return span.start if span is not None else 0


def _is_subject(word: Token) -> bool:
    """A subject, or a name set beside one ("his lawyer, Jane Roe, insisted")."""
    if word.dep_ == "appos":
        word = word.head
    return word.dep_ in SUBJECT_DEPS


def _clause_of(word: Token) -> Token:
    """The verb whose subject ``word`` (or the noun it is set beside) is."""
    return word.head.head if word.dep_ == "appos" else word.head


def _unnamed_subject(doc: Doc, low: int, pronoun: Token, quotations: list[tuple[int, int]]) -> Token | None:
    """The latest subject between token ``low`` and ``pronoun``, outside quotations, that names
    a person by a common noun or a bare title ("a Syrian officer", "the President"; see
    ``unnamed_people``); None if a named person is a later subject."""
    state = layers(doc)
    gender = PERSONAL_PRONOUNS[pronoun.lower_][0]
    for word in reversed(doc[low : pronoun.i]):
        if word.dep_ not in SUBJECT_DEPS or inside(word.idx, quotations):
            continue
        if word.tag_ in ("WP", "WDT") and word.head.dep_ in ("relcl", "acl"):
            word = word.head.head  # "a canvasser who had no idea": the canvasser
        entity = state.entity_at(word.idx, word.idx + len(word.text))
        if word.ent_type_ == "PERSON" or (entity is not None and entity.type == "PERSON"):
            return None
        # "a Syrian officer", "the President"; a definite "the suspect" may be anyone named before
        if entity is None and person_noun(word, gender) and (is_indefinite(word) or is_title(word)):
            return word
        if person_by_pronoun(word, gender):
            return word
    return None



def _gender_of(doc: Doc, entity: Entity) -> str:
    """"m" or "f" when ``entity``'s first name says so (``first_name_gender``) or else the
    pronouns the coreference layer gave it mostly do, else ""."""
    named = first_name_gender(entity)
    if named:
        return named
    counts = {"m": 0, "f": 0}
    quotations = doc_quotations(doc)
    for mention in entity.mentions:
        gender = PERSONAL_PRONOUNS.get(mention.text.lower(), ("", ""))[0]
        # "“He is with his team,” she said": a pronoun in quoted words is rarely the speaker
        if mention.kind == "pronoun" and gender and not inside(mention.start, quotations):
            counts[gender] += 1
    if counts["m"] == counts["f"]:
        return ""
    return "m" if counts["m"] > counts["f"] else "f"


