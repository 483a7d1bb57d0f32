"""Every exercise tested from the registry and the data alone: its right answer, its traps and its hints.

Nothing here names an answer, so editing an exercise touches only its answer key (``solutions/NN_slug.ipynb``)
and its check (``medialit/exercises/lessonNN.py``), as INSTRUCTORS.md's "Edit an exercise" says; the build
checks that the two agree (``medialit/answer_keys.py``). The last test keeps that promise true: no other test
may hold a right answer of its own.
"""
import re
from pathlib import Path

import pytest

import medialit as ml
from medialit.exercises import get_exercise, list_exercises

from derived_answers import derive_answers

ROOT = Path(__file__).resolve().parent.parent
AUTO_CHECKED = [i for i in list_exercises() if get_exercise(i).kind != "written"]
WRITTEN = [i for i in list_exercises() if get_exercise(i).kind == "written"]


@pytest.fixture(scope="module")
def derived():
    return derive_answers()


@pytest.mark.parametrize("exercise_id", AUTO_CHECKED)
def test_the_expected_answer_is_correct(exercise_id):
    feedback = ml.check(exercise_id, get_exercise(exercise_id).expected(), record=False)
    assert feedback.correct is True and feedback.misconception is None, feedback


@pytest.mark.parametrize("exercise_id", WRITTEN)
def test_a_written_answer_long_enough_is_noted_and_a_short_one_is_not(exercise_id):
    exercise = get_exercise(exercise_id)
    distinct = [f"word{number}" for number in range(exercise.min_words)]  # one word repeated is refused as a repeated phrase
    assert ml.check(exercise_id, " ".join(distinct), record=False).correct is None
    assert ml.check(exercise_id, " ".join(distinct[:-1]), record=False).correct is False


@pytest.mark.parametrize("exercise_id", [i for i in AUTO_CHECKED if getattr(get_exercise(i), "aliases", ())])
def test_an_alias_of_the_right_choice_is_right(exercise_id):
    """01.8 takes "hit" for "hitting": the registry's own aliases, tested from the registry."""
    exercise = get_exercise(exercise_id)
    for alias, choice in exercise.aliases:
        if choice == exercise.expected():
            assert ml.check(exercise_id, alias, record=False).correct is True, alias


@pytest.mark.parametrize("exercise_id", AUTO_CHECKED)
def test_each_trap_answer_gets_its_own_misconception(exercise_id, derived):
    for trap_id, answer in derived[exercise_id].traps.items():
        feedback = ml.check(exercise_id, answer, record=False)
        assert (feedback.correct, feedback.misconception) == (False, trap_id), (answer, feedback)


@pytest.mark.parametrize("exercise_id", [i for i in AUTO_CHECKED if get_exercise(i).hints])
def test_other_wrong_answers_get_a_hint_that_does_not_give_the_answer_away(exercise_id, derived):
    expected = get_exercise(exercise_id).expected()
    for answer in derived[exercise_id].other:
        feedback = ml.check(exercise_id, answer, record=False)
        assert feedback.correct is False and feedback.misconception is None and feedback.message.startswith("Not quite")
        if isinstance(expected, (int, float)) and not isinstance(expected, bool) and abs(expected) >= 10:
            assert f"{expected:g}" not in feedback.message.replace(",", "")


#: Options written with capitals, long enough for one slip of two letters to stay close to them ("Rossiya Segodnya").
CAPITALISED = [(i, option) for i in AUTO_CHECKED for option in get_exercise(i).choices if option != option.casefold() and len(option) >= 6]


def _two_letters_swapped(option: str) -> str:
    """The option with two letters in the middle of its longest word swapped ("Rossiya Segdonya"), as a typing slip makes."""
    longest = max(option.split(), key=len)
    middle = len(longest) // 2
    return option.replace(longest, longest[:middle - 1] + longest[middle] + longest[middle - 1] + longest[middle + 1:], 1)


@pytest.mark.parametrize("exercise_id, option", CAPITALISED)
def test_a_misspelt_option_with_capitals_hears_did_you_mean_it_as_spelt(exercise_id, option):
    """Learner T (round 5): the text typed was casefolded and the options were not, so "Rosiya Segodnya" heard no hint."""
    exercise = get_exercise(exercise_id)
    for typed in (_two_letters_swapped(option), _two_letters_swapped(option).lower()):
        feedback = ml.check(exercise_id, [typed] if exercise.kind == "choices" else typed, record=False)
        assert feedback.correct is False and f'did you mean "{option}"?' in feedback.message, (typed, feedback)


_PAIRED_LITERAL = re.compile(r"""["'](\d\d\.\d+)["']\s*,\s*(?:(["'])((?:(?!\2).){1,80})\2|(-?\d[\d_]*(?:\.\d+)?)\b)""")


def test_no_other_test_holds_a_right_answer_of_its_own():
    """A test pairing "03.4" with an answer the check accepts ("1.28 targets per sortie") breaks when an instructor
    edits 03.4 correctly; such tests take the answer from get_exercise(ID).expected() instead."""
    offenders = []
    for path in sorted((ROOT / "tests").rglob("*.py")):
        if path.name == Path(__file__).name:
            continue
        for match in _PAIRED_LITERAL.finditer(path.read_text(encoding="utf-8")):
            exercise_id, literal = match[1], match[3] if match[3] is not None else match[4]
            if exercise_id not in list_exercises() or get_exercise(exercise_id).kind == "written":
                continue
            answer = literal if match[3] is not None else float(literal.replace("_", ""))
            feedback = ml.check(exercise_id, answer, record=False)
            if feedback.correct is True:
                offenders.append(f"{path.name}: {match[0][:80]}")
    assert offenders == [], "use get_exercise(ID).expected() instead of a typed-in right answer:\n" + "\n".join(offenders)
