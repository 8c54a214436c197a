"""Repairs of names by their shape, seen again and again in modern news pages.

- A name never runs over a line break: "Christopher Cann\\n\\nSheriff" is a byline and the next
  paragraph's first word; the model's span is cut at the break, and a one-word piece after it
  (a capitalised first word of the paragraph) is dropped.
- A name ending in a street word ("S. Walnut St.", "Lisa Drive", "N. Dupont Highway") is an
  address, a facility, not a person; a street's name not written as an address ("Wall
  Street", "Downing Street") is a place, LOC, as CoNLL-2003 tags it. A person's name of a
  given name and a street word that is a surname too ("Diane Lane") stays a person, and so does
  one with a rarer first name that a title, an age or "said" shows a person's ("Reporter Zelda
  Lane", "Zelda Lane, 34,").
- "Hurricane Helene", "Tropical Storm Kenneth": a storm's name is an event.
- A two-word name tagged an organisation or a group whose last word is the surname of a person
  the article names is a relative ("Melania Trump" beside "Donald Trump").
- A lawmaker's party and home ("Sen. Susan Collins, R-Maine", "R-Erlanger") name a place: the
  state or town after the party's letter.
- A name tagged a person or a place that ends in the head of an institution or a building
  ("Austin Peay State University", "John F. Kennedy Center", "Cox Auditorium") is an
  organisation or a facility named after someone or somewhere (a facility where the model
  took it for a place).
- An organisation's "name" that is a list ("HGTV, Food Network and Animal Planet") is split, and
  so is a pair ("Facebook and Instagram") whose last name the article also writes alone.
- A pronoun is no person ("Me, Myself & I"); a word the model took for a person only because it
  opens a sentence, line or quotation ("Track outages ...", "History says ..."), and which the
  article uses in lower case elsewhere, or which the tagger reads as a common word and the
  article never writes capitalised mid-sentence ("Hellscape at the border"), is no name, unless
  a person's full name holds it.
- A "name" holding an "@" is a handle or an e-mail address ("Twitter@tsspangler").
- A one-word "organisation" that is a common adjective, adverb or interjection where it stands
  ("Best travel insurance", "doing OK"), or a kind of local government ("County"), is no name.
- A reporter's or a lawmaker's name the model took for an organisation or a place is a person
  where the page's shape says so: a line made of a dash and names ("– Erin Mansfield", a live
  blog's byline), a party and home after it ("Sponsor: Gex Williams, R-Verona"), "contact X at".
- A compass part of a place the article names ("Western Maryland", "Western North Carolina") is
  a place, LOC, and an organisation's name that is a county or township ("Sussex County") is a
  place, GPE, where the article tags the same name a place elsewhere (a club's name, "Notts
  County", stays).
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from newsgraph.pipeline.clusters import ORG_GENERIC
from newsgraph.pipeline.cues import SPEECH_VERBS
from newsgraph.pipeline.first_names import FEMALE_NAMES, MALE_NAMES
from newsgraph.pipeline.names import ENTITY_LABELS, Cand, cand_text, is_title, starts_sentence
from newsgraph.pipeline.state import doc_text

# Closed class: last words of street names and addresses.
STREET_WORDS = frozenset(
    """
    st st. street rd rd. road ave ave. avenue blvd blvd. boulevard drive lane ln ln. highway hwy hwy.
    parkway pkwy pkwy. pike terrace
    """.split()
)
# Closed class: street words of names that stand for a district, trade or office ("Wall Street").
NAMED_STREETS = frozenset(["street", "avenue"])
# Closed class: street words that are common surnames too ("Diane Lane", "Rosa Pike").
SURNAME_STREETS = frozenset(["lane", "pike"])
# Closed class: prepositions that put a thing on a street ("on Sarah Lane", "off Mill Pike"),
# and "the", which stands before no person's name ("the Douglas Lane county line")
STREET_PREPOSITIONS = frozenset("on off along onto near at the".split())
GIVEN_NAMES = MALE_NAMES | FEMALE_NAMES
ABBREVIATED_STREETS = frozenset("st rd ave blvd ln hwy pkwy".split())
COMPASS = frozenset("n s e w ne nw se sw north south east west".split())
# Closed class: kinds of local government, no organisation's name alone ("County Executive X").
LOCAL_GOVERNMENTS = frozenset("county city township borough village".split())
# tags of words that are no organisation's name when a dictionary knows them ("Best", "OK")
COMMON_POS = frozenset(["ADJ", "ADV", "INTJ"])
# Closed class: words that open a storm's name.
STORM_WORDS = frozenset("hurricane typhoon cyclone storm".split())
PARTY_LETTERS = frozenset("R D I".split())
# Closed class: heads of institutions and buildings, with the type of the whole name. Heads that
# are common surnames ("Hall", "Park", "Church", "Field") are left out.
INSTITUTION_HEADS = {
    **dict.fromkeys(
        """
        university college school academy institute center centre hospital clinic museum library
        foundation company corporation inc inc. corp corp. llc distillery brewery department office
        agency association council commission rescue
        """.split(),
        "ORG",
    ),
    **dict.fromkeys("auditorium stadium arena airport theater theatre building".split(), "FAC"),
}
INSTITUTION_MISTAKES = frozenset(["PERSON", "GPE", "NORP"])
PRONOUNS = frozenset(
    "i me my myself mine you your yourself he him his himself she her herself we us our ourselves they them".split()
)
BYLINE_DASHES = frozenset(["-", "–", "—", "−"])
BYLINE_MISTAKES = frozenset(["ORG", "GPE", "NORP", "LOC", "FAC"])
# Closed class: words before a reporter's name and its address ("Reach X at ...").
CONTACT_WORDS = frozenset("contact reach email".split())
# Closed class: words of newspapers' and networks' names, beside ``clusters.ORG_GENERIC``.
OUTLET_WORDS = frozenset("tribune herald gazette today network daily radio magazine chronicle courier".split())
# Closed class: compass words that name a part of a place ("Western Maryland").
COMPASS_PARTS = frozenset("western eastern northern southern central upper lower".split())
# Closed class: units of local government, the last word of a place's name.
PLACE_UNITS = frozenset("county counties parish borough township".split())
PLACES = frozenset(["GPE", "LOC"])
# Penn tags of proper nouns; an empty tag is a Doc built without a tagger
PROPER_TAGS = frozenset(["NNP", "NNPS", ""])
ADDRESS_MISTAKES = frozenset(["PERSON", "GPE", "ORG", "NORP"])
# a place may end in a surname ("Fort Smith"): only organisations and groups
RELATIVE_MISTAKES = frozenset(["ORG", "NORP"])


def fix_shapes(doc: Doc, cands: list[Cand], dictionary: frozenset[str] = frozenset()) -> list[Cand]:
    """Apply the shape repairs to ``cands`` (in text order); candidates come back in text order.

    ``dictionary`` holds common English verbs, adjectives and adverbs, lower case (see
    ``common_words``): a word of it capitalised only at a sentence's start is no name."""
    cands = [c for c in cands if "@" not in cand_text(doc, c)]  # a handle or an e-mail address, no name
    cands = [piece for cand in cands for piece in split_at_breaks(doc, cand)]
    cands = [part for cand in cands for part in split_org_list(doc, cand)]
    cands = [part for cand in cands for part in split_org_pair(doc, cand)]
    cands = drop_capitalised_words(doc, cands, dictionary)
    cands = [c for c in cands if not _common_org(doc, c, dictionary)]
    cands = [Cand(c.start, c.end, "PERSON") if _shaped_person(doc, c) else c for c in cands]
    surnames = _surnames(doc, cands)
    people = _street_named_people(doc, cands)
    cands = [_relabel(doc, cand, surnames, people) for cand in cands]
    places = {cand_text(doc, c) for c in cands if c.label in PLACES}
    return [_place_part(doc, cand, places) for cand in cands]


