"""Draft a claims ledger for any plain-text news article: numbers and their units, dates, clock times, who says what.

Hand-written rules plus ``pint``, no language model: nothing to download, quick to import, and every rule is
short enough to read and argue with in a lesson. The result is a *draft* for a learner to correct, laid out
like the course's own ledger (``data/claims.csv``), with offsets into the text given
(``text == article[char_start:char_end]`` for every row).

``extract_claims(text)`` gives one row per number, date or clock time; ``extract_sentences(text)`` gives one
row per sentence with its mode (direct_quote, paraphrase, narration) and speaker; ``score_extraction``
measures a draft against a hand-made ledger (``benchmarks/extractor_accuracy.py`` prints the result).
Claim types are the ledger's (count, distance, date, time, duration) plus ``speed``, ``percent`` and ``money``.
Its known blind spots: fractions and multiples in words ("two-thirds", "twice", "doubles"), claims without a
number, and speakers named only in a headline ("..., Opposition Group").
"""
from __future__ import annotations

import bisect
import math
import re
from dataclasses import dataclass, field
from functools import lru_cache

import pandas as pd

__all__ = ["extract_claims", "extract_sentences", "score_extraction", "Score", "speakers_match", "CLAIM_COLUMNS", "SENTENCE_COLUMNS"]

CLAIM_COLUMNS = [
    "claim_id", "char_start", "char_end", "text", "value", "unit", "claim_type", "value_si", "unit_si",
    "speaker", "speaker_as_written", "mode", "source_type", "attribution_verb",
    "sentence_start", "sentence_end", "sentence",
]
SENTENCE_COLUMNS = [
    "sentence_id", "char_start", "char_end", "text", "mode", "speaker", "speaker_as_written", "source_type",
    "attribution_verb",
]

# --- vocabularies -------------------------------------------------------------------------------------

_SMALL = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}
_SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000, "trillion": 10**12}
_SCALE_ABBREVIATIONS = {"k": 1_000, "m": 1_000_000, "mn": 1_000_000, "bn": 1_000_000_000}

# surface form (lower case) -> (ledger unit, claim_type, pint unit)
_MEASURES = {
    "nautical miles": ("nautical_mile", "distance", "nautical_mile"),
    "nautical mile": ("nautical_mile", "distance", "nautical_mile"),
    "nmi": ("nautical_mile", "distance", "nautical_mile"),
    "kilometres per hour": ("km_per_hour", "speed", "kilometer / hour"),
    "kilometers per hour": ("km_per_hour", "speed", "kilometer / hour"),
    "km per hour": ("km_per_hour", "speed", "kilometer / hour"),
    "km/h": ("km_per_hour", "speed", "kilometer / hour"),
    "km/hr": ("km_per_hour", "speed", "kilometer / hour"),
    "kmh": ("km_per_hour", "speed", "kilometer / hour"),
    "kph": ("km_per_hour", "speed", "kilometer / hour"),
    "miles per hour": ("mile_per_hour", "speed", "mile / hour"),
    "mph": ("mile_per_hour", "speed", "mile / hour"),
    "metres per second": ("m_per_s", "speed", "meter / second"),
    "meters per second": ("m_per_s", "speed", "meter / second"),
    "m/s": ("m_per_s", "speed", "meter / second"),
    "knots": ("knot", "speed", "knot"),
    "knot": ("knot", "speed", "knot"),
    "kts": ("knot", "speed", "knot"),
    "kilometres": ("km", "distance", "kilometer"),
    "kilometers": ("km", "distance", "kilometer"),
    "kilometre": ("km", "distance", "kilometer"),
    "kilometer": ("km", "distance", "kilometer"),
    "km": ("km", "distance", "kilometer"),
    "metres": ("m", "distance", "meter"),
    "meters": ("m", "distance", "meter"),
    "metre": ("m", "distance", "meter"),
    "meter": ("m", "distance", "meter"),
    "m": ("m", "distance", "meter"),
    "centimetres": ("cm", "distance", "centimeter"),
    "centimeters": ("cm", "distance", "centimeter"),
    "cm": ("cm", "distance", "centimeter"),
    "millimetres": ("mm", "distance", "millimeter"),
    "millimeters": ("mm", "distance", "millimeter"),
    "mm": ("mm", "distance", "millimeter"),
    "miles": ("mile", "distance", "mile"),
    "mile": ("mile", "distance", "mile"),
    "mi": ("mile", "distance", "mile"),
    "feet": ("foot", "distance", "foot"),
    "foot": ("foot", "distance", "foot"),
    "ft": ("foot", "distance", "foot"),
    "yards": ("yard", "distance", "yard"),
    "yard": ("yard", "distance", "yard"),
    "yd": ("yard", "distance", "yard"),
    "inches": ("inch", "distance", "inch"),
    "inch": ("inch", "distance", "inch"),
    "centuries": ("century", "duration", "century"),
    "century": ("century", "duration", "century"),
    "decades": ("decade", "duration", "decade"),
    "decade": ("decade", "duration", "decade"),
    "years": ("year", "duration", "year"),
    "year": ("year", "duration", "year"),
    "yrs": ("year", "duration", "year"),
    "months": ("month", "duration", "month"),
    "month": ("month", "duration", "month"),
    "weeks": ("week", "duration", "week"),
    "week": ("week", "duration", "week"),
    "days": ("day", "duration", "day"),
    "day": ("day", "duration", "day"),
    "hours": ("hour", "duration", "hour"),
    "hour": ("hour", "duration", "hour"),
    "hrs": ("hour", "duration", "hour"),
    "hr": ("hour", "duration", "hour"),
    "h": ("hour", "duration", "hour"),
    "minutes": ("minute", "duration", "minute"),
    "minute": ("minute", "duration", "minute"),
    "mins": ("minute", "duration", "minute"),
    "min": ("minute", "duration", "minute"),
    "seconds": ("second", "duration", "second"),
    "second": ("second", "duration", "second"),
    "secs": ("second", "duration", "second"),
    "sec": ("second", "duration", "second"),
}
# Abbreviations are matched in lower case only ("5 M" is more often millions than metres).
_MEASURE_ABBREVIATIONS = {"nmi", "km/h", "km/hr", "kmh", "kph", "mph", "m/s", "kts", "km", "m", "cm", "mm", "mi", "ft", "yd", "yrs", "hrs", "hr", "h", "mins", "min", "secs", "sec"}
_SI_UNIT = {"distance": "m", "speed": "m/s", "duration": "s"}

_CURRENCIES = {"us$": "usd", "$": "usd", "a$": "aud", "c$": "cad", "nz$": "nzd", "hk$": "hkd", "€": "eur", "£": "gbp", "¥": "jpy", "₹": "inr",
               "dollars": "usd", "dollar": "usd", "euros": "eur", "euro": "eur", "pounds": "gbp", "yen": "jpy", "usd": "usd", "eur": "eur", "gbp": "gbp"}

