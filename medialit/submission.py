"""A learner's submission: who is answering, every answer they check, and the CSV file a teacher collects.

``ml.check`` records each attempt here (demonstrations pass ``record=False``) and, once the learner has a name, saves
it at once in ``<work folder>/medialit-answers-<learner>.csv``, one row per exercise, merged with what earlier sessions
and other open lessons wrote, so no kernel's answers are lost; ``ml.export_answers()`` does the same save on request
(and saves a nameless session's answers as ``anonymous``). ``ml.move_answers("Old Name")`` brings the answers saved
under another name of the learner's (a typo corrected later) into the current name's file and moves the old file aside.
The columns and their meaning are fixed (CONTRACTS.md, B) because the gradebook and the hub read them.
The learner's name comes from ``ml.set_learner`` (kept in the work folder for later lessons and kernels),
else ``$MEDIALIT_LEARNER``, else ``$JUPYTERHUB_USER``.
"""
from __future__ import annotations

import hashlib
import json
import os
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, replace
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Callable

from .answers import Note, _is_mask, column_description
from .course import COURSE_VERSION

__all__ = [
    "COLUMNS", "Attempt", "set_learner", "current_learner", "learner_and_source", "name_problem", "safe_learner",
    "answers_path", "short_repr", "answer_json", "record", "keeps_earlier_right", "answers_table", "export_answers",
    "move_answers",
]

COLUMNS = ("learner", "lesson", "exercise_id", "answer", "correct", "misconception", "attempts", "checked_at", "course_version")
#: The columns written: ``COLUMNS`` (which every reader requires, so older files stay readable) and ``last_try``, the
#: latest answer when it was wrong after a right one, which stays saved (empty otherwise).
FILE_COLUMNS = COLUMNS + ("last_try",)
#: What the learner reads when a wrong try leaves a right answer saved.
KEPT_RIGHT_NOTE = "This wrong try was noted, but it did not replace your saved answer."
#: Environment variables that name the learner, in the order they are tried after a name set in the course,
#: each with how a learner would recognise it.
LEARNER_ENV = {"MEDIALIT_LEARNER": "set for this course", "JUPYTERHUB_USER": "your JupyterHub username"}
#: Where ``set_learner`` keeps the name, inside the work folder, so that later lessons and kernels know it.
LEARNER_FILE = "medialit-learner.txt"
MAX_NAME_CHARS = 100
MAX_SAFE_CHARS = 60
#: Hex digits of the hash that keeps apart names ASCII cannot spell.
HASH_CHARS = 8
MAX_ANSWER_CHARS = 10_000
#: Largest answers file a check reads back before saving (one row per exercise of at most MAX_ANSWER_CHARS is far less).
MAX_FILE_BYTES = 5_000_000
ANONYMOUS = "anonymous"
#: What ``move_answers`` adds to the name of the file it moved aside: the gradebook reads only files ending in .csv or .zip,
#: and a teacher collecting ``medialit-answers-*.csv`` files does not pick it up.
MOVED_SUFFIX = ".moved"
#: How many other answers files in the work folder an export looks at to say which answers it does not hold.
MAX_OTHER_FILES = 20


def _utc_now() -> datetime:
    return datetime.now(timezone.utc)


#: The clock attempts are stamped with; tests put a fixed one here so that files are deterministic.
clock: Callable[[], datetime] = _utc_now


@dataclass(frozen=True)
class Attempt:
    """The answer kept for one exercise in this session (the latest, or a right one a later wrong try does not
    replace, with that try in ``last_try``), and how many times it was checked."""

    exercise_id: str
    answer: str
    correct: bool | None
    misconception: str | None
    attempts: int
    checked_at: str
    last_try: str = ""

    def row(self, learner: str) -> dict[str, str]:
        """This attempt as a row of the submission file (every cell as text)."""
        return {
            "learner": learner, "lesson": self.exercise_id.split(".")[0], "exercise_id": self.exercise_id,
            "answer": self.answer, "correct": {True: "true", False: "false", None: ""}[self.correct],
            "misconception": self.misconception or "", "attempts": str(self.attempts),
            "checked_at": self.checked_at, "course_version": COURSE_VERSION, "last_try": self.last_try,
        }


_session_learner: str | None = None
_log: dict[str, Attempt] = {}
# How many of this session's attempts at each exercise are already in each file, so exporting twice in one
# session does not count them twice: (file, exercise id) -> attempts written.
_written: dict[tuple[str, str], int] = {}
# The rows last saved in each answers file, with the file's (inode, mtime, size) just after: a check that finds the
# file as it left it merges with these instead of reading it again; one another kernel has written since is read.
_saved_rows: dict[str, tuple[tuple[int, int, int], dict[str, dict[str, str]]]] = {}
# Notes already shown this session (each is said once, not after every check).
_said: set[str] = set()

