"""Lesson 04's self-checks: quantities in any equivalent unit, clock times, and plain messages for bad units."""
import pytest

import medialit as ml
from medialit.exercises import get_exercise
from medialit.clocks import convert_clock
from medialit.units import ureg



def _spellings_of_a_length(quantity):
    """The right length written as learners write it: km, m, cm, capitals, a space between thousands, a pint quantity.
    A comma before exactly three digits groups thousands, as lesson 03 reads "1,550" (learner O, issue 13)."""
    km, m = quantity.to("km").magnitude, quantity.to("m").magnitude
    return [f"{km:g} km", f"{m:g} m", f"{m:g}m", f"{km:g} kilometres", f"{m * 100:g} cm", ureg().Quantity(m, "m"),
            f"{km:g} Km", f"{km:g} KM", f"{m:,g} m".replace(",", " "), f"{m:,.0f} m", f"{m:,.0f} metres"]


def test_conversion_accepts_any_length_unit():
    for answer in _spellings_of_a_length(get_exercise("04.1").expected()):
        assert ml.check("04.1", answer).correct is True, answer


def test_conversion_tolerance_is_half_a_metre():
    metres = get_exercise("04.1").expected().to("m").magnitude
    assert ml.check("04.1", f"{metres + 0.4:g} m").correct is True
    assert ml.check("04.1", f"{metres + 1:g} m").correct is False


@pytest.mark.parametrize("answer, words", [
    ("3 nmi", "convert it into kilometres or metres"),
    ("3 nautical miles", "convert it into kilometres or metres"),
    ("5.556 kg", "not a unit this course knows"), ("5.556 hours", "measures something else"),
    ("5.556", "with its unit"),
    ("5.556 parsecs", "not a unit this course uses"),
    ("5.5 km", "line 44's figure"),
    ("4.828 km", "statute miles"),
    ("4.83 km", "statute miles"),  # rounded further, still statute miles (learner O, issue 13)
    ("5.6 km", "rounded to one decimal place"),
    ("5.56 km", "not to the nearest metre"),
    ("5560 m", "not to the nearest metre"),
    ("5,6 km", "write 5.6 km with a point for decimals"),
])
def test_bad_units_and_slips_say_what_was_expected(answer, words):
    feedback = ml.check("04.1", answer)
    assert feedback.correct is False and words in feedback.message


#: How a learner names each exercise's clock after the time ("08:00 UTC", "10:00 Damascus time").
CLOCK_NAMES = {"UTC": "UTC", "Asia/Damascus": "Damascus time"}


def _spellings_of_a_clock(clock: str, zone: str) -> list[str]:
    hour, minute = (int(part) for part in clock.split(":"))
    spellings = [clock, f"{hour}:{minute:02d}", clock.replace(":", "."), f"{clock} {CLOCK_NAMES[zone]}"]
    if minute == 0 and 0 < hour < 12:
        spellings += [f"{hour} a.m.", f"{hour}am"]
    return spellings


def _right_spellings():
    """Each lesson 04 exercise's right answer as learners write it, computed from its expected answer."""
    for exercise_id in ("04.2", "04.3"):
        quantity = get_exercise(exercise_id).expected()
        yield exercise_id, f"{quantity.to('km').magnitude:g} km"
        yield exercise_id, f"{quantity.to('m').magnitude:g} m"
    yield "04.4", get_exercise("04.4").expected().capitalize()
    for exercise_id in ("04.6", "04.7"):
        exercise = get_exercise(exercise_id)
        yield from ((exercise_id, spelling) for spelling in _spellings_of_a_clock(exercise.expected(), exercise.zone))
    plural = list(get_exercise("04.9").expected())
    yield "04.9", plural
    yield "04.9", [word.removesuffix("s").capitalize() if i else word.removesuffix("s") for i, word in enumerate(plural)]
    yield "04.9", [f"{word.capitalize()}." if i == 0 else f" {word} " for i, word in enumerate(plural)]
    yield "04.10", get_exercise("04.10").expected()


