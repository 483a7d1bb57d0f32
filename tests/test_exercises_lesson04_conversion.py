"""Exercise 04.1's feedback on a conversion written to the metre but off by a metre (learner AO, L2). Kept apart from
test_exercises_lesson04.py, whose clock parts another fixer edits."""
import pytest

import medialit as ml
from medialit.exercises import get_exercise


def _metres() -> int:
    return round(get_exercise("04.1").expected().to("meter").magnitude)


@pytest.mark.parametrize("written", [lambda m: f"{(m + 1) / 1000:.3f} km", lambda m: f"{(m - 1) / 1000:.3f} km",
                                     lambda m: f"{m + 1} m", lambda m: f"{(m + 2) / 1000:.3f}km"])
def test_04_1_an_answer_with_the_metres_digits_but_another_value_is_not_told_to_add_decimals(written):
    """'5.557 km' was told to 'give three decimal places', which it has; it is one metre off."""
    typed = written(_metres())
    feedback = ml.check("04.1", typed, record=False)
    assert feedback.correct is False and feedback.misconception == "04.1/metre-digits-wrong-value", typed
    assert "has the digits of the nearest metre, but its value is not the exact conversion" in feedback.message
    assert "give three decimal places" not in feedback.message
    exact = get_exercise("04.1").expected().magnitude
    assert f"{exact:.3f}" not in feedback.message and str(_metres()) not in feedback.message


def test_04_1_an_answer_short_of_the_metres_digits_is_still_told_to_give_them():
    typed = f"{get_exercise('04.1').expected().magnitude:.2f} km"
    feedback = ml.check("04.1", typed, record=False)
    assert feedback.misconception == "04.1/not-to-the-metre" and "give three decimal places" in feedback.message
