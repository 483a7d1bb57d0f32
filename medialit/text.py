"""Showing text from the article safely: every piece of article or learner text is HTML-escaped here."""
from __future__ import annotations

import html
import re
from typing import Iterable

import pandas as pd

from .data import CASE_STUDY_CREDIT, load_segments

__all__ = ["ArticleView", "article_view", "credit_html", "highlight_html", "HIGHLIGHT_LEGEND", "words", "compare_words"]


def credit_html() -> str:
    """The credit line every display of the article carries."""
    return f'<p class="medialit-credit"><small>{html.escape(CASE_STUDY_CREDIT)}</small></p>'


class ArticleView:
    """The article as a reader sees it, built from the segments table (no page chrome), escaped, with line numbers."""

    def __init__(self, kinds: tuple[str, ...] = ("headline", "section_heading", "body_paragraph"), line_numbers: bool = True):
        self.kinds = kinds
        self.line_numbers = line_numbers

    def rows(self):
        segments = load_segments()
        return segments[segments["kind"].isin(self.kinds)]

    def _repr_html_(self) -> str:
        parts = []
        for row in self.rows().itertuples(index=False):
            number = f'<span aria-label="line {row.segment_id}" style="color:#5f6368">[{row.segment_id}]</span> ' if self.line_numbers else ""
            text = html.escape(str(row.text))
            if row.kind in ("headline", "section_heading"):
                text = f"<strong>{text}</strong>"
            parts.append(f'<p style="margin:0.4em 0">{number}{text}</p>')
        body = "".join(parts)
        return (
            '<blockquote class="medialit-article" style="border-left:4px solid #0072B2;padding:0.2em 1em;'
            f'max-height:32em;overflow-y:auto" tabindex="0" aria-label="The case-study article">{body}</blockquote>{credit_html()}'
        )

    def __repr__(self) -> str:
        lines = [f"[{row.segment_id}] {row.text}" for row in self.rows().itertuples(index=False)]
        return "\n".join(lines + [CASE_STUDY_CREDIT])


def article_view(kinds: str | Iterable[str] | None = None, line_numbers: bool = True) -> ArticleView:
    """Show the article: by default its headline, section headings and body paragraphs, each with its line number.

    ``kinds`` picks other lines of the page: one kind ("photo_caption") or several; a kind the segments table does
    not have raises ValueError naming the ones it has, rather than silently showing nothing.
    """
    if not kinds:
        return ArticleView(line_numbers=line_numbers)
    known = sorted(set(load_segments()["kind"].astype(str)))
    chosen = (kinds,) if isinstance(kinds, str) else tuple(kinds) if isinstance(kinds, Iterable) else (kinds,)
    unknown = [kind for kind in chosen if not (isinstance(kind, str) and kind in known)]
    if unknown:
        raise ValueError(f"{str(unknown[0])[:40]!r} is not a kind of line in the segments table; "
                         f"use one or more of: {', '.join(known)}.")
    return ArticleView(chosen, line_numbers)


# Highlighted spans never rely on colour alone: they are also bold, underlined and open with a bracketed marker.
HIGHLIGHT_STYLE = "background:#fde9a9;font-weight:bold;text-decoration:underline;text-underline-offset:0.2em"
HIGHLIGHT_LEGEND = (
    "Highlighted text is <strong>bold and underlined</strong> on a pale yellow background, and starts with a "
    "bracketed marker such as <strong>[S03]</strong>; text that is not highlighted is plain."
)


def highlight_html(text: str, spans: Iterable[tuple[int, int, str]]) -> str:
    """Escape ``text`` and mark each (start, end, marker) span: bold, underlined, tinted, opened by [marker].

    Offsets are Python str indices into ``text``, end exclusive. Overlapping or out-of-range spans are a
    mistake in the caller's data, so they raise ValueError rather than producing garbled HTML.
    """
    parts, position = [], 0
    for start, end, marker in sorted(spans):
        if not (position <= start <= end <= len(text)):
            raise ValueError(f"Span [{start}:{end}] overlaps another span or lies outside the text (length {len(text)}).")
        parts.append(html.escape(text[position:start]))
        label = f"[{html.escape(str(marker))}] " if marker else ""
        parts.append(f"<mark style='{HIGHLIGHT_STYLE}'>{label}{html.escape(text[start:end])}</mark>")
        position = end
    parts.append(html.escape(text[position:]))
    return "".join(parts)


_WORD = re.compile(r"[0-9][0-9,.]*[0-9]|[0-9]|[^\W\d_](?:[^\W_]|['\u2019-](?=[^\W_]))*")


def words(text: str) -> list[str]:
    """The words of a text in order, as written: numbers keep their commas ("2,084"), hyphenated words stay whole."""
    return _WORD.findall(str(text))


def compare_words(reference: str, **others: str) -> pd.DataFrame:
    """One row per word of ``reference``; for each other text, whether it uses the same word (case ignored).

    ``compare_words(headline, body=first_sentence)`` shows at a glance which of a headline's words its
    body repeats and which it does not (a different verb, a rounded number).
    """
    table = pd.DataFrame({"word": words(reference)})
    folded = table["word"].str.casefold()
    for name, other in others.items():
        table[name] = folded.isin({w.casefold() for w in words(other)})
    return table
