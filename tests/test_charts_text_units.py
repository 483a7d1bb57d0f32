"""Charts refuse to go without a title and description; article display escapes; units read learner input."""
import altair as alt
import pandas as pd
import pytest

import medialit as ml
from medialit.charts import ChartError
from medialit.checks import AnswerError
from medialit.text import article_view
from medialit.units import parse_quantity

FRAME = pd.DataFrame({"what": ["a", "b"], "count": [1, 2]})
CHART = alt.Chart(FRAME).mark_bar().encode(x=alt.X("what", title="What"), y=alt.Y("count", title="Count"))


def test_show_sets_title_description_and_offers_spec_and_text_only():
    """No static SVG in a learner's kernel: the build adds it to answer keys (tests/test_static_charts.py)."""
    shown = ml.show(CHART, title="Two bars", description="Bar a is half as tall as bar b.")
    bundle = shown._repr_mimebundle_()
    spec = bundle["application/vnd.vegalite.v5+json"]
    assert spec["title"] == "Two bars" and spec["description"].startswith("Bar a")
    assert set(bundle) == {"application/vnd.vegalite.v5+json", "text/plain"}
    assert bundle["text/plain"] == "Chart: Two bars. Bar a is half as tall as bar b."


@pytest.mark.parametrize("kwargs", [dict(title="", description="A long enough description here."), dict(title="T", description="short")])
def test_show_refuses_charts_without_title_or_description(kwargs):
    with pytest.raises(ChartError):
        ml.show(CHART, **kwargs)


def test_show_refuses_non_charts():
    with pytest.raises(ChartError, match="expects an altair chart"):
        ml.show(FRAME, title="T", description="A long enough description here.")


def test_plain_altair_draws_offline():
    assert alt.renderers.active == "mimetype"
    assert alt.theme.active == "medialit"


def test_article_view_is_escaped_numbered_and_credited():
    view = article_view()
    page = view._repr_html_()
    assert "[5]" in page and "Sputnik International" in page and "Subscribe" not in page
    assert "Newsfeed" not in repr(view)


@pytest.mark.parametrize("text, metres", [("5.556 km", 5556), ("5556 m", 5556), ("3 nmi", 5556), ("3 nautical miles", 5556), ("5.5km", 5500)])
def test_parse_quantity(text, metres):
    assert parse_quantity(text, like="km").to("m").magnitude == pytest.approx(metres)


@pytest.mark.parametrize("bad, words", [("5.5 parsecs", "not a unit this course uses"), ("5.5 blorps", "not a unit this course knows"), ("5 kg", "not a unit this course knows"), ("5 hours", "measures something else"), (5.5, "needs its unit after the number"), ("km", "Expected a number"), (None, r"not nothing \(None\)")])
def test_parse_quantity_says_what_was_expected(bad, words):
    with pytest.raises(AnswerError, match=words):
        parse_quantity(bad, like="km")


def test_article_view_takes_one_kind_as_a_word():
    """A single string was once read letter by letter, and showed nothing."""
    view = article_view(kinds="headline")
    assert view.kinds == ("headline",) and len(view.rows()) == 1


@pytest.mark.parametrize("kinds", ["heading", ["headline", "captions"], 5, [["headline"]]])
def test_article_view_names_the_kinds_it_knows(kinds):
    with pytest.raises(ValueError, match="not a kind of line in the segments table; use one or more of: .*body_paragraph"):
        article_view(kinds=kinds)
