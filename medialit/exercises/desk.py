"""Exercises answered with results of the lateral-reading desk ("D02"), their right answers read from results.csv.

A learner names results by the id a search shows; which ids are right comes from the desk's ``relays``, ``about``,
``kind`` and ``excerpt`` columns (``data/lateral/results.csv``), never from a list typed in here.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Callable

from ..answers import (MAX_READ_CHARS, MODIFIER_NOTE, AnswerError, a_kind, list_text_as_meant, modifier_before, preview, ruled_out_item, rules_out, spread_items,
                       without_hedge)
from ..data import load_lateral_results
from ..lateral import OUTLET_ALIASES, as_desk_spells, in_a_sentence, is_an_outlet
from . import _MODIFIERS, Exercise

CASE_STUDY = "case_study"


def desk_table(desk: str = CASE_STUDY):
    """The desk's rows, real and invented, in id order."""
    table = load_lateral_results()
    return table[table["desk"] == desk].sort_values("result_id").reset_index(drop=True)


def ids_where(mask, desk: str = CASE_STUDY) -> list[str]:
    """The ids of the desk's rows a boolean function of the table picks, in id order."""
    table = desk_table(desk)
    return list(table.loc[mask(table), "result_id"])


def desk_ids(desk: str = CASE_STUDY) -> frozenset[str]:
    """Every result id on the desk."""
    return frozenset(desk_table(desk)["result_id"])


def read_result_id(item: Any, known: frozenset[str]) -> str:
    """One result id as the desk spells it (case and spaces around it ignored, "D1" read as "D01"), if it is one of ``known``."""
    if not isinstance(item, str):
        raise AnswerError(f"Expected a result id in quotes (a capital D and two digits, as a search shows), but got {a_kind(item)}.")
    given = as_desk_spells(item, known)
    if given not in known and len(item) <= MAX_READ_CHARS:
        run = re.findall(r"[A-Za-z]\d+", item.strip())
        if len(run) > 1 and "".join(run) == item.strip() and all(as_desk_spells(part, known) in known for part in run):
            raise AnswerError(f"{preview(item)} runs {len(run)} ids together: put a comma between the ids, each in its own "
                              f"quotation marks, as in [\"{run[0]}\", \"{run[1]}\"].")  # AF-5
    if given not in known and len(item) <= MAX_READ_CHARS:
        modifier = modifier_before(item, lambda text: as_desk_spells(text, known) in known, _MODIFIERS)
        if modifier:  # "partly D16" names no result, as "partly direct quote" names no option (AN-L1, as in every kind)
            raise AnswerError(MODIFIER_NOTE.format(answer=preview(item), modifier=repr(modifier), what="id"))
    if given not in known and len(item) <= MAX_NOTED_ID_CHARS:
        given = _id_before_a_note(item, known) or given
    if given not in known and len(item) <= MAX_READ_CHARS:
        _refuse_a_letter_o_or_an_outlet(item, given, known)
    if given not in known:
        raise AnswerError(f"{preview(item)} is not a result on the desk; use the ids a search shows (a capital D and two digits).")
    return given


#: Longest text read as an id with a short note after it ("D18 (copy)"); a longer one is not read that way.
MAX_NOTED_ID_CHARS = 60
#: An id and a short note after it: in round brackets, after a dash, colon or comma, or one or two words ("D18 (copy)",
#: "D10 - memorandum", "D18 copy"). Every part is bounded, so a match costs at most a few passes over 60 characters.
_ID_AND_NOTE = re.compile(r"\s*([A-Za-z]\s?\d{1,3})\s*(?:\(([^()]{1,40})\)|[-\u2013\u2014:,]\s*([^()]{1,40}?)"
                          r"|\s([^\W\d_]{1,20}(?:\s[^\W\d_]{1,20})?))\s*[.!?]?\s*")
#: Words that make a note more than a note: it rules something out, or adds or weighs another answer.
_NOT_A_NOTE = re.compile(r"\b(?:not|no|never|neither|nor|except|excluding|without|wrong|and|or|plus|also|instead)\b|"
                         r"[A-Za-z]\s?\d|n't\b", re.IGNORECASE)


def _id_before_a_note(item: str, known: frozenset[str]) -> str | None:
    """The id a short text names with a note after it ("D18 (copy)", "D01 (the article)", "D10 - memorandum", "D18 copy":
    learner AN, M2), or None: the note must name no other id and no other result's outlet, and rule nothing out or add
    nothing ("D18 (not D19)" and "D18 and D19" are read elsewhere)."""
    found = _ID_AND_NOTE.fullmatch(item) if len(item) <= MAX_NOTED_ID_CHARS else None
    if not found:
        return None
    note = next(part for part in found.groups()[1:] if part is not None)
    result_id = as_desk_spells(found[1], known)
    if result_id not in known or not note.strip() or _NOT_A_NOTE.search(note):
        return None
    outlets = [named for named, _ in _results_of_outlet(note, known)]
    return result_id if not outlets or result_id in outlets else None


