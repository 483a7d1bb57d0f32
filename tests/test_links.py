"""Launch links: the formats of mybinder.org and nbgitpuller, the files they are written into, and refusals."""
import shutil
import time
from pathlib import Path
from urllib.parse import parse_qsl, urlsplit

import pytest

from medialit.links import LinkError, main, make_links, rewrite_instructors, rewrite_readme

ROOT = Path(__file__).resolve().parent.parent


def test_binder_link_is_binderhubs_shareable_url():
    """BinderHub's makeShareableBinderURL: v2/gh/OWNER/REPO/REF, then urlpath as a form-encoded search parameter."""
    links = make_links("my-school/medialit", "spring-2027")
    assert links.binder == "https://mybinder.org/v2/gh/my-school/medialit/spring-2027?urlpath=lab%2Ftree%2Flessons%2F00_start_here.ipynb"


def test_nbgitpuller_link_is_its_link_generators():
    """nbgitpuller's generateRegularUrl: HUB + hub/user-redirect/git-pull, then repo, targetpath, urlpath, branch;
    the clone lands in ~/medialit whatever the repository is called (the hub set-up's PYTHONPATH), so urlpath
    starts with it, and medialit.hub makes the very same link."""
    from medialit.hub import nbgitpuller_link

    links = make_links("my-school/course-2027", "main", "https://hub.example.edu/jupyter")
    assert links.nbgitpuller == (
        "https://hub.example.edu/jupyter/hub/user-redirect/git-pull?repo=https%3A%2F%2Fgithub.com%2Fmy-school%2Fcourse-2027"
        "&targetpath=medialit&urlpath=lab%2Ftree%2Fmedialit%2Flessons%2F00_start_here.ipynb&branch=main")
    parts = urlsplit(links.nbgitpuller)
    assert dict(parse_qsl(parts.query)) == {"repo": "https://github.com/my-school/course-2027", "targetpath": "medialit",
                                            "urlpath": "lab/tree/medialit/lessons/00_start_here.ipynb", "branch": "main"}
    same = urlsplit(nbgitpuller_link("https://hub.example.edu/jupyter", "https://github.com/my-school/course-2027"))
    assert dict(parse_qsl(same.query)) == dict(parse_qsl(parts.query))
    assert make_links("a/b", hub="https://hub.example.edu/").nbgitpuller.startswith("https://hub.example.edu/hub/user-redirect/")


@pytest.mark.parametrize("repo", [
    "", "owner", "owner/", "/repo", "a/b/c", "owner/..", "owner/.", "-owner/repo", "owner-/repo", "ow--ner/repo",
    "owner/repo.git", "owner/re po", "owner/repo?x=1", "owner/repo#top", "<script>/x", "owner/<b>", "o\nwner/repo",
    "../etc/passwd", "x" * 40 + "/repo", "owner/" + "r" * 101, "ówner/repo", None, 42, ["a/b"],
])
def test_odd_or_hostile_repositories_are_refused(repo):
    with pytest.raises(LinkError, match="--repo must be a GitHub owner and name"):
        make_links(repo)


@pytest.mark.parametrize("branch", ["", "-main", "/main", "main/", "a..b", "a//b", "main.lock", ".hidden", "a/.b",
                                    "main;rm -rf /", "main branch", "ma\tin", "a@{1}", "x" * 101, None])
def test_odd_or_hostile_branches_are_refused(branch):
    with pytest.raises(LinkError, match="--branch must be a git branch name"):
        make_links("owner/repo", branch)


@pytest.mark.parametrize("hub", ["", "hub.example.edu", "http://hub.example.edu", "javascript:alert(1)", "https://",
                                 "https://user:pw@hub.example.edu", "https://hub.example.edu/?next=x", "https://hub.example.edu/#x",
                                 "https://hub example.edu", "https://hub.example.edu/\n", "https://hub\\evil", "file:///etc", 7])
def test_odd_or_hostile_hubs_are_refused(hub):
    with pytest.raises(LinkError, match="--hub must be your JupyterHub's https address"):
        make_links("owner/repo", "main", hub)


def test_a_megabyte_of_input_is_refused_at_once():
    started = time.perf_counter()
    for kwargs in ({"repo": "a" * 1_000_000}, {"repo": "a/b", "branch": "a" * 1_000_000}, {"repo": "a/b", "hub": "https://" + "a" * 1_000_000}):
        with pytest.raises(LinkError):
            make_links(**kwargs)
    assert time.perf_counter() - started < 0.5


def test_the_committed_files_hold_the_links_the_command_writes_for_the_placeholder():
    links = make_links("OWNER/REPO")
    for name, rewrite in (("README.md", rewrite_readme), ("INSTRUCTORS.md", rewrite_instructors)):
        text = (ROOT / name).read_text(encoding="utf-8")
        assert rewrite(text, links) == text, f"{name}: run `python -m medialit.links --repo OWNER/REPO`"


def test_command_rewrites_badge_and_instructor_links_and_prints_both(tmp_path, capsys):
    for name in ("README.md", "INSTRUCTORS.md"):
        shutil.copy(ROOT / name, tmp_path / name)
    assert main(["--repo", "my-school/medialit", "--hub", "https://hub.example.edu"], root=tmp_path) == 0
    links = make_links("my-school/medialit", "main", "https://hub.example.edu")
    printed = capsys.readouterr().out
    assert links.binder in printed and links.nbgitpuller in printed
    readme, instructors = ((tmp_path / name).read_text() for name in ("README.md", "INSTRUCTORS.md"))
    assert f"(https://mybinder.org/badge_logo.svg)]({links.binder})" in readme and "OWNER/REPO/main" not in readme
    assert links.binder in instructors and links.nbgitpuller in instructors and "replace `https://HUB`" not in instructors
    assert main(["--repo", "my-school/medialit", "--hub", "https://hub.example.edu"], root=tmp_path) == 0
    assert (tmp_path / "README.md").read_text() == readme, "running it twice changes nothing more"


def test_command_refuses_in_one_sentence_and_touches_nothing(tmp_path, capsys):
    for name in ("README.md", "INSTRUCTORS.md"):
        shutil.copy(ROOT / name, tmp_path / name)
    assert main(["--repo", "evil/<script>"], root=tmp_path) == 1
    error = capsys.readouterr().err
    assert error.count("\n") == 1 and "Traceback" not in error
    assert all((tmp_path / n).read_bytes() == (ROOT / n).read_bytes() for n in ("README.md", "INSTRUCTORS.md"))


def test_files_without_a_badge_or_block_are_named():
    with pytest.raises(LinkError, match="README.md has no"):
        rewrite_readme("no badge", make_links("a/b"))
    with pytest.raises(LinkError, match="INSTRUCTORS.md has no"):
        rewrite_instructors("no block", make_links("a/b"))