_MONTHS = ("January|February|March|April|May|June|July|August|September|October|November|December|"
           "Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept\\.?|Sep\\.?|Oct\\.?|Nov\\.?|Dec\\.?")
_WEEKDAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"

_VERBS = {
    "said", "says", "say", "told", "tells", "added", "adds", "noted", "notes", "emphasized", "emphasised",
    "stressed", "explained", "stated", "announced", "claimed", "claims", "reported", "confirmed", "warned",
    "estimated", "insisted", "argued", "wrote", "writes", "asked", "replied", "acknowledged", "predicted",
    "suggested", "declared", "continued", "concluded", "observed", "remarked", "recalled", "admitted", "denied",
    "maintained", "disclosed", "revealed", "indicated", "mentioned", "commented", "assured", "expect", "expects",
    "pointed out", "according to",
}
_PRONOUNS = {"he", "she", "they", "it"}
# Verbs that may stand before their speaker ("..., said a spokesman"); "told X" never names the speaker in X.
_INVERTIBLE = {"said", "says", "added", "adds", "asked", "noted", "explained", "continued", "wrote", "writes", "replied",
               "stated", "declared", "concluded", "observed", "remarked", "insisted", "argued", "warned", "recalled"}
# Nouns that name a source without naming who it is.
_SOURCE_NOUNS = {
    "official", "spokesperson", "spokesman", "spokeswoman", "source", "people", "person", "diplomat", "aide",
    "analyst", "expert", "witness", "resident", "observer", "employee", "staffer", "worker", "forecaster",
    "investigator", "researcher", "scientist", "doctor", "medic", "insider", "representative", "member",
    "officer", "commander", "minister", "general", "chief", "director", "manager", "leader", "negotiator",
    "report", "document", "statement", "copy", "draft", "memo", "letter", "study", "survey", "analysis",
    "estimate", "data", "figures", "records", "filing", "assessment", "government", "ministry", "police",
    "authority", "agency", "department", "service", "council", "committee", "company", "union", "office",
    "army", "military", "court", "prosecutor", "group", "organisation", "organization", "administration",
    "board", "team", "club", "firm", "bank", "hospital", "university", "school", "embassy", "utility", "operator",
    "airline", "airport", "regulator", "watchdog", "party", "coalition", "newspaper", "institute", "center", "centre",
}
_PERSON_NOUNS = {"spokesman", "spokeswoman", "spokesperson", "official", "diplomat", "aide", "analyst", "expert", "witness",
                 "resident", "observer", "employee", "staffer", "worker", "officer", "commander", "minister", "director",
                 "manager", "leader", "source", "person", "insider", "representative", "traveller", "traveler", "member"}
_INSTITUTION_WORDS = {
    "forces", "force", "staff", "ministry", "office", "authority", "service", "union", "council", "department",
    "agency", "committee", "commission", "bureau", "institute", "university", "company", "corporation", "group",
    "association", "directorate", "center", "centre", "board", "party", "government", "army", "navy", "police",
    "court", "parliament", "assembly", "administration", "organisation", "organization", "federation", "league",
    "network", "news", "times", "post", "press", "bank", "fund", "foundation", "trust", "shipping",
    "line", "lines", "airlines", "railways", "inc", "ltd", "corp", "co", "plc", "llc", "kremlin", "pentagon",
    "courier", "guard", "command", "coalition", "alliance", "secretariat", "cabinet", "senate", "congress",
    "guild", "ferries", "airways", "holdings", "industries", "services", "systems", "media", "radio", "television",
    "gazette", "herald", "tribune", "journal", "county", "city", "state", "republic", "kingdom",
}
_TITLES = {
    "col", "gen", "lt", "maj", "capt", "sgt", "cpl", "adm", "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov",
    "pres", "rev", "hon", "st", "colonel", "general", "lieutenant", "major", "captain", "sergeant", "admiral",
    "president", "minister", "councillor", "councilor", "mayor", "chief", "director", "secretary", "senator",
    "governor", "judge", "professor", "spokesman", "spokeswoman", "spokesperson", "chairman", "chairwoman", "chair",
    "commander", "deputy", "head", "master", "sir", "dame", "lord", "lady", "king", "queen", "prince", "princess",
}
_FUNCTION_WORDS = {
    "a", "an", "the", "of", "in", "on", "at", "to", "for", "from", "with", "by", "near", "since", "during", "against",
    "over", "under", "into", "across", "per", "than", "about", "around", "nearly", "almost", "some", "more", "less",
    "fewer", "and", "or", "but", "as", "after", "before", "until", "up", "down", "out", "off", "via", "among",
    "between", "within", "without", "through", "toward", "towards", "beyond", "if", "that", "which", "who", "whom",
    "whose", "this", "these", "those", "its", "their", "his", "her", "our", "my", "your", "is", "are", "was", "were",
    "be", "been", "being", "has", "have", "had", "will", "would", "could", "should", "may", "might", "must", "can",
    "not", "no", "so", "then", "there", "here", "when", "where", "while", "also", "only", "just", "each", "every",
    "all", "both", "any", "other", "such", "what", "because", "though", "although", "whether", "it", "they", "he",
    "she", "we", "you", "i", "me", "him", "them", "us", "do", "does", "did", "get", "got", "like", "least", "most",
}
# Past tenses that follow a bare number as a verb ("two hundred spent the night"), never as the counted noun.
_PAST_TENSE = {"spent", "went", "came", "left", "fled", "took", "got", "made", "said", "told", "fell", "rose", "died", "lost",
               "won", "saw", "ran", "met", "paid", "sent", "kept", "held", "stood", "sat", "became", "began", "brought",
               "bought", "caught", "fought", "found", "gave", "grew", "knew", "led", "felt", "built", "were", "was", "had",
               "did", "are", "is", "have", "has", "will", "would", "could", "can", "may", "might", "remain", "remained"}
_DETERMINERS = {"a", "an", "the", "one", "two", "three", "four", "five", "several", "some", "many", "other", "another"}
_AUXILIARIES = {"is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "will", "would", "could",
                "should", "may", "might", "must", "can", "not", "also", "did", "does", "do"}
_ABBREVIATIONS = {
    "col", "gen", "lt", "maj", "capt", "sgt", "cpl", "adm", "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov",
    "pres", "rev", "hon", "st", "mt", "jr", "sr", "no", "nos", "vol", "fig", "inc", "ltd", "co", "corp", "bros", "vs",
    "approx", "est", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "ave",
    "blvd", "rd", "dept", "univ", "gov", "op", "cf", "al", "ca",
}
_SINGULAR_EXCEPTIONS = {
    "people": "person", "men": "man", "women": "woman", "children": "child", "feet": "foot", "teeth": "tooth",
    "mice": "mouse", "geese": "goose", "sorties": "sortie", "movies": "movie", "calories": "calorie",
    "series": "series", "species": "species", "news": "news", "aircraft": "aircraft", "data": "data",
    "staff": "staff", "police": "police", "troops": "troop", "lives": "life", "wives": "wife", "knives": "knife",
    "crises": "crisis", "analyses": "analysis", "bases": "base", "cases": "case", "houses": "house",
}
_ADJECTIVE_ENDINGS = ("ist", "al", "ic", "ive", "ous", "ful", "less", "able", "ible", "ian", "ese", "ed", "est", "ern")


