"""Sports teams named by their city, state or school, or by their nickname alone.

Sports pages name a team by its home ("lost to Denver", "Golden State beat Oklahoma City
136-125", "No. 6 Creighton"), and the models take the name for the place, or for a person where
the name is a surname too ("Creighton", "Xavier"); a nickname alone is often taken for a place
("Chiefs vs. Eagles", "against the Bears"). Such a mention is an organisation where the words
around it make it a side in a game:

- a result or fixture word right before it ("beat", "lost to", "win over", "vs.", "against"),
  after "the" or a ranking ("No. 6") if any, or right after it ("Denver beat ...", "Starkville
  lost 20-6"), or a score or a season's record right after it ("routed Gonzaga 82-54",
  "Memphis (26-8)");
- and a game in the same sentence: a word of the game or a score ("in the conference title
  game", "82-54"; not a court's "6-3 ruling"). A score right after the name is both.

Only that mention changes: "in Denver" stays a place. A country stays a place (CoNLL-2003 tags
national teams LOC, and a country's name is a country's first), and so does a person's name the
article gives in full ("beat Trump" of "Donald Trump") or a common given name. A one-word
"person" or a nickname found so is a team at all its mentions that the models took for a
person or a place ("Creighton" in "Kaluma and Creighton won"), and a nickname's team name
with it ("Philadelphia Eagles" of "Eagles").
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

from spacy.tokens import Doc, Token

from newsgraph.aliases import ALIASES
from newsgraph.pipeline.lexicon import COUNTRY_NAMES
from newsgraph.pipeline.names import Cand, cand_text, is_title
from newsgraph.pipeline.state import doc_text

# Labels the models give a team named by its home or nickname.
TEAM_MISTAKES = frozenset(["GPE", "LOC", "FAC", "PERSON"])
# Closed class: result and fixture words before the side they name ("beat X", "vs. X").
CUES_BEFORE = frozenset(
    """
    beat beats beating defeat defeats defeated defeating rout routed routing edged edge edges
    outscored outscore swept sweep trounced trounce blanked vs vs. v. versus against
    """.split()
)
# Closed class: two-word result words before a side ("lost to X", "win over X").
PAIRS_BEFORE = {
    "to": frozenset("lost loses losing lose fell falls falling fall loss losses".split()),
    "over": frozenset("win wins victory victories triumph".split()),
    "of": frozenset(["rout"]),
}
# Closed class: result words after the side that plays ("X beat ...", "X lost 20-6").
CUES_AFTER = frozenset(
    """
    beat beats defeated defeats routed edged outscored swept trounced blanked won wins lost
    loses fell falls rallied
    """.split()
)
# What follows a result word after the side: "lost to", "won in overtime", "won, 57-56".
RESULT_LINKS = frozenset(["to", "in", "at", "on", "by", "against", ",", "."])
# Closed class: words of a game, which make a sentence a sports report.
GAME_WORDS = frozenset(
    """
    game games playoff playoffs postseason preseason match matches tournament
    quarter quarterback inning innings halftime overtime touchdown touchdowns goal goals
    rebounds assists championship championships finals semifinal semifinals quarterfinal
    quarterfinals coach coaches roster scored scoring nfl nba wnba mlb nhl mls ncaa sec acc afc
    nfc fbs fcs cfp bowl league matchup rematch fixture
    """.split()
)
# A score or a record, not a vote ("a 6-3 ruling") nor shares ("51%-47%").
SCORE = r"(?<![\d.,$])\d{1,3} ?[-–] ?\d{1,3}\b(?! ?(?:%|vote|votes|ruling|decision|majority|margin))"
SCORE_IN = re.compile(SCORE)
# A score or record right after a name: "Gonzaga 82-54", "won, 57-56", "Memphis (26-8)", "Houston's 75-65 loss".
SCORE_AFTER = re.compile(r"(?:['’]s)? ?(?:(?:won|lost),? |, |\()?" + SCORE)
# What may stand between a result word and the side: "the", a ranking ("No. 6", "#6").
BEFORE_SIDE = re.compile(r"(?:\bthe )?(?:(?:No\. ?|#)\d{1,2} )?$")
SENTENCE_ENDS = frozenset([".", "!", "?", ";"])
# Closed class: head words of the grounds that sides play on.
VENUE_HEADS = frozenset("stadium arena field center centre park dome coliseum garden gardens court ballpark".split())
PLACE_PREPOSITIONS = frozenset("in at from near outside inside".split())
# Closed class: nations of sports that ISO 3166 lists under another name or not at all.
HOME_NATIONS = frozenset(
    [
        "england", "scotland", "wales", "northern ireland", "great britain", "united kingdom",
        "south korea", "north korea", "ivory coast", "czechia", "türkiye", "turkey", "holland",
        "usa", "u.s.", "u.s.a.", "united states", "america", "kosovo", "taiwan", "chinese taipei",
    ]
)  # fmt: skip


def fix_teams(doc: Doc, cands: list[Cand]) -> list[Cand]:
    """``cands`` (in text order) with every mention that names a side in a game relabelled ORG,
    and the other mentions of a one-word "person" or nickname so found with it."""
    texts = [cand_text(doc, c) for c in cands]
    people = {w for c, t in zip(cands, texts, strict=True) if c.label == "PERSON" and c.end - c.start > 1
              for w in t.split()}
    teams: set[int] = set()
    spread: set[str] = set()
    for i, (cand, text) in enumerate(zip(cands, texts, strict=True)):
        if cand.label not in TEAM_MISTAKES or not _may_be_team(doc, cand, text, people):
            continue
        # a player's figures follow a surname too ("Muralitharan 4-46"): a person needs a result word
        if _side_in_game(doc, cand, score_alone=cand.label != "PERSON"):
            teams.add(i)
            if cand.label == "PERSON" or _nickname(doc, cand):
                spread.add(text)
    out = []
    for i, (cand, text) in enumerate(zip(cands, texts, strict=True)):
        if cand.label in TEAM_MISTAKES and (i in teams or _spread_to(doc, cand, text, spread)):
            cand = Cand(cand.start, cand.end, "ORG")
        out.append(cand)
    return out


def _may_be_team(doc: Doc, cand: Cand, text: str, people: set[str]) -> bool:
    """A name that may stand for a team: capitalised words, no country, no word of a person's
    full name in the article, no common given name opening it."""
    words = text.split()
    if not words or not all(w[:1].isupper() for w in words) or any(c.isdigit() for c in text):
        return False
    if text.lower().removeprefix("the ") in countries():
        return False
    if cand.label == "FAC" and words[-1].lower() in VENUE_HEADS:
        return False  # "more State Farm Stadium wins": the ground, not the side
    if cand.label == "PERSON":
        # a person's full name, or a surname after a title, is a player's ("beat Jannik Sinner 6-3"),
        # and a name owning a capitalised one the owner of a side ("defeat Chuck's Global Stars")
        before = doc[cand.start - 1] if cand.start > 0 else None
        owner = cand.end + 1 < len(doc) and doc[cand.end].text in ("'s", "’s") and doc[cand.end + 1].text[:1].isupper()
        return len(words) == 1 and words[0] not in people and not (before is not None and is_title(before)) \
            and not owner
    return True


def _nickname(doc: Doc, cand: Cand) -> bool:
    """A plural proper noun ends the name ("Eagles", "Bears", "Philadelphia Eagles")."""
    last = doc[cand.end - 1]
    if last.tag_:
        return last.tag_ == "NNPS"  # not "Texas", "Dallas", "Illinois" (NNP)
    return last.text.endswith("s") and not last.text.endswith("ss")  # a Doc without tags


def _spread_to(doc: Doc, cand: Cand, text: str, spread: set[str]) -> bool:
    """Another mention of a team found so: the same name taken for a person, or for anything
    where it is a nickname, or a longer name ending in the nickname ("Philadelphia Eagles")."""
    if text in spread:
        return cand.label == "PERSON" or _nickname(doc, cand)
    last = doc[cand.end - 1].text
    return last in spread and _nickname(doc, cand) and cand.end - cand.start > 1


def _side_in_game(doc: Doc, cand: Cand, score_alone: bool = True) -> bool:
    """A result or fixture word beside the mention, in a sentence about a game, or (where
    ``score_alone``) a score or a record right after it."""
    if score_alone and _score_after(doc, cand.end) and not _placed(doc, cand.start):
        return True
    if not (_cue_before(doc, cand.start) or _cue_after(doc, cand.end)):
        return False
    return _game_sentence(doc, cand.start)


def _placed(doc: Doc, start: int) -> bool:
    """A preposition of place before the name: "edged Austria in Salzburg 3-2" names the city."""
    return start > 0 and doc[start - 1].lower_ in PLACE_PREPOSITIONS


def _cue_before(doc: Doc, start: int) -> bool:
    """ "beat X", "lost to the X", "vs. No. 6 X", "win over #3 X"."""
    text = doc_text(doc)[max(0, doc[start].idx - 40) : doc[start].idx]
    found = BEFORE_SIDE.search(text)
    words = text[: found.start() if found else len(text)].split()
    if not words:
        return False
    word = words[-1].lower()
    if word in CUES_BEFORE:
        return True
    return word in PAIRS_BEFORE and len(words) > 1 and words[-2].lower() in PAIRS_BEFORE[word]


def _cue_after(doc: Doc, end: int) -> bool:
    """ "X beat Y", "X lost 20-6", "X lost to Y", "X won, 57-56"; not "Seattle lost a team"."""
    if end + 1 >= len(doc) or doc[end].lower_ not in CUES_AFTER:
        return False
    after = doc[end + 1]
    if after.lower_ == "the" and end + 2 < len(doc):
        after = doc[end + 2]  # "beat the Bears"
    return after.text[:1].isupper() or after.text[:1].isdigit() or after.lower_ in RESULT_LINKS


def _score_after(doc: Doc, end: int) -> bool:
    """A score or a record right after the name: "Gonzaga 82-54", "won, 57-56", "Memphis (26-8)",
    "Houston's 75-65 loss"."""
    last = doc[end - 1]
    start = last.idx + len(last)
    return SCORE_AFTER.match(doc_text(doc), start) is not None


def _game_sentence(doc: Doc, i: int) -> bool:
    """A word of a game or a score in the sentence or line holding token ``i``."""
    tokens = _sentence(doc, i)
    if any(t.lower_ in GAME_WORDS for t in tokens):
        return True
    last = tokens[-1]
    return SCORE_IN.search(doc_text(doc), tokens[0].idx, last.idx + len(last)) is not None


def _sentence(doc: Doc, i: int) -> list[Token]:
    """The tokens of the sentence or line around token ``i``, cut at end punctuation and line
    breaks (hand-made Docs have no sentence boundaries)."""
    lo = i
    while lo > 0 and not _ends(doc[lo - 1]):
        lo -= 1
    hi = i
    while hi + 1 < len(doc) and not _ends(doc[hi]):
        hi += 1
    return list(doc[lo : hi + 1])


def _ends(token: Token) -> bool:
    return token.text in SENTENCE_ENDS or "\n" in token.text or "\n" in token.whitespace_


@cache
def countries() -> frozenset[str]:
    """Countries and territories, lower case: ISO 3166's English names as the IANA time zone
    database (the ``tzdata`` package) lists them, cleaned ("Britain (UK)" -> "britain", "uk";
    "Bosnia & Herzegovina" -> also "bosnia and herzegovina"), with the names of ``lexicon``,
    ``aliases`` and ``HOME_NATIONS``."""
    names = set(COUNTRY_NAMES) | set(ALIASES) | HOME_NATIONS
    table = resources.files("tzdata.zoneinfo").joinpath("iso3166.tab").read_text(encoding="utf-8")
    for line in table.splitlines():
        if line.startswith("#") or "\t" not in line:
            continue
        name = line.split("\t", 1)[1].strip().lower()
        base, _, inner = name.partition(" (")
        names.update([base, base.replace(" & ", " and "), base.replace("st ", "saint ", 1)])
        if inner.endswith(")") and len(inner) <= 4:
            names.add(inner[:-1])  # "britain (uk)" -> "uk"
    return frozenset(names)
