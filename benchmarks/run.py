"""Measure the course against its speed, memory and size targets; print a table; exit 1 if a target is missed.

    python benchmarks/run.py            # everything (about 3-5 minutes on 2 cores)
    python benchmarks/run.py --quick    # one run per notebook instead of three
    python benchmarks/run.py --fresh    # also build a fresh virtual environment to measure the install size

Targets (from the project's performance issues): each solution notebook runs within 1.25x the *floor* (a
notebook that only starts a kernel and imports what the course imports), timed from kernel start to its last
output with kernel shutdown left out of both; a lesson's kernel peaks at
300 MB or less; every widget answers a change in 30 ms or less (median) and 100 ms or less (95th
percentile) over at least 200 changes; `import medialit` adds under 1 s to its dependencies; every
solution notebook is at most 1 MB; the gradebook of 300 learners takes under 5 s (benchmarks/gradebook.py).
"""
from __future__ import annotations

import argparse
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import nbformat
from nbclient import NotebookClient
from nbformat.v4 import new_code_cell, new_notebook

from gradebook import bench_gradebook, print_table as print_gradebook_table

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

FLOOR_RATIO, PEAK_MB, WIDGET_MEDIAN_MS, WIDGET_P95_MS, IMPORT_S, NOTEBOOK_MB = 1.25, 300, 30, 100, 1.0, 1.0
WIDGET_CHANGES = 200

PEAK_RSS_CELL = "import resource as _r; print(_r.getrusage(_r.RUSAGE_SELF).ru_maxrss)"
FLOOR_SOURCE = "import medialit as ml\nimport pandas as pd\nimport altair as alt\nimport ipywidgets"


def run_notebook(notebook: nbformat.NotebookNode, workdir: Path) -> tuple[float, float]:
    """Execute a copy of the notebook in a fresh kernel: (wall seconds from kernel start to the notebook's last
    output, peak RSS in MB). The peak-memory cell runs after the clock stops, and kernel shutdown is outside it."""
    notebook = nbformat.from_dict(notebook)
    notebook.cells.append(new_code_cell(PEAK_RSS_CELL))
    env_before = os.environ.get("PYTHONHASHSEED")
    os.environ["PYTHONHASHSEED"] = "0"
    os.environ.setdefault("MEDIALIT_WORK_DIR", str(workdir / "my_work"))  # learner files stay out of the repo
    client = NotebookClient(notebook, timeout=600, kernel_name="python3", resources={"metadata": {"path": str(workdir)}})
    start = time.perf_counter()
    with client.setup_kernel():  # starts the kernel and waits until it answers; shuts it down on leaving
        for index, cell in enumerate(notebook.cells[:-1]):
            client.execute_cell(cell, index)
        seconds = time.perf_counter() - start
        client.execute_cell(notebook.cells[-1], len(notebook.cells) - 1)
    if env_before is None:
        os.environ.pop("PYTHONHASHSEED")
    peak_kb = int(notebook.cells[-1].outputs[0].text.strip())
    return seconds, peak_kb / 1024


def bench_notebooks(runs: int) -> list[dict]:
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        workdir = Path(tmp)
        floor_nb = new_notebook(cells=[new_code_cell(FLOOR_SOURCE)])
        floor = [run_notebook(floor_nb, workdir) for _ in range(runs)]
        floor_s = statistics.median(s for s, _ in floor)
        rows.append(dict(notebook="(floor: kernel + imports)", seconds=floor_s, ratio=1.0, peak_mb=max(m for _, m in floor), ok=True))
        for path in sorted((ROOT / "solutions").glob("[0-9][0-9]_*.ipynb")):
            results = [run_notebook(nbformat.read(path, as_version=4), workdir) for _ in range(runs)]
            seconds = statistics.median(s for s, _ in results)
            peak = max(m for _, m in results)
            ratio = seconds / floor_s
            rows.append(dict(notebook=path.name, seconds=seconds, ratio=ratio, peak_mb=peak, ok=ratio <= FLOOR_RATIO and peak <= PEAK_MB))
    return rows


def _next_values(control) -> list:
    """Values to cycle a control through: its options, a few slider positions, a few texts."""
    import ipywidgets as w

    if isinstance(control, w.Button):
        return [None]
    if hasattr(control, "options") and control.options:
        values = [option[1] if isinstance(option, tuple) else option for option in control.options]
        return values[:10]
    if isinstance(control, (w.IntSlider, w.FloatSlider, w.BoundedIntText, w.BoundedFloatText)):
        lo, hi = control.min, control.max
        return [type(control.value)(lo + (hi - lo) * k / 4) for k in range(5)]
    if isinstance(control, w.Checkbox) or isinstance(control, w.ToggleButton):
        return [True, False]
    if isinstance(control, w.DatePicker) and control.value is not None:
        from datetime import timedelta

        return [control.value + timedelta(days=k) for k in (0, 7, 14, 21, -7)]
    if isinstance(control, (w.Text, w.Textarea)):
        return [control.value, control.value + " ", "5.5", ""]
    return [control.value]


