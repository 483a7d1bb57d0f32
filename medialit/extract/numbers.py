"""Numbers and units: numerals and number words, money, percentages, measures (pint), dates, clock times, counts."""
from __future__ import annotations

import bisect
import math
import operator
import re
from dataclasses import dataclass
from functools import lru_cache

from .patterns import _patterns
from .sentences import _Sentence
from .words import _ADJECTIVE_ENDINGS, _CURRENCIES, _FUNCTION_WORDS, _MEASURES, _MONTHS, _PAST_TENSE, _SCALES, _SCALE_ABBREVIATIONS, _SI_UNIT, _SMALL, _capitalised, _is_plural, _singular, _snake

@dataclass
class _Claim:
    start: int
    end: int
    value: float
    unit: str
    claim_type: str
    value_si: float = math.nan
    unit_si: str = ""
    qualifier: str = ""  # the hedge as written ("more than"), see ``hedges``
    bound: str = "exact"
    value_high: float = math.nan  # the upper end of a range


_LINE_BREAK = re.compile(r"[\n\r\u2028\u2029\x85\x0b\x0c\x1c\x1d\x1e]")

# Patterns used once per number, compiled once.
_NEXT_WORD = re.compile(r"[ \t]+([A-Za-z]+)")
_AFTER_SENTENCE_END = re.compile(r"[.!?]\s*$")
_LIST_MARKER = re.compile(r"\s*[.)]\s")
_LIST_ITEM = r"\b([Aa]n?|[Oo]ne)\s+((?:[a-z][a-z-]*\s+){0,3}?[a-z][a-z-]*)"
#: Anywhere "a"/"an"/"one" and a space could start a list item (no word boundary, so it finds whatever a window cut
#: mid-word could: a superset of the items' starts).
_ITEM_WORD = re.compile(r"(?:[Aa]n?|[Oo]ne)\s")
_LIST_ITEM_BEFORE = re.compile(_LIST_ITEM + r"(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)$")
_LIST_ITEM_AFTER = re.compile(r"(?:[^,.;]{0,60}?)(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)" + _LIST_ITEM +
                              r"(?=[,.;]|\s+(?:and|or|were|was|had|have|are|is|in|near|on|at|from)\b|$)")
_TAKES_NEXT_UNIT = re.compile(r"\s+of\b|\s*(?:-|–|to|or|and)\s*[0-9]")
# "42,000 vehicles a day", "twice a year": "a day" is the denominator of a rate, not one day.
_RATE_BEFORE = re.compile(r"(?:[0-9%]|\b(?:once|twice|times|" + "|".join(_SMALL) + r"|hundred|dozen))(?:[ \t]+[A-Za-z-]+){0,5}[ \t]+$",
                          re.IGNORECASE)
#: "up £7 in a year", "twice within a week": after these words "a year" is a period again, not a rate's denominator.
_MINUS_BEFORE = re.compile(r"(?:(?<![\w-])(?:minus|Minus|MINUS)[ \t]+|(?<![\w.,])[−-])$")
_AGO = re.compile(r"[ \t]+(?:ago|earlier|before|later|after)\b", re.IGNORECASE)  # "655 a year ago": a period, not a rate
_PERIODS = {"hour", "day", "night", "week", "fortnight", "month", "year", "decade", "century", "season"}
_PERIOD_AFTER = {"in", "within", "for", "over", "after", "than", "of", "about", "nearly", "almost", "under", "inside"}
#: Words before "5C", "3F" that make it a name (a class, a room, a gate), not a temperature.
_DESIGNATING = {"form", "room", "grade", "class", "block", "flat", "gate", "platform", "level", "bay", "unit", "type", "seat", "row"}
_AND_A_HALF = re.compile(r"[ \t]+and[ \t]+a[ \t]+half\b")
_PER = re.compile(r"[ \t]{1,3}per[ \t]{1,3}")
#: "per second", "a minute", "a day" just after a volume's unit: "0.8 cubic metres per second" is a flow, not a volume
#: (AC-L5), and so is "35,000 cubic metres a day" or "Drink 500 ml a day": a volume each day is a rate (learner AE M2), as
#: the held-out ledgers record "20 litres a day" (litre_per_day). "2 litres a day ago" is a period (``_AGO``).
_PER_PERIOD = re.compile(r"[ \t]{1,3}(?:per[ \t]{1,3}(second|minute|hour|day|week|month|year)"
                         r"|a[ \t]{1,3}(second|minute|day|week|month|year)|an[ \t]{1,3}(hour))\b", re.IGNORECASE)
