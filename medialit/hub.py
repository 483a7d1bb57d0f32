"""The link a teacher sends a class on JupyterHub: one click logs the learner in, starts their server, clones
the course into ``~/medialit`` (later clicks merge the teacher's updates) and opens a lesson.

    python -m medialit.hub https://HUB https://github.com/OWNER/REPO [--branch main] [--notebook lessons/NN_slug.ipynb]

The hub must be set up as ``docs/hub/jupyterhub_config.py`` shows (INSTRUCTORS.md): its ``PYTHONPATH``
points at ``~/medialit``, the folder this link names, whatever the repository is called.
"""
from __future__ import annotations

import argparse
from urllib.parse import quote

__all__ = ["COURSE_FOLDER", "nbgitpuller_link", "main"]

#: The folder the link clones the course into, in each learner's home (the hub config's COURSE_FOLDER).
COURSE_FOLDER = "medialit"
FIRST_LESSON = "lessons/00_start_here.ipynb"


def nbgitpuller_link(hub_url: str, repo_url: str, branch: str = "main", notebook: str = FIRST_LESSON) -> str:
    """nbgitpuller's link for ``repo_url`` at ``branch``, opening ``notebook`` (a path inside the course)."""
    query = {"repo": quote(repo_url, safe=""), "branch": quote(branch, safe=""), "targetpath": COURSE_FOLDER,
             "urlpath": quote(f"lab/tree/{COURSE_FOLDER}/{notebook.lstrip('/')}", safe="/")}
    return f"{hub_url.rstrip('/')}/hub/user-redirect/git-pull?" + "&".join(f"{k}={v}" for k, v in query.items())


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m medialit.hub", description=__doc__.split("\n\n")[0])
    parser.add_argument("hub_url", help="your hub's address, e.g. https://hub.example.org")
    parser.add_argument("repo_url", help="your copy of the course, e.g. https://github.com/OWNER/REPO")
    parser.add_argument("--branch", default="main", help="the branch you teach from (default: main)")
    parser.add_argument("--notebook", default=FIRST_LESSON, help=f"the notebook to open (default: {FIRST_LESSON})")
    args = parser.parse_args(argv)
    print(nbgitpuller_link(args.hub_url, args.repo_url, args.branch, args.notebook))


if __name__ == "__main__":
    main()
