"""Answers read the way learners AF and AG wrote them (fixAH): one shared reader for every exercise, never a right answer
typed in here (each is derived from the exercise's own key)."""
from __future__ import annotations

import time

import pytest

import medialit as ml
from medialit.answers import HEDGE_NUMBER_NOTE, is_hedge, options_meant, read_option, without_hedge, yes_or_no_words
from medialit.clocks import read_clock
from medialit.exercises import get_exercise
from medialit.stats import RATING_ALIASES


def _key(exercise_id):
    return get_exercise(exercise_id).expected()


def _message(exercise_id, *answer):
    return ml.check(exercise_id, *answer, record=False).message


# AG-H1: a negating prefix names the option's one-word negation, never the option inside it
@pytest.mark.parametrize("prefix", ["un-", "Un-", "non-", "un "])
def test_a_negating_prefix_reads_as_the_option_spelled_with_un(prefix):
    key = _key("05.3")
    assert key.startswith("un")
    assert ml.check("05.3", prefix + key[2:], record=False).correct is True
    other_word = next(alias for alias, rating in RATING_ALIASES if rating == key[2:])  # "verifiable" for "checkable"
    assert ml.check("05.3", "un-" + other_word, record=False).correct is True


def test_a_negated_option_with_no_negation_among_the_options_is_not_pointed_to():
    options = ["checkable", "partly checkable"]
    assert options_meant("un-checkable", options, leading=True) == []
    assert read_option("non-checkable", ["checkable", "uncheckable"], leading=True) == "uncheckable"
    assert read_option("partly-checkable", ["checkable", "partly checkable", "uncheckable"], leading=True) == "partly checkable"


# AG-M3: a trailing time phrase reads like "for now"
@pytest.mark.parametrize("phrase", ["today", "now", "at the moment", "at present", "currently", "for the time being", "for now"])
def test_a_trailing_time_phrase_is_read_like_for_now(phrase):
    assert ml.check("05.3", f"{_key('05.3')} {phrase}", record=False).correct is True


# AG-M1: a quantity split across arguments is told to give one quantity in quotes; two whole numbers, that a comma split it
@pytest.mark.parametrize("exercise_id", ["04.1", "05.7"])
def test_a_quantity_split_by_a_comma_is_told_about_the_comma(exercise_id):
    said = _message(exercise_id, 5, 556)
    assert "one quantity" in said and "12 km" in said and "splits a number" in said and "because" not in said
    said = _message(exercise_id, "5.556", "km")
    assert "one quantity" in said and "because" not in said and "splits a number" not in said


def test_a_clock_split_across_arguments_is_told_to_give_one_time():
    said = _message("04.7", "10", "00")
    assert "one time of day" in said and "14:30" in said and "because" not in said


# AG-M2: clocks named the lesson's ways; a date and other words after a time are notes
def test_clock_answers_written_the_lessons_way_are_read():
    key7, key6 = _key("04.7"), _key("04.6")
    assert ml.check("04.7", f"{key7} Asia/Damascus", record=False).correct is True
    assert ml.check("04.7", f"{key7} Khmeimim", record=False).correct is True
    assert ml.check("04.6", f"{key6} UTC on 3 November", record=False).correct is True
    assert read_clock("10:00 Europe/Moscow").zone == "Europe/Moscow"


def test_a_note_after_a_clock_time_is_not_called_an_unknown_clock():
    said = _message("04.7", f"{_key('04.7')}, no daylight saving")
    assert "has a note in it" in said and "does not know" not in said
    assert "does not know" in _message("04.7", f"{_key('04.7')} London")
    assert "does not know" in _message("04.7", f"{_key('04.7')} london time")
    assert "tz database does not have" in _message("04.7", f"{_key('04.7')} Asia/Nowhere")


