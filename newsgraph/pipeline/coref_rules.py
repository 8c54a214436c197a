"""Where a pronoun stands tells whom it means: rules the coreference layer applies before scoring.

Each function takes the ``Discourse`` of a document and a pronoun token and answers from the
parse alone: a person named in the same bracketed aside ("DiCaprio (going for his fourth Globe)"),
the subject of the pronoun's own clause for a possessive ("McVay fueled the discussion following
his team's defeat"), the person a subordinate clause or a possessed noun above the pronoun
belongs to ("Trump's defense that he relied on ...", "McCarthy, who had 19 Republicans vote
against him"), people a pronoun cannot be ("Martin, her teammate": not Martin), and names the
recognizer typed PERSON that the text treats as things ("the Oscar goes to", "The Browns"), the
person a concessive clause goes on about ("20 senators voted for Roe, though he has said ...") and
the person a relative clause is hung on ("Roe, who can cast votes in her role").
"""

from collections.abc import Callable

from spacy.tokens import Token

from newsgraph.model import Entity
from newsgraph.pipeline.binding import finite_clause, understood_subject
from newsgraph.pipeline.discourse import (
    SUBJECT_DEPS,
    Discourse,
    Quotation,
    apposed_noun,
    clause_verb,
    misparsed_infinitive_subject,
)
from newsgraph.pipeline.lexicon import FIRST_PERSON_SINGULAR, PERSON_NOUNS, PERSONAL_PRONOUNS

PERSON_TYPES = ("PERSON",)
# words a subject may be that name no person: the Hobbs walk goes on above them
NON_PERSON_PRONOUNS = frozenset({"it", "they", "there", "this", "that", "these", "those", "which", "what"})
THING_DETERMINERS = frozenset({"the", "this", "that", "these", "those", "a", "an"})
# verbs with no subject of their own that share the clause's subject: "following his", "after winning his"
SHARING_DEPS = frozenset({"advcl", "prep", "pcomp", "conj"})
# how the parser hangs a listed noun on the one before: "Roe's tariff policies, his immigration
# policy and his opposition ..." comes as conjuncts or, with quotation marks, as an apposition
LISTING_DEPS = ("conj", "appos")
# words of a speaker's own voice: a quotation holding one is no fragment in the writer's words
FIRST_PERSON = FIRST_PERSON_SINGULAR | {"we", "us", "our", "ours", "ourselves"}
# a verb's clitic the tokenizer splits off a pronoun: "he’s", "she'll"
CLITICS = frozenset({"'s", "'ll", "'d", "'re", "'ve"})


def person_of(disc: Discourse, token: Token | None) -> Entity | None:
    """The PERSON entity ``token`` is a mention of, or None."""
    entity = disc.entity_of(token) if token is not None else None
    return entity if entity is not None and entity.type in PERSON_TYPES else None


def subject_person(disc: Discourse, subject: Token) -> Entity | None:
    """The person a subject names, itself or by a name set beside it ("head coach Jane Roe")."""
    name = next((c for c in subject.children if c.dep_ == "appos"), None)
    return person_of(disc, subject) or (person_of(disc, name) if subject.pos_ == "NOUN" else None)


def crosses_paragraph(disc: Discourse, low: int, high: int) -> bool:
    """True if a paragraph break lies between token indices ``low`` and ``high``."""
    low, high = sorted((low, high))
    return any("\n" in t.text for t in disc.doc[low:high])


def bracket_antecedent(disc: Discourse, token: Token) -> Entity | None:
    """For a pronoun inside round brackets, the one person named in the brackets before it
    ("Julius (Jacob Elordi, bringing his ...)") or else the person named right before the
    opening bracket ("DiCaprio (going for his fourth Globe)"): an aside is about that person."""
    doc = disc.doc
    opening = None
    for i in range(token.i - 1, max(-1, token.i - 40), -1):
        word = doc[i]
        if word.text == ")" or "\n" in word.text:
            return None
        if word.text == "(":
            opening = i
            break
    if opening is None:
        return None
    inside = {e.id: e for e in (person_of(disc, doc[i]) for i in range(opening + 1, token.i)) if e is not None}
    if len(inside) > 1:
        return None
    if inside:
        return next(iter(inside.values()))
    return person_of(disc, doc[opening - 1]) if opening > 0 else None


