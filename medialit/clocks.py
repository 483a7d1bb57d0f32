"""Clock times across time zones on a given date, from the IANA time-zone database (``zoneinfo`` + ``tzdata``).

Why never a fixed offset: the rules change. Moscow was four hours ahead of UTC until 26 October 2014 and
three since; Syria kept daylight saving until 30 October 2015 (IANA tz database, zones ``Europe/Moscow`` and
``Asia/Damascus``; the course's facts.md). So "11 a.m. Moscow time" means a different instant depending on
the date, and only the database's history for that date gives the right answer.

Zones are read from the ``tzdata`` package (a declared dependency), not from the operating system, so every
learner, on Linux, macOS or Windows, gets the same answers as the stored solutions.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from functools import lru_cache
from importlib import resources
from zoneinfo import ZoneInfo

import pandas as pd

from .answers import preview as _preview

__all__ = ["PLACES", "ClockError", "WrittenDate", "zone", "read_clock", "convert_clock", "offset_text"]

# The places whose clocks the article involves, with their IANA zones. Moscow: the article's "Moscow time"
# (line 46); Hmeymim, Syria: the Russian airbase (line 48); Qatar: the US centre (line 48). Zones as given in
# the course's facts.md ("Units, clocks and names").
PLACES = {
    "Moscow": "Europe/Moscow",
    "Hmeymim, Syria": "Asia/Damascus",
    "Qatar": "Asia/Qatar",
    "UTC": "UTC",
}

# Words that name a clock in a text like "11 a.m. Moscow time" -> the zone they mean.
_CLOCK_WORDS = {"moscow": "Europe/Moscow", "msk": "Europe/Moscow", "utc": "UTC", "gmt": "UTC", "damascus": "Asia/Damascus",
                "syria": "Asia/Damascus", "syrian": "Asia/Damascus", "hmeymim": "Asia/Damascus", "latakia": "Asia/Damascus",
                "qatar": "Asia/Qatar", "doha": "Asia/Qatar", "zulu": "UTC"}
#: The tz database's other names for UTC ("Etc/UTC", "Etc/GMT", "Etc/Zulu"): read as UTC, the clock they are (fact-check 22
#: L2: "08:00 Etc/UTC" was told it is a time in Etc/UTC, not UTC). "Etc/GMT+3" and the like are fixed offsets, read as such (_FIXED_OFFSET_ZONE).
_UTC_ZONE_NAMES = frozenset({"Etc/UTC", "Etc/UCT", "Etc/Universal", "Etc/Zulu", "Etc/GMT", "Etc/GMT0", "Etc/GMT+0", "Etc/GMT-0",
                             "Etc/Greenwich"})
# Abbreviations that name a fixed offset, not a place: read as the offset they stand for, as "UTC+2" is (and judged
# the same way: a place's offset depends on the date, which is the lesson's point).
_OFFSET_ABBREVIATIONS = {"eet": 2, "eest": 3, "cet": 1, "cest": 2, "wet": 0, "west": 1}
# Abbreviations that stand for two offsets: refused, with what they stand for.
_AMBIGUOUS_WORDS = {"ast": "Arabia Standard Time, UTC+3, or Atlantic Standard Time, UTC\u22124"}
# Words that may stand after a clock time without naming a clock ("11:00 Moscow time", "08:00 hours, local").
_FILLER_WORDS = frozenset({"time", "local", "hours", "hrs", "hr", "h", "clock", "o", "in", "at", "on", "the", "s", "standard", "zone"})
_PLACES_HINT = "one of Moscow, Damascus (Hmeymim), Qatar or UTC"
#: Month names, which a date written after the time holds ("08:00 UTC on 3 November"): a date is a note, not a clock.
_MONTH_WORDS = frozenset("""january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec""".split())
#: A zone name of the tz database written in the text ("Asia/Damascus", "Europe/Moscow"): one linear scan.
_ZONE_NAME = re.compile(r"[a-z][a-z0-9_+\-]*(?:/[a-z0-9_+\-]+)+")
#: Words that never name a place, even capitalised at the start of a note ("10:00, No daylight saving").
_NEVER_PLACES = frozenset({"no", "yes", "daylight", "saving", "savings", "summer", "winter", "dst", "about", "around", "roughly",
                           "exactly", "approximately", "there", "then", "that", "this", "it", "i", "and", "or", "but", "with",
                           "without", "after", "before", "by", "for", "of", "from", "to", "a", "an"})
#: Hmeymim in the spellings facts.md records (Hmeymim, Khmeimim) and two a learner may write (Hmeimim, Khmeymim), with or without "airbase", "air base",
#: "airfield" or "base" (learner AK, AK-L3; fact-check 22 L1): the place, whose clock is Damascus's. One linear scan.
_AIRBASE = re.compile(r"\bk?hme[iy]mim(?:\s+(?:air[\s-]*base|air\s*field|base))?\b")
#: Words that start a note after a clock time rather than name a clock ("because", "since", "minus"): the time and a note.
_NOTE_WORDS = frozenset({"because", "since", "as", "so", "which", "minus", "plus", "not", "think", "guess", "means", "is", "was"})
# A UTC offset written after the time: "UTC+2", "UTC+02:00", "GMT+3", "utc +0200", "UTC\u22121" (one pass, no backtracking).
# Its digits are taken whole and split by ``_offset``: splitting them here once read "UTC+002" as 0 hours 2 minutes.
# Never inside a tz name such as "Etc/GMT+3" (a fixed offset the database names the other way round: UTC\u22123).
_OFFSET = re.compile(r"(?<!/)\b(?:utc|gmt)\s*([+\-\u2212\u2013\u2014])\s*(\d{1,4})(?::(\d{2}))?(?!\d|\.\d)")
#: What is left of an offset the pattern above could not read ("UTC+2.5", "UTC±2", "UTC+-2"): refused, never dropped.
_OFFSET_START = re.compile(r"(?<!/)\b(?:utc|gmt)\s*[+\-\u2212\u2013\u2014\u00b1]")
#: An offset written bare, as ISO 8601 writes it after a time: "+02:00", "+0200", "+02", "\u221203:00", and "+2" (learner AK,
#: AK-M1: "10:00 +02:00" was read as two times). The sign stands right before the digits, after a space or a bracket (or the
#: time, which ``read_clock`` spaces off first), so a date ("2015-11-03") is never one. One pass, no backtracking.
_BARE_OFFSET = re.compile(r"(?<![^\s(])([+\-\u2212])(\d{1,4})(?::(\d{2}))?(?![\d.:/])")
#: What is left of a bare offset that pattern could not read ("+2.5", "+2:5"): refused, never dropped.
_BARE_OFFSET_START = re.compile(r"(?<![^\s(])[+\-\u2212]\d")
#: A sign and a number with a space between them after the time ("08:00 + 3", "10:00 - 1"): a sum, or an offset written
#: loosely; never read as either (learner AK, AK-L2: "08:00 + 3" was marked right, the "+ 3" dropped). A date after a dash
#: ("08:00 - 3 November", "- 2015-11-03") is not one. One pass.
_LOOSE_OFFSET = re.compile(r"(?<![^\s(])([+\-\u2212])\s+(\d{1,4})(?::(\d{2}))?(?![\d.:/\-]|\s*(?:jan|feb|mar|apr|may|jun|jul|"
                           r"aug|sep|oct|nov|dec))")
#: A time with an offset or a bracket typed right after it ("10:00+02:00", "10:00(+02:00)", "10:00-0200", with seconds
#: "08:00:00+00:00" as ISO 8601 writes it: learner AO, L7): spaced off before the time is read. A hyphen before a time ("10:00-11:00") is a range, left for the two-answers reader.
_ATTACHED_OFFSET = re.compile(r"^(\d{1,2}[:.h]?\d{2}(?::\d{2})?)(?=\(?[+\u2212]\d|\(?-\d{1,4}(?![\d:.]))")
#: A fixed-offset zone of the tz database ("Etc/GMT-2", "Etc/GMT+3"), whose sign runs the other way (POSIX style):
#: "Etc/GMT-2" is UTC+2. Read as the UTC offset it is, as "UTC+2" is; "Etc/GMT+0" and "Etc/GMT-0" stay UTC's names. One pass.
_FIXED_OFFSET_ZONE = re.compile(r"(?<![\w/])etc/gmt([+\-])([1-9]\d?)(?![\w/+\-])")
MAX_OFFSET_HOURS, MIN_OFFSET_HOURS = 14, 12  # UTC+14 and UTC\u221212: the ends of the world's offsets
OFFSET_MINUTES = (0, 30, 45)  # the minutes past the hour the world's offsets use (India UTC+5:30, Nepal UTC+5:45)


#: "in the morning", "in the evening", "at night" after a clock time: the a.m. or p.m. they mean (one anchored pass).
_PART_OF_DAY = re.compile(r"(?<=\d)\s+(?:in the (morning|afternoon|evening)|at (night))\b")
#: A clock named before the time ("utc 08:00", "moscow 11:00"), one word among ``_CLOCK_WORDS``.
_LEADING_CLOCK = re.compile(r"^(" + "|".join(sorted(_CLOCK_WORDS, key=len, reverse=True)) + r")\s+(?=\d)")

#: A date written with a clock time (learner AO, H1: "2015-11-03T08:00:00Z" was read as 20:15 at two offsets, the date's
#: hyphens taken for signs; "3 Nov 08:00 UTC" read the day as the hour). Read before the time or after it, and never a
#: time or an offset: ISO 8601 ("2015-11-03", "2015/11/03", then "T" or a space before a time), day.month.year
#: ("3.11.2015"), and written dates ("3 Nov", "3rd of November 2015", "November 3, 2015", "Tuesday 3 November"). A
#: weekday alone is read too ("08:00 on Tuesday"). Every pattern is a fixed sequence of short parts: linear, on a text of at
#: most MAX_CLOCK_CHARS characters.
_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
           "december")
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTH = (r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?"
          r"|nov(?:ember)?|dec(?:ember)?)(?![^\W\d_])\.?")
_WEEKDAY = r"(monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)(?![^\W\d_])\.?"
_DAY = r"(?<![\d.:/+\-\u2212])(\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"((?:19|20)\d{2})(?![\d:.h])"
_DATE_PATTERN = (
    rf"(?:{_WEEKDAY},?\s+)?(?:"
    r"(?<![\d.:/\-])(\d{4})([\-/])(\d{1,2})\3(\d{1,2})(?![\d:/\-])"  # 2015-11-03, 2015/11/03 (ISO: year first)
    r"|(?<![\d.:/\-])(\d{1,2})\.(\d{1,2})\.(\d{4})(?![\d.:])"  # 3.11.2015 (day first)
    rf"|(?:the\s+)?{_DAY}\s+(?:of\s+)?{_MONTH}(?:,?\s+{_YEAR})?"  # 3 Nov, 3rd of November 2015
    rf"|{_MONTH}\s+(?:the\s+)?{_DAY}(?![\d:.h])(?:st|nd|rd|th)?(?:,?\s+{_YEAR})?)"  # November 3, 2015
)
_DATE = re.compile(_DATE_PATTERN)
#: A date before the time ("2015-11-03T08:00", "3 Nov 08:00", "November 3, 2015, at 08:00"), then what joins it to the time.
_LEADING_DATE = re.compile(rf"^(?:on\s+)?{_DATE_PATTERN}(?:t(?=\d)|\s*[,;]?\s*(?:at\s+|[\-\u2013\u2014]\s+)?"
                           r"(?=\d|noon|midnight|(?:utc|gmt|zulu|moscow|msk|damascus|syria|qatar|doha)\s+\d))")
_DASHES = ("-", "\u2013", "\u2014")
#: A date and nothing else ("2015-11-03", "3 November"): no time of day in it.
_DATE_ALONE = re.compile(rf"(?:on\s+)?{_DATE_PATTERN}[\s.,;!]*")
#: A weekday written alone, in full, beside the time ("08:00 UTC on Tuesday").
_WEEKDAY_ALONE = re.compile(r"(?<![^\W\d_])(monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?![^\W\d_])")


@dataclass(frozen=True)
class WrittenDate:
    """A date written beside a clock time, as far as the text gives it: a year, a month and day, a weekday (None where the
    text gives none)."""

    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None  # Monday 0, as date.weekday()

    def fits(self, on: date) -> bool:
        """Whether ``on`` is the date this text gives (a date without its year fits that day of any year)."""
        return ((self.year is None or self.year == on.year) and (self.month is None or self.month == on.month)
                and (self.day is None or self.day == on.day) and (self.weekday is None or self.weekday == on.weekday()))

    def __str__(self) -> str:
        parts = [_WEEKDAYS[self.weekday].capitalize()] if self.weekday is not None else []
        if self.month is not None:
            parts += [str(self.day), _MONTHS[self.month - 1].capitalize()] + ([str(self.year)] if self.year else [])
        return " ".join(parts)


def _written_date(text: str, found: re.Match) -> WrittenDate:
    """The date a match of ``_DATE`` (or ``_LEADING_DATE``) gives; ClockError for one no calendar has ("2015-13-03")."""
    groups = found.groups()
    weekday = _weekday_number(groups[0])
    if groups[1]:
        year, month, day = int(groups[1]), int(groups[3]), int(groups[4])
    elif groups[5]:
        year, month, day = int(groups[7]), int(groups[6]), int(groups[5])
    elif groups[8]:
        year, month, day = (int(groups[10]) if groups[10] else None), _month_number(groups[9]), int(groups[8])
    else:
        year, month, day = (int(groups[13]) if groups[13] else None), _month_number(groups[11]), int(groups[12])
    try:
        real = date(year or 2000, month, day)  # 2000: a leap year, so "29 February" without a year is a date
    except ValueError:
        raise ClockError(f"{_preview(text)} gives a date no calendar has ({_preview(found[0].strip())}): give the time alone, "
                         "as HH:MM.") from None
    if weekday is not None and year is not None and real.weekday() != weekday:
        raise ClockError(f"{_preview(text)} gives a weekday that does not fall on its date ({real.day} {real:%B %Y} was a "
                         f"{real:%A}): give the time alone, as HH:MM.")
    return WrittenDate(year, month, day, weekday)


def _month_number(word: str) -> int:
    return next(number for number, name in enumerate(_MONTHS, 1) if name.startswith(word[:3]))


def _weekday_number(word: str | None) -> int | None:
    return None if word is None else next(number for number, name in enumerate(_WEEKDAYS) if name.startswith(word[:3]))


def _with_weekday(text: str, written: WrittenDate | None, weekday: int) -> WrittenDate:
    """A date and a weekday written apart ("3 November 2015, 08:00, Tuesday") as one date; ClockError if they disagree."""
    if written is None:
        return WrittenDate(weekday=weekday)
    if written.weekday not in (None, weekday) or (written.year and date(written.year, written.month, written.day).weekday() != weekday):
        raise ClockError(f"{_preview(text)} gives more than one date: give the time alone, as HH:MM.")
    return WrittenDate(written.year, written.month, written.day, weekday)


#: The example a clock message gives: never the right answer, nor the learner's own time, nor any clock's reading at the
#: article's instant (08:00 UTC, 10:00 Syria, 11:00 Moscow and Qatar; 07:00 UTC in the 2014 example): learner AO, H1 (the
#: more-than-one-offset message said "such as '08:00 UTC+0'", 04.6's answer, and an hour alone was echoed as a time).
_EXAMPLE, _EXAMPLE_ZONED = "'14:30' or '2:30 p.m.'", "'14:30' or '2:30 p.m. Moscow time'"
#: Longest text read as a clock time, checked before any parsing ("11:00 a.m. Moscow time" needs 22 characters).
MAX_CLOCK_CHARS = 100


class ClockError(ValueError):
    """A clock time, zone or date could not be read; the message is one plain sentence saying what was expected,
    which a notebook shows as itself, never as a traceback into this file."""

    def _render_traceback_(self) -> list[str]:  # IPython shows this instead of a traceback
        return [f"ClockError: {self}"]


@lru_cache(maxsize=None)
def zone(name: str) -> ZoneInfo:
    """The IANA zone ``name`` (e.g. "Asia/Damascus", "Europe/London"), read from the tzdata package."""
    example = "use a name from the tz database such as 'Europe/Moscow' or 'Asia/Damascus'"
    if not isinstance(name, str) or not re.fullmatch(r"[A-Za-z][A-Za-z0-9_+\-]*(/[A-Za-z0-9_+\-]+)*", name):
        raise ClockError(f"{_preview(name)} is not a time-zone name; {example}.")
    source = resources.files("tzdata.zoneinfo").joinpath(*name.split("/"))
    if not source.is_file():
        raise ClockError(f"The tz database has no zone called {_preview(name)}; {example}.")
    with source.open("rb") as handle:
        return ZoneInfo.from_file(handle, key=name)


@dataclass(frozen=True)
class ClockReading:
    """A clock time read from text, the zone the text names and the UTC offset it writes ("UTC+2"; None for either if none).

    An offset is kept apart from the zone: it names no place, so it is compared with a place's offset on a given date
    (the ``utc_offset`` column of ``convert_clock``), never taken for that place's clock.
    """

    clock: time
    zone: str | None
    offset: timedelta | None = None
    #: The date written beside the time ("2015-11-03 08:00", "08:00 on 3 November"), None if none: checked by the
    #: exercise against the date its question is about, by the converter against the date chosen.
    on: "WrittenDate | None" = None


def read_clock(text: object) -> ClockReading:
    """Read "11:00", "11 a.m.", "11am", "23.15", "0800", "08:00:00", "08:00Z", "noon", "11 a.m. Moscow time", "10:00 UTC+2"
    or "10:00 EET" (any zone or offset it writes; EET, EEST, CET, CEST, WET, WEST as the offsets they stand for; "Etc/GMT-2"
    as UTC+2), with a date before or after it if any ("2015-11-03T08:00:00Z", "3 Nov 08:00", "08:00 on 3 November"), kept
    in ``on`` for the caller to check against the date its question is about."""
    if isinstance(text, time):
        return ClockReading(text.replace(tzinfo=None), None)
    if not isinstance(text, str):
        raise ClockError(f"Expected a clock time in quotes, such as {_EXAMPLE}.")
    if len(text) > MAX_CLOCK_CHARS:
        raise ClockError(f"A clock time is short, such as {_EXAMPLE_ZONED}; a text of {len(text):,} characters is not one.")
    flat = " ".join(unicodedata.normalize("NFKC", text).casefold().split())
    written_date = None
    leading_date = _LEADING_DATE.match(flat)
    if _DATE_ALONE.fullmatch(flat):
        raise ClockError(f"{_preview(text)} is a date, with no time of day: give the time, as HH:MM.")
    if leading_date:  # "2015-11-03T08:00", "3 Nov 08:00": the date, then the time (learner AO, H1)
        written_date = _written_date(text, leading_date)
        flat = flat[leading_date.end():]
    flat = re.sub(r"^(?:12(?::00)?\s*)?noon\b", "12:00", re.sub(r"^(?:12(?::00)?\s*)?midnight\b", "00:00", flat))
    flat = _PART_OF_DAY.sub(lambda part: _meridiem_of(part[1] or part[2], flat), flat, count=1)
    leading = _LEADING_CLOCK.match(flat)
    if leading:  # "UTC 08:00", "Moscow 11:00": the clock named first, read as if named after the time
        flat = f"{flat[leading.end():]} {leading[1]}"
    flat = _ATTACHED_OFFSET.sub(r"\1 ", flat, count=1)  # "10:00+02:00": the time, then its offset (AK-M1)
    flat = re.sub(r"^(\d{2})(\d{2})(?=\s|,(?!\d)|z?$)", r"\1:\2", flat)  # "0800", military style
    match = re.match(r"^(\d{1,2})(?:[:.h](\d{2})(?::(\d{2}))?)?\s*(a\.?\s?m\.?|p\.?\s?m\.?|z)?(?=\s|,(?!\d)|$)", flat)  # "10:00, Syria"
    if not match:
        comma = re.match(r"^([01]?\d|2[0-3]),([0-5]\d)(?=\s|$)", flat)
        if comma:  # "10,00": the hour and minutes split by a comma (learner AI, AI-L6)
            raise ClockError(f"Could not read {_preview(text)} as a clock time: a comma stands between the hour and the "
                             f"minutes; use a colon: {int(comma[1]):02d}:{comma[2]}.")
        raise ClockError(f"Could not read {_preview(text)} as a clock time; write it like {_EXAMPLE}.")
    hour, minute = int(match[1]), int(match[2] or 0)
    if int(match[3] or 0):
        raise ClockError(f"{_preview(text)} gives seconds; give the time to the minute, as HH:MM.")
    meridiem = (match[4] or "").replace(".", "").replace(" ", "")
    zulu = meridiem == "z"  # "08:00Z": UTC, as aviation and ISO 8601 write it
    meridiem = "" if zulu else meridiem
    if meridiem and not 1 <= hour <= 12:
        raise ClockError(f"With a.m. or p.m. the hour runs from 1 to 12, not {hour}.")
    if meridiem == "pm" and hour != 12:
        hour += 12
    elif meridiem == "am" and hour == 12:
        hour = 0
    if hour > 23 or minute > 59:
        raise ClockError(f"{_preview(text)} is not a time of day; hours run 0-23 and minutes 0-59.")
    if not match[2] and not meridiem:
        raise ClockError(f"Write minutes or a.m./p.m. so the time is unambiguous, as HH:MM on the 24-hour clock or with a.m. "
                         f"or p.m., such as {_EXAMPLE}.")
    rest = flat[match.end():] + (" utc" if zulu else "")
    rest, written_date = _date_after(text, rest, written_date)
    rest = _FIXED_OFFSET_ZONE.sub(_as_utc_offset, rest)  # "Etc/GMT-2": UTC+2, read as "UTC+2" is (learner AO, L7)
    offset = None
    written = _OFFSET.search(rest)
    if written:
        offset = _offset(text, written)
        rest = f"{rest[:written.start()]} {rest[written.end():]}"
    bare = _BARE_OFFSET.search(rest)
    if bare:  # "10:00 +02:00", "10:00 (+0200)": an offset as ISO 8601 writes it (AK-M1)
        if offset is not None:
            raise ClockError(f"{_preview(text)} gives more than one UTC offset; give one time with one offset, such as 'HH:MM UTC+H'.")
        offset = _offset(text, bare)
        rest = f"{rest[:bare.start()]} {rest[bare.end():]}"
    loose = _LOOSE_OFFSET.search(rest)
    if loose:
        raise ClockError(_loose_offset_note(text, loose))
    for word in sorted(set(re.findall(r"[^\W\d_]+", rest)) & set(_OFFSET_ABBREVIATIONS)):
        named = timedelta(hours=_OFFSET_ABBREVIATIONS[word])
        if offset is not None and offset != named:  # "10:00 EET (UTC+2)" names one offset twice; "EEST (UTC+2)" two
            raise ClockError(f"{_preview(text)} gives two different UTC offsets ({word.upper()} is {offset_text(named)}, not "
                             f"{offset_text(offset)}); give one time with one offset, such as 'HH:MM UTC+H'.")
        offset = named
        rest = re.sub(rf"\b{word}\b", " ", rest)
    if _OFFSET.search(rest) or _BARE_OFFSET.search(rest):
        raise ClockError(f"{_preview(text)} gives more than one UTC offset; give one time with one offset, such as 'HH:MM UTC+H'.")
    if _OFFSET_START.search(rest) or _BARE_OFFSET_START.search(rest):
        raise ClockError(f"{_preview(text)} has a UTC offset this course cannot read; write whole hours and minutes, such as "
                         "'UTC+5' or 'UTC+05:30'.")
    named = _named_zone(text, rest)
    return ClockReading(time(hour, minute), named, offset, written_date)


def _date_after(text: str, rest: str, written: WrittenDate | None) -> tuple[str, WrittenDate | None]:
    """``rest`` (what follows the time) without the date it gives ("on 3 November", "2015-11-03", "(Tuesday)"), and the
    date the whole text gives; ClockError for a second date. One search for a date, one for a weekday alone."""
    found = _DATE.search(rest)
    if found:
        if written is not None:
            raise ClockError(f"{_preview(text)} gives more than one date: give the time alone, as HH:MM.")
        written = _written_date(text, found)
        before = rest[:found.start()].rstrip()  # "08:00 UTC - 3 November": the dash goes with the date, never a sign
        before = before[:-1] if before.endswith(_DASHES) else before
        rest = f"{before} {rest[found.end():]}"
    weekday = _WEEKDAY_ALONE.search(rest)
    if weekday:
        written = _with_weekday(text, written, _weekday_number(weekday[1]))
        rest = f"{rest[:weekday.start()]} {rest[weekday.end():]}"
    return rest, written


def _as_utc_offset(zone_name: re.Match) -> str:
    """"etc/gmt-2" as " utc+2 " (the tz database's Etc/GMT signs are inverted)."""
    return f" utc{'+' if zone_name[1] == '-' else '-'}{zone_name[2]} "


def _loose_offset_note(text: str, loose: re.Match) -> str:
    """What "08:00 + 3" is told: a sign and a number apart after a time read as a sum or as an offset written loosely, so
    the time is given alone, never guessed at (AK-L2). The example is neutral (HH:MM), not the learner's own time, which may
    be the wrong one; no offset is suggested, since a time with an offset the question's clock did not keep is refused
    (learner AM, L1: "08:00 UTC+3" on a question asking for UTC)."""
    typed = f"{loose[1]} {loose[2]}" + (f":{loose[3]}" if loose[3] else "")
    return (f"{_preview(text)} has {typed!r} after the time, which reads as a sum or as a UTC offset written loosely: work "
            "out any sum first, then give the time alone, as HH:MM, the time of one clock.")


def _meridiem_of(part_of_day: str, flat: str) -> str:
    """" am" or " pm" for "morning" or "evening" after a 12-hour time; nothing after a 24-hour one ("20:00 in the evening"
    says it twice)."""
    hour = re.match(r"\d{1,2}", flat)
    if hour and int(hour[0]) > 12:
        return ""
    return " am" if part_of_day == "morning" else " pm"


def _offset(text: str, written: re.Match) -> timedelta:
    """The offset a match of ``_OFFSET`` writes ("utc+2", "gmt+02:00", "utc+0530", "utc+002", "utc\u22121"), if it is one
    the world's clocks use: whole hours, or hours and 30 or 45 minutes, from UTC\u221212 to UTC+14."""
    hours, minutes = _offset_parts(written[2], written[3])
    if hours > (MAX_OFFSET_HOURS if written[1] == "+" else MIN_OFFSET_HOURS) or minutes not in OFFSET_MINUTES:
        raise ClockError(f"{_preview(text)} gives an offset no clock uses: offsets are whole hours, or hours and 30 or 45 "
                         "minutes, from UTC\u221212 to UTC+14, such as 'UTC+5' or 'UTC+05:30'.")
    size = timedelta(hours=hours, minutes=minutes)
    return size if written[1] == "+" else -size


def _offset_parts(digits: str, minutes: str | None) -> tuple[int, int]:
    """Hours and minutes of an offset's digits: "2", "02" and "002" (hours with a leading zero) are 2 hours; "530" and "0530",
    hours and minutes run together, are 5:30 (so "0002" is 0:02, which no clock uses); with a colon the digits before it are
    the hours."""
    if minutes is not None or len(digits) <= 2 or (len(digits) == 3 and digits[0] == "0"):
        return int(digits), int(minutes or 0)
    return int(digits[:-2]), int(digits[-2:])


@lru_cache(maxsize=1)
def _zone_keys() -> dict[str, str]:
    """Every zone name of the tz database, lower case -> as the database spells it ("asia/damascus" -> "Asia/Damascus")."""
    from zoneinfo import available_timezones

    return {key.casefold(): key for key in available_timezones()}


@lru_cache(maxsize=1)
def _place_alias_words() -> dict[str, str]:
    """One-word names data/entity_aliases.csv gives the places of ``_CLOCK_WORDS`` ("khmeimim", another spelling of
    Hmeymim) -> the zone of that place: an answer written with the lesson's other spelling names the same clock (AG-M2)."""
    try:
        from .data import load_entity_aliases

        aliases = load_entity_aliases()
    except Exception:  # noqa: BLE001  without the table, the course's own words still name the clocks
        return {}
    names = {str(alias).casefold(): str(entity) for alias, entity in zip(aliases["alias"], aliases["entity_id"])}
    zone_of_entity = {entity: _CLOCK_WORDS[alias] for alias, entity in names.items() if alias in _CLOCK_WORDS}
    return {alias: zone_of_entity[entity] for alias, entity in names.items()
            if entity in zone_of_entity and re.fullmatch(r"[^\W\d_]+", alias)}


def _looks_like_a_place(word: str, text: str, rest: str) -> bool:
    """Whether an unknown word after a clock time is meant as a clock: capitalised as a place is ("10:00 London"), or
    followed by "time" ("10:00 london time"); other words are a note ("10:00, no daylight saving")."""
    if word in _NEVER_PLACES:
        return False
    if re.search(rf"\b{re.escape(word)}\s+time\b", rest):
        return True
    typed = re.search(rf"(?<![^\W\d_]){re.escape(word)}(?![^\W\d_])", unicodedata.normalize("NFKC", text), re.IGNORECASE)
    return typed is not None and typed[0][:1].isupper()


def _named_zone(text: str, rest: str) -> str | None:
    """The zone the words after a clock time name ("moscow time" -> Europe/Moscow, "Asia/Damascus", "Khmeimim"), None if
    none; ClockError if unclear.

    A zone the reader cannot place is refused rather than dropped: "08:00 Damascus" once counted as 08:00 UTC. A word that
    does not look like a place ("10:00, no daylight saving") is a note, and a date after the time ("on 3 November") is
    left out, as "on 2015-11-03" is (learner AG, AG-M2).
    """
    zones = set()
    rest = _AIRBASE.sub("hmeymim", rest)  # "Hmeymim airbase", "(Hmeymim air base)": the Hmeymim clock (RT-M2)
    for written in list(_ZONE_NAME.finditer(rest)):  # "Asia/Damascus", the name the exercise prints
        if written[0] not in _zone_keys():
            raise ClockError(f"{_preview(text)} names a time zone the tz database does not have ({_preview(written[0])}): "
                             f"write the time alone, or after it {_PLACES_HINT}.")
        key = _zone_keys()[written[0]]
        zones.add("UTC" if key in _UTC_ZONE_NAMES else key)  # "Etc/UTC", "Etc/GMT": UTC itself (fact-check 22 L2)
    rest = _ZONE_NAME.sub(" ", rest)
    found = [word for word in re.findall(r"[^\W\d_]+", rest) if word not in _MONTH_WORDS]
    note = ClockError(f"Write only the time, such as '14:30', and after it, if you like, {_PLACES_HINT}: {_preview(text)} "
                      "has a note in it.")
    if set(found) & _NOTE_WORDS:  # "10:00, because Syria left daylight saving": a note, refused as a number's note is
        raise note
    for word in found:
        if word in _AMBIGUOUS_WORDS:
            raise ClockError(f"{_preview(text)} labels the time with {word.upper()}, which stands for {_AMBIGUOUS_WORDS[word]}: "
                             "write the time alone, or after it " + _PLACES_HINT + ".")
        if word in _CLOCK_WORDS or word in _place_alias_words():
            zones.add(_CLOCK_WORDS.get(word) or _place_alias_words()[word])
        elif word not in _FILLER_WORDS:
            if not _looks_like_a_place(word, text, rest):
                raise note
            raise ClockError(f"{_preview(text)} names a clock the course does not know ({_preview(word)}): write the time "
                             f"alone, or after it {_PLACES_HINT}.")
    if len(zones) > 1:
        raise ClockError(f"{_preview(text)} names more than one clock; give one time on one clock, such as 'HH:MM UTC'.")
    return zones.pop() if zones else None


def offset_text(offset: timedelta) -> str:
    """UTC offsets as people write them: UTC+3, UTC+5:30, UTC\u22121 (never a bare number), with seconds where an old
    offset has some (Moscow's local mean time in 1900 was UTC+2:30:17): cut to the minute, it would not add up with
    the times beside it (11:00 there was 08:29:43 UTC)."""
    seconds = int(offset.total_seconds())
    hours, rest = divmod(abs(seconds), 3600)
    minutes, rest_seconds = divmod(rest, 60)
    text = f"UTC{'+' if seconds >= 0 else chr(0x2212)}{hours}"
    if minutes or rest_seconds:
        text += f":{minutes:02d}"
    return text + (f":{rest_seconds:02d}" if rest_seconds else "")


def _calendar_date(on: object) -> date:
    """A ``date``, or text written as the ISO year-month-day ("2015-11-03"), which is how pandas tables show dates."""
    if isinstance(on, str):
        try:
            return date.fromisoformat(on.strip())
        except ValueError:
            raise ClockError(f"Could not read {_preview(on)} as a date; write it as date(2015, 11, 3) or '2015-11-03'.") from None
    if not isinstance(on, date) or isinstance(on, datetime):
        raise ClockError("Expected a calendar date, such as date(2015, 11, 3).")
    return on


def convert_clock(clock: object, from_zone: str, on: date | str) -> pd.DataFrame:
    """The instant a clock shows in ``from_zone`` on ``on`` (a date, or "2015-11-03"), as every place in ``PLACES`` would read it.

    One row per place: local date and time, UTC offset, and whether daylight saving applied there. A clock
    time that never happened (skipped when clocks went forward) or happened twice raises ClockError, saying so.
    """
    reading = read_clock(clock)
    on = _calendar_date(on)
    source = zone(from_zone)
    local = datetime.combine(on, reading.clock, tzinfo=source)
    outside = ClockError(f"On {on.isoformat()} that instant falls outside the calendar (years 1 to 9999) on at least one "
                         "of the clocks; pick a date inside it.")
    try:
        instant = local.astimezone(timezone.utc)
    except OverflowError:
        raise outside from None
    if instant.astimezone(source).replace(tzinfo=None) != local.replace(tzinfo=None):
        raise ClockError(f"{reading.clock:%H:%M} did not happen in {from_zone} on {on:%d %B %Y}: the clocks jumped past it.")
    if local.replace(fold=1).utcoffset() != local.utcoffset():
        raise ClockError(f"{reading.clock:%H:%M} happened twice in {from_zone} on {on:%d %B %Y}, when the clocks went back; pick another time.")
    places = PLACES if from_zone in PLACES.values() else {from_zone: from_zone, **PLACES}
    rows = []
    for place, zone_name in places.items():
        try:
            there = instant.astimezone(zone(zone_name))
        except OverflowError:
            raise outside from None
        rows.append({
            "place": place,
            "time_zone": zone_name,
            "local_date": there.date().isoformat(),
            "local_time": there.strftime("%H:%M"),
            "utc_offset": offset_text(there.utcoffset()),
            "daylight_saving": bool(there.dst()),
        })
    return pd.DataFrame(rows)
