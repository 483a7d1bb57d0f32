"""Units through one ``pint`` registry: reading quantities a learner types, converting, and rounding intervals.

The registry is created on first use (pint's start-up is not free; its cache folder keeps the work between
kernels), and the nautical mile is pint's exact international definition: 1 nmi = 1852 m. The acre is the international
acre, 43,560 square feet = 4,046.8564224 m² (pint's own is the US survey acre, 4,046.8726 m²), so a conversion from
acres is as exact as lesson 05 says it is.

Text a learner types is never handed to pint as an expression (pint would evaluate "5 km*9**9**9" for
minutes): a quantity is a number and one unit name, or a name per name ("km/h"), checked by a plain pattern
after a length cap, and only then looked up.

A reported figure stands for every true value that rounds to it: "5.5 km", written to the nearest 0.1 km,
allows anything from 5.45 km up to 5.55 km. ``rounding_interval`` gives that range, in any unit, so two
figures in different units can be compared honestly (do their ranges overlap?), and ``round_to_step``
rounds a converted value to the precision of another figure, which is how a conversion gives itself away.
"""
from __future__ import annotations

import math
import numbers
import re
import sys
import unicodedata
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from functools import lru_cache
from pathlib import Path

from .answers import AnswerError, _split_number

__all__ = [
    "ureg", "parse_quantity", "in_km", "UNIT_ALIASES", "COURSE_UNITS", "unit_symbol", "split_figure", "stated_step",
    "round_to_step", "UnitsInputError", "RoundingInterval", "rounding_interval", "bound_text", "number_text",
]

# The ledger's unit names (snake case) and a few everyday spellings pint does not know by itself.
UNIT_ALIASES = {
    "nautical_mile": "nautical_mile",
    "nautical miles": "nautical_mile",
    "nautical mile": "nautical_mile",
    "nmi": "nautical_mile",
    "kilometers": "kilometer",
    "kilometres": "kilometer",
    "kilometre": "kilometer",
    "metres": "meter",
    "metre": "meter",
    "km/h": "kilometer / hour",
    "kph": "kilometer / hour",
    "pound_mass": "pound",  # the extractor's name for "lb" (medialit/extract), so a ledger's weights convert
    # A volume's SI unit, which pint writes only as a power ("meter ** 3"); the course's registry names it (``ureg``).
    "cubic metre": "cubic_metre", "cubic metres": "cubic_metre", "cubic meter": "cubic_metre",
    "cubic meters": "cubic_metre", "cubic_meter": "cubic_metre", "cubic_meters": "cubic_metre", "m3": "cubic_metre",
    "m\u00b3": "cubic_metre",
    # Other volumes and areas a news story writes ("500 cubic feet", "12 square kilometres"): pint knows cubic_foot,
    # cubic_yard, hectare and square_mile; the course's registry names the metric squares and defines the international
    # acre (``ureg``).
    "cubic foot": "cubic_foot", "cubic feet": "cubic_foot", "cubic yard": "cubic_yard", "cubic yards": "cubic_yard",
    "square metre": "square_metre", "square metres": "square_metre", "square meter": "square_metre",
    "square meters": "square_metre", "square_meter": "square_metre", "square_meters": "square_metre", "m2": "square_metre",
    "m\u00b2": "square_metre", "square kilometre": "square_kilometre", "square kilometres": "square_kilometre",
    "square kilometer": "square_kilometre", "square kilometers": "square_kilometre", "square_kilometer": "square_kilometre",
    "square_kilometers": "square_kilometre", "km2": "square_kilometre", "km\u00b2": "square_kilometre",
    "square mile": "square_mile", "square miles": "square_mile",
    # The short forms and symbols the extractor reads as volumes and areas ("88,287 cu ft", "30 m² (323 sq ft)"), so a
    # ledger or a curator's unit box takes them too (learner AI, H2); pint knows square_foot, square_yard, cubic_foot.
    "cu m": "cubic_metre", "cu ft": "cubic_foot", "cubic ft": "cubic_foot", "ft3": "cubic_foot", "ft\u00b3": "cubic_foot",
    "sq m": "square_metre", "sq km": "square_kilometre", "sq ft": "square_foot", "sq feet": "square_foot",
    "square foot": "square_foot", "square feet": "square_foot", "ft2": "square_foot", "ft\u00b2": "square_foot",
    "sq mi": "square_mile", "sq miles": "square_mile", "mi2": "square_mile", "mi\u00b2": "square_mile",
    "square yard": "square_yard", "square yards": "square_yard", "sq yd": "square_yard", "yd\u00b2": "square_yard",
    "cubic_metres": "cubic_metre",
    # pint's gallon is the US liquid gallon, which a story calls the "US gallon" (learner AC, AC-L5).
    "us gallon": "gallon", "us gallons": "gallon", "us_gallon": "gallon", "us_gallons": "gallon",
    # Temperatures as an article and the extractor write them (learner AE, AE-L6): the symbols, and the ledger's names in
    # lower case; pint itself knows degC, celsius, degF and fahrenheit.
    "\u00b0c": "degree_Celsius", "\u00bac": "degree_Celsius", "degree_celsius": "degree_Celsius",
    "degree celsius": "degree_Celsius", "degrees celsius": "degree_Celsius",
    "\u00b0f": "degree_Fahrenheit", "\u00baf": "degree_Fahrenheit", "degree_fahrenheit": "degree_Fahrenheit",
    "degree fahrenheit": "degree_Fahrenheit", "degrees fahrenheit": "degree_Fahrenheit",
}


