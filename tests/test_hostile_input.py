"""Hostile input everywhere a learner can type: plain-sentence help, never a traceback, never raw HTML echoed."""
import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import medialit as ml
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
def test_widget_text_boxes_take_anything(cls, text):
    """Typing anything into any text box of any course widget gives a result, not an exception or raw HTML."""
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


@pytest.mark.parametrize("cls", widget_classes(), ids=lambda c: c.__name__)
def test_every_text_box_and_dropdown_keeps_a_readable_width_beside_its_label(cls):
    """A long label once squeezed lesson 05's export box to a few pixels; the browser suite measures it too."""
    import ipywidgets as w

    from medialit.widgets import READABLE_FIELD_EM

    for control in controls(cls().view):
        if isinstance(control, (w.Text, w.Textarea, w.Dropdown, w.DatePicker, w.Select)):
            assert control.layout.min_width == f"calc({len(control.description) + 1}ch + {READABLE_FIELD_EM}em)", \
                f"{cls.__name__}: {control.description!r} has no readable minimum width"