def apposed_owners(disc: Discourse, token: Token) -> set[str]:
    """People a possessive cannot refer to because its noun is set beside their name: in
    "Martin, her teammate" or "her teammate, Kate Martin" the teammate is not her own."""
    if token.dep_ != "poss":
        return set()
    noun = token.head
    if noun.dep_ == "pobj":
        return set()  # "in his NBA debut, James, 18, made ...": the parser's apposition is the subject
    names = [c for c in noun.children if c.dep_ == "appos"]
    # "the case against Biden, his lawyer, Jane Roe, said": the parser may hang a subject set
    # beside its own name on the name before it; and only commas set a noun beside a name
    # ("like Donald Trump – his back to back losses ...")
    before = disc.doc[noun.left_edge.i - 1] if noun.left_edge.i > 0 else None
    if noun.dep_ == "appos" and not names and noun.head.dep_ != "pobj" and before is not None and before.text == ",":
        names.append(noun.head)
    return {e.id for e in (person_of(disc, n) for n in names) if e is not None}


def clause_subject_owner(disc: Discourse, token: Token) -> Entity | None:
    """For a possessive, the person subject of its own clause when no other person is named
    between them ("McVay fueled the discussion following his team's defeat", "Foden stroked home
    the rebound for his sixth goal"): a participle or preposition with no subject of its own
    shares the clause's. None for a clause reached over a finite or "to" clause, or where
    another person stands between (then salience decides)."""
    if token.dep_ != "poss" or disc.quotation_at(token.idx) is not None:
        return None
    verb = next((a for a in token.ancestors if a.pos_ in ("VERB", "AUX")), None)
    while verb is not None:
        subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
        if subject is not None:
            break
        if verb.head.i == verb.i or not shares_subject(disc, verb):
            return None
        verb = next((a for a in verb.ancestors if a.pos_ in ("VERB", "AUX")), None)
    else:
        return None
    owner = subject_person(disc, subject)
    if owner is None or not finite_clause(verb) or misparsed_infinitive_subject(subject):
        return None
    if subject.i > token.i or crosses_paragraph(disc, subject.i, token.i):
        return None
    between = (person_of(disc, disc.doc[i]) for i in range(subject.right_edge.i + 1, token.i))
    if any(e is not None and e.id != owner.id for e in between):
        return None
    return owner


def shares_subject(disc: Discourse, verb: Token) -> bool:
    """True if ``verb``, which has no subject, shares the subject of the verb above it: a
    participle or preposition on that verb ("after winning his", "following his"), a conjunct,
    or a participle on a noun for a thing ("fueled the discussion following his team's defeat");
    not one on a person ("the man following his dog") nor a "to" infinitive."""
    if verb.head.pos_ in ("NOUN", "PROPN"):
        noun = verb.head
        thing = disc.entity_of(noun) is None and noun.lemma_.lower() not in PERSON_NOUNS
        return thing and verb.dep_ in ("acl", "prep") and verb.tag_ in ("VBG", "VBN")
    return verb.dep_ in SHARING_DEPS and (verb.tag_ in ("VBG", "VBN") or verb.dep_ == "conj")


def dominating_person(disc: Discourse, token: Token) -> Entity | None:
    """The person that the nearest clause or possessed noun above ``token`` belongs to, after
    Hobbs (1978): the subject of a verb above it, passing over subjects that name no person
    ("... is walking a tight line when it comes down to his own reelection": not "it"), or the
    person owning a noun above it ("Trump's defense that he relied ...", "Trump's inability to
    pass a law when he was in office"). A relative "who" stands for its noun."""
    own_verb = token.head.i if token.dep_ in SUBJECT_DEPS else -1
    for ancestor in token.ancestors:
        # the parser may run a paragraph into the one before: there the nearest subject decides,
        # as a bare name or a byline above is no clause the pronoun stands in
        crossed = crosses_paragraph(disc, ancestor.i, token.i)
        if ancestor.pos_ in ("NOUN", "PROPN") and not crossed and ancestor.i != token.head.i:
            owner = next((c for c in ancestor.children if c.dep_ == "poss" and c.i != token.i), None)
            if person_of(disc, owner) is not None:
                return person_of(disc, owner)
        if ancestor.pos_ not in ("VERB", "AUX") or ancestor.i == own_verb:
            continue
        subject = next((c for c in ancestor.children if c.dep_ in SUBJECT_DEPS), None)
        if subject is None or subject.i == token.i or misparsed_infinitive_subject(subject):
            continue
        if subject.left_edge.i <= token.i <= subject.right_edge.i:
            continue  # "his job status is no longer ...": the pronoun's own noun phrase
        if subject.tag_ in ("WP", "WDT") and ancestor.dep_ in ("relcl", "acl"):
            subject = ancestor.head
        owner = next((c for c in subject.children if c.dep_ == "poss"), None)
        if person_of(disc, subject) is None and person_of(disc, owner) is not None and not crossed:
            return person_of(disc, owner)  # "Trump's third indictment unveils ... his actions"
        if names_no_person(disc, subject) and not crossed:
            continue
        if crosses_paragraph(disc, subject.i, token.i):
            return None  # a clause of another paragraph the parser ran in, or a byline ("-- Jane Roe")
        return person_of(disc, subject)
    return None


