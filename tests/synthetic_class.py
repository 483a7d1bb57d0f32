"""A made-up class written straight to contract-B submission files, for tests and the benchmark of the gradebook.

Fast (no ml.check): each learner's outcome per exercise is drawn with a fixed seed, and the function returns what
it wrote, so a test can compare the gradebook's counts with it. The simulated class in test_simulated_class.py
is the slow, faithful version that answers through the real ``ml.check``.
"""
from __future__ import annotations

import csv
import json
import random
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from medialit.exercises import get_exercise, list_exercises
from medialit.gradebook import COLUMNS, COURSE_VERSION, list_misconceptions
from medialit.storage import neutralise_cell


@dataclass
class Truth:
    """What the synthetic class handed in: per exercise, learners who tried and got it right; misconception tallies."""

    tried: Counter = field(default_factory=Counter)
    right: Counter = field(default_factory=Counter)
    misconceptions: Counter = field(default_factory=Counter)
    marks: dict[str, dict[str, str]] = field(default_factory=dict)


def write_submission(path: Path, rows: list[dict]) -> None:
    """One learner's file as ml.export_answers writes it (UTF-8, formula cells neutralised)."""
    with open(path, "w", encoding="utf-8", newline="") as file:
        writer = csv.writer(file, lineterminator="\n")
        writer.writerow(COLUMNS)
        for row in rows:
            writer.writerow([neutralise_cell(str(row[column])) for column in COLUMNS])


def synthetic_class(folder: Path, learners: int, seed: int = 11) -> Truth:
    """Write ``learners`` submission files into ``folder``; return what they hold."""
    folder.mkdir(parents=True, exist_ok=True)
    chance = random.Random(seed)
    traps: dict[str, list[str]] = {}
    for misconception in list_misconceptions():
        traps.setdefault(misconception.exercise_id, []).append(misconception.id)
    truth = Truth()
    for number in range(learners):
        name = f"Learner {number:03d}"
        rows, marks = [], {}
        for exercise_id in list_exercises():
            roll = chance.random()
            if roll < 0.15:
                marks[exercise_id] = ""
                continue
            written = get_exercise(exercise_id).kind == "written"
            correct = None if written else roll < 0.65
            misconception = chance.choice(traps[exercise_id]) if correct is False and exercise_id in traps and roll < 0.85 else ""
            answer = " ".join(chance.choice(("units", "source", "claim", "count", "who", "says")) for _ in range(30)) if written else roll
            truth.tried[exercise_id] += 1
            truth.right[exercise_id] += correct is True
            truth.misconceptions[misconception] += bool(misconception)
            marks[exercise_id] = {True: "1", False: "0", None: ""}[correct]
            rows.append(dict(learner=name, lesson=exercise_id[:2], exercise_id=exercise_id, answer=json.dumps(answer),
                             correct={True: "true", False: "false", None: ""}[correct], misconception=misconception,
                             attempts=chance.randint(1, 4), checked_at=f"2026-11-28T09:{number % 60:02d}:{chance.randint(0, 59):02d}Z",
                             course_version=COURSE_VERSION))
        truth.marks[name] = marks
        write_submission(folder / f"medialit-answers-learner-{number:03d}.csv", rows)
    truth.misconceptions.pop("", None)
    return truth