NO_NAME_NOTE = ('Your answers are kept only until this notebook is closed: run ml.set_learner("Your Name") (or use '
                "lesson 00's name box), and every answer you check is saved in your work folder.")


# -- the learner ---------------------------------------------------------------------------------------------

def name_problem(name: object) -> str | None:
    """One plain sentence saying why ``name`` cannot be used as a learner's name, or None if it can."""
    if not isinstance(name, str):
        return 'Type your name as text in quotation marks, for example ml.set_learner("Ada Lovelace").'
    if len(name) > 10 * MAX_NAME_CHARS or len(_tidy(name)) > MAX_NAME_CHARS:
        return f"That name is {len(name):,} characters long; use at most {MAX_NAME_CHARS}."
    if not _tidy(name):  # nothing but spaces and invisible marks
        return "Type your name first: the name your teacher knows you by."
    if any(unicodedata.category(ch) in ("Cc", "Cs") for ch in name if ch not in " \t\n"):
        return "A name cannot hold control characters; type it with ordinary letters."
    if not any(ch.isalnum() for ch in name):
        return "A name needs at least one letter or digit."
    return None


#: Invisible characters a name may hold that change only how it is shown: the bidirectional marks, embeddings, overrides
#: and isolates (U+202E shows the rest of a line reversed), zero-width space, word joiner and byte-order mark. They are
#: dropped, keeping the name the learner meant. The zero-width (non-)joiners U+200C/U+200D are kept: in Persian,
#: Indic scripts and emoji they are part of how a name is spelled.
_INVISIBLE = re.compile("[\u061c\u200b\u200e\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]")


def _tidy(name: str) -> str:
    return " ".join(_INVISIBLE.sub("", unicodedata.normalize("NFC", name)).split())


def safe_learner(name: str | None) -> str:
    """The learner's name as it appears in a file name: lower-case ASCII letters, digits, ``-`` and ``_``.

    Accents are dropped (Zoë -> zoe), every other run of characters becomes ``-``, at most 60 characters,
    ``anonymous`` if no name is given. A name with letters of another script (李雷, Мария Иванова), which ASCII
    cannot spell, keeps what ASCII can of it followed by a short hash of the whole name, so that two such
    learners never share one file; names in Latin letters keep the file names they always had.
    """
    ascii_name = unicodedata.normalize("NFKD", name or "").encode("ascii", "ignore").decode("ascii").lower()
    safe = re.sub(r"[^a-z0-9_-]+", "-", ascii_name)[:MAX_SAFE_CHARS]
    if not name or _spelled_in_latin(name):
        return safe or ANONYMOUS
    digest = hashlib.sha256(_tidy(name).casefold().encode("utf-8", "surrogatepass")).hexdigest()[:HASH_CHARS]
    readable = safe.strip("-")[:MAX_SAFE_CHARS - HASH_CHARS - 1].rstrip("-")
    return f"{readable}-{digest}" if readable else digest


def _spelled_in_latin(name: str) -> bool:
    """Whether every letter and digit of a name is ASCII or a Latin letter (é, ø, ß), as file names always held them."""
    return all(ch.isascii() or unicodedata.name(ch, "").startswith("LATIN ")
               for ch in unicodedata.normalize("NFKD", name) if ch.isalnum())


def _same_learner(one: str | None, other: str | None) -> bool:
    """Whether two names are one learner's: spacing and case do not matter ("ada  Example" is "Ada Example")."""
    return _tidy(one or "").casefold() == _tidy(other or "").casefold()


def _saved_learner_file() -> Path:
    from .storage import work_dir

    return work_dir() / LEARNER_FILE


def _saved_learner() -> str | None:
    try:
        with open(_saved_learner_file(), encoding="utf-8") as file:
            name = file.read(4 * MAX_NAME_CHARS)
    except (OSError, UnicodeDecodeError, ValueError):
        return None
    return _tidy(name) if name_problem(name) is None else None


def learner_and_source() -> tuple[str | None, str]:
    """The learner's name and where it came from, in the order the course tries them."""
    if _session_learner is not None:
        return _session_learner, "set in this session"
    saved = _saved_learner()
    if saved is not None:
        return saved, "saved in your work folder"
    for variable, source in LEARNER_ENV.items():
        value = os.environ.get(variable, "")
        if name_problem(value) is None:
            return _tidy(value), source
    return None, "not set"


def current_learner() -> str | None:
    """The learner's name: set with ``set_learner``, else saved earlier, else ``$MEDIALIT_LEARNER``, else ``$JUPYTERHUB_USER``."""
    return learner_and_source()[0]


