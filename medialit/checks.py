"""Self-checks: ``check("03.2", answer)`` turns a learner's answer into feedback they can act on.

Feedback never reveals the expected answer, never raises on odd input (None, text, NaN, lists...), and
renders as a small box whose state is spelled out in words, not only in colour.
"""
from __future__ import annotations

import html
import re
import sys
from dataclasses import dataclass, replace

from . import submission
from .answers import AnswerError, is_unanswered, judging_note, parse_number, plain_answer, preview
from .exercises import get_exercise
from .submission import export_answers
from .submission import short_repr as _safe_repr

__all__ = ["Feedback", "check", "export_answers", "parse_number", "AnswerError"]

_STATES = {
    True: ("\u2714 Correct", "#1a7f37", "#eaf6ec"),
    False: ("\u2718 Not yet", "#b3261e", "#fdecea"),
    None: ("\u2026 Not answered yet", "#5f6368", "#f1f3f4"),
}


UNKNOWN_EXERCISE = "? Unknown exercise"
FAILED_CELL_NOTE = ("The cell that sets this answer stopped with an error, so your answer may not be what you meant: fix it and run it "
                    "again before checking.")
FAILED_CELL_LABEL = "\u26a0 Not checked"
#: What a failed answer cell's SyntaxError most often is in a written answer: a quoted word inside "...".
QUOTES_IN_TEXT_NOTE = ("If your text quotes a word in \"...\", use 'single quotes' inside your text, or put the whole text "
                       "in triple quotes (lesson 00 shows how).")
#: The command that runs every cell above: what a name "not defined" in a fresh kernel most often needs.
RUN_ABOVE_NOTE = ("If it says a name is not defined, run the cells above first (Run > Run All Above Selected Cell).")
#: An answer variable being set in a cell: "answer_01_4 =" (not "==").
_ANSWER_SET = re.compile(r"\b(answer_[0-9A-Za-z]+_[0-9]+)[ \t]*=(?!=)")
#: Each answer variable whose latest assigning cell stopped with an error: what followed its "=" on that line, and the
#: error (None if IPython did not say). Other cells run in between change nothing; a cell that sets it and runs clears it.
_failed_answers: dict[str, tuple[str, BaseException | None]] = {}


#: The source of the cell now running (IPython's pre_run_cell): an answer it sets before its check is the one checked.
_running_cell = [""]


def note_cell_start(info: object) -> None:
    """IPython's pre_run_cell hook: keep the running cell's source, so that a check in it knows which answers it set."""
    _running_cell[0] = str(getattr(info, "raw_cell", "") or "")


def _set_in_running_cell(name: str) -> bool:
    """Whether the cell now running sets this answer before a check: the check runs only once that line ran, so the
    answer it sees is the new one, whatever an earlier cell's error left (answer and check in one cell)."""
    source = _running_cell[0]
    checked_at = source.rfind("check")
    return checked_at > 0 and any(found.group(1) == name and found.start() < checked_at
                                  for found in _ANSWER_SET.finditer(source, 0, checked_at))


def note_cell_result(result: object) -> None:
    """IPython's post_run_cell hook: remember each answer a failed cell was setting (a later check would see an older
    value), with the line and the error, until a cell that sets that answer runs without one."""
    info = getattr(result, "info", None)
    source = str(getattr(info, "raw_cell", "") or "")
    failed = not getattr(result, "success", True)
    error = (getattr(result, "error_before_exec", None) or getattr(result, "error_in_exec", None)) if failed else None
    seen = set()
    for found in _ANSWER_SET.finditer(source):
        name = found.group(1)
        if name in seen:  # its first line in the cell is the one shown
            continue
        seen.add(name)
        if not failed:
            _failed_answers.pop(name, None)
        else:
            end = source.find("\n", found.end())
            _failed_answers[name] = (source[found.end():end if end >= 0 else None], error)


def _watch_cells() -> None:
    """Register ``note_cell_start`` and ``note_cell_result`` once, and ``explain_missing_answer`` for NameErrors, inside IPython only (plain
    Python has no cells to watch)."""
    ipython = sys.modules.get("IPython")
    shell = ipython.get_ipython() if ipython is not None else None
    if shell is None:
        return
    for event, hook in (("pre_run_cell", note_cell_start), ("post_run_cell", note_cell_result)):
        callbacks = shell.events.callbacks[event]
        for callback in list(callbacks):  # a re-imported module would otherwise register a second copy
            if getattr(callback, "__qualname__", "") == hook.__name__ and callback.__module__ == __name__:
                callbacks.remove(callback)
        shell.events.register(event, hook)
    shell.set_custom_exc((NameError, TypeError, AttributeError), explain_missing_answer)


