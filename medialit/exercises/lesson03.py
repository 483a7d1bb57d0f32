"""Lesson 03 "Numbers nobody can check": totals that don't itemise, rates and denominators, verifiability."""
from __future__ import annotations

import datetime
import re
from dataclasses import dataclass
from typing import Any, Callable

from .. import stats
from ..answers import (AnswerError, names_several_options, parse_number, preview, reset_counts_note, row_number_labels_note,
                       why_not_yes_or_no)
from ..data import load_claims, load_earlier_briefings
from ..lateral import words_of
from . import Exercise, Trap, get_exercise, register
from .desk import DeskResultExercise, ids_where
from .lesson02 import _is_empty_label  # the empty cell counted as a label, as 02.6 recognises it
from .several_values import AdvisedNumberExercise, is_list_of_numbers

YES_NO = ("yes", "no")
#: Words for what was done to the targets that are not "destroyed": the quote's "hitting" and its translations.
HIT_WORDS = frozenset({"hit", "hitting", "struck", "frappé"})
BRIEFING_DAY = "2015-11-03"



def _upstream_accounts() -> list[str]:
    """Other real accounts of the ministry's briefing on the desk that word what was done with a hit-word, in id order."""
    return ids_where(lambda t: (t["relays"] == "russian_defence_ministry") & (t["kind"] != "article") & ~t["fictional"]
                     & t["excerpt"].map(lambda text: bool(words_of(str(text)) & HIT_WORDS)))


def _picked(answer, picked) -> bool:
    """Whether the answer names one of the desk results ``picked`` chooses from the desk's table."""
    return get_exercise("03.10").read(answer) in set(ids_where(picked))


def _close(answer, value: float, tolerance: float) -> bool:
    return abs(parse_number(answer) - value) <= tolerance


def _rounding_slip(exact: Callable[[], float], places: str, digits: int, tolerance: float) -> Trap:
    """A near miss: the right division, cut off or rounded differently (one trap, the same id, for every rate)."""
    return Trap("rounded-wrongly", lambda a: _close(a, exact(), tolerance),
                f"Close: give it to {places}, rounded with round(..., {digits}) rather than cut off or rounded further.",
                prompt="Ask how rounding differs from cutting off digits, and when the difference matters to a reader.")


def _rounded_to_whole(exact: Callable[[], float], places: str, digits: int) -> Trap:
    """The right division rounded to a whole number, round(x) with no places (one trap, the same id, for every rate)."""
    return Trap("rounded-to-whole", lambda a: exact() != round(exact()) and parse_number(a) == round(exact()),
                f"That is the right division rounded to a whole number: give it to {places}, with round(x, {digits}), "
                f"the {digits} inside the brackets.",
                prompt="Ask how many decimal places a rate needs to be compared with another, and what round(x) drops.")


def _inverted(rate: Callable[[], float], digits: int) -> Callable[[Any], bool]:
    """Whether an answer is a rate divided the other way round, as computed or rounded to the places asked for
    (days / sorties to one decimal is 0.0, which no tolerance around 0.02 would reach)."""
    def applies(answer) -> bool:
        given = parse_number(answer)
        return abs(given - 1 / rate()) <= 0.006 or given == round(1 / rate(), digits)
    return applies


def _shares_not_counts(answer) -> bool:
    """A Series or dict of fractions that add up to 1: value_counts(normalize=True) instead of counts.

    At least one value must lie strictly between 0 and 1: a count of 1 for one rating is a count, not a share."""
    values = [float(v) for v in _as_dict(answer).values()]
    return (any(0 < v < 1 for v in values) and all(0 <= v <= 1 for v in values)
            and abs(sum(values) - 1) < 1e-6)


def _counts_swapped(answer) -> bool:
    """The three counts, each beside another rating than its own (typed by hand in the wrong order)."""
    given = {rating: float(count) for rating, count in _as_dict(answer).items()}
    expected = {rating: float(count) for rating, count in _verifiability_counts().items()}
    return set(given) == set(expected) and given != expected and sorted(given.values()) == sorted(expected.values())


def _as_dict(answer) -> dict:
    return answer.to_dict() if hasattr(answer, "to_dict") else dict(answer)


def _ratings_given(answer) -> set[str]:
    """The labels of a 03.8 answer as the ledger spells them ("Partly checkable" is partly_checkable)."""
    exercise = get_exercise("03.8")
    return {exercise._canonical(label) for label in _as_dict(answer)}


