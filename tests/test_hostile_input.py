"""Hostile input everywhere a learner can type: plain-sentence help, never a traceback, never raw HTML echoed."""
import math
import os

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import medialit as ml
from medialit.articles import choose_article
from medialit.checks import AnswerError, parse_number
from medialit.units import parse_quantity
from medialit.widgets import controls, widget_classes

HOSTILE_TEXT = ["", "   ", "nan", "inf", "-1", str(10**100), "５.５ km", "5.5 parsecs", "<script>alert(1)</script>",
                '<img src=x onerror="alert(1)">', "\x00\x1b[31m", "🙂" * 50, "x" * 10_000]
RAW_HTML = ("<script", "<img src=x")


@settings(max_examples=150, deadline=None)
@given(st.one_of(st.text(), st.integers(), st.floats(), st.none(), st.lists(st.integers()), st.dictionaries(st.text(), st.integers())))
def test_parse_number_either_reads_or_explains(answer):
    try:
        value = parse_number(answer)
    except AnswerError as err:
        assert str(err).endswith(".") and "\n" not in str(err)
    else:
        assert math.isfinite(value)


@settings(max_examples=150, deadline=None)
@given(st.text())
def test_parse_quantity_either_reads_or_explains(text):
    try:
        quantity = parse_quantity(text, like="km")
    except AnswerError as err:
        assert "\n" not in str(err)
    else:
        assert quantity.dimensionality == parse_quantity("1 km").dimensionality


@settings(max_examples=100, deadline=None)
@given(st.sampled_from(ml.list_exercises()), st.one_of(st.text(), st.floats(), st.integers(), st.none(), st.lists(st.text())))
def test_check_never_raises(exercise_id, answer):
    feedback = ml.check(exercise_id, answer)
    assert feedback.correct in (True, False, None)
    assert not any(raw in feedback._repr_html_() for raw in RAW_HTML)


@pytest.mark.parametrize("name", [None, "", "   ", 3, ["claims"], "<script>", "../../etc/passwd"])
def test_load_table_explains_bad_names(name):
    with pytest.raises(ml.DataError):
        ml.load_table(name)


@pytest.mark.parametrize("cls", widget_classes(), ids=lambda c: c.__name__)
@pytest.mark.parametrize("text", HOSTILE_TEXT, ids=range(len(HOSTILE_TEXT)))
def test_widget_text_boxes_take_anything(cls, text, my_work):
    """Typing anything into any text box of any course widget gives a result, not an exception or raw HTML.

    Pressing every button may save something (the search desk logs a result opened), so into a scratch work folder."""
    import ipywidgets as w

    widget = cls()
    boxes = [c for c in controls(widget.view) if isinstance(c, (w.Text, w.Textarea))]
    for box in boxes:
        box.value = text
        assert box.value == text, "a learner's input is kept as typed"
    for button in (c for c in controls(widget.view) if isinstance(c, w.Button)):
        button.click()
    page = widget.snapshot_html()
    assert not any(raw in page for raw in RAW_HTML)


@pytest.mark.parametrize("cls", widget_classes(), ids=lambda c: c.__name__)
def test_every_control_has_an_accessible_label(cls):
    import ipywidgets as w

    for control in controls(cls().view):
        name = control.description if not isinstance(control, w.Button) else (control.description or control.tooltip)
        assert name and name.strip(), f"{cls.__name__}: a {type(control).__name__} has no label"


# --- issue 15: a megabyte of anything, paths out of my_work/, formulas in CSV, pint arithmetic ------------------

