"""Lesson 01 "What are we reading?": the page and the article, the missing date, the outlet, headline against body."""
from __future__ import annotations

import datetime
import itertools
import math
import numbers
import re
import unicodedata
from dataclasses import dataclass
from typing import Any

from .. import dating
from ..answers import (MAX_READ_CHARS, AnswerError, a_kind, column_description, parse_number, preview, read_option, tidy_text,
                       without_end_marks, without_hedge, without_reason, list_text_as_meant, ruled_out_item, numbers_in_words_note)
from ..data import article_text, load_claims, load_segments, load_sentences
from ..lateral import opened_results
from . import MAX_LIST_ITEMS, Exercise, Trap, get_exercise, register, same_choice
from .desk import CASE_STUDY, desk_table

PROVENANCE_ITEMS = ("headline", "byline", "publication date", "web address", "photo credit", "section headings")
DATE_CLUE_CHOICES = {"weekday": "said Tuesday", "campaign_start": "campaign start", "caption_date": "caption date"}
_ANSWER_WITH_A_CLUE = f"answer with one of: {', '.join(DATE_CLUE_CHOICES.values())}."
OWNER_CHOICES = ("Rossiya Segodnya", "TASS", "RIA Novosti", "Reuters")
#: Outlets that are none of the options, often confused with them: a bracket naming one beside an option is refused.
#: Names a learner may give for 01.6 that are none of its options as listed. "Russia Today" is what Rossiya Segodnya
#: means in English, so as a bracketed gloss of that option it is read as a translation (fact-check 18), not refused.
NOT_LISTED_NAMES = frozenset({"rt", "russia today"})
VERB_CHOICES = ("destroyed", "hitting", "struck", "eliminated")
#: Opening more distinct results than this to find who is behind an outlet is more than fact-checkers need.
FEW_RESULTS = 3
#: Longest text read as a date narrower label (its labels are a few words; this bounds the work on pasted text).
MAX_LABEL_CHARS = 120
#: What may stand between line numbers typed as text ("26, 27", "[26, 27]", "lines 26 and 27"): one character class, no backtracking.
_LINE_SEPARATORS = re.compile(r"[\s,;()\[\]'\"\u2018\u2019\u201c\u201d]+")
#: Words a learner may write around line numbers.
_LINE_WORDS = frozenset({"line", "lines", "and", "&"})
#: A whole line number as typed: digits, optionally with a zero decimal part or a final full stop ("26.0", "27.").
_WHOLE = re.compile(r"\d{1,9}(?:\.0*)?")
_ONE_LINE = re.compile(r"(?:lines?[ \t]*)?\d{1,9}")
#: Month and weekday names a date may be written with, in lower case, in calendar order.
_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
           "december")
#: A date in figures, year first ("2015-08-31") or last ("31/08/2015", "8.31.2015"): one fixed shape each, no backtracking.
_YEAR_FIRST = re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})")
_YEAR_LAST = re.compile(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})")
_WEEKDAYS = tuple(day.casefold() for day in dating.WEEKDAYS)
#: Words a date in words may hold besides its month, day and year ("the 31st of August").
_DATE_FILLERS = frozenset({"the", "of", "st", "nd", "rd", "th"})


def _page_lines_outside_article() -> int:
    segments = load_segments()
    return int((~segments["in_article"] & (segments["kind"] != "blank")).sum())


def _all_lines_outside_article() -> int:
    return int((~load_segments()["in_article"]).sum())


def _chosen(answer) -> set[str]:
    """A list answer to 01.2 as the set of options it names, spelled as the options are."""
    exercise = get_exercise("01.2")
    return {exercise._canonical(item) for item in answer}


def _missing_provenance() -> set[str]:
    """What the capture lacks, judged from the text and the segments table, not from a list typed in."""
    segments = load_segments()
    article = article_text()
    kinds = set(segments["kind"].astype(str))
    claims = load_claims()
    sentences = load_sentences()[["sentence_id", "segment_id"]]
    in_article = set(segments.loc[segments["in_article"], "segment_id"])
    dated = claims[(claims["claim_type"] == "date") & claims["text"].str.contains(r"\d{4}")].merge(sentences, on="sentence_id")
    present = {
        "headline": "headline" in kinds,
        "byline": re.search(r"(?m)^\s*By [A-Z]", article) is not None,
        "publication date": bool(dated["segment_id"].isin(in_article).any()),
        "web address": re.search(r"https?://|www\.|\b[\w-]+\.(?:com|org|net|ru)\b", article) is not None,
        "photo credit": "photo_credit" in kinds,
        "section headings": "section_heading" in kinds,
    }
    return {item for item in PROVENANCE_ITEMS if not present[item]}


#: The segments table's kind for each item the page can show, to say where the capture has one.
_PROVENANCE_KINDS = {"headline": "headline", "photo credit": "photo_credit", "section headings": "section_heading"}


def _where_on_page(item: str) -> str:
    """ " (line 5)" or " (lines 20 and 42)": where the segments table shows an item the capture has; "" if it does not say."""
    segments = load_segments()
    lines = [str(int(n)) for n in sorted(segments.loc[segments["kind"] == _PROVENANCE_KINDS.get(item), "segment_id"])]
    if not lines:
        return ""
    return f" (line {lines[0]})" if len(lines) == 1 else f" (lines {', '.join(lines[:-1])} and {lines[-1]})"


def _present_item_note(chosen: list[str]) -> str:
    """What is wrong with a list that names items the capture has: the first of them and where it is, and how many more."""
    present = [item for item in dict.fromkeys(chosen) if item not in _missing_provenance()]
    first, others = present[0], len(present) - 1
    it = "them" if first.endswith("s") else "one"
    more = f" {others} other item{'s' if others != 1 else ''} on your list {'are' if others != 1 else 'is'} on the page too." if others else ""
    return f"Your list names {first!r}, but the capture has {it}{_where_on_page(first)}.{more} Keep only what is absent."


