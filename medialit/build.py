"""Build the student lessons and the nbgrader course from the answer keys, and re-execute the answer keys.

    python -m medialit.build            # write lessons/NN_slug.ipynb from solutions/NN_slug.ipynb, the
                                        # nbgrader/ folder (medialit/nbgrader_export.py), and the course
                                        # map in README.md and INSTRUCTORS.md from medialit/course.py
    python -m medialit.build --check    # exit 1 if lessons/ or nbgrader/ is stale, a marker is unbalanced,
                                        # or an answer key's stored self-check is not Correct (or Noted)
    python -m medialit.build --check-case-study
                                        # which lesson needs which data feature, and whether data/ has it
    python -m medialit.build --execute [solutions/NN_slug.ipynb ...]
                                        # re-run answer keys and store their outputs, then rebuild

In a solution notebook, what stands between ``### BEGIN SOLUTION`` and ``### END SOLUTION`` (nbgrader's
markers) becomes a placeholder that does not raise: ``name = ...  # your answer here`` for each name the
solution assigns (``name = "..."`` when the answer is text, so the quotation marks are already typed), ``# your code
here`` otherwise, *Your answer here* in markdown. ``### BEGIN HIDDEN TESTS``
blocks are dropped, and so are cells tagged ``instructor`` (notes for teachers). Outputs and execution counts
are cleared; cell ids are kept, so a lesson's cells keep their identity across rebuilds.
"""
from __future__ import annotations

import argparse
import ast
import copy
import os
import sys
import textwrap
from pathlib import Path

import nbformat

from .answer_keys import key_problems
from .course import replace_map
from .exercises import replace_misconceptions
from .static_charts import add_static_svgs

ROOT = Path(__file__).resolve().parent.parent
SOLUTIONS = ROOT / "solutions"
LESSONS = ROOT / "lessons"
LESSON_KEYS = "[0-9][0-9]_*.ipynb"
#: The transfer checks before and after the course (medialit/transfer.py): built into lessons/ like a lesson, but
#: not on the course map and not nbgrader assignments (a teacher scores them with the rubric of data/lateral/FORMS.md).
CHECK_KEYS = "T[0-9]_*.ipynb"

BEGIN, END = "### BEGIN SOLUTION", "### END SOLUTION"
BEGIN_HIDDEN, END_HIDDEN = "### BEGIN HIDDEN TESTS", "### END HIDDEN TESTS"
INSTRUCTOR_TAG = "instructor"
WIDGET_VIEW = "application/vnd.jupyter.widget-view+json"
MARKDOWN_PLACEHOLDER = "*Your answer here*"
# Documents that carry the course map of medialit/course.py; the build keeps them in step.
MAP_DOCUMENTS = ("README.md", "INSTRUCTORS.md")
# Documents with generated sections: (documents, what puts the current section in, what to say when it is stale).
GENERATED_SECTIONS = (
    (MAP_DOCUMENTS, replace_map, "its course map differs from medialit/course.py"),
    (("INSTRUCTORS.md",), replace_misconceptions, "its list of misconceptions differs from medialit/exercises/"),
)


class BuildError(Exception):
    """A solution notebook cannot be turned into a lesson; the message names the notebook and the cell."""


#: The stand-in for a text answer: the quotation marks are typed, so a learner's words stay text (``no``, typed bare,
#: is a NameError; ``"no"`` is an answer). ml.check reads the text "..." as not answered yet, like the bare ``...``.
TEXT_PLACEHOLDER = '"..."  # your answer here, between the quotation marks'
OTHER_PLACEHOLDER = "...  # your answer here"


def _is_text(value: ast.expr | None) -> bool:
    """Whether a solution's value is surely text: a string ("no"), an f-string, str(...), or text + more text."""
    if isinstance(value, ast.Constant):
        return isinstance(value.value, str)
    if isinstance(value, ast.BinOp):
        return isinstance(value.op, ast.Add) and _is_text(value.left)
    if isinstance(value, ast.Call):
        return isinstance(value.func, ast.Name) and value.func.id == "str"
    return isinstance(value, ast.JoinedStr)


#: Exercise kinds whose answer is text (exercises/__init__.py): a choice, "5.556 km", "08:00", sentences.
TEXT_KINDS = frozenset({"choice", "quantity", "clock", "written"})


