"""The ledger curator's state: a drafted claims ledger gone through row by row, each row accepted, rejected or fixed.

Plain methods that tests drive without a browser (``select``, ``accept``, ``edit``, ``export_csv``...); the view
on top (``medialit.widgets.ledger_curator``) only draws them. Edits live in a store kept for the whole kernel
session and keyed by the article text's SHA-256, so re-running the cell that creates the curator brings back
the same edits. Each change is also autosaved to ``my_work/`` (``medialit.storage``: atomic, with a ``.bak``),
and ``load_csv`` restores a saved ledger after a restart.
"""
from __future__ import annotations

import hashlib
import math
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from .. import storage
from ..articles import Article, choose_article
from ..answers import same_choice
from ..extract.words import _CURRENCIES, _MEASURES
from ..ledger_checks import REJECTED_IDS, Note, pint_unit
from ..stats import RATING_ALIASES

__all__ = ["LedgerState", "STATUSES", "VERIFIABILITY", "LEDGER_COLUMNS", "CLAIM_TYPES", "unit_problem"]

STATUSES = ("pending", "accepted", "rejected")
STATUS_WORDS = {"pending": "\u2026 pending", "accepted": "\u2714 accepted", "rejected": "\u2718 rejected"}
DECISIONS = (("\u2026 pending (not decided)", "pending"), ("\u2714 accepted", "accepted"), ("\u2718 rejected", "rejected"))
MODES = (("Direct quote", "direct_quote"), ("Paraphrase", "paraphrase"), ("Narration (the outlet's own voice)", "narration"))
SOURCE_TYPES = (("Named person", "named_person"), ("Named institution", "named_institution"), ("Unnamed source", "unnamed"), ("None (narration)", "none"))
CLAIM_TYPES = ("count", "money", "percent", "distance", "speed", "duration", "mass", "volume", "area", "temperature", "date", "time", "place",
               "qualitative")
VERIFIABILITY = ("checkable", "partly_checkable", "uncheckable")
VERIFIABILITY_CHOICES = (("Not rated yet", ""), ("Checkable", "checkable"), ("Partly checkable", "partly_checkable"), ("Uncheckable", "uncheckable"))

#: What an exported or autosaved ledger holds, in this order (the course ledger's columns where they overlap).
#: The autosave writes a sentence once, on the first row it holds; its other rows leave ``sentence`` empty (``stored_table``);
#: an export writes it on every row (``export_csv``).
LEDGER_COLUMNS = [
    "claim_id", "status", "char_start", "char_end", "text", "value", "unit", "claim_type", "speaker", "mode",
    "source_type", "attribution_verb", "verifiability", "sentence_start", "sentence_end", "sentence",
]
EDITABLE = ("claim_type", "unit", "speaker", "mode", "source_type", "verifiability")
_TEXT_COLUMNS = ("claim_id", "text", "unit", "claim_type", "speaker", "mode", "source_type", "attribution_verb", "sentence")
_INTEGER_COLUMNS = ("char_start", "char_end", "sentence_start", "sentence_end")

# Measured claim types need a unit pint knows, of the right dimension; counts, money, dates... take any noun.
_MEASURED = {"distance": "[length]", "speed": "[length] / [time]", "duration": "[time]", "mass": "[mass]", "volume": "[length] ** 3",
             "area": "[length] ** 2"}
_MEASURED_EXAMPLES = {"distance": "km, m, mile or nautical_mile", "speed": "km_per_hour, knot or mile_per_hour", "duration": "hour, day or week",
                      "mass": "tonne, kg or ton", "volume": "litre, ml, gallon, cubic_metre or cubic_foot",
                      "area": "acre, hectare, square_metre, square_kilometre or square_mile"}
_FIXED_UNITS = {"date": "date", "time": "clock_time"}
# Claim types whose unit is one of a few words (a percent's), a currency, or nothing at all (a place, a claim in words).
_PERCENT_UNITS = ("percent", "percentage_point", "fraction")
#: A temperature's unit is its scale, as the extractor writes it (pint's offset units are not multiples of anything).
_TEMPERATURE_UNITS = ("degree_celsius", "degree_fahrenheit", "kelvin")
#: pint's name of each scale -> the ledger's.
_TEMPERATURE_SCALES = {"degree_Celsius": "degree_celsius", "degree_Fahrenheit": "degree_fahrenheit", "kelvin": "kelvin"}
_NO_UNIT = ("place", "qualitative")
# What a count's unit must not measure, in words: a count of days or hours is a count, a count "in km" is a distance.
_DIMENSION_WORDS = {"distance": "length", "speed": "speed", "mass": "mass", "volume": "volume", "area": "area",
                    "temperature": "temperature"}
#: The words after a row's number ("0.8 cubic metres per second": "cubic metres per second"), a scale word skipped.
_AFTER_NUMBER = re.compile(r"[^\d]{0,30}?\d[\d.,]*+(?:[ \t]++(?:thousand|million|billion|trillion))?+[ \t]++([^\d]{1,80})$")
#: What divides a rate's two units, in a row's text: "per", "a", "an" or a slash.
_RATE_WORDS = re.compile(r"[ \t]++(?:per|an?)[ \t]++|[ \t]*+/[ \t]*+")
#: "cubic" or "square" just before a length's unit ("500 cubic feet"): the figure is a volume or an area, not a length.
_POWER_WORD = re.compile(r"(?<![^\W_])(cubic|square)\s+(?=[^\W\d_])")
_POWER_KIND = {"cubic": "volume", "square": "area"}
# Each fixed choice as (label shown, value stored): a learner may type either.
_CHOICES = {"claim_type": tuple((t, t) for t in CLAIM_TYPES), "mode": MODES, "source_type": SOURCE_TYPES,
            "verifiability": VERIFIABILITY_CHOICES}