def _missed_note(chosen: list[str]) -> str:
    """What is wrong with a list of missing items that stops short: how many more there are, not which."""
    left = len(_missing_provenance() - set(chosen))
    return (f"Everything on your list is indeed missing, but the capture lacks more than that: {left} more of the "
            f"{len(PROVENANCE_ITEMS)} items. For each remaining item, look for it on the page.")


def _items_run_together(item: object) -> bool:
    """Whether a list item is two or more of 01.2's items typed without the comma between them ("byline" "web address"
    in a list, which Python joins into one text)."""
    if not isinstance(item, str) or len(item) > MAX_LABEL_CHARS:
        return False
    typed = " ".join(without_reason(item).casefold().split())  # "web address because no headline" is one item (AD-M1)
    separated = any(separator in typed for separator in (",", ";", " and "))  # a list typed as one text, read as its items
    return not separated and typed not in PROVENANCE_ITEMS and sum(option in typed for option in PROVENANCE_ITEMS) >= 2


@dataclass(frozen=True)
class MissingItemsExercise(Exercise):
    """01.2: a wrong list hears what is wrong with the learner's own choice (one of its items that the page has, or how
    many it leaves out), never the list of right items, which would hand over the answer."""

    def _as_read(self, answer: Any) -> Any:
        """As every list answer is read, after refusing an unsized iterable longer than any list of the six items (a
        sized one, a list, a column or a mask, is measured and described by the shared reader) and items typed without
        the comma between them."""
        if not isinstance(answer, (str, bytes, dict)) and hasattr(answer, "__iter__"):
            if not hasattr(answer, "__len__"):
                answer = list(itertools.islice(answer, MAX_LIST_ITEMS + 1))
                if len(answer) > MAX_LIST_ITEMS:
                    raise AnswerError(f"Expected a few of the {len(PROVENANCE_ITEMS)} items, but got a list of more than "
                                      f"{MAX_LIST_ITEMS} items.")
            if isinstance(answer, (list, tuple, set, frozenset)) and len(answer) <= MAX_LIST_ITEMS:
                for item in answer:
                    if _items_run_together(item):
                        raise AnswerError(f"{preview(item)} holds more than one item: put a comma between the items of the list, "
                                          'as in ["headline", "photo credit"].', says_what_is_expected=True)
        return super()._as_read(answer)

    def judge(self, answer: Any) -> tuple[bool | None, str, str | None]:
        correct, message, misconception = super().judge(answer)
        chosen = [self._canonical(item) for item in self._as_read(answer)] if correct is False else []
        if misconception == f"{self.id}/listed-present-item":
            message = _present_item_note(chosen)
        elif misconception == f"{self.id}/missed-one":
            message = _missed_note(chosen)
        return correct, message, misconception


def _candidate_count() -> int:
    return len(dating.candidate_days(["weekday", "campaign_start"]))


def _redundant_clue() -> str:
    """The one of the three dated clues that removes nothing the other two have not already removed."""
    keys = list(DATE_CLUE_CHOICES)
    together = dating.candidate_days(keys)
    for key in keys:
        if dating.candidate_days([k for k in keys if k != key]).equals(together):
            return DATE_CLUE_CHOICES[key]
    raise LookupError("Every date clue rules something out; exercise 01.4 needs rewriting.")


def _dated_clue_named(answer: object) -> str | None:
    """The option that a dated clue's label in the date narrower ("Line 26: caption dated ...", with or without its
    "Line 26: ") or its own line ("line 26") names; None for anything else, and for a line that holds two clues (line 10)."""
    if not isinstance(answer, str) or len(answer) > MAX_LABEL_CHARS:
        return None
    typed = without_end_marks(" ".join(answer.casefold().split()))
    on_line: dict[str, list[str]] = {}
    for clue in dating.internal_clues():
        if clue.key in DATE_CLUE_CHOICES:
            label = without_end_marks(" ".join(clue.label.casefold().split()))
            if typed in (label, label.split(": ", 1)[-1]):
                return DATE_CLUE_CHOICES[clue.key]
            for line in re.findall(r"\d+", clue.label.split(":")[0]):
                on_line.setdefault(line, []).append(clue.key)
    dated = _CAPTION_DATED.fullmatch(typed.replace("\u2019", "'"))
    if dated and _clue_of_date(dated[1].strip("'\"\u2018\u201c\u201d")) == (True, DATE_CLUE_CHOICES["caption_date"]):
        return DATE_CLUE_CHOICES["caption_date"]  # "caption dated August 31, 2015", the caption's own date (learner AP, L2)
    line = re.fullmatch(r"line (\d+)", typed)
    line = line[1] if line else _photo_line(typed)
    keys = on_line.get(line, []) if line else []
    return DATE_CLUE_CHOICES[keys[0]] if len(keys) == 1 else None


#: The caption named with its date, as the date narrower labels it ("the caption dated August 31, 2015"); anchored, the
#: date bounded. The date is read by ``_clue_of_date``, so only the caption's own date (from the ledger) names it.
_CAPTION_DATED = re.compile(r"(?:the |a )?(?:photo |photo's |picture )?caption dated (.{1,40})")
#: The caption named by a year ("the 2015 caption"): pointed to the option, not read as it (learner AP, L2).
_CAPTION_OF_A_YEAR = re.compile(r"(?:the |a )?(\d{4}) (?:photo |picture )?caption")


#: The photo with its line ("the photo (line 26)", "photo, line 26", "the photo on line 26", "line 26 (the photo)"): the line
#: says which photo is meant, as "line 26" alone does (learner AL, L1). Anchored; each run of spaces bounded by one word.
_PHOTO_LINE = re.compile(r"(?:the |a )?(?:photo|picture|photograph|image|pic)(?:'s caption| caption)?\s?"
                         r"(?:\(\s?(?:on |at )?line (\d+)\s?\)|[,:-]?\s?(?:on |at |in )?line (\d+))"
                         r"|line (\d+)\s?\(\s?(?:the |a )?(?:photo|picture|photograph|image|pic)(?:'s caption| caption)?\s?\)")