def test_right_answers_pass():
    for exercise_id, answer in _right_spellings():
        assert ml.check(exercise_id, answer).correct is True, (exercise_id, answer)


@pytest.mark.parametrize("exercise_id, answer, words", [
    ("04.2", "5.4 km", "whole step below"), ("04.2", "5.5 km", "the figure itself"), ("04.2", "5.55 km", "upper end"),
    ("04.3", "5.5 km", "not the rounded conversion"), ("04.3", "5.556 km", "exact conversion"),
    ("04.4", "misprint", "nothing needs it"), ("04.4", "Misprint.", "nothing needs it"), ("04.4", " MISPRINT ", "nothing needs it"),
    ("04.6", "07:00", "before 26 October 2014"), ("04.7", "11:00", "daylight saving"),
    ("04.3", "3 nmi", "still in nautical miles"),
    ("04.10", 9, "different names for one place"),
])
def test_common_slips_get_their_own_message(exercise_id, answer, words):
    feedback = ml.check(exercise_id, answer)
    assert feedback.correct is False and words in feedback.message


def test_the_converted_explanation_leaves_the_order_open():
    """The rounding fits either order (the lesson's next cell), so 04.4's praise must not hint at one."""
    message = ml.check("04.4", get_exercise("04.4").expected()).message
    assert "hints at which came first" not in message and "next question" in message


def test_names_counted_apart_and_the_captions_moscow_get_one_message_naming_both_causes():
    """Counting names gives the same number as counting entities with the caption's Moscow, so the trap for the
    caption could never fire: one message names both causes (fact-check 6b)."""
    from medialit.exercises.lesson04 import _place_names, _places_with_the_caption

    assert _place_names() == _places_with_the_caption()
    feedback = ml.check("04.10", _place_names())
    assert feedback.misconception == "04.10/counted-names"
    assert "different names for one place" in feedback.message and "caption of line 26" in feedback.message
    assert [trap.id for trap in get_exercise("04.10").traps] == ["counted-names", "counted-mentions"]


def test_clock_answers_must_look_like_a_time():
    feedback = ml.check("04.6", "eight")
    assert feedback.correct is False and "HH:MM" in feedback.message
    assert ml.check("04.6", "7 a.m.").correct is False


def test_singular_counting_words_are_not_refused_but_other_words_still_are():
    assert ml.check("04.9", ["sortie", "target", "aircraft"]).correct is False
    feedback = ml.check("04.9", ["sortie", "ammunition_and_fuel_depot"])
    assert feedback.correct is False and "not one of the options" in feedback.message


def test_place_count_matches_a_join_through_the_aliases():
    """Only the article's own lines count: Moscow, named only in the caption of line 26, is page, not article."""
    from medialit import stats

    claims = stats.claims_with_lines()
    article_lines = ml.load_segments().query("in_article")["segment_id"]
    places = claims[(claims["claim_type"] == "place") & claims["line"].isin(article_lines)]
    assert "Moscow" not in set(places["text"])
    joined = places.merge(ml.load_entity_aliases(), left_on="text", right_on="alias", how="left")
    assert joined["entity_id"].notna().all(), "every place name in the article has an alias row"
    assert get_exercise("04.10").expected() == joined["entity_id"].nunique() < places["text"].nunique()


def test_counting_every_mention_gets_its_own_message():
    from medialit.exercises.lesson04 import _article_places

    mentions = len(_article_places())
    assert "every mention" in ml.check("04.10", mentions).message


def test_the_conversion_hint_runs_as_the_notebook_names_the_registry():
    """The hint once said ureg.Quantity(...), but ureg is a function: following it raised AttributeError."""
    import re

    hint = get_exercise("04.1").hints[0]
    assert "u = ureg()" in hint
    code = re.search(r"\w+(?:\(\))?\.Quantity\(value, 'nautical_mile'\)\.to\('km'\)", hint)[0]
    notebook = {"u": ureg(), "ureg": ureg, "value": 3}  # the lesson's setup and worked example: u = ureg()
    assert eval(code, notebook).magnitude == pytest.approx(5.556)


