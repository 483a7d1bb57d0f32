"""A simulated class of 32 learners answers through the real ``ml.check``, one process per learner, and exports;
the gradebook's counts and misconception tallies must equal what the simulation knows it produced.

Right answers come from each exercise's ``expected()``; trap answers from the traps themselves: a trap is run
once on a probe number that records every value it compares the answer with, and each recorded value that
really sets that trap off (and no trap before it) becomes an answer that falls into that misconception. Other
wrong answers are ones no trap recognises. Nothing is typed in, so a changed answer key changes the answers.
"""
from __future__ import annotations

import csv
import importlib
import math
import multiprocessing
import numbers
import pkgutil
import random
import shutil
import zipfile
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field

import pytest

import medialit.exercises
from medialit.checks import AnswerError
from medialit.exercises import get_exercise, list_exercises
from medialit.gradebook import main, read_class
from medialit.storage import restore_cell

SEED = 20261128
LEARNERS = ["Zoë Ångström", "Seán O'Brien", "-minus at the start", "Ann Lee", "李小龙", "<b>Bold</b> Kid"] + [
    f"Learner {k:02d}" for k in range(26)]
AT_ONCE = 2  # learners' processes running at the same time (the machine has 2 cores)


class _Probe(float):
    """A number that records every number a trap compares it with or subtracts from it."""

    def __new__(cls, seen: list[float]):
        probe = super().__new__(cls, 0.5)
        probe.seen = seen
        return probe

    def _record(self, other) -> None:
        if isinstance(other, numbers.Real) and not isinstance(other, bool):
            self.seen.append(float(other))

    def __eq__(self, other):
        self._record(other)
        return False

    def __ne__(self, other):
        self._record(other)
        return True

    __hash__ = float.__hash__

    def __sub__(self, other):
        self._record(other)
        return float(self) - other

    def __rsub__(self, other):
        self._record(other)
        return other - float(self)

    def __lt__(self, other):
        self._record(other)
        return float(self) < other

    def __le__(self, other):
        self._record(other)
        return float(self) <= other

    def __gt__(self, other):
        self._record(other)
        return float(self) > other

    def __ge__(self, other):
        self._record(other)
        return float(self) >= other


def _lesson_modules():
    return [importlib.import_module(f"medialit.exercises.{m.name}")
            for m in pkgutil.iter_modules(medialit.exercises.__path__) if m.name.startswith("lesson")]


def _probed_values(trap) -> list[float]:
    """The numbers a trap compares a numeric answer with (its readers return a recording probe meanwhile)."""
    seen: list[float] = []
    with pytest.MonkeyPatch.context() as patch:
        for module in _lesson_modules():
            for reader in ("parse_number", "in_km"):
                if hasattr(module, reader):
                    patch.setattr(module, reader, lambda answer: _Probe(seen))
        try:
            trap.applies("probe")
        except Exception:
            pass
    return seen


def _plain(value):
    """A value as JSON carries it (quantities as text, numpy scalars as numbers, collections as lists and dicts)."""
    if hasattr(value, "magnitude") and hasattr(value, "units"):
        return f"{value.magnitude!r} {value.units}"
    if hasattr(value, "item") and not hasattr(value, "__len__"):
        value = value.item()
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, dict) or hasattr(value, "to_dict"):
        return {str(k): _plain(v) for k, v in dict(value).items()}
    if isinstance(value, (list, tuple, set, frozenset)):
        return sorted((_plain(v) for v in value), key=str)
    return value


def outcome(exercise, answer) -> tuple[bool | None, str | None] | None:
    """(correct, misconception id) by the registry's own rules, or None if the answer cannot be read."""
    try:
        correct, _ = exercise.judge(answer)
    except AnswerError:
        return None
    if correct is not False:
        return correct, None
    for trap in exercise.traps:
        try:
            if trap.applies(answer):
                return False, f"{exercise.id}/{trap.id}"
        except Exception:
            continue
    return False, None