def missing_answer_note(error: BaseException) -> str | None:
    """One sentence for a NameError naming an exercise's answer variable (its cell never ran without an error), else None."""
    from .exercises import list_exercises

    name = getattr(error, "name", None)
    if not (isinstance(name, str) and name.startswith("answer_")):
        return None
    if name not in {"answer_" + exercise_id.replace(".", "_") for exercise_id in list_exercises()}:
        return None
    exercise_id = name.removeprefix("answer_").replace("_", ".", 1)
    hint = _failed_answer_hint(exercise_id) or RUN_ABOVE_NOTE
    return (f"{name} has no value yet: the cell that sets it has not run without an error. Fix that cell and run it, "
            f"then this one. {hint}")


def unfilled_skeleton_note(error: BaseException) -> tuple[str, str] | None:
    """(exercise id, sentence) for an answer line of the running cell that stopped on names still holding the skeleton's
    ... (05.5's old and new: "unsupported operand type(s) ...: 'ellipsis'"), naming them; else None."""
    if not isinstance(error, (TypeError, AttributeError)) or "ellipsis" not in str(error):
        return None
    source = _running_cell[0]
    for found in _ANSWER_SET.finditer(source):
        end = source.find("\n", found.end())
        note = _unfilled_name_note(source[found.end():end if end >= 0 else None])
        if note:
            return found.group(1).removeprefix("answer_").replace("_", ".", 1), note
    return None


def explain_missing_answer(shell, etype, value, tb, tb_offset=None):
    """IPython's handler for NameError, TypeError and AttributeError: a learner's unset answer variable, or an answer line
    using names still ..., gets one sentence in the box every check shows; any other error the usual traceback."""
    note = missing_answer_note(value) if isinstance(value, NameError) else None
    exercise_id, label = (value.name.removeprefix("answer_").replace("_", ".", 1), None) if note else (None, FAILED_CELL_LABEL)
    if note is None and (unfilled := unfilled_skeleton_note(value)):
        exercise_id, note = unfilled
    if note is None:
        shell.showtraceback((etype, value, tb), tb_offset=tb_offset, running_compiled_code=True)
    else:
        from IPython.display import display

        display(Feedback(exercise_id, None, note, label=label))  # nothing else is shown: the cell still counts as failed, so "run all" stops here


def failed_cell_feedback(exercise_id: str) -> Feedback | None:
    """"Not checked" when the latest cell that set this exercise's answer stopped with an error, else None."""
    if _answer_line(exercise_id) is None:
        return None
    hint = _failed_answer_hint(exercise_id)
    return Feedback(exercise_id, None, f"{FAILED_CELL_NOTE} {hint}" if hint else FAILED_CELL_NOTE, label=FAILED_CELL_LABEL)


def _checks_its_variable(exercise_id: str) -> bool:
    """Whether the running cell's check of this exercise is given its answer variable (ml.check("01.9", answer_01_9)), the
    one a failed cell may have left old; not when it is given the answer itself (ml.check("01.9", 84)), which is checked
    as typed (learner Z, Z11). True when the cell is not known (outside IPython) or checks in some other way."""
    source = _running_cell[0][:100_000]
    calls = list(re.finditer(rf"\bcheck\(\s*[\"']{re.escape(exercise_id)}[\"']\s*,[ \t]*", source))
    if not calls:
        return True
    name = "answer_" + exercise_id.replace(".", "_")
    return any(re.match(rf"{name}\b", source[call.end():call.end() + len(name) + 1]) for call in calls)


def _answer_line(exercise_id: str) -> str | None:
    """What follows "answer_NN_N =" on its line in the latest cell that set this exercise's answer, if that cell stopped
    with an error; else None. Only then is the answer the check would see an older one, however many cells ran since."""
    name = "answer_" + exercise_id.replace(".", "_")
    failed = _failed_answers.get(name)
    return failed[0] if failed and not _set_in_running_cell(name) else None


