"""The roles layer: titles bound to people, with where they are held, and group members.

Unit tests parse hand-made sentences with the real model and build the entities by hand; the
golden test runs the whole pipeline on the reference article.
"""

from __future__ import annotations

import pytest
from coref_cases import Analyse, analyser

from newsgraph.model import Record, Role
from newsgraph.pipeline import Extractor
from newsgraph.pipeline.state import Layers

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def analyse(extractor: Extractor) -> Analyse:
    """analyse(text, [(type, name, other surface forms ...), ...]) -> the state after coref and roles."""
    return analyser(extractor, ("newsgraph_coref", "newsgraph_roles"))


def roles(state: Layers, name: str) -> list[tuple[str, str | None]]:
    """(title, name of the holder entity or of_name) for each role of the entity called ``name``."""
    entity = next(e for e in state.entities if e.name == name)
    return [(r.title, holder(state, r)) for r in entity.roles]


def holder(state: Layers, role: Role) -> str | None:
    held_at = state.entity(role.of)
    return held_at.name if held_at else role.of_name


def test_title_before_the_name_with_its_holder(analyse: Analyse) -> None:
    text = "White House spokesperson Anna Kell said U.S. Secretary of State Mark Rhodes will travel."
    state = analyse(text, [
        ("ORG", "White House"), ("PERSON", "Anna Kell"), ("GPE", "United States", "U.S."), ("PERSON", "Mark Rhodes"),
    ])
    assert roles(state, "Anna Kell") == [("spokesperson", "White House")]
    assert roles(state, "Mark Rhodes") == [("Secretary of State", "United States")]


def test_portfolio_is_part_of_the_title(analyse: Analyse) -> None:
    text = "The talks were led by Defense Minister Tom Ward and special trade envoy Lia Moss."
    state = analyse(text, [("PERSON", "Tom Ward"), ("PERSON", "Lia Moss"), ("ORG", "Defense")])
    assert roles(state, "Tom Ward") == [("Defense Minister", None)]
    assert roles(state, "Lia Moss") == [("special trade envoy", None)]


def test_nationality_adjective_names_the_country(analyse: Analyse) -> None:
    text = "Polish President Jan Nowak met French Foreign Minister Marie Roux in Warsaw, Poland."
    state = analyse(text, [("PERSON", "Jan Nowak"), ("PERSON", "Marie Roux"), ("GPE", "Poland"), ("GPE", "Warsaw")])
    assert roles(state, "Jan Nowak") == [("President", "Poland")]
    role = next(e for e in state.entities if e.name == "Marie Roux").roles[0]
    assert (role.title, role.of, role.of_name) == ("Foreign Minister", None, "France")


def test_title_in_apposition(analyse: Analyse) -> None:
    text = (
        "Omar Said, Egypt's foreign minister, spoke first. Then Lena Park, the president of Korea, answered. "
        "Later they met the head of the agency, Ian Moore."
    )
    state = analyse(text, [
        ("PERSON", "Omar Said"), ("GPE", "Egypt"), ("PERSON", "Lena Park"), ("GPE", "Korea"), ("PERSON", "Ian Moore"),
    ])
    assert roles(state, "Omar Said") == [("foreign minister", "Egypt")]
    assert roles(state, "Lena Park") == [("president", "Korea")]
    assert roles(state, "Ian Moore") == [("head", None)]


def test_indefinite_apposition_with_for(analyse: Analyse) -> None:
    text = "Nina Rossi, a spokesperson for Acme Corp, declined to comment."
    state = analyse(text, [("PERSON", "Nina Rossi"), ("ORG", "Acme Corp")])
    assert roles(state, "Nina Rossi") == [("spokesperson", "Acme Corp")]


def test_longer_title_wins_over_its_last_word(analyse: Analyse) -> None:
    text = "Police Chief Bo Kent spoke on Monday. On Tuesday, Chief Bo Kent spoke again with Surgeon General Al Roy."
    state = analyse(text, [("PERSON", "Bo Kent"), ("PERSON", "Al Roy")])
    assert roles(state, "Bo Kent") == [("Police Chief", None)]
    assert roles(state, "Al Roy") == [("Surgeon General", None)]


def test_title_as_predicate(analyse: Analyse) -> None:
    text = "Lena Park is the president of Korea. Omar Said was named chief executive of Acme Corp in May."
    state = analyse(text, [("PERSON", "Lena Park"), ("GPE", "Korea"), ("PERSON", "Omar Said"), ("ORG", "Acme Corp")])
    assert roles(state, "Lena Park") == [("president", "Korea")]
    assert roles(state, "Omar Said") == [("chief executive", "Acme Corp")]


def test_role_span_is_the_title_words(analyse: Analyse) -> None:
    text = "On Monday, former Prime Minister Rosa Lind spoke."
    state = analyse(text, [("PERSON", "Rosa Lind")])
    (role,) = next(e for e in state.entities if e.name == "Rosa Lind").roles
    assert (role.text, text[role.start:role.end]) == ("Prime Minister", "Prime Minister")


def test_no_title_no_role(analyse: Analyse) -> None:
    text = "Yesterday Rosa Lind and her friend Tim Bell went home."
    state = analyse(text, [("PERSON", "Rosa Lind"), ("PERSON", "Tim Bell")])
    assert all(not e.roles for e in state.entities)


def test_group_members(analyse: Analyse) -> None:
    text = "The Danish delegation includes Foreign Minister Lars Holm, Ida Berg and Finance Minister Ole Dahl."
    state = analyse(text, [("PERSON", "Lars Holm"), ("PERSON", "Ida Berg"), ("PERSON", "Ole Dahl")])
    group = next(e for e in state.entities if e.members)
    assert group.name == "Danish delegation" and group.type == "ORG"
    assert [getattr(state.entity(m), "name", None) for m in group.members] == ["Lars Holm", "Ida Berg", "Ole Dahl"]
    assert roles(state, "Ole Dahl") == [("Finance Minister", None)]


def test_reference_article_roles(reference_record: Record, reference_gold: dict) -> None:
    """Acceptance bar: every titled person gets the gold title text and, where gold names it, its holder."""
    found = {e.name: e for e in reference_record.entities}
    gold_names = {e["id"]: {m["text"] for m in e["mentions"]} for e in reference_gold["entities"]}
    for person in reference_gold["entities"]:
        for gold_role in person.get("roles", []):
            entity = found.get(person["name"])
            assert entity is not None, person["name"]
            titles = {r.title: r for r in entity.roles}
            assert gold_role["title"] in titles, (person["name"], entity.roles)
            role = titles[gold_role["title"]]
            assert (role.start, role.end) == (gold_role["mention"]["start"], gold_role["mention"]["end"])
            if gold_role["of"]:
                holder_entity = next((e for e in reference_record.entities if e.id == role.of), None)
                assert holder_entity is not None, (person["name"], role)
                assert {m.text for m in holder_entity.name_mentions()} & gold_names[gold_role["of"]]


def test_reference_article_delegation(reference_record: Record, reference_gold: dict) -> None:
    by_id = {e.id: e for e in reference_record.entities}
    gold_names = {e["id"]: e["name"] for e in reference_gold["entities"]}
    groups = [e for e in reference_record.entities if e.members]
    assert len(groups) == 1
    members = [by_id[m].name for m in groups[0].members]
    assert members == [gold_names[m] for m in reference_gold["delegation"]["members"]]
