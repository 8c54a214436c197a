"""Whether a "second half" or "fourth quarter" is a part of a game rather than of a year.

Sports reports tell of the halves, quarters and periods of a match ("Kane scored early in the
second half"); read as calendar time they would be the second half of the year. A text that
uses a word only reports of play use ("scored", "goalkeeper", "touchdown") and at least three
of the common words of sport ("match", "goal", "season", "team") tells of games: its halves and
quarters without a year of their own are parts of play. On the BBC corpus (2,225 articles) this
reads 108 of the 120 yearless halves and quarters in sport as play and none of the 120 in
business, politics, tech and entertainment.
"""

from __future__ import annotations

import re

# words that only a report of play uses; business words that sport shares ("goal", "match",
# "forward", "overtime", "scores of", "full-time", "defender") are left out
_PLAY = re.compile(
    r"\b(?:scored|scoring|goalless|goalkeeper|striker|midfielder|winger|penalty (?:kick|spot)|free[\s-]kick|"
    r"equali[sz](?:ed|er|ing)|half[\s-]?time|kick[\s-]?off|referee|touchdowns?|quarterback|field goal|innings|"
    r"rebounds|three-pointer|wickets?|stoppage time|injury time|sent off|red card|yellow card|fouled|"
    r"(?:\d+|one|two|three|four)-(?:\d+|nil) (?:win|victory|draw|lead|defeat|loss))\b",
    re.IGNORECASE,
)
# common words of sport, which other news uses too: only several of them together count
_SPORT = re.compile(
    r"\b(?:goals?|tries|penalty|penalties|match|games?|coach|manager|squad|season|league|cup|championship|"
    r"team|teammates?|opponents?|fans|stadium|pitch|ball|shots?|tackle|minutes?|points?|lead|win|won|victory|"
    r"defeat|draw|drew|beat)\b",
    re.IGNORECASE,
)


def tells_of_play(text: str) -> bool:
    """Whether ``text`` reports play (see the module docstring)."""
    if not _PLAY.search(text):
        return False
    return len({found.group().lower() for found in _SPORT.finditer(text)}) >= 3


