"""The README's command 1 opens lesson 00 in JupyterLab without the "get notified about official Jupyter news?"
pop-up: the course ships the setting in overrides.json (Binder installs it with postBuild). The same start
without the course's switch shows the pop-up, which proves the check can see it."""
from __future__ import annotations

import shlex
import tempfile
from pathlib import Path

import pytest
from jupyter_servers import start_server
from notebook_page import NotebookPage
from suite_paths import REPO_ROOT, screenshots_dir

pytestmark = pytest.mark.browser

NEWS_QUESTION = "Would you like to get notified about official Jupyter news?"
SETTINGS_SWITCH = "--LabApp.app_settings_dir=."


def readme_lab_switches() -> list[str]:
    """The switches README's command 1 passes to ``jupyter lab``."""
    command = next(line for line in (REPO_ROOT / "README.md").read_text(encoding="utf-8").splitlines() if "/jupyter lab " in line)
    return shlex.split(command.split("/jupyter lab ", 1)[1])


def test_readme_command_1_ships_the_course_settings():
    assert SETTINGS_SWITCH in readme_lab_switches()


@pytest.mark.parametrize("with_course_settings", [True, False], ids=["readme-command-1", "without-course-settings"])
def test_lesson_00_opens_without_the_news_pop_up(with_course_settings, guarded_page):
    page, guard = guarded_page
    switches = [s for s in readme_lab_switches() if with_course_settings or s != SETTINGS_SWITCH]
    workdir = Path(tempfile.mkdtemp(prefix="medialit-launch-"))
    # A new learner: no user settings at all, the course folder as the server root, started from it.
    server = start_server("lab", REPO_ROOT, workdir, user_settings={}, extra=switches)
    try:
        driver = NotebookPage(page, server.url(""))  # "/" goes where --LabApp.default_url says: lesson 00
        driver.open()
        question = page.get_by_text(NEWS_QUESTION)
        if with_course_settings:
            page.wait_for_timeout(5_000)  # the pop-up, when it comes, comes within a second of the page
            assert question.count() == 0, "the news pop-up greets the learner"
            assert page.url.split("?")[0].endswith("/lab/tree/lessons/00_start_here.ipynb"), page.url
        else:
            question.first.wait_for(timeout=15_000)
        driver.screenshot(screenshots_dir() / f"launch--{'readme-command-1' if with_course_settings else 'without-course-settings'}.png")
    finally:
        server.stop()
    assert not guard.problems()
