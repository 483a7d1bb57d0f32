"""Shared feedback on the pandas objects learners hand in: it says what they gave and what the question wants.

What learners typed in review: df.shape for one count, a column's .unique() for a count or a list of ids, a True/False
column for a list or for counts per label, a list for a dict; messages were untrue ("a decimal comma"), generic ("each
item should be a word") or in type names ("a Categorical", "an int64").
"""
import dataclasses
import re

import numpy as np
import pandas as pd
import pytest

import medialit as ml
from medialit.exercises import Exercise, get_exercise, list_exercises
from medialit.exercises.lesson00 import StartExercise


def says(exercise_id: str, answer) -> str:
    return ml.check(exercise_id, answer, record=False).message


def test_unique_values_for_one_count_are_counted_the_way_the_question_needs():
    segments, claims = ml.load_segments(), ml.load_claims()
    for exercise_id, column in (("00.2", segments["kind"]), ("02.9", claims["evidence_holder"])):
        message = says(exercise_id, column.unique())
        assert ".unique()" in message and "(==)" in message and ".sum()" in message and "len(" not in message, message
    places = says("04.10", pd.Series(["Syria", "Latakia"], dtype="string").unique())  # distinct places: len is the step
    assert "len(...)" in places and ".nunique()" in places


@pytest.mark.parametrize("exercise_id", ["03.6", "04.9", "05.6", "01.2"])
def test_a_true_false_column_for_a_list_says_what_it_is_and_how_to_pick_the_rows(exercise_id):
    mask = ml.load_claims()["verifiability"] == "checkable"
    message = says(exercise_id, mask)
    assert f"True/False for {len(mask)} rows" in message and "table.loc[mask," in message, message
    assert "Each item in the list" not in message


def test_unique_values_for_a_list_of_ids_say_what_they_are_but_a_trap_still_speaks():
    message = says("05.6", ml.load_claims()["verifiability"].unique())
    assert "different values of a column" in message and ".unique()" in message and "True/False test" in message
    from medialit.exercises.lesson05 import _mismatched_first_ids

    first_of_pair = says("05.6", np.array(_mismatched_first_ids()))
    assert "first of the pair" in first_of_pair  # the trap's own message, not the generic one
    assert ml.check("05.6", np.array(get_exercise("05.6").expected()), record=False).correct is True


@pytest.mark.parametrize("answer, what", [
    (lambda claims: claims["verifiability"] == "checkable", "a True/False column"),
    (lambda claims: claims["verifiability"].unique(), "lists the ratings, each once"),
    (lambda claims: claims["verifiability"], "the verifiability column itself"),
])
def test_a_column_for_counts_per_label_says_what_it_is_and_how_to_count(answer, what):
    """03.8 names what was given and the step that fits it (its own messages, since fixJ: counting the column's values)."""
    claims = ml.load_claims()
    assert len(claims) == 80
    message = says("03.8", answer(claims))
    assert what in message and '{"label": 3}' in message and "count" in message and "each rating" in message, message
    assert "For '0'" not in message


def test_a_list_for_a_dict_says_a_dict_is_expected_once():
    message = says("03.8", ["checkable", "partly_checkable"])
    assert message.count('{"label": 3}') == 1 and message.count("a dict") == 1, message


def test_number_feedback_says_what_it_wants_once():
    for answer in ("abc", "about 15", "15 km", "5,5", (1, 550), [1, 2], "15 days"):
        message = says("00.1", answer)
        assert "This exercise takes a single number" not in message and message.count("for example") <= 1, message
    advice = says("03.1", [287, 155, 52, 40])  # lesson advice that does not say it: the exercise's sentence follows
    assert advice.endswith("This exercise takes a single number, e.g. 1234 or 12.5.")


