"""The transfer check: one unseen, uncued article before the course (T1) and one after it (T2), scored by a rubric.

Each check gives the learner a fictional article (a *form*, A or B: ``data/lateral/form_a.txt``, ``form_b.txt``),
its own small search desk, and one open question. Half a class takes form A before and B after, the other half
B then A, so a form's own difficulty does not pass for progress. A check needs the learner's name first (the answer
and the desk log carry it, and the form follows from it). The check after the course takes the other form than the
one recorded for the check before it (in this session or the learner's answers file), whatever any setting says, so
no learner sees one article twice. Otherwise the order is fixed and reproducible: ``set_transfer_order("ab")`` for
this session, else ``$MEDIALIT_TRANSFER_FORMS`` (``ab`` or ``ba``), else a stable hash (SHA-256, not Python's salted
``hash``) of the learner's name.

The rubric (``data/lateral/FORMS.md``) has five criteria scored 0, 1 or 2. The first three can be scored from the
opened-results log by fixed rules (which results of ``forms.csv`` were opened); that rule level is a ceiling, since
the log cannot show whether the answer uses what the results say. The other two are the teacher's alone (None).
Words found in the answer are offered to the teacher only as a suggestion (``teacher_cues``), never as a score.
"""
from __future__ import annotations

import functools
import hashlib
import html
import json
import os
import statistics
import unicodedata
from dataclasses import dataclass, field
from typing import Callable, Iterable

from .answers import count_words
from .lateral import DeskResults, OpenedResult
from .widgets.search_desk import SearchDesk

__all__ = [
    "CRITERIA", "RULE_CRITERIA", "PHASES", "ORDER_ENV", "MAX_TEXT_CHARS", "TransferError", "TransferForm", "TransferRow",
    "NameFirst", "set_transfer_order", "transfer_order", "transfer_form", "rule_levels", "teacher_cues", "check_transfer",
    "transfer_rows", "transfer_table", "with_teacher_levels", "before_after_html", "CheckDesk",
]

#: The rubric's criteria in FORMS.md's order; the first three are scored by rules from the log.
CRITERIA = ("source_checked", "coverage_used", "number_traced", "number_handled", "conclusion_calibrated")
RULE_CRITERIA = CRITERIA[:3]
CRITERION_NAMES = {
    "source_checked": "Source checked off the page",
    "coverage_used": "Independent coverage used",
    "number_traced": "Number traced to its origin",
    "number_handled": "What is counted, denominator, precision",
    "conclusion_calibrated": "Conclusion calibrated",
}
#: The two checks: exercise id -> phase. T1 is done after lesson 00 and before lesson 01, T2 after lesson 05.
PHASES = {"T1.1": "before", "T2.1": "after"}
CHECK_OF = {phase: exercise_id for exercise_id, phase in PHASES.items()}
ORDERS = ("ab", "ba")
ORDER_ENV = "MEDIALIT_TRANSFER_FORMS"
#: A paragraph is about 1,000 characters; this keeps the recorded answer (and its JSON) within the submission's cap.
MAX_TEXT_CHARS = 4_000
#: Most results one recorded log may list; a form's desk has 8, so more is not a real log.
MAX_OPENED = 200
#: For the teacher only: words that often go with criterion 4 (FORMS.md's scoring aid). Never a score.
CUES = {
    "A": ("two", "seven", "pilot", "four hours", "23%", "21%", "departments"),
    "B": ("two", "26", "trial", "five minutes", "14%", "13%", "lines"),
}

#: What a check says, and all it shows, before the learner has a name.
NAME_FIRST = ("Put your name in first, in the name box above or with ml.set_learner(\"Your Name\"), then run this cell "
              "again: your form and your answer go with it.")
#: The heading of a check's reply when nothing was recorded: neutral, since nothing in a check is right or wrong.
NOT_RECORDED = "\u2026 Not recorded yet"

_session_order: str | None = None
#: Check id -> (learner's name key, form letter) last shown by the form cell in this session: the answer is about it.
_shown: dict[str, tuple[str, str]] = {}


class TransferError(ValueError):
    """Input the transfer check cannot use; the message is one plain sentence."""


