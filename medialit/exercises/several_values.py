"""Number exercises whose answer, given as several values, gets advice that fits the question asked.

The generic reader (answers.py) tells a learner holding several values to count them with len(...) or to add a
column up with .sum(); for a question about one line of a table ("how many rows say 'hand only'") or about a sum
of given counts, that advice leads to a wrong number. An exercise here says which step fits instead.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Callable

from ..answers import MAX_READ_CHARS, AnswerError, _is_row, is_hedge, one_answer_note, reset_counts_note, tidy_text
from . import Exercise, RightNumberWrongUnit


def is_list_of_numbers(answer: Any) -> bool:
    """Several numbers, such as the four counts typed out: [287, 155, 52, 40], or (287, 155, 52, 40). A tuple only when it
    cannot be a number typed with commas (1,550 is Python's (1, 550), which the shared reader explains): three or more
    parts, one of them below 100 after the first."""
    numbers_typed = isinstance(answer, list) or (isinstance(answer, tuple) and len(answer) > 2 and any(
        isinstance(item, (int, float)) and item < 100 for item in answer[1:]))
    return numbers_typed and len(answer) > 1 and all(
        isinstance(item, (int, float)) and not isinstance(item, bool) for item in answer)


def value_counts_advice(answer: Any, counts: str, shares: str) -> str | None:
    """``counts`` for what pandas' value_counts() gives (one line per distinct value), ``shares`` for
    value_counts(normalize=True), None for any other answer."""
    if type(answer).__name__ != "Series":
        return None
    return {"count": counts, "proportion": shares}.get(getattr(answer, "name", None))


#: "That column", "this column" in an exercise's advice, said of an answer that is one row of a table.
_COLUMN_SAID = re.compile(r"\b(That|that|This|this) column\b")


@dataclass(frozen=True)
class AdvisedNumberExercise(Exercise):
    """A number exercise whose ``advice(answer)`` replaces the generic sentence for an answer of several values.

    ``advice`` returns one sentence, or None to keep the generic one; it never gives away the expected value. Counts that
    .reset_index() made into a table keep the shared reader's sentence (drop .reset_index()), whatever ``advice`` says.
    """

    advice: Callable[[Any], str | None] = lambda answer: None

    def _as_read(self, answer: Any) -> Any:
        try:
            return super()._as_read(answer)
        except RightNumberWrongUnit:
            raise  # the number is right and its unit words are not: said before any advice (AG-M5)
        except AnswerError:
            if isinstance(answer, str) and len(answer) <= MAX_READ_CHARS and (is_hedge(answer) or one_answer_note(tidy_text(answer), answer)):
                raise  # "1550 or 74%" is two answers, "?" a hedge: said so, not advised as one value (AC-L1)
            sentence = self.advice(answer) if reset_counts_note(answer) is None else None
            if sentence and _is_row(answer):  # a table's row (budget.loc[0]) is called a row, as the shared reader calls it (AE-L1)
                sentence = _COLUMN_SAID.sub(lambda found: f"{found[1]} row", sentence)
            if sentence:
                raise AnswerError(sentence) from None
            raise
