"""Time zones of clock times: "Moscow time", "Eastern Time", "ET", "GMT", "BST", "local".

``zoned`` gives the UTC offset a zone has on a given date (daylight saving time included, from
the IANA database through ``zoneinfo``) and the instant in UTC. ``place_zone`` maps a place
name to its zone through a closed table of countries, US states and major cities.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from newsgraph.pipeline.timex_words import PLACE_ZONES, STATE_ABBREVIATION_ZONES, US_STATES, ZONE_IANA, ZONE_OFFSETS

_PLACE_PATTERN = re.compile(r"\b(?:" + "|".join(re.escape(p) for p in sorted(PLACE_ZONES, key=len, reverse=True))
                            + r")\b")


@dataclass
class Zoned:
    """A clock time's zone: the offset on that date ("+03:00"), the instant in UTC, the zone's name."""

    offset: str
    utc: str
    name: str


def zone_name(text: str, local_zone: str | None = None) -> str | None:
    """The IANA zone (or fixed abbreviation) ``text`` names; "local" is ``local_zone``."""
    words = re.sub(r"\s+", " ", text.strip())
    lowered = words.lower()
    if lowered.startswith("local"):
        return local_zone
    if words in ZONE_OFFSETS or words in ZONE_IANA:
        return words
    place = re.sub(r"\s+(?:(?:standard|daylight|summer)\s+)?time$", "", words, flags=re.I)
    if place in PLACE_ZONES:
        return PLACE_ZONES[place]
    return ZONE_IANA.get(place.lower())


def zoned(text: str, day: dt.date, hour: int, minute: int, local_zone: str | None = None) -> Zoned | None:
    """The zone ``text`` names, applied to ``hour:minute`` on ``day``; None if unknown."""
    name = zone_name(text, local_zone)
    if name is None:
        return None
    local = dt.datetime.combine(day, dt.time()) + dt.timedelta(hours=hour, minutes=minute)
    if name in SEASONLESS and _in_daylight_time(local, ZONE_IANA[name]):
        name = ZONE_IANA[name]  # "1:23 p.m. EST" on April 4: the writer tells New York's clock
    if name in ZONE_OFFSETS:  # an abbreviation names its offset, whatever the season
        sign = -1 if ZONE_OFFSETS[name].startswith("-") else 1
        hours, minutes = ZONE_OFFSETS[name][1:].split(":")
        offset = sign * dt.timedelta(hours=int(hours), minutes=int(minutes))
        iana = ZONE_IANA.get(name, name)
    else:
        try:
            iana = ZONE_IANA.get(name, name)
            offset = local.replace(tzinfo=ZoneInfo(iana)).utcoffset() or dt.timedelta()
        except (ZoneInfoNotFoundError, ValueError):
            return None
    instant = local - offset
    return Zoned(_offset_text(offset), instant.strftime("%Y-%m-%dT%H:%MZ"), iana)


# North American standard-time abbreviations that news writes all year round for the region's
# clock ("the ceremony began at 6 a.m. EST (11 a.m. local time)" in London in May): in the months
# of daylight saving time they tell that clock. "MST" is left out: Arizona keeps it all year.
SEASONLESS = {"EST", "CST", "PST", "AKST"}


def _in_daylight_time(local: dt.datetime, iana: str) -> bool:
    """Whether zone ``iana`` keeps daylight saving time at the wall-clock time ``local``."""
    try:
        return bool(local.replace(tzinfo=ZoneInfo(iana)).dst())
    except (ZoneInfoNotFoundError, ValueError):
        return False


def _offset_text(offset: dt.timedelta) -> str:
    minutes = int(offset.total_seconds() // 60)
    sign = "-" if minutes < 0 else "+"
    hours, mins = divmod(abs(minutes), 60)
    return f"{sign}{hours:02d}:{mins:02d}"


CONTEXT_LINES = 3  # how many lines (paragraphs) before its sentence a "local time" may take its place from


def context_zone(text: str, before: int) -> str | None:
    """The zone of the places the lines just before offset ``before`` name, where they all lie in
    one zone (where they name none, the place named last before them); where they lie in several,
    the one zone of the places named in the paragraph of offset ``before`` itself, else None
    ("polls close at 8 p.m. local time" after a list of states: each its own)."""
    start = _lines_back(text, before, CONTEXT_LINES)
    zones = {PLACE_ZONES[m.group()] for m in _places(text[start:before])}
    dateline = dateline_zone(text)
    if not zones:  # the lines just before name no place: the story's dateline, else the place named last
        return dateline or place_zone(text[:start], start)
    if len(zones) > 1:  # "... Wisconsin ...\n\nThe stop in Utah ... was set for 12 p.m. local time"
        own = text[text.rfind("\n", 0, before) + 1:before]
        own_zones = {PLACE_ZONES[m.group()] for m in _places(own) if not _coming_from(own, m.start())}
        if not own_zones and dateline in zones:  # the story's place, beside teams or visitors from elsewhere
            return dateline
        zones = own_zones
    return zones.pop() if len(zones) == 1 else None


# A dateline opens a story on one of its first lines: a place in capitals, its state or country, the
# agency, a dash ("EAGLE PASS, Texas —", "GLENDALE, Ariz. (AP) —", "KYIV, Ukraine (AP) —", "LONDON (Reuters) -").
_DATELINE = re.compile(r"(?P<city>[A-Z][A-Z.'’\- ]{2,40}?)"
                       r"(?:,\s+(?P<region>[A-Z][A-Za-z.]*(?:\s+[A-Z][A-Za-z.]*){0,2}))?"
                       r"\s*(?:\([A-Za-z .]{2,20}\)\s*)?[—–−‒-]\s")
_DATELINE_LINES = 3  # a byline, an "Updated" stamp or an agency's name may come first


def dateline_zone(text: str) -> str | None:
    """The zone of the place the dateline of ``text`` names (its city, else its state or country),
    where one of the first lines opens with one; else None."""
    lines = [line for line in text[:600].split("\n") if line.strip()][:_DATELINE_LINES]
    for line in lines:
        match = _DATELINE.match(line.strip())
        if match is None:
            continue
        city = " ".join(word.capitalize() if not word.startswith("ST.") else "St." for word in match["city"].split())
        city_zone = PLACE_ZONES.get(city)
        region_zone = PLACE_ZONES.get(match["region"] or "") or STATE_ABBREVIATION_ZONES.get(match["region"] or "")
        if city_zone and region_zone and city_zone.split("/")[0] != region_zone.split("/")[0]:
            return region_zone  # "MELBOURNE, Fla.", "PARIS, Texas": a namesake on another continent
        return city_zone or region_zone
    return None


def _coming_from(text: str, start: int) -> bool:
    """Whether the place at ``start`` is one something comes from, a few words after "from" ("a
    flight from Minneapolis, Minnesota", "five miles from the U.S.-Mexico border"): not where it is."""
    return re.search(r"\bfrom\s+(?:\S+\s+){0,2}\S*$", text[max(0, start - 40):start]) is not None


def _lines_back(text: str, end: int, count: int) -> int:
    """Where the ``count`` non-blank lines before offset ``end`` begin (the text before ``end`` on
    its own line counts as one)."""
    start, seen = end, 0
    while start > 0 and seen < count:
        newline = text.rfind("\n", 0, start - 1)
        if text[newline + 1 : start].strip():
            seen += 1
        start = newline + 1
        if newline < 0:
            break
    return start


def _places(text: str) -> list[re.Match[str]]:
    """The place names in ``text``, less those that name a zone ("Moscow time") and the American
    namesakes of places abroad ("Lebanon, Hunterdon County, New Jersey", "Paris, Texas")."""
    return [m for m in _PLACE_PATTERN.finditer(text)
            if not re.match(r"\s+(?:(?:standard|daylight|summer)\s+)?time\b", text[m.end():], re.I)
            and not _american_namesake(text, m)]


# what follows a town's name in the US: its county or state ("Lebanon, Hunterdon County", "Paris, Tenn.")
_COUNTY = re.compile(r",\s+(?:[A-Z][\w.'’]*\s+){1,3}(?:County|Parish)\b")
# "London, Washington and Paris" is a list: the state's name is the capital's too
_STATES = sorted((US_STATES - {"Washington"}) | set(STATE_ABBREVIATION_ZONES) - {"D.C.", "D.C", "DC"},
                 key=len, reverse=True)
_STATE_AFTER = re.compile(rf",\s+(?:{'|'.join(re.escape(state) for state in _STATES)})(?![\w.])")


def _american_namesake(text: str, place: re.Match[str]) -> bool:
    """Whether ``place``, a place abroad, is followed by a US county or state: a town of that name."""
    if PLACE_ZONES[place.group()].startswith("America/"):
        return False
    return bool(_COUNTY.match(text, place.end()) or _STATE_AFTER.match(text, place.end()))


def place_zone(text: str, before: int) -> str | None:
    """The zone of the place named nearest before offset ``before`` in ``text`` (else after it)."""
    best: tuple[int, str] | None = None
    for match in _places(text):  # "Moscow time" names a zone, not the place the text is about
        distance = before - match.end() if match.end() <= before else (match.start() - before) * 2
        if best is None or distance < best[0]:
            best = (distance, PLACE_ZONES[match.group()])
    return best[1] if best else None
