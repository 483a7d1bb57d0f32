"""Articles to practise on: the sample articles in ``data/samples/`` with their hand-made ledgers, or a pasted text.

Lesson 05, the ledger curator, the practice command and the extractor's benchmark all read the samples
through these functions, validated like the course's own tables.
"""
from __future__ import annotations

import html
import re
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from .answers import same_choice
from .data import data_dir

__all__ = ["Article", "DEFAULT_SAMPLE", "SAMPLES_FOLDER", "choose_article", "sample_names", "sample_text", "sample_ledger",
           "sample_sentences", "samples_dir"]

SAMPLES_FOLDER = "samples"
#: The course's label on an invented text, its first line: "FICTIONAL TEACHING MATERIAL ..." (the samples),
#: "[Fictional article written for this course; ...]" (the transfer forms).
INVENTED_LABEL = re.compile(r"\[?fictional\b", re.IGNORECASE)


def samples_dir() -> Path:
    return data_dir() / SAMPLES_FOLDER


def sample_names() -> list[str]:
    """The sample articles in ``data/samples/`` (each a ``NAME.txt`` with a hand-made ``NAME_claims.csv``)."""
    return sorted(p.stem for p in samples_dir().glob("*.txt"))


def _check_sample(name: object) -> str:
    """The sample's name as its files spell it, however the learner typed it ("Unnamed Sources", "unnamed_sources ")."""
    names = sample_names()
    spelled = next((known for known in names if isinstance(name, str) and len(name) <= 200 and same_choice(name, known)), None)
    if spelled is None:
        raise ValueError(f"There is no sample article {str(name)[:40]!r}; choose one of: {', '.join(names)}.")
    return spelled


def sample_text(name: str) -> str:
    """A sample article's text, byte for byte (offsets in its ledger are indices into this string)."""
    return (samples_dir() / f"{_check_sample(name)}.txt").read_bytes().decode("utf-8")


def sample_ledger(name: str) -> pd.DataFrame:
    """A sample article's hand-made claims ledger, validated like the course's own tables: the exercises' answer key."""
    from .data import load_table

    return load_table(f"{_check_sample(name)}_claims", folder=samples_dir())


def sample_sentences(name: str) -> pd.DataFrame:
    """A sample article's hand-made sentence table (speaker and mode of each sentence), validated like its ledger."""
    from .data import load_table

    return load_table(f"{_check_sample(name)}_sentences", folder=samples_dir())


@dataclass(frozen=True)
class Article:
    """An article to work on: a name (used in file names) and its text, shown with line numbers, escaped.

    A first line that is the course's label on an invented text (``INVENTED_LABEL``: the samples, the transfer forms)
    is shown but not counted among the article's words, so a count is of what a learner reads as the article
    (headline and body) and agrees with FORMS.md.
    """

    name: str
    text: str
    note: str = ""

    @property
    def words(self) -> int:
        """How many words the article has (``str.split``), a first-line invented-text label left out."""
        first, _, rest = self.text.lstrip().partition("\n")
        return len(rest.split()) if INVENTED_LABEL.match(first) else len(self.text.split())

    @property
    def lines(self) -> list[tuple[int, str]]:
        """(line number, line) for every non-blank line, numbered like the case study's lines."""
        return [(number, line) for number, line in enumerate(self.text.split("\n"), start=1) if line.strip()]

    def _repr_html_(self) -> str:
        paragraphs = "".join(
            f'<p style="margin:0.4em 0"><span aria-label="line {number}" style="color:#5f6368">[{number}]</span> {html.escape(line)}</p>'
            for number, line in self.lines
        )
        note = f'<p role="status"><strong>{html.escape(self.note)}</strong></p>' if self.note else ""
        return (
            f'{note}<blockquote class="medialit-article" style="border-left:4px solid #0072B2;padding:0.2em 1em;max-height:24em;'
            f'overflow-y:auto" tabindex="0" aria-label="The article: {html.escape(self.name)}">{paragraphs}</blockquote>'
            f"<p><small>{html.escape(self.name)}: {self.words} {'word' if self.words == 1 else 'words'}, {len(self.lines)} non-blank {'line' if len(self.lines) == 1 else 'lines'}.</small></p>"
        )

    def __repr__(self) -> str:
        return "\n".join([self.note] * bool(self.note) + [f"[{number}] {line}" for number, line in self.lines])


DEFAULT_SAMPLE = "harbour_briefing"


def choose_article(sample: str = DEFAULT_SAMPLE, pasted: str = "") -> Article:
    """The text pasted into ``pasted`` if there is any, else the chosen sample article.

    A misspelt sample name, or a pasted text too long to draft, does not stop the lesson: the default sample is
    shown, with a sentence saying so.
    """
    from .extract import check_article

    if isinstance(pasted, str) and pasted.strip():
        try:
            check_article(pasted.strip("\n"), function="the curator")
            return Article("my_article", pasted.strip("\n"))
        except ValueError as err:
            return Article(DEFAULT_SAMPLE, sample_text(DEFAULT_SAMPLE), note=f"{err} Showing {DEFAULT_SAMPLE} for now.")
    try:
        return Article(_check_sample(sample), sample_text(sample))
    except ValueError as err:
        return Article(DEFAULT_SAMPLE, sample_text(DEFAULT_SAMPLE), note=f"{err} Showing {DEFAULT_SAMPLE} for now.")
