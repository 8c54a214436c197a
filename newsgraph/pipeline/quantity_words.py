"""Closed-class words for quantities: number words, units, currencies and approximators.

Pure tables and functions over plain strings, so the rules in ``quantities.py`` stay short and
these can be tested without a model.
"""

from __future__ import annotations

import re

UNITS: dict[str, str] = {
    # mass
    "kg": "kg", "kgs": "kg", "kilogram": "kg", "kilograms": "kg", "kilogramme": "kg",
    "kilogrammes": "kg", "kilo": "kg", "kilos": "kg",
    "g": "g", "gram": "g", "grams": "g", "gramme": "g", "grammes": "g",
    "mg": "mg", "milligram": "mg", "milligrams": "mg",
    "t": "t", "tonne": "t", "tonnes": "t", "ton": "t", "tons": "t",
    "lb": "lb", "lbs": "lb", "pound": "lb", "pounds": "lb", "ounce": "oz", "ounces": "oz", "oz": "oz",
    # length and area
    "km": "km", "kilometre": "km", "kilometres": "km", "kilometer": "km", "kilometers": "km",
    "m": "m", "metre": "m", "metres": "m", "meter": "m", "meters": "m",
    "cm": "cm", "centimetre": "cm", "centimetres": "cm", "centimeter": "cm", "centimeters": "cm",
    "mm": "mm", "millimetre": "mm", "millimetres": "mm", "millimeter": "mm", "millimeters": "mm",
    "mi": "mi", "mile": "mi", "miles": "mi", "ft": "ft", "foot": "ft", "feet": "ft",
    "inch": "in", "inches": "in", "yard": "yd", "yards": "yd",
    "nautical": "nmi", "acre": "acre", "acres": "acre", "hectare": "ha", "hectares": "ha", "ha": "ha",
    "km2": "km2", "sq": "sq",
    # volume and energy
    "l": "l", "litre": "l", "litres": "l", "liter": "l", "liters": "l",
    "gallon": "gal", "gallons": "gal", "barrel": "barrel", "barrels": "barrel", "bbl": "barrel",
    "mw": "MW", "megawatt": "MW", "megawatts": "MW", "gw": "GW", "gigawatt": "GW", "gigawatts": "GW",
    "kwh": "kWh", "megapixel": "MP", "megapixels": "MP",
    # speed and temperature
    "mph": "mph", "km/h": "km/h", "kph": "km/h", "knot": "kn", "knots": "kn",
    "degree": "deg", "degrees": "deg", "°": "deg", "°c": "degC", "°f": "degF",
    # ratios
    "%": "%", "percent": "%", "pct": "%",
}

# the word after "square" / "cubic" turns a length into an area or a volume
POWERS = {"square": "2", "cubic": "3"}

CURRENCY_SYMBOLS: dict[str, str] = {
    "$": "USD", "us$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₽": "RUB", "₹": "INR",
    "₴": "UAH", "a$": "AUD", "c$": "CAD", "hk$": "HKD", "nz$": "NZD", "r$": "BRL", "chf": "CHF",
}
CURRENCY_WORDS: dict[str, str] = {
    "dollar": "USD", "dollars": "USD", "usd": "USD", "euro": "EUR", "euros": "EUR", "eur": "EUR",
    "sterling": "GBP", "gbp": "GBP", "yen": "JPY", "jpy": "JPY", "ruble": "RUB", "rubles": "RUB",
    "rouble": "RUB", "roubles": "RUB", "rub": "RUB", "yuan": "CNY", "renminbi": "CNY", "cny": "CNY",
    "rupee": "INR", "rupees": "INR", "inr": "INR", "hryvnia": "UAH", "hryvnias": "UAH", "uah": "UAH",
    "franc": "CHF", "francs": "CHF", "peso": "ARS", "pesos": "ARS", "won": "KRW", "lira": "TRY",
    "shekel": "ILS", "shekels": "ILS", "real": "BRL", "reais": "BRL", "rand": "ZAR",
}
# an adjective before "dollars" names another dollar
DOLLAR_COUNTRIES = {"canadian": "CAD", "australian": "AUD", "hong": "HKD", "new": "NZD", "singapore": "SGD"}

ONES = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
    "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}
MULTIPLIERS = {
    "hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
    "trillion": 1_000_000_000_000, "dozen": 12, "mln": 1_000_000, "mn": 1_000_000, "bn": 1_000_000_000,
    "bln": 1_000_000_000, "tn": 1_000_000_000_000, "k": 1_000,
}
# "m" means million only after a currency symbol; elsewhere it is metres
MONEY_MULTIPLIERS = {**MULTIPLIERS, "m": 1_000_000, "b": 1_000_000_000}

# "dozens of", "hundreds of": a vague count; the value is the base, marked approximate
VAGUE_COUNTS = {"dozens": 12, "scores": 20, "hundreds": 100, "thousands": 1_000, "millions": 1_000_000,
                "billions": 1_000_000_000, "tens": 10}

