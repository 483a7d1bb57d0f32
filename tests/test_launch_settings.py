"""The JupyterLab settings shipped with the course reach Binder (postBuild) and the browser edition."""
import json
import os
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NOTIFICATION = "@jupyterlab/apputils-extension:notification"


def test_overrides_turn_off_the_news_question_and_update_checks():
    settings = json.loads((ROOT / "overrides.json").read_text())
    assert settings == {NOTIFICATION: {"fetchNews": "false", "checkForUpdates": False}}


def test_postbuild_installs_the_overrides_where_jupyterlab_reads_them(tmp_path):
    env = {**os.environ, "NB_PYTHON_PREFIX": str(tmp_path)}
    subprocess.run(["bash", str(ROOT / "postBuild")], cwd=ROOT, env=env, check=True)
    installed = tmp_path / "share" / "jupyter" / "lab" / "settings" / "overrides.json"
    assert installed.read_bytes() == (ROOT / "overrides.json").read_bytes()


def test_repo2docker_reads_the_root():
    """A binder/ (or .binder/) folder would make repo2docker ignore the root requirements.txt and runtime.txt."""
    assert not (ROOT / "binder").exists() and not (ROOT / ".binder").exists()
    assert os.access(ROOT / "postBuild", os.X_OK)
