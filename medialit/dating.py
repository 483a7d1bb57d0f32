"""Dating an undated article from its own words: the clues, the days they leave, and the outside check.

Nothing here knows the answer. The clues are read from the claims ledger's date claims as the article
writes them ("Tuesday", "September 30", "August 31, 2015", "Today"); the ledger's ``time_utc`` column,
which already holds the resolved date, is never used for them. The outside evidence is the article's web
address, which the ledger records from facts.md in ``normalisation_source``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Callable, Iterable

import pandas as pd

from .data import data_dir, load_claims, load_segments, load_sentences

__all__ = [
    "Clue",
    "date_claims",
    "caption_date",
    "inferred_year",
    "campaign_start",
    "weekday_said",
    "search_window",
    "internal_clues",
    "clue_table",
    "candidate_days",
    "rule_out_steps",
    "url_date",
    "describe_days",
    "day_label",
]

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


@dataclass(frozen=True)
class Clue:
    """One piece of internal evidence: where it is and what it says (``label``), why it matters, and which days it keeps."""

    key: str
    label: str
    reasoning: str
    keeps: Callable[[pd.DatetimeIndex], "pd.Series"]


def date_claims() -> pd.DataFrame:
    """The ledger's date claims with the line each stands on and the kind of that line (body, caption...).

    Every clue, check and the date narrower reads these rows, lesson 01 some thirty times: they are joined from
    the three tables once per data folder (``MEDIALIT_DATA_DIR`` may change), and each caller gets its own copy.
    """
    return _date_claims(data_dir()).copy()


@lru_cache(maxsize=2)
def _date_claims(folder: Path) -> pd.DataFrame:
    claims = load_claims()  # from ``folder``: data_dir() at the time of the call
    sentences = load_sentences()[["sentence_id", "segment_id"]]
    segments = load_segments()[["segment_id", "kind"]]
    dates = claims[claims["claim_type"] == "date"].merge(sentences, on="sentence_id").merge(segments, on="segment_id")
    return dates[["claim_id", "sentence_id", "segment_id", "kind", "text", "mode", "speaker", "normalisation_source"]]


def _first(rows: pd.DataFrame, what: str) -> pd.Series:
    if rows.empty:
        raise LookupError(f"The claims ledger has no {what}; the date clues cannot be built without it.")
    return rows.iloc[0]


def _caption_row() -> pd.Series:
    dates = date_claims()
    full = dates[dates["text"].str.fullmatch(r"[A-Z][a-z]+ \d{1,2}, \d{4}") & (dates["kind"] == "photo_caption")]
    return _first(full, "fully written date in a photo caption")


def caption_date() -> pd.Timestamp:
    """The one full date the page prints (with its year): the embedded photo caption's."""
    return pd.to_datetime(str(_caption_row()["text"]), format="%B %d, %Y")


def inferred_year() -> int:
    """The page's only year is the caption's; reading every other date in that year is an assumption."""
    return int(caption_date().year)


def _campaign_start_row() -> pd.Series:
    dates = date_claims()
    month_day = dates[dates["text"].str.fullmatch(r"[A-Z][a-z]+ \d{1,2}") & (dates["kind"] == "body_paragraph")]
    return _first(month_day, "month-and-day date in the body")


def campaign_start() -> pd.Timestamp:
    """The campaign's start as the body gives it ("September 30", no year), placed in the inferred year."""
    return pd.to_datetime(f"{_campaign_start_row()['text']} {inferred_year()}", format="%B %d %Y")


def _weekday_row() -> pd.Series:
    dates = date_claims()
    return _first(dates[dates["text"].isin(WEEKDAYS)], "weekday")


def weekday_said() -> str:
    """The weekday the article gives for the briefing ("said Tuesday")."""
    return str(_weekday_row()["text"])


def search_window() -> pd.DatetimeIndex:
    """Every day of the inferred year: internal evidence gives no upper bound, so the search must stop somewhere."""
    year = inferred_year()
    return pd.date_range(f"{year}-01-01", f"{year}-12-31", freq="D")


def _line(row: pd.Series) -> int:
    return int(row["segment_id"])


