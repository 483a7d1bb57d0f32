"""Sloppy-but-right answers read the same way in every exercise (answers.py), and wrong types say how to fix them."""
from __future__ import annotations

import time

import pandas as pd
import pytest

import medialit as ml
from medialit.answers import AnswerError, list_items, parse_number, read_option, tidy_text
from medialit.exercises import get_exercise

MB = 1_000_000


def _right(exercise_id: str, answer) -> bool:
    return ml.check(exercise_id, answer, record=False).correct is True


def _written_as(exercise_id: str, template: str) -> str:
    """The exercise's right answer (from the data, never typed in here) written the sloppy way ``template`` shows:
    {} the answer, {cap} capitalised, {short} an id without its leading zeros ("C006" -> "C6")."""
    from medialit.exercises import get_exercise

    expected = get_exercise(exercise_id).expected()
    if isinstance(expected, list):
        expected = expected[0]
    if hasattr(expected, "magnitude"):
        expected = f"{expected.magnitude:g}"
    elif isinstance(expected, str) and expected.endswith(" km"):
        expected = expected.removesuffix(" km")
    elif not isinstance(expected, str):
        expected = f"{round(float(expected), 2):g}"
    letters = expected.rstrip("0123456789")
    short = f"{letters}{int(expected[len(letters):])}" if expected[len(letters):].isdigit() else expected
    return template.format(expected, cap=expected.capitalize(), short=short)


@pytest.mark.parametrize("exercise_id, template", [
    ("00.2", "{} lines"), ("01.1", "{} lines"), ("01.9", "{} targets"), ("02.1", "{} claims"), ("02.4", "{} sentences"),
    ("02.7", "{} times"), ("02.9", "{} claims"), ("01.3", "{} Tuesdays"), ("05.1", "{} claim"), ("03.1", "{} target"),
    ("03.9", "{} Sorties."), ("03.2", "{}."), ("04.1", "{} km."), ("05.7", "{} km."), ("04.1", "{} kms"),
    ("03.4", "{} targets/sortie"), ("03.5", "{} sorties/day"), ("02.8", "{}%."),
])
def test_a_count_or_measure_written_with_its_noun_or_unit_is_read(exercise_id, template):
    answer = _written_as(exercise_id, template)
    assert _right(exercise_id, answer), answer


@pytest.mark.parametrize("exercise_id, answer, says", [
    ("01.1", "15 days", "counts lines, not 'days'"), ("01.1", "15 km", "not a measure"), ("00.1", "2000 km", "not a measure"),
    ("02.8", "85.4 targets", "has words in it"), ("01.1", "about 15", "has words in it"), ("01.1", "fifteen", "has words in it"),
    ("00.1", "74%", "has something other than a number in it"), ("00.1", "~1550", "has something other than a number in it"),
    ("00.1", "$1550", "has something other than a number in it"), ("01.1", "3/4", "has something other than a number in it"),
    ("01.1", "17/20", "has something other than a number in it"), ("02.4", "84.0%", "has something other than a number in it"),
])
def test_words_that_change_what_is_counted_are_still_refused(exercise_id, answer, says):
    feedback = ml.check(exercise_id, answer, record=False)
    assert feedback.correct is False and says in feedback.message


@pytest.mark.parametrize("exercise_id, template", [("00.2", "{} lines"), ("01.1", "{} lines"), ("03.2", "{} targets"),
                                                   ("01.5", "{} days")])
def test_a_count_followed_by_what_it_counts_is_the_number(exercise_id, template):
    """Learner G: 00.1 refused "2000 sorties" as "has words in it"; a count followed by what it counts is the number."""
    assert _right(exercise_id, _written_as(exercise_id, template))


def test_a_count_followed_by_another_thing_the_course_counts_is_told_what_the_exercise_counts():
    """Learner AQ (H1): "240 aircraft" on 03.9 (sorties) was read as 240; on 01.1 "15 aircraft" is told it counts lines,
    never marked right (a word the course counts nowhere, "15 rows", is read: test_answer_forms, round 18)."""
    feedback = ml.check("01.1", _written_as("01.1", "{} aircraft"), record=False)
    assert feedback.correct is False and "counts lines, not 'aircraft'" in feedback.message


@pytest.mark.parametrize("exercise_id, template, counts", [("00.1", "{} sorties", "targets"), ("03.2", "{} sorties", "targets"),
                                                           ("01.5", "{} sorties", "days"), ("01.9", "{} claims", "targets")])
