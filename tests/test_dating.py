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
    assert [clue.line for clue in dating.internal_clues()][:3] == [10, 10, 26]


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
    assert (steps["days before"] - steps["ruled out"] == steps["days left"]).all()
    reordered = dating.rule_out_steps(["caption_date", "campaign_start", "weekday"])
    assert reordered["days left"].iloc[-1] == 13


def test_unknown_clue_is_a_plain_error():
    with pytest.raises(KeyError, match="no clue called 'moon'"):
        dating.candidate_days(["moon"])


def test_outside_check_comes_from_the_cited_address():
    assert dating.url_date() == pd.Timestamp("2015-11-03")
    evidence = dating.outside_evidence()
    assert "sputnikglobe.com/20151103/" in evidence["evidence"].iloc[0]
    assert evidence["weekday"].iloc[0] == "Tuesday" and "facts.md" in evidence["cited in the ledger as"].iloc[0]
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
    assert one == "1 candidate day remains: Tue 3 Nov 2015."
    many = dating.describe_days(pd.date_range("2015-01-01", "2015-12-31"))
    assert many.startswith("365 candidate days remain, from Thu 1 Jan 2015 to Thu 31 Dec 2015")
