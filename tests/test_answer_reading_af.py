"""How answers are read, after fresh reviews (learners AD and AE, red team 4): one reader per kind of answer, shared by
every exercise. Right answers come from get_exercise(ID).expected(), never typed in here."""
from __future__ import annotations

import time

import pandas as pd
import pytest

import medialit as ml
from medialit import submission
from medialit.answers import AnswerError, clock_text_as_meant, without_hedge, without_reason
from medialit.exercises import get_exercise


def _shifted(clock: str, hours: int) -> str:
    hour, minute = (int(part) for part in clock.split(":"))
    return f"{(hour + hours) % 24:02d}:{minute:02d}"


def _message(exercise_id: str, answer: object) -> str:
    return ml.check(exercise_id, answer, record=False).message


# -- RT-H1: a second clock time is a second answer ---------------------------------------------------------------------

@pytest.mark.parametrize("exercise_id", ["04.6", "04.7"])
@pytest.mark.parametrize("shape", ["{right} ({other} UTC)", "{right}, {other} UTC", "{right} {other} UTC", "{right} ({other} Damascus)",
                                   "{right} (or {other})", "{right} and {other}", "{right}, 8 p.m.", "{right} (noon)"])
def test_a_second_time_of_day_is_two_answers(exercise_id, shape):
    right = get_exercise(exercise_id).expected()
    feedback = ml.check(exercise_id, shape.format(right=right, other=_shifted(right, -3)), record=False)
    assert feedback.correct is False and "is two answers" in feedback.message and "give only the one you mean" in feedback.message


@pytest.mark.parametrize("exercise_id", ["04.6", "04.7"])
def test_a_time_with_its_clock_or_offset_is_still_one_answer(exercise_id):
    right = get_exercise(exercise_id).expected()
    for answer in (f"{right}Z", right.replace(":", ""), f"{right} UTC+02:00", f"{right} GMT+0300", f"{right} on 3.11.2015"):
        assert "two answers" not in _message(exercise_id, answer), answer
    assert ml.check(exercise_id, right.replace(":", ""), record=False).correct is True


def test_a_time_ruled_out_is_no_second_answer():
    right = get_exercise("04.7").expected()
    other = _shifted(right, 1)
    for answer in (f"{right}, not {other}", f"{right} (not {other})", f"{right} rather than {other}", f"{right} but not {other}"):
        assert ml.check("04.7", answer, record=False).correct is True, answer
    assert ml.check("04.7", f"{other}, not {right}", record=False).correct is False


# -- RT-M2, AE-M3: notes and hedges after a clock time -----------------------------------------------------------------

def test_a_hedge_after_a_clock_time_reads_the_time():
    right = get_exercise("04.7").expected()
    assert ml.check("04.7", f"{right} (not sure)", record=False).correct is True
    assert ml.check("04.7", f"not sure, {right}", record=False).correct is True
    assert without_hedge("05:00 (not sure)") == "05:00"


def test_a_note_after_a_clock_time_is_refused_as_a_note():
    right = get_exercise("04.7").expected()
    message = _message("04.7", f"{right}, because Syria left daylight saving")
    assert "Write only the time" in message and "has a note in it" in message and "does not know" not in message
    assert "two answers" in _message("04.7", f"{right} ({_shifted(right, 3)} minus 3)")


def test_hmeymim_airbase_names_the_hmeymim_clock():
    right = get_exercise("04.7").expected()
    for answer in (f"{right} (Hmeymim airbase)", f"{right} Hmeymim air base", f"{right} Hmeymim"):
        assert ml.check("04.7", answer, record=False).correct is True, answer


def test_the_clock_reader_is_bounded():
    start = time.perf_counter()
    for text in ("1:00 " * 200_000, "1 a" * 300_000, "(" * 1_000):
        clock_text_as_meant(text)
        ml.check("04.7", text, record=False)
    assert time.perf_counter() - start < 1.0


# -- AD-M1: a reason inside a list item ---------------------------------------------------------------------------------

def test_a_reason_inside_a_list_item_is_a_note():
    items = list(get_exercise("01.2").expected())
    answer = items[:-1] + [f"{items[-1]} because no headline"]
    assert ml.check("01.2", answer, record=False).correct is True
    assert without_reason("web address because no headline") == "web address"
    assert without_reason("web address, as the page lacks it") == "web address"
    assert without_reason("because of it") == "because of it"


# -- AD-M2: the kind of answer is judged before its size is refused ----------------------------------------------------

def test_a_whole_tables_value_counts_is_told_to_pick_a_column_and_kept_short():
    table = pd.DataFrame({"verb": ["said", "noted"] * 20_000, "n": range(40_000)})
    feedback = ml.check("02.6", table.value_counts())
    assert "whole rows of the table" in feedback.message and "Not recorded" not in str(feedback)
    kept = submission._log["02.6"].answer
    assert len(kept) < 1_000 and "too long to keep whole" in kept