def test_a_count_of_another_thing_the_course_counts_is_a_slip_said_plainly(exercise_id, template, counts):
    """Fact-check 7: "34 sorties" for a number of days was marked right; lesson 03 asks "what exactly is being counted?"."""
    feedback = ml.check(exercise_id, _written_as(exercise_id, template), record=False)
    assert feedback.correct is False and f"This exercise counts {counts}, not" in feedback.message


def test_a_real_unit_mismatch_is_still_wrong():
    assert ml.check("04.1", _written_as("04.1", "{} miles"), record=False).correct is False
    assert ml.check("05.7", _written_as("05.7", "{} miles."), record=False).correct is False


@pytest.mark.parametrize("exercise_id, template", [
    ("00.3", "the {}"), ("01.4", "the {}"), ("05.2", "a {}"), ("05.2", "{}d"),
    ("01.8", '"{}"'), ("01.8", "\u201c{}\u201d."), ("04.4", "{}."),
    ("03.7", "{cap} because only the ministry holds the records"), ("03.7", "{}, because it adds up inside the article"),
])
def test_an_option_with_an_article_quotes_or_an_inflection_is_read(exercise_id, template):
    answer = _written_as(exercise_id, template)
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
    for exercise_id in ("05.6", "03.10"):
        assert _right(exercise_id, _written_as(exercise_id, "{}")) and _right(exercise_id, _written_as(exercise_id, "{short}"))
        assert _right(exercise_id, _written_as(exercise_id, "{short}.").lower())
    assert _right("05.6", [_written_as("05.6", "{short}").lower()])
    assert read_option("D4", ["D04", "D40"]) == "D04" and read_option("D4", ["D04", "E04"]) == "D04"
    assert read_option("D4", ["D004", "D04"]) is None  # two ids with that letter and number: not a guess


@pytest.mark.parametrize("answer, says", [
    (pd.Series([1, 2]), "add .sum() to add it up, or .count() to count its rows"), (pd.Timedelta(days=34), "add .days"),
    (pd.Series([True, False, True]), "count the Trues with .sum()"),  # a cold learner's .count() gave every row
    (pd.Series(["a", "b", "a"]).value_counts(), "read the one line you need"),
    (pd.DatetimeIndex(["2015-11-03"]), "wrap it in len(...)"), ([1, 2], "wrap it in len(...)"),
    (pd.DataFrame({"a": [1, 2]}), "pick one column"), (pd.DataFrame({"a": [1]}), "pick the column you need"),
])
def test_a_wrong_type_for_a_number_says_the_step_that_fixes_it(answer, says):
    message = ml.check("01.1", answer, record=False).message
    assert says in message and "Traceback" not in message


def test_a_wrong_type_hint_fits_the_question_on_the_lessons_own_objects():
    """What learners F and G typed: each wrong-type hint names a step that gives the number the question asks for."""
    from medialit import attribution
    from medialit.data import load_claims, load_segments

    def says(exercise_id: str, answer) -> str:
        return ml.check(exercise_id, answer, record=False).message

    segments, claims = load_segments(), load_claims()
    assert 'counts["<label>"]' in says("00.2", segments["kind"].value_counts())  # not .nunique(): that counts the kinds
    weekdays = pd.date_range("2015-01-01", "2015-12-31").day_name() == "Tuesday"  # a NumPy True/False array
    assert "count the Trues with .sum()" in says("01.3", weekdays) and "len(" not in says("01.3", weekdays)
    row = attribution.label_counts().loc["terrorist(s)"]
    assert "keep only the columns that are the outlet's own words" in says("02.7", row) and ".sum()" not in says("02.7", row)
    nullable = (claims["evidence_holder"] == "Russian Defence Ministry").astype("boolean")
    assert "count the Trues with .sum()" in says("02.9", nullable) and ".count()" not in says("02.9", nullable)
    assert "give the number itself, not a list" in says("00.1", [2000])
    # 05.1 and 05.4 name the line their own question asks about (lesson05: several_values.value_counts_advice)
    assert "value_counts()['hand only']" in says("05.1", pd.Series(["both", "hand only", "both"]).value_counts())
    assert "['unnamed'] after value_counts()" in says("05.4", claims["source_type"].value_counts())
    assert "len(...)" in says("04.10", pd.Series(["Syria", "Latakia", "Syria"]).value_counts())  # distinct places: count lines
    assert "that lists the places; count them with len(...)" in says("04.10", pd.Series(["Syria", "Latakia"], dtype="string").unique())


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


