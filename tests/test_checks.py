"""Self-checks: right answers pass, wrong ones get a hint and never the answer, odd input never raises."""
import math
import re

import pytest

import medialit as ml
from medialit import checks, submission
from medialit.checks import AnswerError, parse_number
from medialit.exercises import get_exercise

HOSTILE = [None, "", "   ", float("nan"), float("inf"), -1, 10**100, [1, 2], {"a": 1}, "５", "5.5 parsecs",
           "<script>alert(1)</script>", '<img src=x onerror="alert(1)">', True, object(), b"bytes"]


@pytest.mark.parametrize("exercise_id", ml.list_exercises())
@pytest.mark.parametrize("answer", HOSTILE, ids=range(len(HOSTILE)))
def test_hostile_answers_give_plain_feedback(exercise_id, answer):
    feedback = ml.check(exercise_id, answer)
    assert feedback.correct in (True, False, None)
    assert feedback.message and "Traceback" not in feedback.message
    page = feedback._repr_html_()
    assert "<script>" not in page and "<img" not in page


@pytest.mark.parametrize("exercise_id", ml.list_exercises())
def test_unanswered_says_so(exercise_id):
    feedback = ml.check(exercise_id, ...)
    assert feedback.correct is None
    assert "Replace the ..." in feedback.message
    assert "Not answered yet" in repr(feedback)


@pytest.mark.parametrize("exercise_id", ml.list_exercises())
@pytest.mark.parametrize("placeholder", ["...", " ... ", "\u2026"])
def test_a_text_answers_placeholder_is_not_answered_yet_and_never_a_wrong_try(exercise_id, placeholder):
    """A text answer's skeleton is answer = "..." (medialit/build.py): run as it is, it reads as the bare ... does."""
    from medialit import exercises

    tries = dict(exercises._WRONG_TRIES)
    feedback = ml.check(exercise_id, placeholder)
    assert (feedback.correct, feedback.message) == (None, ml.check(exercise_id, ...).message)
    assert exercise_id not in submission._log and exercises._WRONG_TRIES == tries


def test_unknown_exercise_is_explained():
    feedback = ml.check("99.9", 1)
    assert feedback.correct is None and "list_exercises" in feedback.message
    assert ml.check(None, 1).correct is None


def test_number_answers_are_read_generously():
    right = int(get_exercise("00.1").expected())
    full_width = "".join(chr(ord(digit) + 0xFEE0) for digit in str(right))
    for spelling in (right, f"{right:,}", f" {full_width} ", float(right)):
        assert ml.check("00.1", spelling).correct is True, spelling


def test_wrong_number_gets_a_hint_not_the_answer():
    right = int(get_exercise("00.1").expected())
    feedback = ml.check("00.1", right - 1)
    assert feedback.correct is False and "Hint" in feedback.message
    assert str(right) not in feedback.message and f"{right:,}" not in feedback.message


def test_trap_hint_for_a_common_mistake():
    assert "every line of the page" in ml.check("00.2", 62).message


def test_choice_rejects_unknown_options_with_the_list():
    feedback = ml.check("00.3", "banana")
    assert feedback.correct is False and "template residue" in feedback.message
    assert ml.check("00.3", get_exercise("00.3").expected().title().replace(" ", "  ")).correct is True


def test_written_answers_are_noted_not_marked():
    assert ml.check("00.4", "too short").correct is False
    noted = ml.check("00.4", "I would want to know who counted the targets and how they know.")
    assert noted.correct is None and "not marked automatically" in noted.message


def test_feedback_html_is_escaped_and_says_its_state_in_words():
    page = ml.check("00.1", "<b>x</b>")._repr_html_()
    assert "&lt;b&gt;" in page and "Not yet" in page and 'role="status"' in page


@pytest.mark.parametrize("text, value", [("2,084", 2084), ("-3", -3), ("1 550", 1550), ("\u22125", -5), (7, 7)])
def test_parse_number(text, value):
    assert parse_number(text) == value


@pytest.mark.parametrize("bad", [None, "x", [1], math.nan, True, 10**400])
def test_parse_number_refuses_plainly(bad):
    with pytest.raises(AnswerError):
        parse_number(bad)


