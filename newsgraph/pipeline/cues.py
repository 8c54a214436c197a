"""Closed-class word lists for attribution: the verbs, nouns and phrases that introduce reported speech.

A *cue* is the word that tells the reader someone said, wrote, believes or showed something
("said", "told", "according to", "expressed confidence"). The lists are lemmas, so "says",
"said" and "saying" all match ``say``.
"""

from __future__ import annotations

from spacy.tokens import Token

# Verbs of saying and writing: their clause complement or their quotation is the content.
SPEECH_VERBS = frozenset(
    """
    say tell state note add claim argue write report announce explain insist warn assert
    declare reply respond answer ask question comment remark tweet post email text quip joke
    recall recount admit acknowledge concede confirm deny reveal disclose suggest propose
    predict promise pledge vow vowed swear threaten urge caution stress emphasize emphasise
    reiterate repeat mention point observe allege charge complain lament boast brag
    testify contend maintain counter retort shout yell chant whisper muse wonder declare
    describe characterize characterise call label dub brand portray term
    accuse blame criticize criticise praise thank announce inform assure reassure remind
    advise recommend demand order instruct request plead beg concede conclude estimate
    explain summarize summarise affirm attest specify indicate signal hint imply
    speculate theorize guess posit opine editorialize interject continue begin
    read cite quote paraphrase relate narrate declare proclaim pronounce
    confess forecast grumble object protest reaffirm reassert scoff scream sigh snap bemoan
    gush rave rant fume concur clarify elaborate rebut underscore profess surmise hypothesize
    sing chant scold exhort laud hail
    """.split()
)

# Verbs of believing, knowing and feeling: PolNeAR counts these as attribution of a belief.
COGNITION_VERBS = frozenset(
    """
    believe think know feel fear hope expect worry doubt suspect assume presume reckon
    understand realize realise recognize recognise consider agree disagree imagine suppose
    want wish prefer plan intend decide
    """.split()
)

# Verbs of evidence: a poll, a report or a study "shows" or "found" something.
EVIDENCE_VERBS = frozenset(
    """
    show find reveal suggest indicate demonstrate prove confirm conclude document
    """.split()
)


# Verbs that take their content as an infinitive ("vowed to fight", "refused to say").
INFINITIVE_CUE_VERBS = frozenset(
    """
    promise pledge vow swear threaten refuse decline want plan intend seek hope expect
    urge ask tell call warn decide agree offer propose seem appear decline encourage exhort
    """.split()
)

# Verbs whose direct object is what was said: "mentioned plans for ...", "denied the report".
OBJECT_CONTENT_VERBS = frozenset(
    """
    mention announce propose deny confirm reveal disclose cite predict promise pledge vow
    recommend demand request unveil outline acknowledge admit criticize criticise praise
    support oppose endorse blame dismiss reject question dispute decry condemn denounce
    defend welcome applaud echo reiterate repeat stress emphasize emphasise
    back attack blast slam mock tout highlight discuss favor favour challenge celebrate
    embrace accuse issue show offer want laud hail admire rate
    """.split()
)

# Verbs of the list above that name a deed more often than a report: PolNeAR's annotators mark
# each a cue in fewer than 40% of its uses outside quotations in its train split ("attacked the
# base", "welcomed the delegation", "backed the bill" are deeds; thank 15 of 16, praise 43 of 51,
# blame 28 of 33, congratulate 7 of 12 and applaud 10 of 17 are reports and are not here). Their
# object alone is content only where the learned cue finder is sure of the verb.
DEED_VERBS = frozenset("attack back challenge demand embrace admire welcome favor celebrate rate".split())

# "talked about X", "referred to X": the object of the preposition is what was said.
PREPOSITION_VERBS = {
    "talk": ("about", "of"),
    "speak": ("about", "of", "on"),
    "write": ("about", "of", "on"),
    "comment": ("on", "about"),
    "complain": ("about", "of"),
    "joke": ("about",),
    "rail": ("against",),
    "focus": ("on",),
    "refer": ("to",),
    "testify": ("about", "on"),
    "warn": ("about", "of", "against"),
    "worry": ("about",),
    "boast": ("about", "of"),
    "brag": ("about", "of"),
    "insist": ("on",),
    "agree": ("with", "on"),
    "disagree": ("with", "on"),
    "argue": ("for", "against"),
    "apologize": ("for",),
    "apologise": ("for",),
    "point": ("to",),
    "ask": ("about",),
    "question": ("about",),
    "see": ("as",),
}

# "seems to ...", "declined to comment": the infinitive is the content, the subject the source.
# Verbs of effort and action ("tried to", "release the returns", "raise taxes", "seek votes")
# report no one's words or beliefs and are left out of every list.
RAISING_VERBS = frozenset("seem appear decline refuse".split())

