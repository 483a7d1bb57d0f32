"""The lateral-reading desk: leave the page, offline. Search what others say about the event and the outlet, open a result.

Fact-checkers judge a source by reading *across* (who is behind it, what other reports say), not by reading one page
ever more closely. The desk gives every learner the same small, fixed set of results (``data/lateral/results.csv``)
with no network, ranked by rules a learner can read and predict (``search_desk``), and logs each result opened
(``open_result``), so a lesson can count how many were needed (click restraint) and a teacher can see the log.

Ranking, fixed and documented (data/lateral/README.md): the query and each result's title, outlet and excerpt are
lower-cased and split into words (runs of letters and digits, accents kept; a number keeps its decimal point and
drops its thousands commas, so 2,084 and 2084 are one word); common English stop words are dropped. A result scores
3 for each distinct query word in its title, 2 for each in its outlet and 1 for each in its excerpt; results scoring
0 are left out; ties go to the older result (undated last), then to the lower result id.

Invented results are labelled *invented site (fictional)* on their card and when opened, except on a desk where every
result is invented (the transfer checks' form desks): the notebook says so once, and a label on every card, the
article's own included, would tell the learner nothing.
"""
from __future__ import annotations

import html
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import timezone

import pandas as pd

from .data import load_lateral_results
from .answers import is_unanswered, without_end_marks

__all__ = [
    "DeskResult", "DeskResults", "OpenedResult", "search_desk", "use_desk", "open_result", "opened_results", "reset_desk",
    "words_of", "date_in_words", "logged_openings", "LOG_FILE", "LOG_COLUMNS", "STOP_WORDS", "MAX_QUERY_CHARS", "SNIPPET_CHARS", "PARAPHRASE_LABEL",
    "PARAPHRASE_LABELS", "FICTIONAL_LABEL",
]

#: The lessons' desk, searched when a search names no desk and no other desk is in use.
CASE_STUDY = "case_study"
#: A query longer than this is refused before any work (a pasted page is not a search).
MAX_QUERY_CHARS = 500
#: The longest snippet a result card shows; opening the result shows the whole excerpt.
SNIPPET_CHARS = 200
#: How much a query word found in each field is worth.
WEIGHTS = {"title": 3, "outlet": 2, "excerpt": 1}
#: Where each opening is appended, inside the learner's work folder, and its columns.
LOG_FILE = "medialit-desk-log.csv"
LOG_COLUMNS = ("learner", "desk", "result_id", "opened_at")
PARAPHRASE_LABEL = "Summary by the course authors from facts.md, not the outlet's words"
#: A summary's label by what it draws on (results.csv's summary_from): facts.md alone, or facts.md and what a check of
#: the report itself found (sources.csv's note on its row says so), or facts.md and a search that did not find the report.
PARAPHRASE_LABELS = {
    "facts_md": PARAPHRASE_LABEL,
    "facts_md_and_report": "Summary by the course authors from facts.md and a check of the report itself, not the outlet's words",
    "facts_md_and_search": "Summary by the course authors from facts.md and a search for the report, not the outlet's words",
}
FICTIONAL_LABEL = "invented site (fictional)"
#: Common English words that say nothing about what to find ("us" is kept: it often means the United States).
STOP_WORDS = frozenset("""
a about above after again against all am an and any are as at be because been before being below between both but by
can could did do does doing down during each few for from further had has have having he her here hers herself him
himself his how i if in into is it its itself just me more most my myself no nor not now of off on once only or other
our ours ourselves out over own s same she should so some such t than that the their theirs them themselves then there
these they this those through to too under until up very was we were what when where which while who whom why will
with would you your yours yourself yourselves
""".split())
# A number (digits with inner commas or points: 2,084 or 5.5) or a run of letters and digits. No alternative can
# start where another's repetition could, so matching is one pass whatever the text.
_WORD = re.compile(r"[0-9]+(?:[.,][0-9]+)*|[^\W_]+")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")


def words_of(text: str) -> frozenset[str]:
    """The searchable words of a text, by the desk's rules (lower case, accents kept, stop words dropped)."""
    found = _WORD.findall(unicodedata.normalize("NFC", text).lower())
    return frozenset(word.replace(",", "") if word[0].isdigit() else word for word in found) - STOP_WORDS