# The units a learner may answer in: everyday ones a news story uses. pint knows hundreds more (parsecs,
# furlongs...); an answer in one of those is almost surely a slip, so it gets a plain message instead.
COURSE_UNITS = frozenset({
    "meter", "kilometer", "centimeter", "millimeter", "mile", "nautical_mile", "foot", "yard", "inch",
    "second", "minute", "hour", "day", "week", "year",
    "kilometer / hour", "mile / hour", "mile_per_hour", "knot", "meter / second",
})


#: Longest text read as a quantity, checked before any parsing: "5.556 nautical miles" needs 20 characters.
MAX_QUANTITY_CHARS = 100
#: Longest unit text looked up (pint's search through prefixes and suffixes grows with the square of the length).
MAX_UNIT_CHARS = 40
# A unit as typed or as a ledger writes it: one name, or a name per name ("km/h", "kilometer / hour"). No digits,
# powers or other operators reach pint, so nothing typed is ever evaluated.
_UNIT_TEXT = re.compile(r"[A-Za-z_]+(?: ?/ ?[A-Za-z_]+)?")
#: Commas that group thousands: each followed by exactly three digits, and any decimals after a point ("5,556", "1,234.5").
_THOUSANDS = re.compile(r"[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?")


# What a rounding interval can be written for without losing its ends: figures up to a billion of the unit
# compared with (``like``), steps down to a billionth of it, and at most ten significant digits
# (intervals are kept to twelve, see ``_tidy``). Beyond that a figure is a slip, and its interval would print as
# hundreds of digits or as infinity.
LARGEST_FIGURE = 1e9
FINEST_STEP = 1e-9
MOST_SIGNIFICANT_DIGITS = 10


#: Where pint keeps what it parsed and derived from its definitions file; None: a folder of the user's cache for this
#: pint install (``_pint_cache_folder``).
PINT_CACHE = None


def _pint_cache_folder() -> Path:
    """One cache folder per pint install. pint's own ":auto:" folder is shared by every environment on the machine, and
    an entry written by an environment deleted since (a removed virtual environment) breaks pint's lookup: it raises,
    and every kernel then built the registry twice (measured: lesson 05's first draft 0.45 s -> 0.73 s)."""
    import hashlib

    import pint
    import platformdirs

    install = str(Path(pint.__file__).resolve().parent)
    return platformdirs.user_cache_path("medialit") / "pint" / hashlib.sha256(install.encode()).hexdigest()[:16]


