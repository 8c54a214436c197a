"""Layer newsgraph_quantities: numbers with their unit and what they count.

"nearly 400 kilograms of cocaine" -> Quantity("nearly 400 kilograms", 400, "kg", approx, of
"cocaine"); "Three Russian government planes" -> Quantity("Three", 3, of "Russian government
planes"); "$1.2 billion" -> 1200000000 USD. Dates, times, durations, ages, years, ordinals and
numbers inside codes ("Il-96", "F-16", "Boeing 737") are left to other layers.

The rules read tokens (shape, parse, and spaCy's entity labels to keep clear of DATE, TIME and
ORDINAL), so they work for numbers spaCy did not tag as CARDINAL/QUANTITY/MONEY/PERCENT too.
"""

from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc, Token

from newsgraph.model import Quantity
from newsgraph.pipeline import quantity_words as words
from newsgraph.pipeline.state import layers

# numbers inside these are part of a date, a name or a title ("3M", "Ten Commandments", "Apollo 11")
NOT_QUANTITY_ENTS = {"DATE", "TIME", "ORDINAL", "ORG", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW", "FAC", "PERSON",
                     "GPE", "LOC", "NORP"}
NOUN_POS = {"NOUN", "PROPN"}
PHRASE_DEPS = {"amod", "compound", "nmod", "nummod", "quantmod", "advmod", "npadvmod", "poss", "case", "punct"}
LEADING_DROPS = {"det", "predet", "punct", "case", "nummod"}


A_MULTIPLIERS = {"dozen", "hundred", "thousand", "million", "billion"}  # "a dozen", "a million"
STARTERS = {"a", "an", "half", "quarter", *words.VAGUE_COUNTS}


@dataclass
class NumberRun:
    """Tokens ``first..last`` (inclusive) that spell one number, and what was read around them."""

    first: int
    last: int
    parts: list[tuple[float | int, bool]] = field(default_factory=list)
    start: int = -1  # first token of the span (approximator or currency symbol included)
    end: int = -1  # last token of the span (unit included)
    unit: str | None = None
    mod: str | None = None
    approx: bool = False
    vague: bool = False


class Component:
    """Finds quantities in a Doc and appends them to ``layers(doc).quantities``."""

    def __call__(self, doc: Doc) -> Doc:
        layers(doc).quantities.extend(find_quantities(doc))
        return doc


@Language.factory("newsgraph_quantities")
def make_quantities(nlp: Language, name: str) -> Component:
    return Component()


def find_quantities(doc: Doc) -> list[Quantity]:
    """Every quantity in ``doc``, in text order."""
    found: list[Quantity] = []
    i = 0
    while i < len(doc):
        run = read_number(doc, i)
        if run is None:
            i += 1
            continue
        quantity = build_quantity(doc, run)
        i = max(run.last, run.end) + 1
        if quantity is None:
            continue
        found.append(quantity)
        upper = _range_end(doc, run, i)
        if upper is not None:  # "111 to 136 mph", "between 200 and 300 people": two bounds
            upper_run, upper_quantity = upper
            _join_range(quantity, upper_quantity)
            found.append(upper_quantity)
            i = max(upper_run.last, upper_run.end) + 1
    return found


RANGE_WORDS = {"to", "-", "–", "—"}


def _range_end(doc: Doc, run: NumberRun, i: int) -> tuple[NumberRun, Quantity] | None:
    """The upper bound of a range that starts with ``run`` and continues at token ``i``."""
    if i + 1 >= len(doc):
        return None
    between = run.start > 0 and doc[run.start - 1].lower_ in ("between", "from")
    if not (doc[i].lower_ in RANGE_WORDS or doc[i].lower_ == "and" and between):
        return None
    upper_run = read_number(doc, i + 1)
    if upper_run is None:
        return None
    upper = build_quantity(doc, upper_run)
    return (upper_run, upper) if upper is not None else None


def _join_range(lower: Quantity, upper: Quantity) -> None:
    """Give both bounds of a range its unit and counted noun, and mark which bound each is."""
    if lower.unit is None:
        lower.unit = upper.unit
    if upper.unit == lower.unit or lower.of is None or lower.of.startswith(("to ", "and ")):
        lower.of = upper.of
    lower.mod = lower.mod or "EQUAL_OR_MORE"
    upper.mod = upper.mod or "EQUAL_OR_LESS"