def test_list_exercises_is_in_course_order_and_filterable():
    ids = ml.list_exercises()
    assert ids[:4] == ["00.1", "00.2", "00.3", "00.4"]
    assert ml.list_exercises("00") == ids[:4]


@pytest.mark.parametrize("given", [2000, 3.5, ["D01"], None])
def test_an_answer_given_where_the_id_goes_is_told_the_id_comes_first(given):
    from medialit import checks

    for feedback in (ml.check(given), ml.check(given, given)):
        assert feedback.label == checks.UNKNOWN_EXERCISE and feedback.message == checks.NO_ID_NOTE
        assert 'ml.check("00.1", answer_00_1)' in feedback.message and "a int" not in feedback.message


def test_number_typed_with_commas_gets_told_how_to_write_it():
    message = ml.check("00.1", (2, 0)).message
    assert "splits a number" in message and "(2, 0)" in message and "2000, not 2,000" in message


def test_a_comma_split_answer_is_never_rebuilt_into_text_the_learner_did_not_type():
    """answer_01_9 = 2084 - 2,000 reaches the check as (2082, 0): "2082,000" and "2082000" were never typed (issue 13)."""
    message = ml.check("01.9", (2082, 0), record=False).message
    assert "2082,0" not in message and "2082000" not in message and "(2082, 0)" in message
    assert "2000, not 2,000" in message and "\n" not in message


def test_a_decimal_comma_typed_without_quotes_is_told_to_use_a_point():
    """48,5 reaches the check as (48, 5): the sentence says a comma splits a number and decimals take a point."""
    message = ml.check("03.4", (48, 5), record=False).message  # a rate, where a decimal is an answer
    assert "(48, 5)" in message and "2.5, not 2,5" in message and "48005" not in message and "thousand" not in message
    assert "(2, 84)" in ml.check("03.4", (2, 84), record=False).message  # 2,084 is an error in Python
    assert "(1, 234, 567)" in ml.check("00.1", (1, 234, 567), record=False).message


def test_a_pair_where_one_count_is_asked_is_said_to_be_a_tables_shape_or_two_numbers():
    """A learner gave segments.shape for 00.2; a count is whole, so 'use a point for decimals' fits no reading of (62, 8)."""
    segments = ml.load_segments()
    for answer in (segments.shape, segments[segments["kind"] == "headline"].shape, (48, 5)):
        message = ml.check("00.2", answer, record=False).message
        assert ".shape" in message and "rows" in message and "use a point" not in message, message
        assert str(get_exercise("00.2").expected()) not in message.replace(str(answer), "")


def test_mapping_with_a_missing_count_names_the_label():
    exercise = next(e for e in map(__import__("medialit.exercises", fromlist=["get_exercise"]).get_exercise, ml.list_exercises()) if e.kind == "mapping")
    feedback = ml.check(exercise.id, {"said": None})
    assert feedback.correct is False and "'said'" in feedback.message and "count beside it" in feedback.message


def test_a_broken_answer_key_gives_a_plain_sentence(monkeypatch):
    from medialit.exercises import get_exercise

    exercise = get_exercise("00.1")

    def broken():
        raise TypeError("no headline")

    monkeypatch.setattr(type(exercise), "expected", property(lambda self: broken), raising=False)
    feedback = ml.check("00.1", 5)
    assert feedback.correct is None and "could not be worked out" in feedback.message


@pytest.mark.parametrize("text, words", [("5,5", "Use a point for decimals"), ("12,34", "Use a point"), ("1,23,4", "Commas may only group thousands")])
def test_commas_that_do_not_group_thousands_are_refused(text, words):
    with pytest.raises(AnswerError, match=words):
        parse_number(text)


def test_huge_integers_and_odd_answers_never_raise():
    assert ml.check("00.1", 10**5000).correct is False
    assert ml.check(10**5000, 1).correct is None


def test_an_unreadable_answer_is_the_learners_not_the_answer_keys():
    class Weird:
        def __float__(self):
            raise TypeError("no")

    feedback = ml.check("00.1", Weird())
    assert feedback.correct is False and "answer key" not in feedback.message