def names_no_person(disc: Discourse, subject: Token) -> bool:
    """True if a subject surely names no person: "it", "they" or an entity of another type, but
    for a group's member ("the former Dodger"); a common noun may be a word for a person the
    lexicon lacks ("the horror auteur")."""
    entity = disc.entity_of(subject)
    if entity is not None and entity.type == "NORP":
        return subject.tag_ in ("NNS", "NNPS")  # "the former Dodger", "a Democrat" is a person
    if entity is not None:
        return entity.type not in PERSON_TYPES
    return subject.lower_ in NON_PERSON_PRONOUNS


def thing_like(disc: Discourse, entity: Entity) -> bool:
    """True if a one-word PERSON entity is written as a thing somewhere: with an article,
    demonstrative or owner of its own ("the Oscar goes to", "this Globes", "Boar's Head") or as
    a plural proper noun ("The Browns"). Such a name takes no "he" or "she"."""
    if len(entity.name.split()) != 1:
        return False
    for mention in entity.mentions:
        if mention.kind != "name":
            continue
        span = disc.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None or len(span) != 1:
            continue
        word = span[0]
        if word.tag_ == "NNPS" or any(thing_dependent(c) for c in word.children):
            return True
    return False


def thing_dependent(word: Token) -> bool:
    """True if ``word`` is an article or demonstrative, or an owner that is no pronoun ("Boar's
    Head"): a person's name stands without them."""
    if word.dep_ == "det":
        return word.lower_ in THING_DETERMINERS
    return word.dep_ == "poss" and word.tag_ != "PRP$"


def list_head(token: Token) -> Token | None:
    """For a possessive whose noun is listed after others, the first noun of the list; else None."""
    if token.dep_ != "poss" or token.head.dep_ not in LISTING_DEPS:
        return None
    first = token.head
    while first.dep_ in LISTING_DEPS and first.head.i != first.i:
        first = first.head
    return first


def noun_owner(noun: Token) -> Token | None:
    """The word naming who owns ``noun`` ("Roe's policies"; the parser may hang a name with a
    curly "’s" as a modifier), a possessive pronoun aside."""
    for child in noun.children:
        owns = child.dep_ == "poss" or child.dep_ == "nmod" and any(g.tag_ == "POS" for g in child.children)
        if owns and child.tag_ != "PRP$":
            return child
    return None


def named_in_brackets(disc: Discourse, token: Token) -> Entity | None:
    """"he (Trump) has a litigious style", "his [Roe's] plan": a person's name in brackets right
    after the pronoun, the writer's own gloss, is whom it means."""
    doc = disc.doc
    after = token.i + 1
    if after < len(doc) and doc[after].lower_.replace("’", "'") in CLITICS:
        after += 1  # "he’s (Trump) going to be the best one"
    if after + 1 >= len(doc) or doc[after].text not in ("(", "["):
        return None
    return person_of(disc, doc[after + 1])


def cataphoric_subject(disc: Discourse, token: Token) -> Entity | None:
    """"During his visit, X said ...": a pronoun in a fronted adjunct refers to the person who is
    the main subject, unless a paragraph break lies between them or a person is the subject of
    the adjunct's own clause ("... as Sirianni knee-capped his staff – Stoutland ...")."""
    root = disc.sent_of(token).root
    subject = next((c for c in root.children if c.dep_ in SUBJECT_DEPS), None)
    if subject is None or token.i >= subject.i:
        return None
    adjunct = token
    while adjunct.head.i != root.i and adjunct.head.i != adjunct.i:
        adjunct = adjunct.head
    if adjunct.head.i != root.i or adjunct.dep_ not in ("prep", "advcl", "npadvmod") or adjunct.i > subject.i:
        return None
    entity = person_of(disc, subject)
    if entity is None or crosses_paragraph(disc, token.i, subject.i):
        return None  # the parser ran a "Contributing:" line into the sentence
    own = dominating_person(disc, token)
    return entity if own is None or own.id == entity.id else None


# marks of a concessive clause: "X voted for Roe, though he has said ..." is about Roe as often
# as about X, so the person the main clause names, not its subject, is whom such a "he" goes on with
CONCESSIVE_MARKS = frozenset({"though", "although"})


def concessive_antecedent(disc: Discourse, token: Token, fits: Callable[[Entity], bool]) -> Entity | None:
    """For the subject pronoun of a concessive clause after its main clause ("20 Republicans
    voted for Jim Roe, though he has said he is not interested"), the one person of a fitting
    gender named in the main clause; None if none or several are (then salience decides)."""
    verb = token.head
    if token.dep_ not in SUBJECT_DEPS or verb.dep_ != "advcl" or verb.i < verb.head.i:
        return None
    if not any(c.dep_ == "mark" and c.lower_ in CONCESSIVE_MARKS for c in verb.children):
        return None
    main = verb.head
    own = {w.i for w in verb.subtree}
    start = main.left_edge.i
    if crosses_paragraph(disc, start, token.i) or disc.quotation_at(token.idx) is not None:
        return None
    named = {e.id: e for e in (person_of(disc, w) for w in main.subtree if w.i not in own) if e is not None}
    fitting = [e for e in named.values() if fits(e)]
    return fitting[0] if len(fitting) == 1 else None


