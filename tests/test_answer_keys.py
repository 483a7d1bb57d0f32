"""The build refuses an answer key whose own self-check is not Correct, naming the notebook, the cell and the exercise."""
import shutil

import nbformat
from nbformat.v4 import new_code_cell, new_notebook, new_output

from medialit import build
from medialit.answer_keys import checked_exercises, key_problems


def _check_cell(source, shown, cell_id="c1"):
    cell = new_code_cell(source, outputs=[new_output("execute_result", {"text/plain": shown}, execution_count=1)])
    cell["id"] = cell_id
    return cell


def test_correct_and_noted_keys_pass():
    notebook = new_notebook(cells=[
        _check_cell('ml.check("03.4", answer_03_4)', "\u2714 Correct (03.4): Right."),
        _check_cell('ml.check("03.3", answer_03_3)', "\u270e Noted (not marked automatically) (03.3): Noted.", "c2"),
    ])
    assert key_problems(notebook, "solutions/03.ipynb") == []


def test_a_wrong_key_names_notebook_cell_and_exercise():
    notebook = new_notebook(cells=[_check_cell('ml.check("03.4", answer_03_4)', "\u2718 Not yet (03.4): Not quite.", "rate-check")])
    [problem] = key_problems(notebook, "solutions/03.ipynb")
    assert problem.startswith("solutions/03.ipynb, cell 1 (id rate-check): exercise 03.4")
    assert "lesson03.py" in problem and "Not yet" in problem


def test_a_check_with_no_stored_output_is_a_problem():
    cell = new_code_cell('ml.check("03.4", answer_03_4)')
    cell["id"] = "c1"
    [problem] = key_problems(new_notebook(cells=[cell]), "solutions/03.ipynb")
    assert "no stored feedback" in problem and "--execute" in problem


def test_demonstrations_are_not_keys():
    assert checked_exercises('ml.check("00.1", 2084, record=False)') == []
    assert checked_exercises('ml.check("00.1", answer_00_1)\nml.check( "00.2" , x)') == ["00.1", "00.2"]
    assert checked_exercises("ml.check(") == []


def test_changing_an_expected_answer_fails_the_build_until_key_and_check_agree(tmp_path, monkeypatch):
    """What an instructor does: edit the answer in the key, re-execute, and the build names what disagrees."""
    solutions = tmp_path / "solutions"
    solutions.mkdir()
    key = solutions / "00_start_here.ipynb"
    shutil.copy(build.SOLUTIONS / key.name, key)
    notebook = nbformat.read(key, as_version=4)
    answer_cell = next(c for c in notebook.cells if "answer_00_1 =" in c.source)
    answer_cell.source = answer_cell.source.replace("answer_00_1 = 2000", "answer_00_1 = 2001")
    nbformat.write(notebook, key)
    build.execute([key])
    problems = key_problems(nbformat.read(key, as_version=4), "solutions/00_start_here.ipynb")
    assert len(problems) == 1 and "exercise 00.1" in problems[0] and "Not yet" in problems[0]
