"""Units through one ``pint`` registry: reading quantities a learner types, and converting between units.

The registry is created on first use (pint's start-up is not free), and the nautical mile is pint's
exact international definition: 1 nmi = 1852 m.
"""
from __future__ import annotations

import math
import numbers
import unicodedata
from functools import lru_cache

__all__ = ["ureg", "parse_quantity", "UNIT_ALIASES", "COURSE_UNITS"]

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
}


# The units a learner may answer in: everyday ones a news story uses. pint knows hundreds more (parsecs,
# furlongs...); an answer in one of those is almost surely a slip, so it gets a plain message instead.
COURSE_UNITS = frozenset({
    "meter", "kilometer", "centimeter", "millimeter", "mile", "nautical_mile", "foot", "yard", "inch",
    "second", "minute", "hour", "day", "week", "year",
    "kilometer / hour", "mile / hour", "mile_per_hour", "knot", "meter / second",
})


@lru_cache(maxsize=1)
def ureg():
    """The course's single pint UnitRegistry (created once, on first use)."""
    import pint

    return pint.UnitRegistry()


def parse_quantity(answer: object, like: str = "km"):
    """Read "5.556 km", "5556 m", "3 nmi" or a pint Quantity; it must have the same dimension as ``like``.

    Raises AnswerError with one plain sentence (what was expected) for anything else.
    """
    from .checks import AnswerError, parse_number

    registry = ureg()
    reference = registry(UNIT_ALIASES.get(like, like))
    if hasattr(answer, "units") and hasattr(answer, "magnitude"):
        quantity = answer
    elif isinstance(answer, str):
        text = " ".join(unicodedata.normalize("NFKC", answer).strip().split())
        number_part, _, unit_part = text.partition(" ")
        if not unit_part:
            split = next((i for i, ch in enumerate(text) if ch.isalpha()), len(text))
            number_part, unit_part = text[:split], text[split:]
        value = parse_number(number_part)
        unit_text = UNIT_ALIASES.get(unit_part.strip().lower(), unit_part.strip())
        if not unit_text:
            raise AnswerError(f"Expected a unit after the number, e.g. '{value:g} {like}'.")
        try:
            unit = registry.Unit(unit_text)
        except Exception:  # pint raises several kinds of error for unknown or malformed units
            raise AnswerError(f"'{unit_text[:30]}' is not a unit this course knows; try km, m, mi or nmi.") from None
        if unit.dimensionality == reference.dimensionality and str(unit) not in COURSE_UNITS:
            raise AnswerError(f"'{unit_text[:30]}' is not a unit this course uses; try km, m, mi or nmi.")
        quantity = registry.Quantity(value, unit)
    elif isinstance(answer, numbers.Real) and not isinstance(answer, bool):
        raise AnswerError(f"Expected a number with its unit, e.g. '{parse_number(answer):g} {like}'.")
    else:
        raise AnswerError(f"Expected a quantity with its unit, e.g. '5.5 {like}', not a {type(answer).__name__}.")
    if quantity.dimensionality != reference.dimensionality:
        raise AnswerError(f"Expected a quantity measured like {like}, but '{quantity.units}' measures something else.")
    if not math.isfinite(float(quantity.magnitude)):
        raise AnswerError("Expected an ordinary finite number.")
    return quantity
