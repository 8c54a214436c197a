"""The sense of an event verb that has several, from what it acts on.

"Release", "capture", "charge" and "strike" report an event of their type only in one of their
senses, and which one the verb's patient (its object, the subject of its passive, or the noun it
modifies) or its subject tells:

- "release" / "free": people let go are a release ("released the hostages", "he was freed");
  words or data made public a statement ("police released footage", "figures released
  Thursday"); a chemical, an album or a film none;
- "capture": people or craft taken are an arrest ("was captured Wednesday", "captured 23
  pirates"); a camera or a photo capturing, a sight, a mood or a prize captured are none;
- "charge": a person charged, or anyone charged with a crime, is a legal event ("charged Trump",
  "has been charged twice", "the company was charged with fraud"); a phone charged, a fee
  charged, a crowd charged at, an agency "charged with overseeing" are none;
- "strike": a quake or a storm striking is a disaster, a ship or a car striking an accident, a
  deal struck an agreement, a state, an army or a weapon striking an attack, workers or a union
  striking a walkout (a protest); what strikes someone as odd, fear struck, a juror struck are
  none. The noun "strike" is a walkout when workers or a union hold it ("the writers' strike",
  "a strike by the actors' guild", "actors joined writers in a strike", "went on strike", "a
  hunger strike") and an attack otherwise ("a drone strike", "Israeli strikes on Gaza").
"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.pipeline import event_words as words
from newsgraph.pipeline.lexicon import PERSON_NOUNS

SENSE_VERBS = frozenset(["release", "free", "capture", "charge", "strike"])
# subjects whose striking is a disaster or an accident
FORCES = frozenset("quake earthquake temblor aftershock tornado storm hurricane typhoon cyclone lightning "
                   "wildfire fire flood tsunami avalanche landslide".split())
VEHICLES = frozenset("ship vessel boat car truck vehicle train plane aircraft jet bus van suv driver motorist "
                     "freighter tanker helicopter".split())
WEAPONS = frozenset("missile rocket drone bomb shell airstrike strike artillery warplane jet force military army "
                    "troop militant".split())
# what is charged without a crime: a device, or a sum asked
CHARGED_THINGS = frozenset("phone cellphone device battery car vehicle laptop tablet fee price tariff rate interest "
                           "amount sum percent cost toll tax".split())
# who or what captures an image, not a prisoner
IMAGE_MAKERS = frozenset("photo photograph photographer camera video image picture film footage director artist "
                         "painting tribute show file report study documentary".split())
# what is captured that is no one taken: a sight, a mood, attention, a win
SIGHTS = frozenset("image photo picture moment scene view attention imagination heart interest excitement mood "
                   "spirit essence feeling horror beauty magic news spread medal title crown victory win seat "
                   "championship lead nomination vote state share market audience award gold silver "
                   "bronze".split())
# what records a sight: "captured on video", "capturing video"
RECORDINGS = frozenset("video camera film tape footage audio recording bodycam photo photograph image "
                       "picture".split())
# who strikes when workers walk out
WORKERS = frozenset("worker union employee writer actor teacher nurse member staff crew miner docker "
                    "longshoreman machinist guild screenwriter laborer labourer doctor".split())
# modifiers of a strike that is a walkout: "a general strike", "a hunger strike"
WALKOUT_MODIFIERS = frozenset("labor labour general hunger wildcat rolling picket sympathy".split())
DEALS = frozenset("deal agreement accord bargain compromise pact truce settlement".split())


def verb_kind(verb: Token, lemma: str) -> str | None:
    """The event type of ``verb`` (of lemma ``lemma`` in ``SENSE_VERBS``) in its sense here, or
    None where it reports no event."""
    if lemma in ("release", "free"):
        return _release(verb)
    if lemma == "strike":
        return _strike(verb)
    thing = patient(verb)
    if lemma == "capture":
        return None if _captures_a_sight(verb, thing) else "arrest"
    if _charged_with_a_crime(verb) or _charged_passive(verb, thing) or _charged_person(verb, thing):
        return "legal"  # "the company was charged with fraud", "Trump has been charged", "Driver Charged"
    return "legal" if thing is not None and is_person(thing) else None


def _captures_a_sight(verb: Token, thing: Token | None) -> bool:
    """Whether "capture" tells of an image, a feeling or a prize taken, not of people or craft
    seized: a camera or a photo capturing ("Photos capture the aftermath"), or a sight, a mood or
    a win captured ("captured the horror", "captured medals", "capture the Electoral College")."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "agent")), None)
    if subject is not None and subject.dep_ == "agent":
        subject = next((c for c in subject.children if c.dep_ == "pobj"), None)
    if subject is not None and subject.lemma_.lower() in IMAGE_MAKERS:
        return True
    if any(p.dep_ == "prep" and p.lower_ in ("on", "in") and _recording_after(p) for p in verb.children):
        return True  # "was captured on video hitting a man", "captured on video slamming a man's head"
    if thing is None:
        return False  # the parser lost the object: "capturing 26 Somali brigands on three boats"
    if thing.text == "%" or thing.ent_type_ == "PERCENT":
        return True  # "captured almost 32% of the vote"
    return thing.lemma_.lower() in SIGHTS | RECORDINGS or thing.ent_type_ in ("ORG", "EVENT", "WORK_OF_ART")