# -- which form, when ------------------------------------------------------------------------------------------

def set_transfer_order(order: object) -> str:
    """Assign this session's forms: "ab" (form A before the course, B after) or "ba"; None goes back to the default.

    For a whole class, set ``$MEDIALIT_TRANSFER_FORMS`` instead (INSTRUCTORS.md, *Before and after*).
    """
    global _session_order
    if order is None:
        _session_order = None
        return "Forms follow the class setting again (or your name, if there is none)."
    if not isinstance(order, str) or order.strip().lower() not in ORDERS:
        return 'Give the order as "ab" (form A before the course, form B after) or "ba" (B before, A after).'
    _session_order = order.strip().lower()
    first, second = _session_order.upper()
    return f"This session uses form {first} for the check before the course and form {second} for the check after it."


def _name_key(name: str | None) -> str:
    return " ".join(unicodedata.normalize("NFC", name or "").split()).casefold()


def transfer_order(learner: str | None = None) -> str:
    """ "ab" or "ba": set in this session, else ``$MEDIALIT_TRANSFER_FORMS``, else from a stable hash of the name."""
    if _session_order is not None:
        return _session_order
    setting = os.environ.get(ORDER_ENV, "").strip().lower()
    if setting in ORDERS:
        return setting
    if learner is None:
        from .submission import current_learner

        learner = current_learner()
    return ORDERS[hashlib.sha256(_name_key(learner).encode("utf-8")).digest()[0] & 1]


def _phase(exercise_id: object) -> str:
    key = exercise_id.strip() if isinstance(exercise_id, str) else ""
    if key not in PHASES:
        raise TransferError(f"The transfer checks are {' and '.join(PHASES)}; give one of them as text, such as \"T1.1\".")
    return PHASES[key]


def _letter(form: object) -> str:
    """ "A" for "A", "a" or "form_a"; TransferError for anything else."""
    text = form.strip().lower() if isinstance(form, str) else ""
    letter = text.removeprefix("form_").upper()
    if letter not in CUES:
        raise TransferError(f"There is no form {str(form)[:20]!r}; the forms are A and B.")
    return letter


def _ids(cell: str) -> frozenset[str]:
    return frozenset(part.strip() for part in str(cell).split(";") if part.strip())


@dataclass(frozen=True)
class TransferForm:
    """One learner's form for one check: the article, its desk, the question, and what the rubric's rules look for."""

    exercise_id: str
    phase: str
    letter: str
    figure: str
    prompt: str
    source_results: frozenset
    coverage_results: frozenset
    origin_result: str

    @property
    def desk(self) -> str:
        return f"form_{self.letter.lower()}"

    @property
    def article(self):
        from .articles import Article
        from .data import lateral_form_text

        return Article(f"Form {self.letter}", lateral_form_text(self.desk))  # named "Form A", not by its desk id

    def desk_widget(self) -> "CheckDesk":
        return CheckDesk(self.desk)

    @property
    def byline(self) -> str:
        """Where the article appeared, as its page shows it: outlet, date, address (from its desk's article row)."""
        from .lateral import date_in_words

        row = next(row for row in _desk_rows(self.desk).values() if row["kind"] == "article")
        return f"Published by {row['outlet']}, {date_in_words(row['date'])}, at {row['url']}"

    def _repr_html_(self) -> str:
        return (f"<p><strong>Form {self.letter}</strong> (the check {self.phase} the course). Your article:</p>"
                f"<p>{html.escape(self.byline)}</p>"
                f"{self.article._repr_html_()}<p><strong>The question:</strong> {html.escape(self.prompt)}</p>")

    def __repr__(self) -> str:
        return (f"Form {self.letter} (the check {self.phase} the course). Your article:\n{self.byline}\n{self.article!r}\n"
                f"The question: {self.prompt}")


def _form_rows() -> dict[str, dict]:
    from .data import data_dir

    return _form_rows_of(str(data_dir()))