def test_numpy_whole_numbers_are_list_items_too():
    import numpy as np

    from medialit.exercises import get_exercise

    exercise = next(get_exercise(i) for i in ml.list_exercises() if get_exercise(i).kind == "choices" and any(isinstance(x, int) for x in get_exercise(i).expected()))
    right = list(exercise.expected())
    assert ml.check(exercise.id, np.array(right)).correct is True


@pytest.mark.parametrize("exercise_id", [i for i in ml.list_exercises() if get_exercise(i).units])
def test_a_right_answer_written_with_its_own_unit_is_right(exercise_id):
    """"85.4%", "34 days", "1.28 targets per sortie": the right number, then any of the exercise's unit words."""
    exercise = get_exercise(exercise_id)
    right = f"{float(exercise.expected()):,g}"
    for unit in exercise.units:
        for spelling in (f"{right}{unit}", f"{right} {unit}"):
            assert ml.check(exercise_id, spelling, record=False).correct is True, spelling


def test_a_unit_the_exercise_does_not_measure_in_is_refused_with_the_units_it_takes():
    """A rate is refused in a count's noun (a count takes any plain noun after it, "1550 sorties" in 03.2, since fixF)."""
    right = f"{get_exercise('03.4').expected():g}"
    feedback = ml.check("03.4", f"{right} sorties", record=False)
    assert feedback.correct is False and f"'{right} sorties'" in feedback.message and "'targets per sortie'" in feedback.message
    assert parse_number("34days", units=("days",)) == 34 and parse_number("12 %", units=("%",)) == 12


def test_an_unreadable_number_is_echoed_with_a_neutral_example():
    from medialit.exercises import get_exercise, list_exercises

    message = ml.check("03.2", "abc", record=False).message
    assert "'abc'" in message
    examples = re.findall(r"for example ([\d.]+) or ([\d.]+)", message)[0]
    for exercise_id in list_exercises():
        exercise = get_exercise(exercise_id)
        if exercise.kind == "number":
            assert float(exercise.expected()) not in {float(x) for x in examples}, f"the example gives away {exercise_id}"
    assert "'abc'" in ml.check("04.3", "abc", record=False).message


def test_an_answer_too_long_to_keep_is_not_reported_as_noted():
    """A 10,800-character essay once got "Noted" while the answers file kept only a placeholder."""
    feedback = ml.check("05.9", "This is a long essay sentence about sources. " * 240)
    assert feedback.label.endswith("Not recorded") and "too long to keep" in feedback.message and "still in the cell" in feedback.message
    assert "05.9" not in submission._log


def test_a_transfer_check_is_recorded_only_by_its_own_function():
    """ml.check("T1.1", ...) once replaced check_transfer's record (form, opened results) with bare text."""
    feedback = ml.check("T1.1", "word " * 40)
    assert "ml.check_transfer" in feedback.message and "T1.1" not in submission._log


class _CellResult:
    """What IPython's post_run_cell hook receives: whether the cell ran, and its source."""

    def __init__(self, source, success):
        self.success = success
        self.info = type("Info", (), {"raw_cell": source})()


def _right_00_1():
    from medialit.exercises import get_exercise

    return get_exercise("00.1").expected()


def test_a_check_after_the_answer_cell_failed_says_so_and_records_nothing(monkeypatch):
    from medialit import checks

    monkeypatch.setattr(checks, "_failed_answers", {})
    assert ml.check("00.1", _right_00_1()).correct is True
    checks.note_cell_result(_CellResult('answer_00_1 = 2,084 - 2,000', success=False))
    tries = submission._log["00.1"].attempts
    feedback = ml.check("00.1", _right_00_1())
    assert feedback.correct is None and feedback.message == checks.FAILED_CELL_NOTE
    assert submission._log["00.1"].attempts == tries
    assert ml.check("00.2", 17).correct is not None  # another exercise's check is not held back
    checks.note_cell_result(_CellResult('answer_00_1 = 2000', success=True))
    assert ml.check("00.1", _right_00_1()).correct is True


