"""Totals, remainders, rates and verifiability, computed from the claims ledger (lesson 03).

Every number here comes from ``data/`` (the ledger's ``value`` column, the ``itemised`` table), never typed in,
so a corrected row corrects every sum, rate and chart. Outside figures for comparison come from
``data/earlier_briefings.csv`` (``medialit.load_earlier_briefings()``), each with its citation.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from functools import lru_cache
from pathlib import Path

import altair as alt
import pandas as pd

from .charts import PALETTE, SHAPES, show
from .data import data_dir, load_claims, load_itemised, load_segments, load_sentences
from .answers import _normalise_word, a_kind, preview, read_option, without_hedge

__all__ = [
    "claims_with_lines", "Breakdown", "breakdown", "gap_chart", "campaign_dates", "campaign_days", "calendar_day", "Rates",
    "rates", "consistency_checks", "CHECK_IDS", "RATINGS", "verifiability_by_line",
    "verifiability_chart", "compare_ratings", "count_word_lines",
]

RATINGS = ("checkable", "partly_checkable", "uncheckable")
CHECK_IDS = tuple("abcdefghi")  # the rows of consistency_checks(), in order

def claims_with_lines() -> pd.DataFrame:
    """The claims ledger with a ``line`` column: the line of the captured page each claim stands on.

    Every total, rate and check of lessons 03 and 04 starts from it (lesson 03 asked for it some 170 times):
    it is joined once per data folder, and each caller gets its own copy.
    """
    return _claims_with_lines().copy()


def _claims_with_lines() -> pd.DataFrame:
    """The joined table itself, for helpers that only read it (one per data folder: ``MEDIALIT_DATA_DIR`` may change)."""
    return _joined_claims(data_dir())


@lru_cache(maxsize=2)
def _joined_claims(folder: Path) -> pd.DataFrame:
    claims = load_claims()  # from ``folder``: data_dir() at the time of the call
    lines = load_sentences().set_index("sentence_id")["segment_id"]
    claims.insert(1, "line", claims["sentence_id"].map(lines).astype("int64"))
    return claims


def _claim(claim_id: str) -> pd.Series:
    claims = _claims_with_lines()  # only read: the row found is a new object
    return claims.loc[claims["claim_id"] == claim_id].iloc[0]


def _same_sentence(claim: pd.Series, unit: str) -> pd.Series:
    """The claim counting ``unit`` in the same sentence as ``claim`` (e.g. the sorties beside a target total)."""
    claims = _claims_with_lines()  # only read: the row found is a new object
    found = claims[(claims["sentence_id"] == claim["sentence_id"]) & (claims["unit"] == unit)]
    return found.iloc[0]


def _repeat_elsewhere(claim: pd.Series) -> pd.Series:
    """The first claim with the same number and unit in another sentence (the same figure said twice)."""
    claims = _claims_with_lines()  # only read: the row found is a new object
    found = claims[(claims["value"] == claim["value"]) & (claims["unit"] == claim["unit"])
                   & (claims["sentence_id"] != claim["sentence_id"])]
    return found.iloc[0]


@dataclass(frozen=True)
class Breakdown:
    """A total the article gives, the categories it itemises beside it, and what the list leaves out."""

    name: str
    total: int
    total_claim_id: str
    total_line: int
    items: pd.DataFrame

    @property
    def itemised_sum(self) -> int:
        return int(self.items["count"].sum())

    @property
    def remainder(self) -> int:
        """How much of the total no category accounts for (negative if the list exceeds the total)."""
        return self.total - self.itemised_sum

    @property
    def share_not_itemised(self) -> float:
        return self.remainder / self.total

    def __repr__(self) -> str:
        left = (f"not itemised {self.remainder:,} ({self.share_not_itemised:.0%})" if self.remainder >= 0
                else f"the list is {-self.remainder:,} more than the total")  # never a negative share (learner Y)
        return (f"{self.name}: total {self.total:,} (line {self.total_line}), itemised {self.itemised_sum:,} "
                f"in {len(self.items)} {'category' if len(self.items) == 1 else 'categories'}, {left}")


def breakdown(name: str = "campaign") -> Breakdown:
    """One of the article's itemised breakdowns ("campaign" or "day_opposition_targets") beside its total."""
    itemised = load_itemised()
    names = sorted(itemised["breakdown"].astype(str).unique())
    if name not in names:
        raise ValueError(f"There is no breakdown called {str(name)[:40]!r}; use one of {', '.join(names)}.")
    rows = itemised[itemised["breakdown"] == name]
    total = _claim(rows["total_claim_id"].iloc[0])
    lines = claims_with_lines().set_index("claim_id")["line"]
    items = rows[["category", "count", "action_verb", "claim_id"]].assign(line=rows["claim_id"].map(lines).to_numpy())
    return Breakdown(name, int(total["value"]), str(total["claim_id"]), int(total["line"]), items.reset_index(drop=True))