def bench_widgets() -> list[dict]:
    from medialit.widgets import controls as widget_controls, widget_classes

    rows = []
    for cls in widget_classes():
        widget = cls()
        controls = widget_controls(widget.view)
        plan = [(control, value) for control in controls for value in _next_values(control)]
        timings = []
        if plan:
            for k in range(4 * max(WIDGET_CHANGES, len(plan))):
                if len(timings) >= WIDGET_CHANGES:
                    break
                control, value = plan[k % len(plan)]
                start = time.perf_counter()
                if value is None and hasattr(control, "click"):
                    control.click()
                else:
                    if value == control.value:  # not a change: nothing for the widget to answer
                        continue
                    try:
                        control.value = value
                    except Exception:  # a value the control refuses is not a change to time
                        continue
                timings.append((time.perf_counter() - start) * 1000)
        if not timings:
            rows.append(dict(widget=cls.__name__, changes=0, median_ms=float("nan"), p95_ms=float("nan"), ok=False))
            continue
        timings.sort()
        median = statistics.median(timings)
        p95 = timings[int(0.95 * (len(timings) - 1))]
        rows.append(dict(widget=cls.__name__, changes=len(timings), median_ms=median, p95_ms=p95, ok=median <= WIDGET_MEDIAN_MS and p95 <= WIDGET_P95_MS))
    return rows


def bench_extractor() -> dict | None:
    try:
        from medialit.extract import MAX_DRAFT_ROWS
        from medialit.extract.draft import claims_frame
    except ImportError:
        return None
    import medialit as ml

    text = ml.body_text()
    start = time.perf_counter()
    # one article per call (longer texts are refused), drafted anew each time: extract_claims keeps recent drafts
    rows = sum(len(claims_frame(text, limit=MAX_DRAFT_ROWS)) for _ in range(100))
    seconds = time.perf_counter() - start
    return dict(articles=100, seconds=seconds, per_second=100 / seconds, rows=rows)


def bench_import(python: str = sys.executable, repeats: int = 5) -> float:
    """Median extra seconds `import medialit` takes once pandas, altair and ipywidgets are imported."""
    script = (
        "import time; import pandas, altair, ipywidgets; t=time.perf_counter(); import medialit; "
        "print(time.perf_counter()-t)"
    )
    samples = [float(subprocess.run([python, "-c", script], capture_output=True, text=True, check=True, cwd=ROOT).stdout) for _ in range(repeats)]
    return statistics.median(samples)


def folder_mb(path: Path) -> float:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink()) / 1e6


def bench_install(fresh: bool) -> dict:
    if not fresh:
        return dict(where=f"current environment ({sys.prefix})", mb=folder_mb(Path(sys.prefix)), seconds=None)
    with tempfile.TemporaryDirectory() as tmp:
        env = Path(tmp) / "venv"
        start = time.perf_counter()
        subprocess.run([sys.executable, "-m", "venv", str(env)], check=True)
        subprocess.run([str(env / "bin" / "pip"), "install", "-q", "-r", "requirements.txt"], check=True, cwd=ROOT)
        seconds = time.perf_counter() - start
        return dict(where="fresh venv from requirements.txt", mb=folder_mb(env), seconds=seconds)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="one run per notebook instead of three")
    parser.add_argument("--fresh", action="store_true", help="measure the install size in a new virtual environment")
    args = parser.parse_args(argv)

    failures = 0
    print(f"Machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, {platform.platform()}\n")

    print(f"| Notebook | Median run (s) | x floor (target <= {FLOOR_RATIO}) | Peak kernel memory (MB, target <= 300) | Size (KB, target <= 1024) | Met |")
    print("|---|---|---|---|---|---|")
    for row in bench_notebooks(1 if args.quick else 3):
        path = ROOT / "solutions" / row["notebook"]
        size_kb = path.stat().st_size / 1024 if path.exists() else 0
        ok = row["ok"] and size_kb <= NOTEBOOK_MB * 1024
        failures += not ok
        size = f"{size_kb:.0f}" if path.exists() else "-"
        print(f"| {row['notebook']} | {row['seconds']:.2f} | {row['ratio']:.2f} | {row['peak_mb']:.0f} | {size} | {'yes' if ok else 'NO'} |")

    print(f"\n| Widget | Changes | Median (ms, target <= {WIDGET_MEDIAN_MS}) | p95 (ms, target <= {WIDGET_P95_MS}) | Met |")
    print("|---|---|---|---|---|")
    for row in bench_widgets():
        failures += not row["ok"]
        print(f"| {row['widget']} | {row['changes']} | {row['median_ms']:.2f} | {row['p95_ms']:.2f} | {'yes' if row['ok'] else 'NO'} |")

    extractor = bench_extractor()
    import_s = bench_import()
    install = bench_install(args.fresh)
    failures += import_s > IMPORT_S
    print("\n| Measure | Value | Target | Met |")
    print("|---|---|---|---|")
    if extractor:
        print(f"| Extractor throughput (the article body 100 times, one per call, {extractor['rows']} rows) | {extractor['per_second']:.1f} articles/s | reported | - |")
    print(f"| `import medialit` beyond pandas, altair, ipywidgets | {import_s:.3f} s | < {IMPORT_S} s | {'yes' if import_s <= IMPORT_S else 'NO'} |")
    took = f", installed in {install['seconds']:.0f} s" if install["seconds"] else ""
    print(f"| Install footprint: {install['where']}{took} | {install['mb']:.0f} MB | reported | - |")
    print()
    failures += print_gradebook_table(bench_gradebook(1 if args.quick else 3))
    print("\nAll targets met." if not failures else f"\n{failures} target(s) missed.")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
