"""Lesson 05 "Your turn": exercises checked against the sample articles' hand-made ledgers (data/samples/).

The learner's own ledger is theirs to judge; these answers come from a sample article whose ledger was made by
hand, so every expected value is computed from those files (and from the extractor's draft, for 05.1).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from ..answers import negated_option, parse_number, preview
from ..stats import RATING_ALIASES, RATINGS
from ..units import in_km
from . import PERCENT, Exercise, Trap, register, same_choice
from .lesson02 import MODE_ALIASES
from .lesson03 import IdListExercise
from .lesson04 import ConversionExercise
from .several_values import AdvisedNumberExercise, value_counts_advice

HARBOUR, LIBRARY, WILDFIRE = "harbour_briefing", "unnamed_sources", "headline_outruns_body"


def _ledger(name: str):
    from ..articles import sample_ledger

    return sample_ledger(name)


def _text(name: str) -> str:
    from ..articles import sample_text

    return sample_text(name)


@lru_cache(maxsize=None)
def _comparison_counts() -> dict[str, int]:
    """How the extractor's draft of the wildfire article lines up with its hand ledger (both / hand only / draft only)."""
    from ..extract import extract_claims
    from ..ledger_checks import compare_ledgers

    table = compare_ledgers(extract_claims(_text(WILDFIRE)), _ledger(WILDFIRE))
    return {kind: int((table["found"] == kind).sum()) for kind in ("both", "hand only", "draft only")}


def _damage_row():
    """The harbour briefing's damage figure (line 15): its only money row."""
    ledger = _ledger(HARBOUR)
    return ledger[ledger["claim_type"] == "money"].iloc[0]


def _damage_mode() -> str:
    return str(_damage_row()["mode"])


def _damage_rating() -> str:
    return str(_damage_row()["verifiability"])


def _unnamed_share() -> float:
    ledger = _ledger(LIBRARY)
    return 100 * float((ledger["source_type"] == "unnamed").mean())


#: A claim id as the ledgers write it ("C001").
_CLAIM_ID = re.compile(r"[A-Z]\d{3,4}")


def _text_column_holds(answer) -> str | None:
    """"ids" for a column of claim ids (the comparison's hand_claim_id or draft_claim_id, by name or by its non-empty cells), "found" for
    a column of its found labels, None for anything else. At most 10,000 values are looked at."""
    if type(answer).__name__ != "Series" or answer.dtype.kind in "iufbcmM" or not 0 < len(answer) <= 10_000:
        return None
    values = [str(value).strip() for value in answer.dropna().tolist()]
    values = [value for value in values if value]
    if str(answer.name).endswith("claim_id") or (values and all(len(value) <= 5 and _CLAIM_ID.fullmatch(value) for value in values)):
        return "ids"
    if values and set(values) <= {"both", "hand only", "draft only"}:
        return "found"
    return None


def _hand_only_line(answer) -> str | None:
    """05.1 answered with the counts of every kind of row, as the lesson's hint builds them: read one line.

    A table of rows (the comparison filtered) is counted, not read: its step is len(...), not a column. A column of claim ids
    or of the found labels is text, not numbers to add up: told what it holds and what to count instead of .sum()."""
    held = _text_column_holds(answer)
    if held == "ids":
        return ("That column holds claim ids, one per row, not numbers to add up; 05.1 asks how many of the hand ledger's "
                "claims the draft misses: keep the 'hand only' rows and count them with len(...).")
    if held == "found":
        return ("That column holds each row's kind ('both', 'hand only', 'draft only'), not numbers to add up; 05.1 asks how "
                "many rows are 'hand only': count them, e.g. with comparison['found'].value_counts().")
    if hasattr(answer, "columns"):
        return ("That is a table of rows; the question asks how many rows the draft missed: keep only those rows, "
                "then count them with len(...).")
    return value_counts_advice(
        answer,
        counts=("That is a count for each kind of row (from value_counts()); the question asks about one kind: "
                "read its line, e.g. comparison['found'].value_counts()['hand only']."),
        shares=("Those are shares of all the rows (value_counts(normalize=True)); the question asks how many: "
                "use value_counts() without normalize and read one line of it, e.g. comparison['found'].value_counts()['hand only']."))