def gap_chart(name: str = "campaign"):
    """Bars for the total, each itemised category and the part no category accounts for, ready to display."""
    parts = breakdown(name)
    rows = [{"row": f"{category.replace('_', ' ')} (line {line})", "count": count, "part": "itemised"}
            for category, count, line in parts.items[["category", "count", "line"]].itertuples(index=False)]
    rows.append({"row": "not itemised (total minus the list)", "count": parts.remainder, "part": "not itemised"})
    rows.append({"row": f"total given (line {parts.total_line})", "count": parts.total, "part": "total"})
    frame = pd.DataFrame(rows)
    order = frame["row"].tolist()
    colours = alt.Scale(domain=["itemised", "not itemised", "total"], range=[PALETTE[0], PALETTE[1], "#5f6368"])
    base = alt.Chart(frame).encode(
        y=alt.Y("row:N", sort=order, title=None, axis=alt.Axis(labelLimit=320)),
        x=alt.X("count:Q", title="Number of targets the article gives"),
    )
    bars = base.mark_bar().encode(color=alt.Color("part:N", scale=colours, title="Part"),
                                  tooltip=[alt.Tooltip("row:N", title="Row"), alt.Tooltip("count:Q", title="Count", format=",")])
    labels = base.mark_text(align="left", dx=4).encode(text=alt.Text("count:Q", format=","))
    description = (
        f"Horizontal bars. The article gives a total of {parts.total:,} (line {parts.total_line}). The categories it "
        f"itemises add up to {parts.itemised_sum:,}: "
        + ", ".join(f"{c.replace('_', ' ')} {n:,}" for c, n in parts.items[["category", "count"]].itertuples(index=False))
        + f". That leaves {parts.remainder:,} ({parts.share_not_itemised:.0%} of the total) that no category accounts for."
    )
    return show((bars + labels).properties(height=28 * len(frame)),
                title="What the itemised list accounts for, and what it does not", description=description)


def campaign_dates() -> tuple[date, date]:
    """(start, briefing): the two dates line 10 gives, "September 30" and "Tuesday", as the ledger resolves them.

    The year and the briefing day come from outside the article (facts.md: the briefing was on Tuesday
    3 November 2015); the ledger records that in its ``normalisation_source`` column.
    """
    total = _claim(breakdown("campaign").total_claim_id)
    claims = claims_with_lines()
    dates = claims[(claims["sentence_id"] == total["sentence_id"]) & (claims["claim_type"] == "date")]
    resolved = sorted(date.fromisoformat(str(value)[:10]) for value in dates["time_utc"].dropna())
    return resolved[0], resolved[-1]


def campaign_days(briefing: date, start: date | None = None) -> int:
    """Days from the campaign's start to ``briefing`` (``briefing - start``, as in lesson 01): 30 Sep to 1 Oct is 1.

    Counting both the first day and the briefing day would give one more; a per-day rate should say which.
    """
    start = start or campaign_dates()[0]
    return (briefing - start).days