def checked_answer(source: str) -> tuple[str, str] | None:
    """(exercise id, answer variable) if the cell is exactly ``ml.check("ID", name)``; else None."""
    try:
        body = ast.parse(source).body
    except SyntaxError:
        return None
    if len(body) != 1 or not isinstance(body[0], ast.Expr) or not isinstance(call := body[0].value, ast.Call):
        return None
    function = call.func
    is_check = isinstance(function, ast.Attribute) and function.attr == "check" and isinstance(function.value, ast.Name) and function.value.id == "ml"
    if not is_check or call.keywords or len(call.args) != 2:
        return None
    exercise, answer = call.args
    if isinstance(exercise, ast.Constant) and isinstance(exercise.value, str) and isinstance(answer, ast.Name):
        return exercise.value, answer.id
    return None


def text_answers(notebook: nbformat.NotebookNode) -> frozenset[str]:
    """The answer names that ``ml.check`` cells give to an exercise whose answer is text: their skeleton is ``"..."``
    even where the key computes the answer (04.6's clock time), so that ``08:00`` typed in it stays text."""
    from .exercises import get_exercise

    names = set()
    for cell in notebook.cells:
        checked = checked_answer(cell.source) if cell.cell_type == "code" else None
        try:
            if checked and get_exercise(checked[0]).kind in TEXT_KINDS:
                names.add(checked[1])
        except KeyError:
            continue  # not an exercise of the course: key_problems says so
    return frozenset(names)


def _placeholder_for(block: list[str], indent: str, text_names: frozenset[str] = frozenset()) -> list[str]:
    """Non-raising stand-in for a code solution: keep the names a learner must fill in, drop the answer.

    Every name the solution assigns (also in tuples and inside loops) becomes ``name = ...``, or ``name = "..."``
    when every value the solution gives it is text or it answers an exercise whose answer is text (``text_names``);
    imports are kept as they are, since they are tools, not answers.
    """
    try:
        tree = ast.parse(textwrap.dedent("\n".join(block)))
    except SyntaxError:
        return [f"{indent}# your code here"]
    imports = [ast.get_source_segment(textwrap.dedent("\n".join(block)), node) for node in tree.body if isinstance(node, (ast.Import, ast.ImportFrom))]
    assigned: list[tuple[ast.Name, bool]] = []
    for node in ast.walk(tree):
        targets = node.targets if isinstance(node, ast.Assign) else [node.target] if isinstance(node, (ast.AnnAssign, ast.AugAssign)) else []
        for target in targets:
            text = isinstance(target, ast.Name) and _is_text(node.value)  # a name in a tuple or a subscript takes a part
            assigned += [(name, text) for name in ast.walk(target) if isinstance(name, ast.Name)]
    text_only: dict[str, bool] = {}
    for name, text in sorted(assigned, key=lambda pair: (pair[0].lineno, pair[0].col_offset)):
        text_only[name.id] = name.id in text_names or (text_only.get(name.id, True) and text)
    lines = [f"{indent}{line}" for line in imports]
    lines += [f"{indent}{name} = {TEXT_PLACEHOLDER if text else OTHER_PLACEHOLDER}" for name, text in text_only.items()]
    return lines or [f"{indent}# your code here"]


def _strip_blocks(source: str, cell_type: str, where: str, text_names: frozenset[str] = frozenset()) -> str:
    lines = source.split("\n")
    out: list[str] = []
    block: list[str] | None = None
    hidden = False
    indent = ""
    for line in lines:
        marker = line.strip()
        if marker == BEGIN:
            if block is not None or hidden:
                raise BuildError(f"{where}: '{BEGIN}' inside another marked block. Fix: close the first block with '{END}'.")
            block, indent = [], line[: len(line) - len(line.lstrip())]
        elif marker == END:
            if block is None:
                raise BuildError(f"{where}: '{END}' without a '{BEGIN}' before it.")
            out.extend([MARKDOWN_PLACEHOLDER] if cell_type == "markdown" else _placeholder_for(block, indent, text_names))
            block = None
        elif marker == BEGIN_HIDDEN:
            if block is not None or hidden:
                raise BuildError(f"{where}: '{BEGIN_HIDDEN}' inside another marked block.")
            hidden = True
        elif marker == END_HIDDEN:
            if not hidden:
                raise BuildError(f"{where}: '{END_HIDDEN}' without a '{BEGIN_HIDDEN}' before it.")
            hidden = False
        elif block is not None:
            block.append(line)
        elif not hidden:
            out.append(line)
    if block is not None:
        raise BuildError(f"{where}: '{BEGIN}' is never closed. Fix: add '{END}'.")
    if hidden:
        raise BuildError(f"{where}: '{BEGIN_HIDDEN}' is never closed. Fix: add '{END_HIDDEN}'.")
    return "\n".join(out)


