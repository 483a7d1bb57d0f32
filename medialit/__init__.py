"""medialit: helpers for a media-literacy course that interrogates the sources and numbers in one news story.

In a lesson: ``import medialit as ml``, then ``ml.article_text()``, ``ml.load_claims()``, ``ml.check("01.2", answer)``.
Heavy pieces (widgets, the extractor) load on first use, so importing the package stays quick.
"""
from __future__ import annotations

import importlib

from . import charts, course
from .course import COURSE_VERSION, course_map
from .charts import show
from .checks import Feedback, check, export_answers
from .data import (
    CASE_STUDY_CREDIT,
    DataError,
    article_text,
    body_text,
    load_claims,
    load_earlier_briefings,
    load_entities,
    load_entity_aliases,
    load_itemised,
    lateral_form_text,
    load_lateral_forms,
    load_lateral_results,
    load_segments,
    load_sentences,
    load_sources,
    load_table,
    validate_package,
)
from .exercises import list_exercises
from .submission import current_learner, move_answers, set_learner

__version__ = COURSE_VERSION

# Public names that live in modules loaded on first use: name -> module.
_LAZY = {
    "extract_claims": "medialit.extract",
    "check_case_study": "medialit.contract",
    "cite": "medialit.sources",
    "show_sources": "medialit.sources",
    "class_report": "medialit.gradebook",
    "search_desk": "medialit.lateral",
    "open_result": "medialit.lateral",
    "opened_results": "medialit.lateral",
    "reset_desk": "medialit.lateral",
    "transfer_form": "medialit.transfer",
    "check_transfer": "medialit.transfer",
    "set_transfer_order": "medialit.transfer",
}

__all__ = [
    "CASE_STUDY_CREDIT",
    "DataError",
    "Feedback",
    "export_answers",
    "article_text",
    "body_text",
    "charts",
    "course",
    "course_map",
    "check",
    "current_learner",
    "list_exercises",
    "move_answers",
    "load_claims",
    "load_earlier_briefings",
    "load_entities",
    "load_entity_aliases",
    "load_itemised",
    "load_lateral_results",
    "load_lateral_forms",
    "lateral_form_text",
    "load_segments",
    "load_sentences",
    "load_sources",
    "load_table",
    "set_learner",
    "show",
    "validate_package",
    *_LAZY,
]


def __getattr__(name: str):
    if name in _LAZY:
        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'medialit' has no attribute {name!r}")