def answers_path(learner: str | None = None) -> Path:
    """Where ``export_answers`` writes: ``<work folder>/medialit-answers-<safe learner>.csv``."""
    from .storage import work_dir

    return work_dir() / f"medialit-answers-{safe_learner(learner if learner is not None else current_learner())}.csv"


def set_learner(name: str) -> Note:
    """Put your name on your answers, for this session and (kept in your work folder) for later lessons.

    Returns one sentence, shown as plain text: what your answers file will be called, or why the name cannot be used.
    """
    return Note(_set_learner(name))


def _set_learner(name: str) -> str:
    global _session_learner
    from .storage import StorageError, atomic_write_text

    problem = name_problem(name)
    if problem is not None:
        return problem
    before = current_learner()
    _session_learner = _tidy(name)
    message = (f"Thank you, {_session_learner}: every answer you check is saved as "
               f"{answers_path(_session_learner).name} in your work folder.")
    if before is not None and not _same_learner(before, _session_learner):
        _log.clear()  # those attempts are {before}'s, already saved in their file; the new learner starts counting at 0
        _written.clear()  # and none of the new count is in any file yet (else a return to {before} would count too few)
        from .lateral import reset_desk

        reset_desk()  # so are the results opened so far (their desk log keeps them): the new learner starts a new list
        old_file = answers_path(before)
        message += f" Answers checked as {before} stay in {old_file.name}"
        if old_file != answers_path(_session_learner) and old_file.is_file():
            message += (f"; if {before} was a typo for this name, run ml.move_answers({_quoted(before)}) to bring them "
                        "here.")
        else:
            message += "."
    try:
        atomic_write_text(_saved_learner_file(), _session_learner + "\n", keep_backup=False)
    except StorageError as err:
        return f"{message} Your name could not be kept for later lessons: {err}"
    note = _save_checked() if _log else ""  # answers checked before the name was set
    if _log and not note and before is None:
        note = _retire_anonymous()
    return f"{message} {note}" if note else message


def _retire_anonymous() -> str:
    """Once a nameless session's answers are saved under the name just set: the anonymous file, if it holds only what this
    session exported there (so all of it is in the named file now), is renamed as ``move_answers`` renames, so that a
    teacher does not collect a nameless copy beside the named one. One sentence, or "" if it holds anything else."""
    source = answers_path(ANONYMOUS)
    key = str(source)
    known = _saved_rows.get(key)
    if source == answers_path(current_learner()) or known is None or known[0] != _signature(source):
        return ""
    if any(str(row.get("learner", "")).strip() or _count(str(row.get("attempts", ""))) != _written.get((key, exercise_id))
           for exercise_id, row in known[1].items()):
        return ""  # answers of an earlier session, or another kernel's: move_answers("anonymous") is the learner's call
    moved = _moved_name(source)
    try:
        os.rename(source, moved)
    except OSError:
        return ""
    _forget(source)
    return (f"The answers you exported without a name are in that file too, so {source.name} is renamed {moved.name}, "
            "which a teacher collecting medialit-answers-*.csv files leaves out.")


def _forget(path: Path) -> None:
    """Drop what this session knows of a file it has moved aside."""
    _saved_rows.pop(str(path), None)
    for key in [key for key in _written if key[0] == str(path)]:
        del _written[key]


# -- the attempt log -----------------------------------------------------------------------------------------

def short_repr(value: object, limit: int = 500) -> str:
    """What the learner answered, as one line of text of at most ``limit`` characters; never fails."""
    try:
        text = repr(value)
    except Exception:  # e.g. an int with more digits than Python will print
        text = f"<a {type(value).__name__} that cannot be shown>"
    return " ".join(text[: limit * 2].split())[:limit]


def _jsonable(value: Any) -> Any:
    """Turn what json cannot write into what it can: pandas Series as dicts, numpy values as numbers or lists."""
    try:
        if hasattr(value, "to_dict") and not hasattr(value, "columns"):
            return {str(key): item for key, item in value.to_dict().items()}
        if type(value).__module__.startswith("numpy"):  # numpy scalars and arrays
            return value.tolist()
        if isinstance(value, (set, frozenset)):
            return sorted(value, key=str)
    except Exception:  # an object that only looks convertible
        pass
    return short_repr(value, 200)


def answer_json(answer: Any) -> str:
    """The answer as JSON text that ``json.loads`` gives back; anything else as a JSON string of its short repr.

    A True/False column is kept as its description ("<a column of True/False for 62 rows>"): its dozens of entries
    tell a teacher less than what kind of answer it was."""
    if _is_mask(answer) and getattr(answer, "ndim", 1) == 1:
        return json.dumps(f"<{column_description(answer)}>")
    text = _full_json(answer)
    if len(text) > MAX_ANSWER_CHARS:
        return json.dumps(f"<answer of {len(text):,} characters, too long to keep>")
    return text


