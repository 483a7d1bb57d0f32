"""The lesson builder: answers out, placeholders that run, hidden tests and instructor notes dropped, ids kept."""
import nbformat
import pytest
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

from medialit import build
from medialit.course import LESSONS as COURSE_MAP
from medialit.exercises import get_exercise


def _notebook(*cells):
    notebook = new_notebook(cells=list(cells))
    for index, cell in enumerate(notebook.cells):
        cell["id"] = f"cell-{index}"
    return notebook


def test_lessons_are_up_to_date():
    assert build.build(check=True) == []


def test_code_solution_becomes_a_runnable_placeholder():
    source = "x = 1\n### BEGIN SOLUTION\nanswer_1 = 2 + 2\nother: int = 3\n### END SOLUTION\nprint(x)"
    lesson = build.student_version(_notebook(new_code_cell(source)))
    assert lesson.cells[0].source == "x = 1\nanswer_1 = ...  # your answer here\nother = ...  # your answer here\nprint(x)"
    exec(compile(lesson.cells[0].source, "lesson", "exec"), {"print": lambda *a: None})


def test_solution_without_assignment_becomes_a_comment_keeping_indent():
    source = "for i in range(2):\n    ### BEGIN SOLUTION\n    print(i)\n    ### END SOLUTION\n    pass"
    lesson = build.student_version(_notebook(new_code_cell(source)))
    assert lesson.cells[0].source == "for i in range(2):\n    # your code here\n    pass"


def test_markdown_solution_and_hidden_tests_and_instructor_cells():
    markdown = new_markdown_cell("Why?\n\n### BEGIN SOLUTION\nBecause.\n### END SOLUTION")
    hidden = new_code_cell("ml.check('1', a)\n### BEGIN HIDDEN TESTS\nassert a == 1\n### END HIDDEN TESTS")
    notes = new_markdown_cell("For teachers")
    notes.metadata["tags"] = ["instructor"]
    lesson = build.student_version(_notebook(markdown, hidden, notes))
    assert [c.source for c in lesson.cells] == ["Why?\n\n*Your answer here*", "ml.check('1', a)"]
    assert [c.id for c in lesson.cells] == ["cell-0", "cell-1"]


def test_outputs_and_counts_are_cleared():
    cell = new_code_cell("1", execution_count=3, outputs=[nbformat.v4.new_output("execute_result", {"text/plain": "1"}, execution_count=3)])
    lesson = build.student_version(_notebook(cell))
    assert lesson.cells[0].outputs == [] and lesson.cells[0].execution_count is None


@pytest.mark.parametrize("source, message", [
    ("### BEGIN SOLUTION\nx = 1", "never closed"),
    ("x = 1\n### END SOLUTION", "without a"),
    ("### BEGIN SOLUTION\n### BEGIN SOLUTION\n### END SOLUTION", "inside another"),
    ("### BEGIN HIDDEN TESTS\nassert 1", "never closed"),
])
def test_unbalanced_markers_are_errors(source, message):
    with pytest.raises(build.BuildError, match=message):
        build.student_version(_notebook(new_code_cell(source)), "solutions/x.ipynb")


def test_check_reports_stale_and_orphan_lessons(tmp_path, monkeypatch):
    solutions, lessons = tmp_path / "solutions", tmp_path / "lessons"
    solutions.mkdir()
    lessons.mkdir()
    nbformat.write(_notebook(new_code_cell("### BEGIN SOLUTION\na = 1\n### END SOLUTION")), solutions / "01_x.ipynb")
    (lessons / "02_orphan.ipynb").write_text("{}")
    for name in build.MAP_DOCUMENTS:
        (tmp_path / name).write_text((build.ROOT / name).read_text(encoding="utf-8"), encoding="utf-8")
    monkeypatch.setattr(build, "ROOT", tmp_path)
    monkeypatch.setattr(build, "SOLUTIONS", solutions)
    monkeypatch.setattr(build, "LESSONS", lessons)
    problems = build.build(check=True)
    assert any("01_x.ipynb is stale" in p for p in problems)
    assert any("02_orphan.ipynb has no solutions" in p for p in problems)
    assert build.main(["--check"]) == 1
    assert build.main([]) == 1  # the orphan is still reported after writing
    (lessons / "02_orphan.ipynb").unlink()
    assert build.main(["--check"]) == 0


def test_no_answer_leaks_into_lessons():
    for path in sorted(build.LESSONS.glob("*.ipynb")):
        notebook = nbformat.read(path, as_version=4)
        for cell in notebook.cells:
            assert "BEGIN SOLUTION" not in cell.source and "HIDDEN TESTS" not in cell.source
            assert "instructor" not in cell.metadata.get("tags", [])
            if cell.cell_type == "code":
                assert cell.outputs == []


def test_tidy_outputs_drops_widget_ids_and_state():
    cell = new_code_cell("w", outputs=[nbformat.v4.new_output("execute_result", {"text/plain": "w", build.WIDGET_VIEW: {"model_id": "abc"}})])
    notebook = _notebook(cell)
    notebook.metadata["widgets"] = {"state": {}}
    tidy = build.tidy_outputs(notebook)
    assert build.WIDGET_VIEW not in tidy.cells[0].outputs[0].data and "widgets" not in tidy.metadata


