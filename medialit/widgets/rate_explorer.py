"""Rate explorer: pick the briefing date, and see how the per-day rates (and only they) move with it.

The article gives its campaign totals "since September 30" (line 10) and says "said Tuesday", but not which
Tuesday: sorties per day depend on a date the page does not give. The course dates the briefing to
3 November 2015 from outside the article (facts.md); the explorer starts there. Targets per sortie does not
depend on the date, and the day's own figures (line 36) are shown beside the average for comparison.
The chart is refilled per change, not rebuilt (see ``medialit.livechart`` for why and the timings).
"""
from __future__ import annotations

import html
from datetime import date, timedelta

import altair as alt

from ..charts import PALETTE, show
from ..dating import day_label
from ..livechart import LiveChart
from ..stats import calendar_day, rates
from . import CourseWidget, labelled

__all__ = ["RateExplorer"]

WINDOW_DAYS = 10
# The chart runs WINDOW_DAYS past the date picked, and Python's calendar ends on 31 December 9999.
LATEST_BRIEFING = date.max - timedelta(days=WINDOW_DAYS)


def _days(count: int) -> str:
    return f"{count:,} day{'s' if count != 1 else ''}"


class RateExplorer(CourseWidget):
    """Campaign rates for an assumed briefing date: ``set_date(date)``, then read ``rates`` or ``summary()``."""

    title = "Rate explorer"

    def __init__(self):
        self._cited_rates = rates()
        self.start, self.cited = self._cited_rates.start, self._cited_rates.briefing
        self.briefing = self.cited
        self._chart = self._build_chart()
        self._recompute()

    def set_date(self, briefing: date | None) -> None:
        """Assume another briefing date: a ``date``, a ``datetime`` or a pandas ``Timestamp`` (its day is used)."""
        self.briefing = calendar_day(briefing)
        self._recompute()
        if self._view is not None:
            self._result.value = self.result_html()
            self._chart_output.outputs = self._chart.output(self.chart_rows(), self.chart_description())

    def _recompute(self) -> None:
        self.rates, self.error = None, ""
        if self.briefing is None:
            self.error = "Pick a date for the briefing: the per-day rates depend on it."
        elif self.briefing <= self.start:
            self.error = (f"Pick a date after {day_label(self.start)}: line {self._cited_rates.total_line} gives that day as "
                          "the campaign's start (the General Staff's claim), so on that day or earlier no day of the campaign "
                          "has passed to divide its totals by.")
        elif self.briefing > LATEST_BRIEFING:
            self.error = (f"Pick a date up to {day_label(LATEST_BRIEFING)}: the chart runs {_days(WINDOW_DAYS)} past "
                          "the date picked, and the calendar ends with the year 9999.")
        else:
            self.rates = self._cited_rates.on(self.briefing)

    def summary(self) -> list[str]:
        if self.rates is None:
            return [self.error]
        r = self.rates
        if self.briefing == self.cited:
            cited = " (the date facts.md gives)"
        elif self.briefing.weekday() != self.cited.weekday():
            cited = f" (but line {r.total_line} says the General Staff \"said {self.cited:%A}\")"
        else:
            cited = ""
        return [
            f"If the briefing was on {day_label(self.briefing)}{cited}, it came {_days(r.days)} "
            f"after {self.start.day} {self.start:%B}, the campaign's start as line {r.total_line} reports the General Staff giving it.",
            f"Sorties per day: {r.sorties:,} sorties / {_days(r.days)} = {r.sorties_per_day:,.1f} sorties per day.",
            f"Targets per day: {r.targets:,} targets / {_days(r.days)} = {r.targets_per_day:,.1f} targets per day.",
            f"Targets per sortie over the campaign: {r.targets:,} / {r.sorties:,} = {r.targets_per_sortie:.2f} "
            "(the same whatever the date).",
            f"The day itself (line {r.day_line}): {r.day_targets} targets / {r.day_sorties} sorties = {r.day_targets_per_sortie:.2f} "
            f"targets per sortie, from {r.day_sorties} sorties against an average of {r.sorties_per_day:,.1f} a day.",
        ]

    def result_html(self) -> str:
        if self.rates is None:
            return f"<p><strong>{html.escape(self.error)}</strong></p>"
        return "<ul>" + "".join(f"<li>{html.escape(line)}</li>" for line in self.summary()) + "</ul>"

    def chart_rows(self) -> list[dict]:
        if self.rates is None:
            return []
        window = timedelta(days=WINDOW_DAYS)
        curve = self.rates.curve(self.briefing - window, self.briefing + window)
        rows = [{"date": d, "value": v, "series": "average if the briefing was on this date", "label": ""}
                for d, v in zip(curve["date"], curve["sorties_per_day"])]
        rows.append({"date": self.briefing.isoformat(), "value": self.rates.sorties_per_day, "series": "your date",
                     "label": f"{self.rates.sorties_per_day:,.1f} a day"})
        rows += [{"date": d, "value": self.rates.day_sorties, "series": "the day's sorties",
                  "label": f"the day (line {self.rates.day_line}): {self.rates.day_sorties}" if d == curve["date"].iloc[0] else ""}
                 for d in (curve["date"].iloc[0], curve["date"].iloc[-1])]
        return rows

    def chart_description(self) -> str:
        if self.rates is None:
            return "No valid briefing date is picked, so the chart is empty."
        return (f"A falling line: campaign sorties per day if the briefing was on each date from "
                f"{day_label(max(self.briefing - timedelta(days=WINDOW_DAYS), self.start + timedelta(days=1)))} to "
                f"{day_label(self.briefing + timedelta(days=WINDOW_DAYS))}. At your date, {day_label(self.briefing)}, "
                f"it is {self.rates.sorties_per_day:,.1f}. A flat dashed line marks the {self.rates.day_sorties} sorties the "
                "article gives for the day itself.")

    def _build_chart(self) -> LiveChart:
        base = alt.Chart(alt.Data(name="rates")).encode(
            # Dates are calendar days: read and shown in UTC, so no browser's time zone can shift them by a day.
            x=alt.X("utcyearmonthdate(date):T", title="Assumed date of the briefing", axis=alt.Axis(format="%d %b", labelAngle=0)),
            y=alt.Y("value:Q", title="Sorties per day", scale=alt.Scale(zero=True)),
        )
        curve = base.transform_filter(alt.datum.series == "average if the briefing was on this date").mark_line(
            color=PALETTE[0], point=alt.OverlayMarkDef(color=PALETTE[0], size=20))
        today = base.transform_filter(alt.datum.series == "the day's sorties").mark_line(
            color=PALETTE[5], strokeDash=[6, 4])
        today_label = base.transform_filter(alt.datum.series == "the day's sorties").mark_text(
            align="left", dy=-8, color="#202124").encode(text="label:N")
        chosen = base.transform_filter(alt.datum.series == "your date").mark_point(
            shape="diamond", filled=True, size=160, color="#000000")
        chosen_label = base.transform_filter(alt.datum.series == "your date").mark_text(
            align="left", dx=10, dy=-10, fontWeight="bold", color="#202124").encode(text="label:N")
        chart = show((curve + today + today_label + chosen + chosen_label).properties(height=220),
                     title="Sorties per day depend on the date assumed",
                     description="A falling line of sorties per day by assumed briefing date (filled in per change).")
        return LiveChart(chart, "rates")

    def snapshot_html(self) -> str:
        return self.result_html() + self._chart.snapshot_html(self.chart_rows(), self.chart_description())

    def _build_view(self):
        import ipywidgets as w

        picker = labelled(w.DatePicker(value=self.briefing), "Briefing date:")
        picker.observe(lambda change: self.set_date(change["new"]), names="value")
        self._result = w.HTML(self.result_html())
        self._chart_output = w.Output()
        self._chart_output.outputs = self._chart.output(self.chart_rows(), self.chart_description())
        return w.VBox([picker, self._result, self._chart_output])
