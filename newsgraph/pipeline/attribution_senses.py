"""Word senses of cue words that report nothing, told from the words around them.

Many cue words have a sense that is no speech or belief, and the object or a particle tells it
apart: a company *recalls* products (withdraws them) where a witness *recalls* that ...; a shop
*offers* beef where an official *offers* details; a diner *orders* a pizza where a judge
*orders* a release; a bank *charges* a rate where a critic *charges*
that ...; fans *show up*; a singer *sings* a song; a team *sees* its lead shrink where a voter
*sees* the plan as a failure; a migrant *requests* asylum where an aide *requests* that ...
``reports_nothing`` says, for a cue word, whether it is in such a sense; the attribution finders
skip it then.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.pipeline.attribution_spans import same_paragraph
from newsgraph.pipeline.cues import STANCE_NOUNS
from newsgraph.pipeline.state import doc_text

# Nouns for what is said or written, and the papers it is written in: a weather service
# "issues a warning", a government "issues a policy paper". "Issue" with another object
# ("issued ground stops", "issued a stay") reports nothing.
SAYING_NOUNS = frozenset(
    """
    account advice advisory alert analysis answer answers apology apologies argument arguments
    assessment assurance assurances comment comments condolences congratulations decree
    defense defence denial directive document documents explanation guidance letter letters
    memo message notice opinion order orders paper papers plea prediction proclamation
    proposal regulation regulations release remarks reminder report reply response retort
    rule rules ruling statement statements summary testimony tweet update updates verdict
    warning warnings
    """.split()
)

# Verbs that report only when their object is something said.
SAYING_OBJECT_VERBS = frozenset("issue".split())

# Things one sells, gives away or serves: "offers free range beef", "offering a discount",
# "offered a reward". An offer of words ("offered details", "offered no proof") reports them.
OFFERED_THINGS = frozenset(
    """
    bonus bonuses cash coupon coupons deal deals discount discounts dish dishes drink drinks
    menu menus option options package packages perk perks price prices rate rates refund
    refunds reward rewards room rooms seat seats selection service services ticket tickets
    variety version versions range beer wine coffee meal meals pizza pizzas burger burgers
    sandwich sandwiches taco tacos burrito burritos entree entrees entrée entrées fries soda
    sodas takeout delivery
    """.split()
)

# Goods a maker or seller takes back: "recalled 50,000 vehicles", "recalled a range of products".
GOODS_NOUNS = frozenset(
    """
    product products item items vehicle vehicles car cars truck trucks suv suvs model models
    food foods meat beef pork chicken turkey poultry fish seafood produce
    toy toys device devices drug drugs medicine medicines batch batches lot lots package
    packages bag bags bottle bottles can cans box boxes jar jars kit kits charger chargers
    battery batteries appliance appliances seat seats formula supplement supplements
    cheese salad salads snack snacks cereal sauce dog dogs treats kibble tire tires airbag
    airbags motorcycle motorcycles bike bikes scooter scooters stroller strollers crib cribs
    """.split()
)

# Prices a seller asks: "charging the same rate", "charged a fee".
PRICE_NOUNS = frozenset(
    """
    rate rates fee fees price prices tariff tariffs tax taxes toll tolls premium premiums
    interest rent fare fares cost costs amount commission markup surcharge dollars cents
    """.split()
)

# Particles that make a cue verb another verb: "showed up", "showing off", "called off".
OTHER_VERB_PARTICLES = {
    "show": frozenset(("up", "off")),
    "call": frozenset(("off", "in")),
    "see": frozenset(("off", "to")),
}

# Verbs of performing, and what is performed: "sang her own version of ...", "sing their latest
# collab" tell of a show, not of anyone's words. (The words of a song can be a message: "sings
# Springsteen's 'American Skin'" is left alone.)
PERFORMING_VERBS = frozenset("sing perform".split())
PERFORMANCES = frozenset(
    """
    anthem anthems ballad ballads collab collabs collaboration collaborations cover covers duet
    duets hit hits number numbers set sets single singles song songs track tracks tune tunes
    version versions medley
    """.split()
)

# What one asks a court, an office or an official body for: "requested a hearing", "request
# asylum", "requested a recount" are steps of a procedure; "requested that the court ..." and
# "requested anonymity" report the request.
PROCEDURES = frozenset(
    """
    hearing hearings recount recounts asylum extension extensions continuance continuances stay
    retrial transfer transfers refund refunds waiver waivers visa visas permit permits parole bail
    """.split()
)

# A bare clause after "see" is what one witnesses or undergoes: "the Lakers saw their lead
# shrink", "will see their taxes go up", "saw prices rising". "saw the plan as a failure" and
# "sees that ..." hold a view. The tagger often reads a bare infinitive as a present tense
# ("see their payments go up": VBP), never so a form of "be" ("see they are right").
WITNESSED_TAGS = ("VB", "VBG", "VBP")

# States an authority puts in force, which are no words reported: "declared a state of
# emergency", "declared a curfew". "declared that ..." and "declared victory" report a claim;
# PolNeAR marks "declared war" and "declared bankruptcy" too, which stay.
DECLARED_STATES = frozenset(
    """
    emergency emergencies disaster disasters holiday holidays curfew curfews law moratorium
    lockdown lockdowns quarantine
    """.split()
)

# Who reads the article: an order to the reader ("See who is running", "Thank you for
# reading") is no one's report.
IMPERATIVE_TAGS = ("VB", "VBP")
NAMED_SPEAKERS = ("PERSON", "ORG", "GPE", "NORP")
QUOTE_CHARS = "\"“”‘’'«»„"


def reports_nothing(token: Token) -> bool:
    """True if the cue word ``token`` is, in its sentence, a sense that reports no speech or
    belief: a product recall, a thing offered or issued that is not something said, a price
    charged, a song sung, a particle verb ("show up"), a reputation ("known for ..."), a
    thing seen happening ("saw their lead shrink"), a procedure requested ("requested a
    hearing"), a state declared ("declared a state of emergency"), a question put to "you"
    ("Do you know where ...?"), a reporter's place ("reported from Washington"), what "is
    supposed to" happen, or an order to the reader."""
    lemma = token.lemma_.lower()
    if token.lower_ == "reporting" and token.pos_ == "NOUN":
        return _reported_from(token)  # "additional reporting from Jane Roe": a credit line
    if token.pos_ not in ("VERB", "AUX"):
        return False
    return (
        _other_verb(token, lemma)
        or (lemma == "report" and _reported_from(token))
        or (lemma == "suppose" and _is_supposed_to(token))
        or (lemma == "recall" and _takes_back_goods(token))
        or (lemma in SAYING_OBJECT_VERBS and _object_not_said(token))
        or (lemma == "offer" and _offers_a_thing(token))
        or (lemma == "order" and _buys(token))
        or (lemma == "charge" and _asks_a_price(token))
        or (lemma in PERFORMING_VERBS and _performs(token))
        or (lemma == "know" and _reputation(token))
        or (lemma == "see" and _witnesses(token))
        or (lemma == "request" and _asks_for_a_procedure(token))
        or (lemma == "declare" and _declares_a_state(token))
        or _asks_you(token)
        or _to_the_reader(token)
        or (lemma == "know" and _you_know(token))
        or _as_a_status(token)
        or _editors_note(token)
    )


def _objects(verb: Token) -> list[Token]:
    """The direct object of ``verb`` or, for a passive, its subject; with the noun an "of" phrase
    counts in ("a range of products": also "products")."""
    found = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    for noun in list(found):
        for prep in noun.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                found += [c for c in prep.children if c.dep_ == "pobj"]
    return found


def _has_clause(verb: Token) -> bool:
    """True if ``verb`` has a clause or infinitive complement after it in its paragraph
    ("recalled that ...", "offered to"); a clause of another sentence or paragraph that a
    confused parse hangs on it does not count."""
    return any(
        c.dep_ in ("ccomp", "xcomp", "csubj") and c.i > verb.i and c.sent.start == verb.sent.start
        and same_paragraph(verb, c)
        for c in verb.children
    )


def _other_verb(verb: Token, lemma: str) -> bool:
    particles = OTHER_VERB_PARTICLES.get(lemma)
    return particles is not None and any(c.dep_ == "prt" and c.lower_ in particles for c in verb.children)


def _takes_back_goods(verb: Token) -> bool:
    """``recalled a range of raw beef products``, ``recalled 50,000 cars``: goods or a count."""
    if _has_clause(verb):
        return False
    for noun in _objects(verb):
        if noun.lower_ in GOODS_NOUNS or noun.lemma_.lower() in GOODS_NOUNS or noun.ent_type_ == "PRODUCT":
            return True
        if noun.like_num or any(c.dep_ == "nummod" for c in noun.children):
            return True
    return False


def _object_not_said(verb: Token) -> bool:
    """``issued ground stops``: an object that is not something said (a verb with a clause or
    infinitive complement reports that instead)."""
    if _has_clause(verb):
        return False
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    said = SAYING_NOUNS | STANCE_NOUNS  # "offered support", "offered hope" hold a stance
    return bool(objects) and not any(o.lower_ in said or o.lemma_.lower() in said for o in objects)


def _declares_a_state(verb: Token) -> bool:
    """``declared a state of emergency``, ``declared a curfew``: a state put in force."""
    if _has_clause(verb):
        return False
    return any(_is_one_of(noun, DECLARED_STATES) for noun in _objects(verb))


def _offers_a_thing(verb: Token) -> bool:
    """``offers free range beef``, ``offering a reward``: goods or a deal, not words."""
    if _has_clause(verb):
        return False
    return any(_is_one_of(noun, OFFERED_THINGS | GOODS_NOUNS) for noun in _objects(verb))


def _buys(verb: Token) -> bool:
    """``order a large pizza``, ``order on the app``: a purchase, not a command. A command has
    a clause ("ordered troops to withdraw") or an object that is no purchase ("ordered an
    inquiry")."""
    if _has_clause(verb):
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if not objects:
        return not any(c.dep_ in ("dative", "agent", "nsubjpass") for c in verb.children)
    if all(o.pos_ != "NOUN" for o in objects):
        objects = _objects(verb)  # "order any of the pizzas": the pizzas, not "the deployment of units"
    return any(_is_one_of(noun, OFFERED_THINGS | GOODS_NOUNS) for noun in objects)


def _performs(verb: Token) -> bool:
    """``sang her own version of ...``: a song or a show is the object."""
    return any(_is_one_of(noun, PERFORMANCES) for noun in _objects(verb))


def _is_one_of(noun: Token, words: frozenset[str]) -> bool:
    return noun.lower_ in words or noun.lemma_.lower() in words


def _asks_a_price(verb: Token) -> bool:
    """``charging the same rate``, ``charged $5 a month``: a price, not an accusation."""
    if _has_clause(verb):
        return False
    for noun in (c for c in verb.children if c.dep_ == "dobj"):
        if noun.lemma_.lower() in PRICE_NOUNS or noun.lower_ in PRICE_NOUNS:
            return True
        if noun.like_num or noun.ent_type_ in ("MONEY", "PERCENT"):
            return True
    return False


def _witnesses(verb: Token) -> bool:
    """``saw their lead shrink``, ``see their taxes go up``: a bare infinitive or participle
    clause with its own subject and no "that", "to" or modal is a thing seen or undergone."""
    for clause in verb.children:
        if clause.dep_ not in ("ccomp", "xcomp") or clause.i < verb.i or clause.tag_ not in WITNESSED_TAGS:
            continue
        if clause.tag_ == "VBP" and clause.lemma_.lower() == "be":
            continue
        marked = any(c.dep_ in ("mark", "aux", "auxpass") for c in clause.children)
        has_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)
        if has_subject and not marked and same_paragraph(verb, clause):
            return True
    return False


