"""A learner's submission file (CONTRACTS.md, B): who, what they answered, when, merged across sessions."""
import json
import re
import tomllib
from datetime import datetime, timedelta, timezone
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

import medialit as ml
from medialit import submission
from medialit.exercises import get_exercise
from medialit.course import COURSE_VERSION
from medialit.submission import ANONYMOUS, COLUMNS, FILE_COLUMNS, answer_json, safe_learner

#: Answers computed from the data, never typed in (tests/test_exercises_generated.py keeps it so).
RIGHT = int(get_exercise("00.1").expected())
WRONG = RIGHT - 1
BODY = int(get_exercise("00.2").expected())

ROOT = Path(__file__).resolve().parent.parent
START = datetime(2026, 11, 28, 9, 1, 2, 999, tzinfo=timezone.utc)


class Clock:
    """A clock that moves one minute each time it is read, so every attempt has its own time."""

    def __init__(self):
        self.now = START - timedelta(minutes=1)

    def __call__(self):
        self.now += timedelta(minutes=1)
        return self.now


@pytest.fixture
def session(tmp_path, monkeypatch):
    """A fresh kernel session: its own work folder, no name anywhere, an empty log, a fixed clock."""
    monkeypatch.setenv("MEDIALIT_WORK_DIR", str(tmp_path))
    for variable in submission.LEARNER_ENV:
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setattr(submission, "_session_learner", None)
    monkeypatch.setattr(submission, "_log", {})
    monkeypatch.setattr(submission, "_written", {})
    monkeypatch.setattr(submission, "clock", Clock())
    monkeypatch.setattr(submission, "_saved_rows", {})
    monkeypatch.setattr(submission, "_said", set())
    return tmp_path


def new_session(monkeypatch):
    """The kernel restarts: the log and the name set in it are gone, the files stay."""
    monkeypatch.setattr(submission, "_session_learner", None)
    monkeypatch.setattr(submission, "_log", {})
    monkeypatch.setattr(submission, "_written", {})


def saved(folder, name="ada-example"):
    return pd.read_csv(folder / f"medialit-answers-{name}.csv", dtype=str, keep_default_na=False)


def test_course_version_is_pyprojects():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert COURSE_VERSION == project["project"]["version"] == ml.__version__


def test_one_row_per_exercise_with_the_latest_attempt_and_the_count(session):
    assert "No answers checked yet" in ml.export_answers()
    ml.set_learner("Ada Example")
    ml.check("00.1", WRONG)
    ml.check("00.1", RIGHT)
    ml.check("00.2", 62)
    ml.check("00.3", ...)  # not an attempt
    ml.check("00.4", "I would want to know who counted the targets and how.")
    message = ml.export_answers()  # each check saved the file already
    assert message.endswith("is already up to date (3 answers).") and "medialit-answers-ada-example.csv" in message
    table = saved(session)
    assert list(table.columns) == list(FILE_COLUMNS)
    assert table.drop(columns="last_try").to_dict("records") == [
        {"learner": "Ada Example", "lesson": "00", "exercise_id": "00.1", "answer": str(RIGHT), "correct": "true",
         "misconception": "", "attempts": "2", "checked_at": "2026-11-28T09:02:02Z", "course_version": COURSE_VERSION},
        {"learner": "Ada Example", "lesson": "00", "exercise_id": "00.2", "answer": "62", "correct": "false",
         "misconception": "00.2/counted-whole-page", "attempts": "1", "checked_at": "2026-11-28T09:03:02Z",
         "course_version": COURSE_VERSION},
        {"learner": "Ada Example", "lesson": "00", "exercise_id": "00.4",
         "answer": '"I would want to know who counted the targets and how."', "correct": "", "misconception": "",
         "attempts": "1", "checked_at": "2026-11-28T09:04:02Z", "course_version": COURSE_VERSION},
    ]


def test_demonstrations_are_never_recorded(session):
    ml.set_learner("Ada Example")
    ml.check("00.1", RIGHT)
    assert ml.check("00.1", 2084, record=False).correct is False
    ml.check("99.9", 1)  # no such exercise
    ml.export_answers()
    assert saved(session)[["exercise_id", "answer", "correct", "attempts"]].values.tolist() == [["00.1", str(RIGHT), "true", "1"]]


def test_earlier_sessions_are_merged_the_later_attempt_wins_and_attempts_add_up(session, monkeypatch):
    ml.set_learner("Ada Example")
    ml.check("00.1", WRONG)
    ml.check("00.2", 62)
    ml.export_answers()
    ml.check("00.2", BODY)  # saved at once, the version before kept as .bak
    assert "already up to date" in ml.export_answers()  # exporting after the checks' saves counts nothing twice
    assert (session / "medialit-answers-ada-example.csv.bak").exists()
    new_session(monkeypatch)
    ml.check("00.1", RIGHT)
    ml.export_answers()  # the name comes from the work folder now
    table = saved(session).set_index("exercise_id")
    assert table.loc["00.1", ["answer", "correct", "attempts"]].tolist() == [str(RIGHT), "true", "2"]
    assert table.loc["00.2", ["answer", "attempts", "learner"]].tolist() == [str(BODY), "2", "Ada Example"]


def test_two_open_lessons_share_one_file_without_losing_answers(session, monkeypatch):
    """Two kernels (lesson 00 and lesson 01 open at once) export in turn to the same file."""
    ml.set_learner("Ada Example")
    ml.check("00.1", RIGHT)
    ml.export_answers()
    first_log, first_written = submission._log, submission._written
    new_session(monkeypatch)
    ml.check("00.2", BODY)
    ml.export_answers()
    monkeypatch.setattr(submission, "_log", first_log)
    monkeypatch.setattr(submission, "_written", first_written)
    ml.check("00.1", WRONG)
    ml.export_answers()
    table = saved(session).set_index("exercise_id")
    assert table.loc["00.1", ["answer", "attempts", "last_try"]].tolist() == [str(RIGHT), "2", str(WRONG)]  # a wrong try keeps the right one
    assert table.loc["00.2", "answer"] == str(BODY)