def read_number(doc: Doc, i: int) -> NumberRun | None:
    """The number that starts at token ``i`` ("two hundred", "1.2 billion", "a dozen"), or None."""
    token = doc[i]
    lower = token.lower_
    if not (token.text[:1].isdigit() or token.like_num or lower in STARTERS):
        return None  # most tokens: decided without the rules below
    if lower in words.VAGUE_COUNTS and i + 1 < len(doc) and doc[i + 1].lower_ == "of":
        scale = doc[i + 2].lower_ if i + 3 < len(doc) and doc[i + 3].lower_ == "of" else ""
        if scale in words.VAGUE_COUNTS:  # "tens of millions of viewers"
            return NumberRun(i, i + 2, [(words.VAGUE_COUNTS[lower] * words.VAGUE_COUNTS[scale], False)], vague=True)
        return NumberRun(i, i, [(words.VAGUE_COUNTS[lower], False)], vague=True)
    if lower in ("a", "an") and i + 1 < len(doc) and doc[i + 1].lower_ in A_MULTIPLIERS:
        run = NumberRun(i, i, [])
    elif (fraction := words.fraction_value(lower)) is not None and _is_a_multiplier(doc, i + 1):
        run = NumberRun(i, i + 1, [(fraction, False)])  # "half a million"
    elif (first := _part(token)) is not None and not first[1]:
        run = NumberRun(i, i, [first])
    elif suffixed := _suffixed_parts(doc, i):
        return NumberRun(i, i, suffixed)
    else:
        return None
    j = run.last + 1
    while j < len(doc):
        part = _part(doc[j])
        if part is not None and (part[1] or _joins_words(doc, run.last, j)):
            run.parts.append(part)
            run.last = j
        elif doc[j].text in ("-", "and") and j + 1 < len(doc) and _joins_words(doc, run.last, j + 1):
            pass  # "twenty-five", "two hundred and fifty": the joiner is part of the number
        else:
            break
        j += 1
    if run.parts and not run.parts[-1][1]:
        _read_fraction(doc, run)
    return run if run.parts else None


def _read_fraction(doc: Doc, run: NumberRun) -> None:
    """"two-thirds", "three quarters": turn the count into a fraction and take in the denominator."""
    i = run.last + 1
    if i < len(doc) and doc[i].text == "-" and not doc[i].whitespace_:
        i += 1
    denominator = words.DENOMINATORS.get(doc[i].lower_) if i < len(doc) else None
    if denominator is None or len(run.parts) != 1 or run.first != run.last:
        return
    run.parts = [(words.as_number(run.parts[0][0] / denominator), False)]
    run.last = i


def _part(token: Token) -> tuple[float | int, bool] | None:
    """(value, is_multiplier) for one number token, or None."""
    value = words.digits_value(token.text)
    if value is not None:
        return value, False
    lower = token.lower_
    if lower in words.MULTIPLIERS and (lower.isalpha() and len(lower) > 2 or lower in ("bn", "mn")):
        return words.MULTIPLIERS[lower], True
    word = words.word_value(lower)
    return (word, False) if word is not None else None


def _suffixed_parts(doc: Doc, i: int) -> list[tuple[float | int, bool]]:
    """"3bn", "5m" after a currency, "5km", "20%": the number parts of a token with a suffix."""
    suffix = words.split_suffix(doc[i].text)
    if suffix is None:
        return []
    value, letters = suffix[0], suffix[1].lower()
    after_currency = i > 0 and doc[i - 1].lower_ in words.CURRENCY_SYMBOLS
    multipliers = words.MONEY_MULTIPLIERS if after_currency else words.MULTIPLIERS
    if letters in multipliers:
        return [(value, False), (multipliers[letters], True)]
    if len(letters) == 1 and suffix[1].isupper():
        return []  # "3M", "5G": a name, not metres or grams
    if letters in words.UNITS or letters in words.TIME_UNITS:
        return [(value, False)]
    return []


def _is_a_multiplier(doc: Doc, i: int) -> bool:
    return i + 1 < len(doc) and doc[i].lower_ in ("a", "an") and doc[i + 1].lower_ in words.MULTIPLIERS


