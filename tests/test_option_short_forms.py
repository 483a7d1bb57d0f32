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


# -- learners Z and AA (Z1, Z2, AA-M1, Z4): absence, hedges, a bare yes/no, and a reason naming another option --------

def _right_items(exercise_id):
    from medialit.exercises import get_exercise

    return sorted(get_exercise(exercise_id).expected())


@pytest.mark.parametrize("template", ["no {}", "missing {}", "{} missing", "{} is missing", "without {}"])
def test_a_list_of_what_is_absent_may_say_no_or_missing_before_or_after_each_item(template):
    """Learner Z (Z1): 01.2's ["no byline", "no date", "no address"] was told it ruled items out, and "the one option"."""
    assert ml.check("01.2", [template.format(item) for item in _right_items("01.2")], record=False).correct is True
    assert ml.check("01.2", ", ".join(template.format(item) for item in _right_items("01.2")), record=False).correct is True


def test_a_list_answer_is_never_told_to_give_the_one_option():
    message = ml.check("01.2", ["not headline"], record=False).message
    assert "the one option" not in message and "rules an item out" in message
    assert "the one option" not in ml.check("04.9", ["not aircraft"], record=False).message


ONE_OPTION = ["00.3", "01.2", "01.4", "01.6", "01.8", "02.2", "02.3", "04.4", "05.2", "05.3"]


@pytest.mark.parametrize("exercise_id", ONE_OPTION)
@pytest.mark.parametrize("hedge", ["not sure", "Unsure.", "I don't know", "no idea", "?", "dont know"])
def test_a_hedge_is_told_to_pick_the_option_that_fits_best_not_that_it_rules_one_out(exercise_id, hedge):
    feedback = ml.check(exercise_id, [hedge] if exercise_id == "01.2" else hedge, record=False)
    assert feedback.correct is False and feedback.misconception is None
    assert "Pick the" in feedback.message and "rules" not in feedback.message and "the feedback will tell you more" in feedback.message
    assert feedback.message.count("headline") <= 1  # the options are listed once, not again by the exercise's own sentence


@pytest.mark.parametrize("exercise_id", ONE_OPTION)
@pytest.mark.parametrize("reply", ["no", "Yes.", "No, campaign start or caption date"])
def test_a_bare_yes_or_no_is_told_the_question_is_not_yes_or_no(exercise_id, reply):
    feedback = ml.check(exercise_id, [reply] if exercise_id == "01.2" else reply, record=False)
    assert "This question is not yes/no" in feedback.message and "rules" not in feedback.message


def test_no_then_an_option_reads_as_that_option():
    """Learner AA (AA-M1): 01.4's "No, caption date" was told it ruled an option out."""
    from medialit.exercises import get_exercise

    right = get_exercise("01.4").expected()
    assert ml.check("01.4", f"No, {right}", record=False).correct is True


@pytest.mark.parametrize("exercise_id", ["01.4", "02.3", "02.2", "04.4", "01.8"])
@pytest.mark.parametrize("joint", [" because the {} is later", ", because {} is too weak", " since {} does not fit", " as the {} is wrong"])
def test_a_reason_after_the_option_may_name_another_option(exercise_id, joint):
    """Learner Z (Z4): "caption date because the campaign start is later" was told it named two options, while
    "caption date, because it adds nothing" was right."""
    from medialit.exercises import get_exercise

    exercise = get_exercise(exercise_id)
    right = exercise.expected()
    other = next(choice for choice in exercise.choices if choice != right)
    assert ml.check(exercise_id, right + joint.format(other), record=False).correct is True
    assert ml.check(exercise_id, other + joint.format(right), record=False).correct is False


@pytest.mark.parametrize("exercise_id, typed, said", [
    ("01.8", "destroyed and hit", "names destroyed and hitting"), ("03.7", "No doubt yes", "names yes and no"),
    ("02.2", "narration by the outlet", 'if you mean "narration", give only that')])
def test_two_options_joined_at_the_start_or_an_option_in_a_phrase_are_still_said_so(exercise_id, typed, said):
    assert said in ml.check(exercise_id, typed, record=False).message