def _photo_line(typed: str) -> str | None:
    """The line a text naming the photo gives with it ("the photo (line 26)" -> "26"), or None; ``typed`` is lower case,
    its spaces single, at most MAX_LABEL_CHARS long."""
    named = _PHOTO_LINE.fullmatch(typed.replace("\u2019", "'"))
    return next((group for group in named.groups() if group), None) if named else None


def _valid_day(year: int | None, month: int, day: int) -> bool:
    """Whether a year (or none), month and day make a day of the calendar: 31 June and 2015-02-29 do not."""
    try:
        datetime.date(year or 2000, month, day)  # 2000, a leap year, when no year is given: 29 February may be meant
    except ValueError:
        return False
    return True


def _named(word: str, names: tuple[str, ...]) -> int | None:
    """1, 2... for the name in ``names`` (lower case) that a word is, or begins with three letters or more ("aug", "sept",
    "wed"); None for other words."""
    return next((number for number, name in enumerate(names, 1) if len(word) >= 3 and name.startswith(word)), None)


def _typed_date(text: str) -> tuple[int | None, int, int, int | None] | None:
    """(year or None, month, day, weekday 0-6 or None) of a date as typed: "August 31, 2015", "31 August 2015", "Aug 31st",
    "Wednesday 30 September 2015", "2015-08-31", "31/08/2015"; None for anything else, and for a date in figures whose day
    and month could be either ("08/09/2015")."""
    typed = tidy_text(text).casefold()
    figures = _YEAR_FIRST.fullmatch(typed)
    if figures:
        year, month, day = (int(part) for part in figures.groups())
        return (year, month, day, None) if _valid_day(year, month, day) else None
    figures = _YEAR_LAST.fullmatch(typed)
    if figures:
        first, second, year = (int(part) for part in figures.groups())
        readings = {(year, month, day, None) for day, month in ((first, second), (second, first)) if _valid_day(year, month, day)}
        return readings.pop() if len(readings) == 1 else None
    months, days, years, weekdays = [], [], [], []
    for word in re.findall(r"\d+|[^\W\d_]+", typed):
        if word in _DATE_FILLERS:
            continue
        if word.isdigit() and len(word) in (1, 2, 4):
            (years if len(word) == 4 else days).append(int(word))
        elif month := _named(word, _MONTHS):
            months.append(month)
        elif weekday := _named(word, _WEEKDAYS):
            weekdays.append(weekday - 1)
        else:
            return None
    if len(months) != 1 or len(days) != 1 or len(years) > 1 or len(weekdays) > 1:
        return None
    year, weekday = (years or [None])[0], (weekdays or [None])[0]
    return (year, months[0], days[0], weekday) if _valid_day(year, months[0], days[0]) else None


def _clue_dates() -> dict[str, datetime.date]:
    """Each dated clue's own date, read from the ledger by dating.py (the weekday clue names no date)."""
    return {"campaign_start": dating.campaign_start(), "caption_date": dating.caption_date()}


def _clue_of_date(answer: object) -> tuple[bool, str | None]:
    """(whether the answer is a date, the option of the clue whose own date it is): "August 31, 2015" is the caption's date,
    "30 September" the campaign start's. A year or weekday, if typed, must be the clue's own (the campaign start's year is inferred)."""
    typed = _typed_date(answer) if isinstance(answer, str) and len(answer) <= MAX_LABEL_CHARS else None
    if typed is None:
        return False, None
    year, month, day, weekday = typed
    for key, on in _clue_dates().items():
        if (on.month, on.day) == (month, day) and year in (None, on.year) and weekday in (None, on.weekday()):
            return True, DATE_CLUE_CHOICES[key]
    return True, None


#: The photo itself, named for its dated caption ("the photo", "picture"): no option's name, but only the caption is meant.
_PHOTO_WORDS = frozenset({"photo", "picture", "photograph", "image", "pic"})


@dataclass(frozen=True)
class DatedClueExercise(Exercise):
    """01.4: "Today" is a clue the date narrower lists and it does rule out nothing, but it names no date, so it is
    refused with a sentence saying so (the options follow it), not marked wrong; so is "date" alone, which names none
    of the three dated clues (it once read as "caption date", the right one). A clue named by the date narrower's
    label, by its line or by its own date ("August 31, 2015") reads as its option; a date that is no clue's is told so."""

    def _as_read(self, answer: Any) -> Any:
        return super()._as_read(_dated_clue_named(answer) or _clue_of_date(answer)[1] or answer)

    def judge(self, answer: Any) -> tuple[bool | None, str, str | None]:
        if same_choice(read_option(answer, ("today",)) or "", "today"):
            raise AnswerError("'Today' rules out nothing indeed, but it gives no date, so it is not one of the three dated "
                              "clues the question asks about.")
        words = set(without_end_marks(answer.casefold()).split()) if isinstance(answer, str) else None
        if words and words <= {"the", "a", "date", "dated", "clue"}:  # "?" holds no word: a hedge, answered by the shared reader
            raise AnswerError(f"All three clues are dated, so 'date' alone names none of them: {_ANSWER_WITH_A_CLUE}",
                              says_what_is_expected=True)
        photo_line = _photo_line(without_end_marks(" ".join(answer.casefold().split()))) if words else None
        if words and (" ".join(sorted(words - {"the", "a", "its", "itself"})) in _PHOTO_WORDS
                      or (photo_line and _dated_clue_named(answer) is None)):  # "the photo (line 7)": no dated clue's line
            raise AnswerError(_which_photo(answer), says_what_is_expected=True)
        of_a_year = _CAPTION_OF_A_YEAR.fullmatch(without_end_marks(" ".join(answer.casefold().split()))) if words else None
        if of_a_year and int(of_a_year[1]) == _clue_dates()["caption_date"].year:
            raise AnswerError(f"{preview(answer)} names the caption by its year: if the caption's date is the clue you mean, "
                              "answer \"caption date\".", says_what_is_expected=True)
        if _clue_of_date(answer) == (True, None):
            raise AnswerError(f"{preview(answer)} is a date, but not the date any of the three clues gives: {_ANSWER_WITH_A_CLUE}",
                              says_what_is_expected=True)
        return super().judge(answer)