def calendar_day(value: object) -> date | None:
    """The calendar day of a ``date``, ``datetime`` or pandas ``Timestamp`` (a date picker, ``pd.Timestamp(...)``); else None."""
    if isinstance(value, datetime):
        return None if pd.isna(value) else value.date()  # pandas' NaT ("no date") is a datetime too
    return value if isinstance(value, date) else None


@dataclass(frozen=True)
class Rates:
    """The article's rates for one assumed briefing date. Only the per-day rates depend on that date."""

    start: date
    briefing: date
    sorties: int
    targets: int
    day_sorties: int
    day_targets: int
    total_line: int
    day_line: int

    @property
    def days(self) -> int:
        return campaign_days(self.briefing, self.start)

    @property
    def sorties_per_day(self) -> float:
        return self.sorties / self.days

    @property
    def targets_per_day(self) -> float:
        return self.targets / self.days

    @property
    def targets_per_sortie(self) -> float:
        return self.targets / self.sorties

    @property
    def day_targets_per_sortie(self) -> float:
        return self.day_targets / self.day_sorties

    def on(self, briefing: date) -> "Rates":
        """The same figures for another assumed briefing date (a date, datetime or Timestamp after the start)."""
        day = calendar_day(briefing)
        if day is None or day <= self.start:
            raise ValueError(f"The briefing must come after the campaign's start, {self.start:%d %B %Y}.")
        return replace(self, briefing=day)

    def curve(self, first: date, last: date) -> pd.DataFrame:
        """Campaign sorties per day for every assumed briefing date from ``first`` to ``last``.

        Plain dates, not a pandas date range, so any year a date picker offers works (pandas stops in 2262).
        """
        first = max(first, self.start + timedelta(days=1))
        days = [first + timedelta(days=k) for k in range((last - first).days + 1)]
        counted = [(day - self.start).days for day in days]
        return pd.DataFrame({"date": [day.isoformat() for day in days], "days": counted,
                             "sorties_per_day": [self.sorties / n for n in counted]})

    def __repr__(self) -> str:
        """The figures a learner divides, without the quotients: lesson 03's exercises ask for those."""
        return (f"Briefing on {self.briefing:%a %d %b %Y}: {self.days} days after the start. "
                f"The campaign: {self.sorties:,} sorties, {self.targets:,} targets (line {self.total_line}); "
                f"the day itself: {self.day_sorties} sorties, {self.day_targets} targets (line {self.day_line}).")


def rates(briefing: date | None = None) -> Rates:
    """Sorties and targets per day, and targets per sortie, if the briefing was on ``briefing`` (default: the ledger's date)."""
    start, cited = campaign_dates()
    campaign, day = breakdown("campaign"), breakdown("day_opposition_targets")
    sorties = _same_sentence(_claim(campaign.total_claim_id), "sortie")
    day_sorties = _same_sentence(_claim(day.total_claim_id), "sortie")
    cited_rates = Rates(start, cited, int(sorties["value"]), campaign.total, int(day_sorties["value"]), day.total,
                        campaign.total_line, day.total_line)
    return cited_rates.on(briefing) if briefing is not None else cited_rates