def test_a_failed_answer_cell_holds_its_check_back_whatever_other_cells_run_after_it(monkeypatch):
    """Learner R (round 4): answer_01_4 failed, then another cell ran, and the check marked the older answer."""
    from medialit import checks

    monkeypatch.setattr(checks, "_failed_answers", {})
    checks.note_cell_result(_CellResult('answer_00_1 = 2,084 - 2,000', success=False))
    checks.note_cell_result(_CellResult('narrower = 1', success=True))
    checks.note_cell_result(_CellResult('segments.nope', success=False))
    assert ml.check("00.1", _right_00_1()).message == checks.FAILED_CELL_NOTE
    checks.note_cell_result(_CellResult(f'answer_00_1 = {_right_00_1()}', success=True))
    assert ml.check("00.1", _right_00_1()).correct is True


def test_only_a_failed_cell_that_assigns_this_answer_holds_a_check_back(monkeypatch):
    from medialit import checks

    monkeypatch.setattr(checks, "_failed_answers", {})
    for source in ('ml.check("00.1", answer_00_1)', "answer_00_10 = 5", "answer_00_1 == 5", "segments.nope"):
        checks.note_cell_result(_CellResult(source, success=False))
        assert ml.check("00.1", _right_00_1()).correct is True, source
    checks.note_cell_result(_CellResult("x = 1\nanswer_00_1= int('2 000')", success=False))
    assert ml.check("00.1", _right_00_1()).message == checks.FAILED_CELL_NOTE
    assert ml.check("00.1", 2084, record=False).correct is False  # a demonstration is never held back


def test_the_failed_cell_watch_is_registered_once_in_ipython():
    pytest.importorskip("IPython")
    from IPython.testing.globalipapp import start_ipython

    from medialit import checks

    shell = start_ipython()
    checks._watch_cells()
    checks._watch_cells()
    hooks = [hook for hook in shell.events.callbacks["post_run_cell"] if getattr(hook, "__qualname__", "") == "note_cell_result"]
    assert len(hooks) == 1
    shell.run_cell("answer_00_1 = 2,084")
    assert "answer_00_1" in checks._failed_answers
    shell.run_cell("answer_00_1 = 2000")
    assert "answer_00_1" not in checks._failed_answers


def test_an_answer_variable_never_set_gets_one_sentence_not_a_traceback(capsys):
    """answer_03_1 = 287 + 155 + fails on its first run, so the check cell's NameError is explained (issue 13, 2b)."""
    pytest.importorskip("IPython")
    from IPython.testing.globalipapp import start_ipython

    from medialit import checks

    from IPython import get_ipython

    shell = start_ipython() or get_ipython()  # the one test shell, started by whichever test comes first
    checks._watch_cells()
    shell.run_cell("import medialit as ml")
    capsys.readouterr()
    for name, cell in (("answer_03_1", 'ml.check("03.1", answer_03_1)'), ("answer_T2_1", 'ml.check_transfer("T2.1", answer_T2_1)')):
        result = shell.run_cell(cell)
        out = capsys.readouterr()
        shown = out.out + out.err
        assert not result.success and "Traceback" not in shown and "NameError" not in shown, shown
        exercise_id = name.removeprefix("answer_").replace("_", ".", 1)
        # shown in the box every check shows (issue 13, item 5), with what a fresh kernel most often needs
        assert shown.strip() == (f"\u2026 Not answered yet ({exercise_id}): {name} has no value yet: the cell that sets it has "
                                 "not run without an error. Fix that cell and run it, then this one. If it says a name is not "
                                 "defined, run the cells above first (Run > Run All Above Selected Cell)."), shown
    shell.run_cell("print(no_such_name)")  # any other NameError: IPython's own traceback
    out = capsys.readouterr()
    assert "NameError" in out.out + out.err and "has no value yet" not in out.out + out.err


def _run_in_test_shell(capsys, *cells):
    """What the learner sees after running ``cells`` one after the other in the one test shell (the last one's output)."""
    pytest.importorskip("IPython")
    from IPython import get_ipython
    from IPython.testing.globalipapp import start_ipython

    from medialit import checks

    shell = start_ipython() or get_ipython()
    checks._watch_cells()
    shell.run_cell("import medialit as ml")
    for cell in cells:
        capsys.readouterr()
        shell.run_cell(cell)
    out = capsys.readouterr()
    return out.out + out.err


