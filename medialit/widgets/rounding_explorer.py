"""Rounding-interval explorer: which true values two reported figures allow, in any unit, and whether they overlap.

A figure written "5.5 km" allows any distance that rounds to it: 5.45 km up to 5.55 km. Type two figures
(or pick the ledger's), choose how precise each is, and the explorer shows both intervals in the unit you
pick, where they overlap, and what each figure becomes when the other is converted and rounded like it.
The chart is refilled per change, not rebuilt (see ``medialit.livechart`` for why and the timings).
"""
from __future__ import annotations

import html
import math
import re

import altair as alt

from ..charts import PALETTE, show
from ..answers import AnswerError, preview, tidy_text
from ..livechart import LiveChart
from ..stats import claims_with_lines
from ..units import (MAX_QUANTITY_CHARS, UNIT_ALIASES, RoundingInterval, _leading_unit, _unit, bound_text, number_text, round_to_step, rounding_interval,
                     split_figure, stated_step, unit_symbol, ureg)
from ..extract import hedges
from ..extract.numbers import _word_value
from . import CourseWidget, labelled

__all__ = ["RoundingExplorer"]

AS_WRITTEN = "as written"
PRECISIONS = (
    ("as written (from the digits)", AS_WRITTEN),
    ("to the nearest 1,000", "1000"),
    ("to the nearest 100", "100"),
    ("to the nearest 10", "10"),
    ("to the nearest 1", "1"),
    ("to the nearest 0.5", "0.5"),
    ("to the nearest 0.1", "0.1"),
    ("to the nearest 0.01", "0.01"),
)
DISPLAY_UNITS = (
    ("kilometres (km)", "kilometer"),
    ("metres (m)", "meter"),
    ("nautical miles (nmi)", "nautical_mile"),
    ("miles (mi)", "mile"),
)
FIGURES = ("first", "second")
TYPE_YOUR_OWN = ""


def _is_multiple(value: float, step: float) -> bool:
    """Whether a figure could have been rounded to ``step``: 5.5 is a multiple of 0.5, not of 1 (it would read 6)."""
    return math.isclose(value / step, round(value / step), abs_tol=1e-6)


def _exact_text(value: float, step: float) -> str:
    """An exact conversion to two decimals past the ``step``, without trailing zeros past the step's own: 5.556, not 5.5560."""
    text, shortest = number_text(value, step / 100), number_text(value, step)
    while len(text) > len(shortest) and text.endswith("0"):
        text = text[:-1]
    return text.removesuffix(".")  # "3." once every decimal was a trailing zero: 3


def _rounded_text(value: float, step: float, written_step: float) -> str:
    """A value rounded to ``step``, without trailing zeros the figure's own digits do not have: rounded to the nearest
    0.5 nmi beside "3 nmi", 3 is "3", not "3.0"; 3.5 stays "3.5" (learner AO, L1)."""
    text, shortest = number_text(value, step), number_text(value, max(step, written_step))
    while "." in text and len(text) > len(shortest) and text.endswith("0"):
        text = text[:-1]
    return text.removesuffix(".")


def _not_a_distance(which: str, text: str) -> str | None:
    """One sentence for a figure whose unit is no distance ("10 °C", "10 kg", "5 foo"), echoing what was typed: the
    course's reader says "'degree_Celsius' is not a unit this course knows; write km", pint's name and no word of what
    the explorer compares (learner AG, AG-L8). None when the unit is a distance or the text has another problem
    (no unit, a comma, words after a unit), which the reader's own sentence explains."""
    if len(text) > MAX_QUANTITY_CHARS:  # the reader's own sentence says how long it is; nothing more is read
        return None
    try:
        unit_text = split_figure(tidy_text(text))[1]
    except Exception:  # the reader, called next, explains a text it cannot split
        return None
    if not unit_text:
        return None
    try:
        unit = _unit(UNIT_ALIASES.get(unit_text.lower(), unit_text))
    except AnswerError:
        unit = None
    if unit is None and _leading_unit(unit_text) or unit is not None and unit.dimensionality == ureg().Unit("meter").dimensionality:
        return None
    return (f"The {which} figure: {preview(text)} is not a distance; this explorer compares lengths and distances, so "
            "write a distance such as 5.5 km or 3 miles.")