def consistency_checks() -> pd.DataFrame:
    """What the article's own numbers let a reader check against each other, and what they do not."""
    campaign, day = breakdown("campaign"), breakdown("day_opposition_targets")
    total, day_total = _claim(campaign.total_claim_id), _claim(day.total_claim_id)
    quoted_total = _repeat_elsewhere(total)
    sorties = _same_sentence(total, "sortie")
    quoted_sorties = _same_sentence(quoted_total, "sortie")
    earlier_day = _repeat_elsewhere(day_total)
    claims = claims_with_lines()
    headline_line = int(load_segments().query("kind == 'headline'")["segment_id"].iloc[0])
    headline = claims[(claims["line"] == headline_line) & (claims["unit"] == "target")].iloc[0]

    def same(a: pd.Series, b: pd.Series) -> str:
        return "agree" if a["value"] == b["value"] else "disagree"

    rows = [
        (f"Sorties in line {sorties['line']} and in the quote of line {quoted_sorties['line']}", same(sorties, quoted_sorties)),
        (f"Targets in line {total['line']} and in the quote of line {quoted_total['line']}", same(total, quoted_total)),
        (f"The headline's '{headline['text']}' (line {headline_line}) and the total of line {total['line']}",
         "agree" if total["value"] > headline["value"] else "disagree"),
        (f"The day's itemised list (line {day.items['line'].iloc[0]}) and the day's targets (line {day.total_line})",
         "agree" if day.remainder == 0 else "leaves a remainder"),
        (f"The day's targets in line {earlier_day['line']} and in the quote of line {day_total['line']}", same(earlier_day, day_total)),
        (f"The four categories of line {campaign.items['line'].iloc[0]} and the total of line {campaign.total_line}",
         "agree" if campaign.remainder == 0 else "leaves a remainder"),
        (f"Whether the day's sorties (line {day_total['line']}) are part of the campaign's (line {sorties['line']})",
         "cannot be checked from the article"),
        (f"Whether the targets were destroyed (line {total['line']}) or only hit (line {quoted_total['line']})",
         "cannot be checked from the article"),
        (f"How many of the line-{total['line']} targets belonged to ISIL or Nusra Front", "cannot be checked from the article"),
    ]
    return pd.DataFrame([(check_id, *row) for check_id, row in zip(CHECK_IDS, rows, strict=True)],
                        columns=["check_id", "check", "result"])


def verifiability_by_line() -> pd.DataFrame:
    """How many claims of each verifiability rating stand on each line of the article."""
    claims = claims_with_lines()
    claims["verifiability"] = pd.Categorical(claims["verifiability"].astype(str), categories=RATINGS)
    counts = claims.groupby(["line", "verifiability"], observed=True).size().rename("claims").reset_index()
    counts["verifiability"] = counts["verifiability"].astype(str)
    return counts


def verifiability_chart():
    """The article line by line: how many claims on each line a reader could check, partly check, or not at all."""
    counts = verifiability_by_line()
    totals = counts.groupby("verifiability")["claims"].sum().reindex(RATINGS, fill_value=0)
    labels = {rating: rating.replace("_", " ") for rating in RATINGS}
    counts = counts.assign(rating=counts["verifiability"].map(labels))
    order = [labels[r] for r in RATINGS]
    chart = alt.Chart(counts).mark_point(filled=True, opacity=0.85).encode(
        x=alt.X("line:Q", title="Line of the captured page", scale=alt.Scale(zero=False)),
        y=alt.Y("rating:N", sort=order, title="Verifiability (ledger)"),
        size=alt.Size("claims:Q", title="Claims on the line", scale=alt.Scale(range=[40, 400]),
                      legend=alt.Legend(values=sorted({1, int(counts["claims"].max())}))),
        color=alt.Color("rating:N", sort=order, scale=alt.Scale(domain=order, range=PALETTE[2:3] + PALETTE[0:1] + PALETTE[5:6]), legend=None),
        shape=alt.Shape("rating:N", sort=order, scale=alt.Scale(domain=order, range=SHAPES[:3]), legend=None),
        tooltip=[alt.Tooltip("line:Q", title="Line"), alt.Tooltip("rating:N", title="Rating"), alt.Tooltip("claims:Q", title="Claims")],
    ).properties(height=150)
    uncheckable_lines = counts.loc[counts["verifiability"] == "uncheckable", "line"]
    claims = load_claims()
    counted = claims[claims["unit"].isin(["sortie", "target"])]
    description = (
        "Dots along the article, one row per rating, bigger for more claims on a line. The ledger rates "
        + ", ".join(f"{totals[r]} claims {labels[r]}" for r in RATINGS) + "."
        + (f" Uncheckable claims stand on lines {uncheckable_lines.min()} to {uncheckable_lines.max()}."
           if len(uncheckable_lines) else "")
        + (" Every count of sorties and targets is rated uncheckable."
           if len(counted) and (counted["verifiability"] == "uncheckable").all() else "")
    )
    return show(chart, title="The article by verifiability, line by line", description=description)