_HEDGED_ONE = re.compile(r"\b(?:at least|more than|fewer than|less than|only|just|exactly|at most)[ \t]+$", re.IGNORECASE)
#: Denominators a rate may give without a unit ("24 per 1,000", after "38 patients per 1,000 residents").
_ROUND_DENOMINATORS = {10.0, 100.0, 1_000.0, 10_000.0, 100_000.0, 1_000_000.0}
#: The pint unit of each temperature scale the extractor writes.
_TEMPERATURE_SCALES = {"degree_celsius": "degC", "degree_fahrenheit": "degF"}
_TAKES_PREVIOUS_UNIT = {"to", "and", "or", "from", "with", "than", "versus", "vs", "vs."}


def _takes_previous_unit(text: str, start: int) -> bool:
    """Does the word just before ``start`` ("from 60 hours a week to 48") hand the previous number's unit on? Read
    backwards from the number, so no pattern tries every position of a window."""
    floor = max(0, start - 40)
    end = start
    while end > floor and text[end - 1].isspace():
        end -= 1
    begin = end - (text[end - 1:end] == ".")
    while begin > floor and text[begin - 1].isalnum():
        begin -= 1
    return text[begin:end] in _TAKES_PREVIOUS_UNIT and (begin == floor or not (text[begin - 1].isalnum() or text[begin - 1] == "_"))

def _word_value(phrase: str) -> tuple[float, int] | None:
    """The value of a number written in words, and how many characters of ``phrase`` it uses ("twelve hundred" -> 1200)."""
    total, current, used, previous = 0, 0, 0, None
    for match in re.finditer(r"[A-Za-z]+", phrase):
        token = match.group().lower()
        if token == "and":
            if previous not in _SCALES:
                break
            continue
        if token in _SMALL:
            number = _SMALL[token]
            if previous in _SMALL and not (_SMALL[previous] >= 20 and _SMALL[previous] % 10 == 0 and number < 10):
                break
            current += number
        elif token == "hundred":
            if previous is None:
                break
            current = (current or 1) * 100
        elif token in _SCALES:
            if previous is None:
                break
            total += (current or 1) * _SCALES[token]
            current = 0
        else:
            break
        previous, used = token, match.end()
    if used == 0:
        return None
    return float(total + current), used


def _number_value(raw: str) -> tuple[float, int] | None:
    """Read a numeral ("2,084", "5.5") or number words; returns (value, characters used) or None."""
    if raw[:1].isdigit():
        try:
            return float(raw.replace(",", "")), len(raw)
        except ValueError:
            return None
    return _word_value(raw)


def _scale_value(raw: str | None) -> float:
    if not raw:
        return 1.0
    key = raw.strip().lower()
    if key == "dozen":  # "two dozen flasks": 24
        return 12.0
    return float(_SCALES.get(key, _SCALE_ABBREVIATIONS.get(key, 1)))


@lru_cache(maxsize=None)
def _in_si(value: float, pint_unit: str) -> float:
    """``value`` in SI base units; temperatures through pint's offset units (38 °C -> 311.15 K), the rest by a factor."""
    if pint_unit in ("degF", "degC"):
        from ..units import ureg

        return float(ureg().Quantity(value, pint_unit).to("kelvin").magnitude)
    return value * _si_factor(pint_unit)


def _si_factor(pint_unit: str) -> float:
    """How many SI base units one ``pint_unit`` is (1 knot -> 0.5144 m/s), from the course's one pint registry."""
    from ..units import ureg

    return float(ureg().Quantity(1, pint_unit).to_base_units().magnitude)


