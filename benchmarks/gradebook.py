"""Time the gradebook on a class of 300 learners x every exercise; print a table; exit 1 if over the target.

    python benchmarks/gradebook.py

Target (issue 11): `python -m medialit.gradebook` on 300 submissions in under 5 s on 2 cores, measured as the
teacher waits for it: a fresh Python, the import, reading every file (once as loose CSVs, once as one zip as a
learning platform hands them back) and writing gradebook.csv and class_report.html. The machine's load is
printed beside the figures: a figure measured while other work shares the cores is not a result.
"""
from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

LEARNERS, TARGET_S, RUNS = 300, 5.0, 3


def _cli_seconds(inputs: list[Path], out: Path) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "medialit.gradebook", *map(str, inputs), "--out", str(out)],
                   check=True, capture_output=True, cwd=ROOT)
    return time.perf_counter() - start


def bench_gradebook(runs: int = RUNS) -> list[dict]:
    """Median seconds for the command on loose files and on one zip, and for the work alone (no start-up)."""
    from synthetic_class import synthetic_class

    from medialit.gradebook import ClassReport, read_class

    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "submissions"
        synthetic_class(folder, LEARNERS)
        archive = Path(tmp) / "class.zip"
        with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as zipped:
            for path in sorted(folder.iterdir()):
                zipped.write(path, f"{path.stem}_12345_assignsubmission_file_/{path.name}")
        exercises = len(read_class(folder).exercise_ids)
        for label, inputs in (("folder of CSV files", [folder]), ("one LMS zip", [archive])):
            seconds = statistics.median(_cli_seconds(inputs, Path(tmp) / "out") for _ in range(runs))
            rows.append(dict(measure=f"`python -m medialit.gradebook`, {LEARNERS} learners x {exercises} exercises, {label}",
                             seconds=seconds, target=TARGET_S))
        timings = []
        for _ in range(runs):
            start = time.perf_counter()
            ClassReport(read_class(folder)).save(Path(tmp) / "out")
            timings.append(time.perf_counter() - start)
        rows.append(dict(measure="of which reading and writing (in a warm Python)", seconds=statistics.median(timings), target=None))
        report = Path(tmp) / "out" / "class_report.html"
        rows.append(dict(measure="class_report.html size (MB)", seconds=report.stat().st_size / 1e6, target=None))
    return rows


def print_table(rows: list[dict]) -> int:
    """Print the rows as a markdown table; return how many targets were missed."""
    print("| Gradebook | Value | Target | Met |")
    print("|---|---|---|---|")
    missed = 0
    for row in rows:
        met = row["target"] is None or row["seconds"] <= row["target"]
        missed += not met
        unit = "" if "MB" in row["measure"] else " s"
        target = f"< {row['target']} s" if row["target"] else "reported"
        print(f"| {row['measure']} | {row['seconds']:.2f}{unit} | {target} | {'-' if row['target'] is None else 'yes' if met else 'NO'} |")
    return missed


def main() -> int:
    load = os.getloadavg()[0]
    cores = os.cpu_count() or 1
    print(f"{cores} cores, load average {load:.1f} over the last minute"
          + (" (busy: do not publish these figures)" if load > cores / 2 else "") + "\n")
    return 1 if print_table(bench_gradebook()) else 0


if __name__ == "__main__":
    sys.exit(main())
