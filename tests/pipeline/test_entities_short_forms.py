"""Short names that must not join a longer name they do not shorten (clustering, no model)."""

from __future__ import annotations

from newsgraph.pipeline.clusters import Named, cluster


def named(text: str, label: str, start: int) -> Named:
    return Named(start, start + len(text), text, label)


def test_a_name_after_of_names_another_body_in_either_order() -> None:
    after = cluster([named("Library of Congress", "ORG", 0), named("Congress", "ORG", 40)])
    before = cluster([named("Congress", "ORG", 0), named("Library of Congress", "ORG", 40)])
    assert len(after) == 2 and len(before) == 2


def test_a_legislature_opening_a_cut_name_stays_apart_in_either_order() -> None:
    # the model cut the head off "Senate Appropriations Committee"; "Congress Democrats" are members
    for long in ("Senate Appropriations", "Senate Joint Resolution", "Congress Democrats"):
        short = long.split()[0]
        after = cluster([named(long, "ORG", 0), named(short, "ORG", 40)])
        before = cluster([named(short, "ORG", 0), named(long, "ORG", 40)])
        assert len(after) == 2 and len(before) == 2, long


def test_a_last_word_still_shortens_its_name() -> None:
    groups = cluster([named("United States Congress", "ORG", 0), named("Congress", "ORG", 40)])
    bank = cluster([named("Goldman Sachs", "ORG", 0), named("Goldman", "PERSON", 30)])
    assert len(groups) == 1 and len(bank) == 1


def test_two_names_of_one_acronym_stay_apart() -> None:
    # the acronym stays with the name it met first: "RNC" is the convention in both
    convention, committee = "Republican National Convention", "Republican National Committee"
    groups = cluster([named(convention, "EVENT", 0), named("RNC", "EVENT", 40), named(committee, "ORG", 80)])
    assert [(g.name(), g.label(), len(g.mentions)) for g in groups] == [(convention, "EVENT", 2), (committee, "ORG", 1)]
    later = cluster([named(committee, "ORG", 0), named("RNC", "ORG", 40), named(convention, "EVENT", 80)])
    assert [(g.name(), g.label(), len(g.mentions)) for g in later] == [(committee, "ORG", 2), (convention, "EVENT", 1)]


def test_a_name_with_a_country_or_a_last_word_more_keeps_its_acronym() -> None:
    border = cluster([named("U.S. Customs and Border Protection", "ORG", 0), named("CBP", "ORG", 40),
                      named("Customs and Border Protection", "ORG", 60)])
    cdc = cluster([named("Centers for Disease Control and Prevention", "ORG", 0), named("CDC", "ORG", 50),
                   named("Centers for Disease Control", "ORG", 60)])
    assert len(border) == 1 and len(cdc) == 1


def test_a_first_word_apart_names_another_body_a_spelling_does_not() -> None:
    schools = cluster([named("Beech Grove", "ORG", 0), named("BG", "ORG", 20), named("Boone Grove", "ORG", 40)])
    union = cluster([named("National Basketball Players Association", "ORG", 0), named("NBPA", "ORG", 50),
                     named("National Basketball Player Association", "ORG", 60)])
    agency = cluster([named("Drug Enforcement Administration", "ORG", 0), named("DEA", "ORG", 40),
                      named("Drug Enforcement Agency", "ORG", 60)])
    assert len(schools) == 2 and len(union) == 1 and len(agency) == 1
