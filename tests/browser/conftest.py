"""Fixtures for the browser suite: one Chromium, one JupyterLab (and, when asked, one Notebook 7) per session,
serving throw-away copies of the notebooks so Run All never touches the committed ones.

Environment:
    MEDIALIT_SCREENSHOTS  folder for screenshots, timings.json and the accessibility report
                          (axe-report.json, axe-summary.md); default /tmp/medialit-screenshots
    CI=true               a missing Chromium fails the suite instead of skipping it
"""
from __future__ import annotations

import json
import os
import shutil
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from accessibility import write_reports  # noqa: E402
from jupyter_servers import start_server  # noqa: E402
from notebook_page import open_guarded_page  # noqa: E402
from selftest_notebooks import write_selftest_notebooks  # noqa: E402
from suite_paths import CHROMIUM, NOTEBOOK_FOLDERS, REPO_ROOT, screenshots_dir  # noqa: E402

CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run", "--disable-quic"]
MISSING_CHROMIUM = ("Chromium not found at /usr/bin/chromium: run `bash .ci/install-browser.sh` (Debian) "
                    "to enable the browser tests")
WIDGET_AND_CHART_RENDERERS = ("@jupyter-widgets/jupyterlab-manager", "@jupyterlab/vega5-extension")


@dataclass
class BrowserReport:
    """What the session measured, printed at the end and written next to the screenshots."""
    timings: dict[str, dict[str, float]] = field(default_factory=dict)
    accessibility: dict[str, dict] = field(default_factory=dict)
    screenshots: list[Path] = field(default_factory=list)


REPORT = BrowserReport()


def pytest_configure(config):
    config.addinivalue_line("markers", "browser: drives the notebooks in a real Chromium (tests/browser)")


@pytest.fixture(scope="session")
def browser_report() -> BrowserReport:
    return REPORT


@pytest.fixture(scope="session")
def browser():
    """One headless Debian Chromium for the whole session (Playwright cannot download its own here)."""
    if not CHROMIUM.exists():
        if os.environ.get("CI") == "true":
            pytest.fail(MISSING_CHROMIUM)
        pytest.skip(MISSING_CHROMIUM)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture(scope="session")
def served_root(browser):
    """A temporary server root holding copies of lessons/ and solutions/, the self-test notebooks, and a
    link to data/ (medialit finds its data through its own package, the link serves notebooks that look
    for ../data)."""
    workdir = Path(tempfile.mkdtemp(prefix="medialit-browser-"))
    root = workdir / "root"
    for folder in NOTEBOOK_FOLDERS:
        (root / folder).mkdir(parents=True)
        for notebook in sorted((REPO_ROOT / folder).glob("*.ipynb")):
            shutil.copy2(notebook, root / folder / notebook.name)
    (root / "data").symlink_to(REPO_ROOT / "data", target_is_directory=True)
    write_selftest_notebooks(root / "selftest")
    yield root
    shutil.rmtree(workdir, ignore_errors=True)


def _server(app: str, served_root: Path, name: str, disabled_extensions: tuple[str, ...] = ()):
    server = start_server(app, served_root, served_root.parent / name, disabled_extensions,
                          learner_dir=served_root.parent / name / "my_work")
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="session")
def lab_server(served_root):
    yield from _server("lab", served_root, "lab")


@pytest.fixture(scope="session")
def notebook7_server(served_root):
    yield from _server("notebook", served_root, "notebook7")


@pytest.fixture
def lab_server_without_renderers(served_root):
    """A JupyterLab whose widget and vega-lite renderers are off: what a broken install shows a learner."""
    yield from _server("lab", served_root, "lab-without-renderers", WIDGET_AND_CHART_RENDERERS)


@pytest.fixture
def guarded_page(browser):
    """A fresh page whose requests are recorded; any request off this machine is blocked (and reported)."""
    page, guard = open_guarded_page(browser)
    yield page, guard
    page.context.close()


def pytest_sessionfinish(session):
    if REPORT.accessibility:
        write_reports(REPORT.accessibility, screenshots_dir())
    if REPORT.timings:
        (screenshots_dir() / "timings.json").write_text(json.dumps(REPORT.timings, indent=1))


def pytest_terminal_summary(terminalreporter):
    if not (REPORT.timings or REPORT.screenshots):
        return
    write = terminalreporter.write_line
    terminalreporter.section("medialit browser suite")
    for notebook, phases in REPORT.timings.items():
        write(f"{notebook}: " + ", ".join(f"{phase} {seconds:.1f}s" for phase, seconds in phases.items()))
    for notebook, split in sorted(REPORT.accessibility.items()):
        course = sorted({v["id"] for v in split["course"]})
        chrome = sorted({v["id"] for v in split["chrome"]})
        write(f"axe {notebook}: course {course or 'none'}; JupyterLab chrome {chrome or 'none'}")
    write(f"Screenshots, timings and accessibility report: {screenshots_dir()}")
