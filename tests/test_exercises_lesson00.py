"""Lesson 00's exercises: the answer keys come from data/, and the hints read answers as the checker does."""
import pytest

import medialit as ml


@pytest.mark.parametrize("every_line", [62, 62.0, "62", " 62 ", "\uff16\uff12"])  # "6 2" is two numbers since spaces only group thousands
def test_counting_every_line_gets_its_own_message_however_it_is_typed(every_line):
    """The trap once re-implemented number reading (float(str(a))), so spellings the checker reads missed it."""
    assert len(ml.load_segments()) == 62
    feedback = ml.check("00.2", every_line)
    assert feedback.correct is False and "every line of the page" in feedback.message



def test_the_error_box_names_the_errors_python_really_gives_and_stands_where_answers_are_first_typed():
    """Learners typed answer_04_6 = 08:00, answer = no, answer = 2,084: the box says which error each one gives."""
    from pathlib import Path

    import nbformat

    lesson = nbformat.read(Path(__file__).resolve().parent.parent / "lessons" / "00_start_here.ipynb", as_version=4)
    ids = [cell.id for cell in lesson.cells]
    box = lesson.cells[ids.index("if_you_see_an_error")].source
    assert ids.index("check_00_1") < ids.index("if_you_see_an_error") < ids.index("ex_00_2_intro")
    for typed, error in (("template residue", SyntaxError), ("08:00", SyntaxError), ("2,084", SyntaxError), ("no", NameError)):
        assert f"`{typed}`" in box.split(f"`{error.__name__}`", 1)[1].split("\n> - ", 1)[0]
        with pytest.raises(error):
            exec(f"answer = {typed}", {})
    assert "nothing is lost" in box.lower() and "run the cell again" in box


# -- cold learner J (fixL): a newcomer's typing slips each get their own sentence -----------------------------------------

def test_00_1_a_european_thousands_point_is_told_to_drop_it():
    message = ml.check("00.1", "2.000", record=False).message
    assert "write 2000 if you mean that" in message and "point marks decimals" in message


def test_00_2_sum_without_brackets_is_told_to_add_them():
    segments = ml.load_segments()
    assert "add () after it" in ml.check("00.2", (segments["kind"] == "body_paragraph").sum, record=False).message


def test_00_2_a_spelling_that_matches_no_row_is_told_so():
    segments = ml.load_segments()
    message = ml.check("00.2", (segments["kind"] == "body paragraph").sum(), record=False).message
    assert "No row matched" in message and "body_paragraph" in message


@pytest.mark.parametrize("answer", ["Template residue (line 62)", "template residue (lines 61, 62)"])
def test_00_3_an_option_with_its_line_number_still_reads(answer):
    assert ml.check("00.3", answer, record=False).correct is True


def test_00_3_a_near_miss_is_told_to_check_its_spelling():
    feedback = ml.check("00.3", "template residu", record=False)
    assert feedback.correct is False and "check its spelling" in feedback.message


def test_00_slips_are_read_in_bounded_time():
    import time

    start = time.perf_counter()
    for answer in (" " * 10**6 + "(line 6)", "1." * 500_000, "(" + "1, " * 300_000):
        ml.check("00.3", answer, record=False)
        ml.check("00.1", answer, record=False)
    assert time.perf_counter() - start < 5


def _lesson_cells(name: str) -> dict:
    from pathlib import Path

    import nbformat

    lesson = nbformat.read(Path(__file__).resolve().parent.parent / "lessons" / name, as_version=4)
    return {cell.id: cell.source for cell in lesson.cells}


def test_the_error_box_says_what_a_check_does_after_a_failed_cell_and_names_the_bracket_typeerror():
    """Learner N: the box said a check "still sees your last answer that ran", but it says "Not checked"; the missing
    brackets of 01.3 gave a TypeError the box did not name."""
    import pandas as pd

    from medialit.checks import FAILED_CELL_LABEL

    box = _lesson_cells("00_start_here.ipynb")["if_you_see_an_error"]
    assert FAILED_CELL_LABEL.split(" ", 1)[1] in box and "still sees your last answer" not in box
    days = pd.date_range("2015-09-01", "2015-11-03")
    with pytest.raises(TypeError, match="operation 'rand_' not supported"):
        days[days.day_name() == "Tuesday" & days > pd.Timestamp("2015-09-30")]
    assert "operation 'rand_' not supported" in box and "brackets round each" in box
    assert "'rand_' not supported" in _lesson_cells("01_what_are_we_reading.ipynb")["ex_01_3_intro"]


