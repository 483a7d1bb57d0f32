"""Paragraphs, sentences and the spans inside quotation marks."""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from .patterns import _patterns
from .words import _ABBREVIATIONS


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
    quoted_spans: list = field(default_factory=list)  # disjoint and sorted

    def __post_init__(self):
        self._quote_starts = [qs for qs, _ in self.quoted_spans]

    def quoted(self, start: int, end: int) -> bool:
        """Does one quotation hold all of ``start:end``? By position (bisect), so a sentence of many quotes stays linear."""
        index = bisect.bisect_right(self._quote_starts, start) - 1
        return index >= 0 and end <= self.quoted_spans[index][1]

    def opens_inside_quote(self) -> bool:
        return self.quoted(self.start, self.start + 1)


_QUOTE_MARK = re.compile("[\"“”‘’'„«»‚]")
#: What closes a double quotation opened by each mark: English “…”, straight "…", German „…“ (or „…”), and
#: guillemets both ways (French «…», German »…«).
_DOUBLE_CLOSERS = {"“": "”\"", '"': "”\"", "„": "“”", "«": "»", "»": "«"}


def _quote_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans inside quotation marks (“ ”, " ", „ “, « », ‘ ’, ‚ ‘, ' ') within one paragraph; an unclosed double quote runs to the end."""
    spans = []
    double_at = single_at = None
    double_closers = ""
    single_curly = single_low = False
    for mark in _QUOTE_MARK.finditer(text, start, end):
        i, ch = mark.start(), mark.group()
        before = text[i - 1] if i > start else " "
        after = text[i + 1] if i + 1 < end else " "
        if double_at is not None and ch in double_closers:
            spans.append((double_at, i + 1))
            double_at = None
            single_at = None
        elif double_at is None and ch in _DOUBLE_CLOSERS:
            double_at, double_closers = i, _DOUBLE_CLOSERS[ch]
        elif ch in "“”\"„«»":
            continue  # a stray or nested double mark
        elif ch == "‚" or (ch == "‘" and single_at is None) or (ch == "'" and single_at is None and not before.isalnum() and after.isalnum()):
            if single_at is None and not before.isalnum():
                single_at, single_curly, single_low = i, ch in "‘‚", ch == "‚"
        elif single_at is not None and (single_low if ch == "‘" else not after.isalnum() and not before.isspace()):
            spans.append((single_at, i + 1))  # ‘ closes only a German ‚…‘
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


def _caseless_letter(character: str) -> bool:
    """A letter of a script without capitals (Hebrew, Arabic, Devanagari, CJK...): any sentence may start with it."""
    return character.isalpha() and character.lower() == character.upper()


def _ends_sentence(text: str, stop: int, next_start: int, paragraph_start: int) -> bool:
    """Is the punctuation ending at ``stop`` a sentence end? Looks at the word before and the text after."""
    following = text[next_start:next_start + 1]
    if following in "\"“‘'([„«»‚":
        after_mark = next_start + 1
        if following in "«»" and text[after_mark:after_mark + 1].isspace():
            after_mark += 1  # French « Nous ... », with a space inside the marks
        following = text[after_mark:after_mark + 1]
    if not following or not (following.isupper() or following.isdigit() or _caseless_letter(following)):
        return False
    period = text.rfind(".", paragraph_start, stop)
    marks = text[max(paragraph_start, stop - 12):stop].rstrip("\"”’')]“‘«»")
    if not marks.endswith("."):
        if marks.endswith(("?", "!")) and text[stop - 1:stop] in "\"”’'“«»":
            return not _patterns()["attribution_after_quote"].match(text, stop, min(len(text), stop + 90))
        return True
    word_start = period
    while word_start > paragraph_start and not text[word_start - 1].isspace() and text[word_start - 1] not in "(\"“‘":
        word_start -= 1
    token = text[word_start:period]
    lower = token.lower()
    if lower in ("a.m", "p.m"):
        return not _patterns()["zone_after"].match(text, period + 1, min(len(text), period + 40))
    if token in _DEGREE_LETTERS and _after_number(text, word_start, paragraph_start) and following.isupper():
        return True  # "fell to -5 C. The council said": a temperature's unit, not a name's initial
    if lower in _ABBREVIATIONS or re.fullmatch(r"(?:[A-Za-z]\.)+[A-Za-z]?", token) or re.fullmatch(r"[A-Z]", token):
        return False
    return True


#: Single capitals that are a temperature's unit after a number ("-5 C", "20 F"), where elsewhere they are an initial.
_DEGREE_LETTERS = ("C", "F")


def _after_number(text: str, word_start: int, paragraph_start: int) -> bool:
    """Whether a number ends just before ``word_start``, one space at most between ("-5 C", "20 F")."""
    before = text[max(paragraph_start, word_start - 2):word_start]
    return before[-1:].isdigit() or (before[-1:] == " " and before[:1].isdigit())


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
