"""The browser edition, served on localhost: Chromium opens JupyterLab and lesson 00 from it with no error but
the Pyodide download (Pyodide comes from its CDN, which the suite, like these machines, cannot reach)."""
from __future__ import annotations

import functools
import http.server
import threading

import pytest
from notebook_page import NotebookPage
from suite_paths import screenshots_dir

pytestmark = pytest.mark.browser

LESSON_00 = "lessons/00_start_here.ipynb"
# The only failures expected offline: Python itself (Pyodide, from its CDN) cannot be fetched.
PYODIDE = ("pyodide", "cdn.jsdelivr.net")


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@pytest.fixture
def lite_server(lite_site):
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_QuietHandler, directory=str(lite_site)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    thread.join()


def test_lesson_00_opens_in_the_browser_edition(lite_server, guarded_page):
    page, guard = guarded_page
    seen = []
    page.on("console", lambda message: message.type == "error" and seen.append(message.text))
    page.on("pageerror", lambda error: seen.append(str(error)))
    page.goto(f"{lite_server}/lab/index.html?path={LESSON_00}")
    page.locator(".jp-Notebook .jp-Cell").first.wait_for(timeout=120_000)
    page.get_by_role("heading", name="00 · Start here").first.wait_for(timeout=30_000)
    first_cell = page.locator(".jp-Notebook .jp-Cell").first.text_content() or ""
    page.wait_for_timeout(5_000)  # a pop-up or a late error would show by now
    NotebookPage(page, lite_server).screenshot(screenshots_dir() / "lite--lessons--00_start_here.png")
    assert "%pip install -q medialit" in first_cell
    assert page.get_by_text("official Jupyter news").count() == 0
    assert page.locator(".jp-Dialog").count() == 0, "a dialog (error) is open"
    errors = [text for text in seen if not any(word in text for word in PYODIDE)]
    assert not errors, errors
    outside = [url for url in guard.outside if not any(word in url for word in PYODIDE)]
    assert not outside, outside
