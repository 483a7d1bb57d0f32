"""Lesson 05's glue: the course's checks find their rows in any ledger, and the lesson's answer key holds together."""
import pandas as pd
import pytest

import medialit as ml
from medialit import storage
from medialit.ledger_checks import Note, compare_ledgers, conversion_checks, conversion_pairs, itemise, ledger_unit, pint_unit, with_lines
from medialit.units import in_km, ureg
from medialit.articles import sample_ledger, sample_names, sample_text

TEXT = "The pier is 1.5 nautical miles (2.7 km) away.\nIt sails at 9 knots, or about 17 km/h, for 3 hours and 40 km."


def ledger(*rows):
    records = []
    for number, (snippet, value, unit, claim_type) in enumerate(rows, start=1):
        start = TEXT.index(snippet)
        records.append({"claim_id": f"C{number:03d}", "char_start": start, "char_end": start + len(snippet), "text": snippet,
                        "value": value, "unit": unit, "claim_type": claim_type})
    return pd.DataFrame(records)


MINE = ledger(("1.5 nautical miles", 1.5, "nautical_mile", "distance"), ("2.7 km", 2.7, "km", "distance"),
              ("9 knots", 9.0, "knot", "speed"), ("17 km/h", 17.0, "km_per_hour", "speed"),
              ("3 hours", 3.0, "hour", "duration"), ("40 km", 40.0, "km", "distance"))


def test_ledger_units_reach_pint():
    assert ledger_unit("km_per_hour") == "kilometer / hour"
    assert ledger_unit("nautical_mile") == "nautical_mile"
    assert ledger_unit("mile_per_hour") == "mile / hour"


def test_ledger_units_share_lesson_04s_vocabulary():
    assert pint_unit("km_per_hour") == ureg().Unit("km / h") and pint_unit("nmi") == ureg().Unit("nautical_mile")
    assert pint_unit("KM") == ureg().Unit("km") and pint_unit("kilometres") == ureg().Unit("km")
    assert pint_unit("crew_member") is None and pint_unit("") is None and ledger_unit("crew_member") == "crew_member"


def test_conversions_are_found_only_beside_each_other():
    assert conversion_pairs(MINE, TEXT) == [(0, 1), (2, 3)]


def test_conversion_checks_use_the_second_figures_precision():
    checks = conversion_checks(MINE, TEXT)
    assert checks["second_claim_id"].tolist() == ["C002", "C004"]
    assert checks["rounds_to"].tolist() == ["2.8 km", "17 km/h"]
    assert checks["matches"].tolist() == [False, True]
    assert checks["ranges_overlap"].all()


def test_conversion_checks_keep_every_digit_of_the_figures():
    text = "The cable is 1,234,567 m (1,234.567 km) long; the reel holds 100 feet (30.48 m), about 2,450 m (2.5 km)."
    pairs = [("1,234,567 m", 1234567.0, "m"), ("1,234.567 km", 1234.567, "km"), ("100 feet", 100.0, "foot"),
             ("30.48 m", 30.48, "m"), ("2,450 m", 2450.0, "m"), ("2.5 km", 2.5, "km")]
    rows = [{"claim_id": f"C{n}", "char_start": text.index(t), "char_end": text.index(t) + len(t), "text": t,
             "value": v, "unit": u, "claim_type": "distance"} for n, (t, v, u) in enumerate(pairs, start=1)]
    checks = conversion_checks(pd.DataFrame(rows), text)
    assert checks["converted"].tolist() == ["1,234.567 km", "30.48 m", "2.45 km"]
    assert checks["rounds_to"].tolist() == ["1,234.567 km", "30.48 m", "2.5 km"]
    assert checks["matches"].all() and checks["ranges_overlap"].all()


