"""Sports teams named by their home or nickname (hand-made Docs, no model)."""

import spacy
from spacy.tokens import Doc

from newsgraph.pipeline.name_teams import fix_teams
from newsgraph.pipeline.names import Cand

VOCAB = spacy.blank("en").vocab


def teams(words: str, cands: list[Cand]) -> list[tuple[str, str]]:
    doc = Doc(VOCAB, words=words.split(" "))
    return [(doc[c.start : c.end].text, c.label) for c in fix_teams(doc, cands)]


def test_a_city_after_a_result_word_with_a_score_is_a_team() -> None:
    found = teams("The Knicks lost to Denver 110-98 on Sunday", [Cand(1, 2, "ORG"), Cand(4, 5, "GPE")])
    assert found == [("Knicks", "ORG"), ("Denver", "ORG")]


def test_a_city_before_a_result_word_in_a_game_sentence_is_a_team() -> None:
    words = "Golden State beat Oklahoma City in the final game"
    found = teams(words, [Cand(0, 2, "GPE"), Cand(3, 5, "GPE")])
    assert found == [("Golden State", "ORG"), ("Oklahoma City", "ORG")]


def test_a_ranked_side_after_vs_is_a_team() -> None:
    found = teams("Tickets for the game vs. No. 6 Creighton", [Cand(7, 8, "PERSON")])
    assert found == [("Creighton", "ORG")]


def test_a_score_right_after_the_name_is_enough() -> None:
    found = teams("UConn routed Gonzaga 82-54 .", [Cand(0, 1, "ORG"), Cand(2, 3, "PERSON")])
    assert found == [("UConn", "ORG"), ("Gonzaga", "ORG")]


def test_a_place_without_a_game_stays_a_place() -> None:
    # "in Denver" is the city, and a result word needs a game in its sentence
    words = "She grew up in Denver and the state sued Texas against the rules"
    found = teams(words, [Cand(4, 5, "GPE"), Cand(9, 10, "GPE")])
    assert found == [("Denver", "GPE"), ("Texas", "GPE")]


def test_a_court_vote_is_no_score() -> None:
    found = teams("The justices ruled against Texas in a 6-3 ruling", [Cand(4, 5, "GPE")])
    assert found == [("Texas", "GPE")]


def test_a_country_and_a_named_person_stay() -> None:
    words = "Donald Trump watched Spain beat Italy 3-2 ; Sen. Smith beat Trump 6-3 in the game of golf"
    cands = [Cand(0, 2, "PERSON"), Cand(3, 4, "GPE"), Cand(5, 6, "GPE"), Cand(9, 10, "PERSON"), Cand(11, 12, "PERSON")]
    found = teams(words, cands)
    expected = [
        ("Donald Trump", "PERSON"), ("Spain", "GPE"), ("Italy", "GPE"), ("Smith", "PERSON"), ("Trump", "PERSON")
    ]
    assert found == expected


def test_a_players_full_name_stays_a_person() -> None:
    found = teams("Alcaraz beat Jannik Sinner 6-4 in the final", [Cand(2, 4, "PERSON")])
    assert found == [("Jannik Sinner", "PERSON")]


def test_a_school_taken_for_a_person_is_a_team_at_every_mention() -> None:
    words = "Xavier won the title . They lost to Xavier 70-65 ."
    found = teams(words, [Cand(0, 1, "PERSON"), Cand(8, 9, "PERSON")])
    assert found == [("Xavier", "ORG"), ("Xavier", "ORG")]


def test_a_nickname_takes_its_full_name_with_it() -> None:
    words = "The Chiefs beat the Eagles in the game . The Philadelphia Eagles flew home ."
    found = teams(words, [Cand(1, 2, "ORG"), Cand(4, 5, "GPE"), Cand(10, 12, "GPE")])
    assert found == [("Chiefs", "ORG"), ("Eagles", "ORG"), ("Philadelphia Eagles", "ORG")]


def test_a_city_elsewhere_in_the_article_stays_a_city() -> None:
    words = "The Heat lost to Denver 99-90 . Fans flew to Denver on Monday"
    found = teams(words, [Cand(1, 2, "ORG"), Cand(4, 5, "GPE"), Cand(10, 11, "GPE")])
    assert found == [("Heat", "ORG"), ("Denver", "ORG"), ("Denver", "GPE")]


def test_an_owner_and_a_ground_stay() -> None:
    words = "Shaq 's team beat Chuck 's Global Stars 41-25 , and more State Farm Stadium wins followed in the game"
    found = teams(words, [Cand(0, 1, "PERSON"), Cand(4, 5, "PERSON"), Cand(6, 8, "ORG"), Cand(12, 15, "FAC")])
    assert found == [("Shaq", "PERSON"), ("Chuck", "PERSON"), ("Global Stars", "ORG"), ("State Farm Stadium", "FAC")]
