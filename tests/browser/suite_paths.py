"""Where the browser suite finds the notebooks and Chromium, and where it writes screenshots and reports."""
from __future__ import annotations

import os
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]
NOTEBOOK_FOLDERS = ("lessons", "solutions")
CHROMIUM = Path("/usr/bin/chromium")


def screenshots_dir() -> Path:
    """MEDIALIT_SCREENSHOTS, or /tmp/medialit-screenshots: never inside the repository."""
    return Path(os.environ.get("MEDIALIT_SCREENSHOTS", "/tmp/medialit-screenshots"))
