"""Answer keys that agree with their own self-checks.

An instructor who edits an exercise in ``solutions/`` but not its check in ``medialit/exercises/`` (or the
other way round) would otherwise store "✘ Not yet" as the key's own feedback and build a course whose answer
key is wrong. ``key_problems`` reads the stored output of every ``ml.check(...)`` cell of an answer key and
names each exercise whose feedback is not "Correct" (or "Noted", for written answers), so the build refuses it.
Demonstrations (``ml.check(..., record=False)``) show a wrong answer on purpose and are not keys.
"""
from __future__ import annotations

import ast
import re

__all__ = ["ACCEPTED", "checked_exercises", "key_problems"]

#: Headings of feedback an answer key may show (see ``medialit.checks``).
ACCEPTED = ("\u2714 Correct", "\u270e Noted")
#: The calls that check a learner's answer: ``ml.check``, and ``ml.check_transfer`` for the transfer checks.
CHECKS = ("check", "check_transfer")


def _is_demonstration(call: ast.Call) -> bool:
    return any(k.arg == "record" and isinstance(k.value, ast.Constant) and k.value.value is False for k in call.keywords)


def checked_exercises(source: str) -> list[str]:
    """The exercise ids a code cell checks as the learner's answer: ``ml.check("03.4", ...)`` (or ``ml.check_transfer``),
    demonstrations left out."""
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return []
    ids = []
    for node in ast.walk(tree):
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in CHECKS
                and isinstance(node.func.value, ast.Name) and node.func.value.id == "ml"
                and node.args and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)
                and not _is_demonstration(node)):
            ids.append(node.args[0].value.strip())
    return ids


def _stored_text(cell) -> str:
    parts = []
    for output in cell.get("outputs", []):
        parts.append(output.get("text", "") if output.get("output_type") == "stream" else output.get("data", {}).get("text/plain", ""))
        if output.get("output_type") == "error":
            parts.append(f"{output.get('ename', 'Error')}: {output.get('evalue', '')}")
    return "\n".join(part if isinstance(part, str) else "".join(part) for part in parts)


def key_problems(notebook, name: str) -> list[str]:
    """One sentence per ``ml.check`` cell of an answer key whose stored feedback is not Correct or Noted."""
    problems = []
    for index, cell in enumerate(notebook.cells):
        if cell.cell_type != "code":
            continue
        where = f"{name}, cell {index + 1} (id {cell.get('id', '?')})"
        text = _stored_text(cell)
        for exercise_id in checked_exercises(cell.source):
            match = re.search(rf"^(.*?) \({re.escape(exercise_id)}\): ?(.*)$", text, flags=re.MULTILINE)
            if match is None:
                problems.append(
                    f"{where}: exercise {exercise_id} has no stored feedback. Fix: run "
                    f"`python -m medialit.build --execute {name}` and make the cell end with the ml.check(...) call.")
            elif not match[1].startswith(ACCEPTED):
                problems.append(
                    f"{where}: exercise {exercise_id}'s own answer key gets \"{match[1]}: {match[2][:120]}\". Fix: make "
                    f"the answer in the notebook and the check in medialit/exercises/lesson{exercise_id.split('.')[0]}.py "
                    "agree, then run the build with --execute again.")
    return problems
