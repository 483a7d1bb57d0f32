"""Course widgets: each a small class whose state tests drive directly, with an ipywidgets view on top.

A widget's logic lives in plain methods (``set_...``, ``result_html()``...) so tests run without a browser.
``CourseWidget`` adds the display: the live ipywidgets view in a running kernel, plus a static HTML
snapshot of the current result and a one-line text label, which are what GitHub, nbviewer and a notebook
opened without a kernel show (the solution notebooks store only these; see ``medialit.build``).
"""
from __future__ import annotations

import html

__all__ = ["CourseWidget", "READABLE_FIELD_EM", "labelled", "controls", "widget_classes"]


class CourseWidget:
    """Base for the course's widgets: subclasses build ``self.view`` and implement ``snapshot_html``."""

    #: Short name a screen reader and a text-only view show for the widget.
    title = "Interactive widget"

    _view = None

    @property
    def view(self):
        """The ipywidgets view, built on first display so tests of the logic never need ipywidgets."""
        if self._view is None:
            self._view = self._build_view()
        return self._view

    def _build_view(self):  # pragma: no cover - every subclass overrides it
        raise NotImplementedError

    def snapshot_html(self) -> str:  # pragma: no cover - every subclass overrides it
        raise NotImplementedError

    def _repr_mimebundle_(self, include=None, exclude=None):
        bundle = self.view._repr_mimebundle_(include=include, exclude=exclude) or {}
        bundle["text/plain"] = f"{self.title} (interactive: run the notebook to use it)"
        bundle["text/html"] = (
            f'<div class="medialit-snapshot" role="region" aria-label="{html.escape(self.title)}">'
            f"<p><em>{html.escape(self.title)}: a snapshot; run the notebook to use the widget.</em></p>"
            f"{self.snapshot_html()}</div>"
        )
        return bundle


# The narrowest a text box, dropdown or date box may be after its label: wide enough to read what is typed.
READABLE_FIELD_EM = 12


def labelled(widget, description: str):
    """Give an ipywidgets control a visible label that is also its accessible name, and room to show it.

    The label takes its natural width out of the control's box, so a long label once squeezed the text box
    after it to a few pixels ("Export as (in my_work/):" in lesson 05). The control's own layout therefore gets a
    minimum width of the label plus a readable field (its own Layout, since callers may share one).
    """
    import ipywidgets as w

    widget.description = description
    widget.style = {"description_width": "initial"}
    settings = {name: getattr(widget.layout, name) for name in widget.layout.keys
                if not name.startswith("_") and getattr(widget.layout, name) is not None}
    settings["min_width"] = f"calc({len(description) + 1}ch + {READABLE_FIELD_EM}em)"
    widget.layout = w.Layout(**settings)
    return widget


def controls(view) -> list:
    """Every control a learner can change or click inside a widget's view, in display order (for tests and benchmarks)."""
    import ipywidgets as w

    found, stack = [], [view]
    while stack:
        node = stack.pop(0)
        if isinstance(node, w.Box):
            stack[:0] = list(node.children)
        elif isinstance(node, w.Button) or (
            isinstance(node, w.ValueWidget) and not isinstance(node, (w.HTML, w.HTMLMath, w.Label)) and not node.disabled
        ):
            found.append(node)
    return found


def widget_classes() -> list[type]:
    """Every course widget class in medialit.widgets, so tests and benchmarks cover new widgets automatically."""
    import importlib
    import inspect
    import pkgutil

    classes = []
    for module_info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        module = importlib.import_module(f"{__name__}.{module_info.name}")
        for _, cls in inspect.getmembers(module, inspect.isclass):
            if issubclass(cls, CourseWidget) and cls is not CourseWidget and cls.__module__ == module.__name__:
                classes.append(cls)
    return classes
