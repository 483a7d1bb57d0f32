"""What the browser suite does with each notebook's widgets, so every lesson proves its widgets answer a person.

Add your lesson here: its file stem (the same in lessons/ and solutions/) maps to a list of steps. Each step
finds a widget by its visible label (the ``description=`` text, exactly as shown), acts on it like a person
would, and then expects ``expect`` to appear in the output of the cell that holds the widget. The suite
first checks that ``expect`` is NOT already shown, so a step only passes if the widget really changed the
result: pick a value other than the widget's starting value.

Actions (``value`` is what the person picks or types):
    "select"  Dropdown / Select: choose the option whose visible text is ``value``.
    "slide"   IntSlider / FloatSlider: type ``value`` into the slider's number readout, then Enter.
    "type"    Text / Textarea / IntText / FloatText: replace the text with ``value``, then leave the field.
    "check"   Checkbox: tick it (``value`` True) or clear it (``value`` False).
    "choose"  RadioButtons / ToggleButtons: pick the option whose visible text is ``value``.
    "click"   Button: press the button whose text is ``label`` (``value`` unused: use "").

A notebook that shows a widget but has no entry here fails, with a message pointing to this file.
"""
from __future__ import annotations

from typing import NamedTuple


class Interaction(NamedTuple):
    action: str
    label: str
    value: object
    expect: str


ACTIONS = ("select", "slide", "type", "check", "choose", "click")

INTERACTIONS: dict[str, list[Interaction]] = {
    # The suite's own check notebook (built in selftest_notebooks.py): one slider, one dropdown.
    "harness_selftest": [
        Interaction("slide", "Strikes per day", 7, "Twice that: 14"),
        Interaction("select", "Unit", "targets", "Counting targets"),
    ],
    "00_start_here": [
        Interaction("select", "Part of the page:", "Photo credit", "Photo credit: 1 line of the page."),
    ],
    "01_what_are_we_reading": [
        Interaction("check", "Line 10: 'said Tuesday'", True, "52 candidate days remain"),
        Interaction("type", "Search the desk", "Rossiya Segodnya", "RFE/RL on how Sputnik was launched"),
    ],
    "02_who_says_so": [
        Interaction("select", "Highlight:", "Mode: narration", "4 of 27 sentences"),
    ],
    "03_numbers_nobody_can_check": [
        Interaction("type", "Briefing date:", "2015-11-10", "39.8 sorties per day"),
    ],
    "04_units_that_dont_line_up": [
        Interaction("select", "Show intervals in:", "metres (m)", "5,450 m up to 5,550 m"),
    ],
    "05_your_turn": [
        Interaction("click", "\u2714 Accept, next row", "", "1 accepted, 0 rejected"),
    ],
    # The transfer checks: the same words find results on either form's desk, whichever form the learner has.
    "T1_check_before": [
        Interaction("type", "Search the desk", "figure", "for your search: figure"),
    ],
    "T2_check_after": [
        Interaction("type", "Search the desk", "figure", "for your search: figure"),
    ],
}
