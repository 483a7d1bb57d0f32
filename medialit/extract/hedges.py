"""Hedges and intervals: "Over 2,000" is a lower bound, "nearly 77%" an upper one, "about 5,038" an approximation,
"between 10 and 15 percent" and "10-15%" a range. The hedge is kept as written (``qualifier``) and read as a
``bound``: exact, lower, upper, approximate or range (with ``value_high`` its upper end).

Only a hedge written right next to its number counts: "fewer than last year's 530" leaves 530 exact, and "over" in
front of a range ("over two to three years") means "during", not "more than".
"""
from __future__ import annotations

import math
import re

from .numbers import _Claim

#: Hedge as written (lower case) -> bound. Longer phrases are tried first.
QUALIFIERS = {
    "more than": "lower", "over": "lower", "at least": "lower", "above": "lower", "top": "lower", "tops": "lower",
    "topped": "lower", "topping": "lower", "exceeding": "lower", "in excess of": "lower", "upwards of": "lower",
    "shortly after": "lower", "as early as": "lower", "no fewer than": "lower", "no less than": "lower",
    "up to": "upper", "nearly": "upper", "almost": "upper", "less than": "upper", "fewer than": "upper",
    "smaller than": "upper", "below": "upper", "within": "upper", "under": "upper", "at most": "upper",
    "no more than": "upper", "just under": "upper", "just short of": "upper",
    "about": "approximate", "roughly": "approximate", "around": "approximate", "approximately": "approximate",
    "some": "approximate", "near": "approximate", "nearer": "approximate", "estimated": "approximate",
    "close to": "approximate", "circa": "approximate", "approx.": "approximate",
    # comparisons that bound the figure they are written against ("waited longer than 18 weeks")
    "as much as": "upper", "as many as": "upper", "as high as": "upper", "as long as": "upper",
    "longer than": "lower", "greater than": "lower", "higher than": "lower", "larger than": "lower",
    "shorter than": "upper", "lower than": "upper", "as few as": "lower", "as little as": "lower", "as low as": "lower",
}
#: Hedges written after the number ("24 hours or more").
TRAILING = {"or more": "lower", "or higher": "lower", "or above": "lower", "or over": "lower", "plus": "lower",
            "or less": "upper", "or fewer": "upper", "or lower": "upper", "or below": "upper", "or so": "approximate"}

_h = r"[ \t\u00a0\u202f]"
_BEFORE = re.compile(r"(?<![\w-])(?ai:" + "|".join(re.escape(q).replace(r"\ ", f"{_h}+") for q in sorted(QUALIFIERS, key=len, reverse=True))
                     + rf"){_h}{{1,3}}$")
_AFTER = re.compile(rf"{_h}{{0,3}}\)?{_h}{{0,3}}(?ai:" + "|".join(re.escape(q).replace(r"\ ", f"{_h}+") for q in sorted(TRAILING, key=len, reverse=True))
                    + r")(?![\w-])")
_LAST_WORDS = {q.split()[-1] for q in QUALIFIERS}  # a cheap test before the pattern: most numbers have no hedge
_MID = re.compile(r"(?ai:mid)-$")
# Between the two ends of a range: "10 and 15" (after "between"), "two to three", "10-15", "10–15", "four or five".
_RANGE_JOIN = re.compile(rf"{_h}{{0,3}}(?:[-–]|to|and|or){_h}{{0,3}}$")
_BETWEEN = re.compile(rf"(?<![\w-])(?ai:between){_h}{{1,3}}$")
# The low end of "10-15%" is not a claim of its own (a number followed by a dash is read as a designation).
_DASH_LOW = re.compile(rf"(?<![\w.,/–-])([0-9]{{1,3}}(?:,[0-9]{{3}})*(?:\.[0-9]{{1,10}})?|[0-9]{{1,15}}(?:\.[0-9]{{1,10}})?){_h}?[-–]{_h}?$")
_TALLY_BEFORE = re.compile(r"(?<![\w-])(?:won|win|wins|lost|lose|beat|beating|failed|passed|drew|level\s+at|voted|vote\s+of|score\s+of)"
                           r"(?:\s+[A-Z][\w’'-]*){0,3}\s+$", re.IGNORECASE)
