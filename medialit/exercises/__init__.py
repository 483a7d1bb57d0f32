"""The exercise registry: every exercise's id, prompt, answer kind, hints, and expected answer.

Expected answers are *computed from data/* when first needed (``expected`` is a function), so correcting a
data row corrects the answer key. Each lesson registers its exercises in its own module
(``lesson00.py``, ``lesson01.py``...), loaded on first use.
"""
from __future__ import annotations

import difflib
import importlib
import math
import numbers
import pkgutil
import re
import sys
import unicodedata
from dataclasses import dataclass
from typing import Any, Callable

from ..answers import (END_MARKS, MAX_READ_CHARS, AnswerError, absent_item, bare_yes_or_no, is_hedge, _is_distinct_values, _is_mask, _normalise_word, a_kind, only_item,  # noqa: F401  (re-exported)
                       _REPLY_FIRST, column_description, count_words, measures_rate_or_share, names_several_options, negated_option, ruled_out_and_named, option_named_in, options_meant, rules_out, parse_number, preview, read_option, repeated_phrase, reset_counts_note, without_quote_marks, row_number_labels_note, same_choice, spread_items,
                       tidy_text, words, rows, without_hedge, one_answer_note, list_text_as_meant, ruled_out_item, rule_out_parts, modifier_before, clock_text_as_meant, _is_row, without_only, GIVES_AND_RULES_OUT_NOTE, MODIFIER_NOTE, _bare_nots_as_clauses, change_of_mind, ADDING_MARKERS, CHANGE_OF_MIND_NOTE, CHANGE_OF_MIND_LIST_NOTE, _EXACT_BEFORE, no_time_as_not, ADDED_ITEM_WORDS,
                       _split_number, _tail_problem, _COUNTED_THINGS, _QUALIFIER_BEFORE, _letter_for_digit, yes_or_no_words, TWO_ANSWERS_NOTE)

__all__ = ["PERCENT", "Exercise", "Trap", "Misconception", "register", "get_exercise", "list_exercises", "list_misconceptions",
           "misconceptions_markdown", "replace_misconceptions", "same_choice", "preview"]

def typed_answer_line(exercise_id: str) -> str | None:
    """The answer a learner typed for this check, from IPython's input history (its first MAX_READ_CHARS characters, to
    the end of its line), to tell them what differs in it: what the check cell itself passes ("ml.check("02.9", ...)"),
    else what follows "answer_NN_N =" in that cell or the one run just before it. None outside IPython, or when neither
    holds it: an older cell may no longer be what was checked."""
    ipython = sys.modules.get("IPython")
    shell = ipython.get_ipython() if ipython is not None else None
    cells = getattr(shell, "user_ns", {}).get("In", [])
    name = f"answer_{exercise_id.replace('.', '_')}"
    passed = re.compile(rf"\bcheck\(\s*[\"']{re.escape(exercise_id)}[\"']\s*,(?!\s*{name}\b)")
    setting = re.compile(rf"\b{name}[ \t]*=(?!=)")
    check_cell, before = ([cell if isinstance(cell, str) else "" for cell in cells[-2:]][::-1] + ["", ""])[:2] \
        if isinstance(cells, list) else ("", "")
    found = passed.search(check_cell) or setting.search(check_cell) or setting.search(before)
    return found.string[found.end():found.end() + MAX_READ_CHARS].split("\n", 1)[0] if found else None


# What may follow a percentage answer: "85.4%", "85.4 percent".
PERCENT = ("%", "percent", "per cent")

_REGISTRY: dict[str, "Exercise"] = {}
_LOADED = False
_WRONG_TRIES: dict[str, int] = {}
#: Most items of a list answer read one by one as options ("the byline", "C6"); a longer list goes to its reader as typed.
MAX_LIST_ITEMS = 200
#: Most characters of text a list answer's items may hold together; a real list of options or ids is far shorter.
MAX_LIST_TEXT_CHARS = 5_000

#: A trap's id: lower-case words of letters and digits joined by single hyphens ("inverted-rate").
TRAP_ID = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


@dataclass(frozen=True)
class Trap:
    """A common mistake an exercise recognises: ``applies(answer)`` says whether this answer makes it.

    ``message`` is what the learner reads; ``prompt`` is the one-sentence discussion prompt a teacher uses
    when many learners make it. ``id`` is a short kebab-case slug, unique within its exercise and stable
    across versions: gradebooks count misconceptions by ``f"{exercise.id}/{trap.id}"``.
    """

    id: str
    applies: Callable[[Any], bool]
    message: str
    prompt: str


@dataclass(frozen=True)
class Misconception:
    """A trap as the classroom sees it: its full id (``03.4/inverted-rate``), its exercise, message and prompt."""

    id: str
    exercise_id: str
    message: str
    prompt: str


