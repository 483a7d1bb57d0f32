"""Start and stop JupyterLab / Notebook 7 servers for the browser suite: local only, nothing fetched from outside."""
from __future__ import annotations

import json
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path

# User settings the servers start with: no news or update checks (each would ask a website), no autosave
# (Run All must leave the served copies as they were).
USER_SETTINGS = {
    "@jupyterlab/apputils-extension/notification.jupyterlab-settings": {"fetchNews": "false", "checkForUpdates": False},
    "@jupyterlab/docmanager-extension/plugin.jupyterlab-settings": {"autosave": False},
}

# Command-line switches per app: the app's own config class name, and its extra switches.
APPS = {
    "lab": ("LabApp", ["--LabApp.news_url=None",
                       "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate",
                       "--LabApp.extension_manager=readonly"]),
    "notebook": ("JupyterNotebookApp", []),
}


@dataclass
class JupyterServer:
    app: str
    port: int
    token: str
    process: subprocess.Popen
    log_path: Path
    #: The learners' folder its kernels save into ($MEDIALIT_WORK_DIR), when the server was given one of its own.
    work_dir: Path | None = None

    def start_as_a_new_learner(self) -> None:
        """Empty the learners' folder, so the next notebook starts with no saved answers or ledger, as nbval and the
        build run each answer key (a ledger saved by lessons/05 would otherwise be waiting for solutions/05's curator)."""
        if self.work_dir is not None:
            shutil.rmtree(self.work_dir, ignore_errors=True)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def url(self, path: str) -> str:
        """A browser address for ``path`` (e.g. ``lab/tree/x.ipynb``) that logs in with the token."""
        separator = "&" if "?" in path else "?"
        return f"{self.base_url}/{path}{separator}token={self.token}"

    def api(self, path: str, method: str = "GET"):
        request = urllib.request.Request(
            f"{self.base_url}/api/{path}", method=method, headers={"Authorization": f"token {self.token}"}
        )
        with urllib.request.urlopen(request, timeout=10) as response:
            body = response.read()
        return json.loads(body) if body else None

    def shut_down_sessions(self) -> None:
        """Stop every kernel this server runs, so notebooks do not pile up kernels over the session."""
        for session in self.api("sessions"):
            self.api(f"sessions/{session['id']}", method="DELETE")

    def log_tail(self, lines: int = 30) -> str:
        return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])

    def stop(self) -> None:
        """Shut kernels down, then end the server's whole process group."""
        if self.process.poll() is None:
            try:
                self.shut_down_sessions()
            except OSError:
                pass
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait(timeout=10)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def isolated_jupyter_env(workdir: Path, disabled_extensions: tuple[str, ...] = (),
                         user_settings: dict | None = None, learner_dir: Path | None = None) -> dict[str, str]:
    """Environment with Jupyter's per-user folders in ``workdir``: the user's own config and kernels stay out,
    the env's ``python3`` kernel (this interpreter, via sys.prefix) stays in. ``disabled_extensions`` turns
    frontend plugins off (the self-test uses it to show what a learner without the widget renderer sees);
    ``user_settings`` replaces USER_SETTINGS (the launch test starts as a new learner would)."""
    settings_dir = workdir / "user-settings"
    for name, values in (USER_SETTINGS if user_settings is None else user_settings).items():
        path = settings_dir / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(values))
    env = dict(os.environ)
    for variable, folder in (("JUPYTER_CONFIG_DIR", "config"), ("JUPYTER_DATA_DIR", "data"),
                             ("JUPYTER_RUNTIME_DIR", "runtime"), ("IPYTHONDIR", "ipython")):
        (workdir / folder).mkdir(parents=True, exist_ok=True)
        env[variable] = str(workdir / folder)
    if disabled_extensions:
        page_config = workdir / "config" / "labconfig" / "page_config.json"
        page_config.parent.mkdir(parents=True, exist_ok=True)
        page_config.write_text(json.dumps({"disabledExtensions": {name: True for name in disabled_extensions}}))
    env["JUPYTER_PLATFORM_DIRS"] = "1"
    env.setdefault("MEDIALIT_LEARNER", "Browser Tester")  # as a hub gives JUPYTERHUB_USER: the checks need a name
    if learner_dir is not None:
        env["MEDIALIT_WORK_DIR"] = str(learner_dir)
    return env


def start_server(app: str, root_dir: Path, workdir: Path, disabled_extensions: tuple[str, ...] = (),
                 timeout: float = 90, user_settings: dict | None = None, extra: list[str] | None = None,
                 learner_dir: Path | None = None) -> JupyterServer:
    """Start ``jupyter lab`` or ``jupyter notebook`` on 127.0.0.1 and wait until its API answers (``extra``
    replaces the app's switches in APPS)."""
    config_class, default_extra = APPS[app]
    extra = default_extra if extra is None else extra
    port, token = free_port(), secrets.token_hex(24)
    command = [
        sys.executable, "-m", "jupyter", app, "--no-browser", "--allow-root",
        "--ip=127.0.0.1", f"--port={port}", "--ServerApp.port_retries=0",
        f"--ServerApp.token={token}", f"--ServerApp.root_dir={root_dir}",
        f"--{config_class}.expose_app_in_browser=True",
        f"--{config_class}.user_settings_dir={workdir / 'user-settings'}",
        f"--{config_class}.workspaces_dir={workdir / 'workspaces'}",
        *extra,
    ]
    env = isolated_jupyter_env(workdir, disabled_extensions, user_settings, learner_dir)
    log_path = workdir / f"{app}-server.log"
    with open(log_path, "wb") as log:
        process = subprocess.Popen(command, cwd=root_dir, env=env, stdout=log,
                                   stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, start_new_session=True)
    server = JupyterServer(app, port, token, process, log_path, learner_dir)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"jupyter {app} stopped at start (exit {process.returncode}):\n{server.log_tail()}")
        try:
            server.api("status")
            return server
        except OSError:
            time.sleep(0.25)
    server.stop()
    raise RuntimeError(f"jupyter {app} did not answer within {timeout:.0f} s:\n{server.log_tail()}")