JARGON = re.compile(r"int64|float64|Categorical|dtype|Series|ndarray|NumPy|DataFrame|Timedelta|StringArray|DatetimeIndex|NoneType|\bstr\b")
ODD_ANSWERS = [pd.Series([1, 2]), pd.Series([True, False]), np.array([1, 2]), pd.Categorical(["a", "b"]), pd.array(["a", "b"], dtype="string"),
               pd.DataFrame({"a": [1, 2]}), pd.DataFrame({"a": [1]}), pd.Timedelta(days=3), pd.Timestamp("2015-11-03"), np.int64(3),
               (1, 2), (5,), [1, 2], {"a": "b"}, "abc", 3, pd.DatetimeIndex(["2015-11-03"])]


@pytest.mark.parametrize("exercise_id", [i for i in list_exercises() if type(get_exercise(i)) in (Exercise, StartExercise)])
def test_shared_readers_speak_plain_words_not_type_names(exercise_id):
    for answer in ODD_ANSWERS:
        message = says(exercise_id, answer)
        if not message.startswith("Not quite"):  # a hint is the lesson's own text
            assert not JARGON.search(message.replace(get_exercise(exercise_id).prompt, "")), (type(answer).__name__, message)


@pytest.mark.parametrize("exercise_id", ["03.6", "05.6", "01.2"])
def test_a_whole_column_for_a_list_is_refused_before_each_item_is_read(exercise_id):
    message = says(exercise_id, np.array(["C006"] * 100_000))
    assert "100,000 of them" in message and "\n" not in message


def test_a_column_named_count_is_a_column_and_not_counts_per_value():
    """campaign["count"] (03.1) was told it was "a count per value (from .value_counts())" because of its name."""
    itemised = ml.load_itemised()
    campaign = itemised[itemised["breakdown"] == "campaign"]
    assert "whole column" in says("03.1", campaign["count"]) and ".value_counts()" not in says("03.1", campaign["count"])
    assert ".value_counts()" in says("03.1", campaign["category"].value_counts())
    assert "one row of a table" in says("03.1", campaign.iloc[0])


def test_an_exercises_own_step_is_said_to_any_column_given_for_its_number(monkeypatch):
    """04.10 with the whole entity_id column was told ".sum() ... or .count()" (17, the count its hint rejects); 03.1
    with .unique() "(==) and .sum()", with a True/False column "count the Trues" (1): each now hears the step it needs."""
    from medialit import exercises

    fixed = ml.load_claims().merge(ml.load_entity_aliases(), left_on="text", right_on="alias")
    for answer in (fixed["entity_id"], fixed["entity_id"] == "x"):  # .unique() is told to count with len
        message = says("04.10", answer)
        assert message.endswith(": count each place once with .nunique() on the column that names the place.") and ".count()" not in message
    step = "add up the count column of the campaign rows with .sum()"
    monkeypatch.setitem(exercises._REGISTRY, "03.1", dataclasses.replace(get_exercise("03.1"), column_step=step))
    campaign = ml.load_itemised().query("breakdown == 'campaign'")
    for answer in (campaign["count"], campaign["count"].unique(), campaign["count"] > 100):
        assert says("03.1", answer).endswith(f": {step}.")


# -- cold learners V and W (round 6): counts that .reset_index() made into a table, where one number is asked ---------------

@pytest.mark.parametrize("exercise_id", [id_ for id_ in list_exercises() if get_exercise(id_).kind == "number"])
def test_every_number_exercise_tells_counts_made_into_a_table_by_reset_index_to_drop_it(exercise_id):
    """00.2 told segments["kind"].value_counts().reset_index() to pick a column and .sum() it, which gives 62 or 11: every
    number exercise reads such a table with the shared reader, which says to drop .reset_index() and read one count."""
    table = ml.load_segments()["kind"].value_counts().reset_index()
    for answer in (table, table.head(1)):
        feedback = ml.check(exercise_id, answer, record=False)
        assert feedback.correct is False and "drop .reset_index()" in feedback.message, feedback.message
        assert ".sum()" not in feedback.message and 'row["<column>"]' not in feedback.message
    distinct = get_exercise(exercise_id).distinct
    assert ('counts["<label>"]' in ml.check(exercise_id, table, record=False).message) is not distinct
