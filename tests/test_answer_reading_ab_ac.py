"""How answers are read, after cold learners AB (lessons 00-02) and AC (lessons 03-05): hedges around an answer, an
option followed by one ruled out, notes and rule-outs in lists, two answers or a calculation, and plainer sentences.

Right answers are derived from each exercise's expected(), never typed here."""
import pytest

import medialit as ml
from medialit.answers import without_hedge
from medialit.exercises import get_exercise, number_in_words


def _right(exercise_id):
    return get_exercise(exercise_id).expected()


@pytest.mark.parametrize("form", ["not sure, {}", "not sure: {}", "not sure - {}", "I'm not sure but {}", "don't know, maybe {}",
                                  "{}? not sure", "{}, not sure", "maybe {}"])
@pytest.mark.parametrize("exercise_id", ["00.3", "01.6", "01.8", "02.2"])
def test_ab_m1_a_hedge_before_or_after_a_right_option_reads_as_the_option(exercise_id, form):
    feedback = ml.check(exercise_id, form.format(_right(exercise_id)), record=False)
    assert feedback.correct is True, feedback.message


@pytest.mark.parametrize("hedge", ["not sure", "I don't know", "no idea", "?", "maybe"])
def test_ab_m1_a_hedge_alone_is_kept_whole(hedge):
    assert without_hedge(hedge) == hedge


def test_ac_l2_a_hedged_desk_id_is_read_as_the_id():
    from medialit.exercises.desk import DeskResultExercise
    from medialit.exercises import list_exercises

    for exercise_id in list_exercises():
        exercise = get_exercise(exercise_id)
        if isinstance(exercise, DeskResultExercise):
            assert ml.check(exercise_id, f"not sure, {exercise.accepted()[0]}?", record=False).correct is True


@pytest.mark.parametrize("exercise_id", ["01.8", "02.2", "05.2"])
@pytest.mark.parametrize("joiner", [", not ", " rather than ", " instead of ", ", no "])
def test_ab_m2_an_option_then_another_ruled_out_reads_as_the_first(exercise_id, joiner):
    exercise = get_exercise(exercise_id)
    right = exercise.expected()
    other = next(choice for choice in exercise.choices if choice != right)
    assert ml.check(exercise_id, f"{right}{joiner}{other}", record=False).correct is True
    wrong = ml.check(exercise_id, f"{other}{joiner}{right}", record=False)
    assert wrong.correct is False and "names" not in wrong.message


def test_ac_m3_a_yes_or_no_then_a_dash_reason_reads_as_the_reply():
    right = _right("03.7")
    other = "yes" if right == "no" else "no"
    typed = f"{right.capitalize()} - only the ministry could check, {other} the sums agree"
    assert ml.check("03.7", typed, record=False).correct is True
    assert "names yes and no" in ml.check("03.7", "No doubt yes", record=False).message  # still two replies


def test_ab_l1_a_bracketed_note_on_a_list_item_is_a_note():
    right = list(_right("01.2"))
    assert ml.check("01.2", [*right[:-1], f"{right[-1]} (as I see it)"], record=False).correct is True
    assert ml.check("03.6", ", ".join(_right("03.6")) + " (not the others)", record=False).correct is True


@pytest.mark.parametrize("form", ["{}, not aircraft", "{} (not aircraft)", "{}, missing aircraft", "{} but not aircraft"])
def test_ab_l1_an_item_ruled_out_in_a_list_is_dropped(form):
    right = _right("04.9")
    assert "aircraft" not in right
    assert ml.check("04.9", form.format(", ".join(right)), record=False).correct is True


@pytest.mark.parametrize("form", ["{}, no C999", ["{}", "not C999"], "not sure, {}", "{} (2.7 km)", "{} but not C999",
                                  "{} because C999 matches"])
def test_ac_m2_an_id_list_drops_rule_outs_notes_hedges_and_reasons(form):
    right = ", ".join(_right("05.6"))
    typed = [item.format(right) for item in form] if isinstance(form, list) else form.format(right)
    assert ml.check("05.6", typed, record=False).correct is True


def test_ac_m4_a_decimal_comma_that_is_right_hears_no_unit_slip():
    km = get_exercise("04.1").expected().to("km").magnitude
    typed = f"{km:.3f}".replace(".", ",") + " km"
    message = ml.check("04.1", typed, record=False).message
    assert f"write it with a point: {km:.3f} km" in message and "you wrote it in km" not in message


@pytest.mark.parametrize("exercise_id, typed, says", [
    ("03.2", "1550 or 74%", "is two answers"), ("04.6", "08:00 or 07:00", "is two answers"),
    ("05.7", "2.8 or 2.78 km", "is two answers"), ("05.5", "18.4 and 18", "is two answers"), ("01.3", "13 or 14", "is two answers"),
    ("04.1", "3 * 1.852 km", "is a calculation"), ("03.4", "2084/1631", "is a calculation"),
    ("01.9", "84 (2084 vs 2000)", "has more than the number in it"), ("01.1", "3/4", "has something other than a number in it")])
def test_ac_l1_two_answers_or_a_calculation_are_said_so(exercise_id, typed, says):
    feedback = ml.check(exercise_id, typed, record=False)
    assert feedback.correct is False and says in feedback.message, feedback.message
    assert "not a unit" not in feedback.message and "clock the course does not know" not in feedback.message


@pytest.mark.parametrize("hedge", ["?", "idk", "no idea"])
def test_ac_l1_a_hedge_on_a_number_exercise_hears_the_hedge_reply(hedge):
    message = ml.check("01.3", hedge, record=False).message
    assert "the feedback will tell you more" in message and "has words in it" not in message


def test_ac_l3_a_dot_grouping_thousands_in_a_count_is_spelled_back():
    assert number_in_words(1550) == "one thousand five hundred and fifty"
    assert number_in_words(2084) == "two thousand and eighty-four"
    message = ml.check("03.2", "1.234", record=False).message
    assert "If you mean one thousand two hundred and thirty-four, write 1234" in message


def test_ac_l4_an_option_and_a_noun_is_not_offered_as_the_option():
    message = ml.check("04.4", "different units", record=False).message
    assert "is not one of the options" in message and "if you mean" not in message


def test_ab_l5_a_single_condition_mask_hears_no_advice_about_and():
    segments = ml.load_segments()
    mask = segments["kind"] == "body_paragraph"
    for exercise_id in ("00.2", "02.9"):
        message = ml.check(exercise_id, mask, record=False).message
        assert "count the Trues with .sum()" in message and "&" not in message


def test_ab_l6_none_is_told_about_print_not_about_dots():
    feedback = ml.check("00.1", None, record=False)
    assert feedback.correct is None and "print()" in feedback.message and "Replace the ..." not in feedback.message
