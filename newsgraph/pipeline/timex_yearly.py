"""Holidays of the yearly calendar: a list of holidays that names no particular year's.

"Congress has enacted 12 federal holidays, including New Year's Day, Memorial Day, Independence
Day and Christmas", "The store traditionally is closed only on Christmas and Thanksgiving", "the
date Thanksgiving falls on changes each year, unlike Christmas or Valentine's Day": each holiday of
such a list is every year's, and TimeML leaves its year open ("XXXX-12-25"). Read one by one, they
got a year each by the tense or the distance from the publication, so one list held two years.

``calendar_list(text, start, end)`` tells whether the holiday at ``[start, end)`` is one of a list
of two or more holidays joined by commas, "and", "or", in a sentence that speaks of the calendar:
"each year", "annually", "federal holidays", "observed", "traditionally", "the difference between".
A list after "this", "next" or "last" is one year's ("this Christmas Eve, Christmas Day or both").
"""

from __future__ import annotations

import re

from newsgraph.pipeline.timex_words import HOLIDAYS

_FIXED = "|".join(re.escape(" ".join(w.capitalize() for w in name.split())).replace(r"\ ", r"\s+").replace("'", "['’]")
                  for name in sorted(HOLIDAYS, key=len, reverse=True))
_MOVING = (r"Thanksgiving(?:\s+Day)?|Election\s+Day|Labor\s+Day|Memorial\s+Day|Easter(?:\s+(?:Sunday|Monday))?|"
           r"Good\s+Friday|Palm\s+Sunday|Ash\s+Wednesday|Black\s+Friday|Cyber\s+Monday|Super\s+Tuesday|"
           r"(?:Mother|Father)['’]?s\s+Day|Presidents['’]?\s+Day|Martin\s+Luther\s+King\s+Jr\.\s+Day|MLK\s+Day|"
           r"Columbus\s+Day|Indigenous\s+Peoples?['’]?s?\s+Day")
_HOLIDAY = re.compile(rf"(?<![\w-])(?:{_FIXED}|{_MOVING})(?![\w-])")
# what may stand between two holidays of a list: "Memorial Day weekend and Labor Day",
# "Christmas, and most recently, Juneteenth"
_JOINER = re.compile(r"(?:\s+weekends?)?(?:\s*(?:,|&|\band\b|\bor\b|\bas\s+well\s+as\b|\bmost\s+recently\b))+\s*")
# words of a sentence that speaks of the yearly calendar, not of one year's days
_CALENDAR_CUE = re.compile(
    r"\b(?:each|every)\s+year\b|\bannual(?:ly)?\b|\byearly\b|\bholidays\b|\bobserv(?:ed|es|ance)\b|"
    r"\b(?:traditionally|usually|typically|generally|normally|always|often)\b|\bdifference\s+between\b", re.I)
_ONE_YEAR = re.compile(r"\b(?:this|next|last|past|coming|upcoming|year['’]s)\s+$", re.I)
# a sentence ends at a stop after a lower-case word or a number ("Mo." does not end one), not after a
# month's abbreviation ("Monday, Jan. 20, is MLK Day"); after "Jr." unless a holiday's "Day" follows
_SENTENCE_END = re.compile(r"(?:(?<=[a-z]{2}[.?!])|(?<=\d[.?!])|(?<=\bJr\.)(?!\s+Day\b))[\"”’]?\s|\n")
_MONTH_STOP = re.compile(r"\b(?:Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec)\.$")
# a single holiday is every year's in a sentence that says so ("Memorial Day takes place annually on the
# last Monday in May", "Every year, the president pardons a turkey before Thanksgiving") and names no
# particular year, week or day ("For 2025, ...", "Juneteenth is this week", "Monday, Jan. 20, is MLK Day")
# nor tells of a coming one
_EVERY_YEAR = re.compile(r"\b(?:each|every)\s+year\b|\bannually\b|\balways\s+falls\b", re.I)
_PRICE = re.compile(r"[$€£]\s?[\d,.]+\s+(?:annually|each\s+year|every\s+year)", re.I)  # "$99 annually": a price
_PARTICULAR = re.compile(
    r"\b(?:1[6-9]|20)\d\d\b|\b(?:this|next|last)\s+(?:week|year|month|weekend)\b|\b(?:today|tomorrow|yesterday|tonight)\b"
    r"|\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
    r"|\bwill\b(?!\s+always)", re.I)  # "As they do every year, the Lions will play on Thanksgiving": this one


def calendar_list(text: str, start: int, end: int) -> bool:
    """Whether the holiday at chars ``[start, end)`` of ``text`` is one of a list of holidays that a
    sentence about the yearly calendar names (see the module's docstring)."""
    sent_start, sent_end = _sentence_around(text, start, end)
    sentence = text[sent_start:sent_end]
    if not _CALENDAR_CUE.search(sentence):
        return False
    chain = _list_holding(sentence, start - sent_start)
    if chain is None or len(chain) < 2:
        return bool(_EVERY_YEAR.search(_PRICE.sub("", sentence))) and not _PARTICULAR.search(sentence)
    return not _ONE_YEAR.search(sentence[:chain[0].start()])


def _sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The bounds of the sentence holding chars ``[start, end)``, found by its stops and line breaks."""
    sent_start = 0
    for match in _SENTENCE_END.finditer(text, max(0, start - 600), start):
        if not _MONTH_STOP.search(text, max(0, match.start() - 5), match.start() + 1):
            sent_start = match.end()
    after = next((m for m in _SENTENCE_END.finditer(text, end)
                  if not _MONTH_STOP.search(text, max(0, m.start() - 5), m.start() + 1)), None)
    return sent_start, after.start() if after else len(text)


def _list_holding(sentence: str, offset: int) -> list[re.Match[str]] | None:
    """The run of holidays joined as a list in ``sentence`` that holds the one at ``offset``."""
    run: list[re.Match[str]] = []
    for match in _HOLIDAY.finditer(sentence):
        if run and not _JOINER.fullmatch(sentence, run[-1].end(), match.start()):
            if _holds(run, offset):
                return run
            run = []
        run.append(match)
    return run if _holds(run, offset) else None


def _holds(run: list[re.Match[str]], offset: int) -> bool:
    return any(m.start() <= offset < m.end() for m in run)