def _answer_error(exercise_id: str) -> BaseException | None:
    failed = _failed_answers.get("answer_" + exercise_id.replace(".", "_"))
    return failed[1] if failed else None


def _unfilled_name_note(line: str) -> str | None:
    """Which names the answer's line uses that still hold the skeleton's ... ("on_the_day = ..." left unfilled above, or
    "old" and "new" in round(100 * (old - new) / old, 1))."""
    shell = sys.modules["IPython"].get_ipython() if "IPython" in sys.modules else None
    names = getattr(shell, "user_ns", {})
    unfilled = list(dict.fromkeys(found.group(1) for found in re.finditer(r"(?<![\w.])([A-Za-z_]\w*)", line)
                                  if names.get(found.group(1), None) is Ellipsis))
    if not unfilled:
        return None
    if len(unfilled) == 1:
        name = unfilled[0]
        return f"{name} is still ... : fill in the cell that sets it ({name} = ...) first, run it, then this one."
    listed = ", ".join(unfilled[:-1]) + " and " + unfilled[-1]
    return f"{listed} are still ... : fill in the cells that set them ({unfilled[0]} = ... and so on) first, run them, then this one."


#: A label that reads as a date: a year, or a month's name ("30-10-2015", "30 October 2015", "Oct 30").
_DATE_LIKE = re.compile(r"\b(?:1[89]|20)\d\d\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b", re.IGNORECASE)


def _date_label_note(error: KeyError) -> str | None:
    """A table's label looked up as a date written another way ("30-10-2015"): the course's tables write dates year first."""
    label = error.args[0] if len(error.args) == 1 else None
    if not isinstance(label, str) or len(label) > 40 or not _DATE_LIKE.search(label):
        return None
    if re.fullmatch(r"\s*\d{4}-\d{2}-\d{2}\s*", label):
        return f"{preview(label)} is written as the table writes its dates, but is not one of them: look at the dates the table lists."
    return (f"{preview(label)} is not one of the table's labels: the course's tables write dates year first, as 2015-10-30 "
            "(year, month, day).")


def _failed_answer_hint(exercise_id: str) -> str | None:
    """What most likely stopped this exercise's answer cell, from its error: quotes inside a written answer (SyntaxError),
    or a word typed without quotation marks (a NameError for a name on the answer's line, not used as a table)."""
    line = _answer_line(exercise_id)
    if line is None:
        return None
    error = _answer_error(exercise_id)
    if isinstance(error, SyntaxError):
        try:
            written = get_exercise(exercise_id).kind == "written"
        except KeyError:
            written = False
        return QUOTES_IN_TEXT_NOTE if written else None
    if "ellipsis" in str(error):  # "'ellipsis' object has no attribute", "unsupported operand type(s) ...: 'ellipsis'"
        return _unfilled_name_note(line)
    if isinstance(error, KeyError):
        return _date_label_note(error)
    word = getattr(error, "name", None) if isinstance(error, NameError) else None
    if not isinstance(word, str) or word.startswith("answer_"):
        return None
    used = re.search(rf"(?<![\w.'\"]){re.escape(word)}\b\s*(.?)", line)
    if used is None:
        return None
    if used.group(1) in (".", "[", "("):  # a table or a function of the cells above, not a word meant as text
        return RUN_ABOVE_NOTE
    return (f'Text goes between quotation marks: "{word}"; if {word} is a name from the cells above, run them first '
            "(Run > Run All Above Selected Cell).")



@dataclass(frozen=True)
class Feedback:
    """The result of a self-check: ``correct`` is True, False, or None (not answered yet / not marked)."""

    exercise_id: str
    correct: bool | None
    message: str
    label: str | None = None
    misconception: str | None = None  # the full id of the trap that fired, e.g. "03.4/inverted-rate"

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