def _asks_for_a_procedure(verb: Token) -> bool:
    """``requested a hearing``, ``request asylum``: a step of a procedure is asked for, not a
    statement made (a clause after the verb reports the request instead)."""
    if _has_clause(verb):
        return False
    return any(_is_one_of(noun, PROCEDURES) for noun in _objects(verb))


def _reputation(verb: Token) -> bool:
    """``known for producing hits``: what one is known for is no belief anyone reports."""
    return verb.tag_ == "VBN" and any(c.dep_ == "prep" and c.lower_ == "for" for c in verb.children)


def _reported_from(word: Token) -> bool:
    """``Jane Roe reported from Washington``, ``additional reporting from Jane Roe``: where a
    reporter worked, or who helped, with nothing reported (no object, clause or "that")."""
    if any(c.dep_ in ("dobj", "ccomp", "xcomp", "csubj", "attr") for c in word.children):
        return False
    return any(c.dep_ == "prep" and c.lower_ == "from" for c in word.children)


def _is_supposed_to(verb: Token) -> bool:
    """``it's supposed to curb ...``, ``candidates are not supposed to confer``: "be supposed
    to" says what should happen, not what anyone supposes."""
    if verb.tag_ != "VBN" or not any(c.dep_ in ("aux", "auxpass") and c.lemma_.lower() == "be" for c in verb.children):
        return False
    return any(c.dep_ == "xcomp" and any(t.lower_ == "to" for t in c.children) for c in verb.children)