def test_a_wrong_try_after_a_right_answer_keeps_the_right_one_saved_and_says_so(session, monkeypatch):
    """Learner F went back to 00.1 in a new session and tried a wrong answer: the right one stays, the try is noted."""
    ml.set_learner("Ada Example")
    assert ml.check("00.1", RIGHT).correct is True
    new_session(monkeypatch)
    feedback = ml.check("00.1", WRONG)
    assert feedback.correct is False and feedback.message.endswith(submission.KEPT_RIGHT_NOTE)
    row = saved(session).set_index("exercise_id").loc["00.1"]
    assert row[["answer", "correct", "attempts", "checked_at", "last_try"]].tolist() == [
        str(RIGHT), "true", "2", "2026-11-28T09:01:02Z", str(WRONG)]
    assert ml.check("00.1", RIGHT).message == get_exercise("00.1").success  # right again: nothing kept aside
    assert saved(session).set_index("exercise_id").loc["00.1", ["correct", "attempts", "last_try"]].tolist() == ["true", "3", ""]
    new_session(monkeypatch)
    ml.check("00.2", BODY)
    assert ml.check("00.2", 62).message.endswith(submission.KEPT_RIGHT_NOTE)  # the same within one session
    assert "00.2/counted-whole-page" not in saved(session)["misconception"].tolist()


def test_a_later_answer_in_the_file_beats_an_older_one_in_the_session(session, monkeypatch):
    ml.set_learner("Ada Example")
    file = session / "medialit-answers-ada-example.csv"
    row = {**{column: "" for column in COLUMNS}, "exercise_id": "00.1", "answer": str(RIGHT), "correct": "true",
           "attempts": "3", "checked_at": "2027-01-01T00:00:00Z", "course_version": "0.2.0"}
    pd.DataFrame([row]).to_csv(file, index=False)  # another session's, dated later than this one's check
    ml.check("00.1", WRONG)
    ml.export_answers()
    assert saved(session).loc[0, ["answer", "attempts", "checked_at"]].tolist() == [str(RIGHT), "4", "2027-01-01T00:00:00Z"]


def test_a_foreign_file_is_kept_as_backup_not_merged(session):
    ml.set_learner("Ada Example")
    file = session / "medialit-answers-ada-example.csv"
    file.write_text("name,score\nBob,3\n", encoding="utf-8")
    ml.check("00.1", RIGHT)
    ml.export_answers()
    assert len(saved(session)) == 1 and (session / "medialit-answers-ada-example.csv.bak").read_text() == "name,score\nBob,3\n"


def test_the_learner_comes_from_the_course_then_the_folder_then_the_environment(session, monkeypatch):
    assert ml.current_learner() is None
    monkeypatch.setenv("JUPYTERHUB_USER", "learner7")
    assert ml.current_learner() == "learner7"
    monkeypatch.setenv("MEDIALIT_LEARNER", "Bo Diaz")
    assert ml.current_learner() == "Bo Diaz"
    assert "medialit-answers-cy-ng.csv" in ml.set_learner("  Cy   Ng ")
    assert ml.current_learner() == "Cy Ng"
    assert (session / "medialit-learner.txt").read_text(encoding="utf-8") == "Cy Ng\n"
    new_session(monkeypatch)
    assert ml.current_learner() == "Cy Ng"  # a later lesson, another kernel
    (session / "medialit-learner.txt").unlink()
    assert ml.current_learner() == "Bo Diaz"


@pytest.mark.parametrize("name, says", [
    ("", "Type your name first"), ("   ", "Type your name first"), (None, "as text in quotation marks"),
    (42, "as text in quotation marks"), ("x" * 101, "use at most 100"), ("x" * 1_000_000, "use at most 100"),
    ("Ada\x00", "control characters"), ("...", "at least one letter or digit"), ("\ud800abc", "control characters"),
])
def test_odd_names_get_one_plain_sentence_and_change_nothing(session, name, says):
    ml.set_learner("Ada Example")
    message = ml.set_learner(name)
    assert says in message and "\n" not in message
    assert ml.current_learner() == "Ada Example"


def test_without_a_name_the_file_is_anonymous_and_says_so(session):
    ml.check("00.1", RIGHT)
    assert "It has no name on it" in ml.export_answers()
    assert saved(session, "anonymous").loc[0, "learner"] == ""


@pytest.mark.parametrize("name, safe", [
    ("Ada Example", "ada-example"), ("Zoë O'Neil", "zoe-o-neil"), ("../../etc/passwd", "-etc-passwd"),
    ("learner_7", "learner_7"), ("", "anonymous"), ("a" * 100, "a" * 60), ("Łukasz Straße", "ukasz-strae"),
    ("=HYPERLINK(1)", "-hyperlink-1-"),
])
def test_safe_learner_names(name, safe):
    assert safe_learner(name) == safe


@pytest.mark.parametrize("first, second", [("李雷", "王芳"), ("Мария Иванова", "Анна Петрова"), ("José 李雷", "José 王芳")])
def test_names_latin_letters_cannot_spell_get_files_of_their_own(first, second):
    """Such names all became "anonymous" or "-" (issue 13): now a readable part, if any, and a hash of the whole name."""
    names = [safe_learner(first), safe_learner(second)]
    assert names[0] != names[1] and all(len(name) <= 60 and re.fullmatch(r"[a-z0-9_-]+", name) for name in names), names
    assert safe_learner(first) == names[0] == safe_learner(" ".join(first.upper().split()) + " ")  # stable, as Latin names are
    assert ANONYMOUS not in names and not any(name.startswith("-") for name in names)
    assert safe_learner("José 李雷").startswith("jose-")