def _fresh_check(exercise_id, answer):
    """A check as a learner's first wrong try makes it (the hints move on with each wrong try)."""
    from medialit import exercises

    exercises._WRONG_TRIES.pop(exercise_id, None)
    return ml.check(exercise_id, answer, record=False)


@pytest.mark.parametrize("answer, words", [
    ("3 nmi", "line 52's figure as the article writes it, 3 nautical miles"),
    ("5.556 nmi", "The number is the converted distance, but the unit you give is still nautical miles"),
    ("5556 nautical miles", "The number is the converted distance"),
    ("2.97 nmi", "That is a distance in nautical miles, the unit line 52 writes its figure in (3 nautical miles)"),
])
def test_an_answer_in_nautical_miles_is_told_what_it_is(answer, words):
    """A cold learner's '5.556 nmi' was told it was 'the figure in the unit the article already uses': the article writes 3."""
    from medialit.exercises.lesson04 import _line_and_figure

    line, figure = _line_and_figure("nautical_mile")
    assert figure in ml.article_text().splitlines()[line - 1]  # the figure the feedback quotes is line 52's own
    message = _fresh_check("04.1", answer).message
    assert words in message and "already uses" not in message


def test_every_wrong_clock_in_04_6_is_named_for_what_it_is():
    """'10:00' was once hinted at as 'the 2014 date of the example': every wrong time, on any try, is named truly."""
    from medialit.exercises.lesson04 import MOSCOW_BEFORE_2014_CHANGE, _article_clock_in, _moscow_offset_added, _shifted

    named = {
        _article_clock_in("UTC", on=MOSCOW_BEFORE_2014_CHANGE): "before 26 October 2014",
        _article_clock_in("Europe/Moscow"): "the article's own time on Moscow's clocks",
        _article_clock_in("Asia/Damascus"): "the clock at the Hmeymim airbase",
        _moscow_offset_added(): "adds Moscow's offset",
        _shifted(get_exercise("04.6").expected(), 12): "Morning and evening are swapped",
    }
    assert len(named) == 5
    for hour in range(24):
        clock = f"{hour:02d}:00"
        if clock == get_exercise("04.6").expected():
            continue
        for answer in (clock, clock, f"{clock}."):  # the first, second and third wrong try, the last with a full stop
            message = ml.check("04.6", answer, record=False).message
            assert named.get(clock, f"Not quite: {clock} is not what any clock in the lesson's tables read") in message, message
            assert "the 2014 date of the example" not in message


def test_a_time_a_hint_names_is_on_the_clock_it_says():
    """The fall-back hint names the clocks that read the learner's time; 07:00 is UTC in the 2014 example, not Hmeymim."""
    assert "07:00 is what these clocks read at that instant: UTC on 3 October 2014" in _fresh_check("04.7", "07:00").message
    assert "which exercise 04.6 asks for" in _fresh_check("04.7", get_exercise("04.6").expected()).message


@pytest.mark.parametrize("exercise_id, answer, words", [
    ("04.6", "08:00 Moscow time", "is a time in Moscow; the question asks for the time in UTC"),
    ("04.7", "10:00 UTC", "is a time in UTC; the question asks for the time in Syria's clocks (Asia/Damascus)"),
    ("04.6", "8", "unambiguous, as HH:MM on the 24-hour clock or with a.m. or p.m., such as '14:30' or '2:30 p.m.'"),  # AO-H1
])
def test_a_time_on_another_clock_or_without_minutes_is_refused_in_one_sentence(exercise_id, answer, words):
    feedback = _fresh_check(exercise_id, answer)
    assert feedback.correct is False and words in feedback.message


