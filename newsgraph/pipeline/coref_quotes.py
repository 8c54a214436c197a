"""How quotations and the clauses that report them weigh on whom a pronoun means.

Used by ``newsgraph.pipeline.coref``. Each function takes the ``Discourse``, the ``Salience`` of
the mentions so far and the pronoun token, and returns score changes (entity id -> points) or
entities to leave out: a person only spoken to or of in a quotation seldom is the narrative's
next "she", and the main subject of the sentence before (before the quotation, for
"“...,” she said") is the likeliest "he" of the next main clause (centering).
"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.model import Entity
from newsgraph.pipeline.coref_rules import opens_paragraph
from newsgraph.pipeline.discourse import SUBJECT_DEPS, Discourse, Quotation, effective_dep, is_main_clause
from newsgraph.pipeline.lexicon import GENDERED_NOUNS, SPEECH_VERBS
from newsgraph.pipeline.salience import PARALLEL_SUBJECT_BONUS, QUOTED_FACTOR, Salience, in_main_clause
from newsgraph.pipeline.unnamed_people import is_title, person_noun

# centering: a main-clause subject pronoun most likely goes on with the main subject of the
# sentence before, even when another person was named more often further back
PREVIOUS_SUBJECT_BONUS = 75.0
# a person first named there (introduced to be quoted next) outweighs a sentence full of another's pronouns
INTRODUCED_FACTOR = 4.0
QUESTION_VERBS = frozenset({"ask", "wonder", "question", "inquire"})
# nouns for one who does something ("juror", "organizer", "economist", "physician"): a person who speaks
AGENT_ENDINGS = ("or", "er", "ist", "ian")


def previous_subjects(disc: Discourse, salience: Salience, token: Token) -> dict[str, float]:
    """For a pronoun that is the subject of a main clause outside quotations, the entities
    that were the main-clause subject of the sentence before (a name set beside that subject
    counts: "The firm's chief, Jane Roe, said ... She added ..."). For "“...,” she said" the
    sentence before is the one before the quotation. A person first named there is likelier
    still than one named often before: news introduces whom it quotes next. Id -> bonus."""
    if effective_dep(token) not in SUBJECT_DEPS or not in_main_clause(token):
        return {}
    if disc.quotation_at(token.idx) is not None:
        return {}
    sentence = disc.sentence_index(token)
    reported = reported_quotation(disc, token, token.head) if token.head.lemma_.lower() in SPEECH_VERBS else None
    # only a quotation that is a paragraph of its own: one whose marks are paired across paragraphs misleads
    if reported is not None and not opens_paragraph(disc, reported):
        reported = None
    opening = disc.doc.char_span(reported.start, reported.end, alignment_mode="expand") if reported else None
    before = disc.sentence_index(opening[0]) - 1 if opening and opening[0].i < token.i else sentence - 1
    first = salience.first_sentence
    return {
        item.entity: PREVIOUS_SUBJECT_BONUS * (INTRODUCED_FACTOR if first(item.entity) == before else 1.0)
        for item in salience.window(token, sentences_back=sentence - before)
        if item.sentence == before and item.subject and item.main and not item.quoted
    }


def quoted_shares(disc: Discourse, salience: Salience, token: Token) -> dict[str, float]:
    """For a pronoun outside quotations, what each candidate's mentions inside quotations
    add to its salience (as ``Salience.scores`` counts them): someone only spoken to or of
    in a quotation ("“Sam, hold my hand,” she adds") is seldom whom the narrative's "she"
    means next, so those mentions do not count."""
    if disc.quotation_at(token.idx) is not None:
        return {}
    sentence = disc.sentence_index(token)
    subject = effective_dep(token) in SUBJECT_DEPS
    main = in_main_clause(token)
    shares: dict[str, float] = {}
    for item in salience.window(token, sentences_back=3):
        if not item.quoted:
            continue
        weight = item.weight + (PARALLEL_SUBJECT_BONUS if subject and item.subject and main == item.main else 0.0)
        share = weight * QUOTED_FACTOR * 0.5 ** (sentence - item.sentence)
        shares[item.entity] = shares.get(item.entity, 0.0) + share
    return shares


def named_only_in_report(disc: Discourse, salience: Salience, token: Token) -> set[str]:
    """Entities named, lately, only inside the quotation that ``token`` as the subject of a
    speech verb reports: in "“Sam, hold my hand,” she adds", Sam is spoken to or of, not the
    speaker (people do not name themselves in their own words)."""
    verb = token.head
    if token.dep_ not in SUBJECT_DEPS or verb.lemma_.lower() not in SPEECH_VERBS:
        return set()
    if disc.quotation_at(token.idx) is not None:
        return set()
    reported = reported_quotation(disc, token, verb)
    if reported is None:
        return set()
    inside: set[str] = set()
    outside: set[str] = set()
    for item in salience.window(token, sentences_back=3):
        char = disc.doc[item.token].idx
        (inside if reported.start <= char < reported.end else outside).add(item.entity)
    return inside - outside


def reported_quotation(disc: Discourse, subject: Token, verb: Token) -> Quotation | None:
    """The quotation right before the subject ("“...,” she said") or right after the verb
    ("she said: “...”"), with nothing but spaces and punctuation between."""
    text = disc.text
    for quotation in disc.quotations:
        if quotation.end <= subject.idx and not text[quotation.end : subject.idx].strip(" ,:—–-"):
            return quotation
        after = verb.idx + len(verb.text)
        if quotation.start >= after and not text[after : quotation.start].strip(" ,:—–-"):
            return quotation
    return None


def last_reporter(disc: Discourse, token: Token) -> Token | None:
    """For ``token``, a pronoun that is the subject of a speech verb reporting the quotation
    just before it, the subject of the last main-clause speech verb outside quotations before
    that quotation: in the paragraph before where the quotation opens its own ("Amber said she
    had seen the 2017 eclipse. / “It’s breathtaking,” she said"), else earlier in the
    quotation's paragraph. News names whom it quotes next as the one who spoke last, not as a
    person named along the way. None where there is no such verb."""
    if token.dep_ not in SUBJECT_DEPS or token.head.lemma_.lower() not in SPEECH_VERBS:
        return None
    if disc.quotation_at(token.idx) is not None:
        return None
    reported = reported_quotation(disc, token, token.head)
    text = disc.text
    if reported is None or reported.end > token.idx or "\n" in text[reported.start : reported.end]:
        return None
    # a quotation inside its paragraph: the sentences before it in that paragraph
    end = len(text[: reported.start].rstrip()) if opens_paragraph(disc, reported) else reported.start
    span = disc.doc.char_span(text.rfind("\n", 0, end) + 1, end, alignment_mode="expand")
    if span is None:
        return None
    for word in reversed(span):
        verb = word.head
        lemma = verb.lemma_.lower()
        # "a member asked if he supports them. / “I believe I do,” he said": the one asked answers
        if word.dep_ not in SUBJECT_DEPS or lemma not in SPEECH_VERBS or lemma in QUESTION_VERBS or verb.pos_ != "VERB":
            continue
        if lemma == "continue" and any(c.dep_ == "xcomp" for c in verb.children):
            continue  # "The demand continues to outpace supplies": no speech
        # the parser may hang the paragraph's main verb on a word of the next one
        main = is_main_clause(verb) or not span.start <= verb.head.i < span.end
        if main and disc.quotation_at(word.idx) is None and disc.quotation_at(verb.idx) is None:
            return word
    return None


def unknown_speaker(word: Token, entity: Entity | None, gender: str) -> bool:
    """True if ``word``, the subject of a speech verb that no person entity holds (``entity`` is
    the non-person entity it is in, if any), names someone the layer cannot link: a lone name
    the recognizer took for a thing or left out ("Amber said"), a name with a number after it
    ("Juror 10 said"), or a noun for a person with a determiner ("The juror said", "a resident
    said") whose gender, where the noun has one, is ``gender``. Not "50 Cent", "everyone", nor
    a thing ("The demand continues")."""
    rest = [w for w in word.subtree if w.i != word.i]
    if word.tag_ == "NNP":
        designated = all(w.tag_ == "CD" and w.i > word.i for w in rest)
        return designated and (entity is None or " " not in entity.name)
    if entity is not None or word.tag_ != "NN" or not any(c.dep_ == "det" for c in word.children):
        return False
    if is_title(word):
        return False  # "the president said": a title the article gave several people; the scores decide
    lemma = word.lemma_.lower()
    return GENDERED_NOUNS.get(lemma, gender) == gender and (person_noun(word, gender) or lemma.endswith(AGENT_ENDINGS))
