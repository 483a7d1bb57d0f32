"""The cold learner review of issue 13: each mistake gets feedback about that mistake, right answers in other words pass."""
import pytest

import medialit as ml


@pytest.mark.parametrize("exercise_id, answer", [
    ("01.2", ["author", "date", "URL"]),
    ("02.6", {"said": 7, "added": 3, "noted": 2, "according to": 1, "emphasised": 1}),
])
def test_right_answers_in_other_accepted_words_pass(exercise_id, answer):
    assert ml.check(exercise_id, answer, record=False).correct is True


@pytest.mark.parametrize("exercise_id, answer, says", [
    ("01.2", ["byline", "publication date", "web address", "headline"], "names 'headline', but the capture has one"),
    ("01.2", ["byline"], "lacks more than that"),
    ("02.6", {"said": 7, "added": 3, "noted": 2, "according to": 1, "emphasized": 1, float("nan"): 12}, "no attribution verb"),
    ("02.8", 86, "Close: keep one decimal place"), ("03.5", 47.9, "Close: give it to one decimal place"),
    ("03.4", 1.27, "Close"), ("04.10", 9, "different names for one place"),
])
def test_a_mistake_gets_feedback_about_that_mistake_on_the_first_try(exercise_id, answer, says):
    feedback = ml.check(exercise_id, answer, record=False)
    assert feedback.correct is False and says in feedback.message and feedback.misconception


@pytest.mark.parametrize("exercise_id, answer, says", [
    ("01.9", "Over 2,000", "has words in it"), ("01.8", 3, "not text but a number"), ("00.4", "one", "has 1 word;"),
])
def test_unreadable_answers_are_answered_plainly_and_grammatically(exercise_id, answer, says):
    assert says in ml.check(exercise_id, answer, record=False).message


def test_the_consistency_exercise_does_not_call_narration_a_speaker():
    from medialit.exercises import get_exercise

    success = get_exercise("03.7").success
    assert "same speaker" not in success and "narration" in success


def test_every_written_prompt_in_the_notebooks_states_its_minimum_words():
    import re
    from pathlib import Path

    import nbformat

    from medialit.exercises import get_exercise, list_exercises

    root = Path(__file__).resolve().parents[1]
    for exercise_id in list_exercises():
        exercise = get_exercise(exercise_id)
        if exercise.kind != "written":
            continue
        notebook = nbformat.read(next((root / "solutions").glob(f"{exercise_id[:2]}_*.ipynb")), as_version=4)
        intro = next(c.source for c in notebook.cells if re.search(rf"### Exercise {re.escape(exercise_id)}\b", c.source))
        intro = intro[intro.index(f"### Exercise {exercise_id}"):]
        assert f"at least {exercise.min_words} words" in intro, f"{exercise_id}: the prompt does not say 'at least {exercise.min_words} words'"


@pytest.mark.parametrize("exercise_id", ["01.1", "01.8", "02.6", "00.4"])
def test_a_command_named_without_brackets_is_told_to_add_them(exercise_id):
    import pandas as pd

    message = ml.check(exercise_id, pd.DataFrame({"claims": [1]}).head, record=False).message
    assert "add () after its name" in message and "method" not in message


@pytest.mark.parametrize("typed", ["5 3 4", "53 4", "12 34 56"])
def test_digits_spaced_apart_are_not_read_as_one_number(typed):
    feedback = ml.check("03.1", typed, record=False)
    assert feedback.correct is not True and "Spaces may only group thousands" in feedback.message


def test_a_space_grouping_thousands_is_still_read():
    from medialit.exercises import get_exercise

    assert ml.check("03.1", f" {get_exercise('03.1').expected():g} ", record=False).correct is True
    assert "line 10" in ml.check("03.1", "2 084", record=False).message


@pytest.mark.parametrize("exercise_id, typed, says", [
    ("03.4", "1.28 sorties", "'1.28 sorties' counts sorties; the question asks for 'targets per sortie'"),
    ("03.4", "1.28 targets", "A rate needs its 'per sortie'"),
    ("03.5", "48 targets a day", "'48 targets a day' counts targets; the question asks for 'sorties a day'"),
    ("03.5", "48 sorties", "A rate needs its 'a day'"),
])
def test_a_rate_written_with_the_wrong_words_is_told_which_words(exercise_id, typed, says):
    feedback = ml.check(exercise_id, typed, record=False)
    assert feedback.correct is not True and says in feedback.message


@pytest.mark.parametrize("exercise_id, typed, option", [
    ("04.4", "it was converted", "converted"), ("04.4", "two different distances", "different"),
    ("01.8", "the headline says destroyed", "destroyed"),
])
def test_a_sentence_around_one_option_is_told_to_give_the_option_alone(exercise_id, typed, option):
    feedback = ml.check(exercise_id, typed, record=False)
    assert feedback.correct is not True and f'if you mean "{option}", give only that' in feedback.message


@pytest.mark.parametrize("exercise_id, mark", [("03.2", "!"), ("03.4", "?"), ("04.1", "!"), ("04.6", "!"), ("05.4", ","),
                                                ("04.10", "!?")])
def test_a_right_answer_ended_with_a_sentence_mark_is_still_right(exercise_id, mark):
    """Learner Q (round 3): "1550 targets!", "5.556 km!", "08:00!" were refused, while "1550 targets." was read."""
    from medialit.exercises import get_exercise

    exercise = get_exercise(exercise_id)
    right = exercise.expected()
    typed = f"{right:~P}" if exercise.kind == "quantity" else str(right) if exercise.kind == "clock" else f"{right:g}"
    assert ml.check(exercise_id, typed + mark, record=False).correct is True


@pytest.mark.parametrize("typed", ["indirect quote", "Indirect speech.", "reported speech"])
def test_the_everyday_names_of_a_paraphrase_are_read_as_paraphrase(typed):
    """Learner R (round 4): "indirect quote" was told to check its spelling: did you mean "direct quote"?"""
    from medialit.exercises import get_exercise

    assert get_exercise("02.3")._as_read(typed) == "paraphrase"
    assert "direct quote" not in ml.check("02.2", typed, record=False).message.split("This exercise")[0]


@pytest.mark.parametrize("exercise_id, typed", [("00.3", "not template residue"), ("01.4", "not caption date"),
                                                ("02.3", "not direct quote"), ("04.4", "isn't converted")])
def test_an_option_ruled_out_is_never_offered_as_a_spelling(exercise_id, typed):
    message = ml.check(exercise_id, typed, record=False).message
    assert "rules an option out" in message and "did you mean" not in message


@pytest.mark.parametrize("typed, meant", [("2.1", "02.1"), ("3.10", "03.10"), ("t1.1", "T1.1")])
def test_an_exercise_id_without_its_leading_zero_is_told_the_id_it_means(typed, meant):
    """Learner R (round 4): ml.check("2.1", 15) said only that the exercise is unknown."""
    assert f"did you mean '{meant}'" in ml.check(typed, 15, record=False).message
    assert "did you mean" not in ml.check("9.9", 15, record=False).message