def shortened(answer: Any) -> str:
    """A short copy of a value too long to keep whole in the answers file (a whole table's counts, a long list): what kind
    of value it was and how it begins, so that a teacher sees what was checked; a text answer is refused instead."""
    from .answers import a_kind

    size = f" of {len(answer):,} items" if hasattr(answer, "__len__") else ""
    return f"<{a_kind(answer)}{size}, too long to keep whole: {short_repr(answer, 300)}>"


def fits_in_answers_file(answer: Any) -> bool:
    """Whether the answer is kept whole in the answers file (a longer one would be stored as a placeholder)."""
    if isinstance(answer, (dict, list, tuple, set, frozenset)) and len(answer) > MAX_ANSWER_CHARS // 2:
        return False  # every item takes at least two characters of JSON: no need to write a million of them first
    return len(_full_json(answer)) <= MAX_ANSWER_CHARS


def _full_json(answer: Any) -> str:
    try:
        text = json.dumps(answer, default=_jsonable, allow_nan=False, ensure_ascii=False)
        text.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate: keep it, escaped
        text = json.dumps(answer, default=_jsonable, allow_nan=False)
    except Exception:  # NaN, keys json cannot write, huge integers, deep nesting
        text = json.dumps(short_repr(answer, 200), ensure_ascii=False)
    return text


def _timestamp() -> str:
    return clock().astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def record(exercise_id: str, answer: Any, correct: bool | None, misconception: str | None) -> str:
    """Log one checked answer (the latest replaces the one before, the count of attempts goes up) and save the answers file.

    A wrong try never replaces a right answer: the right one stays, and the try is noted in ``last_try``.
    Without a learner's name the answer is kept in memory only. Returns "" or one sentence the learner should read
    (no name yet, or the file could not be saved), and prints it the first time it comes up in this session.
    """
    earlier = _log.get(exercise_id)
    attempt = Attempt(exercise_id, answer_json(_as_saved(exercise_id, answer)), correct, misconception,
                      (earlier.attempts if earlier else 0) + 1, _timestamp())
    if earlier is not None and _kept(earlier.correct, earlier.answer) and correct is False:
        attempt = replace(earlier, attempts=attempt.attempts, last_try=attempt.answer)
    _log[exercise_id] = attempt
    note = _save_checked() if current_learner() is not None else NO_NAME_NOTE
    if note and note not in _said:
        _said.add(note)
        print(note)
    return note


def _as_saved(exercise_id: str, answer: Any) -> Any:
    """A list exercise's answer given as a column (01.10's ``shown[...]`` without ``.tolist()``) as its list of values, which
    is what was judged: saved as a column, its row labels (pandas' positions from 0, beside line numbers) would read as
    part of the answer. A True/False column is left to ``answer_json``, which describes it; other answers are kept as given."""
    from .exercises import get_exercise

    try:
        kind = get_exercise(exercise_id).kind
    except KeyError:
        return answer
    if kind == "choices" and getattr(answer, "ndim", 0) == 1 and hasattr(answer, "tolist") and not _is_mask(answer):
        return answer.tolist()
    return answer


def _kept(correct: bool | None, answer: str) -> bool:
    """Whether a saved answer outranks a later wrong try: a right one, or a written one noted for the teacher (no mark)."""
    return correct is True or (correct is None and answer not in ("", "null", "nan"))


def keeps_earlier_right(exercise_id: str) -> bool:
    """Whether the latest try at this exercise was wrong while a right answer to it stays saved (this session's or the file's)."""
    attempt = _log.get(exercise_id)
    if attempt is None or (_kept(attempt.correct, attempt.answer) and not attempt.last_try):
        return False
    if _kept(attempt.correct, attempt.answer):
        return True
    learner = current_learner()
    saved = _saved_rows.get(str(answers_path(learner))) if learner is not None else None
    row = saved[1].get(exercise_id, {}) if saved is not None else {}
    was = {"true": True, "false": False}.get(str(row.get("correct", "")).lower())
    return attempt.correct is False and bool(row) and _kept(was, str(row.get("answer", "")))


def _save_checked() -> str:
    """Save this session's answers in the learner's file after a check; "" or one sentence saying why not.

    A file there that this course cannot read is left alone (``export_answers`` would keep it as .bak once, but a
    save after every check would soon overwrite that backup too).
    """
    from .storage import StorageError, display_path

    learner = current_learner()
    path = answers_path(learner)
    try:
        rows = _earlier_rows(path, strict=True)
        _save(learner, path, rows)
    except OtherLearnersFile as err:
        return f"Your answers are kept in this session but not saved: {err}"
    except StorageError as err:
        return (f"Your answers are kept in this session but not saved: {err} Rename {display_path(path)} "
                "or run ml.export_answers() to save them anyway (the file is then kept as .bak).")
    return ""


