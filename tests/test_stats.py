"""Totals, rates, consistency and verifiability, all computed from the ledger (lesson 03)."""
from datetime import date, datetime

import pandas as pd
import pytest

import medialit as ml
from medialit import stats


def test_claims_carry_the_line_they_stand_on():
    claims = stats.claims_with_lines()
    sentences = ml.load_sentences().set_index("sentence_id")["segment_id"]
    assert (claims["line"] == claims["sentence_id"].map(sentences)).all()


def test_campaign_breakdown_leaves_a_remainder_computed_from_the_data():
    itemised = ml.load_itemised()
    rows = itemised[itemised["breakdown"] == "campaign"]
    claims = ml.load_claims().set_index("claim_id")
    total = int(claims.loc[rows["total_claim_id"].iloc[0], "value"])
    parts = stats.breakdown("campaign")
    assert parts.total == total and parts.itemised_sum == int(rows["count"].sum())
    assert parts.remainder == total - int(rows["count"].sum()) > 0
    assert parts.total_line == 10 and set(parts.items["line"]) == {14}
    assert "not itemised" in repr(parts)


def test_day_breakdown_adds_up():
    day = stats.breakdown("day_opposition_targets")
    assert day.remainder == 0 and day.total_line == 36


def test_unknown_breakdown_is_explained():
    with pytest.raises(ValueError, match="campaign"):
        stats.breakdown("<script>")


def test_gap_chart_has_title_description_and_every_part():
    chart = stats.gap_chart()
    spec = chart.to_dict()
    parts = stats.breakdown()
    assert spec["title"] and f"{parts.remainder:,}" in chart.description and f"{parts.total:,}" in chart.description
    rows = next(iter(spec["datasets"].values()))
    assert sum(r["count"] for r in rows if r["part"] == "itemised") == parts.itemised_sum
    assert any(r["part"] == "not itemised" and r["count"] == parts.remainder for r in rows)


def test_campaign_dates_come_from_the_ledger():
    assert stats.campaign_dates() == (date(2015, 9, 30), date(2015, 11, 3))


def test_days_after_the_start_match_lesson_01():
    assert stats.campaign_days(date(2015, 11, 3)) == 34
    assert stats.campaign_days(date(2015, 10, 1)) == 1


def test_rates_for_the_cited_date_and_another():
    cited = stats.rates()
    assert (cited.sorties, cited.targets, cited.day_sorties, cited.day_targets) == (1631, 2084, 12, 24)
    assert cited.sorties_per_day == pytest.approx(1631 / 34)
    assert cited.targets_per_sortie == pytest.approx(2084 / 1631)
    later = stats.rates(date(2015, 11, 10))
    assert later.sorties_per_day < cited.sorties_per_day and later.targets_per_sortie == cited.targets_per_sortie
    shown = repr(cited)  # the figures to divide, never the quotients lesson 03 asks for (03.4, 03.5)
    assert "1,631 sorties" in shown and "2,084 targets" in shown and "34 days" in shown
    assert f"{cited.sorties_per_day:.1f}" not in shown and f"{cited.targets_per_sortie:.2f}" not in shown


@pytest.mark.parametrize("bad", [date(2015, 9, 30), date(2015, 1, 1), "2015-11-03"])
def test_rates_refuse_a_date_before_the_start(bad):
    with pytest.raises(ValueError, match="after the campaign's start"):
        stats.rates().on(bad)


def test_curve_starts_after_the_start_and_falls():
    curve = stats.rates().curve(date(2015, 9, 1), date(2015, 10, 5))
    assert curve["date"].iloc[0] == "2015-10-01" and curve["days"].iloc[0] == 1
    assert curve["sorties_per_day"].is_monotonic_decreasing


def test_consistency_checks_compare_numbers_from_the_ledger():
    checks = stats.consistency_checks()
    assert tuple(checks["check_id"]) == stats.CHECK_IDS
    assert set(checks["result"]) == {"agree", "leaves a remainder", "cannot be checked from the article"}
    assert checks.set_index("check_id").loc["f", "result"] == "leaves a remainder"


def test_verifiability_by_line_counts_every_claim():
    counts = stats.verifiability_by_line()
    assert counts["claims"].sum() == len(ml.load_claims())
    assert set(counts["verifiability"]) <= set(stats.RATINGS)


