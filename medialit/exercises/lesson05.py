"""Lesson 05 "Your turn": exercises checked against the sample articles' hand-made ledgers (data/samples/).

The learner's own ledger is theirs to judge; these answers come from a sample article whose ledger was made by
hand, so every expected value is computed from those files (and from the extractor's draft, for 05.1).
"""
from __future__ import annotations

from functools import lru_cache

from ..checks import parse_number
from . import Exercise, register

HARBOUR, LIBRARY, WILDFIRE = "harbour_briefing", "unnamed_sources", "headline_outruns_body"


def _ledger(name: str):
    from ..widgets.ledger_curator import sample_ledger

    return sample_ledger(name)


def _text(name: str) -> str:
    from ..widgets.ledger_curator import sample_text

    return sample_text(name)


@lru_cache(maxsize=None)
def _comparison_counts() -> dict[str, int]:
    """How the extractor's draft of the wildfire article lines up with its hand ledger (both / hand only / draft only)."""
    from ..extract import extract_claims
    from ..ledger_checks import compare_ledgers

    table = compare_ledgers(extract_claims(_text(WILDFIRE)), _ledger(WILDFIRE))
    return {kind: int((table["found"] == kind).sum()) for kind in ("both", "hand only", "draft only")}


def _year_claim_type() -> str:
    ledger = _ledger(HARBOUR)
    year = ledger[ledger["text"].str.fullmatch(r"\d{4}")]
    return str(year["claim_type"].iloc[0])


def _damage_rating() -> str:
    ledger = _ledger(HARBOUR)
    return str(ledger.loc[ledger["claim_type"] == "money", "verifiability"].iloc[0])


def _unnamed_share() -> float:
    ledger = _ledger(LIBRARY)
    return 100 * float((ledger["source_type"] == "unnamed").mean())


def _budget_figures() -> tuple[float, float]:
    """(before, after): the two budget figures the library article sets side by side (its first two money rows)."""
    money = _ledger(LIBRARY)
    first_two = money.loc[money["claim_type"] == "money", "value"].iloc[:2]
    return float(first_two.max()), float(first_two.min())


def _budget_cut() -> float:
    before, after = _budget_figures()
    return 100 * (before - after) / before


def _stated_cut() -> float:
    ledger = _ledger(LIBRARY)
    return float(ledger.loc[ledger["unit"] == "percent", "value"].iloc[0])


def _conversions():
    from ..ledger_checks import conversion_checks

    return conversion_checks(_ledger(HARBOUR), _text(HARBOUR))


def _mismatched_conversions() -> list[str]:
    checks = _conversions()
    return checks.loc[~checks["matches"], "second_claim_id"].tolist()


def _correct_conversion() -> str:
    checks = _conversions()
    return str(checks.loc[~checks["matches"], "rounds_to"].iloc[0])


def _is(value: float):
    """A trap test: does the answer read as this number (to two decimals)?"""
    return lambda answer: abs(parse_number(answer) - value) < 0.01