def _recording_after(prep: Token) -> bool:
    """Whether the first word after ``prep`` but an article names a recording ("on video", "in a
    video", "on camera"); the parser may hang it on a verb after it ("on video slamming")."""
    doc = prep.doc
    i = prep.i + 1
    while i < len(doc) and doc[i].dep_ == "det":
        i += 1
    return i < len(doc) and doc[i].lemma_.lower() in RECORDINGS


def _charged_person(verb: Token, thing: Token | None) -> bool:
    """Whether an active "charged" with no object has a person for subject, as in a headline
    ("Man charged in deadly hit and run", "Driver Charged"); not one who charged at someone."""
    if thing is not None or any(c.dep_ == "prep" and c.lower_ == "at" for c in verb.children):
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject is not None and is_person(subject)


def _charged_with_a_crime(verb: Token) -> bool:
    """Whether ``verb`` has a "with" of a crime, a noun ("with fraud"), not of a task ("agencies
    charged with overseeing ...")."""
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == "with":
            return any(c.dep_ == "pobj" and c.pos_ in ("NOUN", "PROPN") for c in child.children)
    return False


def _charged_passive(verb: Token, thing: Token | None) -> bool:
    """Whether ``verb`` ("charged") is a passive whose subject is no device or sum ("has been
    charged", not "the phone was charged" or "a fee is charged")."""
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    return passive and (thing is None or thing.lemma_.lower() not in CHARGED_THINGS)


def patient(verb: Token) -> Token | None:
    """What ``verb`` acts on: its object, the subject of its passive, or the noun its participle
    modifies ("the documents released Tuesday"); past a measure ("two minutes of footage")."""
    thing = next((c for c in verb.children if c.dep_ in ("dobj", "obj", "nsubjpass")), None)
    if thing is None and verb.dep_ == "acl":
        thing = verb.head
    if thing is None and verb.dep_ == "conj" and verb.head.pos_ == "VERB":
        return patient(verb.head)  # "was arrested and charged with ..."
    if thing is None:
        return None
    of = next((c for c in thing.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    counted = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if counted is not None and (thing.like_num or thing.lemma_.lower() in words.MEASURE_NOUNS):
        return counted  # "two minutes of footage", "dozens of prisoners"
    return thing


def is_person(token: Token) -> bool:
    """Whether ``token`` heads a mention of people: a person's or a people's name, a noun or a
    pronoun for people, or a number standing for them ("19 had been released")."""
    lemma = token.lemma_.lower()
    return (token.ent_type_ in ("PERSON", "NORP") or lemma in words.RELEASED_PEOPLE or lemma in PERSON_NOUNS
            or token.lower_ in words.PERSON_PRONOUNS or (token.like_num and token.dep_ == "nsubjpass"))


def _release(verb: Token) -> str | None:
    thing = patient(verb)
    if thing is None or is_person(thing):
        return "release"
    return "statement" if thing.lemma_.lower() in words.PUBLISHED_THINGS else None


def _strike(verb: Token) -> str | None:
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "agent")), None)
    by_agent = subject is not None and subject.dep_ == "agent"
    if subject is not None and by_agent:
        subject = next((c for c in subject.children if c.dep_ == "pobj"), None)
    if subject is None and verb.dep_ == "conj" and verb.head.pos_ == "VERB":
        subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)  # "punched a man, then struck"
    if subject is not None and subject.tag_ in ("WDT", "WP") and verb.dep_ == "relcl":
        subject = verb.head  # "storms that struck Kentucky"
    thing = patient(verb)
    if thing is None:  # "struck and killed her": the object of the verb joined to it
        thing = next((o for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"
                      for o in c.children if o.dep_ in ("dobj", "obj")), None)
    if thing is not None and thing.lemma_.lower() in DEALS:
        return "agreement"  # "a deal struck by Biden and McCarthy"
    if _walkout(verb, subject, thing):
        return "protest"  # "the UAW strikes against major manufacturers", "writers strike": a walkout
    if subject is None:
        # "she was struck by a gray Toyota Camry", "was struck in the upper chest": a person hit
        return "attack" if thing is not None and is_person(thing) else None
    said = {_singular(t) for t in subject.subtree if t.pos_ in ("NOUN", "PROPN")}
    if said & FORCES:
        return "disaster"  # "a magnitude 7.8 quake struck", "Tornadoes struck Wynne"
    if said & VEHICLES or (thing is not None and _singular(thing) in VEHICLES):
        return "accident"  # "the ship struck the bridge", "he had struck two other vehicles"
    if said & WEAPONS or subject.ent_type_ in ("GPE", "NORP"):
        acts = by_agent or thing is not None or any(c.dep_ == "prep" for c in verb.children)
        return "attack" if acts else None
    if thing is not None and is_person(thing) and (by_agent or is_person(subject) or subject.ent_type_ == "PRODUCT"):
        return "attack"  # "then struck a woman who tried to break up the melee", "was struck by a gray Camry"
    return None


