"""Start and stop the servers the browser tests drive (127.0.0.1 only, whole process group)."""

from __future__ import annotations

import os
import secrets
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--no-first-run", "--disable-sync",
]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(url: str, proc: subprocess.Popen, log: Path, timeout: float = 90) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"server stopped early:\n{log.read_text()[-3000:]}")
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.3)
    raise RuntimeError(f"server not ready after {timeout}s:\n{log.read_text()[-3000:]}")


def stop(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(timeout=5)


@contextmanager
def server(cmd: list[str], ready_url: str, log: Path, env: dict, cwd: Path):
    with log.open("w") as out:
        proc = subprocess.Popen(cmd, stdout=out, stderr=subprocess.STDOUT, env=env, cwd=cwd,
                                start_new_session=True)
    try:
        wait_for(ready_url, proc, log)
        yield proc
    finally:
        stop(proc)


def isolated_env(home: Path) -> dict:
    """Fresh Jupyter settings, workspaces and runtime: no state from earlier runs."""
    env = {**os.environ}
    for var, sub in (("JUPYTERLAB_SETTINGS_DIR", "settings"), ("JUPYTERLAB_WORKSPACES_DIR", "workspaces"),
                     ("JUPYTER_RUNTIME_DIR", "runtime"), ("IPYTHONDIR", "ipython")):
        env[var] = str(home / sub)
    env.pop("NBGRADER_EXECUTION", None)
    return env


@contextmanager
def jupyterlab(root: Path, home: Path, log: Path):
    port, token = free_port(), secrets.token_hex(16)
    cmd = [sys.executable, "-m", "jupyter", "lab", "--no-browser", "--ip=127.0.0.1",
           f"--port={port}", "--ServerApp.port_retries=0", f"--IdentityProvider.token={token}",
           f"--ServerApp.root_dir={root}"]
    if os.geteuid() == 0:  # CI machines run as root
        cmd.append("--allow-root")
    url = f"http://127.0.0.1:{port}"
    with server(cmd, f"{url}/api/status?token={token}", log, isolated_env(home), root):
        yield url, token


@contextmanager
def voila_app(folder: Path, home: Path, log: Path):
    port = free_port()
    cmd = [sys.executable, "-m", "eplab", "oefenen", "--port", str(port), "--map", str(folder),
           "--geen-browser"]
    url = f"http://127.0.0.1:{port}"
    # a static file: asking for the page itself would use up the kernel Voilà prepared for it
    with server(cmd, f"{url}/voila/templates/eplab/static/index.css", log, isolated_env(home), home):
        yield url