#: Words around an outlet's name that do not change which outlet is meant (the ..., ... report, ...'s article).
NOT_PART_OF_A_NAME = frozenset({"the", "a", "an", "s", "of", "from", "by", "report", "reports", "article", "story", "result",
                                "card", "page", "piece", "one", "summary"})


def possessive(name: str) -> str:
    """A name as an owner: the name and 's, except a name ending in a single s, which takes the apostrophe alone (as
    the lessons write Reuters' and NBC News'; a name ending in ss keeps its 's, as they write TASS's)."""
    return f"{name}'" if name.endswith(("s", "S")) and not name.endswith(("SS", "ss")) else f"{name}'s"


def _name_words(text: str) -> tuple[str, ...]:
    """A name's words, casefolded, without the words around it that name no outlet (one pass over its words)."""
    return tuple(word for word in re.findall(r"[^\W_]+", text.casefold()) if word not in NOT_PART_OF_A_NAME)


def _results_of_outlet(typed: str, known: frozenset[str]) -> list[tuple[str, str]]:
    """The desk results (id, outlet) whose outlet a typed text names, in id order: its words are the outlet's name, the
    first words of it, or the name followed by other words (a card's title typed out); or one of its ``OUTLET_ALIASES``
    whole, perhaps followed by other words."""
    words = _name_words(typed)
    if not words:
        return []
    table = load_lateral_results()
    rows = table[table["result_id"].isin(known)]
    matched = []
    for result_id, outlet in zip(rows["result_id"], rows["outlet"]):
        name = _name_words(str(outlet))
        aliases = [_name_words(alias) for alias in OUTLET_ALIASES.get(str(outlet), ())]  # whole, never their first words
        if (name and (words == name[:len(words)] or words[:len(name)] == name)) or any(words[:len(a)] == a for a in aliases):
            matched.append((result_id, str(outlet)))
    return sorted(matched)


def _refuse_a_letter_o_or_an_outlet(item: str, given: str, known: frozenset[str]) -> None:
    """A plain sentence for two near misses of an id (learner AK L5): the letter O typed for a zero (DO2), and an outlet's
    name instead of its result's id. Names which results an outlet has, never which of them is right."""
    zeroed = given[:1] + given[1:].replace("O", "0")
    if zeroed != given and as_desk_spells(zeroed, known) in known:
        raise AnswerError(f"{preview(item)} has the letter O where a desk id has a zero: write the digit zero (0), not the "
                          "letter O, as a search shows the id.", says_what_is_expected=True)
    matched = _results_of_outlet(item, known)
    if len(matched) == 1:
        result_id, outlet = matched[0]
        table = load_lateral_results()
        row = table[table["result_id"] == result_id].iloc[0]
        if is_an_outlet(outlet, row["kind"]):
            # a name ending in a bracket takes no 's: the result from Sputnik (French edition) (fact-check 25 L2)
            whose = f"the result from {outlet}" if outlet.endswith(")") else f"{possessive(outlet)} result"
            raise AnswerError(f"{preview(item)} names an outlet, not a result: give the id of {whose} on the desk, "
                              f"{result_id}, in quotes.", says_what_is_expected=True)
        reporting = table[table["result_id"].isin(known) & (table["relays"] == row["relays"]) & (table["result_id"] != result_id)]
        if row["kind"] == "official_statement" and len(reporting):  # fact-check 24 M1: the Pentagon is not D10 alone
            raise AnswerError(f"{preview(item)} names a source that several results on the desk report, not a result: the one "
                              f"{in_a_sentence(outlet, row['kind'])} published itself is {result_id}; give the id of the result "
                              "you mean, in quotes.", says_what_is_expected=True)
        raise AnswerError(f"{preview(item)} names the source of a desk result, not a result: give the id of the result from "
                          f"{in_a_sentence(outlet, row['kind'])} on the desk, {result_id}, in quotes.", says_what_is_expected=True)
    if matched:
        ids = [result_id for result_id, _ in matched]
        listed = ", ".join(ids[:-1]) + f" and {ids[-1]}"
        outlets = {outlet for _, outlet in matched}
        table = load_lateral_results()
        kinds = dict(zip(table["result_id"], table["kind"]))
        all_outlets = all(is_an_outlet(outlet, kinds[result_id]) for result_id, outlet in matched)
        whose = (f"an outlet with {len(ids)} results" if len(outlets) == 1 else f"the outlets of {len(ids)} results") if all_outlets \
            else f"the sources of {len(ids)} results"
        raise AnswerError(f"{preview(item)} names {whose} on the desk ({listed}): give the id of the one you mean, in quotes.",
                          says_what_is_expected=True)