def test_verifiability_chart_describes_the_counts():
    chart = stats.verifiability_chart()
    ratings = ml.load_claims()["verifiability"].astype(str).value_counts()
    assert f"{ratings['uncheckable']} claims uncheckable" in chart.description
    assert chart.to_dict()["description"] == chart.description


def test_compare_ratings_runs_before_anything_is_rated():
    table = stats.compare_ratings(["C004", "c034"], ...)
    assert list(table["yours"]) == ["not rated yet", "not rated yet"] and list(table["agree"]) == ["", ""]
    rated = stats.compare_ratings(["C004", "C034"], ["uncheckable", "Partly checkable"])
    assert list(rated["agree"]) == ["yes", "no"] and rated["ledger_reason"].str.len().min() > 0


def test_compare_ratings_hides_the_ledger_until_a_claim_is_rated():
    """A learner rates first and sees the ledger's rating and reason only afterwards, claim by claim."""
    ledger = ml.load_claims().set_index("claim_id")
    unrated = stats.compare_ratings(["C004", "C034"], ...)
    for rating in ml.load_claims()["verifiability"].astype(str).unique():
        assert rating not in set(unrated["ledger"])
    assert set(unrated["ledger_reason"]) == {""} and set(unrated["evidence_holder"]) == {""}
    half = stats.compare_ratings(["C004", "C034"], ["checkable", "not sure yet"])
    assert half.loc[0, "ledger"] == str(ledger.loc["C004", "verifiability"])
    assert half.loc[1, "ledger_reason"] == "" and half.loc[1, "yours"] == "not rated yet"


@pytest.mark.parametrize("ratings", [["checkable", "uncheckable", "partly_checkable", "checkable"], ["checkable", "uncheckable"]])
def test_compare_ratings_compares_nothing_when_the_count_of_ratings_is_wrong(capsys, ratings):
    """Cold learner (round 6): 4 ratings for 3 claims were warned about, yet every row was still marked "yes"."""
    table = stats.compare_ratings(["C004", "C034", "C062"], ratings)
    assert f"You gave {len(ratings)} rating(s) for 3 claims, so nothing was compared" in capsys.readouterr().out
    assert set(table["yours"]) == {"not rated yet"} and set(table["agree"]) == {""} and set(table["ledger_reason"]) == {""}


def test_compare_ratings_names_an_unknown_claim():
    with pytest.raises(ValueError, match="no claim"):
        stats.compare_ratings(["C999"], ["checkable"])


def test_earlier_briefings_are_cited():
    assert ml.load_earlier_briefings()["reported_by"].str.len().min() > 0
    assert ml.load_earlier_briefings()["date"].is_monotonic_increasing


def test_count_word_lines_finds_whole_words_in_the_article_only():
    found = stats.count_word_lines(["sortie", "object", "fighter"])
    assert isinstance(found, pd.DataFrame)
    assert set(found.loc[found["word"] == "sortie", "line"]) == {10, 12, 36}
    assert list(found.loc[found["word"] == "object", "line"]) == [36]
    assert "fighter" not in set(found["word"])  # the Su-34 caption is page chrome, not the article


@pytest.mark.parametrize("briefing", [datetime(2015, 11, 10, 9, 0), pd.Timestamp("2015-11-10")])
def test_rates_take_a_datetime_or_a_timestamp_as_its_day(briefing):
    """Rates.on once raised TypeError comparing a datetime with the start date."""
    assert stats.rates(briefing).briefing == date(2015, 11, 10) == stats.rates().on(briefing).briefing
    assert stats.calendar_day(pd.NaT) is None and stats.calendar_day("2015-11-10") is None


def test_curve_works_past_pandas_last_timestamp():
    curve = stats.rates().curve(date(3000, 1, 1), date(3000, 1, 3))
    assert curve["date"].tolist() == ["3000-01-01", "3000-01-02", "3000-01-03"]


def test_ratings_are_read_with_the_checkers_spelling_rules():
    """A final mark is dropped as the checker drops it ('checkable?' is checkable since 265f205); a misspelling is not read."""
    table = stats.compare_ratings(["C004", "C034", "C062"], ["Partly-checkable", "UNCHECKABLE.", "checkable?"])
    assert table["yours"].tolist() == ["partly_checkable", "uncheckable", "checkable"]
    assert stats.compare_ratings(["C062"], ["chekable"])["yours"].tolist() == ["not rated yet"]