@pytest.mark.parametrize("first", [(), ("answer_03_7 = ...",)])  # never set, or set to ... by an earlier run
def test_an_unquoted_word_in_an_answer_is_told_to_go_between_quotation_marks(capsys, first):
    """Learner O (issue 13, item 4): answer_03_7 = no, [g, h, i], D02 got only the generic "Not checked"."""
    shown = _run_in_test_shell(capsys, "del answer_03_7" if not first else "pass", *first,
                               "answer_03_7 = no, [g, h, i], D02", 'ml.check("03.7", answer_03_7)')
    assert 'Text goes between quotation marks: "no"' in shown and "Traceback" not in shown, shown


def test_a_table_not_yet_made_is_told_to_run_the_cells_above(capsys):
    """Learner O (issue 13, item 5): a fresh kernel's NameError for campaign, then the check's NameError for the answer."""
    shown = _run_in_test_shell(capsys, "answer_03_1 = ...", 'answer_03_1 = campaign["count"].sum()', 'ml.check("03.1", answer_03_1)')
    assert "run the cells above first (Run > Run All Above Selected Cell)" in shown and "quotation marks" not in shown, shown


def test_a_table_left_as_its_skeleton_is_named_and_the_cell_that_sets_it(capsys):
    """Learner O (issue 13, item 6): on_the_day left as ... gave "'ellipsis' object has no attribute 'set_index'" and
    only "fix it"."""
    shown = _run_in_test_shell(capsys, "answer_04_6 = ...", "on_the_day = ...",
                               'answer_04_6 = on_the_day.set_index("time_zone").loc["UTC", "local_time"]',
                               'ml.check("04.6", answer_04_6)')
    assert "on_the_day is still ... : fill in the cell that sets it (on_the_day = ...) first" in shown, shown


def test_quotes_inside_a_written_answer_are_told_how_to_write_them(capsys):
    """Learner O (issue 13, item 3): a SyntaxError from "..." inside "..." got only "The cell above stopped with an error"."""
    from medialit import checks

    shown = _run_in_test_shell(capsys, "answer_03_3 = ...", 'answer_03_3 = "to confirm "destroyed", but not what"',
                               'ml.check("03.3", answer_03_3)')
    assert checks.QUOTES_IN_TEXT_NOTE in shown and checks.FAILED_CELL_NOTE in shown, shown
    shown = _run_in_test_shell(capsys, "answer_03_1 = ...", "answer_03_1 = 287 +", 'ml.check("03.1", answer_03_1)')
    assert checks.FAILED_CELL_NOTE in shown and "single quotes" not in shown, shown  # not a text answer


@pytest.mark.parametrize("name, explained", [("answer_03_10", True), ("answer_T1_1", True), ("answer_03_99", False),
                                             ("answer", False), ("segments", False)])
def test_only_an_exercises_answer_variable_is_explained(name, explained):
    from medialit import checks

    note = checks.missing_answer_note(NameError(f"name {name!r} is not defined", name=name))
    assert (note is not None) == explained and (not explained or note.startswith(f"{name} has no value yet"))


def test_a_megabyte_failed_cell_is_read_in_bounded_time(monkeypatch):
    import time

    from medialit import checks

    monkeypatch.setattr(checks, "_failed_answers", {})
    checks.note_cell_result(_CellResult("answer_00_1 " * 90_000 + " " * 10**5, success=False))
    start = time.perf_counter()
    assert ml.check("00.1", _right_00_1()).correct is True  # recorded: only a recorded check looks at the failed cell
    assert time.perf_counter() - start < 2


def _counting_mapping_exercise(seen: list):
    """A mapping exercise of two labels whose one trap counts the answers it is shown."""
    from medialit.exercises import Exercise, Trap

    return Exercise(id="99.1", prompt="Count the labels.", kind="mapping", expected=lambda: {"a": 1, "b": 2},
                    traps=(Trap("seen", lambda answer: seen.append(answer) or False, "Never shown.", "Never asked."),))


