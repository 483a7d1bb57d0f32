"""Rounding-interval explorer: driven through its state and its controls, no browser needed."""
import statistics
import time

import ipywidgets
import pytest

from medialit.charts import VEGALITE_MIMETYPE
from medialit.widgets import controls
from medialit.widgets.rounding_explorer import RoundingExplorer


def chart_rows(explorer):
    (record,) = explorer._chart_output.outputs
    return record["data"][VEGALITE_MIMETYPE]["datasets"]["intervals"]


def test_starts_on_the_ledger_distances():
    explorer = RoundingExplorer()
    assert explorer.figures == {"first": "5.5 kilometers", "second": "3 nautical miles"}
    summary = " ".join(explorer.summary())
    assert "5.45 km up to 5.55 km" in summary and "4.63 km up to 6.482 km" in summary
    assert "that is 5.6 km: not the first figure's 5.5 km" in summary
    assert explorer.overlap() == (5.45, 5.55)


def test_controls_are_labelled_and_drive_the_result_and_the_chart():
    explorer = RoundingExplorer()
    view = explorer.view
    labels = [c.description for c in controls(view)]
    assert labels == ["First figure from the ledger:", "First figure:", "Precision of the first figure:",
                      "Second figure from the ledger:", "Second figure:", "Precision of the second figure:", "Show intervals in:"]
    unit = next(c for c in controls(view) if c.description == "Show intervals in:")
    unit.value = "meter"
    assert "5,450 m up to 5,550 m" in explorer._result.value
    assert chart_rows(explorer)[0]["low"] == 5450
    spec = explorer._chart_output.outputs[0]["data"][VEGALITE_MIMETYPE]
    assert "True distance, metres (m)" in str(spec) and spec["title"] == "What each reported figure allows"


def test_typing_a_figure_releases_the_ledger_choice_and_picking_restores_it():
    explorer = RoundingExplorer()
    explorer.view
    claim, figure, _ = explorer._controls["first"]
    figure.value = "5.6 km"
    assert claim.value == "" and explorer.figures["first"] == "5.6 km"
    claim.value = next(value for _, value in claim.options if value)
    assert figure.value == "5.5 kilometers"


def test_precision_changes_the_interval_and_the_overlap():
    explorer = RoundingExplorer()
    explorer.set_precision("first", "0.01")
    explorer.set_precision("second", "0.01")
    assert explorer.overlap() is None
    assert "No overlap" in explorer.result_html()
    explorer.set_precision("second", "0.5")
    assert explorer.overlap() == (5.495, 5.505)


def test_bad_input_is_kept_and_explained_in_one_sentence():
    explorer = RoundingExplorer()
    explorer.view
    _, figure, _ = explorer._controls["second"]
    figure.value = "<b>5 kg</b>"
    assert figure.value == "<b>5 kg</b>"
    assert "The second figure:" in explorer.result_html() and "<b>5" not in explorer.result_html()
    assert len(chart_rows(explorer)) == 1
    figure.value = ""
    assert "Type the second figure" in explorer.result_html()


def test_snapshot_has_the_worked_answers_and_the_chart():
    page = RoundingExplorer().snapshot_html()
    assert "5.45 km up to 5.55 km" in page and "Chart: What each reported figure allows." in page


def test_display_bundle_has_live_view_snapshot_and_label():
    bundle = RoundingExplorer()._repr_mimebundle_()
    assert "application/vnd.jupyter.widget-view+json" in bundle
    assert bundle["text/plain"].startswith("Rounding-interval explorer")


def test_a_change_takes_well_under_30_ms():
    explorer = RoundingExplorer()
    explorer.view
    box = explorer._controls["first"][1]
    assert isinstance(box, ipywidgets.Text)
    timings = []
    for k in range(40):
        started = time.perf_counter()
        box.value = f"{5 + k / 100:.2f} km"
        timings.append(time.perf_counter() - started)
    assert statistics.median(timings) < 0.030


