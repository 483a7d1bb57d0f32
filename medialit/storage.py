"""Saving a learner's work so that nothing is lost: atomic writes, and a backup before anything is replaced.

A save writes a temporary file beside the target and moves it into place with ``os.replace``, so a crash or
a full disk leaves either the old file or the new one, never half of each. Before a file is replaced, its
previous version is kept as ``NAME.bak``. Problems come back as one plain sentence (``StorageError``).

Everything a learner or a widget saves goes inside the work folder (checked after following symlinks), so
no typed name can overwrite the course's own ``data/``, ``lessons/`` or ``solutions/``. Every CSV goes through
``save_csv``, which writes text cells a spreadsheet would run as formulas with a leading ``'`` (OWASP);
``read_csv`` takes it off again, so a table reads back exactly as it was saved.
"""
from __future__ import annotations

import csv
import io
import os
import re
import secrets
import time
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from .data import data_dir

__all__ = [
    "StorageError", "Saved", "work_dir", "course_dir", "locate", "resolve", "display_path", "atomic_write_text",
    "replace_named_file",
    "neutralise_cell", "restore_cell", "csv_text", "save_csv", "read_csv",
]

#: Set this environment variable to keep learner files somewhere else than ``my_work/`` (tests do).
WORK_DIR_ENV = "MEDIALIT_WORK_DIR"
#: Longest file name accepted, in bytes: most disks allow 255, and a save adds ``.bak`` or a temporary suffix.
MAX_NAME_BYTES = 200
#: Longest whole path accepted, in bytes (Linux allows 4096).
MAX_PATH_BYTES = 4000
#: The course's own folders, never written by anything a learner runs (even if the work folder is set to hold them).
COURSE_FOLDERS = ("data", "lessons", "solutions")
#: A temporary file a save left behind (the kernel was killed mid-save) is removed by a later save once it is
#: this old; a younger one may belong to a save still under way in another kernel.
STALE_TEMPORARY_SECONDS = 60
#: What a spreadsheet runs as a formula when a cell starts with it (OWASP's list for CSV injection).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# A cell needing a leading ' on writing: one that starts like a formula, possibly after quotes of its own
# (so "'=x" is written "''=x" and reads back as typed, not as "=x"). Possessive, so 1 MB of quotes is one pass.
_NEUTRALISED = re.compile("'*+[" + re.escape("".join(FORMULA_STARTS)) + "]")


class StorageError(OSError):
    """A file could not be read or written; the message is one plain sentence saying what to do."""


@dataclass(frozen=True)
class Saved:
    """What a save did: where the file is, how many rows it holds, and where the previous version went."""

    path: Path
    rows: int | None = None
    backup: Path | None = None
    unchanged: bool = False

    @property
    def message(self) -> str:
        where = display_path(self.path)
        what = f"{self.rows} row{'s' if self.rows != 1 else ''}" if self.rows is not None else "your work"
        if self.unchanged:
            return f"{where} is already up to date ({what}): nothing to save."
        if self.backup is not None:
            return f"Saved {what} to {where}; the previous version is kept as {display_path(self.backup)}."
        return f"Saved {what} to {where}."


def work_dir() -> Path:
    """The learner's folder: ``$MEDIALIT_WORK_DIR`` if set (made absolute), else ``my_work/`` beside ``data/`` (git ignores it).

    Where the course folder is read-only (installed system-wide on a shared server), ``~/medialit_work``.
    """
    override = os.environ.get(WORK_DIR_ENV, "").strip()
    if override:  # relative to where the course started, and ~ expanded: saves and reads must agree on one folder
        return Path(override).expanduser().absolute()
    course = course_dir()
    return course / "my_work" if os.access(course, os.W_OK) else Path.home() / "medialit_work"