def test_an_answer_far_larger_than_the_expected_one_is_refused_before_any_trap_or_comparison():
    """Red team 2: a dict of a million labels (02.6) took 15-35 s, read and compared label by label, trap by trap."""
    seen = []
    exercise = _counting_mapping_exercise(seen)
    with pytest.raises(AnswerError) as refused:
        exercise.judge({f"label {i}": i for i in range(1_000_000)})
    assert str(refused.value) == ("This answer has 1,000,000 items; the question needs about 2: one count beside each label, "
                                  "as .value_counts() of the column the question names gives them.")
    assert seen == []
    exercise.judge({f"label {i}": i for i in range(200)})  # as many as a list answer may hold: read, and shown to the trap
    assert len(seen) == 1


@pytest.mark.parametrize("exercise_id, answer", [
    ("02.6", lambda: {f"verb {i}": i for i in range(1_000_000)}),
    ("03.8", lambda: __import__("pandas").DataFrame({"rating": range(1_000_000)})),
    ("03.8", lambda: __import__("pandas").Series(range(1_000_000)).astype(str).value_counts()),
])
def test_a_million_labels_get_one_sentence_with_the_size_the_question_needs(exercise_id, answer):
    needed = len(get_exercise(exercise_id).expected())
    feedback = ml.check(exercise_id, answer(), record=False)
    assert feedback.correct is False and feedback.misconception is None
    assert feedback.message.startswith(f"This answer has 1,000,000 items; the question needs about {needed}: ")


# -- written answers in every script (cold learner N, issue 13) ------------------------------------------------

WRITTEN_IN = {  # the same question, "who counted these targets and how?", as learners wrote it
    "Chinese": "我想知道是谁统计了这些目标的数量，他们用什么方法统计，以及有没有独立的第三方能够核实这些数字。",
    "Japanese": "この数字を誰が数えたのか、どのような方法で数えたのか、そして独立した第三者が確認できるのかを知りたいです。",
    "Thai": "ฉันอยากรู้ว่าใครเป็นคนนับเป้าหมายเหล่านี้ และนับด้วยวิธีใด และมีใครตรวจสอบตัวเลขเหล่านี้ได้บ้าง",
    "Russian": "Я хотел бы знать, кто подсчитал эти цели, каким способом и может ли кто-то независимый это проверить.",
    "English": "I would want to know who counted these targets, how, and whether anyone independent could check it.",
}


@pytest.mark.parametrize("language", sorted(WRITTEN_IN))
def test_a_written_answer_is_measured_fairly_in_scripts_without_spaces(language):
    """Learner N's Chinese answer counted as 1 word ("write at least 8"): a script without spaces is counted by its
    characters, so the same question counts about as many words in each language."""
    from medialit.answers import count_words

    counted = count_words(WRITTEN_IN[language])
    assert 12 <= counted <= 25, counted
    feedback = ml.check("00.4", WRITTEN_IN[language], record=False)
    assert feedback.correct is None and feedback.message.startswith("Noted"), feedback.message


def test_word_counts_of_spaced_text_and_bare_punctuation():
    from medialit.answers import count_words

    assert count_words("I would ask what \"destroyed\" means here.") == 7  # spaced text: as split() counts it
    assert count_words("sorties — targets - 2,084") == 3  # a dash between spaces is not a word
    assert count_words("") == 0 and count_words("。，、") == 0 and count_words("我") == 1 and count_words("目标 ok") == 2
    assert ml.check("00.4", "我想知道", record=False).message.startswith("Your answer has 2 words; write at least 8.")


def test_counting_words_of_a_megabyte_in_any_script_is_quick():
    import time

    from medialit.answers import count_words

    for text in ("我" * 1_000_000, "ก" * 1_000_000, "word " * 200_000, "a" * 1_000_000):
        started = time.perf_counter()
        count_words(text)
        assert time.perf_counter() - started < 1


@pytest.mark.parametrize("answer", [{"ministry": [...], "pentagon": [...]}, {"ministry": ["D01", ...], "pentagon": []},
                                    ["D01", ...], ("D01", ...), {"ministry": ...}])