def test_a_text_too_long_to_keep_is_still_refused():
    feedback = ml.check("05.9", "This is a long essay sentence about sources. " * 240)
    assert feedback.label.endswith("Not recorded")


# -- AD-L1 and AE-L2: a note after an option or a yes/no ---------------------------------------------------------------

@pytest.mark.parametrize("note", [" - no quotes", " \u2013 no quotes", " \u2014 no quotes", ". No quotes and no said.", ", no quotes",
                                  ": no quotes", " (no quotes)"])
def test_a_note_after_an_option_reads_as_the_option(note):
    exercise = get_exercise("02.3")
    right = exercise.expected()
    assert ml.check("02.3", right + note, record=False).correct is True
    wrong = next(choice for choice in exercise.choices if choice != right)
    assert ml.check("02.3", wrong + note, record=False).correct is False
    assert "more than an option" not in _message("02.3", wrong + note)


def test_a_leading_yes_or_no_with_a_reason_reads_as_the_leading_one():
    right = get_exercise("03.7").expected()
    other = "yes" if right == "no" else "no"
    for shape in ("{r}, because {o} the parts add up", "{r} because only {o} if outside records", "{r}. {o} it adds up but",
                  "{r} - {o} it adds up but"):
        assert ml.check("03.7", shape.format(r=right, o=other), record=False).correct is True, shape
        assert ml.check("03.7", shape.format(r=other, o=right), record=False).correct is False, shape


# -- AD-L3: a share "of" what it is a share of -------------------------------------------------------------------------

def test_a_percentage_of_something_reads_as_the_percentage():
    right = get_exercise("02.8").expected()
    for tail in (" % of words", "% of the words", " percent of the article", " per cent of words"):
        assert ml.check("02.8", f"{right}{tail}", record=False).correct is True, tail
    assert "has words in it" in _message("02.8", f"{right}% of the words in the whole long article")


# -- AD-L5/L6: a number with a note ------------------------------------------------------------------------------------

def test_a_number_with_a_note_in_brackets_gets_one_sentence():
    assert "has more than the number in it" in _message("01.3", "16 lines (the caption and teaser are inside)")
    assert "has more than the number in it" in _message("00.1", "13 (from 6 October)")
    assert "is two answers" in _message("00.1", "2000 (headline) and 2084 (body)")


# -- AE-M4: a leading "missing" in a list question not about absence ---------------------------------------------------

@pytest.mark.parametrize("exercise_id, answer", [("03.6", "missing g, h, i"), ("05.6", "missing C006"), ("05.6", ["missing C006"])])
def test_a_leading_missing_asks_for_the_items_meant(exercise_id, answer):
    message = _message(exercise_id, answer)
    assert "without 'missing'" in message and "one more is missing" not in message


def test_missing_still_names_the_item_where_the_question_asks_what_is_absent():
    items = list(get_exercise("01.2").expected())
    assert ml.check("01.2", ", ".join(f"missing {item}" for item in items), record=False).correct is True


# -- AE-L1: a row is called a row ---------------------------------------------------------------------------------------

def test_a_row_given_for_a_number_is_called_a_row():
    row = pd.Series({"claim_type": "money", "value": 3.0, "unit": "USD"}, name=0)
    message = _message("05.5", row)
    assert "row" in message and "That column holds" not in message


# -- RT-M1: the thousands-dot hint survives a unit or a hedge ----------------------------------------------------------

@pytest.mark.parametrize("answer", ["1.550", "1.550 targets", "not sure, 1.550", "1.550?"])
def test_a_thousands_dot_is_explained_with_a_unit_or_a_hedge(answer):
    assert "a point in a number is a decimal point" in _message("03.2", answer)


# -- RT-L1: a trailing no or not ---------------------------------------------------------------------------------------

def test_a_trailing_no_or_not_is_a_note_however_it_is_joined():
    number = int(get_exercise("00.1").expected())
    messages = {_message("00.1", f"{number}{tail}").replace(repr(f"{number}{tail}"), "<answer>") for tail in (" no", " not", ", no", ", not")}
    assert len(messages) == 1 and "has words in it" in messages.pop()
    assert ml.check("00.1", f"{number} no", record=False).correct is False


# -- RT-L3: messages echo the learner's own text -----------------------------------------------------------------------

@pytest.mark.parametrize("exercise_id", ["01.2", "03.6", "00.1", "02.3"])
def test_messages_quote_the_answer_as_typed(exercise_id):
    for typed in ("<script>alert(1)</script>", "zzz(x)"):
        assert repr(typed) in _message(exercise_id, typed), (exercise_id, typed)
    html = ml.check("03.6", "<script>alert(1)</script>", record=False)._repr_html_()
    assert "<script>" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html