def _place_part(doc: Doc, cand: Cand, places: set[str]) -> Cand:
    """An ORG or NORP candidate that names a part or a county of a place the article names."""
    if cand.label not in ("ORG", "NORP") or cand.end - cand.start < 2:
        return cand
    tokens = doc[cand.start : cand.end]
    if tokens[0].lower_ in COMPASS_PARTS and tokens[1:].text in places:
        return Cand(cand.start, cand.end, "LOC")
    if cand.label == "ORG" and tokens[-1].lower_ in PLACE_UNITS and tokens.text in places:
        return Cand(cand.start, cand.end, "GPE")
    return cand


def drop_capitalised_words(doc: Doc, cands: list[Cand], dictionary: frozenset[str] = frozenset()) -> list[Cand]:
    """``cands`` without one-word persons that are pronouns ("Me, Myself & I"), or capitalised
    only by their place and written in lower case elsewhere in the article, or a common word
    there (the tagger's common noun or verb, or a word of ``dictionary``: "Breezy, with a north
    wind")."""
    single = [c for c in cands if c.label == "PERSON" and c.end - c.start == 1]
    if not single:
        return cands
    in_names = {t.lower_ for c in cands if c.label == "PERSON" and c.end - c.start > 1 for t in doc[c.start : c.end]}
    text = doc_text(doc)
    dropped = set()
    common: dict[str, bool] = {}  # one pass over the article per word, not per mention
    for cand in single:
        token = doc[cand.start]
        word = token.lower_
        if word in PRONOUNS:
            dropped.add(cand.start)
        elif word not in in_names and word.isalpha() and starts_sentence(token):
            if word not in common:
                common[word] = _written_lower(text, word) or _common_word(doc, word, dictionary)
            if common[word]:
                dropped.add(cand.start)
    return [c for c in cands if c.start not in dropped or c.label != "PERSON" or c.end - c.start != 1]


