"""The class report a teacher opens, in a real Chromium: offline, no console errors, no serious accessibility
faults, and readable (headings in order, tables, described charts) for a class of 30 and of 300."""
from __future__ import annotations

import functools
import http.server
import sys
import threading
import time

import pytest
from accessibility import blocking_problems, run_axe
from suite_paths import REPO_ROOT, screenshots_dir

sys.path.insert(0, str(REPO_ROOT / "tests"))

from synthetic_class import synthetic_class  # noqa: E402

from medialit.gradebook import ClassReport, read_class  # noqa: E402

pytestmark = pytest.mark.browser

READABILITY_JS = """
() => {
  const headings = [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].map(h => Number(h.tagName[1]));
  const charts = [...document.querySelectorAll('svg')];
  const described = charts.filter(svg => {
    const ids = (svg.getAttribute('aria-labelledby') || '').split(' ').filter(Boolean);
    return svg.getAttribute('role') === 'img' && ids.length === 2 && ids.every(id => {
      const node = document.getElementById(id);
      return node && node.textContent.trim().length > 20;
    });
  });
  return {
    headings,
    tables: document.querySelectorAll('table').length,
    captioned: document.querySelectorAll('table > caption').length,
    charts: charts.length,
    described: described.length,
    overflow: document.documentElement.scrollWidth - window.innerWidth,
    scripts: document.scripts.length,
  };
}
"""


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:  # one line per request would bury the test's own output
        pass


@pytest.fixture(scope="module")
def report_server(tmp_path_factory):
    """class_report.html for 30 and for 300 learners, served by a plain HTTP server on this machine."""
    root = tmp_path_factory.mktemp("class-reports")
    for learners in (30, 300):
        synthetic_class(root / f"submissions-{learners}", learners)
        ClassReport(read_class(root / f"submissions-{learners}")).save(root / f"report-{learners}")
    handler = functools.partial(_QuietHandler, directory=str(root))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


@pytest.mark.parametrize("learners", [30, 300])
def test_class_report_reads_well_offline(learners, report_server, guarded_page, browser_report):
    page, guard = guarded_page
    errors = []
    page.on("console", lambda message: message.type == "error" and errors.append(message.text))
    page.on("pageerror", lambda error: errors.append(str(error)))
    started = time.monotonic()
    page.goto(f"{report_server}/report-{learners}/class_report.html", wait_until="load")
    loaded = round(time.monotonic() - started, 2)
    shape = page.evaluate(READABILITY_JS)
    split = run_axe(page)
    page.screenshot(path=str(screenshots_dir() / f"class-report-{learners}.png"), full_page=False)
    browser_report.accessibility[f"class_report ({learners} learners)"] = split
    browser_report.timings[f"class report, {learners} learners"] = {"load": loaded}

    problems = errors + guard.problems() + blocking_problems({"course": split["course"] + split["chrome"]})
    headings = shape["headings"]
    if headings[:1] != [1] or headings.count(1) != 1 or any(b - a > 1 for a, b in zip(headings, headings[1:])):
        problems.append(f"headings are out of order: {headings}")
    if shape["tables"] < 8 or shape["captioned"] != shape["tables"]:
        problems.append(f"{shape['tables']} tables, {shape['captioned']} with a caption")
    if shape["charts"] != 6 or shape["described"] != shape["charts"]:
        problems.append(f"{shape['charts']} charts, {shape['described']} with a title and description")
    if shape["overflow"] > 0 or shape["scripts"]:
        problems.append(f"page wider than the window by {shape['overflow']} px, or carrying {shape['scripts']} scripts")
    assert not problems, f"class report, {learners} learners:\n- " + "\n- ".join(problems)