@pytest.mark.parametrize("answer", ["5556", "5.556", "5556.0", "3"])
def test_a_bare_number_is_told_a_distance_needs_its_unit_with_no_example_built_from_it(answer):
    """'5556' once got the example '5556 km', the right figure in the wrong unit: no message may echo it with a unit."""
    feedback = ml.check("04.1", answer, record=False)
    assert feedback.correct is False and "A distance needs its unit after the number" in feedback.message
    assert f"{float(answer):g} km" not in feedback.message and f"{float(answer):g} m" not in feedback.message


@pytest.mark.parametrize("exercise_id, clock, offset, right, words", [
    ("04.7", None, "UTC+2", True, "Right"),
    ("04.7", "11:00", "UTC+2", False, "Moscow's clock"),
    ("04.7", None, "UTC+3", False, "that clock was not at UTC+3"),
    ("04.6", None, "GMT+0", True, "Right"),
    ("04.6", "11:00", "UTC+3", False, "is the right moment on a UTC+3 clock"),  # fact-check 23 L2
])
def test_a_time_with_a_utc_offset_is_judged_on_the_clock_the_question_names(exercise_id, clock, offset, right, words):
    """'10:00 UTC+2' was refused with advice about the widget; an offset is now compared with the zone's on the briefing date
    (the right time is the exercise's own expected(), so an edit of the key moves this test with it)."""
    answer = f"{clock or get_exercise(exercise_id).expected()} {offset}"
    feedback = _fresh_check(exercise_id, answer)
    assert feedback.correct is right and words in feedback.message and "Clock of:" not in feedback.message


def test_04_9_the_ledgers_units_listed_are_told_which_words_to_keep():
    claims = ml.load_claims()
    feedback = ml.check("04.9", claims.loc[claims["claim_type"] == "count", "unit"].unique(), record=False)
    assert feedback.correct is False and "is not one of the options" in feedback.message
    assert "keep only the counting words, chosen from sorties, aircraft" in feedback.message


def test_04_9_refuses_a_million_items_by_their_number_before_reading_each():
    from medialit.answers import AnswerError
    from medialit.exercises import get_exercise
    with pytest.raises(AnswerError, match="1,000,000 of them"):
        get_exercise("04.9")._judge_choices(["sortie"] * 1_000_000)


def test_a_one_row_column_holding_the_time_is_read_as_that_time_and_a_longer_one_is_told_so():
    """on_the_day.loc[mask, "local_time"] keeps one row: it was refused as "Expected a clock time in quotes" (untrue)."""
    import numpy as np
    import pandas as pd

    for exercise_id in ("04.6", "04.7"):
        expected = get_exercise(exercise_id).expected()
        assert ml.check(exercise_id, pd.Series([expected], index=[3]), record=False).correct is True
        assert ml.check(exercise_id, np.array([expected]), record=False).correct is True
        feedback = ml.check(exercise_id, pd.Series([expected, "23:59"]), record=False)
        assert feedback.correct is False and feedback.message == (
            "Expected one clock time, but got a column of 2 rows: keep only the row the question asks about.")
    assert ml.check("04.1", pd.Series([f"{get_exercise('04.1').expected():~}"]), record=False).correct is True


@pytest.mark.parametrize("answer", ["5.45 km to 5.55 km", "5.45-5.55 km", "5450 m \u2013 5550 m", "5.45 and 5.55 km"])
def test_a_range_is_told_it_is_two_numbers_without_being_given_the_end(answer):
    """04.2 told "5.45 km to 5.55 km" that "'km to 5.55 km' is not a unit"; since learner U (round 5) it is told that the
    answer is one end of that interval, one quantity."""
    message = ml.check("04.2", answer, record=False).message
    assert message.endswith("is two numbers; the answer is one end of the rounding interval, one quantity: work it out and "
                            "give only that end, with its unit.")
    assert str(get_exercise("04.2").expected().magnitude) not in message.split("is two numbers")[1]


