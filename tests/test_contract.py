"""The case-study contract: before rewriting anything, an instructor sees which lesson a new article would stop."""
import csv
import shutil
import subprocess
import sys

import nbformat
import pytest
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError

import medialit as ml
from medialit import build
from medialit.contract import CaseStudyError, case_study_report, check_case_study, report_lines
from medialit.data import data_dir


@pytest.fixture
def case_study_without_aliases(tmp_path, monkeypatch):
    """The course data with every place down to one name: what lesson 04's join needs is gone."""
    folder = tmp_path / "data"
    shutil.copytree(data_dir(), folder)
    with open(folder / "entity_aliases.csv", encoding="utf-8", newline="") as file:
        rows = list(csv.DictReader(file))
    kept, seen = [], set()
    for row in rows:
        if row["entity_id"] not in seen:
            kept.append(row)
            seen.add(row["entity_id"])
    with open(folder / "entity_aliases.csv", "w", encoding="utf-8", newline="") as file:
        writer = csv.DictWriter(file, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(kept)
    monkeypatch.setenv("MEDIALIT_DATA_DIR", str(folder))
    return folder


def test_the_course_data_carries_every_lesson():
    findings = case_study_report()
    assert [f.name for f in findings if not f.present] == []
    assert report_lines(findings)[-1] == "Every lesson's data is present."
    assert check_case_study("03") is None and ml.check_case_study("04") is None


def test_a_missing_feature_is_named_with_its_lesson_and_file(case_study_without_aliases):
    missing = [f for f in case_study_report() if not f.present]
    assert [(f.name, f.lessons) for f in missing][0] == ("a place under two names", ("04",))
    assert report_lines(case_study_report())[-1] == "Lessons that would stop: 04."
    assert check_case_study("03") is None
    with pytest.raises(CaseStudyError, match=r"^Lesson 04 needs data this case study does not have: a place under two names \(claims.csv place"):
        check_case_study("04")


def test_the_command_reports_and_fails(case_study_without_aliases):
    result = subprocess.run([sys.executable, "-m", "medialit.build", "--check-case-study"], capture_output=True, text=True, timeout=120)
    assert result.returncode == 1
    assert "NO       a place under two names" in result.stdout and "Lessons that would stop: 04." in result.stdout


def test_a_lesson_stops_at_its_setup_cell_with_one_sentence(case_study_without_aliases, tmp_path):
    lesson = nbformat.read(build.LESSONS / "04_units_that_dont_line_up.ipynb", as_version=4)
    client = NotebookClient(lesson, timeout=120, kernel_name="python3", resources={"metadata": {"path": str(tmp_path)}})
    with pytest.raises(CellExecutionError):
        client.execute()
    [error] = [o for c in lesson.cells if c.cell_type == "code" for o in c.get("outputs", []) if o["output_type"] == "error"]
    assert error["traceback"] == [str(error["traceback"][0])]
    assert "a place under two names" in error["traceback"][0] and "pandas" not in error["traceback"][0]
    setup = next(i for i, c in enumerate(lesson.cells) if "check_case_study" in c.source)
    assert lesson.cells[setup].outputs == [error]
