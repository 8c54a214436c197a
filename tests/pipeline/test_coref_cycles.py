"""Coreference: quotations whose speakers' pronouns wait on each other do not loop."""

from collections.abc import Callable

from newsgraph.model import Record


def test_a_quotation_inside_a_quotation_reported_by_pronouns(extract: Callable[..., Record]) -> None:
    # the outer "he shared" and the inner "he said" each ask who speaks the other's quotation
    text = ("Michael Jordan was very close with his father. In the film, he revealed that he was suspended "
            "three times.\n\n“My father pulled me aside that summer,” he shared, “and he said, ‘Look, you "
            "don’t look like you’re headed in the right direction.’ That’s all I needed to hear.”")
    record = extract(text, "2023-02-16")
    assert record.quotes