def _common_org(doc: Doc, cand: Cand, dictionary: frozenset[str]) -> bool:
    """Whether a one-word organisation is a common word: an adjective, adverb or interjection of
    ``dictionary`` where it stands ("Best travel insurance", "they were doing OK"), or a kind of
    local government alone ("County Executive Bruce Blakeman")."""
    if cand.label != "ORG" or cand.end - cand.start != 1:
        return False
    token = doc[cand.start]
    if token.lower_ in LOCAL_GOVERNMENTS:
        return True
    if token.lower_ in ("ok", "okay"):  # the tagger often calls it a proper noun; after "Tulsa," a state
        return not (token.i > 1 and token.nbor(-1).text == "," and token.nbor(-2).text[:1].isupper())
    return token.pos_ in COMMON_POS and token.lower_ in dictionary


def _common_word(doc: Doc, word: str, dictionary: frozenset[str]) -> bool:
    """Whether ``word`` (lower case) is a common word capitalised only by its place: the tagger
    takes it for no proper noun where it stands ("Hellscape at the border", "Track the storm")
    or ``dictionary`` holds it, and the article never writes it capitalised inside a sentence."""
    tokens = [t for t in doc if t.lower_ == word]
    if any(t.is_upper for t in tokens):
        return False  # the tagger reads a word in capitals ("SANTIAGO") as a common one
    if any(t.i + 1 < len(doc) and doc[t.i + 1].is_quote for t in tokens):
        return False  # a quotation that holds only the word is a title ('"Ghostbusters" costumes')
    if any(not starts_sentence(t) for t in tokens):
        return False  # a name repeated mid-sentence, or a word in lower case (``_written_lower``)
    # a common given name is a person's ("Bill and Hillary Clinton"), not the verb
    if word in dictionary and word not in GIVEN_NAMES and not any(_after_name_word(t) for t in tokens):
        return True
    return any(t.tag_ not in PROPER_TAGS for t in tokens)


def _after_name_word(token: Token) -> bool:
    """Whether a capitalised word stands right before ``token`` with no stop between, over a line
    break ("Ken\nGreen", "Derrick\nCooper": a name broken by the page): then a word of the
    dictionary is a surname."""
    i = token.i - 1
    while i >= 0 and token.doc[i].is_space:
        i -= 1
    return i >= 0 and token.doc[i].is_alpha and token.doc[i].text[:1].isupper()


def common_words(nlp: Language) -> frozenset[str]:
    """The verbs, adjectives and adverbs of the English dictionary that ``nlp``'s rule
    lemmatizer holds (WordNet's index, lower case), or none where it has no such table.

    Nouns are left out: WordNet's noun index holds many names ("kennedy", "denver")."""
    if "lemmatizer" not in nlp.pipe_names:
        return frozenset()
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
    if lookups is None or not lookups.has_table("lemma_index"):
        return frozenset()
    index = lookups.get_table("lemma_index")
    return frozenset(w for pos in ("verb", "adj", "adv") for w in index.get(pos, []) if w.isalpha())


def _written_lower(text: str, word: str) -> bool:
    """Whether ``word`` (lower case) stands in ``text`` in lower case (the search is case-sensitive)."""
    return re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text) is not None


