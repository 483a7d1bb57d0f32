"""Two small notebooks that prove the browser checks bite: one that must pass, one that must be caught.

They are written at run time (not kept as .ipynb files) so nbval, which collects notebooks under tests/,
never runs the broken one.
"""
from __future__ import annotations

from pathlib import Path

import nbformat
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

KERNEL_METADATA = {
    "kernelspec": {"name": "python3", "display_name": "Python 3 (ipykernel)", "language": "python"},
    "language_info": {"name": "python"},
}

WORKING_CELLS = [
    new_markdown_cell("# Harness self-test\n\nA slider, a dropdown and a chart: the suite must draw, drive and check each."),
    new_code_cell('import altair as alt\nimport ipywidgets as widgets\nimport pandas as pd\n\nalt.renderers.enable("mimetype");'),
    new_code_cell(
        'strikes = widgets.IntSlider(value=3, min=0, max=20, description="Strikes per day")\n'
        'doubled = widgets.HTML(value="<p>Twice that: 6</p>")\n'
        "strikes.observe(lambda change: setattr(doubled, 'value', f\"<p>Twice that: {2 * change['new']}</p>\"), names='value')\n"
        "widgets.VBox([strikes, doubled])"
    ),
    new_code_cell(
        'unit = widgets.Dropdown(options=["sorties", "targets"], value="sorties", description="Unit")\n'
        'unit_echo = widgets.Label(value="Counting sorties")\n'
        "unit.observe(lambda change: setattr(unit_echo, 'value', f\"Counting {change['new']}\"), names='value')\n"
        "widgets.VBox([unit, unit_echo])"
    ),
    new_code_cell(
        'counts = pd.DataFrame({"day": ["1", "2", "3"], "sorties": [20, 25, 30]})\n'
        'chart = alt.Chart(counts, title="Sorties per day", description="Bar chart of sorties per day")\n'
        'chart.mark_bar().encode(x="day", y="sorties").properties(usermeta={"embedOptions": {"actions": False}})'
    ),
]

BROKEN_CELLS = [
    new_markdown_cell("# Harness self-test: a broken notebook\n\nThe suite must report the outside request and the error."),
    new_code_cell("from IPython.display import HTML\nHTML('<img alt=\"remote pixel\" src=\"https://cdn.example.invalid/pixel.png\">')"),
    new_code_cell("1 / 0"),
    new_code_cell("print('never reached')"),
]


def write_selftest_notebooks(folder: Path) -> dict[str, Path]:
    """Write both notebooks into ``folder``; return them by stem."""
    folder.mkdir(parents=True, exist_ok=True)
    written = {}
    for stem, cells in (("harness_selftest", WORKING_CELLS), ("harness_selftest_broken", BROKEN_CELLS)):
        path = folder / f"{stem}.ipynb"
        nbformat.write(new_notebook(cells=cells, metadata=KERNEL_METADATA), path)
        written[stem] = path
    return written