def date_in_words(iso: str) -> str:
    """``2015-11-03`` as "3 November 2015", ``2014-11`` as "November 2014", nothing as "date not recorded"."""
    parts = iso.split("-") if iso else []
    if len(parts) not in (2, 3) or not all(part.isdigit() for part in parts) or not 1 <= int(parts[1]) <= 12:
        return iso or "date not recorded"  # not a date this function can word: shown as recorded
    month_year = f"{_MONTHS[int(parts[1]) - 1]} {parts[0]}"
    return f"{int(parts[2])} {month_year}" if len(parts) == 3 else month_year


def _snippet(text: str) -> str:
    """At most ``SNIPPET_CHARS`` characters, cut at a word with an ellipsis, so a card stays one glance long."""
    if len(text) <= SNIPPET_CHARS:
        return text
    cut = text[: SNIPPET_CHARS - 1]
    return (cut.rsplit(" ", 1)[0] if " " in cut else cut).rstrip(" ,;:") + "\u2026"


def _cell(value: object) -> str:
    return "" if value is None or (not isinstance(value, str) and pd.isna(value)) else str(value)


@dataclass(frozen=True)
class _Row:
    """One desk result as the engine reads it, with its searchable words worked out once."""

    result_id: str
    desk: str
    title: str
    outlet: str
    date: str
    url: str
    kind: str
    fictional: bool
    wording: str
    excerpt: str
    source_id: str
    summary_from: str
    words: dict = field(compare=False, repr=False)

    def score(self, query: frozenset[str]) -> int:
        return sum(weight * len(query & self.words[name]) for name, weight in WEIGHTS.items())


def _rows() -> list[_Row]:
    table = load_lateral_results()
    rows = []
    for record in table.to_dict("records"):
        text = {name: _cell(record.get(name)) for name in ("result_id", "desk", "title", "outlet", "date", "url", "kind",
                                                      "wording", "excerpt", "source_id", "summary_from")}
        rows.append(_Row(**text, fictional=bool(record["fictional"]),
                         words={name: words_of(text[name]) for name in WEIGHTS}))
    return rows


def _address(url: str) -> str:
    return url or "full address not recorded"  # an address only where facts.md or a check of the report itself records it


def _short(text: str, limit: int = 60) -> str:
    """A learner's text, cut to quote back in a message."""
    return text if len(text) <= limit else text[: limit - 1] + "\u2026"


@dataclass(frozen=True)
class DeskResult:
    """One result as a search lists it: enough to choose whether to open it, not the whole excerpt."""

    result_id: str
    title: str
    outlet: str
    date: str
    url: str
    snippet: str
    fictional: bool
    kind: str
    #: Its desk is all invented and says so once, so the card does not repeat the label.
    desk_all_invented: bool = False

    @property
    def labelled_invented(self) -> bool:
        return self.fictional and not self.desk_all_invented

    def card_html(self) -> str:
        """The result as an HTML card (every text escaped), one paragraph per line so each reads on its own."""
        invented = f" \u00b7 <strong>{FICTIONAL_LABEL}</strong>" if self.labelled_invented else ""
        return (f'<li style="margin-bottom:0.6em"><p style="margin:0"><strong>{html.escape(self.title)}</strong></p>'
                f'<p style="margin:0">{html.escape(self.outlet)} \u00b7 {date_in_words(self.date)} \u00b7 '
                f"{html.escape(_address(self.url))}</p>"
                f'<p style="margin:0">{html.escape(self.snippet)}</p>'
                f'<p style="margin:0;color:#5f6368">Result {html.escape(self.result_id)}{invented}</p></li>')

    def __repr__(self) -> str:
        invented = f" [{FICTIONAL_LABEL}]" if self.labelled_invented else ""
        return (f"{self.result_id}{invented}: {self.title}\n    {self.outlet}, {date_in_words(self.date)}, "
                f"{_address(self.url)}\n    {self.snippet}")


@dataclass(frozen=True)
class DeskResults:
    """What a search found (best first), or, with no results, one sentence saying what to do."""

    desk: str
    results: list = field(default_factory=list)
    message: str = ""

    @property
    def ids(self) -> list[str]:
        return [result.result_id for result in self.results]

    def _repr_html_(self) -> str:
        cards = "".join(result.card_html() for result in self.results)
        listing = f'<ol style="padding-left:1.5em">{cards}</ol>' if cards else ""
        return f'<div class="medialit-desk"><p role="status">{html.escape(self.message)}</p>{listing}</div>'

    def __repr__(self) -> str:
        return "\n".join([self.message, *(f"{i}. {result!r}" for i, result in enumerate(self.results, start=1))])