def _unnamed_line(answer) -> str | None:
    """05.4 answered with one value per source type, or a True/False column: the step that gives one percentage."""
    if type(answer).__name__ == "Series" and str(getattr(answer, "dtype", "")) == "bool":
        return "That is a column of True/False, one per row: its .mean() is the share of Trues; multiply it by 100 for a percentage."
    if _percentages(answer):
        return ("Those are already percentages, one for each source type; the question asks for one of them: "
                "read the 'unnamed' line, e.g. percentages['unnamed'].")
    return value_counts_advice(
        answer,
        counts=("That is a count for each source type (from value_counts()); the question asks for one percentage: "
                "read the 'unnamed' line by putting ['unnamed'] after value_counts(), divide it by the number of rows and multiply by 100."),
        shares=("Those are shares of 1 for each source type (value_counts(normalize=True)); read one line of it, "
                "by putting ['unnamed'] after value_counts(normalize=True), and multiply it by 100 for a percentage."))


def _percentages(answer) -> bool:
    """value_counts(normalize=True) * 100: numbers that add up to 100 (shares of 1 would add up to 1)."""
    if type(answer).__name__ != "Series" or getattr(answer, "dtype", None) is None or answer.dtype.kind not in "iuf":
        return False
    return len(answer) > 1 and abs(float(answer.sum()) - 100) < 1e-6


#: A number at the start of a text, with its per cent sign if any ("18.4% - yes it agrees").
_LEADING_NUMBER = re.compile(r"\s*[+-]?\d[\d,.]*\s*%?")
#: Words that answer the second question, whether the article's own percentage agrees ("18.4% - yes it agrees").
_AGREEING_WORDS = frozenset({"agree", "agrees", "agreed", "agreeing", "disagree", "disagrees", "yes", "no", "match", "matches",
                             "matching", "same", "consistent", "inconsistent", "correct", "wrong", "right", "true", "false"})
#: What a cut is called after its percentage ("18.4% cut"): the exercise's own words, read with its unit.
CUT_WORDS = ("cut", "decrease", "drop", "reduction", "fall")
BUDGET_CUT_UNITS = PERCENT + tuple(f"{sign} {word}" for sign in PERCENT for word in CUT_WORDS) + CUT_WORDS
#: What a share of unnamed sources is called after its percentage ("85% unnamed"): read with its unit, as "85%" is.
UNNAMED_WORDS = ("unnamed", "unnamed sources", "of claims", "of the claims", "of rows", "of the rows")
UNNAMED_SHARE_UNITS = PERCENT + tuple(f"{sign} {word}" for sign in PERCENT for word in UNNAMED_WORDS)


def _two_budget_figures(answer) -> str | None:
    """05.5 answered with the column of both budget figures: the percentage needs each of them. A number followed by
    words about agreeing answers the prompt's second question too: the check reads the number only, and says so."""
    if isinstance(answer, str):
        number = _LEADING_NUMBER.match(answer)
        words = set(re.findall(r"[a-z]+", answer[number.end():number.end() + 500].casefold())) if number else set()
        if words & _AGREEING_WORDS:
            return ("Give only the number; the second question, whether the article's own percentage agrees, is for you "
                    "to think about.")
        return None
    if type(answer).__name__ == "Series" and len(answer) == 2:
        return ("That column holds both budget figures; take each one (the larger is the old budget, the smaller the new) "
                "and compute (old - new) / old * 100.")
    if type(answer).__name__ == "Series":
        return (f"That column holds {len(answer)} values; the percentage needs the two budget figures only: take those two "
                "money rows, then compute (old - new) / old * 100.")
    return None


def _budget_figures() -> tuple[float, float]:
    """(before, after): the two budget figures the library article sets side by side (its first two money rows)."""
    money = _ledger(LIBRARY)
    first_two = money.loc[money["claim_type"] == "money", "value"].iloc[:2]
    return float(first_two.max()), float(first_two.min())