def test_conversion_lines_say_which_unit_they_convert_into():
    summary = RoundingExplorer().summary()
    assert summary[-2].startswith("Converted into km, the second figure is 5.556 km;")
    assert summary[-1].startswith("Converted into nmi, the first figure is 2.97 nmi;")  # two decimals past the figure's step of 1 nmi, not six


def test_a_negative_distance_is_refused_in_one_sentence_and_the_text_is_kept():
    explorer = RoundingExplorer()
    explorer.set_figure("first", "-2 km")
    assert explorer.figures["first"] == "-2 km" and "first" not in explorer.intervals
    assert explorer.summary()[0] == "The first figure: a distance cannot be negative; type it without the minus sign."


def test_a_figure_precise_to_the_metre_is_not_written_as_a_single_point():
    explorer = RoundingExplorer()
    explorer.set_figure("first", "5556 m")
    summary = " ".join(explorer.summary())
    assert "5,555.5 m up to 5,556.5 m" in summary and "both figures allow 5.5555 km up to 5.5565 km" in summary
    assert "5.5555 to 5.5565 km" in explorer.chart_description()


def test_figures_are_shown_with_their_digits_and_thousands_separators():
    """.4g and :g once showed "1234567 m" as 1.235e+06 m, "18520 m" as 1.852e+04 m and "1234.567 km" as 1235 km."""
    explorer = RoundingExplorer()
    for typed, shown in (("1234567 m", "The first figure, 1,234,567 m, to the nearest 1 m"),
                         ("18520 m", "The first figure, 18,520 m, to the nearest 1 m"),
                         ("1234.567 km", "The first figure, 1,234.567 km, to the nearest 0.001 km")):
        explorer.set_figure("first", typed)
        text = " ".join(explorer.summary()) + explorer.chart_description()
        assert shown in text and "e+" not in text
    assert explorer.chart_rows()[0]["row"] == "First: 1,234.567 km"
    assert (explorer.chart_rows()[0]["from"], explorer.chart_rows()[0]["to"]) == ("1,234.5665", "1,234.5675")
    explorer.set_figure("second", "5.5 km")
    explorer.set_precision("second", "0.01")
    assert "that is 1,234.57 km: not the second figure's 5.5 km" in explorer.summary()[-1]  # as written (learner AO, L1)


def test_an_absurd_magnitude_is_refused_and_the_chart_stays_valid_json():
    """1e308 km in metres is infinity: the spec was invalid JSON and the summary printed 300-digit bounds."""
    import json

    explorer = RoundingExplorer()
    explorer.view
    _, figure, _ = explorer._controls["first"]
    figure.value = "1e308 km"
    explorer.set_unit("meter")
    assert figure.value == "1e308 km"
    summary = explorer.summary()
    assert summary[0].startswith("The first figure: Figures beyond 1,000,000,000 km") and max(map(len, summary)) < 300
    json.dumps(explorer._chart_output.outputs[0]["data"][VEGALITE_MIMETYPE], allow_nan=False)


def test_list_input_to_the_setters_is_ignored_not_a_type_error():
    explorer = RoundingExplorer()
    before = (dict(explorer.claims), dict(explorer.precisions), explorer.unit)
    explorer.pick_claim("first", ["C062"])
    explorer.set_precision("first", ["0.1"])
    explorer.set_unit(["meter"])
    assert (explorer.claims, explorer.precisions, explorer.unit) == before


def test_a_precision_the_figure_is_not_a_multiple_of_is_refused_in_one_sentence():
    """5.5 km 'to the nearest 1' once showed the figure as 6 km, and compared a conversion with 'the first figure's 6 km'."""
    explorer = RoundingExplorer()
    explorer.set_figure("first", "5.5 km")
    explorer.set_precision("first", "1")
    first = explorer.summary()[0]
    assert first.startswith("The first figure, 5.5 km, is not a multiple of 1 km") and "6 km" not in " ".join(explorer.summary())
    assert explorer.figures["first"] == "5.5 km" and "first" not in explorer.intervals
    explorer.set_precision("first", "0.5")  # 5.5 is a multiple of 0.5: a coarser precision it could have been rounded to
    assert explorer.summary()[0].startswith("The first figure, 5.5 km, to the nearest 0.5 km, allows any true value from 5.25 km")


