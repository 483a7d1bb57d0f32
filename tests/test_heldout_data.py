"""The held-out ledgers stay valid as the samples' schema changes (their checkers failed silently once)."""
import subprocess
import sys
from pathlib import Path

import pytest

HELDOUT = Path(__file__).resolve().parent.parent / "data" / "heldout"


@pytest.mark.parametrize("checker", ["verify.py", "batch2/verify.py", "batch3/verify.py"])
def test_held_out_ledgers_pass_their_checker(checker):
    done = subprocess.run([sys.executable, str(HELDOUT / checker)], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
