"""Fixtures shared by the unit tests and the browser suite."""
import time

import pytest

# Any attempt to reach the network through a proxy-aware client goes nowhere: the site must build offline.
OFFLINE = {"http_proxy": "http://127.0.0.1:9", "https_proxy": "http://127.0.0.1:9", "HTTP_PROXY": "http://127.0.0.1:9",
           "HTTPS_PROXY": "http://127.0.0.1:9", "PIP_NO_INDEX": "1"}


@pytest.fixture(scope="session")
def lite_site(tmp_path_factory):
    """The browser edition, built once per session without the network (``python -m medialit.lite``)."""
    from medialit.lite import build_site

    out = tmp_path_factory.mktemp("lite") / "_site"
    with pytest.MonkeyPatch.context() as patch:
        for name, value in OFFLINE.items():
            patch.setenv(name, value)
        started = time.monotonic()
        build_site(out)
    print(f"\nbrowser edition built in {time.monotonic() - started:.0f} s, {sum(p.stat().st_size for p in out.rglob('*') if p.is_file()) / 1e6:.0f} MB")
    return out


@pytest.fixture(autouse=True)
def no_failed_answer_cells(monkeypatch):
    """Every test starts as if no answer cell had failed: a failed one holds its check back until that answer is set
    again (medialit.checks._failed_answers), so a test shell's failed cell must not reach the next test."""
    from medialit import checks

    monkeypatch.setattr(checks, "_failed_answers", {})
