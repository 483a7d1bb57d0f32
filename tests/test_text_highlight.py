"""Escaped highlighting and word comparison in medialit.text."""
import pytest

from medialit.text import HIGHLIGHT_LEGEND, compare_words, highlight_html, words


def test_highlight_escapes_and_marks_without_colour_alone():
    page = highlight_html("a <script> b & c", [(2, 10, "S1")])
    assert "<script>" not in page and "&lt;script&gt;" in page and "&amp;" in page
    assert "[S1]" in page and "font-weight:bold" in page and "underline" in page
    assert "bold and underlined" in HIGHLIGHT_LEGEND


def test_highlight_keeps_text_between_spans():
    page = highlight_html("one two three", [(8, 13, "b"), (0, 3, "a")])
    assert page.index("[a]") < page.index(" two ") < page.index("[b]")
    assert highlight_html("plain", []) == "plain"


@pytest.mark.parametrize("spans", [[(0, 4, "a"), (2, 6, "b")], [(0, 99, "a")], [(3, 1, "a")]])
def test_bad_spans_are_refused(spans):
    with pytest.raises(ValueError, match="overlaps another span or lies outside"):
        highlight_html("some text", spans)


def test_words_keep_numbers_and_hyphens():
    assert words('Over 2,000 anti-terrorist "targets," 5.5 km') == ["Over", "2,000", "anti-terrorist", "targets", "5.5", "km"]


def test_compare_words():
    table = compare_words("Jets Destroyed Targets", body="the jets hit targets")
    assert table.to_dict("list") == {"word": ["Jets", "Destroyed", "Targets"], "body": [True, False, True]}
