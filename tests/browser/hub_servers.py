"""A class's JupyterHub on this machine for the browser suite: the course served by ``git daemon`` (standing
in for GitHub) and JupyterHub started with the guide's own config (docs/hub/jupyterhub_config.py).

Everything listens on 127.0.0.1 only, and ``stop`` ends every process the hub started (the proxy, each
learner's server, their kernels), checked by looking for any process still working inside the hub's folder.
"""
from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path

from jupyter_servers import USER_SETTINGS, free_port
from suite_paths import REPO_ROOT

HUB_CONFIG = REPO_ROOT / "docs" / "hub" / "jupyterhub_config.py"
PROXY = "configurable-http-proxy"
MISSING_PROXY = (f"{PROXY} not found: install it with `npm install -g {PROXY}@5.2.0` (as .ci/run does) "
                 "to run the JupyterHub test")
GIT_IDENTITY = ["-c", "user.name=Instructor", "-c", "user.email=instructor@example.invalid",
                "-c", "commit.gpgsign=false"]


def git(*args: str, cwd: Path) -> str:
    return subprocess.run(["git", *GIT_IDENTITY, *args], cwd=cwd, check=True, capture_output=True,
                          text=True).stdout


def snapshot_course(repository: Path, branch: str = "main") -> None:
    """A repository holding the course as it is on disk now (tracked files and new ones git does not
    ignore), committed on ``branch``: what the teacher would have pushed to GitHub."""
    listed = subprocess.run(["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
                            cwd=REPO_ROOT, check=True, capture_output=True, text=True).stdout
    for name in filter(None, listed.split("\0")):
        source = REPO_ROOT / name
        if source.is_file():  # a tracked file deleted on disk is left out, as a commit would
            (repository / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, repository / name)
    git("init", "-q", "-b", branch, cwd=repository)
    git("add", "-A", cwd=repository)
    git("commit", "-q", "-m", "The course, as the teacher published it", cwd=repository)


def commit_update(repository: Path, edits: list[tuple[str, str, str]], message: str) -> None:
    """The teacher's later update: each edit ``(file, old, new)`` replaces the first ``old`` in the file; commit."""
    for name, old, new in edits:
        path = repository / name
        text = path.read_text(encoding="utf-8")
        assert old in text, f"{name} no longer holds {old!r}: choose another line to update"
        path.write_text(text.replace(old, new, 1), encoding="utf-8")
    git("commit", "-q", "-am", message, cwd=repository)


@dataclass
class Service:
    """One server process the test started in its own process group, with its log."""
    name: str
    process: subprocess.Popen
    log_path: Path

    def log_tail(self, lines: int = 40) -> str:
        return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])

    def stop(self, grace_s: float = 30) -> None:
        """SIGTERM (JupyterHub then stops the proxy and every learner's server), then SIGKILL the group."""
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=grace_s)
            except subprocess.TimeoutExpired:
                pass
        try:
            os.killpg(self.process.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        self.process.wait(timeout=10)


def start_service(name: str, command: list[str], workdir: Path, env: dict[str, str] | None = None) -> Service:
    log_path = workdir / f"{name}.log"
    with open(log_path, "wb") as log:
        process = subprocess.Popen(command, cwd=workdir, env=env, stdout=log, stderr=subprocess.STDOUT,
                                   stdin=subprocess.DEVNULL, start_new_session=True)
    return Service(name, process, log_path)


def wait_until(ready, service: Service, timeout: float) -> None:
    """Poll ``ready()`` until it returns without an OSError; stop the service and say why if it never does."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if service.process.poll() is not None:
            raise RuntimeError(f"{service.name} stopped at start (exit {service.process.returncode}):\n"
                               f"{service.log_tail()}")
        try:
            ready()
            return
        except (OSError, subprocess.CalledProcessError):
            time.sleep(0.25)
    service.stop()
    raise RuntimeError(f"{service.name} did not answer within {timeout:.0f} s:\n{service.log_tail()}")


def start_git_daemon(served: Path, workdir: Path) -> tuple[Service, str]:
    """``git daemon`` serving every repository in ``served`` read-only on 127.0.0.1; returns it and its base URL."""
    port = free_port()
    service = start_service("git-daemon", ["git", "daemon", f"--base-path={served}", "--export-all",
                                           "--reuseaddr", "--informative-errors", "--listen=127.0.0.1",
                                           f"--port={port}", str(served)], workdir)
    base_url = f"git://127.0.0.1:{port}"
    some_repository = next(path.name for path in served.iterdir())
    wait_until(lambda: subprocess.run(["git", "ls-remote", f"{base_url}/{some_repository}"], check=True,
                                      capture_output=True, timeout=10), service, timeout=30)
    return service, base_url


def prepare_home(home: Path) -> None:
    """What the browser suite needs in a learner's home before the first click: JupyterLab exposes its app
    object to the page (to read the notebook model) and stays quiet (no news, no update checks)."""
    config = home / ".jupyter"
    config.mkdir(parents=True, exist_ok=True)
    (config / "jupyter_server_config.json").write_text(json.dumps({"LabApp": {"expose_app_in_browser": True}}))
    for name, values in USER_SETTINGS.items():
        path = config / "lab" / "user-settings" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(values))


def start_hub(state: Path) -> tuple[Service, str]:
    """JupyterHub with the guide's config, its state and homes in ``state``; returns it and its URL."""
    ports = {name: str(free_port()) for name in ("MEDIALIT_HUB_PORT", "MEDIALIT_HUB_API_PORT",
                                                  "MEDIALIT_PROXY_API_PORT")}
    env = dict(os.environ, MEDIALIT_HUB_DIR=str(state), MEDIALIT_HUB_IP="127.0.0.1", **ports)
    service = start_service("jupyterhub", [sys.executable, "-m", "jupyterhub", "-f", str(HUB_CONFIG)], state, env)
    url = f"http://127.0.0.1:{ports['MEDIALIT_HUB_PORT']}"
    wait_until(lambda: urllib.request.urlopen(f"{url}/hub/api/", timeout=5).close(), service, timeout=90)
    return service, url


def processes_inside(folder: Path) -> dict[int, str]:
    """Processes whose working folder is inside ``folder`` (a learner's server or kernel left running), by pid."""
    found = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            cwd = Path(os.readlink(entry / "cwd"))
            command = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace").strip()
        except OSError:
            continue
        if cwd == folder or folder in cwd.parents:
            found[int(entry.name)] = command[:200]
    return found
