"""Attribution explorer: driven by its state, no browser needed."""
import statistics
import time

import ipywidgets

from medialit.widgets.attribution_explorer import AttributionExplorer


def test_starts_on_direct_quotes_with_count_and_legend():
    explorer = AttributionExplorer()
    page = explorer.result_html()
    assert "10 of 27 sentences" in page and "match Mode: direct quote" in page
    assert "Legend:" in page and "bold and underlined" in page and "[S03]" in page
    assert "Sputnik International" in page


def test_menu_offers_modes_source_types_speakers_and_verbs():
    labels = [label for label, _ in AttributionExplorer().options]
    for expected in ("Mode: narration", "Source type: unnamed (never named anywhere in the article)", "Speaker: Andrei Kartapolov",
                     "Speaker: none (the outlet's own voice)", "Attribution verb: emphasized",
                     "Speaker only implied (a bare 'he', or by position)"):
        assert expected in labels


def test_choosing_updates_the_view():
    explorer = AttributionExplorer()
    picker, result = explorer.view.children
    assert isinstance(picker, ipywidgets.Dropdown) and picker.description == "Highlight:"
    picker.value = "mode:narration"
    assert "4 of 27 sentences" in result.value and "[S19]" in result.value and "[S03] &quot;" not in result.value
    picker.value = "speaker:Russian General Staff"
    assert "1 of 27 sentences" in result.value and "[S02]" in result.value


def test_caption_and_teaser_are_marked_as_not_this_article():
    page = AttributionExplorer("source_type:unnamed").result_html()
    assert "not this article: the headline of another article" in page and "[S12]" in page


def test_unknown_choice_keeps_the_highlight_and_says_so():
    explorer = AttributionExplorer()
    explorer.set_choice("<script>")
    assert explorer.choice == "mode:direct_quote"
    assert "not one of the menu" in explorer.result_html() and "<script>" not in explorer.result_html()
    assert AttributionExplorer(choice="nonsense").choice == "mode:direct_quote"


def test_article_text_is_escaped():
    page = AttributionExplorer().result_html()
    assert "&quot;Since the beginning" in page and '"Since the beginning' not in page


def test_response_is_fast():
    explorer = AttributionExplorer()
    picker = explorer.view.children[0]
    timings = []
    for _, key in explorer.options:
        started = time.perf_counter()
        picker.value = key
        timings.append(time.perf_counter() - started)
    assert statistics.median(timings) < 0.03


def test_a_list_choice_is_refused_in_words_not_a_type_error():
    """A list once raised TypeError: unhashable type: 'list'."""
    assert AttributionExplorer(choice=["mode:narration"]).choice == "mode:direct_quote"
    explorer = AttributionExplorer()
    explorer.set_choice(["mode:narration"])
    assert explorer.choice == "mode:direct_quote" and "not one of the menu" in explorer.message


def test_the_implied_speakers_count_is_left_to_exercise_02_4():
    """Its count is 02.4's answer (cold learner J read it off the screen); the sentences are still highlighted."""
    explorer = AttributionExplorer(choice="implied")
    page = explorer.result_html()
    assert "Exercise 02.4 asks you to count them" in page and " of 27 sentences" not in page and "[S0" in page


def test_a_verb_choice_highlights_without_the_count_02_6_asks_for():
    """Learner R (round 4): 'Attribution verb: said' showed '7 of 27 sentences', the count exercise 02.6 asks for."""
    from medialit.widgets.attribution_explorer import AttributionExplorer

    explorer = AttributionExplorer()
    verbs = [key for _, key in explorer.options if key.startswith("verb:")]
    assert verbs
    for key in verbs:
        explorer.set_choice(key)
        assert "Exercise 02.6 asks you to count them" in explorer.count_text() and " of 27 sentences" not in explorer.count_text()