def _budget_difference() -> float:
    before, after = _budget_figures()
    return before - after


def _budget_cut() -> float:
    before, after = _budget_figures()
    return 100 * (before - after) / before


def _stated_cut() -> float:
    ledger = _ledger(LIBRARY)
    return float(ledger.loc[ledger["unit"] == "percent", "value"].iloc[0])


@lru_cache(maxsize=None)
def _mismatches() -> tuple[tuple[str, str, str, str], ...]:
    """The harbour briefing's conversions that do not match, as (second_claim_id, rounds_to, converted, second).

    Worked out once: 05.6 and 05.7 and their traps all read them, and each reading had run lesson 04's check of
    every pair again. Kept as tuples of text, so no caller can change them.
    """
    from ..ledger_checks import conversion_checks

    checks = conversion_checks(_ledger(HARBOUR), _text(HARBOUR))
    wrong = checks.loc[~checks["matches"], ["second_claim_id", "rounds_to", "converted", "second"]]
    return tuple(tuple(str(value) for value in row) for row in wrong.itertuples(index=False))


def _mismatched_conversions() -> list[str]:
    return [claim_id for claim_id, *_ in _mismatches()]


def _mismatched_first_ids() -> list[str]:
    """The ids of the figures that were converted (the first of each mismatched pair), a likely mix-up in 05.6."""
    from ..ledger_checks import conversion_pairs

    ledger = _ledger(HARBOUR).reset_index(drop=True)
    mismatched = set(_mismatched_conversions())
    return [ledger.loc[first, "claim_id"] for first, second in conversion_pairs(ledger, _text(HARBOUR))
            if ledger.loc[second, "claim_id"] in mismatched]


def _mismatched_first_figure() -> tuple[int, str]:
    """The line of the figure that was converted in the mismatched pair, and that figure as the article writes it."""
    ledger, text = _ledger(HARBOUR), _text(HARBOUR)
    row = ledger.loc[ledger["claim_id"] == _mismatched_first_ids()[0]].iloc[0]
    return text[:int(row["char_start"])].count("\n") + 1, str(row["text"])


def _correct_conversion() -> str:
    return _mismatches()[0][1]


def _mismatched_pair() -> tuple[float, float]:
    """(the first figure converted exactly to km, the article's own km figure) for the mismatched conversion."""
    _, _, converted, second = _mismatches()[0]
    return in_km(converted), in_km(second)


@dataclass(frozen=True)
class DefensibleChoiceExercise(Exercise):
    """A choice where, beside the answer key's option, a reader may defend others: each is counted right with its own reply.

    Used where lesson 03's scale allows two readings (who could check a figure now, and who could once they have access);
    the reply says who could check and why the key chose otherwise, so the point, naming the checker, is not lost.
    """

    defensible: tuple[tuple[str, str], ...] = ()

    def _not_an_option(self, text: str) -> str:
        """"not checkable" is refused with the one-word option it means ("uncheckable"), which the learner can type; so is
        "not verifiable", another word for it (learner AE, AE-L4: it was told "more than an option")."""
        meant = negated_option(text, self.choices) or negated_option(self._with_aliases_spelled_out(text), self.choices)
        return f"{preview(text)} is not one of the options: did you mean {meant!r}?" if meant else super()._not_an_option(text)

    def judge(self, answer: Any) -> tuple[bool | None, str, str | None]:
        option = self._as_read(answer)
        reply = dict(self.defensible).get(option) if isinstance(option, str) else None
        if reply is not None:
            return True, reply, None
        return super().judge(answer)


def _same_ids(answer, ids: list[str]) -> bool:
    """Whether a list names exactly these ids, read as the checker reads them ("c005" is C005)."""
    items = list(answer)
    every_item_named = all(any(same_choice(item, claim_id) for claim_id in ids) for item in items)
    every_id_given = all(any(same_choice(item, claim_id) for item in items) for claim_id in ids)
    return every_item_named and every_id_given


