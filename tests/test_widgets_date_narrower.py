"""Date narrower: driven by its state, no browser needed."""
import html
import statistics
import time

import ipywidgets

from medialit.charts import VEGALITE_MIMETYPE
from medialit.widgets.date_narrower import DateNarrower


def _boxes(narrower):
    return [child for child in narrower.view.children if isinstance(child, ipywidgets.Checkbox)]


def test_starts_with_every_day_of_the_year():
    narrower = DateNarrower()
    assert "365 days of 2015: no clue applied yet" in narrower.result_text()
    assert "<table>" not in narrower.result_html()


def test_ticking_clues_updates_text_table_and_chart():
    narrower = DateNarrower()
    boxes = _boxes(narrower)
    assert [box.description for box in boxes][0] == "Line 10: 'said Tuesday'"
    boxes[0].value = True
    result, chart = narrower.view.children[-2:]
    assert "52 candidate days remain" in result.value
    boxes[1].value = True
    assert "13 candidate days remain" in result.value and "Tuesday 3 November 2015" in result.value
    spec = chart.outputs[0]["data"][VEGALITE_MIMETYPE]
    statuses = [row["status"] for row in next(iter(spec["datasets"].values()))]
    assert statuses.count("still possible") == 13 and "13 candidate days" in spec["description"]
    boxes[0].value = False
    assert "92 candidate days remain" in result.value


def test_table_lists_what_each_clue_ruled_out_in_order():
    narrower = DateNarrower(["caption_date", "campaign_start", "weekday"])
    page = narrower.steps_html()
    assert page.index("caption dated") < page.index("campaign began") < page.index("said Tuesday")
    assert "<caption" in page and "scope='col'" in page
    assert ">Why</th>" in page and html.escape(narrower.clues[0].reasoning) in page


def test_unknown_clue_is_refused_in_words():
    narrower = DateNarrower()
    narrower.set_clue("<b>moon</b>", True)
    assert narrower.applied == [] and "not one of the clues" in narrower.message
    assert "<b>moon" not in narrower.result_html()


def test_chart_is_titled_described_and_not_colour_only():
    chart = DateNarrower(["weekday"]).chart()
    spec = chart.to_dict()
    assert chart.title and "large blue circles" in chart.description
    assert {"shape", "color", "size"} <= set(spec["encoding"])
    assert "still possible" in DateNarrower(["weekday"]).snapshot_html()


def test_snapshot_is_text_not_a_drawing():
    """No kernel draws SVGs (medialit.static_charts); the snapshot states the numbers in words."""
    page = DateNarrower(["weekday"]).snapshot_html()
    assert "<svg" not in page and "Chart: Candidate days for the briefing." in page and "52 candidate days" in page


def test_live_chart_matches_the_full_chart():
    narrower = DateNarrower(["weekday", "campaign_start"])
    live = narrower.live_chart().spec(narrower.chart_rows(), narrower.chart_description())
    full = narrower.chart().to_dict()
    assert live["datasets"]["days"] == next(iter(full["datasets"].values()))
    assert live["description"] == full["description"] and live["encoding"] == full["encoding"]


def test_response_is_fast():
    narrower = DateNarrower()
    boxes = _boxes(narrower)
    timings = []
    for round_number in range(4):
        for box in boxes:
            started = time.perf_counter()
            box.value = round_number % 2 == 0
            timings.append(time.perf_counter() - started)
    assert statistics.median(timings) < 0.03


def test_chart_title_reads_cleanly_before_its_description():
    """The text shown without the chart is 'Chart: <title>. <description>', so the title ends without punctuation."""
    chart = DateNarrower(["weekday"]).chart()
    assert chart.title[-1].isalnum()