def _ids_among_words(text: str, known: frozenset[str]) -> list[str]:
    """The desk ids a short text names among other words (D02 followed by an outlet's name, or an outlet's name and then D02, names D02), in id order: the
    outlet's name beside an id is a reader's note, not another answer. One pass over its words."""
    return sorted({as_desk_spells(word, known) for word in re.findall(r"[^\W_]+", text)} & known)


def _plain_list(answer: Any, known: frozenset[str]) -> bool:
    """Whether a groups answer is one flat list of ids (or a text), ["D01", "D02"], not one list (or text) per group."""
    return isinstance(answer, str) or (isinstance(answer, (list, tuple, set, frozenset)) and 0 < len(answer) <= len(known)
                                       and all(isinstance(item, str) and item.strip().upper() in known for item in answer))


@dataclass(frozen=True)
class DeskResultExercise(Exercise):
    """One desk result as the answer, where every id ``accepted()`` returns is right; ``expected()`` is the first."""

    accepted: Callable[[], list[str]] | None = None
    desk: str = CASE_STUDY

    @property
    def expects(self) -> str:
        return "This exercise takes one result id from the desk, in quotes, such as \"D99\" (a search shows the real ones)."

    def options(self) -> list[str]:
        """Every result id on the desk, in order (for tests that try each wrong one)."""
        return sorted(desk_ids(self.desk))

    def read(self, answer: Any) -> str:
        """The answer as a result id of this exercise's desk; AnswerError (one sentence) if it is none, or if it names
        several results ("D02, D03"), where the question asks for one."""
        known = desk_ids(self.desk)
        if isinstance(answer, str) and len(answer) <= MAX_READ_CHARS:
            answer = without_hedge(answer)  # "not sure, D02?" is D02, never a result ruled out (learner AC, L2)
            named = spread_items(answer, lambda text: text.strip().upper() in known)
            if len(named) > 1 and all(isinstance(item, str) and item.strip().upper() in known for item in named):
                raise AnswerError(f"{preview(answer)} names {len(named)} results; the question asks for one: give one id.")
            among = _ids_among_words(answer, known) if as_desk_spells(answer, known) not in known and not rules_out(answer) else ()
            if len(among) > 1:
                raise AnswerError(f"{preview(answer)} names {len(among)} results; the question asks for one: give one id.")
            answer = among[0] if among else answer
        return read_result_id(answer, known)

    def _judge_choice(self, answer: Any) -> bool:
        return self.read(answer) in set(self.accepted())


def _ids_as_meant(items: Any, known: set[str] | frozenset[str]) -> list:
    """One group's ids as they are meant, read as every list answer is (learner AL, L4): a text of several ids is its ids,
    a note or a ruled-out id in it goes ("D06, D07 (not D14)", "D07 but not D14"; an item of a list "D18, the copy blog"),
    and an item that only rules an id out ("not D14") is dropped."""
    def names_one(text: str) -> bool:
        return text.strip().upper() in known

    if isinstance(items, str):
        meant = [list_text_as_meant(items, names_one)]
    else:  # each item of a Python list is read as a list text is ("D18 (copy)", "D18 not D19", "D18, the copy blog"); one
        # that only rules an id out ("not D14") is dropped
        meant = [(_id_before_a_note(item, known) or list_text_as_meant(item, names_one)) if isinstance(item, str) else item
                 for item in items if not (isinstance(item, str) and ruled_out_item(item, names_one))]
    return [item for item in spread_items(meant, names_one) if not (isinstance(item, str) and ruled_out_item(item, names_one))]


