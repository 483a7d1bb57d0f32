"""Page explorer: driven by its state, no browser needed."""
import ipywidgets

from medialit.widgets.page_explorer import PageExplorer


def test_starts_on_the_headline():
    explorer = PageExplorer()
    assert "Headline</strong>: 1 line of the page" in explorer.result_html()


def test_choosing_a_kind_updates_the_view():
    explorer = PageExplorer()
    picker, result = explorer.view.children
    assert isinstance(picker, ipywidgets.Dropdown) and picker.description == "Part of the page:"
    picker.value = "template_residue"
    assert "line 62:" in result.value and "1 line of the page" in result.value
    picker.value = "body_paragraph"
    assert "20 lines" in result.value and "unclear boundary" in result.value


def test_unknown_kind_is_ignored_not_raised():
    explorer = PageExplorer(kind="<script>")
    assert explorer.kind == "headline"
    explorer.set_kind("nonsense")
    assert explorer.kind == "headline"


def test_text_is_escaped():
    explorer = PageExplorer(kind="photo_credit")
    assert "©" in explorer.result_html() and "<script" not in explorer.result_html()


def test_display_bundle_has_live_view_snapshot_and_label():
    bundle = PageExplorer()._repr_mimebundle_()
    assert "application/vnd.jupyter.widget-view+json" in bundle
    assert bundle["text/plain"].startswith("Page explorer")
    assert "medialit-snapshot" in bundle["text/html"]


def test_menu_labels_do_not_answer_exercise_00_3():
    """Exercise 00.3 asks which part of the page is not in English: the menu must not say so itself."""
    labels = " ".join(label for label, _ in PageExplorer().options).casefold()
    assert "english" not in labels and "russian" not in labels


def test_a_list_kind_is_ignored_not_a_type_error():
    """A list once raised TypeError: unhashable type: 'list'."""
    explorer = PageExplorer(kind=["photo_credit"])
    assert explorer.kind == "headline"
    explorer.set_kind(["photo_credit"])
    assert explorer.kind == "headline"


def test_one_unclear_line_sits():
    explorer = PageExplorer(kind="body_paragraph")
    assert "1 of these lines sits on an unclear boundary" in explorer.result_html()


def test_the_unclear_line_is_marked_in_the_list_and_named_in_the_note():
    """Learner P (issue 13, item 11): the note said one line sits on an unclear boundary but the list did not say which."""
    import re

    from medialit.data import load_segments

    segments = load_segments()
    unclear = segments.loc[(segments["kind"] == "body_paragraph") & (segments["boundary"] == "ambiguous"), "segment_id"].tolist()
    html = PageExplorer("body_paragraph").result_html()
    marked = re.findall(r"line (\d+):</span> <strong>\[unclear boundary\]</strong>", html)
    assert marked == [str(n) for n in unclear] and len(marked) == 1
    assert f"(line {unclear[0]}, marked in the list;" in html


def test_the_unclear_boundary_mark_is_explained_where_lesson_00_meets_it():
    """Learner Z (Z15): lesson 00 showed '[unclear boundary]' without saying what it means; lesson 01 explains it later."""
    html = PageExplorer("body_paragraph").result_html()
    assert "[unclear boundary]" in html
    assert "cannot show whether such a line belongs to the article or to the page around it" in html
