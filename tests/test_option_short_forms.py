"""Options typed short: a form that begins or ends exactly one option names it; one that fits several is refused by name."""
import pytest

import medialit as ml
from medialit.answers import options_meant, read_option
from medialit.exercises import get_exercise


@pytest.mark.parametrize("typed, options, meant", [
    ("quote", ("direct quote", "paraphrase", "narration"), "direct quote"),
    ("quoted", ("direct_quote", "paraphrase", "narration"), "direct_quote"),
    ("Quotes.", ("direct quote", "paraphrase", "narration"), "direct quote"),
    ("caption", ("said Tuesday", "campaign start", "caption date"), "caption date"),
    ("the caption", ("said Tuesday", "campaign start", "caption date"), "caption date"),
    ("Rossiya", ("Rossiya Segodnya", "TASS", "RIA Novosti", "Reuters"), "Rossiya Segodnya"),
    ("partly", ("checkable", "partly_checkable", "uncheckable"), "partly_checkable"),
])
def test_a_short_form_of_one_option_names_it(typed, options, meant):
    assert read_option(typed, options) == meant


@pytest.mark.parametrize("typed, options", [
    ("residue", ("headline", "comment-widget residue", "template residue")),  # fits two: never a guess
    ("photo caption", ("said Tuesday", "campaign start", "caption date")),  # a word no option has
    ("Russia Today", ("Rossiya Segodnya", "TASS", "RIA Novosti", "Reuters")),  # RT, once "Russia Today", is another outlet
    ("convert", ("converted", "different", "misprint")),  # one-word options are named in full or inflected
    ("a quote from the minister about the caption", ("direct quote", "caption date")),  # a sentence, not a short form
])
def test_a_text_that_fits_no_single_option_names_none(typed, options):
    assert read_option(typed, options) is None


def test_an_ambiguous_short_form_is_refused_with_the_options_it_fits():
    assert options_meant("residue", ("headline", "comment-widget residue", "template residue")) == [
        "comment-widget residue", "template residue"]
    feedback = ml.check("00.3", "residue", record=False)
    assert feedback.correct is False
    assert "could be comment-widget residue or template residue: write the one you mean in full" in feedback.message


def test_a_short_form_is_judged_as_its_option_right_or_wrong():
    assert ml.check("02.2", "quote", record=False).correct is False  # direct quote: a wrong answer read, not refused
    assert "not one of the options" not in ml.check("02.2", "quoted", record=False).message
    from medialit.exercises import get_exercise

    right = get_exercise("01.4").expected()  # "caption date" as the key has it: its first word alone is right too
    assert " " in right and ml.check("01.4", right.split()[0], record=False).correct is True


@pytest.mark.parametrize("exercise_id, template", [
    ("04.4", "{} and rounded"),
    ("04.4", "{}, one was converted from the other"),
    ("03.7", "{}, because nobody outside can see the strike records"),
])
def test_an_answer_that_starts_with_one_option_and_goes_on_is_read_as_it(exercise_id, template):
    right = get_exercise(exercise_id).expected()
    assert get_exercise(exercise_id)._as_read(template.format(right.capitalize())) == right


@pytest.mark.parametrize("exercise_id, answer, named", [
    ("03.7", "No doubt yes", "yes and no"),
    ("04.4", "converted or different", "converted and different"),
])
def test_an_answer_that_names_two_options_is_refused_in_one_sentence(exercise_id, answer, named):
    """03.7 once accepted "No doubt yes" (its first word), while 04.4 refused "converted and rounded": one rule now."""
    feedback = ml.check(exercise_id, answer, record=False)
    assert feedback.correct is False and f"names {named}: answer with only the one you mean." in feedback.message