@dataclass(frozen=True)
class DeskGroupsExercise(Exercise):
    """Desk results sorted into named groups: a dict of group -> list of ids (lists without their groups' names are refused).

    ``expected()`` returns the dict of group -> ids; the answer must put exactly those ids in each group, apart from
    the ids ``optional()`` names for a group, whose placement is defensible either way (in that group or left out).
    """

    desk: str = CASE_STUDY
    optional: Callable[[], dict[str, list[str]]] | None = None

    def options(self) -> list[str]:
        """Every result id on the desk, in order (for tests that try each wrong placement)."""
        return sorted(desk_ids(self.desk))

    @property
    def expects(self) -> str:
        return f"This exercise takes a dict of lists of result ids, such as {self._shape()}."

    def read_groups(self, answer: Any) -> dict[str, set[str]]:
        """The answer as group -> set of ids; AnswerError (one sentence) if it cannot be read that way."""
        names = list(self.expected())
        if isinstance(answer, dict) and len(answer) > len(names):  # before reading a million keys
            raise AnswerError(f"Expected a dict with the {len(names)} groups {', '.join(names)} as keys, but it has {len(answer):,} keys: "
                              "leave out results that pass on anyone else's account; no "
                              f"{'third' if len(names) == 2 else 'other'} group is needed.")  # AF-6
        if isinstance(answer, dict):
            given = {str(key).strip().casefold(): value for key, value in answer.items()}
            unknown = sorted(set(given) - set(names))
            if unknown:
                raise AnswerError(f"{preview(unknown[0])} is not one of the groups; name them {', '.join(names)}.")
            lists = [given.get(name, []) for name in names]
        elif isinstance(answer, str) and len(answer) <= MAX_READ_CHARS and ":" in answer:  # "ministry: D01" (learner Z, Z13)
            raise AnswerError(f"Expected a dict, but got text, {preview(answer)}: write it without quotation marks around it, "
                              f"as a dict such as {self._shape()}, each group's ids in a list in square brackets.",
                              says_what_is_expected=True)
        elif _plain_list(answer, desk_ids(self.desk)):
            raise AnswerError(f"Expected a dict, with the groups {' and '.join(names)} as keys, but got a plain list of ids: "
                              "sort the results into the groups, each group's ids in its own list.")
        elif isinstance(answer, (list, tuple)) and len(answer) == len(names):
            raise AnswerError(f"Expected a dict, but got {len(names)} lists without their groups' names: name each list by its "
                              f"group, as in {self._shape()}, so that nobody has to guess which list is which.",
                              says_what_is_expected=True)
        else:
            raise AnswerError(f"Expected a dict whose keys are the groups and whose values are lists of result ids, but got {a_kind(answer)}.")
        known = desk_ids(self.desk)
        groups = {}
        for name, items in zip(names, lists):
            if not isinstance(items, (str, list, tuple, set, frozenset)):
                raise AnswerError(f"The {name} group should be a list of result ids in square brackets, e.g. [\"D99\"], with the ids a search shows.")
            if isinstance(items, str) or len(items) <= len(known):  # "D01, D02" typed as one text: the ids it names
                items = _ids_as_meant(items, known)
            if len(items) > len(known):
                raise AnswerError(f"The {name} group lists {len(items):,} ids, but the desk holds only {len(known)} results.")
            groups[name] = {read_result_id(item, known) for item in items}
        shared = sorted(set.intersection(*groups.values())) if len(groups) > 1 else []
        if shared:
            raise AnswerError(f"{shared[0]} is in {'both' if len(groups) == 2 else 'every'} group{'s' if len(groups) > 1 else ''}; "
                              "each result belongs in one.", says_what_is_expected=True)
        return groups

    def _shape(self) -> str:
        """The shape of an answer, with the group names and no ids: {"ministry": [...], "pentagon": [...]}."""
        return "{" + ", ".join(f'"{name}": [...]' for name in self.expected()) + "}"

    def _swapped(self, given: dict[str, set[str]]) -> bool:
        """Whether two groups hold each other's results: every id of each is one the other group should hold."""
        expected = {name: set(ids) for name, ids in self.expected().items()}
        if len(expected) != 2:
            return False
        first, second = expected
        return (bool(given[first]) and bool(given[second]) and given[first] <= expected[second]
                and given[second] <= expected[first])

    def judge(self, answer: Any) -> tuple[bool | None, str, str | None]:
        """As every exercise judges; a wrong answer also hears, per group, how many results it misses and how many do not
        belong in it (never which: that would hand over the answer)."""
        correct, message, misconception = super().judge(answer)
        if correct is False and self._swapped(self.read_groups(answer)):
            return False, (f"Your {' and '.join(self.expected())} groups look swapped: each list holds results that belong "
                           "under the other key."), misconception
        if correct is False:
            message = " ".join([message, *self._group_counts(answer)])
        return correct, message, misconception

    def _group_counts(self, answer: Any) -> list[str]:
        """One sentence per group that is wrong: "Your pentagon group: 3 of the 5 results that belong in it are missing."."""
        given = self.read_groups(answer)
        either_way = self.optional() if self.optional else {}
        sentences = []
        for name, ids in self.expected().items():
            missing = len(set(ids) - given[name])
            extra = len(given[name] - set(ids) - set(either_way.get(name, ())))
            parts = [f"{missing} of the {len(ids)} results that belong in it {'is' if missing == 1 else 'are'} missing"] if missing else []
            parts += [f"{extra} result{' does' if extra == 1 else 's do'} not belong in it"] if extra else []
            if parts:
                sentences.append(f"Your {name} group: {'; '.join(parts)}.")
        return sentences

    def _judge_groups(self, answer: Any) -> bool:
        given = self.read_groups(answer)
        either_way = self.optional() if self.optional else {}
        return {name: ids - set(either_way.get(name, ())) for name, ids in given.items()} == {
            name: set(ids) for name, ids in self.expected().items()}