@lru_cache(maxsize=1)
def ureg():
    """The course's single pint UnitRegistry (created once per kernel, on first use).

    Building one parses pint's definitions file and derives every unit's base units: the same work in every
    kernel, about 0.2 s (most of lesson 05's own work). pint keeps the result in ``PINT_CACHE``, keyed by the
    file's content and pint's version, so a later kernel loads it ready made in a few milliseconds. The cache
    is only a shortcut: where it cannot be written or read (a read-only home, a file another kernel is still
    writing, the browser edition's memory-only disk), the registry is built from the file as before.
    """
    import pint

    registry = None
    if sys.platform != "emscripten":
        try:
            registry = pint.UnitRegistry(cache_folder=PINT_CACHE or _pint_cache_folder(), on_redefinition="ignore")
        except Exception:  # noqa: BLE001  whatever breaks the cache (OSError, a truncated file) must not stop a lesson
            pass
    registry = registry or pint.UnitRegistry(on_redefinition="ignore")  # the acre below replaces pint's, without a log line
    for definition in _COURSE_DEFINITIONS:
        registry.define(definition)
    return registry


#: A name for meter ** 3, which a reservoir or a tanker is measured in ("4.2 million cubic metres").
_CUBIC_METRE = "cubic_metre = meter ** 3"
#: Names for the metric squares an area is written in ("12 square kilometres"), which pint writes only as powers.
_SQUARES = ("square_metre = meter ** 2", "square_kilometre = kilometer ** 2")
#: The international acre, 43,560 square feet (the foot being 0.3048 m): 4,046.8564224 m², exactly. pint's ``acre`` is the US
#: survey acre (10 square survey chains, 4,046.8726 m²), which a news story's "acres" does not mean (fact-check 23 L6). It
#: replaces pint's under the same name, so "acre", "acres" and a ledger's ``acre`` all read it; the survey acre keeps a name.
_ACRES = ("survey_acre = 10 * chain ** 2 = _ = us_survey_acre", "acre = 43560 * foot ** 2 = _ = international_acre")
#: Every unit the course names itself, defined in ``ureg`` after pint's own.
_COURSE_DEFINITIONS = (_CUBIC_METRE, *_SQUARES, *_ACRES)


def parse_quantity(answer: object, like: str = "km"):
    """Read "5.556 km", "5556 m", "3 nmi" or a pint Quantity; it must have the same dimension as ``like``.

    Raises AnswerError with one plain sentence (what was expected) for anything else.
    """
    from .answers import parse_number

    registry = ureg()
    reference = _unit(like)
    if hasattr(answer, "units") and hasattr(answer, "magnitude"):
        quantity = answer
    elif isinstance(answer, str):
        if len(answer) > MAX_QUANTITY_CHARS:
            raise AnswerError(f"A quantity is a number and its unit, such as '5.5 {like}'; a text of {len(answer):,} characters is not one.")
        number_part, unit_part = split_figure(answer)
        if not number_part.strip():
            from .answers import code_in_quotes, preview

            raise AnswerError(code_in_quotes(answer) or f"Expected a number with its unit, e.g. '5.5 {like}', but got the text {preview(answer)}.")
        if "," in number_part:
            _refuse_comma(number_part, unit_part or like)
        value = parse_number(number_part)
        unit_text = UNIT_ALIASES.get(unit_part.lower(), unit_part)
        if not unit_text:
            raise AnswerError(_unit_missing(reference, like))
        unit = _unit(unit_text)
        if str(unit) not in COURSE_UNITS:  # pint's other names ("k" is its Boltzmann constant) are never the course's
            if unit.dimensionality == reference.dimensionality:
                raise AnswerError(f"'{unit_text[:30]}' is not a unit this course uses; try km, m, mi or nmi.")
            raise AnswerError(f"'{unit_text[:30]}' is not a unit this course knows; write {like}, for example '5.5 {like}'.")
        quantity = registry.Quantity(value, unit)
    elif isinstance(answer, numbers.Real) and not isinstance(answer, bool):
        raise AnswerError(_unit_missing(reference, like))  # never the learner's number with a unit it may not have
    elif isinstance(answer, RoundingInterval):
        raise AnswerError("That is the whole rounding interval, both its ends; the question asks for one value: take the "
                          "end it names, .low_quantity (the smallest) or .high_quantity.")
    else:
        from .answers import a_kind

        split = (" (a comma outside quotation marks splits a number in Python: write a decimal with a point, 12.5, not 12,5)"
                 if isinstance(answer, tuple) and len(answer) == 2
                 and all(isinstance(part, int) and not isinstance(part, bool) for part in answer)
                 else " (put the number and its unit in one text, between one pair of quotation marks)"
                 if isinstance(answer, tuple) and answer and all(isinstance(part, str) for part in answer) else "")
        raise AnswerError(f"Expected a quantity with its unit, e.g. '5.5 {like}', not {a_kind(answer)}{split}.")
    if quantity.dimensionality != reference.dimensionality:
        raise AnswerError(f"Expected {_what_it_measures(reference)} such as '5.5 {like}', but {unit_symbol(quantity.units)} "
                          f"measures something else: {_what_it_measures(quantity.units)}.")
    if not math.isfinite(float(quantity.magnitude)):
        raise AnswerError("Expected an ordinary finite number.")
    return quantity


