"""Calendar arithmetic for TIMEX3 values: shifting dates by units and writing values at a granularity.

A point is held as ``(date, granularity)``; granularity is one of ``GRANULARITIES``.
"""

from __future__ import annotations

import calendar
import datetime as dt

GRANULARITIES = ("century", "decade", "year", "half", "quarter", "season", "month", "week", "day")
SEASON_MONTHS = {"SP": 4, "SU": 7, "FA": 10, "WI": 1}


def add_months(day: dt.date, months: int) -> dt.date:
    """``day`` moved by ``months`` calendar months, the day clipped to the month's length."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return dt.date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def shift(day: dt.date, amount: int, unit: str) -> dt.date:
    """``day`` moved by ``amount`` units (day, week, weekend, month, quarter, year, decade, century)."""
    if unit == "day":
        return day + dt.timedelta(days=amount)
    if unit in ("week", "weekend"):
        return day + dt.timedelta(weeks=amount)
    months = {"month": 1, "quarter": 3, "half": 6, "year": 12, "decade": 120, "century": 1200}.get(unit)
    if months is None:
        return day
    try:
        return add_months(day, amount * months)
    except ValueError:  # before year 1 or after 9999
        return day


def point_value(day: dt.date, granularity: str) -> str:
    """The TIMEX3 value of the ``granularity``-sized period holding ``day`` ("2025-08", "2025-W33")."""
    if granularity == "century":
        return f"{day.year // 100:02d}"
    if granularity == "decade":
        return f"{day.year // 10:03d}"
    if granularity == "year":
        return f"{day.year:04d}"
    if granularity == "half":
        return f"{day.year:04d}-H{1 if day.month <= 6 else 2}"
    if granularity == "quarter":
        return f"{day.year:04d}-Q{(day.month - 1) // 3 + 1}"
    if granularity == "month":
        return f"{day.year:04d}-{day.month:02d}"
    if granularity in ("week", "weekend"):
        year, week, _ = day.isocalendar()
        return f"{year:04d}-W{week:02d}" + ("-WE" if granularity == "weekend" else "")
    if granularity == "season":
        season = {12: "WI", 1: "WI", 2: "WI", 3: "SP", 4: "SP", 5: "SP", 6: "SU", 7: "SU", 8: "SU"}.get(day.month, "FA")
        return f"{day.year:04d}-{season}"
    return day.isoformat()


def weekday_near(anchor: dt.date, weekday: int, direction: str | None) -> dt.date:
    """The day named ``weekday`` (1 = Monday) around ``anchor``.

    ``direction`` is "past" (the last such day before the anchor), "future" (the next one after),
    "recent" (the last one, unless the next is at most two days after) or None (the nearest). A
    weekday naming the anchor's own day is the anchor itself.
    """
    delta = weekday - anchor.isoweekday()
    if delta == 0:
        return anchor
    back = anchor - dt.timedelta(days=(-delta) % 7)
    ahead = anchor + dt.timedelta(days=delta % 7)
    if direction == "past":
        return back
    if direction == "future":
        return ahead
    if direction == "recent":
        return ahead if (ahead - anchor).days <= 2 else back
    return back if (anchor - back) <= (ahead - anchor) else ahead


def year_near(anchor: dt.date, month: int, day: int | None, direction: str | None) -> int:
    """The year of the month (and day) a text names without a year, read around ``anchor``.

    The nearest occurrence to the anchor, unless it lies more than two months away: then the
    tense decides ("future", a modal's "either" or a present "timetable": the next one after it;
    "past": the last one before it). "done", a day a past verb's own act took ("said in March"),
    is always the last one before the anchor: what has happened cannot lie after it.
    A month named in the anchor's own month is the anchor's.
    """
    if day is None and month == anchor.month:
        return anchor.year
    if direction in ("either", "timetable"):
        direction = "future"  # under a modal ("can win in November") or a timetable ("ends Nov. 2"): to come
    options = []
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        when = dt.date(year, month, min(day or 15, calendar.monthrange(year, month)[1]))
        options.append(((when - anchor).days, year))
    distance, year = min(options, key=lambda o: abs(o[0]))
    if direction == "done" or abs(distance) > 60 and direction == "past":
        # "done": "She said in March that ...", the act of a past cannot lie after the publication
        return max((o for o in options if o[0] <= 1), key=lambda o: o[0])[1]
    if abs(distance) > 60 and direction == "future":
        return min((o for o in options if o[0] >= -1), key=lambda o: o[0])[1]
    return year


def quarter_year(anchor: dt.date, quarter: int, direction: str | None) -> int:
    """The year of quarter ``quarter`` around ``anchor``, read by its tense direction."""
    current = (anchor.month - 1) // 3 + 1
    if quarter > current and direction != "future":
        return anchor.year - 1  # results are reported for quarters gone by
    return anchor.year


def duration_value(amount: float | None, unit: str) -> str:
    """The TIMEX3 duration for ``amount`` ``unit``s ("P3Y", "PT2H", "P2Y6M"); "X" for a vague amount."""
    scale = {"fortnight": 2, "decade": 10, "century": 100}.get(unit, 1)
    letter = {"second": "S", "minute": "M", "hour": "H", "day": "D", "week": "W", "fortnight": "W",
              "month": "M", "quarter": "Q", "year": "Y", "decade": "Y", "century": "Y", "weekend": "WE"}[unit]
    prefix = "PT" if unit in ("second", "minute", "hour") else "P"
    if unit == "weekend":
        return "P2D" if amount is None or amount == 1 else f"P{int(amount) * 2}D"
    if amount is None:
        letter = {"decade": "DE", "century": "CE"}.get(unit, letter)
        return f"{prefix}X{letter}"
    amount *= scale
    whole = int(amount)
    rest = amount - whole
    if rest and unit in ("year", "hour", "minute", "day", "week"):
        lower, factor = {"year": ("M", 12), "hour": ("M", 60), "minute": ("S", 60),
                         "day": ("H", 24), "week": ("D", 7)}[unit]
        tail = f"{round(rest * factor)}{lower}"
        if unit == "day":
            return f"P{whole}DT{tail}" if whole else f"PT{tail}"
        return f"{prefix}{whole}{letter}{tail}" if whole else f"{prefix}{tail}"
    number = f"{whole}" if not rest else f"{amount:g}"
    return f"{prefix}{number}{letter}"


def nth_weekday(year: int, month: int, weekday: int, n: int) -> dt.date:
    """The ``n``-th (1-based; -1 the last) ``weekday`` (0 = Monday) of ``month``."""
    if n < 0:
        last = dt.date(year, month, calendar.monthrange(year, month)[1])
        return last - dt.timedelta(days=(last.weekday() - weekday) % 7)
    first = dt.date(year, month, 1)
    return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))


def easter(year: int) -> dt.date:
    """Western Easter Sunday of ``year`` (the anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    weekday = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 19 * weekday) // 433
    month, day = divmod(h + weekday - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


# holidays whose date moves: name (lower case, no apostrophes) -> (usual month, the day in a given year)
MOVING_HOLIDAYS = {
    "thanksgiving": (11, lambda y: nth_weekday(y, 11, 3, 4)),
    "thanksgiving day": (11, lambda y: nth_weekday(y, 11, 3, 4)),
    "election day": (11, lambda y: nth_weekday(y, 11, 0, 1) + dt.timedelta(days=1)),
    "labor day": (9, lambda y: nth_weekday(y, 9, 0, 1)),
    "memorial day": (5, lambda y: nth_weekday(y, 5, 0, -1)),
    "easter": (4, easter),
    "easter sunday": (4, easter),
    "good friday": (4, lambda y: easter(y) - dt.timedelta(days=2)),
    "easter monday": (4, lambda y: easter(y) + dt.timedelta(days=1)),
    "palm sunday": (4, lambda y: easter(y) - dt.timedelta(days=7)),
    "holy": (4, lambda y: easter(y) - dt.timedelta(days=2)),  # of "Holy Week", Palm Sunday to Easter
    "ash wednesday": (2, lambda y: easter(y) - dt.timedelta(days=46)),
    # the shopping days after Thanksgiving, and the primaries' day (the first Tuesday of March)
    "black friday": (11, lambda y: nth_weekday(y, 11, 3, 4) + dt.timedelta(days=1)),
    "cyber monday": (11, lambda y: nth_weekday(y, 11, 3, 4) + dt.timedelta(days=4)),
    "super tuesday": (3, lambda y: nth_weekday(y, 3, 1, 1)),
    "mothers day": (5, lambda y: nth_weekday(y, 5, 6, 2)),
    "fathers day": (6, lambda y: nth_weekday(y, 6, 6, 3)),
    "presidents day": (2, lambda y: nth_weekday(y, 2, 0, 3)),
    "martin luther king jr. day": (1, lambda y: nth_weekday(y, 1, 0, 3)),
    "mlk day": (1, lambda y: nth_weekday(y, 1, 0, 3)),
    "columbus day": (10, lambda y: nth_weekday(y, 10, 0, 2)),
    "indigenous peoples day": (10, lambda y: nth_weekday(y, 10, 0, 2)),
}
