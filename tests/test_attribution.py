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


def test_chain_examples_show_every_link_down_to_the_person_who_speaks():
    """Lesson 02's first chain table once showed four rows that all stopped at the institution: no person at all."""
    claims = load_claims()
    examples = attribution.chain_examples()
    assert len(examples) == len(claims.drop_duplicates(attribution.CHAIN_LINKS)) == attribution.chains().size
    assert examples[attribution.CHAIN_LINKS].notna().sum(axis=1).is_monotonic_increasing
    assert examples[attribution.CHAIN_LINKS].notna().all(axis=0).tolist() == [True, False, False]  # the outlet alone first
    longest = examples.iloc[-1]
    assert attribution.chain(longest["claim_id"]) == " → ".join(longest[attribution.CHAIN_LINKS])
    assert longest["chain_person"] == "Andrei Kartapolov"


def test_lesson_02_shows_the_chain_table_with_its_person():
    """The stored answer key displays the table the lesson's prose describes, the person's row included."""
    import nbformat

    from medialit.build import ROOT

    notebook = nbformat.read(ROOT / "solutions" / "02_who_says_so.ipynb", as_version=4)
    cell = next(cell for cell in notebook.cells if cell.get("id") == "chain_columns")
    shown = cell.outputs[0]["data"]["text/plain"]
    examples = attribution.chain_examples()
    assert all(claim_id in shown for claim_id in examples["claim_id"])
    assert examples["chain_person"].notna().any() and all(person in shown for person in examples["chain_person"].dropna())


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
    assert list(labels.columns) == [attribution.QUOTED, "paraphrase", "narration", "total"]
    assert (labels[[attribution.QUOTED, "paraphrase", "narration"]].sum(axis=1) == labels["total"]).all()
    custom = attribution.label_counts({"hotline": r"\bhotline\b"})
    assert custom.loc["hotline", "total"] == 1


def test_labels_inside_a_quoted_fragment_of_a_paraphrase_are_the_speakers():
    """Line 40 is a paraphrase ('He noted that Russia has "..."') whose 'patriotic' and 'terrorists' are quoted."""
    sentences = attribution.sentence_table()
    line_40 = sentences[sentences["line"] == 40].iloc[0]
    assert line_40["mode"] == "paraphrase" and '"' in line_40["text"]
    only_line_40 = {"line 40 words": r"\brepeatedly expressed readiness\b"}
    assert attribution.label_counts(only_line_40).loc["line 40 words", attribution.QUOTED] == 1
    assert attribution._outside_quotes('He said "a b" and "c', "paraphrase").split() == ["He", "said", "and"]
    assert attribution._outside_quotes('"a b" he said', "direct_quote") == ""


def test_bar_description_states_every_bar_largest_first():
    import pandas as pd

    table = pd.DataFrame({"source": ["B", "A", "C"], "words": [5, 9, 5]})
    assert attribution.bar_description(table) == "Horizontal bars, one per source. A: 9 words; B: 5 words; C: 5 words."


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


def test_the_case_study_chart_names_the_sources_in_order_but_not_the_share_02_8_asks():
    """Learner Z (Z8): the description printed Kartapolov's share just before exercise 02.8 asks for it."""
    import re

    description = attribution.source_chart().description
    shares = attribution.source_shares()
    order = shares.groupby("source")["words"].sum().sort_values(ascending=False).index
    positions = [description.index(source) for source in order]
    assert positions == sorted(positions)
    assert "%" not in description and not re.search(r"\b85\b", description)
    assert all(how in description for how in shares["how"])