def test_two_learners_without_latin_letters_never_share_answers(session, monkeypatch):
    ml.set_learner("李雷")
    ml.check("00.1", RIGHT)
    ml.check("00.2", BODY)
    ml.export_answers()
    new_session(monkeypatch)
    ml.set_learner("王芳")
    ml.check("00.1", WRONG)
    said = ml.export_answers()
    assert "(1 answer)" in said  # its own file, not "(2 answers)" of the first learner's
    files = sorted(session.glob("medialit-answers-*.csv"))
    assert len(files) == 2
    tables = [pd.read_csv(file, dtype=str, keep_default_na=False) for file in files]
    assert sorted(tuple(table["learner"].unique()) for table in tables) == [("李雷",), ("王芳",)]
    assert {len(table) for table in tables} == {1, 2}


def test_a_file_naming_another_learner_is_never_merged_and_says_so(session, monkeypatch):
    """Ada-Example and Ada Example give one file name; the second is told so in one sentence, and the file is left alone."""
    ml.set_learner("Ada-Example")
    ml.check("00.1", RIGHT)
    file = session / "medialit-answers-ada-example.csv"
    before = file.read_bytes()
    new_session(monkeypatch)
    ml.set_learner("Ada Example")
    said = []
    monkeypatch.setattr("builtins.print", lambda *args, **kwargs: said.append(" ".join(map(str, args))))
    ml.check("00.2", BODY)
    exported = ml.export_answers()
    assert file.read_bytes() == before and not (session / "medialit-answers-ada-example.csv.bak").exists()
    for message in (said[0], exported):
        assert "holds the answers of Ada-Example, not yours" in message and "\n" not in message, message
    new_session(monkeypatch)
    ml.set_learner("Ada Example")
    assert "holds the answers of Ada-Example" in ml.export_answers()  # not "still holds 1 answer saved earlier"


def test_a_new_name_in_the_same_kernel_starts_its_own_attempt_counts(session):
    ml.set_learner("Ada Example")
    for _ in range(7):
        ml.check("00.1", WRONG)
    said = ml.set_learner("Bo Other")
    assert "Answers checked as Ada Example stay in medialit-answers-ada-example.csv" in said
    ml.check("00.1", RIGHT)
    assert saved(session, "bo-other").loc[0, ["learner", "attempts"]].tolist() == ["Bo Other", "1"]
    assert saved(session).loc[0, ["learner", "attempts"]].tolist() == ["Ada Example", "7"]
    assert "stay in" not in ml.set_learner("bo  other")  # the same learner, typed again: nothing is dropped
    assert submission._log["00.1"].attempts == 1


def test_the_teachers_collection_reads_files_of_names_latin_letters_cannot_spell(session, monkeypatch):
    from medialit.gradebook import read_class

    for name in ("李雷", "王芳", "Мария Иванова"):
        new_session(monkeypatch)
        ml.set_learner(name)
        ml.check("00.1", RIGHT)
    results = read_class(session)
    assert sorted(s.learner for s in results.submissions) == sorted(["李雷", "王芳", "Мария Иванова"])
    assert results.counts("00.1") == (3, 3) and "李雷" in results.gradebook()["learner"].tolist()


def test_hostile_names_stay_inside_the_work_folder(session):
    ml.set_learner("../../<script>alert(1)</script>")
    ml.check("00.1", RIGHT)
    ml.export_answers()
    (file,) = session.glob("medialit-answers-*.csv")
    assert file.parent == session and saved(session, file.stem.removeprefix("medialit-answers-")).loc[0, "learner"].startswith("../../<script>")


@pytest.mark.parametrize("answer, back", [
    (2000, 2000), (0.78, 0.78), ("template residue", "template residue"), (["a", "b"], ["a", "b"]),
    ({"said": 3}, {"said": 3}), (pd.Series({"checkable": np.int64(3)}), {"checkable": 3}), (np.int64(5), 5),
    (np.float64(2.5), 2.5), (np.array([12, 14]), [12, 14]), ((12, 14), [12, 14]), (True, True),
    (float("nan"), "nan"), (object, "<class 'object'>"), ({(1, 2): 3}, "{(1, 2): 3}"), (10**5000, "<a int that cannot be shown>"),
    ("\ud800", "\ud800"),
], ids=range(16))
def test_answers_are_json_that_reads_back(answer, back):
    assert json.loads(answer_json(answer)) == back


def test_huge_answers_are_replaced_by_a_note():
    assert json.loads(answer_json("x" * 1_000_000)) == "<answer of 1,000,002 characters, too long to keep>"
    assert json.loads(answer_json("x" * 9_998)) == "x" * 9_998


def test_stored_notebook_outputs_hold_no_time(session):
    assert ml.set_learner("Ada Example").count(":") == 1  # "Thank you, Ada Example: ..." and no clock time
    ml.check("00.1", RIGHT)
    assert "2026" not in ml.export_answers()


def test_a_megabyte_pasted_as_an_answer_or_a_name_is_handled_quickly(session):
    import time

    start = time.perf_counter()
    assert "at most 100" in ml.set_learner("a" * 1_000_000)
    ml.set_learner("Ada Example")
    feedback = ml.check("00.4", "word " * 200_000)
    ml.check("00.1", 2084)
    ml.export_answers()
    assert time.perf_counter() - start < 1.0
    # not recorded, and the learner is told so (it was once kept as a placeholder under a "Noted")
    assert "too long to keep" in feedback.message and saved(session)["exercise_id"].tolist() == ["00.1"]


# -- every recorded check saves the file once the learner has a name ------------------------------------------------

def test_each_kernels_checks_are_saved_without_an_export(session, monkeypatch):
    """Lesson 01 checked in one kernel, lesson 02 in another, no export anywhere: both rows are in the file."""
    lines, claims = int(get_exercise("01.1").expected()), int(get_exercise("02.1").expected())
    ml.set_learner("Ada Example")
    ml.check("01.1", lines)
    new_session(monkeypatch)
    ml.check("02.1", f"{claims} claims")
    ml.check("02.1", claims - 1)  # a wrong try after a right one: the right one stays saved
    table = saved(session).set_index("exercise_id")
    assert table.loc["01.1", ["answer", "correct", "attempts"]].tolist() == [str(lines), "true", "1"]
    assert table.loc["02.1", ["answer", "correct", "attempts", "last_try"]].tolist() == [f'"{claims} claims"', "true", "2", str(claims - 1)]
    ml.check("00.1", ...)  # not an attempt: nothing saved
    assert ml.check("00.1", RIGHT, record=False) and "00.1" not in saved(session)["exercise_id"].tolist()


