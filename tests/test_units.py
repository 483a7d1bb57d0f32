"""Rounding intervals and conversions (lesson 04): what a reported figure allows, in any unit."""
import re
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from medialit import units
from medialit.checks import AnswerError
from medialit.units import (
    COURSE_UNITS, UNIT_ALIASES,
    RoundingInterval, UnitsInputError, bound_text, number_text, parse_quantity, round_to_step, rounding_interval, split_figure, stated_step,
    unit_symbol, ureg,
)


@pytest.mark.parametrize("text, step", [("5.5", 0.1), ("3", 1.0), ("5.50", 0.01), ("2,084", 1.0), ("０.５", 0.1),
                                        ("5.5e3", 100.0), ("5.5E-3", 0.0001), ("1,234.5", 0.1), ("\u22125.5", 0.1), ("55e2", 100.0)])
def test_stated_step_reads_the_digits_as_written(text, step):
    assert stated_step(text) == pytest.approx(step)


def test_stated_step_refuses_non_numbers_plainly():
    with pytest.raises(AnswerError):
        stated_step("five")


@pytest.mark.parametrize("text, parts", [("5.5 km", ("5.5", "km")), ("5.5km", ("5.5", "km")),
                                         ("3 nautical miles", ("3", "nautical miles")), ("  7  ", ("7", "")),
                                         ("5 556 m", ("5 556", "m"))])
def test_split_figure(text, parts):
    assert split_figure(text) == parts


@pytest.mark.parametrize("text, says", [
    ("5.556 k", "'k' is not a unit this course knows; write km"),  # pint reads k as the Boltzmann constant
    ("5,5 km", "write 5.5 km with a point for decimals."),
    ("5,5567 km", "write 5.5567 km with a point for decimals."),
])
def test_a_quantity_is_read_with_the_course_s_unit_words_and_a_decimal_comma_is_refused(text, says):
    """Learner F: "5.556 k" was told 'boltzmann_constant' measures something else. A comma before other than three
    digits is a decimal comma: refused with the reading a point gives."""
    with pytest.raises(AnswerError) as refused:
        parse_quantity(text, like="km")
    assert says in str(refused.value) and "boltzmann" not in str(refused.value)
    assert "without a comma" not in str(refused.value)  # never a thousands reading of a decimal comma


@pytest.mark.parametrize("text, metres", [("5,556 m", 5556), ("5,556 kilometres", 5_556_000), ("1,000 m", 1000),
                                          ("1,234,567.5 m", 1_234_567.5)])
def test_a_comma_before_exactly_three_digits_groups_thousands_in_a_quantity(text, metres):
    """Learner O (issue 13): "5,556 m" was refused with "write 5.556 m", a reading 1,000 times too small; lesson 03 reads
    "1,550" as a thousand and more, and so does a quantity now."""
    assert parse_quantity(text, like="km").to("m").magnitude == pytest.approx(metres)
    assert parse_quantity("5 556 m", like="km").to("m").magnitude == 5556  # a space between thousands, as for counts


@pytest.mark.parametrize("value, step, rounded", [(5.556, 0.1, 5.6), (5.55, 0.1, 5.6), (5.549, 0.1, 5.5), (2.5, 1, 3.0),
                                                  (2.969762, 1, 3.0), (7.3, 0.5, 7.5)])
def test_round_to_step_rounds_half_up_in_decimal(value, step, rounded):
    assert round_to_step(value, step) == rounded


def test_round_to_step_takes_numpy_numbers_and_quantities():
    import numpy as np

    assert round_to_step(np.float64(5.556), 0.1) == 5.6
    rounded = round_to_step(ureg().Quantity(5.556, "km"), 0.1)  # a quantity keeps its unit
    assert rounded.magnitude == 5.6 and str(rounded.units) == "kilometer"


def test_round_to_step_reads_a_figure_typed_as_text():
    """Lesson 04.1 accepts "5.556 km", so 04.3's in_km_exact = "5.556 km" must round too, keeping its unit."""
    rounded = round_to_step("5.556 km", 0.1)
    assert rounded.magnitude == 5.6 and str(rounded.units) == "kilometer"
    assert round_to_step("5.556", 0.1) == 5.6