@dataclass
class Answers:
    """Answers to one exercise and their known outcome: right, one per reachable trap, and other wrong ones."""

    right: object = None
    traps: dict[str, object] = field(default_factory=dict)
    other: list[object] = field(default_factory=list)

    def choices(self) -> list[tuple[tuple[bool | None, str | None], object]]:
        """(outcome, answer) pairs; the right answer first (a written answer's outcome is "not marked")."""
        right = [((None if isinstance(self.right, str) and self.written else True, None), self.right)] if self.right is not None else []
        return right + [((False, trap_id), answer) for trap_id, answer in self.traps.items()] + [((False, None), a) for a in self.other]

    written: bool = False


def _candidates(exercise) -> list[object]:
    """Plausible answers of the right shape, derived from the expected answer and from what the traps compare."""
    expected = _plain(exercise.expected()) if exercise.expected else None
    found: list[object] = []
    if exercise.kind in ("number", "quantity"):
        numbers_seen = [value for trap in exercise.traps for value in _probed_values(trap)]
        if exercise.kind == "number":
            found += [_plain(v) for v in numbers_seen] + [_plain(expected + 1000.5)]
        else:
            found += [f"{v!r} km" for v in numbers_seen] + ["1234.5 km"]
    elif exercise.kind == "choice":
        found += [choice for choice in exercise.choices if choice != expected]
    elif exercise.kind == "choices":
        items = list(expected)
        found += [items[:k] + items[k + 1:] for k in range(len(items))]
        found += [items + [choice] for choice in exercise.choices if choice not in items]
    elif exercise.kind == "clock":
        hours, minutes = map(int, expected.split(":"))
        found += [f"{(hours + shift) % 24:02d}:{minutes:02d}" for shift in (-1, 1, -2, 2, -3, 3, -4, 4)]
    elif exercise.kind == "mapping":
        total = sum(expected.values()) or 1
        found += [{k: v / total for k, v in expected.items()}, {k: v + 1 for k, v in expected.items()}]
    return found


def derive_answers() -> dict[str, Answers]:
    plan = {}
    for exercise_id in list_exercises():
        exercise = get_exercise(exercise_id)
        answers = Answers(written=exercise.kind == "written")
        plan[exercise_id] = answers
        if answers.written:
            answers.right = " ".join(["Who counted this, and could anyone check it?"] * math.ceil(exercise.min_words / 8))
            continue
        right = _plain(exercise.expected())
        if outcome(exercise, right) == (True, None):
            answers.right = right
        for candidate in _candidates(exercise):
            if len(answers.traps) == len(exercise.traps) and len(answers.other) >= 2:
                break
            result = outcome(exercise, candidate)
            if result is None or result[0] is not False:
                continue
            if result[1] is None:
                answers.other.append(candidate)
            else:
                answers.traps.setdefault(result[1], candidate)
    return plan


@dataclass
class Truth:
    tried: Counter = field(default_factory=Counter)
    right: Counter = field(default_factory=Counter)
    misconceptions: Counter = field(default_factory=Counter)
    marks: dict[str, dict[str, str]] = field(default_factory=dict)
    attempts: dict[tuple[str, str], int] = field(default_factory=dict)
    plans: dict[str, list[tuple[str, object]]] = field(default_factory=dict)
    expected_said: dict[str, dict[str, tuple]] = field(default_factory=dict)


def simulate(answers: dict[str, Answers], seed: int = SEED) -> Truth:
    """Each learner's answers (a mix of skipped, right, trap and other wrong, sometimes after a wrong try), and the truth."""
    chance = random.Random(seed)
    truth = Truth()
    for learner in LEARNERS:
        plan, marks, said = [], {}, {}
        for exercise_id, known in answers.items():
            marks[exercise_id] = ""
            choices = known.choices()
            if not choices or chance.random() < 0.15:
                continue
            result, final = chance.choice(choices) if chance.random() < 0.5 else choices[0]
            tries = [final]
            if len(choices) > 1 and chance.random() < 0.3:
                tries.insert(0, chance.choice([answer for r, answer in choices if answer is not final]))
            plan += [(exercise_id, answer) for answer in tries]
            said[exercise_id] = result
            truth.tried[exercise_id] += 1
            truth.right[exercise_id] += result[0] is True
            if result[1]:
                truth.misconceptions[result[1]] += 1
            marks[exercise_id] = {True: "1", False: "0", None: ""}[result[0]]
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


def test_the_gradebook_counts_what_a_simulated_class_did(derived, tmp_path):
    truth = simulate(derived)
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