def _joins_words(doc: Doc, last: int, j: int) -> bool:
    """Whether token ``j`` continues a spelled-out number ending at ``last`` ("twenty" "five")."""
    prev, nxt = doc[last].lower_, doc[j].lower_
    if words.word_value(nxt) is None:
        return False
    if prev in words.MULTIPLIERS:
        return True
    prev_value, next_value = words.word_value(prev), words.word_value(nxt)
    if prev_value is None or next_value is None:
        return False
    return prev_value >= 20 and prev_value % 10 == 0 and next_value < 10


def build_quantity(doc: Doc, run: NumberRun) -> Quantity | None:
    """Read the prefix, unit and counted noun around ``run``; None when it is not a quantity."""
    if _excluded(doc, run):
        return None
    run.start, run.end = run.first, run.last
    currency = _read_currency_before(doc, run)
    _read_approximator(doc, run)
    value = words.combine(run.parts)
    if currency is None:
        currency, value = _read_suffix_money(doc, run, value)
    if currency is None:
        if _read_unit(doc, run) == "time":
            return None
    else:
        run.unit = currency
    if run.unit is None and _is_bare_one(doc, run):
        return None
    of = _counted(doc, run)
    start, end = doc[run.start].idx, doc[run.end].idx + len(doc[run.end])
    return Quantity(
        start=start, end=end, text=doc[run.start : run.end + 1].text, value=value, unit=run.unit,
        approx=run.approx or run.vague, of=of, mod=run.mod,
    )


def _excluded(doc: Doc, run: NumberRun) -> bool:
    """Dates, times, ordinals, years, ages and numbers that belong to a code or a name."""
    tokens = doc[run.first : run.last + 1]
    if any(t.ent_type_ in NOT_QUANTITY_ENTS for t in tokens) and not run.vague:
        return True
    first, last = doc[run.first], doc[run.last]
    if len(run.parts) == 1 and isinstance(run.parts[0][0], int) and first.text.isdigit():
        year = 1800 <= run.parts[0][0] <= 2100 and len(first.text) == 4
        if year and not _has_unit_after(doc, run.last):
            return True
    if run.first > 0 and not doc[run.first - 1].whitespace_ and doc[run.first - 1].text not in words.CURRENCY_SYMBOLS:
        prev = doc[run.first - 1]
        if prev.is_alpha or prev.text in ("-", "/", "#", "+", ".") or prev.like_num:
            return True  # "F-16", "COVID-19", "#3", "+1": part of a code
    if not last.whitespace_ and last.i + 1 < len(doc) and _is_code_letter(doc, run):
        return True  # "3M", "5G" split by the tokenizer: a name, not metres
    if not last.whitespace_ and last.i + 1 < len(doc) and doc[last.i + 1].text in ("-", "/", ":", "."):
        after = doc[last.i + 2] if last.i + 2 < len(doc) else None
        if after is not None and (after.like_num or after.text[:1].isdigit()):
            return True  # "737-800", "10/12", "555-1234"
    if _follows_a_name(doc, run.first) or _names_an_item(doc, run):
        return True
    return _is_age(doc, run)


def _names_an_item(doc: Doc, run: NumberRun) -> bool:
    """"No. 39", "season 3", "page 10", "eight-time champion": a rank, a label or a frequency."""
    prev = doc[run.first - 1] if run.first > 0 else None
    label = prev.lower_ if prev is not None else ""
    if label == "." and run.first > 1:
        label = doc[run.first - 2].lower_ + "."
    if label in ("no.", "no", "nos.", "number", "#", "num."):
        return True
    last = doc[run.last]
    modifies_next = last.dep_ == "nummod" and last.head.i > last.i
    if prev is not None and prev.tag_ == "NN" and not modifies_next:
        return True
    after = doc[run.last + 1] if run.last + 1 < len(doc) else None
    if (prev is None or prev.is_sent_start or "\n" in prev.text) and after is not None and after.text in (".", ")"):
        return True  # "1. The first point": a list marker
    nxt = doc[run.last + 1 : run.last + 3]
    return len(nxt) == 2 and nxt[0].text == "-" and nxt[1].lower_ in ("time", "times")


def _is_code_letter(doc: Doc, run: NumberRun) -> bool:
    """Whether the number is glued to a capital letter that is no unit ("3M", "5G"; not "5MW")."""
    after = doc[run.last + 1].text
    after_currency = run.first > 0 and doc[run.first - 1].lower_ in words.CURRENCY_SYMBOLS
    return after.isalpha() and after.isupper() and len(after) == 1 and not after_currency


