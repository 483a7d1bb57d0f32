"""Charts refilled per change: the spec keeps the title, swaps the data and the description, stays fast."""
import time

import altair as alt

import medialit as ml
from medialit.charts import VEGALITE_MIMETYPE
from medialit.livechart import LiveChart


def make_chart():
    chart = alt.Chart(alt.Data(name="points")).mark_point().encode(x="x:Q", y="y:Q")
    return LiveChart(ml.show(chart, title="Points", description="Points filled in on every change."), "points")


def test_spec_swaps_data_and_description_only():
    live = make_chart()
    first = live.spec([{"x": 1, "y": 2}], "One point at 1, 2.")
    second = live.spec([{"x": 3, "y": 4}], "One point at 3, 4.")
    assert first["datasets"] == {"points": [{"x": 1, "y": 2}]} and second["description"] == "One point at 3, 4."
    assert first["title"] == second["title"] == "Points" and first["data"] == {"name": "points"}


def test_bundle_and_output_carry_the_spec_and_a_text_alternative():
    live = make_chart()
    (record,) = live.output([{"x": 1, "y": 2}], "One point at 1, 2.")
    assert record["output_type"] == "display_data"
    assert VEGALITE_MIMETYPE in record["data"] and record["data"]["text/plain"] == "Chart: Points. One point at 1, 2."


def test_snapshot_describes_the_chart_in_escaped_text():
    page = make_chart().snapshot_html([{"x": 1, "y": 2}], "A <b>point</b>.")
    assert "Chart: Points." in page and "&lt;b&gt;point" in page and "<svg" not in page


def test_refilling_is_far_under_a_millisecond():
    live = make_chart()
    started = time.perf_counter()
    for k in range(1000):
        live.spec([{"x": k, "y": k}], "A point.")
    assert (time.perf_counter() - started) / 1000 < 0.001