def _walkout(verb: Token, subject: Token | None, thing: Token | None) -> bool:
    """Whether "strike" is workers stopping work: no object, and a union or workers striking
    ("the UAW strikes against ...", "writers strike"), or "the right to strike"."""
    if thing is not None:
        return False
    if subject is None:
        return verb.dep_ == "acl" and verb.head.lemma_.lower() == "right"  # "the right to strike"
    words_said = {t.lemma_.lower() for t in subject.subtree}
    return bool(words_said & WORKERS) or (subject.ent_type_ == "ORG" and any(
        c.dep_ == "prep" and c.lower_ in ("against", "over", "for") for c in verb.children))


def noun_kind(noun: Token) -> str:
    """The event type of the noun "strike": "protest" for a walkout, "attack" otherwise."""
    return "protest" if _walkout_noun(noun) else "attack"


def armed_strike(noun: Token) -> bool:
    """Whether the phrase of a "strike" noun names a weapon, an army or a people ("a drone strike",
    "Israeli strikes", "strikes by the military")."""
    said = [t for t in noun.subtree if t.i != noun.i]
    return any(_singular(t) in WEAPONS or t.lower_ in ("air", "nuclear") or t.ent_type_ == "NORP" for t in said)


def _walkout_noun(noun: Token) -> bool:
    """Whether a "strike" noun is workers stopping work: "on strike", a labour modifier, workers or
    a union as its holder ("writers' strike", "strike by the guild") or as the subject of the verb
    it hangs on ("actors joined writers in a strike", "the union was ready for a strike")."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "on" and not any(c.dep_ in ("det", "amod") for c in noun.children):
        return True  # "went on strike", "who were on strike"; "a strike on the port" is an attack
    holders = [c for c in noun.children if c.dep_ in ("poss", "compound", "amod", "nmod")]
    holders += [p for c in noun.children if c.dep_ == "prep" and c.lower_ == "by" for p in c.children]
    if any(c.lower_ in WALKOUT_MODIFIERS for c in holders):
        return True
    if any(_names_workers(h) for h in holders):
        return True
    verb = next((a for a in noun.ancestors if a.pos_ in ("VERB", "AUX")), None)
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb is not None else None
    return subject is not None and _names_workers(subject)


def _names_workers(head: Token) -> bool:
    """Whether the phrase of ``head`` names workers or a union ("Hollywood actors", "SAG-AFTRA's
    guild", "the Screen Actors Guild")."""
    return any(_singular(t) in WORKERS for t in head.subtree if t.pos_ in ("NOUN", "PROPN"))


def _singular(token: Token) -> str:
    """The lower-cased singular of a noun ("Tornadoes" at a sentence's start: "tornado")."""
    word = token.lemma_.lower()
    for ending, stem in (("oes", "o"), ("es", "e"), ("s", "")):
        if word.endswith(ending) and word[: -len(ending)] + stem in FORCES | VEHICLES | WEAPONS | WORKERS:
            return word[: -len(ending)] + stem
    return word
