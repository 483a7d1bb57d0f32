"""Rate explorer: the briefing date moves the per-day rates, the text and the chart; nothing else."""
import json
import statistics
import time
from datetime import date, datetime, timedelta

import pandas as pd
import pytest

from medialit import stats
from medialit.charts import VEGALITE_MIMETYPE
from medialit.widgets import controls
from medialit.widgets.rate_explorer import RateExplorer


def spec(explorer):
    return explorer._chart_output.outputs[0]["data"][VEGALITE_MIMETYPE]


def test_starts_on_the_cited_date():
    explorer = RateExplorer()
    cited = stats.rates()
    assert explorer.briefing == cited.briefing
    summary = " ".join(explorer.summary())
    assert f"{cited.sorties_per_day:.1f} sorties per day" in summary and "the date facts.md gives" in summary
    assert f"{cited.days} days after" in summary


def test_picking_a_date_moves_the_rate_the_text_and_the_chart():
    explorer = RateExplorer()
    (picker,) = controls(explorer.view)
    assert picker.description == "Briefing date:"
    before = spec(explorer)
    picker.value = date(2015, 11, 10)
    later = stats.rates(date(2015, 11, 10))
    assert f"{later.sorties_per_day:.1f} sorties per day" in explorer._result.value
    assert "the date facts.md gives" not in explorer._result.value
    after = spec(explorer)
    chosen = [row for row in after["datasets"]["rates"] if row["series"] == "your date"]
    assert chosen == [{"date": "2015-11-10", "value": later.sorties_per_day, "series": "your date",
                       "label": f"{later.sorties_per_day:.1f} a day"}]
    assert after["description"] != before["description"] and after["title"] == before["title"]


def test_a_date_on_another_weekday_is_flagged_and_large_rates_have_thousands_separators():
    explorer = RateExplorer()
    explorer.set_date(date(2015, 10, 30))
    assert 'but line 10 says the General Staff "said Tuesday"' in explorer.summary()[0]
    explorer.set_date(date(2015, 11, 10))
    assert "said Tuesday" not in explorer.summary()[0]
    explorer.set_date(date(2015, 10, 1))
    assert f"= {stats.rates().sorties:,}.0 sorties per day" in explorer.summary()[1]
    assert "&quot;said" in explorer.result_html()


def test_targets_per_sortie_does_not_move():
    explorer = RateExplorer()
    first = explorer.rates.targets_per_sortie
    explorer.set_date(date(2015, 10, 15))
    assert explorer.rates.targets_per_sortie == first


def test_dates_before_the_start_or_missing_are_explained():
    explorer = RateExplorer()
    explorer.view
    explorer.set_date(date(2015, 9, 1))
    assert "Pick a date after Wednesday 30 September 2015" in explorer._result.value
    assert explorer.chart_rows() == [] and "empty" in spec(explorer)["description"]
    explorer.set_date(explorer.start)  # learner AQ (L3): the start day itself is not "earlier"
    assert "no day of the campaign has passed to divide its totals by" in explorer._result.value  # fact-check 26 L5
    assert "(the General Staff&#x27;s claim)" in explorer._result.value
    explorer.set_date(None)
    assert "Pick a date for the briefing" in explorer._result.value


def test_snapshot_has_the_rates_and_the_chart():
    page = RateExplorer().snapshot_html()
    assert "sorties per day" in page and "Chart: Sorties per day depend on the date assumed." in page


def test_a_change_takes_well_under_30_ms():
    explorer = RateExplorer()
    (picker,) = controls(explorer.view)
    timings = []
    for k in range(60):
        started = time.perf_counter()
        picker.value = date(2015, 10, 5) + timedelta(days=k)
        timings.append(time.perf_counter() - started)
    assert statistics.median(timings) < 0.030


@pytest.mark.parametrize("picked", [datetime(2015, 11, 10, 15, 30), pd.Timestamp("2015-11-10")])
def test_a_datetime_or_a_timestamp_counts_as_its_day(picked):
    """Comparing a datetime (or a Timestamp) with the start date once raised TypeError."""
    explorer = RateExplorer()
    explorer.set_date(picked)
    assert explorer.briefing == date(2015, 11, 10)
    assert f"{stats.rates(date(2015, 11, 10)).sorties_per_day:.1f} sorties per day" in explorer.result_html()
    explorer.set_date(pd.NaT)
    assert "Pick a date for the briefing" in explorer.result_html()


def test_dates_at_the_end_of_the_calendar_are_explained_not_an_overflow():
    """briefing + 10 days once raised OverflowError near 31 December 9999; pandas' date range stopped in 2262."""
    explorer = RateExplorer()
    explorer.view
    explorer.set_date(date(9999, 12, 25))
    assert "Pick a date up to Tuesday 21 December 9999" in explorer._result.value and explorer.chart_rows() == []
    explorer.set_date(date(9999, 12, 21))
    assert explorer.chart_rows()[-1]["date"] == "9999-12-31"
    explorer.set_date(date(3000, 1, 1))
    assert "359,492 days after" in explorer.summary()[0]
    json.dumps(spec(explorer))


def test_a_rate_above_a_thousand_is_written_with_a_thousands_separator():
    """One day after the start the campaign's 1,631 sorties make 1,631.0 a day, written as the text writes it."""
    from datetime import timedelta

    from medialit import stats
    from medialit.widgets.rate_explorer import RateExplorer

    explorer = RateExplorer()
    explorer.set_date(stats.rates().start + timedelta(days=1))
    assert "1,631.0" in explorer.chart_description() and "1631.0" not in explorer.chart_description()
    assert [row["label"] for row in explorer.chart_rows() if row["series"] == "your date"] == ["1,631.0 a day"]