#: A range typed as one figure ("5-6 km", "5 to 6 km", "between 5 and 6 km"): two numbers, then one unit. Bounded parts.
_RANGE = re.compile(r"\s*(?:(?:between|from)\s+)?(\d[\d,.]{0,20})\s*(?:-|\u2013|\u2014|to|and)\s*(\d[\d,.]{0,20})\s+([^\W\d_][^\d]{0,40})",
                    re.IGNORECASE)
#: Symbols that hedge a figure, which the extractor's word tables (``medialit.extract.hedges``) do not hold: "~5 km",
#: "ca. 5 km", "5 km+". Every hedging *word* and its kind comes from those tables, the ledger's own (lesson 03's ``bound``).
_SYMBOLS_BEFORE = {"~": "approximate", "ca.": "approximate"}
_SYMBOLS_AFTER = {"+": "lower"}


def _alternatives(words) -> str:
    """A pattern for any of ``words``, longest first, each space standing for one or more (never backtracking far:
    the words are fixed strings and the text is at most MAX_QUANTITY_CHARS long)."""
    return "|".join(re.escape(word).replace(r"\ ", r"\s+") for word in sorted(words, key=len, reverse=True))


#: A hedge before a figure ("within 5 miles", "just over 5 km", "~5 km") and after it ("5 km or more", "5 km+").
_HEDGE_BEFORE = re.compile(rf"((?:(?:just|well)\s+)?(?:{_alternatives(hedges.QUALIFIERS)})(?=\s)|{_alternatives(_SYMBOLS_BEFORE)})\s*",
                           re.IGNORECASE)
_HEDGE_AFTER = re.compile(rf"\s*({_alternatives(hedges.TRAILING)}|{_alternatives(_SYMBOLS_AFTER)})\s*$", re.IGNORECASE)
#: What each kind of hedge does to the range a figure's digits allow, in lesson 03's and lesson 04's words.
_WHAT_IT_DOES = {
    "lower": "a lower bound: {word!r} opens its range upwards, with no upper end",
    "upper": "an upper bound: {word!r} opens its range downwards, towards 0",
    "approximate": "hedged: {word!r} widens the range its digits allow, by an amount the text does not give",
}
#: Bounds that keep the true value near the figure ("nearly 6 km", "just over 5 km"): one end is open, but not far (fact-
#: check 26 M4: "nearly 6 km" is not "anything down to 0").
_CLOSE_WORDS = frozenset({"nearly", "almost", "just"})
_CLOSE_TO_THE_FIGURE = {
    "lower": "a lower bound close to the figure: {word!r} puts the true value a little over it, by an amount the text does not give",
    "upper": "an upper bound close to the figure: {word!r} puts the true value a little under it, by an amount the text does not give",
}
#: A word before a figure that adds nothing its digits do not say ("exactly 5 km", "only 5 km", "just 5 km"); "just over"
#: is a bound, not this, since a digit must follow.
_WORD_THAT_ADDS_NOTHING = re.compile(r"^(?:only|just|exactly|precisely)\s+(?=\d)", re.IGNORECASE)
#: A conversion in brackets after a figure, such as 5 miles (8 km): the figure is what comes before it.
_BRACKETED_CONVERSION = re.compile(r"\s*\(([^()]{1,40})\)\s*$")


def _hedge_kind(word: str) -> str:
    """lower, upper or approximate, as the extractor's tables read ``word`` ("just under" is in them; "well over" is
    read as "over")."""
    for key in (word, word.removeprefix("just ").removeprefix("well ")):
        for table in (hedges.QUALIFIERS, hedges.TRAILING, _SYMBOLS_BEFORE, _SYMBOLS_AFTER):
            if key in table:
                return table[key]
    return "approximate"


def _in_digits(figure: str) -> str | None:
    """A distance whose number is written in words ("five miles", "twelve hundred metres") written with digits
    ("5 miles"), or None when ``figure`` is no such distance."""
    if not figure[:1].isalpha():
        return None
    read = _word_value(figure)
    if read is None:
        return None
    value, used = read
    digits = f"{value:g} {figure[used:].strip()}"
    return digits if used < len(figure) and figure[used:used + 1].isspace() and _reads_as_distance(digits) else None