def test_a_number_in_scientific_notation_is_not_a_range():
    assert "range" not in ml.check("04.1", "5.556e-3 Mm", record=False).message


@pytest.mark.parametrize("exercise_id, unit, other", [
    ("04.1", "km", "miles"), ("04.2", "km", "m"), ("04.2", "km", "nmi"), ("04.3", "km", "m"), ("04.3", "km", "nmi"),
    ("05.7", "km", "m"), ("04.1", "m", "km"),
])  # 05.7 in nmi, the unit of the figure it converts, is told so as 04.1 is (test_exercises_lesson05.py)
def test_the_right_number_in_another_unit_is_told_so(exercise_id, unit, other):
    """Learner M: "5.45 m" for 04.2 got a hint to redo a calculation that was right; only the unit was wrong."""
    from medialit.units import parse_quantity

    number = parse_quantity(get_exercise(exercise_id).expected()).to(unit).magnitude
    feedback = ml.check(exercise_id, f"{number:g} {other}", record=False)
    assert feedback.correct is False and f"The number is right in {unit}, but you wrote it in" in feedback.message


def test_a_wrong_number_in_another_unit_gets_no_such_message():
    assert "The number is right" not in ml.check("04.2", "7.5 nmi", record=False).message


@pytest.mark.parametrize("exercise_id, code", [
    ("04.2", "rounding_interval(in_km['text']).low_quantity"), ("04.1", "u.Quantity(in_nmi['value'], 'nautical_mile').to('km')"),
    ("04.3", "round_to_step(in_km_exact, 0.1)"), ("04.6", "convert_clock(clock.clock, clock.zone, briefing)"),
    ("04.6", "on_the_day.loc['UTC', 'local_time']"), ("05.7", "round_to_step(converted, 0.1)"),
])
def test_code_typed_inside_the_quotation_marks_is_told_to_lose_them(exercise_id, code):
    feedback = ml.check(exercise_id, code, record=False)
    assert feedback.correct is False and "remove the quotation marks so Python runs it" in feedback.message


@pytest.mark.parametrize("answer", ["11 a.m.", "5.5 km", "8 p.m. Moscow time"])
def test_a_time_or_a_quantity_is_not_taken_for_code(answer):
    from medialit.answers import code_in_quotes

    assert code_in_quotes(answer) is None


@pytest.mark.parametrize("call", [
    lambda: convert_clock("11:00", "Europe/Moscow", "3 November 2015"),
    lambda: convert_clock("11:00", "Moscow", "2015-11-03"),
])
def test_a_clock_error_shows_as_one_sentence_without_a_traceback(call):
    from medialit.clocks import ClockError

    with pytest.raises(ClockError) as caught:
        call()
    assert caught.value._render_traceback_() == [f"ClockError: {caught.value}"] and "\n" not in str(caught.value)


def test_the_names_slip_is_told_about_the_table_fixed_before_the_caption():
    """Learner M: 9 was told first about line 26's Moscow, a row that is not in the table fixed the lesson counts from."""
    from medialit.exercises.lesson04 import _place_names

    message = ml.check("04.10", _place_names(), record=False).message
    assert message.index("the table fixed") < message.index("caption of line 26")


def test_the_right_metres_with_a_thousands_comma_in_kilometres_are_told_the_unit_never_a_decimal_reading():
    """Learner O (issue 13, item 2): "5,556 kilometres" was told to "write 5.556 m", a reading 1,000 times too small."""
    metres = get_exercise("04.1").expected().to("m").magnitude
    feedback = ml.check("04.1", f"{metres:.0f} kilometres", record=False)  # no comma: only the unit slip (AC-M4)
    assert feedback.correct is False and "The number is right in m" in feedback.message
    assert f"{metres / 1000:g} m" not in feedback.message
    comma = ml.check("04.1", f"{metres:,.0f} kilometres", record=False).message  # a decimal comma, right as 5.556 km
    assert f"{metres / 1000:g} m" not in comma and f"write it with a point: {metres / 1000:g} kilometres" in comma
    assert "The number is right in m" not in comma


