"""The extractor's compiled patterns, built on first use: importing the package costs almost nothing."""
from __future__ import annotations

import re
from functools import lru_cache

from .words import _MEASURES, _MEASURE_ABBREVIATIONS, _MONTHS, _SCALES, _SMALL, _VERBS, _WEEKDAYS

@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern]:
    h = r"[ \t\u00a0\u202f]"  # a space that is not a line break
    numeral = r"(?:[0-9]{1,3}(?:,[0-9]{3}){1,5}|[0-9]{1,15})(?:\.[0-9]{1,10})?"  # bounded: no number is longer, and no backtracking blow-up
    word = "|".join(sorted([*_SMALL, *_SCALES], key=len, reverse=True))
    word_number = rf"(?:{word})(?:(?:{h}{{1,3}}and{h}{{1,3}}|{h}{{1,3}}|-)(?:{word})){{0,6}}"
    scale = rf"(?:{h}{{0,3}}(?ai:million|billion|trillion|thousand|bn|mn|dozen)\b)"
    initials = "".join(sorted({w[0] for w in word.split("|")}))  # a cheap first test before trying every number word
    number = rf"(?=(?ai:[0-9{initials}]))(?:(?:(?<![\w.,/–-])|(?<=[0-9][-–])){numeral}(?![0-9])|(?<![\w-])(?=(?ai:[{initials}]))(?ai:{word_number})(?!\w|-(?![A-Za-z])))"  # "five-year": a compound modifier
    long_units = "|".join(re.escape(u) for u in sorted(_MEASURES, key=len, reverse=True) if u not in _MEASURE_ABBREVIATIONS)
    short_units = "|".join(re.escape(u) for u in sorted(_MEASURE_ABBREVIATIONS, key=len, reverse=True))
    zone = rf"(?:{h}{{1,3}}(?:[A-Z][a-z]+{h}{{1,3}})?(?:[A-Z][a-z]+|local){h}{{1,3}}time\b|{h}{{1,3}}(?:GMT|UTC|MSK|[A-Z]{{1,3}}[SD]?T)\b)"
    SMALL_WORDS = "one|two|three|four|five|six|seven|eight|nine|ten"
    codes = "USD|EUR|GBP|CHF|JPY|CAD|AUD|NZD|SEK|NOK|DKK|PLN|CZK|HUF|INR|CNY"  # "CHF 184": an ISO code before the amount
    share_of = "(?ai:of|the|their|its|his|her|our|your|these|those|all|that|this)"
    parts = "(?ai:half|halves|thirds?|quarters?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?)"  # "two-thirds", "a quarter"
    # fixed-width look-behinds, one per hedge: "almost half" is a fraction even with nothing after it
    not_shared = "|".join(sorted({*_SCALES, "dozen", "percentage", "second", "minute", "hour", "day", "week", "fortnight", "month",
                                  "year", "decade", "century", "season", "term", *_MEASURES}, key=len, reverse=True))
    hedged = "(?:" + "|".join(f"(?<=\\b{w} )" for w in ("almost", "nearly", "about", "roughly", "around", "over", "under",
                                                            "than", "least", "most", "just", "only", "by", "By")) + ")"  # "rose by a third"
    verbs = ["according to", "pointed out", "spoke of", *(v for v in _VERBS if " " not in v)]
    verb_initials = "".join(sorted({v[0].lower() for v in verbs}))  # a cheap first test before trying every verb
    return {
        "date": re.compile(  # the look-ahead lets the scan skip the many positions no date can start at
            rf"(?=[A-Z]|to[dmn]|yes|[0-9]{{1,2}}(?:st|nd|rd|th)?{h}|[0-9]{{4}}-)(?:(?:\b(?:{_WEEKDAYS}),?{h}{{1,3}})?\b(?:(?:{_MONTHS}){h}{{1,3}}[0-9]{{1,2}}(?:st|nd|rd|th)?\b(?:,?{h}{{1,3}}[0-9]{{4}}\b)?"
            rf"|[0-9]{{1,2}}(?:st|nd|rd|th)?{h}{{1,3}}(?:of{h}{{1,3}})?(?:{_MONTHS})(?![a-z])(?:,?{h}{{1,3}}[0-9]{{4}}\b)?"
            rf"|(?:{_MONTHS}){h}{{1,3}}[0-9]{{4}}\b)"
            rf"|\b[0-9]{{4}}-[0-9]{{2}}-[0-9]{{2}}\b"
            rf"|\b(?:{_WEEKDAYS})\b|\b(?:[Tt]oday|[Yy]esterday|[Tt]omorrow|[Tt]onight)\b)"
        ),
        "year": re.compile(r"(?=[12])(?<![\w.,$€£/-])(?:1[89][0-9]{2}|20[0-9]{2})(?!\w|[,.-][0-9])"),
        "clock": re.compile(
            rf"(?=[nm]|[0-9]{{1,2}}(?:[:.][0-5][0-9])?{h}{{0,3}}[apAP]|[0-9]{{1,2}}:|[0-9]{{4}}{h}{{0,3}}[GUZ])(?:(?<![\w.:])[0-9]{{1,2}}(?:[:.][0-5][0-9])?{h}{{0,3}}(?:[ap]\.{h}?m\.|[ap]m\b|[AP]M\b|[ap]\.m\b){zone}?"
            rf"|(?<![\w.:])(?:[01]?[0-9]|2[0-3]):[0-5][0-9](?![0-9:]){zone}?"
            rf"|(?<![\w.:])(?:[01][0-9]|2[0-3])[0-5][0-9]{h}{{0,3}}(?:GMT|UTC|Z)\b"
            rf"|(?<=\b(?:at|by) )(?:noon|midnight)\b)"
        ),
        "money": re.compile(
            rf"(?=[$€£¥₹UuAaCcNnHhEeGgJjSsDdPp])(?:(?ai:US|A|C|NZ|HK)?\$|€|£|¥|₹|(?<![\w-])(?:{codes}){h})"
            rf"{h}?(?P<n1>{numeral})(?P<s1>{scale}|{h}{{0,3}}(?:m|k)\b)?"
            rf"|(?P<n2>{number})(?P<s2>{scale})?(?={h}{{0,3}}(?ai:[depyug])){h}{{0,3}}(?P<c2>(?ai:dollars?|euros?|pounds(?!{h}{{1,3}}of\b)|yen)\b|USD\b|EUR\b|GBP\b)"
        ),
        "percent": re.compile(rf"(?P<n>{number})(?={h}{{0,3}}[%Pp]){h}{{0,3}}(?:%|(?ai:per{h}?cent|percentage{h}{{1,3}}points?)\b)"),
        "measure": re.compile(
            rf"(?P<n>{number})(?P<s>{scale})?(?=[ \t\u00a0\u202f-]{{0,7}}[A-Za-z°])(?:{h}{{0,3}}-{h}{{0,3}}|{h}{{1,3}}|)(?P<u>(?ai:{long_units})(?![A-Za-z])|(?:{short_units})(?![A-Za-z0-9]))"
        ),
        "count": re.compile(rf"(?P<n>{number})(?P<s>{scale})?(?P<hyphen>-(?=[A-Za-z]))?"),
        "a_scale": re.compile(r"(?=[HhAa])(?<![\w-])(?:(?P<half>(?ai:half))[ \t]{1,3})?(?ai:an?)[ \t]{1,3}(?P<w>(?ai:hundred|thousand|million|billion|dozen))\b"),
        # "a decade", "an hour": one of a unit of time (not "42,000 vehicles a day", a rate: see numbers.py)
        "a_period": re.compile(r"(?=[Aa])(?<![\w-])(?ai:an?)[ \t]{1,3}(?P<u>(?ai:minute|hour|day|week|fortnight|month|year|decade|century))\b"),  # not "a second": an ordinal as often
        # "one in five", "1 in 6", "three out of four", "one patient in six": a share
        "ratio": re.compile(rf"(?=(?ai:[0-9efnost]))(?<![\w.,-])(?P<a>[0-9]{{1,3}}|(?ai:{SMALL_WORDS}))(?:{h}{{1,3}}(?P<noun>[a-z]{{2,20}}))?{h}{{1,3}}"
                            rf"(?ai:in|out{h}{{1,3}}of){h}{{1,3}}(?P<b>[0-9]{{1,4}}|(?ai:{SMALL_WORDS}|hundred|thousand))(?![\w-])"),
        # "two-thirds", "a third", "a quarter", "half of", "half their", "almost half": a fraction, when it is not an
        # ordinal ("a third suspect") or part of a period or scale ("half an hour", "half a million", "second half")
        "fraction": re.compile(rf"(?=(?ai:[aefhnost]))(?:(?<![\w-])(?:(?P<a>(?ai:an?|{SMALL_WORDS}))(?:-(?P<d>{parts})(?![\w-])|[ \t]{{1,3}}(?P<spaced>{parts})"
                               rf"(?![\w-])(?=[’'”\"),.;:]|{h}{{1,3}}(?ai:of)\b|$))"
                               rf"|(?=(?ai:an?|one){h}){hedged}(?P<hedged_a>(?ai:an?|one))[ \t]{{1,3}}(?P<hedged_d>{parts})(?![\w-])"
                               rf"|(?<!first )(?<!second )(?<!final )(?<!last )(?<!other )(?P<half>(?ai:half))(?={h}{{1,3}}{share_of}\b)"
                               rf"|(?=(?ai:half)){hedged}(?P<hedged_half>(?ai:half))(?![\w-])(?!{h}{{1,3}}(?ai:an?)\b)"
                               # "half a tank", "half an apple": a share of one thing, not half a unit or a scale
                               rf"|(?<![\w-])(?P<half_a>(?ai:half))(?={h}{{1,3}}(?ai:an?){h}{{1,3}}(?!(?ai:{not_shared})\b)[a-z])))"),
        # "doubles", "twice", "tripled": a multiple
        "multiple": re.compile(r"(?=[DdTt])(?<![\w-])(?P<m>(?ai:doubl(?:e[sd]?|ing)|twice|tripl(?:e[sd]?|ing)|trebl(?:e[sd]?|ing)))(?![\w-])"),
        # "five in the morning", "7 o'clock", "six in the evening": a clock time said in words
        "spoken_clock": re.compile(rf"(?=(?ai:[0-9efnost]))(?<![\w.:-])(?:[0-9]{{1,2}}|(?ai:{SMALL_WORDS}|eleven|twelve))(?:{h}{{1,3}}o[’']clock\b"
                                   rf"(?:{h}{{1,3}}in{h}{{1,3}}the{h}{{1,3}}(?ai:morning|afternoon|evening))?"
                                   rf"|{h}{{1,3}}in{h}{{1,3}}the{h}{{1,3}}(?ai:morning|afternoon|evening)\b)"),
        # "2:19:42": hours, minutes and seconds of a race or a wait
        # "three and a half days", "2 and a half hours": a measure and a half
        "and_a_half": re.compile(rf"(?P<n>{number})(?={h}{{1,3}}and){h}{{1,3}}and{h}{{1,3}}a{h}{{1,3}}half{h}{{1,3}}(?P<u>(?ai:{long_units})(?![A-Za-z]))"),
        # "37C", "98.6F": a temperature written with its scale's letter and no degree sign, as British papers do
        "bare_degrees": re.compile(rf"(?=[0-9])(?<![\w.,/-])(?P<n>{numeral})(?P<u>[CF])(?![A-Za-z0-9-])"),
        # "286p", "4.1p a share", "842 pence": pence, a hundredth of a pound
        "pence": re.compile(rf"(?=[0-9])(?<![\w.,/£$€-])(?P<n>{numeral})(?:p(?![A-Za-z0-9’'])|{h}{{1,3}}(?ai:pence)\b)"),
        "hms": re.compile(r"(?=[0-9])(?<![\w.:])(?P<h>[0-9]{1,2}):(?P<m>[0-5][0-9]):(?P<s>[0-5][0-9])(?![\w:])"),
        "word": re.compile(r"[A-Za-z][A-Za-z'’-]*|[0-9][0-9,.]*|\S"),
        "paragraph": re.compile(r"[^\n\r\u2028\u2029\x85\x0b\x0c\x1c\x1d\x1e]+"),
        # Possessive, and only at the start of a run of marks: a run of 100,000 dots is read once, not 100,000 times.
        "boundary": re.compile(r"(?<![.!?…؟۔।])[.!?…؟۔।]++[\"”’')\]“‘«»]*+(?=\s)"),
        "verb": re.compile(rf"(?=[{verb_initials}])(?<![\w-])(?:" + "|".join(verbs) + r")\b", re.IGNORECASE | re.ASCII),
        "zone_after": re.compile(r"\s+(?:(?:[A-Z][a-z]+\s+)?(?:[A-Z][a-z]+|local)\s+time\b|(?:GMT|UTC|[A-Z]{1,3}[SD]?T)\b)"),
        "attribution_after_quote": re.compile(r"\s+[A-Z][\w.'’ -]{0,60}?\s(?:said|says|asked|added|told|wrote)\b"),
    }