def student_version(solution: nbformat.NotebookNode, name: str = "notebook") -> nbformat.NotebookNode:
    """The lesson a learner gets: answers replaced, hidden tests and instructor cells dropped, outputs cleared."""
    lesson = copy.deepcopy(solution)
    text_names = text_answers(lesson)
    cells = []
    for index, cell in enumerate(lesson.cells):
        if INSTRUCTOR_TAG in cell.get("metadata", {}).get("tags", []):
            continue
        cell.source = _strip_blocks(cell.source, cell.cell_type, f"{name}, cell {index + 1} (id {cell.get('id', '?')})",
                                   text_names)
        if cell.cell_type == "code":
            cell.outputs = []
            cell.execution_count = None
            cell.metadata.pop("execution", None)
        cells.append(cell)
    lesson.cells = cells
    lesson.metadata.pop("widgets", None)
    return lesson


def lesson_path(solution_path: Path) -> Path:
    return LESSONS / solution_path.name


def _render(notebook: nbformat.NotebookNode) -> str:
    return nbformat.writes(notebook) + "\n"


def _sync(target: Path, text: str, check: bool) -> str | None:
    """Write ``text`` to ``target`` (or, with check=True, compare); a problem sentence if it is stale."""
    if check:
        if not target.exists() or target.read_text(encoding="utf-8") != text:
            return f"{target.relative_to(ROOT)} is stale: run `python -m medialit.build`."
        return None
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(text, encoding="utf-8")
    return None


def answer_keys() -> list[Path]:
    """Every answer key in course order: the lessons, then the transfer checks."""
    return sorted(SOLUTIONS.glob(LESSON_KEYS)) + sorted(SOLUTIONS.glob(CHECK_KEYS))


def build(check: bool = False) -> list[str]:
    """Write (or, with check=True, compare) every lesson and the nbgrader/ folder. Returns a list of problems;
    empty means all is well."""
    from . import nbgrader_export  # it imports this module

    problems: list[str] = []
    solutions = answer_keys()
    outputs = nbgrader_export.fixed_files(ROOT)
    rubric: nbgrader_export.Rubric | None = None
    for solution_path in solutions:
        name = f"solutions/{solution_path.name}"
        try:
            solution = nbformat.read(solution_path, as_version=4)
            outputs[lesson_path(solution_path)] = _render(student_version(solution, name))
            if solution_path.match(LESSON_KEYS):
                rubric = rubric or nbgrader_export.Rubric.from_guide(ROOT / "INSTRUCTORS.md")
                outputs[nbgrader_export.source_path(ROOT, solution_path)] = _render(nbgrader_export.source_notebook(solution, rubric, name))
        except BuildError as err:
            problems.append(str(err))
            continue
        problems += key_problems(solution, name)
    problems += [problem for target, text in outputs.items() if (problem := _sync(target, text, check))]
    for documents, replace, differs in GENERATED_SECTIONS:
        for name in documents:
            path = ROOT / name
            current = path.read_text(encoding="utf-8")
            wanted = replace(current)
            if current != wanted:
                if check:
                    problems.append(f"{name}: {differs}: run `python -m medialit.build`.")
                else:
                    path.write_text(wanted, encoding="utf-8")
    expected = {lesson_path(p).name for p in solutions}
    for orphan in sorted(p.name for p in LESSONS.glob("*.ipynb") if p.name not in expected):
        problems.append(f"lessons/{orphan} has no solutions/{orphan}: lessons are generated, so remove it or add its solution.")
    return problems + nbgrader_export.orphans(ROOT, [path for path in solutions if path.match(LESSON_KEYS)])