def answers_table():
    """This session's attempts as the submission file's rows (a pandas DataFrame), in course order."""
    import pandas as pd

    learner = current_learner() or ""
    rows = [_log[exercise_id].row(learner) for exercise_id in _in_course_order(_log)]
    return pd.DataFrame(rows, columns=list(FILE_COLUMNS))


def _in_course_order(exercise_ids) -> list[str]:
    from .exercises import list_exercises

    order = {exercise_id: i for i, exercise_id in enumerate(list_exercises())}
    return sorted(exercise_ids, key=lambda i: (order.get(i, len(order)), i))


def _signature(path: Path) -> tuple[int, int, int] | None:
    try:
        stat = path.stat()
    except OSError:
        return None
    return stat.st_ino, stat.st_mtime_ns, stat.st_size


def _earlier_rows(path: Path, strict: bool = False) -> dict[str, dict[str, str]]:
    """The rows an earlier session (or another open lesson) wrote to the file; none if it is missing.

    A file this course cannot read gives none too (``save_csv`` keeps it as .bak), or with ``strict`` a StorageError.
    A file just as this session last saved it is not read again.
    """
    from .storage import StorageError, display_path, read_csv

    signature = _signature(path)
    if signature is None:
        return {}
    known = _saved_rows.get(str(path))
    if known is not None and known[0] == signature:
        _refuse_other_learners(path, known[1])  # saved under another name earlier in this kernel
        return dict(known[1])
    if strict and signature[2] > MAX_FILE_BYTES:
        raise StorageError(f"{display_path(path)} is {signature[2]:,} bytes, far more than an answers file holds.")
    try:
        earlier = read_csv(path, required=("exercise_id", "attempts", "checked_at"))
    except StorageError:
        if strict:
            raise
        return {}
    rows = {row["exercise_id"]: row for row in earlier.to_dict("records")}
    _refuse_other_learners(path, rows)
    return rows


class OtherLearnersFile(Exception):
    """The answers file at this learner's path holds another learner's answers; the message says what to do."""


def _refuse_other_learners(path: Path, rows: dict[str, dict[str, str]]) -> None:
    """Raise ``OtherLearnersFile`` if a row of the file names another learner: their answers are never merged with these
    (two names that give one file name, or a file copied from a classmate). A row naming nobody is nobody's claim."""
    from .storage import display_path

    learner = current_learner()
    names = (str(row.get("learner", "")) for row in rows.values())
    other = next((name for name in names if name.strip() and not _same_learner(name, learner)), None)  # "": nobody's claim
    if other is not None:
        whose = " ".join(other.split())[:MAX_SAFE_CHARS]
        raise OtherLearnersFile(
            f"{display_path(path)} holds the answers of {whose}, not yours, so nothing was saved "
            f'in it: set a name that tells you apart, e.g. with your surname or class: ml.set_learner("Your Name").')


def _merged_row(mine: dict[str, str], theirs: dict[str, str]) -> dict[str, str]:
    """Of this session's row and the file's for one exercise, the one to keep: the later, unless it is wrong and the
    other right; then the right one stays, with the later answer as its ``last_try``."""
    latest, other = (mine, theirs) if mine["checked_at"] >= str(theirs.get("checked_at", "")) else (theirs, mine)
    kept = {"true": True, "false": False}.get(str(other.get("correct", "")).lower())
    if _kept(kept, str(other.get("answer", ""))) and str(latest.get("correct", "")) == "false":
        return {**other, "last_try": str(latest.get("answer", ""))}
    return latest


def _count(text: str) -> int:
    return int(text) if text.isdigit() else 1


def export_answers() -> Note:
    """Save your checked answers for your teacher as ``medialit-answers-<your name>.csv`` in your work folder.

    One row per exercise: your latest answer, whether it was right, and how many times you checked it.
    Answers from earlier sessions already in the file are kept. Returns one sentence saying where it went, which a
    notebook shows as plain text (a file path in it as it is written, not as a Python string with escapes).
    """
    return Note(_export())


def _answers(count: int) -> str:
    return f"{count} answer" if count == 1 else f"{count} answers"


def _quoted(name: str) -> str:
    """A name as a Python string to type back ("Ada Exmaple"); json's escapes are Python's for what a name may hold."""
    return json.dumps(name, ensure_ascii=False)