def _which_photo(answer: str) -> str:
    """For "the photo" in 01.4: the page's photos (their credit and caption lines, from the segments table) and the one whose
    caption is dated (the date claim's line), so the reply does not assume one photo (fact-check 23 L3)."""
    segments = load_segments()
    photo_lines = sorted(int(n) for n in segments.loc[segments["kind"].isin(["photo_credit", "photo_caption"]), "segment_id"])
    dated = int(dating.date_claims().query("kind == 'photo_caption'")["segment_id"].iloc[0])
    undated = [n for n in photo_lines if n != dated]
    where = f"lines {undated[0]}-{undated[-1]}" if len(undated) > 1 else f"line {undated[0]}"
    what = "names a line with no dated photo caption" if _photo_line(" ".join(answer.casefold().split())) else "could mean either photo on the page"
    return (f"{preview(answer)} {what}: the lead photo ({where}) has no date, and only the caption on line {dated} is dated. "
            "If that caption is the clue you mean, answer \"caption date\".")


def _days_after_start() -> int:
    return int((dating.url_date() - dating.campaign_start()).days)


def _outlet_results():
    """The desk's real results about who is behind the outlet (not about the event, not invented)."""
    table = desk_table()
    return table[(table["about"] == "outlet") & ~table["fictional"]]


def _owner() -> str:
    """The option named first in the desk's real report on the outlet (it names the launcher before its predecessor)."""
    excerpt = str(_outlet_results()["excerpt"].iloc[0])
    return min((owner for owner in OWNER_CHOICES if owner in excerpt), key=excerpt.index)


def _event_outlets() -> set[str]:
    """Outlets whose desk results report the event, not who is behind Sputnik."""
    table = desk_table()
    return set(table.loc[table["about"] == "event", "outlet"])


#: Words that open a clause in brackets after an option ("(which replaced RIA Novosti)"): a note, not a gloss naming it.
_CLAUSE_OPENERS = frozenset({"which", "that", "who", "whose", "it", "they"})


def click_restraint_note(opened: list[str]) -> str:
    """One sentence on how many distinct results a search needed: fact-checkers open few, after reading the cards."""
    distinct = list(dict.fromkeys(opened))
    if not distinct:
        return ("In this session you answered from the results list without opening anything: that is fine when a card says enough, "
                "and the card's outlet and date are what you cite; open a result only when its card leaves the question open.")
    listed = f"{len(distinct)} result{'s' if len(distinct) != 1 else ''} ({', '.join(distinct)})"
    table = desk_table()
    doubtful = list(table.loc[table["result_id"].isin(distinct) & (table["fictional"] | (table["relays"] == "unsourced")),
                              "result_id"])
    one = len(doubtful) == 1
    warning = (f" Among them, {', '.join(doubtful)} {'is an invented or unsourced page' if one else 'are invented or unsourced pages'}"
               f", naming no source for what {'it says' if one else 'they say'}: read a card's outlet first, and find out who "
               "runs such a site before trusting its verdict.") if doubtful else ""
    if len(distinct) <= FEW_RESULTS:
        praise = (": reading the titles and outlets first and opening only what can answer the question is what "
                  "fact-checkers do.")
        return f"You opened {listed} on the desk{'.' + warning if doubtful else praise}"
    return (f"You opened {listed} on the desk, more than the {FEW_RESULTS} this step allows: fact-checkers read the "
            "cards first and open only the one or two whose outlet and title can answer the question, which saves "
            f"time and keeps copied or invented pages out of their reading.{warning}")


_WORD = re.compile(r"[^\W_]+")


def _names_another_organisation(gloss: str, before: str) -> bool:
    """Whether a bracket after an answer to 01.6 names an organisation other than the option before it ("Rossiya
    Segodnya (owned by TASS)", "(Russia Today, RT)"): any other option, RT, Russia Today or Sputnik, as whole words."""
    words = " " + " ".join(_WORD.findall(gloss)) + " "
    leading = " ".join(before.casefold().split())
    names = {option.casefold() for option in OWNER_CHOICES if option.casefold() != leading}
    names |= NOT_LISTED_NAMES | {"sputnik", "ria", "itar tass"}
    return any(f" {name} " in words for name in names)


@dataclass(frozen=True)
class ClickRestraintExercise(Exercise):
    """A choice answered from the desk, whose success also says how many results were opened on it this session.

    The success reads verdict first, then the note on the results opened, then ``sourcing``: where the answer comes
    from, with its credits (learner AF, AF-10: the verdict was lost behind some eighty words)."""

    sourcing: str = ""

    def _as_read(self, answer: Any) -> Any:
        """An option glossed in brackets with another outlet's name ("Rossiya Segodnya (RT)") is refused, not read as the
        option. A name that is none of the options ("RT", "Russia Today", "Sputnik") is told so, in words that name no option
        and claim nothing the course's sources do not record."""
        named = without_end_marks(" ".join(answer[:MAX_READ_CHARS].casefold().split())) if isinstance(answer, str) else ""
        if named in {"sputnik", "sputnik international"}:
            raise AnswerError(f"{preview(answer)} is the outlet the question asks about, not who launched it: answer with one "
                              "of the options.")
        if named in NOT_LISTED_NAMES:
            translation = ", and the options are not translated into English" if named == "russia today" else ""
            raise AnswerError(f"{preview(answer)} is not one of the options as listed{translation}: answer with one of them "
                              "exactly as listed.")
        if isinstance(answer, str) and "(" in answer[:MAX_READ_CHARS]:
            before, _, rest = answer[:MAX_READ_CHARS].partition("(")
            gloss = " ".join(rest.split(")", 1)[0].casefold().split())
            translated = gloss == "russia today" and " ".join(before.casefold().split()) == "rossiya segodnya"
            ruled_out = gloss.split(" ", 1)[0] in {"not", "neither", "never"}  # "(not TASS)" rules TASS out, it glosses nothing
            ruled_out = ruled_out or gloss.split(" ", 1)[0] in _CLAUSE_OPENERS  # "(which replaced RIA Novosti)": a note, as
            # after a comma, not a second name for the option (learner AT, M1)
            if not translated and not ruled_out and _names_another_organisation(gloss, before):
                raise AnswerError("The bracket names another organisation, and it could say something the desk does not: "
                                  "answer with one option alone, exactly as listed.")
        return super()._as_read(answer)

    def judge(self, answer: Any) -> tuple[bool | None, str, str | None]:
        correct, message, misconception = super().judge(answer)
        if correct:
            message = f"{message} {click_restraint_note(opened_results(CASE_STUDY))} {self.sourcing}".rstrip()
        return correct, message, misconception


