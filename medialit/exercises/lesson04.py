"""Lesson 04 "Units that don't line up": conversions, rounding intervals, clocks, counting units, names."""
from __future__ import annotations

import math
import re
from dataclasses import dataclass
from datetime import date
from typing import Any, Callable

import pandas as pd

from .. import stats
from ..answers import AnswerError, _normalise_word, code_in_quotes, parse_number, read_option
from ..clocks import PLACES, ClockError, convert_clock, offset_text, read_clock
from ..data import load_entity_aliases, load_segments
from ..dating import day_label
from ..units import in_km, parse_quantity, round_to_step, rounding_interval, split_figure, stated_step, unit_symbol, ureg
from . import _RANGE, MAX_LIST_ITEMS, MAX_QUANTITY_READ, Exercise, Trap, a_kind, only_item, preview, register, same_choice, tidy_text

EXPLANATIONS = ("converted", "different", "misprint")
# A date before Moscow's change of 26 October 2014 (facts.md), to recognise answers that use the old offset.
MOSCOW_BEFORE_2014_CHANGE = date(2014, 10, 3)
STATUTE_PER_NAUTICAL = 1609.344 / 1852  # a figure in nautical miles misread as statute miles
COUNT_WORDS = ("sorties", "aircraft", "targets", "objects", "strikes", "jets", "planes")


#: The units a distance exercise asks for; a right number written with another unit ("5.556 miles") is a slip.
ASKED_UNITS = ("km", "m")


def _number_in_another_unit(answer: Any, expected: Any, tolerance: float) -> str | None:
    """The sentence for a number that is the answer in km or m, written with another unit; None for any other answer."""
    given, expected = parse_quantity(answer, like="km"), parse_quantity(expected, like="km")
    for unit in ASKED_UNITS:
        margin = ureg().Quantity(tolerance + 1e-9, expected.units).to(unit).magnitude
        if given.units != ureg().Unit(unit) and abs(given.magnitude - expected.to(unit).magnitude) <= margin:
            return (f"The number is right in {unit}, but you wrote it in {unit_symbol(given.units)}: a number keeps the unit "
                    f"it was worked out in, so write {unit} after it (converting changes the number, renaming the unit does not).")
    return None


@dataclass(frozen=True)
class DistanceExercise(Exercise):
    """A distance asked in km or m: the right number written with another unit ("5.45 nmi", "5.6 m") is told so, where a
    trap or a hint would have sent the learner to redo a calculation that was right."""

    def judge(self, answer: Any) -> tuple[bool | None, str, str | None]:
        correct, message, misconception = super().judge(answer)
        slip = _number_in_another_unit(self._as_read(answer), self.expected(), self.tolerance) if correct is False else None
        return (False, slip, None) if slip else (correct, message, misconception)


#: A sum worked out in words rather than its result: a number, perhaps a unit, then plus, minus or plus-or-minus and a number.
_WORKED_SUM = re.compile(r"\d(?![eE][+-]?\d)\s*[^\W\d_]*\s*(?:\+|\u00b1|\+/-|\bplus\b|\bminus\b)\s*[+-]?\d")


@dataclass(frozen=True)
class IntervalEndExercise(DistanceExercise):
    """A distance that is one end of a rounding interval: two numbers ("5.45-5.55 km", a figure minus half a step written
    out) are told that the answer is that end, one quantity, not the interval or the sum that leads to it."""

    def _as_read(self, answer: Any) -> Any:
        text = only_item(answer)
        if isinstance(text, str) and len(text) <= MAX_QUANTITY_READ and (_RANGE.search(tidy_text(text)) or _WORKED_SUM.search(text)):
            raise AnswerError(f"{preview(text)} is two numbers; the answer is one end of the rounding interval, one quantity: "
                              "work it out and give only that end, with its unit.", says_what_is_expected=True)
        return super()._as_read(answer)


