"""The teacher's side of the course: every learner's submission in, one gradebook and one class report out.

    python -m medialit.gradebook FOLDER_OR_ZIP... [--out DIR]

reads every submission (``medialit-answers-*.csv``, written by ``ml.export_answers()``) found in the folders,
recursively, and inside zip files as a learning platform hands them back (renamed, in nested folders, even a
zip inside the zip). Zips are read in memory, never unpacked to disk, with caps on their size and member
count. It writes ``DIR/gradebook.csv`` (one row per learner, one column per exercise: 1 right, 0 wrong,
empty when not tried or written), ``DIR/class_report.html``, one page that opens offline, and
``DIR/transfer.csv`` (the transfer checks before and after the course, medialit/transfer.py). ``DIR``
defaults to ``gradebook/`` in the current folder; only those three fixed names (and their ``.bak``) are
written, and nothing read from a submission ever becomes part of a path.

A file that cannot be used (another course version, a foreign CSV, a damaged zip, an unreadable encoding)
gets one plain line on the console and in the report; everything else is still read. The exit code is 0
when at least one submission was read, 1 when none could be or the output could not be written.
In a notebook, ``ml.class_report("FOLDER")`` shows the same report.
"""
from __future__ import annotations

import argparse
import codecs
import csv
import html
import io
import json
import os
import re
import statistics
import sys
import zipfile
import zlib
from collections import Counter
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from .course import COURSE_VERSION, LESSONS
from .exercises import get_exercise, list_exercises, list_misconceptions
from .storage import StorageError, csv_text, read_csv, replace_named_file, restore_cell
from .submission import COLUMNS
from .transfer import before_after_html, transfer_rows, transfer_table, with_teacher_levels

__all__ = ["ClassReport", "ClassResults", "Submission", "class_report", "read_class", "main"]

#: What ``export_answers`` wrote before submissions carried a learner's name (recognised to say so plainly).
OLD_EXPORT_COLUMNS = ("exercise_id", "answer", "result", "feedback")
GRADEBOOK_NAME, REPORT_NAME, TRANSFER_NAME = "gradebook.csv", "class_report.html", "transfer.csv"
NOTHING_READ = "check the folder names, and that the files are medialit-answers-*.csv files (or zips of them)."

#: One submission is about 60 rows of at most ~10,000 characters; anything far bigger is not one.
MAX_FILE_BYTES = 5_000_000
#: A zip (with any zips inside it) may unpack to at most this much, and hold at most this many members.
MAX_ZIP_BYTES = 300_000_000
MAX_ZIP_MEMBERS = 20_000
MAX_ZIP_DEPTH = 3
#: Cells are cut to this many characters when read; written answers are shown up to SHOWN_ANSWER.
MAX_CELL = 12_000
SHOWN_ANSWER = 2_000
MAX_NAME = 100
MAX_SOURCE = 160