@pytest.mark.parametrize("ratings, says", [
    ("checkable", "as a list in square brackets"), (["checkable"], "1 rating(s) for 2 claims"),
    (["checkable", "chekable"], "'chekable' is not a rating"), ({"C004": "checkable"}, "you gave a dict"),
    (None, "you gave nothing (None)"),  # plain words, never a Python type name such as NoneType
])
def test_compare_ratings_says_what_it_needs(capsys, ratings, says):
    table = stats.compare_ratings(["C004", "C034"], ratings)
    assert says in capsys.readouterr().out and len(table) == 2


def test_compare_ratings_is_quiet_when_the_ratings_are_fine_or_not_given_yet(capsys):
    stats.compare_ratings(["C004", "C034"], ...)
    stats.compare_ratings(["C004", "C034"], ["uncheckable", "checkable"])
    assert capsys.readouterr().out == ""


def test_claims_with_lines_is_joined_once_and_each_caller_gets_its_own_copy(monkeypatch):
    stats._joined_claims.cache_clear()
    first = stats.claims_with_lines()
    monkeypatch.setattr(stats, "load_claims", lambda: pytest.fail("joined again"))
    expected = first.copy()
    first.loc[0, "value"] = -1.0
    first["line"] = 0
    total = stats.breakdown("campaign")  # the lesson's helpers read the kept table, unharmed by the edits above
    pd.testing.assert_frame_equal(stats.claims_with_lines(), expected)
    assert total.total == int(expected.set_index("claim_id").loc[total.total_claim_id, "value"])
    assert stats._joined_claims.cache_info().currsize == 1


def test_loaded_tables_keep_their_source_but_not_each_rows_line_number():
    """pandas deep-copies ``attrs`` into every result: a line number per row made each operation on the ledger slower."""
    claims = ml.load_claims()
    assert claims.attrs == {"source": "data/claims.csv"}
    assert claims[claims["claim_type"] == "date"].attrs == {"source": "data/claims.csv"}


def test_claims_with_lines_follows_the_data_folder(tmp_path, monkeypatch):
    """A test or an instructor may point MEDIALIT_DATA_DIR at another copy of the data: that copy is read, not the one kept."""
    import shutil

    shutil.copytree(ml.data.data_dir(), tmp_path / "data")
    ledger = tmp_path / "data" / "claims.csv"
    ledger.write_text(ledger.read_text(encoding="utf-8").replace("the headline gives no source at all", "edited", 1), encoding="utf-8")
    before = stats.claims_with_lines()
    monkeypatch.setenv("MEDIALIT_DATA_DIR", str(tmp_path / "data"))
    moved = stats.claims_with_lines()
    assert "edited" in moved.loc[0, "verifiability_reason"] and "edited" not in before.loc[0, "verifiability_reason"]
    monkeypatch.delenv("MEDIALIT_DATA_DIR")
    pd.testing.assert_frame_equal(stats.claims_with_lines(), before)


def test_compare_ratings_keeps_lesson_04s_conversion_for_lesson_04():
    """Lesson 03's table once showed C074's reason '3 nmi is 5.556 km, which rounds to 5.6 km': 04.1/04.3 a lesson early."""
    table = stats.compare_ratings(["C034", "C045", "C074"], ["checkable", "uncheckable", "partly_checkable"]).set_index("claim_id")
    distance = table.loc["C074", "ledger_reason"]
    assert distance.startswith("CBS News and Reuters reported the distance as within five miles") and distance.endswith(").")
    assert "5.556" not in distance and "5.6 km" not in distance
    claims = ml.load_claims().set_index("claim_id")
    for claim_id in ("C034", "C045"):  # reasons without a conversion are shown whole
        assert table.loc[claim_id, "ledger_reason"] == claims.loc[claim_id, "verifiability_reason"]
    assert "5.556 km" in claims.loc["C074", "verifiability_reason"]  # the ledger itself keeps it