def _compound_measure(word: str) -> bool:
    """"one-day", "two-year": a number word made a modifier with a unit, a quantity of its own, never a counted noun."""
    parts = word.split("-")
    return len(parts) == 2 and parts[0] in _SMALL and parts[1] in _MEASURES


def _head_noun(text: str, position: int, limit: int) -> tuple[str, int]:
    """The counted noun after a number ("287 terrorist command centers" -> command_center) and where it ends."""
    words = []
    for match in _patterns()["word"].finditer(text, position, min(limit, position + 120)):
        token = match.group()
        if len(words) >= 6 or not token[:1].isalpha():
            break
        lower = token.lower().strip("'’.")
        if lower in ("and", "or", "&"):
            if any(_is_plural(w) for w, _ in words) or not words:
                break
            words.append((token, match.end()))
            continue
        if lower in _FUNCTION_WORDS or lower in _SMALL or _compound_measure(lower) \
                or (words and lower.endswith("ing") and _is_plural(words[-1][0])):
            break  # a number word starts another quantity: "12 two years ago" counts no "two_year"
        words.append((token, match.end()))
        if _is_plural(token) and not _capitalised(token):
            break
        if _is_plural(token) and _capitalised(token) and len(words) > 1:
            break
    while words and words[-1][0].lower() in ("and", "or", "&"):
        words.pop()
    if not words:
        return "", position
    head_index = next((i for i, (w, _) in enumerate(words) if _is_plural(w) and w.lower() not in ("and", "or")), len(words) - 1)
    head = _singular(words[head_index][0].rstrip("'’."))
    if head_index == 0 and (words[0][0].lower().endswith("ed") or words[0][0].lower() in _PAST_TENSE):
        return "", position
    parts = [head]
    if head_index > 0:
        previous = words[head_index - 1][0]
        if previous.islower() and previous.isalpha() and previous not in ("and", "or") and not previous.endswith(_ADJECTIVE_ENDINGS):
            parts.insert(0, previous)
    return _snake(parts), words[head_index][1]


_SPACES = re.compile(r"\s*+")


def _noun_after(text: str, position: int) -> tuple[str, int]:
    """The counted noun after ``position`` on its line (``_head_noun``); ("", position) at once when the next thing is
    no word ("1, 2, 3"), so a text dense with numbers does not pay for a window of words at every number."""
    first = _SPACES.match(text, position, position + 120).end()
    if first >= min(len(text), position + 120) or not text[first].isalpha():
        return "", position
    line_break = _LINE_BREAK.search(text, position, position + 120)
    return _head_noun(text, position, line_break.start() if line_break else len(text))


