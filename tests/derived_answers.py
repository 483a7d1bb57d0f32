"""Answers to every exercise derived from the registry alone: right, one per reachable trap, and other wrong ones.

Right answers come from each exercise's ``expected()``; trap answers from the traps themselves: a trap is run
once on a probe number that records every value it compares the answer with, and each recorded value that
really sets that trap off (and no trap before it) becomes an answer that falls into that misconception. Other
wrong answers are ones no trap recognises. Nothing is typed in, so a changed answer key changes the answers.
Used by the simulated class and by the generated exercise tests.
"""
from __future__ import annotations

import importlib
import math
import numbers
import pkgutil
from dataclasses import dataclass, field

import pytest

import medialit.exercises
from medialit.checks import AnswerError
from medialit.exercises import get_exercise, list_exercises


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
    """(correct, misconception id) as the registry judges it, or None if the answer cannot be read."""
    try:
        correct, _, misconception = exercise.judge(answer)
    except AnswerError:
        return None
    return correct, misconception


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
        options = exercise.choices or (exercise.options() if hasattr(exercise, "options") else ())  # desk ids: D01..
        found += [choice for choice in options if choice != expected]
    elif exercise.kind == "choices":
        items = list(expected)
        found += [items[:k] + items[k + 1:] for k in range(len(items))]
        found += [items + [choice] for choice in exercise.choices if choice not in items]
    elif exercise.kind == "clock":
        hours, minutes = map(int, expected.split(":"))
        found += [f"{(hours + shift) % 24:02d}:{minutes:02d}" for shift in (-1, 1, -2, 2, -3, 3, -4, 4)]
    elif exercise.kind == "groups":  # desk results in named groups: leave one out of its group, or add one
        ids = exercise.options()
        found += [{**expected, name: [i for i in items if i != left_out]} for name, items in expected.items() for left_out in items]
        found += [{**expected, name: items + [added]} for name, items in expected.items() for added in ids if added not in items]
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
            answers.right = " ".join(f"Who counted figure {number}, and could anyone check it?"  # not one phrase repeated
                                     for number in range(1, math.ceil(exercise.min_words / 8) + 1))
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