@dataclass(frozen=True)
class Exercise:
    """One exercise. ``kind`` picks how an answer is read and judged:

    number: a number within ``tolerance`` of ``expected()``;
    choice: one of ``choices`` (case and spacing ignored);
    choices: a collection of items that must equal the expected set;
    quantity: a physical quantity such as "5.556 km" in any unit of the same dimension (see units.py);
    clock: a time of day "HH:MM";
    written: free text of at least ``min_words`` words, never marked automatically;
    mapping: a dict or pandas Series of label -> number, equal to ``expected()``.
    """

    id: str
    prompt: str
    kind: str
    expected: Callable[[], Any] | None = None
    hints: tuple[str, ...] = ()
    success: str | Callable[[], str] = "Well done."  # a callable when the sentence names figures read from data/
    tolerance: float = 0.0
    choices: tuple[str, ...] = ()
    traps: tuple[Trap, ...] = ()
    min_words: int = 8
    unit: str | None = None
    units: tuple[str, ...] = ()  # words a number answer may end with: the exercise's own unit ("days", "%")
    aliases: tuple[tuple[str, str], ...] = ()  # other right spellings of an option or label: ("hit", "hitting")
    distinct: bool = False  # a number answer counts distinct values (then counts per value are counted with len, not read)
    column_step: str = ""  # what turns a column given for a number into this exercise's one (".nunique()"), said to it
    recorded_by: str | None = None  # the function that records this exercise instead of ml.check (the transfer checks)
    names_absent: bool = False  # a list of what is absent: "no byline", "date missing" name the item (01.2)
    # "sum" or "difference": the answer adds or subtracts two figures, so "7 and 2" is told to work it out; elsewhere
    # two numbers are two answers (fact-check 22 M1)
    combined_from: str = ""

    def _canonical(self, text: object) -> str:
        """A choice or label as the exercise spells it, whichever accepted form the learner used."""
        word = _normalise_word(text)
        return self._alias_map().get(word, word)

    def _alias_map(self) -> dict[str, str]:
        return {_normalise_word(alias): _normalise_word(canonical) for alias, canonical in self.aliases}

    @property
    def _counts(self) -> bool:
        """Whether a number answer counts things (then "15 claims" is 15), rather than giving a rate or a share."""
        return not measures_rate_or_share(self.units)

    @property
    def _rounds(self) -> bool:
        """Whether the exercise has its answer rounded with round(x, places): its prompt, hints or traps write round(.
        Only then is a pair such as (1, 2) told it may be round(x), 2 (learner Z, Z3)."""
        return any("round(" in text for text in (self.prompt, *self.hints, *(trap.message for trap in self.traps)))

    @property
    def _combines(self) -> bool:
        """Whether the exercise's method joins conditions with & (its prompt or hints write &): only then is a column of
        True/False told about brackets round a & b (learner AB, AB-L5)."""
        return any("&" in text for text in (self.prompt, *self.hints))

    def options(self) -> list[str]:
        """Every option an answer may name (the choices; a desk exercise lists its desk's result ids)."""
        return list(self.choices)

    def _as_read(self, answer: Any) -> Any:
        """The answer as its reader and the traps take it, so a sloppy-but-right spelling reads as the right one.

        A number becomes the float it says ("15 claims", "240 Sorties."); an option's text the option it names
        ("the caption date", "paraphrased", "No, because...", "D4"); a single item of a list answer a list of one;
        a quantity's text loses a final full stop or a plural s its unit does not take ("5.556 kms."), and a clock time its
        final full stop ("08:00."); a list typed as one text the items it names ("sorties, targets"); a one-column
        table its column; a one-row column its value, for an answer that is text. Anything else is passed on as typed, for the reader to explain.
        """
        if self.kind == "number":
            try:
                return parse_number(answer, self.units, count=self._counts, distinct=self.distinct, step=self.column_step,
                                    rounds=self._rounds, combines=self._combines, combined=self.combined_from)
            except AnswerError:
                unit = self._right_number_wrong_unit(answer)
                if unit:
                    raise RightNumberWrongUnit(unit, says_what_is_expected=True) from None
                raise
        if self.kind in ("choice", "quantity", "clock"):
            answer = without_only(only_item(answer))  # the one row a filter kept: its value; "only X" is X (AO-M2)
        if self.kind == "choice":
            said = yes_or_no_words(answer) if {_normalise_word(option) for option in self.options()} == {"yes", "no"} else answer
            meant = read_option(said, self.options(), self._alias_map(), leading=True) if said is not answer else None
            if meant:  # "nope", "yeah", "n": understood, and asked for in the question's own words, never marked (AG-L2)
                raise AnswerError(f"{preview(answer)} reads as {meant!r}: write {meant!r} itself, then your reason after a "
                                  "comma if you like.", says_what_is_expected=True)
            left = self._one_left(answer)
            if left:
                return left
            yes_or_no = {_normalise_word(option) for option in self.options()} == {"yes", "no"}
            modifier = modifier_before(without_hedge(answer), lambda text: read_option(text, self.options()) is not None,
                                       _MODIFIERS) if not self.choices or yes_or_no else None
            if modifier:  # "partly D02", "partly no": an id or reply after a modifier names none, as "partly direct quote"
                raise AnswerError(MODIFIER_NOTE.format(answer=preview(answer), modifier=repr(modifier),  # names no option
                                                       what="option" if self.choices else "id"))  # (AM-L4, AN-L1)
            return (read_option(answer, self.options(), self._alias_map(), leading=True)
                    or read_option(without_hedge(answer), self.options(), self._alias_map(), leading=True) or answer)
        if self.kind == "choices":
            return self._items_as_read(answer)
        typed = answer
        if self.kind == "clock":  # "08:00, no 07:00" rules 07:00 out, as "08:00, not 07:00" does (AQ-M1)
            answer = no_time_as_not(answer)
        if self.kind in ("quantity", "clock") and isinstance(answer, str):
            kept, ruled = rule_out_parts(answer)  # "not 11:00 or 07:00, so 08:00": the "or" joins what is ruled out
            one = one_answer_note(tidy_text(kept if ruled else answer), answer) if len(answer) <= MAX_READ_CHARS else None
            if one:  # before a unit or zone reader takes "or 2.78 km" for a unit (AC-L1)
                raise AnswerError(one, says_what_is_expected=True)
        if self.kind == "quantity" and isinstance(answer, str):
            opening = _EXACT_BEFORE.match(tidy_text(answer)) if len(answer) <= MAX_READ_CHARS else None
            if opening:  # "exactly 5.556 km" as "only 5.556 km" (AP-M3); words after a quantity stay refused (KNOWN, round 16)
                answer = tidy_text(answer)[opening.end():]
            qualifier = _QUALIFIER_BEFORE.match(tidy_text(answer)) if len(answer) <= MAX_READ_CHARS else None
            if qualifier:  # "about 5.556 km": the exact quantity, without the word (learner AL, as "Over 2,000" for a number)
                raise AnswerError(f"Write only the quantity, the number and its unit: {preview(answer)} has words in it; the "
                                  f"question asks for the exact quantity, so leave out {' '.join(qualifier[1].split())!r}.",
                                  says_what_is_expected=True)
            return _quantity_text(without_hedge(answer), self.unit or "km")
        if self.kind == "clock" and isinstance(answer, str):
            kept, ruled = rule_out_parts(answer)  # "08:00, not 11:00 or 07:00": the times ruled out go, each of them
            holds_time = ruled and any(char.isdigit() for char in kept)  # "neither 09:00 nor 07:00, so" keeps no time
            both = next((time for time in _times_in(" ".join(ruled)) if time in _times_in(kept)), None) if holds_time else None
            if both:  # "08:00, not 08:00": which is meant? never marked (AO-M1)
                raise AnswerError(GIVES_AND_RULES_OUT_NOTE.format(answer=preview(typed), item=repr(both)))
            meant = clock_text_as_meant(kept if holds_time else answer)
            return _clock_text(meant if isinstance(meant, str) else answer)
        # the class, not the answer, is asked for columns: a Series looks an unknown attribute up among its labels, all of them
        if self.kind == "mapping" and hasattr(type(answer), "columns") and len(answer.columns) == 1:
            return answer.iloc[:, 0]
        return answer

    def _one_left(self, answer: Any) -> str | None:
        """The one option a text keeps after ruling others out, read as every kind reads rule-outs (``rule_out_parts``):
        "R, not W", "R and not W", "R - not W", "R (not W)", "not W, R", "neither W nor W2, so R", "not a quote, narration"
        (a ruled-out option named by an alias or a short form) are R, a right answer with its reasoning (AJ-M1, AL-M5,
        AM-M1); a text that only rules options out ("not W", "neither W nor W2") is told so. None when the text rules out
        nothing the options name ("narration, not in quotes" is read as a note by the option reader), or keeps something
        that is not one option ("not W, R only by specialists"), for the option reader to explain."""
        if not isinstance(answer, str) or len(answer) > MAX_READ_CHARS:
            return None
        text = without_hedge(answer)
        kept, ruled = rule_out_parts(text)
        if not ruled and isinstance(text, str) and " not " in text:  # "no not yes": " not " between two options (AN-M3)
            kept, ruled = rule_out_parts(_bare_nots_as_clauses(" ".join(text.split())))
        options, aliases = self.options(), self._alias_map()
        if not ruled or not all(len(options_meant(phrase, options, aliases)) == 1 for phrase in ruled):
            return None
        if kept:
            meant = read_option(kept, options, aliases, leading=True)
            if meant is not None and any(options_meant(phrase, options, aliases) == [meant] for phrase in ruled):
                raise AnswerError(GIVES_AND_RULES_OUT_NOTE.format(answer=preview(answer), item=repr(meant)))  # AO-M1
            return meant
        named = options_meant(ruled[0], options, aliases)[0]
        if len(ruled) == 1 and negated_option(f"not {named}", options):  # "not checkable", "not verifiable": did you mean
            return None  # "uncheckable"? (said by the option reader)
        what = "option" if self.choices else "result"  # a desk's ids (03.10) are its results
        raise AnswerError(f"{preview(answer)} rules {'an' if self.choices else 'a'} {what} out: give the one {what} you mean, "
                          "not ones you rule out.")

    def _right_number_wrong_unit(self, answer: Any) -> str | None:
        """For a rate whose number is right but whose words count another thing ("48 targets a day" for sorties a day,
        "1.28 sorties" for targets per sortie), the sentence saying so, naming the exercise's own unit (AG-M5); else None.
        Only the number the learner wrote is confirmed, and only the unit the prompt asks for is named."""
        if self.kind != "number" or self._counts or not self.units or not isinstance(answer, str) or len(answer) > MAX_READ_CHARS:
            return None
        number, tail = _split_number(tidy_text(str(without_hedge(answer))))
        written = tail.casefold().split()
        own = self.units[0].casefold().split()
        if not written or not own or not all(word.isalpha() for word in written):
            return None
        thing, counted = written[0].removesuffix("s"), own[0].removesuffix("s")
        if thing == counted or thing not in _COUNTED_THINGS or not counted.isalpha():
            return None
        try:
            value = parse_number(number)
            right = math.isclose(value, float(self.expected()), rel_tol=0.0, abs_tol=self.tolerance + 1e-9)
        except (AnswerError, TypeError, ValueError):
            return None
        return (f"{preview(answer)} counts {written[0]}; the question asks for {self.units[0]!r}. The number is right: "
                f"write it with {self.units[0]!r}, not {preview(tail)}.") if right else None

    def _items_as_read(self, answer: Any) -> Any:
        known = self.options()
        if self.expected is not None:
            known += [str(item) for item in self.expected() if isinstance(item, str)]
        wanted = "a list chosen from the options" if self.choices else "a list of the ids the question asks for"
        if _is_mask(answer):
            raise AnswerError(f"Expected {wanted}, but got {column_description(answer)}: it marks which rows match, not what they "
                              "hold; pick what those rows hold in the column you need, e.g. table.loc[mask, \"<column>\"].",
                              says_what_is_expected=True)
        # the different values of a column (.unique()) where ids of rows are asked: said so, unless a trap knows them
        values = column_description(answer) if _is_distinct_values(answer) and len(answer) <= MAX_LIST_ITEMS else None
        if values:
            answer = answer.tolist()
        if isinstance(answer, numbers.Integral) and not isinstance(answer, bool):
            answer = [answer]
        if not isinstance(answer, (str, list, tuple, set, frozenset)) or (not isinstance(answer, str) and len(answer) > MAX_LIST_ITEMS):
            return answer
        typed = sum(len(item) for item in ([answer] if isinstance(answer, str) else answer) if isinstance(item, str))
        if typed > MAX_LIST_TEXT_CHARS:  # every item is read word by word: bound the whole list's text, not only each item
            raise AnswerError(f"Expected a short list of the items the question asks for, but its text runs to {typed:,} "
                              "characters: keep only those items.", says_what_is_expected=True)
        first = answer if isinstance(answer, str) else (answer[0] if isinstance(answer, (list, tuple)) and answer else None)
        single = first if isinstance(answer, str) or (isinstance(answer, (list, tuple)) and len(answer) == 1) else None
        if isinstance(single, str) and bare_yes_or_no(single) and not {"yes", "no"} & {_normalise_word(k) for k in known}:
            raise AnswerError(f"This question is not yes/no; answer with a list of "  # 05.6's "yes" (AG-L3)
                              f"{'items chosen from: ' + ', '.join(self.choices) if self.choices else 'the ids the question asks for'}.",
                              says_what_is_expected=True)
        every = _ALL_BUT.match(tidy_text(str(without_hedge(single)))) if (
            self.choices and isinstance(single, str) and len(single) <= MAX_READ_CHARS) else None
        if every:  # "everything except photo credit": which items are meant is left to the reader (AJ-L5)
            raise AnswerError(f"{preview(single)} names the items by the one{'s' if ',' in single else ''} it leaves out: list "
                              f"the items you mean instead, chosen from: {', '.join(self.choices)}.", says_what_is_expected=True)
        letter = _letter_for_digit(single) if isinstance(single, str) and len(single) <= MAX_READ_CHARS else None
        if letter and not self.choices:  # "C0O6": an id with a letter for a digit (AG-L1)
            raise AnswerError(letter, says_what_is_expected=True)
        opening = _ABSENCE_OPENING.match(tidy_text(str(without_hedge(first)))) if (
            not self.names_absent and isinstance(first, str) and len(first) <= MAX_READ_CHARS) else None
        if opening:  # "missing g, h, i" where the question asks which items fit: which are meant? (AE-M4)
            raise AnswerError(f"{preview(answer)} starts with {opening[1]!r}, but the question asks which items fit, not which "
                              f"are missing: give only the items you mean, without {opening[1]!r}.", says_what_is_expected=True)
        closing = _ABSENCE_CLOSING.search(tidy_text(str(without_hedge(first)))[-40:]) if (
            not self.names_absent and isinstance(first, str) and len(first) <= MAX_READ_CHARS) else None
        if closing:  # "g h i missing": the same question, the word after the items (learner AI, AI-L5)
            raise AnswerError(f"{preview(answer)} ends with {closing[1]!r}, but the question asks which items fit, not which "
                              f"are missing: give only the items you mean, without {closing[1]!r}.", says_what_is_expected=True)
        # "C006" is a list of one; "sorties, targets", "sorties and targets" or ["C006, C008"] the list it names
        named = absent_item if self.names_absent else (lambda text: text)  # "no byline" names byline in a list of what is absent
        names_one = lambda text: read_option(named(text), known, self._alias_map()) is not None  # noqa: E731
        typed = {}  # each item as read -> the learner's own text it came from, where notes were cut from it (RT-L3)
        meant_items = []
        for item in ([answer] if isinstance(answer, str) else answer):
            meant = list_text_as_meant(item, names_one, refuse_only_ruled=isinstance(answer, str)) if isinstance(item, str) else item
            if isinstance(item, str) and " ".join(str(meant).split()) != " ".join(item.split()):
                typed[meant] = item
            meant_items.append(meant)
        answer = spread_items(meant_items, names_one)
        typed = {part: typed[meant] for meant in typed for part in spread_items([meant], names_one) if isinstance(part, str)} \
            if typed else {}
        if self.names_absent:  # "web address but not photo credit": "not" rules out where "no byline" names (AJ-M2)
            answer = [item for item in answer if not (isinstance(item, str) and len(item) <= MAX_READ_CHARS
                                                      and _NOT_ITEM.match(tidy_text(item)) and not names_one(item))] or answer
        if not self.names_absent:  # "targets, not aircraft", "C006, no C008": an item ruled out is no item (AB-L1, AC-M2)
            kept = [item for item in answer if not (isinstance(item, str) and ruled_out_item(item, names_one))]
            ruling = next((item for item in answer if isinstance(item, str) and rules_out(item)), None)
            if not kept and not self.choices and ruling is not None:  # "no C008" as 03.6's "no f" is told (AI-L4)
                raise AnswerError(f"{preview(typed.get(ruling, ruling))} rules an item out: list only the items you mean, not "
                                  "ones you rule out.")
            answer = kept or answer
        modified = next(((item, found) for item in answer if isinstance(item, str)
                         for found in [modifier_before(item, names_one, _MODIFIERS)] if found), None)
        if modified:  # "partly C006": an item after a modifier names none, as "partly direct quote" names no option (AM-L4)
            raise AnswerError(MODIFIER_NOTE.format(answer=preview(typed.get(modified[0], modified[0])), modifier=repr(modified[1]),
                                                   what="items"))
        items = _ItemsAsRead((read_option(named(item), known, self._alias_map()) or item) if isinstance(item, str) else item
                             for item in answer)
        items.typed = typed
        if (values and not self.choices and self._trap_for(items) is None
                and not {_normalise_word(item) for item in items} & {_normalise_word(item) for item in self.expected()}):
            raise AnswerError(f"Expected {wanted}, but got {values}, none of which it asks for: pick the rows the question asks "
                              "about with a True/False test, then what they hold in the column you need, e.g. "
                              "table.loc[mask, \"<column>\"].", says_what_is_expected=True)
        return items

    @property
    def expects(self) -> str:
        """One sentence saying what kind of answer this exercise takes (shown when an answer cannot be read)."""
        return {
            "number": "This exercise takes a single number, e.g. 1234 or 12.5.",
            "choice": f"This exercise takes one of: {', '.join(self.choices)}.",
            "choices": f"This exercise takes a list of items, chosen from: {', '.join(self.choices)}." if self.choices else "This exercise takes a list of items.",
            "quantity": f"This exercise takes a quantity with its unit, e.g. '12.5 {self.unit or 'km'}'.",
            "clock": "This exercise takes a time of day written as HH:MM, e.g. '14:30'.",
            "written": f"This exercise takes a few sentences of text (at least {self.min_words} words).",
            "mapping": f"This exercise takes a dict of label -> number, such as {MAPPING_EXAMPLE}, or a column of such counts.",
        }[self.kind]

    def judge(self, answer: Any) -> tuple[bool | None, str, str | None]:
        """Return (correct, message, misconception id or None). Raises AnswerError when the answer cannot be read."""
        reader = getattr(self, f"_judge_{self.kind}")
        given, answer = answer, self._as_read(answer)
        self._refuse_oversized(answer)
        correct = reader(answer)
        success = self.success() if callable(self.success) else self.success
        if correct is None:
            return None, success, None
        if correct:
            _WRONG_TRIES.pop(self.id, None)
            return True, self._with_places_asked(given, answer, success), None
        trap = self._trap_for(answer)
        if trap is not None:
            return False, trap.message, f"{self.id}/{trap.id}"
        return False, self._hint(), None

    def _reading_of(self, text: str) -> "tuple[bool, str] | None":
        """(right or not, what it is read as) of one part of an answer, judged as an answer of its own, or None when it is not
        read as one (refused, or noted). Judging it leaves no trace: the hints' count of wrong tries is kept as it was."""
        tries = dict(_WRONG_TRIES)
        try:
            correct = self.judge(text)[0]
            if correct is None:
                return None
            try:
                read = self._as_read(text)
            except Exception:  # read by the exercise's own judge only: what it is read as is the text itself
                read = text
        except Exception:  # not an answer of its own: a reason, a hedge, words
            return None
        finally:
            _WRONG_TRIES.clear()
            _WRONG_TRIES.update(tries)
        return correct, str(sorted(map(str, read)) if isinstance(read, (list, tuple, set)) else read).casefold()

    def changed_mind_note(self, answer: Any) -> str | None:
        """The two-answers sentence for an answer that names one option, item or id and then, after a self-correction
        ("I mean", "actually", "oops", "maybe" ...), another ("no, I mean yes", "R; actually W", "W, I mean R"): never marked
        right or wrong (red team 5, H1). None when only one side is an answer ("maybe R", "R, sorry", "no, actually no one
        could check") or both sides read alike ("hitting, I mean hit"). In a list, "maybe"/"perhaps" add an item instead."""
        if self.kind not in ("choice", "choices"):
            return None
        split = change_of_mind(answer)
        if split is None or (self.kind == "choices" and split[1].casefold() in ADDING_MARKERS):
            return None
        head, marker, tail = split
        if self.kind == "choices":  # "g, h, i, actually f too": the list, then an item added to it (AQ-L1)
            tail = ADDED_ITEM_WORDS.sub("", tail).strip() or tail
        first = self._reading_of(head)
        second = self._reading_of(tail) if first else None
        if first is None or second is None or first == second:
            return None
        note = CHANGE_OF_MIND_LIST_NOTE if self.kind == "choices" else CHANGE_OF_MIND_NOTE  # a list: "the list you mean" (AP-L1)
        return note.format(answer=preview(answer), marker=repr(marker))

    def _places_asked(self) -> int | None:
        """The decimal places the prompt asks for ("Two decimal places.", "(one decimal place)"), or None."""
        found = _PLACES_ASKED.search(self.prompt)
        return None if found is None else (int(found[1]) if found[1].isdigit() else _ONES.index(found[1].casefold()))

    def _with_places_asked(self, given: Any, value: Any, success: str) -> str:
        """The success message, and, for a right number given with more decimals than the prompt asks for ("1.2777" for
        two places), the figure as asked (learner AI, AI-L1: too few decimals are refused, too many passed silently)."""
        places = self._places_asked() if self.kind == "number" else None
        if places is None or isinstance(given, bool):
            return success
        if isinstance(given, str) and len(given) <= MAX_READ_CHARS:
            typed = _split_number(tidy_text(str(without_hedge(given))))[0].strip()
        elif isinstance(given, numbers.Real):
            typed = repr(float(given)) if math.isfinite(float(given)) else ""
        else:
            return success
        decimals = typed.split(".")[1] if typed.count(".") == 1 and "e" not in typed.casefold() else ""
        if len(decimals.rstrip()) <= places or not decimals.isdigit():
            return success
        ends = success.rstrip().endswith((".", "!", "?"))
        return (f"{success}{'' if ends else '.'} (The question asks for {places} decimal place{'s' if places != 1 else ''}: "
                f"{float(value):.{places}f}.)")

    def with_comma_readings(self, answer: Any, message: str) -> str:
        """The feedback on a wrong quantity such as "5,556 km", read as 5556 km (a comma grouping thousands), with the
        decimal reading said too: first, where that reading is right, else after (learner AA, AA-M2: 04.1's "5,556 km",
        a decimal comma meant, was told only that it was right in m but written in km). Any other answer: the message."""
        from ..units import comma_readings

        if self.kind == "number" and self._counts and isinstance(answer, str) and len(answer) <= MAX_READ_CHARS:
            typed = tidy_text(str(without_hedge(answer)))  # "not sure, 1.550", "1.550 targets" too (RT-M1)
            number, tail = _split_number(typed)
            dotted = re.fullmatch(r"(\d{1,3})\.(\d{3})", number.strip())
            if dotted and (not tail or _tail_problem(answer, tail, self.units, True) is None):  # "1.550": a dot grouping thousands in a count of whole things (learner AC, AC-L3)
                whole = int(dotted[1] + dotted[2])
                if _is_expected_number(self, whole):  # only the point is wrong: no arithmetic hint before it (AG-M4)
                    return (f"{preview(answer)} has a point, and a point in a number is a decimal point: if you mean "
                            f"{number_in_words(whole)}, write {whole}, without the point.")
                ends = message.rstrip().endswith((".", "!", "?"))
                return (f"{message}{'' if ends else '.'} If you mean {number_in_words(whole)}, write {whole}: a point in a "
                        "number is a decimal point.")
            spaced = number.strip().split(" ")
            if len(spaced) > 1 and not tail and re.fullmatch(r"\d{1,3}(?: \d{3})+", number.strip()):  # "534 534" (AG-L1)
                ends = message.rstrip().endswith((".", "!", "?"))
                return (f"{message}{'' if ends else '.'} A space between digits groups thousands, so {preview(answer)} reads as "
                        f"one number, {''.join(spaced)}; if you meant {number_in_words(len(spaced))} numbers, give only one.")
        readings = comma_readings(only_item(answer)) if self.kind == "quantity" else None
        if readings is None:
            return message
        thousands, decimal = readings
        try:
            decimal_right = self._judge_quantity(self._as_read(decimal))
        except AnswerError:
            decimal_right = False
        if decimal_right:  # the unit was right: no word of a unit slip, which only the thousands reading makes (AC-M4)
            return (f"{preview(answer)} can be read two ways. With its comma as a decimal point, write it with a point: "
                    f"{decimal}. With its comma grouping thousands, it is {thousands}.")
        return f"{message} (With its comma as a decimal point, it is {decimal}, written with a point.)"

    def _refuse_oversized(self, answer: Any) -> None:
        """An answer of labels far more numerous than the expected ones, refused in one sentence before it is read, compared
        or shown to a trap: a dict of a million labels once took 20-35 s to judge (red team 2), label by label and trap by trap."""
        if self.kind != "mapping" or isinstance(answer, (str, bytes)) or not hasattr(answer, "__len__"):
            return
        # the kind of answer is said before its size (AD-M2): a whole table's .value_counts() counts rows, not one column's values
        if getattr(getattr(answer, "index", None), "nlevels", 1) > 1 and not hasattr(answer, "columns"):
            raise AnswerError("You counted whole rows of the table (each combination of all its columns): pick the one column "
                              "first, as table[\"<column>\"].value_counts().", says_what_is_expected=True)
        needed = len(dict(self.expected()))
        if len(answer) > max(10 * needed, MAX_LIST_ITEMS):
            raise AnswerError(f"This answer has {len(answer):,} items; the question needs about {needed:,}: one count beside each "
                              "label, as .value_counts() of the column the question names gives them.", says_what_is_expected=True)

    def _trap_for(self, answer: Any) -> Trap | None:
        for trap in self.traps:
            try:
                if trap.applies(answer):
                    return trap
            except Exception:  # a trap that cannot read this answer simply does not apply
                continue
        return None

    def _hint(self) -> str:
        tries = _WRONG_TRIES.get(self.id, 0)
        _WRONG_TRIES[self.id] = tries + 1
        if not self.hints:
            return "Not quite. Re-read the section above and try again."
        return "Not quite. Hint: " + self.hints[min(tries, len(self.hints) - 1)]

    def _judge_number(self, answer: Any) -> bool:
        return math.isclose(self._read_number(answer), float(self.expected()), rel_tol=0.0, abs_tol=self.tolerance + 1e-9)

    def _read_number(self, answer: Any) -> float:
        return parse_number(answer, self.units, count=self._counts, distinct=self.distinct, step=self.column_step,
                            rounds=self._rounds, combines=self._combines, combined=self.combined_from)

    def _judge_choice(self, answer: Any) -> bool:
        if not isinstance(answer, str):
            raise AnswerError(f"Type your choice as text between quotation marks, \"like this\"; this answer is not text but {a_kind(answer)}.")
        given = self._canonical(answer)
        if given not in {_normalise_word(c) for c in self.choices}:
            not_yet = self._not_an_answer(answer)
            raise AnswerError(not_yet or self._not_an_option(answer), says_what_is_expected=not_yet is not None)
        return given == _normalise_word(self.expected())

    def _judge_choices(self, answer: Any) -> bool:
        if isinstance(answer, (str, bytes)) or not hasattr(answer, "__iter__") or isinstance(answer, dict):
            raise AnswerError("Expected a list of items in square brackets, e.g. ['a', 'b'].")
        if hasattr(answer, "__len__") and len(answer) > MAX_LIST_ITEMS:  # a whole column: refused before reading each item
            raise AnswerError(f"Expected a short list of the items the question asks for, but got {len(answer):,} of them: "
                              "keep only those.", says_what_is_expected=True)
        items = [int(item) if isinstance(item, numbers.Integral) and not isinstance(item, bool) else item for item in answer]
        if not all(isinstance(item, (str, int)) and not isinstance(item, bool) for item in items):
            raise AnswerError("Each item in the list should be a word in quotes or a whole number.")
        given = {self._canonical(item) for item in items}
        if self.choices:
            options = {_normalise_word(c) for c in self.choices}
            unknown = next((item for item in items if self._canonical(item) not in options), None)
            if unknown is not None:  # echoed as typed ('command_center'), not as normalised ('command center')
                not_yet = self._not_an_answer(unknown)
                shown = getattr(answer, "typed", {}).get(unknown, unknown)  # "f(x)", not "f" once its note was cut (RT-L3)
                raise AnswerError(not_yet or self._not_an_option(str(shown)), says_what_is_expected=not_yet is not None)
        expected = {_normalise_word(item) for item in self.expected()}
        return given == expected

    def _with_aliases_spelled_out(self, text: str) -> str:
        """The text with each other word for an option written as that option ("hit and destroyed" as "hitting and
        destroyed"), in one pass, so a sentence naming two options through an alias is told it names two, not pointed to
        the one it names in full."""
        aliases = self._alias_map()
        if not aliases or not isinstance(text, str) or len(text) > MAX_NEAR_MISS_CHARS:
            return text
        spelled = {_normalise_word(choice): choice for choice in self.choices}
        pattern = re.compile(r"(?<![^\W_])(?:" + "|".join(re.escape(alias) for alias in sorted(aliases, key=len, reverse=True))
                             + r")(?![^\W_])")
        return pattern.sub(lambda found: spelled.get(aliases[found[0]], found[0]), without_quote_marks(_normalise_word(text)))

    def _not_an_answer(self, text: object) -> str | None:
        """The sentence, naming the options, for a text that is no answer yet: a hedge ("not sure", "no idea", "?"), never
        an option ruled out, or a bare "yes"/"no" (or "No, ..." naming no one option) where the options are neither
        (learners Z and AA, Z2); None for any other text."""
        if not isinstance(text, str) or not self.choices or {_normalise_word(choice) for choice in self.choices} == {"yes", "no"}:
            return None  # a yes/no question's own reader says what a reply that is neither lacks
        listed = ", ".join(self.choices)
        if is_hedge(text):
            if self.kind == "choices":
                return f"Pick the items that fit, chosen from: {listed}; the feedback will tell you more."
            return f"Pick the option that fits best, one of: {listed}; the feedback will tell you more."
        if bare_yes_or_no(text) or (self.kind == "choice" and len(text) <= MAX_READ_CHARS
                                    and _REPLY_FIRST.match(_normalise_word(text))):
            return f"This question is not yes/no; answer with {'items chosen from' if self.kind == 'choices' else 'one of'}: {listed}."
        return None

    def _not_an_option(self, text: str) -> str:
        """Why a text names no option: it names none, or its short form fits several ("residue"), which are named."""
        shown, text = text, (self._with_aliases_spelled_out(text) if self.kind == "choice" else text)
        meant = options_meant(text, self.choices, self._alias_map(), leading=self.kind == "choice")
        negated = negated_option(text, self.choices) if self.kind == "choice" else None
        ruled, named = ruled_out_and_named(shown, self.choices, self._alias_map()) if self.kind == "choice" and not negated \
            else ([], [])
        if ruled and not named:  # "not X and not Y", "it's not X or Y": a rule-out, before any "names X and Y" (AJ-M1, AK-M2)
            return f"{preview(shown)} rules an option out: give the one option you mean, not ones you rule out."
        ruling = without_hedge(shown)
        if isinstance(ruling, str) and re.match(r"\s*(?:neither|not|none\s+of)\b", ruling[:60], re.IGNORECASE) and len(meant) > 1:  # "neither a nor b" (AL)
            kind = "an item" if self.kind == "choices" else "an option"
            return f"{preview(shown)} rules {kind} out: give the {'items' if self.kind == 'choices' else 'one option'} you mean, not ones you rule out."
        if len(meant) > 1 and names_several_options(text, self.choices):
            return f"{preview(shown)} names {' and '.join(meant)}: answer with only the one you mean."
        if len(meant) > 1:
            return f"{preview(shown)} could be {' or '.join(meant)}: write the one you mean in full."
        if negated:
            return f"{preview(shown)} is more than an option: if you mean \"{negated}\", give only that."
        if rules_out(shown):
            if self.kind == "choices":
                return f"{preview(shown)} rules an item out: list only the items you mean, not ones you rule out."
            return f"{preview(shown)} rules an option out: give the one option you mean, not one you rule out."
        near = _near_option(shown, self.choices)
        if near:
            return f"{preview(shown)} is not one of the options; check its spelling: did you mean \"{near}\"?"
        inside = option_named_in(text, self.choices) if self.kind == "choice" else None
        if inside and _option_then_word(text, inside):  # "different units" is another phrase, not "different" (AC-L4)
            inside = None
        modifier = _modified_option(text, inside) if inside else None
        if modifier:  # "partly direct quote", "undated caption": another meaning (AJ-L1), said as for ids and items (AN-L1)
            return MODIFIER_NOTE.format(answer=preview(shown), modifier=repr(modifier), what="option")
        if inside:
            return f"{preview(shown)} is more than an option: if you mean \"{inside}\", give only that."
        return f"{preview(shown)} is not one of the options."

    def _judge_quantity(self, answer: Any) -> bool:
        from ..units import parse_quantity

        given = parse_quantity(answer, like=self.unit or "km")
        expected = parse_quantity(self.expected(), like=self.unit or "km")
        return abs((given - expected).to(expected.units).magnitude) <= self.tolerance + 1e-9

    def _judge_clock(self, answer: Any) -> bool:
        text = unicodedata.normalize("NFKC", str(answer)).strip()[:100] if isinstance(answer, str) else None
        match = re.fullmatch(r"([01]?\d|2[0-3])[:.h]([0-5]\d)", text or "")
        if not match:
            raise AnswerError("Expected a time of day such as '14:30' (24-hour clock).")
        return f"{int(match[1]):02d}:{match[2]}" == self.expected()

    def _judge_written(self, answer: Any) -> None:
        if not isinstance(answer, str):
            raise AnswerError(f"Type your answer as sentences between quotation marks, \"like this\"; this answer is not text but {a_kind(answer)}.")
        counted = count_words(answer)
        if counted < self.min_words:
            raise AnswerError(f"Your answer has {words(counted)}; write at least {self.min_words}.")
        phrase = repeated_phrase(answer)
        if phrase:
            raise AnswerError(f"Your answer repeats one phrase ({preview(phrase)}); write at least {self.min_words} words "
                              "of your own that answer the question.")
        return None

    def _judge_mapping(self, answer: Any) -> bool:
        reset = reset_counts_note(answer)  # .value_counts().reset_index(): its counts lost their labels
        if reset:
            raise AnswerError(reset, says_what_is_expected=True)
        if hasattr(answer, "columns"):
            raise AnswerError(f"Expected one column of counts, but got a table with {len(answer.columns)} columns: pick the column, "
                              "such as table[\"count\"].")
        if _is_distinct_values(answer):  # .unique(): plain words (learner AB, AB-L8)
            raise AnswerError("That lists each value once, with no counts (as .unique() gives): use .value_counts() to count them.",
                              says_what_is_expected=True)
        described = column_description(answer) or _uncounted_column(answer)
        if described:
            raise AnswerError(f"Expected a count beside each label, such as {MAPPING_EXAMPLE}, but got {described}, with no count "
                              "beside each value: .value_counts() on the column counts the rows that hold each one.",
                              says_what_is_expected=True)
        numbered = row_number_labels_note(answer) if not _row_numbers(dict(self.expected())) else None
        if numbered:
            raise AnswerError(numbered, says_what_is_expected=True)
        if hasattr(answer, "to_dict"):
            answer = answer.to_dict()
        if not isinstance(answer, dict):
            items = f" of {len(answer):,} items" if isinstance(answer, (list, tuple, set)) else ""
            raise AnswerError(f"Expected a dict of label -> number, such as {MAPPING_EXAMPLE}, but got {a_kind(answer)}{items}: "
                              "a dict puts a count beside each label.", says_what_is_expected=True)
        given = {}
        for key, value in answer.items():
            try:
                given[self._canonical(key)] = parse_number(value)
            except AnswerError as err:
                raise AnswerError(f"For {preview(key)}: {err} Each label needs a count beside it.") from None
        expected = {_normalise_word(k): float(v) for k, v in dict(self.expected()).items()}
        if set(given) != set(expected):
            return False
        return all(math.isclose(given[k], expected[k], abs_tol=self.tolerance + 1e-9) for k in expected)