def _ratings() -> set[str]:
    return {get_exercise("03.8")._canonical(rating) for rating in stats.RATINGS}


@dataclass(frozen=True)
class RatingCountsExercise(Exercise):
    """03.8: counts of rating -> claims. A column not yet counted, a True/False column or the ratings listed once each
    gets one sentence naming what it is and what the exercise wants, instead of the generic "expected a dict"."""

    def _canonical(self, text: object) -> str:
        """A rating as the ledger spells it, read with the one reader of rating words ("partly" is partly_checkable)."""
        rating = stats.read_rating(text)
        return super()._canonical(rating if rating else text)

    def _judge_mapping(self, answer: Any) -> bool:
        reset = reset_counts_note(answer)
        if reset:
            raise AnswerError(reset, says_what_is_expected=True)
        kind = getattr(getattr(answer, "dtype", None), "kind", None)
        if kind == "b":
            raise AnswerError("That is a True/False column, one value per claim saying whether it has one rating; the "
                              "exercise wants how many claims have each rating: count the values of the verifiability column itself.")
        if hasattr(answer, "index") and kind not in (None, "i", "u", "f"):
            raise AnswerError("That is the verifiability column itself, one rating per claim; the exercise wants how many "
                              "claims have each rating: count its values, as you counted the verbs in exercise 02.6.")
        if isinstance(answer, str):
            raise AnswerError("That is one text; the exercise wants a dict of rating -> number, with each rating in quotes "
                              "and a colon before its count, e.g. {\"label\": 3, \"other_label\": 5}, or the Series "
                              "that counting the verifiability column gives.")
        if not hasattr(answer, "to_dict") and not isinstance(answer, dict) and _lists_ratings(answer):
            raise AnswerError("That lists the ratings, each once, without how many claims have each; the exercise wants a "
                              "count beside each rating: count the values of the verifiability column, as in exercise 02.6.")
        numbered = row_number_labels_note(answer, "ratings")  # a column of numbers, its labels checked only now
        if numbered:
            raise AnswerError(numbered, says_what_is_expected=True)
        return super()._judge_mapping(answer)


def _is_figure(item: object) -> bool:
    """A figure as a table shows it ("2.7 km", "$6.2 million"): text that starts with a number (or a currency sign) and
    says more than a whole number, which is a row number (``_not_an_option``), or an id's letters and digits ("C006")."""
    return isinstance(item, str) and bool(re.match(r"\s*[$\u00a3\u20ac]?\d", item)) and not item.strip().isdigit()


#: A range of letters typed for a list of them ("g-i", "g to i", "g\u2013i", "g through i"): two single letters. Linear.
_LETTER_RANGE = re.compile(r"([^\W\d_])\s*(?:-|\u2013|\u2014|\bto\b|\bthrough\b|\bthru\b)\s*([^\W\d_])", re.IGNORECASE)
#: Longest text, and most list items, looked at for letter ranges; a longer answer goes to the reader as it is.
_MAX_LETTERS_TEXT, _MAX_LETTER_ITEMS = 200, 30


