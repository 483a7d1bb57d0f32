"""The browser edition (JupyterLite): the package imports and works as under Pyodide, and the site builds offline.

Pyodide cannot run here, so the import test runs the course in a fresh interpreter that looks like it to the
package: ``sys.platform == "emscripten"``, ``vl_convert`` and ``nbformat`` impossible to import (neither is in
the browser edition), and the site's files on a drive folder instead of beside the package.
"""
import json
import os
import shutil
import subprocess
import sys
import textwrap
import zipfile
from pathlib import Path

import nbformat
import pytest

from medialit import lite

ROOT = Path(__file__).resolve().parent.parent

AS_UNDER_PYODIDE = textwrap.dedent('''
    import importlib.abc, json, sys
    from pathlib import Path

    BLOCKED = ("vl_convert", "nbformat")

    class NotInTheBrowser(importlib.abc.MetaPathFinder):
        def find_spec(self, name, path=None, target=None):
            if name.split(".")[0] in BLOCKED:
                raise ImportError(f"{name} is not in the browser edition")

    sys.meta_path.insert(0, NotInTheBrowser())
    sys.platform = "emscripten"
    import medialit.data
    medialit.data.LITE_DRIVE = Path(sys.argv[1])
    import altair as alt
    import medialit as ml
    from medialit.storage import work_dir
    from medialit.widgets import widget_classes

    chart = ml.show(alt.Chart(ml.load_claims()).mark_bar().encode(x="count()"), title="Claims", description="One bar counts every claim.")
    feedback = ml.check("01.1", "no such answer")
    widgets = [cls().__class__.__name__ for cls in widget_classes()]
    claims = ml.extract_claims(ml.body_text())
    saved = ml.export_answers()
    print(json.dumps({
        "data_dir": str(medialit.data.data_dir()), "work_dir": str(work_dir()),
        "mimes": sorted(chart._repr_mimebundle_()), "widgets": len(widgets), "claims": len(claims),
        "saved": saved, "my_work": sorted(p.name for p in work_dir().iterdir()),
        "loaded": [m for m in BLOCKED if m in sys.modules],
    }))
''')


def test_course_runs_as_under_pyodide_without_vl_convert_or_nbformat(tmp_path):
    drive = tmp_path / "drive"
    drive.mkdir()
    shutil.copytree(ROOT / "data", drive / "data")
    env = {k: v for k, v in os.environ.items() if k not in ("MEDIALIT_WORK_DIR", "MEDIALIT_DATA_DIR")}
    result = subprocess.run([sys.executable, "-c", AS_UNDER_PYODIDE, str(drive)], capture_output=True, text=True, env=env, cwd=tmp_path, timeout=300)
    assert result.returncode == 0, result.stderr[-3000:]
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    assert seen["data_dir"] == str(drive / "data")
    assert seen["work_dir"] == str(drive / "my_work"), "learner files must stay on the JupyterLite drive"
    assert seen["mimes"] == ["application/vnd.vegalite.v5+json", "text/plain"]
    assert seen["widgets"] >= 8 and seen["claims"] > 10
    assert any(name.endswith(".csv") for name in seen["my_work"]), seen
    assert seen["loaded"] == []


def test_import_medialit_loads_neither_vl_convert_nor_nbformat():
    script = "import medialit, sys; print([m for m in ('vl_convert', 'nbformat') if m in sys.modules])"
    assert subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True).stdout.strip() == "[]"


def test_each_site_lesson_is_the_student_lesson_after_one_install_cell():
    lesson = nbformat.read(ROOT / "lessons" / "00_start_here.ipynb", as_version=4)
    site = lite.site_lesson(ROOT / "lessons" / "00_start_here.ipynb")
    assert site.cells[0].id == lite.INSTALL_CELL_ID and "%pip install -q medialit" in site.cells[0].source
    assert site.cells[1:] == lesson.cells


@pytest.mark.parametrize("where", [ROOT, ROOT / "data", ROOT / "lessons" / "x", ROOT.parent])
def test_the_site_never_overwrites_the_course(where):
    with pytest.raises(lite.LiteError, match="overwrite the course"):
        lite._check_out(where)


def test_the_site_never_overwrites_an_unrelated_folder(tmp_path):
    (tmp_path / "notes.txt").write_text("mine")
    with pytest.raises(lite.LiteError, match="does not hold an earlier site"):
        lite._check_out(tmp_path)
    assert lite.main(["--out", str(tmp_path)]) == 1 and (tmp_path / "notes.txt").read_text() == "mine"


def test_site_builds_offline_with_lessons_data_wheel_and_settings(lite_site):
    contents = lite_site / "files"
    assert sorted(p.name for p in (contents / "lessons").glob("*.ipynb")) == sorted(p.name for p in (ROOT / "lessons").glob("*.ipynb"))
    assert (contents / "data" / "datapackage.json").read_bytes() == (ROOT / "data" / "datapackage.json").read_bytes()
    (wheel,) = (lite_site / "pypi").glob("medialit-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
        metadata = archive.read(next(n for n in names if n.endswith(".dist-info/METADATA"))).decode()
    assert "medialit/__init__.py" in names and "medialit/widgets/__init__.py" in names
    requires = [line for line in metadata.splitlines() if line.startswith("Requires-Dist:") and "extra ==" not in line]
    assert any("altair" in line and "<5.6" in line for line in requires), requires
    assert not any(name in line for line in requires for name in ("vl-convert", "nbformat")), requires
    config = json.loads((lite_site / "jupyter-lite.json").read_text())["jupyter-config-data"]
    assert config["settingsOverrides"]["@jupyterlab/apputils-extension:notification"]["fetchNews"] == "false"
    assert any("pypi/all.json" in url for url in config["litePluginSettings"]["@jupyterlite/pyodide-kernel-extension:kernel"]["pipliteUrls"])


def test_pages_workflow_builds_the_site_with_the_same_command_and_deploys_it():
    workflow = (ROOT / ".github" / "workflows" / "browser-edition.yml").read_text()
    assert "run: python -m medialit.lite --out _site" in workflow and "path: _site" in workflow
    assert "actions/deploy-pages@" in workflow and "pages: write" in workflow


def test_a_failing_build_step_is_one_plain_error_not_a_traceback(tmp_path):
    with pytest.raises(lite.LiteError, match="jupyter lite build failed"):
        lite._run([sys.executable, "-c", "raise SystemExit(3)"], "jupyter lite build", tmp_path)
