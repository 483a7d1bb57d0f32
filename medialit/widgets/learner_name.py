"""Learner name box: lesson 00 asks for the learner's name once, so that their answers file carries it.

Typing a name (and pressing Enter, or the button) calls ``ml.set_learner``, which also keeps the name in the
work folder for later lessons. A name known already (set before, or given by JupyterHub) is shown ready. Another
learner's name starts a new list of desk openings: those made so far belong to the name they were made under.
"""
from __future__ import annotations

import html

from ..submission import current_learner, learner_and_source, name_problem, set_learner
from . import CourseWidget, labelled

__all__ = ["LearnerNameBox"]


class LearnerNameBox(CourseWidget):
    """Asks for the learner's name: drive it with ``set_name`` (or by setting the text box's ``value``)."""

    title = "Your name"

    def __init__(self, name: str | None = None):
        known, source = learner_and_source()
        self.name = known or ""
        self._last_saved: str | None = None  # the text this box last saved, as typed (spaces collapsed)
        if known:
            self.message = (f"Your answers are saved under the name {known} ({source}). "
                            "If that is not you, type your name and press Enter.")
        else:
            self.message = "Type your name (the name your teacher knows you by) and press Enter."
        if isinstance(name, str):
            self.set_name(name)

    def set_name(self, text: object) -> None:
        """Put this name on the learner's answers; an unusable one leaves the name as it was and says why."""
        problem = name_problem(text)
        typed = " ".join(str(text).split()) if problem is None else None
        if typed is not None and typed == self._last_saved and current_learner() == self.name:
            return  # the button right after the box saved the same name: its message, perhaps how to bring answers saved
            # under a mistyped name along, stays on screen (learner AV)
        self.message = problem or set_learner(text)  # a new name also starts a new list of desk openings (set_learner)
        if problem is None:
            self.name = current_learner()
            self._last_saved = typed
        if self._view is not None:
            self._result.value = self.result_html()

    def result_html(self) -> str:
        return f'<p role="status">{html.escape(self.message)}</p>'

    def snapshot_html(self) -> str:
        return f"<p><strong>Your name:</strong> {html.escape(self.name) or '<em>not set</em>'}</p>{self.result_html()}"

    def _build_view(self):
        import ipywidgets as w

        box = labelled(w.Text(value=self.name, continuous_update=False, placeholder="e.g. Ada Lovelace",
                              layout=w.Layout(width="28em")), "Your name:")
        button = w.Button(description="Save my name", tooltip="Put this name on your answers file")
        box.observe(lambda change: self.set_name(change["new"]), names="value")
        button.on_click(lambda _: self.set_name(box.value))
        self._result = w.HTML(self.result_html())
        return w.VBox([w.HBox([box, button]), self._result])
