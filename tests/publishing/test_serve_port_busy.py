"""`make serve` on a taken port says what usually holds it and what the other port means.

Found trying Rounds as a new user: the message said "Fix: stop it, or run PORT=8001 make
serve" without saying that "it" is most often one's own `make serve` in another terminal,
nor that the published site's links (built for http://localhost:8000) still lead to 8000.
"""

from __future__ import annotations

import socket
from pathlib import Path

import pytest
from publishing.serve import port_busy
from support.sites import run_invoke


def test_a_deployed_site_on_another_port_says_where_its_links_lead(tmp_path: Path) -> None:
    deployed = tmp_path / "deploy" / "site"
    said = port_busy(8000, "Address already in use", deployed, deployed,
                     "http://localhost:8000/")
    assert said.startswith("✗ Could not serve on port 8000 (Address already in use)")
    assert "`make serve` or `make livereload` still running in another terminal" in said
    assert "Fix: press Ctrl-C in that terminal, or run PORT=8001 make serve" in said
    assert "links still lead to http://localhost:8000/)" in said


def test_a_build_with_relative_links_works_on_any_port(tmp_path: Path) -> None:
    said = port_busy(8000, "Address already in use", tmp_path / "output",
                     tmp_path / "deploy" / "site", "http://localhost:8000")
    assert said.endswith("or run PORT=8001 make serve.")


@pytest.mark.slow
def test_invoke_serve_on_a_taken_port_prints_it(project_dir: Path) -> None:
    (project_dir / "output").mkdir(exist_ok=True)
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = run_invoke(project_dir, "serve", "--port", str(port), "--output")
    assert result.returncode == 1
    assert f"Could not serve on port {port}" in result.stderr + result.stdout
    assert "Fix: press Ctrl-C in that terminal" in result.stderr + result.stdout
    assert "Traceback" not in result.stderr