def test_without_a_name_answers_stay_in_memory_and_it_is_said_once(session, capsys):
    ml.check("00.1", WRONG)
    ml.check("00.2", BODY)
    assert capsys.readouterr().out == submission.NO_NAME_NOTE + "\n" and "\n" not in submission.NO_NAME_NOTE
    assert list(session.glob("medialit-answers-*")) == []
    assert "every answer you check is saved" in ml.set_learner("Ada Example")  # saves what was checked before
    assert saved(session)["exercise_id"].tolist() == ["00.1", "00.2"]
    ml.check("00.1", RIGHT)
    assert capsys.readouterr().out == "" and saved(session).loc[0, ["answer", "attempts"]].tolist() == [str(RIGHT), "2"]


def test_a_check_does_not_read_back_the_file_it_just_wrote_but_reads_another_kernels(session, monkeypatch):
    from medialit import storage

    reads = []
    real = storage.read_csv
    monkeypatch.setattr(storage, "read_csv", lambda *a, **k: reads.append(a) or real(*a, **k))
    ml.set_learner("Ada Example")
    for _ in range(30):
        ml.check("00.1", WRONG)
    assert reads == [] and saved(session).loc[0, "attempts"] == "30"
    other = saved(session)
    other.loc[1] = {**other.loc[0].to_dict(), "exercise_id": "00.2", "answer": str(BODY), "attempts": "1"}
    other.to_csv(session / "medialit-answers-ada-example.csv", index=False)  # another lesson's kernel saved
    ml.check("00.1", RIGHT)
    assert len(reads) == 1 and saved(session)["exercise_id"].tolist() == ["00.1", "00.2"]


def test_a_file_the_course_cannot_read_is_not_overwritten_by_a_check(session, capsys):
    ml.set_learner("Ada Example")
    file = session / "medialit-answers-ada-example.csv"
    file.write_text("name,score\nBob,3\n", encoding="utf-8")
    ml.check("00.1", RIGHT)
    ml.check("00.2", BODY)
    note = capsys.readouterr().out
    assert note.count("\n") == 1 and "not saved" in note and "ml.export_answers()" in note
    assert file.read_text(encoding="utf-8") == "name,score\nBob,3\n"
    ml.export_answers()
    assert saved(session)["exercise_id"].tolist() == ["00.1", "00.2"]


def test_a_huge_file_in_the_answers_files_place_is_not_read_on_every_check(session, capsys):
    import time

    ml.set_learner("Ada Example")
    file = session / "medialit-answers-ada-example.csv"
    file.write_text(",".join(COLUMNS) + "\n" + ("x," * 8 + "x\n") * 600_000, encoding="utf-8")
    started = time.perf_counter()
    for _ in range(5):
        ml.check("00.1", RIGHT)
    assert time.perf_counter() - started < 1.0 and "far more than an answers file holds" in capsys.readouterr().out
    assert file.stat().st_size > submission.MAX_FILE_BYTES and submission._log["00.1"].attempts == 5


def test_the_export_shows_as_a_plain_sentence_not_a_python_string(session, monkeypatch):
    """A cold learner saw the export's sentence in quotes, with a path's backslashes doubled: now it reads as written."""
    from IPython.core.formatters import DisplayFormatter

    folder = session / "Ada's \\work <b>"
    monkeypatch.setenv("MEDIALIT_WORK_DIR", str(folder))
    formatter = DisplayFormatter()
    nothing_yet = formatter.format(ml.export_answers())[0]["text/plain"]
    assert nothing_yet.startswith("No answers checked yet")  # no quotation marks around it
    ml.set_learner("Ada Example")
    ml.check("00.1", RIGHT)
    shown = formatter.format(ml.export_answers())[0]
    assert shown["text/plain"].endswith("already up to date (1 answer).") and str(folder) in shown["text/plain"]
    assert "Ada's \\work <b>" in shown["text/plain"] and "\\\\" not in shown["text/plain"]
    assert "Ada&#x27;s \\work &lt;b&gt;" in shown["text/html"] and "<b>" not in shown["text/html"]


def test_saving_messages_read_as_news_not_failures(session, monkeypatch):
    """Learner G: "already holds exactly these 1 rows; nothing to save" read as a failure, a new session's export said
    nothing of the earlier answers, and set_learner's sentence showed in quotes."""
    thanks = ml.set_learner("Ada Example")
    assert isinstance(thanks, submission.Note) and repr(thanks).startswith("Thank you, Ada Example:")
    ml.check("00.1", RIGHT)
    assert ml.export_answers().startswith("Your answers file, ") and ml.export_answers().endswith("is already up to date (1 answer).")
    new_session(monkeypatch)
    fresh = ml.export_answers()
    assert fresh.startswith("Your answers file, ") and fresh.endswith("is already up to date (1 answer).")
    assert "medialit-answers-ada-example.csv" in fresh
    from medialit import storage

    storage.atomic_write_text("one.csv", "a\n1\n", rows=1)
    assert storage.atomic_write_text("one.csv", "a\n1\n", rows=1).message.endswith("is already up to date (1 row): nothing to save.")


def test_a_bad_try_after_a_noted_written_answer_keeps_the_written_one(session, monkeypatch):
    """Learner H: a 40-word answer to 01.7 was replaced in the teacher's file by a later "idk" and then by 42."""
    written = ("The headline says destroyed but the quote in the body only says hitting, so the headline claims more than "
               "the source said, and a reader should notice that difference.")
    ml.set_learner("Ada Example")
    assert ml.check("01.7", written).correct is None
    feedback = ml.check("01.7", "idk")
    assert feedback.correct is False and submission.KEPT_RIGHT_NOTE in feedback.message
    ml.check("01.7", 42)
    ml.export_answers()
    row = saved(session).set_index("exercise_id").loc["01.7"]
    assert row["answer"] == f'"{written}"' and row["last_try"] == "42"
    new_session(monkeypatch)
    ml.set_learner("Ada Example")
    ml.check("01.7", "idk")
    ml.export_answers()
    assert saved(session).set_index("exercise_id").loc["01.7", "answer"] == f'"{written}"'


