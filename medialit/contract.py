"""The case-study contract: what each lesson needs from ``data/``, checked before anyone rewrites a lesson.

An instructor who replaces the case study wants to know, before editing anything, which lessons the new
article can carry. Each ``Feature`` names one thing a lesson relies on (a total with its itemised parts, a
distance in two units...) and probes it with the same helper the lesson uses; every exercise's answer key is
probed too, since each is computed from the data. ``python -m medialit.build --check-case-study`` prints the
report, and each lesson's setup cell calls ``ml.check_case_study("NN")``, which stops the lesson with one
sentence (not a pandas traceback) when its data lacks a feature.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

import pandas as pd

__all__ = ["CaseStudyError", "Feature", "FEATURES", "Finding", "case_study_report", "check_case_study", "report_lines"]


class CaseStudyError(Exception):
    """A lesson's data lacks something the lesson needs; shown in a notebook as its one-sentence message."""

    def _render_traceback_(self) -> list[str]:  # IPython shows this instead of a traceback
        return [f"CaseStudyError: {self}"]


@dataclass(frozen=True)
class Feature:
    """One thing in ``data/`` that lessons rely on; ``probe`` raises or returns False when it is missing."""

    name: str
    lessons: tuple[str, ...]
    source: str
    probe: Callable[[], object]


@dataclass(frozen=True)
class Finding:
    """Whether one feature (or one exercise's answer key) works on the current data, and why not."""

    name: str
    lessons: tuple[str, ...]
    source: str
    present: bool
    problem: str = ""


def _claims() -> pd.DataFrame:
    from .stats import claims_with_lines

    return claims_with_lines()


def _has(frame: pd.DataFrame, what: str) -> bool:
    if frame.empty:
        raise LookupError(f"no {what}")
    return True


def _segments_of(kind: str) -> bool:
    from .data import load_segments

    segments = load_segments()
    return _has(segments[segments["kind"] == kind], f"line of kind '{kind}'")


def _article_and_page() -> bool:
    from .data import load_segments

    in_article = load_segments()["in_article"]
    if in_article.all() or not in_article.any():
        raise LookupError("every line is marked the same way in in_article")
    return True


def _quote_by_named_person() -> bool:
    claims = _claims()
    return _has(claims[(claims["mode"] == "direct_quote") & (claims["source_type"] == "named_person")], "direct quote by a named person")


def _modes() -> bool:
    missing = {"direct_quote", "paraphrase", "narration"} - set(_claims()["mode"].astype(str))
    if missing:
        raise LookupError(f"no claim reported as {', '.join(sorted(missing))}")
    return True


def _unnamed_source() -> bool:
    claims = _claims()
    return _has(claims[claims["source_type"] == "unnamed"], "claim credited to an unnamed source")


def _outlet() -> bool:
    from .data import load_entities

    entities = load_entities()
    return _has(entities[entities["kind"] == "outlet"], "entity of kind 'outlet'")


def _breakdown(name: str) -> Callable[[], object]:
    def probe() -> object:
        from .stats import breakdown

        return breakdown(name)
    return probe


def _rates() -> object:
    from .stats import rates

    return rates()


def _earlier_figures() -> bool:
    from .data import load_earlier_briefings

    return _has(load_earlier_briefings(), "row")


def _ratings() -> bool:
    from .stats import RATINGS

    missing = set(RATINGS) - set(_claims()["verifiability"].astype(str))
    if missing:
        raise LookupError(f"no claim rated {', '.join(sorted(missing))}")
    return True


def _distance_in_two_units() -> bool:
    claims = _claims()
    units = claims.loc[claims["claim_type"] == "distance", "unit"].astype(str).unique()
    if len(units) < 2:
        raise LookupError(f"distances in {len(units)} unit(s)")
    return True


def _clock_with_zone() -> object:
    from .clocks import read_clock

    claims = _claims()
    _has(claims[claims["claim_type"] == "time"], "claim of type 'time'")
    return read_clock(str(claims[claims["claim_type"] == "time"].iloc[0]["text"]))


def _place_with_two_names() -> bool:
    from .data import load_entity_aliases

    claims = _claims()
    places = claims.loc[claims["claim_type"] == "place", "text"].astype(str)
    aliases = load_entity_aliases()
    named = aliases[aliases["alias"].isin(places)]
    if not (named.groupby("entity_id")["alias"].nunique() > 1).any():
        raise LookupError("no place claimed under two names that entity_aliases.csv joins")
    return True