#: What a quantity of each kind is called in plain words, by its dimensions as pint writes them.
_MEASURES = {"[length]": "a distance", "[time]": "a duration", "[length] / [time]": "a speed", "[mass]": "a weight",
             "[temperature]": "a temperature", "": "a plain number"}


def _what_it_measures(unit) -> str:
    """ "a distance", "a speed"...: what a unit measures, in the words a reader uses, not pint's "[length] / [time]"."""
    return _MEASURES.get(str(unit.dimensionality).replace("dimensionless", ""), "another kind of quantity")


def _refuse_comma(number: str, unit: str) -> None:
    """A comma followed by exactly three digits groups thousands ("5,556 m" is 5556 m), as lesson 03 reads "1,550", so
    it is let through; one comma with other digits after it ("5,6 km") is a decimal comma: say how to write that
    reading with a point rather than guess. Any other text goes on to parse_number, which says what is wrong."""
    if _THOUSANDS.fullmatch(number):
        return
    if number.count(",") == 1 and "." not in number:
        raise AnswerError(f"A comma in a quantity can mean decimals or thousands: write {number.replace(',', '.')} {unit} "
                          "with a point for decimals.")


def comma_readings(answer: object) -> tuple[str, str] | None:
    """(the thousands reading, the decimal reading) of a quantity whose one comma has exactly three digits after it and no
    point ("5,556 km": "5556 km", "5.556 km"), which may be either; None for any other answer. The reader takes the first
    (as lesson 03 reads "1,550"); where that is wrong, the learner hears both (learner AA, AA-M2)."""
    if not isinstance(answer, str) or len(answer) > MAX_QUANTITY_CHARS:
        return None
    number, unit = split_figure(answer.strip().rstrip(".!?"))
    if not unit or not re.fullmatch(r"[+-]?\d{1,3},\d{3}", number):
        return None
    return f"{number.replace(',', '')} {unit}", f"{number.replace(',', '.')} {unit}"


def in_km(answer: object) -> float:
    """A learner's length answer ("5556 m", "3 nmi", a Quantity) as a number of kilometres (AnswerError if unreadable)."""
    return float(parse_quantity(answer, like="km").to("kilometer").magnitude)


def _unit_missing(reference, like: str) -> str:
    """One sentence for a number typed without its unit. It never echoes the number with a unit: "5556 km" was
    shown for 5556, the right figure in the wrong unit (5556 m is right)."""
    if reference.dimensionality == ureg().Unit("m").dimensionality:
        return "A distance needs its unit after the number, such as km or m."
    return f"A quantity needs its unit after the number, such as {like}."


