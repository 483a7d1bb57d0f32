"""Lesson 05's self-checks: advice that fits the learner's own answer, and the pier-damage rating."""
import re

import pytest

import medialit as ml
from medialit.articles import sample_ledger, sample_text
from medialit.exercises import get_exercise
from medialit.ledger_checks import compare_ledgers
from medialit.units import parse_quantity


def _comparison():
    return compare_ledgers(ml.extract_claims(sample_text("headline_outruns_body")), sample_ledger("headline_outruns_body"))


def _library():
    return sample_ledger("unnamed_sources")


@pytest.mark.parametrize("exercise_id, answer, words", [
    ("05.1", lambda: _comparison()["found"].value_counts(), "value_counts()['hand only']"),
    ("05.1", lambda: _comparison()["found"].value_counts(normalize=True), "without normalize"),
    ("05.4", lambda: _library()["source_type"].value_counts(), "['unnamed'] after value_counts()"),
    ("05.4", lambda: _library()["source_type"].value_counts(normalize=True), "['unnamed'] after value_counts(normalize=True)"),
    ("05.4", lambda: _library()["source_type"] == "unnamed", ".mean()"),
    ("05.5", lambda: _library().loc[_library()["claim_type"] == "money", "value"].head(2), "(old - new) / old"),
])
def test_value_counts_answers_get_advice_that_fits_the_question(exercise_id, answer, words):
    """Following the lesson's own value_counts() suggestion must not be told to use .nunique(), len(...) or .sum()."""
    feedback = ml.check(exercise_id, answer())
    assert feedback.correct is False and words in feedback.message
    for misleading in ("nunique", "len(", ".sum()", ".count()"):
        assert misleading not in feedback.message


@pytest.mark.parametrize("exercise_id, answer", [
    ("05.1", lambda: _comparison()["found"].value_counts()), ("05.1", lambda: _comparison()["found"].value_counts(normalize=True)),
    ("05.4", lambda: _library()["source_type"].value_counts()), ("05.4", lambda: _library()["source_type"].value_counts(normalize=True)),
])
def test_advice_never_gives_the_value(exercise_id, answer):
    from medialit.exercises import get_exercise

    expected = get_exercise(exercise_id).expected()
    assert not re.search(rf"(?<![\d.]){expected:g}(?![\d.])", ml.check(exercise_id, answer()).message)


def test_following_the_advice_gives_the_right_answer():
    counts = _comparison()["found"].value_counts()
    assert ml.check("05.1", counts["hand only"]).correct is True
    shares = _library()["source_type"].value_counts(normalize=True)
    assert ml.check("05.4", shares["unnamed"] * 100).correct is True
    assert ml.check("05.4", (_library()["source_type"] == "unnamed").mean() * 100).correct is True


@pytest.mark.parametrize("answer", ["partly_checkable", "partly checkable", "Partly-Checkable."])
def test_partly_checkable_pier_damage_is_defensible_and_says_who_could_check(answer):
    """Lesson 03's scale counts specialists with access as partly checkable: engineers or an insurer could check the $2.4 million."""
    feedback = ml.check("05.3", answer)
    assert feedback.correct is True and feedback.misconception is None
    assert "engineers" in feedback.message and "survey is not done" in feedback.message and "answer key says uncheckable" in feedback.message


def test_the_table_of_mismatched_rows_is_told_to_take_its_second_claim_id_column():
    """Learner M: harbour_checks[harbour_checks["matches"] == False] got the generic hint, as if its answer were read."""
    from medialit.articles import sample_ledger, sample_text
    from medialit.ledger_checks import conversion_checks

    checks = conversion_checks(sample_ledger("harbour_briefing"), sample_text("harbour_briefing"))
    feedback = ml.check("05.6", checks[~checks["matches"]], record=False)
    assert feedback.correct is False and "take that one column" in feedback.message and "second_claim_id" in feedback.message


def test_not_and_an_option_is_refused_with_the_one_word_option_it_means():
    from medialit.answers import negated_option

    feedback = ml.check("05.3", "not checkable", record=False)
    assert feedback.correct is False and "did you mean 'uncheckable'?" in feedback.message
    for typed in ("not verifiable", "Not verifiable."):  # learner AE (AE-L4): another word for it, told "more than an option"
        feedback = ml.check("05.3", typed, record=False)
        assert feedback.correct is False and "did you mean 'uncheckable'?" in feedback.message
    assert negated_option("not sure", ["checkable", "uncheckable"]) is None
    assert negated_option("not partly checkable", ["checkable", "partly_checkable", "uncheckable"]) is None


@pytest.mark.parametrize("phrase", ["can't be checked", "cannot be checked", "unverifiable", "nobody can check it",
                                    "no one can check it"])
def test_phrases_meaning_uncheckable_are_read_as_uncheckable_not_as_an_option_ruled_out(phrase):
    """Learner AC (AC-M1): these were told they rule an option out, or are not one of the options."""
    exercise = get_exercise("05.3")
    feedback = ml.check(exercise.id, phrase, record=False)
    assert exercise._as_read(phrase) == "uncheckable"
    assert feedback.correct is (exercise.expected() == "uncheckable")
    assert "rules an option out" not in feedback.message and "not one of the options" not in feedback.message


