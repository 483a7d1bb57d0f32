"""Drive one notebook in a real browser the way a learner would, and list what a learner would see go wrong.

Works for JupyterLab (``/lab/tree/...``) and Notebook 7 (``/notebooks/...``): both are Lumino apps with the
same menus and, with ``expose_app_in_browser``, the same ``window.jupyterapp`` to read the notebook model.
Each check returns plain sentences (problems), so one failing test lists everything wrong at once.
"""
from __future__ import annotations

import re
import time
from pathlib import Path
from urllib.parse import urlsplit

from interactions import ACTIONS, INTERACTIONS, Interaction

LOCAL_HOSTS = {"127.0.0.1", "localhost", "[::1]", "::1"}
# Every place a learner types or picks in a widget: text and date boxes, text areas, dropdowns and lists.
FIELD_SELECTOR = ", ".join(f".jp-OutputArea .jupyter-widgets {field}" for field in (
    "input[type='text']", "input[type='date']", "textarea", "select"))
# The narrowest such a field may be drawn and still show what is typed in it (about twelve characters).
MIN_FIELD_PX = 120
VIEWPORT = {"width": 1280, "height": 900}

# Text that only shows when a widget or chart failed to draw (or never finished drawing).
FAILURE_TEXTS = ["Error displaying widget", "Loading widget...", "Error loading script", "<VegaLite"]

WIDGET_VIEW_MIME = "application/vnd.jupyter.widget-view+json"
VEGALITE_MIME_PREFIX = "application/vnd.vegalite"

# Reads the open notebook through the app: kernel status, and per code cell its execution count, tags and
# outputs (type, mime types, error text), each output paired with what its DOM node drew.
INSPECT_NOTEBOOK_JS = """
() => {
  const panel = window.jupyterapp.shell.currentWidget;
  if (!panel || !panel.content || !panel.sessionContext) return null;
  const kernel = panel.sessionContext.session && panel.sessionContext.session.kernel;
  const cells = [];
  panel.content.widgets.forEach((cell, index) => {
    if (cell.model.type !== 'code') return;
    const outputs = cell.model.outputs.toJSON();
    const nodes = cell.outputArea.widgets.map(child => child.node);
    cells.push({
      index,
      count: cell.model.executionCount,
      tags: cell.model.getMetadata('tags') || [],
      outputs: outputs.map((output, i) => {
        const node = nodes[i];
        const mimes = Object.keys(output.data || {});
        const text = output.output_type === 'error'
          ? `${output.ename}: ${output.evalue}`
          : (output.output_type === 'stream' ? String(output.text) : '');
        return {
          type: output.output_type, name: output.name || '', mimes, text: text.slice(0, 2000),
          // The widget renderer marks its 'model not found' message with .jupyter-widgets too: check the text.
          widgetDrawn: !!node && !!node.querySelector('.jupyter-widgets')
            && !node.querySelector('.jupyter-widgets-error-widget')
            && !/Error displaying widget|Loading widget\\.\\.\\./.test(node.textContent),
          chartDrawn: !!node && !!node.querySelector('.jp-RenderedVegaLite svg, .jp-RenderedVegaLite canvas'),
          shown: node ? node.textContent.slice(0, 300) : '',
        };
      }),
    });
  });
  return { status: kernel ? kernel.status : 'no kernel', cells };
}
"""

RUN_FINISHED_JS = """
() => {
  const panel = window.jupyterapp.shell.currentWidget;
  const kernel = panel && panel.sessionContext.session && panel.sessionContext.session.kernel;
  if (!kernel || kernel.status !== 'idle') return false;
  const code = panel.content.widgets.filter(cell => cell.model.type === 'code');
  // Run All stops at an error, except in cells tagged raises-exception (those errors are part of the lesson).
  const errored = code.some(cell => !(cell.model.getMetadata('tags') || []).includes('raises-exception')
    && cell.model.outputs.toJSON().some(o => o.output_type === 'error'));
  return errored || code.every(cell => cell.model.executionCount !== null);
}
"""

KERNEL_IDLE_JS = """
() => {
  const panel = window.jupyterapp && window.jupyterapp.shell.currentWidget;
  const kernel = panel && panel.sessionContext && panel.sessionContext.session && panel.sessionContext.session.kernel;
  return !!kernel && kernel.status === 'idle' && panel.content.widgets.length > 0;
}
"""

ALL_CLEARED_JS = """
() => window.jupyterapp.shell.currentWidget.content.widgets
  .every(cell => cell.model.type !== 'code' || (cell.model.executionCount === null && cell.model.outputs.length === 0))
"""


class NetworkGuard:
    """Records every request and WebSocket a browser context opens, and blocks those that leave this machine."""

    def __init__(self, context):
        self.outside: list[str] = []
        context.route("**/*", self._route)
        context.on("request", lambda request: self._check(request.url))

    def watch(self, page) -> None:
        page.on("websocket", lambda socket: self._check(socket.url))

    def _check(self, url: str) -> None:
        if not is_local(url) and url not in self.outside:
            self.outside.append(url)

    def _route(self, route) -> None:
        if is_local(route.request.url):
            route.continue_()
        else:
            route.abort("blockedbyclient")

    def problems(self) -> list[str]:
        return [f"The page asked a host other than this machine for {url}: a learner offline would miss it."
                for url in self.outside]


