"""Ledger curator: go through a drafted claims ledger row by row, accept or reject each row, fix its details.

The extractor (``medialit.extract``) drafts the ledger; the learner decides. The state and every decision live
in ``LedgerState`` (``ledger_state.py``), which tests drive directly; this module draws it with ipywidgets.
The sample articles and ``choose_article`` live in ``medialit.articles`` and are re-exported here, where
lesson 05 imports them.
"""
from __future__ import annotations

import html

from .. import storage
from ..articles import Article, choose_article, sample_ledger, sample_names, sample_sentences, sample_text
from ..ledger_checks import Note
from ..text import highlight_html
from . import CourseWidget, labelled
from .ledger_state import (CLAIM_TYPES, DECISIONS, LEDGER_COLUMNS, MODES, SOURCE_TYPES, STATUS_WORDS, STATUSES,
                           VERIFIABILITY, VERIFIABILITY_CHOICES, LedgerState)

__all__ = [
    "LedgerCurator",
    "Article",
    "Note",
    "choose_article",
    "sample_names",
    "sample_text",
    "sample_ledger",
    "sample_sentences",
    "STATUSES",
    "VERIFIABILITY",
    "LEDGER_COLUMNS",
]


class LedgerCurator(LedgerState, CourseWidget):
    """The curator a learner sees: the state of ``LedgerState`` with a row view, decision buttons and edit fields."""

    title = "Ledger curator"

    def _show_message(self) -> None:
        if self._view is not None:
            self._message.value = self._message_html()

    def _message_html(self) -> str:
        return f"<p>{html.escape(self.message)}</p>" if self.message else ""

    def row_html(self, index: int | None = None) -> str:
        """The row being edited: its decision in words, the claim, and its sentence with the claim marked."""
        if not self.rows:
            return "<p>The extractor found no numbers, dates or clock times in this text, so there is nothing to curate.</p>"
        index = self.position if index is None else index
        row = self.rows[index]
        text = self._session.text
        start, end = row["sentence_start"], row["sentence_end"]
        if start is None or end is None or not (start <= row["char_start"] <= row["char_end"] <= end):
            start, end = max(0, row["char_start"] - 80), min(len(text), row["char_end"] + 80)
        marked = highlight_html(text[start:end], [(row["char_start"] - start, row["char_end"] - start, row["claim_id"])])
        value = "" if row["value"] is None else f"{row['value']:,.10g}"
        details = ", ".join(
            f"{label}: {html.escape(str(row[key]) or ('not rated yet' if key == 'verifiability' else '(none)'))}"
            for label, key in (("type", "claim_type"), ("unit", "unit"), ("speaker", "speaker"), ("mode", "mode"),
                               ("source type", "source_type"), ("verifiability", "verifiability"))
        )
        return (
            f"<p><strong>Row {index + 1} of {len(self.rows)}</strong> ({html.escape(row['claim_id'])}) &middot; "
            f"decision: <strong>{html.escape(STATUS_WORDS[row['status']])}</strong></p>"
            f"<p>Claim: <strong>{html.escape(row['text'])}</strong>{' = ' + value if value else ''} &middot; {details}</p>"
            f"<blockquote style='border-left:3px solid #5f6368;padding-left:0.6em;margin:0.3em 0'>{marked}</blockquote>"
            f"{self._advice_html(row)}"
        )

    def _advice_html(self, row: dict) -> str:
        """What still does not fit in this row (a speaker on narration, a count in km...), however the row got so: draft,
        edit or a loaded file."""
        advice = self._advice(row).strip()
        return f"<p><strong>To check:</strong> {html.escape(advice)}</p>" if advice else ""

    def _claim_types(self) -> list[str]:
        """The course's claim types, plus any other type the draft uses, so every row can be shown."""
        return [*CLAIM_TYPES, *sorted({row["claim_type"] for row in self.rows} - set(CLAIM_TYPES) - {""})]

    def _option_label(self, index: int) -> str:
        row = self.rows[index]
        return f"{row['claim_id']} {STATUS_WORDS[row['status']]}: {row['text'][:40]}"

    def snapshot_html(self) -> str:
        """The whole ledger as a table with each decision in words (what a notebook shows without a kernel)."""
        cells = "".join(
            "<tr>" + "".join(f"<td>{html.escape(str(v))}</td>" for v in (
                row["claim_id"], STATUS_WORDS[row["status"]], row["text"], row["unit"], row["speaker"] or "(none)",
                row["mode"], row["verifiability"] or "not rated yet",
            )) + "</tr>"
            for row in self.rows
        )
        head = "".join(f"<th scope='col'>{h}</th>" for h in ("Row", "Decision", "Claim", "Unit", "Speaker", "Mode", "Verifiability"))
        return (
            f"<p role='status'><strong>{html.escape(self.summary())}</strong></p>"
            f"<div style='max-height:20em;overflow-y:auto'><table><caption>The drafted ledger, row by row</caption>"
            f"<thead><tr>{head}</tr></thead><tbody>{cells}</tbody></table></div>"
        )

    def _refresh(self, rows_changed: bool) -> None:
        if self._view is None:
            return
        self._syncing = True
        try:
            row = self.rows[self.position] if self.rows else None
            if rows_changed:
                self._list.options = [(self._option_label(i), i) for i in range(len(self.rows))]
            if row is not None:
                self._list.value = self.position
                self._decision.value = row["status"]
                for name, control in self._editors.items():
                    control.value = row[name]
            self._summary.value = f"<p role='status'><strong>{html.escape(self.summary())}</strong></p>"
            self._row.value = self.row_html()
            self._message.value = self._message_html()
            self._previous.disabled = self.position == 0
            self._next.disabled = self.position >= len(self.rows) - 1
        finally:
            self._syncing = False

    def _show_kept_decision(self) -> None:
        self._syncing = True
        try:
            self._decision.value = self.rows[self.position]["status"]
        finally:
            self._syncing = False

    def _decide_and_move_on(self, status: str) -> None:
        """The quick path through a draft: decide this row, then show the next one (the message says what was done)."""
        note = self.set_status(None, status)
        if self.rows and self.rows[self.position]["status"] == status and self.position < len(self.rows) - 1:
            self.next()
            self._say(note, problem=False)

    def _on_control(self, name: str, value) -> None:
        if self._syncing:
            return
        if name == "row":
            self._go_to(value)
        elif name == "status":
            self.set_status(None, value)
            if self.rows and self.rows[self.position]["status"] != value:  # refused: show the decision the row keeps
                self._show_kept_decision()
        else:
            changes = {name: value}
            chosen_mode = self._editors["mode"].value if self.rows else None
            if name == "speaker" and value and chosen_mode != self.rows[self.position]["mode"]:
                changes["mode"] = chosen_mode  # a mode refused for want of a speaker, still in its box: applied with it
            self.edit(None, **changes)

    def _build_view(self):
        import ipywidgets as w

        wide = w.Layout(width="34em")
        self._summary = w.HTML()
        self._list = labelled(w.Select(options=[(self._option_label(i), i) for i in range(len(self.rows))], rows=6, layout=wide), "Ledger rows:")
        self._row = w.HTML()
        self._decision = labelled(w.Dropdown(options=DECISIONS), "Decision:")
        accept_next = w.Button(description="\u2714 Accept, next row", tooltip="Accept this row and show the next one")
        reject_next = w.Button(description="\u2718 Reject, next row", tooltip="Reject this row and show the next one")
        self._editors = {
            "claim_type": labelled(w.Dropdown(options=[(t, t) for t in self._claim_types()]), "Claim type:"),
            "unit": labelled(w.Text(continuous_update=False, placeholder="e.g. km, hour, sortie", layout=wide), "Unit:"),
            "speaker": labelled(w.Text(continuous_update=False, placeholder="who the article says is speaking", layout=wide), "Speaker:"),
            "mode": labelled(w.Dropdown(options=MODES), "Mode:"),
            "source_type": labelled(w.Dropdown(options=SOURCE_TYPES), "Source type:"),
            "verifiability": labelled(w.Dropdown(options=VERIFIABILITY_CHOICES), "Verifiability:"),
        }
        self._previous = w.Button(description="\u25c0 Previous", tooltip="Show the previous row")
        self._next = w.Button(description="Next \u25b6", tooltip="Show the next row")
        self._message = w.HTML()
        self._export_name = labelled(w.Text(value="my_ledger.csv", continuous_update=False),
                                     f"Export as (in {storage.display_path(storage.work_dir())}/):")
        export = w.Button(description="Export CSV", tooltip="Save the ledger with every decision as a CSV file")

        self._list.observe(lambda c: self._on_control("row", c["new"]), names="value")
        self._decision.observe(lambda c: self._on_control("status", c["new"]), names="value")
        for name, control in self._editors.items():
            control.observe(lambda c, name=name: self._on_control(name, c["new"]), names="value")
        accept_next.on_click(lambda _: self._decide_and_move_on("accepted"))
        reject_next.on_click(lambda _: self._decide_and_move_on("rejected"))
        self._previous.on_click(lambda _: self.previous())
        self._next.on_click(lambda _: self.next())
        export.on_click(lambda _: self.export_csv(self._export_name.value))

        view = w.VBox([
            self._summary, self._list, self._row, w.HBox([accept_next, reject_next]), self._decision,
            *self._editors.values(), w.HBox([self._previous, self._next]), self._message,
            w.HBox([self._export_name, export]),
        ])
        self._view = view
        self._refresh(rows_changed=False)
        return view