_TIMESTAMP = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ")
# Control characters (terminal escapes), and bidirectional overrides that could disguise a name.
_UNPRINTABLE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def _shorten(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "\u2026"


def _one_line(text: str, limit: int) -> str:
    """Text safe to print on one console line or in one table cell: no control characters, spaces collapsed."""
    return _shorten(" ".join(_UNPRINTABLE.sub("?", text[: limit * 4]).split()), limit)


@dataclass(frozen=True)
class Answer:
    """A learner's answer to one exercise, as their submission records it: the latest, or a right one a later wrong try
    did not replace."""

    exercise_id: str
    correct: bool | None
    misconception: str | None
    answer: str
    attempts: int
    checked_at: str

    def replaces(self, earlier: "Answer | None") -> bool:
        """Whether this answer is kept instead of ``earlier`` (another row or file of the same learner): a right answer
        over a wrong one, else the later one, as the learner's own file keeps them."""
        return earlier is None or (self.correct is True, self.checked_at) >= (earlier.correct is True, earlier.checked_at)


@dataclass
class Submission:
    """One learner's answers, read from one file."""

    learner: str
    source: str
    course_version: str
    answers: dict[str, Answer] = field(default_factory=dict)

    @property
    def latest(self) -> str:
        return max((answer.checked_at for answer in self.answers.values()), default="")

    @property
    def key(self) -> str:
        """Two files are the same learner when their names match ignoring case and spacing."""
        return self.learner.casefold() if self.learner else f"\0{self.source}"


@dataclass
class ClassResults:
    """Everything read from the folders: one submission per learner, and one plain line per file problem."""

    submissions: list[Submission]
    problems: list[str]
    files_read: int
    exercise_ids: list[str] = field(default_factory=list_exercises)

    def tried(self, exercise_id: str) -> list[Answer]:
        return [s.answers[exercise_id] for s in self.submissions if exercise_id in s.answers]

    def counts(self, exercise_id: str) -> tuple[int, int]:
        """(learners who tried it, learners with a right answer, kept even when a later try was wrong)."""
        answers = self.tried(exercise_id)
        return len(answers), sum(answer.correct is True for answer in answers)

    def misconceptions(self) -> Counter:
        """How many learners' latest attempt fell into each misconception, by full id."""
        return Counter(a.misconception for s in self.submissions for a in s.answers.values() if a.misconception)

    def gradebook(self):
        """One row per learner, one column per exercise in course order: 1 right, 0 wrong, "" not tried or written."""
        import pandas as pd

        mark = {True: 1, False: 0, None: ""}
        rows = [
            {"learner": submission.learner, **{exercise_id: mark[submission.answers[exercise_id].correct]
                                               if exercise_id in submission.answers else "" for exercise_id in self.exercise_ids}}
            for submission in self.submissions
        ]
        return pd.DataFrame(rows, columns=["learner", *self.exercise_ids])


# ---------------------------------------------------------------- reading files, folders and zips


class _Reader:
    """Walks the folders and zips, turning each CSV into submissions and each problem into one line."""

    def __init__(self, skip: set[Path]):
        self.skip = skip
        self.problems: list[str] = []
        self.submissions: list[Submission] = []
        self.files_read = 0
        self.ignored = 0
        self.known_exercises = set(list_exercises())
        self.known_misconceptions = {m.id for m in list_misconceptions()}

    def say(self, source: str, message: str) -> None:
        self.problems.append(f"{source}: {message}")

    def read_path(self, path: Path) -> None:
        label = _one_line(str(path), MAX_SOURCE)
        if path.is_dir():
            for folder, subfolders, files in os.walk(path, onerror=lambda err: self.say(
                    _one_line(str(err.filename), MAX_SOURCE), "could not be read (no permission?); skipped.")):
                subfolders.sort()
                for name in sorted(files):
                    self.read_file(Path(folder) / name)
        elif path.is_file():
            self.read_file(path, named=True)
        else:
            self.say(label, "there is no such folder or file; nothing read from it.")

    def read_file(self, path: Path, named: bool = False) -> None:
        kind = _kind(path.name)
        if path.resolve() in self.skip or (kind is None and not named):
            self.ignored += kind is None
            return
        label = _one_line(str(path), MAX_SOURCE)
        if kind is None:
            self.say(label, "is neither a CSV nor a zip file; skipped.")
        elif not path.is_file():  # a pipe or device named like a CSV would block or never end
            self.say(label, "is not an ordinary file; skipped.")
        elif kind == "zip" and path.stat().st_size > MAX_ZIP_BYTES:
            self.say(label, f"is larger than {MAX_ZIP_BYTES // 1_000_000} MB; skipped (split it into smaller zips).")
        elif kind == "zip":
            self.read_zip(label, path, depth=0, budget=[MAX_ZIP_BYTES])
        else:
            try:
                with open(path, "rb") as file:
                    data = file.read(MAX_FILE_BYTES + 1)
            except OSError as err:
                self.say(label, f"could not be opened ({err.strerror or 'the system refused'}); skipped.")
                return
            if len(data) > MAX_FILE_BYTES:  # as for a CSV in a zip: a cut-off file would lose its last rows unsaid
                self.say(label, f"is larger than {MAX_FILE_BYTES // 1_000_000} MB, far too large for a submission; skipped.")
                return
            self.read_csv(label, data)

    def read_zip(self, label: str, source: Path | io.BytesIO, depth: int, budget: list[int]) -> None:
        """Read a zip from disk or memory, member by member, never unpacking it to disk."""
        try:
            with zipfile.ZipFile(source) as archive:
                members = [info for info in archive.infolist() if not info.is_dir()]
                if len(members) > MAX_ZIP_MEMBERS:
                    self.say(label, f"holds {len(members)} files, more than the {MAX_ZIP_MEMBERS} a class could hand in; skipped.")
                    return
                for info in sorted(members, key=lambda info: info.filename):
                    if not self.read_member(label, archive, info, depth, budget):
                        return
        except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, ValueError, NotImplementedError, RuntimeError, zlib.error, OSError):
            self.say(label, "could not be opened as a zip file (damaged, encrypted or not a zip); the rest was still read.")

    def read_member(self, label: str, archive: zipfile.ZipFile, info: zipfile.ZipInfo, depth: int, budget: list[int]) -> bool:
        """Read one member of a zip; False when the zip's unpacked size ran over its budget (stop reading it)."""
        name = info.filename
        kind = _kind(name)
        base = name.replace("\\", "/").rsplit("/", 1)[-1]
        if kind is None or base.startswith("._") or "__MACOSX/" in name:
            self.ignored += 1
            return True
        where = f"{label} \u203a {_one_line(name, MAX_SOURCE)}"
        if kind == "zip" and depth + 1 >= MAX_ZIP_DEPTH:
            self.say(where, "is a zip nested too deep; skipped.")
            return True
        limit = min(MAX_FILE_BYTES if kind == "csv" else MAX_ZIP_BYTES, budget[0])
        try:
            with archive.open(info) as member:
                content = member.read(limit + 1)
        except (zipfile.BadZipFile, EOFError, ValueError, NotImplementedError, RuntimeError, zlib.error, OSError):
            self.say(where, "could not be unpacked (damaged or encrypted); skipped.")
            return True
        if len(content) > budget[0]:
            self.say(label, f"unpacks to more than {MAX_ZIP_BYTES // 1_000_000} MB (a zip bomb?); stopped reading it there.")
            return False
        budget[0] -= len(content)
        if kind == "zip":
            self.read_zip(where, io.BytesIO(content), depth + 1, budget)
        elif len(content) > MAX_FILE_BYTES:
            self.say(where, f"is larger than {MAX_FILE_BYTES // 1_000_000} MB, far too large for a submission; skipped.")
        else:
            self.read_csv(where, content)
        return True

    def read_csv(self, label: str, data: bytes) -> None:
        text, note = _decode(data)
        if text is None:
            self.say(label, note)
            return
        if note:
            self.say(label, note)
        try:
            with _field_limit(MAX_FILE_BYTES):
                rows = list(csv.reader(io.StringIO(text, newline="")))
        except csv.Error:
            self.say(label, "is not a readable CSV table; skipped.")
            return
        header = [cell.strip().lstrip("\ufeff") for cell in rows[0]] if rows else []
        missing = [column for column in COLUMNS if column not in header]
        if missing:
            self.say(label, _not_a_submission(header, missing))
            return
        self.files_read += 1
        self.add_rows(label, header, rows[1:])

    def add_rows(self, label: str, header: list[str], rows: list[list[str]]) -> None:
        position = {column: header.index(column) for column in COLUMNS}
        by_learner: dict[str, Submission] = {}
        unknown_exercises, unknown_misconceptions, versions = Counter(), Counter(), Counter()
        names: dict[str, str] = {}  # a learner's name as given -> as shown (cleaned once per file, not per row)
        for row in rows:
            if not any(cell.strip() for cell in row):
                continue
            cell = {column: restore_cell(row[i][:MAX_CELL]) if i < len(row) else "" for column, i in position.items()}
            exercise_id = cell["exercise_id"].strip()
            if exercise_id not in self.known_exercises:
                unknown_exercises[_one_line(exercise_id, 20)] += 1
                continue
            versions[cell["course_version"].strip()] += 1
            correct = _truth(cell["correct"])
            misconception = cell["misconception"].strip() if correct is False else None
            if misconception and not (misconception in self.known_misconceptions and misconception.startswith(exercise_id + "/")):
                unknown_misconceptions[_one_line(misconception, 40)] += 1
                misconception = None
            name = names.get(cell["learner"]) or names.setdefault(cell["learner"], _one_line(cell["learner"], MAX_NAME))
            submission = by_learner.setdefault(name.casefold(), Submission(name, label, cell["course_version"].strip()))
            answer = Answer(exercise_id, correct, misconception, cell["answer"], _attempts(cell["attempts"]),
                            cell["checked_at"].strip() if _TIMESTAMP.fullmatch(cell["checked_at"].strip()) else "")
            if answer.replaces(submission.answers.get(exercise_id)):
                submission.answers[exercise_id] = answer
        if unknown_exercises:
            self.say(label, f"{sum(unknown_exercises.values())} row(s) name exercises this course does not have "
                            f"({', '.join(sorted(unknown_exercises)[:3])}); those rows were left out.")
        if unknown_misconceptions:
            self.say(label, f"{sum(unknown_misconceptions.values())} answer(s) name misconceptions this course version does not "
                            f"know ({', '.join(sorted(unknown_misconceptions)[:3])}); counted as plain wrong answers.")
        other_versions = sorted(_one_line(version, 20) for version in versions if version != COURSE_VERSION)
        if other_versions:
            self.say(label, f"was written with course version {', '.join(other_versions) or '(none given)'}, not {COURSE_VERSION}; "
                            "its answers are included, but an exercise changed between versions may be marked differently.")
        if not by_learner and not unknown_exercises:
            self.say(label, "is a submission with no answers in it.")
        self.submissions.extend(by_learner.values())

    def results(self) -> ClassResults:
        """One submission per learner: several files of one learner are merged exercise by exercise (the latest answer
        of each wins, but never a wrong one over a right one), so a check done before the course in one file is not lost
        to a later file without it."""
        kept: dict[str, Submission] = {}
        duplicates: dict[str, list[Submission]] = {}
        for submission in self.submissions:
            duplicates.setdefault(submission.key, []).append(submission)
        for key, copies in duplicates.items():
            copies.sort(key=lambda copy: copy.latest)
            merged = Submission(copies[-1].learner, copies[-1].source, copies[-1].course_version)
            for copy in copies:
                for exercise_id, answer in copy.answers.items():
                    if answer.replaces(merged.answers.get(exercise_id)):
                        merged.answers[exercise_id] = answer
            kept[key] = merged
            if len(copies) > 1:
                self.problems.append(
                    f"{merged.learner or '(no name)'} handed in {len(copies)} files ({'; '.join(c.source for c in copies)}); "
                    f"merged them exercise by exercise, keeping the latest answer to each (a right one over a later wrong one); the latest file is {merged.source}.")
        if self.ignored:
            self.problems.append(f"{self.ignored} file(s) that are not answer files (a platform's own notes, desk logs, backups) were ignored.")
        submissions = sorted(kept.values(), key=lambda s: (s.learner.casefold(), s.source))
        return ClassResults(submissions, self.problems, self.files_read)