def _number_spans(text: str) -> list[_Claim]:
    """Every number, date, clock time, amount, percentage and measure in ``text``, without overlaps."""
    p = _patterns()
    found: list[tuple[int, int, int, _Claim]] = []

    def add(start: int, end: int, claim: _Claim, rank: int) -> None:
        found.append((start, rank, -(end - start), claim))

    for m in p["date"].finditer(text):
        add(m.start(), m.end(), _Claim(m.start(), m.end(), math.nan, "date", "date"), 0)
    for m in p["year"].finditer(text):
        following = text[m.end():m.end() + 30]
        noun = re.match(r"\s+([a-z]+)", following)
        if noun and _is_plural(noun.group(1)):
            continue
        add(m.start(), m.end(), _Claim(m.start(), m.end(), math.nan, "date", "date"), 1)
    for m in p["spoken_clock"].finditer(text):
        add(m.start(), m.end(), _Claim(m.start(), m.end(), math.nan, "clock_time", "time"), 0)
    for m in p["clock"].finditer(text):
        add(m.start(), m.end(), _Claim(m.start(), m.end(), math.nan, "clock_time", "time"), 0)
    for m in p["money"].finditer(text):
        if m.group("n1"):
            parsed = _number_value(m.group("n1"))
            symbol = text[m.start():m.start("n1")].strip().lower()
            scale = _scale_value(m.group("s1"))
        else:
            parsed = _number_value(m.group("n2"))
            symbol = m.group("c2").lower()
            scale = _scale_value(m.group("s2"))
        if parsed and parsed[1] == len(m.group("n1") or m.group("n2")):
            add(m.start(), m.end(), _Claim(m.start(), m.end(), parsed[0] * scale, _CURRENCIES.get(symbol, "usd"), "money"), 1)
    for m in p["percent"].finditer(text):
        parsed = _number_value(m.group("n"))
        if parsed and parsed[1] == len(m.group("n")):
            unit = "percentage_point" if "point" in m.group().lower() else "percent"
            add(m.start(), m.end(), _Claim(m.start(), m.end(), parsed[0], unit, "percent"), 1)
    for m in p["measure"].finditer(text):
        parsed = _number_value(m.group("n"))
        if parsed and parsed[1] < len(m.group("n")):  # "three one-day strikes": "three" is a count, "one-day" the measure
            tail = m.start("n") + parsed[1]
            while tail < m.end("n") and not text[tail].isalpha():
                tail += 1
            m = p["measure"].match(text, tail)
            parsed = _number_value(m.group("n")) if m else None
        if not parsed or parsed[1] != len(m.group("n")):
            continue
        unit, claim_type, pint_unit = _MEASURES[m.group("u").lower()]
        value = parsed[0] * _scale_value(m.group("s"))  # "2 million litres"
        start = m.start()
        minus = _MINUS_BEFORE.search(text, max(0, start - 7), start) if pint_unit in ("degF", "degC") else None
        if minus:  # "minus 11°F", "−24°C": below zero
            start, value = minus.start(), -value
        rate = _PER_PERIOD.match(text, m.end(), m.end() + 20) if claim_type == "volume" else None
        rate = rate if rate and not _AGO.match(text, rate.end()) else None  # "2 litres a day ago": a period, not a rate
        if rate:  # a flow: no claim type takes a volume per time, so a count with the rate in its unit, as ledgers write
            # rates ("tonne_per_hectare", data/heldout/README.md), and no value in SI units; the span takes its denominator
            add(start, rate.end(), _Claim(start, rate.end(), value, f"{unit}_per_{next(period for period in rate.groups() if period).lower()}", "count"), 2)
            continue
        add(start, m.end(), _Claim(start, m.end(), value, unit, claim_type, _in_si(value, pint_unit), _SI_UNIT[claim_type]), 2)
    for m in p["count"].finditer(text):
        claim = _count_claim(text, m)
        if claim:
            found.append((claim.start, 3, claim.start - claim.end, claim))  # add(), inlined: the commonest claim of all
    for m in p["a_scale"].finditer(text):
        word = m.group("w").lower()
        value = (12.0 if word == "dozen" else float(_SCALES[word])) * (0.5 if m.group("half") else 1.0)
        unit, _ = _noun_after(text, m.end())
        add(m.start(), m.end(), _Claim(m.start(), m.end(), value, unit, "count"), 3)
    for m in p["a_period"].finditer(text):
        if _previous_word(text, m.start())[0].lower() in _PERIOD_AFTER or _AGO.match(text, m.end()) \
                or not _RATE_BEFORE.search(text, max(0, m.start() - 60), m.start()):
            unit, claim_type, pint_unit = _MEASURES.get(m.group("u").lower(), ("fortnight", "duration", "fortnight"))
            half = _AND_A_HALF.match(text, m.end())  # "for a day and a half": 1.5 days
            end, value = (half.end(), 1.5) if half else (m.end(), 1.0)
            add(m.start(), end, _Claim(m.start(), end, value, unit, claim_type, _in_si(value, pint_unit), _SI_UNIT[claim_type]), 3)
    for m in p["ratio"].finditer(text):
        part, whole = _number_value(m.group("a")), _number_value(m.group("b"))
        noun = m.group("noun")
        counted = _NEXT_WORD.match(text, m.end(), m.end() + 30)
        if noun and (not part or part[0] != 1 or _is_plural(noun) or noun in _FUNCTION_WORDS or m.group("b").isdigit() and len(m.group("b")) > 3
                     or (counted and _is_plural(counted.group(1)))):
            continue  # "one patient in six" is a share; "12 people in 2019" and "one day in ten years" are not
        if part and whole and 0 < part[0] < whole[0]:
            add(m.start(), m.end(), _Claim(m.start(), m.end(), round(part[0] / whole[0], 4), "fraction", "percent"), 0)
    for m in p["fraction"].finditer(text):
        value = _fraction_value(m.group("a") or m.group("hedged_a"), m.group("d") or m.group("spaced") or m.group("hedged_d"))
        if value:
            add(m.start(), m.end(), _Claim(m.start(), m.end(), value, "fraction", "percent"), 1)
    for m in p["multiple"].finditer(text):
        value = 2.0 if m.group("m").lower().startswith(("doubl", "twice")) else 3.0
        add(m.start(), m.end(), _Claim(m.start(), m.end(), value, "times", "count"), 1)
    for m in p["and_a_half"].finditer(text):
        parsed = _number_value(m.group("n"))
        if parsed and parsed[1] == len(m.group("n")):
            unit, claim_type, pint_unit = _MEASURES[m.group("u").lower()]
            value = parsed[0] + 0.5
            add(m.start(), m.end(), _Claim(m.start(), m.end(), value, unit, claim_type, _in_si(value, pint_unit), _SI_UNIT[claim_type]), 2)
    for m in p["bare_degrees"].finditer(text):
        if _previous_word(text, m.start())[0].lower() in _DESIGNATING:
            continue  # "Form 5C", "Gate 3F": a name, not a temperature
        unit, claim_type, pint_unit = _MEASURES["°" + m.group("u").lower()]
        value = float(m.group("n").replace(",", ""))
        add(m.start(), m.end(), _Claim(m.start(), m.end(), value, unit, claim_type, _in_si(value, pint_unit), _SI_UNIT[claim_type]), 2)
    for m in p["pence"].finditer(text):
        add(m.start(), m.end(), _Claim(m.start(), m.end(), round(float(m.group("n").replace(",", "")) / 100, 6), "gbp", "money"), 1)
    for m in p["hms"].finditer(text):
        seconds = int(m.group("h")) * 3600 + int(m.group("m")) * 60 + int(m.group("s"))
        add(m.start(), m.end(), _Claim(m.start(), m.end(), float(seconds), "second", "duration", float(seconds), "s"), 0)

    found.sort(key=operator.itemgetter(0, 1, 2))
    chosen: list[_Claim] = []
    reach = -1
    for start, _, _, claim in found:
        if start >= reach:
            chosen.append(claim)
            reach = claim.end
    _pounds_after_mass(text, chosen)
    return chosen


