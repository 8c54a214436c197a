"""Times of a race: a lap or race time written in minutes, seconds and a fraction, and the
qualifying sessions of motor sport, which share the names of a year's quarters.

"a lap in 1:31.447", "finished in 2:03.03", "(8:27.07)": one DURATION, its minutes and seconds
(PT1M31.447S), not a time of day nor a number's tail. "crashed in Q1", "the last sector during
Q3": a qualifying session of a race weekend, no quarter of the year; "Q3: Team Bonds 47, Team
Rice 35": the third quarter of a game, its score after it.
"""

import re

from newsgraph.pipeline.timex_grammar import Candidate
from newsgraph.pipeline.timex_values import Context, Timex, handles

# words that a report of motor racing uses around its sessions ("qualifying", "pole", "lap")
_MOTOR_SPORT = re.compile(
    r"\b(?:qualifying|qualifier|qualified|qualify|pole(?:\s+position|sitter)?|laps?|grid|sector|pit\s*lane|pits|"
    r"Grand\s+Prix|Formula\s+(?:One|1|2|E)|F[12]|IndyCar|NASCAR|MotoGP|practice\s+session|timing\s+sheets?)\b",
    re.IGNORECASE,
)
# a game's score after a quarter's code: "Q3: Team Bonds 47, Team Rice 35"
_SCORE_LINE = re.compile(r":\s+[A-Z][\w.' -]*?\s\d{1,3},\s+[A-Z][\w.' -]*?\s\d{1,3}\s*$", re.MULTILINE)


# what a quarter of a company's year is told with: its figures
_BUSINESS = re.compile(r"\b(?:revenue|earnings|profits?|sales|results|fiscal|quarterly|growth|GDP|shares|"
                       r"billion|million|charge|guidance|forecast)\b|[$%€£]", re.IGNORECASE)


def qualifying_session(cand: Candidate) -> bool:
    """Whether the quarter's code at ``cand`` ("Q1", "Q3") is a session of a race weekend or a
    game's quarter: a score follows it on its line, or its sentence speaks of motor racing, or
    the text does (two words of it or more) and the sentence tells no company's figures."""
    text = cand.match.string
    if _SCORE_LINE.match(text, cand.end):
        return True
    if cand.text[-1] not in "123":
        return False  # a race weekend has three sessions of qualifying
    start = max(text.rfind(". ", 0, max(0, cand.start - 1)), text.rfind("\n", 0, cand.start)) + 1
    ends = [i for i in (text.find(". ", cand.end), text.find("\n", cand.end)) if i >= 0]
    end = min(ends) if ends else len(text)
    if _MOTOR_SPORT.search(text, start, end):
        return True
    words = {re.sub(r"\s+", " ", found.group().lower()) for found in _MOTOR_SPORT.finditer(text)}
    return len(words) >= 2 and not _BUSINESS.search(text, start, end)


@handles("race_time")
def _race_time(m: re.Match[str], cand: Candidate, ctx: Context) -> Timex | None:
    """ "1:11.365": PT1M11.365S; "0:58.2": PT58.2S; "1:02:03.5" (hours first): PT1H2M3.5S."""
    seconds = f"{int(m['s'])}.{m['f']}"
    minutes = int(m["m"])
    hours = int(m["h"]) if m["h"] else 0
    value = "PT" + (f"{hours}H" if hours else "") + (f"{minutes}M" if minutes else "") + f"{seconds}S"
    return Timex("DURATION", value)