def _shaped_person(doc: Doc, cand: Cand) -> bool:
    """Whether a two- to four-word name the model did not tag PERSON stands where a person's
    name does: alone with a dash on its line, before ", R-State", or in "contact X at"."""
    if cand.label not in BYLINE_MISTAKES or not 2 <= cand.end - cand.start <= 4:
        return False
    tokens = doc[cand.start : cand.end]
    if not all(t.text[:1].isupper() and (t.is_alpha or _initial(t.text)) for t in tokens):
        return False
    if any(t.lower_ in ORG_GENERIC or t.lower_ in OUTLET_WORDS for t in tokens):
        return False  # "– Jennifer Pignolet, Akron Beacon Journal": the reporter's paper
    end = cand.end
    if end + 3 <= len(doc) and doc[end].text == "," and _party_home(doc[end + 1 : end + 4]):
        return True
    if cand.start > 0 and doc[cand.start - 1].lower_ in CONTACT_WORDS and end < len(doc) and doc[end].lower_ == "at":
        return True
    return _byline_line(doc, cand)


def _initial(text: str) -> bool:
    """"J.", "C.I.": a name's initials."""
    return text.endswith(".") and text.replace(".", "").isalpha() and text.replace(".", "").isupper()


def _byline_line(doc: Doc, cand: Cand) -> bool:
    """Whether ``cand`` stands on a line that opens with a dash and holds only names, commas
    and "and" ("– Francesca Chambers, David Jackson and Sudiksha Kochi")."""
    first = cand.start - 1
    while first >= 0 and _byline_word(doc[first]) and not _line_break(doc, first):
        first -= 1  # bounded by the byline: any other word stops the walk
    if first < 0 or doc[first].text not in BYLINE_DASHES or (first > 0 and not _line_break(doc, first - 1)):
        return False
    last = cand.end
    while last < len(doc) and not _line_break(doc, last - 1) and _byline_word(doc[last]):
        last += 1
    return last == len(doc) or _line_break(doc, last - 1) or _line_break(doc, last)


def _byline_word(token: Token) -> bool:
    return token.text[:1].isupper() or token.text in (",", "and") or _initial(token.text)


def _line_break(doc: Doc, i: int) -> bool:
    """Whether a line ends at token ``i`` (a line-break token, or a break after it)."""
    return (doc[i].is_space and "\n" in doc[i].text) or "\n" in doc[i].whitespace_


def split_org_list(doc: Doc, cand: Cand) -> list[Cand]:
    """An organisation's "name" that is a list ("HGTV, Food Network and Animal Planet"): a comma,
    then "and" before the last part, every part capitalised, as one candidate per part."""
    tokens = list(doc[cand.start : cand.end])
    commas = [t.i for t in tokens if t.text == ","]
    ands = [t.i for t in tokens if t.lower_ == "and"]
    if cand.label != "ORG" or not commas or len(ands) != 1 or ands[0] < commas[-1]:
        return [cand]
    if any(t.lower_ in ("of", "for", "on") for t in tokens):
        return [cand]  # "Bureau of Alcohol, Tobacco, Firearms and Explosives" lists its fields
    cuts = [*commas, ands[0]]
    starts = [cand.start] + [i + 1 for i in cuts]
    ends = [*cuts, cand.end]
    parts = [Cand(s, e, "ORG") for s, e in zip(starts, ends, strict=True)]
    if any(p.end <= p.start or not doc[p.start].text[:1].isupper() for p in parts):
        return [cand]
    return parts


def split_org_pair(doc: Doc, cand: Cand) -> list[Cand]:
    """An organisation's "name" of two names joined by "and" or "&" ("Facebook and Instagram",
    "Comedy Central and Netflix") as two candidates, where the article names the last part on
    its own elsewhere, or writes each part more often than the whole; a firm's name of two
    surnames ("Johnson & Johnson", "Smith & Wesson"), with a company's word ("McDonald & Co")
    or of fields ("Food and Drug Administration", "Rock and Roll Hall of Fame") stays whole."""
    tokens = doc[cand.start : cand.end]
    ands = [t.i for t in tokens if t.lower_ in ("and", "&")]
    if cand.label != "ORG" or len(ands) != 1 or any(t.text == "," or t.lower_ in ("of", "for", "on") for t in tokens):
        return [cand]
    parts = [Cand(cand.start, ands[0], "ORG"), Cand(ands[0] + 1, cand.end, "ORG")]
    if any(p.end <= p.start or not doc[p.start].text[:1].isupper() for p in parts):
        return [cand]
    texts = [cand_text(doc, p) for p in parts]
    if texts[0] == texts[1] or texts[1].lower().rstrip(".") in ORG_GENERIC:
        return [cand]
    whole = _count_words(doc, cand_text(doc, cand))
    if _written_alone(doc, texts[1]) or all(_count_words(doc, text) > whole for text in texts):
        return parts
    return [cand]