@pytest.mark.parametrize("value, step, words", [
    (..., 0.1, "replace the ... with your value"),
    (None, 0.1, "not nothing (None)"),
    ("about five", 0.1, "in digits"),
    ("5.556 parsecs", 0.1, "not a unit this course uses"),
    ("5" * 1_000_000, 0.1, "not a text of 1,000,000 characters"),
    (float("nan"), 0.1, "ordinary finite number"),
    (5.556, 0, "positive number"),
    (5.556, "0.1", "positive number"),
])
def test_round_to_step_answers_bad_input_in_one_sentence_without_a_traceback(value, step, words):
    with pytest.raises(UnitsInputError, match=re.escape(words)) as caught:
        round_to_step(value, step)
    assert isinstance(caught.value, AnswerError)  # checks that catch AnswerError still catch it
    assert caught.value._render_traceback_() == [f"UnitsInputError: {caught.value}"] and "\n" not in str(caught.value)


def test_rounding_interval_errors_show_without_a_traceback():
    with pytest.raises(UnitsInputError, match="Expected a figure with its unit"):
        rounding_interval(...)


def test_interval_of_a_figure_written_to_one_decimal():
    interval = rounding_interval("5.5 kilometers")
    assert (interval.low, interval.high, interval.unit) == (5.45, 5.55, "kilometer")
    assert interval.low_quantity == ureg().Quantity(5.45, "km") and interval.high_quantity == ureg().Quantity(5.55, "km")
    assert interval.describe() == "5.45 km up to 5.55 km"


def test_converted_interval_keeps_the_original_precision():
    nmi = rounding_interval("3 nautical miles")
    in_km = nmi.to("km")
    assert (in_km.low, in_km.value, in_km.high) == (4.63, 5.556, 6.482)
    assert in_km.step == pytest.approx(1.852)


def test_the_two_distances_overlap_where_the_narrower_one_lies():
    km, nmi = rounding_interval("5.5 km"), rounding_interval("3 nmi")
    assert km.overlap(nmi) == (5.45, 5.55)
    low, high = nmi.overlap(km)
    assert low == pytest.approx(5450 / 1852) and high == pytest.approx(5550 / 1852)
    assert rounding_interval("5.4 km").overlap(rounding_interval("3.0 nmi")) is None


def test_explicit_step_overrides_the_digits():
    assert rounding_interval("2000 m", step=1000).low == 1500


@pytest.mark.parametrize("bad", ["", "km", "5 kg", "5.5 parsecs", None, 5.5, "<b>5</b> km"])
def test_rounding_interval_explains_bad_figures(bad):
    with pytest.raises(AnswerError):
        rounding_interval(bad)


@pytest.mark.parametrize("step", [0, -1, float("nan")])
def test_rounding_interval_refuses_a_step_that_is_not_positive(step):
    with pytest.raises(AnswerError, match="positive"):
        rounding_interval("5.5 km", step=step)


def test_unit_symbols_are_short():
    assert [unit_symbol(u) for u in ("kilometer", "nautical_mile", "meter", "mile", "km")] == ["km", "nmi", "m", "mi", "km"]


@settings(max_examples=100, deadline=None)
@given(st.decimals(min_value=0, max_value=10_000, places=3, allow_nan=False, allow_infinity=False),
       st.sampled_from(["km", "m", "nmi", "mi"]), st.sampled_from(["km", "m", "nmi", "mi"]))
def test_every_interval_contains_its_figure_in_any_unit(number, unit, other):
    interval = rounding_interval(f"{number} {unit}")
    assert interval.low < interval.value < interval.high
    moved = interval.to(other).to(unit)
    assert moved.low == pytest.approx(interval.low, rel=1e-9, abs=1e-9)
    assert moved.high == pytest.approx(interval.high, rel=1e-9, abs=1e-9)


def test_interval_is_a_plain_value_object():
    assert RoundingInterval(5.5, 0.1, "kilometer") == rounding_interval("5.5 km")


@pytest.mark.parametrize("figure, described", [("5.5 km", "5.45 km up to 5.55 km"), ("3 nmi", "2.5 nmi up to 3.5 nmi"),
                                               ("5556 m", "5,555.5 m up to 5,556.5 m"), ("5.556 km", "5.5555 km up to 5.5565 km"),
                                               ("5.5e3 m", "5,450 m up to 5,550 m"), ("1234567 m", "1,234,566.5 m up to 1,234,567.5 m")])
