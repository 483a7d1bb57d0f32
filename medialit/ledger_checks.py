"""Lesson 05's glue: the course's checks applied to any claims ledger (a draft, a curated one, a hand-made one).

The checks themselves live with their lessons: rounding intervals in ``medialit.units`` (lesson 04),
breakdowns in ``medialit.stats`` (lesson 03), source shares in ``medialit.attribution`` (lesson 02). What is
here only finds, in a ledger of any article, the rows those checks apply to.
"""
from __future__ import annotations

import html
import re

import pandas as pd

from .stats import Breakdown

__all__ = ["Note", "ledger_unit", "compare_ledgers", "with_lines", "conversion_pairs", "conversion_checks", "itemise"]

MEASURED_TYPES = ("distance", "speed", "duration")
# Between a figure and its conversion: "1.5 nautical miles (2.7 km)", "9 knots, or about 17 km/h",
# "twelve metres, which is about 39 feet". Anything longer, or a new clause, is not a conversion.
_CONVERSION_GAP = re.compile(r"\s*(\(|,?\s*(or|about|which is|that is|i\.e\.)\b|[\u2013\u2014-]\s)", re.IGNORECASE)
_MAX_GAP = 20
_DIGITS = re.compile(r"\d[\d,]*(?:\.\d+)?")


class Note(str):
    """A plain sentence that shows as itself in a notebook (no quotation marks), and as a status line in HTML."""

    def __repr__(self) -> str:
        return str(self)

    def _repr_html_(self) -> str:
        return f'<p class="medialit-note" role="status">{html.escape(self)}</p>'


def ledger_unit(name: str) -> str:
    """The ``pint`` spelling of a ledger unit name: km_per_hour -> "kilometer / hour", nautical_mile stays."""
    from .units import UNIT_ALIASES

    name = str(name).strip()
    aliased = UNIT_ALIASES.get(name.lower(), name)
    return {"km_per_hour": "kilometer / hour", "m_per_s": "meter / second"}.get(aliased, aliased.replace("_per_", " / "))


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


def with_lines(ledger: pd.DataFrame, text: str) -> pd.DataFrame:
    """The ledger with a ``line`` column: the line of ``text`` each claim stands on (counted from 1, like the lessons)."""
    starts = [0] + [i + 1 for i, ch in enumerate(text) if ch == "\n"]
    lines = ledger["char_start"].astype(int).map(lambda position: sum(1 for s in starts if s <= position))
    return ledger.assign(line=lines.astype("int64"))


def conversion_pairs(ledger: pd.DataFrame, text: str) -> list[tuple[int, int]]:
    """Positions (first, second) of rows where the text gives one measurement and then the same in another unit."""
    pairs = []
    rows = ledger.reset_index(drop=True)
    for first in range(len(rows) - 1):
        a, b = rows.iloc[first], rows.iloc[first + 1]
        if a["claim_type"] not in MEASURED_TYPES or a["claim_type"] != b["claim_type"] or a["unit"] == b["unit"]:
            continue
        gap = text[int(a["char_end"]):int(b["char_start"])]
        if len(gap) <= _MAX_GAP and _CONVERSION_GAP.match(gap) and not re.search(r"[.!?;]\s", gap):
            pairs.append((first, first + 1))
    return pairs


def _step(row: pd.Series) -> float:
    """The precision the figure claims as written ("2.7 km" -> 0.1); spelled-out numbers ("twelve") count as whole."""
    from .units import stated_step

    digits = _DIGITS.search(str(row["text"]))
    return stated_step(digits[0]) if digits else 1.0


def conversion_checks(ledger: pd.DataFrame, text: str) -> pd.DataFrame:
    """For each figure given in two units: is the second the first, converted and rounded like the second is written?

    Uses lesson 04's ``rounding_interval`` and ``round_to_step``: the first figure is converted to the second's
    unit and rounded to the second's precision; ``ranges_overlap`` says whether the two figures could still
    describe the same true value once both are read as rounded.
    """
    from .units import round_to_step, rounding_interval, unit_symbol

    rows = ledger.reset_index(drop=True)
    results = []
    for first, second in conversion_pairs(rows, text):
        a, b = rows.iloc[first], rows.iloc[second]
        unit_a, unit_b = ledger_unit(a["unit"]), ledger_unit(b["unit"])
        interval_a = rounding_interval(f"{a['value']:g} {unit_a}", step=_step(a), like=unit_a)
        interval_b = rounding_interval(f"{b['value']:g} {unit_b}", step=_step(b), like=unit_b)
        converted = interval_a.to(unit_b)
        expected = round_to_step(converted.value, interval_b.step)
        symbol = unit_symbol(unit_b)
        results.append({
            "first": a["text"], "second": b["text"], "second_claim_id": b.get("claim_id", ""),
            "converted": f"{converted.value:.4g} {symbol}", "rounds_to": f"{expected:g} {symbol}",
            "matches": expected == float(b["value"]), "ranges_overlap": interval_a.overlap(interval_b) is not None,
        })
    columns = ["first", "second", "second_claim_id", "converted", "rounds_to", "matches", "ranges_overlap"]
    return pd.DataFrame(results, columns=columns)


class LedgerBreakdown(Breakdown):
    """Lesson 03's breakdown, saying in words when the parts add up to more than the total."""

    def __repr__(self) -> str:
        text = super().__repr__()
        if self.remainder < 0:
            text += ("\nThe parts add up to more than the total: check that the ids name a total and its parts "
                     "(the ids in the cell may be another article's); if they do, the article's own figures do not add up.")
        return text


def itemise(ledger: pd.DataFrame, total: str, parts: list[str], name: str = "my breakdown"):
    """Lesson 03's breakdown (``medialit.stats.Breakdown``) for any ledger: a total row beside the rows said to be part of it.

    Ids that are not in the ledger, rows without a number, or figures that are not whole counts give a plain
    sentence (a ``Note``) instead.
    """
    by_id = ledger.set_index("claim_id")
    chosen = [total, *parts] if isinstance(parts, (list, tuple)) else [total, parts]
    if not all(isinstance(claim_id, str) for claim_id in chosen):
        return Note("Give the ids as text in quotes, for example total=\"C011\", parts=[\"C010\"].")
    missing = [claim_id for claim_id in chosen if claim_id not in by_id.index]
    if missing:
        return Note(f"There is no row {missing[0][:20]!r} in this ledger; use the ids in its claim_id column.")
    values = by_id.loc[chosen, "value"]
    if values.isna().any():
        return Note("Choose rows that give a number: a date, a clock time or a claim in words cannot be added up.")
    fractional = [(claim_id, float(value)) for claim_id, value in values.items() if not float(value).is_integer()]
    if fractional:
        claim_id, value = fractional[0]
        return Note(f"Row {claim_id} holds {value:g}: a breakdown adds whole counts, so choose rows whose claim type is count.")
    if float(values.iloc[0]) <= 0:
        return Note(f"Row {total} gives {float(values.iloc[0]):g}; choose a total above zero to break down.")
    parts = chosen[1:]
    items = pd.DataFrame({
        "category": [str(by_id.loc[p, "unit"]) for p in parts],
        "count": [int(by_id.loc[p, "value"]) for p in parts],
        "action_verb": ["" for _ in parts],
        "claim_id": list(parts),
        "line": [int(by_id.loc[p, "line"]) if "line" in by_id.columns else 0 for p in parts],
    })
    line = int(by_id.loc[total, "line"]) if "line" in by_id.columns else 0
    return LedgerBreakdown(name, int(by_id.loc[total, "value"]), total, line, items)