@pytest.mark.parametrize("text, items", [
    ("sorties, targets", ["sorties", "targets"]), ("sorties and targets", ["sorties", "targets"]),
    ("Sorties, targets, and objects.", ["Sorties", "targets", "objects"]), ("a; b & c + d", ["a", "b", "c", "d"]),
    ("['sorties', 'targets']", ["sorties", "targets"]), ("\u201csorties\u201d and \u201ctargets\u201d", ["sorties", "targets"]),
    ("12, 14", ["12", "14"]), ("sorties", ["sorties"]), ("", [""]), (", and ,", [", and ,"]),
])
def test_a_list_typed_as_one_text_is_read_as_its_items(text, items):
    assert list_items(text) == items


def test_a_list_typed_as_one_text_names_the_right_choices():
    """A cold learner typed 04.9's counting words as one string: a list's items, as the list they name."""
    from medialit.exercises import get_exercise

    words = get_exercise("04.9").expected()
    for answer in (", ".join(words), " and ".join(words), ", ".join(word.removesuffix("s") for word in words) + ".", str(list(words))):
        assert _right("04.9", answer), answer
    assert _right("03.6", " and ".join(get_exercise("03.6").expected()))
    assert "not one of the options" in ml.check("04.9", f"{words[0]}, bombs", record=False).message
    assert _right("05.6", _written_as("05.6", "{}"))  # one id is still a list of one


def test_a_list_typed_as_one_text_inside_a_list_or_a_group_is_read_as_its_items():
    """Learners F and G: ["byline, publication date, web address"], ["C006, C008"], {"ministry": ["D01, D02"]}."""
    from medialit.exercises import get_exercise

    missing = sorted(get_exercise("01.2").expected())
    assert _right("01.2", [", ".join(missing)]) and _right("01.2", [missing[0], " and ".join(missing[1:])])
    mismatched = sorted(get_exercise("05.6").expected())
    assert _right("05.6", [", ".join(mismatched)])
    assert get_exercise("05.6")._as_read([f"{mismatched[0]}, C008"]) == [mismatched[0], "C008"]  # read one by one
    groups = get_exercise("02.11").expected()
    assert _right("02.11", {name: [", ".join(ids)] for name, ids in groups.items()})
    assert _right("02.11", {name: " and ".join(ids) for name, ids in groups.items()})


