"""The display name of a stored entity: the form its articles agree on, not the longest slip."""

from __future__ import annotations

from newsgraph.resolve.display import NameForm, clean_surface, display_name


def forms(*pairs: tuple[str, int]) -> list[NameForm]:
    """Forms seen in ``n`` articles each, once per article."""
    return [NameForm(surface, n, n) for surface, n in pairs]


def test_a_cleaned_name_loses_possessive_line_break_and_titles():
    assert clean_surface("President Hal Orrin's", "PERSON") == "Hal Orrin"
    assert clean_surface("Hal\nOrrin", "PERSON") == "Hal Orrin"
    assert clean_surface("former Sen. Hal Orrin", "PERSON") == "Hal Orrin"
    assert clean_surface("Hal Orrin Jr.", "PERSON") == "Hal Orrin Jr."
    assert clean_surface("Applebee's", "ORG") == "Applebee's"  # part of the name
    assert display_name(forms(("Northwind Freight\u2019s", 2), ("Northwind Freight", 3)), "ORG") == "Northwind Freight"
    assert clean_surface("The Daily Courier", "ORG") == "The Daily Courier"


def test_the_most_frequent_full_form_wins_over_a_longer_slip():
    # a headline's auxiliary, a run-on place: seen once, against a form seen in many articles
    assert display_name(forms(("Hal Orrin", 9), ("Will Hal Orrin", 1), ("Orrin", 30)), "PERSON") == "Hal Orrin"
    assert display_name(forms(("Hal Orrin", 9), ("Hal Orrin at Orrin", 1)), "PERSON") == "Hal Orrin"


def test_a_person_is_shown_by_a_full_name_even_when_the_surname_is_more_frequent():
    assert display_name(forms(("Orrin", 2), ("Hal Orrin", 1)), "PERSON") == "Hal Orrin"
    assert display_name(forms(("Orrin", 9), ("Hal Orrin", 2)), "PERSON") == "Hal Orrin"
    assert display_name(forms(("Orrin", 3)), "PERSON") == "Orrin"


def test_a_form_seen_once_does_not_win_against_its_frequent_prefix_even_on_mentions():
    many_mentions = [*forms(("Hal Orrin", 2)), NameForm("Hal Orrin Tells", 1, 9)]
    assert display_name(many_mentions, "PERSON") == "Hal Orrin"


def test_ties_go_to_the_longer_form():
    assert display_name(forms(("Vela Ostrom", 2), ("Vela K. Ostrom", 2)), "PERSON") == "Vela K. Ostrom"
    # even where the shorter is repeated more within its articles
    assert display_name([NameForm("Qa.", 1, 9), NameForm("Quarry Alps", 1, 1)], "GPE") == "Quarry Alps"


def test_titles_and_possessives_count_as_the_name_they_hold():
    chosen = display_name(forms(("President Hal Orrin", 3), ("Hal Orrin's", 2), ("Harold Orrin", 4)), "PERSON")
    assert chosen == "Hal Orrin"


def test_a_name_seen_once_beside_a_frequent_one_word_name_is_a_slip():
    # a one-word 'person' seen in many articles took a longer name once (a band's, a headline's)
    assert display_name(forms(("Orrin", 17), ("Kameron Orrin", 1)), "PERSON") == "Orrin"
    assert display_name(forms(("Orrin", 17), ("Will Orrin", 1)), "PERSON") == "Orrin"


def test_forms_in_one_article_count_once():
    # two spellings of one name in one article are one article, not two
    spellings = [*forms(("Vela Ostrom", 2), ("Vela Ostrom's", 2)), *forms(("Vela Kay", 3))]
    assert display_name(spellings, "PERSON") == "Vela Ostrom"  # 4 against 3, counted by spelling
    assert display_name(spellings, "PERSON", {("vela", "ostrom"): 2, ("vela", "kay"): 3}) == "Vela Kay"


def test_organisations_show_their_full_form():
    # the short form is held by the long one; a one-article run-on is dropped first
    chosen = display_name(forms(("Northwind Freight", 5), ("Northwind", 7), ("Northwind Freight Tuesday", 1)), "ORG")
    assert chosen == "Northwind Freight"
    assert display_name(forms(("Quillon", 15), ("Premium Quillon", 1)), "ORG") == "Quillon"
    assert display_name(forms(("Senate", 50), ("U.S. Senate", 4), ("Ardent Senate", 1)), "ORG") == "U.S. Senate"
    assert display_name(forms(("QDA", 9), ("Quarry Development Agency", 2)), "ORG") == "QDA"
    assert display_name([], "ORG") is None


def test_a_dateline_in_capitals_gives_way_to_the_name_in_mixed_case():
    assert display_name(forms(("ARDENTON", 9), ("Ardenton", 5)), "GPE") == "Ardenton"
    assert display_name(forms(("QDA", 9)), "ORG") == "QDA"
    assert display_name(forms(("QDA", 9), ("Qda", 1)), "ORG") == "QDA"
