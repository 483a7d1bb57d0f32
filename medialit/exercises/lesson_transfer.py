"""The transfer checks T1 (before the course) and T2 (after it): one written answer each, never marked automatically.

The answer is recorded by ``ml.check_transfer`` (medialit/transfer.py) with the learner's form, the results opened
on its desk and the rubric's rule levels; the teacher scores the rest with the rubric in data/lateral/FORMS.md.
"""
from __future__ import annotations

from . import Exercise, register

#: At least this many words: the shortest sample answer in FORMS.md has about 40.
MIN_WORDS = 30

register(*(
    Exercise(
        exercise_id,
        "Answer the question under your article in your own words: should a reader rely on its figure, and why?",
        kind="written",
        min_words=MIN_WORDS,
        success="Noted: your teacher reads it.",
        recorded_by="ml.check_transfer",
    )
    for exercise_id in ("T1.1", "T2.1")
))