def _unit(unit_text: str):
    """The pint unit a learner means: as typed, or else in lower case ("Km", "KM" and "NMI" are slips, not new units).

    Only a unit name (or a name per name) is looked up; anything else, or anything longer than
    ``MAX_UNIT_CHARS``, is refused before pint sees it.
    """
    registry = ureg()
    for candidate in dict.fromkeys((unit_text, unit_text.lower())) if len(unit_text) <= MAX_UNIT_CHARS else ():
        name = UNIT_ALIASES.get(candidate, candidate)
        if not _UNIT_TEXT.fullmatch(name):
            continue
        try:
            return registry.Unit(name)
        except Exception:  # pint raises several kinds of error for unknown or malformed units
            continue
    leading = _leading_unit(unit_text)
    if leading:
        unit, rest = leading
        raise AnswerError(f"Write only the number and its unit, {unit}, with nothing after it: '{rest[:30]}' is not part "
                          "of a quantity.")
    raise AnswerError(f"'{unit_text[:30]}' is not a unit this course knows; try km, m, mi or nmi.")


#: The unit words a quantity can start with, one or two of them, and the rest of the text ("km exactly", "km (5450 m)").
_LEADING_WORDS = re.compile(r"([A-Za-z]+(?: [A-Za-z]+)?)(.*)")


def _leading_unit(unit_text: str) -> tuple[str, str] | None:
    """The course unit a text starts with, as typed, and the words after it ("km", "exactly" for "km exactly"), or None.

    "5.556 km exactly" names a right unit with a comment after it; saying "'km exactly' is not a unit" blamed the unit.
    Only the first two words (at most ``MAX_UNIT_CHARS`` characters) are looked up, so the work stays bounded."""
    match = _LEADING_WORDS.match(unit_text[:MAX_UNIT_CHARS])
    if not match:
        return None
    words = match.group(1).split(" ")
    for count in (2, 1)[2 - len(words):]:
        name = " ".join(words[:count])
        rest = unit_text[len(name):].strip(" ,;:-")
        if not rest:
            continue
        try:
            unit = _unit(name)
        except AnswerError:
            continue
        if str(unit) in COURSE_UNITS:
            return name, rest
    return None


def split_figure(text: str) -> tuple[str, str]:
    """Split "5.5 km", "5.5km", "5 556 m" (a space between thousands) or "3 nautical miles" into the number as written
    and the unit text."""
    number_part, unit_part = _split_number(" ".join(unicodedata.normalize("NFKC", text).strip().split()))
    return number_part.strip(), unit_part


def unit_symbol(unit) -> str:
    """The short symbol a reader expects: km, m, nmi, mi (pint's abbreviated form)."""
    return f"{ureg().Unit(UNIT_ALIASES.get(str(unit), str(unit))):~P}"


def stated_step(number_text: str) -> float:
    """The precision a number claims by the way it is written: "5.5" -> 0.1, "3" -> 1, "5.50" -> 0.01, "5.5e3" -> 100.

    Whole numbers are read as precise to 1; "2,000" may really mean "to the nearest thousand", which the
    digits alone cannot tell, so pass an explicit step where the text says "over" or "about".
    """
    from .answers import parse_number

    parse_number(number_text)  # raises AnswerError, in one plain sentence, if this is not a number
    digits = unicodedata.normalize("NFKC", number_text).strip().replace("\u2212", "-")
    for separator in (",", " ", "_"):
        digits = digits.replace(separator, "")
    try:
        exponent = Decimal(digits).as_tuple().exponent
    except InvalidOperation:
        raise AnswerError(f"Could not tell how precisely {number_text.strip()[:30]!r} is written; type its digits, e.g. 5.5.") from None
    return float(Decimal(1).scaleb(exponent))


class UnitsInputError(AnswerError):
    """Input a units helper cannot use: an AnswerError that a notebook shows as its sentence, never a traceback."""

    def _render_traceback_(self) -> list[str]:  # IPython shows this instead of a traceback
        return [f"UnitsInputError: {self}"]


