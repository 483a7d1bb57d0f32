"""The course map, kept once: lesson 00 shows it, the README repeats it, and a test keeps the two in step."""
from __future__ import annotations

import html
import re
from dataclasses import dataclass

__all__ = ["COURSE_VERSION", "Lesson", "LESSONS", "course_map", "replace_map"]

#: The course's version, written into every learner's submission; equal to pyproject.toml's (a test keeps them so).
COURSE_VERSION = "0.2.0"


@dataclass(frozen=True)
class Lesson:
    number: str
    slug: str
    title: str
    minutes: int
    objectives: tuple[str, ...]

    @property
    def path(self) -> str:
        return f"lessons/{self.number}_{self.slug}.ipynb"


LESSONS = (
    Lesson("00", "start_here", "Start here", 25, (
        "Run a cell, use a widget, answer an exercise and read its feedback.",
        "Find the case-study article and tell it apart from the page around it.",
    )),
    Lesson("01", "what_are_we_reading", "What are we reading?", 80, (
        "Separate an article from the page around it.",
        "Narrow down an undated article's date from internal evidence.",
        "Find out who is behind an outlet by leaving the page, opening few search results.",
        "Compare a headline with its body word by word.",
    )),
    Lesson("02", "who_says_so", "Who says so?", 90, (
        "Build the attribution chain of a claim (outlet, institution, person).",
        "Classify sentences as direct quote, paraphrase or narration.",
        "Chart how much of an article rests on each source.",
        "Find other reports of an event and tell independent ones from relays of one source.",
    )),
    Lesson("03", "numbers_nobody_can_check", "Numbers nobody can check", 70, (
        "Find what a total leaves unitemised.",
        "Compute rates and explain how they depend on their denominators.",
        "Rate how verifiable a claim is and say who holds the evidence.",
        "Trace a figure and its wording upstream to the earliest account.",
    )),
    Lesson("04", "units_that_dont_line_up", "Units that don't line up", 70, (
        "Convert units with pint and reason with rounding intervals.",
        "Convert clock times across zones on a historical date.",
        "Tell units of counting apart (sorties, targets, objects) before dividing one by another.",
        "Join tables on names that have several spellings.",
    )),
    Lesson("05", "your_turn", "Your turn", 85, (
        "Check the source and other coverage in a minute before reading closely.",
        "Draft a claims ledger for any article and curate it.",
        "Apply the course's checks to an article of your choice.",
    )),
)


def course_map(markdown: bool = False):
    """The course map as a displayable HTML table (or, with markdown=True, the README's markdown table)."""
    if markdown:
        rows = ["| Lesson | You will be able to | Minutes |", "|---|---|---|"]
        for lesson in LESSONS:
            rows.append(f"| [{lesson.number} · {lesson.title}]({lesson.path}) | {' '.join(lesson.objectives)} | {lesson.minutes} |")
        return "\n".join(rows)
    return _CourseMap()


class _CourseMap:
    def _repr_html_(self) -> str:
        rows = "".join(
            f"<tr><td>{l.number} · {html.escape(l.title)}</td><td><ul>{''.join(f'<li>{html.escape(o)}</li>' for o in l.objectives)}</ul></td><td>{l.minutes}</td></tr>"
            for l in LESSONS
        )
        total = sum(l.minutes for l in LESSONS)
        return (
            "<table><caption>The course map</caption><thead><tr><th scope='col'>Lesson</th>"
            "<th scope='col'>You will be able to</th><th scope='col'>Minutes</th></tr></thead>"
            f"<tbody>{rows}</tbody><tfoot><tr><td>All lessons</td><td></td><td>{total}</td></tr></tfoot></table>"
        )

    def __repr__(self) -> str:
        return "\n".join(f"{l.number} {l.title} ({l.minutes} min): {' '.join(l.objectives)}" for l in LESSONS)


def replace_map(text: str) -> str:
    """Put the current course map (and total time) in place of the one a markdown document carries."""
    lines = text.split("\n")
    start = lines.index("| Lesson | You will be able to | Minutes |")
    end = start
    while end < len(lines) and lines[end].startswith("|"):
        end += 1
    lines[start:end] = course_map(markdown=True).split("\n")
    hours, minutes = divmod(sum(lesson.minutes for lesson in LESSONS), 60)
    total = f"about {hours} hours {minutes} minutes in all" if minutes else f"about {hours} hours in all"
    return re.sub(r"about \d+ hours?(?: \d+ minutes)? in all", total, "\n".join(lines))