def test_checks_work_on_a_ledger_read_back_from_csv(tmp_path, monkeypatch):
    monkeypatch.setenv(storage.WORK_DIR_ENV, str(tmp_path))
    storage.save_csv(MINE.assign(value=[1.5, 2.7, 9.0, None, 3.0, 40.0]), "mine.csv")
    back = storage.read_csv("mine.csv")  # every cell text, "" where empty
    checks = conversion_checks(back, TEXT)
    assert checks["second_claim_id"].tolist() == ["C002"] and checks["rounds_to"].tolist() == ["2.8 km"]
    counts = back.assign(claim_type="count", value=["22", "14", "", "n/a", "3", "40"], line=["3", "3", "", "", "4", "4"])
    parts = itemise(counts, total="C001", parts=["C002"])
    assert (parts.total, parts.itemised_sum, parts.total_line, parts.items["line"].tolist()) == (22, 14, 3, [3])
    assert itemise(counts, total="C001", parts=["C003"]).startswith("Choose rows that give a number")
    assert itemise(counts, total="C001", parts=["C004"]).startswith("Choose rows that give a number")


def test_itemise_answers_any_table_with_a_sentence():
    assert itemise(pd.DataFrame({"text": ["22 crew"]}), total="C001", parts=[]).startswith("This table has no claim_id or value or unit column")
    twice = pd.DataFrame({"claim_id": ["C001", "C001", "C002"], "value": [22.0, 4.0, 14.0], "unit": ["crew_member"] * 3})
    assert itemise(twice, total="C001", parts=["C002"]).startswith("The ledger has more than one row 'C001'")


def test_an_empty_ledger_gives_an_empty_table():
    assert conversion_checks(MINE.iloc[0:0], TEXT).empty


def test_compare_ledgers_sides():
    draft = MINE.iloc[[0, 2, 4]].assign(claim_id=["D1", "D2", "D3"])
    hand = MINE.iloc[[0, 1, 2]]
    table = compare_ledgers(draft, hand)
    assert table["found"].tolist() == ["both", "hand only", "both", "draft only"]
    assert table.loc[0, "draft_claim_id"] == "D1" and table["differs"].eq("").all()


def test_compare_ledgers_names_the_columns_that_differ():
    hand = MINE.iloc[[0, 2]].assign(speaker=["Elena Voss", "Voss"], mode=["paraphrase", "direct_quote"])
    draft = hand.assign(claim_id=["D1", "D2"], speaker=["Voss", ""], mode=["paraphrase", "narration"],
                        unit=["nautical_mile", "km_per_hour"])
    table = compare_ledgers(draft, hand)
    assert table["differs"].tolist() == ["", "unit, mode, speaker"]


def test_lines_count_from_one():
    assert with_lines(MINE, TEXT)["line"].tolist() == [1, 1, 2, 2, 2, 2]


def test_itemise_builds_lesson_03s_breakdown():
    counts = pd.DataFrame({"claim_id": ["C001", "C002"], "value": [22.0, 14.0], "unit": ["crew_member"] * 2, "line": [3, 3]})
    parts = itemise(counts, total="C001", parts=["C002"])
    assert (parts.total, parts.itemised_sum, parts.remainder) == (22, 14, 8)
    assert itemise(counts, total="C009", parts=[]).startswith("There is no row 'C009'")
    assert itemise(counts.assign(value=[22.0, None]), total="C001", parts="C002").startswith("Choose rows that give a number")
    assert itemise(counts.assign(value=[2.7, 1.5]), total="C001", parts=["C002"]).startswith("Row C001 holds 2.7: a breakdown adds whole counts")
    assert itemise(counts, total="C001", parts=[None]).startswith("Give the ids as text in quotes")
    assert "C001" not in itemise(counts, total="C001", parts=[None])  # its example never names a real id
    assert itemise(counts.assign(value=[0.0, 14.0]), total="C001", parts=["C002"]).startswith("Row C001 gives 0")


def test_itemise_takes_a_set_of_parts_and_says_a_total_is_one_id_without_echoing_the_answer():
    counts = pd.DataFrame({"claim_id": ["C010", "C011"], "value": [14.0, 22.0], "unit": ["crew_member"] * 2, "line": [3, 3]})
    assert itemise(counts, total="C011", parts={"C010"}).remainder == 8
    note = itemise(counts, total=["C011"], parts=["C010"])
    assert note.startswith("total is one row") and "C010" not in note and "C011" not in note


