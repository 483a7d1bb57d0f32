"""Lesson 05's glue: the course's checks applied to any claims ledger (a draft, a curated one, a hand-made one).

The checks themselves live with their lessons: rounding intervals in ``medialit.units`` (lesson 04),
breakdowns in ``medialit.stats`` (lesson 03), source shares in ``medialit.attribution`` (lesson 02). What is
here only finds, in a ledger of any article, the rows those checks apply to.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, localcontext

import pandas as pd

from .answers import Note
from .stats import Breakdown

__all__ = ["Note", "pint_unit", "ledger_unit", "compare_ledgers", "with_lines", "conversion_pairs", "conversion_checks", "itemise"]

#: The claim types whose pairs conversion_checks converts: every one pint converts (volume and area since learner AG,
#: AG-L10: "12,000 cubic metres (3.2 million gallons)" was never paired). A temperature is left out: its scales are offset.
MEASURED_TYPES = ("distance", "speed", "duration", "mass", "volume", "area")
# Between a figure and its conversion: "1.5 nautical miles (2.7 km)", "9 knots, or about 17 km/h",
# "twelve metres, which is about 39 feet". Anything longer, or a new clause, is not a conversion.
_CONVERSION_GAP = re.compile(r"\s*(\(|,?\s*(or|about|which is|that is|i\.e\.)\b|[\u2013\u2014-]\s)", re.IGNORECASE)
_MAX_GAP = 20
#: A short "of NOUN" (one or two words) just after the first figure, before the gap: "40,000 cubic metres of water
#: (roughly 10.6 million gallons)" is still one measurement and its conversion (learner AI, M1). Bounded words, no nesting.
_OF_PHRASE = re.compile(r"[ \t]+of[ \t]+[A-Za-z][a-z-]{0,19}(?:[ \t]+[A-Za-z][a-z-]{0,19})?")
_OF_WORD = re.compile(r"[ \t]+of[ \t]+[A-Za-z][a-z-]{0,19}")
#: Longest text read between two figures: the gap and an "of" phrase (two words of at most 20 letters) before it.
_MAX_GAP_WITH_PHRASE = _MAX_GAP + 50
_DIGITS = re.compile(r"\d[\d,]*(?:\.\d+)?")
#: A scale word just after a figure's digits ("3.2 million gallons"): the figure's precision is in millions.
_SCALE_AFTER = re.compile(r"[ \t]+(thousand|million|billion|trillion)\b", re.IGNORECASE)
_SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
# Significant digits kept of a conversion factor: pint's factors are floats (1 foot = 0.30479999999999996 m),
# and 12 digits, as ``medialit.units`` tidies its intervals, keep every exact factor exact (0.3048, 1.852).
_FACTOR_DIGITS = 12
# ``converted`` shows three decimals beyond the second figure's precision, so the rounding can be seen,
# and at least four significant digits.
_EXTRA_DECIMALS = 3
_MIN_SIGNIFICANT = 4


#: What divides a rate's two unit names: " / ", "/" or a written "per" ("cubic metres per second").
_RATE_PARTS = re.compile(r" ?/ ?| per ", re.IGNORECASE)
#: Longest rate text read in two parts (two unit names of at most 40 characters and what divides them).
_MAX_RATE_CHARS = 90


def pint_unit(name: object):
    """The pint unit a ledger's unit name stands for (km, nautical_mile, km_per_hour, "Km"...), or None if none.

    The course has one unit vocabulary: a ledger's ``_per_`` is a division, and the rest is read as lesson 04
    reads a learner's unit (``medialit.units``: its aliases, and "KM" taken as km). Counted nouns give None.
    """
    from .answers import AnswerError
    from .units import _unit

    text = " ".join(str(name).split()).replace("_per_", " / ")
    if not text:
        return None
    try:
        return _unit(text)
    except AnswerError:
        pass
    # A rate whose parts are names of several words or in snake case ("cubic metres per second", "cubic_metre/second"):
    # each part read as above, then divided (learner AC, AC-L5). Two parts at most, each capped by ``_unit``.
    parts = _RATE_PARTS.split(text[:_MAX_RATE_CHARS])
    if len(parts) != 2 or len(text) > _MAX_RATE_CHARS:
        return None
    units = []
    for part in parts:
        for candidate in dict.fromkeys((part.strip(), part.strip().replace("_", " "))):
            try:
                units.append(_unit(candidate))
                break
            except AnswerError:
                continue
    return units[0] / units[1] if len(units) == 2 else None


def ledger_unit(name: object) -> str:
    """The ``pint`` spelling of a ledger unit name: km_per_hour -> "kilometer / hour"; other names are kept as they are."""
    unit = pint_unit(name)
    return str(unit) if unit is not None else str(name).strip()


def _numbers(ledger: pd.DataFrame) -> pd.DataFrame:
    """The ledger with its numeric columns as numbers: one read back with ``storage.read_csv`` holds only text.

    Cells that are not numbers ("", "n/a") become NaN, which every check treats as "no number given".
    """
    numeric = [column for column in ("value", "char_start", "char_end", "line") if column in ledger.columns]
    return ledger.assign(**{column: pd.to_numeric(ledger[column], errors="coerce") for column in numeric})


def _spans(frame: pd.DataFrame) -> list[tuple[int, int]]:
    return list(zip(frame["char_start"].astype(int), frame["char_end"].astype(int)))


def _differences(draft_row: pd.Series, hand_row: pd.Series) -> str:
    """The columns on which two rows for the same claim disagree (speakers compared by surname, as lesson 02 does)."""
    from .extract import speakers_match

    def text(row: pd.Series, column: str) -> str:
        value = row.get(column)
        return "" if value is None or pd.isna(value) else str(value)

    fields = [column for column in ("claim_type", "unit", "mode") if text(draft_row, column) != text(hand_row, column)]
    if not speakers_match(text(draft_row, "speaker") or None, text(hand_row, "speaker") or None):
        fields.append("speaker")
    return ", ".join(fields)


def compare_ledgers(draft: pd.DataFrame, hand: pd.DataFrame) -> pd.DataFrame:
    """Every row of either ledger, side by side where their spans overlap: found by both, hand only, draft only.

    For rows found by both, ``differs`` names the columns where the draft disagrees with the hand ledger
    (claim_type, unit, mode, speaker): the rows a curator should look at first.
    """
    draft_spans, hand_spans = _spans(draft), _spans(hand)
    rows, matched_draft = [], set()
    for h, (start, end) in enumerate(hand_spans):
        hits = [d for d, (s, e) in enumerate(draft_spans) if s < end and start < e]
        matched_draft.update(hits)
        first = draft.iloc[hits[0]] if hits else None
        rows.append({
            "found": "both" if hits else "hand only", "char_start": start,
            "hand_claim_id": hand["claim_id"].iloc[h], "hand_text": hand["text"].iloc[h],
            "draft_claim_id": first["claim_id"] if hits else "", "draft_text": first["text"] if hits else "",
            "differs": _differences(first, hand.iloc[h]) if hits else "",
        })
    for d, (start, _) in enumerate(draft_spans):
        if d not in matched_draft:
            rows.append({"found": "draft only", "char_start": start, "hand_claim_id": "", "hand_text": "",
                         "draft_claim_id": draft["claim_id"].iloc[d], "draft_text": draft["text"].iloc[d], "differs": ""})
    columns = ["found", "char_start", "hand_claim_id", "hand_text", "draft_claim_id", "draft_text", "differs"]
    table = pd.DataFrame(rows, columns=columns)
    return table.sort_values(["char_start", "found"]).reset_index(drop=True)


#: Where a curated ledger (LedgerState.ledger) keeps the ids of the rows it leaves out as rejected, in ``DataFrame.attrs``.
REJECTED_IDS = "rejected_ids"


def with_lines(ledger: pd.DataFrame, text: str) -> pd.DataFrame:
    """The ledger with a ``line`` column: the line of ``text`` each claim stands on (counted from 1, like the lessons)."""
    starts = [0] + [i + 1 for i, ch in enumerate(text) if ch == "\n"]
    lines = ledger["char_start"].astype(int).map(lambda position: sum(1 for s in starts if s <= position))
    return ledger.assign(line=lines.astype("int64"))


def conversion_pairs(ledger: pd.DataFrame, text: str) -> list[tuple[int, int]]:
    """Positions (first, second) of rows where the text gives one measurement and then the same in another unit."""
    pairs = []
    rows = _numbers(ledger).reset_index(drop=True)
    for first in range(len(rows) - 1):
        a, b = rows.iloc[first], rows.iloc[first + 1]
        if a["claim_type"] not in MEASURED_TYPES or a["claim_type"] != b["claim_type"] or a["unit"] == b["unit"]:
            continue
        if pd.isna(a["char_end"]) or pd.isna(b["char_start"]):
            continue
        gap = text[int(a["char_end"]):int(b["char_start"])]
        if _is_conversion_gap(gap):
            pairs.append((first, first + 1))
    return pairs


def _is_conversion_gap(gap: str) -> bool:
    """Whether the text between two figures makes the second a conversion of the first: the second follows at once
    (a bracket, ", or about", "which is"...), or after a short "of NOUN" naming what was measured ("of water")."""
    if len(gap) > _MAX_GAP_WITH_PHRASE or re.search(r"[.!?;]\s", gap):
        return False
    candidates = [gap]
    phrase = _OF_PHRASE.match(gap)
    if phrase:  # "of drinking water (" and "of water (": the two-word reading first, then one word
        candidates.append(gap[phrase.end():])
        candidates.append(gap[_OF_WORD.match(gap).end():])
    return any(len(rest) <= _MAX_GAP and _CONVERSION_GAP.match(rest) for rest in candidates)


def _step(row: pd.Series) -> float:
    """The precision the figure claims as written ("2.7 km" -> 0.1, "3.2 million gallons" -> 100,000); spelled-out numbers
    ("twelve") count as whole."""
    from .answers import AnswerError
    from .units import stated_step

    text = str(row["text"])
    digits = _DIGITS.search(text)
    scale = _SCALE_AFTER.match(text, digits.end()) if digits else None
    try:
        step = stated_step(digits[0]) if digits else 1.0
    except AnswerError:  # digits a reader would not write ("1,,5"): read the figure as whole
        step = 1.0
    return step * _SCALES[scale[1].lower()] if scale else step


def _steps_a_round_figure_allows(row: pd.Series, step: float) -> list[float]:
    """The precisions a whole figure's trailing zeros leave open, finest first: "730 m" may be exact to the metre or
    rounded to the nearest 10, "26,900" to 1, 10 or 100; the digits alone cannot tell (lesson 04's rule applies to each)."""
    digits = _DIGITS.search(str(row["text"]))
    if not digits or "." in digits[0] or step < 1:
        return [step]
    whole = digits[0].replace(",", "").lstrip("0")
    zeros = len(whole) - len(whole.rstrip("0"))
    return [step * 10 ** power for power in range(zeros + 1)]


def _exact(number: float) -> Decimal:
    """A number as the decimal it was written as (2.7 -> Decimal("2.7"), not the binary float's 2.70000000000000017...)."""
    return Decimal(repr(float(number)))


def _factor(unit_from, unit_to) -> Decimal:
    """How many ``unit_to`` one ``unit_from`` is, as a decimal: 1 nautical mile -> 1.852 km exactly."""
    from .units import ureg

    with localcontext() as context:
        context.prec = _FACTOR_DIGITS
        return +_exact(ureg().Quantity(1, unit_from).to(unit_to).magnitude)


def _decimals(step: float) -> int:
    """How many decimals a precision needs: 0.01 -> 2, 1 -> 0."""
    return max(0, -_exact(step).normalize().as_tuple().exponent)


def _figure(number: Decimal, decimals: int, keep_zeros: bool = True) -> str:
    """``number`` rounded half up to ``decimals`` decimals, written as an article would: "1,234.567", never "1.235e+03"."""
    with localcontext() as context:
        context.prec = max(context.prec, number.adjusted() + decimals + 2)  # room for every digit of a large figure
        text = f"{number.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP):,f}"
    return text if keep_zeros or "." not in text else text.rstrip("0").rstrip(".")


def conversion_checks(ledger: pd.DataFrame, text: str) -> pd.DataFrame:
    """For each figure given in two units: is the second the first, converted and rounded like the second is written?

    The first figure's number is converted to the second's unit in decimal arithmetic, so "1,234,567 m
    (1,234.567 km)" matches exactly, and rounded with lesson 04's ``round_to_step`` to the second's precision;
    ``ranges_overlap`` uses lesson 04's ``RoundingInterval``: could the two figures still describe the same true
    value once both are read as rounded? A whole second figure ending in zeros ("730 m") may be rounded to the nearest
    10 or 100: the finest of those precisions that gives it counts, and ``rounds_to`` names it ("730 m (to the nearest
    10)"). Pairs without a number, or in units pint cannot convert, are left out.
    """
    from .units import RoundingInterval, round_to_step, unit_symbol

    rows = _numbers(ledger).reset_index(drop=True)
    results = []
    for first, second in conversion_pairs(rows, text):
        a, b = rows.iloc[first], rows.iloc[second]
        unit_a, unit_b = pint_unit(a["unit"]), pint_unit(b["unit"])
        if unit_a is None or unit_b is None or unit_a.dimensionality != unit_b.dimensionality:
            continue
        if not (math.isfinite(a["value"]) and math.isfinite(b["value"])):  # NaN where the ledger gives no number
            continue
        step_a, step_b = _step(a), _step(b)
        converted = _exact(a["value"]) * _factor(unit_a, unit_b)
        steps = _steps_a_round_figure_allows(b, step_b)
        step_b = next((step for step in steps if round_to_step(float(converted), step) == float(b["value"])), step_b)
        expected = round_to_step(float(converted), step_b)
        nearest = f" (to the nearest {step_b:,.0f})" if step_b != steps[0] else ""
        shown = max(_decimals(step_b) + _EXTRA_DECIMALS, _MIN_SIGNIFICANT - 1 - converted.adjusted())
        interval_a = RoundingInterval(float(a["value"]), step_a, str(unit_a))
        interval_b = RoundingInterval(float(b["value"]), step_b, str(unit_b))
        symbol = unit_symbol(unit_b)
        results.append({
            "first": a["text"], "second": b["text"], "second_claim_id": b.get("claim_id", ""),
            "converted": f"{_figure(converted, shown, keep_zeros=False)} {symbol}",
            "rounds_to": f"{_figure(_exact(expected), _decimals(step_b))} {symbol}{nearest}",
            "matches": expected == float(b["value"]), "ranges_overlap": interval_a.overlap(interval_b) is not None,
        })
    columns = ["first", "second", "second_claim_id", "converted", "rounds_to", "matches", "ranges_overlap"]
    return pd.DataFrame(results, columns=columns)


@dataclass(frozen=True)
class LedgerBreakdown(Breakdown):
    """Lesson 03's breakdown, saying in words when the parts add up to more than the total or count other things."""

    total_unit: str = ""

    def other_units(self) -> list[str]:
        """The parts' counting units that are not the total's (lesson 04: ships and crew members do not add up); a part
        with no unit yet is not one of them (``parts_without_unit``)."""
        if not _has_unit(self.total_unit):
            return []
        return sorted({unit for unit in self.items["category"].astype(str) if unit != self.total_unit and _has_unit(unit)})

    def rows_without_unit(self) -> list[str]:
        """The ids of the total and parts whose unit the draft left empty: nothing yet says what they count."""
        rows = [(self.total_claim_id, self.total_unit), *zip(self.items["claim_id"], self.items["category"])]
        return [str(claim_id) for claim_id, unit in rows if not _has_unit(unit)]

    def __repr__(self) -> str:
        text = super().__repr__()
        unitless = self.rows_without_unit()
        if unitless:
            rows = ", ".join(unitless[:5]) + (" ..." if len(unitless) > 5 else "")
            text += (f"\n{'Row' if len(unitless) == 1 else 'Rows'} {rows} {'has' if len(unitless) == 1 else 'have'} no unit yet, "
                     "so nothing says what it counts: in the curator, choose the row, type what it counts in its Unit box "
                     "(e.g. pupil), then run the cell that makes my_ledger and this one again.")
        others = self.other_units()
        if others:
            text += (f"\nThe total counts {self.total_unit.replace('_', ' ')} but a part counts "
                     f"{', '.join(unit.replace('_', ' ') for unit in others)}: units of counting differ (lesson 04), "
                     "so check that each part really is part of the total before reading the remainder.")
        if self.remainder < 0:
            text += ("\nThe parts add up to more than the total: check that the ids name a total and its parts "
                     "(the ids in the cell may be another article's); if they do, the article's own figures do not add up.")
        return text


def _has_unit(unit: object) -> bool:
    """Whether a ledger's unit cell names a unit: not empty, and not the "nan" of an empty cell read back from CSV."""
    return not pd.isna(unit) and str(unit).strip().lower() not in ("", "nan", "none")


def _ledger_id(claim_id: str, known: pd.Index) -> str:
    """The id as the ledger spells it, however it was typed ("c011 " -> "C011"), as the curator reads ids."""
    if claim_id in known:
        return claim_id
    spelled = claim_id.strip().upper()
    return spelled if spelled in known else claim_id


def itemise(ledger: pd.DataFrame, total: str | None = None, parts: list[str] | None = None, name: str = "my breakdown"):
    """Lesson 03's breakdown (``medialit.stats.Breakdown``) for any ledger: a total row beside the rows said to be part of it.

    The learner picks the rows: ``total`` is the claim_id of the total, ``parts`` the claim_ids of the rows said
    to be part of it. Nothing picked yet (None or ``...``), ids that are not in the ledger, rows
    without a number, rows whose claim type is not count (a temperature, a percent, money, a distance...), or
    figures that are not whole counts give a plain sentence (a ``Note``) instead. Works on
    a ledger read back from CSV too (every cell text).
    """
    if total is None or total is Ellipsis or (isinstance(total, str) and not total.strip()) or parts is None or parts is Ellipsis:
        return Note("Pick the rows first: total=\"...\" is the claim_id of a count that is a total, and parts=[...] "
                    "the claim_ids of counts the article gives as part of it, from your ledger's table above.")
    missing_columns = [column for column in ("claim_id", "value", "unit") if column not in getattr(ledger, "columns", ())]
    if missing_columns:
        return Note(f"This table has no {' or '.join(missing_columns)} column; give itemise a claims ledger, such as my_ledger.")
    ledger = _numbers(ledger)
    by_id = ledger.set_index("claim_id")
    if isinstance(parts, (set, frozenset)):  # a set of ids names the same rows as a list; its order is not the ledger's
        parts = sorted(parts, key=str)
    chosen = [total, *parts] if isinstance(parts, (list, tuple)) else [total, parts]
    if isinstance(total, (list, tuple, set, frozenset)):
        return Note("total is one row, so give its claim_id alone in quotes, without square brackets; parts=[...] takes the list.")
    if not all(isinstance(claim_id, str) for claim_id in chosen):
        return Note("Give the ids as text in quotes, as the claim_id column spells them: total=\"<the total's id>\", "
                    "parts=[\"<a part's id>\", \"<another part's id>\"].")
    chosen = [_ledger_id(claim_id, by_id.index) for claim_id in chosen]
    total = chosen[0]
    missing = [claim_id for claim_id in chosen if claim_id not in by_id.index]
    if missing:
        rejected = {str(claim_id).upper() for claim_id in ledger.attrs.get(REJECTED_IDS, ())}
        if missing[0].strip().upper() in rejected:
            return Note(f"Row {missing[0].strip().upper()} is one you rejected in the curator, so the ledger leaves it out: "
                        "accept it again to use it here, or pick another row.")
        return Note(f"There is no row {missing[0][:20]!r} in this ledger; use the ids in its claim_id column.")
    repeated = [claim_id for claim_id in chosen if (ledger["claim_id"] == claim_id).sum() > 1]
    if repeated:
        return Note(f"The ledger has more than one row {repeated[0][:20]!r}; give each row its own id first.")
    if total in chosen[1:]:
        return Note(f"Row {total} is the total, and it is also listed among its own parts: leave it out of parts=[...].")
    values = by_id.loc[chosen, "value"]
    if values.isna().any():
        return Note("Choose rows that give a number: a date, a clock time or a claim in words cannot be added up.")
    if "claim_type" in by_id.columns:
        other = next((claim_id for claim_id in chosen if str(by_id.loc[claim_id, "claim_type"]) != "count"), None)
        if other:  # 38 °C, 42 %, 5 km or $3m is no number of things: "itemised 27, not itemised 11 (29%)" would be nonsense
            unit = str(by_id.loc[other, "unit"])
            return Note(f"Row {other} is a {by_id.loc[other, 'claim_type']} figure{f' ({unit})' if _has_unit(unit) else ''}, not a count: "
                        "a breakdown adds counts of things, so choose a total and parts whose claim type is count.")
    fractional = [(claim_id, float(value)) for claim_id, value in values.items() if not float(value).is_integer()]
    if fractional:
        claim_id, value = fractional[0]
        return Note(f"Row {claim_id} holds {value:g}: a breakdown adds whole counts, so choose rows whose claim type is count.")
    if float(values.iloc[0]) <= 0:
        return Note(f"Row {total} gives {float(values.iloc[0]):g}; choose a total above zero to break down.")

    def line(claim_id: str) -> int:
        number = by_id.loc[claim_id, "line"] if "line" in by_id.columns else None
        return 0 if number is None or pd.isna(number) else int(number)

    parts = chosen[1:]
    items = pd.DataFrame({
        "category": [str(by_id.loc[p, "unit"]) for p in parts],
        "count": [int(by_id.loc[p, "value"]) for p in parts],
        "action_verb": ["" for _ in parts],
        "claim_id": list(parts),
        "line": [line(p) for p in parts],
    })
    return LedgerBreakdown(name, int(by_id.loc[total, "value"]), total, line(total), items, str(by_id.loc[total, "unit"]))