def _target_claims():
    claims = load_claims()
    return claims[(claims["unit"] == "target") & claims["value"].notna()].merge(
        load_sentences()[["sentence_id", "segment_id"]], on="sentence_id")


def _headline_body_gap() -> int:
    """The body's first target total minus the headline's (rounded) figure."""
    targets = _target_claims()
    kinds = load_segments().set_index("segment_id")["kind"]
    targets["kind"] = targets["segment_id"].map(kinds)
    headline = targets[targets["kind"] == "headline"]["value"].iloc[0]
    body = targets[targets["kind"] == "body_paragraph"]["value"].iloc[0]
    return int(body - headline)


def _quoted_verb() -> str:
    """The verb the first direct quote giving a target total uses, read from inside its quotation marks."""
    targets = _target_claims()
    quoted = targets[targets["mode"] == "direct_quote"].iloc[0]
    sentence = load_sentences().set_index("sentence_id").loc[quoted["sentence_id"], "text"]
    inside = re.search(r'"([^"]*)"', str(sentence))[1]
    return next(verb for verb in VERB_CHOICES if re.search(rf"\b{verb}\b", inside))


def _names_one_line(text: str) -> bool:
    """Whether a text names one line ("26", "line 26"): the list reader then leaves it as it is."""
    return bool(_ONE_LINE.fullmatch(text.strip()))


def _line_numbers_in(text: str) -> list[int]:
    """The line numbers a text names ("26, 27", "[26, 27]", "26 27", "line 26", "lines 26 and 27"); AnswerError otherwise.
    Notes are read as in lists of options (learner AJ, M3): a line ruled out goes ("26, 27 (not 62)", "26, 27 but not
    62"), a line added in brackets or with a hedge counts ("26 and 27 (and 62?)", "26 and 27, maybe 62")."""
    if len(text) > MAX_READ_CHARS:
        raise AnswerError(f"Give the line numbers as a list of whole numbers: a text of {len(text):,} characters is not one.")
    meant = list_text_as_meant(unicodedata.normalize("NFKC", text).casefold(), _names_one_line)
    items = (without_end_marks(without_hedge(item.strip())) for item in meant.split(","))
    kept = ", ".join(item for item in items if item and not ruled_out_item(item, _names_one_line))
    tokens = [token for token in _LINE_SEPARATORS.split(kept) if token]
    numbers_only = [token for token in tokens if token not in _LINE_WORDS]
    if not numbers_only or not all(_WHOLE.fullmatch(token) for token in numbers_only):
        raise AnswerError(numbers_in_words_note(text, "the line numbers") or f"{preview(text)} is not a list of line numbers.")
    return [int(float(token)) for token in numbers_only]


def _line_number(item: object) -> list[int]:
    """One item of a list answer as the line number(s) it names: 26, 26.0, numpy's 26, "26" or "line 26"."""
    if isinstance(item, str):
        return _line_numbers_in(item)
    if isinstance(item, numbers.Integral) and not isinstance(item, bool):
        return [int(item)]
    if isinstance(item, numbers.Real) and not isinstance(item, bool) and math.isfinite(item) and float(item).is_integer():
        return [int(item)]
    raise AnswerError(f"{preview(item)} is not a whole line number.")


def read_line_numbers(answer: object) -> list[int]:
    """A list of line numbers in whatever form a learner gives it; one plain sentence (AnswerError) for anything else.

    The right lines in a loose form ("26, 27", "[26, 27]" in quotes, ["line 26", "line 27"], [26.0, 27.0], a pandas
    column) are still the right lines, so they are read as the list they name rather than marked wrong.
    """
    if isinstance(answer, str):
        return _line_numbers_in(answer)
    if isinstance(answer, numbers.Real) and not isinstance(answer, bool):
        return _line_number(answer)
    if hasattr(answer, "columns"):
        raise AnswerError("Expected a list of line numbers, but got a table: take its segment_id column "
                          "and add .tolist().")
    if (column_description(answer) or "").startswith("a column of True/False"):
        raise AnswerError("Expected a list of line numbers, but got a True/False column (one True or False per line): "
                          "put it inside shown[...] to keep the line numbers where it is True, then add .tolist().")
    if isinstance(answer, (bytes, dict)) or not hasattr(answer, "__iter__"):
        raise AnswerError(f"Expected a list of line numbers in square brackets, but got {a_kind(answer)}.")
    items = list(itertools.islice(answer, MAX_LIST_ITEMS + 1))
    if len(items) > MAX_LIST_ITEMS:
        raise AnswerError(f"Expected a few line numbers, but got a list of more than {MAX_LIST_ITEMS} items.")
    return [number for item in items for number in _line_number(item)]


#: Line numbers written as a range of lines ("lines 26-27", "line 26 to 27", "[26-27]"): two numbers at most four digits
#: long, named as lines or in a list's brackets (a bare "26-27" keeps the format sentence: it may be a sum); anchored.
_LINE_RANGE = re.compile(r"(?:lines? |\[\s?(?=.*\]))(\d{1,4})\s?(?:-|\u2013|\u2014|to)\s?(\d{1,4})\s?\]?\.?", re.IGNORECASE)