#: "by about £1.50 to £16", "fell by almost a third to 2,910": a change and its result, not a range
_BY = re.compile(rf"(?<![\w-])(?ai:from|by)(?:{_h}{{1,3}}(?ai:about|around|roughly|nearly|almost|some|just|over|under))?{_h}{{1,3}}$")
_WINDOW = 40  # how far a hedge may reach: a short phrase, never a scan of the sentence


def _is_number(claim: _Claim) -> bool:
    return not math.isnan(claim.value)


def _scaled_si(claim: _Claim, value: float) -> float:
    """The SI value of ``value`` in ``claim``'s unit; none for temperatures, whose scales do not start at zero."""
    return claim.value_si * value / claim.value if claim.value and claim.unit_si != "K" else math.nan


def _close_pair(text: str, low: _Claim, high: _Claim) -> bool:
    """"risen by 30 to 35 percent": a bare number and a near neighbour with the unit is a range, not a change and its
    result ("by about £1.50 to £16", "by 3 to 45%")."""
    return text[low.start:low.end].replace(",", "").replace(".", "").isdigit() and high.value <= 1.5 * low.value


def merge_ranges(text: str, claims: list[_Claim]) -> list[_Claim]:
    """One claim per range, from the first number to the last ("between 10 and 15 percent", "10-15%", "3 to 5 km").

    "from 60 hours to 48" is a change, not a range; so is a pair whose second end is not larger.
    """
    merged: list[_Claim] = []
    for claim in claims:
        previous = merged[-1] if merged else None
        if previous is not None and _is_number(previous) and _is_number(claim) and claim.value > previous.value \
                and previous.bound != "range" and (not previous.unit or not claim.unit or previous.unit == claim.unit):
            between = text[previous.end:claim.start]
            join = _RANGE_JOIN.match(between) if len(between) <= 8 else None
            before = text[max(0, previous.start - 12):previous.start]
            word = join.group().strip().lower() if join else ""
            # "four or five pharmacies" is a range; "3 or 30" is a choice between two figures: "or" joins near neighbours.
            either = word == "or" and claim.value <= 2 * previous.value
            before = text[max(0, previous.start - 24):previous.start]
            fraction_and_count = "fraction" in (previous.unit, claim.unit) and previous.unit != claim.unit
            if join and (word not in ("and", "or") or either or (word == "and" and _BETWEEN.search(before))) \
                    and not (word == "to" and _BY.search(before) and not _close_pair(text, previous, claim)) and not fraction_and_count:
                previous.end, previous.value_high, previous.bound = claim.end, claim.value, "range"
                if not previous.unit:
                    previous.unit, previous.claim_type, previous.unit_si = claim.unit, claim.claim_type, claim.unit_si
                    previous.value_si = _scaled_si(claim, previous.value)
                if _BETWEEN.search(before):
                    previous.qualifier = "between"
                continue
        if _is_number(claim) and claim.bound != "range":
            just_before = text[max(0, claim.start - 2):claim.start]
            dashed = "-" in just_before or "–" in just_before
            low = _DASH_LOW.search(text, max(0, claim.start - 24), claim.start) if dashed else None
            if low and low.end() == claim.start:
                value = float(low.group(1).replace(",", ""))
                if value >= 1900 and claim.value < 100 and low.group(1).isdigit():
                    continue  # "the 2026-27 season": a season, no quantity
                if value >= claim.value or _TALLY_BEFORE.search(text, max(0, low.start() - 40), low.start()):
                    # "won 88-81", "level at 76-76", "failed 4-7": a score or a tally is two numbers, never a range
                    merged.append(_Claim(low.start(1), low.end(1), value, "", "count"))
                    merged.append(claim)
                    continue
                claim.value_si = _scaled_si(claim, value)
                claim.start, claim.value_high, claim.value, claim.bound = low.start(), claim.value, value, "range"
                if _BETWEEN.search(text, max(0, claim.start - 12), claim.start):
                    claim.qualifier = "between"
        merged.append(claim)
    return merged


