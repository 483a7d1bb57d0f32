"""axe-core checks of a rendered notebook, split into course content (ours to fix) and JupyterLab's chrome.

axe-core comes from the PyPI package axe-playwright-python (it bundles axe.min.js), so nothing is fetched at
run time. Each violating node is classed by where it sits: inside an output, a rendered markdown cell or a
widget is course content; anything else (menus, toolbars, the code editor, prompts) is JupyterLab's.
"""
from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

COURSE_CONTENT_SELECTOR = ".jp-OutputArea-output, .jp-RenderedMarkdown, .jp-RenderedHTMLCommon, .jupyter-widgets"
BLOCKING_IMPACTS = ("serious", "critical")

RUN_AXE_JS = """
async (courseSelector) => {
  const results = await axe.run(document, { resultTypes: ['violations'], elementRef: true });
  return results.violations.map(v => ({
    id: v.id, impact: v.impact, help: v.help, helpUrl: v.helpUrl,
    nodes: v.nodes.map(n => ({
      target: n.target.map(String), html: n.html.slice(0, 300), impact: n.impact,
      summary: n.failureSummary || '',
      inCourse: !!(n.element && n.element.closest && n.element.closest(courseSelector)),
    })),
  }));
}
"""


def axe_source() -> str:
    return (resources.files("axe_playwright_python") / "axe.min.js").read_text(encoding="utf-8")


def axe_version() -> str:
    return axe_source()[:40].split("axe v", 1)[-1].split()[0]


def run_axe(page) -> dict[str, list[dict]]:
    """Violations on the page, as ``{"course": [...], "chrome": [...]}`` with each violation's nodes split."""
    page.evaluate(axe_source())
    violations = page.evaluate(RUN_AXE_JS, COURSE_CONTENT_SELECTOR)
    split = {"course": [], "chrome": []}
    for violation in violations:
        for scope, in_course in (("course", True), ("chrome", False)):
            nodes = [n for n in violation["nodes"] if n["inCourse"] is in_course]
            if nodes:
                split[scope].append({**violation, "nodes": nodes})
    return split


def blocking_problems(split: dict[str, list[dict]]) -> list[str]:
    """Serious or critical violations inside course content, one sentence each."""
    return [
        f"Accessibility ({violation['impact']}): {violation['help']} [{violation['id']}] at "
        f"{', '.join(' '.join(node['target']) for node in violation['nodes'][:3])}"
        for violation in split["course"] if violation["impact"] in BLOCKING_IMPACTS
    ]


def write_reports(results: dict[str, dict[str, list[dict]]], folder: Path) -> tuple[Path, Path]:
    """axe-report.json (everything) and axe-summary.md (counts per notebook, chrome rules listed)."""
    folder.mkdir(parents=True, exist_ok=True)
    json_path, markdown_path = folder / "axe-report.json", folder / "axe-summary.md"
    json_path.write_text(json.dumps({"axe_version": axe_version(), "notebooks": results}, indent=1))
    lines = [f"# Accessibility (axe-core {axe_version()})", "",
             "Course content fails the suite on serious or critical violations; "
             "JupyterLab's own chrome is listed only.", "",
             "| notebook | scope | rule | impact | nodes | help |", "|---|---|---|---|---|---|"]
    for notebook, split in sorted(results.items()):
        for scope in ("course", "chrome"):
            for violation in split[scope]:
                lines.append(f"| {notebook} | {scope} | {violation['id']} | {violation['impact']} | "
                             f"{len(violation['nodes'])} | {violation['help']} |")
        if not split["course"] and not split["chrome"]:
            lines.append(f"| {notebook} | - | none | - | 0 | |")
    markdown_path.write_text("\n".join(lines) + "\n")
    return json_path, markdown_path