def test_a_distance_interval_is_cut_off_at_zero_and_says_so():
    explorer = RoundingExplorer()
    explorer.set_figure("first", "0 km")
    line = explorer.summary()[0]
    assert "from 0 km up to 0.5 km" in line and "cannot, so the interval starts at 0" in line and "-0.5" not in line
    assert explorer.chart_rows()[0]["low"] == 0.0 and "-" not in explorer.chart_description()


def test_a_figure_with_a_final_full_stop_is_read():
    explorer = RoundingExplorer()
    explorer.set_figure("first", "5.5 kilometres.")
    assert explorer.summary()[0].startswith("The first figure, 5.5 km, to the nearest 0.1 km")


def _control(view, description):
    return next(c for c in controls(view) if c.description == description)


def test_a_new_figure_does_not_keep_the_precision_chosen_for_the_old_one():
    """0.5 chosen for '5.5 km' once stayed on for '5.56 km', refusing it for a precision the learner set for another number."""
    explorer = RoundingExplorer()
    view = explorer.view
    precision, figure = _control(view, "Precision of the first figure:"), _control(view, "First figure:")
    precision.value = "0.5"
    assert "to the nearest 0.5 km" in explorer._result.value
    figure.value = "5.56 km"
    assert precision.value == "as written" and explorer.precisions["first"] == "as written"
    assert "precision is back to &#x27;as written (from the digits)&#x27;" in explorer._result.value
    assert "not a multiple" not in explorer._result.value and "5.555 km up to 5.565 km" in explorer._result.value
    precision.value = "0.01"
    assert "precision is back" not in explorer._result.value


def test_picking_a_ledger_figure_resets_a_chosen_precision_and_an_unchanged_figure_keeps_it():
    explorer = RoundingExplorer()
    explorer.set_precision("second", "1")
    explorer.set_figure("second", explorer.figures["second"])
    assert explorer.precisions["second"] == "1" and explorer.note == ""
    explorer.pick_claim("second", explorer.claims["first"])
    assert explorer.precisions["second"] == "as written" and "The second figure changed" in explorer.summary()[0]
    explorer.set_unit("meter")
    assert "changed" not in " ".join(explorer.summary())


def test_an_exact_conversion_has_no_trailing_zero_at_a_fine_precision():
    """At 0.01 km the second figure converts to 5.556 km, not 5.5560 km; the step's own decimals stay (5.50, not 5.5)."""
    explorer = RoundingExplorer()
    explorer.set_precision("second", "0.001")
    explorer.set_precision("first", "0.01")
    assert "the second figure is 5.556 km;" in explorer.summary()[-2] and "5.5560" not in " ".join(explorer.summary())
    from medialit.widgets.rounding_explorer import _exact_text
    assert (_exact_text(5.5, 0.01), _exact_text(5.556, 0.01), _exact_text(1234.5678, 1)) == ("5.50", "5.556", "1,234.57")


def test_a_thousands_comma_is_read_as_thousands():
    """Learner O (issue 13, item 2): "1,000 m" was told to "write 1.000 m"."""
    explorer = RoundingExplorer()
    explorer.set_figure("first", "1,000 m")
    assert "first" not in explorer.errors and explorer.intervals["first"].value == 1000
    explorer.set_figure("first", "5,6 km")
    assert "write 5.6 km with a point for decimals" in explorer.errors["first"]


def test_an_exact_conversion_to_a_whole_number_has_no_stray_point():
    """Cold learner Q (issue 13, 7): "the second figure is 3. nmi" and "5,556. m"."""
    from medialit.widgets.rounding_explorer import _exact_text

    explorer = RoundingExplorer()
    explorer.set_figure("first", "3 nmi")
    explorer.set_figure("second", "5556 m")
    first_into_m, second_into_nmi = explorer.summary()[-1], explorer.summary()[-2]
    assert "the second figure is 3 nmi;" in second_into_nmi and "the first figure is 5,556 m;" in first_into_m
    assert ". nmi" not in second_into_nmi and ". m" not in first_into_m
    assert (_exact_text(3.0, 1), _exact_text(5556.0, 1), _exact_text(5.0, 0.1)) == ("3", "5,556", "5.0")


