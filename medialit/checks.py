"""Self-checks: ``check("03.2", answer)`` turns a learner's answer into feedback they can act on.

Feedback never reveals the expected answer, never raises on odd input (None, text, NaN, lists...), and
renders as a small box whose state is spelled out in words, not only in colour.
"""
from __future__ import annotations

import html
import math
import numbers
import unicodedata
from dataclasses import dataclass

from .exercises import Exercise, get_exercise

__all__ = ["Feedback", "check", "export_answers", "parse_number", "AnswerError"]

_STATES = {
    True: ("\u2714 Correct", "#1a7f37", "#eaf6ec"),
    False: ("\u2718 Not yet", "#b3261e", "#fdecea"),
    None: ("\u2026 Not answered yet", "#5f6368", "#f1f3f4"),
}


class AnswerError(ValueError):
    """An answer could not be read; the message is one plain sentence saying what was expected."""


@dataclass(frozen=True)
class Feedback:
    """The result of a self-check: ``correct`` is True, False, or None (not answered yet / not marked)."""

    exercise_id: str
    correct: bool | None
    message: str
    label: str | None = None

    @property
    def _state(self) -> tuple[str, str, str]:
        heading, colour, background = _STATES[self.correct]
        return (self.label or heading), colour, background

    def __repr__(self) -> str:
        return f"{self._state[0]} ({self.exercise_id}): {self.message}"

    def _repr_html_(self) -> str:
        heading, colour, background = self._state
        return (
            f'<div class="medialit-feedback" role="status" style="border-left:6px solid {colour};'
            f'background:{background};color:#202124;padding:0.5em 0.8em;margin:0.3em 0;">'
            f"<strong>{html.escape(heading)}</strong> <small>({html.escape(self.exercise_id)})</small><br>"
            f"{html.escape(self.message)}</div>"
        )


def _is_unanswered(answer: object) -> bool:
    return answer is Ellipsis or answer is None or (isinstance(answer, str) and not answer.strip())


def parse_number(answer: object) -> float:
    """Read a number a learner typed: 2084, 2084.0, "2,084", " 2 084 ", full-width digits; reject the rest plainly."""
    if isinstance(answer, bool):
        raise AnswerError("Expected a number, not True or False.")
    if isinstance(answer, numbers.Real):
        value = float(answer) if abs(answer) < 1e300 else math.inf
    elif isinstance(answer, str):
        text = unicodedata.normalize("NFKC", answer).strip().replace(",", "").replace(" ", "").replace("_", "")
        text = text.replace("\u2212", "-")
        try:
            value = float(text)
        except ValueError:
            raise AnswerError(f"Expected a number such as 1550, but got the text {_preview(answer)}.") from None
    elif isinstance(answer, tuple) and len(answer) > 1 and all(isinstance(part, int) for part in answer):
        groups = [str(answer[0])] + [f"{part:03d}" for part in answer[1:]]
        raise AnswerError(
            f"Python reads {','.join(groups)} (with a comma, no quotation marks) as several numbers: write it without commas, as {''.join(groups)}."
        )
    elif answer is None:
        raise AnswerError("Expected a number, but this part of the answer is empty (None).")
    else:
        raise AnswerError(f"Expected a single number, but got a {type(answer).__name__}.")
    if not math.isfinite(value):
        raise AnswerError("Expected an ordinary finite number (not NaN or infinity).")
    return value


def _preview(text: str, limit: int = 40) -> str:
    """A short, quoted echo of what the learner typed (escaped later wherever it becomes HTML)."""
    flat = " ".join(str(text).split())
    return repr(flat if len(flat) <= limit else flat[: limit - 1] + "\u2026")


#: The last answer checked for each exercise in this session, for ``export_answers``.
_ANSWERED: dict[str, tuple[str, Feedback]] = {}


def check(exercise_id: str, answer: object = Ellipsis) -> Feedback:
    """Check an answer to exercise ``exercise_id`` (e.g. "01.3") and say what to do next."""
    feedback = _check(exercise_id, answer)
    if not _is_unanswered(answer) and not feedback.message.startswith("There is no exercise"):
        _ANSWERED[feedback.exercise_id] = (" ".join(repr(answer).split())[:500], feedback)
    return feedback


def export_answers(path: str = "my_answers.csv") -> str:
    """Save the last answer you checked for each exercise (this session) as a CSV in your work folder.

    The file is written atomically and an older version is kept as ``.bak``; returns one sentence saying where.
    """
    import pandas as pd

    from .exercises import list_exercises
    from .storage import StorageError, save_csv

    order = {exercise_id: i for i, exercise_id in enumerate(list_exercises())}
    rows = [
        {"exercise_id": exercise_id, "answer": answer, "result": _STATES[feedback.correct][0] if feedback.label is None else feedback.label, "feedback": feedback.message}
        for exercise_id, (answer, feedback) in sorted(_ANSWERED.items(), key=lambda item: order.get(item[0], len(order)))
    ]
    if not rows:
        return "No answers checked yet in this session: run some ml.check(...) cells first."
    try:
        return save_csv(pd.DataFrame(rows, columns=["exercise_id", "answer", "result", "feedback"]), path).message
    except StorageError as err:
        return str(err)


def _check(exercise_id: str, answer: object) -> Feedback:
    try:
        exercise = get_exercise(exercise_id)
    except KeyError as err:
        return Feedback(str(exercise_id)[:20], None, str(err.args[0]), label="? Unknown exercise")
    if _is_unanswered(answer):
        return Feedback(exercise.id, None, f"Replace the ... with your answer, then run this cell again. {exercise.prompt}")
    try:
        correct, message = exercise.judge(answer)
    except AnswerError as err:
        return Feedback(exercise.id, False, f"{err} {exercise.expects}")
    except Exception as err:  # the answer key itself failed (e.g. data/ edited for another article)
        return Feedback(
            exercise.id, None,
            f"This exercise's answer key could not be worked out from the course data ({type(err).__name__}); "
            "your answer is kept. Tell your teacher, or see INSTRUCTORS.md on swapping the article.",
            label="? Cannot check",
        )
    if correct is None:
        return Feedback(exercise.id, None, message, label="\u270e Noted (not marked automatically)")
    return Feedback(exercise.id, correct, message)

