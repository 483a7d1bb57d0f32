"""nbgrader out of the box: the generated nbgrader/ folder grades lessons with nbgrader's own commands, no hand edits.

The end-to-end test copies nbgrader/ into a temporary folder (HOME and the learners' work folder there too),
releases every lesson with ``nbgrader generate_assignment``, then autogrades three submissions of one lesson
(the answer key, the released blank copy, a half-answered copy) and reads the scores back from
``nbgrader export``'s grades.csv and from nbgrader's gradebook.
"""
import csv
import os
import shutil
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook
from nbgrader.api import Gradebook
from nbgrader.nbgraderformat import MetadataValidator

from medialit import build, nbgrader_export
from medialit.course import LESSONS
from medialit.exercises import get_exercise, list_exercises

COURSE = build.ROOT / nbgrader_export.FOLDER
RUBRIC = nbgrader_export.Rubric.from_guide(build.ROOT / "INSTRUCTORS.md")
GRADED_LESSON = "04_units_that_dont_line_up"  # every kind of answer but mapping, and an answer cell others build on


def _source(assignment: str) -> nbformat.NotebookNode:
    return nbformat.read(COURSE / "source" / assignment / f"{assignment}.ipynb", as_version=4)


def _by_grade_id(notebook):
    return {cell.metadata["nbgrader"]["grade_id"]: cell for cell in notebook.cells if "nbgrader" in cell.metadata}


@pytest.mark.parametrize("lesson", LESSONS, ids=lambda lesson: lesson.number)
def test_every_exercise_is_graded_the_way_its_kind_says(lesson):
    notebook = _source(f"{lesson.number}_{lesson.slug}")
    MetadataValidator().validate_nb(notebook)  # nbgrader's own schema check (version 3)
    cells = _by_grade_id(notebook)
    tests = {grade_id: cell for grade_id, cell in cells.items() if cell.metadata["nbgrader"]["grade"] and not cell.metadata["nbgrader"]["solution"]}
    for exercise_id in list_exercises(lesson.number):
        suffix = exercise_id.replace(".", "_")
        if get_exercise(exercise_id).kind == "written":
            answer = cells[f"ex_{suffix}"].metadata["nbgrader"]
            assert answer["grade"] and answer["solution"] and answer["points"] == RUBRIC.points == 16
            rubric = notebook.cells[notebook.cells.index(cells[f"ex_{suffix}"]) - 1]
            assert rubric.metadata["nbgrader"]["locked"] and RUBRIC.table in rubric.source
            assert f"check_{suffix}" not in tests
        else:
            test = tests.pop(f"check_{suffix}")
            assert test.metadata["nbgrader"]["locked"] and test.metadata["nbgrader"]["points"] == 1
            assert test.source == nbgrader_export.autograder_test(exercise_id, f"answer_{suffix}")
    assert tests == {}, "a test cell that is not an exercise's check"
    assert all("instructor" not in cell.metadata.get("tags", []) for cell in notebook.cells)
    assert all(cell.outputs == [] for cell in notebook.cells if cell.cell_type == "code")


def test_the_guide_states_each_lessons_points():
    guide = (build.ROOT / "INSTRUCTORS.md").read_text(encoding="utf-8")
    for lesson in LESSONS:
        assignment = f"{lesson.number}_{lesson.slug}"
        auto, manual = nbgrader_export.points(_source(assignment))
        assert f"| `{assignment}` | {auto} | {manual // RUBRIC.points} | {auto + manual} |" in guide


def test_a_demonstration_never_becomes_a_test():
    demo = [cell for cell in _source("00_start_here").cells if cell.source.startswith('ml.check("00.1", 2084')]
    assert demo and all("nbgrader" not in cell.metadata for cell in demo)
    notebook = new_notebook(cells=[
        new_code_cell("### BEGIN SOLUTION\nanswer_00_1 = 2000\n### END SOLUTION", id="ex"),
        new_code_cell('ml.check("00.1", answer_00_1)', id="check"),
        new_code_cell('ml.check("00.1", 2084)', id="literal"),
        new_code_cell('ml.check("00.1", answer_00_1, record=False)', id="demo"),
        new_code_cell('ml.check("00.1", elsewhere)', id="not_an_answer"),
    ])
    graded = _by_grade_id(nbgrader_export.source_notebook(notebook, RUBRIC))
    assert sorted(graded) == ["check", "ex"]


def test_placeholders_stand_before_each_solution_region():
    cell = new_code_cell("x = 1\n### BEGIN SOLUTION\nanswer_1 = x + 1\n### END SOLUTION\nanswer_1", id="ex")
    source = nbgrader_export.source_notebook(new_notebook(cells=[cell]), RUBRIC).cells[0].source
    assert source == "x = 1\nanswer_1 = ...  # your answer here\n### BEGIN SOLUTION\nanswer_1 = x + 1\n### END SOLUTION\nanswer_1"


