"""Showing text from the article safely: every piece of article or learner text is HTML-escaped here."""
from __future__ import annotations

import html

from .data import CASE_STUDY_CREDIT, load_segments

__all__ = ["ArticleView", "article_view", "credit_html"]


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


def article_view(kinds: tuple[str, ...] | None = None, line_numbers: bool = True) -> ArticleView:
    """Show the article: by default its headline, section headings and body paragraphs, each with its line number."""
    return ArticleView(tuple(kinds) if kinds else ArticleView().kinds, line_numbers)
