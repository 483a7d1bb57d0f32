"""Repository-wide pytest setup: stable hashing for every kernel nbval starts (they inherit this environment),
and learner files written by tests go to a scratch folder, never into the repository's my_work/."""
import os
import tempfile

os.environ["PYTHONHASHSEED"] = "0"
os.environ.setdefault("MEDIALIT_WORK_DIR", tempfile.mkdtemp(prefix="medialit-work-"))


def pytest_collectstart(collector):
    """Strict nbval on an answer key leaves out one mimetype, the static SVG beside each chart (nbval's documented
    way to skip an output type): the build adds it after the run (medialit/static_charts.py), so a fresh run has
    none; the vega-lite spec beside it is still compared exactly, and tests/test_static_charts.py checks the pairing."""
    from medialit.static_charts import SVG_MIMETYPE

    path = getattr(collector, "path", None)
    if path is not None and path.suffix == ".ipynb" and path.parent.name == "solutions" and hasattr(collector, "skip_compare"):
        collector.skip_compare += (SVG_MIMETYPE,)
