"""Search desk: the lateral-reading desk as a widget. Type a search, read the result cards, open only what is worth it.

Every opening goes through ``medialit.lateral.open_result``, so it is logged like one opened in code and a lesson's
check counts it (click restraint: how many distinct results a learner needed).
"""
from __future__ import annotations

import html

from ..lateral import DeskResults, OpenedResult, open_result, search_desk, use_desk
from . import CourseWidget, labelled

__all__ = ["SearchDesk"]


class SearchDesk(CourseWidget):
    """A search box, result cards each with an "Open <id>" button, and the opened result: drive it with
    ``query.value``, ``search()`` and ``open(result_id)``; ``results`` is the last search, ``opened`` what was opened here.

    Showing it makes its desk the one ``ml.search_desk`` searches when no desk is named."""

    title = "Search desk"

    def __init__(self, desk: str = "case_study"):
        import ipywidgets as w

        self.desk = desk
        use_desk(desk)  # code that names no desk now searches this one (a transfer check's form desk)
        self.results = DeskResults(desk if isinstance(desk, str) else "",
                                   message="Type a search (an outlet's name, a person, a number) and press Enter or Search.")
        self.opened: list[str] = []
        self.last_opened = OpenedResult(message="Nothing opened yet: open a result only when its card suggests it will help.")
        self.query = labelled(w.Text(value="", continuous_update=False, placeholder="e.g. who is behind the outlet",
                                     layout=w.Layout(width="32em")), "Search the desk")
        self.query.observe(lambda change: self.search(), names="value")
        self._search_button = w.Button(description="Search", tooltip="Search the desk for what you typed")
        self._search_button.on_click(lambda _: self.search())
        self._cards = w.VBox([])
        self._opened_area = w.HTML(self.opened_html())
        self._show_results()

    def search(self) -> DeskResults:
        """Search the desk for what is typed in the box, and show the result cards."""
        self.results = search_desk(self.query.value, self.desk)
        self._show_results()
        return self.results

    def open(self, result_id: object) -> OpenedResult:
        """Open a result in full (logged like ``ml.open_result``) and show it below the cards."""
        self.last_opened = open_result(result_id)
        if self.last_opened.result_id is not None:
            self.opened.append(self.last_opened.result_id)
        self._opened_area.value = self.opened_html()
        return self.last_opened

    def _show_results(self) -> None:
        import ipywidgets as w

        status = w.HTML(f'<p role="status">{html.escape(self.results.message)}</p>')
        rows = []
        for result in self.results.results:
            button = w.Button(description=f"Open {result.result_id}", tooltip=f"Open result {result.result_id} in full",
                              layout=w.Layout(width="auto"))
            button.on_click(lambda _, result_id=result.result_id: self.open(result_id))
            rows.append(w.VBox([w.HTML(f'<ul style="list-style:none;padding-left:0;margin:0">{result.card_html()}</ul>'), button]))
        self._cards.children = [status, *rows]

    def opened_html(self) -> str:
        """The last result opened, and how many this widget has opened (repeats and distinct)."""
        count = (f"<p>Opened here so far: {html.escape(', '.join(self.opened))} ({len(self.opened)} opening"
                 f"{'s' if len(self.opened) != 1 else ''}, {len(set(self.opened))} distinct).</p>" if self.opened else "")
        return f"{self.last_opened._repr_html_()}{count}"

    def snapshot_html(self) -> str:
        return f"{self.results._repr_html_()}{self.opened_html()}"

    def _build_view(self):
        import ipywidgets as w

        return w.VBox([w.HBox([self.query, self._search_button]), self._cards, self._opened_area])
