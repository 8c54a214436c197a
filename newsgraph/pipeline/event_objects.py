"""Event verbs that are no event with some objects: what "meet", "visit", "rally", "shoot" and
"lose" act on tells whether they name an event at all.

- "meet": a standard met is none ("met my criteria", "meet his expectations", "met the deadline");
- "visit": a web address or a website visited is none ("visit COVIDTest.gov", "visit our site");
- "rally": rallying behind or around someone is support, no protest ("rally behind Harris");
- "shoot": a film, a photo or a score shot is none ("video shot by a passenger", "shooting 56%",
  "photos shot on the ground"), and so is shooting for a goal ("shoots for the EGOT");
- "nominate": nominated for an award is a contest, not an appointment ("nominated for best song",
  "nominated in three categories");
- "lose": a quality, trust or strength lost is no contest ("lost its integrity", "lost their
  wind strength"), nor is being lost ("seems to be lost").
"""

from spacy.tokens import Token

from newsgraph.pipeline.event_senses import IMAGE_MAKERS, patient

OBJECT_VERBS = frozenset(["meet", "visit", "rally", "shoot", "lose", "nominate"])
# what one is nominated for that is an award, not an office: "nominated for best original song"
AWARDS = frozenset("award prize category song album record film movie picture performance actor actress "
                   "director soundtrack score documentary series show book novel play trophy medal "
                   "honor honour".split())
# what is met that is a standard, not a person: "met the criteria"
STANDARDS = frozenset("criterion criteria requirement expectation standard goal target need demand deadline "
                      "threshold rule condition obligation quota benchmark definition test bar mark "
                      "challenge".split())
QUANTIFIERS = frozenset("all some most many each none both any several few".split())
# what is visited that is no place: a website
WEB_PLACES = frozenset("website site page link homepage portal app".split())
# what is shot that is an image or a score
SHOT_THINGS = IMAGE_MAKERS | frozenset("movie scene episode footage selfie clip percent % hoop basket "
                                       "free throw pointer layup".split())
# what is lost that makes another event: "lost their lives", "lost his job"
LOST_EVENTS = {"life": "death", "job": "dismissal"}
# what is lost in a contest: the thing contested, or the contest
CONTESTS = frozenset("game match race election primary seat title vote bid battle war case appeal final "
                     "championship series round contest fight majority lead tournament cup point set "
                     "nomination runoff run-off argument suit lawsuit trial challenge bout".split())


def verb_kind(verb: Token, lemma: str, kind: str) -> str | None:
    """The event type of ``verb`` (of lemma ``lemma`` in ``OBJECT_VERBS``, of type ``kind`` in the
    lexicon) with what it acts on, or None where it names no event: a life lost is a death, a job
    lost a dismissal ("lost their lives", "had lost his job")."""
    thing = _thing(verb)
    if lemma == "lose" and thing is not None and thing.lemma_.lower() in LOST_EVENTS:
        return LOST_EVENTS[thing.lemma_.lower()]
    if lemma == "nominate":
        return "contest" if _for_an_award(verb) else kind
    return kind if is_event(verb, lemma, thing) else None


def is_event(verb: Token, lemma: str, thing: Token | None) -> bool:
    """Whether ``verb`` (of lemma ``lemma`` in ``OBJECT_VERBS``) names an event with ``thing``, what it
    acts on."""
    if lemma == "meet":
        return thing is None or thing.lemma_.lower() not in STANDARDS
    if lemma == "visit":
        return thing is None or not _web_place(thing)
    if lemma == "rally":
        return not any(c.dep_ == "prep" and c.lower_ in ("behind", "around") for c in verb.children)
    if lemma == "shoot":
        return not _shoots_an_image(verb, thing)
    return _contest_lost(verb, thing)


def _thing(verb: Token) -> Token | None:
    """What ``verb`` acts on (``event_senses.patient``), past a quantifier ("all of my criteria"),
    or a share it scores ("shooting 56%")."""
    thing = patient(verb)
    if thing is not None and thing.lemma_.lower() in QUANTIFIERS:
        of = next((c for c in thing.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        thing = next((c for c in of.children if c.dep_ == "pobj"), thing) if of is not None else thing
    if thing is None:
        thing = next((c for c in verb.children if c.dep_ == "npadvmod" and c.text == "%"), None)
    return thing


def _for_an_award(verb: Token) -> bool:
    """Whether ``verb`` ("nominate") is nominating for an award: "nominated for best original song",
    "nominated in three categories", "nominated for 'Invasion of Privacy'"."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("for", "in"):
            continue
        for target in (c for c in prep.children if c.dep_ == "pobj"):
            best = any(c.lower_ == "best" for c in target.children)
            if best or target.lemma_.lower() in AWARDS or target.ent_type_ in ("WORK_OF_ART", "EVENT"):
                return True
    return False


def _web_place(thing: Token) -> bool:
    """Whether ``thing`` is a web address ("COVIDTest.gov", "dartfirststate.com/Rider") or a site."""
    text = thing.text
    return thing.like_url or "." in text.strip(".") and " " not in text or thing.lemma_.lower() in WEB_PLACES


def _shoots_an_image(verb: Token, thing: Token | None) -> bool:
    """A film, a photo or a score shot, or shooting for a goal with nothing shot."""
    if thing is not None and (thing.lemma_.lower() in SHOT_THINGS or thing.text[:1].isdigit()):
        return True
    return thing is None and any(c.dep_ == "prep" and c.lower_ == "for" for c in verb.children)


def _contest_lost(verb: Token, thing: Token | None) -> bool:
    """Whether "lose" is losing a contest: a contest or a seat lost, a score, a rival named, or
    losing to someone; not a thing lost, nor being lost."""
    if any(c.dep_ == "prep" and c.lower_ == "to" for c in verb.children):
        return True  # "lost to Arsenal", "then lost it in 2020 to Vasquez"
    if thing is not None:
        return (thing.lemma_.lower() in CONTESTS or thing.like_num
                or thing.ent_type_ in ("ORG", "GPE", "PERSON", "EVENT", "NORP", "CARDINAL"))
    if any(c.dep_ == "auxpass" for c in verb.children) or verb.dep_ in ("acomp", "amod", "xcomp") \
            and verb.tag_ == "VBN":
        return False  # "seems to be lost in terms of its mission"
    return True