@pytest.mark.parametrize("answer, correct", [("uncheckable", True), ("Uncheckable.", True), ("checkable", False)])
def test_pier_damage_key_and_wrong_rating(answer, correct):
    feedback = ml.check("05.3", answer)
    assert feedback.correct is correct
    if correct:
        assert "no one else holds the evidence" in feedback.message and "engineers" in feedback.message


@pytest.mark.parametrize("exercise_id, answer, words, misleading", [
    ("05.1", lambda: _comparison()[_comparison()["found"] == "hand only"], "len(...)", 'row["'),
    ("05.4", lambda: _library()["source_type"].value_counts(normalize=True) * 100, "already percentages", "multiply"),
])
def test_a_step_already_taken_is_not_asked_for_again(exercise_id, answer, words, misleading):
    """A filtered table is counted with len(...), not read by column; percentages are not told to multiply by 100."""
    feedback = ml.check(exercise_id, answer())
    assert feedback.correct is False and words in feedback.message and misleading not in feedback.message


def test_05_2_quotes_the_harbour_briefing_in_its_own_words():
    """Fact-check 9: 'The authority put the damage at' stood in quotation marks, but line 15 says 'to the pier' too."""
    from medialit.exercises import get_exercise

    text = sample_text("harbour_briefing")
    quoted = [phrase for trap in get_exercise("05.2").traps for phrase in re.findall(r"'(The authority[^']*)'", trap.message)]
    assert quoted and all(phrase in text for phrase in quoted)


@pytest.mark.parametrize("answer", ["18.4% - yes it agrees", "{:g} yes", "{:g} percent, it agrees"])
def test_a_percentage_with_the_second_question_answered_is_told_to_give_only_the_number(answer):
    """Learner O (issue 13, item 8): "18.4% - yes it agrees" was told only that it "has words in it"."""
    feedback = ml.check("05.5", answer.format(get_exercise("05.5").expected()), record=False)
    assert feedback.correct is False and "Give only the number; the second question" in feedback.message
    assert "Give only the number" not in ml.check("05.5", "yes", record=False).message


@pytest.mark.parametrize("words", ["% cut", " percent cut", " per cent cut", " cut", "% decrease", "% drop", "% cuts"])
def test_the_cut_written_with_its_own_words_is_read_as_the_percentage(words):
    """Cold learner Q (issue 13, 3): "18.4% cut" was told that the second question is for them to think about."""
    right = f"{get_exercise('05.5').expected():.1f}"
    feedback = ml.check("05.5", right + words, record=False)
    assert feedback.correct is True, feedback.message


@pytest.mark.parametrize("answer", ["{:.1f} roughly", "{:.1f} cut roughly", "{:.1f} cost"])
def test_other_words_after_the_cut_get_the_plain_write_only_the_number_sentence(answer):
    feedback = ml.check("05.5", answer.format(get_exercise("05.5").expected()), record=False)
    assert feedback.correct is False and "Write only the number" in feedback.message
    assert "second question" not in feedback.message


def test_a_filtered_comparison_is_told_to_count_its_rows_and_nothing_about_columns():
    """Cold learner Q (issue 13, 12): "rather than picking a column" confused a learner who had picked none."""
    comparison = _comparison()
    feedback = ml.check("05.1", comparison[comparison["found"] == "hand only"], record=False)
    assert feedback.correct is False and feedback.message.startswith("That is a table of rows")
    assert "len(...)" in feedback.message and "column" not in feedback.message


@pytest.mark.parametrize("answer", ["partially checkable", "Partially-checkable.", "partially_checkable"])
def test_partially_checkable_is_read_as_partly_checkable(answer):
    """Cold learner Q (issue 13, 10): the refusal suggested partly_checkable for the word the learner had typed."""
    (defensible, reply), = get_exercise("05.3").defensible
    assert defensible == "partly_checkable" and ml.check("05.3", answer, record=False).message == reply


@pytest.mark.parametrize("answer", [["2.7 km"], "2.7 km", ["C006", "2.7 km"]])
def test_a_figure_given_for_a_claim_id_is_told_to_give_the_ids(answer):
    """Cold learner Q (issue 13, 10): ["2.7 km"] got the generic hint about the 'matches' column."""
    feedback = ml.check("05.6", answer, record=False)
    assert feedback.correct is False and "'2.7 km' is a figure, not an id" in feedback.message
    assert "second_claim_id" in feedback.message and get_exercise("05.6").expected()[0] not in feedback.message