def _desk_names(rows: list[_Row]) -> list[str]:
    return sorted({row.desk for row in rows})


def _all_invented(rows: list[_Row], desk: str) -> bool:
    """Whether every result on this desk is invented (a transfer check's form desk), so it is said once, not per card."""
    return all(row.fictional for row in rows if row.desk == desk)


#: The desk in use in this session: the one a desk widget was last shown for, or a search last named. A search that
#: names no desk searches it (so T1 and T2, whose form's widget comes first, search the form's desk; a lesson, whose
#: widget is the case study's, searches that), and an error's example id comes from it.
_last_desk: str | None = None


def _remember_desk(desk: str) -> None:
    global _last_desk
    _last_desk = desk


def use_desk(desk: object) -> None:
    """Make ``desk`` the one searched when a search names none (a desk widget calls this); an unknown name changes nothing."""
    if isinstance(desk, str) and desk in _desk_names(_rows()):
        _remember_desk(desk)


def _example_id(typed: str = "") -> str:
    """An id to give as an example: the first of the desk searched last, else of the desk the typed id's letter names,
    else of the case-study desk; so a learner at one desk is never pointed to another's results."""
    rows = _rows()
    prefix = typed.strip()[:1].upper()
    ids_by_desk: dict[str, list[str]] = {}
    for row in rows:
        ids_by_desk.setdefault(row.desk, []).append(row.result_id)
    by_letter = next((desk for desk, ids in ids_by_desk.items() if prefix and all(i.startswith(prefix) for i in ids)), None)
    desk = next(d for d in (_last_desk, by_letter, CASE_STUDY, *sorted(ids_by_desk)) if d in ids_by_desk)
    return min(ids_by_desk[desk])


#: How many results a search shows unless told otherwise.
SEARCH_LIMIT = 8


def _ranked(words, rows, desk: str, limit: int) -> list:
    """The rows of ``desk`` a search for ``words`` shows, best first, at most ``limit`` (no side effect: the desk in use
    stays as it was)."""
    ranked = sorted(
        ((row.score(words), row) for row in rows if row.desk == desk),
        key=lambda pair: (-pair[0], pair[1].date == "", pair[1].date, pair[1].result_id),
    )
    return [row for score, row in ranked if score > 0][:limit]


def search_desk(query: object, desk: str | None = None, limit: int = SEARCH_LIMIT) -> DeskResults:
    """Rank a desk's results for a typed query by the fixed rules above (no network), best first, at most ``limit``.

    With no ``desk``, the desk in use: the one a desk widget was last shown for or a search last named (a transfer
    check's form desk once its widget is shown), else the case study's. Bad input (not text, over 500 characters, no
    searchable word, an unknown desk) gives no results and one sentence.
    """
    named = desk is not None
    desk = desk if named else (_last_desk or CASE_STUDY)
    where = desk if isinstance(desk, str) else ""
    if not isinstance(query, str):
        return DeskResults(where, message="Type what to search for as text in quotation marks, such as an outlet's name.")
    if len(query) > MAX_QUERY_CHARS:
        return DeskResults(where, message=f"That search is {len(query):,} characters long; type a few words "
                                          f"(at most {MAX_QUERY_CHARS} characters), such as an outlet's name.")
    if isinstance(limit, bool) or not isinstance(limit, int) or limit < 1:
        return DeskResults(where, message="The number of results to show (limit) must be a whole number of at least 1, such as 8.")
    rows = _rows()
    desks = _desk_names(rows)
    if isinstance(desk, str) and not desk.strip():  # form.desk before a name is set (transfer.NameFirst): learner AI, L8
        return DeskResults(where, message="No desk yet: put your name in the name box first (or ml.set_learner(\"Your "
                                          "Name\")), then run the form cell again: the form and its desk come from it.")
    if where not in desks:
        named = _short(desk, 40) if isinstance(desk, str) else "like that (a desk is named by text)"
        return DeskResults(where, message=f"There is no desk called {named}; the desks are "
                                          f"{', '.join(desks)}.")
    _remember_desk(desk)
    words = words_of(query)
    if not words:
        return DeskResults(desk, message="Type at least one word to search for, such as an outlet's name or a word from "
                                         "the headline (words such as the, of and who are left out).")
    invented = _all_invented(rows, desk)
    results = [DeskResult(row.result_id, row.title, row.outlet, row.date, row.url, _snippet(row.excerpt), row.fictional,
                          row.kind, invented) for row in _ranked(words, rows, desk, limit)]
    if not results:
        if not named and desk == CASE_STUDY and any(row.score(words) > 0 for row in rows if row.desk != CASE_STUDY):
            return DeskResults(desk, message=f"No result on the case-study desk, the lessons' desk, matches {_short(query)}; "
                                             "in a check before or after the course, search your article's desk: add desk=form.desk.")
        return DeskResults(desk, message=f"No result on the desk matches {_short(query)}; try another word, such as an "
                                         "outlet's name or a word from the headline.")
    count = f"{len(results)} result{'s' if len(results) != 1 else ''}"
    return DeskResults(desk, results, f"{count} for your search: {_short(query)} (best first).")