def _follows_a_name(doc: Doc, i: int) -> bool:
    """"Boeing 737", "Flight 17", "Apollo 11": a number right after a proper noun names a thing."""
    if i == 0:
        return False
    prev = doc[i - 1]
    if prev.is_sent_start or prev.pos_ != "PROPN" or not any(c.isupper() for c in prev.text):
        return False
    return prev.ent_type_ not in ("GPE", "NORP") or doc[i].dep_ in ("appos", "nummod") and doc[i].head == prev


def _is_age(doc: Doc, run: NumberRun) -> bool:
    """"aged 45", "Smith, 45,", "a 45-year-old": ages belong to the people, not to quantities."""
    before = doc[run.first - 1] if run.first > 0 else None
    after = doc[run.last + 1] if run.last + 1 < len(doc) else None
    if before is not None and before.lower_ in words.AGE_CUES:
        return True
    if before is not None and before.text == "," and run.first > 1:
        name = doc[run.first - 2]
        if name.ent_type_ == "PERSON" or name.pos_ == "PROPN":
            return after is None or after.is_punct or after.pos_ in ("VERB", "AUX")
        if name.pos_ == "NOUN":  # "the comedian, 67, argued"
            return after is not None and after.text == ","
    return False


def _has_unit_after(doc: Doc, i: int) -> bool:
    nxt = doc[i + 1].lower_ if i + 1 < len(doc) else ""
    return nxt in words.UNITS or nxt in words.CURRENCY_WORDS or nxt in words.MULTIPLIERS


def _read_currency_before(doc: Doc, run: NumberRun) -> str | None:
    """"$", "US$", "€" right before the number: move the span start, return the currency code."""
    if run.first == 0:
        return None
    prev = doc[run.first - 1]
    code = words.CURRENCY_SYMBOLS.get(prev.lower_)
    if code is None:
        return None
    run.start = run.first - 1
    # "$5m", "$3 bn": the multiplier after a currency may be a bare letter
    nxt = doc[run.last + 1] if run.last + 1 < len(doc) else None
    bare_letter = nxt is not None and nxt.lower_ in ("m", "b") and bool(doc[run.last].whitespace_)
    if nxt is not None and nxt.lower_ in words.MONEY_MULTIPLIERS and not bare_letter:
        run.parts.append((words.MONEY_MULTIPLIERS[nxt.lower_], True))
        run.last = run.end = nxt.i
    return code


def _read_approximator(doc: Doc, run: NumberRun) -> None:
    """"nearly", "more than", "at least" before the span: widen it and set mod/approx."""
    for size in (3, 2, 1):
        begin = run.start - size
        if begin < 0:
            continue
        key = tuple(t.lower_ for t in doc[begin : run.start])
        if key in words.APPROXIMATORS:
            run.mod, run.approx = words.APPROXIMATORS[key]
            run.start = begin
            return


def _read_suffix_money(doc: Doc, run: NumberRun, value: float | int) -> tuple[str | None, float | int]:
    """"5 million dollars", "3bn euros", "1.2 billion U.S. dollars": the currency word after the number."""
    i = run.last + 1
    if i < len(doc) and doc[i].lower_ in DOLLAR_PREFIXES:
        i += 1
    if i >= len(doc):
        return None, value
    code = words.CURRENCY_WORDS.get(doc[i].lower_)
    if code is None or doc[i].lower_ == "won" and doc[i].pos_ == "VERB":
        return None, value
    if doc[i].lower_ in ("dollar", "dollars") and doc[run.last + 1].lower_ in words.DOLLAR_COUNTRIES:
        code = words.DOLLAR_COUNTRIES[doc[run.last + 1].lower_]
    run.end = i
    return code, value


DOLLAR_PREFIXES = {"u.s.", "us", "american", *words.DOLLAR_COUNTRIES}