def test_itemise_says_when_the_parts_exceed_the_total():
    counts = pd.DataFrame({"claim_id": ["C001", "C002"], "value": [4.0, 14.0], "unit": ["month"] * 2, "line": [13, 13]})
    parts = itemise(counts, total="C001", parts=["C002"])
    assert parts.remainder == -10 and "add up to more than the total" in repr(parts)
    assert "the list is 10 more than the total" in repr(parts) and "-" not in repr(parts)  # no negative share (learner Y)
    assert "more than the total" not in repr(itemise(counts, total="C002", parts=["C001"]))


@pytest.mark.parametrize("name", sample_names())
def test_every_sample_ledger_matches_its_text(name):
    text, hand = sample_text(name), sample_ledger(name)
    assert all(text[s:e] == t for s, e, t in zip(hand["char_start"], hand["char_end"], hand["text"]))
    conversion_checks(hand, text)  # runs on every sample without error


def test_lesson_05_answer_key_is_computed_and_accepted():
    from medialit.exercises import get_exercise

    for exercise_id in ml.list_exercises("05"):
        exercise = get_exercise(exercise_id)
        if exercise.kind == "written":
            written = " ".join(f"who counted claim {number} and how," for number in range(10))  # not one phrase repeated
            assert ml.check(exercise_id, written).correct is None
        else:
            assert ml.check(exercise_id, exercise.expected()).correct is True, exercise_id
    assert len(ml.list_exercises("05")) >= 6


def test_lesson_05_prose_about_the_harbour_draft_still_holds():
    """Exercise 05.2 says the draft misreads how the damage figure is reported; the hand ledger disagrees with it."""
    text, hand = sample_text("harbour_briefing"), sample_ledger("harbour_briefing")
    draft = ml.extract_claims(text)
    damage = hand[hand["claim_type"] == "money"].iloc[0]
    drafted = draft[draft["char_start"] == damage["char_start"]].iloc[0]
    assert drafted["claim_id"] == "C013" and drafted["mode"] == "narration" and damage["mode"] == "paraphrase"
    assert "mode" in compare_ledgers(draft, hand).set_index("hand_claim_id").loc[damage["claim_id"], "differs"]
    weekday = draft[draft["claim_id"] == "C019"].iloc[0]  # the lesson's example of a row to reject
    assert weekday["claim_type"] == "date" and weekday["char_start"] not in set(hand["char_start"])


@pytest.mark.parametrize("exercise_id, answer, says", [
    ("05.1", 6, "'draft only'"),
    ("05.2", "narration", "That is the draft's reading"),
    ("05.2", "direct quote", "no quotation marks"),
    ("05.2", "Narration.", "That is the draft's reading"),
    ("05.2", "direct-quote", "no quotation marks"),
    ("05.6", ["c005"], "the figure being converted"),
    ("05.4", 0.85, "fraction of 1"),
    ("05.5", 0.184, "fraction of 1"),
    ("05.5", 1.4, "the cut in dollars"),
    ("05.5", 22.6, "divided by the new budget"),
    ("05.6", ["C005"], "the figure being converted"),
    ("05.7", "2.7 km", "the article's own figure"),
    ("05.7", "2.778 km", "not rounded"),
    ("05.5", -18.4, "you computed (new - old) / old"),
    ("05.7", "2.78 km", "to more decimals than the article's figure"),
])
def test_lesson_05_traps_explain_common_slips(exercise_id, answer, says):
    feedback = ml.check(exercise_id, answer)
    assert feedback.correct is False and says in feedback.message, feedback.message


def test_lesson_05_answer_key_works_out_the_harbour_conversions_once(monkeypatch):
    """05.6, 05.7 and their traps read the mismatched conversions: the same as the table, computed once, unchangeable."""
    from medialit.exercises import lesson05

    table = conversion_checks(sample_ledger("harbour_briefing"), sample_text("harbour_briefing"))
    wrong = table[~table["matches"]]
    lesson05._mismatches.cache_clear()
    assert lesson05._mismatched_conversions() == wrong["second_claim_id"].tolist()
    monkeypatch.setattr("medialit.ledger_checks.conversion_checks", lambda *args: pytest.fail("worked out again"))
    assert lesson05._correct_conversion() == wrong["rounds_to"].iloc[0]
    assert lesson05._mismatched_pair() == (in_km(wrong["converted"].iloc[0]), in_km(wrong["second"].iloc[0]))
    assert ml.check("05.7", "2.778 km").correct is False and ml.check("05.6", wrong["second_claim_id"].tolist()).correct
    assert lesson05._mismatches.cache_info().currsize == 1
    assert all(isinstance(row, tuple) for row in lesson05._mismatches())


