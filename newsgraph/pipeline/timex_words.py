"""Closed word lists for the TIMEX3 tagger: numbers, calendar names, units, modifiers, time zones.

Everything here is data; ``timex_grammar`` builds its patterns from it and ``timex_values``
reads the meanings back.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

UNITS = {  # ISO 8601 designator of each unit; time units are written after "T"
    "second": "S", "minute": "M", "hour": "H", "day": "D", "week": "W", "fortnight": "W",
    "month": "M", "quarter": "Q", "year": "Y", "decade": "Y", "century": "Y", "weekend": "WE",
}
UNIT_SCALE = {"fortnight": 2, "decade": 10, "century": 100}
TIME_UNITS = ("second", "minute", "hour")
UNIT_PLURALS = {"centuries": "century"}

ONES = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "a": 1, "an": 1, "single": 1,
}
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
VAGUE = ("a few", "few", "several", "some", "many", "a couple of", "a couple", "couple of", "a number of")
ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "1st": 1, "2nd": 2,
    "3rd": 3, "4th": 4, "final": 4, "last": 4,
}

# the spelled ordinals of the centuries news names ("the fifth century", "twentieth-century");
# "first" to "third" are left out: "its first century", "a second century" count a thing's own
CENTURY_WORDS = {
    "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11,
    "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17,
    "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "twenty-first": 21, "twenty-second": 22,
}

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
WEEKDAYS = {
    "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6,
    "sunday": 7, "mon": 1, "tue": 2, "tues": 2, "wed": 3, "thu": 4, "thur": 4, "thurs": 4,
    "fri": 5, "sat": 6, "sun": 7,
}
SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
PARTS_OF_DAY = {
    "morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI",
    "midday": "12:00", "noon": "12:00", "midnight": "24:00", "mid-afternoon": "AF",
    "mid afternoon": "AF", "mid-morning": "MO",
}
HOLIDAYS = {  # fixed-date holidays only: (month, day)
    "christmas day": (12, 25), "christmas eve": (12, 24), "christmas": (12, 25),
    "new year's day": (1, 1), "new year's eve": (12, 31), "independence day": (7, 4),
    "halloween": (10, 31), "valentine's day": (2, 14), "boxing day": (12, 26),
    "veterans day": (11, 11), "juneteenth": (6, 19),
}

# Words before a measure that set the TIMEX3 mod; the span includes them.
MODS = {
    "more than": "MORE_THAN", "over": "MORE_THAN", "longer than": "MORE_THAN",
    "less than": "LESS_THAN", "fewer than": "LESS_THAN", "under": "LESS_THAN",
    "nearly": "LESS_THAN", "almost": "LESS_THAN", "just under": "LESS_THAN",
    "about": "APPROX", "around": "APPROX", "approximately": "APPROX", "roughly": "APPROX",
    "some": "APPROX", "close to": "APPROX", "at least": "EQUAL_OR_MORE",
    "no less than": "EQUAL_OR_MORE", "at most": "EQUAL_OR_LESS", "no more than": "EQUAL_OR_LESS",
    "up to": "EQUAL_OR_LESS", "just over": "MORE_THAN",
}
# Words before a point in time that pick part of it.
POINT_MODS = {
    "early": "START", "earlier": "START", "late": "END", "later": "END", "mid": "MID",
    "the end of": "END", "the beginning of": "START", "the start of": "START",
    "the middle of": "MID", "the close of": "END", "the turn of": "START",
}

# Time zone names: fixed offsets for abbreviations that name one, IANA zones for the rest.
ZONE_OFFSETS = {
    "UTC": "+00:00", "GMT": "+00:00", "Z": "+00:00", "EST": "-05:00", "EDT": "-04:00",
    "CST": "-06:00", "CDT": "-05:00", "MST": "-07:00", "MDT": "-06:00", "PST": "-08:00",
    "PDT": "-07:00", "AKST": "-09:00", "AKDT": "-08:00", "HST": "-10:00", "BST": "+01:00",
    "CET": "+01:00", "CEST": "+02:00", "EET": "+02:00", "EEST": "+03:00", "MSK": "+03:00",
    "JST": "+09:00", "KST": "+09:00", "AEST": "+10:00", "AEDT": "+11:00", "IST": "+05:30",
}
ZONE_IANA = {  # what each abbreviation or zone name stands for
    "UTC": "UTC", "GMT": "UTC", "Z": "UTC", "EST": "America/New_York", "EDT": "America/New_York",
    "ET": "America/New_York", "CST": "America/Chicago", "CDT": "America/Chicago",
    "CT": "America/Chicago", "MST": "America/Denver", "MDT": "America/Denver",
    "MT": "America/Denver", "PST": "America/Los_Angeles", "PDT": "America/Los_Angeles",
    "PT": "America/Los_Angeles", "AKST": "America/Anchorage", "AKDT": "America/Anchorage",
    "HST": "Pacific/Honolulu", "BST": "Europe/London", "CET": "Europe/Paris",
    "CEST": "Europe/Paris", "EET": "Europe/Athens", "EEST": "Europe/Athens",
    "MSK": "Europe/Moscow", "JST": "Asia/Tokyo", "KST": "Asia/Seoul", "AEST": "Australia/Sydney",
    "AEDT": "Australia/Sydney", "IST": "Asia/Kolkata",
    "eastern": "America/New_York", "central": "America/Chicago", "mountain": "America/Denver",
    "pacific": "America/Los_Angeles", "alaska": "America/Anchorage", "hawaii": "Pacific/Honolulu",
    "greenwich mean": "UTC", "british summer": "Europe/London", "central european": "Europe/Paris",
    "eastern european": "Europe/Athens",
}
ZONE_WORDS = ("eastern", "central", "mountain", "pacific", "alaska", "hawaii", "greenwich mean",
              "british summer", "central european", "eastern european")

# Places to IANA zones: countries, US states and major cities (a closed list).
PLACE_ZONES = {
    "Russia": "Europe/Moscow", "Moscow": "Europe/Moscow", "St. Petersburg": "Europe/Moscow",
    "Kremlin": "Europe/Moscow", "Ukraine": "Europe/Kyiv", "Kyiv": "Europe/Kyiv", "Kiev": "Europe/Kyiv",
    "Britain": "Europe/London", "United Kingdom": "Europe/London", "UK": "Europe/London",
    "England": "Europe/London", "London": "Europe/London", "Scotland": "Europe/London",
    "Ireland": "Europe/Dublin", "Dublin": "Europe/Dublin", "France": "Europe/Paris",
    "Paris": "Europe/Paris", "Germany": "Europe/Berlin", "Berlin": "Europe/Berlin",
    "Italy": "Europe/Rome", "Rome": "Europe/Rome", "Vatican City": "Europe/Vatican", "Vatican": "Europe/Vatican",
    "Spain": "Europe/Madrid", "Madrid": "Europe/Madrid",
    "Belgium": "Europe/Brussels", "Brussels": "Europe/Brussels", "Netherlands": "Europe/Amsterdam",
    "Amsterdam": "Europe/Amsterdam", "Switzerland": "Europe/Zurich", "Geneva": "Europe/Zurich",
    "Poland": "Europe/Warsaw", "Warsaw": "Europe/Warsaw", "Greece": "Europe/Athens",
    "Athens": "Europe/Athens", "Turkey": "Europe/Istanbul", "Istanbul": "Europe/Istanbul",
    "Ankara": "Europe/Istanbul", "Israel": "Asia/Jerusalem", "Jerusalem": "Asia/Jerusalem",
    "Tel Aviv": "Asia/Jerusalem", "Gaza": "Asia/Gaza", "Iran": "Asia/Tehran", "Tehran": "Asia/Tehran",
    "Iraq": "Asia/Baghdad", "Baghdad": "Asia/Baghdad", "Saudi Arabia": "Asia/Riyadh",
    "Riyadh": "Asia/Riyadh", "Egypt": "Africa/Cairo", "Cairo": "Africa/Cairo",
    "Dubai": "Asia/Dubai", "India": "Asia/Kolkata", "New Delhi": "Asia/Kolkata",
    "Mumbai": "Asia/Kolkata", "Pakistan": "Asia/Karachi", "China": "Asia/Shanghai",
    "Beijing": "Asia/Shanghai", "Shanghai": "Asia/Shanghai", "Hong Kong": "Asia/Hong_Kong",
    "Taiwan": "Asia/Taipei", "Japan": "Asia/Tokyo", "Tokyo": "Asia/Tokyo",
    "South Korea": "Asia/Seoul", "Seoul": "Asia/Seoul", "North Korea": "Asia/Pyongyang",
    "Singapore": "Asia/Singapore", "Indonesia": "Asia/Jakarta", "Jakarta": "Asia/Jakarta",
    "Philippines": "Asia/Manila", "Manila": "Asia/Manila", "Thailand": "Asia/Bangkok",
    "Bangkok": "Asia/Bangkok", "Vietnam": "Asia/Ho_Chi_Minh", "Australia": "Australia/Sydney",
    "Sydney": "Australia/Sydney", "Melbourne": "Australia/Melbourne", "New Zealand": "Pacific/Auckland",
    "South Africa": "Africa/Johannesburg", "Nigeria": "Africa/Lagos", "Kenya": "Africa/Nairobi",
    "Nairobi": "Africa/Nairobi", "Brazil": "America/Sao_Paulo", "Argentina": "America/Argentina/Buenos_Aires",
    "Buenos Aires": "America/Argentina/Buenos_Aires", "Mexico": "America/Mexico_City",
    "Mexico City": "America/Mexico_City", "Canada": "America/Toronto", "Toronto": "America/Toronto",
    "Ottawa": "America/Toronto", "Montreal": "America/Toronto", "Vancouver": "America/Vancouver",
    "Cuba": "America/Havana", "Havana": "America/Havana", "Venezuela": "America/Caracas",
    "Colombia": "America/Bogota", "Chile": "America/Santiago", "Peru": "America/Lima",
    "Washington": "America/New_York", "New York": "America/New_York", "Boston": "America/New_York",
    "Philadelphia": "America/New_York", "Atlanta": "America/New_York", "Miami": "America/New_York",
    "Detroit": "America/Detroit", "Chicago": "America/Chicago", "Houston": "America/Chicago",
    "Dallas": "America/Chicago", "New Orleans": "America/Chicago", "Denver": "America/Denver",
    "Phoenix": "America/Phoenix", "Los Angeles": "America/Los_Angeles",
    "San Francisco": "America/Los_Angeles", "Seattle": "America/Los_Angeles",
    "Las Vegas": "America/Los_Angeles", "Anchorage": "America/Anchorage", "Honolulu": "Pacific/Honolulu",
    "Alaska": "America/Anchorage", "Hawaii": "Pacific/Honolulu", "California": "America/Los_Angeles",
    "Oregon": "America/Los_Angeles", "Nevada": "America/Los_Angeles", "Arizona": "America/Phoenix",
    "Utah": "America/Denver", "Colorado": "America/Denver", "Montana": "America/Denver",
    "Wyoming": "America/Denver", "New Mexico": "America/Denver", "Idaho": "America/Boise",
    "Texas": "America/Chicago", "Illinois": "America/Chicago", "Minnesota": "America/Chicago",
    "Wisconsin": "America/Chicago", "Iowa": "America/Chicago", "Missouri": "America/Chicago",
    "Louisiana": "America/Chicago", "Oklahoma": "America/Chicago", "Kansas": "America/Chicago",
    "Nebraska": "America/Chicago", "Arkansas": "America/Chicago", "Mississippi": "America/Chicago",
    "Alabama": "America/Chicago", "Tennessee": "America/Chicago", "Florida": "America/New_York",
    "Georgia": "America/New_York", "Virginia": "America/New_York", "Maryland": "America/New_York",
    "Pennsylvania": "America/New_York", "New Jersey": "America/New_York", "Ohio": "America/New_York",
    "Michigan": "America/Detroit", "Massachusetts": "America/New_York", "Connecticut": "America/New_York",
    "North Carolina": "America/New_York", "South Carolina": "America/New_York",
    "Kentucky": "America/New_York", "Indiana": "America/Indiana/Indianapolis", "Maine": "America/New_York",
    "New Hampshire": "America/New_York", "Vermont": "America/New_York", "Rhode Island": "America/New_York",
    "Delaware": "America/New_York", "West Virginia": "America/New_York", "North Dakota": "America/Chicago",
    "South Dakota": "America/Chicago", "Puerto Rico": "America/Puerto_Rico",
    "San Diego": "America/Los_Angeles", "San Jose": "America/Los_Angeles", "Sacramento": "America/Los_Angeles",
    "Salt Lake City": "America/Denver", "Albuquerque": "America/Denver", "El Paso": "America/Denver",
    "Boise": "America/Boise", "Tucson": "America/Phoenix",
    "San Antonio": "America/Chicago", "Fort Worth": "America/Chicago", "Oklahoma City": "America/Chicago",
    "Kansas City": "America/Chicago", "St. Louis": "America/Chicago", "Minneapolis": "America/Chicago",
    "Milwaukee": "America/Chicago", "Nashville": "America/Chicago", "Memphis": "America/Chicago",
    "Indianapolis": "America/Indiana/Indianapolis", "Louisville": "America/Kentucky/Louisville",
    "Baltimore": "America/New_York", "Pittsburgh": "America/New_York", "Cleveland": "America/New_York",
    "Orlando": "America/New_York", "Tampa": "America/New_York",
    "Jacksonville": "America/New_York",
    # more countries and capitals that news dates events in (not "Jordan", a given name)
    "Iceland": "Atlantic/Reykjavik", "Reykjavik": "Atlantic/Reykjavik", "Portugal": "Europe/Lisbon",
    "Lisbon": "Europe/Lisbon", "Sweden": "Europe/Stockholm", "Stockholm": "Europe/Stockholm",
    "Norway": "Europe/Oslo", "Oslo": "Europe/Oslo", "Denmark": "Europe/Copenhagen",
    "Copenhagen": "Europe/Copenhagen", "Finland": "Europe/Helsinki", "Helsinki": "Europe/Helsinki",
    "Austria": "Europe/Vienna", "Vienna": "Europe/Vienna", "Hungary": "Europe/Budapest",
    "Budapest": "Europe/Budapest", "Romania": "Europe/Bucharest", "Serbia": "Europe/Belgrade",
    "Lebanon": "Asia/Beirut", "Beirut": "Asia/Beirut", "Syria": "Asia/Damascus", "Damascus": "Asia/Damascus",
    "Qatar": "Asia/Qatar", "Doha": "Asia/Qatar", "Yemen": "Asia/Aden", "Afghanistan": "Asia/Kabul",
    "Kabul": "Asia/Kabul", "Bangladesh": "Asia/Dhaka", "Myanmar": "Asia/Yangon", "Malaysia": "Asia/Kuala_Lumpur",
    "Morocco": "Africa/Casablanca", "Ethiopia": "Africa/Addis_Ababa", "Sudan": "Africa/Khartoum",
    "Haiti": "America/Port-au-Prince", "Jamaica": "America/Jamaica", "Bahamas": "America/Nassau",
    "Bermuda": "Atlantic/Bermuda", "Ecuador": "America/Guayaquil", "Guatemala": "America/Guatemala",
    "Honduras": "America/Tegucigalpa", "Panama": "America/Panama", "Guam": "Pacific/Guam",
    "Saipan": "Pacific/Saipan", "American Samoa": "Pacific/Pago_Pago",
}


# The Associated Press's abbreviations of US states, as datelines write them ("GLENDALE, Ariz. (AP) —"),
# to their zones (the states of five letters or fewer are written out, and are in PLACE_ZONES).
_EAST, _CENTRAL, _MOUNTAIN, _PACIFIC = "America/New_York", "America/Chicago", "America/Denver", "America/Los_Angeles"
STATE_ABBREVIATION_ZONES = {
    "Ala.": _CENTRAL, "Ariz.": "America/Phoenix", "Ark.": _CENTRAL, "Calif.": _PACIFIC, "Calif": _PACIFIC,
    "Colo.": _MOUNTAIN, "Conn.": _EAST, "Del.": _EAST, "Fla.": _EAST, "Ga.": _EAST, "Ill.": _CENTRAL,
    "Ind.": "America/Indiana/Indianapolis", "Kan.": _CENTRAL, "Kans.": _CENTRAL, "Ky.": _EAST, "La.": _CENTRAL,
    "Md.": _EAST, "Mass.": _EAST, "Mich.": "America/Detroit", "Minn.": _CENTRAL, "Miss.": _CENTRAL,
    "Mo.": _CENTRAL, "Mont.": _MOUNTAIN, "Neb.": _CENTRAL, "Nev.": _PACIFIC, "N.H.": _EAST, "N.J.": _EAST,
    "N.M.": _MOUNTAIN, "N.Y.": _EAST, "N.C.": _EAST, "N.D.": _CENTRAL, "Okla.": _CENTRAL, "Ore.": _PACIFIC,
    "Pa.": _EAST, "R.I.": _EAST, "S.C.": _EAST, "SC": _EAST, "S.D.": _CENTRAL, "Tenn.": _CENTRAL,
    "Va.": _EAST, "Vt.": _EAST, "Wash.": _PACIFIC, "W.Va.": _EAST, "Wis.": _CENTRAL, "Wyo.": _MOUNTAIN,
    "D.C.": _EAST, "D.C": _EAST, "DC": _EAST,
}

US_STATES = {
    "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware", "Florida",
    "Georgia", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine",
    "Maryland", "Massachusetts", "Michigan", "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska",
    "Nevada", "New Hampshire", "New Jersey", "New Mexico", "New York", "North Carolina", "North Dakota", "Ohio",
    "Oklahoma", "Oregon", "Pennsylvania", "Rhode Island", "South Carolina", "South Dakota", "Tennessee", "Texas",
    "Utah", "Vermont", "Virginia", "Washington", "West Virginia", "Wisconsin", "Wyoming",
}


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of ``words`` (or a dict's keys), longest first, with spaces matching any whitespace."""
    ordered = sorted(words, key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)


def number_value(text: str) -> float | None:
    """The value of a number written in words or digits ("twenty-four", "18", "2 1/2"); None if vague."""
    words = text.lower().replace("-", " ").replace(",", "").split()
    if "couple" in words:
        return 2.0  # TimeML reads "a couple of years" as P2Y
    if not words or " ".join(words) in VAGUE or words[0] in ("few", "several", "some", "many"):
        return None
    total = 0.0
    for i, word in enumerate(words):
        if word in ("a", "an") and words[i + 1:i + 2] == ["half"]:
            continue  # "two and a half": the half's article, not one more
        if word in ONES:
            total += ONES[word]
        elif word in TENS:
            total += TENS[word]
        elif word == "hundred":
            total = (total or 1) * 100
        elif word == "thousand":
            total = (total or 1) * 1000
        elif word in ("and", "half"):
            total += 0.5 if word == "half" else 0
        elif re.fullmatch(r"\d+/\d+", word):
            num, den = word.split("/")
            total += int(num) / int(den)
        elif re.fullmatch(r"\d+(?:\.\d+)?", word):
            total += float(word)
        else:
            return None
    return total