@dataclass(frozen=True)
class ConversionExercise(DistanceExercise):
    """A quantity exercise that asks for a conversion, so an answer still in the article's unit (``given_unit``) is refused.

    ``given()`` returns the line and the figure as the article writes it there ("3 nautical miles"), so that the refusal
    says what the answer is: that figure itself, the converted number written with the article's unit, or another
    figure in that unit. Only the first is the article's figure.
    """

    given_unit: str = ""  # "" for the unit of the figure ``given()`` names, read from the data
    given: Callable[[], tuple[int, str]] | None = None
    convert_into: str = "kilometres or metres"

    def _judge_quantity(self, answer: Any) -> bool:
        quantity = parse_quantity(answer, like=self.unit or "km")
        given_unit = ureg().Unit(self.given_unit) if self.given_unit else parse_quantity(self.given()[1], like=self.unit or "km").units
        if quantity.units == given_unit:
            raise AnswerError(self._still_in_given_unit(quantity.magnitude))
        return super()._judge_quantity(answer)

    def _still_in_given_unit(self, magnitude: float) -> str:
        line, figure = self.given()
        article = parse_quantity(figure, like=self.unit or "km")
        if math.isclose(magnitude, article.magnitude):
            return f"That is line {line}'s figure as the article writes it, {figure}; convert it into {self.convert_into}."
        unit_words = split_figure(figure)[1]
        expected = parse_quantity(self.expected(), like=self.unit or "km")  # a key may be text ("2.8 km") or a Quantity
        margin = ureg().Quantity(self.tolerance + 1e-9, expected.units)
        if any(abs(magnitude - expected.to(unit).magnitude) <= margin.to(unit).magnitude for unit in (expected.units, "m")):
            return (f"The number is the converted distance, but the unit you give is still {unit_words}, the unit line {line} "
                    f"writes its figure in ({figure}): write the number with the unit it is in, km or m.")
        return (f"That is a distance in {unit_words}, the unit line {line} writes its figure in ({figure}); the question asks "
                f"for that figure converted into {self.convert_into}.")


#: Words that turn a phrase round ("not the same distance"): a phrase pointer does not apply to a text holding one.
_NEGATION_WORDS = frozenset({"not", "no", "never", "nor", "isn", "aren", "isnt", "arent", "cannot", "can"})


#: An option followed by what it relates ("converted from nautical miles", "different from each other"), read as the option.
_OPTION_THEN_RELATION = re.compile(r"\s*(?:the\s+)?(\w+)\s+(?:from|into|to|between|in|of)\b")


@dataclass(frozen=True)
class ExplanationExercise(Exercise):
    """A choice among explanations, where an option followed by what it relates ("converted from nautical miles") names
    that option, as an option followed by a comma and a reason already does.

    ``pointers`` are words that are no option but can mean only one ("the same" for 'converted', the same distance):
    their answer is told which option says that, in the option's own words, and is not counted right.
    """

    pointers: tuple[tuple[str, str, str], ...] = ()  # (word as typed, option it means, what that option says)
    #: Phrases that, anywhere in a longer answer that names no option, can mean one option only ("the same distance in
    #: different units" is 'converted', though it holds the word 'different'): told which, as ``pointers`` are.
    phrase_pointers: tuple[tuple[str, str, str], ...] = ()  # (phrase, option it means, what that option says)

    def _as_read(self, answer: Any) -> Any:
        read = super()._as_read(answer)
        if read in self.choices or not isinstance(read, str) or len(read) > MAX_QUANTITY_READ:
            return read
        start = _OPTION_THEN_RELATION.match(read.casefold())
        return start.group(1) if start and start.group(1) in self.choices else read

    def _not_an_option(self, text: str) -> str:
        word = _normalise_word(text) if len(str(text)) <= MAX_QUANTITY_READ else ""
        for typed, option, says in self.pointers:
            if word == _normalise_word(typed):
                return f"{preview(text)} is not one of the options: if you mean {says}, answer \"{option}\"."
        words = " " + " ".join(re.findall(r"[^\W_]+", word)) + " "
        if not _NEGATION_WORDS & set(words.split()):  # "not the same distance" means no such thing
            for phrase, option, says in self.phrase_pointers:
                if f" {phrase} " in words:
                    return f"{preview(text)} is not one of the options: if you mean {says}, answer \"{option}\"."
        return super()._not_an_option(text)