@dataclass(frozen=True)
class IdListExercise(Exercise):
    """A list of ids read from one column of a table (03.6's check_id letters, 05.6's second_claim_id). The table of the
    rows kept, whose column headers would read as items, is told what it is and which column to take."""

    id_column: str = "check_id"
    id_words: str = "letters"

    def _judge_choices(self, answer: Any) -> bool:
        if hasattr(answer, "columns"):
            raise AnswerError(f"That is a table, rows and columns; the exercise wants the list of the {self.id_column} "
                              f"{self.id_words} of the rows you kept: take that one column of them and end with .tolist().")
        figure = next((item for item in answer if _is_figure(item)), None) if isinstance(answer, list) else None
        if figure is not None:
            raise AnswerError(f"{preview(figure)} is a figure, not an id: the exercise wants the {self.id_column} "
                              f"{self.id_words} of the rows you picked, in a list.", says_what_is_expected=True)
        return super()._judge_choices(answer)

    def judge(self, answer: Any) -> tuple[bool | None, str, str | None]:
        """As every exercise judges; a list sharing some ids with the answer hears how many of its ids are right, how many
        more are missing and how many do not belong, never which: that would hand over the answer."""
        correct, message, misconception = super().judge(answer)
        if correct is False and misconception is None:
            given = {self._canonical(item) for item in self._as_read(answer)}
            message = self._partly_right(given, {self._canonical(item) for item in self.expected()}) or message
        return correct, message, misconception

    def _partly_right(self, given: set[str], expected: set[str]) -> str | None:
        """"Not quite: the two letters you gave are right; one more is missing." for a list sharing ids with the answer;
        None for a list sharing none (the exercise's own hints fit that better)."""
        right, missing, extra = len(given & expected), len(expected - given), len(given - expected)
        if not right:
            return None
        if not extra:
            said = f"the {self._ids(right)} you gave {'is' if right == 1 else 'are'} right"
        elif not missing:
            said = f"every one the question asks for is there, but {self._ids(extra, 'of your ')} {'does' if extra == 1 else 'do'} not belong"
        else:
            said = f"{self._ids(right, 'of your ')} {'is' if right == 1 else 'are'} right; {_number_word(extra)} {'does' if extra == 1 else 'do'} not belong"
        if missing:
            said += f"; {_number_word(missing)} more {'is' if missing == 1 else 'are'} missing"
        return f"Not quite: {said}. Look again at which rows the question asks for."

    def _ids(self, number: int, of: str = "") -> str:
        """"two letters", "one of your letters" ("one letter" alone)."""
        words = self.id_words if of or number != 1 else self.id_words.removesuffix("s")
        return f"{_number_word(number)} {of}{words}"

    def _as_read(self, answer: Any) -> Any:
        """As every list is read; where the ids are single letters, a range of letters ("g-i", "a to c") or letters run
        together ("ghi") is first told to list each letter (learner AO, L3: "g-i" was "not one of the options", and
        "a-i" was read as i alone). Round brackets around a list typed as text are read as square ones ("(g, h, i)")."""
        note = self._letters_note(answer)
        if note:
            raise AnswerError(note, says_what_is_expected=True)
        if isinstance(answer, str) and len(answer) <= _MAX_LETTERS_TEXT:  # "(g, h, i)": round brackets as square ones
            inner = answer.strip()
            if inner.startswith("(") and inner.endswith(")") and "(" not in inner[1:-1] and ")" not in inner[1:-1]:
                answer = inner[1:-1]
        return super()._as_read(answer)

    def _letters_note(self, answer: Any) -> str | None:
        options = [str(choice).casefold() for choice in self.choices]
        if not options or not all(len(option) == 1 and option.isalpha() for option in options):
            return None
        if isinstance(answer, str) and len(answer) <= _MAX_LETTERS_TEXT:
            parts = re.split(r"[,;]", answer)
        elif isinstance(answer, (list, tuple)) and len(answer) <= _MAX_LETTER_ITEMS:
            parts = [item for item in answer if isinstance(item, str) and len(item) <= _MAX_LETTERS_TEXT]
        else:
            return None
        for part in parts:
            typed = part.strip().strip("[]()'\" ").strip()
            found = _LETTER_RANGE.fullmatch(typed)
            first, last = (found[1].casefold(), found[2].casefold()) if found else ("", "")
            if first in options and last in options and options.index(first) < options.index(last):
                letters = ", ".join(options[options.index(first):options.index(last) + 1])
                return f"{preview(typed)} is a range of letters: list each letter, separated by commas ('{letters}')."
            run = typed.casefold()
            if 1 < len(run) <= len(options) and len(set(run)) == len(run) and all(letter in options for letter in run):
                return f"{preview(typed)} runs letters together: list each letter, separated by commas ('{', '.join(run)}')."
        return None

    def _not_an_option(self, text: str) -> str:
        """A whole number where the ids are words: the row numbers pandas prints at the left of a table, not its ids."""
        if str(text).strip().isdigit() and not any(str(choice).isdigit() for choice in self.choices):
            return (f"{preview(text)} is a row number, which pandas prints at the left of each row; the exercise wants the "
                    f"{self.id_column} {self.id_words} of those rows.")
        return super()._not_an_option(text)


@dataclass(frozen=True)
class YesNoExercise(Exercise):
    """03.7: yes or no. A reply that is neither ("no idea", "no, it does", "I know it adds up so yes") is told why in one
    sentence, rather than that it is "not one of the options"."""

    def _not_an_option(self, text: str) -> str:
        return super()._not_an_option(text) if names_several_options(text, self.choices) else why_not_yes_or_no(text)