def _file_name(path: object) -> Path:
    """The path a learner gave, or a plain sentence if no system could use it as a file name.

    Refused here, before any file is touched: None, numbers and lists; a NUL character (Python and every
    system refuse it); names too long for the disk, which also needs room for the ``.bak`` and temporary names.
    """
    name = os.fspath(path) if isinstance(path, os.PathLike) else path
    if not (isinstance(name, str) and name.strip()):
        raise StorageError(f"Give a file name, such as 'my_ledger.csv' (not {str(path)[:40]!r}).")
    if "\0" in name:
        raise StorageError("A file name cannot hold a NUL character (\\0); type a name such as 'my_ledger.csv'.")
    parts = Path(name).parts
    if len(name.encode("utf-8", "surrogatepass")) > MAX_PATH_BYTES or any(
            len(part.encode("utf-8", "surrogatepass")) > MAX_NAME_BYTES for part in parts):
        raise StorageError(f"A file name of {len(name)} characters is too long; choose a shorter one, such as 'my_ledger.csv'.")
    return Path(name)


def locate(path: str | os.PathLike) -> Path:
    """Where a name points, for reading: a bare or relative name in the learner's folder, an absolute path as given."""
    try:
        candidate = _file_name(path).expanduser()
    except RuntimeError:  # "~someone/..." for a user this system does not know
        raise StorageError(f"There is no home folder for {str(path)[:40]!r}; give a name inside my_work/ instead.") from None
    return candidate if candidate.is_absolute() else work_dir() / candidate


def resolve(path: str | os.PathLike) -> Path:
    """Where a file may be saved: inside the learner's folder after following symlinks, never in the course's own folders.

    "../data/claims.csv", "~/x.csv", an absolute path elsewhere or a symlink out of the folder are refused with
    one sentence saying where files go; an absolute path inside the work folder is accepted.
    """
    target = locate(path)
    folder = work_dir()
    home = folder.resolve()
    try:
        full = target.resolve()
    except (OSError, RuntimeError):  # a symlink loop
        raise StorageError(f"{str(path)[:40]!r} is a link that leads nowhere; save under a plain name such as 'my_ledger.csv'.") from None
    where = f"your work folder, {display_path(folder)}/"
    if full == home or not full.is_relative_to(home):
        raise StorageError(f"Files you save go in {where}: give a plain name such as 'my_ledger.csv', not {str(path)[:60]!r}.")
    course = course_dir()
    protected = {course / name for name in COURSE_FOLDERS} | {data_dir().resolve()}
    if any(full.is_relative_to(own) for own in protected):
        raise StorageError(f"The course's own files are never written by its notebooks, and {display_path(full)} is one of them; "
                           f"set {WORK_DIR_ENV} to a folder of your own.")
    return full


def course_dir() -> Path:
    """The folder holding the course (``data/``, ``lessons/``, ``my_work/``...)."""
    return data_dir().resolve().parent


def display_path(path: str | os.PathLike) -> str:
    """The path a learner recognises: relative to the course folder when the file is inside it, else in full."""
    try:
        full = Path(path).resolve()
    except (OSError, ValueError, RuntimeError):
        return str(path)
    try:
        return full.relative_to(course_dir()).as_posix()
    except ValueError:
        return str(full)


def _backup_path(path: Path) -> Path:
    return path.with_name(path.name + ".bak")


def _is_read_only(path: Path) -> bool:
    """True for a file nobody may write (the learner protected it), even when the course runs as root."""
    try:
        return path.is_file() and not path.stat().st_mode & 0o222
    except OSError:
        return False


def _remove_stale_temporaries(path: Path) -> None:
    """Delete what killed saves of this file left behind: ``.NAME.xxxxxxxx.tmp`` (also of its ``.bak``), once stale."""
    names = (path.name, _backup_path(path).name)
    pattern = re.compile("|".join(rf"\.{re.escape(name)}\.[0-9a-f]{{8}}\.tmp" for name in names))
    cutoff = time.time() - STALE_TEMPORARY_SECONDS
    try:
        with os.scandir(path.parent) as entries:
            stale = [entry.path for entry in entries if pattern.fullmatch(entry.name) and entry.is_file(follow_symlinks=False)
                     and entry.stat(follow_symlinks=False).st_mtime < cutoff]
    except OSError:
        return
    for name in stale:
        Path(name).unlink(missing_ok=True)


