"""Repository-wide pytest setup: stable hashing for every kernel nbval starts (they inherit this environment),
and learner files written by tests go to a scratch folder, never into the repository's my_work/."""
import os
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