#: Files a learner's work folder holds beside the answers, which a teacher may collect with them: never submissions.
SIDE_FILES = ("medialit-desk-log.csv",)


def _kind(name: str) -> str | None:
    """csv, zip, or None for anything else, including the course's own side files (the desk log)."""
    lower = name.lower()
    if lower.replace("\\", "/").rsplit("/", 1)[-1] in SIDE_FILES:
        return None
    return "csv" if lower.endswith(".csv") else "zip" if lower.endswith(".zip") else None


@contextmanager
def _field_limit(limit: int):
    """Let csv read cells as large as a whole file (then cut them), restoring the process-wide limit after."""
    previous = csv.field_size_limit(limit)
    try:
        yield
    finally:
        csv.field_size_limit(previous)


def _decode(data: bytes) -> tuple[str | None, str | None]:
    """The file's text, and a note if it was not UTF-8; (None, reason) if it cannot be read as text at all."""
    for bom, encoding in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
                          (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                return data.decode(encoding), None
            except UnicodeDecodeError:
                return None, f"starts like {encoding.upper()} text but is not; skipped (ask for the file again)."
    if b"\0" in data:
        return None, "is not text in an encoding this gradebook reads (binary, or UTF-16 without a byte-order mark); skipped."
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "is not UTF-8; read it as Windows-1252 (check accented names: a spreadsheet may have re-saved it)."
    except UnicodeDecodeError:
        return None, "is in an encoding this gradebook cannot read (neither UTF-8 nor Windows-1252); skipped."


def _not_a_submission(header: list[str], missing: list[str]) -> str:
    if all(column in header for column in OLD_EXPORT_COLUMNS):
        return ("is an answers file from an older medialit, without the learner's name; ask the learner to run "
                "ml.export_answers() again and hand in the new file. Skipped.")
    return f"is not a medialit submission (it lacks the column(s) {_one_line(', '.join(missing), 120)}); skipped."


def _truth(text: str) -> bool | None:
    return {"true": True, "false": False}.get(text.strip().lower())


def _attempts(text: str) -> int:
    text = text.strip()
    return max(1, int(text)) if text.isdigit() and len(text) < 7 else 1


def read_class(*folders: str | os.PathLike, skip: tuple[Path, ...] = ()) -> ClassResults:
    """Read every submission in these folders (and zips); never raises on what a file holds."""
    reader = _Reader({path.resolve() for path in skip})
    for folder in folders:
        reader.read_path(Path(folder))
    return reader.results()


# ---------------------------------------------------------------- the report


@dataclass(frozen=True)
class _Row:
    exercise_id: str
    prompt: str
    written: bool
    tried: int
    right: int
    top_misconception: str


def _e(value: object) -> str:
    return html.escape(str(value), quote=True)


def _percent(part: int, whole: int) -> str:
    return f"{round(100 * part / whole)}%" if whole else "\u2013"


class ClassReport:
    """The class report: ``_repr_html_`` shows it in a notebook, ``page()`` is the stand-alone HTML file."""

    def __init__(self, results: ClassResults, generated: datetime | None = None, scores: Path | None = None):
        """``scores``: an earlier transfer.csv whose teacher_ columns the teacher filled in; their levels are kept."""
        self.results = results
        self.generated = (generated or datetime.now(timezone.utc)).strftime("%Y-%m-%d %H:%M UTC")
        self.misconceptions = {m.id: m for m in list_misconceptions()}
        self.tally = results.misconceptions()
        self.rows = {lesson.number: self._rows(lesson.number) for lesson in LESSONS}
        self.transfer = transfer_rows(self.results.submissions)  # the checks before and after the course
        if scores is not None and scores.is_file():
            self.transfer, notes = with_teacher_levels(self.transfer, read_csv(scores))  # StorageError: nothing is written
            results.problems.extend(notes)

    @property
    def problems(self) -> list[str]:
        return self.results.problems

    @property
    def gradebook(self):
        return self.results.gradebook()

    def __repr__(self) -> str:
        return "\n".join([self._headline(), *self.problems])

    def _headline(self) -> str:
        learners = len(self.results.submissions)
        return (f"Class report: {learners} learner{'s' if learners != 1 else ''} from {self.results.files_read} "
                f"submission file{'s' if self.results.files_read != 1 else ''}; "
                f"{len(self.problems)} note{'s' if len(self.problems) != 1 else ''} on the files.")

    def _repr_html_(self) -> str:
        return f'<div class="medialit-class-report"><style>{_CSS}</style>{self._body()}</div>'

    def page(self) -> str:
        """One self-contained HTML page: styles inline, charts as inline SVG, no scripts, nothing fetched."""
        return (
            '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
            '<meta name="viewport" content="width=device-width, initial-scale=1">'
            f"<title>Class report \u2013 medialit</title><style>{_CSS}</style></head>"
            f'<body><main class="medialit-class-report">{self._body()}</main></body></html>\n'
        )

    def save(self, out: str | os.PathLike) -> list[str]:
        """Write gradebook.csv, class_report.html and transfer.csv into the folder ``out``; one sentence per file written."""
        folder = Path(out).expanduser().absolute()
        return [_write(folder, GRADEBOOK_NAME, csv_text(self.gradebook)), _write(folder, REPORT_NAME, self.page()),
                _write(folder, TRANSFER_NAME, csv_text(transfer_table(self.transfer)))]

    # -- sections

    def _body(self) -> str:
        return "".join([
            "<h1>Class report</h1>",
            f"<p>medialit course version {_e(COURSE_VERSION)}; made {_e(self.generated)} from the submissions handed in.</p>",
            self._summary(), self._problems(), self._misconception_section(),
            *(self._lesson(lesson) for lesson in LESSONS), before_after_html(self.transfer, _shown_text),
        ])

    def _rows(self, lesson: str) -> list[_Row]:
        tally = self.tally
        rows = []
        for exercise_id in list_exercises(lesson):
            exercise = get_exercise(exercise_id)
            tried, right = self.results.counts(exercise_id)
            top = max(((tally[m], m) for m in self.misconceptions if m.startswith(exercise_id + "/") and tally[m]), default=None)
            rows.append(_Row(exercise_id, exercise.prompt, exercise.kind == "written", tried, right,
                             f"{top[1]} ({top[0]})" if top else ""))
        return rows

    def _summary(self) -> str:
        results = self.results
        learners = len(results.submissions)
        marked = [(a.correct is True) for s in results.submissions for a in s.answers.values() if a.correct is not None]
        per_learner = [sum(a.correct is not None for a in s.answers.values()) for s in results.submissions]
        auto = sum(get_exercise(e).kind != "written" for e in results.exercise_ids)
        times = sorted(a.checked_at for s in results.submissions for a in s.answers.values() if a.checked_at)
        items = [
            f"{learners} learner{'s' if learners != 1 else ''}, read from {results.files_read} submission file{'s' if results.files_read != 1 else ''}.",
            f"Auto-checked exercises answered per learner: median {statistics.median(per_learner) if per_learner else 0:g} of {auto}.",
            f"Of the {len(marked)} auto-checked answers, {sum(marked)} ({_percent(sum(marked), len(marked))}) were right (a right answer counts even when a later try was wrong).",
        ]
        if not learners:
            items.insert(0, f"No submission was found: {NOTHING_READ}")
        if times:
            items.append(f"Answers checked between {_e(times[0])} and {_e(times[-1])}.")
        lesson_rows = []
        for lesson in LESSONS:
            rows = [row for row in self.rows[lesson.number] if not row.written]
            tried, right = sum(r.tried for r in rows), sum(r.right for r in rows)
            exercise_ids = list_exercises(lesson.number)
            active = sum(any(e in s.answers for e in exercise_ids) for s in results.submissions)
            lesson_rows.append(f"<tr><th scope='row'>{lesson.number} \u00b7 {_e(lesson.title)}</th><td>{active}</td>"
                               f"<td>{tried}</td><td>{right}</td><td>{_percent(right, tried)}</td></tr>")
        return (
            "<section aria-labelledby='summary'><h2 id='summary'>Class summary</h2><ul>"
            + "".join(f"<li>{item}</li>" for item in items) + "</ul>"
            "<table><caption>Per lesson: learners who answered anything, and auto-checked answers tried and right</caption>"
            "<thead><tr><th scope='col'>Lesson</th><th scope='col'>Learners</th><th scope='col'>Answers tried</th>"
            "<th scope='col'>Right</th><th scope='col'>Right of tried</th></tr></thead><tbody>"
            + "".join(lesson_rows) + "</tbody></table></section>"
        )

    def _problems(self) -> str:
        if not self.problems:
            return "<section aria-labelledby='files'><h2 id='files'>Files</h2><p>Every file was read without a problem.</p></section>"
        return ("<section aria-labelledby='files'><h2 id='files'>Files that need a look</h2><ul>"
                + "".join(f"<li>{_e(line)}</li>" for line in self.problems) + "</ul></section>")

    def _misconception_section(self) -> str:
        tally = self.tally
        order = {m: i for i, m in enumerate(self.misconceptions)}
        ranked = sorted((m for m in tally if m in self.misconceptions), key=lambda m: (-tally[m], order[m]))
        head = "<section aria-labelledby='misconceptions'><h2 id='misconceptions'>Most common misconceptions</h2>"
        if not ranked:
            return head + "<p>No answer fell into a known misconception.</p></section>"
        rows = []
        for misconception_id in ranked:
            m = self.misconceptions[misconception_id]
            tried, _ = self.results.counts(m.exercise_id)
            rows.append(f"<tr><th scope='row'><code>{_e(m.id)}</code></th><td>{tally[m.id]} of {tried}</td>"
                        f"<td>{_e(m.message)}</td><td>{_e(m.prompt)}</td></tr>")
        return (head + "<p>How many learners' latest answer to an exercise fell into each known mistake, most common first, "
                "with a prompt to discuss it with the class.</p>"
                "<table><caption>Misconceptions in the latest answers</caption><thead><tr><th scope='col'>Misconception</th>"
                "<th scope='col'>Learners (of those who tried)</th><th scope='col'>What the check told them</th>"
                "<th scope='col'>Discussion prompt</th></tr></thead><tbody>" + "".join(rows) + "</tbody></table></section>")

    def _lesson(self, lesson) -> str:
        rows = self.rows[lesson.number]
        if not rows:
            return ""
        learners = len(self.results.submissions)
        anchor = f"lesson-{lesson.number}"
        table = "".join(
            f"<tr><th scope='row'>{_e(r.exercise_id)}</th><td>{_e(r.prompt)}</td><td>{r.tried}</td>"
            + ("<td colspan='2'>written: read below</td>" if r.written else f"<td>{r.right}</td><td>{_percent(r.right, r.tried)}</td>")
            + f"<td>{_e(r.top_misconception)}</td></tr>"
            for r in rows
        )
        return (
            f"<section aria-labelledby='{anchor}'><h2 id='{anchor}'>Lesson {lesson.number} \u00b7 {_e(lesson.title)}</h2>"
            + _chart(anchor, lesson.number, rows, learners)
            + f"<table><caption>Lesson {lesson.number}: each exercise, out of {learners} learners</caption><thead><tr>"
            "<th scope='col'>Exercise</th><th scope='col'>Question</th><th scope='col'>Tried</th><th scope='col'>Right</th>"
            "<th scope='col'>Right of tried</th><th scope='col'>Most common misconception (learners)</th></tr></thead>"
            f"<tbody>{table}</tbody></table>"
            + self._written(lesson.number, [r for r in rows if r.written]) + "</section>"
        )

    def _written(self, lesson: str, rows: list[_Row]) -> str:
        if not rows:
            return ""
        parts = [f"<h3>Written answers, lesson {lesson}</h3>"]
        for row in rows:
            entries = "".join(
                f"<dt>{_e(s.learner or '(no name)')}</dt><dd>{_e(_written_text(s.answers[row.exercise_id].answer))}</dd>"
                for s in self.results.submissions if row.exercise_id in s.answers
            )
            parts.append(f"<details><summary>{_e(row.exercise_id)}: {_e(row.prompt)} ({row.tried} answer{'s' if row.tried != 1 else ''})</summary>"
                         + (f"<dl>{entries}</dl>" if entries else "<p>No answers yet.</p>") + "</details>")
        return "".join(parts)


def _write(folder: Path, name: str, text: str) -> str:
    """Write one output file into the teacher's folder atomically, keeping the previous version as ``.bak``.

    The teacher names the folder (a learner's work folder is not where a class's results belong), so the
    learners' confinement does not apply; only these fixed names are written there, never through a link.
    """
    target = folder / name
    try:
        folder.mkdir(parents=True, exist_ok=True)
        if target.is_symlink() or target.is_dir():
            raise StorageError(f"{target} is a link or a folder, so it is left alone; choose another --out folder.")
        kept = f"; the previous version is kept as {name}.bak" if replace_named_file(target, text) else ""
    except StorageError:
        raise
    except OSError as err:
        raise StorageError(f"Could not write {target} ({err.strerror or 'the system refused'}); check the --out folder.") from None
    return f"Wrote {target}{kept}."


def _shown_text(text: str) -> str:
    """Text a learner wrote, safe to show and of a readable length: no control characters, cut with a note."""
    return _shorten(_UNPRINTABLE.sub("", text), SHOWN_ANSWER) + (f" [{len(text)} characters in all]" if len(text) > SHOWN_ANSWER else "")


def _written_text(stored: str) -> str:
    """A written answer as the learner typed it (the file stores JSON), cut to a readable length."""
    try:
        value = json.loads(stored)
    except (ValueError, RecursionError):
        value = stored
    return _shown_text(value if isinstance(value, str) else stored)


def _chart(anchor: str, lesson: str, rows: list[_Row], learners: int) -> str:
    """Horizontal bars per exercise: tried (light, outlined) and right (dark), each labelled with its number and word."""
    bar, gap, left, width, label_room = 14, 10, 56, 380, 130
    height = len(rows) * (2 * bar + gap) + gap
    scale = width / max(learners, 1)
    parts = []
    for i, row in enumerate(rows):
        y = gap + i * (2 * bar + gap)
        parts.append(f"<text x='{left - 6}' y='{y + bar + 4}' text-anchor='end'>{_e(row.exercise_id)}</text>")
        parts.append(f"<rect class='tried' x='{left}' y='{y}' width='{row.tried * scale:.1f}' height='{bar - 1}'/>"
                     f"<text x='{left + row.tried * scale + 4:.1f}' y='{y + bar - 3}'>{row.tried} tried</text>")
        if row.written:
            parts.append(f"<text x='{left + 4}' y='{y + 2 * bar - 3}'>written, not marked</text>")
        else:
            parts.append(f"<rect class='right' x='{left}' y='{y + bar}' width='{row.right * scale:.1f}' height='{bar - 1}'/>"
                         f"<text x='{left + row.right * scale + 4:.1f}' y='{y + 2 * bar - 3}'>{row.right} right</text>")
    marked = [r for r in rows if not r.written and r.tried]
    description = (f"For each of the {len(rows)} exercises of lesson {lesson}, the upper bar shows how many of the {learners} "
                   "learners tried it and the lower bar how many got it right (a right answer counts even when a later try was wrong). ")
    if marked:
        hardest = min(marked, key=lambda r: (r.right / r.tried, r.exercise_id))
        description += f"The lowest share right is exercise {hardest.exercise_id}: {hardest.right} of {hardest.tried}. "
    description += "The table below gives the same numbers."
    return (
        f"<figure><svg role='img' aria-labelledby='{anchor}-chart-title {anchor}-chart-desc' width='{left + width + label_room}' "
        f"height='{height}' viewBox='0 0 {left + width + label_room} {height}' xmlns='http://www.w3.org/2000/svg'>"
        f"<title id='{anchor}-chart-title'>Lesson {lesson}: learners who tried and got right each exercise</title>"
        f"<desc id='{anchor}-chart-desc'>{_e(description)}</desc>"
        f"<line class='axis' x1='{left}' y1='0' x2='{left}' y2='{height}'/>{''.join(parts)}</svg>"
        f"<figcaption>{_e(description)}</figcaption></figure>"
    )


_CSS = """
.medialit-class-report{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#202124;background:#fff;
  max-width:70rem;margin:0 auto;padding:1rem;line-height:1.45}
.medialit-class-report table{border-collapse:collapse;margin:0.8rem 0 1.2rem;width:100%}
.medialit-class-report caption{text-align:left;font-weight:600;padding:0.3rem 0}
.medialit-class-report th,.medialit-class-report td{border:1px solid #9aa0a6;padding:0.3rem 0.5rem;text-align:left;vertical-align:top;
  overflow-wrap:break-word}
.medialit-class-report thead th{background:#f1f3f4}
.medialit-class-report svg{max-width:100%;height:auto;font-size:12px;fill:#202124}
.medialit-class-report svg .tried{fill:#dbe8f6;stroke:#1f4e8c;stroke-width:1}
.medialit-class-report svg .right{fill:#1a5e2c}
.medialit-class-report svg .axis{stroke:#5f6368}
.medialit-class-report figcaption{font-size:0.9rem;color:#3c4043}
.medialit-class-report dd{white-space:pre-wrap;margin:0 0 0.8rem 1rem;overflow-wrap:anywhere}
.medialit-class-report dt{font-weight:600}
.medialit-class-report summary{cursor:pointer;margin:0.4rem 0}
"""


def class_report(*folders: str | os.PathLike) -> ClassReport:
    """The class report for the submissions in these folders (or zips), to show in a notebook."""
    return ClassReport(read_class(*folders))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m medialit.gradebook", description=__doc__.split("\n\n")[0])
    parser.add_argument("folders", nargs="+", metavar="FOLDER_OR_ZIP", help="folders (searched recursively) and zip files of submissions")
    parser.add_argument("--out", default="gradebook", help="folder for gradebook.csv, class_report.html and transfer.csv (default: ./gradebook)")
    args = parser.parse_args(argv)
    out = Path(args.out).expanduser().absolute()
    results = read_class(*args.folders, skip=(out / GRADEBOOK_NAME, out / REPORT_NAME, out / TRANSFER_NAME))
    try:  # the teacher's levels typed into the last transfer.csv are carried over, never overwritten
        report = ClassReport(results, scores=out / TRANSFER_NAME)
    except StorageError as err:
        print(f"{err} It holds the teacher's levels of the transfer checks, so nothing was written: fix or move it, then run again.")
        return 1
    for line in report.problems:
        print(line)
    print(report._headline())
    if not results.submissions:
        print(f"No submission could be read, so nothing was written: {NOTHING_READ}")
        return 1
    try:
        for line in report.save(out):
            print(line)
    except StorageError as err:
        print(err)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
