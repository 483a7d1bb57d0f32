"""One simulated learner, run in a process of its own by test_simulated_class.py.

The test starts these processes from a fork server that has imported this module once: importing it loads the
course and works out every expected answer (pure functions of data/), so each learner's process starts warm
but holds nothing of any other learner. ``answer_as`` then sets the learner's own name and work folder, checks
each planned answer through the real ``ml.check`` (``ml.check_transfer`` for the transfer checks), and exports the submission as a learner would.
"""
from __future__ import annotations

import os
import time

import medialit as ml
from medialit.exercises import get_exercise

for _exercise_id in ml.list_exercises():
    _exercise = get_exercise(_exercise_id)
    if _exercise.expected is not None:
        _exercise.expected()


def _checked(exercise_id: str, answer: object):
    """Check through whatever records the exercise: ml.check, or the transfer checks' own ml.check_transfer."""
    if get_exercise(exercise_id).recorded_by == "ml.check_transfer":
        return ml.check_transfer(exercise_id, answer)
    return ml.check(exercise_id, answer)


def answer_as(learner: str, work_dir: str, plan: list[tuple[str, object]]) -> dict:
    """Check every planned answer as ``learner``; return what each check said and what the export said."""
    os.environ["MEDIALIT_LEARNER"] = learner
    os.environ["MEDIALIT_WORK_DIR"] = work_dir
    said = [(exercise_id, feedback.correct, feedback.misconception)
            for exercise_id, answer in plan for feedback in [_checked(exercise_id, answer)]]
    export = ml.export_answers()
    return {"pid": os.getpid(), "said": said, "export": export, "cpu_s": time.process_time()}