@functools.lru_cache(maxsize=4)
def _form_rows_of(folder: str) -> dict[str, dict]:
    """Read once per data folder: a class report scores every answer with them (read-only: never change a row)."""
    from .data import load_lateral_forms

    return {_letter(row["form"]): row for row in load_lateral_forms().astype(str).to_dict("records")}


def _form(letter: str, exercise_id: str = "", phase: str = "") -> TransferForm:
    row = _form_rows()[letter]
    return TransferForm(exercise_id, phase, letter, row["figure"], row["prompt"], _ids(row["source_result"]),
                        _ids(row["coverage_results"]), row["origin_result"].strip())


@dataclass(frozen=True)
class NameFirst:
    """What ``transfer_form`` gives instead of a form: one sentence (no name yet, or no such check), no article or desk."""

    exercise_id: str
    message: str = NAME_FIRST
    desk: str = ""

    def desk_widget(self) -> "NameFirst":
        return self

    def _repr_html_(self) -> str:
        return f'<p role="status">{html.escape(self.message)}</p>'

    def __repr__(self) -> str:
        return self.message


def _recorded_form(exercise_id: str, learner: str, this_session: bool) -> str | None:
    """The form letter recorded for a check: this session's latest attempt, else the learner's answers file; or None."""
    from . import submission
    from .storage import StorageError, read_csv

    answers = []
    if this_session:
        table = submission.answers_table()
        answers += table.loc[table["exercise_id"] == exercise_id, "answer"].tolist()
    if not answers:
        try:
            table = read_csv(submission.answers_path(learner), required=("exercise_id", "answer"))
        except StorageError:
            return None  # no answers file yet, or one this course cannot read
        answers += table.loc[table["exercise_id"] == exercise_id, "answer"].tolist()
    parsed = _response(answers[-1]) if answers else None
    return parsed[0] if parsed else None


def _other(letter: str) -> str:
    return "B" if letter == "A" else "A"


def transfer_form(exercise_id: object, learner: str | None = None) -> TransferForm | NameFirst:
    """The form this learner takes in check ``T1.1`` (before the course) or ``T2.1`` (after it); without a name, only
    a sentence asking for it (``NameFirst``). After the course it is the other form than the one recorded before it.

    Without ``learner`` (the form cell), the form is remembered as shown, so that the answer is recorded with it."""
    form = _assigned_form(exercise_id, learner)
    if learner is None and isinstance(form, TransferForm):
        from .submission import current_learner

        _shown[form.exercise_id] = (_name_key(current_learner()), form.letter)
    return form


def _assigned_form(exercise_id: object, learner: str | None) -> TransferForm | NameFirst:
    from .submission import current_learner

    try:
        phase = _phase(exercise_id)
    except TransferError as err:
        return NameFirst("", str(err))
    exercise_id = exercise_id.strip()
    name = learner if learner is not None else current_learner()
    if not name:
        return NameFirst(exercise_id)
    if phase == "after":
        before = _recorded_form(CHECK_OF["before"], name, this_session=learner is None)
        if before is not None:
            return _form(_other(before), exercise_id, phase)
    order = transfer_order(name)
    return _form(order[0 if phase == "before" else 1].upper(), exercise_id, phase)


def _shown_differs(form: TransferForm) -> str:
    """One sentence if the form cell showed another form than the learner's name (or the order) gives now, else ""."""
    from .submission import current_learner

    shown_name, shown_letter = _shown.get(form.exercise_id, ("", form.letter))
    if shown_letter == form.letter:
        return ""
    if shown_name != _name_key(current_learner()):
        now, back = "your name now gives", ", or set your name back"
    else:
        now, back = "your form is now", ""  # the form order was set, or the check before recorded, since
    return (f"You were shown form {shown_letter}, but {now} form {form.letter}: run the form cell again "
            f"and answer about form {form.letter}{back}, then run this cell again; your answer is kept in the cell above.")


# -- scoring -----------------------------------------------------------------------------------------------------

def _desk_rows(desk: str) -> dict[str, dict]:
    from .data import data_dir

    return _desk_rows_of(str(data_dir()), desk)


