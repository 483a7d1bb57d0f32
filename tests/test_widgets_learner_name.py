"""Learner name box: lesson 00's one question about the learner, driven through its text box."""
import pytest

import medialit as ml
from medialit import submission
from medialit.widgets import controls
from medialit.widgets.learner_name import LearnerNameBox


@pytest.fixture(autouse=True)
def no_name_yet(tmp_path, monkeypatch):
    monkeypatch.setenv("MEDIALIT_WORK_DIR", str(tmp_path))
    for variable in submission.LEARNER_ENV:
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setattr(submission, "_session_learner", None)
    return tmp_path


def text_box(widget):
    (box,) = [c for c in controls(widget.view) if c.description == "Your name:"]
    return box


def test_asks_when_no_name_is_known():
    widget = LearnerNameBox()
    assert text_box(widget).value == "" and "Type your name" in widget.snapshot_html()


def test_typing_a_name_sets_it_and_keeps_it_for_later_lessons(no_name_yet):
    widget = LearnerNameBox()
    text_box(widget).value = "  Ada   Example "
    assert ml.current_learner() == "Ada Example" == widget.name
    assert "medialit-answers-ada-example.csv" in widget._result.value
    assert (no_name_yet / "medialit-learner.txt").exists()


def test_a_known_name_is_shown_ready(monkeypatch):
    monkeypatch.setenv("JUPYTERHUB_USER", "learner7")
    widget = LearnerNameBox()
    assert text_box(widget).value == "learner7" and "(your JupyterHub username)" in widget.message


def test_a_name_given_in_code_is_set():
    assert LearnerNameBox("Ada Example").name == "Ada Example" == ml.current_learner()
    assert LearnerNameBox(...).name == "Ada Example"  # the student copy's placeholder leaves it as it is


@pytest.mark.parametrize("odd, says", [("", "Type your name first"), ("x" * 500, "at most 100"), ("?!", "letter or digit")])
def test_odd_names_get_a_plain_message_and_keep_the_name(odd, says):
    widget = LearnerNameBox("Ada Example")
    text_box(widget).value = odd
    assert says in widget._result.value and widget.name == "Ada Example" == ml.current_learner()


def test_names_are_escaped():
    widget = LearnerNameBox("<script>alert(1)</script>")
    assert "<script>" not in widget.snapshot_html() and "&lt;script&gt;" in widget.snapshot_html()


def test_the_button_saves_what_is_typed():
    widget = LearnerNameBox()
    box = text_box(widget)
    box.unobserve_all("value")  # the box has not lost focus yet: only the button saves
    box.value = "Bo Diaz"
    next(c for c in controls(widget.view) if c.description == "Save my name").click()
    assert ml.current_learner() == "Bo Diaz"


def test_a_new_name_starts_a_new_log_of_desk_openings(no_name_yet):
    """Learner U (round 5, LOW 9): Uma opened 5 results, the name box changed to Bob, and check_transfer recorded the 5
    openings under Bob. Openings belong to the name they were made under; Uma's stay in her desk log."""
    from medialit import lateral, transfer

    ml.set_learner("Uma Example")
    lateral.reset_desk()
    desk = transfer.transfer_form("T2.1").desk
    ids = sorted(ml.load_lateral_results().query("desk == @desk")["result_id"])[:5]
    others = sorted(ml.load_lateral_results().query("desk in ['form_a', 'form_b'] and desk != @desk")["result_id"])[:5]
    for result_id in ids + others:  # on both forms' desks: whichever form Bob is given
        ml.open_result(result_id)
    widget = LearnerNameBox()
    widget.set_name("uma example")  # the same learner, spelled another way: the openings stay
    assert lateral.opened_results(desk) == ids
    widget.set_name("Bob Example")
    assert lateral.opened_results() == [] and lateral.logged_openings(desk) == []
    transfer.transfer_form("T2.1")  # Bob is shown his own form first
    feedback = ml.check_transfer("T2.1", "Not for the whole region: the figure counts only some departments, and other "
                                 "reports with their own records show a much smaller change, so a reader should use those "
                                 "figures instead of the headline one.")
    assert "0 openings" in feedback.message, feedback.message
    widget.set_name("Uma Example")
    assert lateral.logged_openings(desk) == ids


def test_set_learner_in_code_starts_a_new_list_of_openings_too(no_name_yet):
    """ml.set_learner is the name box's own path: a name changed in code starts a new list of openings as well."""
    from medialit import lateral

    ml.set_learner("Uma Example")
    lateral.reset_desk()
    ml.open_result("D01")
    ml.set_learner("UMA  example")
    assert lateral.opened_results() == ["D01"]
    ml.set_learner("Bob Example")
    assert lateral.opened_results() == []


def test_the_button_after_the_box_saved_keeps_the_advice_on_a_mistyped_name():
    """Learner AV (M): typing the corrected name and clicking the button saved it twice (the box saves when it loses
    focus), and the second, short message replaced the one saying how to bring the answers of the mistyped name along."""
    from medialit.exercises import get_exercise

    widget = LearnerNameBox()
    box = text_box(widget)
    box.value = "Zed Tpyo"
    ml.check("00.1", get_exercise("00.1").expected())
    box.value = "Zed Typo"  # the box loses focus when the learner clicks the button: it saves first
    assert 'ml.move_answers("Zed Tpyo")' in widget.message
    next(c for c in controls(widget.view) if c.description == "Save my name").click()
    assert 'ml.move_answers("Zed Tpyo")' in widget.message and 'move_answers' in widget._result.value