FEATURES = (
    Feature("a headline line", ("00", "01"), "segments.csv, kind 'headline'", lambda: _segments_of("headline")),
    Feature("lines of the page marked as article and as not article", ("00", "01"), "segments.csv, in_article", _article_and_page),
    Feature("an outlet described, with a source", ("01",), "entities.csv, kind 'outlet'", _outlet),
    Feature("a direct quote by a named person", ("01", "02"), "claims.csv, mode and source_type", _quote_by_named_person),
    Feature("direct quotes, paraphrases and narration", ("02",), "claims.csv, mode", _modes),
    Feature("a claim credited to an unnamed source", ("02",), "claims.csv, source_type 'unnamed'", _unnamed_source),
    Feature("a total with its itemised parts", ("03",), "itemised.csv, breakdown 'campaign'", _breakdown("campaign")),
    Feature("a second itemised list (one day's)", ("03",), "itemised.csv, breakdown 'day_opposition_targets'", _breakdown("day_opposition_targets")),
    Feature("totals of sorties and targets over a dated campaign", ("03", "04"), "claims.csv units sortie and target; a campaign start date", _rates),
    Feature("earlier figures for the same totals", ("03",), "earlier_briefings.csv", _earlier_figures),
    Feature("claims rated checkable, partly checkable and uncheckable", ("03",), "claims.csv, verifiability", _ratings),
    Feature("a distance given in two units", ("04",), "claims.csv, claim_type 'distance'", _distance_in_two_units),
    Feature("a clock time with its time zone", ("04",), "claims.csv, claim_type 'time'", _clock_with_zone),
    Feature("a place under two names", ("04",), "claims.csv place claims joined to entity_aliases.csv", _place_with_two_names),
)


def _try(probe: Callable[[], object]) -> str:
    """'' if the probe works on the data, else a short reason (never raises)."""
    try:
        return "" if probe() is not False else "not found"
    except Exception as err:  # any failure of the data to carry the feature, pandas' included
        return f"{type(err).__name__}: {str(err)[:160]}" if str(err) else type(err).__name__


def case_study_report(lesson: str | None = None, answer_keys: bool = True) -> list[Finding]:
    """Every feature (and, with ``answer_keys``, every exercise answer key), with whether ``data/`` carries it."""
    from .exercises import get_exercise, list_exercises

    findings = [Finding(f.name, f.lessons, f.source, not (problem := _try(f.probe)), problem)
                for f in FEATURES if lesson is None or lesson in f.lessons]
    if not answer_keys:
        return findings
    lessons = sorted({exercise_id.split(".")[0] for exercise_id in list_exercises(lesson)})
    for number in lessons:
        keyed = [i for i in list_exercises(number) if get_exercise(i).expected is not None]
        failed = {i: problem for i in keyed if (problem := _try(get_exercise(i).expected))}
        problem = "; ".join(f"{i}: {reason}" for i, reason in list(failed.items())[:3]) + ("; ..." if len(failed) > 3 else "")
        findings.append(Finding(f"the answer keys of its {len(keyed)} self-checked exercises", (number,),
                                f"medialit/exercises/lesson{number}.py", not failed, problem))
    return findings


def check_case_study(lesson: str) -> None:
    """Stop a lesson at its setup cell, with one sentence, if ``data/`` lacks what the lesson needs.

    Only the features are probed here, so a lesson starts quickly; an answer key that cannot be worked out is
    said plainly by its own check ("? Cannot check"), and ``--check-case-study`` lists those too.
    """
    missing = [f for f in case_study_report(str(lesson), answer_keys=False) if not f.present]
    if missing:
        names = "; ".join(f"{f.name} ({f.source})" for f in missing[:4]) + ("; ..." if len(missing) > 4 else "")
        raise CaseStudyError(
            f"Lesson {lesson} needs data this case study does not have: {names}. "
            "Run `python -m medialit.build --check-case-study` to see what each lesson needs.")


def report_lines(findings: list[Finding]) -> list[str]:
    """The report as a plain-text table an instructor reads in a terminal."""
    lines = ["lessons  present  feature (from)"]
    for f in findings:
        lines.append(f"{','.join(f.lessons):8} {'yes' if f.present else 'NO':7}  {f.name} ({f.source})"
                     + (f"\n{'':17} -> {f.problem}" if f.problem else ""))
    missing = sorted({lesson for f in findings if not f.present for lesson in f.lessons})
    lines.append("Every lesson's data is present." if not missing else f"Lessons that would stop: {', '.join(missing)}.")
    return lines