@functools.lru_cache(maxsize=8)
def _desk_rows_of(folder: str, desk: str) -> dict[str, dict]:
    """Read once per data folder and desk, like the forms (read-only)."""
    from .data import load_lateral_results

    table = load_lateral_results()
    return {row["result_id"]: row for row in table[table["desk"] == desk].astype(str).to_dict("records")}


def rule_levels(form: object, opened: Iterable[str]) -> dict[str, int | None]:
    """The rubric levels the log can give (FORMS.md, *Scoring*): criteria 1-3 by rule, 4-5 None (the teacher's).

    Only the distinct ids opened on the form's own desk count; opening the article itself counts for nothing.
    """
    letter = _letter(form)
    spec = _form(letter)
    rows = _desk_rows(spec.desk)
    seen = {str(result_id) for result_id in list(opened)[:MAX_OPENED]} & set(rows)
    seen -= {result_id for result_id in seen if rows[result_id]["kind"] == "article"}
    outlet = {result_id for result_id in seen if rows[result_id]["about"] == "outlet"}
    event = {result_id for result_id in seen if rows[result_id]["about"] == "event"} - {spec.origin_result}
    levels: dict[str, int | None] = dict.fromkeys(CRITERIA)
    levels["source_checked"] = 2 if seen & spec.source_results else 1 if outlet else 0
    levels["coverage_used"] = 2 if seen & spec.coverage_results else 1 if event else 0
    levels["number_traced"] = 2 if spec.origin_result in seen else 1 if seen & spec.coverage_results else 0
    return levels


def teacher_cues(form: object, text: object) -> list[str]:
    """A suggestion for the teacher scoring criterion 4, never a score: which of FORMS.md's cue words the answer uses."""
    from .lateral import words_of

    if not isinstance(text, str):
        return []
    found = words_of(text[:MAX_TEXT_CHARS])
    return [cue for cue in CUES[_letter(form)] if words_of(cue) <= found]


def check_transfer(exercise_id: object, text: object = Ellipsis, *more_text: object):
    """Record the answer to a transfer check with its form, the results opened on its desk and the rule levels.

    The answer goes into the learner's submission like any exercise's (answer JSON
    ``{"form", "text", "opened", "rubric"}``, marked Noted); the feedback says what was recorded, not how it scores.
    An answer that cannot be recorded yet (too short, too long, not text, no learner name) gets one neutral sentence,
    never "Not yet": nothing in a check is right or wrong, and the text stays in the learner's cell.
    """
    from . import submission
    from .checks import UNKNOWN_EXERCISE, Feedback, check, failed_cell_feedback
    from .exercises.lesson_transfer import MIN_WORDS
    from .lateral import logged_openings, opened_results

    try:
        phase_id = exercise_id.strip() if isinstance(exercise_id, str) else ""
        _phase(exercise_id)
    except TransferError as err:
        return Feedback(submission.short_repr(exercise_id, 20), None, str(err), label=UNKNOWN_EXERCISE)

    def not_recorded(message: str) -> Feedback:
        return Feedback(phase_id, None, message, label=NOT_RECORDED)

    if more_text:  # "my answer", "more of it": a comma outside the quotation marks split one text into several
        return not_recorded("ml.check_transfer got more than one answer: put your whole answer in one text, between one "
                            "pair of quotation marks, in the cell above, then run both cells again.")
    failed = failed_cell_feedback(phase_id)
    if failed is not None:
        return failed  # the answer in the variable is an older one: recording it would credit the wrong text
    feedback = check(phase_id, text, record=False)
    if feedback.correct is None and feedback.label is None:
        return feedback  # not answered yet: the exercise's own sentence, with its question
    if not isinstance(text, str):
        return not_recorded("Write your answer as text in quotation marks in place of the ... in the cell above, then "
                            "run both cells again.")
    if len(text) > MAX_TEXT_CHARS:
        return not_recorded(f"Your answer is {len(text):,} characters long; the check keeps at most {MAX_TEXT_CHARS:,} "
                            "(about a page): shorten it in the cell above and run both cells again.")
    words = count_words(text)
    if words < MIN_WORDS:
        return not_recorded(f"Too short to record: write at least {MIN_WORDS} words (yours has {words}); add to it in "
                            "the cell above, where it is kept, and run both cells again.")
    if feedback.correct is False:  # the exercise's own check refuses it ("repeats one phrase"): a saved answer stays
        return not_recorded(f"{feedback.message} Nothing was recorded, so an answer saved earlier stays saved: change "
                            "this one in the cell above, where it is kept, and run both cells again.")
    form = _assigned_form(phase_id, None)
    if isinstance(form, NameFirst):
        return not_recorded("Not recorded, since the course does not know your name yet: put it in with the name box "
                            "at the top or ml.set_learner(\"Your Name\"), then run this cell again; your answer is kept "
                            "in the cell above.")
    changed = _shown_differs(form)
    if changed:
        return not_recorded(changed)
    opened, restarted = opened_results(form.desk), False
    if not opened:  # a restart empties the session's list; the log file in the work folder still has the openings
        opened = logged_openings(form.desk)
        restarted = bool(opened)
    opened = opened[:MAX_OPENED]
    payload = {"form": form.letter, "text": text, "opened": opened, "rubric": rule_levels(form.letter, opened)}
    if not submission.fits_in_answers_file(payload):
        return not_recorded("Your answer is too long to keep in your answers file once saved (it holds unusual "
                            "characters): shorten it in the cell above and run both cells again.")
    unsaved = submission.record(phase_id, payload, None, None)  # "" once it is in the answers file
    count = f"{len(opened)} opening{'s' if len(opened) != 1 else ''} ({len(set(opened))} distinct)"
    if restarted:
        count += ", read from your desk log since the notebook was restarted"
    return Feedback(phase_id, None, f"Recorded for your teacher: your answer ({words} words), form "
                                    f"{form.letter}, and the results you opened on its desk: {count}. "
                                    + ("Run the next cell to save it in your answers file." if unsaved else
                                       "It is saved in your answers file; the next cell shows where."), label=feedback.label)


