"""Every student lesson runs top to bottom with nothing answered, and with the network blocked.

Each lesson is executed in a fresh kernel after a first cell that refuses (and records) any connection to a
non-loopback address, the way a locked-down classroom or a CDN outage would. The chart converter (vl-convert)
must never start in a learner's kernel: charts are drawn by JupyterLab from their spec.
"""
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient
from nbformat.v4 import new_code_cell

ROOT = Path(__file__).resolve().parent.parent
LESSONS = sorted((ROOT / "lessons").glob("[0-9][0-9]_*.ipynb")) + sorted((ROOT / "lessons").glob("T[0-9]_*.ipynb"))  # and the transfer checks

BLOCK_NETWORK = '''
import socket as _socket
_medialit_attempts = []
_real_connect = _socket.socket.connect
def _offline_connect(self, address, *args):
    host = address[0] if isinstance(address, tuple) else address
    if self.family != getattr(_socket, "AF_UNIX", None) and host not in ("127.0.0.1", "::1", "localhost"):
        _medialit_attempts.append(repr(address))
        raise OSError("network blocked by the offline test")
    return _real_connect(self, address, *args)
_socket.socket.connect = _offline_connect
'''


@pytest.mark.parametrize("path", LESSONS, ids=lambda p: p.name)
def test_lesson_runs_unanswered_and_offline(path, tmp_path):
    notebook = nbformat.read(path, as_version=4)
    notebook.cells.insert(0, new_code_cell(BLOCK_NETWORK))
    notebook.cells.append(new_code_cell("print(len(_medialit_attempts), _medialit_attempts)"))
    notebook.cells.append(new_code_cell("import sys; print('vl_convert' in sys.modules)"))
    NotebookClient(notebook, timeout=300, kernel_name="python3", resources={"metadata": {"path": str(tmp_path)}}).execute()
    errors = [o for c in notebook.cells if c.cell_type == "code" for o in c.outputs if o.output_type == "error"]
    assert not errors
    assert notebook.cells[-2].outputs[0].text.startswith("0 []"), notebook.cells[-2].outputs[0].text
    assert notebook.cells[-1].outputs[0].text.strip() == "False", "vl_convert was imported in a learner's kernel"
    checks = [o for c in notebook.cells if "ml.check(" in c.source for o in c.outputs]
    assert all("Correct" not in o.get("data", {}).get("text/plain", "") for o in checks), "a lesson must not come answered"