def test_exercise_ids_03_1_and_03_10_stay_two_exercises_for_every_reader(session, monkeypatch):
    """Read as numbers, 03.1 and 03.10 both become 3.1: the course's readers take the column as text (issue 13, 14a)."""
    from medialit.gradebook import read_class

    ml.set_learner("Ada Example")
    submission.record("03.1", "no number", False, None)
    submission.record("03.10", "no such result", False, None)
    new_session(monkeypatch)
    ml.set_learner("Ada Example")
    ml.check("00.1", RIGHT)  # merges with the file written by the earlier session
    assert saved(session)["exercise_id"].tolist() == ["00.1", "03.1", "03.10"]
    results = read_class(session)
    assert results.counts("03.1") == (1, 0) and results.counts("03.10") == (1, 0)


def test_a_true_false_column_is_kept_as_a_short_description_not_its_rows(session):
    ml.set_learner("Ada Example")
    mask = ml.load_segments()["in_article"]
    ml.check("00.1", RIGHT)
    ml.check("00.1", mask)  # a wrong try after a right one goes to last_try
    row = saved(session).loc[0]
    assert json.loads(row["last_try"]) == f"<a column of True/False for {len(mask)} rows>"
    assert answer_json(mask) == row["last_try"]


def test_after_switching_learners_and_back_the_export_says_the_first_learners_answers_are_saved(session):
    """Learner N: the first learner checked two answers, another name was set and then theirs again, and the export said
    "No answers checked yet in this session"."""
    ml.set_learner("Ada Example")
    ml.check("00.1", RIGHT)
    ml.check("00.1", WRONG)
    ml.set_learner("Ben Example")
    ml.set_learner("Ada Example")
    said = ml.export_answers()
    assert said.startswith("Your answers file, ") and said.endswith("is already up to date (1 answer).")
    assert "medialit-answers-ada-example.csv" in said and "No answers" not in said


def test_a_list_exercises_answer_given_as_a_column_is_saved_as_its_values_not_its_row_labels(session):
    """Learner T (round 5): 01.10 answered with shown[...] (no .tolist()) was saved as {"25": 26, "26": 27}, pandas'
    positions from 0 beside the line numbers; a mapping exercise's column keeps its labels, a True/False column its description."""
    ml.set_learner("Ada Example")
    lines = pd.Series(get_exercise("01.10").expected(), index=[number - 1 for number in get_exercise("01.10").expected()])
    ml.check("01.10", lines)
    counts = pd.Series(get_exercise("02.6").expected())
    ml.check("02.6", counts)
    answers = saved(session).set_index("exercise_id")["answer"]
    assert json.loads(answers["01.10"]) == lines.tolist()
    assert json.loads(answers["02.6"]) == {str(label): count for label, count in counts.items()}
    mask = ml.load_segments()["in_article"]
    assert json.loads(submission.answer_json(submission._as_saved("01.2", mask))) == f"<a column of True/False for {len(mask)} rows>"


# -- a name changed: the answers saved under the old one (learner AK) -------------------------------------------------

def collected(folder):
    """What a teacher's gradebook reads from the folder: learner -> {exercise id: (answer, right, attempts)}."""
    from medialit.gradebook import read_class

    results = read_class(folder)
    return {s.learner: {i: (a.answer, a.correct, a.attempts) for i, a in s.answers.items()} for s in results.submissions}


def test_a_typo_in_the_name_is_corrected_and_every_answer_brought_along(session):
    """Learner AK: answers checked without a name went to the first (mistyped) name; after the name was corrected the
    export said "already up to date (1 answer)" and the earlier answers stayed under the typo, a phantom learner."""
    ml.check("00.1", WRONG)
    ml.check("00.1", RIGHT)
    ml.export_answers()  # the nameless file
    ml.check("00.2", BODY)
    said = ml.set_learner("Ada Exmaple")
    assert "medialit-answers-anonymous.csv is renamed medialit-answers-anonymous.csv.moved" in said, said
    said = ml.set_learner("Ada Example")
    assert ('Answers checked as Ada Exmaple stay in medialit-answers-ada-exmaple.csv; if Ada Exmaple was a typo for '
            'this name, run ml.move_answers("Ada Exmaple") to bring them here.') in said and "\n" not in said
    ml.check("00.3", get_exercise("00.3").expected())
    exported = ml.export_answers()
    assert "already up to date (1 answer)" in exported
    assert ('Your work folder also holds medialit-answers-ada-exmaple.csv, 2 answers saved as Ada Exmaple that this file '
            'does not hold: if they are yours, run ml.move_answers("Ada Exmaple") to bring them here.') in exported
    assert sorted(collected(session)) == ["Ada Example", "Ada Exmaple"]  # the phantom a teacher would see

    moved = ml.move_answers("Ada Exmaple")
    assert moved == ("Moved 2 answers saved as Ada Exmaple into medialit-answers-ada-example.csv (3 answers in it now), "
                     "and renamed medialit-answers-ada-exmaple.csv to medialit-answers-ada-exmaple.csv.moved in your work "
                     "folder, so a teacher collecting medialit-answers-*.csv files no longer takes it for another learner's.")
    assert not (session / "medialit-answers-ada-exmaple.csv").exists()
    assert (session / "medialit-answers-ada-exmaple.csv.moved").exists()
    assert sorted(p.name for p in session.glob("medialit-answers-*.csv")) == ["medialit-answers-ada-example.csv"]
    table = saved(session).set_index("exercise_id")
    assert table["learner"].unique().tolist() == ["Ada Example"]
    assert table.loc["00.1", ["answer", "correct", "attempts"]].tolist() == [str(RIGHT), "true", "2"]
    assert sorted(table.index) == ["00.1", "00.2", "00.3"]
    assert list(collected(session)) == ["Ada Example"]
    assert collected(session)["Ada Example"]["00.2"] == (str(BODY), True, 1)
    assert ml.export_answers().endswith("is already up to date (3 answers).")  # nothing left behind to mention
    assert "were moved already" in ml.move_answers("Ada Exmaple")