# words before a number: (mod, approx). mod follows TIMEX3's MOD values.
APPROXIMATORS: dict[tuple[str, ...], tuple[str | None, bool]] = {
    ("nearly",): ("APPROX", True), ("almost",): ("APPROX", True), ("about",): ("APPROX", True),
    ("around",): ("APPROX", True), ("roughly",): ("APPROX", True), ("approximately",): ("APPROX", True),
    ("some",): ("APPROX", True), ("circa",): ("APPROX", True), ("ca.",): ("APPROX", True),
    ("estimated",): ("APPROX", True), ("an", "estimated"): ("APPROX", True),
    ("close", "to"): ("APPROX", True), ("approx.",): ("APPROX", True), ("nigh", "on"): ("APPROX", True),
    ("more", "than"): ("MORE_THAN", False), ("over",): ("MORE_THAN", False),
    ("upwards", "of"): ("MORE_THAN", False), ("just", "over"): ("MORE_THAN", True),
    ("well", "over"): ("MORE_THAN", False), ("in", "excess", "of"): ("MORE_THAN", False),
    ("less", "than"): ("LESS_THAN", False), ("fewer", "than"): ("LESS_THAN", False),
    ("under",): ("LESS_THAN", False), ("just", "under"): ("LESS_THAN", True),
    ("at", "least"): ("EQUAL_OR_MORE", False), ("at", "most"): ("EQUAL_OR_LESS", False),
    ("up", "to"): ("EQUAL_OR_LESS", False), ("as", "many", "as"): ("EQUAL_OR_LESS", False),
    ("as", "much", "as"): ("EQUAL_OR_LESS", False), ("no", "more", "than"): ("EQUAL_OR_LESS", False),
}

# nouns that make a number a duration, an age or a clock time: the times layer owns those
TIME_UNITS = {
    "second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks",
    "month", "months", "year", "years", "decade", "decades", "century", "centuries", "millennium",
    "fortnight", "fortnights", "night", "nights", "am", "pm", "a.m.", "p.m.", "o'clock", "yr", "yrs",
    "hrs", "mins", "year-old", "years-old", "times",
}
AGE_CUES = {"aged", "age", "ages"}

_DIGITS = re.compile(r"^(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?$")
_DIGITS_SUFFIX = re.compile(r"^(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?([a-zA-Z%°/]+)$")
_FRACTIONS = {"half": 0.5, "quarter": 0.25}
# "two-thirds", "three quarters": only the plural (or "half") follows a count as a denominator
DENOMINATORS = {"halves": 2, "thirds": 3, "quarters": 4, "fifths": 5, "sixths": 6, "eighths": 8, "tenths": 10,
                "third": 3, "quarter": 4, "fifth": 5}


def digits_value(text: str) -> float | int | None:
    """The value of "1,200", "3.5" or "400"; None for anything else ("10:30", "RA-96023")."""
    match = _DIGITS.match(text)
    if not match:
        return None
    whole = int(match.group(1).replace(",", ""))
    return whole + float(match.group(2)) if match.group(2) else whole


def split_suffix(text: str) -> tuple[float | int, str] | None:
    """Split "5km", "3bn", "20%" into (5, "km"); None if ``text`` is not digits plus letters."""
    match = _DIGITS_SUFFIX.match(text)
    if not match:
        return None
    value = digits_value(match.group(1) + (match.group(2) or ""))
    return (value, match.group(3)) if value is not None else None


def word_value(word: str) -> int | None:
    """The value of one number word ("three", "twenty-five"); None if it is not one."""
    lower = word.lower()
    if lower in ONES:
        return ONES[lower]
    if "-" in lower:
        parts = lower.split("-")
        if len(parts) == 2 and parts[0] in ONES and parts[1] in ONES and ONES[parts[1]] < 10:
            return ONES[parts[0]] + ONES[parts[1]]
    return None


def combine(parts: list[tuple[float | int, bool]]) -> float | int:
    """Fold (value, is_multiplier) parts into one value.

    [(2, False), (100, True), (50, False)] -> 250 ("two hundred and fifty"); [(1.2, False),
    (1e9, True)] -> 1.2e9 ("1.2 billion"); [(2, False), (12, True)] -> 24 ("two dozen").
    """
    total: float = 0
    current: float = 0
    for value, is_multiplier in parts:
        if not is_multiplier:
            current += value
        elif value < 1000:
            current = (current or 1) * value
        else:
            total += (current or 1) * value
            current = 0
    return as_number(total + current)


def as_number(value: float) -> float | int:
    """``value`` as an int when it is whole (1200.0 -> 1200), else rounded to 6 places."""
    return int(round(value)) if abs(value - round(value)) < 1e-9 else round(value, 6)


def fraction_value(word: str) -> float | None:
    """"half" -> 0.5, "quarter" -> 0.25 (as in "half a million")."""
    return _FRACTIONS.get(word.lower())
