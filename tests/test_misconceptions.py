"""Every trap has a stable, well-formed id and a discussion prompt; the feedback names the trap that fired."""
import pytest

import medialit as ml
from medialit.exercises import TRAP_ID, Misconception, Trap, get_exercise, list_misconceptions


def test_every_trap_is_a_trap_with_a_prompt():
    for exercise_id in ml.list_exercises():
        for trap in get_exercise(exercise_id).traps:
            assert isinstance(trap, Trap)
            assert trap.prompt.startswith("Ask ") and trap.prompt.endswith(".") and trap.prompt.count(". ") == 0, trap.id
            assert trap.message.strip() and trap.prompt != trap.message


def test_ids_are_unique_kebab_case_and_in_course_order():
    misconceptions = list_misconceptions()
    ids = [m.id for m in misconceptions]
    assert len(ids) == len(set(ids)) == sum(len(get_exercise(i).traps) for i in ml.list_exercises())
    for misconception in misconceptions:
        exercise_id, slug = misconception.id.split("/")
        assert exercise_id == misconception.exercise_id and TRAP_ID.fullmatch(slug) and len(slug) <= 40
    order = ml.list_exercises()
    assert [order.index(m.exercise_id) for m in misconceptions] == sorted(order.index(m.exercise_id) for m in misconceptions)


def test_ids_stay_what_gradebooks_already_count():
    """Renaming an id splits a class's counts across versions: these must never change."""
    ids = {m.id for m in list_misconceptions()}
    assert {"00.2/counted-whole-page", "03.4/inverted-rate", "03.2/negative-remainder", "04.1/statute-miles",
            "05.5/divided-by-new"} <= ids


def test_one_lesson_only():
    lesson = list_misconceptions("03")
    assert lesson and all(isinstance(m, Misconception) and m.exercise_id.startswith("03.") for m in lesson)
    assert list_misconceptions("99") == []


def test_feedback_names_the_trap_that_fired():
    from medialit import stats

    rates = stats.rates()
    feedback = ml.check("03.4", round(rates.sorties / rates.targets, 2))
    assert feedback.correct is False and feedback.misconception == "03.4/inverted-rate"
    assert ml.check("00.2", 62).misconception == "00.2/counted-whole-page"


@pytest.mark.parametrize("answer", [2000, 1999, "banana", None, ...])
def test_no_misconception_without_a_trap(answer):
    assert ml.check("00.1", answer).misconception is None


def test_instructors_lists_every_misconception_with_its_prompt():
    from pathlib import Path

    from medialit.exercises import misconceptions_markdown

    kit = (Path(__file__).resolve().parent.parent / "INSTRUCTORS.md").read_text(encoding="utf-8")
    assert "## Misconceptions the self-checks detect" in kit and misconceptions_markdown() in kit
    for misconception in list_misconceptions():
        assert f"| `{misconception.id}` |" in kit and misconception.prompt in kit


def test_a_stale_list_is_reported_and_rewritten(tmp_path, monkeypatch):
    from medialit import build

    for name in build.MAP_DOCUMENTS:
        text = (build.ROOT / name).read_text(encoding="utf-8")
        (tmp_path / name).write_text(text.replace("`03.4/inverted-rate`", "`03.4/old-name`"), encoding="utf-8")
    (tmp_path / "nbgrader").mkdir()
    for fixed in ("nbgrader_config.py", ".gitignore"):  # the build keeps nbgrader/ in step too; only the list is stale here
        (tmp_path / "nbgrader" / fixed).write_bytes((build.ROOT / "nbgrader" / fixed).read_bytes())
    for folder in ("ROOT", "LESSONS", "SOLUTIONS"):
        monkeypatch.setattr(build, folder, tmp_path)
    assert build.build(check=True) == ["INSTRUCTORS.md: its list of misconceptions differs from medialit/exercises/: run `python -m medialit.build`."]
    assert build.build() == [] and "`03.4/inverted-rate`" in (tmp_path / "INSTRUCTORS.md").read_text(encoding="utf-8")
