"""TEMPORARY stand-in for contract A and B names until branch `submission` is merged (then deleted)."""
from __future__ import annotations

from dataclasses import dataclass

COURSE_VERSION = "0.1.0"


@dataclass(frozen=True)
class Misconception:
    id: str
    exercise_id: str
    message: str
    prompt: str


def list_misconceptions(lesson: str | None = None) -> list[Misconception]:
    from .exercises import get_exercise, list_exercises

    found = []
    for exercise_id in list_exercises(lesson):
        for number, trap in enumerate(get_exercise(exercise_id).traps, 1):
            message = trap[1]
            found.append(Misconception(f"{exercise_id}/trap-{number}", exercise_id, message, "Discuss: " + message))
    return found