@dataclass(frozen=True)
class ClockExercise(Exercise):
    """The article's clock time as read in ``zone`` on the briefing date, answered as "08:00" or in the article's style, "8 a.m.".

    Every wrong answer is told what it is: a trap names the common ones; any other is named from the conversion tables
    of the lesson (the briefing date and the worked example's 2014 date): the clock it matches, or none of them.
    """

    zone: str = "UTC"

    def _judge_clock(self, answer: Any) -> bool:
        try:
            return super()._judge_clock(answer)
        except AnswerError:
            if _is_table_row(answer):
                raise AnswerError(self._whole_row(answer), says_what_is_expected=True) from None
            if hasattr(answer, "__len__") and not isinstance(answer, str):
                rows = "1 row: take the local_time from it" if len(answer) == 1 else f"{len(answer):,} rows: keep only the row the question asks about"
                raise AnswerError(f"Expected one clock time, but got {a_kind(answer)} of {rows}.", says_what_is_expected=True) from None
            try:
                reading = read_clock(answer)
            except ClockError as err:
                raise AnswerError(code_in_quotes(answer) or str(err)) from None
            if reading.on is not None and not reading.on.fits(_article_date_in(self.zone)):
                raise AnswerError(_another_date(answer, reading.on))
            if reading.zone not in (None, self.zone):
                raise AnswerError(f"{preview(answer)} is a time in {_place(reading.zone)}; the question asks for the time in "
                                  f"{_place(self.zone)}: write that time alone, as HH:MM.")
            if reading.offset is not None and offset_text(reading.offset) != _article_offset_in(self.zone):
                if _is_the_article_instant(reading):  # the right moment, read on another clock (fact-check 23 L2)
                    raise AnswerError(_right_moment_on_another_clock(answer, reading.offset, self.zone))
                raise AnswerError(f"{preview(answer)} is a time at {offset_text(reading.offset)}, but the question asks for the "
                                  f"time in {_place(self.zone)}, and at that instant (tz database, briefing date) that clock was "
                                  f"not at {offset_text(reading.offset)}: write the time it read, as HH:MM.")
            return f"{reading.clock:%H:%M}" == self.expected()

    def _whole_row(self, row: pd.Series) -> str:
        """What one row of the conversion table is: the question's own row needs only its local_time; another row is
        another clock."""
        name = str(row.name)[:40]
        if not isinstance(row.name, str):  # a position (the table's index reset), not a place or zone: no label to name
            return (f"That is a whole row of the table, every column of it; the question asks for {_place(self.zone)}: take "
                    f"the local_time of the {self.zone} row, as in .loc['{self.zone}', 'local_time'].")
        if name in (self.zone, _place(self.zone)) or PLACES.get(name) == self.zone:
            return f"That is the whole {name} row of the table, every column of it: take its local_time, as in .loc['{name}', 'local_time']."
        return (f"That is the whole {name} row of the table; the question asks for {_place(self.zone)}: take the local_time of "
                f"the {self.zone} row, as in .loc['{self.zone}', 'local_time'].")

    def judge(self, answer: Any) -> tuple[bool | None, str, str | None]:
        correct, message, misconception = super().judge(answer)
        if correct is False and misconception is None:
            message = f"Not quite: {_clocks_reading(self._as_read(answer))}. {message.removeprefix('Not quite. ')}"
        return correct, message, misconception


@dataclass(frozen=True)
class CountWordsExercise(Exercise):
    """A list of counting words where the singular ("sortie") counts as the plural the options list ("sorties")."""

    def _as_plurals(self, answer: Any) -> Any:
        """A short list with each singular option read as its plural ("sortie" as "sorties"); anything else as it is."""
        if (isinstance(answer, (list, tuple, set)) or hasattr(answer, "tolist")) and len(answer) <= MAX_LIST_ITEMS:  # a column: refused below
            plural = {word.removesuffix("s"): word for word in self.choices}
            return [plural.get(read_option(item, list(plural)), item) if isinstance(item, str) else item for item in list(answer)]
        return answer

    def judge(self, answer: Any) -> tuple[bool | None, str, str | None]:
        """A wrong list is told which way it is wrong, with the hint for that: a word missing (the first hint, the
        ledger's count units), or a word the article gives no number to (the last hint)."""
        correct, message, misconception = super().judge(answer)
        if correct is False and misconception is None:
            try:  # the list as the checker read it: a typed text ("sorties, targets") as its items, never letter by letter
                read = self._as_plurals(self._items_as_read(answer))
            except AnswerError:
                return correct, message, misconception
            if not isinstance(read, list):
                return correct, message, misconception
            in_order = [self._canonical(item) for item in read]
            given, expected = set(in_order), {self._canonical(item) for item in self.expected()}
            if given - expected:
                extra = next(item for item in in_order if item not in expected)
                message = (f"Not quite: your list holds '{extra}', a word the article gives no number to. "
                           f"Hint: {self.hints[-1]}")
            elif given < expected:
                message = f"Not quite: your list leaves out a counting word the article gives a number to. Hint: {self.hints[0]}"
        return correct, message, misconception

    def _judge_choices(self, answer: Any) -> bool:
        answer = self._as_plurals(answer)
        try:
            return super()._judge_choices(answer)
        except AnswerError as err:
            if "not one of the options" not in str(err):
                raise
            raise AnswerError(f"{err} Your list holds a word the question does not offer (the ledger's units, perhaps): "
                              f"keep only the counting words, chosen from {', '.join(self.choices)}, that the article gives "
                              "a number to.") from None


def _is_table_row(answer: Any) -> bool:
    """Whether the answer is one whole row of convert_clock's table (a Series with a local_time entry), not its time."""
    return isinstance(answer, pd.Series) and "local_time" in answer.index