def _asks_you(verb: Token) -> bool:
    """``Do you know where his returns are?``, ``Can you imagine if ...?``, ``Who do you think
    will win?``: a question put to the reader or to an interviewee, its auxiliary before "you",
    holds no one's view or words (PolNeAR leaves them out)."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lower_ != "you":
        return False
    if not any(c.dep_ == "aux" and c.i < subject.i for c in verb.children):
        return False
    # the sentence's own end: the parser's sentences may run on over a headline's missing stop
    return _sentence_end(verb) == "?"


def _sentence_end(word: Token) -> str:
    """The first full stop, question or exclamation mark after ``word`` in its paragraph, or ""."""
    text = doc_text(word.doc)
    newline = text.find("\n", word.idx)
    line = text[word.idx : newline if newline >= 0 else len(text)]
    return next((ch for ch in line if ch in ".?!"), "")


def _to_the_reader(verb: Token) -> bool:
    """True for an imperative to the reader, or a participle or infinitive under one
    ("supporting" in "Thank you for supporting our journalism"): see ``_imperative``. A finite
    verb under one keeps its own subject ("Consider what the senator said")."""
    if _imperative(verb):
        return True
    # a missed sentence or paragraph break can hang another paragraph's verbs on an imperative
    return verb.tag_ in ("VBG", "VB") and any(
        _imperative(a) for a in verb.ancestors if a.pos_ in ("VERB", "AUX") and same_paragraph(a, verb)
    )


def _imperative(verb: Token) -> bool:
    """An imperative opening its sentence, its line or what follows a colon, with no subject:
    "See who is running", "Prep for the polls: See who ...", "Thank you for supporting our
    journalism" (the tagger often takes "Thank" for a present tense)."""
    if verb.tag_ not in IMPERATIVE_TAGS:
        return False
    if any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    before = [t for t in verb.sent if t.i < verb.i and not (t.is_space or t.text in QUOTE_CHARS)]
    colon = next((t for t in reversed(before) if t.text == ":"), None)
    previous = verb.doc[verb.i - 1] if verb.i > 0 else None
    line_start = previous is not None and "\n" in previous.text + previous.whitespace_
    # "Prep for the polls: See ..." speaks to the reader; "Biden to Congress: Continue ..." is a
    # label naming who speaks to whom
    label = [t for t in before if same_paragraph(t, verb)]
    after_colon = bool(label) and label[-1].text == ":" and not any(t.ent_type_ in NAMED_SPEAKERS for t in label)
    opens = after_colon or (verb.dep_ == "ROOT" and (not before or line_start or _after_condition(verb, before)))
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "expl")]
    # a label before a colon is no subject: "Prep for the polls: See ..."
    subjects = [c for c in subjects if colon is None or c.i > colon.i]
    return opens and not subjects


