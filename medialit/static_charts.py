"""Static SVGs beside the charts of stored answer keys, so GitHub and nbviewer (which run no JavaScript) show them.

A learner's kernel never draws these: ``ml.show`` emits only the vega-lite spec and a text description, which
JupyterLab draws itself, because starting vl-convert cost about 0.7 s for the first chart of every kernel and
most of the install's weight after pandas. ``python -m medialit.build --execute`` runs an answer key and then
calls ``add_static_svgs``; vl-convert is therefore a build and test requirement (``requirements-test.txt``).

Strict nbval compares each stored spec exactly; the SVG, absent from a fresh run, is left out of the comparison
for answer keys (``conftest.py``), and ``static_chart_problems`` (run by the tests) checks that every stored SVG
sits beside a spec and every spec has its SVG.
"""
from __future__ import annotations

from .charts import VEGALITE_MIMETYPE

__all__ = ["SVG_MIMETYPE", "add_static_svgs", "static_chart_problems"]

SVG_MIMETYPE = "image/svg+xml"
#: The vega-lite version JupyterLab 4's renderer draws, and altair 5.5 writes.
VEGALITE_VERSION = "5.20"


def _outputs(notebook):
    for index, cell in enumerate(notebook.cells):
        if cell.cell_type == "code":
            for output in cell.get("outputs", []):
                yield index, cell, output.get("data", {})


def add_static_svgs(notebook):
    """Draw an SVG beside every vega-lite spec in the notebook's outputs (in place); returns the notebook."""
    import vl_convert

    for _, _, data in _outputs(notebook):
        if VEGALITE_MIMETYPE in data:
            data[SVG_MIMETYPE] = vl_convert.vegalite_to_svg(data[VEGALITE_MIMETYPE], vl_version=VEGALITE_VERSION)
    return notebook


def static_chart_problems(notebook, name: str = "notebook") -> list[str]:
    """Outputs where a chart's spec and its static SVG are not paired; empty means every chart has both."""
    problems = []
    for index, cell, data in _outputs(notebook):
        where = f"{name}, cell {index + 1} (id {cell.get('id', '?')})"
        if VEGALITE_MIMETYPE in data and SVG_MIMETYPE not in data:
            problems.append(f"{where}: a chart without its static SVG: run `python -m medialit.build --execute`.")
        if SVG_MIMETYPE in data and VEGALITE_MIMETYPE not in data:
            problems.append(f"{where}: an SVG without a vega-lite spec beside it, which strict nbval would not compare.")
    return problems