@dataclass(frozen=True)
class OpenedResult:
    """A result opened in full, with its credit line; or, when nothing was opened, one sentence saying why."""

    result_id: str | None = None
    desk: str = ""
    title: str = ""
    outlet: str = ""
    date: str = ""
    url: str = ""
    excerpt: str = ""
    wording: str = ""
    fictional: bool = False
    message: str = ""
    #: Its desk is all invented and says so once, so the credit line does not repeat the label.
    desk_all_invented: bool = False
    #: For a summary, what it draws on (results.csv's summary_from), which picks its label.
    summary_from: str = ""

    @property
    def credit(self) -> str:
        """Who published it, when and where; for a summary, that the words are the course authors'."""
        if self.result_id is None:
            return ""
        line = f"{self.outlet}, {date_in_words(self.date)}, {_address(self.url)}."
        if self.fictional and not self.desk_all_invented:
            line += f" An {FICTIONAL_LABEL}: written for this course; no such outlet exists."
        elif self.wording == "paraphrase":
            line += f" {PARAPHRASE_LABELS.get(self.summary_from, PARAPHRASE_LABEL)}."
        return line

    def _repr_html_(self) -> str:
        note = f'<p role="status">{html.escape(self.message)}</p>' if self.message else ""
        if self.result_id is None:
            return note
        return (f'<div class="medialit-desk-result"><p style="margin:0"><strong>{html.escape(self.title)}</strong> '
                f'<span style="color:#5f6368">(result {html.escape(self.result_id)})</span></p>'
                f"<p>{html.escape(self.excerpt)}</p><p><em>{html.escape(self.credit)}</em></p>{note}</div>")

    def __repr__(self) -> str:
        if self.result_id is None:
            return self.message
        return "\n".join(filter(None, [f"{self.result_id}: {self.title}", self.excerpt, self.credit, self.message]))


# -- the log of opened results ---------------------------------------------------------------------------------

_opened: list[tuple[str, str]] = []  # (desk, result id) in the order opened this session


def _opened_at() -> str:
    from .submission import clock

    return clock().astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def _append_to_log_file(desk: str, result_id: str) -> str:
    """Add one opening to ``<work folder>/medialit-desk-log.csv``; returns "" or one sentence saying why it was not kept.

    The line is appended (the file is not read and rewritten: an opening costs the same on a long log, and two
    kernels appending at once both keep their lines); a new log is created through the course's confined writer.
    """
    from .storage import StorageError, csv_text, display_path, resolve, save_csv
    from .submission import current_learner

    row = pd.DataFrame([[current_learner() or "", desk, result_id, _opened_at()]], columns=list(LOG_COLUMNS))
    try:
        path = resolve(LOG_FILE)
        if not path.is_file() or path.is_symlink():
            save_csv(row, path, keep_backup=False)  # refuses a link or a folder in its place, with a sentence
            return ""
        header, line = csv_text(row).split("\n", 1)
        with open(path, "rb") as file:
            first = file.readline(1_000).decode("utf-8", errors="replace").strip().lstrip("\ufeff")  # Excel's "CSV UTF-8" starts with a BOM
        if first != header:
            return (f"This opening is counted for this session but not saved to your work folder: {display_path(path)} is "
                    "not a desk log; rename it, and the next opening starts a new log.")
        with open(path, "a", encoding="utf-8", newline="") as file:
            file.write(line)
    except (StorageError, OSError) as err:
        return f"This opening is counted for this session but not saved to your work folder: {err}"
    return ""


