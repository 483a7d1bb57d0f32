"""Classify-the-sentence drill: driven by its state, no browser needed."""
import ipywidgets
import pytest

from medialit.widgets.classify_drill import ClassifyDrill


def _controls(drill):
    view = drill.view
    pickers = view.children[1].children
    buttons = {button.description: button for button in view.children[2].children}
    return pickers, buttons, view.children[3]


def test_mode_only_drill_judges_against_the_ledger():
    drill = ClassifyDrill()
    assert drill.current()["id"] == "S01"
    drill.choose_mode("narration")
    assert drill.check() is True and "Why:" in drill.feedback and drill.right == 1
    drill.next()
    drill.choose_mode("direct_quote")
    assert drill.check() is False and "the ledger says paraphrase" in drill.feedback
    assert drill.score_text() == "Score: 1 right out of 2 checked (sentence 2 of 27)."


def test_source_is_asked_and_both_must_be_right():
    drill = ClassifyDrill(ask_source=True, sentence_ids=["S05"])
    drill.choose_mode("paraphrase")
    assert drill.check() is None and "source type first" in drill.feedback
    drill.choose_source("unnamed")
    assert drill.check() is False and "check the source type" in drill.feedback and "named person" in drill.feedback


def test_each_sentence_counts_once():
    drill = ClassifyDrill(sentence_ids=["S01"])
    drill.choose_mode("paraphrase")
    drill.check()
    drill.choose_mode("narration")
    assert drill.check() is True
    assert drill.score_text().startswith("Score: 0 right out of 1 checked")


def test_buttons_and_pickers_drive_the_drill_and_reset():
    drill = ClassifyDrill(ask_source=True)
    (mode, source), buttons, result = _controls(drill)
    assert isinstance(mode, ipywidgets.RadioButtons) and mode.description == "Mode:" and source.description == "Source type:"
    buttons["Check answer"].click()
    assert "Choose a mode first" in result.value
    mode.value = "narration"
    assert "Your answer: mode narration" in result.value
    source.value = "none"
    buttons["Check answer"].click()
    assert "Score: 1 right out of 1 checked" in result.value and "\u2714 Right" in result.value
    buttons["Next sentence"].click()
    assert mode.value is None and source.value is None and "sentence 2 of 27" in result.value
    buttons["Start again"].click()
    assert "Score: 0 right out of 0 checked (sentence 1 of 27)" in result.value


def test_end_of_the_drill_is_explained():
    drill = ClassifyDrill(sentence_ids=["S01"])
    drill.next()
    assert drill.finished and "last sentence" in drill.sentence_html()
    assert drill.check() is None and "Start again" in drill.feedback


def test_caption_line_is_flagged_and_text_escaped():
    drill = ClassifyDrill(sentence_ids=["S11", "S03"])
    assert "not part of the article: a photo caption" in drill.sentence_html()
    drill.next()
    assert "&quot;Since the beginning" in drill.sentence_html()


def test_bad_input_is_refused_in_words():
    drill = ClassifyDrill()
    drill.choose_mode("<b>quote</b>")
    assert drill.mode is None and "is not a mode" in drill.feedback and "<b>" not in drill.result_html()
    with pytest.raises(ValueError, match="no sentence 'S99'"):
        ClassifyDrill(sentence_ids=["S99"])


def test_snapshot_asks_the_question():
    assert "source identified" in ClassifyDrill(ask_source=True).snapshot_html()
    assert "source identified" not in ClassifyDrill().snapshot_html()


def test_a_list_is_refused_in_words_not_a_type_error():
    """A list once raised TypeError: unhashable type: 'list'."""
    drill = ClassifyDrill(ask_source=True)
    drill.choose_mode(["direct_quote"])
    assert drill.mode is None and "is not a mode" in drill.feedback
    drill.choose_source(["named_person"])
    assert drill.source_type is None and "is not a source type" in drill.feedback