@pytest.mark.parametrize("typed, rating", [("partly", "partly_checkable"), ("partially checkable", "partly_checkable"),
                                           ("Partly-checkable", "partly_checkable"), ("UNCHECKABLE.", "uncheckable"),
                                           ("chekable", None), ("partially", None), (3, None)])
def test_one_reader_of_rating_words(typed, rating):
    """Learner U (round 5, LOW 6): 05.3 read "partly" and "partially checkable", compare_ratings and 03.8 refused them."""
    assert stats.read_rating(typed) == rating
    assert stats.compare_ratings(["C004"], [typed])["yours"].tolist() == [rating or "not rated yet"]


@pytest.mark.parametrize("typed, rating", [
    ("can't be checked", "uncheckable"), ("Cannot be checked.", "uncheckable"), ("can\u2019t be checked", "uncheckable"),
    ("unverifiable", "uncheckable"), ("nobody can check it", "uncheckable"), ("No one can check it", "uncheckable"),
    ("no-one can check it", "uncheckable"), ("verifiable", "checkable"), ("can be checked", "checkable"),
    ("partly verifiable", "partly_checkable"), ("partly checkable", "partly_checkable"),
    ("partially checkable", "partly_checkable"), ("not checkable", None)])
def test_phrases_saying_who_can_check_are_read_as_ratings(typed, rating):
    """Learner AC (AC-M1): 05.3 told "can't be checked" it ruled an option out and "unverifiable" it was no option, though
    both mean uncheckable. "not checkable" stays unread: 05.3 asks it "did you mean 'uncheckable'?"."""
    from medialit.exercises import get_exercise

    assert stats.read_rating(typed) == rating
    if rating is not None:
        assert get_exercise("05.3")._as_read(typed) == rating


def test_compare_ratings_names_every_bad_rating_and_a_wrong_count_together(capsys):
    table = stats.compare_ratings(["C004", "C034", "C062"], ["chekable", "partly", "unchekable", "checkable"])
    said = capsys.readouterr().out
    assert "4 rating(s) for 3 claims" in said and "'chekable', 'unchekable' are not ratings" in said, said
    assert table["yours"].tolist() == ["not rated yet"] * 3  # a wrong count compares nothing (cold learners V/W, round 6)


@pytest.mark.parametrize("typed", ["partially checkable", "Partially_checkable", "partly", "Partly-checkable",
                                   "UNCHECKABLE.", "checkable", "partially"])
def test_05_3_reads_rating_words_as_compare_ratings_does(typed):
    """One reader of rating words (learner U, round 5): 05.3 takes a word as a rating exactly when read_rating does."""
    from medialit.exercises import get_exercise

    exercise = get_exercise("05.3")
    try:
        read = exercise._as_read(typed)
        taken = read in exercise.choices
    except Exception:
        taken = False
    assert taken == (stats.read_rating(typed) is not None)


@pytest.mark.parametrize("typed, rating", [
    ("partly checkable because only specialists", "partly_checkable"), ("cant check", "uncheckable"),
    ("can't check", "uncheckable"), ("cant be checked", "uncheckable"), ("not sure, partly", "partly_checkable")])
def test_compare_ratings_reads_ratings_as_05_3_does(typed, rating):
    """Learner AG (AG-L4): a rating with its reason, or said shorter, was refused by compare_ratings, read by 05.3."""
    from medialit.exercises import get_exercise

    assert stats.compare_ratings(["C004"], [typed])["yours"].tolist() == [rating]
    assert get_exercise("05.3")._as_read(typed) == rating


def test_compare_ratings_echoes_the_whole_text_and_says_one_thing(capsys):
    """Learner AG (AG-L4): an unread rating was echoed cut mid-word, and a wrong count said both that nothing was compared
    and that one claim shows 'not rated yet'."""
    # "partly because ..." is read as partly checkable since learner AI's M2 (a reason after a short form), so the text
    # that is no rating is one that names none: it is still echoed whole
    stats.compare_ratings(["C004", "C034"], ["checkable", "somewhat, because of the secret data"])
    assert "'somewhat, because of the secret data' is not a rating" in capsys.readouterr().out
    stats.compare_ratings(["C004", "C034", "C062"], ["checkable", "chekable", "checkable", "checkable"])
    said = capsys.readouterr().out
    assert "nothing was compared" in said and "'chekable' is not a rating" in said and "that claim shows" not in said