def _number_or_quantity(value):
    """What round_to_step can round: a number, a pint quantity, or a figure typed as text ("5.556 km", "5.556")."""
    from .answers import a_kind, parse_number

    if hasattr(value, "units") and hasattr(value, "magnitude"):
        return value
    if isinstance(value, numbers.Real) and not isinstance(value, bool):
        if not math.isfinite(float(value)):
            raise AnswerError("round_to_step needs an ordinary finite number.")
        return value
    if isinstance(value, str):
        if len(value) > MAX_QUANTITY_CHARS:
            raise AnswerError(f"round_to_step needs a number or a figure such as '5.556 km', not a text of {len(value):,} characters.")
        number_part, unit_part = split_figure(value)
        number = parse_number(number_part)  # one sentence if the text does not start with a number
        return parse_quantity(value, like=unit_part) if unit_part else number
    if value is Ellipsis:
        raise AnswerError("round_to_step got ... : replace the ... with your value, e.g. the exact conversion from exercise 04.1.")
    raise AnswerError(f"round_to_step needs a number or a quantity such as '5.556 km', not {a_kind(value)}.")


def round_to_step(value, step: float | None = None):
    """Round half up to a multiple of ``step`` (decimal arithmetic, so 5.556 to 0.1 is 5.6 and 5.55 is 5.6).

    ``value`` may be a plain number or a numpy number (a float comes back) or a pint quantity, also typed as
    text such as "5.556 km" (its magnitude is rounded, and a quantity in the same unit comes back, so the unit
    is never lost on the way). Anything else is refused with one sentence, shown without a traceback; so is a
    call without the step, which Python would answer with a TypeError (learner AA's AA-L6).
    """
    try:
        if step is None:
            raise AnswerError("round_to_step needs the step to round to as well: give it after the value, "
                              "e.g. round_to_step(x, 0.1) for one decimal place.")
        value = _number_or_quantity(value)
        if isinstance(step, bool) or not (isinstance(step, numbers.Real) and math.isfinite(float(step)) and step > 0):
            raise AnswerError("The step must be a positive number, such as 0.1 or 1.")
        magnitude = float(getattr(value, "magnitude", value))
        if not math.isfinite(magnitude):
            raise AnswerError("round_to_step needs an ordinary finite number.")
    except AnswerError as error:
        raise UnitsInputError(str(error)) from None
    exact_step = Decimal(repr(float(step)))
    multiples = (Decimal(repr(magnitude)) / exact_step).to_integral_value(rounding=ROUND_HALF_UP)
    rounded = float(multiples * exact_step)
    return ureg().Quantity(rounded, value.units) if hasattr(value, "units") and hasattr(value, "magnitude") else rounded


def _fixed(value: float, decimals: int) -> str:
    """``value`` with thousands separators and at most ``decimals`` decimals, never in exponent form: 5,555.5."""
    text = f"{value:,.{max(0, decimals)}f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def number_text(value: float, step: float | None = None) -> str:
    """A figure as a reader writes it: "1,234,567", "5.5", "5.50" (to a ``step`` of 0.01), never "1.235e+06".

    With ``step``, the figure gets exactly the decimals the step has; without, enough for seven significant digits.
    """
    if step is not None:
        return f"{value:,.{max(0, -Decimal(repr(float(step))).normalize().as_tuple().exponent)}f}"
    magnitude = math.floor(math.log10(abs(value))) if value else 0
    return _fixed(value, 6 - magnitude)


def bound_text(value: float, step: float) -> str:
    """An interval's end, written with at least four significant digits and enough to show half a ``step``.

    Four digits alone would write both ends of "5556 m" (5555.5 and 5556.5) as 5556.
    """
    half = step / 2
    if value == 0 or not (math.isfinite(value) and half > 0):
        return number_text(value)
    magnitude = math.floor(math.log10(abs(value)))
    digits = max(4, magnitude - math.floor(math.log10(half)) + 1)
    return _fixed(value, digits - 1 - magnitude)


