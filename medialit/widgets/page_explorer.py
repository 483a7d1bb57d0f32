"""Page explorer: pick a part of the captured page (headline, body, captions, chrome...) and see its lines."""
from __future__ import annotations

import html

from ..data import load_segments
from . import CourseWidget, labelled

__all__ = ["PageExplorer"]

KIND_LABELS = {
    "headline": "Headline",
    "body_paragraph": "Body paragraphs",
    "section_heading": "Section headings",
    "photo_credit": "Photo credit",
    "photo_caption": "Photo captions",
    "related_teaser": "Related-article teaser",
    "subscribe_button": "Subscribe button",
    "site_chrome": "Site navigation and slogan",
    "comment_widget": "Comment-widget residue",
    "template_residue": "Template residue",
}
#: Put before a line whose place on the page (article or not) is unclear, in words, not in colour alone.
UNCLEAR_MARK = "<strong>[unclear boundary]</strong> "


class PageExplorer(CourseWidget):
    """Shows every line of one kind, so a learner sees what is article and what is page around it."""

    title = "Page explorer"

    def __init__(self, kind: str = "headline"):
        self._segments = load_segments()
        self.kind = kind if isinstance(kind, str) and kind in KIND_LABELS else "headline"

    @property
    def options(self) -> list[tuple[str, str]]:
        return [(label, kind) for kind, label in KIND_LABELS.items()]

    def set_kind(self, kind: str) -> None:
        """Choose which part of the page to show; an unknown kind keeps the current choice."""
        if isinstance(kind, str) and kind in KIND_LABELS:
            self.kind = kind
            if self._view is not None:
                self._result.value = self.result_html()

    def lines(self):
        return self._segments[self._segments["kind"] == self.kind]

    def result_html(self) -> str:
        lines = self.lines()
        label = KIND_LABELS[self.kind]
        count = f"<p><strong>{html.escape(label)}</strong>: {len(lines)} line{'s' if len(lines) != 1 else ''} of the page.</p>"
        items = "".join(
            f"<li><span style='color:#5f6368'>line {row.segment_id}:</span> "
            f"{UNCLEAR_MARK if row.boundary == 'ambiguous' else ''}{html.escape(str(row.text))}</li>"
            for row in lines.itertuples(index=False)
        )
        note = ""
        ambiguous = [str(n) for n in lines.loc[lines["boundary"] == "ambiguous", "segment_id"]]
        if ambiguous:
            verb, which = ("sits", "line") if len(ambiguous) == 1 else ("sit", "lines")
            # Lesson 00 meets the mark before lesson 01 explains boundaries, so the note says what it means (learner Z's Z15).
            note = (f"<p><em>{len(ambiguous)} of these lines {verb} on an unclear boundary ({which} {', '.join(ambiguous)}, "
                    "marked in the list; see the note column of the segments table): the captured page alone cannot show "
                    "whether such a line belongs to the article or to the page around it. Lesson 01 comes back to this.</em></p>")
        return f"{count}<ul style='max-height:18em;overflow-y:auto'>{items}</ul>{note}"

    def snapshot_html(self) -> str:
        return self.result_html()

    def _build_view(self):
        import ipywidgets as w

        picker = labelled(w.Dropdown(options=self.options, value=self.kind), "Part of the page:")
        self._result = w.HTML(self.result_html())
        picker.observe(lambda change: self.set_kind(change["new"]), names="value")
        return w.VBox([picker, self._result])