def _a_range_or_hedged(which: str, text: str) -> str | None:
    """One sentence or two for a range ("5-6 km"), a hedged figure ("about 5 miles", "within 5 miles") or a number written
    in words ("five miles"), which the reader would call a calculation or no distance (learner AO, M3; fact-check 25 M1):
    the explorer takes one figure as written, in digits; a range's ends can be typed one at a time, and a hedge widens
    the range a figure allows or opens it at one end, as the extractor's ``bound`` reads it. None for any other text."""
    if len(text) > MAX_QUANTITY_CHARS:
        return None
    typed = " ".join(tidy_text(text).split())
    found = _RANGE.fullmatch(typed)
    if found and all(_reads_as_distance(f"{number} {found[3]}") for number in found.group(1, 2)):
        first, second, unit = found[1], found[2], found[3].strip()
        return (f"The {which} figure: {preview(text)} is a range, and this explorer takes one figure: type its ends one at a "
                f"time ({first} {unit}, then {second} {unit}) to see what each allows.")
    before, after = _HEDGE_BEFORE.match(typed), _HEDGE_AFTER.search(typed)
    hedge = before or after
    if not hedge:
        digits = _in_digits(typed)
        return (f"The {which} figure: {preview(text)} has its number in words, and this explorer reads digits: type {digits}."
                if digits else None)
    figure = (typed[before.end():] if before else typed[:after.start()]).strip()
    if not _reads_as_distance(figure):
        bracket = _BRACKETED_CONVERSION.search(figure)
        if bracket and _reads_as_distance(bracket[1].strip()) and _reads_as_distance(figure[:bracket.start()]):
            figure = figure[:bracket.start()]
    digits = None if _reads_as_distance(figure) else _in_digits(figure)
    if not (digits or _reads_as_distance(figure)):
        return None
    word = " ".join(hedge[1].split()).casefold()
    kind = _hedge_kind(word)
    close = kind in _CLOSE_TO_THE_FIGURE and word.split()[0].lower() in _CLOSE_WORDS
    what = (_CLOSE_TO_THE_FIGURE[kind] if close else _WHAT_IT_DOES[kind]).format(word=word)
    if digits:
        return (f"The {which} figure: {preview(text)} has its number in words and is {what}. This explorer takes a figure "
                f"in digits, without {word!r}: type {digits} to see what its digits allow.")
    return (f"The {which} figure: {preview(text)} is {what} (lesson 03's bounds). This explorer takes a figure as written, "
            f"without {word!r}: type {figure} to see what its digits allow.")


def _reads_as_distance(text: str) -> bool:
    try:
        interval = rounding_interval(text, like="km")
    except AnswerError:
        return False
    return ureg().Unit(interval.unit).dimensionality == ureg().Unit("meter").dimensionality


def _span(interval: RoundingInterval) -> str:
    """ "5.45 km up to 5.55 km", cut off at 0: a distance rounded to "0 km" lies from 0 km up to 0.5 km, not from -0.5 km."""
    symbol = unit_symbol(interval.unit)
    low = max(interval.low, 0.0)
    return f"{bound_text(low, interval.step)} {symbol} up to {bound_text(interval.high, interval.step)} {symbol}"