#: Other words a learner rates a claim with, read as the ledger's rating (normalised as ``read_option`` compares them),
#: as (typed, rating) pairs: for read_rating here and for 05.3's choice, so both read alike. Phrases that say a claim
#: cannot be checked ("cannot be checked", "no one can check it") name uncheckable, not a ruled-out option (learner
#: AC, AC-M1). "not checkable" is left out on purpose: it is told "did you mean 'uncheckable'?", as any "not" + option.
RATING_ALIASES = (
    ("partially checkable", "partly_checkable"), ("partly verifiable", "partly_checkable"),
    ("partially verifiable", "partly_checkable"),
    ("verifiable", "checkable"), ("can be checked", "checkable"),
    ("unverifiable", "uncheckable"), ("cannot be checked", "uncheckable"), ("can not be checked", "uncheckable"),
    ("can't be checked", "uncheckable"), ("can\u2019t be checked", "uncheckable"),
    ("nobody can check it", "uncheckable"), ("no one can check it", "uncheckable"),
    ("nobody can check", "uncheckable"), ("no one can check", "uncheckable"),
    # "can't be checked" said shorter or without its apostrophe (learner AG, AG-L4); "not checkable" stays unread (AC-M1)
    ("cant be checked", "uncheckable"), ("can't check", "uncheckable"), ("can\u2019t check", "uncheckable"),
    ("cant check", "uncheckable"), ("cannot check", "uncheckable"), ("can not check", "uncheckable"),
)
#: Most bad ratings a sentence names one by one; more are counted.
_BAD_RATINGS_NAMED = 5


def read_rating(text: object) -> str | None:
    """The ledger's rating a learner's word names ("Partly-checkable", "partly", "partially checkable", "UNCHECKABLE."),
    or None: the one reader of rating words, for compare_ratings and the exercises that take ratings (03.8, 05.3).
    Read as 05.3 reads its answer: a rating followed by its reason ("partly checkable because only specialists") or
    around a hedge ("not sure, partly") names that rating (learner AG, AG-L4)."""
    if not isinstance(text, str):
        return None
    aliases = {_normalise_word(typed): _normalise_word(rating) for typed, rating in RATING_ALIASES}
    return read_option(text, RATINGS, aliases, leading=True) or read_option(without_hedge(text), RATINGS, aliases, leading=True)


def _ratings_problem(ratings, expected: int) -> str | None:
    """What is wrong with a learner's list of ratings, in one sentence (None while it is ``...`` or when it is fine):
    a count that does not fit the claims, and every rating that is none of the ledger's, each named."""
    example = ", ".join(f'"{rating}"' for rating in RATINGS[:expected] or RATINGS)
    if ratings is ...:
        return None
    if not isinstance(ratings, (list, tuple)):
        kind = "one piece of text" if isinstance(ratings, str) else a_kind(ratings)
        return f"Give your ratings as a list in square brackets, one per claim, e.g. [{example}]; you gave {kind}, so nothing was compared."
    problems = []
    miscounted = len(ratings) != expected
    if miscounted:
        problems.append(f"You gave {len(ratings)} rating(s) for {expected} claims, so nothing was compared and every claim "
                        "shows 'not rated yet': give one per claim, in the order of the claim ids")
    # the whole text typed, shortened, is echoed ("'partly checkable because only '" was cut mid-sentence: AG-L4)
    unknown = [preview(rating, 60) for rating in ratings[:expected] if read_rating(rating) is None]
    if unknown:
        named = ", ".join(unknown[:_BAD_RATINGS_NAMED])
        more = f" and {len(unknown) - _BAD_RATINGS_NAMED} more" if len(unknown) > _BAD_RATINGS_NAMED else ""
        verb = "is not a rating" if len(unknown) == 1 else "are not ratings"
        # with a wrong count every claim already shows 'not rated yet': saying it of one claim again contradicted that
        shows = "" if miscounted else f"; {'that claim shows' if len(unknown) == 1 else 'those claims show'} 'not rated yet'"
        problems.append(f"{'also, ' if miscounted else ''}{named}{more} {verb}: use {', '.join(RATINGS)}{shows}")
    return "; ".join(problems) + "." if problems else None