register(
    Exercise(
        id="05.1",
        prompt="How many claims of the wildfire article's hand ledger does the extractor's draft miss entirely?",
        kind="number",
        expected=lambda: _comparison_counts()["hand only"],
        hints=(
            "Count the rows of the comparison whose 'found' column says 'hand only'.",
            "In code: (comparison['found'] == 'hand only').sum()",
        ),
        traps=(
            (lambda a: parse_number(a) == _comparison_counts()["draft only"],
             "That counts the draft's extra rows ('draft only'); the question asks about the hand ledger's rows the draft missed."),
            (lambda a: parse_number(a) == _comparison_counts()["both"], "That counts the claims both ledgers found."),
        ),
        success="Right. Read what those rows are: the extractor looks for numbers, dates and clock times, so a claim made in words is yours to find.",
    ),
    Exercise(
        id="05.2",
        prompt="Line 19 of the harbour briefing ends with a year. Which claim type should its row have: count, date, duration or qualitative?",
        kind="choice",
        choices=("count", "date", "duration", "qualitative"),
        expected=_year_claim_type,
        hints=("Ask what the number does in its sentence: does it say how many of something, how long, or when?",),
        traps=((lambda a: a.strip().lower() == "count",
                "A rule-based draft can take it for a count because it is a number, but a year names when something happened, not how many."),),
        success="Right: a year is a date. Fixing a row's type is the kind of edit a draft needs.",
    ),
    Exercise(
        id="05.3",
        prompt="How verifiable is the damage figure the harbour authority gives (line 15): checkable, partly_checkable or uncheckable?",
        kind="choice",
        choices=("checkable", "partly_checkable", "uncheckable"),
        expected=_damage_rating,
        hints=(
            "Who has assessed the damage so far? Could anyone outside the authority confirm the figure today?",
            "Lesson 03's scale: uncheckable means only the party making the claim holds the evidence.",
        ),
        success="Right. An early estimate by the party that owns the pier: for now, no one else holds the evidence.",
    ),
    Exercise(
        id="05.4",
        prompt="In the library-budget article's hand ledger, what percentage of the claims rest on unnamed sources?",
        kind="number",
        tolerance=0.5,
        expected=_unnamed_share,
        hints=(
            "Count the rows whose source_type is 'unnamed' and divide by the number of rows; then multiply by 100.",
            "In code: (library['source_type'] == 'unnamed').mean() * 100",
        ),
        traps=(
            (lambda a: parse_number(a) == (_ledger(LIBRARY)["source_type"] == "unnamed").sum(),
             "That is how many rows rest on unnamed sources; the question asks for a percentage of all the rows."),
            (lambda a: abs(parse_number(a) - _unnamed_share() / 100) < 0.01, "That is a fraction of 1; give it as a percentage."),
        ),
        success="Right. Most of the article's numbers come from people the reader cannot identify; lesson 02 asks what that does to trust.",
    ),
    Exercise(
        id="05.5",
        prompt="From the library article's two budget figures, compute the cut as a percentage of the old budget (one decimal place).",
        kind="number",
        tolerance=0.05,
        expected=_budget_cut,
        hints=(
            "A cut is measured against what there was before: (old - new) / old * 100.",
            "Take the two money rows of the same sentence from the hand ledger: the larger is this year's budget.",
        ),
        traps=(
            (lambda a: abs(parse_number(a) - 100 * (_budget_figures()[0] - _budget_figures()[1]) / _budget_figures()[1]) < 0.05,
             "You divided by the new budget; a cut is measured against the old one."),
            (lambda a: parse_number(a) == _stated_cut(),
             "That is the article's own rounded figure; compute the cut from the two budget figures instead."),
        ),
        success="Right. The article's rounded percentage agrees with its own figures: a check that passes is worth knowing too.",
    ),
    Exercise(
        id="05.6",
        prompt="In the harbour briefing, which converted figures are NOT the first figure converted and rounded like the second? Give the claim ids in a list.",
        kind="choices",
        expected=_mismatched_conversions,
        hints=(
            "Run conversion_checks on the harbour briefing's hand ledger and look at the 'matches' column.",
            "In code: checks.loc[~checks['matches'], 'second_claim_id'].tolist()",
        ),
        success="Right. The figures could still describe the same distance if both are rounded, but the conversion itself was not done as written.",
    ),
    Exercise(
        id="05.7",
        prompt="For that mismatched conversion: what should the converted figure have been, rounded like the article's figure? Give it with its unit.",
        kind="quantity",
        unit="km",
        tolerance=0.001,
        expected=_correct_conversion,
        hints=("The 'rounds_to' column of conversion_checks gives the first figure converted and rounded to the second's precision.",),
        success="Right. One digit's difference, and it is the kind a reader can catch with a calculator and lesson 04's rule.",
    ),
    Exercise(
        id="05.8",
        prompt="Pick one number in the article you chose and ask it the five questions: who counted, what exactly is counted, compared with what, in what units, and who could check.",
        kind="written",
        min_words=30,
        success="Noted. Keep this answer beside your exported ledger: together they are your report on the article.",
    ),
)