#: What stands between a figure and its conversion ("5 kilograms (11 pounds)", "1.5 tonnes, or about 3,300 pounds"), as
#: ``medialit.ledger_checks`` pairs them; bounded by ``_MAX_CONVERSION_GAP`` characters.
_CONVERSION_GAP = re.compile(r"[ \t]*(?:\(|,?[ \t]*(?:or|about|roughly|around|nearly|approximately|some|which is|that is|i\.e\.)\b"
                             r"|[\u2013\u2014-][ \t])", re.IGNORECASE)
_MAX_CONVERSION_GAP = 25
_POUNDS_WORD = re.compile(r"pounds$", re.IGNORECASE)


def _pounds_after_mass(text: str, claims: list[_Claim]) -> None:
    """"5 kilograms (11 pounds)", "10 tonnes, or about 22,000 pounds": "pounds" in a conversion just after a mass is the
    weight (lb), not sterling; elsewhere the money reading stays (fact-check 21, L5). Changes the claims in place."""
    for previous, claim in zip(claims, claims[1:]):
        if claim.claim_type != "money" or claim.unit != "gbp" or previous.claim_type != "mass" \
                or not _POUNDS_WORD.search(text, claim.start, claim.end):
            continue
        gap = text[previous.end:claim.start]
        if len(gap) > _MAX_CONVERSION_GAP or not _CONVERSION_GAP.match(gap) \
                or any(mark in gap.replace("i.e.", "") for mark in ".!?;\n"):
            continue  # a sentence or clause ends between them: no conversion
        claim.unit, claim.claim_type = "pound_mass", "mass"
        claim.value_si, claim.unit_si = _in_si(claim.value, "pound"), _SI_UNIT["mass"]


