"""Repository-wide pytest setup: stable hashing for every kernel nbval starts (they inherit this environment),
and learner files written by tests go to a scratch folder, never into the repository's my_work/."""
import os
import tempfile

os.environ["PYTHONHASHSEED"] = "0"
os.environ.setdefault("MEDIALIT_WORK_DIR", tempfile.mkdtemp(prefix="medialit-work-"))