def open_result(result_id: object, desk: str | None = None) -> OpenedResult:
    """Show a result in full with its credit line, and log the opening (in memory and in the work folder's log file).

    An id no desk holds gives one sentence and logs nothing. ``desk`` is optional, as in ``search_desk`` (learners
    write it beside a search that names one): given, the result must be on that desk.
    """
    if is_unanswered(result_id):
        return OpenedResult(message=f"Replace the ... with the id of a result, such as \"{_example_id()}\", then run this cell "
                                    "again; a search shows each result's id.")
    if not isinstance(result_id, str):
        return OpenedResult(message=f"Give the id of a result as text, such as ml.open_result(\"{_example_id()}\"); "
                                    "a search shows each result's id.")
    rows = _rows()
    wanted = as_desk_spells(result_id, {row.result_id for row in rows}) if len(result_id) <= 20 else None
    row = next((row for row in rows if row.result_id == wanted), None)
    if row is None and _names_an_outlet(result_id, rows):
        return OpenedResult(message=_outlet_not_id(result_id, rows, desk))
    several = [part.strip() for part in re.split(r"[,;\s]+", result_id[:200]) if part.strip()] if row is None else []
    if len(several) > 1 and all(as_desk_spells(part, {r.result_id for r in rows}) in {r.result_id for r in rows} for part in several[:20]):
        first = as_desk_spells(several[0], {r.result_id for r in rows})  # "D15, D20": one id at a time (AF-7)
        return OpenedResult(message=f"Open one id at a time: ml.open_result(\"{first}\"), then the next.")
    if row is None:
        return OpenedResult(message=f"No desk holds a result {_short(result_id.strip(), 20)}; open an id a search shows, "
                                    f"such as {_example_id(result_id[:20])}.")
    if desk is not None and desk != row.desk:
        named = _short(desk, 40) if isinstance(desk, str) else "like that (a desk is named by text)"
        return OpenedResult(message=f"Result {row.result_id} is not on the desk {named}: open an id that a search of that "
                                    "desk shows, or leave out desk= to open it where it is.")
    _opened.append((row.desk, row.result_id))
    note = _append_to_log_file(row.desk, row.result_id)
    return OpenedResult(row.result_id, row.desk, row.title, row.outlet, row.date, row.url, row.excerpt, row.wording,
                        row.fictional, note, _all_invented(rows, row.desk), row.summary_from)


#: Kinds of result whose "outlet" column names a source that published it (a department, a reference work, a registry),
#: not a news outlet (fact-check 24 LOW-1): the desk's messages call such a name a source, never an outlet.
SOURCE_KINDS = frozenset({"official_statement", "reference"})


def is_an_outlet(name: str, kind: str) -> bool:
    """Whether a desk row's outlet column names one news outlet: not a source that published its own result (a department,
    a reference work) and not a group of outlets (Russian media)."""
    return kind not in SOURCE_KINDS and not str(name).casefold().endswith(" media")


def in_a_sentence(name: str, kind: str) -> str:
    """A desk name as written inside a sentence: a department or centre takes "the" (the US State Department), a news
    outlet's name and a group of outlets (Russian media) do not, and a name that starts with The keeps its own."""
    return name if is_an_outlet(name, kind) or name.casefold().startswith("the ") or name.casefold().endswith(" media") else f"the {name}"


def _outlet_not_id(typed: str, rows, desk: object) -> str:
    """What an outlet's name (or one of its ``OUTLET_ALIASES``) typed for an id is told: a result opens by its id, as a
    search shows it. A search is suggested only where a result from that outlet is on the desk in use and a search for the
    name shows it (T2's desk has no TASS result: learner AM, L8; form A's has no CBS News result: fact-check 25 L1)."""
    in_use = desk if isinstance(desk, str) and desk in _desk_names(rows) else (_last_desk or CASE_STUDY)
    ids = sorted(row.result_id for row in rows if row.desk == in_use)
    example = ids[0] if ids else _example_id()
    shown = _short(" ".join(typed.split()), 60)  # an outlet's name as the desk has it, so not cut at 20 like a typed id
    outlet = _outlet_named(typed, rows) or shown
    name = shown if " ".join(typed.casefold().split()) == outlet.casefold() else f"{shown} ({outlet})"
    named = [row for row in rows if row.outlet == outlet]
    what = "an outlet" if not named or is_an_outlet(named[0].outlet, named[0].kind) else "the source of a result"
    message = f"{name} names {what}, not a result: a result is opened by its id as a search shows it, such as \"{example}\"."
    if not any(row.desk == in_use for row in named):
        return message + f" This desk has no result from {in_a_sentence(outlet, named[0].kind) if named else outlet}."
    for term in dict.fromkeys((shown, outlet)):
        if any(row.outlet == outlet for row in _ranked(words_of(term), rows, in_use, SEARCH_LIMIT)):
            return message + f" Search the desk for {term} to see the ids of its results."
    return message