def test_04_9_a_missing_word_gets_the_hint_for_a_missing_word_and_an_extra_word_the_hint_for_that():
    """Learner O (issue 13, item 9): ["sorties"] got, on a second try, the hint about words without a number."""
    right = get_exercise("04.9").expected()
    for _ in range(3):  # the same hint on every try, whichever came before
        missing = ml.check("04.9", right[:1], record=False).message
        extra = ml.check("04.9", [*right, "aircraft"], record=False).message
        assert "leaves out a counting word" in missing and "'unit'].unique()" in missing and "aircraft" not in missing
        assert "holds 'aircraft', a word the article gives no number to" in extra and "line 44's 'aircraft'" in extra
    other = next(word for word in get_exercise("04.9").choices if word not in right and word != "aircraft")
    message = ml.check("04.9", [other.upper(), *right], record=False).message
    assert f"holds '{other}', a word the article gives no number to" in message  # names the learner's own extra word (learner Y)


@pytest.mark.parametrize("exercise_id, index, row, says", [
    ("04.6", "time_zone", "UTC", "That is the whole UTC row of the table, every column of it: take its local_time"),
    ("04.7", "place", "Hmeymim, Syria", "That is the whole Hmeymim, Syria row of the table, every column of it: take its local_time"),
    ("04.7", "time_zone", "UTC", "the question asks for Syria's clocks (Asia/Damascus): take the local_time of the Asia/Damascus row"),
])
def test_a_whole_row_of_the_conversion_table_is_told_to_take_its_local_time(exercise_id, index, row, says):
    """Learner O (issue 13, item 10): .loc["UTC"] was told "got a column of 5 rows: keep only the row", but it is the row."""
    from datetime import date, time

    table = convert_clock(time(11, 0), "Europe/Moscow", date(2015, 11, 3)).set_index(index)
    feedback = ml.check(exercise_id, table.loc[row], record=False)
    assert feedback.correct is False and says in feedback.message and "keep only the row" not in feedback.message


def test_04_7_takes_a_zone_abbreviation_with_the_offset_it_stands_for():
    """Learner O (issue 13, item 13): "10:00 EET (UTC+2)" was refused as giving more than one UTC offset."""
    from medialit.exercises.lesson04 import _article_offset_in

    exercise = get_exercise("04.7")
    offset = _article_offset_in(exercise.zone)  # what Asia/Damascus kept at that instant (tz database): EET's UTC+2
    assert offset == "UTC+2" and ml.check("04.7", f"{exercise.expected()} EET ({offset})", record=False).correct is True


def test_04_10_names_slip_ends_in_one_full_stop_when_an_earlier_answer_was_right():
    """Learner O (issue 13, low): the trap's closing bracket got a full stop of its own after it, ".).\""""
    from medialit.exercises.lesson04 import _place_names

    message = next(trap.message for trap in get_exercise("04.10").traps if trap.id == "counted-names")
    assert message.endswith("not the article.") and ".)." not in ml.check("04.10", _place_names(), record=False).message


@pytest.mark.parametrize("exercise_id", ["04.6", "04.7"])
def test_morning_and_evening_swapped_gets_the_same_message_for_every_clock(exercise_id):
    """Learner S (round 4): 04.6's '8 pm' was told a.m. and p.m. are swapped, 04.7's '10 pm' only 'Not quite'."""
    from medialit.exercises import get_exercise

    right = get_exercise(exercise_id).expected()
    evening = f"{(int(right[:2]) + 12) % 24:02d}{right[2:]}"
    feedback = ml.check(exercise_id, evening, record=False)
    assert feedback.correct is False and feedback.misconception == f"{exercise_id}/am-pm-slip"


