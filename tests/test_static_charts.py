"""The static SVG beside each chart: added by the build to answer keys, never drawn in a learner's kernel."""
from pathlib import Path

import altair as alt
import nbformat
import pandas as pd
import pytest
from nbformat.v4 import new_code_cell, new_notebook, new_output

import medialit as ml
from medialit.charts import VEGALITE_MIMETYPE
from medialit.static_charts import SVG_MIMETYPE, add_static_svgs, static_chart_problems

ROOT = Path(__file__).resolve().parent.parent
SOLUTIONS = sorted((ROOT / "solutions").glob("[0-9][0-9]_*.ipynb"))


def _chart_notebook(extra: dict | None = None) -> nbformat.NotebookNode:
    chart = alt.Chart(pd.DataFrame({"what": ["a", "b"], "count": [1, 2]})).mark_bar().encode(x="what", y="count")
    bundle = ml.show(chart, title="Two bars", description="Bar a is half as tall as bar b.")._repr_mimebundle_()
    output = new_output("display_data", data={**bundle, **(extra or {})})
    return new_notebook(cells=[new_code_cell("ml.show(...)", outputs=[output])])


def test_build_draws_an_svg_beside_each_spec_and_keeps_the_spec():
    notebook = _chart_notebook()
    spec = dict(notebook.cells[0].outputs[0].data[VEGALITE_MIMETYPE])
    data = add_static_svgs(notebook).cells[0].outputs[0].data
    assert data[SVG_MIMETYPE].startswith("<svg") and "Two bars" in data[SVG_MIMETYPE]
    assert data[VEGALITE_MIMETYPE] == spec
    assert static_chart_problems(notebook) == []


def test_pairing_problems_are_named():
    assert "without its static SVG" in static_chart_problems(_chart_notebook(), "nb")[0]
    lone_svg = new_notebook(cells=[new_code_cell("x", outputs=[new_output("display_data", data={SVG_MIMETYPE: "<svg/>"})])])
    assert "not compare" in static_chart_problems(lone_svg)[0]


@pytest.mark.parametrize("path", SOLUTIONS, ids=lambda p: p.name)
def test_every_stored_chart_has_its_spec_and_its_svg(path):
    """What makes the nbval skip of image/svg+xml narrow: an SVG is only ever a drawing of a spec compared exactly."""
    assert static_chart_problems(nbformat.read(path, as_version=4), path.name) == []


def test_nbval_skips_only_the_svg_and_only_for_answer_keys():
    import importlib.util

    spec = importlib.util.spec_from_file_location("root_conftest", ROOT / "conftest.py")
    conftest = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(conftest)

    class Collector:
        skip_compare = ("metadata",)

    for where, expected in ((ROOT / "solutions" / "01_x.ipynb", ("metadata", SVG_MIMETYPE)), (ROOT / "lessons" / "01_x.ipynb", ("metadata",))):
        collector = Collector()
        collector.path = where
        conftest.pytest_collectstart(collector)
        assert collector.skip_compare == expected