# Speech verbs that only narrate next to a quotation ("“...,” he continued"): elsewhere their
# complement is an action ("began taking calls"), not something said.
QUOTATION_ONLY_VERBS = frozenset("begin continue".split())

# "describe X as Y": the object plus its "as" phrase is the content.
DESCRIBING_VERBS = frozenset("describe characterize characterise portray label dub brand call term".split())

# "called for", "pushed for": the object of "for" is what was asked.
FOR_VERBS = frozenset("call push ask press argue advocate plead lobby appeal clamor".split())

# "express confidence that ...": the verb plus one of these nouns is the cue.
EXPRESSING_VERBS = frozenset("express voice raise share convey offer".split())
STANCE_NOUNS = frozenset(
    """
    confidence concern concerns hope hopes doubt doubts belief optimism pessimism fear fears
    worry worries skepticism scepticism frustration disappointment support opposition regret
    satisfaction certainty conviction view opinion
    """.split()
)

# Nouns that head a reported claim: "the claim that ...", "in a statement".
CLAIM_NOUNS = frozenset(
    """
    claim claims statement statements assertion allegation allegations suggestion argument
    announcement report warning promise pledge insistence
    """.split()
)

# Preposition phrases that attribute: "according to X".
ACCORDING_TO = ("according", "to")

CUE_VERBS = (
    SPEECH_VERBS
    | COGNITION_VERBS
    | EVIDENCE_VERBS
    | INFINITIVE_CUE_VERBS
    | OBJECT_CONTENT_VERBS
    | DESCRIBING_VERBS
    | FOR_VERBS
    | RAISING_VERBS
    | frozenset(PREPOSITION_VERBS)
)

# Verbs that give a name: as a participle after a noun ("a group called X") they name it.
QUOTE_MARKS = frozenset("\"“”‘’'«»„")
NAMING_VERBS = DESCRIBING_VERBS | frozenset("name title nickname".split())

# Words that never name who is speaking, even as the subject of a cue verb.
NOT_SOURCES = frozenset("it there this that what which".split())


def is_naming_participle(token: Token) -> bool:
    """True for a participle that gives its noun a name ("a group called X", "the program, called
    Y, ..."): a name, not a report, unless a ``by`` phrase says who calls it so."""
    return (
        token.dep_ == "acl"
        and token.tag_ == "VBN"
        and token.lemma_.lower() in NAMING_VERBS
        and not any(c.dep_ == "agent" for c in token.children)
    ) or gives_a_name(token)


def gives_a_name(token: Token) -> bool:
    """True for a naming verb whose one complement is a proper name, not in quotation marks, in a
    passive, a participle or after an object: "was called FAMU High", "Called Hidden Valley Inn,
    it ...", "called their property Ox Bottom Ranch". "called him “Little Marco”" (a quoted
    label), "called Hegseth unqualified" and "called Trump a liar" still report."""
    if token.lemma_.lower() not in NAMING_VERBS or any(c.dep_ == "agent" for c in token.children):
        return False
    complements = [c for c in token.children if c.dep_ in ("oprd", "attr", "acomp", "xcomp", "ccomp")]
    if len(complements) != 1 or complements[0].tag_ not in ("NNP", "NNPS") or complements[0].i < token.i:
        return False
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in token.children)
    participle = token.tag_ == "VBN" and token.dep_ in ("acl", "advcl")
    named_object = any(c.dep_ == "dobj" and c.i < complements[0].i for c in token.children)
    name = complements[0]
    start = max(name.left_edge.i - 1, 0)
    quoted = any(t.text in QUOTE_MARKS for t in token.doc[start : name.right_edge.i + 2])
    return (passive or participle or named_object) and not quoted


def is_when_asked(token: Token) -> bool:
    """True for the participle of "said, when asked, that ...": it tells when the head verb
    spoke; what follows it is the head verb's content, not a question's."""
    return (
        token.dep_ == "advcl"
        and token.tag_ == "VBN"
        and any(c.dep_ == "advmod" and c.lower_ in ("when", "if") for c in token.children)
        and token.head.pos_ in ("VERB", "AUX")
        and token.head.lemma_.lower() in SPEECH_VERBS
    )


def is_cue_verb(token: Token) -> bool:
    """True if ``token`` is a verb whose lemma is a speech, belief or evidence cue."""
    if is_naming_participle(token) or is_when_asked(token):
        return False
    if token.pos_ not in ("VERB", "AUX") and not (token.pos_ == "NOUN" and token.tag_.startswith("VB")):
        return False
    return token.lemma_.lower() in CUE_VERBS


def is_speech_verb(token: Token) -> bool:
    """True if ``token`` is a verb of saying or writing (the strongest cue for a quotation)."""
    return (
        token.pos_ in ("VERB", "AUX")
        and token.lemma_.lower() in SPEECH_VERBS
        and not is_naming_participle(token)
        and not is_when_asked(token)
    )