# What follows a bare "2:18" that counts time of play or a length, not a time of day: the time left
# or shown ("with 2:18 left", "the 3:10 mark", "14:04 on the clock", "took 5:07 off the clock"),
# its part of the game ("with 7:23 in the third quarter", "at 4:47 of the third", "6:26 until
# halftime"), time spent ("2:36 of total mat time", "4:23 drive time", "went 3:20 without a field
# goal"), a race time's hundredths ("1:43.97") or a countdown ("the 2:24 countdown")
_ORDINAL = r"(?:first|second|third|fourth|final|opening|1st|2nd|3rd|4th)"
_CLOCK_AFTER = re.compile(
    r"\s+(?:left|remaining|to\s+play|to\s+go|mark|showing|without|countdown)\b|\.\d"
    r"|\s+(?:on|off)\s+the\s+(?:game\s+|shot\s+)?clock\b"
    rf"|\s+(?:in|of|into)\s+(?:the\s+)?(?:{_ORDINAL}(?:\s+(?:quarter|half|period|frame|inning|round)\b|(?=[.,;)])"
    r"|\s+(?=to\b|and\b|when\b|after\b|as\b|with\b))|regulation\b|overtime\b|OT\b|[1-4]Q\b)"
    r"|\s+(?:until|before)\s+(?:half(?:time)?|the\s+half|the\s+break|intermission)\b"
    r"|\s+of\s+(?:\w+\s+){0,2}time\b|\s+(?:drive|game|race)\s+time\b"
    r"|-[a-z]{1,3}-\d",  # "Case No. 1:21-cv-02182": a docket number (not "10:15-midnight", "10:30-noon")
    re.IGNORECASE,
)
# What comes before one: a part of play ("the final 2:50"), a length taken ("the drive took 7:45",
# "ate 3:56 off", "takes up 3:47"), a race or possession time ("a time of 2:09", "time of
# possession of 21:54", "pinned him in 1:12", "ran a 4:05 mile"), a scoring summary's clock
# ("field goal (14:03)") or a countdown clock's reading ("a countdown clock appeared that read 2:13")
_CLOCK_BEFORE = re.compile(
    r"(?:\b(?:final|last|first)"
    r"|\b(?:took|takes?|taking|ate|eats?|eating|burned|lasted|lasting)(?:\s+(?:up|off|only|just|about|nearly))?"
    r"|\b(?:a|winning|finishing|record)\s+time\s+of|\btime\s+of\s+possession\s+of"  # not "start time of 4:05"
    r"|\bin(?:\s+(?:just|only|about|under|over))?"
    r"|\b(?:ran|run|runs|running|clocked|posted|swam)\s+(?:a|an)"
    r"|\bcountdown\b[^.\n]{0,40}"
    r"|\bplays?,?(?:\s+and)?"  # a drive's plays and length: "went 75 yards in just six plays and 3:12"
    r"|\b(?:had|have|has|held)\s+(?:had\s+)?(?:the\s+ball|it|possession)\s+for"  # "had the ball for 21:54"
    r"|\bcompared\s+(?:to|with)(?:\s+(?:just|only))?|\b(?:down|up)\s+from"  # lengths compared: "down from 3:11"
    r"|\bweek)\s+$"  # "NFL WEEK 12:32 things we learned": a week's number run into a count
    r"|\b(?:touchdown|TD|field\s+goal|FG|safety)\s+\($",
    re.IGNORECASE,
)
# the books of the Bible, whose chapter and verse look like a clock ("John 3:16", "Mark 15:33")
_BIBLE_BOOK = re.compile(
    r"\b(?:Genesis|Exodus|Leviticus|Deuteronomy|Joshua|Judges|Ruth|Samuel|Kings|Chronicles|Ezra|Nehemiah|"
    r"Esther|Job|Psalms?|Proverbs|Ecclesiastes|Isaiah|Jeremiah|Lamentations|Ezekiel|Daniel|Hosea|Joel|Amos|"
    r"Obadiah|Jonah|Micah|Nahum|Habakkuk|Zephaniah|Haggai|Zechariah|Malachi|Matthew|Mark|Luke|John|Acts|"
    r"Romans|Corinthians|Galatians|Ephesians|Philippians|Colossians|Thessalonians|Timothy|Titus|Philemon|"
    r"Hebrews|James|Peter|Jude|Revelations?)\s+$"
)
# a goal's time in a hockey report is the clock of its period, written as a 24-hour time ("an
# empty-net goal at 14:06"): an hour past 12 in a sentence on goals scored, periods or a power play
# ("Her goal is to arrive by 14:00" is no report of play)
_GOAL_WORDS = re.compile(r"\b(?:scored|(?:first|second|third|overtime)\s+period|power[\s-]play|empty[\s-]net|puck|"
                         r"shorthanded)\b", re.IGNORECASE)
_SENTENCE_BREAK = re.compile(r"[.!?]\s|\n")


# a sentence on time of possession counts the minutes each team held the ball ("They had the ball for
# 21:54 compared to just 8:06", "a 21:54 to 8:06 advantage in time of possession")
_POSSESSION = re.compile(r"\btime\s+of\s+possession\b|\bpossession\s+time\b", re.IGNORECASE)
_POSSESSION_REACH = 120


def clock_of_play(text: str, start: int, end: int) -> bool:
    """Whether a bare "2:18" (no half of the day, no zone) at ``start``-``end`` of ``text`` counts
    time of play, a race time or a length rather than a time of day (see ``_CLOCK_AFTER``,
    ``_CLOCK_BEFORE``)."""
    if _CLOCK_AFTER.match(text, end) or _CLOCK_BEFORE.search(text, max(0, start - 60), start):
        return True
    if _BIBLE_BOOK.search(text, max(0, start - 20), start) or _goal_clock(text, start, end):
        return True
    return bool(_POSSESSION.search(text, max(0, start - _POSSESSION_REACH), end + _POSSESSION_REACH))


def _goal_clock(text: str, start: int, end: int) -> bool:
    """Whether the bare clock at ``start``-``end`` has an hour past 12 and its sentence tells of goals."""
    clock = re.search(r"(\d{1,2}):\d\d", text[start:end])
    if clock is None or not 12 < int(clock.group(1)) < 24:
        return False
    breaks = [m.end() for m in _SENTENCE_BREAK.finditer(text, max(0, start - 300), start)]
    after = _SENTENCE_BREAK.search(text, end)
    sentence = text[breaks[-1] if breaks else max(0, start - 300): after.start() if after else len(text)]
    return _GOAL_WORDS.search(sentence) is not None