def _export() -> str:
    from .storage import StorageError, display_path

    learner = current_learner()
    path = answers_path(learner)
    try:
        if not _log:
            earlier = _earlier_rows(path) if learner is not None else {}
            if earlier:  # saved earlier, or this session before another learner's name was set and this one's again
                return (f"Your answers file, {display_path(path)}, is already up to date ({_answers(len(earlier))})."
                        + _left_behind(learner, path))
            return "No answers checked yet in this session: run some ml.check(...) cells first."
        saved = _save(learner, path, _earlier_rows(path))
    except (StorageError, OtherLearnersFile) as err:
        return str(err)
    if saved.unchanged and learner is not None:
        return (f"Your answers file, {display_path(path)}, is already up to date ({_answers(saved.rows or 0)})."
                + _left_behind(learner, path))
    if learner is None:
        return (f'{saved.message} It has no name on it: run ml.set_learner("Your Name") (or lesson 00\'s name box) in this '
                "notebook, and the answers checked in it are saved under your name.")
    return saved.message + _left_behind(learner, path)


def _left_behind(learner: str, path: Path) -> str:
    """A space and one sentence naming an answers file in the work folder that holds answers saved under another name (or
    none), which this learner's file does not hold, and how to bring them along if the name was theirs; "" if none.

    At most ``MAX_OTHER_FILES`` files are looked at, none larger than an answers file can be; any that cannot be read is
    passed over (this is a reminder, not a check)."""
    from .storage import StorageError, read_csv

    pattern = re.compile(r"medialit-answers-[a-z0-9_-]{1,%d}\.csv" % MAX_SAFE_CHARS)
    try:
        with os.scandir(path.parent) as entries:
            names = sorted(entry.name for entry in entries if pattern.fullmatch(entry.name) and entry.name != path.name
                           and entry.is_file() and entry.stat().st_size <= MAX_FILE_BYTES)
    except OSError:
        return ""
    found: list[tuple[str, str, int]] = []  # (file name, the name its answers were saved under, how many)
    for name in names[:MAX_OTHER_FILES]:
        try:
            table = read_csv(path.parent / name, required=("learner", "exercise_id"))
        except StorageError:
            continue
        owners = {_tidy(str(owner)) for owner in table["learner"] if str(owner).strip()}
        owner = owners.pop() if len(owners) == 1 else ANONYMOUS if not owners else None
        if owner is None or _same_learner(owner, learner) or answers_path(owner).name != name or not len(table):
            continue
        found.append((name, owner, table["exercise_id"].nunique()))
    if not found:
        return ""
    name, owner, count = found[0]
    saved_as = "without a name" if owner == ANONYMOUS else f"as {owner}"
    more = f" (and {len(found) - 1} more file{'s' if len(found) > 2 else ''} like it)" if len(found) > 1 else ""
    return (f" Your work folder also holds {name}, {_answers(count)} saved {saved_as} that this file does not hold{more}: "
            f"if they are yours, run ml.move_answers({_quoted(owner)}) to bring them here.")


def move_answers(from_name: str) -> Note:
    """Bring the answers saved under another name of yours (one you mistyped, say) into your answers file.

    Each exercise is merged as every save merges it: the later answer is kept, unless it is wrong and the other is
    right (then the right one stays, with the wrong try noted beside it), and the attempts add up. The old file is then
    renamed ``...csv.moved``, which the gradebook and a teacher collecting ``medialit-answers-*.csv`` files leave out.
    ``ml.move_answers("anonymous")`` brings the answers saved without a name. If the merged file cannot be written,
    both files stay as they were. Returns one sentence saying what was done, or why nothing was.
    """
    return Note(_move_answers(from_name))