def test_moved_answers_are_merged_as_every_save_merges(session, monkeypatch):
    """A right answer is not replaced by a later wrong one (which is noted), the later answer wins otherwise, attempts add up."""
    ml.set_learner("Ada Exmaple")
    ml.check("00.1", RIGHT)  # right, then (under the new name) a later wrong try
    ml.check("00.2", 62)  # wrong, then a later right one
    ml.check("00.2", 61)
    new_session(monkeypatch)
    ml.set_learner("Ada Example")
    ml.check("00.1", WRONG)
    ml.check("00.1", WRONG)
    ml.check("00.2", BODY)
    ml.check("00.3", get_exercise("00.3").expected())
    new_session(monkeypatch)
    ml.set_learner("Ada Exmaple")
    ml.check("00.3", "not a number")  # a wrong try at 00.3 later than the right one under the other name
    new_session(monkeypatch)
    ml.set_learner("Ada Example")
    said = ml.move_answers("ada  exmaple")  # spacing and case do not matter, as for set_learner
    assert said.startswith("Moved 3 answers saved as ada exmaple into medialit-answers-ada-example.csv, 3 of them merged "
                           "with your answer to the same exercise (3 answers in it now)"), said
    table = saved(session).set_index("exercise_id")
    assert table.loc["00.1", ["answer", "correct", "attempts", "last_try"]].tolist() == [str(RIGHT), "true", "3", str(WRONG)]
    assert table.loc["00.2", ["answer", "correct", "attempts", "last_try"]].tolist() == [str(BODY), "true", "3", ""]
    assert table.loc["00.3", ["correct", "attempts"]].tolist() == ["true", "2"]
    assert json.loads(table.loc["00.3", "last_try"]) == "not a number"
    ml.check("00.2", 62)  # this session goes on counting from the merged file
    table = saved(session).set_index("exercise_id")
    assert table.loc["00.2", ["answer", "attempts", "last_try"]].tolist() == [str(BODY), "4", "62"]


def test_a_later_answer_under_the_old_name_wins_when_moved(session, monkeypatch):
    ml.set_learner("Ada Example")
    ml.check("00.2", 62)
    new_session(monkeypatch)
    ml.set_learner("Ada Exmaple")
    ml.check("00.2", BODY)
    ml.set_learner("Ada Example")
    ml.move_answers("Ada Exmaple")
    assert saved(session).loc[0, ["answer", "correct", "attempts"]].tolist() == [str(BODY), "true", "2"]


def test_answers_saved_without_a_name_in_an_earlier_session_can_be_moved(session, monkeypatch):
    """A nameless file from an earlier kernel is not this session's to retire: the export points to it instead."""
    ml.check("00.1", RIGHT)
    ml.export_answers()
    new_session(monkeypatch)
    said = ml.set_learner("Ada Example")
    assert "anonymous" not in said
    ml.check("00.2", BODY)
    exported = ml.export_answers()
    assert ("medialit-answers-anonymous.csv, 1 answer saved without a name that this file does not hold: if they are "
            'yours, run ml.move_answers("anonymous") to bring them here.') in exported, exported
    assert ml.move_answers("anonymous").startswith("Moved 1 answer saved without a name into medialit-answers-ada-example.csv")
    assert list(collected(session)) == ["Ada Example"]
    assert sorted(saved(session)["exercise_id"]) == ["00.1", "00.2"]


def test_a_nameless_file_holding_more_than_this_session_is_not_retired(session, monkeypatch):
    ml.check("00.1", RIGHT)
    ml.export_answers()
    new_session(monkeypatch)
    ml.check("00.2", BODY)
    ml.export_answers()  # this session added to the nameless file an earlier one wrote
    said = ml.set_learner("Ada Example")
    assert "renamed" not in said and (session / "medialit-answers-anonymous.csv").exists()


@pytest.mark.parametrize("name, says", [
    (None, 'Type the name the answers were saved under, as text in quotation marks, for example ml.move_answers("Ada Exmaple").'),
    ("   ", "Type the name the answers were saved under"),
    ("!!", "A name needs at least one letter or digit."),
    ("x" * 5000, "use at most 100"),
    ("Ada Example", "Your answers are saved as Ada Example already"),
    ("ADA  example", "Your answers are saved as Ada Example already"),
    ("Ada-Example", "Ada-Example and Ada Example share one answers file, medialit-answers-ada-example.csv, so there is nothing to move."),
    ("Bo Other", "There is no answers file for Bo Other (medialit-answers-bo-other.csv) in your work folder, so nothing was moved"),
])
def test_moving_answers_is_refused_in_one_sentence_and_changes_nothing(session, name, says):
    ml.set_learner("Ada Example")
    ml.check("00.1", RIGHT)
    before = sorted((p.name, p.read_bytes()) for p in session.iterdir())
    said = ml.move_answers(name)
    assert says in said and "\n" not in said and said.count(". ") == 0, said
    assert sorted((p.name, p.read_bytes()) for p in session.iterdir()) == before


def test_moving_answers_needs_a_name_of_ones_own_first(session):
    ml.check("00.1", RIGHT)
    ml.export_answers()
    said = ml.move_answers("anonymous")
    assert said == ('Set your own name first, with ml.set_learner("Your Name"); then ml.move_answers("anonymous") brings '
                    "the answers saved under that name to yours.")
    assert (session / "medialit-answers-anonymous.csv").exists()