@dataclass
class _Claim:
    start: int
    end: int
    value: float
    unit: str
    claim_type: str
    value_si: float = math.nan
    unit_si: str = ""


@dataclass
class _Sentence:
    start: int
    end: int
    mode: str = "narration"
    speaker: str = ""
    speaker_as_written: str = ""
    source_type: str = "none"
    verb: str = ""
    speaker_span: tuple[int, int] | None = None
    paragraph: int = 0
    quoted_spans: list = field(default_factory=list)


# --- compiled patterns (built on first use: importing this module costs almost nothing) ------------------

@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern]:
    h = r"[ \t\u00a0\u202f]"  # a space that is not a line break
    numeral = r"(?:[0-9]{1,3}(?:,[0-9]{3}){1,5}|[0-9]{1,15})(?:\.[0-9]{1,10})?"  # bounded: no number is longer, and no backtracking blow-up
    word = "|".join(sorted([*_SMALL, *_SCALES], key=len, reverse=True))
    word_number = rf"(?:{word})(?:(?:{h}{{1,3}}and{h}{{1,3}}|{h}{{1,3}}|-)(?:{word})){{0,6}}"
    scale = rf"(?:{h}{{0,3}}(?:million|billion|trillion|thousand|bn|mn)\b)"
    number = rf"(?:(?<![\w.,/–-]){numeral}(?![0-9])|(?<![\w-])(?ai:{word_number})(?![\w-]))"
    long_units = "|".join(re.escape(u) for u in sorted(_MEASURES, key=len, reverse=True) if u not in _MEASURE_ABBREVIATIONS)
    short_units = "|".join(re.escape(u) for u in sorted(_MEASURE_ABBREVIATIONS, key=len, reverse=True))
    zone = rf"(?:{h}{{1,3}}(?:[A-Z][a-z]+{h}{{1,3}})?(?:[A-Z][a-z]+|local){h}{{1,3}}time\b|{h}{{1,3}}(?:GMT|UTC|MSK|[A-Z]{{1,3}}[SD]?T)\b)"
    return {
        "date": re.compile(  # the look-ahead lets the scan skip the many positions no date can start at
            rf"(?=[A-Z0-9]|to[dm]|yes)(?:\b(?:{_WEEKDAYS}),?{h}{{1,3}})?\b(?:(?:{_MONTHS}){h}{{1,3}}[0-9]{{1,2}}(?:st|nd|rd|th)?\b(?:,?{h}{{1,3}}[0-9]{{4}}\b)?"
            rf"|[0-9]{{1,2}}(?:st|nd|rd|th)?{h}{{1,3}}(?:of{h}{{1,3}})?(?:{_MONTHS})(?![a-z])(?:,?{h}{{1,3}}[0-9]{{4}}\b)?"
            rf"|(?:{_MONTHS}){h}{{1,3}}[0-9]{{4}}\b)"
            rf"|\b[0-9]{{4}}-[0-9]{{2}}-[0-9]{{2}}\b"
            rf"|\b(?:{_WEEKDAYS})\b|\b(?:[Tt]oday|[Yy]esterday|[Tt]omorrow|[Tt]onight)\b"
        ),
        "year": re.compile(r"(?<![\w.,$€£/-])(?:1[89][0-9]{2}|20[0-9]{2})(?!\w|[,.-][0-9])"),
        "clock": re.compile(
            rf"(?<![\w.:])[0-9]{{1,2}}(?:[:.][0-5][0-9])?{h}{{0,3}}(?:[ap]\.{h}?m\.|[ap]m\b|[AP]M\b|[ap]\.m\b){zone}?"
            rf"|(?<![\w.:])(?:[01]?[0-9]|2[0-3]):[0-5][0-9](?![0-9:]){zone}?"
            rf"|(?<![\w.:])(?:[01][0-9]|2[0-3])[0-5][0-9]{h}{{0,3}}(?:GMT|UTC|Z)\b"
            rf"|(?<=\b(?:at|by) )(?:noon|midnight)\b"
        ),
        "money": re.compile(
            rf"(?:(?ai:US|A|C|NZ|HK)?\$|€|£|¥|₹){h}?(?P<n1>{numeral})(?P<s1>{scale}|{h}{{0,3}}(?:m|k)\b)?"
            rf"|(?P<n2>{number})(?P<s2>{scale})?{h}{{0,3}}(?P<c2>(?ai:dollars?|euros?|pounds(?!{h}{{1,3}}of\b)|yen)\b|USD\b|EUR\b|GBP\b)"
        ),
        "percent": re.compile(rf"(?P<n>{number}){h}{{0,3}}(?:%|(?ai:per{h}?cent|percentage{h}{{1,3}}points?)\b)"),
        "measure": re.compile(
            rf"(?P<n>{number})(?:{h}{{0,3}}-{h}{{0,3}}|{h}{{1,3}}|)(?P<u>(?ai:{long_units})(?![A-Za-z])|(?:{short_units})(?![A-Za-z0-9]))"
        ),
        "count": re.compile(rf"(?P<n>{number})(?P<s>{scale})?(?P<hyphen>-(?=[A-Za-z]))?"),
        "a_scale": re.compile(r"(?<![\w-])(?ai:an?)[ \t]{1,3}(?P<w>(?ai:hundred|thousand|million|dozen))\b"),
        "word": re.compile(r"[A-Za-z][A-Za-z'’-]*|[0-9][0-9,.]*|\S"),
        "paragraph": re.compile(r"[^\n\r\u2028\u2029\x85\x0b\x0c\x1c\x1d\x1e]+"),
        "boundary": re.compile(r"[.!?…]+[\"”’')\]]*(?=\s)"),
        "verb": re.compile(r"\b(?:according to|pointed out|" + "|".join(v for v in _VERBS if " " not in v) + r")\b", re.IGNORECASE | re.ASCII),
        "zone_after": re.compile(r"\s+(?:(?:[A-Z][a-z]+\s+)?(?:[A-Z][a-z]+|local)\s+time\b|(?:GMT|UTC|[A-Z]{1,3}[SD]?T)\b)"),
        "attribution_after_quote": re.compile(r"\s+[A-Z][\w.'’ -]{0,60}?\s(?:said|says|asked|added|told|wrote)\b"),
    }


# --- small helpers ------------------------------------------------------------------------------------

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
    return float(_SCALES.get(key, _SCALE_ABBREVIATIONS.get(key, 1)))


