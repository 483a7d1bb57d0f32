"""Any article turned into practice in one command: drafted, validated, marked to review, and checked plainly."""
import json
from pathlib import Path
import shutil
import subprocess
import sys

import pandas as pd
import pytest

from medialit import practice
from medialit.data import data_dir

ROOT = Path(__file__).resolve().parent.parent

ARTICLE = (
    "Council Approves Bus Depot After Three-Hour Debate\n\n"
    "The Brantley town council voted 7 to 2 on Tuesday night to build a bus depot costing $14.5 million, a council spokesperson said.\n"
    "\u201cThis depot will serve 40,000 riders a day,\u201d said Mayor Ana Ruiz. \u201cIt is long overdue.\u201d\n"
    "A resident who asked not to be named said the site is only 300 metres from a primary school.\n"
)


@pytest.fixture
def course_data(tmp_path, monkeypatch):
    folder = tmp_path / "data"
    shutil.copytree(data_dir(), folder)
    monkeypatch.setenv("MEDIALIT_DATA_DIR", str(folder))
    return folder


def _article(tmp_path, text=ARTICLE, name="article.txt"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_add_drafts_validates_and_lists_what_to_check(course_data, tmp_path):
    lines = practice.add(_article(tmp_path), "brantley_depot", "Bus depot")
    samples = course_data / "samples"
    assert (samples / "brantley_depot.txt").read_text(encoding="utf-8") == ARTICLE
    claims = pd.read_csv(samples / "brantley_depot_claims.csv", dtype=str, keep_default_na=False)
    assert len(claims) >= 5 and set(claims["verifiability"]) == {"to_review"}
    assert lines[0].startswith("Added brantley_depot:") and lines[-1] == "Then run: python -m medialit.practice check brantley_depot"
    resources = {r["name"]: r for r in json.loads((samples / "datapackage.json").read_text(encoding="utf-8"))["resources"]}
    assert {resources[n]["origin"] for n in ("brantley_depot", "brantley_depot_claims", "brantley_depot_sentences")} == {"extractor draft"}
    assert practice.problems("brantley_depot")[0].endswith("still rated to_review: rate each checkable, partly_checkable or uncheckable.")


def test_a_reviewed_article_is_ready(course_data, tmp_path):
    practice.add(_article(tmp_path), "brantley_depot")
    path = course_data / "samples" / "brantley_depot_claims.csv"
    claims = pd.read_csv(path, dtype=str, keep_default_na=False)
    claims["verifiability"] = "checkable"
    claims.to_csv(path, index=False, lineterminator="\n")
    sentences = course_data / "samples" / "brantley_depot_sentences.csv"
    table = pd.read_csv(sentences, dtype=str, keep_default_na=False)
    table["speaker"] = table["speaker"].replace(practice.NO_SPEAKER, "a resident")
    table.to_csv(sentences, index=False, lineterminator="\n")
    assert practice.problems("brantley_depot") == []
    result = subprocess.run([sys.executable, "-m", "medialit.practice", "check", "brantley_depot"], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0 and result.stdout.strip().endswith("brantley_depot is ready for lesson 05.")
    assert "Lesson 05 needs of a practice article:" in result.stdout


def test_any_length_and_any_number_of_quotes(course_data, tmp_path):
    """Past S99 and with every sentence a quote: the ids and the schema still hold."""
    text = "Harbour Counts\n\n" + "".join(f"\u201cWe counted {n} boats,\u201d said Ann Lee. " for n in range(1, 131))
    practice.add(_article(tmp_path, text), "many_quotes")
    sentences = pd.read_csv(course_data / "samples" / "many_quotes_sentences.csv", dtype=str)
    assert len(sentences) >= 120 and sentences["sentence_id"].iloc[-1] == f"S{len(sentences):02d}"


@pytest.mark.parametrize("name, message", [
    ("../evil", "cannot name a practice article"),
    ("Bad Name", "cannot name a practice article"),
    ("x_claims", "cannot name a practice article"),
    ("harbour_briefing", "already a practice article"),
])
def test_bad_names_are_refused_and_nothing_is_written(course_data, tmp_path, name, message):
    before = sorted(p.name for p in (course_data / "samples").iterdir())
    package = (course_data / "samples" / "datapackage.json").read_text(encoding="utf-8")
    with pytest.raises(practice.PracticeError, match=message):
        practice.add(_article(tmp_path), name)
    assert sorted(p.name for p in (course_data / "samples").iterdir()) == before
    assert (course_data / "samples" / "datapackage.json").read_text(encoding="utf-8") == package


@pytest.mark.parametrize("content, message", [
    (b"\xff\xfeA\x00", "not UTF-8"),
    (b"   \n", "empty"),
    (b"a\x00b", "NUL"),
    (b"word " * 50_000, "drafts one article of up to 50,000 characters"),
    (b"$5 " * 2_000, "more than 1,000 numbers"),
])
def test_articles_that_are_not_plain_text_are_refused(course_data, tmp_path, content, message):
    path = tmp_path / "odd.txt"
    path.write_bytes(content)
    with pytest.raises(practice.PracticeError, match=message):
        practice.add(path, "odd")
    assert not (course_data / "samples" / "odd.txt").exists()


def test_check_names_a_missing_article(course_data):
    assert "add the article with" in practice.problems("nothing_here")[0]
    result = subprocess.run([sys.executable, "-m", "medialit.practice", "check", "nothing_here"], capture_output=True, text=True, timeout=120)
    assert result.returncode == 1 and "nothing_here is not ready for lesson 05" in result.stdout


def test_the_suite_stays_green_with_a_new_practice_article(course_data, tmp_path):
    """What the guide promises: add an article, and every test that reads the samples still passes."""
    practice.add(_article(tmp_path), "brantley_depot")
    tests = [str(ROOT / "tests" / name) for name in ("test_extract.py", "test_widgets_ledger_curator.py", "test_data.py")]
    result = subprocess.run([sys.executable, "-m", "pytest", "-q", "-x", "-p", "no:cacheprovider", "--no-header", "-k", "not hypothesis and not property", *tests],
                            capture_output=True, text=True, timeout=600, cwd=ROOT)
    assert result.returncode == 0, result.stdout[-3000:]


FORMULA_ARTICLE = (
    "Cold Snap Grips the Town\n\n"
    "-5 \u00b0C was the low on Tuesday, the mayor said.\n"
    "=SUM(1+1) is what the council's spreadsheet showed, an official said.\n"
    "+3 \u00b0C is forecast for Friday, the weather service said.\n"
)


def test_drafted_tables_are_written_with_the_formula_guard_and_read_back_as_the_article(course_data, tmp_path):
    """Red team 5 M3: the drafts went through a plain to_csv, so a sentence starting =, + or - was a live formula in the
    spreadsheet an instructor reviews; they go through the course's one CSV writer and the loaders undo its guard."""
    from medialit.data import load_table
    from medialit.storage import FORMULA_STARTS

    practice.add(_article(tmp_path, FORMULA_ARTICLE), "cold_snap")
    samples = course_data / "samples"
    for table in ("cold_snap_claims", "cold_snap_sentences"):
        raw = pd.read_csv(samples / f"{table}.csv", dtype=str, keep_default_na=False)
        cells = [cell for column in raw.columns for cell in raw[column]]
        assert not [cell for cell in cells if cell.startswith(FORMULA_STARTS)], table
        loaded = load_table(table, folder=samples)
        text = (samples / "cold_snap.txt").read_text(encoding="utf-8")
        assert all(text[start:end] == span for start, end, span in zip(loaded["char_start"], loaded["char_end"], loaded["text"]))
    sentences = load_table("cold_snap_sentences", folder=samples)["text"].tolist()
    assert any(sentence.startswith("=SUM(1+1)") for sentence in sentences), sentences
    assert any(cell.startswith("'=SUM(1+1)") for cell in
               pd.read_csv(samples / "cold_snap_sentences.csv", dtype=str, keep_default_na=False)["text"])
