"""Lesson 01's self-checks: the right answer passes, wrong ones get a hint (never the answer), traps explain."""
import pandas as pd
import pytest

import medialit as ml
from medialit import dating

RIGHT = {
    "01.1": 15,
    "01.2": ["byline", "publication date", "web address"],
    "01.3": 13,
    "01.4": "caption date",
    "01.5": 34,
    "01.6": "Rossiya Segodnya",
    "01.8": "hitting",
    "01.9": 84,
    "01.10": [26, 27],
}
WRONG = {
    "01.1": 20, "01.2": ["byline"], "01.3": 12, "01.4": "said Tuesday", "01.5": 30,
    "01.6": "TASS", "01.8": "struck", "01.9": 2084, "01.10": [26, 28],
}



@pytest.mark.parametrize("exercise_id", sorted(RIGHT))
def test_right_answers_pass(exercise_id):
    assert ml.check(exercise_id, RIGHT[exercise_id]).correct is True


@pytest.mark.parametrize("exercise_id", sorted(WRONG))
def test_wrong_answers_get_a_hint_without_the_answer(exercise_id):
    feedback = ml.check(exercise_id, WRONG[exercise_id])
    assert feedback.correct is False and len(feedback.message.split()) >= 5
    right = RIGHT[exercise_id]
    if isinstance(right, (int, str)):
        assert str(right) not in feedback.message


def test_answers_follow_the_notebook_code():
    segments = ml.load_segments()
    assert ml.check("01.1", ((~segments["in_article"]) & (segments["kind"] != "blank")).sum()).correct
    days = pd.date_range("2015-01-01", "2015-12-31")
    assert ml.check("01.3", len(days[(days.day_name() == "Tuesday") & (days > dating.campaign_start())])).correct
    assert ml.check("01.5", (dating.url_date() - dating.campaign_start()).days).correct
    assert ml.check("01.10", ["26", "27"]).correct


@pytest.mark.parametrize("exercise_id, answer, words", [
    ("01.1", 62, "every line of the page"),
    ("01.1", int((~ml.load_segments()["in_article"]).sum()), "blank lines"),
    ("01.3", 52, "keep only those after the campaign start"),
    ("01.3", 92, "keep only the weekday"),
    ("01.5", 35, "both the first and the last day"),
    ("01.6", "RIA Novosti", "not as the agency that launched Sputnik"),
    ("01.6", "TASS", "another outlet reporting the air strikes"),
    ("01.8", "destroyed", "inside the quotation marks"),
    ("01.8", " Destroyed", "inside the quotation marks"),
    ("01.9", -84, "the other way round"),
])
def test_traps_explain_common_mistakes(exercise_id, answer, words):
    assert words in ml.check(exercise_id, answer).message


@pytest.mark.parametrize("exercise_id", ["01.7", "01.11"])
def test_written_answers_are_noted(exercise_id):
    assert ml.check(exercise_id, "too short").correct is False
    long_answer = "It could be Kartapolov, or someone from the other article; the page's layout or another copy would help decide who."
    assert ml.check(exercise_id, long_answer * 2).correct is None