_MAX_CHOICE_CHARS = 100
_UNIT_PATTERN = re.compile(r"[A-Za-z%$][A-Za-z0-9_ /%$.-]{0,39}")
_MAX_SPEAKER = 120
#: Most characters of sentences an export writes with every row; beyond it each sentence is written once (as autosave does).
MAX_EXPORT_SENTENCE_CHARS = 5_000_000


# --- the store kept for the kernel session ---------------------------------------------------------------------

@dataclass
class _Session:
    """Everything one article's curation holds; shared by every curator made for the same text."""

    text: str
    name: str
    draft: tuple[dict, ...]
    rows: list[dict] = field(default_factory=list)
    position: int = 0
    autosaved: bool = False
    #: A saved ledger of this article was found when the kernel's first curator started, and neither loaded nor set aside.
    saved_not_loaded: bool = False

    def __post_init__(self):
        self.rows = [dict(row) for row in self.draft]


_SESSIONS: dict[str, _Session] = {}

#: Most earlier versions of an article named when the curator opens a changed text (the newest ones).
MAX_EARLIER_VERSIONS = 3


def _text_key(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _with_csv_suffix(path: object) -> tuple[object, bool]:
    """A file name typed without an extension ("my ledger") with ".csv" added, and whether it was added."""
    if isinstance(path, str) and path.strip() and not Path(path.strip()).suffix:
        return f"{path.strip()}.csv", True
    return path, False


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", name.lower()).strip("_")[:40] or "article"


def _clean(value: object) -> object:
    """Any missing value (None, NaN, pd.NA) as None, so one test finds it; ``_rows_from_draft`` then gives text columns ""."""
    if value is None or (isinstance(value, float) and math.isnan(value)) or value is pd.NA:
        return None
    return value


def _rows_from_draft(draft: pd.DataFrame) -> list[dict]:
    rows = []
    for number, record in enumerate(draft.to_dict("records"), start=1):
        row = {column: _clean(record.get(column)) for column in LEDGER_COLUMNS}
        for column in _TEXT_COLUMNS:
            row[column] = "" if row[column] is None else str(row[column])
        for column in _INTEGER_COLUMNS:
            row[column] = None if row[column] is None else int(row[column])
        row["value"] = None if row["value"] is None else float(row["value"])
        row["claim_id"] = row["claim_id"] or f"C{number:03d}"
        row["status"] = "pending"
        row["verifiability"] = str(record.get("verifiability") or "") if record.get("verifiability") in VERIFIABILITY else ""
        rows.append(row)
    return rows


# --- checking an edit ----------------------------------------------------------------------------------------

def _a(word: str) -> str:
    """'a distance', 'an area': a claim type with its article."""
    return f"{'an' if word[:1] in 'aeiou' else 'a'} {word}"


def unit_problem(unit: str, claim_type: str) -> str | None:
    """One plain sentence if ``unit`` cannot be the unit of a claim of this type, else None."""
    measured = _MEASURED.get(claim_type)
    fixed = _FIXED_UNITS.get(claim_type)
    if fixed and unit != fixed:
        return f"a {claim_type} row keeps the unit {fixed}; if this is not a {claim_type}, reject the row."
    if claim_type in _NO_UNIT:
        return f"a {claim_type} row has no unit; leave the unit empty." if unit else None
    if claim_type == "temperature":
        return None if _normalise_unit(unit) in _TEMPERATURE_UNITS else \
            f"a temperature row takes the unit {', '.join(_TEMPERATURE_UNITS[:-1])} or {_TEMPERATURE_UNITS[-1]}."
    if not unit:
        return f"{_a(claim_type)} needs a unit, such as {_MEASURED_EXAMPLES[claim_type]}." if measured else None
    if not _UNIT_PATTERN.fullmatch(unit):
        return "write the unit as a word or an abbreviation, such as km, hour or sortie."
    if claim_type == "money":
        return None if _is_currency(unit) else f"'{unit}' is not a currency; a money row takes one such as usd, eur or rub."
    if claim_type == "percent":
        return None if _normalise_unit(unit) in _PERCENT_UNITS else f"a percent row takes the unit {', '.join(_PERCENT_UNITS[:-1])} or {_PERCENT_UNITS[-1]}."
    if not measured:
        return None
    known = pint_unit(unit)
    if known is None:
        return f"'{unit}' is not a unit pint knows; {_a(claim_type)} needs one such as {_MEASURED_EXAMPLES[claim_type]}."
    if str(known.dimensionality) != measured:
        rate_of = _rate_of(known)
        if rate_of:
            return (f"'{unit}' is a rate, {_a(rate_of)} per unit of time, and no claim type takes one: set the claim type "
                    f"to count and the unit to {_ledger_rate_name(unit)}, as a ledger records a rate (vehicle_per_day).")
        return f"'{unit}' does not measure {_a(claim_type)}; try {_MEASURED_EXAMPLES[claim_type]}."
    return None


def _rate_of(known) -> str | None:
    """The measured claim type a unit is a rate of, per unit of time, where no claim type takes that rate ("cubic metres
    per second": a volume's, a flow), else None: a distance per time is a speed, which has its type (learner AC, AC-L5)."""
    dimension = str(known.dimensionality)
    if any(dimension == measured for measured in _MEASURED.values()):
        return None
    return next((claim_type for claim_type, measured in _MEASURED.items() if dimension == f"{measured} / [time]"), None)


#: A unit of time written as a symbol ("s", "min", "h", "hr", "d"), named in full in a rate's ledger name.
_TIME_SYMBOLS = re.compile(r"s|sec|min|h|hr|d")


def _ledger_rate_name(unit: str) -> str:
    """A rate's unit as a ledger writes it, singular snake case with _per_ ("cubic metres per second" ->
    cubic_metre_per_second), from the course's own names where it has them; else the unit in snake case."""
    from ..units import UNIT_ALIASES

    parts = re.split(r" ?/ ?| per |_per_", " ".join(unit.lower().split()))
    names = []
    for part in parts:
        name = UNIT_ALIASES.get(part, UNIT_ALIASES.get(part.replace("_", " "), part))
        known = next((ledger for words, (ledger, _, _) in _MEASURES.items() if words == part.replace("_", " ")), None)
        if known is None and name == part and _TIME_SYMBOLS.fullmatch(part):  # "m3/s": cubic_metre_per_second (RT-L2)
            known = str(pint_unit(part))
        names.append(known or ("_".join(name.split()) if " " not in name.strip() else "_".join(part.split())))
    return "_per_".join(names)


def _written_unit(row: dict) -> tuple[str, str, object] | None:
    """The unit the row's text writes after its number, as written, as the ledger names it and as pint reads it:
    ("cubic metres per second", "cubic_metre_per_second", cubic_metre / second) for "0.8 cubic metres per second", the
    rate whole (red team 4, RT-M3); else the longest measure the extractor knows in the text ("4.2 million cubic metres")."""
    original = " ".join(str(row.get("text") or "").split())[:200]
    text = original.casefold()
    if not text:
        return None
    after = _AFTER_NUMBER.match(text)
    phrase = after.group(1).strip() if after else ""
    own = pint_unit(_RATE_WORDS.sub("/", phrase)) if phrase and _RATE_WORDS.search(phrase) else None
    if own is not None and _rate_of(own):
        return _as_written(phrase, original), _ledger_rate_name(_RATE_WORDS.sub("/", phrase)), own
    written = next((words for words, (_, _, name) in sorted(_MEASURES.items(), key=lambda item: -len(item[0]))
                    if re.search(rf"(?<![^\W\d_]){re.escape(words)}(?![^\W\d_])", text)), None)
    if written is None:
        return None
    ledger_name = _MEASURES[written][0]
    own = pint_unit(ledger_name)
    return (_as_written(written, original), ledger_name, own) if own is not None else None


def _as_written(words: str, original: str) -> str:
    """``words`` (found in the casefolded text) with the capitals the row's text gives them: "°C", not "°c" (learner AK)."""
    found = re.search(re.escape(words), original, re.IGNORECASE)
    return found.group(0) if found else words


def _is_flow(row: dict) -> bool:
    """Whether the row's text writes a rate of a volume or a mass per unit of time ("0.8 cubic metres per second")."""
    written = _written_unit(row)
    return written is not None and bool(_rate_of(written[2]))


def _same_unit(one, other) -> bool:
    """Whether two pint units are one unit (cubic_metre / second and m3/s), by the factor between them."""
    try:
        return one == other or math.isclose(float((1 * one).to(other).magnitude), 1.0, rel_tol=1e-9)
    except Exception:  # different dimensions, or an offset scale pint will not multiply
        return False


def _unit_not_written(row: dict, unit: str) -> str | None:
    """Why a measured row's new unit may not fit: its value is the text's number, never converted, so "4.2 million cubic
    metres" given the unit litre says a thousand times too little (learner Y), and "0.8 cubic metres per second" given
    litre_per_second a thousand times too little (red team 4, RT-M3). Said after the edit, which stays: the draft may have
    misread the text. A flow given a speed's unit is told it is no speed."""
    new = pint_unit(unit) if unit else None
    written = _written_unit(row) if new is not None else None
    if written is None:
        return None
    words, ledger_name, own = written
    if _same_unit(own, new):
        return None
    if own.dimensionality != new.dimensionality:
        flow = _rate_of(own)
        if flow:
            return (f"the row's text writes {words!r}, {_a(flow)} per unit of time, which '{unit}' does not measure; and its "
                    f"value is that text's number, not converted, so the unit the text writes ({ledger_name}) is the one that "
                    "fits it, unless the draft misread the text.")
        kind = _kind_of(own)
        if not kind:
            return None
        # "10.6 million gallons" given degree_celsius: another kind of quantity, warned as a volume's unit is (fact-check 21, L10)
        return (f"the row's text writes {words!r}, {_a(kind)}, which '{unit}' does not measure: the unit the text writes "
                f"({ledger_name}) and the claim type {kind} are the ones that fit it, unless the draft misread the text.")
    return (f"the row's text writes {words!r}, and its value is that text's number, not converted, so the unit the text "
            f"writes ({ledger_name}) is the one that fits it, unless the draft misread the text.")


def _kind_of(known) -> str | None:
    """The claim type a pint unit measures ("volume", "temperature"), or None for other kinds."""
    dimension = str(known.dimensionality)
    if dimension == "[temperature]":
        return "temperature"
    return next((claim_type for claim_type, measured in _MEASURED.items() if dimension == measured), None)


def _is_currency(unit: str) -> bool:
    """Whether a money row's unit names a currency: a word or symbol the extractor reads as one ("usd", "euros", "£"), a
    rouble, or any other three-letter code (ISO 4217: "rub", "try") that is not a unit of measure ("mph")."""
    word = unit.strip().casefold()
    return (word in _CURRENCIES or word in _CURRENCIES.values() or word.rstrip("s") in ("rouble", "ruble")
            or (len(word) == 3 and word.isalpha() and pint_unit(word) is None))


def _measured_type(unit: str) -> str | None:
    """The measured claim type a unit belongs to ("km" -> distance), for the types a count is never written in; else None."""
    known = pint_unit(unit) if unit and _UNIT_PATTERN.fullmatch(unit) else None
    if known is None:
        return None
    if str(known.dimensionality) == "[temperature]":  # a count "in kelvin" (learner AE, AE-L6)
        return "temperature"
    return next((claim_type for claim_type in _DIMENSION_WORDS if str(known.dimensionality) == _MEASURED.get(claim_type)), None)


def _power_word(row: dict) -> str | None:
    """'cubic' or 'square' where the row's text (or its sentence, just after it) writes it before the unit: "500 cubic
    feet" drafted as a count of feet, which a length's claim type would misrecord (learner AA's AA-M5)."""
    text = str(row.get("text") or "")[:200]
    found = _POWER_WORD.search(text.casefold())
    if found is None and text:
        sentence = str(row.get("sentence") or "")
        at = sentence.find(text) if len(sentence) <= MAX_EXPORT_SENTENCE_CHARS else -1
        found = _POWER_WORD.match(sentence[at + len(text):at + len(text) + 20].casefold().lstrip()) if at >= 0 else None
    return found[1] if found else None


def _power_advice(row: dict, power: str) -> str:
    """Which claim type and unit fit a count of a length whose text says 'cubic' or 'square' before it."""
    from ..units import UNIT_ALIASES

    kind = _POWER_KIND[power]
    length = pint_unit(row["unit"])
    named = f"{power}_{length}" if length is not None else ""
    unit = UNIT_ALIASES.get(named, named) if named and pint_unit(named) is not None else ""
    what = "a volume" if kind == "volume" else "an area"
    change = (f"set the claim type to {kind} and the unit to {unit}" if unit else
              f"set the claim type to {kind}, with a unit such as {_MEASURED_EXAMPLES[kind]}")
    return f" The text writes '{power}' before the unit: {what}, neither a length nor a count: {change}."


def _unit_for_new_type(row: dict, claim_type: str) -> str:
    """Dates and clock times have fixed units; leaving them, or becoming a place or a claim in words, clears the unit;
    otherwise the unit stays."""
    if claim_type in _FIXED_UNITS:
        return _FIXED_UNITS[claim_type]
    return "" if row["claim_type"] in _FIXED_UNITS or claim_type in _NO_UNIT else row["unit"]


def _as_typed(name: str, value: object) -> str:
    """An edited value as the ledger spells it: spaces collapsed; a unit without a final full stop ("metres." -> "metres");
    a fixed choice (claim type, mode, source type, verifiability) in the ledger's spelling whatever its case, spaces,
    hyphens or final full stop ("Partly checkable." -> "partly_checkable", "Count" -> "count"), as ml.check reads them."""
    text = " ".join(str(value).split()) if value is not None else ""
    if name == "unit":
        return text[:-1].rstrip() if len(text) > 1 and text.endswith(".") else text
    if len(text) > _MAX_CHOICE_CHARS:  # no option is this long: refused as typed, without reading a megabyte per option
        return text
    chosen = next((value for label, value in _CHOICES.get(name, ()) if same_choice(text, value) or same_choice(text, label)), None)
    if chosen is None and name == "verifiability":  # "unverifiable", "can be checked": the words 05.3 reads as a rating (learner AM, L7)
        chosen = next((rating for typed, rating in RATING_ALIASES if same_choice(text, typed)), None)
    return text if chosen is None else chosen


#: A temperature's scale written as its letter alone: pint reads "F" as the farad and "C" as the coulomb (learner AG, AG-L9).
_SCALE_LETTERS = {"f": "degree_fahrenheit", "c": "degree_celsius", "k": "kelvin"}
#: Names of the pound sterling beyond the extractor's (which has "pounds" and "£"): on a money row they are gbp.
_STERLING = {"pound": "gbp", "pounds": "gbp", "pound sterling": "gbp", "pounds sterling": "gbp", "sterling": "gbp"}
#: The pound as a weight, on a mass row, in the registry's name (pint's "pound"; "lbs" is no name pint has; "lb" is a symbol, kept).
_POUND_MASS = {"pound": "pound", "pounds": "pound", "lbs": "pound"}


def _unit_as_meant(unit: str, claim_type: str) -> str:
    """A unit typed as a symbol or in other words, as the ledger names it, for the row's claim type (learner AG, AG-L9):
    "m³", "m3" and "cubic meters" are cubic_metre and "m²" square_metre (the course's registry, ``medialit.units``);
    on a money row "£", "pounds" and "pound sterling" are gbp, "$" and "dollars" usd, "€" eur, "USD" usd (the
    extractor's currency codes); on a mass row "pounds" is pound; on a temperature row "F", "C" and "K" are its scales.
    Anything else is passed on as typed, for ``unit_problem`` and ``_normalise_unit``. Bounded: dictionary look-ups."""
    from ..units import UNIT_ALIASES

    if len(unit) > 40:  # no unit is this long: refused as typed by unit_problem
        return unit
    word = " ".join(unicodedata.normalize("NFKC", unit).split())  # "m³" is "m3", "km²" is "km2"
    folded = word.casefold()
    if claim_type == "money":
        code = _STERLING.get(folded) or _CURRENCIES.get(folded)
        if code:
            return code
        return folded if len(folded) == 3 and folded.isalpha() and _is_currency(folded) else unit
    if claim_type == "temperature" and folded in _SCALE_LETTERS:
        return _SCALE_LETTERS[folded]
    if claim_type == "mass" and folded in _POUND_MASS:
        return _POUND_MASS[folded]
    named = UNIT_ALIASES.get(folded) or UNIT_ALIASES.get(folded.replace("_", " "))
    if named and named.startswith(("cubic_", "square_")):  # volumes and areas pint would write only as a power
        return named
    return word if word != unit and _UNIT_PATTERN.fullmatch(word) and not _UNIT_PATTERN.fullmatch(unit) else unit


def _normalise_unit(unit: str) -> str:
    """Units pint knows are kept as typed; a counted noun becomes the ledger's snake case ("crew member" -> crew_member)."""
    known = pint_unit(unit)
    if known is not None and _rate_of(known):  # "cubic metres per second", "cubic_metre/second": cubic_metre_per_second
        return _ledger_rate_name(unit)
    scale = _TEMPERATURE_SCALES.get(str(known)) if known is not None else None
    if scale:  # "°C", "degC", "celsius": the scale as the extractor writes it (learner AE, AE-L6)
        return scale
    if known is not None and " " not in unit:
        return unit
    return "_".join(unit.lower().split())


# --- the widget --------------------------------------------------------------------------------------------


class LedgerState:
    """Accept, reject and edit the rows of a drafted claims ledger; every decision is kept, saved and exportable."""

    def __init__(self, article: Article | str | None = None, name: str | None = None, draft: pd.DataFrame | None = None,
                 autosave: bool = True):
        article = choose_article() if article is None else article
        text = article.text if isinstance(article, Article) else article
        if not isinstance(text, str) or not text.strip():
            raise ValueError("The curator needs the article's text: choose a sample or paste an article first.")
        label = name or (article.name if isinstance(article, Article) else "my_article")
        self.key = _text_key(text)
        if self.key not in _SESSIONS:
            if draft is None:
                from ..extract import extract_claims

                draft = extract_claims(text)
            _SESSIONS[self.key] = _Session(text, label, tuple(_rows_from_draft(draft)))
        self._session = _SESSIONS[self.key]
        self.autosave = autosave
        self.message = ""
        self._syncing = False
        if autosave and self.autosave_path.is_file() and self._saved_differs():
            saved = storage.display_path(self.autosave_path)
            self._session.saved_not_loaded = not self._session.autosaved
            self.message = (f"A saved ledger for this article is in {saved}. To carry on from it, run curator.load_csv() "
                            f"before you change anything; curator.reset() starts again from the draft instead (keeping "
                            f"the saved one as {saved}.bak).")
        elif autosave and not self.autosave_path.is_file():
            self.message = self._earlier_versions_note()

    def _earlier_versions_note(self) -> str:
        """Where decisions on earlier versions of this article are saved ("" if none): a text changed by one sentence
        is a new article to the curator, so it starts from the draft, and saying nothing hid the earlier work."""
        pattern = f"ledger_{_slug(self._session.name)}_{'[0-9a-f]' * 8}.csv"
        try:
            found = [(path.stat().st_mtime, path.name) for path in storage.work_dir().glob(pattern)]
        except OSError:
            return ""
        names = [name for _, name in sorted(found, reverse=True)[:MAX_EARLIER_VERSIONS]]
        if not names:
            return ""
        listed = ", ".join(names) + (f" and {len(found) - len(names)} older" if len(found) > len(names) else "")
        return (f"This text is new to the curator, so it starts from the draft; decisions on an earlier version of it are saved in "
                f"{storage.display_path(storage.work_dir())}/ (newest first: {listed}). To carry them over, run "
                f"curator.load_csv(\"{names[0]}\") before you change anything: rows at the same place in the text get "
                "their decisions back.")

    # -- reading the state --

    @property
    def rows(self) -> list[dict]:
        return self._session.rows

    @property
    def position(self) -> int:
        return self._session.position

    @property
    def current(self) -> dict:
        return dict(self.rows[self.position]) if self.rows else {}

    @property
    def autosave_path(self) -> Path:
        return storage.work_dir() / f"ledger_{_slug(self._session.name)}_{self.key[:8]}.csv"

    def counts(self) -> dict[str, int]:
        tally = {status: 0 for status in STATUSES}
        for row in self.rows:
            tally[row["status"]] += 1
        return tally

    def summary(self) -> Note:
        """How many rows are accepted, rejected and still pending, in one sentence."""
        tally = self.counts()
        total = len(self.rows)
        return Note(f"{total} row{'s' if total != 1 else ''}: {tally['accepted']} accepted, "
                f"{tally['rejected']} rejected, {tally['pending']} pending.")

    def table(self) -> pd.DataFrame:
        """Every row with its decision, in the columns of ``LEDGER_COLUMNS`` (what export and autosave write)."""
        frame = pd.DataFrame(self.rows, columns=LEDGER_COLUMNS)
        for column in _INTEGER_COLUMNS:
            frame[column] = frame[column].astype("Int64")
        frame["value"] = frame["value"].astype("float64")
        return frame

    def stored_table(self) -> pd.DataFrame:
        """``table()`` as saved: each sentence's text on its first row only, so a long sentence with many numbers
        is not written once per number (a 60 KB sentence had made a 300 MB autosave). Offsets keep every row's place."""
        frame = self.table()
        repeated = frame.duplicated(["sentence_start", "sentence_end"]) & frame["sentence_start"].notna()
        frame.loc[repeated, "sentence"] = ""
        return frame

    def ledger(self, include_pending: bool = True) -> pd.DataFrame:
        """The curated ledger: accepted rows, and pending ones unless ``include_pending`` is False; never rejected rows.

        The ids of the rows left out are kept in ``attrs["rejected_ids"]``, so a check asked about one of them
        (``itemise``) can say it was rejected rather than that it does not exist.
        """
        keep = {"accepted", "pending"} if include_pending else {"accepted"}
        frame = self.table()
        kept = frame[frame["status"].isin(keep)].reset_index(drop=True)
        kept.attrs[REJECTED_IDS] = tuple(frame.loc[~frame["status"].isin(keep), "claim_id"])
        return kept

    # -- changing the state --

    def _index(self, row) -> int:
        """The list position of a row named by its id ("C004", "c004") or by its number as the curator shows it (1-based)."""
        if not self.rows:
            raise ValueError("This ledger has no rows to decide on.")
        if row is None:
            return self.position
        if isinstance(row, str):
            for index, record in enumerate(self.rows):
                if record["claim_id"] == row.strip().upper():
                    return index
            raise ValueError(f"There is no row {row[:20]!r}; rows are named C001, C002, ...")
        if isinstance(row, int) and not isinstance(row, bool) and 1 <= row <= len(self.rows):
            return row - 1
        raise ValueError(f"Choose a row by its id (e.g. 'C003') or by its number as the curator shows it, 1 to {len(self.rows)}.")

    def select(self, row) -> None:
        """Show one row in the editor: by id such as "C003", or by its number as the curator shows it ("Row 3 of 25")."""
        try:
            self._go_to(self._index(row))
        except ValueError as err:
            self._say(str(err))

    def _go_to(self, index: int) -> None:
        """Show the row at list position ``index`` (counted from 0, as the view's list and Previous/Next count)."""
        self._session.position = index
        self.message = ""
        self._refresh(rows_changed=False)

    def next(self) -> None:
        if self.rows:
            self._go_to(min(self.position + 1, len(self.rows) - 1))

    def previous(self) -> None:
        if self.rows:
            self._go_to(max(self.position - 1, 0))

    def set_status(self, row, status: str) -> Note:
        """Accept, reject or set back to pending one row; returns what happened as one sentence."""
        try:
            index = self._index(row)
        except ValueError as err:
            return self._say(str(err))
        if self._saved_would_be_lost():
            return self._say(self._saved_not_loaded_note())
        word = {"accept": "accepted", "reject": "rejected"}.get(str(status).strip().lower(), str(status).strip().lower())
        if word not in STATUSES:
            return self._say(f"A row can be accepted, rejected or pending, not {str(status)[:20]!r}.")
        record = self.rows[index]
        if record["status"] != word:
            record["status"] = word
            self._changed()
        return self._say(f"Row {record['claim_id']} is {word}. {self.summary()}", problem=False)

    def accept(self, *rows) -> Note:
        """Accept the row shown, or the rows named: accept("C004"), accept("C006", "C007") or accept(["C006", "C007"])."""
        return self._set_statuses(rows, "accepted")

    def reject(self, *rows) -> Note:
        """Reject the row shown, or the rows named, as ``accept`` takes them."""
        return self._set_statuses(rows, "rejected")

    def _set_statuses(self, rows: tuple, status: str) -> Note:
        """Each row named judged as ``set_status`` judges one; for several, one sentence on them all, then the summary."""
        listed = len(rows) == 1 and isinstance(rows[0], (list, tuple, set))
        if listed:
            rows = tuple(rows[0])
        if len(rows) == 1 or not (rows or listed):
            return self.set_status(rows[0] if rows else None, status)
        if not rows:
            return self._say('That list names no row: name the rows to decide on, as in accept("C004", "C005"), or none '
                             "for the row shown.")
        if len(rows) > len(self.rows):
            return self._say(f"That names {len(rows):,} rows, but this ledger has {len(self.rows)}: name each row once.")
        if self._saved_would_be_lost():
            return self._say(self._saved_not_loaded_note())
        named, unknown = [], []
        for row in rows:
            try:
                record = self.rows[self._index(row)]
            except ValueError:
                unknown.append(repr(row) if isinstance(row, str) else str(row))
                continue
            if record["claim_id"] not in named:
                named.append(record["claim_id"])
        changed = [record for record in self.rows if record["claim_id"] in named and record["status"] != status]
        for record in changed:
            record["status"] = status
        if changed:
            self._changed()
        parts = [f"Rows {', '.join(named)} are {status}." if len(named) > 1 else
                 f"Row {named[0]} is {status}." if named else f"No row is {status}."]
        if unknown:  # the problem first, after "Problem:", then what was done
            parts.insert(0, f"There {'is no row' if len(unknown) == 1 else 'are no rows'} {', '.join(item[:22] for item in unknown)}; rows are named C001, C002, ..., or "
                            f"numbered 1 to {len(self.rows)} as the curator shows them.")
        return self._say(" ".join(parts + [str(self.summary())]), problem=bool(unknown))

    def edit(self, row=None, **changes) -> Note:
        """Change speaker, mode, source_type, unit or verifiability of a row; a change that does not fit is refused, with the reason."""
        try:
            index = self._index(row)
        except ValueError as err:
            return self._say(str(err))
        unknown = [name for name in changes if name not in EDITABLE]
        if unknown:
            return self._say(f"Only {', '.join(EDITABLE)} can be edited here, not {unknown[0]}.")
        if self._saved_would_be_lost():
            return self._say(self._saved_not_loaded_note())
        record = self.rows[index]
        proposed = dict(record)
        for name, value in changes.items():
            proposed[name] = _as_typed(name, value)
        if "claim_type" in changes and "unit" not in changes:
            proposed["unit"] = _unit_for_new_type(record, proposed["claim_type"])
        if "unit" in changes:  # "m³", "£", "pounds", "F" on a temperature row: the ledger's name for the row's type (AG-L9)
            proposed["unit"] = _unit_as_meant(proposed["unit"], proposed["claim_type"])
        problem = self._problem(proposed, changes)
        if problem:
            return self._say(f"Row {record['claim_id']} not changed: {problem}")
        if "unit" in changes:
            proposed["unit"] = _normalise_unit(proposed["unit"])
        changed = [name for name in EDITABLE if proposed[name] != record[name]]
        if changed:
            record.update({name: proposed[name] for name in changed})
            self._changed()
        done = ", ".join(f"{name.replace('_', ' ')} is now {record[name] or '(empty)'!r}" for name in dict.fromkeys([*changes, *changed]))
        unconverted = _unit_not_written(record, record["unit"]) if "unit" in changes else None
        note = f" Check it: {unconverted}" if unconverted else ""
        if "speaker" in changed and "source_type" not in changes and record["speaker"] and record["source_type"] not in ("", "none"):
            # learner AE (AE-L7): a new speaker kept the old one's source type, unsaid
            note += (f" Its source type is still {record['source_type']}: change it if the new speaker is another kind "
                     "(named_person, named_institution or unnamed).")
        return self._say(f"Row {record['claim_id']}: {done}.{note}{self._advice(record)}", problem=False)

    @staticmethod
    def _problem(row: dict, changes: dict) -> str | None:
        if "claim_type" in changes and row["claim_type"] not in CLAIM_TYPES:
            return f"the claim type must be one of {', '.join(CLAIM_TYPES)}."
        if "mode" in changes and row["mode"] not in dict((v, l) for l, v in MODES):
            return f"the mode must be one of {', '.join(v for _, v in MODES)}."
        if "source_type" in changes and row["source_type"] not in dict((v, l) for l, v in SOURCE_TYPES):
            return f"the source type must be one of {', '.join(v for _, v in SOURCE_TYPES)}."
        if "verifiability" in changes and row["verifiability"] not in ("", *VERIFIABILITY):
            return f"verifiability must be one of {', '.join(VERIFIABILITY)} (or empty for not rated yet)."
        if "speaker" in changes and len(row["speaker"]) > _MAX_SPEAKER:
            return f"a speaker's name of more than {_MAX_SPEAKER} characters is surely a slip; shorten it."
        if not row["speaker"] and row["mode"] in ("direct_quote", "paraphrase") and {"speaker", "mode"} & set(changes):
            kind = "a direct quote" if row["mode"] == "direct_quote" else "a paraphrase"
            return (f"{kind} needs a speaker. Type who the article says is speaking, "
                    "or set the mode to narration if these are the outlet's own words.")
        if "unit" in changes:
            return unit_problem(row["unit"], row["claim_type"])
        return None

    @staticmethod
    def _advice(row: dict) -> str:
        """A gentle note where the row is allowed but not yet consistent (the learner may be half-way through)."""
        if unit_problem(row["unit"], row["claim_type"]):
            return f" Now give the unit: {unit_problem(row['unit'], row['claim_type'])}"
        measured = _measured_type(row["unit"])
        power = _power_word(row) if row["claim_type"] == "count" and measured == "distance" else None
        if power:
            return _power_advice(row, power)
        if row["claim_type"] == "count" and measured and not _is_flow(row):  # a flow is never a speed (RT-M3)
            return (f" A count has no unit of {_DIMENSION_WORDS[measured]}: its unit is the thing counted (sortie, ship); "
                    f"if '{row['unit']}' is right, set the claim type to {measured}.")
        if row["speaker"] and row["mode"] == "narration":
            return " Narration is the outlet's own voice: set the mode to paraphrase or direct quote, or clear the speaker."
        if row["speaker"] and row["source_type"] == "none":
            return " Now choose the source type for this speaker."
        if not row["speaker"] and row["source_type"] not in ("none", ""):
            return " With no speaker, the source type should be none."
        return ""

    def _saved_would_be_lost(self) -> bool:
        """Whether a change now would autosave over decisions saved before this kernel started, never loaded."""
        return self.autosave and self._session.saved_not_loaded

    def _saved_not_loaded_note(self) -> str:
        saved = storage.display_path(self.autosave_path)
        return (f"Nothing changed: your saved decisions for this article are in {saved}, and a change would save over them; "
                f"run curator.load_csv() first to carry on from them, or curator.reset() to start again from the draft "
                f"(keeping them as {saved}.bak).")

    def reset(self) -> Note:
        """Forget this article's decisions and start from the extractor's draft (the autosave before it becomes the .bak)."""
        self._session.saved_not_loaded = False
        self._session.rows[:] = [dict(row) for row in self._session.draft]
        self._session.position = 0
        self._changed(keep_backup=True)
        return self._say(f"Started again from the draft. {self.summary()}", problem=False)

    # -- saving --

    def _changed(self, keep_backup: bool = False) -> None:
        """Autosave after a change. The ``.bak`` keeps the ledger from before this session (or from before a reset)."""
        if self.autosave:
            try:
                storage.save_csv(self.stored_table(), self.autosave_path, keep_backup=keep_backup or not self._session.autosaved)
                self._session.autosaved = True
            except storage.StorageError as err:
                self.message = f"Autosave did not work: {err}"
        self._refresh(rows_changed=True)

    def _saved_differs(self) -> bool:
        try:
            return self.autosave_path.read_bytes().decode("utf-8") != storage.csv_text(self.stored_table())
        except (OSError, UnicodeDecodeError):
            return True

    def export_csv(self, path: str = "my_ledger.csv") -> Note:
        """Save every row with its decision as CSV (a bare name goes to my_work/); an older file is kept as .bak.

        Unlike the autosave, each row carries its whole sentence, so a row read alone in a spreadsheet still says
        where its claim stands; only when that would write more than ``MAX_EXPORT_SENTENCE_CHARS`` of repeated
        sentences is each sentence written once, and the message says so. A name with no extension gets ".csv".
        """
        named, added = _with_csv_suffix(path)
        table, repeated = self.table(), self.stored_table()
        whole = int(table["sentence"].str.len().sum()) <= MAX_EXPORT_SENTENCE_CHARS
        try:
            saved = storage.save_csv(table if whole else repeated, named)
        except storage.StorageError as err:
            return self._say(str(err))
        notes = [saved.message]
        if added:
            notes.append("The name had no extension, so .csv was added to it.")
        if not whole:
            notes.append("Its sentences are so long that each is written once, on its first row; sentence_start and "
                         "sentence_end give every row's place in the text.")
        return self._say(" ".join(notes), problem=False)

    def load_csv(self, path: str | None = None) -> Note:
        """Bring back decisions and edits from a saved ledger (by default this article's autosave)."""
        source = self.autosave_path if path is None else path
        try:
            saved = storage.read_csv(source, required=("char_start", "char_end", "status"))
        except storage.StorageError as err:
            return self._say(str(err))
        self._session.saved_not_loaded = False  # read on purpose: what a change saves over from now on was chosen
        by_span = {(r["char_start"], r["char_end"]): r for r in self.rows}
        restored = unmatched = refused = 0
        for record in saved.to_dict("records"):
            try:
                row = by_span.get((int(record["char_start"]), int(record["char_end"])))
            except ValueError:
                row = None
            if row is None:
                unmatched += 1
                continue
            values = {name: " ".join(str(record.get(name, row[name])).split()) for name in ("status", *EDITABLE)}
            if values["status"] not in STATUSES or self._problem({**row, **values}, dict.fromkeys(EDITABLE)):
                refused += 1
                continue
            row.update(values)
            restored += 1
        if restored:
            self._changed()
        where = storage.display_path(storage.locate(source))
        parts = [f"Restored {restored} row{'s' if restored != 1 else ''} from {where}. {self.summary()}"]
        if unmatched:
            parts.append(f"{unmatched} row(s) of the file match no row of this article's draft and were left out.")
        if refused:
            parts.append(f"{refused} row(s) hold values this course does not accept and were left as they were.")
        return self._say(" ".join(parts), problem=bool(unmatched or refused))

    def _say(self, message: str, problem: bool = True) -> Note:
        self.message = ("Problem: " if problem else "") + message
        self._show_message()
        return Note(self.message)

    def _show_message(self) -> None:
        """Where a view shows ``self.message`` (``LedgerCurator``); the state alone shows nothing."""

    def _refresh(self, rows_changed: bool) -> None:
        """Where a view redraws after a change (``LedgerCurator``); the state alone has nothing to draw."""