_HEDGE_WORDS = {"top", "tops", "topped", "over", "above", "below", "under", "nearly", "almost", "about", "around", "roughly", "some"}
_DENOMINATORS = {"half": 2, "halve": 2, "third": 3, "quarter": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10}


def _fraction_value(numerator: str | None, denominator: str | None) -> float | None:
    """"two-thirds" -> 0.6667, "a quarter" -> 0.25, "half" -> 0.5 (four places, as the ledgers write them)."""
    if denominator is None:
        return 0.5
    whole = _DENOMINATORS.get(_singular(denominator))
    part = 1.0 if numerator.lower() in ("a", "an") else (_number_value(numerator) or (0.0, 0))[0]
    if not whole or not 0 < part < whole:
        return None
    return round(part / whole, 4)


def _previous_word(text: str, start: int) -> tuple[str, int]:
    """The word just before ``start`` (a letter, then letters, digits, "_" or "."), past any spaces, and where it
    begins; ("", start) if there is none. Read backwards, so no pattern has to try every position of a window."""
    floor = max(0, start - 40)
    end = start
    while end > floor and text[end - 1].isspace():
        end -= 1
    begin = end
    while begin > floor and (text[begin - 1].isalnum() or text[begin - 1] in "._"):
        begin -= 1
    while begin < end and not (text[begin].isascii() and text[begin].isalpha()):
        begin += 1
    return (text[begin:end], begin) if begin < end else ("", start)


def _count_claim(text: str, m: re.Match) -> _Claim | None:
    """A bare number as a count, with its counted noun; None for designations (Su-34), ordinals and idioms ("one of")."""
    raw, scale, hyphen = m.group("n", "s", "hyphen")
    parsed = _number_value(raw)
    if not parsed:
        return None
    value, used = parsed
    start = m.start()
    end = start + used
    if used < len(raw):
        hyphen, m_end = None, end  # "three one-day strikes": the hyphen is one-day's, not three's
    else:
        m_end = m.end("s") if scale else end
        if scale:
            value *= _scale_value(scale)
    after = text[m_end:m_end + 2]
    if after[:1].isalpha() or (after[:1] in "-–" and after[1:2].isdigit()) or (start and text[start - 1] == "#"):
        if not hyphen:
            return None
    before = text[start - 1] if start else ""
    if not raw[:1].isdigit() or not (before.isspace() or before.isalnum() or before in "._"):
        word, word_start = "", start  # nothing word-like just before: _previous_word would find none
    else:
        word, word_start = _previous_word(text, start)
    if word and not ("," in raw or "." in raw or scale):  # "Record 9.2 Million", "Reveal 1,000": no designation
        if _capitalised(word) and word.lower().rstrip(".") not in _FUNCTION_WORDS and word.lower().rstrip(".") not in ("no",) \
                and word.lower() not in _HEDGE_WORDS:
            counted = _NEXT_WORD.match(text[m_end:m_end + 30])
            if not re.fullmatch(_MONTHS, word) and not (counted and _is_plural(counted.group(1))) and \
                    not _AFTER_SENTENCE_END.search(text[max(0, start - 40):word_start] or "."):
                return None
        if word.lower() in ("no.", "no", "number", "nos."):
            return None
    if (start == 0 or text[start - 1] in "\n\r") and raw[:1].isdigit() and _LIST_MARKER.match(text[m_end:m_end + 3]):
        return None
    if not raw[:1].isdigit():
        lower = raw.lower()
        rest = text[m_end:m_end + 30]
        if lower == "one" and not re.match(r"\s+(?:hundred|thousand|million|billion)\b", rest, re.IGNORECASE) \
                and not _HEDGED_ONE.search(text, max(0, start - 16), start):
            return None  # "one" is a count only when scaled or hedged ("at least one form"), not in "one holding"
        if lower == "one" and (re.match(r"\s+(?:of|another|day|thing|way)\b", rest, re.IGNORECASE) or
                               re.search(r"\b(?:no|any|every|each|the|which|this|that|someone|anyone|no-)\s*$", text[max(0, start - 12):start], re.IGNORECASE)):
            return None
        if re.match(r"\s+of\b", rest) and not re.match(r"\s+of\s+(?:the|its|their|his|her|our|these|those)?\s*(?:\S+\s+)?(?:[0-9]|[a-z]+\s)", rest):
            return None
    hyphen_end = m.end("hyphen") if hyphen else m_end
    if hyphen and (re.match(r"[A-Za-z/]+", text[hyphen_end:hyphen_end + 30]).group().lower() in _MEASURES
                   or _singular(re.match(r"[A-Za-z]+", text[hyphen_end:hyphen_end + 30]).group().lower()) in _DENOMINATORS):
        return None  # "two-thirds since": a fraction the fraction pattern did not take, never a count of "thirds"
    unit, unit_end = _noun_after(text, hyphen_end)
    if hyphen and not unit:
        return None
    return _Claim(start, max(unit_end, m_end), value, unit, "count")