def test_00_4s_own_example_meets_its_minimum():
    intro = _lesson_cells("00_start_here.ipynb")["ex_00_4_intro"]
    example = intro.split('answer_00_4 = """', 1)[1].split('"""', 1)[0]
    assert ml.check("00.4", example, record=False).message.startswith("Noted"), example


def test_lesson_00_names_the_file_a_name_in_another_alphabet_gives():
    from medialit.submission import safe_learner

    saving = _lesson_cells("00_start_here.ipynb")["saving"]
    assert f"`medialit-answers-{safe_learner('李小龙')}.csv`" in saving and "李小龙" in saving
    assert "exact name" in _lesson_cells("00_start_here.ipynb")["saving_where"]


@pytest.mark.parametrize("typed", ["2k", "2K", " 2.1 k "])
def test_a_number_with_a_k_is_told_to_write_it_in_full_digits_without_the_answer(typed):
    """Learner P (issue 13, item 8): "2k" got the usual hint, which ignored the k."""
    from medialit.exercises import get_exercise

    feedback = ml.check("00.1", typed, record=False)
    assert feedback.correct is not True and "write the number in full digits" in feedback.message
    assert str(get_exercise("00.1").expected()) not in feedback.message


def test_the_error_guide_names_the_errors_learners_get_from_missing_brackets():
    """Learner P (issue 13, items 3-4): the errors a missing bracket gives, in the words Python and pandas print them."""
    import nbformat
    import pandas as pd

    from medialit.build import ROOT

    segments = ml.load_segments()
    said = []
    for slip in (lambda: ~segments["in_article"] & segments["kind"] != "blank",
                 lambda: segments["kind"] == "body_paragraph".sum(),
                 lambda: pd.Timestamp("2015-11-03") - pd.Timestamp("2015-09-30").days):
        with pytest.raises((TypeError, AttributeError)) as error:
            slip()
        said.append(str(error.value))
    guide = next(cell.source for cell in nbformat.read(ROOT / "solutions" / "00_start_here.ipynb", as_version=4).cells
                 if cell.get("id") == "if_you_see_an_error")
    assert all(f"`{words}`" in guide for words in said), said
    assert "`(a == b).sum()`" in guide and "`(briefing - start).days`" in guide


@pytest.mark.parametrize("typed", ["leftover template text", "Leftover template text.", "template leftovers"])
def test_00_3_reads_leftover_template_text_as_template_residue(typed):
    """Learner AF (AF-8): 'leftover template text' names the template residue and no other part of the page."""
    from medialit.exercises import get_exercise

    assert get_exercise("00.3")._as_read(typed) == "template residue"


def test_the_error_guide_names_a_command_without_its_brackets():
    """Learner AJ L4: `claims["chain_institution"].isna & claims["chain_person"].isna()` gives pandas' bare AssertionError,
    and `.isna` alone shows `<bound method ...>`; the error guide names both, in the words Python prints."""
    import nbformat

    from medialit.build import ROOT

    claims = ml.load_claims()
    with pytest.raises(AssertionError) as error:
        claims["chain_institution"].isna & claims["chain_person"].isna()
    assert str(error.value) == ""
    assert repr(claims["chain_institution"].isna).startswith("<bound method ")
    guide = next(cell.source for cell in nbformat.read(ROOT / "solutions" / "00_start_here.ipynb", as_version=4).cells
                 if cell.get("id") == "if_you_see_an_error")
    bullet = next(line for line in guide.splitlines() if "`AssertionError`" in line)
    assert bullet.startswith("> - ") and "`<bound method ...>`" in bullet and "`.isna` instead of `.isna()`" in bullet