def _number_word(number: int) -> str:
    return {1: "one", 2: "two", 3: "three"}.get(number, str(number))


def _lists_ratings(answer) -> bool:
    """Whether an answer is a list or array of rating words (what .unique() gives), not label -> number."""
    try:
        items = list(answer)[:len(stats.RATINGS) + 1]
    except TypeError:
        return False
    return bool(items) and all(isinstance(item, str) for item in items)


def _sum_not_list(answer) -> str | None:
    """03.1 typed as the four counts themselves: the question is their sum, not how many there are."""
    if is_list_of_numbers(answer):
        return "Those are the categories' counts themselves; the exercise asks what they add up to: add them up with sum(...)."
    return None


SHARE_NOT_COUNT = "That is the share of the total; the question asks how many targets, a count."


def _one_remainder(answer) -> str | None:
    """03.2 typed as several counts, or as a percentage: its one number is the total less what the list itemises."""
    if is_list_of_numbers(answer):
        return "Those are several counts; the exercise asks for one: subtract the sum of the four categories, sum(...), from the total of line 10."
    if isinstance(answer, str) and answer.strip().endswith("%"):
        return SHARE_NOT_COUNT
    return None


def _rate_in_words(counted: str, other: str, per: str, how: str) -> Callable[[Any], str | None]:
    """A rate typed as a number and words that are not that rate ("48 targets a day" for sorties a day, "1.28 sorties" for
    targets per sortie, "48 sorties" without its "a day"): the advice says what the words count, for 03.4 and 03.5 alike."""
    def advice(answer) -> str | None:
        if not isinstance(answer, str):
            return None
        words = answer[:200].casefold().split()
        if len(words) < 2:
            return None
        if words[1].startswith(other[:-1]):
            return f"{preview(answer)} counts {other}; the question asks for '{counted} {per}': {how}."
        if words[1].startswith(counted[:-1]) and len(words) == 2:
            return f"A rate needs its '{per}': write the number alone, or followed by '{counted} {per}'."
        return None
    return advice


#: A date as a row label is typed ("2015-10-30"), given where 03.9 asks for a number of sorties.
_ISO_DATE = re.compile(r"\s*\d{4}-\d{2}-\d{2}\s*")


def _one_earlier_line(answer) -> str | None:
    """03.9 given a whole column of the earlier briefings: the question needs its 30 October line only. Given a date (the
    row's label, typed or as a Timestamp) instead of a number: the label reads the row, whose sorties are needed."""
    if isinstance(answer, datetime.date) or (isinstance(answer, str) and len(answer) <= 40 and _ISO_DATE.fullmatch(answer)):
        return ("That is a date, the label of a row of the earlier briefings; the exercise needs a number of sorties: read "
                "the 30 October row's sorties with earlier.loc['2015-10-30', 'sorties'] and subtract it from the article's sorties.")
    if type(answer).__name__ != "Series":
        return None
    if "sorties" in answer.index:
        return ("That is a whole row of the table, every column of one date; the exercise needs the 30 October row's sorties "
                "only: earlier.loc['2015-10-30', 'sorties'], subtracted from the article's sorties.")
    return ("That has one value per date of the earlier briefings; the exercise needs the 30 October line only: "
            "read it with earlier.loc['2015-10-30', 'sorties'] and subtract it from the article's sorties.")


def _cannot_check() -> list[str]:
    checks = stats.consistency_checks()
    return checks.loc[checks["result"] == "cannot be checked from the article", "check_id"].tolist()


def _verifiability_counts() -> dict[str, int]:
    ratings = load_claims()["verifiability"].astype(str)
    return {rating: int((ratings == rating).sum()) for rating in stats.RATINGS}


def _adding_up_makes_checkable() -> str:
    """No, if the ledger still rates the day's total uncheckable although its list adds up."""
    day = stats.breakdown("day_opposition_targets")
    claims = load_claims().set_index("claim_id")
    rating = str(claims.loc[day.total_claim_id, "verifiability"])
    return "no" if day.remainder == 0 and rating != "checkable" else "yes"