def test_describe_writes_both_ends_precisely_enough_to_tell_them_apart(figure, described):
    assert rounding_interval(figure).describe() == described


def test_bound_text_keeps_at_least_four_significant_digits():
    assert bound_text(6.48208, 1.852) == "6.482" and bound_text(5450.0, 100) == "5,450" and bound_text(0.0, 1) == "0"


@pytest.mark.parametrize("value, step, text", [(1234567.0, 1, "1,234,567"), (18520.0, 1, "18,520"), (1234.567, 0.001, "1,234.567"),
                                               (5.5, 0.01, "5.50"), (5500.0, 100, "5,500"), (1e9, 1e9, "1,000,000,000"),
                                               (2.96976242, None, "2.969762"), (1234567.0, None, "1,234,567"), (0.0, None, "0")])
def test_figures_are_written_with_their_digits_never_in_exponent_form(value, step, text):
    """.4g once wrote 1234567 m as 1.235e+06 m and 1234.567 km as 1235 km."""
    assert number_text(value, step) == text


def test_bounds_of_large_figures_are_written_in_full():
    assert bound_text(1e12, 1e9) == "1,000,000,000,000" and "e" not in rounding_interval("1e9 km").to("m").describe()


@pytest.mark.parametrize("typed, unit", [("5.556 Km", "kilometer"), ("5.556 KM", "kilometer"), ("3 NMI", "nautical_mile"),
                                         ("5556 M", None)])
def test_unit_case_slips_are_read_as_the_unit_meant(typed, unit):
    """Capitals that make no unit are read in lower case; a capital that is a unit of its own (M, molar) is not changed."""
    if unit is None:
        with pytest.raises(AnswerError):
            parse_quantity(typed)
    else:
        assert str(parse_quantity(typed).units) == unit


@pytest.mark.parametrize("figure", ["1e308 km", "1.1e9 km", "2e12 m", "1e-300 km", "5.12345678901 km"])
def test_absurd_magnitudes_are_refused_in_one_sentence(figure):
    """1e308 km became infinity in metres: an invalid chart spec and 300-digit interval ends."""
    with pytest.raises(AnswerError) as raised:
        rounding_interval(figure)
    message = str(raised.value)
    assert message.count(".") <= 3 and len(message) < 200 and "inf" not in message


def test_the_largest_ordinary_figures_still_work():
    assert rounding_interval("1e9 km").to("m").high == 1.5e12
    assert rounding_interval("0.000001 km").step == pytest.approx(1e-6)


# --- the registry's cache between kernels ----------------------------------------------------------------------

# Units the course converts between (COURSE_UNITS) and a few the extractor meets in articles.
CACHE_CHECKED_UNITS = sorted({*COURSE_UNITS, "kilometer / hour", "mile_per_hour", "degree_Fahrenheit", "ton", "acre"})


def _fresh_registry(monkeypatch, folder):
    """A registry built as ``ureg()`` builds one, with pint's cache in ``folder`` (ureg() itself is made once per kernel)."""
    monkeypatch.setattr(units, "PINT_CACHE", folder)
    return ureg.__wrapped__()


def _base_units(registry, names=CACHE_CHECKED_UNITS) -> list[str]:
    return [_in_base_units(registry, name) for name in names]


def _in_base_units(registry, name: str) -> str:
    """One of ``name`` in base units, or the name of the error pint raises for it (some internal names are not units)."""
    try:
        return str(registry.Quantity(1, name).to_base_units())
    except Exception as err:  # noqa: BLE001  the same error from both registries is the same behaviour
        return type(err).__name__


