"""Prove it in a real browser: every notebook runs clean in JupyterLab, draws its widgets and charts offline,
answers a person using its widgets, and has no serious accessibility faults in the course's own content."""
from __future__ import annotations

import time
from pathlib import Path

import pytest
from accessibility import blocking_problems, run_axe
from notebook_page import NotebookPage
from suite_paths import NOTEBOOK_FOLDERS, REPO_ROOT, screenshots_dir

pytestmark = pytest.mark.browser

# The transfer checks' answer keys (solutions/T1_, T2_) differ from their student copies only in cells that search
# and open in code; the student copies draw and drive the same desk widget, so the keys are left out to save time.
NOTEBOOKS = [f"{folder}/{path.name}" for folder in NOTEBOOK_FOLDERS
             for path in sorted((REPO_ROOT / folder).glob("*.ipynb")) if not (folder == "solutions" and path.name.startswith("T"))]
LESSON_00 = [path for path in NOTEBOOKS if path.startswith("lessons/00_")] or [
    pytest.param("lessons/00_*.ipynb", marks=pytest.mark.skip(reason="lessons/00_*.ipynb does not exist yet"))]


def check_notebook(notebook: str, server, guarded_page, report, label: str = "lab", full: bool = True,
                   draw_timeout_s: float = 30) -> list[str]:
    """Open, run all, check outputs and, when ``full``, drive widgets and run axe; screenshot; return every
    problem. ``label`` names the run in timings and screenshot files (``notebook7`` opens Notebook 7)."""
    page, guard = guarded_page
    started = time.monotonic()
    address = f"notebooks/{notebook}" if label == "notebook7" else f"lab/tree/{notebook}?reset"
    driver = NotebookPage(page, server.url(address))
    problems = []
    server.start_as_a_new_learner()
    try:
        driver.open()
        driver.run_all()
        state = driver.wait_until_drawn(draw_timeout_s)
        problems += driver.output_problems(state)
        if full and not problems:
            problems += driver.interact(Path(notebook).stem, state)
            problems += driver.narrow_fields()
        if full:
            axe_started = time.monotonic()
            split = run_axe(page)
            driver.timings["axe"] = round(time.monotonic() - axe_started, 2)
            report.accessibility[notebook] = split
            problems += blocking_problems(split)
    finally:
        shot = screenshots_dir() / f"{label}--{notebook.replace('/', '--').removesuffix('.ipynb')}.png"
        driver.screenshot(shot)
        report.screenshots.append(shot)
        server.shut_down_sessions()
        driver.timings["total"] = round(time.monotonic() - started, 2)
        report.timings[f"{label} {notebook}"] = driver.timings
    return problems + guard.problems()


@pytest.mark.parametrize("notebook", NOTEBOOKS)
def test_notebook_runs_clean_in_jupyterlab(notebook, lab_server, guarded_page, browser_report):
    problems = check_notebook(notebook, lab_server, guarded_page, browser_report)
    assert not problems, f"{notebook} in JupyterLab:\n- " + "\n- ".join(problems)


@pytest.mark.parametrize("notebook", LESSON_00)
def test_lesson_00_runs_clean_in_notebook7(notebook, notebook7_server, guarded_page, browser_report):
    problems = check_notebook(notebook, notebook7_server, guarded_page, browser_report, label="notebook7", full=False)
    assert not problems, f"{notebook} in Notebook 7:\n- " + "\n- ".join(problems)


def test_harness_passes_a_working_notebook(lab_server, guarded_page, browser_report):
    """The self-test notebook (slider, dropdown, chart) passes, so a pass on a lesson means something; and axe
    files ipywidgets' unnamed slider handle (a known ipywidgets fault) under course content, not chrome."""
    problems = check_notebook("selftest/harness_selftest.ipynb", lab_server, guarded_page, browser_report)
    slider_fault = [p for p in problems if "aria-input-field-name" in p and ".noUi-handle" in p]
    assert slider_fault, f"axe did not class the slider handle as course content: {problems}"
    others = [p for p in problems if p not in slider_fault]
    assert not others, "\n- ".join(["The suite's own working notebook failed:", *others])


def test_harness_catches_errors_and_outside_requests(lab_server, guarded_page, browser_report):
    """A notebook that raises and loads an image from a CDN must be reported on both counts."""
    problems = check_notebook("selftest/harness_selftest_broken.ipynb", lab_server, guarded_page, browser_report,
                              full=False)
    assert any("ZeroDivisionError" in problem for problem in problems), problems
    assert any("cdn.example.invalid" in problem for problem in problems), problems
    assert any("did not run" in problem for problem in problems), problems


def test_harness_catches_widgets_and_charts_that_do_not_draw(lab_server_without_renderers, guarded_page,
                                                             browser_report):
    """With the widget and vega-lite renderers off, the same working notebook must fail on every widget and
    on its chart."""
    problems = check_notebook("selftest/harness_selftest.ipynb", lab_server_without_renderers, guarded_page,
                              browser_report, label="lab-without-renderers", full=False, draw_timeout_s=5)
    assert sum("widget that did not draw" in problem for problem in problems) == 2, problems
    assert any("chart that did not draw" in problem for problem in problems), problems
