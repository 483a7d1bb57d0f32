"""Rounding-interval explorer: driven through its state and its controls, no browser needed."""
import statistics
import time

import ipywidgets

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
    assert "5450 m up to 5550 m" in explorer._result.value
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
    assert summary[-1].startswith("Converted into nmi, the first figure is 2.97 nmi;")


def test_a_figure_precise_to_the_metre_is_not_written_as_a_single_point():
    explorer = RoundingExplorer()
    explorer.set_figure("first", "5556 m")
    summary = " ".join(explorer.summary())
    assert "5555.5 m up to 5556.5 m" in summary and "both figures allow 5.5555 km up to 5.5565 km" in summary
    assert "5.5555 to 5.5565 km" in explorer.chart_description()