def _read_unit(doc: Doc, run: NumberRun) -> str | None:
    """Set ``run.unit`` from the word after the number ("kilograms", "%", "square miles").

    Returns "time" when the number is a duration, an age or a clock time, which are not ours.
    """
    last = doc[run.last]
    suffix = words.split_suffix(last.text)
    if suffix is not None and len(run.parts) == 1:  # "5km", "20%"
        unit = words.UNITS.get(suffix[1].lower())
        if unit is None:
            return "time" if suffix[1].lower() in words.TIME_UNITS else None
        run.unit = unit
        return unit
    i = run.last + 1
    if i >= len(doc):
        return None
    nxt = doc[i]
    if nxt.lower_ in words.TIME_UNITS or nxt.lower_.split("-")[0] in words.TIME_UNITS:
        return "time"
    if nxt.text == "-" and i + 1 < len(doc) and doc[i + 1].lower_ in words.TIME_UNITS:
        return "time"  # "45-year-old", "10-day"
    if nxt.text == "-" and not nxt.whitespace_ and i + 1 < len(doc) and doc[i + 1].lower_ in words.UNITS:
        run.unit, run.end = words.UNITS[doc[i + 1].lower_], i + 1  # "a 6.3-inch display"
        return run.unit
    if nxt.lower_ == "per" and i + 1 < len(doc) and doc[i + 1].lower_ == "cent":
        run.unit, run.end = "%", i + 1
    elif nxt.lower_ in words.POWERS and i + 1 < len(doc) and doc[i + 1].lower_ in words.UNITS:
        run.unit, run.end = words.UNITS[doc[i + 1].lower_] + words.POWERS[nxt.lower_], i + 1
    elif nxt.lower_ in words.UNITS and _unit_word_fits(doc, run, nxt):
        run.unit, run.end = words.UNITS[nxt.lower_], i
    return run.unit


def _unit_word_fits(doc: Doc, run: NumberRun, unit: Token) -> bool:
    """Single letters ("m", "t", "g") count as units only when written against the number or abbreviated."""
    if len(unit.text) > 2 or unit.text == "%":
        return True
    return not doc[run.last].whitespace_ or unit.text.islower()


def _is_bare_one(doc: Doc, run: NumberRun) -> bool:
    """"one of them", "no one", "the one": "one" as a pronoun, not a count."""
    token = doc[run.first]
    if run.first != run.last or token.lower_ != "one":
        return False
    head = token.head
    return not (token.dep_ == "nummod" and head.i > token.i and head.pos_ in NOUN_POS)


def _counted(doc: Doc, run: NumberRun) -> str | None:
    """What the quantity counts: the noun after "of", else the noun the number modifies."""
    i = run.end + 1
    if i < len(doc) and doc[i].lower_ == "of":
        pobj = next((c for c in doc[i].children if c.dep_ == "pobj"), None)
        if pobj is None and i + 1 < len(doc):
            pobj = _phrase_head(doc, i + 1)
        if pobj is None or pobj.pos_ in ("PRON", "DET", "NUM"):
            return None  # "$10 million of that", "28 of the 36": nothing named
        return _phrase(doc, i + 1, pobj)
    if run.unit is not None and run.unit != "%":
        return None
    head = _phrase_head(doc, i) if i < len(doc) else None
    if head is None or head.lower_ in words.TIME_UNITS:
        return None  # "declines of up to 15% this year": a time after the number is not what it counts
    number_heads = {doc[k].head.i for k in range(run.first, run.last + 1)}
    if head.i not in number_heads and doc[run.last].dep_ not in ("nummod", "quantmod"):
        return None
    return _phrase(doc, i, head)


def _phrase_head(doc: Doc, i: int) -> Token | None:
    """The noun that ends the noun phrase starting at token ``i``, walking over modifiers."""
    j = i
    while j < len(doc) and (j == i or not doc[j].is_sent_start):
        token = doc[j]
        if token.text in ("(", "["):
            return None  # "57% (8-of-14)": a parenthesis, not the noun phrase
        modifies_later = token.head.i > j and token.dep_ in PHRASE_DEPS
        if token.pos_ in NOUN_POS and not modifies_later:
            return None if any(ch.isdigit() for ch in token.text) else token  # a score, not a noun
        if token.pos_ not in NOUN_POS | {"ADJ", "DET", "NUM", "PART", "ADV", "PUNCT"} or token.is_sent_end:
            return None
        j += 1
    return None


def _phrase(doc: Doc, first: int, head: Token) -> str | None:
    """The text from ``first`` to ``head``, without a leading determiner or punctuation."""
    start = max(first, head.left_edge.i) if head.left_edge.i >= first else first
    while start < head.i and (doc[start].dep_ in LEADING_DROPS or doc[start].is_punct):
        start += 1
    text = doc[start : head.i + 1].text  # Doc.text joins the whole document: slice tokens instead
    return text or None