def _count_words(doc: Doc, name: str) -> int:
    """How often ``name`` stands in the article's text as whole words."""
    return len(re.findall(rf"(?<!\w){re.escape(name)}(?!\w)", doc_text(doc)))


def _written_alone(doc: Doc, name: str) -> bool:
    """Whether the article writes ``name`` as a name of its own somewhere: as whole words, not
    after "and", "&" or a capitalised word (the end of a longer name, "Health and Human Services")."""
    text = doc_text(doc)
    for match in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text):
        before = text[max(0, match.start() - 40) : match.start()].split()
        if not before or (before[-1] not in ("and", "&") and not before[-1][:1].isupper()):
            return True
    return False


def split_at_breaks(doc: Doc, cand: Cand) -> list[Cand]:
    """``cand`` cut at each line break inside it; pieces after the first need two words."""
    if cand.label not in ENTITY_LABELS or "\n" not in cand_text(doc, cand):
        return [cand]
    pieces: list[Cand] = []
    start = cand.start
    for i in range(cand.start, cand.end):
        if _breaks_before(doc[i]):
            pieces.append(Cand(start, i, cand.label))
            start = i + 1 if doc[i].is_space else i
        elif "\n" in doc[i].whitespace_ and i + 1 < cand.end:
            pieces.append(Cand(start, i + 1, cand.label))
            start = i + 1
    pieces.append(Cand(start, cand.end, cand.label))
    pieces = [p for p in pieces if p.end > p.start and not all(t.is_space for t in doc[p.start : p.end])]
    return pieces[:1] + [p for p in pieces[1:] if p.end - p.start > 1]


def _breaks_before(token: Token) -> bool:
    return token.is_space and "\n" in token.text


def _address_signs(doc: Doc, cand: Cand) -> bool:
    """Whether the street name at ``cand`` is written as an address: a number before it ("12 Oak
    Road"), an abbreviated street word ("Walnut St."), or a compass point ("S. Walnut", "North Main")."""
    tokens = doc[cand.start : cand.end]
    if cand.start > 0 and doc[cand.start - 1].like_num:
        return True
    return tokens[-1].text.endswith(".") or tokens[-1].lower_ in ABBREVIATED_STREETS or any(
        t.lower_.rstrip(".") in COMPASS for t in tokens[:-1]
    )


def _relabel(doc: Doc, cand: Cand, surnames: set[str], people: frozenset[str] = frozenset()) -> Cand:
    if cand.label not in ENTITY_LABELS:
        return cand
    if cand.end - cand.start == 1:  # every other rule needs two words
        home = cand.start >= 2 and doc[cand.start - 1].text in ("-", "–")
        return Cand(cand.start, cand.end, "GPE") if home and _party_home(doc[cand.start - 2 : cand.end]) else cand
    tokens = doc[cand.start : cand.end]
    words = [t.lower_ for t in tokens]
    street = len(words) > 1 and words[-1] in STREET_WORDS and tokens[-1].text[:1].isupper()
    if street and cand.label in ADDRESS_MISTAKES | {"FAC"} and not _person_named_like_a_street(doc, cand, people):
        label = _street_label(doc, cand, words[-1])
        # an organisation named by another way stays one ("Florida Highway" of its Patrol)
        if cand.label != "ORG" or label != "FAC" or _address_signs(doc, cand):
            return Cand(cand.start, cand.end, label)
    if cand.label != "EVENT" and _storm_name(words) and tokens[-1].text[:1].isupper():
        # a storm's name is a given name, not a common word ("Tropical Storm Risk", a forecaster)
        if not _written_lower(doc_text(doc), words[-1]):
            return Cand(cand.start, cand.end, "EVENT")
    if _party_home(tokens):
        return Cand(cand.start + 2, cand.end, "GPE")
    if cand.start >= 2 and _party_home(doc[cand.start - 2 : cand.end]):
        return Cand(cand.start, cand.end, "GPE")  # the model left the party's letter out
    head = INSTITUTION_HEADS.get(words[-1])
    if head and cand.label in INSTITUTION_MISTAKES and len(words) > 1 and tokens[-1].text[:1].isupper():
        # one the model took for a place is its building ("National Tennis Centre")
        return Cand(cand.start, cand.end, "FAC" if cand.label == "GPE" else head)
    # two words only: a longer name ending in a surname is mostly a thing named after someone
    if cand.label in RELATIVE_MISTAKES and len(words) == 2 and words[-1] in surnames:
        if all(t.is_alpha and t.text[:1].isupper() for t in tokens) and not tokens[0].text.isupper():
            return Cand(cand.start, cand.end, "PERSON")
    return cand


