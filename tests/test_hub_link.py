"""The nbgitpuller link a teacher sends, and its agreement with the hub config and the guide (the browser suite's
tests/browser/test_hub.py clicks this same link on a real hub)."""
import re
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from medialit.hub import COURSE_FOLDER, main, nbgitpuller_link

ROOT = Path(__file__).resolve().parent.parent


def test_link_names_the_repository_branch_folder_and_lesson():
    link = nbgitpuller_link("https://hub.example.org/", "https://github.com/OWNER/REPO", "spring",
                            "lessons/03_numbers_nobody_can_check.ipynb")
    parts = urlsplit(link)
    assert (parts.scheme, parts.netloc, parts.path) == ("https", "hub.example.org", "/hub/user-redirect/git-pull")
    assert parse_qs(parts.query) == {
        "repo": ["https://github.com/OWNER/REPO"], "branch": ["spring"], "targetpath": [COURSE_FOLDER],
        "urlpath": [f"lab/tree/{COURSE_FOLDER}/lessons/03_numbers_nobody_can_check.ipynb"]}


def test_a_repository_address_with_a_query_cannot_leak_into_the_link():
    link = nbgitpuller_link("https://hub", "https://example.org/x.git?branch=evil&urlpath=/etc")
    assert parse_qs(urlsplit(link).query)["repo"] == ["https://example.org/x.git?branch=evil&urlpath=/etc"]
    assert parse_qs(urlsplit(link).query)["branch"] == ["main"]


def test_the_command_prints_the_link_the_guide_shows(capsys):
    main(["https://HUB", "https://github.com/OWNER/REPO"])
    link = capsys.readouterr().out.strip()
    assert link in (ROOT / "INSTRUCTORS.md").read_text(encoding="utf-8")


def test_the_hub_config_clones_into_the_folder_the_link_names():
    config = (ROOT / "docs" / "hub" / "jupyterhub_config.py").read_text(encoding="utf-8")
    assert re.search(rf'^COURSE_FOLDER = "{COURSE_FOLDER}"$', config, flags=re.M)
    assert 'c.Spawner.environment = {"PYTHONPATH": course_copy}' in config