def _distance(unit: str):
    """The ledger's distance claim measured in ``unit`` (nautical_mile, km...)."""
    claims = stats.claims_with_lines()
    return claims[(claims["claim_type"] == "distance") & (claims["unit"] == unit)].iloc[0]


def _figure(unit: str) -> str:
    return str(_distance(unit)["text"])


def _line_and_figure(unit: str) -> tuple[int, str]:
    """The line of the ledger's distance claim in ``unit`` and its figure as the article writes it."""
    row = _distance(unit)
    return int(row["line"]), str(row["text"])


def _nautical_in_km():
    return parse_quantity(_figure("nautical_mile"), like="km").to("km")


def _written_to_the_metre(answer: Any) -> bool:
    """Whether a typed length has the digits of the nearest metre ("5.557 km", "5557 m"), whatever its value: such an
    answer off by a metre is told its digits are there and its value is not (learner AO, L2), not to add decimals."""
    if not isinstance(answer, str) or len(answer) > MAX_QUANTITY_READ:
        return False
    number, unit = split_figure(tidy_text(answer))
    if not unit or number.rstrip().endswith("0") and "." not in number:  # "5560 m" may be rounded to 10 m: told the digits
        return False
    step_in_m = stated_step(number) * float(parse_quantity(f"1 {unit}", like="km").to("meter").magnitude)
    return math.isclose(step_in_m, 1.0)


def _km_interval():
    return rounding_interval(_figure("km"))


def _nautical_rounded_like_km():
    km = _km_interval()
    return ureg().Quantity(round_to_step(_nautical_in_km().magnitude, km.step), "km")


def _best_explanation() -> str:
    both = _km_interval().overlap(rounding_interval(_figure("nautical_mile")))
    return "converted" if both else "different"


def _am_pm_slip(zone: str) -> Trap:
    """A clock twelve hours from the right one in ``zone`` ("8 pm" for 08:00): morning and evening swapped, in 04.6 and 04.7 alike."""
    return Trap("am-pm-slip", lambda a: _same_clock(a, _shifted(_article_clock_in(zone), 12)),
                "Morning and evening are swapped: that time is twelve hours away from the right one. Check a.m. and p.m., or write the 24-hour clock, HH:MM.",
                prompt="Ask how a 12-hour time becomes a 24-hour one, and why a time that does not say morning or evening is ambiguous.")


def _article_clock():
    claims = stats.claims_with_lines()
    return read_clock(str(claims[claims["claim_type"] == "time"].iloc[0]["text"]))


def _article_instant_in(zone: str, on: date | None = None) -> pd.Series:
    """The article's clock time (line 46) as ``zone`` read it, on the briefing date unless ``on`` is given: its row of the table."""
    reading = _article_clock()
    return convert_clock(reading.clock, reading.zone, on or stats.campaign_dates()[1]).set_index("time_zone").loc[zone]


def _article_clock_in(zone: str, on: date | None = None) -> str:
    """The article's clock time (line 46) read in ``zone``, on the briefing date unless ``on`` is given."""
    return str(_article_instant_in(zone, on)["local_time"])


def _article_date_in(zone: str) -> date:
    """The date ``zone``'s clocks showed at the article's instant on the briefing date (the tz database's table)."""
    return date.fromisoformat(str(_article_instant_in(zone)["local_date"]))


def _another_date(answer, written) -> str:
    """For a clock answer dated another day than the question's ("08:00 UTC on 4 November"): the question is about the
    briefing date, named from the ledger (stats.campaign_dates), with no time given away (learner AO, H1)."""
    return (f"{preview(answer)} is dated {written}, but the question is about the article's instant on the briefing "
            f"date, {day_label(stats.campaign_dates()[1])}: give the time on that date alone, as HH:MM.")


def _article_offset_in(zone: str) -> str:
    """The UTC offset ``zone`` kept at the article's instant on the briefing date ("UTC+2"), as ``offset_text`` writes it."""
    return str(_article_instant_in(zone)["utc_offset"])


def _same_clock(answer, clock: str) -> bool:
    return f"{read_clock(answer).clock:%H:%M}" == clock


def _shifted(clock: str, hours: int) -> str:
    """A clock time "HH:MM" moved by ``hours`` round the 24-hour dial."""
    hour, minute = (int(part) for part in clock.split(":"))
    return f"{(hour + hours) % 24:02d}:{minute:02d}"


def _moscow_offset_added() -> str:
    """Moscow's clock moved by its offset the wrong way, later instead of earlier (a common slip in 04.6)."""
    moscow, utc = _article_clock_in("Europe/Moscow"), _article_clock_in("UTC")
    return _shifted(moscow, int(moscow[:2]) - int(utc[:2]))