def tidy_outputs(notebook: nbformat.NotebookNode, work_dir: Path | None = None) -> nbformat.NotebookNode:
    """Keep stored answer-key outputs small and stable: no widget model ids or widget state, no timings.

    The build's temporary work folder (``work_dir``) is shown as ``my_work``, as a learner's is. A cell marked
    ``# NBVAL_IGNORE_OUTPUT`` shows what depends on the installation (the practice articles an instructor
    added, the learner's files), so it is no answer key: its output is not stored, and can never go stale.
    """
    def as_learner_sees(text):
        return text.replace(str(work_dir.resolve()), "my_work") if work_dir and isinstance(text, str) else text

    for cell in notebook.cells:
        if cell.cell_type != "code":
            continue
        cell.metadata.pop("execution", None)
        if cell.source.split("\n", 1)[0].strip() == "# NBVAL_IGNORE_OUTPUT":
            cell.outputs = []
        for output in cell.get("outputs", []):
            output.get("data", {}).pop(WIDGET_VIEW, None)
            for mime, value in output.get("data", {}).items():
                output["data"][mime] = as_learner_sees(value)
            if "text" in output:
                output["text"] = as_learner_sees(output["text"])
        cell.outputs = _joined_streams(cell.get("outputs", []))
    notebook.metadata.pop("widgets", None)
    return notebook


def _joined_streams(outputs: list) -> list:
    """Consecutive pieces of one stream as one output: the kernel may flush a print's text and its newline apart, and
    the stored answer key must not change with that timing (nbval joins them the same way before comparing)."""
    joined: list = []
    for output in outputs:
        previous = joined[-1] if joined else None
        if (output.get("output_type") == "stream" and previous is not None and previous.get("output_type") == "stream"
                and previous.get("name") == output.get("name")):
            previous["text"] = "".join(previous["text"]) + "".join(output["text"])
        else:
            joined.append(output)
    return joined


def execute(paths: list[Path], timeout: int = 600) -> None:
    """Re-run answer keys top to bottom in this environment and store their outputs (the answer key)."""
    import tempfile

    try:
        import vl_convert  # noqa: F401  (the static SVG beside each chart, medialit/static_charts.py)
        from nbclient import NotebookClient
    except ImportError as err:
        raise SystemExit(f"Re-running answer keys needs the build tools ({err.name} is missing): install them with "
                         "`.venv/bin/pip install -r requirements-test.txt`, then run the build again.") from None

    os.environ.setdefault("PYTHONHASHSEED", "0")
    # Answer keys save learner files (lesson 05's ledger, every checked answer); keep them out of the instructor's own
    # my_work/, and start each key as a new learner in an empty folder, as the tests run it (conftest.py), so a name
    # or answers saved by one key never change another's outputs.
    chosen = os.environ.get("MEDIALIT_WORK_DIR")
    for path in paths:
        work_dir = Path(chosen) if chosen else Path(tempfile.mkdtemp(prefix="medialit-build-"))
        os.environ["MEDIALIT_WORK_DIR"] = str(work_dir)
        notebook = nbformat.read(path, as_version=4)
        NotebookClient(notebook, timeout=timeout, kernel_name="python3", resources={"metadata": {"path": str(path.parent)}}).execute()
        nbformat.write(add_static_svgs(tidy_outputs(notebook, work_dir)), path)
        print(f"executed {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m medialit.build", description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="only check that lessons/ and nbgrader/ are up to date")
    parser.add_argument("--execute", nargs="*", metavar="SOLUTION", help="re-run these answer keys (all if none given) first")
    parser.add_argument("--check-case-study", action="store_true",
                        help="only report which lesson needs which data feature, and whether data/ has it")
    args = parser.parse_args(argv)
    if args.check_case_study:
        from .contract import case_study_report, report_lines

        findings = case_study_report()
        print("\n".join(report_lines(findings)))
        return 0 if all(f.present for f in findings) else 1
    if args.execute is not None:
        paths = [Path(p).resolve() for p in args.execute] or answer_keys()
        execute(paths)
    problems = build(check=args.check)
    for problem in problems:
        print(problem, file=sys.stderr)
    if not problems:
        count = len(answer_keys())
        print("lessons/ and nbgrader/ are up to date." if args.check else f"wrote {count} lesson(s) to lessons/ and nbgrader/source/")
    return 1 if problems else 0


if __name__ == "__main__":
    # Run the package's copy of this module, the one nbgrader_export imports, so both share one BuildError.
    from medialit.build import main

    sys.exit(main())