@pytest.mark.parametrize("total, parts", [(None, None), (..., ...), ("C011", ...), ("", ["C010"])])
def test_itemise_with_nothing_picked_says_what_to_pick(total, parts):
    """Lesson 05's student copy runs itemise before the learner has picked rows from their own ledger."""
    note = itemise(sample_ledger("harbour_briefing"), total=total, parts=parts)
    assert isinstance(note, Note) and str(note).startswith("Pick the rows first: total=")


def test_itemise_warns_in_one_sentence_when_the_parts_count_other_things():
    """Lesson 04: counting units differ; adding ships to crew members deserves a word before the remainder is read."""
    counts = pd.DataFrame({"claim_id": ["C001", "C002", "C003"], "value": [22.0, 14.0, 2.0],
                           "unit": ["crew_member", "crew_member", "ship"], "line": [3, 3, 5]})
    mixed = repr(itemise(counts, total="C001", parts=["C002", "C003"]))
    assert "The total counts crew member but a part counts ship: units of counting differ" in mixed
    assert "units of counting differ" not in repr(itemise(counts, total="C001", parts=["C002"]))


def test_itemise_refuses_a_total_among_its_own_parts_and_parts_of_another_kind():
    """Learner M: the total listed as its own part, and a usd part of a count, gave "not itemised -2,399,978 (-10908991%)"."""
    ledger = pd.DataFrame({"claim_id": ["C010", "C011", "C012"], "value": [14.0, 22.0, 2_400_000.0],
                           "unit": ["crew_member", "crew_member", "usd"], "claim_type": ["count", "count", "money"]})
    assert itemise(ledger, total="C011", parts=["C011", "C010"]) == (
        "Row C011 is the total, and it is also listed among its own parts: leave it out of parts=[...].")
    message = itemise(ledger, total="C011", parts=["C010", "C012"])
    assert message.startswith("Row C012 is a money figure (usd), not a count") and "%" not in message


@pytest.mark.parametrize("claim_type, unit, value", [("temperature", "degree_celsius", 27.0), ("money", "usd", 20.0),
                                                     ("percent", "percent", 20.0), ("distance", "km", 20.0), ("volume", "litre", 20.0)])
def test_itemise_refuses_a_total_or_a_part_that_is_not_a_count(claim_type, unit, value):
    """Cold learner W (round 6, 1): 38 °C broken down into 27C gave "not itemised 11 (29%)" with no warning; money,
    percent and distance rows were let through too, even when total and parts were all of one kind."""
    ledger = pd.DataFrame({"claim_id": ["C001", "C004", "C005"], "value": [38.0, value, 12.0],
                           "unit": [unit, unit, "pupil"], "claim_type": [claim_type, claim_type, "count"]})
    expected = f"Row C001 is a {claim_type} figure ({unit}), not a count: a breakdown adds counts of things"
    assert itemise(ledger, total="C001", parts=["C004"]).startswith(expected)
    assert itemise(ledger, total="C001", parts=["C005"]).startswith(expected)
    assert itemise(ledger.assign(claim_type=["count", claim_type, "count"]), total="C001", parts=["C004"]).startswith(
        f"Row C004 is a {claim_type} figure ({unit}), not a count")


def test_a_pasted_articles_temperatures_cannot_be_itemised():
    """Cold learner W (round 6, 1), end to end: the draft types temperatures, and itemise refuses them."""
    draft = ml.extract_claims("Temperatures reached 38 °C on Tuesday. Overnight it fell to 27C.")
    assert draft["claim_type"].tolist() == ["temperature", "date", "temperature"]
    assert itemise(draft, total="C001", parts=["C003"]).startswith("Row C001 is a temperature figure (degree_celsius), not a count")


