"""The nbgrader course folder, built from the answer keys: ``nbgrader/`` at the top of the repository.

``python -m medialit.build`` writes, for nbgrader 0.9 (cell metadata schema version 3):

- ``nbgrader/source/NN_slug/NN_slug.ipynb`` for every lesson: the answer key without outputs and without the
  cells tagged ``instructor`` (nbgrader would release them to learners, model answers included; they stay in
  ``solutions/``), with nbgrader's cell metadata set:

  - every cell with a ``### BEGIN SOLUTION`` region is a solution cell ("autograded answer"); the course's
    placeholder (``answer_03_4 = ...  # your answer here``) stands just before the region, and nbgrader's own
    stub is empty (nbgrader_config.py), so the released copy reads like ``lessons/``;
  - the answer to a written exercise (kind ``written``) is a "manually graded answer" worth the rubric's
    points, with the rubric of INSTRUCTORS.md in a read-only cell just above it;
  - each auto-checked exercise's check cell, ``ml.check("03.4", answer_03_4)``, becomes a locked
    "autograder tests" cell worth 1 point that shows the same feedback and asserts it is correct. Only a
    check of an answer variable counts: a demonstration such as ``ml.check("00.1", 2084, record=False)``
    stays an ordinary cell.

- ``nbgrader/nbgrader_config.py`` and ``nbgrader/.gitignore`` (gradebook, learners' work and feedback stay
  out of git).
"""
from __future__ import annotations

import ast
import copy
import re
import textwrap
from dataclasses import dataclass
from pathlib import Path

import nbformat
from nbformat.v4 import new_markdown_cell

from .build import BEGIN, BEGIN_HIDDEN, END, END_HIDDEN, INSTRUCTOR_TAG, MARKDOWN_PLACEHOLDER, BuildError, _placeholder_for, checked_answer, text_answers
from .exercises import get_exercise

FOLDER = "nbgrader"
SCHEMA_VERSION = 3
TEST_POINTS = 1
RUBRIC_HEADING = "## A rubric for the written answers"
GRADE_ID = re.compile(r"[A-Za-z0-9_\-]+")  # what nbgrader's schema accepts

CONFIG = f'''\
"""nbgrader settings for the medialit course. Written by `python -m medialit.build`: do not edit, rebuild.

Settings of your own (the exchange folder on a hub, a timezone) go in ~/.jupyter/nbgrader_config.py or
/etc/jupyter/nbgrader_config.py; nbgrader reads those too (INSTRUCTORS.md, "Collect and grade").
"""
import os
import tempfile

c = get_config()  # noqa: F821 (nbgrader defines get_config)

# The course's own id; on a hub, learners' nbgrader settings must name the same one.
c.CourseDirectory.course_id = "medialit"

# Each solution region already has the course's placeholder just before it (answer = ...  # your answer here),
# so nbgrader's stub is empty and the released notebook reads like the course's lessons/.
c.ClearSolutions.code_stub = {{"python": ""}}
c.ClearSolutions.text_stub = "{MARKDOWN_PLACEHOLDER}"

# Lessons draw charts and widgets; give each cell more than nbgrader's default 30 s when autograding.
c.Execute.timeout = 300

# Autograding runs every cell, lesson 00's ml.export_answers() too: the files a learner's notebook writes go
# to a throwaway folder, not into the grader's own my_work/.
if "MEDIALIT_WORK_DIR" not in os.environ:
    os.environ["MEDIALIT_WORK_DIR"] = tempfile.mkdtemp(prefix="medialit-nbgrader-")
'''

GITIGNORE = """\
# nbgrader's working state: the gradebook, learners' work, grades and feedback. Never commit them.
gradebook.db
gradebook.db-journal
release/
submitted/
autograded/
feedback/
downloaded/
grades.csv
.nbgrader.log
"""


class ExportError(BuildError):
    """A solution notebook cannot become an nbgrader source notebook; the message names the cell."""


@dataclass(frozen=True)
class Rubric:
    """The written-answer rubric of INSTRUCTORS.md: its markdown table and the points it gives at most."""

    table: str
    criteria: int
    top_score: int

    @property
    def points(self) -> int:
        return self.criteria * self.top_score

    @classmethod
    def from_guide(cls, path: Path) -> "Rubric":
        text = path.read_text(encoding="utf-8")
        if RUBRIC_HEADING not in text:
            raise ExportError(f"{path.name} has no '{RUBRIC_HEADING}' section; the nbgrader notebooks carry that rubric.")
        section = text.split(RUBRIC_HEADING, 1)[1].split("\n## ", 1)[0]
        rows = [line for line in section.splitlines() if line.startswith("|")]
        scores = [int(m[1]) for m in re.finditer(r"\|\s*(\d+)\b", rows[0])] if rows else []
        if len(rows) < 3 or not scores:
            raise ExportError(f"{path.name}, '{RUBRIC_HEADING}': expected a table with scores (1, 2, ...) as column headings.")
        return cls(table="\n".join(rows), criteria=len(rows) - 2, top_score=max(scores))

    def cell_text(self) -> str:
        return (
            f"**How your answer below is graded** (by hand, out of {self.points}): each row scores 1 to "
            f"{self.top_score}, and the scores add up. An answer left empty scores 0.\n\n{self.table}"
        )


def _nbgrader(cell, grade_id: str, *, solution: bool = False, grade: bool = False, locked: bool = False, points: int | None = None) -> None:
    if not GRADE_ID.fullmatch(grade_id):
        raise ExportError(f"cell id {grade_id!r} cannot be an nbgrader grade id (letters, digits, _ and - only).")
    meta = {"grade": grade, "grade_id": grade_id, "locked": locked, "schema_version": SCHEMA_VERSION, "solution": solution, "task": False}
    if grade:
        meta["points"] = points
    cell.metadata["nbgrader"] = meta