def test_another_learners_file_is_never_moved_in(session, monkeypatch):
    """A file at the old name's place whose rows name someone else (two names, one file name) is left alone."""
    ml.set_learner("Bo-Other")
    ml.check("00.1", RIGHT)
    new_session(monkeypatch)
    ml.set_learner("Ada Example")
    ml.check("00.2", BODY)
    before = sorted((p.name, p.read_bytes()) for p in session.iterdir())
    said = ml.move_answers("Bo Other")
    assert said == "medialit-answers-bo-other.csv holds the answers of Bo-Other, not of Bo Other, so nothing was moved."
    assert sorted((p.name, p.read_bytes()) for p in session.iterdir()) == before


def move_with_rename(monkeypatch, rename) -> str:
    """What ml.move_answers("Ada Exmaple") says when the old file's rename is done by ``rename`` (one that fails)."""
    monkeypatch.setattr(submission.os, "rename", rename)
    said = ml.move_answers("Ada Exmaple")
    monkeypatch.undo()
    return said


def answer_under_a_typo_then_the_right_name() -> None:
    """The typo case every move test starts from: one answer checked as Ada Exmaple, one as Ada Example."""
    ml.set_learner("Ada Exmaple")
    ml.check("00.1", RIGHT)
    ml.set_learner("Ada Example")
    ml.check("00.2", BODY)


def test_a_failed_write_moves_nothing_and_leaves_both_files(session, monkeypatch):
    from medialit import storage

    answer_under_a_typo_then_the_right_name()
    before = sorted((p.name, p.read_bytes()) for p in session.iterdir())

    def full_disk(*args, **kwargs):
        raise storage.StorageError("Could not save medialit-answers-ada-example.csv (No space left on device); check the "
                                   "folder exists and the disk is not full.")

    monkeypatch.setattr(storage, "save_csv", full_disk)
    said = ml.move_answers("Ada Exmaple")
    assert said.startswith("Nothing was moved: Could not save") and "\n" not in said
    assert sorted((p.name, p.read_bytes()) for p in session.iterdir()) == before
    monkeypatch.undo()


def test_a_read_only_answers_file_moves_nothing(session):
    answer_under_a_typo_then_the_right_name()
    target = session / "medialit-answers-ada-example.csv"
    target.chmod(0o444)
    try:
        before = sorted((p.name, p.read_bytes()) for p in session.iterdir())
        said = ml.move_answers("Ada Exmaple")
        assert said.startswith("Nothing was moved: ") and "read-only" in said
        assert sorted((p.name, p.read_bytes()) for p in session.iterdir()) == before
    finally:
        target.chmod(0o644)


def test_when_the_old_file_cannot_be_renamed_the_learner_is_told_and_nothing_is_lost(session, monkeypatch):
    answer_under_a_typo_then_the_right_name()

    def refuse(*args):
        raise PermissionError(13, "Permission denied")

    said = move_with_rename(monkeypatch, refuse)
    assert said == ("The 1 answer saved as Ada Exmaple is now in medialit-answers-ada-example.csv too (2 answers), but "
                    "medialit-answers-ada-exmaple.csv could not be renamed (Permission denied): rename or delete it, so "
                    "that your teacher does not collect it as another learner's.")
    assert (session / "medialit-answers-ada-exmaple.csv").exists()
    assert sorted(saved(session)["exercise_id"]) == ["00.1", "00.2"]


def test_a_second_move_aside_of_one_name_keeps_the_first(session, monkeypatch):
    (session / "medialit-answers-ada-exmaple.csv.moved").write_text("kept\n", encoding="utf-8")
    ml.set_learner("Ada Exmaple")
    ml.check("00.1", RIGHT)
    ml.set_learner("Ada Example")
    assert "renamed medialit-answers-ada-exmaple.csv to medialit-answers-ada-exmaple.csv.moved-2" in ml.move_answers("Ada Exmaple")
    assert (session / "medialit-answers-ada-exmaple.csv.moved").read_text(encoding="utf-8") == "kept\n"


def test_switching_learners_and_back_counts_every_attempt(session):
    """The attempts of a name set again in the same kernel add to those its file holds (they were undercounted)."""
    ml.set_learner("Ada Example")
    for _ in range(3):
        ml.check("00.1", WRONG)
    ml.set_learner("Bo Other")
    ml.set_learner("Ada Example")
    ml.check("00.1", WRONG)
    assert saved(session).loc[0, "attempts"] == "4"


# -- red team 5: what move_answers copies, two kernels, a link, invisible marks in a name -----------------------------

def old_file(folder, *rows, name="ada-exmaple"):
    """An answers file under the old name holding these rows (dicts of FILE_COLUMNS), written as a check writes."""
    from medialit.storage import csv_text

    table = pd.DataFrame([{column: "" for column in FILE_COLUMNS} | row for row in rows], columns=list(FILE_COLUMNS))
    (folder / f"medialit-answers-{name}.csv").write_text(csv_text(table), encoding="utf-8")


def old_row(exercise_id, answer, correct="true", **more):
    return {"learner": "Ada Exmaple", "lesson": exercise_id.split(".")[0], "exercise_id": exercise_id, "answer": answer,
            "correct": correct, "attempts": "1", "checked_at": "2026-11-28T08:00:00Z", "course_version": COURSE_VERSION,
            **more}