def _is_the_article_instant(reading) -> bool:
    """Whether a clock time with a UTC offset ("11:00 +03:00") names the article's instant (its UTC time of day)."""
    minutes = reading.clock.hour * 60 + reading.clock.minute - int(reading.offset.total_seconds()) // 60
    return f"{minutes // 60 % 24:02d}:{minutes % 60:02d}" == _article_clock_in("UTC") and reading.clock.second == 0


def _right_moment_on_another_clock(answer, offset, zone: str) -> str:
    """For the article's instant written on a clock at another offset: which of the lesson's clocks kept that offset on
    the briefing date, and which clock the question asks about (the offset itself is not the mistake)."""
    written = offset_text(offset)
    reading = _article_clock()
    table = convert_clock(reading.clock, reading.zone, stats.campaign_dates()[1])
    clocks = [_possessive(place) for place in table.loc[table["utc_offset"] == written, "place"]]
    named = f" ({' and '.join(clocks)} on the briefing date)" if clocks else ""
    asked = "UTC's clock" if zone == "UTC" else _place(zone)
    return (f"{preview(answer)} is the right moment on a {written} clock{named}. The question asks what {asked} read at "
            f"that moment: write that time as HH:MM.")


def _possessive(place: str) -> str:
    """A place of the lesson's tables as the owner of a clock: "Moscow's", "UTC's", "Syria's" (for "Hmeymim, Syria")."""
    name = place.rsplit(", ", 1)[-1]
    return f"{name}'" if name.endswith("s") else f"{name}'s"


def _place(zone: str) -> str:
    """How feedback names a zone: "Syria's clocks (Asia/Damascus)", not a town the learner did not write; else the place."""
    if zone == "Asia/Damascus":
        return "Syria's clocks (Asia/Damascus)"
    return next((place for place, name in PLACES.items() if name == zone), zone)


def _clocks_reading(answer) -> str:
    """Which of the lesson's clocks read this time at the article's instant, on the briefing date or the 2014 example's."""
    clock = f"{read_clock(answer).clock:%H:%M}"
    example = MOSCOW_BEFORE_2014_CHANGE
    dates = {"the briefing date": None, f"{example.day} {example:%B %Y} (the worked example)": example}
    found = [f"{place} on {name}" for name, on in dates.items() for place in PLACES
             if _article_clock_in(PLACES[place], on) == clock]
    if not found:
        return f"{clock} is not what any clock in the lesson's tables read at that instant, on either date"
    return f"{clock} is what these clocks read at that instant: {'; '.join(found)}"


def _article_places() -> pd.DataFrame:
    """The place claims on the article's own lines: the caption of line 26 is page, not article (lesson 01)."""
    claims = stats.claims_with_lines()
    article_lines = load_segments().query("in_article")["segment_id"]
    return claims[(claims["claim_type"] == "place") & claims["line"].isin(article_lines)]


def _places_named() -> int:
    """Different places the article names, once every spelling is mapped to its entity."""
    joined = _article_places()[["text"]].merge(load_entity_aliases(), left_on="text", right_on="alias", how="left")
    return int(joined["entity_id"].nunique())


def _places_with_the_caption() -> int:
    """The same count over every line of the page, the caption's Moscow included (a common slip)."""
    claims = stats.claims_with_lines()
    places = claims.loc[claims["claim_type"] == "place", ["text"]]
    return int(places.merge(load_entity_aliases(), left_on="text", right_on="alias")["entity_id"].nunique())


def _place_names() -> int:
    return int(_article_places()["text"].nunique())


def _place_mentions() -> int:
    return len(_article_places())


def _numbered_count_words() -> list[str]:
    """The counting words the ledger gives a number to (its units are singular: sortie, target...)."""
    claims = stats.claims_with_lines()
    units = set(claims.loc[(claims["claim_type"] == "count") & claims["value"].notna(), "unit"].astype(str))
    return [word for word in COUNT_WORDS if word.removesuffix("s") in units]