# AG-M4: a dotted count equal to the key is told only about the point
def test_a_dotted_count_equal_to_the_key_gets_only_the_decimal_point_sentence():
    key = int(_key("03.2"))
    dotted = f"{key // 1000}.{key % 1000:03d}"
    for answer in (dotted, f"{dotted} targets"):
        feedback = ml.check("03.2", answer, record=False)
        assert feedback.correct is False and "decimal point" in feedback.message and "Hint" not in feedback.message
    other = f"{key // 1000}.{(key + 1) % 1000:03d}"
    assert "Hint" in _message("03.2", other) and "decimal point" in _message("03.2", other)


# AG-M5: a rate's right number with another thing's words
@pytest.mark.parametrize("exercise_id, words", [("03.5", "targets a day"), ("03.4", "sorties")])
def test_a_right_rate_with_the_wrong_words_is_told_its_number_is_right(exercise_id, words):
    exercise = get_exercise(exercise_id)
    said = _message(exercise_id, f"{float(_key(exercise_id)):g} {words}")
    assert "The number is right" in said and repr(exercise.units[0]) in said
    wrong = f"{float(_key(exercise_id)) + 1:g} {words}"
    assert "The number is right" not in _message(exercise_id, wrong)


# AG-L1, AG-L3, AF-4
def test_two_numbers_a_letter_for_a_digit_and_a_spaced_id():
    key = int(_key("03.1"))
    assert "two numbers" in _message("03.1", f"{key} {key}")
    assert "letter where a digit belongs (O for 0?)" in _message("03.9", "24O")
    first = _key("05.6")[0]
    assert ml.check("05.6", f"{first[0]} {first[1:]}", record=False).correct is True
    assert "letter where a digit belongs" in _message("05.6", first[:2] + "O" + first[3:])
    assert "not yes/no" in _message("05.6", "yes")
    assert "not a percentage" in _message("01.9", "4.2%")


# AG-L2: yes/no words and a hedge on a yes/no question
def test_yes_or_no_words_are_understood_and_a_hedge_is_answered_as_one():
    assert yes_or_no_words("Nope, it only adds up") == "no, it only adds up" and yes_or_no_words("n") == "no"
    assert yes_or_no_words("nothing") == "nothing" and yes_or_no_words("yeah") == "yes"
    for answer in ("nope", "n", "false", "yep"):
        said = _message("03.7", answer)
        assert "reads as" in said and "does not start with either" not in said
    assert "feedback will tell you more" in _message("03.7", "not sure")


# AF-1, AF-3: hedge words around an option; the hedge note for numbers is generic
@pytest.mark.parametrize("template", ["probably {}", "I think {}", "{} i guess", "I believe {}", "perhaps {}"])
def test_hedge_words_around_an_option_are_read(template):
    assert without_hedge(template.format("narration")) == "narration"
    assert ml.check("02.2", template.format(_key("02.2")), record=False).correct is True


def test_the_hedge_note_for_numbers_points_to_the_question():
    assert is_hedge("I think")
    assert "Work it out" not in HEDGE_NUMBER_NOTE and "Look again at what the question points to" in _message("00.1", "not sure")


# AF-5, AF-6, AF-7: the desk
def test_desk_ids_run_together_a_third_group_and_several_ids_opened():
    groups = _key("02.11")
    names = list(groups)
    ids = sorted(ml.exercises.desk.desk_ids())[:2]
    said = _message("02.11", {names[0]: ["".join(ids)], names[1]: []})
    assert "put a comma between the ids" in said
    assert "no third group is needed" in _message("02.11", {names[0]: [], names[1]: [], "other": []})
    assert ml.open_result(", ".join(ids)).message.startswith(f'Open one id at a time: ml.open_result("{ids[0]}")')


def test_the_new_readers_stay_fast_on_a_megabyte():
    huge = "un-" + "a" * 1_000_000
    for exercise_id in ("05.3", "03.7", "03.2", "04.7", "05.6", "03.5", "02.11"):
        start = time.perf_counter()
        ml.check(exercise_id, huge, record=False)
        assert time.perf_counter() - start < 1.0, exercise_id
    start = time.perf_counter()
    yes_or_no_words(huge)
    ml.open_result(huge)
    options_meant("un-" * 300 + "checkable", ["checkable", "uncheckable"], leading=True)
    assert time.perf_counter() - start < 1.0