#: Words after an option that start a clause about it ("converted because ...", "different and ..."), not a phrase of its own.
_CLAUSE_WORDS = frozenset({"and", "or", "but", "because", "since", "as", "so", "for", "not", "rather", "instead", "i", "maybe"})


def _option_then_word(text: str, option: str) -> bool:
    """Whether a text is a one-word option and one more word that is no clause ("different units"): a phrase of its own,
    an adjective and its noun, whose meaning may differ from the option's (different units are converted ones). A longer
    text ("narration by the outlet") or a name with a word after it ("Rossiya Segodnya agency") still names its option."""
    typed, spelled = _normalise_word(text).split(), _normalise_word(option).split()
    return (len(spelled) == 1 and len(typed) == 2 and typed[0] == spelled[0] and typed[1].isalpha()
            and typed[1] not in _CLAUSE_WORDS)


#: Words before an option that change what it means ("partly direct quote", "not really converted"): the text names no
#: option, and is not pointed to the one it holds (learner AJ, AJ-L1).
_MODIFIERS = frozenset({"partly", "partially", "half", "mostly", "largely", "somewhat", "semi", "quasi", "pseudo", "almost",
                        "nearly", "hardly", "barely", "mainly", "part", "sort of", "kind of", "not really", "not quite",
                        "not fully", "not entirely", "not exactly"})


