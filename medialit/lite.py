"""Build the zero-install browser edition of the course: a static JupyterLite site.

    python -m medialit.lite --out _site                    # then serve _site/ (any static web server)
    python -m medialit.lite --out _site --pyodide FILE     # bundle a downloaded Pyodide release (no CDN at run time)

The site holds JupyterLab, the student lessons, ``data/`` and the course package as a wheel. Python runs in the
learner's browser (Pyodide); each lesson opened from the site starts with one extra cell that installs the
course package from the site into that browser tab. Files a learner saves stay in the browser's storage (the
JupyterLite drive, ``/drive`` in the kernel), which is why ``medialit.data`` looks for ``data/`` there.

Pyodide itself and the packages it ships (pandas, numpy) come from Pyodide's CDN when a lesson first runs,
unless ``--pyodide`` bundles a release; altair and the course's pure-Python dependencies come from PyPI.
"""
from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from .build import LESSONS, ROOT
from .links import FIRST_LESSON

__all__ = ["LiteError", "INSTALL_CELL_ID", "INSTALL_CELL", "site_lesson", "build_site", "main"]

DATA = ROOT / "data"
OVERRIDES = ROOT / "overrides.json"
INSTALL_CELL_ID = "medialit-browser-install"
#: The first cell of every lesson in the browser edition (``%pip`` is piplite's: it looks in the site first).
INSTALL_CELL = (
    "# Browser edition only: install the course's helper package into this browser tab.\n"
    "# The first time, this also downloads Python and pandas into the browser: allow a minute or two.\n"
    "%pip install -q medialit"
)


class LiteError(Exception):
    """The site cannot be built; the message says why and what to do."""


def site_lesson(path: Path):
    """A student lesson as the site serves it: the install cell first, everything else unchanged."""
    import nbformat
    from nbformat.v4 import new_code_cell

    notebook = nbformat.read(path, as_version=4)
    cell = new_code_cell(INSTALL_CELL)
    cell.id = INSTALL_CELL_ID
    notebook.cells.insert(0, cell)
    return notebook


def _check_out(out: Path) -> Path:
    """Where the site goes: a new folder, or one holding an earlier site, never the course or a folder in use."""
    out = out.expanduser().resolve()
    if out == ROOT or out in ROOT.parents or any(out == ROOT / name or (ROOT / name) in out.parents for name in ("data", "lessons", "solutions", "medialit", "tests")):
        raise LiteError(f"--out {out} would overwrite the course itself; choose a new folder such as _site.")
    if out.exists() and (not out.is_dir() or (any(out.iterdir()) and not (out / "jupyter-lite.json").exists())):
        raise LiteError(f"--out {out} exists and does not hold an earlier site; choose a new or empty folder.")
    return out


def _run(command: list[str], what: str, cwd: Path) -> None:
    result = subprocess.run(command, cwd=cwd, capture_output=True, text=True)
    if result.returncode:
        raise LiteError(f"{what} failed (is `pip install -r requirements-test.txt` done?):\n{result.stdout[-2000:]}{result.stderr[-2000:]}")


def _wheel(into: Path) -> Path:
    """The course package as a pure-Python wheel, built without the network."""
    _run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation", "--no-index",
          "--wheel-dir", str(into), str(ROOT)], "Building the course's wheel", ROOT)
    (wheel,) = into.glob("medialit-*.whl")
    return wheel


def _contents(into: Path) -> Path:
    import nbformat

    (into / "lessons").mkdir(parents=True)
    for path in sorted(LESSONS.glob("*.ipynb")):  # the lessons and the transfer checks (T1_, T2_)
        nbformat.write(site_lesson(path), into / "lessons" / path.name)
    shutil.copytree(DATA, into / "data")
    return into


def build_site(out: Path, pyodide: str | None = None) -> Path:
    """Build the site into ``out`` and return it; raises LiteError with one plain sentence if that fails."""
    out = _check_out(Path(out))
    with tempfile.TemporaryDirectory(prefix="medialit-lite-") as tmp:
        lite_dir = Path(tmp)
        wheel = _wheel(lite_dir / "wheels")
        contents = _contents(lite_dir / "contents")
        shutil.copy2(OVERRIDES, lite_dir / "overrides.json")  # the course's JupyterLab settings, as in Binder
        (lite_dir / "jupyter-lite.json").write_text(json.dumps({
            "jupyter-lite-schema-version": 0,
            "jupyter-config-data": {"appName": "medialit"},
        }, indent=2), encoding="utf-8")
        command = [
            sys.executable, "-m", "jupyterlite_core", "build",
            "--lite-dir", str(lite_dir), "--output-dir", str(out),
            "--contents", str(contents), "--piplite-wheels", str(wheel),
            "--no-sourcemaps",
        ] + (["--pyodide", pyodide] if pyodide else [])
        _run(command, "jupyter lite build", lite_dir)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m medialit.lite", description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", required=True, type=Path, help="folder to write the site to (new, or an earlier site)")
    parser.add_argument("--pyodide", help="path or URL of a Pyodide release tarball to bundle (default: Pyodide's CDN)")
    args = parser.parse_args(argv)
    try:
        out = build_site(args.out, args.pyodide)
    except LiteError as err:
        print(err, file=sys.stderr)
        return 1
    print(f"wrote the browser edition to {out}")
    print(f"serve it, e.g. `python -m http.server -d {out}`, and open /lab/index.html?path={FIRST_LESSON}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