register(
    ConversionExercise(
        id="04.1",
        prompt="Line 52 gives a distance in nautical miles. What is it in kilometres? Give it with its unit, to the nearest metre (e.g. '1.234 km' or '1234 m').",
        kind="quantity",
        unit="km",
        given_unit="nautical_mile",
        given=lambda: _line_and_figure("nautical_mile"),
        expected=_nautical_in_km,
        tolerance=0.0005,
        hints=(
            "As in the worked example (u = ureg()): u.Quantity(value, 'nautical_mile').to('km'), with the value taken from the ledger's row for line 52.",
            "One international nautical mile is exactly 1,852 m (facts.md).",
        ),
        traps=(
            Trap("converted-other-figure", lambda a: abs(in_km(a) - _km_interval().value) < 1e-9, "That is line 44's figure; convert line 52's nautical miles instead.",
             prompt="Ask which line each distance comes from, and how to check that a conversion starts from the figure the question names."),
            Trap("statute-miles", lambda a: abs(in_km(a) - _nautical_in_km().magnitude * STATUTE_PER_NAUTICAL) < 0.01,  # "4.83 km" too
             "That converts statute miles (about 1,609 m each, 1,609.344 m exactly); a nautical mile is longer.",
             prompt="Ask which mile a figure means, and how a unit name with several definitions can make a conversion wrong."),
            Trap("rounded-too-far", lambda a: abs(in_km(a) - _nautical_rounded_like_km().magnitude) < 1e-6,
             "That is the conversion rounded to one decimal place; here give it to the nearest metre.",
             prompt="Ask what precision the question asks for, and why rounding a conversion early loses information."),
            Trap("metre-digits-wrong-value", lambda a: _written_to_the_metre(a) and abs(in_km(a) - _nautical_in_km().magnitude) < 0.01,
             "Close: the answer has the digits of the nearest metre, but its value is not the exact conversion rounded to the "
             "metre; redo the conversion from line 52's figure.",
             prompt="Ask how to check the last digit of a conversion, and why a figure written to the metre claims that its last digit is right."),
            Trap("not-to-the-metre", lambda a: abs(in_km(a) - _nautical_in_km().magnitude) < 0.01,
             "Close, but not to the nearest metre: give three decimal places in kilometres, or whole metres.",
             prompt="Ask how many decimal places in kilometres give the nearest metre, and why a conversion should keep the precision asked for."),
        ),
        success="Right: exact, because the nautical mile is defined in metres. Compare it with line 44's figure.",
    ),
    IntervalEndExercise(
        id="04.2",
        prompt="Line 44's figure is written to one decimal place. What is the smallest true distance it allows? Give it with its unit.",
        kind="quantity",
        unit="km",
        expected=lambda: _km_interval().low_quantity,
        tolerance=1e-6,
        hints=(
            "A figure rounded to the nearest 0.1 km can be up to half of 0.1 km away from the true value.",
            "rounding_interval(figure).low_quantity gives it with its unit, with the figure as the ledger writes it (its text column).",
        ),
        traps=(
            Trap("whole-step-below", lambda a: abs(in_km(a) - (_km_interval().value - _km_interval().step)) < 1e-6,
             "That is a whole step below; rounding allows only half a step either side.",
             prompt="Ask how far a rounded figure can lie from the true value, and why that is half a step either side and not a whole one."),
            Trap("figure-itself", lambda a: abs(in_km(a) - _km_interval().value) < 1e-6, "That is the figure itself; which smaller values would also be reported like this?",
             prompt="Ask which true values would all be reported as the same rounded figure, and where that range begins."),
            Trap("upper-end", lambda a: abs(in_km(a) - _km_interval().high) < 1e-6, "That is the upper end of the interval; the question asks for the smallest value.",
             prompt="Ask which end of the rounding interval the question wants, and how to name both ends of it."),
        ),
        success=lambda: (f"Right. Every true distance from {_km_interval().low_quantity:~P} up to (not including) "
                         f"{_km_interval().high_quantity:~P} would be written '{_figure('km')}', as line 44 writes it."),
    ),
    DistanceExercise(
        id="04.3",
        prompt="Convert line 52's distance into kilometres and round it to the precision of line 44's figure. What figure would line 44 have given if it were line 52's figure, converted and rounded?",
        kind="quantity",
        unit="km",
        expected=_nautical_rounded_like_km,
        tolerance=1e-6,
        hints=(
            "Round the exact conversion from exercise 04.1 to one decimal place, halves rounding up: round_to_step(quantity, 0.1) keeps its unit.",
        ),
        traps=(
            Trap("article-figure", lambda a: abs(in_km(a) - _km_interval().value) < 1e-6,
             "That is the article's figure, not the rounded conversion; round the exact conversion to one decimal place.",
             prompt="Ask what the question asks to be converted and rounded, and how to keep the article's figure apart from a computed one."),
            Trap("still-nautical", lambda a: parse_quantity(a, like="km").units == ureg().Unit("nautical_mile"),
             "That is still in nautical miles; convert into kilometres first (as in exercise 04.1), then round to one decimal place.",
             prompt="Ask in which unit 'one decimal place' is meant, and why rounding before converting gives a different figure."),
            Trap("not-rounded", lambda a: abs(in_km(a) - _nautical_in_km().magnitude) < 1e-6, "That is the exact conversion; now round it to one decimal place.",
             prompt="Ask what rounding to the precision of another figure means, and how to do it step by step."),
        ),
        success="Right: so line 44 is not line 52's figure rounded in the ordinary way. Either it was cut off rather than rounded, or it came first.",
    ),
    ExplanationExercise(
        id="04.4",
        prompt="What best explains the two distances? Answer 'converted' (the same distance, one figure converted from the other), 'different' (two different distances) or 'misprint' (one figure is a typing error).",
        kind="choice",
        choices=EXPLANATIONS,
        # The option's own words ("the same distance", "one distance") and the verb name 'converted' (learner AA's AA-M4).
        aliases=(("conversion", "converted"), ("a conversion", "converted"), ("convert", "converted"),
                 ("same distance", "converted"), ("the same distance", "converted"), ("one distance", "converted")),
        # Words that mean one option only, told which (not counted right): the same [distance], rounded [differently].
        pointers=(("the same", "converted", "the same distance, one figure converted from the other"),
                  ("same", "converted", "the same distance, one figure converted from the other"),
                  ("rounded", "converted", "one distance, converted and rounded differently in its two units"),
                  ("rounded differently", "converted", "one distance, converted and rounded differently in its two units"),
                  ("rounding", "converted", "one distance, converted and rounded differently in its two units"),
                  # learner AE (AE-L3): the misprint's own words were a bare "not one of the options"
                  *((typed, "misprint", "one figure is a typing error") for typed in (
                      "typo", "a typo", "mistake", "a mistake", "error", "an error", "typing error", "a typing error",
                      "typing mistake", "a typing mistake", "printing error", "a printing error"))),
        # learner round 13: "same distance converted", "the same distance in different units" (the latter was told it named two options)
        phrase_pointers=(("same distance", "converted", "the same distance, one figure converted from the other"),
                         ("one distance", "converted", "the same distance, one figure converted from the other")),
        expected=_best_explanation,
        hints=("Use the explorer: do the two figures' intervals overlap? If they do, what is the simplest account of that?",),
        traps=(
            Trap("misprint-unneeded", lambda a: same_choice(a, "misprint"),
             "A misprint is possible, but nothing needs it: the two figures' intervals overlap.",
             prompt="Ask what evidence would be needed to call a figure a misprint, and why the simplest explanation that fits both figures comes first."),
            Trap("different-despite-overlap", lambda a: same_choice(a, "different") and _best_explanation() != "different",
             "Two different distances would have to happen to round into overlapping intervals: in the explorer, the two "
             "figures' intervals overlap, so ask which explanation needs no such coincidence.",
             prompt="Ask what overlapping rounding intervals say about two figures, and why an explanation that needs a coincidence comes after one that does not."),
        ),
        success="Right: their intervals overlap, so one distance in two units, rounded differently, explains both. Which came first is the next question.",
    ),
    Exercise(
        id="04.5",
        prompt="Which figure was probably given first, and which was converted? Give the evidence from the article: who says each (quote or paraphrase) and how each is rounded.",
        kind="written",
        min_words=25,
        success="Noted. Compare with the lesson's summary: the rounding fits either order; the quote-versus-paraphrase evidence favours one.",
    ),
    ClockExercise(
        id="04.6",
        prompt="On the briefing date, what time was the article's '11 a.m. Moscow time' in UTC? Answer as HH:MM.",
        kind="clock",
        zone="UTC",
        expected=lambda: _article_clock_in("UTC"),
        hints=(
            "convert_clock(clock.clock, clock.zone, briefing) lists the same instant in every zone; read the UTC row.",
            "Make that table for the briefing date, the second date stats.campaign_dates() returns (from facts.md), in place of the worked example's date(2014, 10, 3).",
        ),
        traps=(
            Trap("old-moscow-offset", lambda a: _same_clock(a, _article_clock_in("UTC", on=MOSCOW_BEFORE_2014_CHANGE)),
             "That uses Moscow's offset from before 26 October 2014; on the briefing date the tz database gives another.",
             prompt="Ask why a time zone's offset depends on the date, and where a reliable record of past offsets is kept."),
            Trap("moscow-clock-unconverted", lambda a: _same_clock(a, _article_clock_in("Europe/Moscow")),
             "That is the article's own time on Moscow's clocks, not yet converted: read the UTC row of the briefing date's table.",
             prompt="Ask what converting a clock time means: the same instant, read on another place's clock."),
            Trap("hmeymim-clock", lambda a: _same_clock(a, _article_clock_in("Asia/Damascus")),
             "That is the clock at the Hmeymim airbase (Asia/Damascus) on the briefing date, not UTC; this one asks for UTC.",
             prompt="Ask how learners kept apart the rows of one conversion table, and which row each question names."),
            Trap("offset-added", lambda a: _same_clock(a, _moscow_offset_added()),
             "That adds Moscow's offset to its 11:00; Moscow is ahead of UTC, so UTC's clocks read earlier than Moscow's, not later.",
             prompt="Ask what 'UTC+3' means, and which way to move a clock time to reach UTC."),
            _am_pm_slip("UTC"),
        ),
        success="Right: the tz database puts Moscow three hours ahead of UTC on that date.",
    ),
    ClockExercise(
        id="04.7",
        prompt="What did the clocks read at the Hmeymim airbase (zone Asia/Damascus) at that instant? Answer as HH:MM.",
        kind="clock",
        zone="Asia/Damascus",
        expected=lambda: _article_clock_in("Asia/Damascus"),
        hints=("In the table convert_clock gives for the briefing date, read the 'Hmeymim, Syria' row; note whether daylight saving applied.",),
        traps=(
            Trap("moscow-clock", lambda a: _same_clock(a, f"{_article_clock().clock:%H:%M}"),
             "That is Moscow's clock. Syria was on a different offset that day: its daylight saving had just ended (tz database, Asia/Damascus).",
             prompt="Ask why one instant reads differently on clocks in two places, and how daylight saving changes the difference."),
            Trap("utc-clock", lambda a: _same_clock(a, _article_clock_in("UTC")),
             "That is the UTC clock at that instant on the briefing date, which exercise 04.6 asks for; this one asks for the clock at the Hmeymim airbase.",
             prompt="Ask how learners kept apart the rows of one conversion table, and which row each question names."),
            _am_pm_slip("Asia/Damascus"),
        ),
        success="Right. A week earlier, under Syria's daylight saving, the answer would have been an hour later: the date matters.",
    ),
    Exercise(
        id="04.8",
        prompt="NBC News reported a Pentagon spokesman as putting the test at roughly noon Qatar time (indirect speech, not a quotation; data/sources.csv). Compare it with the article's time, converted to Qatar's clock. How far apart are they, and what could explain the difference?",
        kind="written",
        min_words=25,
        success="Noted. Both are claims; the gap is about an hour, and 'roughly', different moments of one event, or an error on either side could explain it. Neither account settles it.",
    ),
    CountWordsExercise(
        id="04.9",
        prompt="Which of these counting words does the article give a number to? A list chosen from: " + ", ".join(COUNT_WORDS) + ".",
        kind="choices",
        choices=COUNT_WORDS,
        expected=_numbered_count_words,
        hints=(
            "The ledger's count claims have a value and a unit; list the distinct units: claims[claims['claim_type'] == 'count']['unit'].unique().",
            "A word can appear in the article without a number (line 44's 'aircraft', line 36's 'objects').",
        ),
        success="Right: only two. The article never counts in aircraft: facts.md records AFP as reporting 12 aircraft where line 36 says '12 sorties'.",
    ),
    Exercise(
        id="04.10",
        prompt="How many different places does the article name, once every spelling is mapped to its place with the alias table?",
        kind="number",
        units=("places",),
        distinct=True,
        column_step="count each place once with .nunique() on the column that names the place",
        expected=_places_named,
        hints=(
            "The cell above the exercise has already made the table fixed: one row per place claim on the article's lines, with "
            "the entity_id of the place its spelling names, so several spellings (text) can share one entity_id.",
            "Count each place once, whatever its spelling: in fixed, count the distinct values of the column that names the place "
            "(not its spelling) with fixed[ ___ ].nunique().",
        ),
        traps=(
            Trap("counted-names", lambda a: parse_number(a) in (_place_names(), _places_with_the_caption()),
             "That count takes in a place twice: Syria and 'Syrian Arab Republic' are different names for one place, so count "
             "the entity_id values of the table fixed, not the names. A count over the whole claims ledger instead of fixed "
             "also takes in Moscow, named as a place only in the photo caption of line 26 (line 46 names only Moscow's clock, 'Moscow time'), which lesson 01 showed is not the article.",
             prompt="Ask how several spellings can name one place, why joining tables on names alone can miscount, and why a caption's place is not a place the article names."),
            Trap("counted-mentions", lambda a: parse_number(a) == _place_mentions(), "That counts every mention; count each place once.",
             prompt="Ask how counting mentions differs from counting distinct places, and which one the question asks for."),
        ),
        success="Right. A join on the names alone would have lost some places without any error message.",
    ),
)