def test_moved_cells_are_checked_as_the_gradebook_reads_them_and_what_was_left_out_is_said(session):
    """Red team 5 M2: a NUL byte copied in made the gradebook skip the learner's whole file; exercise ids the course does
    not have, correct=maybe, attempts=abc and a 4 MB answer were copied as they were."""
    ml.set_learner("Ada Example")
    ml.check("00.2", BODY)
    old_file(session, old_row("00.1", f"{RIGHT}\x00"), old_row("../../etc", "1"), old_row("99.99", "1"),
             old_row("00.3", '"x"', correct="maybe"), old_row("01.1", json.dumps("y" * 4_000_000), correct="false",
                                                             attempts="abc", checked_at="soon\x07"))
    said = ml.move_answers("Ada Exmaple")
    assert said == ("Moved 2 answers saved as Ada Exmaple into medialit-answers-ada-example.csv (3 answers in it now), and "
                    "renamed medialit-answers-ada-exmaple.csv to medialit-answers-ada-exmaple.csv.moved in your work folder "
                    "(left out: 2 rows naming no exercise of this course and 1 row whose 'correct' is neither true nor false; "
                    "1 answer was longer than 10,000 characters and is kept as its length and beginning), so a teacher "
                    "collecting medialit-answers-*.csv files no longer takes it for another learner's."), said
    table = saved(session).set_index("exercise_id")
    assert sorted(table.index) == ["00.1", "00.2", "01.1"]
    assert table.loc["00.1", ["answer", "correct"]].tolist() == [str(RIGHT), "true"]
    long = json.loads(table.loc["01.1", "answer"])
    assert long.startswith("<an answer of 4,000,002 characters, too long to keep whole: ") and len(long) < 500
    assert table.loc["01.1", ["attempts", "checked_at"]].tolist() == ["1", ""]
    assert (session / "medialit-answers-ada-example.csv").stat().st_size < 5_000
    from medialit.gradebook import read_class

    results = read_class(session)
    assert [s.learner for s in results.submissions] == ["Ada Example"], results.problems
    assert sorted(results.submissions[0].answers) == ["00.1", "00.2", "01.1"]
    assert (session / "medialit-answers-ada-exmaple.csv.moved").stat().st_size > 4_000_000  # the old file is kept as it was


def test_a_file_of_nothing_usable_moves_nothing_and_says_why(session):
    ml.set_learner("Ada Example")
    ml.check("00.2", BODY)
    old_file(session, old_row("99.99", "1"))
    said = ml.move_answers("Ada Exmaple")
    assert said == ("medialit-answers-ada-exmaple.csv holds no answers (left out: 1 row naming no exercise of this course) "
                    "that this course can use, so nothing was moved; it is left as it is."), said
    assert (session / "medialit-answers-ada-exmaple.csv").exists()


def test_merges_of_huge_answers_never_make_a_file_a_reader_refuses(session, monkeypatch):
    """Red team 5 M2: two merges of 3 MB files made a 6 MB answers file, read cut off at 5 MB."""
    ml.set_learner("Ada Example")
    ml.check("00.2", BODY)
    for typo, exercise_id in (("Ada Exmaple", "00.1"), ("Ada Exampel", "01.1")):
        old_file(session, old_row(exercise_id, json.dumps("z" * 3_000_000)) | {"learner": typo},
                 name=safe_learner(typo))
        assert ml.move_answers(typo).startswith("Moved 1 answer"), typo
    assert (session / "medialit-answers-ada-example.csv").stat().st_size < 2 * submission.MAX_ANSWER_CHARS
    # A merge that would pass what a reader accepts is refused, though each file alone is within it.
    size = (session / "medialit-answers-ada-example.csv").stat().st_size
    monkeypatch.setattr(submission, "MAX_FILE_BYTES", size + 100)
    old_file(session, old_row("01.2", json.dumps("w" * (size - 300))) | {"learner": "Ada Exampl"}, name="ada-exampl")
    assert (session / "medialit-answers-ada-exampl.csv").stat().st_size < size + 100
    before = sorted((p.name, p.read_bytes()) for p in session.iterdir())
    said = ml.move_answers("Ada Exampl")
    assert said.startswith("Nothing was moved: medialit-answers-ada-example.csv and medialit-answers-ada-exampl.csv "
                           "together would be larger than an answers file can be"), said
    assert sorted((p.name, p.read_bytes()) for p in session.iterdir()) == before


def test_a_move_another_kernel_finished_first_is_said_to_be_done(session, monkeypatch):
    """Red team 5 L2: the second of two kernels moving one file at once was told to rename or delete a file already moved."""
    answer_under_a_typo_then_the_right_name()
    real_rename = submission.os.rename

    def other_kernel_first(source, moved):
        real_rename(source, moved)  # the other kernel moved it aside just before this one
        raise FileNotFoundError(2, "No such file or directory")

    said = move_with_rename(monkeypatch, other_kernel_first)
    assert said == ("The 1 answer saved as Ada Exmaple is in medialit-answers-ada-example.csv (2 answers), and "
                    "medialit-answers-ada-exmaple.csv was moved already, by another open notebook, to "
                    "medialit-answers-ada-exmaple.csv.moved in your work folder, so there is nothing more to do."), said
    assert sorted(saved(session)["exercise_id"]) == ["00.1", "00.2"]


def test_a_link_to_ones_own_file_is_said_to_be_it(session):
    """Red team 5 L5: a link under the old name to the learner's own file was said to hold another learner's answers."""
    ml.set_learner("Ada Example")
    ml.check("00.1", RIGHT)
    (session / "medialit-answers-ada-exmaple.csv").symlink_to(session / "medialit-answers-ada-example.csv")
    before = sorted((p.name, p.read_bytes()) for p in session.iterdir())
    said = ml.move_answers("Ada Exmaple")
    assert said == ("medialit-answers-ada-exmaple.csv is a link to your own answers file, medialit-answers-ada-example.csv, "
                    "so its answers are in your file already and nothing was moved.")
    assert sorted((p.name, p.read_bytes()) for p in session.iterdir()) == before


@pytest.mark.parametrize("mark", ["\u202e", "\u202a", "\u202d", "\u2066", "\u2067", "\u2068", "\u2069", "\u200e",
                                  "\u200f", "\u200b", "\u2060", "\ufeff"])
def test_invisible_direction_and_zero_width_marks_are_dropped_from_a_name(session, mark):
    """Red team 5 L4: a right-to-left override in a name showed the rest of the thank-you line reversed."""
    said = ml.set_learner(f"{mark}Ada{mark} Example{mark}")
    assert said == ("Thank you, Ada Example: every answer you check is saved as medialit-answers-ada-example.csv in your "
                    "work folder.")
    assert submission.current_learner() == "Ada Example"
    assert (session / submission.LEARNER_FILE).read_text(encoding="utf-8") == "Ada Example\n"


def test_a_name_of_invisible_marks_only_is_refused(session):
    assert ml.set_learner("\u202e\u200b \u2066") == "Type your name first: the name your teacher knows you by."
    assert submission.current_learner() is None