@pytest.mark.parametrize("typed", ["10 °C", "10 kg", "10 m³", "50 F", "5 foo"])
def test_a_figure_that_is_no_distance_is_echoed_and_told_what_the_explorer_compares(typed):
    """Learner AG (AG-L8): "10 °C" was told "'degree_Celsius' is not a unit this course knows; write km"."""
    explorer = RoundingExplorer()
    explorer.set_figure("first", typed)
    said = explorer.errors["first"]
    assert f"'{typed}'" in said and "compares lengths and distances" in said and "5.5 km or 3 miles" in said
    assert "degree_Celsius" not in said and "cubic_metre" not in said


@pytest.mark.parametrize("typed, says", [("5.5 km exactly", "Write only the number and its unit"), ("10", "needs its unit"),
                                         ("5,6 km", "A comma")])
def test_a_distance_figure_keeps_the_readers_own_sentence(typed, says):
    explorer = RoundingExplorer()
    explorer.set_figure("first", typed)
    assert says in explorer.errors["first"]


def test_a_round_conversion_can_be_shown_as_a_match_with_a_coarser_step():
    """Learner AM (M4): 730 m and 800 yards got 'cannot describe the same distance', and the menu stopped at 1."""
    explorer = RoundingExplorer()
    explorer.set_figure("first", "730 m")
    explorer.set_figure("second", "800 yards")
    assert explorer.overlap() is None
    summary = " ".join(explorer.summary())
    assert "cannot describe the same distance" not in summary
    assert "read at these precisions, the two figures do not describe the same distance" in summary
    assert "try a coarser step in its precision menu" in summary
    explorer.view
    precision = explorer._controls["first"][2]
    assert {"to the nearest 10", "to the nearest 100", "to the nearest 1,000"} <= {label for label, _ in precision.options}
    precision.value = "10"
    assert explorer.overlap() is not None
    assert "so they can describe the same distance" in explorer._result.value
    assert "730 m: the same as the first figure's 730 m" in " ".join(explorer.summary())
    explorer.set_precision("second", "100")
    assert "that is 800 yd: the same as the second figure's 800 yd" in " ".join(explorer.summary())


def test_figures_that_no_coarser_reading_reconciles_still_cannot_describe_the_same_distance():
    explorer = RoundingExplorer()
    explorer.set_figure("first", "730 m")
    explorer.set_figure("second", "900 yards")
    assert "No overlap: at these precisions the two figures cannot describe the same distance." in explorer.summary()


def test_a_coarse_step_the_figure_is_not_a_multiple_of_is_written_with_a_thousands_separator():
    explorer = RoundingExplorer()
    explorer.set_figure("second", "800 yards")
    explorer.set_precision("second", "1000")
    assert "is not a multiple of 1,000 yd, so it was not rounded to the nearest 1,000 yd" in " ".join(explorer.summary())


# -- learner AO (M3, L1): ranges and hedged figures; a precision never adds digits to a figure -------------------------

@pytest.mark.parametrize("typed, ends", [("5-6 km", ("5 km", "6 km")), ("5\u20136 km", ("5 km", "6 km")),
                                         ("5 to 6 miles", ("5 miles", "6 miles")), ("between 5 and 6 km", ("5 km", "6 km"))])
def test_a_range_is_told_the_explorer_takes_one_figure_and_its_ends_one_at_a_time(typed, ends):
    """'5-6 km' was told to work out the calculation 5-6: it is a range."""
    explorer = RoundingExplorer()
    explorer.set_figure("first", typed)
    message = explorer.errors["first"]
    assert "is a range, and this explorer takes one figure" in message and f"({ends[0]}, then {ends[1]})" in message
    assert "calculation" not in message and "not a distance" not in message


