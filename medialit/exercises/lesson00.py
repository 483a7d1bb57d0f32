"""Lesson 00 "Start here": one exercise of each kind a learner will meet, on the article's first lines."""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Any

from ..answers import AnswerError, parse_number, preview
from ..data import load_segments
from . import Exercise, Trap, register

PARTS_OF_PAGE = ("headline", "body paragraphs", "photo credit", "related-article teaser", "comment-widget residue", "template residue")


def _headline() -> str:
    segments = load_segments()
    return str(segments.loc[segments["kind"] == "headline", "text"].iloc[0])


def _headline_count() -> int:
    """The number the headline gives, read from the headline line itself."""
    return int(re.search(r"\d[\d,]*", _headline())[0].replace(",", ""))


def _part_not_in_english() -> str:
    """The part of the page (as lesson 00 names parts) whose lines hold letters of a non-Latin script."""
    from ..widgets.page_explorer import KIND_LABELS

    segments = load_segments()
    foreign = segments[segments["text"].fillna("").map(
        lambda text: any(c.isalpha() and "LATIN" not in unicodedata.name(c, "") for c in text))]
    kinds = sorted(set(foreign["kind"].astype(str)))
    if len(kinds) != 1:
        raise ValueError(f"exercise 00.3 needs exactly one part of the page in a non-Latin script; this page has {len(kinds)}")
    return KIND_LABELS[kinds[0]].lower()


#: A number written with points between its thousands, as in much of Europe ("2.000").
_THOUSANDS_WITH_POINTS = re.compile(r"\s*\d{1,3}(?:\.\d{3})+\s*")
#: A number written with a k for thousands ("2k", "2.5 K").
_THOUSANDS_WITH_K = re.compile(r"\s*\d{1,9}(?:[.,]\d{1,9})?\s?[kK]\s*")
#: A line number added after an option, as the page explorer shows it ("template residue (line 62)").
_LINE_NOTE = re.compile(r"\((?:lines?)?[\s\d,]*(?:and[\s\d]*)?\)")
#: Longest option text that is tidied or compared for a near miss (options are a few words; this bounds the work).
MAX_OPTION_CHARS = 80


def _typing_slip(answer: Any) -> str | None:
    """One sentence for a slip a newcomer makes while typing lesson 00's answers, or None."""
    if callable(answer) and getattr(answer, "__name__", "") == "sum":
        return "That is .sum itself, not the count it gives: add () after it, as in (...).sum()."
    if not isinstance(answer, str) or len(answer) > MAX_OPTION_CHARS:
        return None
    if _THOUSANDS_WITH_POINTS.fullmatch(answer):
        return (f"Use no separator between thousands (in Python a point marks decimals): write {answer.strip().replace('.', '')} "
                f"if you mean that, not {preview(answer)}.")
    if _THOUSANDS_WITH_K.fullmatch(answer):
        return f"Python reads no k for thousands: write the number in full digits, not {preview(answer)}."
    return None


@dataclass(frozen=True)
class StartExercise(Exercise):
    """Lesson 00's exercises: a newcomer's typing slips (a European thousands point, a k for thousands, .sum without ()) get their own
    sentence (a misspelt option is told what it is near by every choice exercise), and an option followed by the line it was read from ("... (line 62)") still reads."""

    def _as_read(self, answer: Any) -> Any:
        slip = _typing_slip(answer)
        if slip:
            raise AnswerError(slip, says_what_is_expected=True)
        if self.choices and isinstance(answer, str) and len(answer) <= MAX_OPTION_CHARS:
            answer = _LINE_NOTE.sub("", answer).strip()
        return super()._as_read(answer)


def _body_paragraph_count() -> int:
    segments = load_segments()
    return int((segments["kind"] == "body_paragraph").sum())


register(
    StartExercise(
        id="00.1",
        prompt="What number of targets does the headline give? Type it in digits only, without a comma or quotation marks (1,500 is written 1500).",
        kind="number",
        units=("targets", "target"),
        column_step="pick the one value the headline gives",
        expected=_headline_count,
        hints=("Read the headline in the article above: the number comes after 'Over'.",),
        success="Right: the headline's number. Notice the word before it ('Over'); lesson 03 asks why.",
    ),
    StartExercise(
        id="00.2",
        prompt="How many lines of the page does the segments table classify as body paragraphs?",
        kind="number",
        units=("lines", "line", "paragraphs", "paragraph"),
        expected=_body_paragraph_count,
        hints=(
            "Use the page explorer above: choose 'Body paragraphs' and read the count it shows.",
            "Or in code: comparing the kind column with 'body_paragraph' using == gives True on each body-paragraph row, and .sum() counts the Trues.",
        ),
        traps=(
            Trap("counted-whole-page", lambda a: parse_number(a) == len(load_segments()),
                 "That is every line of the page, blank lines and chrome included; count only the body paragraphs.",
                 prompt="Ask what a captured web page holds besides the article, and why a count should say exactly what it counts."),
            Trap("no-row-matched", lambda a: parse_number(a) == 0,
                 "No row matched: check the spelling of the kind you compare with, body_paragraph, with an underscore, as the table writes it.",
                 prompt="Ask why == needs the table's exact spelling, and how to copy a value from the table instead of retyping it."),
        ),
        success="Right. Not every one of them is certainly part of the article: one sits on an unclear boundary (lesson 01).",
    ),
    StartExercise(
        id="00.3",
        prompt="Which part of the page is not in English? Answer with one of: " + ", ".join(PARTS_OF_PAGE) + ".",
        kind="choice",
        choices=PARTS_OF_PAGE,
        # the template's words said in other words (learner AF, AF-8); "leftover text" alone could be the widget's residue too
        aliases=(("leftover template text", "template residue"), ("leftover template", "template residue"),
                 ("template leftovers", "template residue")),
        expected=_part_not_in_english,
        hints=("Try each choice in the page explorer and look for letters of the Russian alphabet (Cyrillic letters, such as З or ы).",),
        success="Right: a line of the page's template, not of the article. Lesson 01 sorts the whole page like this.",
    ),
    Exercise(
        id="00.4",
        prompt="In a sentence or two: before you start, what would you want to know about a news story like this one before you trust its numbers?",
        kind="written",
        min_words=8,
        success="Noted. Written answers are not marked automatically: keep yours, and compare it with what you think at the end of lesson 05.",
    ),
)
