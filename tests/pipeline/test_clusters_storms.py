"""A storm's bare name joins the storm the article names with it (clustering, no model)."""

from __future__ import annotations

from newsgraph.pipeline.clusters import Named, cluster


def named(text: str, label: str, start: int) -> Named:
    return Named(start, start + len(text), text, label)


def test_a_bare_storm_name_joins_its_storm_before_or_after_whatever_its_type() -> None:
    before = cluster([named("Nigel", "PERSON", 0), named("Hurricane Nigel", "EVENT", 30), named("Nigel", "GPE", 60)])
    assert [(g.name(), g.label(), len(g.mentions)) for g in before] == [("Hurricane Nigel", "EVENT", 3)]
    after = cluster([named("Tropical Storm Ossie", "EVENT", 0), named("Ossie", "PERSON", 40)])
    assert [(g.name(), g.label()) for g in after] == [("Tropical Storm Ossie", "EVENT")]


def test_a_person_holding_the_name_or_two_storms_of_it_leave_it_alone() -> None:
    storm = named("Hurricane Nigel", "EVENT", 0)
    person = cluster([storm, named("Dana Nigel", "PERSON", 30), named("Nigel", "PERSON", 60)])
    assert [(g.name(), len(g.mentions)) for g in person] == [("Hurricane Nigel", 1), ("Dana Nigel", 2)]
    two = cluster([storm, named("Typhoon Nigel", "EVENT", 30), named("Nigel", "PERSON", 60)])
    assert len(two) == 3