def _tidy(value: float) -> float:
    """Drop binary-float noise (5.556000000000001 -> 5.556) so intervals print and compare cleanly."""
    return float(f"{value:.12g}")


@dataclass(frozen=True)
class RoundingInterval:
    """The true values a reported figure allows: from ``low`` up to (not including) ``high``, in ``unit``.

    ``value`` is the figure as reported, converted to ``unit``; ``step`` is its precision in that unit, so a
    converted interval still carries the precision of the original figure.
    """

    value: float
    step: float
    unit: str

    @property
    def low(self) -> float:
        return _tidy(self.value - self.step / 2)

    @property
    def high(self) -> float:
        return _tidy(self.value + self.step / 2)

    @property
    def low_quantity(self):
        """``low`` with its unit, as a pint quantity: the smallest true value the figure allows."""
        return ureg().Quantity(self.low, self.unit)

    @property
    def high_quantity(self):
        """``high`` with its unit, as a pint quantity (the interval stops just below it)."""
        return ureg().Quantity(self.high, self.unit)

    def to(self, unit: str) -> "RoundingInterval":
        """The same interval in another unit of the same kind (km, m, nmi, mi...)."""
        registry = ureg()
        target = UNIT_ALIASES.get(unit, unit)
        factor = registry.Quantity(1, self.unit).to(target).magnitude
        return RoundingInterval(_tidy(self.value * factor), _tidy(self.step * factor), str(registry.Unit(target)))

    def overlap(self, other: "RoundingInterval") -> "tuple[float, float] | None":
        """The values both figures allow, in this interval's unit, or None if there are none."""
        theirs = other.to(self.unit)
        low, high = max(self.low, theirs.low), min(self.high, theirs.high)
        return (low, high) if low < high else None

    def describe(self) -> str:
        """ "5.45 km up to 5.55 km": both ends with enough digits to tell them apart, at least four."""
        symbol = unit_symbol(self.unit)
        return f"{bound_text(self.low, self.step)} {symbol} up to {bound_text(self.high, self.step)} {symbol}"


def rounding_interval(figure: str, step: float | None = None, like: str = "km") -> RoundingInterval:
    """The interval a reported figure such as "5.5 km" or "3 nautical miles" allows at its precision.

    ``step`` is the precision in the figure's own unit; by default it is read from the digits as written
    (``stated_step``). Raises AnswerError with a plain sentence for anything that is not a figure like ``like``
    (shown in a notebook without a traceback).
    """
    try:
        return _interval_of(figure, step, like)
    except AnswerError as error:
        raise UnitsInputError(str(error)) from None


def _interval_of(figure: str, step: float | None, like: str) -> RoundingInterval:
    if not isinstance(figure, str):
        raise AnswerError(f"Expected a figure with its unit, such as '5.5 {like}'.")
    quantity = parse_quantity(figure, like=like)
    if step is None:
        step = stated_step(split_figure(figure)[0])
    if not (isinstance(step, (int, float)) and math.isfinite(step) and step > 0):
        raise AnswerError("The precision must be a positive number, such as 0.1 or 1.")
    size = abs(float(quantity.to(UNIT_ALIASES.get(like, like)).magnitude))
    step_size = float(ureg().Quantity(step, quantity.units).to(UNIT_ALIASES.get(like, like)).magnitude)
    if not size <= LARGEST_FIGURE:
        raise AnswerError(f"Figures beyond {LARGEST_FIGURE:,.0f} {like} are outside what this course works with; type an ordinary figure.")
    if step_size < FINEST_STEP or size >= step_size * 10 ** MOST_SIGNIFICANT_DIGITS:
        raise AnswerError(f"That figure is written more precisely than the course can show (at most {MOST_SIGNIFICANT_DIGITS} "
                          f"significant digits, and no finer than {FINEST_STEP:.9f} {like}); type fewer decimals.")
    return RoundingInterval(_tidy(float(quantity.magnitude)), float(step), str(quantity.units))