#: A time of day written with digits ("08:00", "8.00", "8h00"), as compared when an answer gives and rules out one.
_DIGITS_TIME = re.compile(r"(?<![\d.:])(\d{1,2})[:.h](\d{2})(?!\d)")


def _times_in(text: str) -> list[str]:
    """The times of day a text writes with digits, as HH:MM ("8.00" as "08:00"). One linear scan."""
    return [f"{int(found[1]):02d}:{found[2]}" for found in _DIGITS_TIME.finditer(text[:MAX_READ_CHARS])]


def _modified_option(text: str, option: str) -> str | None:
    """The words just before an option a text names that change its meaning, or None: a modifier ("partly", "half", "not
    really"), or a word made of "un" or "non" and one of the option's words ("undated caption", where the alias "caption"
    is spelled out as "caption date"). One pass over at most MAX_NEAR_MISS_CHARS characters."""
    typed, spelled = _normalise_word(text[:MAX_NEAR_MISS_CHARS]).split(), _normalise_word(option).split()
    start = next((index for index in range(len(typed) - len(spelled) + 1)
                  if typed[index:index + len(spelled)] == spelled), None)
    if not start:
        return None
    before = typed[start - 1]
    two = " ".join(typed[max(0, start - 2):start])
    stem = re.sub(r"^(?:un|non)", "", before)
    if two in _MODIFIERS and start >= 2:
        return two
    if before in _MODIFIERS or (stem != before and any(stem in (word, word + "d", word + "ed") for word in spelled)):
        return before
    if start >= 2 and typed[start - 2] in ("un", "non") and any(before in (word, word + "d", word + "ed") for word in spelled):
        return two  # "non-dated caption"
    return None