def test_reading_a_list_typed_as_one_text_stays_linear():
    for text in ("a, " * (MB // 3), "a and " * (MB // 6), "," * MB, "x" * MB):
        started = time.perf_counter()
        list_items(text)
        ml.check("04.9", text, record=False)
        assert time.perf_counter() - started < 0.5
    assert list_items("a, " * 300) == ["a"] * 300  # a list within the reading cap (1,000 characters) is read whole


# -- learners Z and AA (Z7, AA-L1): two numbers, a sum, or a number with a note are said as such, not as digit grouping --

@pytest.mark.parametrize("exercise_id, typed, said", [
    ("02.7", "15, 17", "more than one number"), ("03.1", "2000, 2084", "more than one number"),
    ("03.1", "534, which is a quarter", "Write only the number"), ("03.9", "1,631 - 1,391", "work it out first"),
    ("03.9", "1631-1391", "work it out first"), ("03.4", "1550 / 1211", "work it out first"), ("02.7", "7+2", "work it out first")])
def test_two_numbers_a_sum_or_a_note_are_not_told_about_digit_grouping(exercise_id, typed, said):
    feedback = ml.check(exercise_id, typed, record=False)
    assert feedback.correct is False and said in feedback.message, feedback.message
    assert "group thousands" not in feedback.message


def test_several_numbers_passed_to_a_check_are_told_to_give_one_not_only_about_decimal_commas():
    """ml.check("02.7", 7, 2) was told only about decimal commas (learner Z, Z7)."""
    message = ml.check("02.7", 7, 2).message
    assert "give one number" in message and "work it out first" in message


@pytest.mark.parametrize("typed", ["-5", "1e-3", "2 084", "1,550", "1,550.5", "+7"])
def test_a_sign_an_exponent_or_a_grouping_is_still_one_number(typed):
    parse_number(typed)


def test_a_decimal_comma_is_read_as_one_before_any_round_and_round_only_where_the_exercise_rounds():
    """Learner Z (Z3): 02.8's answer_02_8 = 85,5 (Python's (85, 5)) was told a bracket of round(...) closed too early,
    though 02.8 uses no round()."""
    message = ml.check("02.8", (85, 5), record=False).message
    assert "(85, 5)" in message and "write it with a point (2.5, not 2,5)" in message and "round" not in message
    assert "round" not in ml.check("02.8", (85.4, 1), record=False).message
    rounded = ml.check("03.4", (1, 2), record=False).message  # 03.4 rounds with round(x, 2): both readings, the comma first
    assert rounded.index("with a point") < rounded.index("round(x, 2)")


def test_ids_typed_with_spaces_in_one_text_are_read_as_the_list_they_name():
    """Learner AA (AA-L3): 05.6's "C006 C008" got a generic hint, while ["C006", "C008"] got the sentence for that list."""
    from medialit.exercises import get_exercise

    right = get_exercise("05.6").expected()
    wrong_too = [*right, "C999"]
    assert ml.check("05.6", " ".join(wrong_too), record=False).message == ml.check("05.6", wrong_too, record=False).message
    assert ml.check("05.6", " ".join(right), record=False).correct is True


def test_a_one_row_column_is_called_one_row():
    """Learner AL: 01.9 given a column of one row said "a whole column of 1 rows"."""
    message = ml.check("01.9", pd.Series(["x"]), record=False).message
    assert "a whole column of 1 row:" in message and "1 rows" not in message


@pytest.mark.parametrize("exercise_id, answer, says", [
    ("00.1", "2084 minus 2000", "is a calculation: work it out first"),
    ("01.1", "16 plus 2", "is a calculation: work it out first"),
    ("00.1", "2084 - 2000 = 84", "is a calculation with its result: give only the result, 84,"),
    ("01.1", "7+2=9", "is a calculation with its result: give only the result, 9,"),
    ("00.1", "yes", "this question asks for a number"), ("03.4", "No.", "this question asks for a number"),
    ("00.1", "Over 2,000", "has words in it; the question asks for the exact number, so leave out 'Over'"),
    ("01.1", "about 15", "so leave out 'about'"), ("02.8", "more than 85%", "so leave out 'more than'"),
    ("00.1", "at least 2000 targets", "so leave out 'at least'"), ("00.1", "2000 or more", "so leave out 'or more'"),
    ("00.1", "2000+", "so leave out '+'"),
])
def test_a_number_answer_that_reads_as_something_else_is_told_what_it_is(exercise_id, answer, says):
    """Learner AL: a calculation in words was told it had words in it, "7 + 2 = 9" and a bare "yes" got the generic
    sentence, and "Over 2,000" was not told that the exercise wants the exact number."""
    feedback = ml.check(exercise_id, answer, record=False)
    assert feedback.correct is False and says in feedback.message, feedback.message


@pytest.mark.parametrize("exercise_id", ["00.1", "02.8", "04.1", "04.6", "01.8", "02.6"])
def test_an_answer_ending_in_a_comma_is_told_about_the_comma(exercise_id):
    """Learner AL: answer_00_1 = 2000, (Python's (2000,)) was told about values in round brackets."""
    feedback = ml.check(exercise_id, (get_exercise(exercise_id).expected(),), record=False)
    assert feedback.correct is False and "Your answer ends with a comma" in feedback.message, feedback.message


def test_only_and_just_are_dropped_and_a_bare_not_between_items_rules_out():
    """Round 16 (AO-M2, AN-M3): the shared helpers every kind of answer reads through."""
    from medialit.answers import without_only, without_reason

    assert without_only("only D02") == "D02" and without_only("just  08:00") == "08:00" and without_only("C006 only.") == "C006"
    assert without_only("only") == "only" and without_only("not only X") == "not only X"
    assert without_reason("27 not 62") == "27" and without_reason("web address not headline") == "web address"
    assert without_reason("it is not there") == "it is not there"


def test_a_list_of_numbers_in_words_is_told_to_use_digits():
    """AN-L3: a shared sentence for readers of lists of numbers (01.10's reader is to call it)."""
    from medialit.answers import numbers_in_words_note

    assert "write the line numbers in digits" in numbers_in_words_note("twenty-six and twenty-seven", "the line numbers")
    assert numbers_in_words_note("26 and 27") is None and numbers_in_words_note("x" * 2_000) is None


def test_a_number_with_its_dates_is_a_number_with_a_note_not_two_answers():
    """Learner AS (M3): 03.9's right number "between 30 October and 3 November" was told it is two answers and to work out
    their difference; the dates are a note, refused as every note after a number is (KNOWN, round 9)."""
    typed = f"{get_exercise('03.9').expected():g} sorties between 30 October and 3 November"
    feedback = ml.check("03.9", typed, record=False)
    assert feedback.correct is False and "two answers" not in feedback.message and "Write only the number" in feedback.message
