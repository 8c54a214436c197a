"""Repairs of names by their shape (line breaks, addresses, storms, bylines ...), on hand-made Docs."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from newsgraph.pipeline.name_shapes import fix_shapes
from newsgraph.pipeline.names import Cand

VOCAB = spacy.blank("en").vocab


def shapes(words: str, cands: list[Cand]) -> list[tuple[str, str]]:
    doc = Doc(VOCAB, words=words.split(" "), spaces=[True] * len(words.split(" ")))
    return [(doc[c.start : c.end].text, c.label) for c in fix_shapes(doc, cands)]


def test_a_name_is_cut_at_a_line_break() -> None:
    # tokens: By Dana Whitcombe \n\n Sheriff ... ; a one-word piece after the break is dropped
    found = shapes("By Dana Whitcombe \n\n Sheriff Tom Reed said", [Cand(1, 5, "PERSON"), Cand(5, 7, "PERSON")])
    assert found == [("Dana Whitcombe", "PERSON"), ("Tom Reed", "PERSON")]
    found = shapes("Voter Guide \n\n Justice Department said", [Cand(0, 5, "ORG")])
    assert found == [("Voter Guide", "ORG"), ("Justice Department", "ORG")]


def test_addresses_storms_and_party_homes() -> None:
    words = "at 12 S. Walnut St. as Hurricane Nigel neared , said Dana Whitcombe , R - Ardenia"
    cands = [Cand(2, 5, "PERSON"), Cand(6, 8, "PERSON"), Cand(11, 13, "PERSON"), Cand(14, 17, "GPE")]
    found = shapes(words, cands)
    assert found == [("S. Walnut St.", "FAC"), ("Hurricane Nigel", "EVENT"), ("Dana Whitcombe", "PERSON"),
                     ("Ardenia", "GPE")]


def test_a_street_named_for_its_trade_or_office_is_a_place_unless_written_as_an_address() -> None:
    words = "Downing Street said that 10 Downing Street and N. Oak Road and Elm Rd. were shut"
    cands = [Cand(0, 2, "ORG"), Cand(5, 7, "ORG"), Cand(8, 11, "ORG"), Cand(12, 14, "ORG")]
    assert [label for _, label in shapes(words, cands)] == ["LOC", "FAC", "FAC", "FAC"]
    words = "Wall Street expects a cut , Wall Street banks and Fleet Street agree , at 123 Main Street"
    cands = [Cand(0, 2, "FAC"), Cand(6, 8, "ORG"), Cand(10, 12, "FAC"), Cand(16, 18, "FAC")]
    assert [label for _, label in shapes(words, cands)] == ["LOC", "LOC", "LOC", "FAC"]
    # a road is a built way, a facility, with or without an address
    assert shapes("near Harvey Road", [Cand(1, 3, "PERSON")]) == [("Harvey Road", "FAC")]
    assert shapes("Elm Grill on Market Street", [Cand(0, 5, "FAC")]) == [("Elm Grill on Market Street", "FAC")]
    # an organisation named by a road stays one ("Florida Highway" of its Patrol)
    assert shapes("the Florida Highway Patrol", [Cand(1, 3, "ORG")]) == [("Florida Highway", "ORG")]


def test_a_relative_sharing_a_surname_is_a_person() -> None:
    words = "Tom Reed and Lena Reed met Reed Smith Reed Partners . Reed left Acme Partners"
    cands = [Cand(0, 2, "PERSON"), Cand(3, 5, "ORG"), Cand(6, 10, "ORG"), Cand(11, 12, "PERSON"), Cand(13, 15, "ORG")]
    # "Acme Partners": no one in the article is called "Partners" alone
    assert [label for _, label in shapes(words, cands)] == ["PERSON", "PERSON", "ORG", "PERSON", "ORG"]


def test_institutions_named_after_people_and_party_homes_left_out_of_the_name() -> None:
    words = "at the Cox Auditorium and Austin Peay State University , said Dana Reed , D - Lewes"
    cands = [Cand(2, 4, "PERSON"), Cand(5, 9, "PERSON"), Cand(11, 13, "PERSON"), Cand(16, 17, "PERSON")]
    found = shapes(words, cands)
    assert found == [("Cox Auditorium", "FAC"), ("Austin Peay State University", "ORG"), ("Dana Reed", "PERSON"),
                     ("Lewes", "GPE")]


def test_parts_and_counties_of_places_the_article_names() -> None:
    words = "in Western Ardenia and Sussex County , Ardenia ; Sussex County officials ; Notts County won"
    cands = [Cand(1, 3, "ORG"), Cand(4, 6, "ORG"), Cand(7, 8, "GPE"), Cand(9, 11, "GPE"), Cand(13, 15, "ORG")]
    labels_found = [label for _, label in shapes(words, cands)]
    assert labels_found == ["LOC", "GPE", "GPE", "GPE", "ORG"]


def test_a_word_capitalised_by_its_place_is_no_person() -> None:
    words = "Track outages on the track map . Anna Track won ; Blood was shed , blood"
    cands = [Cand(0, 1, "PERSON"), Cand(7, 9, "PERSON"), Cand(11, 12, "PERSON")]
    # "Track" is kept: a person's full name holds it
    assert shapes(words, cands) == [("Track", "PERSON"), ("Anna Track", "PERSON")]


def test_names_shaped_as_bylines_and_sponsors_are_people() -> None:
    words = ["end", ".", "\n\n", "–", "Dana", "Reed", ",", "Tom", "Ruiz", "and", "Ann", "Lee", "\n\n", "Sponsor", ":",
             "Gex", "Vale", ",", "R", "-", "Ardenia", ".", "Reach", "Mia", "Cole", "at", "x@y.com", ".", "–", "Acme",
             "Corp", "said", "\n\n", "–", "Mia", "Cole", ",", "Ardenia", "Beacon", "Journal", "\n\n"]
    doc = Doc(VOCAB, words=words)
    cands = [Cand(4, 6, "ORG"), Cand(7, 9, "GPE"), Cand(10, 12, "PERSON"), Cand(15, 17, "ORG"), Cand(23, 25, "GPE"),
             Cand(29, 31, "ORG"), Cand(34, 36, "ORG"), Cand(37, 40, "ORG")]
    found = [c.label for c in fix_shapes(doc, cands)]
    assert found == ["PERSON", "PERSON", "PERSON", "PERSON", "PERSON", "ORG", "PERSON", "ORG"]


def test_a_list_of_networks_is_split_and_a_pronoun_is_no_person() -> None:
    words = "on HGTV , Food Network and Animal Planet ; Me , Myself & I"
    cands = [Cand(1, 8, "ORG"), Cand(9, 10, "PERSON"), Cand(11, 12, "PERSON")]
    assert shapes(words, cands) == [("HGTV", "ORG"), ("Food Network", "ORG"), ("Animal Planet", "ORG")]


def test_a_body_that_lists_its_fields_is_not_split() -> None:
    words = "the Bureau of Alcohol , Tobacco , Firearms and Explosives said"
    assert shapes(words, [Cand(1, 10, "ORG")]) == [("Bureau of Alcohol , Tobacco , Firearms and Explosives", "ORG")]


def test_a_storm_word_before_a_common_word_is_no_storm() -> None:
    words = "as Tropical Storm Risk said , the risk grew"
    assert shapes(words, [Cand(1, 4, "ORG")]) == [("Tropical Storm Risk", "ORG")]

def test_a_pair_of_names_written_alone_elsewhere_is_split() -> None:
    words = "on Facebook and Instagram ; Facebook said Instagram grew"
    assert shapes(words, [Cand(1, 4, "ORG"), Cand(5, 6, "ORG")]) == [
        ("Facebook", "ORG"), ("Instagram", "ORG"), ("Facebook", "ORG")]


def test_a_pair_that_is_one_firm_stays_whole() -> None:
    words = "Smith & Wesson and Johnson & Johnson sued , Smith & Wesson said ; Johnson left"
    cands = [Cand(0, 3, "ORG"), Cand(4, 7, "ORG"), Cand(9, 12, "ORG"), Cand(14, 15, "PERSON")]
    texts = [text for text, _ in shapes(words, cands)]
    assert texts == ["Smith & Wesson", "Johnson & Johnson", "Smith & Wesson", "Johnson"]


def test_a_pair_whose_last_name_stands_alone_is_split() -> None:
    # "Netflix" after "and" or a capitalised word is no evidence; after "recent" it is
    words = "on Comedy Central and Netflix , and a recent Netflix special"
    assert [text for text, _ in shapes(words, [Cand(1, 5, "ORG")])] == ["Comedy Central", "Netflix"]
    words = "at Acme & Co , then at Acme & Co ; the Co grew"
    assert [text for text, _ in shapes(words, [Cand(1, 4, "ORG"), Cand(7, 10, "ORG")])] == ["Acme & Co", "Acme & Co"]


def tagged(words: str, tags: str, cands: list[Cand]) -> list[tuple[str, str]]:
    doc = Doc(VOCAB, words=words.split(" "), tags=tags.split(" "))
    return [(doc[c.start : c.end].text, c.label) for c in fix_shapes(doc, cands)]


def test_a_common_word_opening_a_line_is_no_person() -> None:
    # the tagger reads "Hellscape" as a common noun and the article never writes it mid-sentence
    words = "Hellscape at the border \n\n Crews came . Ostrander spoke"
    tags = "NN IN DT NN _SP NNS VBD . NNP VBD"
    assert tagged(words, tags, [Cand(0, 1, "PERSON"), Cand(8, 9, "PERSON")]) == [("Ostrander", "PERSON")]
    # a name written capitalised mid-sentence, in capitals, or alone in a quotation stays
    words = "Merrow came . Crews met Merrow . FROST fell . \" Ghostbusters \" costumes"
    tags = "NN VBD . NNS VBD NNP . NN VBD . `` NNS '' NNS"
    cands = [Cand(0, 1, "PERSON"), Cand(5, 6, "PERSON"), Cand(7, 8, "PERSON"), Cand(11, 12, "PERSON")]
    assert [text for text, _ in tagged(words, tags, cands)] == ["Merrow", "Merrow", "FROST", "Ghostbusters"]


def test_a_given_name_before_a_surname_street_word_is_a_person() -> None:
    words = "with Diane Lane and Barry Pike , on Sarah Lane , at 12 Diane Lane and Cedar Lane"
    cands = [Cand(1, 3, "PERSON"), Cand(4, 6, "PERSON"), Cand(8, 10, "PERSON"), Cand(13, 15, "PERSON"),
             Cand(16, 18, "PERSON")]
    assert [label for _, label in shapes(words, cands)] == ["PERSON", "PERSON", "FAC", "FAC", "FAC"]


def test_a_rarer_first_name_before_a_street_word_is_a_persons_where_the_article_shows_it() -> None:
    # a title or an age shows the name a person's at one mention, and so at every other
    words = ("Reporter Zelda Lane left ; Zelda Lane came , and Ozra Lane , 34 , stayed in Ozra Lane ; "
             "Qorvath Lane closed")
    cands = [Cand(1, 3, "PERSON"), Cand(5, 7, "PERSON"), Cand(10, 12, "PERSON"), Cand(17, 19, "PERSON"),
             Cand(20, 22, "PERSON")]
    assert [label for _, label in shapes(words, cands)] == ["PERSON", "PERSON", "PERSON", "PERSON", "FAC"]


def test_a_dictionary_word_opening_a_sentence_is_no_person() -> None:
    # the tagger took "Breezy" for a proper noun; the dictionary knows the adjective
    words = "Sunny . Breezy , with a wind . Bill and Hillary left . Ken \n Green won"
    tags = "NNP . NNP , IN DT NN . NNP CC NNP VBD . NNP _SP NNP VBD"
    cands = [Cand(2, 3, "PERSON"), Cand(8, 9, "PERSON"), Cand(10, 11, "PERSON"), Cand(13, 14, "PERSON"),
             Cand(15, 16, "PERSON")]
    dictionary = frozenset(["breezy", "bill", "green"])
    doc = Doc(VOCAB, words=words.split(" "), tags=tags.split(" "))
    kept = [doc[c.start : c.end].text for c in fix_shapes(doc, cands, dictionary)]
    # a common given name stays a person's, and so does a word after a name word (a name broken by a line)
    assert kept == ["Bill", "Hillary", "Ken", "Green"]


def test_a_common_word_or_a_kind_of_local_government_alone_is_no_organisation() -> None:
    words = "Best travel insurance , said County Executive Dana Roe , was OK ; born in Tulsa , OK"
    tags = "ADJ NOUN NOUN PUNCT VERB PROPN PROPN PROPN PROPN PUNCT AUX PROPN PUNCT VERB ADP PROPN PUNCT PROPN".split()
    doc = Doc(VOCAB, words=words.split(" "), pos=tags)
    cands = [Cand(0, 1, "ORG"), Cand(5, 6, "ORG"), Cand(7, 9, "PERSON"), Cand(11, 12, "ORG"), Cand(15, 16, "GPE"),
             Cand(17, 18, "ORG")]
    found = [(doc[c.start : c.end].text, c.label) for c in fix_shapes(doc, cands, frozenset({"best", "ok"}))]
    # the state after a town stays a name (of the wrong type, as the model gave it)
    assert found == [("Dana Roe", "PERSON"), ("Tulsa", "GPE"), ("OK", "ORG")]


def test_a_handle_or_an_address_is_no_name() -> None:
    found = shapes("Follow him on Twitter@droe or mail Roe:droe@example.com , Dana Roe", [Cand(3, 4, "PERSON"),
                   Cand(6, 7, "PERSON"), Cand(8, 10, "PERSON")])
    assert found == [("Dana Roe", "PERSON")]