@lru_cache(maxsize=1)
def _clues() -> tuple[Clue, ...]:
    weekday, start, caption = _weekday_row(), _campaign_start_row(), _caption_row()
    start_day, caption_day, day_name = campaign_start(), caption_date(), weekday_said()
    dates = date_claims()
    today = dates[dates["text"].str.casefold() == "today"]
    today_lines = ", ".join(str(n) for n in sorted(today["segment_id"].unique()))
    clues = [
        Clue("weekday", f"Line {_line(weekday)}: 'said {day_name}'",
             f"The briefing happened on a {day_name}, so every other weekday is ruled out.",
             lambda days: pd.Series(days.day_name() == day_name, index=days)),
        Clue("campaign_start", f"Line {_line(start)}: campaign began '{start['text']}'",
             f"The figures run 'since' the campaign began on {start['text']} (year inferred as {start_day.year}), "
             "so the briefing came after that day.",
             lambda days: pd.Series(days > start_day, index=days)),
        Clue("caption_date", f"Line {_line(caption)}: caption dated '{caption['text']}'",
             f"The page shows a photo of a meeting on {caption['text']}, so the page was made on or after that day.",
             lambda days: pd.Series(days >= caption_day, index=days)),
    ]
    if len(today):
        clues.append(Clue("today", f"Lines {today_lines}: 'Today'",
                          "'Today' is the day of the briefing, but the article never says which day that is: it rules out nothing.",
                          lambda days: pd.Series(True, index=days)))
    return tuple(clues)


def internal_clues() -> list[Clue]:
    """The clues the article itself offers, in the order the lesson applies them."""
    return list(_clues())


def clue_table(window: pd.DatetimeIndex | None = None) -> pd.DataFrame:
    """One row per day of the window: its weekday, and for each clue whether the day survives it."""
    days = search_window() if window is None else pd.DatetimeIndex(window)
    table = pd.DataFrame({"weekday": days.day_name()}, index=pd.Index(days, name="day"))
    for clue in _clues():
        table[clue.key] = clue.keeps(days).to_numpy()
    return table


def _known_keys(keys: Iterable[str]) -> list[str]:
    known = {clue.key: clue for clue in _clues()}
    chosen = list(dict.fromkeys(keys))
    unknown = [k for k in chosen if k not in known]
    if unknown:
        raise KeyError(f"There is no clue called {unknown[0]!r}; the clues are: {', '.join(known)}.")
    return chosen


def candidate_days(keys: Iterable[str], table: pd.DataFrame | None = None) -> pd.DatetimeIndex:
    """The days that survive every chosen clue."""
    table = clue_table() if table is None else table
    chosen = _known_keys(keys)
    keep = table[chosen].all(axis=1) if chosen else pd.Series(True, index=table.index)
    return pd.DatetimeIndex(table.index[keep.to_numpy()])


def rule_out_steps(keys: Iterable[str], table: pd.DataFrame | None = None) -> pd.DataFrame:
    """Apply the clues one after another and count what each rules out that the ones before had not, and why."""
    table = clue_table() if table is None else table
    clues = {clue.key: clue for clue in _clues()}
    rows, applied = [], []
    remaining = len(table)
    for key in _known_keys(keys):
        applied.append(key)
        left = len(candidate_days(applied, table))
        rows.append({"clue": clues[key].label, "days before": remaining, "ruled out": remaining - left, "days left": left,
                     "why": clues[key].reasoning})
        remaining = left
    return pd.DataFrame(rows, columns=["clue", "days before", "ruled out", "days left", "why"])


def url_date() -> pd.Timestamp:
    """The date in the article's web address, as facts.md records it (cited in the ledger, not in the capture)."""
    source = str(_weekday_row()["normalisation_source"])
    match = re.search(r"/(\d{8})/", source)
    if not match:
        raise LookupError("The ledger's note on the weekday claim gives no dated web address.")
    return pd.to_datetime(match[1], format="%Y%m%d")


def describe_days(days: pd.DatetimeIndex, listed: int = 16) -> str:
    """A sentence naming the candidate days: all of them when few, else how many and the first and last."""
    if len(days) == 0:
        return "No day survives these clues."
    if len(days) == 1:
        return f"1 candidate day remains: {day_label(days[0])}."
    if len(days) <= listed:
        return f"{len(days)} candidate days remain: " + ", ".join(day_label(d) for d in days) + "."
    return f"{len(days)} candidate days remain, from {day_label(days[0])} to {day_label(days[-1])}."


def day_label(day) -> str:
    """A day as a reader writes it, "Tuesday 3 November 2015": the one spelling every widget and sentence uses.

    Takes a ``date``, a ``datetime`` or a pandas ``Timestamp``; the year is written in full whatever the platform.
    """
    return f"{day:%A} {day.day} {day:%B} {day.year}"