# -- the class report ------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class TransferRow:
    """One learner's recorded answer to one check, as the class report reads it (levels recomputed from the log)."""

    learner: str
    phase: str
    form: str
    opened: tuple[str, ...]
    levels: dict
    text: str
    order: str = ""
    key: str = ""  # the submission's key: two unnamed learners are two learners
    teacher: dict = field(default_factory=dict)  # criterion -> the teacher's level, typed into transfer.csv

    @property
    def distinct_opened(self) -> int:
        return len(set(self.opened))

    def final(self, criterion: str) -> int | None:
        """The level that counts: the smaller of the rule's and the teacher's (criteria 1-3), the teacher's (4-5)."""
        teacher = self.teacher.get(criterion)
        if teacher is None:
            return None
        rule = self.levels.get(criterion)
        return teacher if rule is None else min(rule, teacher)

    @property
    def total(self) -> int | None:
        """The rubric total out of 10, once the teacher has scored every criterion."""
        finals = [self.final(criterion) for criterion in CRITERIA]
        return None if None in finals else sum(finals)


def _response(stored: str) -> tuple[str, tuple[str, ...], str] | None:
    """(form letter, opened ids, text) from a submission's answer JSON; None if it is not a transfer response."""
    try:
        value = json.loads(stored)
    except (ValueError, RecursionError):
        return None
    if not isinstance(value, dict) or not isinstance(value.get("opened"), list):
        return None
    try:
        letter = _letter(value.get("form"))
    except TransferError:
        return None
    opened = tuple(item for item in value["opened"][:MAX_OPENED]  # only ids of the form's own desk: "A05", not "<b>"
                   if isinstance(item, str) and len(item) == 3 and item[0] == letter and item[1:].isdigit() and item[1:].isascii())
    text = value.get("text") if isinstance(value.get("text"), str) else ""
    return letter, opened, text


def _order(forms: dict[str, str]) -> str:
    """The learner's form order: both forms when both checks are in; else inferred from the one that is."""
    if len(forms) == 2:
        return forms["before"] + forms["after"]
    if "before" in forms:
        return forms["before"] + ("B" if forms["before"] == "A" else "A")
    return ("B" if forms["after"] == "A" else "A") + forms["after"]


