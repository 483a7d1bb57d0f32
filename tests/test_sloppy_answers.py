"""Sloppy-but-right answers read the same way in every exercise (answers.py), and wrong types say how to fix them."""
from __future__ import annotations

import time

import pandas as pd
import pytest

import medialit as ml
from medialit.answers import AnswerError, parse_number, read_option, tidy_text

MB = 1_000_000


def _right(exercise_id: str, answer) -> bool:
    return ml.check(exercise_id, answer, record=False).correct is True


@pytest.mark.parametrize("exercise_id, answer", [
    ("00.2", "20 lines"), ("01.1", "15 lines"), ("01.9", "84 targets"), ("02.1", "15 claims"), ("02.4", "16 sentences"),
    ("02.7", "9 times"), ("02.9", "18 claims"), ("01.3", "13 Tuesdays"), ("05.1", "1 claim"), ("03.1", "534 target"),
    ("03.9", "240 Sorties."), ("03.2", "1550."), ("04.1", "5.556 km."), ("05.7", "2.8 km."), ("04.1", "5.556 kms"),
    ("03.4", "1.28 targets/sortie"), ("03.5", "48 sorties/day"), ("02.8", "85.4%."),
])
def test_a_count_or_measure_written_with_its_noun_or_unit_is_read(exercise_id, answer):
    assert _right(exercise_id, answer), answer


@pytest.mark.parametrize("exercise_id, answer, says", [
    ("01.1", "15 days", "not a measure in 'days'"), ("01.1", "15 km", "not a measure"), ("03.2", "1550 sorties", "has words in it"),
    ("02.8", "85.4 targets", "has words in it"), ("01.1", "about 15", "has words in it"), ("01.1", "fifteen", "has words in it"),
])
def test_words_that_change_what_is_counted_are_still_refused(exercise_id, answer, says):
    feedback = ml.check(exercise_id, answer, record=False)
    assert feedback.correct is False and says in feedback.message


def test_a_real_unit_mismatch_is_still_wrong():
    assert ml.check("04.1", "5.556 miles", record=False).correct is False
    assert ml.check("05.7", "2.8 miles.", record=False).correct is False


@pytest.mark.parametrize("exercise_id, answer", [
    ("00.3", "the template residue"), ("01.4", "the caption date"), ("05.2", "a paraphrase"), ("05.2", "paraphrased"),
    ("01.8", '"hitting"'), ("01.8", "\u201chitting\u201d."), ("04.4", "converted."),
    ("03.7", "No because only the ministry holds the records"), ("03.7", "no, because it adds up inside the article"), ("03.7", "NO."),
])
def test_an_option_with_an_article_quotes_or_an_inflection_is_read(exercise_id, answer):
    assert _right(exercise_id, answer), answer


def test_an_option_is_read_only_when_it_names_exactly_one():
    assert read_option("quotes", ["quote", "quotes"]) == "quotes"
    assert read_option("cats", ["cat", "cat s"]) == "cat"
    assert read_option("quoted", ["quote", "quot"]) is None  # quote+d or quot+ed: never a guess between two
    assert read_option("Nope", ["yes", "no"]) is None and read_option("not sure", ["yes", "no"]) is None
    assert read_option("yes but no", ["a", "b"]) is None
    assert ml.check("03.7", "Nope", record=False).correct is False
    assert "not one of the options" in ml.check("05.2", "the quotation", record=False).message


def test_a_single_id_is_a_list_of_one_and_an_id_may_drop_its_zeros():
    assert _right("05.6", "C006") and _right("05.6", "C6") and _right("05.6", ["c6"])
    assert _right("03.10", "D4") and _right("03.10", "d02.")
    assert read_option("D4", ["D04", "D40"]) == "D04" and read_option("D4", ["D04", "E04"]) == "D04"
    assert read_option("D4", ["D004", "D04"]) is None  # two ids with that letter and number: not a guess


@pytest.mark.parametrize("answer, says", [
    (pd.Series([1, 2]), "add .sum() (or .count())"), (pd.Timedelta(days=34), "add .days"),
    (pd.DatetimeIndex(["2015-11-03"]), "wrap it in len(...)"), ([1, 2], "wrap it in len(...)"),
    (pd.DataFrame({"a": [1]}), "pick one column"),
])
def test_a_wrong_type_for_a_number_says_the_step_that_fixes_it(answer, says):
    message = ml.check("01.1", answer, record=False).message
    assert says in message and "Traceback" not in message


def test_text_expected_but_a_number_given_says_what_to_type():
    assert "text between quotation marks" in ml.check("05.2", 3, record=False).message
    assert "between quotation marks" in ml.check("00.4", 3, record=False).message


def test_a_one_column_table_of_counts_is_read_as_its_column():
    from medialit.exercises import get_exercise

    counts = pd.Series(get_exercise("02.6").expected())
    assert _right("02.6", counts.to_frame("sentences"))
    two = pd.DataFrame({"sentences": counts, "other": counts})
    assert "pick the column" in ml.check("02.6", two, record=False).message


@pytest.mark.parametrize("exercise_id", ["01.1", "03.4", "05.2", "03.7", "03.10", "05.6", "04.1", "01.2", "02.6"])
def test_a_megabyte_answer_is_refused_fast_in_one_sentence(exercise_id):
    for answer in ("7 " * (MB // 2), "a" * MB, "the " * (MB // 4), ["x" * MB]):
        started = time.perf_counter()
        feedback = ml.check(exercise_id, answer, record=False)
        assert time.perf_counter() - started < 0.5 and feedback.correct is False and "\n" not in feedback.message


def test_parse_number_and_tidy_text_stay_linear_on_long_input():
    for text in ("1" * MB, "1e" * (MB // 2), "1," * (MB // 2), "\"" * MB, "." * MB):
        started = time.perf_counter()
        tidy_text(text)
        with pytest.raises(AnswerError):
            parse_number(text, ("targets",), count=True)
        assert time.perf_counter() - started < 0.5
