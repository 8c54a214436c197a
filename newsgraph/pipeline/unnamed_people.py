"""People the text names by a common noun or a bare title: "a Syrian officer", "the President".

A "he" or "she" right after such a person means that person more often than anyone named
earlier, so the coreference layer and the speakers' fallback leave the pronoun unresolved
rather than give it to the last name. A definite title ("the governor") may stand for a named
person the article gave that title before ("Gov. Jane Roe"); then it is no unnamed person.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from newsgraph.model import Entity
from newsgraph.pipeline.lexicon import COUNTRY_NAMES, GENDERED_NOUNS, PERSON_NOUNS, PERSONAL_PRONOUNS, TITLE_HEADS

# Common nouns and titles that name a person without a name.
UNNAMED_PEOPLE = PERSON_NOUNS | TITLE_HEADS | frozenset(GENDERED_NOUNS)
INDEFINITE_DETERMINERS = frozenset("a an another one".split())
# the recognizer's labels for places, which a person's name is most often mistaken for
PLACE_LABELS = ("GPE", "LOC", "FAC")
NAME_DEPS = ("appos", "compound")
# a noun in these relations describes someone already there ("Osborn is a union leader who ...")
DESCRIBING_DEPS = ("attr", "appos", "acomp", "oprd")
# titles that several people in one story may hold: "the spokesperson" is not the last one named
SHARED_TITLES = frozenset(
    """
    spokesperson spokesman spokeswoman official officer representative aide adviser advisor
    analyst economist editor correspondent manager owner executive director head leader founder
    co-founder deputy diplomat negotiator lawmaker legislator professor coach inspector attorney
    prosecutor member
    """.split()
)
# words that make a title a past one: "former President Jane Roe", "the late Gov. Roe"
PAST_MARKERS = frozenset("former ex late then onetime one-time previous erstwhile".split())
# titles as news writes them before a name: "Gov. Jane Roe" carries "governor"
TITLE_ABBREVIATIONS = {
    "gov": "governor", "sen": "senator", "rep": "representative", "pres": "president",
    "gen": "general", "lt": "lieutenant", "col": "colonel", "capt": "captain", "sgt": "sergeant",
    "supt": "superintendent", "atty": "attorney", "adm": "admiral", "cmdr": "commander",
    "insp": "inspector", "prof": "professor", "amb": "ambassador", "sec": "secretary",
}


def person_noun(word: Token, gender: str) -> bool:
    """True if ``word`` is a singular common noun or title naming a person whose gender, where
    the word fixes it, is ``gender`` ("m", "f" or "" for any); a title with a name on it ("Fed
    Chair Jerome Powell" parsed with the title as head) names that person instead, and a noun
    that only describes someone ("Osborn is a union leader") names no one new. A noun a "who"
    clause hangs on is a person whatever the word ("a canvasser who had no idea")."""
    lemma = word.lemma_.lower()
    if word.pos_ not in ("NOUN", "PROPN") or word.tag_ in ("NNS", "NNPS"):
        return False
    if lemma not in UNNAMED_PEOPLE and not _who_clause(word):
        return False
    first = word
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head  # "a mechanic and a union leader": described as the first is
    if first.dep_ in DESCRIBING_DEPS:
        return False
    if word.ent_type_ == "PERSON" or any(c.dep_ in NAME_DEPS and c.ent_type_ == "PERSON" for c in word.children):
        return False
    return not gender or GENDERED_NOUNS.get(lemma, gender) == gender


def _who_clause(noun: Token) -> bool:
    """True if a relative clause with "who" or "whom" hangs on ``noun``."""
    return any(
        c.dep_ == "relcl" and any(w.lower_ in ("who", "whom") for w in c.children) for c in noun.children
    )


def person_by_pronoun(subject: Token, gender: str) -> bool:
    """True if ``subject`` is a proper noun that the recognizer gave no person's type (it took
    "Valencia" for the city) but that its own clause treats as a person of ``gender`` ("m" or
    "f"): "Valencia shifted in his chair. He said ...": the "he" is most likely Valencia, not
    someone named before."""
    if not gender or subject.tag_ != "NNP" or subject.ent_type_ not in PLACE_LABELS:
        return False
    if subject.text.lower() in COUNTRY_NAMES or any(c.dep_ == "det" for c in subject.children):
        return False  # "the United States would provide a better life for his family"
    if any(c.dep_ == "aux" and c.tag_ == "TO" for c in subject.head.children):
        return False  # "for Israel to meet his expectations"
    for word in subject.head.subtree:
        if word.i <= subject.i:
            continue
        if word.ent_type_ == "PERSON":
            return False  # "Ohio and Jane Roe's husband ...": the pronoun has a person nearer
        if word.dep_ == "poss" and PERSONAL_PRONOUNS.get(word.lower_, ("", ""))[0] == gender:
            return True
    return False


def is_title(word: Token) -> bool:
    """"the President", "the governor": a title, not a plain noun for a person ("the suspect")."""
    return word.lemma_.lower() in TITLE_HEADS


def is_indefinite(word: Token) -> bool:
    """"a Syrian officer", "another official": a person brought into the story here."""
    return any(c.dep_ == "det" and c.lower_ in INDEFINITE_DETERMINERS for c in word.children)


def titled_person(doc: Doc, entities: list[Entity], word: Token, former: bool = False) -> Entity | None:
    """The one person named before ``word`` with its title: "Gov. Jane Roe" or "Roe, the
    governor" before "the governor"; None if no one was given it, if two or more were ("the
    president" after "President Jane Roe" and "Russian President Ivan Ivanov" may be either),
    or if many may hold such a title in one story ("the spokesperson" may be another body's).
    A former holder ("former President Jane Roe") does not count, unless ``former`` asks for one
    ("the former president")."""
    lemma = word.lemma_.lower()
    if lemma in SHARED_TITLES:
        return None
    holders: list[Entity] = []
    for entity in entities:
        if entity.type != "PERSON":
            continue
        for mention in entity.name_mentions():
            if mention.start >= word.idx:
                continue
            span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
            if span is not None and _carries(span, lemma, former):
                holders.append(entity)
                break
    return holders[0] if len(holders) == 1 else None


def _carries(name: Span, lemma: str, former: bool = False) -> bool:
    """True if the title ``lemma`` is written on the name, and not as a past one: right before
    it ("Gov. Jane Roe"), hung on it ("Mayor Roe" parsed as a compound) or set beside it ("Roe,
    the governor")."""
    head = name.root
    words = [c for c in head.children if c.dep_ in ("compound", "appos", "amod")]
    if name.start > 0:
        words.append(name.doc[name.start - 1])
    if head.dep_ == "appos":
        words.append(head.head)
    titles = [t for t in words if _title(t) == lemma]
    if not titles:
        return False
    before = name.doc[max(0, titles[0].i - 2) : titles[0].i]
    past = [*before, *titles[0].children, *head.children]
    return any(t.lower_.rstrip("-") in PAST_MARKERS for t in past) == former


def _title(word: Token) -> str:
    """The lemma of a title word, abbreviations written out ("Gov." is "governor")."""
    lemma = word.lemma_.lower()
    return TITLE_ABBREVIATIONS.get(lemma.rstrip("."), lemma)