def _move_answers(from_name: object) -> str:
    from .storage import StorageError, display_path, read_csv, resolve

    example = 'for example ml.move_answers("Ada Exmaple")'
    if not isinstance(from_name, str) or not from_name.strip():
        return f"Type the name the answers were saved under, as text in quotation marks, {example}."
    problem = name_problem(from_name)
    if problem is not None:
        return problem
    learner = current_learner()
    old = _tidy(from_name)
    if learner is None:
        return (f'Set your own name first, with ml.set_learner("Your Name"); then ml.move_answers({_quoted(old)}) brings '
                "the answers saved under that name to yours.")
    if _same_learner(old, learner):
        return (f"Your answers are saved as {learner} already: give the other name, the one the answers to bring here "
                f"were saved under, {example}.")
    source, target = answers_path(old), answers_path(learner)
    if source == target:
        return f"{old} and {learner} share one answers file, {target.name}, so there is nothing to move."
    try:
        resolve(source)  # inside the work folder, even through a symlink
        if not source.is_file():
            if source.with_name(source.name + MOVED_SUFFIX).exists():
                return (f"The answers saved as {old} were moved already: {source.name} is now "
                        f"{source.name}{MOVED_SUFFIX} in your work folder, so there is nothing more to move.")
            return (f"There is no answers file for {old} ({source.name}) in your work folder, so nothing was moved: "
                    "check the name as it was typed then (set_learner's message gave the file's name).")
        if target.exists() and source.resolve() == target.resolve():
            return (f"{source.name} is a link to your own answers file, {target.name}, so its answers are in your file "
                    "already and nothing was moved.")
        if source.stat().st_size > MAX_FILE_BYTES:
            raise StorageError(f"{display_path(source)} is far larger than an answers file, so it is not one this course wrote.")
        table = read_csv(source, required=("learner", "exercise_id", "attempts", "checked_at"))
    except (StorageError, OSError) as err:
        return f"Nothing was moved: {err}"
    old_rows, skipped = _checked_rows(table.to_dict("records"))
    whose = next((str(name) for name in table["learner"] if str(name).strip() and not _same_learner(str(name), old)), None)
    if whose is not None:
        return (f"{source.name} holds the answers of {' '.join(whose.split())[:MAX_SAFE_CHARS]}, not of {old}, so nothing "
                "was moved.")
    left_out = _left_out(skipped)
    if not old_rows:
        return (f"{source.name} holds no answers{left_out or ''} that this course can use, so nothing was moved; it is left "
                "as it is.")
    try:
        rows = _earlier_rows(target, strict=True)
        merged = _merge_moved(rows, old_rows, str(source), str(target))
        size = sum(len(str(cell).encode("utf-8", "surrogatepass")) + 3 for row in rows.values() for cell in row.values())
        if size > MAX_FILE_BYTES:
            raise StorageError(f"{target.name} and {source.name} together would be larger than an answers file can be, "
                               f"{MAX_FILE_BYTES // 1_000_000} MB")
        saved = _save(learner, target, rows)
    except (StorageError, OtherLearnersFile) as err:
        return f"Nothing was moved: {err}"
    both = f", {merged} of them merged with your answer to the same exercise" if merged else ""
    is_are = "is" if len(old_rows) == 1 else "are"
    moved = _moved_name(source)
    try:
        os.rename(source, moved)
    except OSError as err:
        already = _moved_already(source) if isinstance(err, FileNotFoundError) else None
        if already is None:
            return (f"The {_answers(len(old_rows))} saved as {old} {is_are} now in {target.name} too "
                    f"({_answers(saved.rows or 0)}), but {source.name} could not be renamed "
                    f"({err.strerror or 'the system refused'}): rename or delete it, so that your teacher does not collect "
                    "it as another learner's.")
        return (f"The {_answers(len(old_rows))} saved as {old} {is_are} in {target.name} ({_answers(saved.rows or 0)}), and "
                f"{source.name} was moved already, by another open notebook, to {already.name} in your work folder"
                f"{left_out or ''}, so there is nothing more to do.")
    _forget(source)
    saved_as = "without a name" if old.casefold() == ANONYMOUS else f"as {old}"
    return (f"Moved {_answers(len(old_rows))} saved {saved_as} into {target.name}{both} ({_answers(saved.rows or 0)} "
            f"in it now), and renamed {source.name} to {moved.name} in your work folder{left_out or ''}, so a teacher "
            "collecting medialit-answers-*.csv files no longer takes it for another learner's.")


#: Characters no answers cell keeps: control characters (a NUL makes the whole file unreadable to the gradebook) and
#: lone surrogates; tabs and line breaks inside an answer are JSON-escaped when a check saves it, so they go too.
_UNSAVED = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff]")
_TIMESTAMP = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ")
#: Longest cell kept from another file besides the answers (a misconception id, a course version).
MAX_OTHER_CELL = 200


def _checked_rows(records: list[dict]) -> tuple[dict[str, dict[str, str]], Counter]:
    """Another file's rows as a check would have written them, by exercise id, and how many were left out or changed, by
    reason: rows naming no exercise of this course or with a ``correct`` other than true/false/empty are left out; control
    characters are dropped from every cell, an answer longer than ``MAX_ANSWER_CHARS`` is kept as its length and
    beginning (as a check keeps a long value), attempts that are not a count are 1, a time that is not one is empty."""
    from .exercises import list_exercises

    known = set(list_exercises())
    rows: dict[str, dict[str, str]] = {}
    skipped: Counter = Counter()
    for record in records:
        cell = {column: _UNSAVED.sub("", str(record.get(column, ""))) for column in FILE_COLUMNS}
        exercise_id = cell["exercise_id"].strip()
        correct = cell["correct"].strip().lower()
        if exercise_id not in known:
            skipped["exercise"] += 1
            continue
        if correct not in ("true", "false", ""):
            skipped["correct"] += 1
            continue
        for column in ("answer", "last_try"):
            if len(cell[column]) > MAX_ANSWER_CHARS:
                skipped["long"] += 1
                cell[column] = json.dumps(f"<an answer of {len(cell[column]):,} characters, too long to keep whole: "
                                          f"{cell[column][:300]}>", ensure_ascii=False)
        attempts = cell["attempts"].strip()
        rows[exercise_id] = {
            **cell, "exercise_id": exercise_id, "lesson": exercise_id.split(".")[0], "correct": correct,
            "misconception": cell["misconception"].strip()[:MAX_OTHER_CELL],
            "attempts": attempts if attempts.isdigit() and len(attempts) < 7 and int(attempts) > 0 else "1",
            "checked_at": cell["checked_at"].strip() if _TIMESTAMP.fullmatch(cell["checked_at"].strip()) else "",
            "course_version": cell["course_version"].strip()[:MAX_OTHER_CELL],
        }
    return rows, skipped


