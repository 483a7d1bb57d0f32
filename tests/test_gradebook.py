"""The gradebook: submissions in (folders, LMS zips, odd files), gradebook.csv and the class report out, never raising."""
import csv
import io
import json
import re
import subprocess
import sys
import zipfile

import pandas as pd

from medialit import gradebook
from medialit.course import COURSE_VERSION
from medialit.exercises import get_exercise, list_exercises, list_misconceptions
from medialit.gradebook import ClassReport, main, read_class
from medialit.storage import csv_text
from medialit.submission import COLUMNS, FILE_COLUMNS
from synthetic_class import synthetic_class, write_submission

WRITTEN = next(e for e in list_exercises() if get_exercise(e).kind == "written")
TRAP = next(m for m in list_misconceptions() if get_exercise(m.exercise_id).kind == "number")
MARKED = TRAP.exercise_id


def row(learner="Ann", exercise_id=MARKED, answer=1, correct="true", misconception="", checked_at="2026-11-28T09:00:00Z",
        version=COURSE_VERSION, attempts=1):
    return dict(learner=learner, lesson=exercise_id[:2], exercise_id=exercise_id, answer=json.dumps(answer), correct=correct,
                misconception=misconception, attempts=attempts, checked_at=checked_at, course_version=version)


def csv_bytes(rows) -> bytes:
    return csv_text(pd.DataFrame(rows, columns=COLUMNS)).encode("utf-8")