_PERIOD_UNITS = {"hour", "day", "night", "week", "fortnight", "month", "year", "decade", "century", "season"}
#: Words before "over <period>" that make it "more than": "for over 30 years", "took over three hours", "aged over 70".
_OVER_MEANS_MORE = {"for", "of", "than", "aged", "is", "was", "were", "are", "be", "been", "took", "take", "takes", "taking",
                    "lasted", "last", "lasts", "lasting", "spent", "spend", "after", "in", "within", "waited", "wait", "waiting"}


def _over_a_period(text: str, claim: _Claim, over_at: int) -> bool:
    """Is "over" before a period of time "during" ("taken from a retired teacher over three days")?"""
    if claim.unit not in _PERIOD_UNITS:
        return False
    words = text[max(0, over_at - 20):over_at].split()
    return bool(words) and words[-1].lower().strip(",") not in _OVER_MEANS_MORE


#: What a trailing hedge ("24 hours or more", "(38°C) or higher", "5,000 plus") can start with.
_AFTER_OPENS = {*" \t\u00a0\u202f)", *(q[0] for q in TRAILING), *(q[0].upper() for q in TRAILING)}


def _last_word(text: str, start: int) -> str:
    """The word just before ``start`` (lower case, opening quotes stripped), or "" when what comes before cannot end a
    hedge (a comma, a digit, a quotation mark): then no hedge pattern need be tried."""
    window = text[max(0, start - 16):start].rstrip()
    if not window or not (window[-1].isalpha() or window[-1] == "."):
        return ""
    return "".join(window.split()[-1:]).lower().lstrip("‘'“\"(")


def qualify(text: str, claims: list[_Claim]) -> None:
    """Give each claim its hedge and bound; a conversion in brackets ("near 80°F (27°C)") shares its figure's hedge."""
    previous = None
    for claim in claims:
        if claim.bound != "range" or not claim.qualifier:
            before = _BEFORE.search(text, max(0, claim.start - _WINDOW), claim.start) if _last_word(text, claim.start) in _LAST_WORDS else None
            if before and before.group().split()[0].lower() == "over" and _over_a_period(text, claim, before.start()):
                before = None  # "taken over three days": during, not more than
            if before and not (claim.bound == "range" and before.group().split()[0].lower() == "over"):  # "over two to three years"
                claim.qualifier = " ".join(before.group().split()).lower()
                if claim.bound != "range":
                    claim.bound = QUALIFIERS[claim.qualifier]
            elif "-" in text[max(0, claim.start - 2):claim.start] and _MID.search(text, max(0, claim.start - 4), claim.start):
                claim.qualifier, claim.bound = "mid", "approximate"
        after = _AFTER.match(text, claim.end, min(len(text), claim.end + _WINDOW)) if text[claim.end:claim.end + 1] in _AFTER_OPENS else None
        if after and not claim.qualifier:
            claim.qualifier = " ".join(after.group().strip(" \t)").split()).lower()
            if claim.bound != "range":
                claim.bound = TRAILING[claim.qualifier]
        if previous is not None and not claim.qualifier and claim.bound == "exact" and previous.qualifier \
                and previous.qualifier != "between" and re.fullmatch(rf"{_h}*\(", text[previous.end:claim.start]):
            claim.qualifier, claim.bound = previous.qualifier, previous.bound  # the conversion inherits the hedge
        if previous is not None and claim.qualifier and not previous.qualifier and previous.bound == "exact" \
                and re.fullmatch(rf"{_h}*\(", text[previous.end:claim.start]) and after:
            previous.qualifier, previous.bound = claim.qualifier, claim.bound  # "100.4°F (38°C) or higher": both
        previous = claim
