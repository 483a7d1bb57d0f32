"""Reading what a learner typed, below both the self-checks and the exercise registry.

The checks (``checks.py``) and every exercise's judge (``exercises/``) read answers with these, and the
registry never imports the checks back: an answer is read the same way wherever it is typed, and a plain
sentence (``AnswerError``) says what was expected when it cannot be read.
"""
from __future__ import annotations

import math
import numbers
import re
import unicodedata
from typing import Any

__all__ = ["AnswerError", "parse_number", "preview", "a_kind", "words", "same_choice"]


class AnswerError(ValueError):
    """An answer could not be read; the message is one plain sentence saying what was expected."""


def _normalise_word(text: object) -> str:
    """Compare words as a reader would: case, spacing, _ or -, and a trailing full stop do not matter."""
    words = unicodedata.normalize("NFKC", str(text)).casefold().replace("_", " ").replace("-", " ")
    return " ".join(words.split()).rstrip(".!")


def a_kind(value: object) -> str:
    """'a list', 'an int': the kind of a value with its article, for feedback a learner reads."""
    name = type(value).__name__
    return f"{'an' if name[:1].lower() in 'aeiou' else 'a'} {name}"


def words(count: int) -> str:
    """'1 word', '3 words'."""
    return f"{count} word" if count == 1 else f"{count} words"


def same_choice(answer: object, choice: str) -> bool:
    """Whether a learner's text names this choice, however it is spelled ("RIA-Novosti", "direct_quote", "No.")."""
    return _normalise_word(answer) == _normalise_word(choice)


def preview(value: Any, limit: int = 40) -> str:
    """A short, quoted echo of what the learner typed (escaped later wherever it becomes HTML); never fails."""
    try:
        text = " ".join(str(value).split())
    except Exception:  # e.g. an int with more digits than Python will print
        text = f"a {type(value).__name__}"
    return repr(text if len(text) <= limit else text[: limit - 1] + "\u2026")


def _without_unit(text: str, units: tuple[str, ...]) -> str:
    """``text`` (spaces already removed) without one trailing unit from ``units``: "34days" -> "34"."""
    folded = text.casefold()
    for unit in sorted(units, key=len, reverse=True):
        bare = unit.replace(" ", "").casefold()
        if folded.endswith(bare) and len(text) > len(bare):
            return text[: -len(bare)]
    return text


def _unit_note(units: tuple[str, ...]) -> str:
    return f", optionally followed by {' or '.join(repr(unit) for unit in units[:3])}" if units else ""


def parse_number(answer: object, units: tuple[str, ...] = ()) -> float:
    """Read a number a learner typed: 2084, 2084.0, "2,084", " 2 084 ", full-width digits; reject the rest plainly.

    Commas are read only as thousands separators ("2,084"); "5,5" is refused with a hint to use a point,
    rather than silently read as 55. A text may end in one of ``units``, the words the exercise itself
    measures in ("34 days", "85.5%"), since a right answer written with its unit is still right.
    """
    if isinstance(answer, bool):
        raise AnswerError("Expected a number, not True or False.")
    if isinstance(answer, numbers.Real):
        value = float(answer) if abs(answer) < 1e300 else math.inf
    elif isinstance(answer, str):
        text = unicodedata.normalize("NFKC", answer).strip().replace(" ", "").replace("_", "").replace("\u2212", "-")
        text = _without_unit(text, units)
        if re.search(r"[^\W\deE]", text):  # letters (other than an exponent's e): "Over 2,000", "about 50"
            raise AnswerError(f"Write only the number, in digits, for example 7 or 2.5{_unit_note(units)}: {preview(answer)} has words in it.")
        if "," in text:
            if re.fullmatch(r"[+-]?\d+,\d{1,2}|[+-]?\d+,\d{4,}", text):
                raise AnswerError(f"Use a point for decimals and no comma: write {text.replace(',', '.')} if you mean that, not {preview(answer)}.")
            if not re.fullmatch(r"[+-]?\d{1,3}(,\d{3})+(\.\d+)?", text):
                raise AnswerError(f"Commas may only group thousands (2,084); {preview(answer)} is not a number written that way.")
            text = text.replace(",", "")
        try:
            value = float(text)
        except ValueError:
            raise AnswerError(f"Expected a number in digits, for example 7 or 2.5{_unit_note(units)}, but got the text {preview(answer)}.") from None
    elif isinstance(answer, tuple) and len(answer) > 1 and all(isinstance(part, int) for part in answer):
        groups = [str(answer[0])] + [f"{part:03d}" for part in answer[1:]]
        raise AnswerError(
            f"Python reads {','.join(groups)} (with a comma, no quotation marks) as several numbers: write it without commas, as {''.join(groups)}."
        )
    elif answer is None:
        raise AnswerError("Expected a number, but this part of the answer is empty (None).")
    else:
        raise AnswerError(f"Expected a single number, but got {a_kind(answer)}.")
    if not math.isfinite(value):
        raise AnswerError("Expected an ordinary finite number (not NaN or infinity).")
    return value