def _replace_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` to a temporary file in the same folder, flush it to disk, then move it over ``path``.

    The temporary file is created like any other file (the umask applies; ``tempfile.mkstemp`` would make it
    private), and a file being replaced keeps its permissions, so a saved ledger is as readable as before.
    """
    temporary = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
    handle = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(data)
            file.flush()
            os.fsync(file.fileno())
        if path.exists():
            os.chmod(temporary, path.stat().st_mode & 0o777)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def replace_named_file(target: Path, text: str) -> bool:
    """Write ``text`` at an exact path chosen by a teacher's tool (not the learner's folder), atomically.

    The previous version is kept as ``NAME.bak``; returns True when there was one. The caller decides where
    (the gradebook's ``--out`` folder), so the learners' confinement does not apply; errors are OSErrors.
    """
    kept = target.exists()
    if kept:
        _replace_atomically(_backup_path(target), target.read_bytes())
    _replace_atomically(target, text.encode("utf-8", errors="backslashreplace"))
    return kept


def atomic_write_text(path: str | os.PathLike, text: str, rows: int | None = None, keep_backup: bool = True) -> Saved:
    """Save ``text`` at ``path`` (relative names go to the learner's folder) atomically.

    With ``keep_backup`` the version being replaced is first kept as ``NAME.bak``; without it the ``.bak``
    is left as it is (autosave uses that to keep the ledger as it stood before the session began). A file the
    learner made read-only is never replaced, and temporary files left by a killed save are cleaned up.
    """
    target = resolve(path)
    where = display_path(target)
    data = text.encode("utf-8", errors="backslashreplace")  # a lone surrogate, which no UTF-8 file holds, as \\ud800
    try:
        if target.is_dir():
            raise IsADirectoryError
        if _is_read_only(target):
            raise StorageError(f"{where} is read-only, so it is left as it is; save under another name, or make it writable first.")
        target.parent.mkdir(parents=True, exist_ok=True)
        _remove_stale_temporaries(target)
        previous = target.read_bytes() if target.exists() else None
        if previous == data:
            return Saved(target, rows, unchanged=True)
        backup = None
        if previous is not None and keep_backup:
            backup = _backup_path(target)
            _replace_atomically(backup, previous)
        _replace_atomically(target, data)
    except StorageError:
        raise
    except IsADirectoryError:
        raise StorageError(f"{where} is a folder; give a file name such as 'my_ledger.csv'.") from None
    except PermissionError:
        raise StorageError(f"This course may not write to {where}; choose a file inside my_work/.") from None
    except (OSError, ValueError) as err:
        raise StorageError(f"Could not save {where} ({getattr(err, 'strerror', None) or 'the system refused'}); check the folder exists and the disk is not full.") from None
    return Saved(target, rows, backup)


def neutralise_cell(text: str) -> str:
    """A text cell as it is written to CSV: with a leading ``'`` if a spreadsheet would otherwise run it as a formula.

    "=HYPERLINK(...)" becomes "'=HYPERLINK(...)"; a cell already starting with quotes before such a character
    gets one more, so ``restore_cell`` gives every cell back exactly. Anything else is written as it is.
    """
    return "'" + text if _NEUTRALISED.match(text) else text


def restore_cell(text: str) -> str:
    """Undo ``neutralise_cell``: "'=x" reads back as "=x", "''=x" as "'=x"; every other cell is left as it is."""
    return text[1:] if text[:1] == "'" and _NEUTRALISED.match(text) else text


def _needs_guard(cells) -> bool:
    return any(isinstance(cell, str) and _NEUTRALISED.match(cell) for cell in cells)


def _neutralised(frame: pd.DataFrame, cells) -> pd.DataFrame:
    """The table with every text cell (and column name) neutralised; numbers stay numbers (-5 is not a formula).

    ``cells`` is the table as an object array. Only columns holding such a cell are rebuilt, and a table
    without any is returned as it is: autosave runs on every change, and copying through pandas is slow.
    """
    guarded = [position for position in range(cells.shape[1]) if _needs_guard(cells[:, position])]
    if not guarded and not _needs_guard(frame.columns):
        return frame
    safe = frame.copy()
    safe.columns = range(frame.shape[1])
    for position in guarded:
        safe[position] = pd.Series([neutralise_cell(cell) if isinstance(cell, str) else cell for cell in cells[:, position]],
                                   index=frame.index, dtype=object)
    safe.columns = [neutralise_cell(name) if isinstance(name, str) else name for name in frame.columns]
    return safe


def csv_text(frame: pd.DataFrame) -> str:
    """Exactly what ``save_csv`` writes for a table: UTF-8 CSV text, no index, ``\\n`` line endings, cells neutralised.

    Python's csv module quotes a carriage return inside a cell only when it is part of the line ending, and an
    unquoted one reads back as a line break; a table holding one is written with every text cell quoted. So is a
    one-column table holding a cell of spaces only, which would be a blank line that pandas skips on reading.
    """
    cells = frame.to_numpy(dtype=object)
    carriage_return = any(isinstance(cell, str) and "\r" in cell for cell in (*frame.columns, *cells.ravel()))
    blank_line = frame.shape[1] == 1 and any(isinstance(cell, str) and cell and not cell.strip() for cell in cells.ravel())
    buffer = io.StringIO()
    _neutralised(frame, cells).to_csv(buffer, index=False, lineterminator="\n",
                                      quoting=csv.QUOTE_NONNUMERIC if carriage_return or blank_line else csv.QUOTE_MINIMAL)
    return buffer.getvalue()


def save_csv(frame: pd.DataFrame, path: str | os.PathLike, keep_backup: bool = True) -> Saved:
    """Save a table as CSV (``csv_text``) in the learner's folder, atomically and keeping a backup; the one CSV writer."""
    if _file_name(path).suffix.lower() != ".csv":
        raise StorageError(f"Give the file a name ending in .csv, for example 'my_ledger.csv' (not {str(path)[:40]!r}).")
    return atomic_write_text(path, csv_text(frame), rows=len(frame), keep_backup=keep_backup)


def _restored(frame: pd.DataFrame) -> pd.DataFrame:
    """Undo ``_neutralised`` on a table read back as text: only cells starting with ``'`` are looked at."""
    frame.columns = [restore_cell(name) for name in frame.columns]
    for position in range(frame.shape[1]):
        column = frame.iloc[:, position]
        quoted = column.str.startswith("'")
        if quoted.any():
            frame.iloc[quoted.to_numpy().nonzero()[0], position] = column[quoted].map(restore_cell)
    return frame


def _check_row_widths(source: Path, where: str) -> None:
    """Refuse a table with a row wider than its header before pandas reads it: such a row made pandas build an index
    of thousands of levels (a 200 KB row took 90 s and 1 GB). One pass of the csv module, row by row."""
    limit = csv.field_size_limit(2**31 - 1)  # a cell may hold a megabyte sentence, as pandas reads it
    try:
        with open(source, newline="", encoding="utf-8") as handle:
            rows = csv.reader(handle)
            header = next(rows, [])
            for number, row in enumerate(rows, start=2):
                if len(row) > len(header):
                    raise StorageError(f"{where} is not a readable CSV table: row {number} has {len(row):,} cells but the header "
                                       f"has {len(header)}; restore it from {display_path(_backup_path(source))} if it has one.")
    finally:
        csv.field_size_limit(limit)


def read_csv(path: str | os.PathLike, required: tuple[str, ...] = ()) -> pd.DataFrame:
    """Read a saved table back (every cell as text, empty cells as "", formula guards undone); say plainly what is wrong.

    Any path can be read (a teacher's folder of submissions, say); a bare name is looked for in the learner's folder.
    """
    source = locate(path)
    where = display_path(source)
    try:
        if source.is_file():
            _check_row_widths(source, where)
        frame = pd.read_csv(source, dtype=str, keep_default_na=False, encoding="utf-8", index_col=False) if source.is_file() else None
    except StorageError:
        raise  # already one plain sentence (a row wider than the header)
    except (UnicodeDecodeError, csv.Error, pd.errors.ParserError, pd.errors.EmptyDataError):
        raise StorageError(f"{where} is not a readable CSV table; restore it from {display_path(_backup_path(source))} if it has one.") from None
    except PermissionError:
        raise StorageError(f"This course may not read {where}; copy the file into my_work/ and read it from there.") from None
    except (OSError, ValueError) as err:
        raise StorageError(f"Could not read {where} ({getattr(err, 'strerror', None) or 'the system refused'}); check the name.") from None
    if frame is None:
        raise StorageError(f"There is no file {where}; save your ledger first, or check the name.")
    frame = _restored(frame)
    missing = [name for name in required if name not in frame.columns]
    if missing:
        raise StorageError(f"{where} lacks the column(s) {', '.join(missing)}, so it is not a ledger this course saved.")
    return frame