#: What a check given more than one answer says, by the kind of answer the exercise takes: a comma outside brackets
#: (26, 27), inside a number (2,000, or a decimal comma 85,5) or between two texts ("5.556", "km") split it. Its examples
#: are neutral, no exercise's answer (learner Z, Z5: "as in [26, 27]" was 01.10's answer): ONE_ANSWER_EXAMPLES lists them.
MORE_THAN_ONE_ANSWER_NOTE = "ml.check got more than one answer, so nothing was checked or recorded: "
_ONE_ANSWER_BY_KIND = {
    "choices": "put the items in one list, in square brackets, as in [3, 7] or [\"x\", \"y\"].",
    "mapping": "give one dict or one column of counts.",
    "number": "give one number. A comma also splits a number in Python: write a "
              "decimal with a point (12.5, not 12,5) and a large number without a comma (3000, not 3,000).",
    # quantity and clock exercises take no reason after the answer (learner AG, AG-M1): one quantity or time in quotes
    "quantity": "write one quantity, the number and its unit, between one pair of quotation marks, as in \"12 km\".",
    "clock": "write one time of day between one pair of quotation marks, as in \"14:30\".",
}
_ONE_TEXT = "write your answer as one text between one pair of quotation marks, as in \"12 km\" or \"your answer, because ...\"."
#: Said after it where two whole numbers were given (ml.check("04.1", 5,556)): a comma split one number.
_COMMA_SPLIT = " A comma outside quotation marks splits a number in Python: write a decimal with a point (12.5, not 12,5)."
#: Every example those sentences give, as a learner would type it: tests check that none is any exercise's right answer.
ONE_ANSWER_EXAMPLES = ([3, 7], ["x", "y"], 12.5, 3000, "12 km", "your answer, because ...", "14:30")


def check(exercise_id: str, answer: object = Ellipsis, *more_answers: object, record: bool = True) -> Feedback:
    """Check an answer to exercise ``exercise_id`` (e.g. "01.3") and say what to do next.

    The answer is logged for ``ml.export_answers()``; a demonstration passes ``record=False`` (by name only, so that a
    learner's ``ml.check("01.10", 26, 27)`` is told to use brackets, not read as 26 with record=27) so that it is
    never mistaken for the learner's own answer.
    """
    if more_answers:
        return _more_than_one_answer(exercise_id, (answer, *more_answers))
    feedback = _check(exercise_id, answer)
    failed = failed_cell_feedback(feedback.exercise_id) if (record and feedback.label != UNKNOWN_EXERCISE
                                                            and _checks_its_variable(feedback.exercise_id)) else None
    if failed is not None:
        return failed
    if not record or is_unanswered(answer) or feedback.label == UNKNOWN_EXERCISE:
        return feedback
    recorded_by = get_exercise(feedback.exercise_id).recorded_by
    if recorded_by:
        return Feedback(feedback.exercise_id, None, f'Nothing was recorded: run {recorded_by}("{feedback.exercise_id}", your_answer) '
                        "instead, which records your answer together with what goes with it.", label="\u270e Not recorded")
    if not submission.fits_in_answers_file(answer) and not isinstance(answer, (str, bytes)):
        answer = submission.shortened(answer)  # judged as given; a value too long to keep is kept as a short copy (AD-M2)
    elif not submission.fits_in_answers_file(answer):
        return Feedback(feedback.exercise_id, None, f"This answer is too long to keep in your answers file (over "
                        f"{submission.MAX_ANSWER_CHARS:,} characters once saved); shorten it and check again. Your text is still in "
                        "the cell.", label="\u270e Not recorded")
    submission.record(feedback.exercise_id, answer, feedback.correct, feedback.misconception)
    if feedback.correct is False and submission.keeps_earlier_right(feedback.exercise_id):
        ends = feedback.message.rstrip().endswith((".", "!", "?"))  # a hint ending in code has no full stop of its own
        return replace(feedback, message=f"{feedback.message}{'' if ends else '.'} {submission.KEPT_RIGHT_NOTE}")
    return feedback


#: What an answer ending in a comma outside quotation marks is told (answer_00_1 = 2000, is Python's (2000,)), wherever the
#: exercise takes one value (learner AL: it was told about values in round brackets, or to count them with len(...)).
_ONE_VALUE_KINDS = ("number", "choice", "quantity", "clock", "written", "mapping")
ONE_ITEM_TUPLE_NOTE = ("Your answer ends with a comma, so Python kept it in round brackets, {answer}: remove the comma after "
                       "it and give the answer alone.")


#: What a check given no exercise id (ml.check(answer_00_1)) says.
NO_ID_NOTE = 'ml.check needs the exercise\'s id first, in quotes, then your answer, as in ml.check("00.1", answer_00_1).'


