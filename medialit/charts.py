"""The course's altair setup: charts that draw offline, carry a title and a description, and survive without a kernel.

Why this shape (numbers in the README): altair 5.5's ``mimetype`` renderer hands JupyterLab a vega-lite v5
spec that JupyterLab's built-in renderer draws with no network, and stores only the spec in the notebook
(kilobytes, which strict nbval can compare), and plain text that describes it for screen readers and
text-only views. The static SVG that lets GitHub and nbviewer (no JavaScript) show the chart is added to the
stored answer keys by ``medialit.static_charts`` when they are built, never in a learner's kernel: starting the
converter cost about 0.7 s for the first chart of every kernel, and JupyterLab never needs it.
"""
from __future__ import annotations

import altair as alt

__all__ = ["PALETTE", "SHAPES", "show", "CourseChart", "ChartError"]

# Okabe & Ito's colour-blind-safe palette; shapes give every colour a second channel.
PALETTE = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000"]
SHAPES = ["circle", "square", "triangle-up", "diamond", "cross", "triangle-down", "stroke", "wedge"]

VEGALITE_MIMETYPE = "application/vnd.vegalite.v5+json"


@alt.theme.register("medialit", enable=True)
def _course_theme() -> alt.theme.ThemeConfig:
    return alt.theme.ThemeConfig({
        # No vega-embed "..." actions menu: it is a <details> without an accessible name (axe: summary-name),
        # and its export links need the network.
        "usermeta": {"embedOptions": {"actions": False}},
        "config": {
            "range": {"category": PALETTE, "ordinal": {"scheme": "blues"}},
            "axis": {"labelFontSize": 12, "titleFontSize": 13},
            "legend": {"labelFontSize": 12, "titleFontSize": 13},
            "title": {"fontSize": 15, "anchor": "start"},
            "view": {"continuousWidth": 420, "continuousHeight": 260},
        }
    })


# Charts a learner makes with plain altair also draw offline (altair's default html renderer fetches from a CDN).
alt.renderers.enable("mimetype")


class ChartError(ValueError):
    """A chart was made without what every course chart needs (a title, a description)."""


class CourseChart:
    """A chart ready to show: the interactive vega-lite spec and a text description."""

    def __init__(self, chart: alt.TopLevelMixin, title: str, description: str):
        self.chart = chart
        self.title = title
        self.description = description

    def to_dict(self) -> dict:
        return self.chart.to_dict()

    def __repr__(self) -> str:
        return f"Chart: {self.title}. {self.description}"

    def _repr_mimebundle_(self, include=None, exclude=None):
        return {
            VEGALITE_MIMETYPE: self.to_dict(),
            "text/plain": repr(self),
        }


def show(chart: alt.TopLevelMixin, *, title: str, description: str) -> CourseChart:
    """Give ``chart`` its title and its text description (the ARIA label), and return it ready to display.

    Refuses a chart without either: a chart nobody can name or describe teaches nothing to a screen-reader user.
    """
    if not isinstance(title, str) or not title.strip():
        raise ChartError("Every course chart needs a title: pass title='What the chart shows'.")
    if not isinstance(description, str) or len(description.split()) < 5:
        raise ChartError("Every course chart needs a description of at least a sentence: pass description='...'.")
    if not isinstance(chart, alt.TopLevelMixin):
        raise ChartError("show() expects an altair chart, e.g. alt.Chart(df).mark_bar().encode(...).")
    titled = chart.properties(title=title, description=description)
    return CourseChart(titled, title, description)