def _list_counts(text: str, sentence: _Sentence, claims: list[_Claim]) -> list[_Claim]:
    """"A terrorist command center, an ammunition depot, 10 strongholds": in a list of counts, "a"/"an" counts as 1."""
    counts = [c for c in claims if c.claim_type == "count"]
    if not counts:
        return []
    extra = []
    # Where "a"/"an"/"one" could start an item, found once per sentence: a count with none near it needs no list pattern
    # (trying the patterns at every count made a sentence of 25,000 numbers cost seconds).
    items = [(m.start(), m.end()) for m in _ITEM_WORD.finditer(text, sentence.start, sentence.end)]
    if not items:
        return []  # no "a", "an" or "one" in the sentence: no item to find
    item_starts = [start for start, _ in items]

    def item_within(low: int, high: int) -> bool:
        first = bisect.bisect_left(item_starts, low)
        return first < len(items) and items[first][1] <= high

    for count in counts:
        cursor = count.start
        for _ in range(6):
            if not item_within(max(sentence.start, cursor - 120), cursor):
                break  # no "a"/"an"/"one" to start an item: the full pattern need not try every position
            window = text[max(sentence.start, cursor - 120):cursor]
            left = _LIST_ITEM_BEFORE.search(window)
            if not left:
                break
            base = max(sentence.start, cursor - 120)
            start, end = base + left.start(), base + left.end(2)
            extra.append((start, end, left.group(2)))
            cursor = start
        tail_end = min(sentence.end, count.end + 160)
        tail = _LIST_ITEM_AFTER.match(text[count.end:tail_end]) if item_within(count.end, tail_end) else None
        if tail:
            extra.append((count.end + tail.start(1), count.end + tail.end(2), tail.group(2)))
    claims_out = []
    starts = [c.start for c in claims]  # claims are disjoint and sorted: only the last one starting before ``end`` can overlap
    reach = -1
    for start, end, noun_phrase in sorted(extra):
        before = bisect.bisect_left(starts, end) - 1
        if start < reach or (before >= 0 and claims[before].end > start):
            continue
        words = noun_phrase.split()
        if any(w in _FUNCTION_WORDS for w in words) or (
                _singular(words[-1]) in _PERIODS and _RATE_BEFORE.search(text, max(0, start - 60), start)):
            continue  # "42,000 vehicles a day and 14 trains": "a day" is a rate's denominator, not an item
        head = _singular(words[-1])
        parts = [head]
        if len(words) > 1 and words[-2].isalpha() and not words[-2].endswith(_ADJECTIVE_ENDINGS):
            parts.insert(0, words[-2])
        reach = end
        claims_out.append(_Claim(start, end, 1.0, _snake(parts), "count"))
    return claims_out