#: Other names a learner may use for an outlet or source of the desk, keyed by its name in the desk's outlet column
#: (fact-check 23 L5: only the full names were read). A name not on the desk matches nothing. The desk exercises
#: (``exercises.desk``) and ``open_result`` read the same list (fact-check 25 L3).
OUTLET_ALIASES = {
    "US Department of Defense": ("Pentagon", "Department of Defense", "Department of Defence", "Defense Department",
                                 "Defence Department", "DoD", "US DoD"),
    "US State Department": ("State Department", "Department of State", "US Department of State", "State Dept"),
}


def _outlet_named(typed: str, rows) -> str | None:
    """The desk's name of the outlet or source a typed text names ("TASS", "reuters", "the Pentagon"), or None: its name
    or one of its ``OUTLET_ALIASES``, whole, with or without a leading "the"."""
    name = " ".join(typed.casefold().split()) if len(typed) <= 100 else ""
    if not name:
        return None
    names = {name, name.removeprefix("the ")}
    for outlet in dict.fromkeys(str(row.outlet) for row in rows):
        spellings = {" ".join(spelling.casefold().split()) for spelling in (outlet, *OUTLET_ALIASES.get(outlet, ()))}
        if names & spellings:
            return outlet
    return None


def _names_an_outlet(typed: str, rows) -> bool:
    """Whether a typed "id" is the name of an outlet or source on the desks ("TASS", "reuters", "Pentagon"): a learner
    who opens an outlet by name is told what an id is, not that no desk holds it."""
    return _outlet_named(typed, rows) is not None


#: The words the desk prints before an id, on a card ("Result D02") and on its button ("Open D02"), copied with the id.
CARD_WORDS = ("RESULT", "OPEN")


def as_desk_spells(result_id: str, known: set[str]) -> str:
    """A typed id as the desk spells it: case and spaces ignored (around it and inside it: "D 15" is D15), the card's or
    button's word before it dropped ("Result D02", "Open D02"), and a one-digit number read as two ("b5" is B05), as
    every exercise reads a desk id."""
    wanted = without_end_marks(result_id.strip()).upper()  # "Result D02!" as typed at the end of a sentence
    words = wanted.split(None, 1)
    if len(words) == 2 and words[0] in CARD_WORDS:
        wanted = words[1]
    wanted = "".join(wanted.split())
    letter, number = wanted[:1], wanted[1:]
    if wanted not in known and letter.isalpha() and number.isdigit() and len(number) == 1:
        return f"{letter}0{number}"
    return wanted


def logged_openings(desk: str) -> list[str]:
    """The ids this learner opened on ``desk`` in any session, from the log file in the work folder ([] if unreadable).

    A kernel restart empties the session's list; the transfer check falls back on this so a restart loses nothing.
    """
    from .storage import StorageError, read_csv, work_dir
    from .submission import current_learner

    path = work_dir() / LOG_FILE
    learner = current_learner() or ""
    try:
        log = read_csv(path, required=LOG_COLUMNS) if path.is_file() else None
    except (StorageError, OSError):
        return []
    if log is None:
        return []
    mine = log[(log["learner"] == learner) & (log["desk"] == desk)]
    return mine["result_id"].tolist()


def opened_results(desk: str | None = None) -> list[str]:
    """The ids opened this session, in order, repeats kept (``len(set(...))`` counts distinct results); one desk or all."""
    return [result_id for where, result_id in _opened if desk is None or where == desk]


def reset_desk(desk: str | None = None) -> None:
    """Forget this session's openings on one desk (all desks if None); the log file in the work folder keeps its history."""
    _opened[:] = [entry for entry in _opened if desk is not None and entry[0] != desk]