EDITING_VERBS = frozenset("update change correct edit revise amend".split())


def _editors_note(verb: Token) -> bool:
    """``This story was updated to add a photo gallery``: what an update adds is the editor's
    change to the page, not a statement."""
    head = verb.head
    to = any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in head.children)
    return to and passive and verb.dep_ in ("xcomp", "advcl") and head.lemma_.lower() in EDITING_VERBS


def _as_a_status(verb: Token) -> bool:
    """``lists 698 species as threatened or endangered``: "as threatened" names a species' or a
    site's status, with no one threatening ("as expected" still reports an expectation)."""
    marked = any(c.dep_ == "mark" and c.lower_ == "as" and c.i == verb.i - 1 for c in verb.children)
    reports = any(c.dep_ in ("agent", "ccomp", "xcomp") for c in verb.children)
    return verb.lemma_.lower() == "threaten" and verb.tag_ == "VBN" and marked and not reports


def _you_know(verb: Token) -> bool:
    """``someone you know``, ``it was, you know, hard``: "you know" with nothing after it that it
    knows is a relative clause or a filler, not a belief."""
    subjects = [c.lower_ for c in verb.children if c.dep_ == "nsubj"]
    return subjects == ["you"] and not any(c.dep_ in ("ccomp", "dobj", "xcomp") and c.i > verb.i for c in verb.children)


def _after_condition(verb: Token, before: list[Token]) -> bool:
    """``If you or someone you know needs help, call ...``: all that comes before the verb is a
    clause of condition or time it governs, and a comma."""
    if before[-1].text != ",":
        return False
    clauses = [c for c in verb.children if c.dep_ == "advcl" and c.i < verb.i]
    covered = {t.i for c in clauses for t in c.subtree}
    opener = before[0].lower_
    return opener in ("if", "when", "whenever", "unless") and all(t.i in covered or t.is_punct for t in before)