#: How a prompt asks for decimal places: "Two decimal places.", "(one decimal place)", "2 decimal places".
_PLACES_ASKED = re.compile(r"\b(\d|zero|one|two|three|four|five|six)\s+decimal\s+places?\b", re.IGNORECASE)

#: Number words for a count written with a dot grouping thousands ("1.550"), spelled back to the learner.
_ONES = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
_TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()


def number_in_words(number: int) -> str:
    """A whole number below a million in words, British style: 1550 is "one thousand five hundred and fifty"."""
    if number >= 1000:
        thousands, rest = divmod(number, 1000)
        tail = "" if not rest else (" and " if rest < 100 else " ") + number_in_words(rest)
        return f"{number_in_words(thousands)} thousand{tail}"
    if number >= 100:
        hundreds, rest = divmod(number, 100)
        return f"{_ONES[hundreds]} hundred" + (f" and {number_in_words(rest)}" if rest else "")
    if number >= 20:
        tens, rest = divmod(number, 10)
        return _TENS[tens] + (f"-{_ONES[rest]}" if rest else "")
    return _ONES[number]


def _is_expected_number(exercise: "Exercise", value: float) -> bool:
    """Whether a number is the exercise's expected one (within its tolerance); False when the key cannot be read."""
    try:
        return math.isclose(value, float(exercise.expected()), rel_tol=0.0, abs_tol=exercise.tolerance + 1e-9)
    except (TypeError, ValueError):
        return False