def test_registry_from_the_cache_converts_like_one_built_from_the_definitions(tmp_path, monkeypatch):
    import pint

    plain = pint.UnitRegistry()
    for definition in units._COURSE_DEFINITIONS:  # the units the course names itself (cubic_metre, square_metre...)
        plain.define(definition)
    every_unit = sorted(plain._units)  # the names defined in pint's definitions file
    first = _fresh_registry(monkeypatch, tmp_path)  # parses the definitions, and writes the cache
    assert list(tmp_path.glob("*.pickle"))
    written = {path: path.stat().st_mtime_ns for path in tmp_path.iterdir()}
    second = _fresh_registry(monkeypatch, tmp_path)  # loads the cache
    assert {path: path.stat().st_mtime_ns for path in tmp_path.iterdir()} == written, "the second kernel only reads it"
    assert _base_units(first) == _base_units(second) == _base_units(plain)
    assert _base_units(second, every_unit) == _base_units(plain, every_unit)
    assert [str(second.Unit(name)) for name in UNIT_ALIASES.values()] == [str(plain.Unit(name)) for name in UNIT_ALIASES.values()]


def test_a_broken_cache_only_costs_time(tmp_path, monkeypatch):
    """A truncated file (a kernel stopped while writing it) or a cache folder that cannot be made: built as before."""
    _fresh_registry(monkeypatch, tmp_path)
    for path in tmp_path.glob("*.pickle"):
        path.write_bytes(path.read_bytes()[:100])
    assert _base_units(_fresh_registry(monkeypatch, tmp_path)) == _base_units(ureg())
    not_a_folder = tmp_path / "a_file"
    not_a_folder.write_text("")
    assert _base_units(_fresh_registry(monkeypatch, not_a_folder / "pint")) == _base_units(ureg())


def test_the_browser_edition_keeps_no_cache(tmp_path, monkeypatch):
    """Pyodide's disk lives in memory and goes with the page: writing a cache there would only cost time."""
    monkeypatch.setattr(sys, "platform", "emscripten")
    assert _base_units(_fresh_registry(monkeypatch, tmp_path / "pint")) == _base_units(ureg())
    assert not (tmp_path / "pint").exists()


def test_each_pint_install_has_its_own_cache_folder():
    """pint's shared ":auto:" folder broke when an environment that wrote to it was deleted (every kernel then built the
    registry twice); the course keys its folder by the pint install it runs with."""
    import hashlib

    import pint

    folder = units._pint_cache_folder()
    install = str(Path(pint.__file__).resolve().parent)
    assert folder.name == hashlib.sha256(install.encode()).hexdigest()[:16] and folder.parent.name == "pint"
    assert units._pint_cache_folder() == folder


@pytest.mark.parametrize("number", [5556, 5556.0, 5.556])
def test_a_number_without_its_unit_is_never_shown_with_a_unit_it_may_not_have(number):
    with pytest.raises(AnswerError) as raised:
        units.parse_quantity(number, "km")
    assert str(raised.value) == "A distance needs its unit after the number, such as km or m." and str(number) not in str(raised.value)


@pytest.mark.parametrize("text, says", [("5 km/h", "but km/h measures something else: a speed."),
                                        ("5 hours", "but h measures something else: a duration.")])
def test_a_quantity_of_another_kind_is_named_in_plain_words(text, says):
    """Learner O (issue 13, low): "'kilometer / hour' measures something else" named the unit as pint spells it."""
    with pytest.raises(AnswerError) as refused:
        parse_quantity(text, like="km")
    assert str(refused.value) == f"Expected a distance such as '5.5 km', {says}"


def test_a_whole_rounding_interval_is_told_to_take_one_end():
    """Learner O (issue 13, low): 04.2 answered with rounding_interval(...) was told it is "not a RoundingInterval"."""
    with pytest.raises(AnswerError, match=r"whole rounding interval, both its ends.*\.low_quantity"):
        parse_quantity(rounding_interval("5.5 km"), like="km")


@pytest.mark.parametrize("text, rest", [("5.556 km exactly", "exactly"), ("5.45 km (5450 m)", "(5450 m)"),
                                        ("5.6km, not 5.5", "not 5.5"), ("2.8 km (not 2.7 km)", "(not 2.7 km)"),
                                        ("3 nautical miles exactly", "exactly")])
def test_words_after_a_known_unit_are_told_to_go_not_the_unit_blamed(text, rest):
    """Learner U (round 5, MEDIUM 1): a right unit followed by a comment was called 'not a unit this course knows'."""
    with pytest.raises(AnswerError) as err:
        parse_quantity(text, like="km")
    message = str(err.value)
    assert "Write only the number and its unit" in message and f"'{rest}'" in message
    assert "not a unit" not in message