@dataclass(frozen=True)
class LineNumbersExercise(Exercise):
    """A list of line numbers, read from any form that names them; whatever is not whole line numbers gets a format sentence."""

    def _as_read(self, answer: Any) -> Any:
        """The line numbers named, refused in one sentence when one of them is not a line of the page (999, 0, -5), or
        when they are a range ("lines 26-27"), which is told to list its lines one by one."""
        try:
            lines = read_line_numbers(answer)
        except AnswerError:
            found = _LINE_RANGE.fullmatch(" ".join(answer.split())) if isinstance(answer, str) and len(answer) <= 40 else None
            if not found:
                raise
            low, high = int(found[1]), int(found[2])
            listed = f", e.g. {list(range(low, high + 1))}" if 0 <= high - low <= 5 else ""
            raise AnswerError(f"{preview(answer)} is a range of lines: list the lines one by one, by their numbers{listed}.",
                              says_what_is_expected=True) from None
        segments = load_segments()["segment_id"]
        first, last = int(segments.min()), int(segments.max())
        absent = next((line for line in lines if not first <= line <= last), None)
        if absent is not None:
            raise AnswerError(f"The page has no line {preview(absent)[1:-1]} (its lines are {first}-{last}).")
        return lines

    @property
    def expects(self) -> str:
        return "This exercise takes a list of whole line numbers in square brackets, e.g. [12, 14]."

    def judge(self, answer: Any) -> tuple[bool | None, str, str | None]:
        """As every exercise judges; a list that is partly right hears how many of its lines are right and what is wrong
        with the rest (a line missing, one too many, or one of its own lines outside the body), never which line is
        missing: that would hand over the answer."""
        correct, message, misconception = super().judge(answer)
        if correct is False and misconception is None:
            message = _partly_right_lines(set(self._as_read(answer)), set(self.expected())) or message
        return correct, message, misconception


def _partly_right_lines(given: set[int], expected: set[int]) -> str | None:
    """"Not quite: one of your lines is right; one more is missing." for a list sharing some lines with the answer, led by
    where a line of the list stands if it is outside the body (before its first paragraph or after its last), since its
    kind is not what is wrong with it; None for a list with neither."""
    first, last = _body_span()
    outside = sorted(n for n in given - expected if not first <= n <= last)
    right = len(given & expected)
    if not right and not outside:
        return None
    missing, extra = len(expected - given), len(given - expected) - len(outside)
    said = [f"{_count_word(right)} of your lines {'is' if right == 1 else 'are'} right"] if right else []
    if extra:
        said.append(f"{_count_word(extra)} {'does' if extra == 1 else 'do'} not belong")
    if missing:
        said.append(f"{_count_word(missing)} more {'is' if missing == 1 else 'are'} missing")
    counted = "; ".join(said)
    if extra or missing:
        counted += f". The question asks for {_count_word(len(expected))} lines: check each candidate's kind"
    if not outside:
        return f"Not quite: {counted}."
    before, after = [n for n in outside if n < first], [n for n in outside if n > last]
    where = [f"{_lines_named(before)} {_stand(before)} before the first body paragraph (line {first})"] if before else []
    if after and before:
        where.append(f"{_lines_named(after)} after the last (line {last})")
    elif after:
        where.append(f"{_lines_named(after)} {_stand(after)} after the last body paragraph (line {last})")
    note = f"Not quite: {' and '.join(where)}; the question asks only for lines inside the body."
    return f"{note} {counted[0].upper()}{counted[1:]}." if counted else note


def _body_span() -> tuple[int, int]:
    """The line numbers of the first and the last body paragraph: the body the question asks about lies between them."""
    segments = load_segments()
    body = segments.loc[segments["kind"] == "body_paragraph", "segment_id"]
    return int(body.min()), int(body.max())


def _lines_named(lines: list[int]) -> str:
    """"line 8", "lines 3 and 8", "lines 1, 3 and 8"."""
    if len(lines) == 1:
        return f"line {lines[0]}"
    return f"lines {', '.join(map(str, lines[:-1]))} and {lines[-1]}"


def _stand(lines: list[int]) -> str:
    return "stands" if len(lines) == 1 else "stand"


def _count_word(number: int) -> str:
    return {1: "one", 2: "two", 3: "three"}.get(number, str(number))


def _embedded_lines() -> list[int]:
    """Lines between the first and last body paragraph that belong to another event or article."""
    segments = load_segments()
    inside = segments[segments["segment_id"].between(*_body_span())]
    return sorted(int(n) for n in inside[inside["kind"].isin(["photo_caption", "related_teaser"])]["segment_id"])