def _row_numbers(mapping: dict) -> bool:
    """Whether a mapping's labels are 0, 1, 2...: then such labels in an answer are the expected ones, not row numbers."""
    return sorted(map(str, mapping)) == sorted(map(str, range(len(mapping))))


class RightNumberWrongUnit(AnswerError):
    """A rate's number read right, its unit words counting another thing: said as such, before any advice of an exercise."""


class _ItemsAsRead(list):
    """A list answer's items as read, with ``typed``: each item whose text lost a note, mapped to the learner's own text."""

    typed: dict = {}


#: A word saying that what follows is absent, opening a whole list answer ("missing g, h, i"): in a question that does not
#: ask what is absent, the learner's items cannot be told from those they rule out.
_ABSENCE_OPENING = re.compile(r"(missing|lacking|absent|without)\s+\S", re.IGNORECASE)
#: The same word closing a list answer ("g h i missing", "g, h, i are missing").
_ABSENCE_CLOSING = re.compile(r"\S\s+(?:(?:is|are)\s+)?(missing|lacking|absent)$", re.IGNORECASE)


#: An item of a list of what is absent that rules out rather than names ("not photo credit", "except photo credit").
_NOT_ITEM = re.compile(r"(?:not|except|excluding|never)\s+[^\W_]", re.IGNORECASE)
#: A list answer given as "everything but" some items ("everything except photo credit", "all but the headline").
_ALL_BUT = re.compile(r"(?:everything|all(?:\s+of\s+them|\s+the\s+(?:options|items|others)|\s+options|\s+items|\s+others)?"
                      r"|every\s+(?:option|item|one))\s*,?\s+(?:except|but|apart\s+from|other\s+than|excluding|bar|save)\b",
                      re.IGNORECASE)


