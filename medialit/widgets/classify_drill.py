"""Classify-the-sentence drill: one sentence at a time, say how it is reported (and who is its source).

Feedback is instant and gives the ledger's reason (sentences.csv ``reason``), so a wrong answer teaches
the rule; the score counts each sentence once, at its first check.
"""
from __future__ import annotations

import html
from typing import Sequence

from ..attribution import MODE_LABELS, OFF_ARTICLE_KINDS, SOURCE_TYPE_LABELS, sentence_table
from . import CourseWidget, labelled

__all__ = ["ClassifyDrill"]

class ClassifyDrill(CourseWidget):
    """State: which sentence is shown, what the learner chose, and the running score."""

    title = "Classify-the-sentence drill"

    def __init__(self, ask_source: bool = False, sentence_ids: Sequence[str] | None = None):
        table = sentence_table(article_only=False)
        if sentence_ids is not None:
            unknown = [s for s in sentence_ids if s not in set(table["sentence_id"])]
            if unknown:
                raise ValueError(f"There is no sentence {unknown[0]!r} in data/sentences.csv; ids look like 'S03'.")
            table = table.set_index("sentence_id").loc[list(sentence_ids)].reset_index()
        full = sentence_table(article_only=False)
        previous = dict(zip(full["sentence_id"], [None, *full["text"].iloc[:-1]]))
        self._items = [
            {"id": row.sentence_id, "line": int(row.line), "kind": row.kind, "text": str(row.text),
             "before": previous[row.sentence_id], "mode": str(row.mode), "source_type": str(row.source_type),
             "reason": str(row.reason)}
            for row in table.itertuples(index=False)
        ]
        self.ask_source = ask_source
        self.reset()

    # --- state ---------------------------------------------------------------------------------------

    def reset(self) -> None:
        """Start again from the first sentence with a score of zero."""
        self.position = 0
        self.right = 0
        self.checked: set[str] = set()
        self._clear_answer()
        self._refresh()

    def _clear_answer(self) -> None:
        self.mode = None
        self.source_type = None
        self.feedback = ""
        self.correct: bool | None = None

    @property
    def total(self) -> int:
        return len(self._items)

    @property
    def finished(self) -> bool:
        return self.position >= self.total

    def current(self) -> dict | None:
        return None if self.finished else self._items[self.position]

    def choose_mode(self, mode: str | None) -> None:
        """Pick an answer for the mode (None clears it); an unknown value is refused in words."""
        if mode is not None and not (isinstance(mode, str) and mode in MODE_LABELS):
            self.feedback = f"{str(mode)[:40]!r} is not a mode; choose direct quote, paraphrase or narration."
        else:
            self.mode, self.feedback, self.correct = mode, "", None
        self._refresh()

    def choose_source(self, source_type: str | None) -> None:
        """Pick an answer for the source type (None clears it)."""
        if source_type is not None and not (isinstance(source_type, str) and source_type in SOURCE_TYPE_LABELS):
            self.feedback = f"{str(source_type)[:40]!r} is not a source type; choose one of the listed options."
        else:
            self.source_type, self.feedback, self.correct = source_type, "", None
        self._refresh()

    def check(self) -> bool | None:
        """Judge the current answer against the ledger; returns True/False, or None if it cannot be judged yet."""
        item = self.current()
        if item is None:
            self.feedback = "You have been through every sentence. Press 'Start again' to go round once more."
        elif self.mode is None or (self.ask_source and self.source_type is None):
            missing = "a mode" if self.mode is None else "a source type"
            self.feedback = f"Choose {missing} first, then press 'Check answer'."
        else:
            mode_ok = self.mode == item["mode"]
            source_ok = not self.ask_source or self.source_type == item["source_type"]
            self.correct = mode_ok and source_ok
            if item["id"] not in self.checked:
                self.checked.add(item["id"])
                self.right += int(self.correct)
            self.feedback = self._feedback_text(item, mode_ok, source_ok)
            self._refresh()
            return self.correct
        self.correct = None
        self._refresh()
        return None

    def _feedback_text(self, item: dict, mode_ok: bool, source_ok: bool) -> str:
        ledger = f"the ledger says {MODE_LABELS[item['mode']]}"
        if self.ask_source:
            ledger += f", source type {SOURCE_TYPE_LABELS[item['source_type']]}"
        if mode_ok and source_ok:
            verdict = "\u2714 Right: " + ledger + "."
        else:
            wrong = [part for part, ok in (("mode", mode_ok), ("source type", source_ok)) if not ok]
            verdict = f"\u2718 Not quite (check the {' and the '.join(wrong)}): {ledger}."
        return f"{verdict} Why: {item['reason']}"

    def next(self) -> None:
        """Move to the next sentence (checked or not)."""
        if not self.finished:
            self.position += 1
        self._clear_answer()
        self._refresh()

    def score_text(self) -> str:
        where = "all sentences done" if self.finished else f"sentence {self.position + 1} of {self.total}"
        return f"Score: {self.right} right out of {len(self.checked)} checked ({where})."

    # --- display -------------------------------------------------------------------------------------

    def sentence_html(self) -> str:
        item = self.current()
        if item is None:
            return "<p><strong>That was the last sentence.</strong> Press 'Start again' to go round once more.</p>"
        before = (f"<p style='color:#5f6368;margin:0.2em 0'><small>The sentence before it: "
                  f"{html.escape(item['before'])}</small></p>") if item["before"] else ""
        kind = OFF_ARTICLE_KINDS.get(item["kind"])
        note = f"<p><em>This line is on the page but not part of the article: {html.escape(kind)}.</em></p>" if kind else ""
        return (f"{before}<p style='margin:0.2em 0'><strong>Line {item['line']} (sentence {html.escape(item['id'])}):</strong></p>"
                f"<blockquote style='border-left:4px solid #0072B2;margin:0.2em 0;padding:0.2em 0.8em'>{html.escape(item['text'])}</blockquote>{note}")

    def result_html(self) -> str:
        chosen = []
        if self.mode:
            chosen.append(f"mode {MODE_LABELS[self.mode]}")
        if self.ask_source and self.source_type:
            chosen.append(f"source type {SOURCE_TYPE_LABELS[self.source_type]}")
        choice = f"<p>Your answer: {html.escape(', '.join(chosen))}.</p>" if chosen else ""
        feedback = f"<p role='status'>{html.escape(self.feedback)}</p>" if self.feedback else ""
        return f"{choice}{feedback}<p><strong>{html.escape(self.score_text())}</strong></p>"

    def snapshot_html(self) -> str:
        question = "How is it reported (direct quote, paraphrase or narration)?"
        if self.ask_source:
            question += f" And how is its source identified ({'; '.join(SOURCE_TYPE_LABELS.values())})?"
        return f"{self.sentence_html()}<p>{question}</p>{self.result_html()}"

    def _refresh(self) -> None:
        if self._view is None:
            return
        self._sentence.value = self.sentence_html()
        self._result.value = self.result_html()
        if self._mode_picker.value != self.mode:
            self._mode_picker.value = self.mode
        if self._source_picker is not None and self._source_picker.value != self.source_type:
            self._source_picker.value = self.source_type

    def _build_view(self):
        import ipywidgets as w

        self._sentence = w.HTML()
        self._mode_picker = labelled(w.RadioButtons(options=[(label, key) for key, label in MODE_LABELS.items()], value=None), "Mode:")
        self._mode_picker.observe(lambda change: self.choose_mode(change["new"]), names="value")
        pickers = [self._mode_picker]
        self._source_picker = None
        if self.ask_source:
            options = [(label, key) for key, label in SOURCE_TYPE_LABELS.items()]
            self._source_picker = labelled(w.RadioButtons(options=options, value=None), "Source type:")
            self._source_picker.observe(lambda change: self.choose_source(change["new"]), names="value")
            pickers.append(self._source_picker)
        buttons = []
        for text, action in (("Check answer", self.check), ("Next sentence", self.next), ("Start again", self.reset)):
            button = w.Button(description=text)
            button.on_click(lambda _button, act=action: act())
            buttons.append(button)
        self._result = w.HTML()
        view = w.VBox([self._sentence, w.HBox(pickers), w.HBox(buttons), self._result])
        self._view = view
        self._refresh()
        return view
