"""A JupyterHub for a medialit class, as INSTRUCTORS.md describes it and tests/browser/test_hub.py runs it.

Start it from the Python environment that holds JupyterHub, nbgitpuller and the course's dependencies
(every line of requirements.txt except ``-e .``), with npm's configurable-http-proxy on the PATH:

    MEDIALIT_HUB_DIR=/srv/medialit-hub python -m jupyterhub -f docs/hub/jupyterhub_config.py

Learners then open the nbgitpuller link (INSTRUCTORS.md), which clones the course into ``~/medialit``.
Every notebook does ``import medialit``: ``PYTHONPATH`` points each learner's server at the package inside
their own pulled copy, so the package always matches the notebooks nbgitpuller brought, finds ``data/``
beside itself, and saves into ``~/medialit/my_work/`` (in the learner's home, git-ignored, never touched
by a later pull).

Settings, all optional, read from the environment:
    MEDIALIT_HUB_DIR        the hub's database, cookie secret and proxy pid file, and ``homes/`` with one
                            home folder per learner (default: ./medialit-hub)
    MEDIALIT_HUB_IP         the address learners connect to (default 127.0.0.1: this machine only; use
                            0.0.0.0 for a class, behind HTTPS)
    MEDIALIT_HUB_PORT       its port (default 8000)
    MEDIALIT_HUB_API_PORT, MEDIALIT_PROXY_API_PORT   internal ports, on 127.0.0.1 (default 8081, 8001)

DummyAuthenticator lets anyone in with any name and password, and SimpleLocalProcessSpawner runs every
learner's server as the hub's own system user: right for trying the set-up out on one machine, not for a
class on a network. For a class keep the ``c.Spawner.environment`` line and change the other two (see
INSTRUCTORS.md); ``learner_home`` below also finds the home of a real system account.
"""
import os
import pwd
import sys
from pathlib import Path

#: The folder the nbgitpuller link clones the course into, in each learner's home (the link's ``targetpath``).
COURSE_FOLDER = "medialit"

state = Path(os.environ.get("MEDIALIT_HUB_DIR", "medialit-hub")).resolve()
state.mkdir(parents=True, exist_ok=True)
c = get_config()  # noqa: F821 (JupyterHub provides get_config when it loads this file)


def learner_home(spawner) -> str:
    """The learner's home folder: the spawner's own (SimpleLocalProcessSpawner), else the system account's."""
    return getattr(spawner, "home_dir", None) or pwd.getpwnam(spawner.user.name).pw_dir


def course_copy(spawner) -> str:
    """The learner's own pulled copy of the course, which holds the ``medialit`` package."""
    return os.path.join(learner_home(spawner), COURSE_FOLDER)


ip, port = os.environ.get("MEDIALIT_HUB_IP", "127.0.0.1"), os.environ.get("MEDIALIT_HUB_PORT", "8000")
c.JupyterHub.bind_url = f"http://{ip}:{port}"
c.JupyterHub.hub_bind_url = f"http://127.0.0.1:{os.environ.get('MEDIALIT_HUB_API_PORT', '8081')}"
c.ConfigurableHTTPProxy.api_url = f"http://127.0.0.1:{os.environ.get('MEDIALIT_PROXY_API_PORT', '8001')}"
c.ConfigurableHTTPProxy.pid_file = str(state / "proxy.pid")
c.JupyterHub.db_url = f"sqlite:///{state / 'jupyterhub.sqlite'}"
c.JupyterHub.cookie_secret_file = str(state / "cookie_secret")

c.JupyterHub.authenticator_class = "dummy"
c.JupyterHub.spawner_class = "simple"
c.SimpleLocalProcessSpawner.home_dir_template = str(state / "homes" / "{username}")

# Each learner's server runs with this hub's Python (its JupyterLab, nbgitpuller and the course's
# dependencies), opens JupyterLab, and imports medialit from the learner's own copy of the course.
c.Spawner.cmd = [sys.executable, "-m", "jupyterhub.singleuser"]
c.Spawner.args = ["--allow-root"] if os.geteuid() == 0 else []
c.Spawner.default_url = "/lab"
c.Spawner.environment = {"PYTHONPATH": course_copy}
# A class clicking the link at once shares the machine: give slow starts time.
c.Spawner.start_timeout = 120
c.Spawner.http_timeout = 120
