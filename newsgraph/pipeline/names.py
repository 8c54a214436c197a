"""Repairs of spaCy's named-entity spans, as token ranges over a ``Doc``.

The small English model makes a few faults again and again in news text: it tags the portfolio
of a title as an organisation ("Defense" in "Defense Minister"), keeps a leading "the" and a
possessive "'s", drops a first name, misses aircraft and weapon type designators and cuts
hyphenated place names. Each function here takes and returns ``Cand`` lists, so the rules can
be tested one at a time and run in a fixed order by the entities layer.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from newsgraph.pipeline.cues import CUE_VERBS
from newsgraph.pipeline.first_names import FEMALE_NAMES, MALE_NAMES
from newsgraph.pipeline.name_edges import opening_auxiliary, run_on_end
from newsgraph.pipeline.state import doc_text

# Closed class: titles and honorifics that stand before a person's name.
TITLES = frozenset(
    """
    president presidents minister ministers secretary spokesperson spokesman spokeswoman governor
    senator sen sen. chancellor ambassador general gen gen. adviser advisor aide envoy chief director
    ceo cfo coo chairman chairwoman chair king queen prince princess pope mayor judge justice
    representative rep rep. gov gov. mr mr. mrs mrs. ms ms. dr dr. prof prof. sir dame lord lady
    deputy vice prime commander colonel col col. captain capt capt. lieutenant lt lt. sergeant sgt
    sgt. officer premier leader head speaker coach manager host anchor correspondent reporter
    analyst economist professor dean bishop archbishop cardinal rabbi imam sheikh emir sultan
    crown attorney lawyer founder cofounder co-founder owner executive chancellor commissioner
    superintendent inspector detective constable marshal admiral major lawmaker congressman
    congresswoman councillor councilman councilwoman counsel consul diplomat negotiator
    emeritus father fr fr. reverend rev rev. pastor deacon monsignor adm adm. maj maj. brig brig.
    cmdr cmdr. cpl cpl. pvt pvt. provost
    treasurer auditor comptroller clerk sheriff assemblyman assemblywoman assemblymember alderman
    alderwoman supervisor trustee coroner magistrate solicitor registrar
    """.split()
)
# Closed class: military and police ranks.
RANKS = frozenset(
    """
    adm admiral gen general maj major col colonel lt lieutenant sgt sergeant capt captain cmdr commander cpl pvt
    """.split()
)
# Closed class: words that only qualify a title before it ("Rear Adm.", "Associate Provost").
TITLE_MODIFIERS = frozenset("rear associate assistant acting interim senior".split())

GIVEN_NAMES = MALE_NAMES | FEMALE_NAMES
# Closed class: titles that are as often a given name. Before one name word alone the word is the
# given name ("Rep. Dean Phillips"; 'Dean X' is a person's full name in all 9 of CoNLL-2003's
# train and dev); before two it is the title ("Dean Sybil Mobley").
GIVEN_NAME_TITLES = frozenset(["dean"])

# Closed class: party labels written before a name ("Democrat Kamala Harris").
PARTY_WORDS = frozenset("democrat democrats republican republicans gop independent libertarian".split())
# Closed class: titles held in a company, so the one-word name before them is the company's.
COMPANY_TITLES = frozenset("ceo cfo coo cto founder cofounder co-founder chairman chairwoman".split())
# Court and prosecution areas that begin a title ("District Attorney", "Circuit Judge"), which the
# model often ends a place's name with ("Manhattan District").
COURT_AREAS = frozenset("district circuit".split())
PLACE_OR_BODY = frozenset(["GPE", "LOC", "ORG", "FAC"])
# Labels the model gives a holder-and-title run ("Fed Chair") before a person's name.
HOLDER_MISTAKES = frozenset(["PERSON", "WORK_OF_ART", "PRODUCT"])

# Closed class: honorifics, which only ever stand before a person's name.
HONORIFICS = frozenset("mr mrs ms miss mx dr sir dame".split())

# Closed class: the portfolio words of a government title ("Defense" in "Defense Minister").
PORTFOLIOS = frozenset(
    """
    defense defence finance foreign interior justice health education trade agriculture energy
    economy economic economics transport transportation labor labour home state treasury commerce
    culture environment industry communications information digital security intelligence
    emergency emergencies housing immigration science technology sport sports tourism development
    welfare social affairs national homeland veterans war navy army air force and of the first
    deputy vice prime general attorney press
    """.split()
)

ENTITY_LABELS = frozenset("PERSON NORP FAC ORG GPE LOC PRODUCT EVENT WORK_OF_ART LAW LANGUAGE".split())
POSSESSIVES = frozenset(["'s", "’s", "'", "’", "s'", "s’"])
COMPASS = frozenset("east west north south northeast northwest southeast southwest".split())
SPLIT_LABELS = frozenset(["PERSON", "GPE", "LOC", "NORP", "FAC"])
NAME_SUFFIXES = frozenset(["jr", "sr", "ii", "iii", "iv"])
EDGE_PUNCT = frozenset("\"'“”‘’«»,;:-–—()[]")


@dataclass
class Cand:
    """A candidate entity span: tokens ``[start, end)`` of the doc and its OntoNotes label."""

    start: int
    end: int
    label: str


def cand_text(doc: Doc, cand: Cand) -> str:
    """The text of ``cand``, cut from the cached ``doc.text`` (a Span's text joins its tokens)."""
    last = doc[cand.end - 1]
    return doc_text(doc)[doc[cand.start].idx : last.idx + len(last)]


def from_doc(doc: Doc) -> list[Cand]:
    """The model's entities as candidates."""
    return [Cand(e.start, e.end, e.label_) for e in doc.ents]


def lower(token: Token) -> str:
    return token.lower_.rstrip(".") if token.text.endswith(".") and len(token.text) > 2 else token.lower_


def is_title(token: Token) -> bool:
    return token.lower_ in TITLES or lower(token) in TITLES


def trim(doc: Doc, cands: list[Cand]) -> list[Cand]:
    """Cut edge punctuation, a leading "the" or party label and a trailing possessive; drop spans left empty.

    A capitalised "The" mid-sentence is part of the name ("The Brian Kilmeade Show"); at the
    start of a sentence it is kept only for works, whose titles often begin with it.
    """
    out = []
    for cand in cands:
        if cand.label not in ENTITY_LABELS:
            out.append(cand)  # dates and numbers belong to the times and quantities layers as they are
            continue
        start, end = cand.start, cand.end
        while start < end and (doc[start].text in EDGE_PUNCT or _drop_article(doc[start], cand.label)):
            start += 1
        if cand.label == "PERSON" and end - start > 2 and doc[start].lower_ in PARTY_WORDS:
            start += 1  # "Democrat Kamala Harris": the party is said of her, not part of her name
        while end > start and (doc[end - 1].text in EDGE_PUNCT or doc[end - 1].text in POSSESSIVES):
            if _closes_bracket(doc, start, end):
                break
            end -= 1
        if end > start:
            out.append(Cand(start, end, cand.label))
    return out


def _closes_bracket(doc: Doc, start: int, end: int) -> bool:
    # "Mladost (L)", a club told apart by its town's initial: a closing bracket that matches
    # one inside the name is part of it
    opening = {")": "(", "]": "["}.get(doc[end - 1].text)
    return opening is not None and any(t.text == opening for t in doc[start : end - 1])


def split_lists(doc: Doc, cands: list[Cand]) -> list[Cand]:
    """Split a person or place span at an inner comma or possessive into the names it holds.

    "Czech Republic, South Africa" is two places; in "Deerfield’s Easter Bunny" only the part
    after the possessive is the person. A name suffix after a comma ("King, Jr.") stays.
    """
    out = []
    for cand in cands:
        if cand.label not in SPLIT_LABELS or cand.end - cand.start < 3:
            out.append(cand)
            continue
        pieces, start = [], cand.start
        for token in doc[cand.start + 1 : cand.end - 1]:
            if token.text == "," and not _name_tail(doc, token.i + 1, cand.end):
                pieces.append(Cand(start, token.i, cand.label))
                start = token.i + 1
            elif token.text in POSSESSIVES and cand.label == "PERSON":
                start = token.i + 1
        pieces.append(Cand(start, cand.end, cand.label))
        out += [p for p in pieces if p.end > p.start]
    return out


def fix_regions(doc: Doc, cands: list[Cand]) -> list[Cand]:
    """Tag a nationality word followed by a compass region as a place ("Russian Far East" is LOC).

    A nationality (NORP) is one word or a group of people; a name ending in "East" or "North"
    is a region, whatever tagged its first word.
    """
    out = []
    for cand in cands:
        if cand.label == "NORP" and cand.end - cand.start > 1 and doc[cand.end - 1].lower_ in COMPASS:
            cand = Cand(cand.start, cand.end, "LOC")
        out.append(cand)
    return out


def _name_tail(doc: Doc, i: int, end: int) -> bool:
    """True if tokens ``[i, end)`` finish the name before them: "Jr." or a state's short form ("D.C.")."""
    return end - i == 1 and (doc[i].lower_.rstrip(".") in NAME_SUFFIXES or doc[i].text.endswith("."))


def _drop_article(token: Token, label: str) -> bool:
    if token.lower_ not in ("the", "a", "an"):
        return False
    if token.text[0].islower():
        return True
    return starts_sentence(token) and label != "WORK_OF_ART"


def starts_sentence(token: Token) -> bool:
    """True if ``token`` opens a sentence, line or quotation, where any word is capitalised."""
    doc, i = token.doc, token.i - 1
    while i >= 0 and (doc[i].is_space or doc[i].is_quote or doc[i].is_left_punct):
        i -= 1
    if i < 0 or token.is_sent_start or doc[i].text in (".", "!", "?", ":", ";"):
        return True
    return "\n" in doc[i].whitespace_ or any(t.is_space and "\n" in t.text for t in doc[i + 1 : token.i])


def drop_titles(doc: Doc, cands: list[Cand]) -> list[Cand]:
    """Drop spans made only of title and portfolio words that stand in a title.

    "Defense" in "Defense Minister Andrei Belousov" and a whole "Finance Minister" are roles,
    not organisations. "Foreign Ministry" keeps its place: "Ministry" is not a title word.
    """
    out = []
    for cand in cands:
        words = [lower(t) for t in doc[cand.start : cand.end]]
        if cand.label != "PERSON" and all(w in PORTFOLIOS or w in TITLES for w in words):
            after = doc[cand.end] if cand.end < len(doc) else None
            if words[-1] in TITLES or (after is not None and is_title(after) and lower(after) not in RANKS):
                continue  # a service before a rank is a body ("Navy Adm. Jane Roe")
        out.append(cand)
    return out


def split_holder_titles(doc: Doc, cands: list[Cand]) -> list[Cand]:
    """A name that ends in a title right before a person's name is the holder of the title, not
    a person or a work: "Fed Chair Jerome Powell" gives the organisation "Fed" (the title goes
    to the roles layer); an organisation's name the model ran over the title keeps its name
    only ("House Intelligence Committee Chair Adam Schiff", "FSU Associate Provost for Strategy
    and Analytics Jane Roe"; "Rear Adm." alone is no body). A one-word "person" right before a
    company title and a person's name is a company ("Tesla CEO Elon Musk")."""
    people = {c.start for c in cands if c.label == "PERSON"}
    out = []
    for cand in cands:
        if cand.label == "ORG" and cand.end in people and (cut := _title_of_phrase(doc, cand)) is not None:
            if cut > cand.start:
                out.append(Cand(cand.start, cut, "ORG"))  # "FSU | Associate Provost for Strategy and Analytics"
            continue
        if cand.label in HOLDER_MISTAKES | {"ORG"} and is_title(doc[cand.end - 1]) and cand.end in people:
            end = cand.end
            # a service before a rank keeps its name ("Navy Adm."): only an office's field is part of
            # the title ("Defense Secretary")
            if cand.label == "ORG":  # the last title and the words qualifying it only ("Department of
                end -= 1  # Justice Spokesman": "Justice" is the body's)
                while end > cand.start and lower(doc[end - 1]) in TITLE_MODIFIERS | {"vice", "deputy", "chief"}:
                    end -= 1
            field = PORTFOLIOS | TITLE_MODIFIERS
            while cand.label != "ORG" and end > cand.start and (is_title(doc[end - 1]) or lower(doc[end - 1]) in field):
                if lower(doc[end - 1]) in RANKS:
                    field = TITLE_MODIFIERS
                end -= 1
            if end > cand.start:
                out.append(Cand(cand.start, end, "ORG"))
            continue
        if cand.label in PLACE_OR_BODY and cand.end - cand.start > 1 and lower(doc[cand.end - 1]) in COURT_AREAS:
            person = after_titles(doc, cand.end)
            if person > cand.end and person in people:
                cand = Cand(cand.start, cand.end - 1, cand.label)  # "Manhattan District | Attorney Alvin Bragg"
        if cand.label == "PERSON" and cand.end - cand.start == 1 and cand.end + 1 in people:
            if lower(doc[cand.end]) in COMPANY_TITLES:
                cand = Cand(cand.start, cand.end, "ORG")
        out.append(cand)
    return out


def _title_of_phrase(doc: Doc, cand: Cand) -> int | None:
    """Where a title with its field ("Provost for Strategy and Analytics", "Director of
    Communications") begins inside the organisation's name ``cand``, with the words qualifying
    the title before it ("Associate"); None where ``cand`` holds no title followed by "for" or
    "of" and capitalised words to its end."""
    for i in range(cand.start + 1, cand.end - 2):
        if is_title(doc[i]) and doc[i + 1].lower_ in ("for", "of"):
            rest = doc[i + 2 : cand.end]
            if all(t.text[:1].isupper() or t.lower_ in ("and", "&", "the") for t in rest):
                while i > cand.start and lower(doc[i - 1]) in TITLE_MODIFIERS | {"vice", "deputy"}:
                    i -= 1
                return i
    return None


def split_titled_names(doc: Doc, cands: list[Cand]) -> list[Cand]:
    """A body's or place's name that runs on over a title into a person's name is the holder, the
    title and the person ("Council of Economic Advisers Chairman Jane Roe", "Toronto Airport Fire
    Chief Todd Aitken" tagged one ORG or FAC): the part before the title keeps the label, the
    name after it is a PERSON, the title goes to the roles layer. Only where the name after the
    title opens with a common given name (``first_names``) or an initial, so that
    "General Assembly" or "Justice Center" stay whole."""
    out = []
    for cand in cands:
        if cand.label in PLACE_OR_BODY | {"NORP"} and cand.end - cand.start >= 3:
            cut = _title_cut(doc, cand)
            if cut is not None:
                title, person = cut
                out += [Cand(cand.start, title, cand.label), Cand(person, cand.end, "PERSON")]
                continue
        out.append(cand)
    return out


def _title_cut(doc: Doc, cand: Cand) -> tuple[int, int] | None:
    """Where the title inside ``cand`` begins and the person's name after it, or None."""
    for i in range(cand.start + 1, cand.end - 1):
        if not (is_title(doc[i]) and doc[i].text[:1].isupper()):
            continue
        person = after_titles(doc, i)
        if not 1 <= cand.end - person <= 3:
            return None
        first = doc[person]
        initial = len(first.text) == 2 and first.text[1] == "." and first.text[0].isupper()
        given = first.lower_ in GIVEN_NAMES or initial
        names = all(t.text[:1].isupper() for t in doc[person : cand.end])
        return (i, person) if given and names else None
    return None


def after_titles(doc: Doc, i: int) -> int:
    """The first token from ``i`` on that is no title or portfolio word."""
    while i < len(doc) and (is_title(doc[i]) or lower(doc[i]) in PORTFOLIOS):
        i += 1
    return i


def fix_persons(doc: Doc, cands: list[Cand]) -> list[Cand]:
    """Cut titles off the front of a person's name and take back a first name the model dropped.

    "Kremlin spokesperson Dmitry Peskov" is tagged "Peskov" only: a person span grows left
    over capitalised proper nouns that are not titles and belong to no other entity.
    """
    taken = tagged_tokens(doc, cands)
    out = []
    for cand in cands:
        if cand.label in ENTITY_LABELS and cand.end - cand.start > 1 and lower(doc[cand.start]) in HONORIFICS:
            cand = Cand(cand.start, cand.end, "PERSON")  # "Mr Ebbers" is a person whatever the model says
        if cand.label == "PERSON":
            start, end = cand.start, run_on_end(doc, cand.start, cand.end)
            asked = opening_auxiliary(doc[start], end, starts_sentence(doc[start]))
            start += asked  # a question's "Will", "Did": no given name
            while start < end - 1 and (is_title(doc[start]) or _opening_participle(doc[start])):
                if _given_name(doc[start], end):
                    break
                start += 1
            # only a lone surname lacks its first name; a longer name is whole already
            if end - start == 1 and start > 0 and not asked and _name_part(doc[start - 1], taken):
                start -= 1
            cand = Cand(start, end, "PERSON")
        out.append(cand)
    return out


def _given_name(token: Token, end: int) -> bool:
    """Whether title word ``token`` is a given name: one that often is ("Dean"), capitalised,
    before a single name word that ends at ``end``."""
    return token.lower_ in GIVEN_NAME_TITLES and token.text[:1].isupper() and end - token.i == 2


def _opening_participle(token: Token) -> bool:
    """A participle of a reporting verb opening a sentence, capitalised there ("Echoing Trump,
    Hegseth said ..."; "Citing Smith, ..."): no first name."""
    word = token.lower_
    if not starts_sentence(token):
        return False
    for suffix in ("ing", "ed"):
        stem = word.removesuffix(suffix)
        if stem != word and len(stem) > 2 and {stem, stem + "e", stem[:-1]} & CUE_VERBS:
            return True
    return False


def tagged_tokens(doc: Doc, cands: list[Cand]) -> set[int]:
    return {i for c in cands for i in range(c.start, c.end)}


def _name_part(token: Token, taken: set[int]) -> bool:
    # a sentence's first word is capitalised anyway ("Reach Rachel Barber at ..."): never a first name
    return (
        token.i not in taken
        and not token.is_sent_start
        and token.tag_ == "NNP"
        and token.text[:1].isupper()
        and token.text.isalpha()
        and not token.text.isupper()
        and (not is_title(token) or _given_name(token, token.i + 2))
        and token.lower_ not in PORTFOLIOS
    )


def drop_spans(cands: list[Cand], char_spans: list[tuple[int, int]], doc: Doc) -> list[Cand]:
    """Drop candidates that lie inside one of ``char_spans`` (codes such as registrations)."""
    if not char_spans:
        return cands
    out = []
    for cand in cands:
        start, end = doc[cand.start].idx, doc[cand.end - 1].idx + len(doc[cand.end - 1])
        if not any(s <= start and end <= e for s, e in char_spans):
            out.append(cand)
    return out


def without_overlaps(cands: list[Cand]) -> list[Cand]:
    """Keep the longest of overlapping candidates; return them in text order."""
    kept: list[Cand] = []
    used: set[int] = set()
    for cand in sorted(cands, key=lambda c: (-(c.end - c.start), c.start)):
        tokens = range(cand.start, cand.end)
        if not any(i in used for i in tokens):
            kept.append(cand)
            used.update(tokens)
    return sorted(kept, key=lambda c: c.start)