def transfer_rows(submissions) -> list[TransferRow]:
    """Every transfer response in a class's submissions (``medialit.gradebook.Submission``), with levels by rule."""
    rows = []
    for submission in submissions:
        found = {}
        for exercise_id, phase in PHASES.items():
            answer = submission.answers.get(exercise_id)
            parsed = _response(answer.answer) if answer is not None else None
            if parsed is not None:
                found[phase] = parsed
        order = _order({phase: parsed[0] for phase, parsed in found.items()}) if found else ""
        for phase, (letter, opened, text) in found.items():
            rows.append(TransferRow(submission.learner, phase, letter, opened, rule_levels(letter, opened), text, order,
                                    submission.key))
    return rows


#: transfer.csv's columns: for each criterion the rule's level (criteria 1-3), the teacher's (typed in) and the final.
TABLE_COLUMNS = ["learner", "phase", "form", "order",
                 *(f"{kind}_{criterion}" for criterion in CRITERIA for kind in (("rule", "teacher", "final") if criterion in RULE_CRITERIA
                                                                                 else ("teacher", "final"))),
                 "total", "opened_count", "opened"]


def _blank(level: int | None) -> object:
    return "" if level is None else level


def transfer_table(rows: list[TransferRow]):
    """transfer.csv: one row per learner and check: rule levels, the teacher's levels (empty until typed in), finals."""
    import pandas as pd

    records = []
    for row in rows:
        record = {"learner": row.learner, "phase": row.phase, "form": row.form, "order": row.order}
        for criterion in CRITERIA:
            if criterion in RULE_CRITERIA:
                record[f"rule_{criterion}"] = row.levels[criterion]
            record[f"teacher_{criterion}"] = _blank(row.teacher.get(criterion))
            record[f"final_{criterion}"] = _blank(row.final(criterion))
        records.append({**record, "total": _blank(row.total), "opened_count": row.distinct_opened, "opened": " ".join(row.opened)})
    return pd.DataFrame(records, columns=TABLE_COLUMNS)


def with_teacher_levels(rows: list[TransferRow], scored) -> tuple[list[TransferRow], list[str]]:
    """The rows with the levels a teacher typed into an earlier transfer.csv (a table read back), and one line per
    cell that is not 0, 1 or 2. A row is matched by learner (case and spacing ignored), phase and form."""
    import dataclasses

    problems: list[str] = []
    typed: dict[tuple[str, str, str], dict] = {}
    for record in scored.to_dict("records"):
        key = (_name_key(str(record.get("learner", ""))), str(record.get("phase", "")), str(record.get("form", "")))
        levels = {}
        for criterion in CRITERIA:
            cell = str(record.get(f"teacher_{criterion}", "")).strip()
            if cell in ("0", "1", "2"):
                levels[criterion] = int(cell)
            elif cell and len(problems) < 20:
                problems.append(f"transfer.csv: {key[0] or '(no name)'}, {key[1]}: teacher_{criterion} is {cell[:20]!r}, not 0, 1 or 2; left unscored.")
        if levels:
            typed[key] = levels
    kept = [dataclasses.replace(row, teacher=typed.get((_name_key(row.learner), row.phase, row.form), {}))
            for row in rows]
    return kept, problems


def _mean_cell(values: list[int]) -> str:
    return f"{statistics.fmean(values):.2f} (n={len(values)})" if values else "&ndash;"


