"""The merge of the news NER with the general model: fine types on hand-made Docs, no model needed."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc, Span

from newsgraph.pipeline import names
from newsgraph.pipeline.news_ner import fine_type, merge_entities, misc_type, place_type


def doc_with_ents(words: list[str], ents: list[tuple[int, int, str]]) -> Doc:
    doc = Doc(spacy.blank("en").vocab, words=words)
    doc.ents = [Span(doc, s, e, label=label) for s, e, label in ents]
    return doc


def test_person_and_org_keep_coarse_type() -> None:
    assert fine_type("PER", ["Omar", "Haddad"], {"ORG"}) == "PERSON"
    assert fine_type("ORG", ["Acme"], {"GPE"}) == "ORG"


def test_place_takes_general_label_else_rule() -> None:
    assert place_type(["Riga"], {"FAC"}) == "FAC"
    assert place_type(["Riga"], set()) == "GPE"
    assert place_type(["Danube", "River"], set()) == "LOC"
    assert place_type(["South", "America"], set()) == "LOC"
    assert place_type(["Middle", "East"], {"PERSON"}) == "LOC"


def test_misc_takes_general_label_else_rule() -> None:
    assert misc_type(["Booker", "Prize"], {"WORK_OF_ART"}) == "WORK_OF_ART"
    assert misc_type(["World", "Cup"], set()) == "EVENT"
    assert misc_type(["Clean", "Air", "Act"], set()) == "LAW"
    assert misc_type(["Latvian"], {"PERSON"}) == "NORP"


def test_merge_keeps_news_boundaries_and_general_numbers() -> None:
    words = ["Reps.", "Anna", "Berg", "of", "Riga", "spoke", "on", "Monday", "to", "Acme", "staff"]
    # the general model: a wrong-boundary person, a date, and an organisation the news NER did not find
    doc = doc_with_ents(words, [(0, 3, "PERSON"), (4, 5, "GPE"), (7, 8, "DATE"), (9, 10, "ORG")])
    merged = merge_entities(doc, [(1, 3, "PER"), (4, 5, "LOC")], keep_general=frozenset())
    assert [(e.text, e.label_) for e in merged] == [("Anna Berg", "PERSON"), ("Riga", "GPE"), ("Monday", "DATE")]
    kept = merge_entities(doc, [(1, 3, "PER"), (4, 5, "LOC")], keep_general=frozenset({"ORG"}))
    assert ("Acme", "ORG") in [(e.text, e.label_) for e in kept]


def test_merge_drops_general_numbers_inside_news_names() -> None:
    doc = doc_with_ents(["the", "1998", "World", "Cup"], [(1, 2, "DATE")])
    merged = merge_entities(doc, [(1, 4, "MISC")], keep_general=frozenset())
    assert [(e.text, e.label_) for e in merged] == [("1998 World Cup", "EVENT")]


def test_labels_made_consistent_within_the_article() -> None:
    words = ["Omar", "Haddad", "met", "Lund", ".", "Haddad", "left", "Lund", "and", "Lund", "smiled"]
    doc = doc_with_ents(words, [])
    spans = [(0, 2, "PER"), (3, 4, "LOC"), (5, 6, "ORG"), (7, 8, "LOC"), (9, 10, "PER")]
    merged = merge_entities(doc, spans, keep_general=frozenset())
    assert [(e.start, e.label_) for e in merged] == [(0, "PERSON"), (3, "GPE"), (5, "PERSON"), (7, "GPE"), (9, "GPE")]


def test_general_place_joins_news_spans_it_contains() -> None:
    words = ["a", "city", "in", "the", "Nordic", "Far", "North", "today"]
    doc = doc_with_ents(words, [(4, 7, "LOC")])
    merged = merge_entities(doc, [(4, 5, "MISC"), (5, 7, "LOC")], keep_general=frozenset())
    assert [(e.text, e.label_) for e in merged] == [("Nordic Far North", "LOC")]


def test_title_of_a_work_keeps_its_article_but_a_place_does_not() -> None:
    doc = doc_with_ents(["on", "The", "Evening", "Hour", "in", "The", "Hague"], [(1, 4, "WORK_OF_ART"), (5, 7, "GPE")])
    merged = merge_entities(doc, [(2, 4, "MISC"), (6, 7, "LOC")], keep_general=frozenset())
    assert [(e.text, e.label_) for e in merged] == [("The Evening Hour", "WORK_OF_ART"), ("Hague", "GPE")]


def test_general_junk_in_tables_does_not_grow_names() -> None:
    doc = doc_with_ents(["Leeds", "4", "2", "1"], [(0, 4, "LAW")])
    merged = merge_entities(doc, [(0, 1, "ORG")], keep_general=frozenset())
    assert [(e.text, e.label_) for e in merged] == [("Leeds", "ORG")]


def test_hyphenated_misc_gives_way_to_a_place() -> None:
    doc = doc_with_ents(["the", "Lapland", "-", "Karelia", "air", "route"], [(1, 2, "GPE")])
    merged = merge_entities(doc, [(1, 4, "MISC")], keep_general=frozenset())
    assert [(e.text, e.label_) for e in merged] == [("Lapland", "GPE")]


def test_one_wrong_full_name_does_not_outvote_a_place() -> None:
    words = ["Berg", "Lund", "plan", ".", "Lund", "and", "Lund", "agree"]
    doc = doc_with_ents(words, [])
    merged = merge_entities(doc, [(0, 2, "PER"), (4, 5, "LOC"), (6, 7, "LOC")], keep_general=frozenset())
    assert [(e.start, e.label_) for e in merged] == [(0, "PERSON"), (4, "GPE"), (6, "GPE")]


def test_general_names_with_digits_are_kept() -> None:
    doc = doc_with_ents(["A", "suit", "against", "3M", "was", "filed"], [(3, 4, "PRODUCT")])
    assert [(e.text, e.label_) for e in merge_entities(doc, [], keep_general=frozenset())] == [("3M", "PRODUCT")]


def test_hyphenated_place_before_a_route_gives_way_to_the_first_place() -> None:
    doc = doc_with_ents(["the", "Lapland", "-", "Karelia", "air", "route", "and", "Lapland", "-", "Karelia"],
                        [(1, 2, "GPE"), (7, 8, "GPE")])
    merged = merge_entities(doc, [(1, 4, "LOC"), (7, 10, "LOC")], keep_general=frozenset())
    assert [(e.text, e.label_) for e in merged] == [("Lapland", "GPE"), ("Lapland - Karelia", "GPE")]


def test_maker_and_model_number() -> None:
    words = ["a", "Vektor", "450", "jet", "and", "450", "men"]
    doc = doc_with_ents(words, [(1, 2, "ORG"), (2, 3, "PRODUCT"), (5, 6, "CARDINAL")])
    merged = merge_entities(doc, [(1, 2, "MISC")], keep_general=frozenset())
    assert [(e.text, e.label_) for e in merged] == [("Vektor", "ORG"), ("450", "PRODUCT"), ("450", "CARDINAL")]


def test_place_joined_to_a_common_word_stays_one_misc_name() -> None:
    doc = doc_with_ents(["a", "Tartu", "-", "based", "firm"], [(1, 2, "GPE")])
    merged = merge_entities(doc, [(1, 4, "MISC")], keep_general=frozenset())
    assert [(e.text, e.label_) for e in merged] == [("Tartu - based", "NORP")]


def test_general_persons_kept_only_where_they_look_like_names() -> None:
    words = ["Attendance", ":", "900", ".", "\n", "Fans", "paid", "5", "naira", "to", "see", "the", "Ashes",
             "and", "said", "Lund", ".", "TEAM", "FINED"]
    ents = [(0, 1, "PERSON"), (8, 9, "PERSON"), (12, 13, "PERSON"), (15, 16, "PERSON"), (17, 19, "PERSON")]
    merged = merge_entities(doc_with_ents(words, ents), [], keep_general=frozenset({"PERSON"}))
    assert [(e.text, e.label_) for e in merged] == [("Lund", "PERSON")]


def test_sentence_initial_general_person_kept_when_named_elsewhere() -> None:
    words = ["Mira", "Lund", "won", ".", "Lund", "smiled", ".", "Death", "is", "near"]
    doc = doc_with_ents(words, [(4, 5, "PERSON"), (7, 8, "PERSON")])
    merged = merge_entities(doc, [(0, 2, "PER")], keep_general=frozenset({"PERSON"}))
    assert [(e.text, e.label_) for e in merged] == [("Mira Lund", "PERSON"), ("Lund", "PERSON")]


def test_numbers_in_tables_and_ordinals_are_not_coded_names() -> None:
    words = ["Vektor", "57", "5", "49", "\n", "his", "499th", "goal", "at", "the", "G7", "and", "Orbis", "12", "\n"]
    ents = [(1, 2, "PRODUCT"), (6, 7, "ORG"), (10, 11, "ORG"), (13, 14, "PRODUCT")]
    merged = merge_entities(doc_with_ents(words, ents), [], keep_general=frozenset())
    assert [(e.text, e.label_) for e in merged] == [("G7", "ORG")]


def test_a_city_named_as_place_and_as_club_keeps_both_types() -> None:
    words = ["Riga", "beat", "Tartu", ".", "Riga", "won", "in", "Riga", "and", "Riga"]
    doc = doc_with_ents(words, [])
    spans = [(0, 1, "ORG"), (2, 3, "ORG"), (4, 5, "ORG"), (7, 8, "LOC"), (9, 10, "PER")]
    merged = merge_entities(doc, spans, keep_general=frozenset())
    assert [(e.start, e.label_) for e in merged] == [(0, "ORG"), (2, "ORG"), (4, "ORG"), (7, "GPE"), (9, "ORG")]


def test_trim_keeps_a_closing_bracket_that_matches_one_inside_the_name() -> None:
    doc = Doc(spacy.blank("en").vocab, words=["Mladost", "(", "L", ")", "won", "(", "Zemun", ")"])
    cands = names.trim(doc, [names.Cand(0, 4, "ORG"), names.Cand(5, 8, "ORG")])
    assert [(c.start, c.end) for c in cands] == [(0, 4), (6, 7)]


def test_a_people_word_is_no_persons_name_and_a_clocks_zone_no_organisation() -> None:
    words = ["the", "first", "Black", "woman", "spoke", "at", "6", "p.m.", "ET", "to", "Latinx", "voters"]
    doc = doc_with_ents(words, [(2, 3, "PERSON")])
    merged = merge_entities(doc, [(8, 9, "ORG"), (10, 11, "PER")], keep_general=frozenset({"PERSON"}))
    assert [(e.text, e.label_) for e in merged] == [("Black", "NORP"), ("ET", "TIME"), ("Latinx", "NORP")]
    # where the article names a person with the word, it is that person's surname
    words = ["Jack", "Black", "met", "Black", "fans", "and", "Black", "smiled"]
    doc = doc_with_ents(words, [(6, 7, "PERSON")])
    merged = merge_entities(doc, [(0, 2, "PER"), (3, 4, "PER")], keep_general=frozenset({"PERSON"}))
    assert [(e.text, e.label_) for e in merged] == [("Jack Black", "PERSON"), ("Black", "PERSON"), ("Black", "PERSON")]