register(
    Exercise(
        id="01.1",
        prompt="How many lines of the captured page are neither part of the article nor blank?",
        kind="number",
        units=("lines", "line"),
        expected=_page_lines_outside_article,
        hints=(
            "Combine two conditions with &: segments['in_article'] is False (write ~segments['in_article']) and segments['kind'] is not 'blank'.",
            "Check each condition on its own first: its .sum() counts the rows where it holds. The answer is the number of rows where both hold, so it can be no larger than either count.",
        ),
        traps=(
            Trap("included-blank-lines", lambda a: parse_number(a) == _all_lines_outside_article(), "That count includes the blank lines between paragraphs; leave out the rows whose kind is 'blank'.",
             prompt="Ask how learners decided which rows to leave out, and why a question with two conditions needs both of them in the code."),
            Trap("counted-whole-page", lambda a: parse_number(a) == len(load_segments()), "That is every line of the page; count only the lines outside the article that are not blank.",
             prompt="Ask what the question's two conditions were, and how to check a count against each of them before answering."),
        ),
        success="Right: navigation, photo credit and caption, the Subscribe button, an embedded caption and teaser, comment-widget residue and one Russian template line.",
    ),
    MissingItemsExercise(
        id="01.2",
        prompt="Which of these does the capture lack? Give a list chosen from: " + ", ".join(PROVENANCE_ITEMS) + ".",
        kind="choices",
        choices=PROVENANCE_ITEMS,
        names_absent=True,  # the question is what the capture lacks: "no byline", "date missing" name those items (learner Z, Z1)
        expected=_missing_provenance,
        aliases=(("date", "publication date"), ("url", "web address"), ("address", "web address"), ("link", "web address"), ("website", "web address"), ("web site", "web address"), ("author", "byline"),
                 ("by line", "byline"),
                 # everyday names of the same item (learner AP, M2): "date" alone was read, these were not
                 ("date of publication", "publication date"), ("date published", "publication date"),
                 ("published date", "publication date"), ("publishing date", "publication date"), ("pub date", "publication date")),
        hints=(
            "Three of the six are missing. For each one, ask: where on the page would it be, and is it there?",
            "The only full date on the page is in a photo caption about a different event: does that date the article?",
        ),
        traps=(
            Trap("listed-present-item", lambda a: bool(_chosen(a) - _missing_provenance()),
             "Your list names something the capture has (the feedback names the first such item on the learner's list and the line that shows it). Keep only what is absent.",
             prompt="Ask how learners checked each item against the page, and what a headline or a credit does and does not tell a reader about provenance."),
            Trap("listed-nothing", lambda a: not _chosen(a),
             "An empty list says the capture lacks nothing, but it lacks some of these items: look for each one on the page.",
             prompt="Ask how learners checked each item against the page, and why a reader should look for who wrote a text, when and where, rather than assume it is there."),
            Trap("missed-one", lambda a: _chosen(a) < _missing_provenance(),
             "Everything on your list is indeed missing, but the capture lacks more than that (the feedback says how many more, not which). For each remaining item, look for it on the page.",
             prompt="Ask which of the three missing items is easiest to overlook, and why a date in a caption is not the article's date."),
        ),
        success="Right: no byline, no publication date, no web address. Who wrote it, when, and where it was published all have to come from elsewhere.",
    ),
    Exercise(
        id="01.3",
        prompt="Apply two clues to the days of the year: the weekday the article gives, and 'after the campaign start'. How many candidate days remain?",
        kind="number",
        units=("candidate days", "days"),
        expected=_candidate_count,
        hints=(
            "Keep only the days that pass both conditions at once: each condition in round brackets, the two joined with &, the whole inside days[...].",
            "Count the result with len(...).",
        ),
        traps=(
            Trap("no-day-left", lambda a: parse_number(a) == 0,
             "No day is left. If you compared day_name() with a weekday's name, check its spelling: day_name() gives names "
             "with a capital letter, such as 'Tuesday', and == compares text exactly, so 'tuesday' matches no day.",
             prompt="Ask what a count of zero says about a filter, and how to look at the values a column holds before comparing them with text."),
            Trap("weekday-only", lambda a: parse_number(a) == len(dating.candidate_days(["weekday"])), "That is every such weekday of the year; keep only those after the campaign start as well.",
             prompt="Ask why the clues have to be applied together, and how each added condition narrows the candidate days."),
            Trap("campaign-start-only", lambda a: parse_number(a) == len(dating.candidate_days(["campaign_start"])), "That is every day after the campaign start; keep only the weekday the article gives as well.",
             prompt="Ask which clues the answer used and which it left out, and how a reader keeps track of every clue a text gives."),
        ),
        success="Right. Internal evidence leaves a whole season of candidate days: it narrows, but it cannot settle the date.",
    ),
    DatedClueExercise(
        id="01.4",
        prompt="Of the three dated clues, which one rules out no day that the other two had not already ruled out? Answer with one of: " + ", ".join(DATE_CLUE_CHOICES.values()) + ".",
        kind="choice",
        choices=tuple(DATE_CLUE_CHOICES.values()),
        aliases=(("tuesday", "said Tuesday"), ("weekday", "said Tuesday"), ("campaign", "campaign start"),
                 ("campaign start date", "campaign start"), ("start of the campaign", "campaign start"),
                 ("caption", "caption date"), ("caption's date", "caption date"), ("date in the caption", "caption date"),
                 ("date of the caption", "caption date"), ("photo caption", "caption date"), ("the photo caption", "caption date"),
                 ("the caption", "caption date"), ("the caption date", "caption date"), ("photo caption date", "caption date"),
                 ("photo date", "caption date"), ("the photo date", "caption date"), ("date of the photo", "caption date"),  # AF-8
                 # the photo's own date is its caption's (round 13: "the photo" was read as naming no clue)
                 ("photo's date", "caption date"), ("the photo's date", "caption date"), ("date on the photo", "caption date"),
                 ("the date on the photo", "caption date"), ("photo's caption", "caption date"),
                 ("the photo's caption", "caption date"), ("date of the photo caption", "caption date"),
                 *((f.replace("'", "\u2019"), "caption date") for f in ("photo's date", "the photo's date", "photo's caption",
                                                                        "the photo's caption", "caption's date"))),
        expected=_redundant_clue,
        hints=(
            "In the date narrower, tick the clues in different orders and read the 'Ruled out' column of the table.",
            "A clue adds nothing if every day it rules out is already ruled out by another clue: compare the two lower bounds.",
        ),
        success="Right: the caption's date is a weaker lower bound than the campaign start, so once both are applied it rules out nothing more. A sound clue can still add nothing.",
    ),
    Exercise(
        id="01.5",
        prompt="Using the outside evidence (the date in the article's web address), how many days after the campaign start was the briefing?",
        kind="number",
        units=("days", "day"),
        expected=_days_after_start,
        hints=(
            "Subtracting one date from another gives a length of time, and its .days is a whole number of days: which date comes first in the subtraction?",
        ),
        traps=(
            Trap("subtracted-wrong-way", lambda a: -parse_number(a) in (_days_after_start(), _days_after_start() + 1),
             "A number of days after the start cannot be negative: you subtracted the later date from the earlier one. "
             "Take the campaign start from the briefing's date.",
             prompt="Ask which of two dates comes first in a subtraction that counts the days from one to the other."),
            Trap("negative-days", lambda a: parse_number(a) < 0,
             "A count of days cannot be negative: subtract the campaign start from the briefing's date, and check both dates.",
             prompt="Ask what sign a number of days after an event must have, and what a negative result says about the working."),
            Trap("counted-both-ends", lambda a: parse_number(a) == _days_after_start() + 1, "You counted both the first and the last day; the difference between the two dates is one less.",
             prompt="Ask how many days lie between a Monday and the Wednesday after it, and when a question means counting both ends."),
            # one less than the key (learner AB, AB-L7): the hint's "which date comes first" fits a negative answer, not this
            Trap("one-day-short", lambda a: _days_after_start() > 1 and parse_number(a) == _days_after_start() - 1,
             "One day short: subtract the campaign start from the briefing's date as dates (their difference, in days) "
             "rather than counting the days by hand, and check that the briefing's date is the one in the web address.",
             prompt="Ask why a count of days made by hand so often ends one off, and how subtracting two dates avoids it."),
        ),
        success="Right. Keep this number: lesson 03 divides the article's totals by it.",
    ),
    ClickRestraintExercise(
        id="01.6",
        prompt="Who launched Sputnik, according to the search desk's card about the outlet? Open at most three results. Answer with one of: " + ", ".join(OWNER_CHOICES) + ".",
        kind="choice",
        choices=OWNER_CHOICES,
        aliases=(("rossiyasegodnya", "Rossiya Segodnya"), ("rossiya", "Rossiya Segodnya"), ("segodnya", "Rossiya Segodnya"),
                 ("ria", "RIA Novosti"), ("rianovosti", "RIA Novosti"), ("novosti", "RIA Novosti"), ("reuter", "Reuters"),
                 ("itar tass", "TASS"), ("россия сегодня", "Rossiya Segodnya"), ("риа новости", "RIA Novosti"), ("тасс", "TASS"),
                 ("рейтер", "Reuters")),
        expected=_owner,
        hints=(
            "Search the desk for who is behind the outlet (for example: who launched Sputnik), read the cards, and open the real report about the outlet, not one about the air strikes.",
            "On that card, read what it says RFE/RL reported (who presented Sputnik) and what it gives as facts.md's summary (who launched it, and what that launcher replaced): only one of the organisations named launched it.",
        ),
        traps=(
            Trap("ria-novosti-as-owner", lambda a: same_choice(a, "RIA Novosti"), "RIA Novosti is named on the desk's card about the outlet, in facts.md's summary, only as the agency that was replaced, "
             "not as the agency that launched Sputnik; read again who launched it.",
             prompt="Ask where the name appears on the card and in what role, so that being mentioned beside an outlet is not read as having launched or owning it."),
            Trap("event-outlet-as-owner", lambda a: any(same_choice(a, outlet) for outlet in _event_outlets()),
             "That agency appears on the desk as another outlet reporting the air strikes, not as anyone behind Sputnik; look for a result about the outlet itself.",
             prompt="Ask which results were about the event and which about the outlet, and why only a report about the outlet can say who is behind it."),
        ),
        success="Right: the desk's card about the outlet gives Rossiya Segodnya as the agency that launched Sputnik.",
        sourcing=("Where that comes from: RFE/RL reported in November 2014 that the head of Rossiya Segodnya, which it calls "
                  "state-owned, presented Sputnik in Moscow on 10 November 2014; and facts.md, citing RFE/RL and The Moscow "
                  "Times, says Rossiya Segodnya launched it (as the desk's summary shows)."),
    ),
    Exercise(
        id="01.7",
        prompt="SIFT's 'Investigate the source': what does knowing who launched the outlet change in how you read this article, and what does it not tell you?",
        kind="written",
        min_words=20,
        success="Noted. Compare your answer with the points in the summary: who is behind an outlet tells you whose voice to expect and what to check, not whether a given number is right.",
    ),
    Exercise(
        id="01.8",
        prompt="The quoted speaker in line 12 gives the same total as line 10. Which word does he use for what was done to the targets? Answer with one of: " + ", ".join(VERB_CHOICES) + ".",
        kind="choice",
        choices=VERB_CHOICES,
        aliases=(("hit", "hitting"), ("hits", "hitting")),
        expected=_quoted_verb,
        hints=("Read only the words inside the quotation marks of line 12, and find the verb just before the number of targets.",),
        traps=(
            Trap("outlets-word-for-quote", lambda a: same_choice(a, "destroyed"), "'Destroyed' is the headline's word and line 10's, which are the outlet's own sentences; look inside the quotation marks of line 12.",
             prompt="Ask which words stand inside the quotation marks and which are the outlet's, and why that decides what the speaker said."),
        ),
        success="Right: the quote says the targets were hit; the headline and the outlet's first sentence say destroyed. TASS's report of the same briefing, as facts.md summarises it, also has the targets hit.",
    ),
    Exercise(
        id="01.9",
        prompt="The headline says 'Over 2,000' targets. By how many targets does that fall short of the body's figure?",
        kind="number",
        combined_from="difference",
        units=("targets",),
        column_step="pick the two values you need (with .iloc[...] or a condition) and subtract one from the other",
        expected=_headline_body_gap,
        hints=("Subtract the headline's number from the first target total in the body (line 10). In pandas, both are in the claims table's value column.",),
        traps=(
            Trap("subtracted-wrong-way", lambda a: parse_number(a) == -_headline_body_gap(), "You subtracted the other way round: take the headline's figure from the body's, so that the shortfall is a positive number.",
             prompt="Ask how to state a shortfall so that its sign says which of the two figures is larger."),
        ),
        success="Right. 'Over 2,000' fits the body's figure, but rounder and vaguer: headlines often round, and rounding is a choice.",
    ),
    LineNumbersExercise(
        id="01.10",
        prompt="Which two lines, inside the body, come from a different event or a different article? Give their line numbers as a list, e.g. [12, 14].",
        kind="choices",
        expected=_embedded_lines,
        hints=(
            "Look for lines between the first and last body paragraph whose kind is neither body_paragraph, section_heading nor blank.",
            "segments[segments['kind'].isin(['photo_caption', 'related_teaser'])] lists candidates; keep only those between the first and the last body paragraph.",
        ),
        success="Right: a photo caption dated weeks before the briefing and the headline of another article, both dropped into the middle of this one by the page template.",
    ),
    Exercise(
        id="01.11",
        prompt="Line 28 comes right after the teaser and ends 'he said'. Who could 'he' be, and what would you need to know to decide?",
        kind="written",
        min_words=15,
        success="Noted. The segments table marks line 28 as 'ambiguous' for exactly this reason: the cell below shows its note. A good answer names both readings and one way to decide between them.",
    ),
)