def _inherit_units(text: str, claims: list[_Claim]) -> None:
    """A bare number takes the unit of its neighbour: "from 60 hours a week to 48", "14 of the ship's 22 crew members"."""
    inside = [c for c in claims if not math.isnan(c.value)]
    for index, claim in enumerate(inside):
        if claim.unit or claim.claim_type != "count":
            continue
        source = None
        if index + 1 < len(inside) and _TAKES_NEXT_UNIT.match(text, claim.end, claim.end + 40):
            source = inside[index + 1]
        elif index > 0 and _takes_previous_unit(text, claim.start):
            source = inside[index - 1]
        if source and source.unit:
            claim.unit, claim.claim_type, claim.unit_si = source.unit, source.claim_type, source.unit_si
            if source.unit_si == "K":  # "from 20 to 25 °C": a temperature scale starts elsewhere than zero, so convert anew
                claim.value_si = _in_si(claim.value, _TEMPERATURE_SCALES[source.unit])
            elif source.unit_si and source.value:
                claim.value_si = claim.value * source.value_si / source.value


_DURATION_ORDER = ("hour", "minute", "second")
_DURATION_JOIN = re.compile(r"(?:[ \t]+|[ \t]*,[ \t]*|[ \t]+and[ \t]+)")
_DAY_BEFORE_DATE = re.compile(r"[ \t]*(?:to|and|-|–|until|till)[ \t]*$")


def merge_compound_durations(text: str, claims: list[_Claim]) -> list[_Claim]:
    """"1 minute 12 seconds" is one duration of 72 seconds, "2 hours 30 minutes" one of 150 minutes (in the smaller unit)."""
    merged: list[_Claim] = []
    for claim in claims:
        previous = merged[-1] if merged else None
        if previous is not None and previous.claim_type == claim.claim_type == "duration" \
                and previous.unit in _DURATION_ORDER and claim.unit in _DURATION_ORDER \
                and _DURATION_ORDER.index(claim.unit) > _DURATION_ORDER.index(previous.unit) \
                and _DURATION_JOIN.fullmatch(text, previous.end, claim.start):
            seconds = previous.value_si + claim.value_si
            previous.end, previous.unit, previous.value_si = claim.end, claim.unit, seconds
            previous.value = round(seconds / (claim.value_si / claim.value), 6) if claim.value else seconds
            continue
        merged.append(claim)
    return merged


def days_before_dates(text: str, claims: list[_Claim]) -> None:
    """"from 17 to 21 August": the 17 is a day of that month, a date like its neighbour, not a count."""
    for claim, following in zip(claims, claims[1:]):
        if claim.claim_type == "count" and not claim.unit and following.claim_type == "date" and claim.value.is_integer() \
                and 1 <= claim.value <= 31 and _DAY_BEFORE_DATE.fullmatch(text, claim.end, following.start) \
                and text[following.start:following.start + 1].isdigit():
            claim.value, claim.unit, claim.claim_type = math.nan, "date", "date"


def merge_rates(text: str, claims: list[_Claim]) -> list[_Claim]:
    """A rate with its denominator is one claim: "52 cases per 100,000 residents" is 52 in unit
    ``case_per_100000_resident``, not 52 cases and 100,000 residents. One pass over the sorted claims."""
    merged: list[_Claim] = []
    for claim in claims:
        previous = merged[-1] if merged else None
        if previous is not None and previous.claim_type == "count" and claim.claim_type == "count" \
                and (claim.unit or claim.value in _ROUND_DENOMINATORS) \
                and not math.isnan(previous.value) and claim.value >= 1 and _PER.fullmatch(text, previous.end, claim.start):
            denominator = f"{claim.value:.0f}" if claim.value.is_integer() else f"{claim.value:g}".replace(".", "_")
            previous.end = claim.end
            previous.unit = "_".join(part for part in (previous.unit, "per", denominator, claim.unit) if part)
            previous.value_si, previous.unit_si = math.nan, ""
            continue
        merged.append(claim)
    return merged