@pytest.mark.parametrize("exercise, answer", [("04.1", "5.556 km exactly"), ("04.2", "5.45 km (5450 m)"),
                                              ("04.3", "5.6km, not 5.5"), ("05.7", "2.8 km (not 2.7 km)")])
def test_quantity_with_words_after_its_unit_is_told_to_drop_them(exercise, answer):
    message = ml.check(exercise, answer, record=False).message
    assert "Write only the number and its unit" in message and "not a unit" not in message


@pytest.mark.parametrize("answer", ["5.5 km - 0.05 km", "5.5 km ± 0.05 km", "5.5km minus 0.05km", "5.45-5.55 km"])
def test_interval_end_written_as_two_numbers_is_told_it_is_one_end(answer):
    """Learner U (round 5, LOW 7): '5.5 km - 0.05 km' was called 'a range'; it is the working for one end."""
    feedback = ml.check("04.2", answer, record=False)
    assert feedback.correct is not True and "one end of the rounding interval, one quantity" in feedback.message
    assert "5.45" not in feedback.message.replace(answer, "")  # the end itself is never given away


@pytest.mark.parametrize("answer", ["converted from nautical miles", "Converted from the other unit", "converted into km"])
def test_an_explanation_followed_by_what_it_relates_names_its_option(answer):
    """Learner U (round 5, LOW 5): 'converted from nautical miles' was refused as 'more than an option'."""
    assert ml.check("04.4", answer, record=False).correct is True


def test_different_distances_gets_its_own_trap_while_the_intervals_overlap():
    feedback = ml.check("04.4", "different", record=False)
    assert feedback.correct is False and feedback.misconception == "04.4/different-despite-overlap"
    assert "overlap" in feedback.message
    assert ml.check("04.4", "not converted from anything", record=False).correct is not True


def test_a_word_not_offered_is_echoed_as_typed():
    """Learner U (round 5, LOW 8): 'command_center' was echoed back as 'command center'."""
    for answer in (["command_center"], "sorties, command_center"):
        assert ml.check("04.9", answer, record=False).message.startswith("'command_center' is not one of the options.")
    assert 'did you mean "targets"' in ml.check("04.9", ["sorties", "targts"], record=False).message


def test_place_count_hints_build_on_the_table_the_notebook_made():
    """Learner U (round 5, LOW 9): the hint said to merge with the alias table, which the notebook had done (fixed)."""
    hints = get_exercise("04.10").hints
    assert all("fixed" in hint and "load_entity_aliases" not in hint and "Merge" not in hint for hint in hints)
    messages = {ml.check("04.10", wrong, record=False).message for wrong in (6, 7, 6)}
    assert all("load_entity_aliases" not in message for message in messages)


# -- cold learners V and W (round 6): a whole table's .nunique() where one column's is asked ------------------------------

def test_04_10_a_whole_tables_nunique_is_told_it_counts_every_column_without_naming_the_column():
    """answer_04_10 = fixed.nunique() was told to pick a row's column, as for one row of a table."""
    from medialit.data import load_entity_aliases
    from medialit.exercises.lesson04 import _article_places

    fixed = _article_places()[["text"]].merge(load_entity_aliases(), left_on="text", right_on="alias", how="left")
    message = ml.check("04.10", fixed.nunique(), record=False).message
    assert "different values in every column of a table" in message and "take one column first" in message
    assert 'row["<column>"]' not in message and "entity_id" not in message
    assert "one row of a table" in ml.check("04.10", fixed.iloc[0], record=False).message  # a row is still a row


@pytest.mark.parametrize("typed", ["same distance", "The same distance.", "one distance", "convert"])
def test_04_4_the_options_own_words_name_converted(typed):
    """Learner AA (AA-M4): 'same distance' and 'one distance', the option's own description, were told they are not
    options, and 'convert' was told to check its spelling."""
    from medialit.exercises import get_exercise

    exercise = get_exercise("04.4")
    assert exercise._as_read(typed) == "converted"
    assert ml.check(exercise.id, typed, record=False).correct is (exercise.expected() == "converted")


