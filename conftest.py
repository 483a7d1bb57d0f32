"""Repository-wide pytest setup: stable hashing for every kernel nbval starts (they inherit this environment),
and learner files written by tests go to a scratch folder, never into the repository's my_work/."""
import os
import shutil
import tempfile
from pathlib import Path

import pytest

os.environ["PYTHONHASHSEED"] = "0"
SCRATCH_WORK_DIR = None if "MEDIALIT_WORK_DIR" in os.environ else Path(tempfile.mkdtemp(prefix="medialit-work-"))
os.environ.setdefault("MEDIALIT_WORK_DIR", str(SCRATCH_WORK_DIR))


@pytest.fixture(autouse=True)
def fresh_learner_session(monkeypatch):
    """Each test starts as a new learner: no name set, no answers logged, and no name kept in the scratch
    folder by an earlier test (a widget test typing into the name box must not name the next test's learner)."""
    from medialit import submission

    for name, empty in (("_session_learner", None), ("_log", {}), ("_written", {})):
        monkeypatch.setattr(submission, name, empty)
    yield
    if SCRATCH_WORK_DIR is not None:
        (SCRATCH_WORK_DIR / submission.LEARNER_FILE).unlink(missing_ok=True)


_notebook_running = None


def pytest_runtest_setup(item):
    """Each notebook nbval runs starts as a new learner in an empty scratch folder (no name, answers or desk log kept
    by the notebook before), as the build runs each answer key: a key's stored outputs never depend on test order."""
    global _notebook_running
    path = getattr(item, "path", None)
    if path is None or path.suffix != ".ipynb" or path == _notebook_running:
        return
    _notebook_running = path
    if SCRATCH_WORK_DIR is not None:
        shutil.rmtree(SCRATCH_WORK_DIR, ignore_errors=True)
        SCRATCH_WORK_DIR.mkdir()


def pytest_collectstart(collector):
    """Strict nbval on an answer key leaves out one mimetype, the static SVG beside each chart (nbval's documented
    way to skip an output type): the build adds it after the run (medialit/static_charts.py), so a fresh run has
    none; the vega-lite spec beside it is still compared exactly, and tests/test_static_charts.py checks the pairing."""
    from medialit.static_charts import SVG_MIMETYPE

    path = getattr(collector, "path", None)
    if path is not None and path.suffix == ".ipynb" and path.parent.name == "solutions" and hasattr(collector, "skip_compare"):
        collector.skip_compare += (SVG_MIMETYPE,)
