"""Where each TIMEX3 grammar rule can match: windows around its trigger words, so that the costly
patterns of ``timex_grammar`` run over a small part of the text instead of all of it.

Every match of a rule holds one of the rule's triggers (a clock time holds "a.m." or a colon, a
duration holds a unit word) and reaches at most ``before`` characters before the trigger and
``after`` characters past it (lookaheads included). A text whose triggers for a rule are all
absent is not scanned by that rule at all; otherwise the rule's pattern runs over the windows
``[trigger - before, trigger + after]``, merged where they overlap. Since each match lies inside
one window and windows are disjoint, the matches found are those of a scan of the whole text.

Triggers are searched in the lower-cased text (one cheap scan per trigger pattern, shared by the
rules that use it), except month and weekday names, which every rule spells with a capital.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

_UNITS = r"second|minute|hour|day|week|fortnight|month|quarter|year|decade|weekend"
_UNIT_WORD = rf"(?:{_UNITS})s?|centur(?:y|ies)s?"  # the grammar's UNIT, a whole word
_PARTS = r"morning|afternoon|evening|night"
_SEASONS = r"spring|summer|fall|autumn|winter"
_WEEKDAYS = r"(?:mon|tues|wednes|thurs|fri|satur|sun)days?|mon|tues?|wed|thu|thurs?|fri|sat"

# Triggers made of letters, searched inside each run of letters of the text (lower-cased, but
# month, weekday and holiday names as written: every rule spells them with a capital). A run that
# holds a trigger stands for it: the run reaches no nearer the text's ends than the trigger does.
# "^" and "$" mark a trigger that the grammar puts at a run's start or end (a space or hyphen
# before it, a lookahead for no word character after it): "Monday" holds no duration's "day".
WORD_TRIGGERS: dict[str, str] = {
    "month": r"Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec",
    "weekday": r"Mon|Tue|Wed|Thu|Fri|Sat|Sun",
    "spelled_year": r"^nineteen$|^thousand",
    "decade_words": r"ties",
    "century": r"^(?:century|millennium)",
    "quarter": r"(?:quarter|half|period)$",
    "unit": rf"^(?:{_UNIT_WORD})$",
    "unit_plural": r"^(?:years|months|weeks|days|decades|hours|centuries|minutes)$",
    "rel_unit": rf"^(?:week|month|year|weekend|day|century|decade|{_SEASONS})$",
    "year": r"^year$",
    "season": rf"(?:{_SEASONS})$",
    "deictic": r"^(?:today|yesterday|tomorrow|tonight|now|currently|recently|nowadays|lately|these|future|term|"
               r"present)$",
    "part": rf"^(?:{_PARTS})",
    "part_or_noon": rf"(?:{_PARTS}|noon|midday)$",
    "night": r"^(?:tonight|overnight|night)$",
    "clock": r"^(?:clock|morning|afternoon|evening|noon|midnight|midday)|^(?:gmt|utc)$",
    "set": rf"^(?:{_UNIT_WORD}|{_WEEKDAYS}|{_PARTS}|{_SEASONS})$",
    "plural_part": r"^(?:mornings|afternoons|evenings|nights|winters|summers|autumns)$",
    "set_adverb": r"^(?:hourly|daily|nightly|weekly|biweekly|monthly|yearly)$",
    "long": r"^long$",
    "holiday": r"Christmas|^New$|Independence|Halloween|Valentine|Boxing|Veterans|Juneteenth",
    "moving_holiday": r"Thanksgiving|Election|Labor|Memorial|Easter|^(?:Good|Palm|Ash|Black|Cyber|Super|Mother|Father|"
                      r"Presidents|Martin|MLK|Columbus|Indigenous|Holy$)",
    "past": r"^past$",
    "anaphor": rf"^(?:time|day|week|month|year|{_PARTS}|moment)$",
    "before_after": r"^(?:before|after|earlier|later)$",
}
_CASED = {"month", "weekday", "holiday", "moving_holiday"}

# Triggers that hold digits or marks, searched in the text itself
MARK_TRIGGERS: dict[str, str] = {
    "iso": r"\d{4}-[01]\d-[0-3]\d",
    "slash_date": r"\d/\d",
    "year_digits": r"(?:1[7-9]|20)\d\d",
    "decade": r"[0']'?[sS]",
    # one class first, so that the regex engine skips fast to the places worth trying
    "q_code": r"[1-4hHqQ](?:(?<=[qQ])[1-4]|(?<=[hH])[12]|(?<=[1-4])[qQ])",
    "clock": r"\d\s*[apAP]\.?\s?[mM]|\d:\d",
}


@dataclass(frozen=True)
class Reach:
    """A rule's trigger and how far its matches reach around one: ``before`` characters from the
    match's start to the trigger's, ``after`` from the trigger's end past the match's end."""

    trigger: str
    before: int
    after: int


# The reaches are generous: the longest optional words before and after the trigger (modifiers,
# spelled numbers, years, zones), a lookahead's reach, and room for a few extra spaces.
REACH: dict[str, Reach] = {
    "iso": Reach("iso", 0, 40),
    "numeric": Reach("slash_date", 10, 20),
    "calendar": Reach("month", 120, 120),
    "weekday_dom": Reach("weekday", 0, 80),
    "month_year": Reach("month", 80, 100),
    "year": Reach("year_digits", 100, 60),
    "year_range": Reach("year_digits", 20, 40),
    "spelled_year": Reach("spelled_year", 40, 80),
    "decade": Reach("decade", 60, 20),
    "spelled_decade": Reach("decade_words", 60, 20),
    "century": Reach("century", 40, 20),
    "turn_century": Reach("century", 50, 20),
    "quarter": Reach("quarter", 200, 100),
    "year_ago_adj": Reach("year", 10, 40),
    "q_code": Reach("q_code", 10, 20),
    "duration": Reach("unit", 200, 60),
    "vague_units": Reach("unit_plural", 60, 40),
    "rel_unit": Reach("rel_unit", 80, 40),
    "year_end": Reach("year", 30, 30),
    "season": Reach("season", 60, 100),
    "deictic": Reach("deictic", 60, 30),
    "daypart": Reach("part", 60, 60),
    "bare_daypart": Reach("part", 30, 20),
    "daypart_after": Reach("part_or_noon", 30, 40),
    "last_night": Reach("night", 20, 20),
    "weekday": Reach("weekday", 40, 30),
    "nth_weekday": Reach("weekday", 20, 40),
    "clock": Reach("clock", 60, 100),
    "race_time": Reach("clock", 10, 30),
    "set": Reach("set", 120, 60),
    "plural_part": Reach("plural_part", 60, 20),
    "month_set": Reach("month", 30, 30),
    "set_adverb": Reach("set_adverb", 10, 20),
    "long_adj": Reach("long", 20, 20),
    "holiday": Reach("holiday", 0, 60),
    "moving_holiday": Reach("moving_holiday", 0, 60),
    "generic_past": Reach("past", 20, 40),
    "anaphor": Reach("anaphor", 40, 20),
    "day_before": Reach("before_after", 30, 20),
}

_WORD_PATTERNS = {key: re.compile(pattern) for key, pattern in WORD_TRIGGERS.items()}
_MARK_PATTERNS = {key: re.compile(pattern) for key, pattern in MARK_TRIGGERS.items()}
_LETTERS = re.compile(r"[A-Za-z]+")
_KEYS_OF_WORD: dict[str, tuple[str, ...]] = {}  # a cache: the word triggers each run of letters holds
_CACHE_SIZE = 200_000


def _keys_of(word: str) -> tuple[str, ...]:
    """The word triggers that the run of letters ``word`` holds."""
    keys = _KEYS_OF_WORD.get(word)
    if keys is None:
        lowered = word.lower()
        keys = tuple(key for key, pattern in _WORD_PATTERNS.items()
                     if pattern.search(word if key in _CASED else lowered))
        if len(_KEYS_OF_WORD) >= _CACHE_SIZE:
            _KEYS_OF_WORD.clear()
        _KEYS_OF_WORD[word] = keys
    return keys


class Triggers:
    """The triggers found in one text: the runs of letters read once, mark triggers on first use."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._words: dict[str, list[tuple[int, int]]] = {}
        for run in _LETTERS.finditer(text):
            for key in _keys_of(run.group()):
                self._words.setdefault(key, []).append(run.span())
        self._found: dict[str, list[tuple[int, int]]] = {}

    def spans(self, key: str) -> list[tuple[int, int]]:
        """Where trigger ``key`` occurs, as (start, end) pairs in text order."""
        found = self._found.get(key)
        if found is None:
            found = self._words.get(key, [])
            if key in _MARK_PATTERNS:
                found = sorted(found + [m.span() for m in _MARK_PATTERNS[key].finditer(self.text)])
            self._found[key] = found
        return found


def windows(triggers: Triggers, rule: str) -> list[tuple[int, int]]:
    """The disjoint ``[start, end)`` windows of the text where ``rule`` can match, in text order:
    the whole text for a rule without a trigger (or a text whose triggers cannot be searched)."""
    size = len(triggers.text)
    reach = REACH.get(rule)
    if reach is None:
        return [(0, size)]
    spans = triggers.spans(reach.trigger)
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        low, high = max(0, start - reach.before), min(size, end + reach.after)
        if merged and low <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], high))
        else:
            merged.append((low, high))
    return merged


def scan(pattern: re.Pattern[str], triggers: Triggers, rule: str) -> Iterator[re.Match[str]]:
    """The matches of ``rule``'s ``pattern`` in the text, in text order, found in its windows only."""
    for start, end in windows(triggers, rule):
        yield from pattern.finditer(triggers.text, start, end)
