"""The TIMEX3 grammar: regular patterns that find temporal expressions in raw text.

``find_candidates(text)`` returns ``Candidate``s (span, rule name, match) with overlaps
resolved: the longest span wins, then the earlier rule. Spans follow TimeML: no leading
preposition ("on", "at", "in"), but determiners, modifiers ("more than", "early") and "ago"
belong to the expression. ``timex_values`` turns each candidate into a value.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsgraph.pipeline.timex_games import clock_of_play
from newsgraph.pipeline.timex_namewords import season_in_name, titled_given_name
from newsgraph.pipeline.timex_scan import Triggers, scan
from newsgraph.pipeline.timex_titles import in_quoted_title
from newsgraph.pipeline.timex_words import (
    CENTURY_WORDS,
    HOLIDAYS,
    MODS,
    MONTHS,
    ONES,
    PLACE_ZONES,
    SEASONS,
    TENS,
    VAGUE,
    ZONE_OFFSETS,
    ZONE_WORDS,
    alternation,
)

_ONE_WORDS = "one|two|three|four|five|six|seven|eight|nine"
_NUMWORD = (
    rf"(?:(?:{alternation([w for w in TENS])})(?:[-\s](?:{_ONE_WORDS}))?"
    rf"|{alternation([w for w in ONES if w not in ('a', 'an', 'single')])})"
)
_NUMWORD = rf"(?:{_NUMWORD}(?:\s+(?:hundred|thousand)(?:\s+(?:and\s+)?{_NUMWORD})?)?)"
_DIGITS = r"(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)"
NUM = (
    rf"(?:(?:{_DIGITS}|{_NUMWORD})(?:\s+1/2|\s+and\s+a\s+half)?"
    rf"|{alternation(VAGUE)}|a\s+(?:hundred|thousand)|a|an|a\s+single)"
)
UNIT = r"(?:second|minute|hour|day|week|fortnight|month|quarter|year|decade|centur(?:y|ies)|weekend)s?"
_MONTH_FULL = "January|February|March|April|May|June|July|August|September|October|November|December"
_MONTH_ABBR = r"Jan\.?|Feb\.?|Mar\.|Apr\.?|Jun\.|Jul\.|Aug\.?|Sept\.?|Sep\.|Oct\.?|Nov\.?|Dec\.?"
MONTH = rf"(?-i:{_MONTH_FULL}|{_MONTH_ABBR})"
WEEKDAY = (
    r"(?-i:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|"
    r"(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat)\.)"
)
DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?!\d)"
YEAR = r"(?:1[7-9]\d\d|20\d\d)(?![\d%])"
SEASON = alternation(SEASONS)
PART_OF_DAY = r"(?:morning|afternoon|evening|night)"
MOD = alternation(MODS)
POINT_MOD = r"(?:early-?|late-?|mid-|mid\s|the\s+(?:end|beginning|start|middle|close)\s+of)"
_ZONE_ABBR = alternation([z for z in ZONE_OFFSETS if z != "Z"] + ["ET", "CT", "MT", "PT"])
_ZONE_PLACE = alternation(list(PLACE_ZONES) + [w.title() for w in ZONE_WORDS])
ZONE = (
    rf"(?:(?-i:{_ZONE_ABBR})(?![\w])|(?-i:{_ZONE_PLACE})\s+(?:(?:standard|daylight|summer)\s+)?"
    r"(?i:time)|local(?:\s+time)?"
    r"|(?-i:Eastern|Central|Mountain|Pacific)(?![\w-]|\s+[A-Z]))"  # "9 p.m. Eastern", not "Central Park"
)
CLOCK = (
    r"(?:(?P<h>[012]?\d)(?:[:.](?P<m>[0-5]\d))?\s*(?P<ampm>[ap]\.\s?m\.?|[ap]m\b)"
    r"|(?P<h2>[012]?\d):(?P<m2>[0-5]\d)(?![\d:])|(?P<o>[a-z]+|\d{1,2})\s+o'clock"
    r"|(?P<ih>1[0-2]|0?[1-9]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
    r"\s+in\s+the\s+(?P<half>morning|afternoon|evening)"
    r"|(?P<h4>[01]\d|2[0-3])(?P<m4>[0-5]\d)(?=\s*(?-i:GMT|UTC)\b)"  # wire-service "0200 GMT"
    r"|(?<=[/(])(?P<h5>1[0-2]|0?[1-9])(?::(?P<m5>[0-5]\d))?(?=\s*(?-i:[ECMP][SD]?T)\b)"  # "8 p.m. ET/5 PT"
    r"|(?P<named>noon|midnight|midday))"
)
_HOLIDAY_NAMES = alternation([" ".join(w.capitalize() for w in h.split()) for h in HOLIDAYS])
_REL = (
    r"(?:last|next|this|this\s+past|this\s+coming|coming|past|previous|following|current|"
    r"the\s+(?:following|previous|next|past|last|coming|current|same|preceding|latest|prior|full)|that|the\s+same|the)"
)
_MONTH_REL = (
    r"(?:last|next|this|this\s+past|this\s+coming|coming|past|previous|that|"
    r"the\s+(?:following|previous|next|past|coming|same))"
)
_DEICTIC = (
    r"today|yesterday|tomorrow|tonight|now|currently|recently|nowadays|"
    r"lately|these\s+days|the\s+(?:near\s+|immediate\s+|distant\s+)?future|"
    r"the\s+(?:near|short|long)\s+term|the\s+present"
)

CENTURY_ORDINAL = rf"(?:(?P<ord>\d{{1,2}})(?:st|nd|rd|th)|(?P<word>{alternation(list(CENTURY_WORDS))}))"
_WEEK_OF = r"(?P<week>[ \t]+[Ww]eek(?![\w-]))?"  # "Thanksgiving week", "Holy Week": the week holding the day
_DASH = r"\s?[-–]\s?"
_NOT_A_NUMBER = r"(?![\d.,]\d|\s*(?:%|percent|per\s+cent|[ap]\.?m\b))"  # not "Jan. 6-8.5", "6-8 percent"

# "nineteen ninety-four", "two thousand and one": years as broadcasts spell them
SPELLED_YEAR = (
    r"nineteen\s+(?:hundred\s+)?(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
    r"(?:[-\s](?:one|two|three|four|five|six|seven|eight|nine))?|two\s+thousand(?:\s+and)?"
    r"(?:\s+(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))?"
)

RULES: list[tuple[str, str]] = [
    ("iso", r"(?P<y>\d{4})-(?P<mo>[01]\d)-(?P<d>[0-3]\d)(?:T(?P<hh>\d\d):(?P<mm>\d\d))?"),
    ("numeric", r"(?<![\d/])(?P<mo>1[0-2]|0?[1-9])/(?P<d>3[01]|[12]\d|0?[1-9])/(?P<y>(?:19|20)?\d\d)(?![\d/])"),
    ("calendar", rf"(?P<weekof>the\s+week\s+of\s+)?(?:(?P<wd>{WEEKDAY}),?\s+)?"
                 rf"(?:(?P<rel>last|next|this\s+past|this\s+coming)\s+)?"
                 rf"(?:(?P<pmod>{POINT_MOD})\s*)?(?:(?P<mon>{MONTH})\s*(?P<day>{DAY})"
                 # a range of days, one expression: "Nov. 25-29, 2022", "March 30-April 2", "25-29 November"
                 rf"(?:{_DASH}(?:(?P<mon_to>{MONTH})\s*)?(?P<day_to>{DAY}){_NOT_A_NUMBER})?"
                 rf"|(?:(?P<day_from>{DAY}){_DASH})?(?P<day2>{DAY})\s+(?:of\s+)?(?P<mon2>{MONTH}))"
                 rf"(?:,?\s+(?P<y>{YEAR}))?"),
    ("weekday_dom", rf"(?P<wd>{WEEKDAY}),?\s+the\s+(?P<day>{DAY})(?!\s*(?:of\s+)?{MONTH})"),
    ("month_year", rf"(?:(?P<pmod>{POINT_MOD})\s*)?(?:(?P<rel>{_MONTH_REL})\s+)?(?P<mon>{MONTH})"
                   rf"(?:,?\s+(?:of\s+)?(?P<y>{YEAR})|\s+(?P<ry>(?:this|last|next)\s+year)"
                   rf"|,?\s+(?:of\s+)?(?P<sy>{SPELLED_YEAR}))?"),
    ("year", rf"(?:(?P<pmod>{POINT_MOD})\s*)?"
             r"(?:(?P<fiscal>(?:the\s+)?(?:fiscal|calendar|model)\s+(?:year\s+)?|the\s+year\s+)\s*)?"
             rf"(?<![$\d.,#])(?<!\d-)(?P<y>{YEAR})(?!\s*-\s*\d)(?!\s*to\s*(?!(?:1[7-9]|20)\d\d\b)\d)(?!,\d)"),
    # "1989-2005", "2025–2027": one DATE, valued by its first year (``timex_ranges``); not "800-829-1954"
    ("year_range", rf"(?<![$\d.,#-])(?P<y>{YEAR}){_DASH}(?P<y2>{YEAR})(?![-–]\d)"),
    ("spelled_year", rf"(?:the\s+year\s+)?(?P<words>{SPELLED_YEAR})"),
    ("decade", rf"(?:(?P<pmod>{POINT_MOD})\s*)?(?:(?P<pmod2>early|late|mid)[-\s]?)?"
               r"(?:(?P<c>1[5-9]|20)(?P<d>\d)0|')(?:(?<=')(?P<d2>\d)0)?'?s\b"),
    ("spelled_decade", r"the\s+(?:(?P<pmod>early|late|mid)[-\s]?)?(?P<words>twenties|thirties|forties|fifties|sixties|"
                       r"seventies|eighties|nineties)"),
    # "the 20th century", "the fifth century", "18th-century Britain"; "the turn of the century" (``timex_centuries``)
    ("century", rf"(?:the\s+(?![\w-]+-century))?(?:(?P<pmod>early|late|mid)[-\s]?)?{CENTURY_ORDINAL}[\s-]century"
                r"(?![\w-])"),
    ("turn_century", rf"(?:the\s+(?=turn\s))?turn(?P<sep>\s+|-)of(?P=sep)the(?P=sep)(?:{CENTURY_ORDINAL}(?P=sep))?"
                     r"(?P<unit>century|millennium)(?![\w-])"),
    ("quarter", rf"(?:(?P<pmod>{POINT_MOD})\s*)?(?P<det>the\s+|that\s+|this\s+|(?:this|last|next)\s+year'?s\s+)?"
                r"(?P<qual>(?:(?:year-earlier|year-ago|year\s+earlier|year\s+ago|comparable|corresponding|same|latest|"
                r"current|recent|previous|prior|fiscal|calendar|(?:19|20)\d\d)[\s-]+)*)"
                r"(?:(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th|final|last|latest|current)[\s-]*)?"
                r"(?P<q>quarter|half|period)(?![\w-])"
                rf"(?:\s+(?:(?:of|in|for)\s+(?:fiscal\s+)?)?(?P<y>{YEAR}|this\s+year|last\s+year|next\s+year"
                r"|(?<=of\s)the\s+(?:current\s+|fiscal\s+)?year"
                r"|(?<=of\s)the\s+(?P<dec>(?:1[5-9]|20)?'?\d0)'?s))?"
                r"(?P<yago>\s+a\s+year\s+(?:ago|earlier|before))?"),
    ("year_ago_adj", r"(?P<word>year-earlier|year-ago|year-before)(?=\s+[a-z])"),
    ("q_code", rf"(?P<q>Q[1-4]|[1-4]Q|H[12])(?:\s+(?P<y>{YEAR}))?(?!\w)"),
    ("duration", rf"(?:(?P<mod>{MOD})\s+)?(?P<det>the\s+)?"
                 r"(?:(?P<rel>past|last|next|first|coming|previous|following|final|latest|remaining|same|other|"
                 r"additional|further|initial|ensuing|succeeding|preceding)\s+)?"
                 rf"(?P<num>{NUM})(?:\s+(?:to|or)\s+(?P<num2>{NUM})|(?<=\d)[-–](?P<num3>\d+(?=\s)))?"
                 r"(?:\s+(?:more|additional|straight|consecutive|full|trading|business|calendar|fiscal|long))?"
                 rf"(?:\s+|-)(?P<unit>{UNIT})(?![\w-])(?P<half>\s+and\s+a\s+half)?(?P<orso>\s+or\s+so)?"
                 r"(?:\s+(?P<ago>ago|earlier|later|from\s+now|hence|back))?"),
    ("vague_units", r"(?:(?P<det>recent|coming|past|next|last|previous|few|many|several|"
                    r"the\s+(?:past|coming|next|last|previous|ensuing)(?:\s+(?:few|several|many))?|the)\s+)?"
                    r"(?P<unit>years|months|weeks|days|decades|hours|centuries|minutes)"
                    r"(?:\s+(?P<ago>ago|earlier|later|ahead))?(?![\w-])"),
    ("rel_unit", rf"(?:(?P<pmod>{POINT_MOD}|earlier|later)\s+)?(?P<rel>{_REL})\s+(?P<unit>week|month|year|weekend|"
                 rf"fiscal\s+year|day|century|decade|(?P<season>{SEASON}))(?![\w-])"),
    ("year_end", r"(?P<pmod>year-end|year's\s+end|year\s+end|end-of-year|end\s+of\s+the\s+year)"),
    ("season", rf"(?:(?P<pmod>{POINT_MOD})\s*)?(?P<the>the\s+)?(?P<season>{SEASON})"
               rf"(?:\s+(?:of\s+)?(?:(?P<y>{YEAR})|(?P<sy>{SPELLED_YEAR})))?(?![\w-])"),
    ("deictic", rf"(?:(?P<pmod>early|late|later|earlier)\s+)?(?P<word>{_DEICTIC})(?![\w-])"),
    ("daypart", rf"(?:(?P<pmod>early|late|mid-|mid(?!night))\s*)?"
                rf"(?P<what>{WEEKDAY}|today|yesterday|tomorrow|this|last|that|the|"
                rf"the\s+next|the\s+following|the\s+previous|every|each)\s+(?P<part>{PART_OF_DAY})"
                rf"(?:\s+of\s+(?P<mon>{MONTH})\s+(?P<day>{DAY}))?"),
    # "by afternoon", "in mid-morning", "late evening": a part of the day no other word names; it needs
    # a preposition or an "early/late/mid" before it ("Good evening", "a morning show" are none)
    ("bare_daypart", r"(?:(?:(?<=\bby\s)|(?<=\bin\s)|(?<=\buntil\s)|(?<=\bsince\s)|(?<=\bduring\s)|(?<=\bbefore\s)"
                     r"|(?<=\bafter\s)|(?<=\btoward\s)|(?<=\bthrough\s))(?:(?P<pmod>early|late|mid-|mid\s)\s*)?"
                     r"|(?P<pmod2>(?<![\w-])(?:early|late|mid-|mid\s))\s*)(?P<part>morning|afternoon|evening)(?![\w-])"),
    ("daypart_after", rf"(?:(?P<pmod>early|late|mid-|mid(?!night))\s*)?(?P<part>{PART_OF_DAY}|noon|midnight|midday)"
                      rf"\s+(?P<what>{WEEKDAY}|today|yesterday|tomorrow)"),
    ("last_night", r"(?P<what>tonight|overnight|last\s+night)(?![\w-])"),
    ("weekday", rf"(?:(?P<rel>last|next|this|this\s+past|this\s+coming|coming|past|the\s+previous|the\s+following|"
                rf"the\s+next|that|the\s+same|early|late)\s+)?(?P<wd>{WEEKDAY})(?P<plural>s)?(?![\w-])"),
    ("clock", rf"(?:(?P<mod>about|around|approximately|roughly|shortly\s+(?:before|after)|just\s+(?:before|after))\s+)?"
              rf"{CLOCK}(?:\s*(?P<zbr>\()?(?P<zone>{ZONE})(?(zbr)\)))?(?:,?\s+(?P<date>(?:{WEEKDAY},?\s+)?(?P<mon>{MONTH})\s+"
              rf"(?P<day>{DAY})|{WEEKDAY}|today|yesterday|tomorrow))?"),
    # "a lap in 1:31.447", "2:05:30.5": a race time, its fraction of a second after a point (``timex_laps``)
    ("race_time", r"(?:(?P<h>\d{1,2}):(?=\d\d:))?(?P<m>\d{1,2}):(?P<s>[0-5]\d)\.(?P<f>\d{1,3})(?![\d:])"
                  r"(?:\s*(?:seconds|secs?)\b|s\b)?"),
    ("set", rf"(?:(?P<freq>once|twice|thrice|{_NUMWORD}\s+times|\d+\s+times)\s+)?"
            r"(?P<q>every|each|per|a)\s+(?:other\s+)?"
            rf"(?:(?P<num>{NUM})\s+)?(?P<unit>{UNIT}|{WEEKDAY}|{PART_OF_DAY}|{SEASON})(?![\w-])"
            # "every Monday through Friday morning", "every Sunday morning"
            rf"(?:(?<=[a-z]day)\s+(?:through|to|thru)\s+(?P<wd2>{WEEKDAY}))?(?:(?<=[a-z]day)\s+(?P<part>{PART_OF_DAY})\b)?"),
    # "in the mornings", "on Sunday mornings", "during the summers": each one (``timex_generic``)
    ("plural_part", r"(?:(?:(?<=\bin\s)|(?<=\bon\s)|(?<=\bat\s)|(?<=\bduring\s)|(?<=\bthrough\s))(?:the\s+)?"
                    rf"|(?=(?-i:{WEEKDAY})\s))"
                    rf"(?:(?P<wd>{WEEKDAY})\s+)?(?P<part>mornings|afternoons|evenings|nights|winters|summers|autumns)"
                    r"(?![\w-])"),
    ("month_set", rf"(?P<q>every|each)\s+(?P<mon>{MONTH})(?![\w-])"),  # "runs every June" (``timex_generic``)
    ("set_adverb", r"(?P<word>hourly|daily|nightly|weekly|biweekly|monthly|yearly)(?![\w-])"),
    ("long_adj", r"(?P<unit>hour|day|week|month|year|decade)-long(?![\w-])"),
    ("holiday", rf"(?P<name>(?-i:{_HOLIDAY_NAMES})){_WEEK_OF}(?:\s+(?P<y>{YEAR}))?"),
    ("moving_holiday", rf"(?P<name>(?-i:Thanksgiving(?:\s+Day)?|Election\s+Day|Labor\s+Day|Memorial\s+Day|"
                       rf"Easter(?:\s+(?:Sunday|Monday))?|Good\s+Friday|Palm\s+Sunday|Ash\s+Wednesday|"
                       rf"Black\s+Friday|Cyber\s+Monday|Super\s+Tuesday|(?:Mother|Father)['’]?s\s+Day|"
                       rf"Presidents['’]?\s+Day|Martin\s+Luther\s+King\s+Jr\.\s+Day|MLK\s+Day|Columbus\s+Day|"
                       rf"Indigenous\s+Peoples?['’]?s?\s+Day|Holy(?=\s+Week\b)))"
                       rf"{_WEEK_OF}(?:\s+(?P<y>{YEAR}))?(?![\w-])"),
    # "the first Monday in May", "the second Sunday of March 2024": a day by its place in the month
    ("nth_weekday", rf"(?:the\s+)?(?P<n>first|second|third|fourth|fifth|last|1st|2nd|3rd|4th|5th)\s+"
                    rf"(?P<wd>{WEEKDAY})\s+(?:of|in)\s+(?P<mon>{MONTH})(?:,?\s+(?P<y>{YEAR}))?(?![\w-])"),
    ("generic_past", r"(?P<word>the\s+past)(?!\s+(?:\d|few|several|many|two|three|four|five|six|seven|eight|nine|ten))"
                     r"(?=[\s,.;:)])"),
    ("anaphor", r"(?P<rel>that|the\s+same|the\s+following|the\s+next|the\s+previous|the\s+preceding)\s+"
                r"(?P<unit>time|day|week|month|year|morning|night|evening|afternoon|moment)(?![\w-])"),
    ("day_before", r"the\s+(?P<unit>day|night|week|month|year)\s+(?P<dir>before|after|earlier|later)(?![\w-])"),
]

# Every match must start where ``_word_bounded`` accepts one: not after a letter or digit, nor a
# letter right after a hyphen. Anchoring there lets the regex engine skip mid-word positions fast
# and keeps a mid-word match (rejected anyway) from swallowing a real one that starts inside it.
_WORD_START = r"(?<![^\W_])(?!(?<=-)[^\W\d_])"
_PATTERNS = [(name, re.compile(rf"{_WORD_START}(?:{pattern})", re.IGNORECASE)) for name, pattern in RULES]
_RANK = {name: i for i, (name, _) in enumerate(RULES)}


@dataclass
class Candidate:
    """One expression found in the text: ``[start, end)``, the rule that found it, its match."""

    start: int
    end: int
    rule: str
    match: re.Match[str]

    @property
    def text(self) -> str:
        return self.match.string[self.start:self.end]


def find_candidates(text: str, whole_text: bool = False) -> list[Candidate]:
    """All temporal expressions in ``text``, non-overlapping, in text order. Each rule runs only
    around its trigger words (``timex_scan``); ``whole_text`` runs every rule over the whole text
    instead, the same result at several times the cost (the reference the tests compare with)."""
    found: list[Candidate] = []
    triggers = Triggers(text)
    for name, pattern in _PATTERNS:
        matches = pattern.finditer(text) if whole_text else scan(pattern, triggers, name)
        for match in matches:
            if match.end() > match.start() and _word_bounded(text, match.start(), match.end()):
                found.append(Candidate(_trim_start(match), _trim_end(text, match), name, match))
    found = [c for c in found if _acceptable(text, c)]
    found.sort(key=lambda c: (-(c.end - c.start), _RANK[c.rule], c.start))
    chosen: list[Candidate] = []
    for cand in found:
        if all(cand.end <= c.start or c.end <= cand.start for c in chosen):
            chosen.append(cand)
    chosen += [day for day in map(_next_day, chosen) if day is not None]
    return sorted(chosen, key=lambda c: c.start)


# "April 24 and 25": the second day of the month just named, a date of its own; not "Aug. 3 and
# 4 percent", "May 5 and 6 others"
_NEXT_DAY = re.compile(
    rf"(?:\s*,\s*|\s+)(?:and|or|&)\s+(?P<day>{DAY})"
    r"(?![\d/%-]|\.\d|\s*(?:percent|per\s+cent|people|men|women|children|[a-z]+s)\b)", re.IGNORECASE)


def _next_day(cand: Candidate) -> Candidate | None:
    """The day number conjoined to a month and day ``cand`` ("25" of "April 24 and 25"), or None."""
    if cand.rule != "calendar" or cand.match.group("y") or cand.match.group("weekof"):
        return None
    found = _NEXT_DAY.match(cand.match.string, cand.end)
    if found is None:
        return None
    return Candidate(found.start("day"), found.end("day"), "next_day", found)


def _word_bounded(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    return not (before.isalnum() or before == "-" and text[start].isalpha()) and not after.isalnum()


def _trim_start(match: re.Match[str]) -> int:
    """Where the span starts: TimeML leaves out the determiner of adjectival forms ("the 30-day
    [period]" is tagged "30-day", "its third-quarter [profit]" "third-quarter"), and "over" where
    it is a preposition ("over the past two years")."""
    groups = match.re.groupindex
    if "num" in groups and "mod" in groups:
        preposition = (match.group("mod") or "").lower() == "over"
        if preposition and (match.group("det") or match.group("rel")):
            return match.start("det") if match.group("det") else match.start("rel")
        hyphenated = match.string[match.end("num"):match.start("unit")] == "-"
        if hyphenated and not match.group("mod") and not match.group("ago"):
            return match.start("num")
    if "ord" in groups and "q" in groups and match.group("ord") and match.group("det") and not match.group("qual"):
        if match.string[match.end("ord"):match.start("q")] == "-":
            return match.start("ord")
    return match.start()


# units of an interval that a story counts forward or back ("three days later"): TimeML tags the
# length ("three days", a DURATION) and leaves "later" out as the signal; years are told as points
SPAN_UNITS = ("second", "minute", "hour", "day", "week", "fortnight")


def _trim_end(text: str, match: re.Match[str]) -> int:
    """Leave a sentence-final period out of "p.m." and "Sept." at the end of a sentence, and
    "later" or "earlier" out of "three days later"."""
    end = match.end()
    if "ago" in match.re.groupindex and (match.group("ago") or "").lower() in ("later", "earlier"):
        if match.group("unit").lower().rstrip("s") in SPAN_UNITS:
            return len(text[:match.start("ago")].rstrip())
    if text[end - 1] == "." and text[end - 2:end] != ".." and _sentence_ends(text, end):
        span = text[match.start():end]
        if re.search(r"[ap]\.\s?m\.$", span, re.I):
            return end - 1
    return end


_CLAUSE_VERB = re.compile(r"\s+(?:is|was|has|had|will|would|can|could|may|might|must|runs?|ran|seems?)\b")
_NOT_NAMES = set(MONTHS) | {"fiscal", "calendar", "spring", "summer", "autumn", "fall", "winter", "christmas",
                                 "easter", "mid", "early", "late", "since", "until", "before", "after", "by", "in"}


def _after_a_name(text: str, start: int) -> bool:
    """Whether the capitalised word right before ``start`` is a name, not a month or a sentence's first word."""
    found = re.search(r"([A-Z][\w.&'’-]*)\s+$", text[max(0, start - 30):start])
    if not found or found.group(1).lower().rstrip(".") in _NOT_NAMES or found.group(1).endswith(("'s", "’s")):
        return False  # "Navigation Mixte's 1989 profit": the year of a name's results
    return not _sentence_starts(text, start - len(found.group(0)))


# what an acronym is the modifier of: another acronym, or a noun ("endorsement", "decision")
_ACRONYM_HEAD = re.compile(r"[ \t]+(?:[A-Z]{2,}\b|[a-z]+(?:ment|tion|sion|ship|ance|ence|ers)\b)")


def _capitals_line(text: str, cand: Candidate) -> bool:
    """Whether the line holding ``cand`` is set in capitals, as a headline may be."""
    line_end = text.find("\n", cand.end)
    line = text[text.rfind("\n", 0, cand.start) + 1 : line_end if line_end >= 0 else len(text)]
    return sum(c.isupper() for c in line) >= 0.6 * sum(c.isalpha() for c in line)


def _sentence_starts(text: str, start: int) -> bool:
    before = text[max(0, start - 3):start].strip()
    return not before or before[-1] in ".!?\"“‘'`\n"


def _sentence_ends(text: str, end: int) -> bool:
    rest = text[end:end + 3]
    return not rest or rest[0] == "\n" or bool(re.match(r"\s+[A-Z\"“]", rest))


_AFTER_A_SECOND = re.compile(r"\s+(?!(?:and|or|but|ago|later|earlier|before|after|when|where|while|as|to|of|in|"
                             r"on|at|for|longer|more|or\s+two)\b)[A-Za-z]")


def _ordinal_second(text: str, cand: Candidate) -> bool:
    """Whether "a second" at ``cand`` is the ordinal before a noun ("a second term", "a second Trump
    administration"), not a length ("wait a second", "for a second, he paused")."""
    m = cand.match
    if m.group("unit").lower() != "second" or (m.group("num") or "").lower() not in ("a", "an"):
        return False
    return bool(_AFTER_A_SECOND.match(text, cand.end))


_CAPITAL_PART = re.compile(r"[ \t]+(?:Night|Morning|Afternoon|Evening)\b")


def _show_name(text: str, cand: Candidate) -> bool:
    """Whether a capitalised "Monday Night" at ``cand`` begins a name ("Monday Night Football"): a
    capitalised word follows, in a line that is not a title-case headline ("Storms Hit Monday Night")."""
    end = cand.end
    if cand.rule == "weekday":  # the weekday alone, as found before "Night"
        part = _CAPITAL_PART.match(text, end)
        if part is None or not cand.text[0].isupper():
            return False
        end = part.end()
    elif not (cand.match.group("part")[0].isupper() and cand.match.group("what")[0].isupper()):
        return False
    if not re.match(r"[ \t]+[A-Z][a-z]", text[end:end + 3]):
        return False
    line_start = text.rfind("\n", 0, cand.start) + 1
    line_end = text.find("\n", cand.end)
    words = re.findall(r"[A-Za-z][\w'’]*", text[line_start:line_end if line_end >= 0 else len(text)])
    return len(words) < 3 or sum(w[0].isupper() for w in words) < 0.6 * len(words)


_PARTS_OF_PERIOD = {"half", "halves", "quarter", "quarters", "months", "weeks", "days", "part", "parts", "rest",
                    "remainder", "balance", "start", "end", "beginning", "middle", "turn", "course", "first", "last"}


def _acceptable(text: str, cand: Candidate) -> bool:
    """Reject matches that are numbers or names rather than times."""
    m = cand.match
    word = cand.text
    if cand.rule == "month_year" and not (m.group("y") or m.group("sy") or m.group("rel") or m.group("pmod")):
        mon = m.group("mon")
        if titled_given_name(text, cand.start, cand.end):
            return False  # "U.S. Rep. August Pfluger", "reporter April Ryan": a given name
        if mon in ("May", "March", "Jan.", "Jan", "Mar.", "Sept", "Sep.", "Dec", "Oct", "Nov", "Aug", "Feb", "Apr"):
            before = text[max(0, cand.start - 12):cand.start].lower().split()
            return bool(before) and before[-1] in ("in", "of", "since", "until", "till", "by", "during", "before",
                                                   "after", "through", "from", "to", "early", "late", "mid", "last",
                                                   "next", "this")
    if cand.rule == "year" and not m.group("pmod") and not m.group("fiscal") and _after_a_name(text, cand.start):
        return False  # "Windows 2000", "Euro 2004": part of a name
    if cand.rule == "deictic" and word.isupper() and len(word) > 2 and _ACRONYM_HEAD.match(text, cand.end) and (
            not _capitals_line(text, cand)):
        return False  # "gets NOW endorsement", "NOW PAC": an acronym naming a body; "TODAY is the day" stays
    if cand.rule == "deictic" and word == "Today" and not _sentence_starts(text, cand.start):
        return False  # "Radio 4's Today programme": a name
    if cand.rule == "year":
        after = text[cand.end:cand.end + 12]
        if re.match(r"\s*(?:%|percent|shares|people|points|yen|dollars|miles|feet|tons|acres)", after):
            return False
    if cand.rule == "duration" and _ordinal_second(text, cand):
        return False  # "a second term", "for a second time": the ordinal
    if cand.rule == "duration" and m.group("num").lower() in ("a", "an", "a single") and not (
        m.group("ago") or m.group("det") or m.group("rel") or m.group("mod")
    ):
        # "a year" alone is more often a rate ("$5 a year") than a period; keep "for a year", "as long as
        # a month", "barely a month after"
        before = text[max(0, cand.start - 8):cand.start].lower().split()
        return bool(before) and before[-1] in ("for", "within", "in", "over", "after", "than", "about", "as",
                                               "barely", "only", "just")
    if cand.rule == "duration" and m.group("unit").lower().startswith("quarter"):
        fraction = m.group("num").lower() in ("a", "an", "one", "two", "three", "1", "2", "3")
        if fraction and re.match(r"\s+of\b", text[cand.end:]) or "-quarters" in word.lower():
            return False  # "a quarter of", "three-quarters": fractions; "several quarters of losses" is a time
    if cand.rule == "duration" and m.group("unit")[0].isupper() and not text[cand.start].isupper():
        return False  # "60 Minutes": a name
    if cand.rule == "duration" and re.fullmatch(r"(?:1[7-9]|20)\d\d", m.group("num")) and m.group("unit") == "year":
        return False  # "an option in 2025 year": a year named, not a length of 2,025 years
    if cand.rule == "duration" and re.match(r"[\s-]+olds?\b", text[cand.end:]):
        return False  # ages
    if cand.rule == "duration" and text[max(0, cand.start - 1):cand.start] in (".", ":"):
        # "by .084 seconds", "a lap of 1:11.365 seconds": a number's tail, not 84 or 11.365 seconds
        return False
    if cand.rule in ("season", "rel_unit") and season_in_name(text, m):
        return False  # "the Summer Games", "the next Winter Olympics", "in Fall River", "the Winter Meetings"
    if cand.rule == "season" and m.group("season").lower() == "fall" and not (m.group("y") or m.group("sy")):
        # "blamed for the fall", "the fall in prices", "the fall of the wall": a drop, not autumn
        before = text[max(0, cand.start - 10):cand.start].lower().split()
        after_of = re.match(r"\s+(?:of|in)\b", text[cand.end:cand.end + 5])
        return bool(before) and before[-1] in ("in", "during", "by", "until", "since", "through", "this", "last",
                                               "next", "early", "late", "mid") and not after_of
    if cand.rule == "season" and not (m.group("y") or m.group("sy") or m.group("pmod") or m.group("the")):
        before = text[max(0, cand.start - 8):cand.start].lower().split()
        return bool(before) and before[-1] in ("in", "this", "last", "next", "during", "by", "until", "since")
    if cand.rule == "vague_units" and not m.group("det") and not m.group("ago"):
        before = text[max(0, cand.start - 8):cand.start].lower().split()
        return bool(before) and before[-1] in ("for", "in", "within", "over")
    if cand.rule == "quarter" and not (m.group("pmod") or m.group("det") or m.group("qual") or m.group("ord")):
        return False  # a bare "half", "quarter" or "period" is a fraction or a noun, not a time
    if cand.rule == "set" and m.group("q").lower() == "a" and not m.group("freq"):
        return False
    if cand.rule == "set" and m.group("q").lower() == "per" and m.group("unit").lower() in ("second", "minute", "hour"):
        return False  # "instructions per second", "miles per hour": rates, not recurring times
    if cand.rule == "clock" and re.search(r"\bhigh\s+$", text[max(0, cand.start - 6):cand.start], re.I):
        return False  # "high noon": the idiom, or the film
    if cand.rule == "clock" and re.search(r"\d:$", text[max(0, cand.start - 2):cand.start]):
        return False  # "ran 2:01:09": a race time in hours, minutes and seconds, not a time of day
    if cand.rule == "clock" and m.group("h2") and not m.group("zone") and clock_of_play(text, cand.start, cand.end):
        return False  # "with 2:18 left", "the final 2:50", "finished in 1:43.97": a clock of play
    if cand.rule == "daypart" and m.group("what") == "This" and m.group("part")[0].isupper() and not (
            m.group("pmod") or _sentence_starts(text, cand.start)):
        return False  # "the former host of This Morning": a show
    if cand.rule in ("daypart", "weekday") and _show_name(text, cand):
        return False  # "Monday Night Football", "Saturday Night Live": a show
    if in_quoted_title(text, cand.start, cand.end):
        return False  # "The Next 365 Days", "Both Sides Now": the title of a work
    if cand.rule == "rel_unit" and m.group("unit")[0].isupper() and re.search(r"(?:[\"“`']|['’]s)\s*$", text[
            max(0, cand.start - 4):cand.start]):
        return False  # ABC's "This Week": a title
    if cand.rule == "rel_unit" and m.group("rel").lower() == "the" and not m.group("pmod"):
        # "for the year", "the fiscal year ended June 30": TimeML tags them
        unit = m.group("unit")
        if "year" in unit.lower() and re.search(r"\bof\s+$", text[max(0, cand.start - 4):cand.start]):
            # "the first half of the year" is a time; "album of the year", "time of the year" are not
            before = text[max(0, cand.start - 30):cand.start].lower().split()
            return len(before) >= 2 and before[-2].strip(",") in _PARTS_OF_PERIOD
        return unit.islower() and re.sub(r"\s+", " ", unit) in ("weekend", "year", "fiscal year")
    if cand.rule == "daypart" and m.group("what").lower() in ("the", "every", "each") and not m.group("day"):
        return m.group("what").lower() != "the" or m.group("part").lower() != "night"
    if cand.rule in ("moving_holiday", "holiday") and re.search(r"[A-Z][\w'’]*\s+$", text[max(0, cand.start - 20):
                                                                                    cand.start]):
        return _sentence_starts(text, text.rfind(" ", 0, cand.start - 1) + 1)  # "Holocaust Memorial Day": another
    if cand.rule == "deictic" and word.lower().endswith("the present") and re.match(
            r"\s+(?:[A-Z]|(?!and\b|or\b|but\b|when\b|as\b|is\b|was\b|day\b)[a-z])", text[cand.end:cand.end + 6]):
        return False  # "the present Tory spokesman": the adjective
    if cand.rule in ("anaphor", "rel_unit") and word.lower().startswith("that ") and _CLAUSE_VERB.match(text, cand.end):
        return False  # "aware that time is running out": "that" opens a clause
    if cand.rule == "set_adverb" and word[0].isupper() and not _sentence_starts(text, cand.start):
        return False  # "the LA Daily News", "Entertainment Weekly": names
    if cand.rule == "decade" and word.startswith("'") is False and word[0] == "'":
        return False
    return True
