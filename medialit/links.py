"""Launch links for a copy of the course on GitHub: Binder, and nbgitpuller for a JupyterHub.

    python -m medialit.links --repo OWNER/REPO [--branch main] [--hub https://hub.example.edu]

prints both links and rewrites the README's Binder badge and the launch-links block of INSTRUCTORS.md for that
repository. The formats are those of mybinder.org's own link form (BinderHub's ``makeShareableBinderURL``:
``/v2/gh/OWNER/REPO/BRANCH?urlpath=...``) and of nbgitpuller's link generator (``HUB/hub/user-redirect/git-pull``
with ``repo``, ``targetpath``, ``urlpath`` and ``branch``, form-encoded). The clone always lands in
``~/medialit`` (``targetpath``), the folder the tested hub set-up (``docs/hub/jupyterhub_config.py``) puts on
``PYTHONPATH``, whatever the repository is called (``medialit.hub`` makes the same link for any git URL). Anything that is not a plain GitHub owner/name, git
branch name or https hub address is refused with one sentence, before any file is touched.
"""
from __future__ import annotations

import argparse
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlencode, urlsplit

from .hub import COURSE_FOLDER, FIRST_LESSON

__all__ = ["LinkError", "Links", "make_links", "rewrite_readme", "rewrite_instructors", "main"]

ROOT = Path(__file__).resolve().parent.parent
BINDER = "https://mybinder.org"
HUB_PLACEHOLDER = "https://HUB"
MAX_INPUT = 200

# GitHub's rules: an owner is 1-39 letters, digits or single hyphens inside; a repository name is letters,
# digits, '.', '_' and '-'. A branch is checked against git's ref-name rules below.
OWNER_REPO = re.compile(r"(?P<owner>[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38})/(?P<name>[A-Za-z0-9._-]{1,100})")
BRANCH = re.compile(r"[A-Za-z0-9._/-]{1,100}")
BADGE = re.compile(r"(\[!\[Launch on Binder\]\(https://mybinder\.org/badge_logo\.svg\)\]\()[^)\s]*(\))")
BLOCK = re.compile(r"(<!-- launch-links -->\n).*?(<!-- /launch-links -->)", re.DOTALL)


class LinkError(ValueError):
    """An owner/name, branch or hub address no link can be built from; the message says what is accepted."""


@dataclass(frozen=True)
class Links:
    repo: str
    branch: str
    hub: str | None
    binder: str
    nbgitpuller: str


def _check_repo(repo: object) -> tuple[str, str]:
    text = repo if isinstance(repo, str) else ""
    match = OWNER_REPO.fullmatch(text) if len(text) <= MAX_INPUT else None
    if not match or match["name"] in (".", "..") or match["name"].endswith(".git"):
        raise LinkError(f"--repo must be a GitHub owner and name such as 'my-school/medialit', not {_shown(repo)}.")
    return match["owner"], match["name"]


def _check_branch(branch: object) -> str:
    text = branch if isinstance(branch, str) else ""
    if (len(text) > MAX_INPUT or not BRANCH.fullmatch(text) or text.startswith(("-", "/", ".")) or text.endswith(("/", ".", ".lock"))
            or ".." in text or "//" in text or "/." in text):
        raise LinkError(f"--branch must be a git branch name such as 'main', not {_shown(branch)}.")
    return text


def _check_hub(hub: object) -> str:
    text = hub if isinstance(hub, str) else ""
    parts = urlsplit(text) if len(text) <= MAX_INPUT and text.isprintable() and " " not in text else None
    if (parts is None or parts.scheme != "https" or not parts.hostname or parts.username or parts.password
            or parts.query or parts.fragment or "\\" in text):
        raise LinkError(f"--hub must be your JupyterHub's https address such as 'https://hub.example.edu', not {_shown(hub)}.")
    return text.rstrip("/") + "/"


def _shown(value: object) -> str:
    return repr(value if not isinstance(value, str) or len(value) <= 60 else value[:60] + "...")


def make_links(repo: str, branch: str = "main", hub: str | None = None) -> Links:
    """Both launch links for ``repo`` (GitHub ``owner/name``) on ``branch``; the nbgitpuller link needs ``hub``."""
    owner, name = _check_repo(repo)
    branch = _check_branch(branch)
    hub_base = _check_hub(hub) if hub is not None else HUB_PLACEHOLDER + "/"
    binder = f"{BINDER}/v2/gh/{owner}/{name}/{branch}?" + urlencode({"urlpath": f"lab/tree/{FIRST_LESSON}"})
    puller = hub_base + "hub/user-redirect/git-pull?" + urlencode(
        {"repo": f"https://github.com/{owner}/{name}", "targetpath": COURSE_FOLDER,
         "urlpath": f"lab/tree/{COURSE_FOLDER}/{FIRST_LESSON}", "branch": branch})
    return Links(f"{owner}/{name}", branch, hub_base.rstrip("/") if hub is not None else None, binder, puller)


def rewrite_readme(text: str, links: Links) -> str:
    """The README with its Binder badge pointing at ``links.binder``."""
    if not BADGE.search(text):
        raise LinkError("README.md has no '[![Launch on Binder](https://mybinder.org/badge_logo.svg)](...)' badge to rewrite.")
    return BADGE.sub(lambda m: m[1] + links.binder + m[2], text, count=1)


def rewrite_instructors(text: str, links: Links) -> str:
    """INSTRUCTORS.md with its launch-links block (between ``<!-- launch-links -->`` markers) for ``links``."""
    if not BLOCK.search(text):
        raise LinkError("INSTRUCTORS.md has no '<!-- launch-links -->' ... '<!-- /launch-links -->' block to rewrite.")
    hub = (f"on the hub at {links.hub}" if links.hub else
           f"on your hub (replace `{HUB_PLACEHOLDER}`, or run `python -m medialit.links --repo {links.repo} --branch {links.branch} --hub https://your.hub`)")
    block = (f"The launch links of this copy, `{links.repo}` on branch `{links.branch}` (written by `python -m medialit.links`):\n\n"
             f"- Binder: <{links.binder}>\n"
             f"- JupyterHub {hub}: <{links.nbgitpuller}>\n")
    return BLOCK.sub(lambda m: m[1] + block + m[2], text, count=1)


def main(argv: list[str] | None = None, root: Path = ROOT) -> int:
    parser = argparse.ArgumentParser(prog="python -m medialit.links", description=__doc__.split("\n\n")[0])
    parser.add_argument("--repo", required=True, help="your copy on GitHub, as OWNER/REPO")
    parser.add_argument("--branch", default="main", help="the branch you teach from (default: main)")
    parser.add_argument("--hub", help="your JupyterHub's address, for the nbgitpuller link")
    args = parser.parse_args(argv)
    try:
        links = make_links(args.repo, args.branch, args.hub)
        documents = {"README.md": rewrite_readme, "INSTRUCTORS.md": rewrite_instructors}
        texts = {name: rewrite((root / name).read_text(encoding="utf-8"), links) for name, rewrite in documents.items()}
    except LinkError as err:
        print(err, file=sys.stderr)
        return 1
    for name, text in texts.items():
        (root / name).write_text(text, encoding="utf-8")
    print(f"Binder: {links.binder}")
    print(f"JupyterHub (nbgitpuller{'' if links.hub else f', replace {HUB_PLACEHOLDER}'}): {links.nbgitpuller}")
    print(f"Rewrote the Binder badge in README.md and the launch links in INSTRUCTORS.md for {links.repo}.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
