"""Identifier codes: registrations, flight, IMO, MMSI and ISBN numbers, and what they refer to."""

from __future__ import annotations

from collections.abc import Callable

import pytest
import spacy

from newsgraph.model import Record
from newsgraph.pipeline.codes import find_codes, imo_valid, isbn_valid

BLANK = spacy.blank("en")


def codes(text: str) -> list[tuple[str, str]]:
    return [(c.text, c.kind) for c in find_codes(BLANK(text))]


def test_imo_check_digit() -> None:
    assert imo_valid("9074729")
    assert not imo_valid("9074728")


def test_isbn_check_digits() -> None:
    assert isbn_valid("978-0-306-40615-7")
    assert isbn_valid("0-306-40615-2")
    assert not isbn_valid("978-0-306-40615-8")


def test_soviet_style_registration_stands_alone() -> None:
    assert codes("The jet RA-64504 was parked.") == [("RA-64504", "aircraft_registration")]


def test_registration_needs_aviation_context_when_weak() -> None:
    assert codes("The aircraft, registered G-EUPT, was towed away.") == [("G-EUPT", "aircraft_registration")]
    assert codes("Voters in G-ABCD district chose a mayor.") == []


def test_n_number_with_tail_number_context() -> None:
    assert codes("The Cessna with tail number N738KJ crashed.") == [("N738KJ", "aircraft_registration")]
    assert codes("Wear an N95 mask.") == []


@pytest.mark.parametrize("text", ["COVID-19 spread.", "The G-7 met.", "Two F-16 jets flew.", "A B-52 bomber flew."])
def test_designators_and_names_are_not_registrations(text: str) -> None:
    assert codes(text) == []


def test_flight_numbers() -> None:
    assert codes("Passengers on flight BA123, Flight MH17 and Flight 1282 waited.") == [
        ("BA123", "flight_number"),
        ("MH17", "flight_number"),
        ("Flight 1282", "flight_number"),
    ]
    assert codes("The flight 3 hours late") == []


def test_imo_number_with_valid_check_digit_only() -> None:
    assert codes("The tanker (IMO 9074729) sailed; IMO 9074728 did not.") == [("IMO 9074729", "imo_number")]


def test_mmsi_and_isbn() -> None:
    assert codes("Its MMSI 273123456 was off. See ISBN 978-0-306-40615-7.") == [
        ("273123456", "mmsi"),
        ("978-0-306-40615-7", "isbn"),
    ]


@pytest.mark.slow
def test_registration_refers_to_the_aircraft_named_before_it(extract: Callable[..., Record]) -> None:
    record = extract("Three planes landed in Oslo, including an Il-76 with the tail number RA-78830.")
    (code,) = record.identifiers
    assert code.text == "RA-78830" and code.kind == "aircraft_registration"
    plane = next(e for e in record.entities if e.id == code.refers_to)
    assert plane.name == "Il-76" and plane.type == "PRODUCT"
    assert "RA-78830" not in {m.text for e in record.entities for m in e.mentions}


@pytest.mark.slow
def test_reference_registration_refers_to_the_aircraft(reference_record: Record) -> None:
    (code,) = [i for i in reference_record.identifiers if i.kind == "aircraft_registration"]
    assert code.text == "RA-96023"
    plane = next(e for e in reference_record.entities if e.id == code.refers_to)
    assert plane.type == "PRODUCT" and plane.name.startswith("Il-96")


@pytest.mark.slow
def test_registration_refers_to_the_aircraft_of_the_sentence_before(extract: Callable[..., Record]) -> None:
    record = extract("Late on Monday an Il-76 landed in Oslo. Its tail number was RA-78830, officials said.")
    (code,) = record.identifiers
    plane = next((e for e in record.entities if e.id == code.refers_to), None)
    assert plane is not None and plane.name == "Il-76"