@pytest.mark.parametrize("pounds, matches", [("6.6", True), ("6.7", False)])
def test_a_weight_given_in_two_units_is_checked_like_a_distance(pounds, matches):
    """Cold learner Q (issue 13, 5): "3 kg (6.6 lb)" in a learner's own article was left out of the checks."""
    text = f"The parcel weighed 3 kg ({pounds} lb), the courier said."
    checks = conversion_checks(ml.extract_claims(text), text)
    assert checks[["first", "second", "converted", "rounds_to", "matches"]].values.tolist() == [
        ["3 kg", f"{pounds} lb", "6.6139 lb", "6.6 lb", matches]]
    assert pint_unit("pound_mass") == ureg().Unit("pound")


def test_lessons_04_and_05_name_the_kinds_of_figure_the_conversion_checks_convert():
    """Cold learner Q (issue 13, 5): lesson 04 invited "a temperature in two units", which the checks never convert."""
    from pathlib import Path

    import nbformat

    from medialit.ledger_checks import MEASURED_TYPES

    solutions = Path(__file__).resolve().parent.parent / "solutions"
    lesson_05 = {cell.id: cell.source for cell in nbformat.read(solutions / "05_your_turn.ipynb", 4).cells}
    assert all(claim_type in lesson_05["units"] for claim_type in MEASURED_TYPES)
    lesson_04 = {cell.id: cell.source for cell in nbformat.read(solutions / "04_units_that_dont_line_up.ipynb", 4).cells}
    try_it = lesson_04["summary"].split("## Try it on another article")[1]
    assert "does not convert temperatures" in try_it and "or a temperature in two units" not in try_it


def test_itemise_says_a_row_without_a_unit_has_none_yet_and_how_to_set_it():
    """Learner U (round 5, MEDIUM 2): a part whose unit the draft left empty printed "a part counts : units of counting
    differ", a broken sentence and a wrong claim."""
    counts = pd.DataFrame({"claim_id": ["C001", "C002", "C003"], "value": [90.0, 40.0, 30.0],
                           "unit": ["pupil", "pupil", ""], "line": [1, 1, 2]})
    for ledger in (counts, counts.astype(str).replace({"": "nan"})):  # as drafted, and read back from a CSV
        text = repr(itemise(ledger, total="C001", parts=["C003"]))
        assert "Row C003 has no unit yet" in text and "Unit box" in text and "curator" in text
        assert "units of counting differ" not in text and "counts :" not in text
    text = repr(itemise(counts.assign(unit=["", "pupil", "pupil"]), total="C001", parts=["C002"]))
    assert "Row C001 has no unit yet" in text and "units of counting differ" not in text
    assert "units of counting differ" in repr(itemise(counts.assign(unit=["pupil", "teacher", ""]), total="C001", parts=["C002", "C003"]))


@pytest.mark.parametrize("name", ["cubic metres per second", "cubic_metre/second", "cubic_metre_per_second",
                                  "Cubic Metres Per Second"])
def test_a_rate_written_in_words_or_snake_case_is_a_pint_unit(name):
    """Learner AC (AC-L5): the curator refused 'cubic metres per second', which pint_unit could not read."""
    assert pint_unit(name) == ureg().Unit("cubic_metre / second")
    assert pint_unit("US_gallon") == pint_unit("US gallon") == ureg().Unit("gallon")
    assert pint_unit("sortie per day") is None and pint_unit("a / b / c") is None


@pytest.mark.parametrize("text", ["The reservoir holds 12,000 cubic metres (3.2 million gallons) of water.",
                                  "The fire burned 1,200 hectares (2,965 acres) of forest."])
def test_volume_and_area_pairs_are_checked_and_a_scale_word_sets_the_precision(text):
    """Learner AG (AG-L10): a volume drafted in two units was never paired; "3.2 million gallons" is rounded to 100,000."""
    checks = conversion_checks(ml.extract_claims(text), text)
    assert len(checks) == 1 and checks["matches"].tolist() == [True] and checks["ranges_overlap"].tolist() == [True]