def before_after_html(rows: list[TransferRow], shown: Callable[[str], str] = lambda text: text[:2_000]) -> str:
    """The class report's "Before and after" section: rule levels before vs after, by form order; the answers to read.

    ``shown`` turns an answer's text into what the report shows (the gradebook cuts it and drops control characters).
    """
    e = html.escape
    head = "<section aria-labelledby='transfer'><h2 id='transfer'>Before and after: the transfer check</h2>"
    if not rows:
        return head + "<p>No answers to the transfer checks (T1.1 before the course, T2.1 after it) yet.</p></section>"
    phases: dict[str, set[str]] = {}
    for row in rows:
        phases.setdefault(row.key or row.learner, set()).add(row.phase)
    learners, both = set(phases), [learner for learner, done in phases.items() if len(done) == 2]
    orders = sorted({row.order for row in rows}, key=lambda order: (order not in ("AB", "BA"), order))
    groups = [(f"{order} {phase}", [r for r in rows if r.order == order and r.phase == phase])
              for order in orders for phase in ("before", "after")]
    groups += [(f"All {phase}", [r for r in rows if r.phase == phase]) for phase in ("before", "after")]
    header = "".join(f"<th scope='col'>{e(name)}</th>" for name, _ in groups)
    body = []
    for criterion in CRITERIA:
        if criterion in RULE_CRITERIA:
            cells = "".join(f"<td>{_mean_cell([r.levels[criterion] for r in group])}</td>" for _, group in groups)
        else:
            cells = f"<td colspan='{len(groups)}'>teacher (not scored by rules)</td>"
        body.append(f"<tr><th scope='row'>{e(CRITERION_NAMES[criterion])}</th>{cells}</tr>")
    scored = [row for row in rows if row.total is not None]
    body.append(f"<tr><th scope='row' colspan='{len(groups) + 1}'>Final levels, answers the teacher has scored "
                f"({len(scored)} of {len(rows)})</th></tr>")
    for criterion in CRITERIA:
        cells = "".join(f"<td>{_mean_cell([r.final(criterion) for r in group if r.total is not None])}</td>" for _, group in groups)
        body.append(f"<tr><th scope='row'>{e(CRITERION_NAMES[criterion])} (final)</th>{cells}</tr>")
    body.append("<tr><th scope='row'>Total out of 10 (final)</th>"
                + "".join(f"<td>{_mean_cell([r.total for r in group if r.total is not None])}</td>" for _, group in groups) + "</tr>")
    body.append("<tr><th scope='row'>Distinct results opened</th>"
                + "".join(f"<td>{_mean_cell([r.distinct_opened for r in group])}</td>" for _, group in groups) + "</tr>")
    answers = "".join(
        f"<dt>{e(row.learner or '(no name)')}: {row.phase}, form {row.form}</dt><dd>Opened: {e(' '.join(row.opened) or 'nothing')}. "
        f"Rule levels (at most): {e(', '.join(f'{c} {row.levels[c]}' for c in RULE_CRITERIA))}. "
        f"<em>Suggestion for the teacher, not a score: the answer mentions {e(', '.join(teacher_cues(row.form, row.text)) or 'none of the cue words')}.</em>"
        f"<br>{e(shown(row.text))}</dd>"
        for row in sorted(rows, key=lambda r: (r.learner.casefold(), r.phase != "before")))
    return (
        head + f"<p>{len(learners)} learner{'s' if len(learners) != 1 else ''} answered a transfer check; "
        f"{len(both)} answered both. Each cell is the mean level (0 to 2) that the rules give from the results a learner "
        "opened, with the number of answers: a ceiling until the teacher has read the answer (the final level is the "
        "smaller of the rule's and the teacher's). To score, type 0, 1 or 2 into the teacher_ columns of transfer.csv and "
        "run the gradebook again with the same --out folder: it keeps your levels and fills in the final levels, the total "
        "and the rows below. Compare AB with BA to see how much of a change is the form's own difficulty. The rubric: "
        "data/lateral/FORMS.md.</p>"
        f"<table><caption>Mean rule level per criterion, before and after, by form order</caption><thead><tr>"
        f"<th scope='col'>Criterion</th>{header}</tr></thead><tbody>{''.join(body)}</tbody></table>"
        f"<details><summary>The answers to score ({len(rows)})</summary><dl>{answers}</dl></details></section>"
    )


# -- the desk, without hints -------------------------------------------------------------------------------------

class CheckDesk(SearchDesk):
    """The search desk with neutral wording: a transfer check must not hint at what to look for or open."""

    def __init__(self, desk: str):
        super().__init__(desk)
        self.query.placeholder = "words to search for"
        self.results = DeskResults(desk, message="Type words to search for and press Enter or Search.")
        self.last_opened = OpenedResult(message="Nothing opened yet.")
        self._show_results()
        self._opened_area.value = self.opened_html()
