"""Charts inside widgets: built once through ``ml.show``, then refilled with new data on every change.

Why this shape (measured on the course machine, 2 shared cores): building an altair chart and calling
``to_dict()`` costs about 15 ms (more for layered charts, because altair validates the whole spec), so
rebuilding it on every change would strain the course's 30 ms budget per widget change. Instead the chart is built once, through ``ml.show`` so it has its
title and description, with its data as a *named dataset*; each change swaps that dataset and the
description into a shallow copy of the spec (well under 1 ms) and hands the spec to an ``ipywidgets.Output``
as a vega-lite display bundle, which JupyterLab's built-in renderer draws.

The snapshot a solution notebook stores for a widget (``snapshot_html``) carries the chart's text description,
not an SVG: the widget's own text already states every number the chart shows, and no learner's kernel draws
SVGs (``medialit.static_charts``).
"""
from __future__ import annotations

import html

from .charts import VEGALITE_MIMETYPE, CourseChart

__all__ = ["LiveChart"]


class LiveChart:
    """A course chart whose data changes: ``spec(rows, description)`` is the chart for the current state."""

    def __init__(self, chart: CourseChart, data_name: str):
        template = chart.to_dict()
        template.pop("datasets", None)
        self.title = chart.title
        self.data_name = data_name
        self._template = template

    def spec(self, rows: list[dict], description: str) -> dict:
        """The vega-lite spec with ``rows`` as its data and ``description`` as its text alternative."""
        return {**self._template, "datasets": {self.data_name: rows}, "description": description}

    def bundle(self, rows: list[dict], description: str) -> dict:
        """What a notebook displays: the spec for JupyterLab, and plain text for screen readers and text views."""
        return {VEGALITE_MIMETYPE: self.spec(rows, description), "text/plain": f"Chart: {self.title}. {description}"}

    def output(self, rows: list[dict], description: str) -> tuple[dict, ...]:
        """The value for an ``ipywidgets.Output``'s ``outputs``: replaces the chart in one step, without flicker."""
        return ({"output_type": "display_data", "data": self.bundle(rows, description), "metadata": {}},)

    def snapshot_html(self, rows: list[dict], description: str) -> str:
        """The chart's title and description, for notebooks opened without a kernel (see the module docstring)."""
        return f'<p><em>Chart: {html.escape(self.title)}.</em> {html.escape(description)}</p>'
