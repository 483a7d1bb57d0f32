"""Safe saving: atomic writes, a backup before any replacement, plain messages instead of tracebacks."""
import os

import pandas as pd
import pytest

from medialit import storage


@pytest.fixture(autouse=True)
def work_dir(tmp_path, monkeypatch):
    monkeypatch.setenv(storage.WORK_DIR_ENV, str(tmp_path / "my_work"))
    return tmp_path / "my_work"


def test_relative_names_land_in_the_learner_folder(work_dir):
    saved = storage.atomic_write_text("notes.txt", "first")
    assert saved.path == work_dir / "notes.txt" and saved.path.read_text() == "first"
    assert saved.backup is None and saved.message == f"Saved your work to {storage.display_path(saved.path)}."


def test_replacing_keeps_the_previous_version_as_bak(work_dir):
    storage.atomic_write_text("notes.txt", "first")
    saved = storage.atomic_write_text("notes.txt", "second")
    assert (work_dir / "notes.txt").read_text() == "second"
    assert saved.backup == work_dir / "notes.txt.bak" and saved.backup.read_text() == "first"
    assert "previous version is kept as" in saved.message


def test_saving_the_same_content_changes_nothing(work_dir):
    storage.atomic_write_text("notes.txt", "first")
    storage.atomic_write_text("notes.txt", "second")
    saved = storage.atomic_write_text("notes.txt", "second")
    assert saved.unchanged and "nothing to save" in saved.message
    assert (work_dir / "notes.txt.bak").read_text() == "first"


def test_without_keep_backup_the_bak_is_left_alone(work_dir):
    storage.atomic_write_text("notes.txt", "first")
    storage.atomic_write_text("notes.txt", "second")
    storage.atomic_write_text("notes.txt", "third", keep_backup=False)
    assert (work_dir / "notes.txt").read_text() == "third"
    assert (work_dir / "notes.txt.bak").read_text() == "first"


def test_a_failed_write_leaves_the_old_file_and_no_temporary(work_dir, monkeypatch):
    storage.atomic_write_text("notes.txt", "first")

    def refuse(*_):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(storage.StorageError, match="disk is not full"):
        storage.atomic_write_text("notes.txt", "second")
    monkeypatch.undo()
    assert (work_dir / "notes.txt").read_text() == "first"
    assert sorted(p.name for p in work_dir.iterdir()) == ["notes.txt"]


def test_a_folder_or_a_wrong_ending_is_refused_plainly(work_dir):
    (work_dir / "ledger.csv").mkdir(parents=True)
    with pytest.raises(storage.StorageError, match="is a folder"):
        storage.atomic_write_text("ledger.csv", "x")
    with pytest.raises(storage.StorageError, match="ending in .csv"):
        storage.save_csv(pd.DataFrame({"a": [1]}), "ledger.xlsx")


def test_csv_round_trip_keeps_text_exactly(work_dir):
    frame = pd.DataFrame({"text": ["a, \"quoted\" value", "ünïcode ‘x’", ""], "value": [1.5, None, 3.0]})
    saved = storage.save_csv(frame, "table.csv")
    assert saved.rows == 3 and saved.message.startswith("Saved 3 rows to ")
    back = storage.read_csv("table.csv", required=("text",))
    assert back["text"].tolist() == frame["text"].tolist()
    assert "\r" not in (work_dir / "table.csv").read_text(encoding="utf-8")


def test_reading_explains_missing_files_and_columns(work_dir):
    with pytest.raises(storage.StorageError, match="There is no file"):
        storage.read_csv("nothing.csv")
    storage.save_csv(pd.DataFrame({"a": [1]}), "table.csv")
    with pytest.raises(storage.StorageError, match="lacks the column"):
        storage.read_csv("table.csv", required=("status",))
    (work_dir / "broken.csv").write_bytes(b"\xff\xfe\x00garbage")
    with pytest.raises(storage.StorageError, match="not a readable CSV"):
        storage.read_csv("broken.csv")


def test_absolute_paths_are_used_as_given(tmp_path):
    target = tmp_path / "elsewhere" / "out.csv"
    saved = storage.save_csv(pd.DataFrame({"a": [1]}), target)
    assert saved.path == target and target.is_file()


def test_a_read_only_course_folder_sends_work_home(monkeypatch, tmp_path):
    monkeypatch.delenv(storage.WORK_DIR_ENV)
    monkeypatch.setattr(storage.os, "access", lambda path, mode: False)
    monkeypatch.setenv("HOME", str(tmp_path))
    assert storage.work_dir() == tmp_path / "medialit_work"


@pytest.mark.parametrize("name", [None, 42, "", "   ", ["a.csv"]])
def test_something_that_is_not_a_file_name_is_refused_plainly(name):
    with pytest.raises(storage.StorageError, match="Give a file name, such as 'my_ledger.csv'"):
        storage.save_csv(pd.DataFrame({"a": [1]}), name)
    with pytest.raises(storage.StorageError, match="Give a file name"):
        storage.read_csv(name)


def test_saved_files_are_as_readable_as_any_other(work_dir):
    previous = os.umask(0o022)
    try:
        saved = storage.atomic_write_text("notes.txt", "first")
        assert saved.path.stat().st_mode & 0o777 == 0o644  # not mkstemp's private 0o600
        saved.path.chmod(0o640)
        storage.atomic_write_text("notes.txt", "second")
        assert saved.path.stat().st_mode & 0o777 == 0o640  # a replaced file keeps its permissions
    finally:
        os.umask(previous)


@pytest.mark.parametrize("name, says", [
    ("a\0b.csv", "cannot hold a NUL character"),
    ("y" * 300 + ".csv", "A file name of 304 characters is too long"),
    ("folder/" + "é" * 150 + ".csv", "too long"),  # 300 bytes in UTF-8
    ("~nosuchlearner/mine.csv", "There is no home folder"),
])
def test_names_no_disk_accepts_are_refused_plainly(work_dir, name, says):
    with pytest.raises(storage.StorageError, match=says):
        storage.save_csv(pd.DataFrame({"a": [1]}), name)
    with pytest.raises(storage.StorageError, match=says):
        storage.read_csv(name)
    with pytest.raises(storage.StorageError, match=says):
        storage.atomic_write_text(name, "x")


def test_the_longest_accepted_name_still_saves_with_its_backup(work_dir):
    name = "y" * (storage.MAX_NAME_BYTES - 4) + ".csv"
    storage.save_csv(pd.DataFrame({"a": [1]}), name)
    saved = storage.save_csv(pd.DataFrame({"a": [2]}), name)
    assert saved.backup.is_file() and storage.read_csv(name)["a"].tolist() == ["2"]


def test_any_system_error_while_reading_becomes_a_sentence(work_dir, monkeypatch):
    storage.save_csv(pd.DataFrame({"a": [1]}), "table.csv")

    def fail(*_, **__):
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(storage.pd, "read_csv", fail)
    with pytest.raises(storage.StorageError, match=r"Could not read .*table.csv \(Input/output error\)"):
        storage.read_csv("table.csv")


def test_paths_show_relative_to_the_course_folder_only_inside_it(work_dir, tmp_path):
    course = storage.course_dir()
    assert storage.display_path(course / "my_work" / "answers.csv") == "my_work/answers.csv"
    assert storage.display_path(work_dir / "answers.csv") == str(work_dir.resolve() / "answers.csv")
    assert storage.atomic_write_text("answers.csv", "x").message == f"Saved your work to {work_dir.resolve() / 'answers.csv'}."
    assert storage.display_path("a\0b") == "a\0b"  # never raises, even for a name no disk accepts