def _left_out(skipped: Counter) -> str:
    """What ``_checked_rows`` left out or shortened, as a clause to add to the sentence ("" if nothing)."""
    parts = []
    if skipped["exercise"]:
        parts.append(f"{_rows(skipped['exercise'])} naming no exercise of this course")
    if skipped["correct"]:
        parts.append(f"{_rows(skipped['correct'])} whose 'correct' is neither true nor false")
    left = f" (left out: {' and '.join(parts)})" if parts else ""
    if skipped["long"]:
        kept = (f"{skipped['long']} answer{' was' if skipped['long'] == 1 else 's were'} longer than "
                f"{MAX_ANSWER_CHARS:,} characters and {'is' if skipped['long'] == 1 else 'are'} kept as {'its' if skipped['long'] == 1 else 'their'} length and beginning")
        left = f"{left[:-1]}; {kept})" if left else f" ({kept})"
    return left


def _rows(count: int) -> str:
    return f"{count} row" if count == 1 else f"{count} rows"


def _moved_already(source: Path) -> Path | None:
    """The name another kernel moved ``source`` aside to (the last of ``NAME.moved``, ``NAME.moved-2``...), or None."""
    found, number = None, 1
    candidate = source.with_name(source.name + MOVED_SUFFIX)
    while candidate.exists() and number < 1000:
        found = candidate
        number += 1
        candidate = source.with_name(f"{source.name}{MOVED_SUFFIX}-{number}")
    return found


def _merge_moved(rows: dict[str, dict[str, str]], old_rows: dict[str, dict[str, str]], source: str, target: str) -> int:
    """Merge another file's rows into ``rows`` as a save merges (``_merged_row``; attempts add up, less those of this
    session that both files already count); returns how many exercises both held."""
    both = 0
    for exercise_id, row in old_rows.items():
        theirs = {column: str(row.get(column, "")) for column in FILE_COLUMNS}
        mine = rows.get(exercise_id)
        if mine is None:
            rows[exercise_id] = theirs
            continue
        both += 1
        counted_twice = min(_written.get((source, exercise_id), 0), _written.get((target, exercise_id), 0))
        attempts = _count(str(mine.get("attempts", ""))) + _count(theirs["attempts"]) - counted_twice
        rows[exercise_id] = {**_merged_row(mine, theirs), "attempts": str(max(attempts, 1))}
    return both


def _moved_name(source: Path) -> Path:
    """The name the moved-aside file gets: ``NAME.moved``, or ``NAME.moved-2`` and on if that is taken."""
    moved = source.with_name(source.name + MOVED_SUFFIX)
    number = 1
    while moved.exists() or moved.is_symlink():
        number += 1
        moved = source.with_name(f"{source.name}{MOVED_SUFFIX}-{number}")
    return moved


def _save(learner: str | None, path: Path, rows: dict[str, dict[str, str]]):
    """Merge this session's attempts into ``rows`` (the file's), save them at ``path``; StorageError if it cannot."""
    import pandas as pd

    from .storage import save_csv

    key = str(path)
    for exercise_id, attempt in _log.items():
        mine, theirs = attempt.row(learner or ""), rows.get(exercise_id)
        if theirs is not None:
            earlier_attempts = max(_count(str(theirs.get("attempts", ""))) - _written.get((key, exercise_id), 0), 0)
            mine = {**_merged_row(mine, theirs), "attempts": str(earlier_attempts + attempt.attempts)}
        rows[exercise_id] = mine
    table = pd.DataFrame([[str(rows[i].get(column, "")) for column in FILE_COLUMNS] for i in _in_course_order(rows)],
                         columns=list(FILE_COLUMNS))
    table["learner"] = learner or ""
    saved = save_csv(table, path)
    _written.update({(key, exercise_id): attempt.attempts for exercise_id, attempt in _log.items()})
    signature = _signature(path)
    if signature is not None:
        _saved_rows[key] = (signature, {row["exercise_id"]: row for row in table.to_dict("records")})
    return saved