def test_an_unknown_unit_with_words_after_it_is_still_an_unknown_unit():
    for text in ("5 parsec lol", "5.5 k m", "5.5 kmxyz exactly"):
        with pytest.raises(AnswerError, match="not a unit this course knows"):
            parse_quantity(text, like="km")


def test_words_after_a_unit_are_read_in_bounded_time():
    import time
    start = time.perf_counter()
    for _ in range(200):
        with pytest.raises(AnswerError):
            parse_quantity("5.5 km " + "x " * 45, like="km")
    assert time.perf_counter() - start < 2


def test_round_to_step_without_its_step_says_to_give_it_in_one_sentence():
    """Learner AA (AA-L6): round_to_step(in_km_exact) raised Python's 'missing 1 required positional argument'."""
    with pytest.raises(UnitsInputError, match=r"needs the step .* round_to_step\(x, 0\.1\)"):
        round_to_step("5.556 km")
    with pytest.raises(UnitsInputError, match="needs the step"):
        round_to_step(5.556, None)


def test_a_comma_before_three_digits_is_read_both_ways_where_the_thousands_reading_is_wrong():
    """Learner AA (AA-M2): 04.1's "5,556 km" (a decimal comma meant) was read as 5556 km and told it was right in m but
    written in km. A comma before exactly three digits may be either; where the thousands reading is not right, both
    readings are said, and the thousands reading stays right where it is."""
    import medialit as ml
    from medialit.exercises import get_exercise
    from medialit.units import comma_readings

    assert comma_readings("5,556 km") == ("5556 km", "5.556 km") and comma_readings("5,5 km") is None
    assert comma_readings("5.556 km") is None and comma_readings("5,556") is None
    km = get_exercise("04.1").expected().to("kilometer").magnitude
    typed = f"{km:.3f}".replace(".", ",") + " km"
    message = ml.check("04.1", typed, record=False).message
    assert message.startswith(f"'{typed}' can be read two ways") and "its comma grouping thousands" in message
    metres = f"{round(km * 1000):,} m"  # the right number of metres, its thousands grouped with a comma: still right
    assert ml.check("04.1", metres, record=False).correct is True


@pytest.mark.parametrize("name, unit", [("sq ft", "square_foot"), ("square feet", "square_foot"), ("ft\u00b2", "square_foot"),
                                        ("cu ft", "cubic_foot"), ("ft3", "cubic_foot"), ("sq km", "square_kilometre"),
                                        ("sq m", "square_metre"), ("sq mi", "square_mile"), ("mi\u00b2", "square_mile"),
                                        ("sq yd", "square_yard")])
def test_the_short_forms_the_extractor_reads_as_volumes_and_areas_are_registry_names(name, unit):
    """Learner AI (H2): the extractor now reads "88,287 cu ft" and "323 sq ft" as volumes and areas; a ledger or the
    curator's unit box takes the same short forms."""
    from medialit.ledger_checks import pint_unit

    assert UNIT_ALIASES[name] == unit and pint_unit(name) == units.ureg().Unit(unit)


def test_the_acre_is_the_international_acre_and_the_survey_acre_keeps_a_name():
    """Fact-check 23 L6: pint's acre is the US survey acre (4,046.8726 m\u00b2); a story's acres are international ones,
    43,560 square feet of 0.3048 m, so 10 acres are 40,468.564224 m\u00b2 exactly."""
    from decimal import Decimal

    from medialit.ledger_checks import pint_unit

    registry = ureg()
    exact = Decimal(43560) * Decimal("0.3048") ** 2 * 10
    assert exact == Decimal("40468.564224")
    for name in ("acre", "acres", "international_acre"):
        assert registry.Quantity(10, name).to("meter ** 2").magnitude == pytest.approx(float(exact), rel=1e-15, abs=0)
    assert (10 * pint_unit("acre")).to("meter ** 2").magnitude == pytest.approx(float(exact), rel=1e-15, abs=0)
    assert registry.Quantity(1, "survey_acre").to("meter ** 2").magnitude == pytest.approx(4046.8726, abs=1e-4)
    assert f"{registry.Unit('acre'):~P}" == "acre"
