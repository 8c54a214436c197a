"""Pairing quotation marks in texts that mix straight and curly marks or leave one unclosed
(``newsgraph.pipeline.quotemarks``): one slip spoils one quotation, never the pairing of the rest."""

from __future__ import annotations

import pytest

from newsgraph.pipeline.quotemarks import find_quotations


def quoted(text: str) -> list[str]:
    return [text[s:e] for s, e in find_quotations(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a curly opening mark closed by a straight one, and the other way round
        ('He said “the plan is dead" and left. Later she said “it will pass.”',
         ["“the plan is dead\"", "“it will pass.”"]),
        ('He said "the plan is dead” and left. Later she said "it will pass."',
         ['"the plan is dead”', '"it will pass."']),
        # a straight quotation inside a curly one, closed or not
        ('“He called it "a farce" twice.” Then “no.”', ['“He called it "a farce" twice.”', "“no.”"]),
        ('“He called it "a farce.” Then “no.”', ['“He called it "a farce.”', "“no.”"]),
        # an unclosed straight mark does not shift the pairs after it
        ('"We will win. Later she said "no way." Then "maybe."', ['"no way."', '"maybe."']),
        # a paragraph left unclosed, then a paragraph of ordinary quotations
        ("“We will win, he said at the rally.\n\nShe said “no way.” Then she added “maybe.”",
         ["“no way.”", "“maybe.”"]),
        ('"We will win, he said at the rally.\n\nShe said "no way." Then she added "maybe."',
         ['"no way."', '"maybe."']),
        # ... even when the next paragraph opens with a mark: its reporting clause closed the first
        ("“We will win, he said at the rally.\n\n“No way,” she replied. “Never.”", ["“No way,”", "“Never.”"]),
        ('"We will win, said Jane Roe.\n\n"No way," she replied.', ['"No way,"']),
        # the multi-paragraph convention still holds, with a report inside the quotation
        ('She said: "Then, in May, Kerry said that more would come.\n\n"That adds up," she said.',
         ['"Then, in May, Kerry said that more would come.\n\n"That adds up,"']),
        ("“The first paragraph of a long quote.\n\n“The second ends it,” he said.",
         ["“The first paragraph of a long quote.\n\n“The second ends it,”"]),
        # an apostrophe typed for the closing mark
        ("“We are ready,’ she said. “The plan is good.”", ["“We are ready,’", "“The plan is good.”"]),
        ("“He said ‘no,’ and left.”", ["“He said ‘no,’ and left.”"]),
        # a plural's apostrophe inside a single quotation is no closing mark
        ("‘The players’ union will strike,’ he said.", ["‘The players’ union will strike,’"]),
        ("He called it ‘The Players’ Deal’ and left.", ["‘The Players’ Deal’"]),
        ("They wrote ‘Two Instances’ where Donations ‘Slipped Away.’", ["‘Two Instances’", "‘Slipped Away.’"]),
        ("He called them ‘the Joneses’ and left.", ["‘the Joneses’"]),
    ],
)
def test_mismatched_marks_pair_robustly(text: str, expected: list[str]) -> None:
    assert quoted(text) == expected


def test_no_quotation_crosses_a_paragraph_that_does_not_open_with_a_mark() -> None:
    text = "“An unclosed mark here.\n\nA new paragraph with “its own quote.”\n\n“And another.”"
    for start, end in find_quotations(text):
        assert "\n" not in text[start:end]


def test_a_straight_mark_closed_by_two_apostrophes() -> None:
    text = "\"Dangerous surf is expected,'' the weather service said. \"Stay out of the water.\""
    assert quoted(text) == ["\"Dangerous surf is expected,''", '"Stay out of the water."']


def test_doubled_apostrophes_inside_a_straight_quotation_are_a_quotation_within_it() -> None:
    text = "\"He said ''no'' to me,\" she said."
    assert quoted(text) == ["\"He said ''no'' to me,\""]


def test_two_curly_apostrophes_close_a_double_quotation() -> None:
    text = "“It was a spirit of liberation,’’ she said. The index is “stable.’’\n\n“I’m here,’ he said."
    found = [text[a:b] for a, b in find_quotations(text)]
    assert found == ["“It was a spirit of liberation,’’", "“stable.’’", "“I’m here,’"]
