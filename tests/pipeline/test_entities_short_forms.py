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