@lru_cache(maxsize=None)
def _si_factor(pint_unit: str) -> float:
    """How many SI base units one ``pint_unit`` is (1 knot -> 0.5144 m/s), from the course's one pint registry."""
    from .units import ureg

    return float(ureg().Quantity(1, pint_unit).to_base_units().magnitude)


def _singular(word: str) -> str:
    word = word.lower().strip("'’.-")
    if word in _SINGULAR_EXCEPTIONS:
        return _SINGULAR_EXCEPTIONS[word]
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "sses", "xes", "zes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us", "is", "ics")) and len(word) > 2:
        return word[:-1]
    return word


def _snake(words: list[str]) -> str:
    return "_".join(re.sub(r"[^a-z0-9]+", "_", w.lower()).strip("_") for w in words if w).strip("_")


def _is_plural(word: str) -> bool:
    lower = word.lower()
    return lower in _SINGULAR_EXCEPTIONS or (lower.endswith("s") and not lower.endswith(("ss", "us", "is")) and lower not in _FUNCTION_WORDS)


def _capitalised(token: str) -> bool:
    return token[:1].isupper()


# --- sentences and quotations -------------------------------------------------------------------------

def _quote_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans inside quotation marks (“ ”, " ", ‘ ’, ' ') within one paragraph; an unclosed double quote runs to the end."""
    spans = []
    double_at = single_at = None
    single_curly = False
    for mark in _QUOTE_MARK.finditer(text, start, end):
        i, ch = mark.start(), mark.group()
        before = text[i - 1] if i > start else " "
        after = text[i + 1] if i + 1 < end else " "
        if ch == "“" or (ch == '"' and double_at is None):
            if double_at is None:
                double_at = i
        elif ch in "”\"":
            if double_at is not None:
                spans.append((double_at, i + 1))
                double_at = None
                single_at = None
        elif ch == "‘" or (ch == "'" and single_at is None and not before.isalnum() and after.isalnum()):
            if single_at is None and not before.isalnum():
                single_at, single_curly = i, ch == "‘"
        elif single_at is not None and not after.isalnum() and not before.isspace():
            spans.append((single_at, i + 1))
            single_at = None
    if double_at is not None:
        spans.append((double_at, end))
    if single_at is not None and single_curly:
        spans.append((single_at, end))
    merged: list[tuple[int, int]] = []  # a quote within a quote is part of the outer one: keep disjoint, sorted spans
    for qs, qe in sorted(spans):
        if merged and qs < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], qe))
        else:
            merged.append((qs, qe))
    return merged


def _ends_sentence(text: str, stop: int, next_start: int, paragraph_start: int) -> bool:
    """Is the punctuation ending at ``stop`` a sentence end? Looks at the word before and the text after."""
    following = text[next_start:next_start + 1]
    if following in "\"“‘'([":
        following = text[next_start + 1:next_start + 2]
    if not following or not (following.isupper() or following.isdigit()):
        return False
    period = text.rfind(".", paragraph_start, stop)
    marks = text[max(paragraph_start, stop - 12):stop].rstrip("\"”’')]")
    if not marks.endswith("."):
        if marks.endswith(("?", "!")) and text[stop - 1:stop] in "\"”’'":
            return not _patterns()["attribution_after_quote"].match(text, stop, min(len(text), stop + 90))
        return True
    word_start = period
    while word_start > paragraph_start and not text[word_start - 1].isspace() and text[word_start - 1] not in "(\"“‘":
        word_start -= 1
    token = text[word_start:period]
    lower = token.lower()
    if lower in ("a.m", "p.m"):
        return not _patterns()["zone_after"].match(text, period + 1, min(len(text), period + 40))
    if lower in _ABBREVIATIONS or re.fullmatch(r"(?:[A-Za-z]\.)+[A-Za-z]?", token) or re.fullmatch(r"[A-Z]", token):
        return False
    return True


def _sentence_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans = []
    cursor = start
    for match in _patterns()["boundary"].finditer(text, start, end):
        stop = match.end()
        next_start = stop
        while next_start < end and text[next_start].isspace():
            next_start += 1
        if next_start < end and _ends_sentence(text, stop, next_start, start):
            spans.append((cursor, stop))
            cursor = next_start
    spans.append((cursor, end))
    trimmed = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            trimmed.append((s, e))
    return trimmed


# --- attribution ----------------------------------------------------------------------------------------

@dataclass
class _Speaker:
    name: str
    written: str
    source_type: str
    span: tuple[int, int]


class _Attributor:
    """Remembers who spoke last, so "he added" and a quote paragraph with no attribution of its own can be resolved."""

    def __init__(self):
        self.last: _Speaker | None = None
        self.last_person: _Speaker | None = None
        self.last_individual: _Speaker | None = None  # named or not: "a spokesman ... He said" is the spokesman
        self.history: list[_Speaker] = []
        self.known_surnames: dict[str, str] = {}  # surname -> full name, so "Ms Toller" is "Gwen Toller"
        self.context = ""  # the text read so far, where "the company" looks for the company's name

    def remember(self, speaker: _Speaker) -> None:
        self.last = speaker
        self.history.append(speaker)
        if speaker.source_type == "named_person":
            self.last_person = speaker
            self.known_surnames.setdefault(speaker.name.split()[-1].lower(), speaker.name)
        if speaker.source_type == "named_person" or (speaker.source_type == "unnamed" and _PERSON_NOUNS & set(speaker.name.lower().split())):
            self.last_individual = speaker

    def notice_subject(self, sentence_text: str) -> None:
        """A narrated sentence opening with a titled name ("Councillor Ruth Adeyemi, who chairs...") sets who "she" is."""
        match = _TITLED_SUBJECT.match(sentence_text)
        if match and match.group(1).split()[0].lower().rstrip(".") in _TITLES:
            name = match.group(2)
            self.last_person = self.last_individual = _Speaker(name, name, "named_person", (0, 0))
            self.known_surnames.setdefault(name.split()[-1].lower(), name)

    def classify(self, phrase: str, start: int, after_verb: bool = False) -> _Speaker | None:
        """Turn a noun phrase found next to an attribution verb into a speaker, or None if it cannot be one."""
        tokens = [(m.group(), m.start()) for m in re.finditer(r"[^\s,;:()\[\]]+", phrase)]
        tokens = [(t.rstrip(".") if t.lower().rstrip(".") not in _TITLES else t, p) for t, p in tokens]
        tokens = [(t, p) for t, p in tokens if t]
        if not tokens or len(tokens) > 24:
            return None
        words = [t for t, _ in tokens]
        lower = [w.lower().strip("'’") for w in words]
        span = (start + tokens[0][1], start + tokens[-1][1] + len(tokens[-1][0]))
        written = phrase[tokens[0][1]:tokens[-1][1] + len(tokens[-1][0])]
        if lower[-1] in _AUXILIARIES or (after_verb and any(w in _AUXILIARIES or w in _VERBS for w in lower)):
            return None
        if len(words) == 1 and lower[0] in _PRONOUNS:
            return self._resolve_pronoun(lower[0], written, span)
        described = next((i for i, w in enumerate(lower) if _singular(w) in _SOURCE_NOUNS), None)
        if lower[0] in _DETERMINERS and described is not None and all(not _capitalised(w) for w in words[1:described + 1]):
            if lower[0] != "the":
                return _Speaker(written, written, "unnamed", span)
        # A run of capitalised words at the end: a person or an institution.
        run = []
        for index in range(len(words) - 1, -1, -1):
            word = words[index]
            if _capitalised(word) or (run and lower[index] in ("of", "for", "and", "the", "de", "al", "bin", "van", "von", "der", "&")):
                run.insert(0, index)
            else:
                break
        while run and lower[run[0]] in ("of", "for", "and", "the", "de", "&"):
            run.pop(0)
        sentence_initial_noun = len(run) == 1 and run[0] == 0 and _singular(lower[0]) in _SOURCE_NOUNS
        if run and all(re.fullmatch(f"(?:{_MONTHS}|{_WEEKDAYS}|[0-9,]+)", words[i]) for i in run):
            return None
        if run and not sentence_initial_noun:
            names = [words[i] for i in run]
            names_lower = [lower[i].rstrip(".") for i in run]
            institution_at = max((k for k, w in enumerate(names_lower) if w in _INSTITUTION_WORDS), default=None)
            name_span = (start + tokens[run[0]][1], span[1])
            if institution_at is not None and institution_at < len(names) - 1:
                person = [n for n, nl in zip(names[institution_at + 1:], names_lower[institution_at + 1:]) if nl not in _TITLES]
                if person:
                    return _Speaker(" ".join(person), written, "named_person", name_span)
            acronym = any(n.isupper() and len(n) > 1 and n.isalpha() for n in names)
            if institution_at is not None or acronym:
                return _Speaker(" ".join(names), written, "named_institution", name_span)
            person = [n for n, nl in zip(names, names_lower) if nl not in _TITLES]
            if not person:
                return None
            if len(person) == 1:
                full_name = self.known_surnames.get(person[0].lower())
                if full_name is None:  # a lone unknown capitalised word is more often an organisation or a country
                    return _Speaker(person[0], written, "named_institution", name_span)
                return _Speaker(full_name, written, "named_person", name_span)
            return _Speaker(" ".join(person), written, "named_person", name_span)
        # Lower-case: a source described but not named ("officials", "a spokesperson who asked not to be named").
        head_index = next((i for i, w in enumerate(lower) if _singular(w) in _SOURCE_NOUNS), None)
        if head_index is None:
            return None
        head = _singular(lower[head_index])
        if lower[0] == "the" and head_index <= 3:
            named = re.findall(rf"((?:[A-Z][\w’'&-]*\s+){{1,5}}{head.capitalize()})\b", self.context[-1500:]) if head in _INSTITUTION_WORDS else []
            if named:
                return _Speaker(named[-1].removeprefix("The "), written, "named_institution", span)
            for earlier in reversed(self.history):
                if head in {_singular(w) for w in re.findall(r"[A-Za-z]+", earlier.written.lower())}:
                    return _Speaker(earlier.name, written, earlier.source_type, span)
            if head in _TITLES and self.last_person:
                return _Speaker(self.last_person.name, written, "named_person", span)
        return _Speaker(written, written, "unnamed", span)

    def _resolve_pronoun(self, pronoun: str, written: str, span: tuple[int, int]) -> _Speaker:
        if pronoun in ("he", "she"):
            target = self.last_individual
        elif pronoun == "it":
            target = next((s for s in reversed(self.history) if s.source_type == "named_institution"), None)
        else:
            target = self.last
        if target is None:
            return _Speaker(written, written, "unnamed", span)
        return _Speaker(target.name, written, target.source_type, span)


def _masked(text: str, start: int, end: int, quotes: list[tuple[int, int]]) -> str:
    """The sentence with quoted words blanked out (\\x01), so a verb inside a quotation is never taken for an attribution."""
    chars = list(text[start:end])
    for qs, qe in quotes:
        for i in range(max(qs, start), min(qe, end)):
            chars[i - start] = "\x01"
    return "".join(chars)


_QUOTE_MARK = re.compile("[\"“”‘’']")
_LINE_BREAK = re.compile(r"[\n\r\u2028\u2029\x85\x0b\x0c\x1c\x1d\x1e]")
_TITLED_SUBJECT = re.compile(r"((?:[A-Z][a-z]*\.?\s+){1,3}?)([A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){1,2})(?=,|\s+[a-z])")
_CLAUSE_BREAK = re.compile(r"[,;:\x01()\[\]—–]|\s-\s")
_NP_END = re.compile(r"[,;:!?\x01()\[\]—–]|(?<!\b[A-Z])(?<!\b(?:Dr|Mr|Ms|St|Lt|Jr|Sr|No))(?<!\b(?:Mrs|Col|Gen|Maj|Sgt|Adm|Gov|Sen|Rep|Rev))(?<!\bCapt|\bProf)\.|\s(?:who|which|that|because|speaking|in|on|at|to|after|before|during|when|as|while)\s")


def _find_attribution(masked: str, offset: int, attributor: _Attributor) -> tuple[_Speaker, str] | None:
    """The first attribution in a sentence: "X said", "said X", "according to X"; None if there is none."""
    for verb_match in _patterns()["verb"].finditer(masked):
        verb = verb_match.group().lower()
        if verb.startswith("according"):
            rest = masked[verb_match.end():verb_match.end() + 160]
            cut = _NP_END.search(rest)
            phrase = rest[:cut.start()] if cut else rest
            speaker = attributor.classify(phrase, offset + verb_match.end(), after_verb=True)
            if speaker:
                return speaker, "according to"
            continue
        before = masked[max(0, verb_match.start() - 240):verb_match.start()]
        base = offset + verb_match.start() - len(before)
        pieces = []
        cursor = len(before)
        for _ in range(4):
            breaks = list(_CLAUSE_BREAK.finditer(before, 0, cursor))
            left = breaks[-1].end() if breaks else 0
            pieces.append((before[left:cursor], base + left))
            if not breaks:
                break
            cursor = breaks[-1].start()
        candidates = []
        if pieces and pieces[0][0].strip():
            candidates.append((*pieces[0], False))
        elif verb in _INVERTIBLE:
            after = masked[verb_match.end():verb_match.end() + 160]
            cut = _NP_END.search(after)
            candidates.append((after[:cut.start()] if cut else after, offset + verb_match.end(), True))
        candidates.extend((phrase, start, False) for phrase, start in pieces[1:3])
        for phrase, start, after_verb in candidates:
            if not phrase.strip() or len(phrase) > 200:
                continue
            speaker = attributor.classify(phrase, start, after_verb)
            if speaker:
                return speaker, verb_match.group().lower()
    return None


def _attribute(text: str, sentences: list[_Sentence]) -> None:
    """Give every sentence its mode and speaker, paragraph by paragraph, carrying the last speaker forward."""
    attributor = _Attributor()
    by_paragraph: dict[int, list[_Sentence]] = {}
    for sentence in sentences:
        by_paragraph.setdefault(sentence.paragraph, []).append(sentence)
    for group in by_paragraph.values():
        for sentence in group:
            quotes = sentence.quoted_spans
            opens_inside = any(qs <= sentence.start < qe for qs, qe in quotes)
            sentence.mode = "direct_quote" if opens_inside else "narration"
            masked = _masked(text, sentence.start, sentence.end, quotes)
            attributor.context = text[max(0, sentence.start - 1500):sentence.end]
            found = _find_attribution(masked, sentence.start, attributor)
            if found:
                speaker, verb = found
                sentence.speaker, sentence.speaker_as_written = speaker.name, speaker.written
                sentence.source_type, sentence.verb, sentence.speaker_span = speaker.source_type, verb, speaker.span
                if sentence.mode == "narration":
                    sentence.mode = "paraphrase"
                attributor.remember(speaker)
            else:
                attributor.notice_subject(text[sentence.start:sentence.end])
        # A quote with no attribution of its own: the paragraph's quoted speaker, else whoever spoke last.
        quoted = next((s for s in group if s.speaker and s.mode == "direct_quote"), None)
        for sentence in group:
            if sentence.mode == "direct_quote" and not sentence.speaker:
                if quoted is not None:
                    sentence.speaker, sentence.source_type = quoted.speaker, quoted.source_type
                elif attributor.last is not None:
                    sentence.speaker, sentence.source_type = attributor.last.name, attributor.last.source_type


def _segment(text: str) -> list[_Sentence]:
    sentences = []
    for number, paragraph in enumerate(_patterns()["paragraph"].finditer(text)):
        start, end = paragraph.span()
        if not text[start:end].strip():
            continue
        quotes = _quote_spans(text, start, end)
        quote_starts, quote_ends = [q[0] for q in quotes], [q[1] for q in quotes]
        for s, e in _sentence_spans(text, start, end):
            inside = quotes[bisect.bisect_right(quote_ends, s):bisect.bisect_left(quote_starts, e)]
            sentences.append(_Sentence(s, e, paragraph=number, quoted_spans=inside))
    return sentences


# --- numbers ----------------------------------------------------------------------------------------------

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
        if lower in _FUNCTION_WORDS or (words and lower.endswith("ing") and _is_plural(words[-1][0])):
            break
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
        if not parsed or parsed[1] != len(m.group("n")):
            continue
        unit, claim_type, pint_unit = _MEASURES[m.group("u").lower()]
        value = parsed[0]
        add(m.start(), m.end(), _Claim(m.start(), m.end(), value, unit, claim_type, value * _si_factor(pint_unit), _SI_UNIT[claim_type]), 2)
    for m in p["count"].finditer(text):
        claim = _count_claim(text, m)
        if claim:
            add(claim.start, claim.end, claim, 3)
    for m in p["a_scale"].finditer(text):
        word = m.group("w").lower()
        value = 12.0 if word == "dozen" else float(_SCALES[word])
        line_break = _LINE_BREAK.search(text, m.end(), m.end() + 120)
        unit, _ = _head_noun(text, m.end(), line_break.start() if line_break else len(text))
        add(m.start(), m.end(), _Claim(m.start(), m.end(), value, unit, "count"), 3)

    found.sort(key=lambda item: (item[0], item[1], item[2]))
    chosen: list[_Claim] = []
    reach = -1
    for start, _, _, claim in found:
        if start >= reach:
            chosen.append(claim)
            reach = claim.end
    return chosen


def _count_claim(text: str, m: re.Match) -> _Claim | None:
    """A bare number as a count, with its counted noun; None for designations (Su-34), ordinals and idioms ("one of")."""
    raw = m.group("n")
    parsed = _number_value(raw)
    if not parsed:
        return None
    value, used = parsed
    start, end = m.start(), m.start() + used
    if used < len(raw):
        m_end = end
    else:
        m_end = m.end("s") if m.group("s") else end
        value *= _scale_value(m.group("s"))
    after = text[m_end:m_end + 2]
    if after[:1].isalpha() or (after[:1] in "-–" and after[1:2].isdigit()) or text[max(0, start - 1):start] in ("#",):
        if not m.group("hyphen"):
            return None
    previous_word = re.search(r"([A-Za-z][\w.]*)\s*$", text[max(0, start - 40):start])
    if previous_word and raw[:1].isdigit():
        word = previous_word.group(1)
        if _capitalised(word) and word.lower().rstrip(".") not in _FUNCTION_WORDS and word.lower().rstrip(".") not in ("no",):
            counted = re.match(r"[ \t]+([A-Za-z]+)", text[m_end:m_end + 30])
            if not re.fullmatch(_MONTHS, word) and not (counted and _is_plural(counted.group(1))) and \
                    not re.search(r"[.!?]\s*$", text[max(0, start - 40):start - len(previous_word.group(0))] or "."):
                return None
        if word.lower() in ("no.", "no", "number", "nos."):
            return None
    if raw[:1].isdigit() and re.match(r"\s*[.)]\s", text[m_end:m_end + 3]) and (start == 0 or text[start - 1] in "\n\r"):
        return None
    if not raw[:1].isdigit():
        lower = raw.lower()
        rest = text[m_end:m_end + 30]
        if lower == "one" and not re.match(r"\s+(?:hundred|thousand|million|billion)\b", rest, re.IGNORECASE):
            return None
        if lower == "one" and (re.match(r"\s+(?:of|another|day|thing|way)\b", rest, re.IGNORECASE) or
                               re.search(r"\b(?:no|any|every|each|the|which|this|that|someone|anyone|no-)\s*$", text[max(0, start - 12):start], re.IGNORECASE)):
            return None
        if re.match(r"\s+of\b", rest) and not re.match(r"\s+of\s+(?:the|its|their|his|her|our|these|those)?\s*(?:\S+\s+)?(?:[0-9]|[a-z]+\s)", rest):
            return None
    hyphen_end = m.end("hyphen") if m.group("hyphen") else m_end
    if m.group("hyphen") and re.match(r"[A-Za-z/]+", text[hyphen_end:hyphen_end + 30]).group().lower() in _MEASURES:
        return None
    line_break = _LINE_BREAK.search(text, hyphen_end, hyphen_end + 120)
    unit, unit_end = _head_noun(text, hyphen_end, line_break.start() if line_break else len(text))
    if m.group("hyphen") and not unit:
        return None
    return _Claim(start, max(unit_end, m_end), value, unit, "count")


def _list_counts(text: str, sentence: _Sentence, claims: list[_Claim]) -> list[_Claim]:
    """"A terrorist command center, an ammunition depot, 10 strongholds": in a list of counts, "a"/"an" counts as 1."""
    counts = [c for c in claims if c.claim_type == "count"]
    if not counts:
        return []
    taken = [(c.start, c.end) for c in claims]
    extra = []
    item = r"\b([Aa]n?|[Oo]ne)\s+((?:[a-z][a-z-]*\s+){0,3}?[a-z][a-z-]*)"
    for count in counts:
        cursor = count.start
        for _ in range(6):
            left = re.search(item + r"(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)$", text[max(sentence.start, cursor - 120):cursor])
            if not left:
                break
            base = max(sentence.start, cursor - 120)
            start, end = base + left.start(), base + left.end(2)
            extra.append((start, end, left.group(2)))
            cursor = start
        tail = re.match(r"(?:[^,.;]{0,60}?)(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)" + item + r"(?=[,.;]|\s+(?:and|or|were|was|had|have|are|is|in|near|on|at|from)\b|$)",
                        text[count.end:min(sentence.end, count.end + 160)])
        if tail:
            extra.append((count.end + tail.start(1), count.end + tail.end(2), tail.group(2)))
    claims_out = []
    for start, end, noun_phrase in extra:
        if any(s < end and start < e for s, e in taken):
            continue
        words = noun_phrase.split()
        if any(w in _FUNCTION_WORDS for w in words):
            continue
        head = _singular(words[-1])
        parts = [head]
        if len(words) > 1 and words[-2].isalpha() and not words[-2].endswith(_ADJECTIVE_ENDINGS):
            parts.insert(0, words[-2])
        taken.append((start, end))
        claims_out.append(_Claim(start, end, 1.0, _snake(parts), "count"))
    return claims_out


def _inherit_units(text: str, claims: list[_Claim]) -> None:
    """A bare number takes the unit of its neighbour: "from 60 hours a week to 48", "14 of the ship's 22 crew members"."""
    inside = [c for c in claims if not math.isnan(c.value)]
    for index, claim in enumerate(inside):
        if claim.unit or claim.claim_type != "count":
            continue
        following = text[claim.end:claim.end + 40]
        source = None
        if re.match(r"\s+of\b|\s*(?:-|–|to|or|and)\s*[0-9]", following) and index + 1 < len(inside):
            source = inside[index + 1]
        elif index > 0 and re.search(r"\b(?:to|and|or|from|with|than|versus|vs\.?)\s*$", text[max(0, claim.start - 40):claim.start]):
            source = inside[index - 1]
        if source and source.unit:
            claim.unit, claim.claim_type, claim.unit_si = source.unit, source.claim_type, source.unit_si
            if source.unit_si and source.value:
                claim.value_si = claim.value * source.value_si / source.value


# --- public API -------------------------------------------------------------------------------------------

def _analyse(text: str) -> tuple[list[_Sentence], list[tuple[_Claim, _Sentence | None]]]:
    sentences = _segment(text)
    _attribute(text, sentences)
    starts = [s.start for s in sentences]
    groups: dict[int, list[_Claim]] = {}
    for claim in _number_spans(text):
        index = bisect.bisect_right(starts, claim.start) - 1
        groups.setdefault(index if index >= 0 and claim.start < sentences[index].end else -1, []).append(claim)
    kept = []
    for index, claims in groups.items():
        sentence = sentences[index] if index >= 0 else None
        if sentence is not None:
            claims = sorted(claims + _list_counts(text, sentence, claims), key=lambda c: c.start)
            if sentence.speaker_span:
                low, high = sentence.speaker_span
                claims = [c for c in claims if not low <= c.start < high]  # "two people familiar with...": the source, not a claim
            _inherit_units(text, claims)
        kept.extend((claim, sentence) for claim in claims)
    kept.sort(key=lambda pair: pair[0].start)
    return sentences, kept


def _check_text(text: object, function: str) -> None:
    if not isinstance(text, str):
        raise ValueError(f"{function} expects the article as a string of text.")


def extract_claims(text: str) -> pd.DataFrame:
    """A draft claims ledger for any article: one row per number, date or clock time, with its sentence and speaker.

    Columns follow ``data/claims.csv`` where they overlap (see ``CLAIM_COLUMNS``); ``value`` is empty (NaN) for dates
    and clock times; ``value_si`` gives distances in m, speeds in m/s, durations in s. A draft, made by rules: check it.
    """
    _check_text(text, "extract_claims")
    sentences, kept = _analyse(text)
    rows = []
    sentence_texts: dict[int, str] = {}  # one string per sentence, shared by its rows (a huge sentence is not copied per number)
    for number, (claim, sentence) in enumerate(kept, start=1):
        if sentence is None:
            sentence = _Sentence(claim.start, claim.end)
        if sentence.start not in sentence_texts:
            sentence_texts[sentence.start] = text[sentence.start:sentence.end]
        inside_quote = any(qs <= claim.start and claim.end <= qe for qs, qe in sentence.quoted_spans)
        mode = "direct_quote" if inside_quote else ("paraphrase" if sentence.speaker else "narration")
        rows.append({
            "claim_id": f"C{number:03d}", "char_start": claim.start, "char_end": claim.end,
            "text": text[claim.start:claim.end], "value": claim.value, "unit": claim.unit,
            "claim_type": claim.claim_type, "value_si": claim.value_si, "unit_si": claim.unit_si,
            "speaker": sentence.speaker, "speaker_as_written": sentence.speaker_as_written, "mode": mode,
            "source_type": sentence.source_type if sentence.speaker else "none", "attribution_verb": sentence.verb,
            "sentence_start": sentence.start, "sentence_end": sentence.end, "sentence": sentence_texts[sentence.start],
        })
    return _frame(rows, CLAIM_COLUMNS, ("char_start", "char_end", "sentence_start", "sentence_end"), ("value", "value_si"))


def extract_sentences(text: str) -> pd.DataFrame:
    """Every sentence with its mode (direct_quote, paraphrase, narration) and who the article says is speaking."""
    _check_text(text, "extract_sentences")
    sentences = _segment(text)
    _attribute(text, sentences)
    rows = [{
        "sentence_id": f"S{number:02d}", "char_start": s.start, "char_end": s.end, "text": text[s.start:s.end],
        "mode": s.mode, "speaker": s.speaker, "speaker_as_written": s.speaker_as_written,
        "source_type": s.source_type if s.speaker else "none", "attribution_verb": s.verb,
    } for number, s in enumerate(sentences, start=1)]
    return _frame(rows, SENTENCE_COLUMNS, ("char_start", "char_end"), ())


def _frame(rows: list[dict], columns: list[str], integers: tuple, floats: tuple) -> pd.DataFrame:
    frame = pd.DataFrame(rows, columns=columns)
    for name in columns:
        frame[name] = frame[name].astype("int64" if name in integers else "float64" if name in floats else "str")
    return frame


# --- scoring ----------------------------------------------------------------------------------------------

_NAME_NOISE = {"the", "a", "an", "of", *_TITLES}


def speakers_match(predicted: object, gold: object) -> bool:
    """Same speaker? Compared by surname or last word, titles ignored: "Kartapolov" matches "Col. Gen. Andrei Kartapolov"."""
    def words(name: object) -> list[str]:
        if not isinstance(name, str):
            return []
        return [w for w in re.findall(r"[a-z0-9]+", name.lower().replace("’", "'")) if w not in _NAME_NOISE]

    left, right = words(predicted), words(gold)
    if not left or not right:
        return not left and not right
    return left == right or left[-1] == right[-1]


@dataclass(frozen=True)
class Score:
    """How a draft ledger compares with a hand-made one (counts, so scores of several articles can be summed)."""

    gold_numbers: int
    predicted: int
    true_positives: int
    gold_found: int
    quoted_sentences: int
    speakers_right: int
    attributed_sentences: int = 0  # gold sentences quoted or paraphrased
    attributed_right: int = 0
    hedges_scored: int = 0  # gold numbers found, when both ledgers have qualifier and bound columns
    qualifiers_right: int = 0
    bounds_right: int = 0  # bound right, and value_high too for a range

    @property
    def precision(self) -> float:
        return self.true_positives / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.gold_found / self.gold_numbers if self.gold_numbers else 1.0

    @property
    def speaker_accuracy(self) -> float:
        return self.speakers_right / self.quoted_sentences if self.quoted_sentences else 1.0

    @property
    def attributed_accuracy(self) -> float:
        return self.attributed_right / self.attributed_sentences if self.attributed_sentences else 1.0

    @property
    def qualifier_accuracy(self) -> float:
        """NaN when there was nothing to compare (a ledger without the hedge columns)."""
        return self.qualifiers_right / self.hedges_scored if self.hedges_scored else math.nan

    @property
    def bound_accuracy(self) -> float:
        return self.bounds_right / self.hedges_scored if self.hedges_scored else math.nan


def _in_scope(starts: pd.Series, scope) -> pd.Series:
    if scope is None:
        return pd.Series(True, index=starts.index)
    ranges = list(scope)
    return starts.apply(lambda s: any(a <= s < b for a, b in ranges))


def _same_number(left: object, right: object) -> bool:
    """Equal values, or both empty."""
    left, right = pd.to_numeric(pd.Series([left, right]), errors="coerce").tolist()
    if math.isnan(left) or math.isnan(right):
        return math.isnan(left) and math.isnan(right)
    return math.isclose(left, right, rel_tol=1e-9, abs_tol=1e-9)


def _hedge(value: object) -> str:
    return value.strip().lower() if isinstance(value, str) else ""


def _speakers_right(gold_sentences: pd.DataFrame, candidates: list[tuple[int, int, str]]) -> int:
    """How many gold sentences the predicted sentence overlapping each most gives the same speaker."""
    right = 0
    for start, end, speaker in zip(gold_sentences["char_start"], gold_sentences["char_end"], gold_sentences["speaker"]):
        overlaps = [(min(end, e) - max(start, s), name) for s, e, name in candidates if s < end and start < e]
        if overlaps and speakers_match(max(overlaps, key=lambda o: o[0])[1], speaker):
            right += 1
    return right


def score_extraction(pred: pd.DataFrame, gold_claims: pd.DataFrame, gold_sentences: pd.DataFrame,
                     pred_sentences: pd.DataFrame | None = None, scope=None) -> Score:
    """Compare a draft (``extract_claims``) with a hand-made ledger.

    Numbers: a predicted number is right when its span overlaps a gold span with a number of equal value;
    recall counts the gold numbers some prediction found. Speakers: for each gold ``direct_quote`` sentence
    (and, for ``attributed_accuracy``, each gold quoted or paraphrased sentence), the predicted sentence
    overlapping it most must name the same speaker (``speakers_match``). Hedges: for each gold number found,
    the first prediction that found it must have the same ``qualifier``, and the same ``bound`` (and
    ``value_high`` for a range); scored only when both sides have those columns. Predicted sentences come from
    ``pred_sentences`` (``extract_sentences``) when given, else from ``pred``'s sentence columns.
    ``scope``, a list of (start, end) ranges, limits both sides to the same part of the text (e.g. the article body).
    """
    numbers = pred[pred["value"].notna() & _in_scope(pred["char_start"], scope)]
    gold = gold_claims[gold_claims["value"].notna() & _in_scope(gold_claims["char_start"], scope)]
    gold_spans = list(zip(gold["char_start"].astype(int), gold["char_end"].astype(int), gold["value"].astype(float)))

    def hit(start: int, end: int, value: float, spans) -> int | None:
        return next((i for i, (s, e, v) in enumerate(spans)
                     if s < end and start < e and math.isclose(value, v, rel_tol=1e-9, abs_tol=1e-9)), None)

    pred_spans = list(zip(numbers["char_start"], numbers["char_end"], numbers["value"].astype(float)))
    true_positives = sum(hit(s, e, v, gold_spans) is not None for s, e, v in pred_spans)
    found = [hit(s, e, v, pred_spans) for s, e, v in gold_spans]

    hedges = qualifiers_right = bounds_right = 0
    hedge_columns = {"qualifier", "bound", "value_high"}
    if hedge_columns <= set(gold.columns) and hedge_columns <= set(numbers.columns):
        for gold_row, match in zip(gold.itertuples(), found):
            if match is None:
                continue
            guess = numbers.iloc[match]
            hedges += 1
            qualifiers_right += _hedge(guess["qualifier"]) == _hedge(gold_row.qualifier)
            bounds_right += _hedge(guess["bound"]) == _hedge(gold_row.bound) and (
                _hedge(gold_row.bound) != "range" or _same_number(guess["value_high"], gold_row.value_high))

    if pred_sentences is None:
        pred_sentences = pred.rename(columns={"sentence_start": "s", "sentence_end": "e"})[["s", "e", "speaker"]].drop_duplicates()
    else:
        pred_sentences = pred_sentences.rename(columns={"char_start": "s", "char_end": "e"})[["s", "e", "speaker"]]
    candidates = list(zip(pred_sentences["s"], pred_sentences["e"], pred_sentences["speaker"]))
    listed = gold_sentences[_in_scope(gold_sentences["char_start"], scope)]
    attributed = listed[listed["mode"].isin(["direct_quote", "paraphrase"])]
    quoted = listed[listed["mode"] == "direct_quote"]
    return Score(len(gold_spans), len(pred_spans), int(true_positives), sum(m is not None for m in found),
                 len(quoted), _speakers_right(quoted, candidates), len(attributed), _speakers_right(attributed, candidates),
                 hedges, int(qualifiers_right), int(bounds_right))