@pytest.mark.parametrize("typed, word, kind", [("about 5 miles", "about", "hedged: 'about' widens the range"),
                                               ("around 5 km", "around", "hedged"), ("~5 km", "~", "hedged"),
                                               ("over 5 miles", "over", "a lower bound: 'over' opens its range upwards"),
                                               ("at least 5 km", "at least", "a lower bound"), ("5 km or more", "or more", "a lower bound"),
                                               ("under 5 miles", "under", "an upper bound: 'under' opens its range downwards"),
                                               ("up to 5 miles", "up to", "an upper bound")])
def test_a_hedged_figure_is_told_it_is_a_bound_or_hedge_and_to_type_it_as_written(typed, word, kind):
    """'about 5 miles' and 'over 5 miles' were told they are 'not a distance', right after lesson 03's bounds."""
    explorer = RoundingExplorer()
    explorer.set_figure("first", typed)
    message = explorer.errors["first"]
    figure = typed.replace(word, "").strip()
    assert kind in message and "lesson 03's bounds" in message
    assert f"This explorer takes a figure as written, without {word!r}: type {figure} to see what its digits allow." in message
    assert "not a distance" not in message and message.count(".") <= 3


@pytest.mark.parametrize("typed", ["about 5 kg", "5-6 kg", "about five miles", "over km"])
def test_a_hedged_or_ranged_figure_that_is_no_distance_keeps_its_own_message(typed):
    explorer = RoundingExplorer()
    explorer.set_figure("first", typed)
    assert "lesson 03's bounds" not in explorer.errors["first"] and "is a range" not in explorer.errors["first"]


def test_a_precision_finer_than_the_digits_shows_the_figure_as_written_not_with_extra_digits():
    """Learner AO (L1): 'to the nearest 0.01' showed 5.5 km as 5.50 km, and 'to the nearest 0.5' 3 nmi as 3.0 nmi."""
    explorer = RoundingExplorer()
    explorer.set_figure("first", "5.5 km")
    explorer.set_figure("second", "3 nmi")
    explorer.set_precision("first", "0.01")
    explorer.set_precision("second", "0.5")
    text = " ".join(explorer.summary()) + explorer.chart_description()
    assert "The first figure, 5.5 km, to the nearest 0.01 km," in text and "The second figure, 3 nmi, to the nearest 0.5 nmi," in text
    assert "5.50 km" not in text and "3.0 nmi:" not in text and "figure's 3.0 nmi" not in text
    assert [row["row"] for row in explorer.chart_rows()[:2]] == ["First: 5.5 km", "Second: 3 nmi"]


def test_a_conversion_is_not_rounded_to_a_coarser_step_chosen_for_the_figure():
    """Learner AO (L1): with 600 m set to 'nearest 100', 2,000 feet 'converted into m' read 610 m, already rounded."""
    explorer = RoundingExplorer()
    explorer.set_figure("first", "600 m")
    explorer.set_figure("second", "2,000 feet")
    explorer.set_precision("first", "100")
    assert "Converted into m, the second figure is 609.6 m; rounded to the nearest 100 m" in " ".join(explorer.summary())


def test_a_range_or_hedge_is_read_in_bounded_time():
    explorer = RoundingExplorer()
    started = time.perf_counter()
    for typed in ["5" * 90 + "-6 km", "about " * 16 + "5 km", "5 km" + " or more" * 12, "between 5 and " + "6" * 80]:
        explorer.set_figure("first", typed)
        assert explorer.errors["first"]
    assert time.perf_counter() - started < 2


# -- fact-check 25 (M1): the explorer reads hedges as the ledger's bounds do (medialit.extract.hedges) ----------------

_KIND_WORDS = {"lower": "a lower bound", "upper": "an upper bound", "approximate": "widens the range its digits allow"}