def _person_named_like_a_street(doc: Doc, cand: Cand, people: frozenset[str] = frozenset()) -> bool:
    """Whether a two-word person's name ends in a street word that is a surname too ("Diane
    Lane", "Barry Lane"): the model said PERSON, the first word is a common given name or the
    article shows the name a person's (``people``, see ``_street_named_people``), and neither an
    address nor a preposition of place or "the" before it ("on Sarah Lane") says street."""
    if cand.label != "PERSON" or cand.end - cand.start != 2 or doc[cand.end - 1].lower_ not in SURNAME_STREETS:
        return False
    if cand.start > 0 and doc[cand.start - 1].lower_ in STREET_PREPOSITIONS:
        return False
    given = doc[cand.start].lower_ in GIVEN_NAMES or cand_text(doc, cand) in people
    return given and not _address_signs(doc, cand)


def _street_named_people(doc: Doc, cands: list[Cand]) -> frozenset[str]:
    """Two-word names ending in a surname that is a street word ("Zelda Lane") which the article
    shows a person's at one mention at least: a title before it ("Reporter Zelda Lane"), an age
    after it ("Zelda Lane, 34,") or a reporting verb right after it ("Zelda Lane said")."""
    found = set()
    for cand in cands:
        if cand.end - cand.start != 2 or doc[cand.end - 1].lower_ not in SURNAME_STREETS:
            continue
        before = doc[cand.start - 1] if cand.start > 0 else None
        after = doc[cand.end : cand.end + 3]
        titled = before is not None and is_title(before)
        aged = len(after) == 3 and after[0].text == "," and after[1].like_num and after[2].text == ","
        reported = len(after) > 0 and after[0].lemma_.lower() in SPEECH_VERBS
        if titled or aged or reported:
            found.add(cand_text(doc, cand))
    return frozenset(found)


def _street_label(doc: Doc, cand: Cand, last: str) -> str:
    """The type of a street's name: FAC where written as an address (a house number, an
    abbreviation, a compass point: "10 Downing Street", "S. Walnut St."), else LOC for a
    "Street" or "Avenue" name, FAC for other ways ("Harvey Road"; an organisation's name
    ending in one, "Florida Highway" of its Patrol, stays an organisation).

    The name of a city street stands for its district, trade or office ("Wall Street expects",
    "on Wall Street", "Downing Street said"): CoNLL-2003 tags "Wall Street" LOC wherever it is
    not part of a longer name (23 of 26 in train and dev; "Wall Street Journal" an ORG), as it
    tags "White House"; newsgraph follows it, whatever the model said.
    """
    if _address_signs(doc, cand) or any(t.is_lower for t in doc[cand.start : cand.end]):
        return "FAC"  # an address, or a place on a street ("Island Grill on Market Street")
    return "LOC" if last in NAMED_STREETS else "FAC"


def _party_home(tokens: Span) -> bool:
    """"R-Maine", "D-N.Y.": a party's letter, a hyphen and a capitalised place."""
    return (
        len(tokens) > 2 and tokens[0].text in PARTY_LETTERS and tokens[1].text in ("-", "–")
        and tokens[2].text[:1].isupper()
    )


def _storm_name(words: list[str]) -> bool:
    """"hurricane helene", "tropical storm kenneth": a storm word, then one name."""
    if len(words) == 2:
        return words[0] in STORM_WORDS
    return len(words) == 3 and words[0] == "tropical" and words[1] in STORM_WORDS


def _surnames(doc: Doc, cands: list[Cand]) -> set[str]:
    """Last words of the article's two- and three-word personal names that the article also
    uses alone as a person's name ("Trump"), lower case: a thing the model took for a person
    ("Chipotle Rewards") is not named by its last word alone."""
    alone = {doc[c.start].lower_ for c in cands if c.label == "PERSON" and c.end - c.start == 1}
    return {
        doc[c.end - 1].lower_
        for c in cands
        if c.label == "PERSON" and 2 <= c.end - c.start <= 3 and doc[c.end - 1].is_alpha
    } & alone
