"""Companies, shops and restaurant chains that the model took for people.

The small model tags many brand names as a PERSON ("Tim Hortons", "Harris Teeter", "Dunkin")
or keeps only the first part of a possessive one ("Wendy" of "Wendy's"). The article's own
words decide, never a list of brands:

- a business noun after the name, which no person takes: "Harris Teeter stores", "a Pizza Hut
  restaurant", "Chipotle locations", "Wendy's menu" (after a possessive only the nouns of a
  chain: a chef has restaurants of her own);
- a business head right before it: "coffee chain Tim Hortons", "retailer Target";
- a company's suffix after it: "Dunkin Inc.", "Acme Co.";
- a possessive brand: a name the article never writes without its "'s", once followed by no
  noun for it to own ("at a Wendy's", "Trader Joe's and Aldi", "Is Wendy's open"); the "'s"
  is then part of the name;
- a name in a list with such a business ("Trader Joe's, Fred Meyer and Kroger").

A name stays a person where the article treats it as one: a title or honorific before it
("Mr. Carter"), "who" after it, "said he"/"said she", or an age after it ("Carter, 45,"), or
where it is a word of a person's full name in the article.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsgraph.pipeline.clusters import ORG_GENERIC
from newsgraph.pipeline.names import ENTITY_LABELS, POSSESSIVES, Cand, cand_text, is_title
from newsgraph.pipeline.outlets import is_head

# Labels the model puts on a brand's name by mistake (not NORP: "Mexican restaurants").
MISTYPED = frozenset(["PERSON", "WORK_OF_ART"])
# Place labels: a place's name before "stores" is an adjective ("Texas stores"), so only the
# cues that no place takes turn one into a business.
PLACES = frozenset(["GPE", "LOC", "FAC"])
# Closed class: nouns after a business's name that no person takes ("X stores", "a X restaurant").
BUSINESS_NOUNS = frozenset(
    """
    store stores location locations restaurant restaurants franchisee franchisees outlet
    outlets chain chains menu menus drive-thru drive-thrus drive-through
    warehouse warehouses supermarket supermarkets shop shops branches eatery eateries storefront
    storefronts dealership dealerships
    """.split()
)
# After a possessive, a person may own shops and restaurants of her own ("Smith's restaurant"):
# only the nouns of a chain count there. Not "franchise": a film director has one.
CHAIN_NOUNS = frozenset(
    "locations stores franchisees outlets chain menu menus drive-thru drive-thrus warehouses".split()
)
# Closed class: a chain's branches, which a person does not have or run ("X has 400 locations").
BRANCH_NOUNS = frozenset("locations outlets branches franchisees storefronts drive-thrus".split())
# Closed class: lower-case heads right before a business's name ("coffee chain Tim Hortons").
BUSINESS_HEADS = frozenset(
    """
    chain chains retailer retailers grocer grocers franchise company firm automaker carmaker
    supermarket startup conglomerate airline manufacturer restaurant eatery brand store
    """.split()
)
# Closed class: the suffixes of a company's name, as written ("CO" is Colorado).
COMPANY_SUFFIXES = frozenset("Inc Inc. Co. Corp Corp. LLC Ltd Ltd. PLC plc".split())
# Punctuation that ends a phrase: after "X's" it leaves the "'s" nothing to own (not a quotation
# mark: "Disney's \"Frozen\"").
CLOSING_PUNCT = frozenset(",.;:!?)")
# Words after "X's" that show the "'s" owns nothing: it ends the name ("Trader Joe's and Aldi").
NOT_OWNED = frozenset(
    """
    and or but is was are were will would has had have said says announced in at for to with
    from near as which that
    """.split()
)
FINITE_VERBS = frozenset(["VBD", "VBZ", "VBP", "MD"])
DETERMINERS = frozenset("a an every each another".split())
SUBJECT_PRONOUNS = frozenset(["he", "she"])
LIST_WORDS = frozenset([",", "and", "or", "&"])


def fix_brands(doc: Doc, cands: list[Cand]) -> list[Cand]:
    """Relabel ORG every mistyped mention of a name the article shows to be a business, with
    its "'s" where the name is a possessive brand. ``cands`` in text order; the same candidates
    come back, some relabelled or one token longer."""
    texts = [cand_text(doc, c) for c in cands]
    people = _person_words(doc, cands)
    possessive = _possessive_brands(doc, cands, texts)
    mostly_places = _mostly_places(cands, texts)
    found = {
        text for cand, text in zip(cands, texts, strict=True)
        if _shows_business(doc, cand, text, possessive, text in mostly_places)
    }
    found |= _listed_with(doc, cands, texts, found)
    found = {text for text in found if not _personal(doc, cands, texts, text, people)}
    if not found:
        return cands
    out = []
    for cand, text in zip(cands, texts, strict=True):
        if text in found and (cand.label in MISTYPED or cand.label in PLACES or cand.label == "ORG"):
            end = cand.end + 1 if text in possessive and _possessive_at(doc, cand.end) else cand.end
            cand = Cand(cand.start, end, "ORG")
        out.append(cand)
    return out


def _shows_business(doc: Doc, cand: Cand, text: str, possessive: set[str], place: bool) -> bool:
    """Whether the context of ``cand`` says it is a business (see the module's docstring).
    ``place``: the article tags the name a place more often than not, so that a noun after it
    says nothing ("Texas stores")."""
    if cand.label not in MISTYPED and cand.label != "ORG" and cand.label not in PLACES:
        return False
    if text in possessive or _head_before(doc, cand.start) or _suffix_after(doc, cand.end):
        return True
    return not place and (_noun_after(doc, cand.end) or _has_branches(doc, cand))


def _mostly_places(cands: list[Cand], texts: list[str]) -> set[str]:
    """The names that the article tags a place at least as often as an organisation or person
    (other types, such as a holiday's DATE, do not vote)."""
    votes: dict[str, int] = {}
    for cand, text in zip(cands, texts, strict=True):
        if cand.label in PLACES or cand.label in MISTYPED or cand.label == "ORG":
            votes[text] = votes.get(text, 0) + (1 if cand.label in PLACES else -1)
    return {text for text, vote in votes.items() if vote >= 0}


def _has_branches(doc: Doc, cand: Cand) -> bool:
    """"X has 4,000 locations", "X operates 300 outlets": the name is the subject of a verb
    whose object is a chain's branches."""
    head = doc[cand.end - 1]
    if head.dep_ != "nsubj" or not cand.start <= head.i < cand.end:
        return False
    return any(child.dep_ == "dobj" and child.lower_ in BRANCH_NOUNS for child in head.head.children)


def _noun_after(doc: Doc, end: int) -> bool:
    """"X stores", "a X restaurant", "X's menu"."""
    if end < len(doc) and doc[end].text in POSSESSIVES:
        return end + 1 < len(doc) and doc[end + 1].lower_ in CHAIN_NOUNS
    return end < len(doc) and doc[end].lower_ in BUSINESS_NOUNS


def _head_before(doc: Doc, start: int) -> bool:
    """"coffee chain X", "the retailer X"."""
    return start > 0 and doc[start - 1].text.islower() and doc[start - 1].lower_ in BUSINESS_HEADS


def _suffix_after(doc: Doc, end: int) -> bool:
    """"X Inc.", "X, Inc.", "X Co."."""
    i = end + 1 if end < len(doc) and doc[end].text == "," else end
    return i < len(doc) and doc[i].text in COMPANY_SUFFIXES


def _possessive_brands(doc: Doc, cands: list[Cand], texts: list[str]) -> set[str]:
    """Names (their text without the "'s") that every mention writes with a possessive, at
    least one of them followed by no noun it could own or after "a"/"an" ("at a Wendy's").
    Not a name ending in a generic word ("World Health Organization's") or in a paper's head
    word ("USA TODAY's"): no brand's."""
    always: dict[str, bool] = {}
    owns_nothing: set[str] = set()
    for cand, text in zip(cands, texts, strict=True):
        if cand.label not in ENTITY_LABELS:
            continue
        has = _possessive_at(doc, cand.end)
        always[text] = always.get(text, True) and has
        last = doc[cand.end - 1]
        # a paper's name takes "'s" as a possessive only ("USA TODAY's On Politics newsletter")
        if has and cand.label in MISTYPED | {"ORG"} and last.lower_ not in ORG_GENERIC and not is_head(last):
            if _owns_nothing(doc, cand.end + 1) or _determiner_before(doc, cand.start):
                owns_nothing.add(text)
    return {text for text in owns_nothing if always[text]}


def _possessive_at(doc: Doc, i: int) -> bool:
    """Whether token ``i`` is a possessive "'s", not "is" nor "us" ("Seat's on fire", "Let's"):
    tagged so, or, whatever the tagger said, ending a phrase ("Fry's, Gerbes and ...")."""
    if i >= len(doc) or doc[i].text not in POSSESSIVES or not doc[i].text.endswith("s"):
        return False
    ends_phrase = i + 1 < len(doc) and doc[i + 1].text in CLOSING_PUNCT
    return doc[i].tag_ in ("POS", "") or (ends_phrase and doc[i].tag_ not in ("VBZ", "PRP"))


def _owns_nothing(doc: Doc, i: int) -> bool:
    """Whether token ``i``, right after a possessive, begins no noun phrase it could own: the
    end of a phrase, a conjunction, a preposition or a finite verb ("McDonald's announced"; not
    a participle, "Trump's growing list")."""
    if i >= len(doc):
        return True
    token = doc[i]
    if token.text in CLOSING_PUNCT or token.lower_ in NOT_OWNED:
        return True
    return token.tag_ in FINITE_VERBS or token.pos_ in ("ADP", "CCONJ", "SCONJ")


def _determiner_before(doc: Doc, start: int) -> bool:
    return start > 0 and doc[start - 1].lower_ in DETERMINERS


def _listed_with(doc: Doc, cands: list[Cand], texts: list[str], found: set[str]) -> set[str]:
    """Mistyped names in a list ("X, Y and Z") with a business, grown until no more join."""
    joined: set[str] = set()
    pairs = [i for i in range(len(cands) - 1) if _listed(doc, cands[i], cands[i + 1])]  # read once
    changed = True
    while changed:
        changed = False
        for i in pairs:
            left, right = cands[i], cands[i + 1]
            for cand, text, other in ((left, texts[i], texts[i + 1]), (right, texts[i + 1], texts[i])):
                known = found | joined
                if other in known and text not in known and cand.label in MISTYPED:
                    joined.add(text)
                    changed = True
    return joined


def _listed(doc: Doc, left: Cand, right: Cand) -> bool:
    if right.start - left.end > 4:  # at most two list words and two possessive endings between
        return False
    gap = [t for t in doc[left.end : right.start] if t.text not in POSSESSIVES]
    return 0 < len(gap) <= 2 and all(t.lower_ in LIST_WORDS for t in gap)


def _person_words(doc: Doc, cands: list[Cand]) -> set[str]:
    """The first and last words of the article's multiword personal names (a first name or a
    surname; a word inside a long "name" the model took for a person, "New Chipotle Rewards",
    is none)."""
    people = [c for c in cands if c.label == "PERSON" and c.end - c.start > 1]
    return {doc[c.start].text for c in people} | {doc[c.end - 1].text for c in people}


def _personal(doc: Doc, cands: list[Cand], texts: list[str], text: str, people: set[str]) -> bool:
    """Whether the article treats the name ``text`` as a person's anywhere: a word of a
    person's full name, a full name whose surname stands alone for a person, or a person's
    context around a mention."""
    if " " not in text and text in people:
        return True
    if " " in text and text.split()[-1] in _lone_people(cands, texts):
        return True
    return any(person_context(doc, c) for c, t in zip(cands, texts, strict=True) if t == text)


def _lone_people(cands: list[Cand], texts: list[str]) -> set[str]:
    return {t for c, t in zip(cands, texts, strict=True) if c.label == "PERSON" and " " not in t}


def person_context(doc: Doc, cand: Cand) -> bool:
    """A title before the mention ("Mr. Carter"), or after it "who", "said he" or an age."""
    return (cand.start > 0 and is_title(doc[cand.start - 1])) or person_after(doc, cand.end)


def person_after(doc: Doc, end: int) -> bool:
    """Whether the words after a name at token ``end`` show a person: ", who", ", 45", "said he"."""
    after = list(doc[end : end + 3])
    if len(after) >= 2 and after[0].text == "," and (after[1].lower_ == "who" or after[1].like_num):
        return True
    return len(after) >= 2 and _verb(after[0]) and after[1].lower_ in SUBJECT_PRONOUNS


def _verb(token: Token) -> bool:
    return token.pos_ in ("VERB", "AUX") or token.lower_ in ("said", "says", "told", "added")