@pytest.mark.parametrize("table, written", [("QUALIFIERS", "{word} 5 miles"), ("TRAILING", "5 miles {word}")])
def test_every_hedge_of_the_ledger_is_told_the_kind_the_ledger_gives_it(table, written):
    """'nearly' and 'almost' were called widening hedges and 'within', 'close to', 'fewer than' no distance, while the
    ledger's own table makes them upper bounds (and 'close to' approximate)."""
    from medialit.extract import hedges

    explorer = RoundingExplorer()
    for word, kind in getattr(hedges, table).items():
        explorer.set_figure("first", written.format(word=word))
        message = explorer.errors["first"]
        assert _KIND_WORDS[kind] in message and f"{word!r}" in message and "not a distance" not in message, (word, message)
        assert "type 5 miles to see what its digits allow" in message and message.count(". ") <= 2, (word, message)


@pytest.mark.parametrize("typed, kind", [("within 5 miles", "an upper bound: 'within' opens its range downwards"),
                                         ("within 5 miles (8 km)", "an upper bound: 'within'"),
                                         ("nearly 5 miles", "an upper bound close to the figure: 'nearly'"), ("almost 5 miles", "an upper bound"),
                                         ("close to 5 miles", "hedged: 'close to' widens"),
                                         ("fewer than 5 miles", "an upper bound")])
def test_the_sources_own_hedged_distances_are_read_as_bounds_not_as_no_distance(typed, kind):
    """'within 5 miles' (Reuters' and CBS's words; lesson 04: 'within' sets only an upper limit) was 'not a distance'."""
    explorer = RoundingExplorer()
    explorer.set_figure("first", typed)
    message = explorer.errors["first"]
    assert kind in message and "not a distance" not in message and "type 5 miles to see what its digits allow" in message


@pytest.mark.parametrize("typed, digits", [("five miles", "5 miles"), ("twelve hundred metres", "1200 metres")])
def test_a_distance_in_number_words_is_told_to_use_digits(typed, digits):
    explorer = RoundingExplorer()
    explorer.set_figure("first", typed)
    message = explorer.errors["first"]
    assert "number in words" in message and f"type {digits}" in message and "not a distance" not in message
    explorer.set_figure("first", digits)
    assert "first" not in explorer.errors


def test_a_hedged_distance_in_number_words_is_told_the_hedge_and_to_use_digits():
    explorer = RoundingExplorer()
    explorer.set_figure("first", "within five miles")
    message = explorer.errors["first"]
    assert "number in words" in message and "an upper bound: 'within'" in message and "type 5 miles" in message
    assert "not a distance" not in message and message.count(". ") <= 1


@pytest.mark.parametrize("typed", ["five kg", "within 5 miles (8 kg)", "five"])
def test_number_words_or_a_bracket_that_is_no_distance_keep_the_not_a_distance_message(typed):
    explorer = RoundingExplorer()
    explorer.set_figure("first", typed)
    assert "is not a distance" in explorer.errors["first"]


@pytest.mark.parametrize("typed, says", [("nearly 6 km", "an upper bound close to the figure: 'nearly' puts the true value a little under it"),
                                         ("almost 6 km", "a little under it"), ("just under 6 km", "a little under it"),
                                         ("just over 5 km", "a lower bound close to the figure: 'just over' puts the true value a little over it")])
def test_a_close_bound_keeps_the_value_near_the_figure(typed, says):
    """Fact-check 26 (M4): 'nearly 6 km' was said to open its range 'downwards, towards 0', and 'just over 5 km' to have
    'no upper end': such words keep the true value near the figure, by an amount the text does not give."""
    explorer = RoundingExplorer()
    explorer.set_figure("first", typed)
    message = explorer.errors["first"]
    assert says in message and "towards 0" not in message and "no upper end" not in message, message


@pytest.mark.parametrize("typed", ["exactly 5 km", "only 5 km", "just 5 km", "Precisely 5 km"])
def test_a_word_that_adds_nothing_before_a_figure_is_read_as_the_figure(typed):
    """Fact-check 27 (L4): 'just 5 km', 'only 5 km', 'exactly 5 km' were told they are 'not a distance'."""
    explorer = RoundingExplorer()
    explorer.set_figure("first", typed)
    assert "first" not in explorer.errors and explorer.intervals["first"].describe() == "4.5 km up to 5.5 km"