def _load_robustness():
    """The hostile inputs live once, in the benchmark that measures them."""
    import importlib.util
    from pathlib import Path

    spec = importlib.util.spec_from_file_location("robustness", Path(__file__).resolve().parent.parent / "benchmarks" / "robustness.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


robustness = _load_robustness()
MB, MEGABYTE_TEXT, FORMULAS, ESCAPES = robustness.MB, robustness.MEGABYTE_TEXT, robustness.FORMULAS, robustness.ESCAPES
#: Each learner-reachable call must answer 1 MB in well under this (best of two runs, so a load spike from
#: other work on a shared machine is not read as a slow algorithm).
BOUND_SECONDS = 1.0


def timed(call):
    """``call()``'s result and the faster of two runs, in seconds."""
    import time

    times = []
    for _ in range(2):
        started = time.perf_counter()
        result = call()
        times.append(time.perf_counter() - started)
    return result, min(times)


def seconds(call) -> float:
    return timed(call)[1]


@pytest.fixture
def my_work(tmp_path, monkeypatch):
    from medialit import storage
    from medialit.widgets import ledger_state

    monkeypatch.setenv(storage.WORK_DIR_ENV, str(tmp_path / "my_work"))
    monkeypatch.setattr(ledger_state, "_SESSIONS", {})
    return tmp_path / "my_work"


@pytest.mark.parametrize("exercise_id", ml.list_exercises())
def test_every_check_answers_a_megabyte_plainly_and_quickly(exercise_id):
    ml.check(exercise_id, "warm up")  # the answer key is worked out once per kernel
    for name in ("dollars", "pint power"):
        feedback, took = timed(lambda: ml.check(exercise_id, MEGABYTE_TEXT[name]))
        assert feedback.correct in (False, None) and len(feedback.message) < 600, name
        assert took < BOUND_SECONDS, f"{exercise_id} took {took:.2f} s on 1 MB of {name}"


@pytest.mark.parametrize("text", ["5 km*9**9**7", "5 km*9**9**8", "5 km*9**9**9**9", "5 " + "k" * 16_000, "5 km**99999",
                                  "5 (km)", "5 km+m", "5 1/km", "5 km 2", "5 km^2", "5 __import__", *MEGABYTE_TEXT.values()],
                         ids=lambda text: f"{text[:14]}..{len(text)}")
def test_unit_text_is_never_evaluated(text):
    """pint would compute the power before noticing the unit; the course looks up a unit name and nothing else."""
    from medialit.units import in_km, rounding_interval

    parse_quantity("1 km")  # the registry is built once per kernel
    for read in (parse_quantity, in_km, rounding_interval):
        with pytest.raises(AnswerError) as raised:
            read(text)
        assert "\n" not in str(raised.value) and len(str(raised.value)) < 200
        assert seconds(lambda: pytest.raises(AnswerError, read, text)) < 0.1


@pytest.mark.parametrize("text, unit", [("5 km", "kilometer"), ("5.5 km/h", "kilometer / hour"), ("3 nautical miles", "nautical_mile"),
                                        ("5 m/s", "meter / second"), ("2 mile_per_hour", "mile_per_hour"), ("5 KM", "kilometer")])
def test_ordinary_units_still_read(text, unit):
    from medialit.units import ureg

    assert str(parse_quantity(text, like="km/h" if "/" in unit or "per" in unit else "km").units) == unit
    assert ureg().Quantity(1, "km").dimensionality == parse_quantity("1 km").dimensionality


@pytest.mark.parametrize("name", MEGABYTE_TEXT)
def test_the_rounding_explorer_and_the_clock_take_a_megabyte(name):
    from medialit.clocks import ClockError, read_clock
    from medialit.widgets.rounding_explorer import RoundingExplorer

    explorer = RoundingExplorer()
    text = MEGABYTE_TEXT[name]
    assert seconds(lambda: explorer.set_figure("first", text)) < BOUND_SECONDS
    assert explorer.errors["first"].startswith("The first figure: ") and len(explorer.errors["first"]) < 300
    assert "<script" not in explorer.snapshot_html()
    with pytest.raises(ClockError, match=r"a text of [0-9,]{7,9} characters is not one"):
        read_clock(text)
    assert seconds(lambda: pytest.raises(ClockError, read_clock, text)) < 0.1


@pytest.mark.parametrize("cls", widget_classes(), ids=lambda c: c.__name__)
def test_every_text_box_takes_a_megabyte_quickly(cls, my_work):
    """Typing (pasting) 1 MB into any text box of any widget, then pressing every button, answers within the bound."""
    import ipywidgets as w

    widget = cls()
    boxes = [c for c in controls(widget.view) if isinstance(c, (w.Text, w.Textarea))]
    buttons = [c for c in controls(widget.view) if isinstance(c, w.Button)]
    for name in ("dollars", "pint power", "formula"):
        def type_and_press(text=MEGABYTE_TEXT[name]):
            for box in boxes:
                box.value = ""
                box.value = text
            for button in buttons:
                button.click()
        assert seconds(type_and_press) < BOUND_SECONDS * max(1, len(boxes)), f"{cls.__name__}: 1 MB of {name}"
        assert not any(raw in widget.snapshot_html() for raw in RAW_HTML)
    assert not my_work.exists() or all(p.stat().st_size < MB for p in my_work.iterdir())


def test_a_megabyte_pasted_as_an_article_falls_back_to_the_sample_plainly():
    from medialit.extract import extract_claims, extract_sentences
    from medialit.widgets.ledger_curator import choose_article

    for text in MEGABYTE_TEXT.values():
        assert seconds(lambda: pytest.raises(ValueError, extract_claims, text)) < 0.1
        assert seconds(lambda: pytest.raises(ValueError, extract_sentences, text)) < 0.1
        article = choose_article(pasted=text)
        assert article.name == "harbour_briefing" and "paste a single article" in article.note
    assert "more than 1,000 numbers" in choose_article(pasted="$5 " * 2_000).note


def test_load_table_refuses_a_megabyte_name_quickly():
    assert seconds(lambda: pytest.raises(ml.DataError, ml.load_table, "claims" * (MB // 6))) < 0.1


# --- files: where they may go, and what a spreadsheet makes of them -------------------------------------------

@pytest.mark.parametrize("path", ESCAPES)
def test_no_export_leaves_the_work_folder(my_work, path):
    from medialit import storage
    from medialit.widgets.ledger_curator import LedgerCurator

    def course_files():
        return {p: p.stat().st_mtime_ns for folder in storage.COURSE_FOLDERS for p in (storage.course_dir() / folder).rglob("*")}

    before = course_files()
    curator = LedgerCurator("The port said 40 km of road were closed.", name="escape")
    message = curator.export_csv(path)
    assert message.startswith("Problem: Files you save go in your work folder") and "give a plain name" in message
    with pytest.raises(storage.StorageError, match="Files you save go in your work folder"):
        storage.save_csv(curator.table(), path)
    assert course_files() == before, "a course file was written"
    assert not (my_work.parent / "x.csv").exists() and not os.path.exists("/tmp/medialit-escape.csv")
    assert ml.load_claims() is not None  # the ledger still loads in this kernel


def test_exported_cells_never_start_like_a_formula_and_read_back_exactly(my_work):
    import csv

    from medialit import storage

    files = robustness.write_hostile_exports()
    assert len(files) >= 3  # answers, the curator's autosave, formulas.csv
    neutralised = 0
    for path in files:
        with path.open(encoding="utf-8", newline="") as handle:
            cells = [cell for row in csv.reader(handle) for cell in row]
        assert not [cell for cell in cells if cell[:1] in storage.FORMULA_STARTS], path.name
        neutralised += sum(cell[:1] == "'" for cell in cells)
    assert neutralised >= len(FORMULAS)
    ledger = storage.read_csv("formulas.csv")
    assert ledger["speaker"].iloc[0] == "=1+1" and ledger["sentence"].iloc[0].startswith(FORMULAS[0])


def test_a_spreadsheet_engine_runs_no_formula_from_an_export(my_work, tmp_path):
    """LibreOffice (if installed: apt-get install libreoffice-calc-nogui) opens each export; no cell may be a formula.

    The same file without the course's guard is opened too, to show this LibreOffice does run such cells.
    """
    import shutil
    import subprocess
    import zipfile

    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip("LibreOffice is not installed (apt-get install libreoffice-calc-nogui); the cells are checked "
                    "directly by test_exported_cells_never_start_like_a_formula_and_read_back_exactly")
    from medialit import storage

    files = robustness.write_hostile_exports()
    unguarded = tmp_path / "unguarded.csv"
    unguarded.write_text(storage.read_csv("formulas.csv").to_csv(index=False), encoding="utf-8")
    converted = tmp_path / "converted"
    subprocess.run([soffice, f"-env:UserInstallation=file://{tmp_path / 'profile'}", "--headless", "--convert-to", "ods",
                    "--outdir", str(converted), *map(str, files), str(unguarded)], check=True, capture_output=True, timeout=300)

    def formulas(csv_path):
        with zipfile.ZipFile(converted / (csv_path.stem + ".ods")) as ods:
            return ods.read("content.xml").decode("utf-8").count("table:formula=")

    assert formulas(unguarded) > 0, "this LibreOffice did not run formulas at all, so the test proves nothing"
    assert {path.name: formulas(path) for path in files} == {path.name: 0 for path in files}


def test_saving_and_reading_a_megabyte_cell_is_quick(my_work):
    import pandas as pd

    from medialit import storage

    frame = pd.DataFrame({"text": [MEGABYTE_TEXT["formula"], MEGABYTE_TEXT["quotes"], "-" * MB], "n": [1, 2, 3]})
    assert seconds(lambda: storage.save_csv(frame, "big.csv")) < BOUND_SECONDS
    assert seconds(lambda: storage.read_csv("big.csv")) < BOUND_SECONDS
    assert storage.read_csv("big.csv")["text"].tolist() == frame["text"].tolist()
    for name in ("dollars", "quotes"):
        with pytest.raises(storage.StorageError, match="too long"):
            storage.save_csv(frame, MEGABYTE_TEXT[name] + ".csv")


@pytest.mark.parametrize("cls", widget_classes(), ids=lambda c: c.__name__)
def test_every_text_box_and_dropdown_keeps_a_readable_width_beside_its_label(cls):
    """A long label once squeezed lesson 05's export box to a few pixels; the browser suite measures it too."""
    import ipywidgets as w

    from medialit.widgets import READABLE_FIELD_EM

    for control in controls(cls().view):
        if isinstance(control, (w.Text, w.Textarea, w.Dropdown, w.DatePicker, w.Select)):
            assert control.layout.min_width == f"calc({len(control.description) + 1}ch + {READABLE_FIELD_EM}em)", \
                f"{cls.__name__}: {control.description!r} has no readable minimum width"


def test_a_one_line_article_is_counted_in_the_singular():
    shown = choose_article(pasted="The council said 12 homes flooded.")._repr_html_()
    assert "1 non-blank line." in shown and "lines." not in shown


# Red team 3 (issue 13): the input readers

def test_a_megabyte_dict_key_for_02_6_is_answered_quickly():
    import random

    rng = random.Random(1)
    letters = [chr(code) for code in range(256, 656)]
    key = " ".join("".join(rng.choice(letters) for _ in range(5)) for _ in range(166_000))
    assert seconds(lambda: ml.check("02.6", {key: 1}, record=False)) < BOUND_SECONDS
    assert "is not a verb the column holds" in str(ml.check("02.6", {key: 1}, record=False))


@pytest.mark.parametrize("exercise_id, answer", [("04.4", "not converted"), ("04.4", "it wasn't converted"),
                                                  ("02.2", "not a direct quote"), ("01.6", "not TASS"), ("01.8", "not hitting"),
                                                  ("05.3", "it is not checkable"), ("04.4", "it was never converted")])
def test_an_option_the_learner_negates_is_never_offered(exercise_id, answer):
    said = str(ml.check(exercise_id, answer, record=False))
    assert "Not yet" in said and "give only that" not in said


def test_an_option_in_a_sentence_is_still_offered():
    assert 'if you mean "converted", give only that' in str(ml.check("04.4", "it was converted", record=False))
    assert 'if you mean "direct quote", give only that' in str(ml.check("02.2", "it is a direct quote", record=False))


@pytest.mark.parametrize("exercise_id, answer, option", [("04.4", "converted, not", "converted"), ("04.4", "converted (not)", "converted"),
                                                          ("04.4", "converted: no", "converted"), ("02.2", "narration, not", "narration")])
def test_an_option_taken_back_after_it_is_refused(exercise_id, answer, option):
    said = str(ml.check(exercise_id, answer, record=False))
    assert "Correct" not in said and f'if you mean "{option}", give only that' in said


def test_an_option_then_another_negated_names_both():
    assert "names converted and misprint" in str(ml.check("04.4", "It was converted, not a misprint", record=False))
    from medialit.exercises import get_exercise

    right = get_exercise("04.4").expected()
    assert "Correct" in str(ml.check("04.4", f"{right}, because the intervals overlap", record=False))


@pytest.mark.parametrize("name", ["sum", "add", "upper", "len", "head"])
def test_any_command_named_without_brackets_is_called_one(name):
    import numpy as np
    import pandas as pd

    from medialit.answers import a_kind

    value = {"sum": np.sum, "add": np.add, "upper": str.upper, "len": len, "head": pd.DataFrame().head}[name]
    assert a_kind(value).startswith("a command that was named but not run")
    assert a_kind(pd.Series([1])) == "a column" and a_kind(pd.DataFrame({"a": [1]})) == "a table"


@pytest.mark.parametrize("answer", ["哈" * 16, "ฮา" * 16, "ha " * 8, "哈哈 " * 8])
def test_one_character_repeated_without_spaces_is_a_repeated_phrase(answer):
    assert "repeats one phrase" in str(ml.check("00.4", answer, record=False))


def test_a_megabyte_of_one_unspaced_character_is_read_quickly():
    from medialit.answers import repeated_phrase

    for text in ("哈" * MB, "a哈" * (MB // 2), "哈 " * (MB // 2), "这是一个关于新闻的问题" * (MB // 11) + "。"):
        assert seconds(lambda: repeated_phrase(text)) < BOUND_SECONDS
    assert repeated_phrase("这是一个关于新闻的问题我们需要检查来源") is None


@pytest.mark.parametrize("exercise_id, typed", [
    ("01.4", ("line 26!", "line 26")), ("01.4", ("Line 26.", "line 26")),
    ("01.4", ("Line 26: caption dated 'August 31, 2015'!", "Line 26: caption dated 'August 31, 2015'")),
    ("01.6", ("Sputnik.", "Sputnik")), ("01.6", ("Russia Today!", "Russia Today")),
    ("01.10", ("26, 27!", "26, 27")), ("01.10", (["26!", "27,"], [26, 27])),
    ("02.6", ({"said,": 1}, {"said": 1})), ("00.1", ("1550!.", "1550")), ("00.1", ("1550 ! !", "1550"))])
def test_final_marks_and_full_stops_are_read_as_without_them(exercise_id, typed):
    """Each is answered as the same text without its final marks, right or not (the feedback echoes what was typed)."""
    sloppy, plain = typed
    import medialit.exercises as registry
    from medialit.answers import preview

    registry._WRONG_TRIES.clear()
    said = str(ml.check(exercise_id, sloppy, record=False))
    registry._WRONG_TRIES.clear()
    assert said == str(ml.check(exercise_id, plain, record=False)).replace(preview(plain), preview(sloppy))


def test_a_desk_id_ended_with_a_mark_is_the_id():
    from medialit import lateral

    assert lateral.as_desk_spells("Result D02!", set()) == "D02" == lateral.as_desk_spells("D02.", set())
    assert ml.open_result("D02!").result_id == "D02"


def test_a_list_of_long_items_is_refused_by_its_whole_text_fast():
    """fixAJ found 200 items of 1,000 characters each ('g, f f f ...') took about 2 s: every item was read word by word.
    The whole list's text is bounded now, as each item's was."""
    import time

    from medialit.exercises import list_exercises, get_exercise

    item = "g, " + "f " * 498
    for exercise_id in (i for i in list_exercises() if get_exercise(i).kind == "choices"):
        started = time.perf_counter()
        feedback = ml.check(exercise_id, [item] * 200, record=False)
        assert time.perf_counter() - started < 1 and feedback.correct is not True, exercise_id
        assert feedback.message and "Traceback" not in feedback.message, exercise_id
    assert "its text runs to 199,800 characters" in ml.check("03.6", [item] * 200, record=False).message


@pytest.mark.parametrize("text", ["\u200f" * 1_000_000, "\u0662" * 1_000_000, ("narration, I mean " * 55)[:999],
                                  "g h i (none of these) " * 40, "\ufeff\u00ad" * 500_000])
def test_invisible_characters_digits_and_changes_of_mind_are_read_in_bounded_time(text):
    """Red team 5 (H1, L1): plain_answer is one linear pass, and a change of mind judges its two sides once each, only
    within MAX_READ_CHARS."""
    import time

    for exercise_id in ("02.2", "00.1", "04.6", "03.6"):
        started = time.perf_counter()
        feedback = ml.check(exercise_id, text, record=False)
        assert time.perf_counter() - started < 2.0 and "Traceback" not in feedback.message
