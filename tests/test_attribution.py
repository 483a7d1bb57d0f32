"""Attribution helpers: chains, shares, verbs and labels are computed from the ledger."""
import pytest

from medialit import attribution
from medialit.charts import CourseChart
from medialit.data import load_claims, load_sentences


def test_sentence_table_leaves_out_caption_and_teaser():
    article = attribution.sentence_table()
    everything = attribution.sentence_table(article_only=False)
    assert len(everything) == len(load_sentences())
    assert set(everything["line"]) - set(article["line"]) == {26, 27}
    assert (article.loc[article["speaker"].isna(), "source"] == attribution.OUTLET_VOICE).all()
    assert article["words"].gt(0).all()


def test_chain_reads_the_links_the_article_names():
    assert attribution.chain("C004") == "Sputnik International → Russian General Staff"
    assert attribution.chain("C011") == "Sputnik International → Russian General Staff → Andrei Kartapolov"
    assert attribution.chain("C001") == "Sputnik International"
    with pytest.raises(KeyError, match="no claim 'C999'"):
        attribution.chain("C999")
    assert attribution.chains().sum() == len(load_claims())


def test_source_shares_add_up():
    shares = attribution.source_shares()
    assert shares["words"].sum() == attribution.sentence_table()["words"].sum()
    assert shares["share of words (%)"].sum() == pytest.approx(100, abs=0.2)
    assert shares.iloc[0]["source"] == "Andrei Kartapolov"
    assert set(shares["how"]) <= set(attribution.MODE_LABELS.values())


def test_source_chart_has_title_description_and_word_labels():
    chart = attribution.source_chart()
    assert isinstance(chart, CourseChart)
    assert chart.title and "Andrei Kartapolov" in chart.description
    spec = chart.to_dict()
    assert spec["layer"][1]["mark"]["type"] == "text"


def test_verb_counts_and_labels():
    verbs = attribution.verb_counts()
    assert verbs.idxmax() == "said" and "\u2013" not in verbs.index
    labels = attribution.label_counts()
    assert list(labels.columns) == ["direct quote", "paraphrase", "narration", "total"]
    assert (labels[["direct quote", "paraphrase", "narration"]].sum(axis=1) == labels["total"]).all()
    custom = attribution.label_counts({"hotline": r"\bhotline\b"})
    assert custom.loc["hotline", "total"] == 1


def test_unnamed_parties_include_the_coordinate_providers():
    unnamed = attribution.unnamed_parties()
    assert "opposition_representatives" in set(unnamed["entity_id"])
    assert unnamed["name"].str.contains("(unnamed)", regex=False).all()


def test_shares_and_chart_for_any_ledger():
    """Lesson 05 charts a learner's own ledger: claims sharing a sentence count its words once."""
    import pandas as pd

    ledger = pd.DataFrame({
        "speaker": ["Ann Lee", "Ann Lee", "", None],
        "mode": ["direct_quote", "direct_quote", "narration", "paraphrase"],
        "sentence_start": [0, 0, 30, 60],
        "sentence": ["Two ships and three boats came.", "Two ships and three boats came.", "The port was busy.", "It rained, he said."],
    })
    shares = attribution.source_shares(ledger)
    assert shares.set_index(["source", "how"])["words"].to_dict() == {
        ("Ann Lee", "direct quote"): 6, (attribution.OUTLET_VOICE, "narration"): 4, (attribution.OUTLET_VOICE, "paraphrase"): 4}
    assert "Ann Lee: 43%" in attribution.source_chart(ledger).description
    assert "no bars" in attribution.source_chart(ledger.iloc[:0]).description
    with pytest.raises(ValueError, match="lacks the column"):
        attribution.source_shares(pd.DataFrame({"text": ["x"]}))
