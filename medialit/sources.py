"""Outside sources, cited one way everywhere: CBS News, 3 Nov 2015, quoting the Pentagon (a statement): "..."

A course about who says what must not misquote its own sources. Every outside statement the lessons use
is a row of ``data/sources.csv`` (taken from ``data/facts.md``, or, where the row's note begins with ``BEYOND_FACTS``,
from the course authors' own check of a report); ``cite`` renders a row with its outlet and date, in quotation
marks only when the row holds the outlet's exact words, and as a marked paraphrase otherwise (facts.md's words, or
the course authors' summary of the report itself). An outlet's exact words that retell a speaker in indirect speech
credit the speaker as paraphrased, not quoted. ``tests/test_sources.py`` fails when a lesson or guide quotes an outside source any other way.
"""
from __future__ import annotations

import html

import pandas as pd

from .data import DataError, load_sources

__all__ = ["cite", "show_sources", "format_date"]

#: How a verbatim row credits its speaker: "quoting" only where the outlet put the speaker's words in quotation marks.
_CREDIT_VERBS = {"quoted": "quoting", "paraphrased": "paraphrasing"}
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def format_date(iso: object) -> str:
    """'2015-11-03' as '3 Nov 2015', '2014-11' as 'Nov 2014'; no date as 'date not recorded in facts.md'."""
    if not isinstance(iso, str) or not iso:
        return "date not recorded in facts.md"
    parts = [int(part) for part in iso.split("-")]
    month_year = f"{_MONTHS[parts[1] - 1]} {parts[0]}"
    return f"{parts[2]} {month_year}" if len(parts) == 3 else month_year


def _row(source_id: object) -> pd.Series:
    sources = load_sources().set_index("source_id")
    if not isinstance(source_id, str) or source_id not in sources.index:
        known = ", ".join(sources.index)
        raise DataError(f"No outside source {str(source_id)[:40]!r} in data/sources.csv. Use one of: {known}.")
    return sources.loc[source_id]


def _present(value: object) -> bool:
    return isinstance(value, str) and bool(value)


def cite(source_id: str) -> str:
    """One source as a reader writes it: outlet, date, then its exact words in quotation marks, or a marked paraphrase."""
    row = _row(source_id)
    head = f"{row['outlet']}, {format_date(row['date'])}"
    if row["verbatim"]:
        # The words in quotation marks are the outlet's; the credit says whether they repeat the speaker's or retell them.
        verb = _CREDIT_VERBS.get(row["speaker_words"])
        credit = f", {verb} {row['speaker']}" if verb and _present(row["speaker"]) else ""
        return f'{head}{credit}: "{row["words"]}"'
    about = f", reporting {row['speaker']}" if _present(row["speaker"]) else ""
    if _present(row["note"]) and row["note"].startswith(CITATION_ONLY):
        return f"{head} (the course's note on how facts.md cites it, not the outlet's words): {row['words']}"
    whose = "the course authors' summary of the report itself" if _checked_beyond_facts(row) else "facts.md's summary"
    return f"{head}{about} ({whose}, not a quotation): {row['words']}"


#: How a row's note begins when the row comes from a check of the report itself, not from facts.md.
BEYOND_FACTS = "Not in facts.md:"
#: How a row's note begins when what the outlet said is not on record, only that facts.md cites it: its words are then
#: the course's note on that citation (SRC18, fact-check 23 L1), never shown as the outlet's account.
CITATION_ONLY = "Cited, not on record:"


def _checked_beyond_facts(row: pd.Series) -> bool:
    return _present(row["note"]) and row["note"].startswith(BEYOND_FACTS)


class _Citations:
    """Several citations as a list: HTML in JupyterLab (escaped), plain text anywhere else."""

    def __init__(self, lines: list[str]):
        self.lines = lines

    def _repr_html_(self) -> str:
        items = "".join(f"<li>{html.escape(line)}</li>" for line in self.lines)
        return f'<ul class="medialit-sources" aria-label="Outside sources (data/sources.csv)">{items}</ul>'

    def __repr__(self) -> str:
        return "\n".join(f"- {line}" for line in self.lines)


def show_sources(*source_ids: str) -> _Citations:
    """The citations of several rows of data/sources.csv, ready to display under a lesson's comparison."""
    return _Citations([cite(source_id) for source_id in source_ids])