def test_the_examples_dots_left_inside_an_answer_are_not_answered_yet_and_not_a_wrong_try(answer):
    from medialit import submission

    feedback = ml.check("02.11", answer)
    assert feedback.correct is None and feedback.label is None and "02.11" not in submission._log
    assert feedback.message.startswith("Your answer still holds a ... from the example: replace each ... with your own")


@pytest.mark.parametrize("text", ["... ... ...", "... " * 26, "\u2026 ... \u2026"])
def test_a_written_answer_of_skeleton_dots_only_is_not_answered_yet(text):
    feedback = ml.check("03.3", text, record=False)
    assert feedback.correct is None and "Not answered yet" in repr(feedback)


@pytest.mark.parametrize("text", ["I don't know. " * 9, "no idea " * 15])
def test_a_written_answer_that_only_repeats_one_phrase_is_refused_in_one_sentence(text):
    feedback = ml.check("03.3", text, record=False)
    assert feedback.correct is False and "repeats one phrase" in feedback.message


def test_repeated_phrase_reads_a_megabyte_in_one_pass_and_leaves_real_answers_alone():
    from medialit.answers import repeated_phrase

    assert repeated_phrase("the ministry says so and the ministry says so") is None  # twice is not a pattern yet
    assert repeated_phrase("ab " * 300_000) == "ab"
    assert repeated_phrase("word" + " another" * 3) is None


def test_every_name_still_holding_its_skeleton_in_an_arithmetic_answer_is_named(capsys):
    """Learner U (round 5, MEDIUM 5): 05.5 with old and new left as ... raised "unsupported operand type(s) for -:
    'ellipsis' and 'ellipsis'", and the check named neither."""
    shown = _run_in_test_shell(capsys, "answer_05_5 = ...", "old = ...", "new = ...",
                               "answer_05_5 = round(100 * (old - new) / old, 1)", 'ml.check("05.5", answer_05_5)')
    assert "old and new are still ... : fill in the cells that set them" in shown, shown
    shown = _run_in_test_shell(capsys, "answer_05_5 = ...", "old = 10", "new = ...",
                               "answer_05_5 = round(100 * (old - new) / old, 1)", 'ml.check("05.5", answer_05_5)')
    assert "new is still ... : fill in the cell that sets it (new = ...) first" in shown and "old is" not in shown, shown


def test_an_answer_fixed_in_the_cell_that_checks_it_is_checked(capsys):
    """Learner U (round 5, LOW 8): after an answer cell stopped with an error, one cell holding the fixed answer and its
    check said "Not checked... stopped with an error" although it ran fine; a check before the new answer still warns."""
    from medialit import checks

    shown = _run_in_test_shell(capsys, "answer_03_4 = ...", "answer_03_4 = round(r_missing.targets, 2)",
                               "answer_03_4 = 1.28\nml.check('03.4', answer_03_4)")
    assert "Correct" in shown and checks.FAILED_CELL_NOTE not in shown, shown
    shown = _run_in_test_shell(capsys, "answer_03_4 = round(r_missing.targets, 2)",
                               "print(ml.check('03.4', answer_03_4))\nanswer_03_4 = 1.28")
    assert checks.FAILED_CELL_NOTE in shown, shown


# -- cold learners V and W (round 6): a comma in the check line is never read as record= ----------------------------------

@pytest.mark.parametrize("arguments, advice", [
    (("01.10", 26, 27), "in square brackets, as in [3, 7]"), (("01.10", "26", "27"), "in square brackets, as in [3, 7]"),
    (("03.6", "g", "h", "i"), "in square brackets"), (("00.1", 2, 000), "3000, not 3,000"), (("00.1", 2, 0, 84), "3000, not 3,000"),
    (("02.8", 80, 6), "with a point (12.5, not 12,5)"), (("04.1", "5.556", "km"), "one pair of quotation marks"),
    (("03.7", "yes", "because"), "one pair of quotation marks")])
