"""Date narrower: tick the article's own clues and watch the candidate days of the year shrink (text and chart)."""
from __future__ import annotations

import html
from typing import Iterable

import altair as alt
import pandas as pd

from ..charts import PALETTE, VEGALITE_MIMETYPE, CourseChart, show
from ..dating import WEEKDAYS, clue_table, candidate_days, describe_days, inferred_year, internal_clues, rule_out_steps
from . import CourseWidget, labelled

__all__ = ["DateNarrower"]

STATUS_STILL, STATUS_OUT = "still possible", "ruled out"


class DateNarrower(CourseWidget):
    """Which clues are applied, in the order the learner applied them, and what they leave."""

    title = "Date narrower"

    def __init__(self, applied: Iterable[str] = ()):
        self.clues = internal_clues()
        self._table = clue_table()
        self._year = inferred_year()
        self._keys = [clue.key for clue in self.clues]
        days = self._table.index
        self._calendar = pd.DataFrame({
            "day": days.strftime("%Y-%m-%d"),
            "date": [f"{d:%a} {d.day} {d:%b %Y}" for d in days],
            "week": (days - pd.to_timedelta(days.day_of_week, unit="D")).strftime("%Y-%m-%d"),
            "weekday": days.day_name(),
        })
        self.applied: list[str] = []
        self.message = ""
        self._base_spec: dict | None = None
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
        steps = rule_out_steps(self.applied, self._table)
        if steps.empty:
            return ""
        cell = "style='padding:0.2em 0.8em;border-bottom:1px solid #ddd;text-align:{}'"
        left_cell, right_cell = cell.format("left"), cell.format("right")
        rows = "".join(
            f"<tr><td {left_cell}>{html.escape(str(clue))}</td><td {right_cell}>{before}</td>"
            f"<td {right_cell}>{out}</td><td {right_cell}>{left}</td></tr>"
            for clue, before, out, left in steps.itertuples(index=False, name=None)
        )
        headers = "".join(f"<th scope='col' {right_cell if i else left_cell}>{name}</th>"
                          for i, name in enumerate(("Clue", "Days before", "Ruled out", "Days left")))
        return ("<table style='border-collapse:collapse;margin:0.4em 0'><caption style='text-align:left'>"
                "What each clue ruled out, in the order you applied them</caption>"
                f"<thead><tr>{headers}</tr></thead><tbody>{rows}</tbody></table>")

    def result_html(self) -> str:
        warning = f"<p><strong>Note:</strong> {html.escape(self.message)}</p>" if self.message else ""
        return f"{warning}<p role='status'><strong>{html.escape(self.result_text())}</strong></p>{self.steps_html()}"

    def _statuses(self) -> list[str]:
        still = set(self.candidates().strftime("%Y-%m-%d"))
        return [STATUS_STILL if day in still else STATUS_OUT for day in self._calendar["day"]]

    def _description(self) -> str:
        return (
            f"A calendar of {self._year}: one mark per day, weeks from left to right, weekdays from top to bottom. "
            f"{self.result_text()} Days still possible are large blue circles; ruled-out days are small grey squares."
        )

    def chart(self) -> CourseChart:
        """A calendar of the year: one mark per day; days still possible are large blue circles, the rest small grey squares."""
        frame = self._calendar.assign(status=self._statuses())
        domain = [STATUS_STILL, STATUS_OUT]
        chart = alt.Chart(frame).mark_point(filled=True, aria=False).encode(
            x=alt.X("week:T", title=f"Week beginning (Monday), {self._year}", axis=alt.Axis(format="%-d %b", labelAngle=-45)),
            y=alt.Y("weekday:N", sort=list(WEEKDAYS), title="Day of the week"),
            shape=alt.Shape("status:N", scale=alt.Scale(domain=domain, range=["circle", "square"]), title="Day"),
            color=alt.Color("status:N", scale=alt.Scale(domain=domain, range=[PALETTE[0], "#9e9e9e"]), title="Day"),
            size=alt.Size("status:N", scale=alt.Scale(domain=domain, range=[90, 18]), title="Day"),
            tooltip=["date", "status"],
        ).properties(width=620, height=180)
        return show(chart, title="Candidate days for the briefing", description=self._description())

    def live_spec(self) -> dict:
        """The chart's vega-lite spec for the live view: built once, then only the days' status and the text change."""
        if self._base_spec is None:
            self._base_spec = self.chart().to_dict()
        (name, records), = self._base_spec["datasets"].items()
        values = [{**record, "status": status} for record, status in zip(records, self._statuses())]
        return {**self._base_spec, "datasets": {name: values}, "description": self._description()}

    def snapshot_html(self) -> str:
        course_chart = self.chart()
        return (f"{self.result_html()}<figure role='img' aria-label='{html.escape(course_chart.description)}'>"
                f"{course_chart.svg()}</figure>")

    def _refresh(self) -> None:
        if self._view is None:
            return
        self._result.value = self.result_html()
        self._chart.outputs = ({
            "output_type": "display_data",
            "data": {VEGALITE_MIMETYPE: self.live_spec(), "text/plain": self._description()},
            "metadata": {},
        },)

    def _build_view(self):
        import ipywidgets as w

        boxes = []
        for clue in self.clues:
            box = labelled(w.Checkbox(value=clue.key in self.applied, indent=False), clue.label)
            box.layout = w.Layout(width="max-content")
            box.observe(lambda change, key=clue.key: self.set_clue(key, change["new"]), names="value")
            boxes.append(box)
        self._result = w.HTML()
        self._chart = w.Output()
        view = w.VBox([w.HTML("<p><strong>Clues to apply:</strong></p>"), *boxes, self._result, self._chart])
        self._view = view
        self._refresh()
        return view