#: Longest text compared with the options for a near miss (options are a few words; this bounds the work).
MAX_NEAR_MISS_CHARS = 80


def _near_option(text: object, choices: tuple[str, ...]) -> str | None:
    """The option a misspelt or run-together text is close to ("captiondate", "templateresidue"), or None. An option
    the text holds with letters glued before it ("indirect quote" holds "direct quote") is another word, not a slip."""
    if not isinstance(text, str) or len(text) > MAX_NEAR_MISS_CHARS:
        return None
    typed = " ".join(text.casefold().split())
    spelled = {_normalise_word(choice).replace(" ", ""): choice for choice in choices}
    if typed.replace(" ", "") in spelled:
        return spelled[typed.replace(" ", "")]
    # compared casefolded, as the text is ("Rosiya Segodnya" is near "Rossiya Segodnya"), and named as the option spells it
    candidates = {" ".join(choice.casefold().split()): choice for choice in choices
                  if not re.search(r"\w" + re.escape(choice.casefold()), typed)}
    if any(choice in typed for choice in candidates):  # "converted, not" holds its option whole: no misspelling of it
        return None
    near = difflib.get_close_matches(typed, list(candidates), n=1, cutoff=0.8)  # "parafrase" for "paraphrase" (0.84)
    if not near and typed.isalpha():  # one misspelt word that keeps the option's start ("narative" for "narration", 0.71),
        starting = [c for c in candidates if len(typed) >= 5 and c[:3] == typed[:3]]  # if only one option starts so
        near = [c for c in starting if difflib.SequenceMatcher(None, typed, c).ratio() >= 0.7][:1] if len(starting) == 1 else []
    return candidates[near[0]] if near else None


#: The shape of a dict of counts, in feedback: neutral, so it never names a right label.
MAPPING_EXAMPLE = '{"label": 3}'


def _uncounted_column(answer: Any) -> str | None:
    """'a whole column of 40 rows' for a column of labels, one per row, not yet counted; None for any other answer."""
    if type(answer).__name__ != "Series" or type(answer.index).__name__ != "RangeIndex" or answer.dtype.kind in "iufb":
        return None
    return f"a whole column of {rows(len(answer))}, one value per row"


#: Longest quantity text tidied before reading (units.py refuses longer ones in one sentence).
MAX_QUANTITY_READ = 200


