"""Date narrower: tick the article's own clues and watch the candidate days of the year shrink (text and chart).

The calendar chart is refilled per change, not rebuilt (see ``medialit.livechart`` for why and the timings).
"""
from __future__ import annotations

import html
from typing import Iterable

import altair as alt
import pandas as pd

from ..charts import PALETTE, CourseChart, show
from ..dating import WEEKDAYS, candidate_days, clue_table, day_label, describe_days, inferred_year, internal_clues, rule_out_steps
from ..livechart import LiveChart
from . import CourseWidget, labelled

__all__ = ["DateNarrower"]

STATUS_STILL, STATUS_OUT = "still possible", "ruled out"
CHART_TITLE = "Candidate days for the briefing"


class DateNarrower(CourseWidget):
    """Which clues are applied, in the order the learner applied them, and what they leave."""

    title = "Date narrower"

    def __init__(self, applied: Iterable[str] = ()):
        self.clues = internal_clues()
        self._table = clue_table()
        self._year = inferred_year()
        self._keys = [clue.key for clue in self.clues]
        days = self._table.index
        self._calendar = [
            {"day": day.strftime("%Y-%m-%d"), "date": day_label(day),
             "week": (day - pd.Timedelta(days=day.day_of_week)).strftime("%Y-%m-%d"), "weekday": day.day_name()}
            for day in days
        ]
        self.applied: list[str] = []
        self.message = ""
        self._live_chart: LiveChart | None = None
        for key in applied:
            self.set_clue(key, True)

    def set_clue(self, key: str, on: bool) -> None:
        """Apply or remove a clue; an unknown clue is refused with a plain sentence."""
        if key not in self._keys:
            self.message = f"{str(key)[:40]!r} is not one of the clues, so nothing changed."
        else:
            self.message = ""
            if on and key not in self.applied:
                self.applied.append(key)
            elif not on and key in self.applied:
                self.applied.remove(key)
        self._refresh()

    def candidates(self) -> pd.DatetimeIndex:
        return candidate_days(self.applied, self._table)

    def result_text(self) -> str:
        days = self.candidates()
        window = self._table.index
        start = f"Out of the {len(window)} days of {self._year}: "
        if not self.applied:
            return start + "no clue applied yet, so every day is still possible."
        return start + describe_days(days)

    def steps_html(self) -> str:
        """What each applied clue ruled out, in order, with the reasoning behind it."""
        steps = rule_out_steps(self.applied, self._table)
        if steps.empty:
            return ""
        cell = "style='padding:0.2em 0.8em;border-bottom:1px solid #ddd;text-align:{}'"
        left_cell, right_cell = cell.format("left"), cell.format("right")
        rows = "".join(
            f"<tr><td {left_cell}>{html.escape(str(clue))}</td><td {right_cell}>{before}</td>"
            f"<td {right_cell}>{out}</td><td {right_cell}>{left}</td><td {left_cell}>{html.escape(str(why))}</td></tr>"
            for clue, before, out, left, why in steps.itertuples(index=False, name=None)
        )
        headers = "".join(f"<th scope='col' {right_cell if name in ('Days before', 'Ruled out', 'Days left') else left_cell}>{name}</th>"
                          for name in ("Clue", "Days before", "Ruled out", "Days left", "Why"))
        return ("<table style='border-collapse:collapse;margin:0.4em 0'><caption style='text-align:left'>"
                "What each clue ruled out, in the order you applied them</caption>"
                f"<thead><tr>{headers}</tr></thead><tbody>{rows}</tbody></table>")

    def result_html(self) -> str:
        warning = f"<p><strong>Note:</strong> {html.escape(self.message)}</p>" if self.message else ""
        return f"{warning}<p role='status'><strong>{html.escape(self.result_text())}</strong></p>{self.steps_html()}"

    def chart_rows(self) -> list[dict]:
        """One row per day of the year, with whether it is still possible."""
        still = set(self.candidates().strftime("%Y-%m-%d"))
        return [{**day, "status": STATUS_STILL if day["day"] in still else STATUS_OUT} for day in self._calendar]

    def chart_description(self) -> str:
        return (
            f"A calendar of {self._year}: one mark per day, weeks from left to right, weekdays from top to bottom. "
            f"{self.result_text()} Days still possible are large blue circles; ruled-out days are small grey squares."
        )

    def _calendar_chart(self, data) -> alt.Chart:
        """The calendar's marks for ``data``: a table of days (a chart to display) or a named dataset (filled per change)."""
        domain = [STATUS_STILL, STATUS_OUT]
        return alt.Chart(data).mark_point(filled=True, aria=False).encode(
            x=alt.X("week:T", title=f"Week beginning (Monday), {self._year}", axis=alt.Axis(format="%-d %b", labelAngle=-45)),
            y=alt.Y("weekday:N", sort=list(WEEKDAYS), title="Day of the week"),
            shape=alt.Shape("status:N", scale=alt.Scale(domain=domain, range=["circle", "square"]), title="Day"),
            color=alt.Color("status:N", scale=alt.Scale(domain=domain, range=[PALETTE[0], "#9e9e9e"]), title="Day"),
            size=alt.Size("status:N", scale=alt.Scale(domain=domain, range=[90, 18]), title="Day"),
            tooltip=[alt.Tooltip("date:N", title="Day"), alt.Tooltip("status:N", title="Status")],
        ).properties(width=620, height=180)

    def chart(self) -> CourseChart:
        """A calendar of the year: one mark per day; days still possible are large blue circles, the rest small grey squares."""
        return show(self._calendar_chart(pd.DataFrame(self.chart_rows())), title=CHART_TITLE, description=self.chart_description())

    def live_chart(self) -> LiveChart:
        """The same calendar for the live view and the snapshot: built once, then only its days and description change."""
        if self._live_chart is None:
            chart = show(self._calendar_chart(alt.Data(name="days")), title=CHART_TITLE,
                         description="A calendar of the year's days, still possible or ruled out (filled in per change).")
            self._live_chart = LiveChart(chart, "days")
        return self._live_chart

    def snapshot_html(self) -> str:
        return self.result_html() + self.live_chart().snapshot_html(self.chart_rows(), self.chart_description())

    def _refresh(self) -> None:
        if self._view is None:
            return
        self._result.value = self.result_html()
        self._chart_output.outputs = self.live_chart().output(self.chart_rows(), self.chart_description())

    def _build_view(self):
        import ipywidgets as w

        boxes = []
        for clue in self.clues:
            box = labelled(w.Checkbox(value=clue.key in self.applied, indent=False), clue.label)
            box.layout = w.Layout(width="max-content")
            box.observe(lambda change, key=clue.key: self.set_clue(key, change["new"]), names="value")
            boxes.append(box)
        self._result = w.HTML()
        self._chart_output = w.Output()
        view = w.VBox([w.HTML("<p><strong>Clues to apply:</strong></p>"), *boxes, self._result, self._chart_output])
        self._view = view
        self._refresh()
        return view