def _sorties_since_30_october() -> int:
    """The article's campaign sorties minus the cumulative figure reported for 30 October (facts.md)."""
    earlier = load_earlier_briefings().set_index("date")
    return stats.rates().sorties - int(earlier.loc["2015-10-30", "sorties"])


def _targets_since_30_october() -> int:
    earlier = load_earlier_briefings().set_index("date")
    return stats.rates().targets - int(earlier.loc["2015-10-30", "targets"])


def _cumulative_totals() -> set[int]:
    """The totals the difference is taken between (both dates, sorties and targets): a learner may give one of them."""
    earlier = load_earlier_briefings().set_index("date")
    return {stats.rates().sorties, stats.rates().targets, int(earlier.loc["2015-10-30", "sorties"]), int(earlier.loc["2015-10-30", "targets"])}


def _sorties_since_24_october() -> int:
    earlier = load_earlier_briefings().set_index("date")
    return stats.rates().sorties - int(earlier.loc["2015-10-24", "sorties"])


register(
    AdvisedNumberExercise(
        id="03.1",
        prompt="What do the four categories that line 14 itemises add up to?",
        kind="number",
        combined_from="sum",
        units=("targets",),
        column_step="add up the count column of the campaign rows with .sum()",
        expected=lambda: stats.breakdown("campaign").itemised_sum,
        hints=(
            "Sum the count column of the campaign rows: campaign['count'].sum().",
        ),
        traps=(
            Trap("stated-total-not-sum", lambda a: parse_number(a) == stats.breakdown("campaign").total, "That is the total of line 10; add up only the four categories of line 14.",
             prompt="Ask why the total an article states and the sum of what it itemises are different numbers, and what a gap between them means."),
            Trap("remainder-not-sum", lambda a: parse_number(a) == stats.breakdown("campaign").remainder,
             "That is what the list leaves out of the total, which another question asks about; here add up the four categories themselves.",
             prompt="Ask which number is the sum of the parts and which is what the parts leave out, and how the question's wording tells them apart."),
            Trap("mixed-breakdowns", lambda a: parse_number(a) == stats.breakdown("campaign").itemised_sum + stats.breakdown("day_opposition_targets").itemised_sum,
             "That sum includes the day's list too (line 38); keep only the campaign rows.",
             prompt="Ask which rows belong to which list, and how adding two breakdowns together gives a number the article never claims."),
        ),
        success="Right: that is everything the article itemises for the whole campaign.",
        advice=_sum_not_list,
    ),
    AdvisedNumberExercise(
        id="03.2",
        prompt="How many of the line-10 targets does no itemised category account for?",
        kind="number",
        combined_from="difference",
        units=("targets",),
        expected=lambda: stats.breakdown("campaign").remainder,
        hints=("Subtract the sum of the four categories from the total that line 10 gives.",),
        traps=(
            Trap("itemised-not-remainder", lambda a: parse_number(a) == stats.breakdown("campaign").itemised_sum, "That is what the list accounts for; subtract it from the total.",
             prompt="Ask what 'not accounted for' means as a calculation, and which of the two numbers is the part and which the whole."),
            Trap("negative-remainder", lambda a: parse_number(a) == -stats.breakdown("campaign").remainder, "Right size, wrong sign: subtract the list from the total, not the other way round.",
             prompt="Ask what a negative count of targets would mean, and how a quick check of sign and size catches a subtraction the wrong way round."),
            Trap("share-not-count", lambda a: _close(a, stats.breakdown("campaign").share_not_itemised, 0.01)
             or _close(a, 100 * stats.breakdown("campaign").share_not_itemised, 1),
             SHARE_NOT_COUNT,
             prompt="Ask whether the question wants a count or a share, and how a figure should make clear which one it is."),
        ),
        success="Right: about three targets in four are in no category the article names. What were they?",
        advice=_one_remainder,
    ),
    Exercise(
        id="03.3",
        prompt="Line 10 says 'destroyed', line 12's quote says 'hitting', the headline says 'Over 2,000'. For each word, what could someone count to confirm it, and what would it not tell them?",
        kind="written",
        min_words=25,
        success="Noted. Compare with the three pairs above: 'hit' is an attack on a target, 'destroyed' an outcome someone must observe afterwards, and 'over 2,000' only promises a lower bound.",
    ),
    AdvisedNumberExercise(
        id="03.4",
        prompt="Over the whole campaign, how many targets per sortie does the article give? Two decimal places.",
        kind="number",
        units=("targets per sortie", "targets a sortie", "per sortie"),
        expected=lambda: round(stats.rates().targets_per_sortie, 2),
        tolerance=0.006,
        hints=("Divide the campaign's targets (line 10) by its sorties (line 10); r.targets / r.sorties with r = stats.rates().",),
        traps=(
            Trap("inverted-rate", _inverted(lambda: stats.rates().targets_per_sortie, 2), "That is sorties per target: you divided the other way round.",
             prompt="Ask what 'targets per sortie' puts above and below the line, and how reading a rate aloud checks its direction."),
            Trap("day-not-campaign", lambda a: _close(a, stats.rates().day_targets_per_sortie, 0.006), "That is the ratio for the day itself (line 36); use the campaign's totals of line 10.",
             prompt="Ask which numbers belong to the whole campaign and which to the single day, and why the two rates differ."),
            _rounding_slip(lambda: stats.rates().targets_per_sortie, "two decimal places", 2, 0.03),
            _rounded_to_whole(lambda: stats.rates().targets_per_sortie, "two decimal places", 2),
        ),
        success="Right. Keep it in mind: the next cell works out the day's own ratio, to compare with this one.",
        advice=_rate_in_words("targets", "sorties", "per sortie", "the campaign's targets divided by its sorties"),
    ),
    AdvisedNumberExercise(
        id="03.5",
        prompt="If the briefing was on the date facts.md gives, how many sorties a day does the campaign average? Divide by the days after the start (as in lesson 01), one decimal place.",
        kind="number",
        units=("sorties a day", "sorties per day", "a day", "per day", "sorties daily", "daily"),
        expected=lambda: round(stats.rates().sorties_per_day, 1),
        tolerance=0.06,
        hints=(
            "Divide the campaign's sorties (line 10, r.sorties) by days, the number of days after the start worked out above.",
        ),
        traps=(
            Trap("counted-both-ends", lambda a: _close(a, stats.rates().sorties / (stats.rates().days + 1), 0.06),
             "You counted both the first day and the briefing day. That is a defensible choice, but this exercise divides by the days after the start, as lesson 01 did.",
             prompt="Ask how learners counted the days and which convention the exercise set, and why a rate should state its denominator."),
            Trap("targets-not-sorties", lambda a: _close(a, stats.rates().targets_per_day, 0.06), "That is targets per day; the question asks for sorties.",
             prompt="Ask which count the question divides, and how naming the units of a rate while computing it prevents this slip."),
            Trap("inverted-rate", _inverted(lambda: stats.rates().sorties_per_day, 1),
             "That is days per sortie: you divided the other way round; sorties a day puts the sorties above the line.",
             prompt="Ask what 'sorties a day' puts above and below the line, and how reading a rate aloud checks its direction."),
            Trap("day-count-not-rate", lambda a: parse_number(a) == stats.rates().day_sorties,
             "That is the sorties of the briefing's day alone (line 36), one day's count; the question asks for the whole "
             "campaign's average: divide the campaign's sorties (line 10) by the days.",
             prompt="Ask how a count for one day differs from an average over many days, and which the question asks for."),
            _rounding_slip(lambda: stats.rates().sorties_per_day, "one decimal place", 1, 0.2),
            _rounded_to_whole(lambda: stats.rates().sorties_per_day, "one decimal place", 1),
        ),
        success="Right. Change the date in the rate explorer: the per-day rate moves, and nothing in the article pins it down.",
        advice=_rate_in_words("sorties", "targets", "a day", "divide the campaign's sorties, not its targets"),
    ),
    IdListExercise(
        id="03.6",
        prompt="In the table of consistency checks, which ones cannot be settled from the article at all? Give their check_id letters in a list, e.g. ['a', 'b'].",
        kind="choices",
        choices=stats.CHECK_IDS,
        expected=_cannot_check,
        hints=(
            "Look at the result column: some checks agree, one leaves a remainder, and some need evidence from outside the article.",
            "checks[checks['result'] == ___]['check_id'] lists them: fill the blank with the result that needs outside evidence, spelled as in the table.",
        ),
        traps=(
            Trap("every-check", lambda a: {str(item).strip().casefold() for item in a} == set(stats.CHECK_IDS),
             "That lists every check in the table; keep only the ones whose result says they cannot be checked from the article.",
             prompt="Ask how learners filtered the table before listing its ids, and what a list of every row says about any one of them."),
        ),
        success="Right. Sums that agree show the article is consistent with itself, not that its numbers are true.",
    ),
    YesNoExercise(
        id="03.7",
        prompt="The day's itemised list (line 38) adds up exactly to the day's targets (line 36). Does that make the day's figure checkable? Answer 'yes' or 'no'.",
        kind="choice",
        choices=YES_NO,
        expected=_adding_up_makes_checkable,
        hints=("Ask who holds the evidence for the day's strikes, and whether anyone outside could see it.",),
        success="Right: adding up is internal consistency. Line 36 is a quote the article gives to Kartapolov by position (after 'He added', line 34); line 38 is the outlet's narration, credited to no one, presumably from the briefing (the article does not say). Only the day's strike records could confirm either.",
    ),
    RatingCountsExercise(
        id="03.8",
        prompt="How many claims does the ledger rate checkable, partly checkable and uncheckable? A dict or pandas Series of rating -> number.",
        kind="mapping",
        expected=_verifiability_counts,
        hints=(
            "The ratings are right but not every count: count the verifiability column of claims, the lesson's ledger, every row of it.",
            "Count with pandas rather than by hand: lesson 02's counting method, applied to the verifiability column, gives a Series of rating -> number.",
        ),
        traps=(
            Trap("counts-swapped", _counts_swapped,
             "Those are the right counts, but beside the wrong ratings: count the verifiability column itself, so each count stays beside its own rating.",
             prompt="Ask how learners paired each count with its rating, and why counting the column keeps the pairs together."),
            Trap("shares-not-counts", _shares_not_counts, "Those are shares of all claims (value_counts(normalize=True)); the question asks for the number of claims.",
             prompt="Ask what value_counts(normalize=True) returns compared with value_counts(), and which of the two the question asks for."),
            Trap("counted-empty-ratings", lambda a: any(_is_empty_label(label) for label in _as_dict(a)),
             "Your counts include an empty label (a missing value counted as a rating); every claim in the ledger has a rating, so count only the three ratings.",
             prompt="Ask what an empty cell means in a column, and why a count of missing values is not a count of a rating."),
            Trap("unknown-ratings", lambda a: bool(_ratings_given(a) - _ratings()),
             "Your answer has a label that is not one of the ledger's ratings; the ledger spells them checkable, partly_checkable and uncheckable.",
             prompt="Ask where the labels of a count come from, and why counting the column itself, rather than typing its labels, avoids misspelt ones."),
            Trap("missing-ratings", lambda a: _ratings_given(a) < _ratings(),
             "Your answer leaves out a rating: the ledger rates every claim checkable, partly_checkable or uncheckable; give a count beside each of the three.",
             prompt="Ask how learners made sure a count covers every value of a column, including the ones they did not expect."),
        ),
        success="Right. The uncheckable claims are not scattered at random: the chart below shows where they sit.",
    ),
    AdvisedNumberExercise(
        id="03.9",
        prompt="Col. Gen. Andrei Kartapolov gave cumulative figures for 30 October, as Interfax and Reuters reported them (facts.md). If both that figure and the article's are right, how many sorties were flown between 30 October and the briefing?",
        kind="number",
        combined_from="difference",
        units=("sorties", "flights"),  # lesson 04: a sortie is one flight by one aircraft
        expected=_sorties_since_30_october,
        hints=("Subtract the 30 October sorties in ml.load_earlier_briefings() from the article's campaign sorties (line 10).",
               "With the table indexed by date, as in the exercise's cell, earlier.loc['2015-10-30', 'sorties'] reads the 30 October "
               "sorties; subtract that from r.sorties."),
        traps=(
            Trap("targets-not-sorties", lambda a: parse_number(a) == _targets_since_30_october(), "That is the difference in targets; the question asks for sorties.",
             prompt="Ask which column learners subtracted, and how to check that two figures count the same thing before comparing them."),
            Trap("subtracted-wrong-way", lambda a: parse_number(a) == -_sorties_since_30_october(), "Right size, wrong sign: subtract the 30 October figure from the article's, not the other way round.",
             prompt="Ask which figure is the later one, and how the sign of a change over time should read."),
            Trap("total-not-difference", lambda a: parse_number(a) in _cumulative_totals(),
             "That is one of the totals themselves, the campaign so far on one date; the question asks how many sorties were "
             "flown between the two dates, which is the difference between two totals.",
             prompt="Ask what a cumulative figure counts, and how two of them on different dates give the count for the days between."),
            Trap("wrong-briefing-date", lambda a: parse_number(a) == _sorties_since_24_october(), "That uses the 24 October row; the question asks about the 30 October figure, the row labelled '2015-10-30'.",
             prompt="Ask which row of the table matches the date in the question, and why a comparison must say which earlier figure it uses."),
        ),
        success="Right, on the condition stated. Both figures come from the same ministry: the comparison tests the figures' consistency over time, not their truth.",
        advice=_one_earlier_line,
    ),
    DeskResultExercise(
        id="03.10",
        prompt=("Trace the campaign total of line 10, \"destroyed 2,084\" targets, upstream. Find a result on the search desk "
                "that reports the same briefing as the article but uses another word than \"destroyed\" for what was done to "
                "those 2,084 targets, closer to the words the article quotes (line 12) than the headline is. Give its id, in "
                "quotes, as a search shows it (a capital letter and two digits)."),
        kind="choice",
        expected=lambda: _upstream_accounts()[0],
        accepted=_upstream_accounts,
        hints=(
            "Search the desk for the figure (2084) and for the briefing, and read each card: who reported the same briefing, and which verb did they use?",
        ),
        traps=(
            Trap("article-as-upstream", lambda a: _picked(a, lambda t: t["kind"] == "article"),
             "That is the article itself, where the trail starts: look for another outlet's account of the same briefing.",
             prompt="Ask what 'upstream' means for a claim, and why the page being checked cannot be its own confirmation."),
            Trap("copy-as-upstream", lambda a: _picked(a, lambda t: t["relays"] == "sputnik_copy"),
             "That page copies the article word for word a day later: a copy is downstream of the article, never closer to the briefing.",
             prompt="Ask how the date and the identical wording show which way a copy runs, and why a copy can never settle the wording."),
            Trap("unsourced-as-upstream", lambda a: _picked(a, lambda t: t["relays"] == "unsourced"),
             "That page names no source at all, so it leads back to nobody: a trail needs a named source at every step.",
             prompt="Ask what a reader can do with a figure that names no source, however close its wording is to the article's."),
            Trap("day-not-campaign", lambda a: _picked(a, lambda t: (t["relays"] == "russian_defence_ministry")
                                                        & t["excerpt"].str.contains(f"{stats.rates().day_targets} targets", regex=False)),
             "That report is about the day's targets (line 36), not the campaign's 2,084 of line 10: look for an account that words what was done to the 2,084.",
             prompt="Ask which figure each report's verb belongs to, and why a verb for one day's strikes says nothing about the campaign total."),
            Trap("earlier-briefing", lambda a: _picked(a, lambda t: (t["relays"] == "russian_defence_ministry") & t["date"].fillna(BRIEFING_DAY).lt(BRIEFING_DAY)),
             "That report gives the ministry's figures of an earlier day; look for an account of the 3 November briefing itself.",
             prompt="Ask how learners matched each report to the briefing it came from, and why the date of a source decides what it can confirm."),
            Trap("wording-not-recorded", lambda a: _picked(a, lambda t: (t["relays"] == "russian_defence_ministry") & (t["kind"] != "article")
                                                            & t["excerpt"].map(lambda text: not words_of(str(text)) & (HIT_WORDS | {"destroyed"}))),
             "That report covers the same briefing, but its card records none of its words for the 2,084 targets, so it cannot "
             "show which verb was used: look for an account whose card gives the verb.",
             prompt="Ask why a report that records nothing of its wording cannot settle a question about wording, however close to the source it is."),
        ),
        success=("Right: that account of the same briefing says the targets were hit or struck, as the quote in line 12 does; "
                 "any account of the briefing on the desk that uses another verb is right (there is more than one), "
                 "while the headline and the outlet's first sentence say destroyed. The trail ends at the Defence Ministry's "
                 "briefing itself, whose transcript or video is the original: a reader would look for it in the ministry's own "
                 "news archive for 3 November 2015, or in the wire agencies' reports of the briefing, and read what it says "
                 "before relying on either verb."),
    ),
)