@pytest.mark.parametrize("typed", ["the same", "Same", "rounded", "Rounded."])
def test_04_4_words_that_mean_one_option_are_pointed_to_it_not_counted(typed):
    from medialit.exercises import get_exercise

    exercise = get_exercise("04.4")
    feedback = ml.check(exercise.id, typed, record=False)
    assert feedback.correct is False and 'answer "converted"' in feedback.message and "not one of the options" in feedback.message
    assert 'answer "converted"' not in ml.check(exercise.id, "the similar", record=False).message


@pytest.mark.parametrize("typed", ["typo", "a typo", "Mistake", "error", "an error", "a typing error."])
def test_04_4_words_for_a_typing_error_are_pointed_to_misprint_not_counted(typed):
    """Learner AE (AE-L3): "typo", "mistake", "error" got a bare "not one of the options", while "rounded" and "the same"
    are pointed to 'converted'."""
    feedback = ml.check("04.4", typed, record=False)
    assert feedback.correct is False and 'answer "misprint"' in feedback.message and "not one of the options" in feedback.message
    assert 'answer "misprint"' not in ml.check("04.4", "the similar", record=False).message


def test_a_table_row_given_for_a_quantity_is_called_a_row_not_a_column():
    """Learner AA (AA-L4): ml.check("04.1", in_nmi), in_nmi a table's row (labelled by column names), was told "not a column"."""
    import pandas as pd

    row = pd.DataFrame({"figure": ["3 nmi"], "note": ["as typed"]}, index=["C999"]).loc["C999"]
    message = ml.check("04.1", row, record=False).message
    assert "a row of a table" in message and "not a column" not in message
    assert "not a column" in ml.check("04.1", pd.Series(["3 nmi", "4 nmi"], name="figure"), record=False).message


def test_04_9_a_typed_list_is_told_about_its_words_never_its_letters():
    """Learner AE (H1): "sorties, targets, aircraft" typed as one text was told it held 's', read letter by letter."""
    right = get_exercise("04.9").expected()
    typed = ", ".join([*right, "aircraft"])
    message = ml.check("04.9", typed, record=False).message
    assert "holds 'aircraft'" in message
    for one in right:
        message = ml.check("04.9", one, record=False).message
        assert "leaves out a counting word" in message and f"holds '{one[0]}'" not in message


def test_04_6_a_one_row_table_and_an_unlabelled_row_are_named_plainly():
    """Learner AG (AG-L6): 'a table of 1 rows', and 'That is the whole 3 row of the table' for a row whose label is a position."""
    from datetime import date

    from medialit.clocks import convert_clock

    table = convert_clock("11:00", "Europe/Moscow", date(2015, 11, 3))
    assert "a table of 1 row: take the local_time from it" in ml.check("04.6", table.iloc[[3]], record=False).message
    message = ml.check("04.6", table.reset_index(drop=True).iloc[3], record=False).message
    assert message.startswith("That is a whole row of the table") and "whole 3 row" not in message


@pytest.mark.parametrize("typed", ["same distance converted", "same distance in two units",
                                   "the same distance in different units", "one distance in two units",
                                   "same distance in km and nautical miles"])
def test_04_4_the_same_distance_in_two_units_is_pointed_to_converted_not_counted(typed):
    """Round-13 LOW: the same distance said in a longer phrase was told 'not one of the options' or, with 'different
    units' in it, that it named two options; it is pointed to the option that says so, not counted."""
    feedback = ml.check("04.4", typed, record=False)
    assert feedback.correct is False and 'answer "converted"' in feedback.message and "names" not in feedback.message


@pytest.mark.parametrize("typed", ["not the same distance", "two different distances, not the same distance"])
def test_04_4_a_phrase_that_denies_the_same_distance_is_not_pointed_to_converted(typed):
    assert 'answer "converted"' not in ml.check("04.4", typed, record=False).message
