"""Dating helpers: clues come from the ledger's own words, never from its resolved dates, and nothing is hard-coded."""
import pandas as pd
import pytest

from medialit import dating


def test_clues_are_read_from_the_ledger():
    assert dating.weekday_said() == "Tuesday"
    assert dating.caption_date() == pd.Timestamp("2015-08-31")
    assert dating.inferred_year() == 2015
    assert dating.campaign_start() == pd.Timestamp("2015-09-30")
    keys = [clue.key for clue in dating.internal_clues()]
    assert keys == ["weekday", "campaign_start", "caption_date", "today"]
    assert [clue.label.split(":")[0] for clue in dating.internal_clues()][:3] == ["Line 10", "Line 10", "Line 26"]


def test_window_is_the_inferred_year():
    window = dating.search_window()
    assert len(window) == 365 and window[0] == pd.Timestamp("2015-01-01")


def test_candidates_shrink_as_clues_apply():
    assert len(dating.candidate_days([])) == 365
    assert len(dating.candidate_days(["weekday"])) == 52
    both = dating.candidate_days(["weekday", "campaign_start"])
    assert len(both) == 13 and set(both.day_name()) == {"Tuesday"} and both.min() > dating.campaign_start()
    assert dating.candidate_days(["weekday", "campaign_start", "caption_date", "today"]).equals(both)


def test_rule_out_steps_show_what_each_clue_adds():
    steps = dating.rule_out_steps(["weekday", "campaign_start", "caption_date", "today"])
    assert steps["ruled out"].tolist() == [313, 39, 0, 0]
    assert steps["why"].tolist() == [clue.reasoning for clue in dating.internal_clues()]
    assert (steps["days before"] - steps["ruled out"] == steps["days left"]).all()
    reordered = dating.rule_out_steps(["caption_date", "campaign_start", "weekday"])
    assert reordered["days left"].iloc[-1] == 13


def test_unknown_clue_is_a_plain_error():
    with pytest.raises(KeyError, match="no clue called 'moon'"):
        dating.candidate_days(["moon"])


def test_outside_check_comes_from_the_cited_address():
    assert dating.url_date() == pd.Timestamp("2015-11-03")
    assert dating.url_date() in dating.candidate_days(["weekday", "campaign_start", "caption_date"])


def test_a_different_ledger_gives_different_clues(monkeypatch):
    """Change the ledger's words and the answer changes: the clues are computed, not typed in."""
    original = dating.date_claims()
    edited = original.copy()
    edited["text"] = edited["text"].replace({"Tuesday": "Friday", "September 30": "October 14"})
    monkeypatch.setattr(dating, "date_claims", lambda: edited)
    dating._clues.cache_clear()
    try:
        assert dating.weekday_said() == "Friday"
        assert dating.campaign_start() == pd.Timestamp("2015-10-14")
        days = dating.candidate_days(["weekday", "campaign_start"])
        assert set(days.day_name()) == {"Friday"} and days.min() == pd.Timestamp("2015-10-16")
    finally:
        monkeypatch.undo()
        dating._clues.cache_clear()


def test_describe_days():
    assert dating.describe_days(pd.DatetimeIndex([])) == "No day survives these clues."
    one = dating.describe_days(pd.DatetimeIndex(["2015-11-03"]))
    assert one == "1 candidate day remains: Tuesday 3 November 2015."
    many = dating.describe_days(pd.date_range("2015-01-01", "2015-12-31"))
    assert many.startswith("365 candidate days remain, from Thursday 1 January 2015 to Thursday 31 December 2015")


def test_one_spelling_of_a_day_for_dates_datetimes_and_timestamps():
    """The widgets once each had their own copy of this (clock converter, rate explorer)."""
    from datetime import date, datetime

    spelled = {dating.day_label(day) for day in (date(2015, 11, 3), datetime(2015, 11, 3, 23, 59), pd.Timestamp("2015-11-03"))}
    assert spelled == {"Tuesday 3 November 2015"}
    assert dating.day_label(date(1, 1, 1)) == "Monday 1 January 1"


def test_date_claims_are_joined_once_and_each_caller_gets_its_own_copy(monkeypatch):
    dating._date_claims.cache_clear()
    first = dating.date_claims()
    monkeypatch.setattr(dating, "load_claims", lambda: pytest.fail("joined again"))
    expected = first.copy()
    first["text"] = "Friday"
    assert dating.weekday_said() == "Tuesday"
    pd.testing.assert_frame_equal(dating.date_claims(), expected)
    assert dating._date_claims.cache_info().currsize == 1


def test_date_claims_follow_the_data_folder(tmp_path, monkeypatch):
    import shutil

    from medialit.data import data_dir

    dating.date_claims()
    shutil.copytree(data_dir(), tmp_path / "data")
    monkeypatch.setenv("MEDIALIT_DATA_DIR", str(tmp_path / "data"))
    dating.date_claims()
    assert dating._date_claims.cache_info().currsize == 2 and dating._date_claims.cache_info().maxsize == 2