def zip_bytes(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def test_counts_and_tallies_equal_what_the_class_handed_in(tmp_path):
    truth = synthetic_class(tmp_path / "class", 30)
    results = read_class(tmp_path / "class")
    assert len(results.submissions) == 30 and results.problems == []
    for exercise_id in list_exercises():
        assert results.counts(exercise_id) == (truth.tried[exercise_id], truth.right[exercise_id]), exercise_id
    assert results.misconceptions() == truth.misconceptions and sum(truth.misconceptions.values()) > 20
    book = results.gradebook().astype(str).set_index("learner")
    assert list(book.columns) == list_exercises()
    for learner, marks in truth.marks.items():
        assert book.loc[learner].to_dict() == marks


def test_an_lms_zip_is_read_in_memory_whatever_the_platform_renamed(tmp_path):
    learners = {name: csv_bytes([row(learner=name)]) for name in ("Ann", "Bo", "Cy", "Di")}
    inner = zip_bytes({"late/medialit-answers-di.csv": learners["Di"]})
    (tmp_path / "class.zip").write_bytes(zip_bytes({
        "Ann Lee_1234_assignsubmission_file_/medialit-answers-ann.csv": learners["Ann"],
        "bo_5678_99_medialit-answers-bo.CSV": learners["Bo"],
        "nested/deeper/cy.csv": learners["Cy"],
        "resubmissions.zip": inner,
        "__MACOSX/._cy.csv": b"\0\0junk",
        "Ann Lee_1234_onlinetext_/onlinetext.html": b"<p>see file</p>",
        "Ann Lee_1234_assignsubmission_file_/medialit-desk-log.csv": b"learner,desk,result_id,opened_at\nAnn,case_study,D01,2026-11-28T09:00:00Z\n",
    }))
    before = sorted(p.name for p in tmp_path.rglob("*"))
    results = read_class(tmp_path / "class.zip")
    assert [s.learner for s in results.submissions] == ["Ann", "Bo", "Cy", "Di"]
    assert results.problems == ["3 file(s) that are not answer files (a platform's own notes, desk logs, backups) were ignored."]
    assert sorted(p.name for p in tmp_path.rglob("*")) == before  # nothing unpacked to disk


def test_a_duplicate_learner_keeps_the_later_answer_and_says_so(tmp_path):
    write_submission(tmp_path / "a.csv", [row(learner="Ann  Lee", correct="false", checked_at="2026-11-28T10:00:00Z")])
    write_submission(tmp_path / "b.csv", [row(learner="ann lee", correct="false", answer=2, checked_at="2026-11-28T09:00:00Z")])
    results = read_class(tmp_path)
    assert len(results.submissions) == 1 and results.submissions[0].source.endswith("a.csv")
    assert results.counts(MARKED) == (1, 0) and results.submissions[0].answers[MARKED].answer == "1"
    assert len(results.problems) == 1 and "handed in 2 files" in results.problems[0] and "a.csv." in results.problems[0]


def test_a_right_answer_is_kept_over_a_later_wrong_one_in_old_and_new_files(tmp_path):
    """As the learner's own file keeps them (submission.py): going back to an exercise loses no right answer."""
    write_submission(tmp_path / "a.csv", [row(learner="Ann", correct="false", checked_at="2026-11-28T10:00:00Z")])
    write_submission(tmp_path / "b.csv", [row(learner="ann", correct="true", checked_at="2026-11-28T09:00:00Z")])
    new_format = pd.DataFrame([{**row(learner="Bo", correct="true"), "last_try": "2"}], columns=FILE_COLUMNS)
    (tmp_path / "c.csv").write_text(csv_text(new_format), encoding="utf-8")
    results = read_class(tmp_path)
    assert results.counts(MARKED) == (2, 2) and results.problems[0].startswith("Ann handed in 2 files")


def test_a_learner_s_two_files_are_merged_so_an_answer_only_the_older_holds_is_kept(tmp_path):
    """The check before the course handed in as one file and the check after as another: both must count."""
    early, late = MARKED, next(e for e in list_exercises() if e != MARKED)
    write_submission(tmp_path / "before.csv", [row(learner="Hana", exercise_id=early, correct="true", checked_at="2026-09-01T10:00:00Z")])
    write_submission(tmp_path / "after.csv", [row(learner="hana", exercise_id=late, correct="false", checked_at="2026-11-28T10:00:00Z")])
    (submission,) = read_class(tmp_path).submissions
    assert set(submission.answers) == {early, late} and submission.source.endswith("after.csv")


def test_every_unusable_file_gets_one_line_and_the_rest_is_read(tmp_path):
    write_submission(tmp_path / "good.csv", [row(learner="Good")])
    write_submission(tmp_path / "old.csv", [row(learner="Old", version="0.0.1")])
    (tmp_path / "foreign.csv").write_text("name,score\nAnn,3\n")
    (tmp_path / "my_answers.csv").write_text("exercise_id,answer,result,feedback\n00.1,2084,x,y\n")
    (tmp_path / "damaged.zip").write_bytes(zip_bytes({"x.csv": csv_bytes([row(learner="Lost")])})[:-30])
    (tmp_path / "notzip.zip").write_bytes(b"this is no zip")
    (tmp_path / "empty.csv").write_bytes(b"")
    results = read_class(tmp_path, tmp_path / "missing-folder")
    assert sorted(s.learner for s in results.submissions) == ["Good", "Old"]
    problems = "\n".join(results.problems)
    for name in ("old.csv", "foreign.csv", "my_answers.csv", "damaged.zip", "notzip.zip", "empty.csv", "missing-folder"):
        assert sum(name in line for line in results.problems) == 1, (name, problems)
    assert "course version 0.0.1" in problems and "older medialit" in problems and "not a medialit submission" in problems


def test_encodings_a_spreadsheet_or_editor_might_leave(tmp_path):
    text = csv_bytes([row(learner="Zoë Ångström")]).decode("utf-8")
    (tmp_path / "bom.csv").write_bytes(b"\xef\xbb\xbf" + text.replace("Zoë", "Zoé").encode("utf-8"))
    (tmp_path / "utf16.csv").write_bytes(text.replace("Zoë", "Zoï").encode("utf-16"))
    (tmp_path / "cp1252.csv").write_bytes(text.replace("Zoë", "Zoè").encode("cp1252"))
    (tmp_path / "utf16-no-bom.csv").write_bytes(text.replace("Zoë", "Zoû").encode("utf-16-le"))
    (tmp_path / "binary.csv").write_bytes(bytes(range(256)) * 4)
    results = read_class(tmp_path)
    assert sorted(s.learner for s in results.submissions) == ["Zoè Ångström", "Zoé Ångström", "Zoï Ångström"]
    assert len(results.problems) == 3
    assert any("cp1252.csv" in line and "Windows-1252" in line for line in results.problems)
    assert any("utf16-no-bom.csv" in line for line in results.problems) and any("binary.csv" in line for line in results.problems)


def test_zip_bombs_and_crowds_are_capped(tmp_path, monkeypatch):
    monkeypatch.setattr(gradebook, "MAX_ZIP_BYTES", 100_000)
    monkeypatch.setattr(gradebook, "MAX_ZIP_MEMBERS", 5)
    (tmp_path / "bomb.zip").write_bytes(zip_bytes({"a.csv": csv_bytes([row(learner="A")]), "b.csv": b"0" * 1_000_000}))
    (tmp_path / "crowd.zip").write_bytes(zip_bytes({f"{k}.csv": csv_bytes([row(learner=str(k))]) for k in range(6)}))
    nested = zip_bytes({"x.csv": csv_bytes([row(learner="Deep")])})
    for _ in range(4):
        nested = zip_bytes({"inner.zip": nested})
    (tmp_path / "deep.zip").write_bytes(nested)
    results = read_class(tmp_path)
    assert [s.learner for s in results.submissions] == ["A"]
    problems = "\n".join(results.problems)
    assert "zip bomb" in problems and "holds 6 files" in problems and "nested too deep" in problems


HOSTILE_NAMES = ['=HYPERLINK("http://evil.example","click")', "+1-2", "-3", "@SUM(A1:A2)", "\tTab",
                 "<script>alert(1)</script>", "../../etc/passwd", "Ann\x1b[2J\u202eevil", "x" * 5000]


def test_hostile_submissions_are_escaped_neutralised_and_never_raise(tmp_path):
    subs = tmp_path / "subs"
    subs.mkdir()
    for k, name in enumerate(HOSTILE_NAMES):
        write_submission(subs / f"h{k}.csv", [
            row(learner=name, exercise_id=WRITTEN, answer="<img src=x onerror=alert(1)> =1+1 " + "y" * 1_000_000, correct=""),
            row(learner=name, exercise_id=MARKED, correct="false", misconception="<b>03.4/x</b>"),
            row(learner=name, exercise_id="<i>99.9</i>", correct="true"),
        ])
    (tmp_path / "evil.zip").write_bytes(zip_bytes({"../../outside.csv": csv_bytes([row(learner="Zip ../ Learner")]),
                                                   "/abs/<b>x</b>.csv": b"a,b\n1,2\n"}))
    out = tmp_path / "out"
    before = {p for p in tmp_path.rglob("*")}
    assert main([str(subs), str(tmp_path / "evil.zip"), "--out", str(out)]) == 0
    assert {p for p in tmp_path.rglob("*")} - before == {out, out / "gradebook.csv", out / "class_report.html", out / "transfer.csv"}
    page = (out / "class_report.html").read_text(encoding="utf-8")
    assert "<script" not in page and "<img" not in page and "<b>" not in page and "<i>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page and "&lt;img src=x onerror=alert(1)&gt;" in page
    assert "\x1b" not in page and "\u202e" not in page and len(page) < 2_000_000
    with open(out / "gradebook.csv", encoding="utf-8", newline="") as file:
        learners = [r["learner"] for r in csv.DictReader(file)]
    assert len(learners) == len(HOSTILE_NAMES) + 1
    assert all(not name.startswith(("=", "+", "-", "@", "\t", "\r")) for name in learners)
    assert "'=HYPERLINK(\"http://evil.example\",\"click\")" in learners and "'-3" in learners
    assert max(len(name) for name in learners) <= gradebook.MAX_NAME


def test_the_report_is_one_page_that_fetches_nothing(tmp_path):
    synthetic_class(tmp_path / "class", 5)
    page = ClassReport(read_class(tmp_path / "class")).page()
    assert page.startswith("<!DOCTYPE html>") and "<script" not in page
    assert not re.search(r"(src|href)\s*=|url\(|@import|<link", page, flags=re.I)
    assert page.count("<h1>") == 1 and page.count("<svg") == 6 and page.count("<desc") == 6
    headings = [int(level) for level in re.findall(r"<h([1-6])", page)]
    assert all(b - a <= 1 for a, b in zip(headings, headings[1:]))


def test_the_report_gathers_written_answers_and_names_prompts(tmp_path):
    write_submission(tmp_path / "a.csv", [
        row(learner="Ann", exercise_id=WRITTEN, answer="Who counted the targets & how?", correct=""),
        row(learner="Ann", exercise_id=MARKED, answer=7, correct="false", misconception=TRAP.id),
    ])
    report = gradebook.class_report(tmp_path)
    fragment = report._repr_html_()
    assert "Who counted the targets &amp; how?" in fragment
    assert gradebook.html.escape(TRAP.prompt) in fragment and f"<code>{TRAP.id}</code>" in fragment
    assert report.gradebook.set_index("learner").loc["Ann", WRITTEN] == "" and "1 learner" in repr(report)


def test_the_command_says_plainly_when_nothing_could_be_read(tmp_path, capsys):
    (tmp_path / "empty").mkdir()
    assert main([str(tmp_path / "empty"), "--out", str(tmp_path / "out")]) == 1
    assert "No submission could be read" in capsys.readouterr().out and not (tmp_path / "out").exists()
    assert "No submission was found" in gradebook.class_report(tmp_path / "empty")._repr_html_()


def test_its_own_output_is_not_read_back_as_a_submission(tmp_path, capsys):
    synthetic_class(tmp_path, 3)
    assert main([str(tmp_path), "--out", str(tmp_path / "gradebook")]) == 0
    assert main([str(tmp_path), "--out", str(tmp_path / "gradebook")]) == 0
    assert "not a medialit submission" not in capsys.readouterr().out


def test_class_report_loads_lazily_from_the_package():
    code = ("import sys, medialit; assert 'medialit.gradebook' not in sys.modules; "
            "from medialit import class_report; print(class_report.__module__)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.stdout.strip() == "medialit.gradebook", done.stderr


def test_the_output_is_never_written_through_a_link(tmp_path, capsys):
    synthetic_class(tmp_path / "class", 2)
    (tmp_path / "out").mkdir()
    (tmp_path / "elsewhere.csv").write_text("keep me")
    (tmp_path / "out" / "gradebook.csv").symlink_to(tmp_path / "elsewhere.csv")
    assert main([str(tmp_path / "class"), "--out", str(tmp_path / "out")]) == 1
    assert (tmp_path / "elsewhere.csv").read_text() == "keep me" and "is a link or a folder" in capsys.readouterr().out


def test_a_file_on_disk_larger_than_a_submission_is_skipped_and_said_as_in_a_zip(tmp_path, monkeypatch):
    """Red team 5 M2: a disk file was read cut at MAX_FILE_BYTES without a word (its last rows lost); a zip member said so."""
    big = csv_bytes([row(learner="Big", answer="x" * 3_000), row(learner="Big", exercise_id=WRITTEN, answer="y" * 3_000)])
    monkeypatch.setattr(gradebook, "MAX_FILE_BYTES", len(big) - 10)
    (tmp_path / "medialit-answers-big.csv").write_bytes(big)
    (tmp_path / "class.zip").write_bytes(zip_bytes({"medialit-answers-big.csv": big}))
    (tmp_path / "medialit-answers-ann.csv").write_bytes(csv_bytes([row()]))
    results = read_class(tmp_path)
    assert [s.learner for s in results.submissions] == ["Ann"]
    too_large = [p for p in results.problems if "far too large for a submission; skipped." in p]
    assert len(too_large) == 2 and any(p.startswith(str(tmp_path / "medialit-answers-big.csv")) for p in too_large), results.problems