class RoundingExplorer(CourseWidget):
    """Two reported figures as intervals: set them with ``set_figure``, ``set_precision``, ``pick_claim``, ``set_unit``."""

    title = "Rounding-interval explorer"
    _syncing = False

    def __init__(self):
        claims = claims_with_lines()
        distances = claims[claims["claim_type"] == "distance"]
        self._ledger = {row.claim_id: (int(row.line), str(row.text)) for row in distances.itertuples(index=False)}
        ledger_ids = list(self._ledger)
        self.figures = {which: self._ledger[cid][1] if cid else "" for which, cid in zip(FIGURES, ledger_ids + ["", ""])}
        self.claims = {which: cid for which, cid in zip(FIGURES, ledger_ids + ["", ""])}
        self.precisions = {which: AS_WRITTEN for which in FIGURES}
        self.note = ""  # what the last change did that the learner did not ask for (a precision set back); each change clears it
        self.unit = "kilometer"
        self._charts: dict[str, LiveChart] = {}
        self._recompute()

    # --- state ------------------------------------------------------------------------------------------
    def set_figure(self, which: str, text: str) -> None:
        """Type a figure such as "5.5 km"; the ledger choice for it becomes "type your own" unless it matches."""
        self.note = ""
        if which in FIGURES:
            self._new_figure(which, text if isinstance(text, str) else "")
            if self.claims[which] and self._ledger[self.claims[which]][1] != self.figures[which]:
                self.claims[which] = TYPE_YOUR_OWN
            self._changed()

    def pick_claim(self, which: str, claim_id: str) -> None:
        """Take a figure from the ledger (a distance claim id such as the one for line 44), or "" to type one."""
        self.note = ""
        if which in FIGURES and isinstance(claim_id, str) and (claim_id in self._ledger or claim_id == TYPE_YOUR_OWN):
            self.claims[which] = claim_id
            if claim_id:
                self._new_figure(which, self._ledger[claim_id][1])
            self._changed()

    def _new_figure(self, which: str, text: str) -> None:
        """Take a new figure; a precision chosen for the old one goes back to "as written", and the note says so.

        A precision belongs to one figure: kept for the next, it could be coarser than the new figure's digits, or
        refuse it with a message about a precision the learner chose for another number.
        """
        if text != self.figures[which] and self.precisions[which] != AS_WRITTEN:
            self.note = (f"The {which} figure changed, so its precision is back to 'as written (from the digits)'; "
                         f"choose another if you know how this figure was rounded.")
            self.precisions[which] = AS_WRITTEN
        self.figures[which] = text

    def set_precision(self, which: str, precision: str) -> None:
        self.note = ""
        if which in FIGURES and isinstance(precision, str) and precision in dict((v, k) for k, v in PRECISIONS):
            self.precisions[which] = precision
            self._changed()

    def set_unit(self, unit: str) -> None:
        self.note = ""
        if isinstance(unit, str) and unit in dict((v, k) for k, v in DISPLAY_UNITS):
            self.unit = unit
            self._changed()

    def _recompute(self) -> None:
        self.intervals: dict[str, RoundingInterval] = {}
        self.errors: dict[str, str] = {}
        self.written_steps: dict[str, float] = {}  # the step each figure's own digits give: it is shown with those digits
        for which in FIGURES:
            text = self.figures[which]
            if not text.strip():
                self.errors[which] = f"Type the {which} figure with its unit, e.g. '5.5 km'."
                continue
            step = None if self.precisions[which] == AS_WRITTEN else float(self.precisions[which])
            figure = _WORD_THAT_ADDS_NOTHING.sub("", tidy_text(text), count=1)  # "exactly 5 km" is 5 km (fact-check 27 L4)
            try:
                interval = rounding_interval(figure, step=step, like="km")
            except AnswerError as err:
                self.errors[which] = (_a_range_or_hedged(which, text) or _not_a_distance(which, text)
                                      or f"The {which} figure: {err}")
                continue
            if interval.value < 0:
                self.errors[which] = f"The {which} figure: a distance cannot be negative; type it without the minus sign."
                continue
            if not _is_multiple(interval.value, interval.step):
                written, symbol = split_figure(figure)[0], unit_symbol(interval.unit)
                chosen = number_text(interval.step, interval.step)
                self.errors[which] = (f"The {which} figure, {written} {symbol}, is not a multiple of {chosen} {symbol}, "
                                      f"so it was not rounded to the nearest {chosen} {symbol}: choose "
                                      "'as written (from the digits)' or a precision it is a multiple of.")
                continue
            self.intervals[which] = interval
            self.written_steps[which] = stated_step(split_figure(figure)[0])

    def _changed(self) -> None:
        self._recompute()
        if self._view is not None:
            self._sync_view()

    # --- results ----------------------------------------------------------------------------------------
    def shown(self, which: str) -> RoundingInterval | None:
        """The figure's interval in the display unit (None if the figure cannot be read)."""
        interval = self.intervals.get(which)
        return interval.to(self.unit) if interval else None

    def overlap(self) -> tuple[float, float] | None:
        """Where both intervals overlap, in the display unit."""
        first, second = self.shown("first"), self.shown("second")
        both = first.overlap(second) if first and second else None
        return (max(both[0], 0.0), both[1]) if both and both[1] > 0 else None

    def rounded_like(self, which: str) -> float | None:
        """The *other* figure converted into this figure's unit and rounded to this figure's precision."""
        other = "second" if which == "first" else "first"
        mine, theirs = self.intervals.get(which), self.intervals.get(other)
        if not (mine and theirs):
            return None
        return round_to_step(theirs.to(mine.unit).value, mine.step)

    def as_written(self, which: str) -> str:
        """A figure with the digits it was written with ("5.5 km", "3 nmi"), whatever precision is chosen for it: a step
        finer than its digits is shown beside it, never as extra digits ("5.50 km", "3.0 nmi": learner AO, L1)."""
        interval = self.intervals[which]
        return f"{number_text(interval.value, self.written_steps[which])} {unit_symbol(interval.unit)}"

    def summary(self) -> list[str]:
        """The result in plain sentences (what the widget shows above its chart)."""
        lines = [self.note] if self.note else []
        for which in FIGURES:
            if which in self.errors:
                lines.append(self.errors[which])
                continue
            own, shown = self.intervals[which], self.shown(which)
            symbol = unit_symbol(own.unit)
            sentence = (f"The {which} figure, {self.as_written(which)}, to the nearest "
                        f"{number_text(own.step, own.step)} {symbol}, "
                        f"allows any true value from {_span(own)}")
            if shown.unit != own.unit:
                sentence += f", that is {_span(shown)}"
            if own.low < 0:
                sentence += f" (rounding alone would reach below 0 {symbol}, but a distance cannot, so the interval starts at 0)"
            lines.append(sentence + ".")
        if len(self.intervals) == 2:
            both = self.overlap()
            symbol = unit_symbol(self.unit)
            if both:
                low, high = (bound_text(end, self._finest_step()) for end in both)
                lines.append(f"Overlap: both figures allow {low} {symbol} up to {high} {symbol}, "
                             "so they can describe the same distance.")
            elif self._coarser_steps_overlap():
                lines.append("No overlap: read at these precisions, the two figures do not describe the same distance. "
                             "A figure may have been rounded more coarsely than that (a round figure's final zeros can hide "
                             "a coarser step): try a coarser step in its precision menu.")
            else:
                lines.append("No overlap: at these precisions the two figures cannot describe the same distance.")
            for which, other in (("first", "second"), ("second", "first")):
                mine, theirs = self.intervals[which], self.intervals[other]
                symbol = unit_symbol(mine.unit)
                exact = theirs.to(mine.unit).value
                rounded = self.rounded_like(which)
                verdict = "the same as" if rounded == mine.value else "not"
                finest = min(mine.step, self.written_steps[which])  # "609.6 m", not "610 m" already rounded to a chosen 100
                lines.append(f"Converted into {symbol}, the {other} figure is {_exact_text(exact, finest)} {symbol}; rounded to the nearest "
                             f"{number_text(mine.step, mine.step)} {symbol}, like the {which}, that is {_rounded_text(rounded, mine.step, self.written_steps[which])} "
                             f"{symbol}: {verdict} the {which} figure's {self.as_written(which)}.")
        return lines

    def _coarser_steps_overlap(self) -> bool:
        """Whether the two figures would overlap if each round figure were read to the coarsest step in the menu that it is
        a multiple of (730 m to the nearest 10, 800 yd to the nearest 100): then "cannot describe the same distance" would
        be wrong, since a figure ending in zeros may have been rounded more coarsely than written (learner AM, M4)."""
        coarsest = {}
        for which in FIGURES:
            interval = self.intervals[which]
            steps = [float(value) for _, value in PRECISIONS if value != AS_WRITTEN and float(value) > interval.step
                     and interval.value and _is_multiple(interval.value, float(value))]
            coarsest[which] = RoundingInterval(interval.value, max(steps), interval.unit) if steps else interval
        if all(coarsest[which] is self.intervals[which] for which in FIGURES):
            return False
        both = coarsest["first"].overlap(coarsest["second"])
        return bool(both and both[1] > 0)

    def _finest_step(self) -> float:
        """The smaller of the two figures' steps in the display unit, so the overlap's ends are written precisely enough."""
        return min(self.shown(which).step for which in FIGURES if self.shown(which))

    def result_html(self) -> str:
        items = "".join(f"<li>{html.escape(line)}</li>" for line in self.summary())
        return f"<ul>{items}</ul>"

    def chart_rows(self) -> list[dict]:
        """One bar per readable figure, and one for the overlap; the ends also as text, for the tooltip and the description."""
        rows = []
        for which in FIGURES:
            shown = self.shown(which)
            if shown:
                rows.append({"row": f"{which.title()}: {self.as_written(which)}",
                             "low": max(shown.low, 0.0), "high": shown.high, "value": shown.value, "part": which})
        both = self.overlap()
        if both:
            rows.append({"row": "Overlap (both allow)", "low": both[0], "high": both[1], "value": None, "part": "overlap"})
        if rows:
            step = self._finest_step()
            for row in rows:
                row["from"], row["to"] = bound_text(row["low"], step), bound_text(row["high"], step)
        return rows

    def chart_description(self) -> str:
        if not self.intervals:
            return "No figure can be read yet, so the chart is empty."
        parts = [f"{row['row']}: {row['from']} to {row['to']} {unit_symbol(self.unit)}" for row in self.chart_rows()]
        return "Horizontal bars, one per figure, spanning the values each allows. " + "; ".join(parts) + "."

    def _chart(self) -> LiveChart:
        """The chart for the display unit: built once per unit through ml.show, then only refilled."""
        if self.unit not in self._charts:
            unit_label = {unit: text for text, unit in DISPLAY_UNITS}[self.unit]
            colours = alt.Scale(domain=["first", "second", "overlap"], range=[PALETTE[0], PALETTE[1], PALETTE[2]])
            base = alt.Chart(alt.Data(name="intervals")).encode(
                y=alt.Y("row:N", title=None, sort=None, axis=alt.Axis(labelLimit=240)))
            bars = base.mark_bar(height=16, opacity=0.8).encode(
                x=alt.X("low:Q", title=f"True distance, {unit_label}", scale=alt.Scale(zero=False)), x2="high:Q",
                color=alt.Color("part:N", scale=colours, legend=None),
                tooltip=[alt.Tooltip("row:N", title="Figure"), alt.Tooltip("from:N", title="From"),
                         alt.Tooltip("to:N", title="Up to")])
            marks = base.mark_point(shape="diamond", filled=True, size=90, color="#000000").encode(x="value:Q")
            chart = show((bars + marks).properties(height=110),
                         title="What each reported figure allows",
                         description="Horizontal bars spanning the values each figure allows (filled in per change).")
            self._charts[self.unit] = LiveChart(chart, "intervals")
        return self._charts[self.unit]

    def snapshot_html(self) -> str:
        return self.result_html() + self._chart().snapshot_html(self.chart_rows(), self.chart_description())

    # --- view -------------------------------------------------------------------------------------------
    def _build_view(self):
        import ipywidgets as w

        ledger = [("(type your own below)", TYPE_YOUR_OWN)] + [
            (f"{cid}, line {line}: {text}", cid) for cid, (line, text) in self._ledger.items()]
        rows, self._controls = [], {}
        for which in FIGURES:
            claim = labelled(w.Dropdown(options=ledger, value=self.claims[which], layout=w.Layout(width="32em")),
                             f"{which.title()} figure from the ledger:")
            figure = labelled(w.Text(value=self.figures[which], continuous_update=False, layout=w.Layout(width="18em")),
                              f"{which.title()} figure:")
            precision = labelled(w.Dropdown(options=PRECISIONS, value=self.precisions[which], layout=w.Layout(width="31em")),
                                 f"Precision of the {which} figure:")
            claim.observe(self._from_view(self.pick_claim, which), names="value")
            figure.observe(self._from_view(self.set_figure, which), names="value")
            precision.observe(self._from_view(self.set_precision, which), names="value")
            self._controls[which] = (claim, figure, precision)
            rows.append(w.HBox([claim, figure, precision], layout=w.Layout(flex_flow="row wrap")))
        unit = labelled(w.Dropdown(options=DISPLAY_UNITS, value=self.unit, layout=w.Layout(width="24em")), "Show intervals in:")
        unit.observe(lambda change: self.set_unit(change["new"]), names="value")
        self._result = w.HTML(self.result_html())
        self._chart_output = w.Output()
        self._chart_output.outputs = self._chart().output(self.chart_rows(), self.chart_description())
        return w.VBox([*rows, unit, self._result, self._chart_output])

    def _from_view(self, setter, which: str):
        """An observer that passes a control's new value on, except while the view is being synced to the state."""
        def observer(change):
            if not self._syncing:
                setter(which, change["new"])
        return observer

    def _sync_view(self) -> None:
        self._syncing = True
        try:
            for which in FIGURES:
                claim, figure, precision = self._controls[which]
                claim.value = self.claims[which]
                figure.value = self.figures[which]
                precision.value = self.precisions[which]
        finally:
            self._syncing = False
        self._result.value = self.result_html()
        self._chart_output.outputs = self._chart().output(self.chart_rows(), self.chart_description())