@pytest.mark.parametrize("answer", ["{figure}", "{number} nmi"])
def test_the_first_figure_unconverted_is_told_it_is_not_converted(answer):
    """Cold learner Q (issue 13, 8): "1.5 nautical miles" was told it was the distance "exactly, not rounded"."""
    from medialit.exercises.lesson05 import _mismatched_first_figure

    line, figure = _mismatched_first_figure()
    feedback = ml.check("05.7", answer.format(figure=figure, number=figure.split()[0]), record=False)
    assert feedback.correct is False and feedback.message.startswith(f"That is line {line}'s figure as the article writes it")
    assert "convert it into kilometres" in feedback.message and "not rounded" not in feedback.message
    assert sample_text("harbour_briefing").split("\n")[line - 1].count(figure) == 1
    right_number = parse_quantity(get_exercise("05.7").expected()).to("km").magnitude
    feedback = ml.check("05.7", f"{right_number:g} nmi", record=False)
    assert feedback.message.startswith("The number is the converted distance, but the unit you give is still nautical miles")


def test_the_budget_table_is_numbered_from_0_so_one_cell_reads_as_the_lesson_says():
    """Cold learner Q (issue 13, 4): budget kept library's index 4, 5, so budget["value"][0] was a KeyError traceback."""
    from pathlib import Path

    import nbformat

    notebook = Path(__file__).resolve().parent.parent / "solutions" / "05_your_turn.ipynb"
    cells = {cell.id: cell.source for cell in nbformat.read(notebook, 4).cells}
    names = {"library": _library()}
    exec(cells["budget_cell"], names)  # the course's own cell, on the course's own data
    budget = names["budget"]
    assert budget.index.tolist() == [0, 1] and 'budget.loc[0, "value"]' in cells["rates_intro"]
    from medialit.exercises.lesson05 import _budget_figures

    assert sorted([budget.loc[0, "value"], budget["value"][1]]) == sorted(_budget_figures())


def test_unnamed_share_with_its_words_and_its_complement():
    """Learner U (round 5, LOW 10): '85% unnamed' was refused; the share of the other rows got only a generic hint."""
    from medialit.exercises.lesson05 import _unnamed_share
    share = _unnamed_share()
    assert ml.check("05.4", f"{share:g}% unnamed", record=False).correct is True
    assert ml.check("05.4", f"{share:g}% named", record=False).correct is not True
    feedback = ml.check("05.4", f"{100 - share:g}", record=False)
    assert feedback.correct is False and feedback.misconception == "05.4/share-of-the-rest"


@pytest.mark.parametrize("typed", ["indirect speech", "Reported speech.", "indirect quote", "the outlet's own voice"])
def test_05_2_reads_the_everyday_names_of_the_modes_as_lesson_02_does(typed):
    """Learner AA (AA-M3): 'indirect speech', lesson 04's word for NBC's report, was told it is not one of the options."""
    exercise = get_exercise("05.2")
    read = exercise._as_read(typed).replace("_", " ")
    assert read in ("paraphrase", "narration")
    assert read == get_exercise("02.3")._as_read(typed)
    feedback = ml.check("05.2", typed, record=False)
    assert "not one of the options" not in feedback.message
    assert feedback.correct is (read == exercise.expected().replace("_", " "))


def test_05_4_asks_for_one_decimal_place_and_judges_to_it():
    """Learner AE (AE-L5): the notebook invites a decimal ("42.5") but 05.4's tolerance was 0.5, so half a point off the
    key (85.5 for 85.0) was counted right. One decimal place, as 05.5: 0.05."""
    exercise = get_exercise("05.4")
    right = exercise.expected()
    assert "one decimal place" in exercise.prompt and exercise.tolerance == get_exercise("05.5").tolerance == 0.05
    assert ml.check("05.4", right, record=False).correct is True
    assert ml.check("05.4", (_library()["source_type"] == "unnamed").mean() * 100, record=False).correct is True
    for off in (0.5, -0.5, 0.1, -0.1):
        assert ml.check("05.4", round(right + off, 1), record=False).correct is False


@pytest.mark.parametrize("column", ["hand_claim_id", "draft_claim_id"])
@pytest.mark.parametrize("hand_only", [True, False])
def test_05_1_a_column_of_ids_is_told_it_holds_ids_not_to_add_it_up(column, hand_only):
    """Round-13 LOW: a column of ledger ids was told to add .sum() (which joins text); it is told it holds claim ids and
    what 05.1 counts instead."""
    comparison = _comparison()
    ids = comparison.loc[comparison["found"] == "hand only", column] if hand_only else comparison[column]
    feedback = ml.check("05.1", ids, record=False)
    assert feedback.correct is False
    assert "holds claim ids" in feedback.message and "len(...)" in feedback.message and ".sum()" not in feedback.message


def test_05_1_the_found_column_is_told_it_holds_each_rows_kind_not_to_add_it_up():
    feedback = ml.check("05.1", _comparison()["found"], record=False)
    assert feedback.correct is False and "each row's kind" in feedback.message and ".sum()" not in feedback.message


def test_05_1_a_column_of_numbers_keeps_the_shared_sentence():
    comparison = _comparison()
    assert ".sum()" in ml.check("05.1", comparison["char_start"], record=False).message