def test_markdown_answers_are_graded_by_hand_and_hidden_tests_stay_in_test_cells():
    notebook = new_notebook(cells=[
        new_markdown_cell("Why?\n\n### BEGIN SOLUTION\nBecause.\n### END SOLUTION", id="why"),
        new_code_cell("### BEGIN SOLUTION\nanswer_00_1 = 2000\n### END SOLUTION", id="ex"),
        new_code_cell('ml.check("00.1", answer_00_1)\n### BEGIN HIDDEN TESTS\nassert answer_00_1 > 0\n### END HIDDEN TESTS', id="check"),
    ])
    graded = _by_grade_id(nbgrader_export.source_notebook(notebook, RUBRIC))
    assert graded["why"].metadata["nbgrader"]["points"] == RUBRIC.points and graded["why_rubric"].metadata["nbgrader"]["locked"]
    assert graded["check"].source.endswith("### BEGIN HIDDEN TESTS\nassert answer_00_1 > 0\n### END HIDDEN TESTS")
    notebook.cells.append(new_code_cell("x = 1\n### BEGIN HIDDEN TESTS\nassert x\n### END HIDDEN TESTS", id="stray"))
    with pytest.raises(build.BuildError, match="cell id stray: nbgrader keeps hidden tests only in test cells"):
        nbgrader_export.source_notebook(notebook, RUBRIC)


def test_check_reports_a_stale_or_orphan_nbgrader_folder(tmp_path, monkeypatch):
    solutions = tmp_path / "solutions"
    solutions.mkdir()
    nbformat.write(new_notebook(cells=[new_code_cell("### BEGIN SOLUTION\na = 1\n### END SOLUTION", id="ex")]), solutions / "01_x.ipynb")
    for name in build.MAP_DOCUMENTS:
        shutil.copy(build.ROOT / name, tmp_path / name)
    monkeypatch.setattr(build, "ROOT", tmp_path)
    monkeypatch.setattr(build, "SOLUTIONS", solutions)
    monkeypatch.setattr(build, "LESSONS", tmp_path / "lessons")
    assert build.build() == [] and build.build(check=True) == []
    (tmp_path / "nbgrader" / "nbgrader_config.py").write_text("c = get_config()\n")
    (tmp_path / "nbgrader" / "source" / "02_gone").mkdir()
    assert build.build(check=True) == [
        "nbgrader/nbgrader_config.py is stale: run `python -m medialit.build`.",
        "nbgrader/source/02_gone/ has no solutions/02_gone.ipynb: it is generated, so remove it.",
    ]


def test_gradebook_state_stays_out_of_git():
    ignored = subprocess.run(
        ["git", "check-ignore", "--no-index", "gradebook.db", "release/x/x.ipynb", "submitted/a/x/x.ipynb", "autograded/a/x/x.ipynb",
         "feedback/a/x/x.html", "grades.csv"],
        cwd=COURSE, capture_output=True, text=True,
    )
    assert len(ignored.stdout.split()) == 6, ignored.stdout + ignored.stderr


def _nbgrader(course, *args):
    """Run an nbgrader command in the course folder, as an instructor would."""
    result = subprocess.run(["nbgrader", *args], cwd=course, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, f"nbgrader {' '.join(args)} failed:\n{result.stderr[-6000:]}"


def _submit(course, student, notebook):
    folder = course / "submitted" / student / GRADED_LESSON
    folder.mkdir(parents=True)
    nbformat.write(notebook, folder / f"{GRADED_LESSON}.ipynb")


def test_nbgrader_grades_a_lesson_end_to_end(tmp_path, monkeypatch):
    course = tmp_path / "course"
    shutil.copytree(COURSE, course)
    # This environment "activated" (nbgrader runs the `alembic` command from PATH), its own HOME, no my_work/.
    monkeypatch.setenv("PATH", f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}")
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("MEDIALIT_WORK_DIR", str(tmp_path / "work"))
    _nbgrader(course, "generate_assignment", "*")  # every lesson: nbgrader accepts each source as it is
    assert sorted(p.name for p in (course / "release").iterdir()) == sorted(f"{l.number}_{l.slug}" for l in LESSONS)

    key = _source(GRADED_LESSON)
    released = nbformat.read(course / "release" / GRADED_LESSON / f"{GRADED_LESSON}.ipynb", as_version=4)
    half = nbformat.read(course / "release" / GRADED_LESSON / f"{GRADED_LESSON}.ipynb", as_version=4)
    answers, key_cells = _by_grade_id(half), _by_grade_id(key)
    for grade_id in ("ex_04_1", "ex_04_4", "on_the_day", "ex_04_6", "ex_04_10"):  # right: 4 points (on_the_day feeds 04.6)
        answers[grade_id].source = key_cells[grade_id].source
    answers["ex_04_9"].source = 'answer_04_9 = ["targets"]'  # wrong: 0 points
    answers["ex_04_5"].source = 'answer_04_5 = "The miles came first because they sit in the direct quote."'  # for the grader
    for student, notebook in (("key", key), ("blank", released), ("half", half)):
        _submit(course, student, notebook)
    _nbgrader(course, "autograde", GRADED_LESSON)
    _nbgrader(course, "export")

    auto, manual = nbgrader_export.points(key)
    with open(course / "grades.csv", newline="", encoding="utf-8") as table:
        rows = [row for row in csv.DictReader(table) if row["assignment"] == GRADED_LESSON]
    scores = {row["student_id"]: (float(row["score"]), float(row["max_score"])) for row in rows}
    assert scores == {"key": (auto, auto + manual), "blank": (0, auto + manual), "half": (4, auto + manual)}
    with Gradebook(f"sqlite:///{course / 'gradebook.db'}", "medialit") as gradebook:
        def waiting(student):
            notebook = gradebook.find_submission_notebook(GRADED_LESSON, GRADED_LESSON, student)
            return sorted(grade.name for grade in notebook.grades if grade.needs_manual_grade)
        assert waiting("key") == ["ex_04_5", "ex_04_8"]  # the written answers wait for formgrader
        assert waiting("half") == ["ex_04_5"]  # 04.8 left empty scores 0 by itself
        assert waiting("blank") == []