@pytest.mark.parametrize("text", [
    "The reservoir lost about 40,000 cubic metres of water (roughly 10.6 million gallons).",
    "It lost 40,000 cubic metres of drinking water, or about 10.6 million gallons.",
    "The reservoir lost about 40,000 cubic metres (roughly 10.6 million gallons)."])
def test_a_short_of_phrase_between_a_figure_and_its_conversion_keeps_the_pair(text):
    """Learner AI (M1): "40,000 cubic metres of water (roughly 10.6 million gallons)" gave no row, while without "of water"
    the pair was found. A longer phrase, or a new sentence, still ends the pair."""
    checks = conversion_checks(ml.extract_claims(text), text)
    assert checks[["first", "second", "matches"]].values.tolist() == [["40,000 cubic metres", "10.6 million gallons", True]]
    for apart in ("It lost 40,000 cubic metres of water in the town of Barle (10.6 million gallons).",
                  "It lost 40,000 cubic metres of water. About 10.6 million gallons were saved."):
        assert conversion_checks(ml.extract_claims(apart), apart).empty


@pytest.mark.parametrize("text, first, second", [
    ("The flat has 30 m\u00b2 (323 sq ft) of space.", "30 m\u00b2", "323 sq ft"),
    ("The park is 2 square miles (5.2 km2) in size.", "2 square miles", "5.2 km2"),
    ("A bag of 5 kilograms (11 pounds) was found.", "5 kilograms", "11 pounds")])
def test_areas_in_symbols_and_pounds_after_a_mass_are_paired(text, first, second):
    """Learner AI (H2) and fact-check 21 (L5): symbols of areas and the pounds of a mass were drafted as other kinds."""
    checks = conversion_checks(ml.extract_claims(text), text)
    assert checks[["first", "second", "matches"]].values.tolist() == [[first, second, True]]


@pytest.mark.parametrize("text, rounds_to", [
    ("The track is 800 yards (730 m) long.", "730 m (to the nearest 10)"),
    ("The plot is 2,500 m\u00b2 (26,900 sq ft).", "26,900 sq_ft (to the nearest 100)"),
    ("They drove 1,000 km (620 miles).", "620 mi (to the nearest 10)"),
    ("The tank holds 10,000 litres (2,600 gallons).", "2,600 gal (to the nearest 100)")])
def test_a_round_converted_figure_may_be_rounded_to_its_trailing_zeros(text, rounds_to):
    """Learner AK (H1) and fact-check 22 (M2): "800 yards (730 m)" was read as exact to the metre and called a mismatch,
    although a writer rounding to the nearest 10 writes just that; the check now says which precision gives it."""
    checks = conversion_checks(ml.extract_claims(text), text)
    assert checks[["rounds_to", "matches", "ranges_overlap"]].values.tolist() == [[rounds_to, True, True]]


def test_a_round_figure_that_no_precision_gives_is_still_a_mismatch():
    text = "They flew 200 miles (330 km)."
    checks = conversion_checks(ml.extract_claims(text), text)
    assert checks[["rounds_to", "matches", "ranges_overlap"]].values.tolist() == [["322 km", False, False]]


def test_conversion_checks_convert_acres_with_the_international_acre():
    """Fact-check 23 L6: '10 acres (40,000 square metres)' showed converted 40,468.726 (pint's US survey acre); lesson 05
    says the check converts exactly, and a story's acre is the international one: 40,468.564224 m\u00b2."""
    text = "The farm is 10 acres (40,000 square metres)."
    checks = conversion_checks(ml.extract_claims(text), text)
    assert checks["converted"].tolist() == ["40,468.564 square_metre"] and checks["matches"].tolist() == [True]
    exact = "The farm is 10 acres (40,468.564224 square metres)."
    assert conversion_checks(ml.extract_claims(exact), exact)["converted"].tolist() == ["40,468.564224 square_metre"]
    survey = "The farm is 10 acres (40,468.73 square metres)."
    assert conversion_checks(ml.extract_claims(survey), survey)["matches"].tolist() == [False]
