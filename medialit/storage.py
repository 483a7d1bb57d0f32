"""Saving a learner's work so that nothing is lost: atomic writes, and a backup before anything is replaced.

A save writes a temporary file beside the target and moves it into place with ``os.replace``, so a crash or
a full disk leaves either the old file or the new one, never half of each. Before a file is replaced, its
previous version is kept as ``NAME.bak``. Problems come back as one plain sentence (``StorageError``).
"""
from __future__ import annotations

import csv
import io
import os
import secrets
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from .data import data_dir

__all__ = ["StorageError", "Saved", "work_dir", "course_dir", "resolve", "display_path", "atomic_write_text", "save_csv", "read_csv", "neutralise_cell", "restore_cell"]

#: Set this environment variable to keep learner files somewhere else than ``my_work/`` (tests do).
WORK_DIR_ENV = "MEDIALIT_WORK_DIR"
#: Longest file name accepted, in bytes: most disks allow 255, and a save adds ``.bak`` or a temporary suffix.
MAX_NAME_BYTES = 200
#: Longest whole path accepted, in bytes (Linux allows 4096).
MAX_PATH_BYTES = 4000


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
            return f"{where} already holds exactly these {what}; nothing to save."
        if self.backup is not None:
            return f"Saved {what} to {where}; the previous version is kept as {display_path(self.backup)}."
        return f"Saved {what} to {where}."


def work_dir() -> Path:
    """The learner's folder: ``$MEDIALIT_WORK_DIR`` if set, else ``my_work/`` beside ``data/`` (git ignores it).

    Where the course folder is read-only (installed system-wide on a shared server), ``~/medialit_work``.
    """
    override = os.environ.get(WORK_DIR_ENV)
    if override:
        return Path(override)
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


def resolve(path: str | os.PathLike) -> Path:
    """A bare or relative file name lands in the learner's folder; an absolute path is used as given."""
    try:
        candidate = _file_name(path).expanduser()
    except RuntimeError:  # "~someone/..." for a user this system does not know
        raise StorageError(f"There is no home folder for {str(path)[:40]!r}; give a name inside my_work/ instead.") from None
    return candidate if candidate.is_absolute() else work_dir() / candidate


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


def atomic_write_text(path: str | os.PathLike, text: str, rows: int | None = None, keep_backup: bool = True) -> Saved:
    """Save ``text`` at ``path`` (relative names go to the learner's folder) atomically.

    With ``keep_backup`` the version being replaced is first kept as ``NAME.bak``; without it the ``.bak``
    is left as it is (autosave uses that to keep the ledger as it stood before the session began).
    """
    target = resolve(path)
    where = display_path(target)
    data = text.encode("utf-8")
    try:
        if target.is_dir():
            raise IsADirectoryError
        target.parent.mkdir(parents=True, exist_ok=True)
        previous = target.read_bytes() if target.exists() else None
        if previous == data:
            return Saved(target, rows, unchanged=True)
        backup = None
        if previous is not None and keep_backup:
            backup = _backup_path(target)
            _replace_atomically(backup, previous)
        _replace_atomically(target, data)
    except IsADirectoryError:
        raise StorageError(f"{where} is a folder; give a file name such as 'my_ledger.csv'.") from None
    except PermissionError:
        raise StorageError(f"This course may not write to {where}; choose a file inside my_work/.") from None
    except (OSError, ValueError) as err:
        raise StorageError(f"Could not save {where} ({getattr(err, 'strerror', None) or 'the system refused'}); check the folder exists and the disk is not full.") from None
    return Saved(target, rows, backup)


def save_csv(frame: pd.DataFrame, path: str | os.PathLike, keep_backup: bool = True) -> Saved:
    """Save a table as UTF-8 CSV (no index, ``\\n`` line endings), atomically and keeping a backup."""
    if _file_name(path).suffix.lower() != ".csv":
        raise StorageError(f"Give the file a name ending in .csv, for example 'my_ledger.csv' (not {str(path)[:40]!r}).")
    buffer = io.StringIO()
    frame.to_csv(buffer, index=False, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    return atomic_write_text(path, buffer.getvalue(), rows=len(frame), keep_backup=keep_backup)


def read_csv(path: str | os.PathLike, required: tuple[str, ...] = ()) -> pd.DataFrame:
    """Read a saved table back (every cell as text, empty cells as ""); say plainly if it is missing or lacks columns."""
    source = resolve(path)
    where = display_path(source)
    try:
        frame = pd.read_csv(source, dtype=str, keep_default_na=False, encoding="utf-8") if source.is_file() else None
    except (UnicodeDecodeError, pd.errors.ParserError, pd.errors.EmptyDataError):
        raise StorageError(f"{where} is not a readable CSV table; restore it from {display_path(_backup_path(source))} if it has one.") from None
    except PermissionError:
        raise StorageError(f"This course may not read {where}; copy the file into my_work/ and read it from there.") from None
    except (OSError, ValueError) as err:
        raise StorageError(f"Could not read {where} ({getattr(err, 'strerror', None) or 'the system refused'}); check the name.") from None
    if frame is None:
        raise StorageError(f"There is no file {where}; save your ledger first, or check the name.")
    missing = [name for name in required if name not in frame.columns]
    if missing:
        raise StorageError(f"{where} lacks the column(s) {', '.join(missing)}, so it is not a ledger this course saved.")
    return frame


#: First characters that make a spreadsheet run a cell as a formula (OWASP "CSV injection").
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise_cell(text: str) -> str:
    """A text cell a spreadsheet would run as a formula gets a leading ``'`` (shown as text, never run)."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def restore_cell(text: str) -> str:
    """Undo ``neutralise_cell``: ``'`` followed by a formula character reads back without the ``'``."""
    return text[1:] if text.startswith("'") and text[1:2] in FORMULA_STARTS and len(text) > 1 else text