def _reason_before_lesson_04(claim: pd.Series) -> str:
    """The ledger's reason without a clause (between semicolons) that states the distance converted into km."""
    reason = str(claim["verifiability_reason"])
    if claim["claim_type"] != "distance" or pd.isna(claim["value_si"]) or claim["unit_si"] != "m":
        return reason
    converted = f"{float(claim['value_si']) / 1000:g} km"
    kept = [clause.strip() for clause in reason.rstrip(" .").split(";") if converted not in clause]
    return "; ".join(kept) + "." if kept else ""


def compare_ratings(claim_ids, ratings) -> pd.DataFrame:
    """Your ratings beside the ledger's, claim by claim, with the ledger's one-line reason.

    ``ratings`` lists "checkable", "partly_checkable" or "uncheckable" in the order of ``claim_ids``; while it is
    still ``...`` (or a rating is misspelled), that claim shows "not rated yet", so the cell always runs; so does every
    claim when the list has more or fewer ratings than there are claims. The
    ledger's rating, evidence holder and reason stay hidden until you rate the claim, so they cannot steer you.
    A clause of the reason that gives a distance converted (C074's "3 nmi is 5.556 km, which rounds to 5.6 km")
    is left out here: lesson 04 asks for that conversion, a lesson after this table; claims.csv keeps it whole.
    """
    claims = claims_with_lines().set_index("claim_id")
    ids = [str(claim_id).strip().upper() for claim_id in claim_ids]
    # a count that does not fit the claims pairs no rating with a claim: which claim a rating was meant for is unknown
    given = list(ratings) if isinstance(ratings, (list, tuple)) and len(ratings) == len(ids) else []
    problem = _ratings_problem(ratings, len(ids))
    if problem:
        print(problem)  # one plain sentence above the table; the table still shows, so nothing typed is lost
    rows = []
    for position, claim_id in enumerate(ids):
        if claim_id not in claims.index:
            raise ValueError(f"There is no claim {claim_id[:10]!r} in the ledger; use the ids in its claim_id column.")
        claim = claims.loc[claim_id]
        rating = given[position] if position < len(given) else None
        yours = read_rating(rating) or "not rated yet"
        ledger = str(claim["verifiability"])
        row = {"claim_id": claim_id, "line": int(claim["line"]), "text": str(claim["text"]), "yours": yours}
        if yours in RATINGS:
            row |= {"ledger": ledger, "agree": "yes" if yours == ledger else "no",
                    "evidence_holder": str(claim["evidence_holder"]), "ledger_reason": _reason_before_lesson_04(claim)}
        else:
            row |= {"ledger": "(shown once you rate it)", "agree": "", "evidence_holder": "", "ledger_reason": ""}
        rows.append(row)
    return pd.DataFrame(rows, columns=["claim_id", "line", "text", "yours", "ledger", "agree", "evidence_holder", "ledger_reason"])


def count_word_lines(words: tuple[str, ...] | list[str]) -> pd.DataFrame:
    """For each counting word (sortie, target, aircraft...), the article lines that use it and how often.

    Matches the word and its plural as whole words, case ignored, in the article's own lines (headline and body).
    """
    segments = load_segments()
    article = segments[segments["in_article"]]
    rows = []
    for word in words:
        pattern = re.compile(rf"\b{re.escape(word)}s?\b", re.IGNORECASE)
        for line, text in article[["segment_id", "text"]].itertuples(index=False):
            found = len(pattern.findall(str(text)))
            if found:
                rows.append({"word": word, "line": int(line), "times": found})
    return pd.DataFrame(rows, columns=["word", "line", "times"])