def open_guarded_page(browser):
    """A page in a fresh browser context (its own cookies) whose requests are recorded and, off this
    machine, blocked; returns the page and its guard."""
    context = browser.new_context(viewport=VIEWPORT)
    guard = NetworkGuard(context)
    page = context.new_page()
    guard.watch(page)
    return page, guard


def is_widget(output: dict) -> bool:
    return WIDGET_VIEW_MIME in output["mimes"]


def is_chart(output: dict) -> bool:
    return any(mime.startswith(VEGALITE_MIME_PREFIX) for mime in output["mimes"])


def is_local(url: str) -> bool:
    parts = urlsplit(url)
    if parts.scheme in ("data", "blob", "about", "chrome-extension"):
        return True
    return (parts.hostname or "") in LOCAL_HOSTS


class NotebookPage:
    """One notebook open in one browser page: open, run all, inspect, interact, screenshot."""

    def __init__(self, page, app_url: str):
        self.page = page
        self.app_url = app_url
        self.timings: dict[str, float] = {}
        self._run_started = time.monotonic()

    def _timed(self, phase: str, started: float) -> None:
        self.timings[phase] = round(time.monotonic() - started, 2)

    def open(self, timeout_ms: int = 90_000) -> None:
        """Load the app and wait until the notebook's kernel is started and idle."""
        started = time.monotonic()
        self.page.goto(self.app_url)
        self.page.wait_for_function(KERNEL_IDLE_JS, timeout=timeout_ms, polling=250)
        self._timed("open", started)

    def menu(self, menu: str, item: str) -> None:
        """Pick ``menu > item`` from the menu bar, as a person would."""
        self.page.get_by_role("menuitem", name=menu, exact=True).click()
        self.page.locator(".lm-Menu").get_by_role("menuitem", name=item, exact=True).click()

    def run_all(self, timeout_ms: int = 240_000) -> None:
        """Clear old outputs, then Run > Run All Cells and wait until every cell ran (or one raised)."""
        self.start_run_all()
        self.wait_run_finished(timeout_ms)

    def start_run_all(self) -> None:
        """Clear old outputs and choose Run > Run All Cells, without waiting (several pages can run at once)."""
        self._run_started = time.monotonic()
        self.menu("Edit", "Clear Outputs of All Cells")
        self.page.wait_for_function(ALL_CLEARED_JS, timeout=10_000)
        self.menu("Run", "Run All Cells")

    def wait_run_finished(self, timeout_ms: int = 240_000) -> None:
        """Wait until every cell of the run ``start_run_all`` began has run (or one raised)."""
        self.page.wait_for_function(RUN_FINISHED_JS, timeout=timeout_ms, polling=250)
        self._timed("run_all", self._run_started)

    def inspect(self) -> dict:
        return self.page.evaluate(INSPECT_NOTEBOOK_JS)

    def wait_until_drawn(self, timeout_s: float = 30) -> dict:
        """Widgets and charts draw after their output arrives: wait (bounded) until each one has drawn."""
        started = time.monotonic()
        while True:
            state = self.inspect()
            pending = [o for cell in state["cells"] for o in cell["outputs"]
                       if (is_widget(o) and not o["widgetDrawn"]) or (is_chart(o) and not o["chartDrawn"])]
            if not pending and not self.failure_texts() or time.monotonic() - started > timeout_s:
                self._timed("draw", started)
                return state
            time.sleep(0.25)

    def failure_texts(self) -> list[str]:
        shown = self.page.evaluate(
            "() => Array.from(document.querySelectorAll('.jp-OutputArea')).map(n => n.textContent).join('\\n')")
        return [text for text in FAILURE_TEXTS if text in shown]

    def output_problems(self, state: dict) -> list[str]:
        """Errors, tracebacks, undrawn widgets and charts, and cells that never ran."""
        problems = []
        for cell in state["cells"]:
            where = f"Cell {cell['index'] + 1}"
            expects_error = "raises-exception" in cell["tags"]
            for output in cell["outputs"]:
                if output["type"] == "error" and not expects_error:
                    problems.append(f"{where} raised {first_line(output['text'])}")
                if output["type"] == "stream" and output["name"] == "stderr" and "Traceback" in output["text"]:
                    problems.append(f"{where} printed a traceback: {first_line(output['text'])}")
                shown = first_line(output["shown"])
                if is_widget(output) and not output["widgetDrawn"]:
                    problems.append(f"{where} has a widget that did not draw; it shows: {shown!r}")
                if is_chart(output) and not output["chartDrawn"]:
                    problems.append(f"{where} has a chart that did not draw; it shows: {shown!r}")
            if cell["count"] is None:
                problems.append(f"{where} did not run (no execution count).")
        problems += [f"The page shows {text!r}." for text in self.failure_texts()]
        return problems

    def narrow_fields(self) -> list[str]:
        """Every text box and dropdown in a widget, scrolled into view and measured: a long label must not squeeze it."""
        fields = self.page.locator(FIELD_SELECTOR)
        problems = []
        for index in range(fields.count()):
            field = fields.nth(index)
            field.scroll_into_view_if_needed(timeout=10_000)
            box = field.bounding_box()
            width = box["width"] if box else 0
            if width < MIN_FIELD_PX:
                label = field.evaluate(
                    "n => ((n.closest('.widget-inline-hbox') || n.parentElement).querySelector('label') || {}).textContent || ''")
                problems.append(f"The field labelled {label.strip()!r} is {width:.0f} px wide; a learner needs at least "
                                f"{MIN_FIELD_PX} px to see what they type.")
        return problems

    def interact(self, stem: str, state: dict) -> list[str]:
        """Drive each listed widget; a notebook with widgets must list at least one step in interactions.py."""
        steps = INTERACTIONS.get(stem, [])
        shows_widgets = any(is_widget(o) for cell in state["cells"] for o in cell["outputs"])
        if shows_widgets and not steps:
            return [f"{stem} shows widgets but tests/browser/interactions.py lists no step for it: add one."]
        started = time.monotonic()
        problems = []
        for step in steps:
            problems += self.apply(step)
        self._timed("interact", started)
        return problems

    def apply(self, step: Interaction, timeout_ms: int = 15_000) -> list[str]:
        """Do one step and check its cell then shows ``step.expect`` (and did not before)."""
        if step.action not in ACTIONS:
            return [f"Interaction {step} has an unknown action; use one of {', '.join(ACTIONS)}."]
        control = self.widget(step)
        if control.count() != 1:
            return [f"Found {control.count()} widgets labelled {step.label!r} (need exactly one) for {step}."]
        cell = self.page.locator(".jp-Cell").filter(has=control)
        before = cell.text_content() or ""
        if step.expect in before:
            return [f"{step.expect!r} already shows before the step {step}: choose a value that changes it."]
        self.act(control, step)
        try:
            cell.get_by_text(step.expect, exact=False).first.wait_for(timeout=timeout_ms)
        except Exception:
            now = " ".join((cell.locator(".jp-OutputArea").text_content() or "").split())[:300]
            return [f"After {step.action} {step.label!r} = {step.value!r} the cell does not show {step.expect!r}; "
                    f"it shows: {now!r}"]
        return []

    def widget(self, step: Interaction):
        """The control a person would find by its label."""
        outputs = self.page.locator(".jp-OutputArea-output")
        if step.action == "click":
            return outputs.get_by_role("button", name=step.label, exact=True)
        if step.action in ("select", "type", "check"):
            return outputs.get_by_label(step.label, exact=True)
        # Sliders and option groups: the widget box whose description label reads ``label``.
        label = self.page.locator("label.widget-label").get_by_text(step.label, exact=True)
        return outputs.locator(".jupyter-widgets.widget-inline-hbox").filter(has=label)

    def act(self, control, step: Interaction) -> None:
        if step.action == "select":
            control.select_option(label=str(step.value))
        elif step.action == "slide":
            readout = control.locator(".widget-readout")
            readout.click()
            readout.press("Control+A")
            readout.press_sequentially(str(step.value))
            readout.press("Enter")
        elif step.action == "type":
            control.fill(str(step.value))
            control.press("Tab")
        elif step.action == "check":
            control.set_checked(bool(step.value))
        elif step.action == "choose":
            option = control.get_by_role("radio", name=str(step.value), exact=True)
            if option.count() == 0:
                option = control.get_by_role("button", name=str(step.value), exact=True)
            option.click()
        else:
            control.click()

    def screenshot(self, path: Path, max_height: int = 15_000) -> None:
        """The whole notebook in one picture: scroll to the top, grow the window to the notebook's height, shoot."""
        started = time.monotonic()
        path.parent.mkdir(parents=True, exist_ok=True)
        extra = self.page.evaluate(
            """() => {
                 const scroller = document.querySelector('.jp-WindowedPanel-outer') || document.scrollingElement;
                 scroller.scrollTop = 0;
                 return scroller.scrollHeight - scroller.clientHeight;
               }""")
        viewport = self.page.viewport_size
        if extra > 0:
            height = min(viewport["height"] + extra, max_height)
            self.page.set_viewport_size({"width": viewport["width"], "height": height})
            self.page.wait_for_timeout(300)
        self.page.screenshot(path=str(path), full_page=True)
        self._timed("screenshot", started)


def first_line(text: str) -> str:
    """The first non-empty line, without ANSI colour codes: enough to say what went wrong."""
    clean = re.sub(r"\x1b\[[0-9;]*m", "", text)
    return next((line.strip() for line in clean.splitlines() if line.strip()), "")