def test_tidy_outputs_shows_the_builds_work_folder_as_a_learners(tmp_path):
    saved = f"Saved 4 rows to {tmp_path.resolve()}/medialit-answers-ada-example.csv."
    cell = new_code_cell("ml.export_answers()", outputs=[nbformat.v4.new_output("execute_result", {"text/plain": repr(saved)}),
                                                          nbformat.v4.new_output("stream", name="stdout", text=saved)])
    tidy = build.tidy_outputs(_notebook(cell), tmp_path)
    assert tidy.cells[0].outputs[0].data["text/plain"] == "'Saved 4 rows to my_work/medialit-answers-ada-example.csv.'"
    assert tidy.cells[0].outputs[1].text == "Saved 4 rows to my_work/medialit-answers-ada-example.csv."


def test_tidy_outputs_joins_a_print_flushed_in_pieces():
    """A print's text and its newline once came back as two stdout outputs, so the stored key changed with timing."""
    pieces = [nbformat.v4.new_output("stream", name="stdout", text="Your answers are kept"),
              nbformat.v4.new_output("stream", name="stdout", text="\n"),
              nbformat.v4.new_output("stream", name="stderr", text="warning\n"),
              nbformat.v4.new_output("stream", name="stdout", text="next\n")]
    tidy = build.tidy_outputs(_notebook(new_code_cell("print(...)", outputs=pieces)))
    assert [(output.name, output.text) for output in tidy.cells[0].outputs] == [
        ("stdout", "Your answers are kept\n"), ("stderr", "warning\n"), ("stdout", "next\n")]


def test_course_map_drift_is_reported_and_fixed(tmp_path, monkeypatch):
    minutes = COURSE_MAP[0].minutes  # lesson 00's, whatever course.py says now
    for name in build.MAP_DOCUMENTS:
        text = (build.ROOT / name).read_text(encoding="utf-8")
        assert f"| {minutes} |" in text
        (tmp_path / name).write_text(text.replace(f"| {minutes} |", f"| {minutes - 1} |", 1), encoding="utf-8")
    monkeypatch.setattr(build, "ROOT", tmp_path)
    monkeypatch.setattr(build, "LESSONS", tmp_path)
    monkeypatch.setattr(build, "SOLUTIONS", tmp_path)
    assert any("README.md: its course map differs" in p for p in build.build(check=True))
    assert build.build() == []
    assert build.build(check=True) == []


def test_an_exercise_whose_answer_is_text_gets_quotation_marks_even_where_the_key_computes_it():
    """04.6's key computed its clock time, so its skeleton was a bare ... and ``answer = 08:00`` a SyntaxError."""
    computed = {"04.6": "clock", "04.1": "quantity", "01.4": "choice", "04.10": "number"}
    cells = []
    for exercise_id in computed:
        name = f"answer_{exercise_id.replace('.', '_')}"
        cells += [new_code_cell(f"### BEGIN SOLUTION\n{name} = table.loc[0, 'x']\n### END SOLUTION"),
                  new_code_cell(f'ml.check("{exercise_id}", {name})')]
    assert [get_exercise(exercise_id).kind for exercise_id in computed] == list(computed.values())
    lesson = build.student_version(_notebook(*cells))
    assert [cell.source for cell in lesson.cells[::2]] == [
        'answer_04_6 = "..."  # your answer here, between the quotation marks',
        'answer_04_1 = "..."  # your answer here, between the quotation marks',
        'answer_01_4 = "..."  # your answer here, between the quotation marks',
        "answer_04_10 = ...  # your answer here",
    ]


def test_placeholders_cover_tuples_loops_and_keep_imports():
    source = "### BEGIN SOLUTION\nimport math\na, (b, c) = 1, (2, 3)\nfor i in range(3):\n    total = i\ncount += 1\n### END SOLUTION"
    lesson = build.student_version(_notebook(new_code_cell(source)))
    assert lesson.cells[0].source.split("\n") == [
        "import math", "a = ...  # your answer here", "b = ...  # your answer here", "c = ...  # your answer here",
        "total = ...  # your answer here", "count = ...  # your answer here",
    ]


def test_a_text_solution_gets_its_quotation_marks_in_the_skeleton():
    """A learner who types a word where ... stood gets a NameError (answer = no); with the quotes typed, "no" is text."""
    source = ('### BEGIN SOLUTION\nanswer_text = "no"\nanswer_written = f"a {1} b"\nanswer_count = 2084\n'
              'answer_mixed = "x"\nanswer_mixed += 1\nanswer_list = ["no"]\n### END SOLUTION')
    lesson = build.student_version(_notebook(new_code_cell(source)))
    assert lesson.cells[0].source.split("\n") == [
        'answer_text = "..."  # your answer here, between the quotation marks',
        'answer_written = "..."  # your answer here, between the quotation marks',
        "answer_count = ...  # your answer here", "answer_mixed = ...  # your answer here", "answer_list = ...  # your answer here",
    ]
    namespace = {}
    exec(compile(lesson.cells[0].source, "lesson", "exec"), namespace)
    assert namespace["answer_text"] == "..." and namespace["answer_count"] is Ellipsis


def test_lesson_00s_text_answer_starts_between_quotation_marks():
    """The built lesson 00: its choice answer, a string in the key, is "..." in the student copy; its number stays ...."""
    solution = nbformat.read(build.SOLUTIONS / "00_start_here.ipynb", as_version=4)
    lesson = nbformat.read(build.LESSONS / "00_start_here.ipynb", as_version=4)
    skeletons = {cell.id: cell.source for cell in lesson.cells}
    assert 'answer_00_3 = "template residue"' in next(c.source for c in solution.cells if c.id == "ex_00_3")
    assert skeletons["ex_00_3"] == 'answer_00_3 = "..."  # your answer here, between the quotation marks'
    assert skeletons["ex_00_1"] == "answer_00_1 = ...  # your answer here"