register(
    AdvisedNumberExercise(
        id="05.1",
        prompt="How many claims of the wildfire article's hand ledger does the extractor's draft miss entirely?",
        kind="number",
        units=("claims", "claim"),
        expected=lambda: _comparison_counts()["hand only"],
        hints=(
            "Count the rows of the comparison whose 'found' column says 'hand only'.",
            "In code, comparison['found'].value_counts() counts each kind; read the line for 'hand only'.",
        ),
        traps=(
            Trap("draft-only-rows", lambda a: parse_number(a) == _comparison_counts()["draft only"],
             "That counts the draft's extra rows ('draft only'); the question asks about the hand ledger's rows the draft missed.",
             prompt="Ask which ledger each row of the comparison comes from, and what it means for a draft to miss a claim."),
            Trap("found-by-both", lambda a: parse_number(a) == _comparison_counts()["both"], "That counts the claims both ledgers found.",
             prompt="Ask what each value of the 'found' column means, and which one the question asks about."),
        ),
        success=("Right. Read that row: the extractor looks for numbers, dates and clock times, and number words it knows, so a "
                 "vague quantity word such as 'Thousands' is yours to find."),
        advice=_hand_only_line,
    ),
    Exercise(
        id="05.2",
        prompt=("Line 15 of the harbour briefing: 'The authority put the damage to the pier at' a figure in dollars. "
                "How does the article report that figure: direct_quote, paraphrase or narration?"),
        kind="choice",
        choices=("direct_quote", "paraphrase", "narration"),
        # Lesson 02's other names of paraphrase and narration: 'indirect speech' (lesson 04's word for NBC's report) is a
        # paraphrase (learner AA's AA-M3). Its names of a direct quote ('quotation') are left out: 05.2 refuses them.
        aliases=tuple(pair for pair in MODE_ALIASES if pair[1] != "direct quote"),
        expected=_damage_mode,
        hints=(
            "Whose figure is it? Read the start of the sentence, then ask whether those are the speaker's exact words.",
            "Lesson 02: a direct quote stands in quotation marks; a paraphrase gives someone's claim in the outlet's words; "
            "narration is the outlet speaking for itself.",
        ),
        traps=(
            Trap("no-said-read-as-narration", lambda a: same_choice(a, "narration"),
             "That is the draft's reading: the sentence has no 'said', so the rule gave the figure to the outlet. "
             "But 'The authority put the damage to the pier at' tells you whose figure it is.",
             prompt="Ask how a sentence can attribute a figure without a verb of saying, and why a rule-based draft misses such attributions."),
            Trap("quote-without-marks", lambda a: same_choice(a, "direct_quote"),
             "There are no quotation marks around the figure: the article gives the authority's figure in its own words.",
             prompt="Ask what marks a direct quote, and how a reader tells a source's exact words from the article's account of them."),
        ),
        success=("Right: the authority's figure in the article's words, with no 'said' for a rule to find. "
                 "A draft misses attributions like this one; correct the row's speaker, mode and source type in the curator."),
    ),
    DefensibleChoiceExercise(
        id="05.3",
        prompt="How verifiable is the damage figure the harbour authority gives (line 15): checkable, partly_checkable or uncheckable?",
        kind="choice",
        choices=RATINGS,
        aliases=RATING_ALIASES,  # the ledger's ratings, read as compare_ratings and 03.8 read them (stats.read_rating)
        expected=_damage_rating,
        hints=(
            "Who has assessed the damage so far? Could anyone outside the authority confirm the figure today?",
            "Lesson 03's scale asks who holds the evidence: anyone, from a public record (checkable); specialists with "
            "access (partly checkable); or only the party making the claim (uncheckable).",
        ),
        defensible=(
            ("partly_checkable",
             "Defensible, and counted right, if you can say who: engineers surveying the pier, or an insurer assessing "
             "the claim, could check the figure once they have access, which is lesson 03's partly checkable. The answer "
             "key says uncheckable because today no one but the authority holds the evidence: line 17 says the survey is "
             "not done yet. Either way, note in your ledger who could check it, and when."),
        ),
        success=("Right. An early estimate by the authority itself, before the survey is done: for now, no one else holds "
                 "the evidence. Once engineers have surveyed the pier, or an insurer has assessed the claim, they could "
                 "check it: partly checkable, then, and a defensible rating even now if you say who would check."),
    ),
    AdvisedNumberExercise(
        id="05.4",
        prompt="In the library-budget article's hand ledger, what percentage of the claims rest on unnamed sources (one decimal place)?",
        kind="number",
        units=UNNAMED_SHARE_UNITS,
        tolerance=0.05,  # one decimal place, as 05.5 (learner AE, AE-L5: 85.5 was counted right for 85.0)
        expected=_unnamed_share,
        hints=(
            "Count the rows whose source_type is 'unnamed' and divide by the number of rows; then multiply by 100.",
            "In code: (library['source_type'] == ___).mean() * 100, with the blank filled; the mean of a True/False column is the share of Trues.",
        ),
        traps=(
            Trap("count-not-percentage", lambda a: parse_number(a) == (_ledger(LIBRARY)["source_type"] == "unnamed").sum(),
             "That is how many rows rest on unnamed sources; the question asks for a percentage of all the rows.",
             prompt="Ask whether the question wants a count or a share, and how to turn one into the other."),
            Trap("fraction-not-percentage", lambda a: abs(parse_number(a) - _unnamed_share() / 100) < 0.01, "That is a fraction of 1; give it as a percentage.",
             prompt="Ask how to tell a fraction from a percentage at a glance, and why a reported share should say which it is."),
            Trap("share-of-the-rest", lambda a: abs(parse_number(a) - (100 - _unnamed_share())) < 0.5 and abs(100 - 2 * _unnamed_share()) > 1,
             "That is the share of the other rows, those whose source_type is not 'unnamed': the question asks for the share "
             "of the rows that rest on unnamed sources.",
             prompt="Ask which rows the question counts, and how a share and its complement add up to 100%."),
        ),
        success="Right. Most of the article's numbers come from sources the reader cannot identify; lesson 02 asks what that does to trust.",
        advice=_unnamed_line,
    ),
    AdvisedNumberExercise(
        id="05.5",
        prompt="From the library article's two budget figures, compute the cut as a percentage of the old budget (one decimal place).",
        kind="number",
        units=BUDGET_CUT_UNITS,
        tolerance=0.05,
        expected=_budget_cut,
        hints=(
            "A cut is measured against what there was before: (old - new) / old * 100.",
            "Take the two money rows of the same sentence from the hand ledger: the larger is the old budget, the smaller the new one.",
        ),
        traps=(
            Trap("divided-by-new", lambda a: abs(parse_number(a) - 100 * (_budget_figures()[0] - _budget_figures()[1]) / _budget_figures()[1]) < 0.05,
             "You divided by the new budget; a cut is measured against the old one.",
             prompt="Ask what a percentage change is measured against, and why the base of a comparison should always be stated."),
            Trap("subtracted-old-from-new", lambda a: abs(parse_number(a) + _budget_cut()) < 0.05,
             "Right size, wrong sign: you computed (new - old) / old. A cut is (old - new) / old * 100, positive.",
             prompt="Ask which figure is subtracted from which in a percentage change, and what the sign of a change tells a reader."),
            Trap("swapped-old-and-new", lambda a: parse_number(a) < 0,
             "Your result is negative: you took the new budget as the old one. The old budget is the larger figure, and (old - new) / old * 100 is positive for a cut.",
             prompt="Ask how learners decided which figure was the old one, and what the sign of a change tells a reader."),
            Trap("stated-figure-not-computed", lambda a: parse_number(a) == _stated_cut(),
             "That is the article's own rounded figure; compute the cut from the two budget figures instead.",
             prompt="Ask why recomputing a figure from the article's own numbers is a check, and copying its rounded figure is not."),
            Trap("fraction-not-percentage", lambda a: abs(parse_number(a) - _budget_cut() / 100) < 0.0005,
             "That is a fraction of 1; give it as a percentage (multiply by 100).",
             prompt="Ask how to tell a fraction from a percentage at a glance, and why a reported change should say which it is."),
            Trap("amount-not-percentage", lambda a: any(abs(parse_number(a) - amount) < 1e-6 for amount in (_budget_difference(), _budget_difference() / 1e6)),
             "That is the cut in dollars; the question asks for it as a percentage of the old budget.",
             prompt="Ask how a cut in dollars and a cut as a percentage answer different questions, and which one the question asks."),
        ),
        success="Right. The article's rounded percentage agrees with its own figures: a check that passes is worth knowing too.",
        advice=_two_budget_figures,
    ),
    IdListExercise(
        id="05.6",
        prompt="In the harbour briefing, which converted figures are NOT the first figure converted and rounded like the second? Give the claim ids in a list.",
        kind="choices",
        id_column="second_claim_id",
        id_words="values",
        expected=_mismatched_conversions,
        hints=(
            "Look at the 'matches' column of harbour_checks: which rows say False?",
            "For each row whose 'matches' is False, the converted figure's id is in the 'second_claim_id' column.",
        ),
        traps=(
            Trap("first-of-pair", lambda a: _same_ids(a, _mismatched_first_ids()),
             "That is the figure being converted (the first of the pair); the question asks for the converted one, "
             "in the 'second_claim_id' column.",
             prompt="Ask which figure of each pair is the converted one, and how to read a table's column names before answering from it."),
        ),
        success=("Right. The two figures could still describe the same distance once both are read as rounded "
                 "('ranges_overlap'), but the first, converted and rounded like the second, does not give the second."),
    ),
    ConversionExercise(
        id="05.7",
        prompt="For that mismatched conversion: what should the converted figure have been, rounded like the article's figure? Give it with its unit.",
        kind="quantity",
        unit="km",
        given=_mismatched_first_figure,
        convert_into="kilometres, rounded like the article's figure",
        tolerance=0.001,
        expected=_correct_conversion,
        hints=(
            "Convert the first figure of the pair to the second's unit (lesson 04), then round it to as many decimals as the article's figure has.",
            "harbour_checks shows the first step: 'converted' is the exact conversion; round it with round_to_step(quantity, step), as in lesson 04.",
        ),
        traps=(
            Trap("article-figure", lambda a: abs(in_km(a) - _mismatched_pair()[1]) < 1e-9,
             "That is the article's own figure; the question asks what it should have been.",
             prompt="Ask what the converted figure should have been, and how to keep the article's figure apart from the result of a check."),
            Trap("rounded-too-finely", lambda a: 0.0005 < abs(in_km(a) - _mismatched_pair()[0]) < 0.01,
             "That is rounded, but to more decimals than the article's figure has: round it in km to as many decimals as the article's figure.",
             prompt="Ask how many decimals the article's figure has, and why a conversion is compared at that precision."),
            Trap("not-rounded", lambda a: abs(in_km(a) - _mismatched_pair()[0]) < 0.0005,
             "That is the first figure's distance, exactly, not rounded: round it in km to as many decimals as the article's figure has.",
             prompt="Ask how many decimals the article's figure has, and how to round a conversion to match it."),
        ),
        success="Right. One digit's difference, and it is the kind a reader can catch with a calculator and lesson 04's rule.",
    ),
    Exercise(
        id="05.8",
        prompt="Pick one number in the article you chose and ask it the six questions: who counted, what exactly is counted, compared with what, in what units, who could check, and what do other sources say (and are they independent)?",
        kind="written",
        min_words=30,
        success="Noted. Keep this answer beside your exported ledger: together they are your report on the article.",
    ),
    Exercise(
        id="05.9",
        prompt=("Stop for a 60-second check before the ledger: who is behind the outlet that published your article, what do "
                "other sources say about the same event, and are they independent of it (a different origin of the "
                "information, not only a different outlet's name)? Say where you looked. Write at least 30 words."),
        kind="written",
        min_words=30,
        success=("Noted. Keep it beside your ledger: if the other sources all relay the same origin, your article's numbers "
                 "still rest on one source, however many outlets repeat them."),
    ),
)
