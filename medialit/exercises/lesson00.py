"""Lesson 00 "Start here": one exercise of each kind a learner will meet, on the article's first lines."""
from __future__ import annotations

import re
import unicodedata

from ..answers import parse_number
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


def _body_paragraph_count() -> int:
    segments = load_segments()
    return int((segments["kind"] == "body_paragraph").sum())


register(
    Exercise(
        id="00.1",
        prompt="What number of targets does the headline give? Type it in digits only, without a comma or quotation marks (1,500 is written 1500).",
        kind="number",
        units=("targets", "target"),
        expected=_headline_count,
        hints=("Read the headline in the article above: the number comes after 'Over'.",),
        success="Right: the headline's number. Notice the word before it ('Over'); lesson 03 asks why.",
    ),
    Exercise(
        id="00.2",
        prompt="How many lines of the page does the segments table classify as body paragraphs?",
        kind="number",
        units=("lines", "line", "paragraphs", "paragraph"),
        expected=_body_paragraph_count,
        hints=(
            "Use the page explorer above: choose 'Body paragraphs' and read the count it shows.",
            "Or in code: comparing the kind column with 'body_paragraph' using == gives True on each body-paragraph row, and .sum() counts the Trues.",
        ),
        traps=(Trap("counted-whole-page", lambda a: parse_number(a) == len(load_segments()),
                "That is every line of the page, blank lines and chrome included; count only the body paragraphs.",
                prompt="Ask what a captured web page holds besides the article, and why a count should say exactly what it counts."),),
        success="Right. Not every one of them is certainly part of the article: one sits on an unclear boundary (lesson 01).",
    ),
    Exercise(
        id="00.3",
        prompt="Which part of the page is not in English? Answer with one of: " + ", ".join(PARTS_OF_PAGE) + ".",
        kind="choice",
        choices=PARTS_OF_PAGE,
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