def relative_clause_owner(disc: Discourse, token: Token) -> tuple[Entity | None, Entity | None]:
    """For a possessive in a relative clause whose "who" is the subject ("Kamala Roe, who can
    cast deciding votes in her role"), the person the relative clause is hung on, and the person
    subject of the clause above when that is someone else ("Jim Doe had disagreements with
    Roe, who once berated his military service": Doe's or Roe's, the parse cannot tell)."""
    if token.dep_ != "poss" or disc.quotation_at(token.idx) is not None:
        return None, None
    verb = next((a for a in token.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if verb is None or verb.dep_ != "relcl":
        return None, None
    subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
    if subject is None or subject.lower_ != "who" or subject.i > token.i:
        return None, None
    noun = verb.head
    owner = person_of(disc, noun)
    between = (person_of(disc, disc.doc[i]) for i in range(subject.i + 1, token.i))
    if owner is None or any(e is not None and e.id != owner.id for e in between):
        return None, None
    above = next((a for a in noun.ancestors if a.pos_ in ("VERB", "AUX")), None)
    rival_word = next((c for c in above.children if c.dep_ in SUBJECT_DEPS), None) if above is not None else None
    if rival_word is None or crosses_paragraph(disc, rival_word.i, token.i):
        return owner, None
    rival = subject_person(disc, rival_word)
    return owner, rival if rival is not None and rival.id != owner.id else None


def clause_subjects(disc: Discourse, token: Token) -> set[str]:
    """Ids of the entities that are subjects of the clause ``token`` is in."""
    verb = clause_verb(token)
    if verb is None:
        return set()
    found = [disc.entity_of(c) for c in verb.children if c.dep_ in SUBJECT_DEPS]
    return {e.id for e in found if e is not None}


def opens_paragraph(disc: Discourse, quotation: Quotation) -> bool:
    """True if ``quotation`` starts its paragraph and runs over no paragraph break ("... Webb,
    director of ..., has worked with migrants. / “The wall is no deterrent,” she said")."""
    text = disc.text
    starts = quotation.start == 0 or not text[text.rfind("\n", 0, quotation.start) + 1 : quotation.start].strip()
    return starts and "\n" not in text[quotation.start : quotation.end]


def named_apposition(disc: Discourse, noun: Token) -> Entity | None:
    """The entity a name set beside ``noun`` refers to ("a lawyer for the family, Ben
    Carter"), or None."""
    for word in noun.subtree:
        entity = disc.entity_of(word) if word.dep_ == "appos" and apposed_noun(word) == noun else None
        if entity is not None:
            return entity
    return None


def reported_in_third_person(disc: Discourse, quotation: Quotation, token: Token) -> bool:
    """True if ``quotation`` is a fragment the writer set into a sentence as the words of its
    speaker in the third person ("Doe said he would “take care of his family”", "Roe said she
    read the report, and “she came away convinced”"): there a quoted pronoun of ``token``'s
    gender may be the speaker. The fragment opens after a word of the sentence, has no first
    person and no sentence of its own before ``token``, and the clause it makes has for subject
    the speaker, named or as a pronoun of ``token``'s gender, or ``token`` itself."""
    before = disc.text[: quotation.start].rstrip(" ")
    quoted = disc.doc.char_span(quotation.start, quotation.end, alignment_mode="expand")
    if not before or not before[-1].isalnum() or quotation.speaker_word is None or quoted is None:
        return False
    speaker = disc.entity_of(disc.doc[quotation.speaker_word])
    if speaker is None or any(w.lower_ in FIRST_PERSON for w in quoted):
        return False
    if any(w.is_sent_end or w.text in (".", "?", "!") for w in quoted if w.i < token.i):
        return False
    top = next((w for w in quoted if not quoted.start <= w.head.i < quoted.end or w.head.i == w.i), None)
    verb = top if top is not None and top.pos_ in ("VERB", "AUX") else clause_verb(top) if top is not None else None
    subject = understood_subject(verb) if verb is not None else None
    if subject is None or subject.i == token.i:
        return subject is not None
    gender = PERSONAL_PRONOUNS[token.lower_][0]
    same = subject.lower_ not in PERSONAL_PRONOUNS or PERSONAL_PRONOUNS[subject.lower_] == (gender, "sg")
    return same and disc.quotation_at(subject.idx) is None and disc.entity_of(subject) is speaker
