"""Attribution explorer: pick a speaker, a source type, a mode or a verb, and see those sentences highlighted."""
from __future__ import annotations

import html

import pandas as pd

from ..attribution import MODE_LABELS, OFF_ARTICLE_KINDS, OUTLET_VOICE, SOURCE_TYPE_LABELS, sentence_table
from ..data import load_segments
from ..text import HIGHLIGHT_LEGEND, credit_html, highlight_html
from . import CourseWidget, labelled

__all__ = ["AttributionExplorer"]

#: Choices whose count is an exercise's answer, by key or key prefix: the explorer highlights them but leaves the
#: counting to the learner (02.4 counts implied speakers, 02.6 the attribution verbs).
COUNTED_IN_EXERCISES = {"implied": "Exercise 02.4", "verb:": "Exercise 02.6"}


def counted_in_exercise(choice: str) -> str | None:
    """The exercise that asks for this choice's count, or None."""
    return next((exercise for key, exercise in COUNTED_IN_EXERCISES.items()
                 if choice == key or (key.endswith(":") and choice.startswith(key))), None)


class AttributionExplorer(CourseWidget):
    """Highlights the sentences that match one choice, with a count and a legend that does not rely on colour."""

    title = "Attribution explorer"

    def __init__(self, choice: str = "mode:direct_quote"):
        self._sentences = sentence_table(article_only=False)
        self._choices = self._build_choices()
        self._lines = self._lines_to_show()
        self._cache: dict[str, str] = {}
        self.message = ""
        self.choice = choice if isinstance(choice, str) and choice in self._choices else next(iter(self._choices))

    # --- choices -------------------------------------------------------------------------------------

    def _build_choices(self) -> dict[str, tuple[str, pd.Series]]:
        """Every way to pick sentences: key -> (label shown in the menu, which sentences match)."""
        table = self._sentences
        choices: dict[str, tuple[str, pd.Series]] = {}
        for mode, label in MODE_LABELS.items():
            choices[f"mode:{mode}"] = (f"Mode: {label}", table["mode"] == mode)
        for source_type, label in SOURCE_TYPE_LABELS.items():
            choices[f"source_type:{source_type}"] = (f"Source type: {label}", table["source_type"] == source_type)
        for speaker in table["source"].value_counts().index:
            label = "none (the outlet's own voice)" if speaker == OUTLET_VOICE else speaker
            choices[f"speaker:{speaker}"] = (f"Speaker: {label}", table["source"] == speaker)
        implied = table["speaker"].notna() & ~table["attribution_explicit"]
        choices["implied"] = ("Speaker only implied (a bare 'he', or by position)", implied)
        for verb in table["attribution_verb"].dropna().value_counts().index:
            shown = verb if any(ch.isalpha() for ch in verb) else f"{verb} (a headline's dash credit)"
            choices[f"verb:{verb}"] = (f"Attribution verb: {shown}", table["attribution_verb"] == verb)
        return {key: (label, mask.fillna(False).astype(bool)) for key, (label, mask) in choices.items()}

    @property
    def options(self) -> list[tuple[str, str]]:
        return [(label, key) for key, (label, _) in self._choices.items()]

    def set_choice(self, key: str) -> None:
        """Highlight another set of sentences; an unknown choice keeps the current one and says so."""
        if isinstance(key, str) and key in self._choices:
            self.choice, self.message = key, ""
        else:
            self.message = f"{str(key)[:40]!r} is not one of the menu's choices, so the highlight is unchanged."
        if self._view is not None:
            self._result.value = self.result_html()

    def matches(self) -> pd.DataFrame:
        """The sentences the current choice picks out, in reading order."""
        return self._sentences[self._choices[self.choice][1]]

    # --- display -------------------------------------------------------------------------------------

    def _lines_to_show(self) -> list[tuple[int, str, str, list[tuple[int, int, str]]]]:
        """Each line to show, with its sentences' spans relative to the line: computed once, reused per choice."""
        segments = load_segments()
        has_sentence = segments["segment_id"].isin(self._sentences["line"])
        shown = segments[has_sentence | (segments["kind"] == "section_heading")]
        lines = []
        for line in shown.itertuples(index=False):
            mine = self._sentences[self._sentences["line"] == line.segment_id]
            spans = [(int(s.char_start) - line.char_start, int(s.char_end) - line.char_start, str(s.sentence_id))
                     for s in mine.itertuples(index=False)]
            lines.append((int(line.segment_id), str(line.kind), str(line.text), spans))
        return lines

    def count_text(self) -> str:
        picked = self.matches()
        label = self._choices[self.choice][0]
        exercise = counted_in_exercise(self.choice)
        if exercise:
            return f"{label}: highlighted below. {exercise} asks you to count them, so no count is shown here."
        total_words = int(self._sentences["words"].sum())
        return (f"{len(picked)} of {len(self._sentences)} sentences ({int(picked['words'].sum())} of {total_words} words; "
                f"the article plus the embedded caption and teaser) match {label}.")

    def _article_html(self) -> str:
        picked = set(self.matches()["sentence_id"])
        parts = []
        for number, kind, line_text, spans in self._lines:
            text = highlight_html(line_text, [span for span in spans if span[2] in picked])
            if kind in ("headline", "section_heading"):
                text = f"<strong>{text}</strong>"
            if kind in OFF_ARTICLE_KINDS:
                note = f"on the page but not this article: {OFF_ARTICLE_KINDS[kind]}"
                text = f"<em>({html.escape(note)})</em> <span style='color:#5f6368'>{text}</span>"
            parts.append(f"<p style='margin:0.35em 0'><span style='color:#5f6368'>[{number}]</span> {text}</p>")
        return "".join(parts)

    def result_html(self) -> str:
        if self.choice not in self._cache:
            self._cache[self.choice] = (
                f"<p role='status'><strong>{html.escape(self.count_text())}</strong></p>"
                f"<p><small>Legend: {HIGHLIGHT_LEGEND} The marker is the sentence's id in data/sentences.csv. "
                "Numbers in grey brackets are line numbers of the captured page.</small></p>"
                "<div style='border-left:4px solid #0072B2;padding:0.2em 1em;max-height:30em;overflow-y:auto' tabindex='0' "
                f"aria-label='The article with the chosen sentences highlighted'>{self._article_html()}</div>{credit_html()}"
            )
        warning = f"<p><strong>Note:</strong> {html.escape(self.message)}</p>" if self.message else ""
        return warning + self._cache[self.choice]

    def snapshot_html(self) -> str:
        return self.result_html()

    def _build_view(self):
        import ipywidgets as w

        picker = labelled(w.Dropdown(options=self.options, value=self.choice, layout=w.Layout(width="max-content")), "Highlight:")
        self._result = w.HTML(self.result_html())
        picker.observe(lambda change: self.set_choice(change["new"]), names="value")
        return w.VBox([picker, self._result])
