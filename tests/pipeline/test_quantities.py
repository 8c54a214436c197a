"""The quantities layer: numbers with unit, approximation and what they count."""

import pytest

from newsgraph.model import Quantity
from newsgraph.pipeline import quantity_words as words


def _by_text(record) -> dict[str, Quantity]:
    return {q.text: q for q in record.quantities}


@pytest.mark.parametrize(
    ("parts", "value"),
    [
        ([(2, False), (100, True), (50, False)], 250),
        ([(1.2, False), (1_000_000_000, True)], 1_200_000_000),
        ([(2, False), (12, True)], 24),
        ([(3, False), (1_000_000, True)], 3_000_000),
        ([(2, False), (100, True), (1_000, True)], 200_000),
    ],
)
def test_combine_number_parts(parts, value):
    assert words.combine(parts) == value


def test_digits_and_words():
    assert words.digits_value("1,200") == 1200
    assert words.digits_value("3.5") == 3.5
    assert words.digits_value("10:30") is None
    assert words.digits_value("RA-96023") is None
    assert words.word_value("twenty-five") == 25
    assert words.split_suffix("3bn") == (3, "bn")


@pytest.mark.slow
def test_measure_with_approximation_and_substance(extract):
    text = "Customs officers found nearly 400 kilograms of cocaine in a truck."
    q = _by_text(extract(text))["nearly 400 kilograms"]
    assert (q.value, q.unit, q.approx, q.of) == (400, "kg", True, "cocaine")
    assert text[q.start : q.end] == "nearly 400 kilograms"


@pytest.mark.slow
def test_count_names_the_counted_noun_without_determiner(extract):
    record = extract("Three Russian government planes landed. Police arrested two hundred and fifty people.")
    found = _by_text(record)
    assert (found["Three"].value, found["Three"].unit, found["Three"].of) == (3, None, "Russian government planes")
    assert (found["two hundred and fifty"].value, found["two hundred and fifty"].of) == (250, "people")


@pytest.mark.slow
def test_money_percent_and_barrels(extract):
    record = extract("The deal is worth $1.2 billion, about 3% of output, or 3 million barrels of oil, and €3bn more.")
    found = _by_text(record)
    assert (found["$1.2 billion"].value, found["$1.2 billion"].unit) == (1_200_000_000, "USD")
    assert (found["about 3%"].value, found["about 3%"].unit, found["about 3%"].approx) == (3, "%", True)
    barrels = found["3 million barrels"]
    assert (barrels.value, barrels.unit, barrels.of) == (3_000_000, "barrel", "oil")
    assert (found["€3bn"].value, found["€3bn"].unit) == (3_000_000_000, "EUR")


@pytest.mark.slow
def test_bounds_keep_their_mod(extract):
    found = _by_text(extract("Officials seized more than 2 tons of heroin and at least a dozen boats."))
    assert (found["more than 2 tons"].value, found["more than 2 tons"].mod) == (2, "MORE_THAN")
    assert not found["more than 2 tons"].approx
    assert (found["at least a dozen"].value, found["at least a dozen"].of) == (12, "boats")


@pytest.mark.slow
def test_ranges_fractions_and_vague_counts(extract):
    found = _by_text(extract("Winds of 111 to 136 mph hit tens of millions of homes and two-thirds of farms."))
    assert (found["111"].unit, found["111"].mod) == ("mph", "EQUAL_OR_MORE")
    assert (found["136 mph"].value, found["136 mph"].mod) == (136, "EQUAL_OR_LESS")
    vague = found["tens of millions"]
    assert (vague.value, vague.approx, vague.of) == (10_000_000, True, "homes")
    assert (found["two-thirds"].value, found["two-thirds"].of) == (0.666667, "farms")


@pytest.mark.slow
def test_hyphenated_unit(extract):
    found = _by_text(extract("The phone has a 6.3-inch display."))
    assert (found["6.3-inch"].value, found["6.3-inch"].unit) == (6.3, "in")


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "The crisis began in 2018 and ended on March 3.",
        "The F-16 and a Boeing 737 flew over COVID-19 wards.",
        "The talks began at 10:30 p.m. and lasted three hours.",
        "John Smith, 45, and a 30-year-old woman came first.",
        "World War II ended. Call 555-1234 now.",
        "One of them said no one knew.",
        "The album peaked at No. 39 and season 3 starts soon.",
        "The comedian, 67, argued with an eight-time champion.",
        "A lawsuit against 3M was filed.",
    ],
)
def test_dates_times_codes_and_ages_are_not_quantities(extract, text):
    assert extract(text).quantities == []


@pytest.mark.slow
def test_reference_article_quantities(reference_record, reference_gold):
    found = {(q.start, q.end): q for q in reference_record.quantities}
    for gold in reference_gold["quantities"]:
        q = found.get((gold["start"], gold["end"]))
        assert q is not None, gold["text"]
        assert (q.value, q.unit, q.of) == (gold["value"], gold["unit"], gold["of"])
        assert q.approx == gold.get("approx", False)
    assert len(found) == len(reference_gold["quantities"])


def test_what_follows_a_number_but_is_not_what_it_counts(extract):
    record = extract(
        "The team shot 57% (8-of-14) from the floor. Economists expect declines of up to 15% this year. "
        "Officials tested 40 COVID-19 patients."
    )
    found = _by_text(record)
    assert found["57%"].of is None  # a score in parentheses
    assert found["up to 15%"].of is None  # a time after the number
    assert found["40"].of == "COVID-19 patients"  # a name with digits still modifies the noun