#: Two numbers joined by "to", "and" or a dash, units or not between them ("5.45 km to 5.55 km", "5.45-5.55 km").
_RANGE = re.compile(r"\d(?![eE][+-]?\d)\s*[^\W\d_]*\s*(?:to|and|[\u2013\u2014-])\s*[+-]?\d")


#: A quantity, then a comma, semicolon or space, then another number ("5.556 km, 5556 m", "5 km 556 m"): two quantities.
_TWO_QUANTITIES = re.compile(r"\d\s*[^\W\d_][^\W\d_]{0,15}\.?(\s*[,;]\s*|\s+)[+-]?\.?\d[\d.,]{0,20}\s*[^\W\d_]")


def _two_quantities(text: str, answer: str, like: str) -> str:
    """A text of two quantities read: "5 km 556 m" (a whole number of a unit, then less than one of it in a smaller
    unit) as their sum, "5.556 km"; any other two ("5.556 km, 5556 m") refused as two answers (learner AI, AI-L2: told
    that "5556 m" was not part of a quantity). The text itself when it holds one quantity."""
    from ..units import parse_quantity, split_figure

    second = _TWO_QUANTITIES.search(text)
    if second is None:
        return text
    (number, unit), second_text = split_figure(text[:second.start(1)]), text[second.end(1):]
    unit = unit[:-1] if len(unit) > 2 and unit.endswith("s") else unit  # "5 kms 556 m"
    try:
        first, rest = parse_quantity(f"{number} {unit}", like=like), parse_quantity(second_text, like=like)
        added = rest.to(first.units).magnitude
    except (AnswerError, ValueError, TypeError, AttributeError):
        first = added = None
    if (first is not None and not second[1].strip() and float(first.magnitude).is_integer()
            and 0 <= added < 1 and first.magnitude >= 0):
        return f"{round(float(first.magnitude) + added, 9)!r} {unit}"
    raise AnswerError(TWO_ANSWERS_NOTE.format(answer=preview(answer)), says_what_is_expected=True)


def _quantity_text(answer: str, like: str) -> str:
    """A quantity as typed, without a final full stop, and in the singular when only that is a unit ("5.556 kms." -> "5.556 km")."""
    from ..units import parse_quantity, split_figure

    if len(answer) > MAX_QUANTITY_READ:
        return answer
    text = tidy_text(answer).replace("\u2212", "-")  # a Unicode minus, as the number reader reads it (red team 5, L1)
    if _RANGE.search(text):
        raise AnswerError(f"{preview(answer)} is a range, two numbers; the question asks for one quantity: give only that "
                          "one, with its unit.", says_what_is_expected=True)
    text = _two_quantities(text, answer, like)
    number, unit = split_figure(text)
    singular = f"{number} {unit[:-1]}" if len(unit) > 1 and unit.endswith("s") else text
    for candidate in (text, singular):
        try:
            parse_quantity(candidate, like=like)
        except AnswerError:
            continue
        return candidate
    return text


def _clock_text(answer: str) -> str:
    """A clock time as typed, without final marks ("08:00!") or a final full stop that is not the end of "a.m." or "p.m."
    ("08:00." -> "08:00")."""
    text = answer.strip().rstrip(END_MARKS).rstrip() if len(answer) <= MAX_READ_CHARS else answer
    return text[:-1].rstrip() if text.endswith(".") and not text.lower().endswith(("a.m.", "p.m.")) else text


def register(*exercises: Exercise) -> None:
    """Add exercises to the registry (called by each lesson module at import)."""
    for exercise in exercises:
        if exercise.id in _REGISTRY and _REGISTRY[exercise.id] != exercise:
            raise ValueError(f"Exercise id {exercise.id} is registered twice.")
        _REGISTRY[exercise.id] = exercise


def _load_all() -> None:
    global _LOADED
    if _LOADED:
        return
    for module in sorted(m.name for m in pkgutil.iter_modules(__path__) if m.name.startswith("lesson")):
        importlib.import_module(f"{__name__}.{module}")
    _LOADED = True


def get_exercise(exercise_id: object) -> Exercise:
    """The exercise with this id; KeyError with a plain message if there is none."""
    _load_all()
    key = exercise_id.strip() if isinstance(exercise_id, str) else ""
    if key not in _REGISTRY:
        given = preview(exercise_id) if isinstance(exercise_id, str) else f"given as a {type(exercise_id).__name__}"
        meant = _id_meant(key)
        if meant:
            raise KeyError(f"There is no exercise {given}; did you mean '{meant}', as the notebook writes it?")
        raise KeyError(f"There is no exercise {given}. Ids are text in quotes, like '01.3'; ml.list_exercises() lists them all.")
    return _REGISTRY[key]


def _id_meant(key: str) -> str | None:
    """The id a short or lower-case spelling stands for ("2.1" for 02.1, "t1.1" for T1.1), if there is one."""
    found = re.fullmatch(r"([Tt]?)(\d{1,2})\.(\d{1,2})", key[:10])
    if found is None:
        return None
    lesson = found[1].upper() + found[2] if found[1] else f"{int(found[2]):02d}"
    meant = f"{lesson}.{found[3]}"
    return meant if meant in _REGISTRY else None


def list_exercises(lesson: str | None = None) -> list[str]:
    """Every exercise id in course order (optionally only one lesson's, e.g. lesson="03")."""
    _load_all()
    # Lessons (00, 01...) by number; other ids (the transfer checks T1, T2) after them, by name.
    ids = sorted(_REGISTRY, key=lambda i: tuple((0, int(p), "") if p.isdigit() else (1, 0, p) for p in i.split(".")))
    return [i for i in ids if lesson is None or i.split(".")[0] == str(lesson)]


def list_misconceptions(lesson: str | None = None) -> list[Misconception]:
    """Every trap of every exercise in course order (optionally one lesson's), with its full stable id."""
    return [
        Misconception(f"{exercise_id}/{trap.id}", exercise_id, trap.message, trap.prompt)
        for exercise_id in list_exercises(lesson)
        for trap in _REGISTRY[exercise_id].traps
    ]


MISCONCEPTIONS_BEGIN = "<!-- misconceptions: generated by `python -m medialit.build` from medialit/exercises/; do not edit -->"
MISCONCEPTIONS_END = "<!-- /misconceptions -->"


def misconceptions_markdown() -> str:
    """The instructor guide's list of misconceptions: per lesson, each id, the mistake and its discussion prompt."""
    from ..course import LESSONS

    def cell(text: str) -> str:
        return text.replace("|", "\\|")

    parts = []
    for lesson in LESSONS:
        rows = [f"| `{m.id}` | {cell(m.message)} | {cell(m.prompt)} |" for m in list_misconceptions(lesson.number)]
        if rows:
            parts.append(f"### Lesson {lesson.number} · {lesson.title}\n\n| Id | The mistake (what the learner is told) | Discussion prompt |\n"
                         "|---|---|---|\n" + "\n".join(rows))
    return "\n\n".join(parts)


def replace_misconceptions(text: str) -> str:
    """Put the current list of misconceptions between the markers of a markdown document (if it has them)."""
    start, end = text.find(MISCONCEPTIONS_BEGIN), text.find(MISCONCEPTIONS_END)
    if start < 0 or end < start:
        return text
    return f"{text[:start]}{MISCONCEPTIONS_BEGIN}\n\n{misconceptions_markdown()}\n\n{text[end:]}"
