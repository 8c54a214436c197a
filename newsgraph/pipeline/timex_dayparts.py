"""A part of the day that no other word names: "by afternoon", "in mid-morning", "late evening".

TimeML tags them as TIMEs of the day the text tells of ("The river rose on Friday ... in the late
afternoon" is Friday's), else of the publication's. The words around decide whether one is a time
at all: a preposition or "early/late/mid" before it, and no noun after it ("morning TV", "an early
morning call" are adjectives), and no day named after it ("the early morning hours of July 4").
"""

from __future__ import annotations

import re

from newsgraph.pipeline.timex_grammar import Candidate
from newsgraph.pipeline.timex_narrative import told_day
from newsgraph.pipeline.timex_values import Context, Timex, handles, point_mod
from newsgraph.pipeline.timex_words import PARTS_OF_DAY

# the words that may follow a bare part of the day; a noun there makes it an adjective ("morning TV")
_AFTER_BARE_PART = {"on", "in", "of", "to", "into", "through", "until", "till", "and", "or", "but", "as", "when",
                    "with", "at", "before", "after", "while", "because", "for", "from", "the", "a", "an", "that",
                    "local", "hours", "he", "she", "it", "they", "we", "i", "you", "there", "is", "was", "were", "are"}


@handles("bare_daypart")
def _bare_daypart(m: re.Match[str], cand: Candidate, ctx: Context) -> Timex | None:
    """ "by afternoon", "in mid-morning": that part of the day the text tells of, else of the anchor's."""
    if not _bare_part_is_time(m.string, cand):
        return None
    part = PARTS_OF_DAY[m["part"].lower()]
    day = told_day(ctx, cand) or ctx.anchor
    mod = point_mod(m["pmod"] or m["pmod2"])
    if day is None:
        return Timex("TIME", f"XXXX-XX-XXT{part}", mod)
    return Timex("TIME", f"{day.isoformat()}T{part}", mod, point=(day, "day"))


def _bare_part_is_time(text: str, cand: Candidate) -> bool:
    """Whether a bare "(late) afternoon" is the time of day, not a name ("Morning Consult"), an
    adjective ("an early morning call", "in morning TV") or the part of a day named after it
    ("mid-afternoon on Saturday", "the early morning hours of July 4")."""
    if not cand.match["part"].islower() or re.search(r"\ban?\s+$", text[max(0, cand.start - 3):cand.start], re.I):
        return False
    if re.match(r" [A-Z]{2,}\b", text[cand.end:cand.end + 8]):
        return False
    after = re.match(r"(?: hours)? ([a-z]+)(?:\s+(\S+))?", text[cand.end:cand.end + 40])
    if after is None:
        return True
    if after[1] not in _AFTER_BARE_PART:
        return False
    named = after[2] and (after[2][0].isupper() or after[2][0].isdigit() or after[2] == "the")
    return not (after[1] in ("on", "of", "in") and named)