def _split_hidden(source: str) -> tuple[str, str]:
    """A cell's source without its hidden-test lines, and those lines (markers included)."""
    shown: list[str] = []
    hidden: list[str] = []
    inside = False
    for line in source.split("\n"):
        inside = inside or line.strip() == BEGIN_HIDDEN
        (hidden if inside else shown).append(line)
        inside = inside and line.strip() != END_HIDDEN
    return "\n".join(shown), "\n".join(hidden)


def _assigned_names(source: str) -> set[str]:
    try:
        tree = ast.parse(textwrap.dedent(source))
    except SyntaxError:
        return set()
    return {node.id for node in ast.walk(tree) if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store)}


def _with_placeholders(source: str, text_names: frozenset[str]) -> str:
    """Put the course's placeholder lines just before each solution region (nbgrader replaces only the region)."""
    out: list[str] = []
    block: list[str] | None = None
    for line in source.split("\n"):
        marker = line.strip()
        if marker == BEGIN:
            block = []
            start = len(out)
        elif marker == END and block is not None:
            indent = out[start][: len(out[start]) - len(out[start].lstrip())]
            out[start:start] = _placeholder_for(block, indent, text_names)
            block = None
        elif block is not None:
            block.append(line)
        out.append(line)
    return "\n".join(out)


def autograder_test(exercise_id: str, answer: str) -> str:
    """The autograder test of one exercise: the course's own check, shown to the learner, then asserted."""
    return (
        f'feedback = ml.check("{exercise_id}", {answer})\n'
        "display(feedback)\n"
        f'assert feedback.correct is True, f"Exercise {exercise_id} is not correct yet: {{feedback.message}}"'
    )


def source_notebook(solution: nbformat.NotebookNode, rubric: Rubric, name: str = "notebook") -> nbformat.NotebookNode:
    """The nbgrader source notebook of one lesson (see the module docstring)."""
    notebook = copy.deepcopy(solution)
    notebook.metadata.pop("widgets", None)
    text_names = text_answers(notebook)
    cells = [cell for cell in notebook.cells if INSTRUCTOR_TAG not in cell.get("metadata", {}).get("tags", [])]
    solution_cells = [i for i, cell in enumerate(cells) if any(line.strip() == BEGIN for line in cell.source.split("\n"))]
    written: set[int] = {i for i in solution_cells if cells[i].cell_type == "markdown"}
    for index, cell in enumerate(cells):
        shown, hidden = _split_hidden(cell.source)
        checked = checked_answer(shown) if cell.cell_type == "code" and index not in solution_cells else None
        exercise, answered_in = None, []
        if checked:
            try:
                exercise = get_exercise(checked[0])
            except KeyError as err:
                raise ExportError(f"{name}, cell id {cell.id}: {err.args[0]}") from None
            # Only a check of what the learner wrote grades an exercise; a demonstration checks a literal.
            answered_in = [i for i in solution_cells if i < index and checked[1] in _assigned_names(cells[i].source)]
        if answered_in and exercise.kind == "written":
            written.add(answered_in[-1])
        elif answered_in:
            cell.source = autograder_test(*checked) + (f"\n{hidden}" if hidden else "")
            _nbgrader(cell, cell.id, grade=True, locked=True, points=TEST_POINTS)
            continue
        if hidden:
            raise ExportError(f"{name}, cell id {cell.id}: nbgrader keeps hidden tests only in test cells, which the build makes from the `ml.check(\"ID\", answer)` cell of an auto-checked exercise; move the hidden lines there.")
    with_rubrics = []
    for index, cell in enumerate(cells):
        if cell.cell_type == "code":
            cell.outputs, cell.execution_count = [], None
            cell.metadata.pop("execution", None)
        if index in solution_cells:
            if cell.cell_type == "code":
                cell.source = _with_placeholders(cell.source, text_names)
            if index in written:
                rubric_cell = new_markdown_cell(rubric.cell_text(), id=f"{cell.id}_rubric")
                _nbgrader(rubric_cell, rubric_cell.id, locked=True)
                with_rubrics.append(rubric_cell)
                _nbgrader(cell, cell.id, solution=True, grade=True, points=rubric.points)
            else:
                _nbgrader(cell, cell.id, solution=True)
        with_rubrics.append(cell)
    notebook.cells = with_rubrics
    return notebook


def points(notebook: nbformat.NotebookNode) -> tuple[int, int]:
    """(autograded points, manually graded points) of an nbgrader notebook."""
    graded = [cell.metadata["nbgrader"] for cell in notebook.cells if cell.metadata.get("nbgrader", {}).get("grade")]
    auto = sum(meta["points"] for meta in graded if not meta["solution"])
    return auto, sum(meta["points"] for meta in graded) - auto


def source_path(root: Path, solution_path: Path) -> Path:
    return root / FOLDER / "source" / solution_path.stem / solution_path.name


def fixed_files(root: Path) -> dict[Path, str]:
    """The files of nbgrader/ that do not depend on the lessons."""
    return {root / FOLDER / "nbgrader_config.py": CONFIG, root / FOLDER / ".gitignore": GITIGNORE}


def orphans(root: Path, solution_paths: list[Path]) -> list[str]:
    """Assignment folders in nbgrader/source/ that no answer key produces any more."""
    wanted = {path.stem for path in solution_paths}
    source = root / FOLDER / "source"
    found = sorted(p.name for p in source.iterdir() if p.is_dir()) if source.is_dir() else []
    return [f"{FOLDER}/source/{name}/ has no solutions/{name}.ipynb: it is generated, so remove it." for name in found if name not in wanted]