def _more_than_one_answer(exercise_id: object, answers: tuple = ()) -> Feedback:
    """"Not checked" for answers a comma split into several arguments; an unknown id is said first, as for one answer.
    A quantity or clock exercise is told to give one quantity or time in quotes, and, where the answers are two whole
    numbers (5,556), that a comma split a number (AG-M1)."""
    unknown = _check(exercise_id, Ellipsis)
    if unknown.label == UNKNOWN_EXERCISE:
        return unknown
    kind = get_exercise(unknown.exercise_id).kind
    note = _ONE_ANSWER_BY_KIND.get(kind, _ONE_TEXT)
    combined = get_exercise(unknown.exercise_id).combined_from if kind == "number" else ""
    if combined:  # only where the answer is a sum or a difference of figures (fact-check 22 M1)
        note = note.replace("give one number.", f"give one number (if you meant their {combined}, work it out first).")
    if kind in ("quantity", "clock") and len(answers) == 2 and all(
            isinstance(part, int) and not isinstance(part, bool) for part in answers):
        note += _COMMA_SPLIT
    return Feedback(unknown.exercise_id, None, MORE_THAN_ONE_ANSWER_NOTE + note, label=FAILED_CELL_LABEL)


def _check(exercise_id: str, answer: object) -> Feedback:
    if not isinstance(exercise_id, str):  # the answer given where the id goes
        return Feedback(_safe_repr(exercise_id, 20), None, NO_ID_NOTE, label=UNKNOWN_EXERCISE)
    try:
        exercise = get_exercise(exercise_id)
    except KeyError as err:
        return Feedback(_safe_repr(exercise_id, 20), None, str(err.args[0]), label=UNKNOWN_EXERCISE)
    answer = plain_answer(answer)  # invisible characters gone, any script's digits as ASCII: before every reader (red team 5, L1)
    if is_unanswered(answer):
        # the example's shape copied, {"ministry": [...]} or ["D01", ...]: not a wrong try, and said so
        if isinstance(answer, dict) or (isinstance(answer, (list, tuple)) and not all(map(is_unanswered, answer))):
            return Feedback(exercise.id, None, "Your answer still holds a ... from the example: replace each ... with your own "
                            f"items (such as the ids the question asks for), then run this cell again. {exercise.prompt}")
        if answer is None:  # answer_00_1 = print(2000): no ... is left to replace (learner AB, AB-L6)
            return Feedback(exercise.id, None, "Your answer is None, nothing: print() shows a value but gives back nothing, so "
                            "write the value itself after = (without print), then run this cell again.")
        return Feedback(exercise.id, None, f"Replace the ... with your answer, then run this cell again. {exercise.prompt}")
    try:
        if exercise.expected is not None:
            exercise.expected()
    except Exception as err:  # the answer key itself failed (e.g. data/ edited for another article)
        return Feedback(
            exercise.id, None,
            f"This exercise's answer key could not be worked out from the course data ({type(err).__name__}); "
            "your answer is kept. Tell your teacher, or see INSTRUCTORS.md on swapping the article.",
            label="? Cannot check",
        )
    if isinstance(answer, tuple) and len(answer) == 1 and exercise.kind in _ONE_VALUE_KINDS:  # a list of one stays a list
        return Feedback(exercise.id, False, ONE_ITEM_TUPLE_NOTE.format(answer=_safe_repr(answer, 40)))
    if exercise.kind in ("choice", "choices"):  # "R (wrong)", "no, I mean yes": taken back or two answers, never marked (H1)
        taken_back = judging_note(answer) or exercise.changed_mind_note(answer)
        if taken_back:
            return Feedback(exercise.id, False, taken_back)
    try:
        correct, message, misconception = exercise.judge(answer)
        if correct is False:
            message = exercise.with_comma_readings(answer, message)
    except AnswerError as err:
        return Feedback(exercise.id, False, str(err) if err.says_what_is_expected else f"{err} {exercise.expects}")
    except Exception as err:  # an answer of a shape no reader expected (a foreign pint quantity, an array...)
        return Feedback(exercise.id, False, f"This answer could not be read ({type(err).__name__}). {exercise.expects}")
    if correct is None:
        return Feedback(exercise.id, None, message, label="\u270e Noted (not marked automatically)")
    return Feedback(exercise.id, correct, message, misconception=misconception)


_watch_cells()
