"""A simulated class of 30 learners answers through the real ``ml.check``, one process per learner, and exports;
the gradebook's counts and misconception tallies must equal what the simulation knows it produced.
The answers come from ``derived_answers``: nothing is typed in, so a changed answer key changes the answers.
"""
from __future__ import annotations

import csv
import multiprocessing
import os
import random
import shutil
import zipfile
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from medialit.exercises import get_exercise, list_exercises
from medialit.gradebook import main, read_class
from medialit.storage import restore_cell
from derived_answers import Answers, derive_answers
from synthetic_class import Truth

SEED = 20261128
LEARNERS = ["Zoë Ångström", "Seán O'Brien", "-minus at the start", "Ann Lee", "李小龙", "<b>Bold</b> Kid"] + [
    f"Learner {k:02d}" for k in range(24)]
AT_ONCE = 2  # learners' processes running at the same time (the machine has 2 cores)


@dataclass
class SimulatedTruth(Truth):
    """What the simulated class did: the synthetic class's counts, plus each learner's plan and attempts."""

    attempts: dict[tuple[str, str], int] = field(default_factory=dict)
    plans: dict[str, list[tuple[str, object]]] = field(default_factory=dict)
    expected_said: dict[str, dict[str, tuple]] = field(default_factory=dict)


def simulate(answers: dict[str, Answers], seed: int = SEED) -> SimulatedTruth:
    """Each learner's answers (a mix of skipped, right, trap and other wrong, sometimes after another try), and the truth."""
    chance = random.Random(seed)
    truth = SimulatedTruth()
    for learner in LEARNERS:
        plan, marks, said = [], {}, {}
        for exercise_id, known in answers.items():
            marks[exercise_id] = ""
            choices = known.choices()
            if not choices or chance.random() < 0.3:
                continue
            result, final = chance.choice(choices) if chance.random() < 0.5 else choices[0]
            tries = [(result, final)]
            if len(choices) > 1 and chance.random() < 0.3:
                tries.insert(0, chance.choice([(r, answer) for r, answer in choices if answer is not final]))
            plan += [(exercise_id, answer) for _, answer in tries]
            said[exercise_id] = result
            # A right answer stays saved when a later try is wrong (submission.py), so the gradebook counts it.
            saved = tries[0][0] if tries[0][0][0] is True and result[0] is False else result
            truth.tried[exercise_id] += 1
            truth.right[exercise_id] += saved[0] is True
            if saved[1]:
                truth.misconceptions[saved[1]] += 1
            marks[exercise_id] = {True: "1", False: "0", None: ""}[saved[0]]
            truth.attempts[learner, exercise_id] = len(tries)
        truth.marks[learner], truth.plans[learner], truth.expected_said[learner] = marks, plan, said
    return truth


@pytest.fixture(scope="module")
def derived():
    return derive_answers()


def test_answers_are_derived_for_every_exercise_and_most_traps(derived):
    assert all(known.right is not None for known in derived.values()), [e for e, k in derived.items() if k.right is None]
    traps = sum(len(get_exercise(e).traps) for e in derived)
    reached = sum(len(known.traps) for known in derived.values())
    assert reached >= 0.6 * traps, f"only {reached} of {traps} traps could be set off by derived answers"


def test_the_gradebook_counts_what_a_simulated_class_did(derived, tmp_path, monkeypatch):
    truth = simulate(derived)
    # The fork server imports simulated_learner once (it must find it on PYTHONPATH: Python 3.11's fork server
    # ignores sys.path); each learner's process is then forked from it, warm but holding no other learner's state.
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join(filter(None, [str(Path(__file__).parent), os.environ.get("PYTHONPATH")])))
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["simulated_learner"])
    import simulated_learner

    def run(k_learner):
        k, learner = k_learner
        with context.Pool(1, maxtasksperchild=1) as pool:  # a fresh process for this one learner
            return pool.apply(simulated_learner.answer_as, (learner, str(tmp_path / f"work{k:02d}"), truth.plans[learner]))

    with ThreadPoolExecutor(AT_ONCE) as threads:
        runs = dict(zip(LEARNERS, threads.map(run, enumerate(LEARNERS))))
    assert len({r["pid"] for r in runs.values()}) == len(LEARNERS)  # one process per learner
    cpu = sorted(r["cpu_s"] for r in runs.values())
    print(f"{len(LEARNERS)} learners' processes: {sum(cpu):.1f} s of CPU in all, {cpu[len(cpu) // 2]:.2f} s median")
    for learner, run_result in runs.items():
        final = {exercise_id: (correct, misconception) for exercise_id, correct, misconception in run_result["said"]}
        assert final == truth.expected_said[learner], learner

    # Hand in as a class would: half uploaded to a platform and downloaded as one zip (renamed, in folders), half copied.
    collected, exported = tmp_path / "collected", []
    collected.mkdir()
    with zipfile.ZipFile(tmp_path / "lms-download.zip", "w", zipfile.ZIP_DEFLATED) as archive:
        for k, learner in enumerate(LEARNERS):
            files = list((tmp_path / f"work{k:02d}").glob("medialit-answers-*.csv"))
            assert len(files) == 1, (learner, runs[learner]["export"])
            exported.append(files[0].name)
            if k % 2:
                archive.write(files[0], f"{learner}_{1000 + k}_assignsubmission_file_/{files[0].name}")
            else:
                shutil.copy(files[0], collected / f"{k:02d}-{files[0].name}")
    assert all(name == f"medialit-answers-{name[17:-4]}.csv" and len(name[17:-4]) <= 60 for name in exported)

    results = read_class(collected, tmp_path / "lms-download.zip")
    assert results.problems == [] and len(results.submissions) == len(LEARNERS)
    assert sorted(s.learner for s in results.submissions) == sorted(LEARNERS)
    for exercise_id in list_exercises():
        assert results.counts(exercise_id) == (truth.tried[exercise_id], truth.right[exercise_id]), exercise_id
    assert results.misconceptions() == truth.misconceptions
    assert len(truth.misconceptions) >= 10 and any(count > 1 for count in truth.misconceptions.values())
    for submission in results.submissions:
        for exercise_id, answer in submission.answers.items():
            assert answer.attempts == truth.attempts[submission.learner, exercise_id]

    out = tmp_path / "report"
    assert main([str(collected), str(tmp_path / "lms-download.zip"), "--out", str(out)]) == 0
    with open(out / "gradebook.csv", encoding="utf-8", newline="") as file:
        book = {restore_cell(row.pop("learner")): row for row in csv.DictReader(file)}
    assert book == truth.marks
    page = (out / "class_report.html").read_text(encoding="utf-8")
    for misconception_id, count in truth.misconceptions.items():
        assert f"<code>{misconception_id}</code></th><td>{count} of {truth.tried[misconception_id.split('/')[0]]}</td>" in page