def test_more_than_one_answer_is_told_how_to_give_one_and_nothing_is_checked_or_recorded(arguments, advice):
    """ml.check("01.10", 26, 27) said "one more is missing" (27 was taken as record=27); ml.check("00.1", 2,000) gave a hint.
    The advice fits the exercise's kind of answer (learners X, Y, round 7): 02.8's 85,5 was told to drop the comma (855)."""
    before = dict(submission._log)
    feedback = ml.check(*arguments)
    assert feedback.correct is None and feedback.label == "\u26a0 Not checked"
    assert "more than one answer" in feedback.message and advice in feedback.message
    assert feedback.exercise_id == arguments[0] and dict(submission._log) == before


def test_the_several_answers_examples_are_no_exercises_answer():
    """Learner Z (Z5): ml.check("01.10", 8, 62) was shown "as in [26, 27]", 01.10's answer, and a text answer "5.556 km",
    04.1's. Every example those sentences give is shown in them, and no exercise, judging it, calls it right."""
    from medialit.exercises import list_exercises

    said = " ".join([*checks._ONE_ANSWER_BY_KIND.values(), checks._ONE_TEXT])
    for example in checks.ONE_ANSWER_EXAMPLES:
        shown = repr(example).replace("'", '"') if isinstance(example, (list, str)) else str(example)
        assert shown in said, example
    for exercise_id in list_exercises():
        exercise = get_exercise(exercise_id)
        expected = exercise.expected() if exercise.expected is not None else None
        for example in checks.ONE_ANSWER_EXAMPLES:
            assert example != expected and str(example) != str(expected), (exercise_id, example)
            try:
                assert exercise.judge(example)[0] is not True, (exercise_id, example)
            except AnswerError:
                pass


def test_record_is_taken_by_name_only_and_an_unknown_id_with_several_answers_is_said_unknown():
    assert ml.check("01.10", 26, record=False).correct is False
    assert ml.check("99.9", 26, 27).label == "? Unknown exercise"
    import inspect

    assert inspect.signature(ml.check).parameters["record"].kind is inspect.Parameter.KEYWORD_ONLY


def test_check_transfer_given_a_text_split_at_a_comma_records_nothing_and_says_so():
    before = dict(submission._log)
    feedback = ml.check_transfer("T1.1", "my answer, split", "by a comma outside the quotes")
    assert feedback.label == ml.transfer.NOT_RECORDED and "more than one answer" in feedback.message
    assert dict(submission._log) == before


# -- cold learners V and W (round 6): 05.5's skeleton cell, old and new left as ..., the answer line filled ----------------

@pytest.mark.parametrize("check_in_same_cell", [False, True])
def test_05_5_skeleton_left_in_the_answer_cell_names_old_and_new_never_a_raw_type_error(capsys, check_in_same_cell):
    """The lesson's one cell sets old, new and answer_05_5: with old and new still ..., the learner saw Python's TypeError in
    their own cell; it now says which names are still ..., there and in the check (or in the one cell holding both)."""
    answer_cell = "old = ...\nnew = ...\nanswer_05_5 = round(100 * (old - new) / old, 1)"
    check_cell = 'ml.check("05.5", answer_05_5)'
    cells = (f"{answer_cell}\n{check_cell}",) if check_in_same_cell else (answer_cell, check_cell)
    _run_in_test_shell(capsys, "answer_05_5 = ...")
    for cell in cells:  # every cell's own output: the answer cell's as well as the check's
        shown = _run_in_test_shell(capsys, cell)
        assert "old and new are still ... : fill in" in shown, shown
        assert "Traceback" not in shown and "unsupported operand" not in shown, shown
    assert "Not checked" in shown


def test_a_number_typed_into_the_check_is_checked_though_the_answer_cell_failed(capsys):
    """Learner Z (Z11): after answer_01_9 = "2084" - "2000" raised a TypeError, ml.check("01.9", 85) (the number typed into
    the check itself) was told the cell that sets the answer stopped with an error."""
    shown = _run_in_test_shell(capsys, 'answer_01_9 = "2084" - "2000"', 'print(ml.check("01.9", 85))')
    assert checks.FAILED_CELL_NOTE not in shown and "Not yet" in shown, shown
    shown = _run_in_test_shell(capsys, "answer_01_9 = 85", 'answer_01_9 = "2084" - "2000"', 'print(ml.check("01.9", answer_01_9))')
    assert checks.FAILED_CELL_NOTE in shown, shown
