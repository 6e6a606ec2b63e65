"""A real JupyterHub for the browser tests: Unix users with PAM passwords, LocalProcessSpawner,
configurable-http-proxy from npm, a shared nbgrader exchange and the roles of etc/rollen.

Everything listens on 127.0.0.1. Everything started is stopped, and the users, their homes and
the shared folder are removed, also when the test fails.
"""

from __future__ import annotations

import os
import pwd
import secrets
import shutil
import signal
import subprocess
import sys
import sysconfig
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from tests.browser.servers import free_port, wait_for

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent
PREFIX = Path(sys.prefix)
SITE = Path(sysconfig.get_paths()["purelib"])
CHP = ROOT / ".venv" / "hub" / "node_modules" / ".bin" / "configurable-http-proxy"
ROLLEN = ROOT / "etc" / "rollen"
COURSE_ID = "eplab"


@dataclass
class Account:
    name: str
    password: str
    role: str  # "docent" or "student"

    @property
    def home(self) -> Path:
        return Path(pwd.getpwnam(self.name).pw_dir)

    @property
    def uid(self) -> int:
        return pwd.getpwnam(self.name).pw_uid


def cannot_run_reason() -> str | None:
    """One line saying why this machine cannot run the hub test, or None when it can."""
    if os.geteuid() != 0:
        return "De hubtest maakt echte Unix-gebruikers aan en draait daarom alleen als root (zoals in CI)."
    if not shutil.which("useradd"):
        return "De hubtest heeft useradd nodig (pakket passwd)."
    return None


def unreadable_parent(path: Path) -> Path | None:
    """The first folder above `path` that other users cannot enter (the users run this venv)."""
    for folder in [path, *path.parents]:
        if not os.stat(folder).st_mode & 0o001:
            return folder
    return None


def users_bin(folder: Path) -> Path:
    """The bin folder the test users run: this venv's, or, when its interpreter lives where other
    users cannot go (pyenv under /root), a venv on a copy of that same interpreter (its binary,
    shared library and standard library) that reads this venv's packages, with this venv's
    console scripts pointed at it."""
    base = Path(sys.base_prefix)
    if not unreadable_parent(Path(os.path.realpath(sys.executable))) and not unreadable_parent(base):
        return BIN
    version = f"python{sys.version_info.major}.{sys.version_info.minor}"
    python = folder / "python"
    (python / "bin").mkdir(parents=True)
    shutil.copy2(base / "bin" / version, python / "bin" / version)
    shutil.copytree(base / "lib", python / "lib", symlinks=True,
                    ignore=shutil.ignore_patterns("site-packages", "test", "pkgconfig"))
    run(["chmod", "-R", "a+rX", str(python)])
    venv = folder / "venv"
    run([str(python / "bin" / version), "-m", "venv", "--without-pip", str(venv)],
        env={**os.environ, "LD_LIBRARY_PATH": str(python / "lib")})
    (venv / "lib" / version / "site-packages" / "eplab-hub.pth").write_text(
        f"import site; site.addsitedir({str(SITE)!r})\n", "utf-8")
    shebang = f"#!{BIN}/python"
    for script in BIN.iterdir():
        if script.is_file() and not script.is_symlink():
            with script.open("rb") as handle:
                first = handle.readline().decode("utf-8", "replace").rstrip()
            if first.startswith(shebang):
                body = script.read_text("utf-8").split("\n", 1)[1]
                target = venv / "bin" / script.name
                target.write_text(f"#!{venv / 'bin' / 'python'}\n{body}", "utf-8")
                target.chmod(0o755)
    return venv / "bin"


def library_path(users: Path) -> str:
    """LD_LIBRARY_PATH for a copied interpreter (its RUNPATH points into /root), else empty."""
    lib = users.parent.parent / "python" / "lib"
    return str(lib) if lib.is_dir() else ""


def run(cmd: list[str], **kwargs) -> subprocess.CompletedProcess:
    proc = subprocess.run(cmd, capture_output=True, text=True, **kwargs)
    if proc.returncode != 0:
        raise AssertionError(f"{' '.join(cmd)} failed ({proc.returncode}):\n{proc.stdout}\n{proc.stderr}")
    return proc


def as_user(hub: Hub, account: Account, command: str, cwd: Path | None = None,
            check: bool = True, timeout: int = 600) -> subprocess.CompletedProcess:
    """Run a shell command as the account, in a login shell with the hub users' tools on PATH."""
    script = f"{hub.exports(account)}; cd {cwd or account.home} && {command}"
    proc = subprocess.run(["runuser", "-l", account.name, "-c", script],
                          capture_output=True, text=True, timeout=timeout)
    if check and proc.returncode != 0:
        raise AssertionError(f"[{account.name}] {command} failed ({proc.returncode}):\n"
                             f"{proc.stdout}\n{proc.stderr}")
    return proc


def _user_pids(uid: int) -> list[int]:
    pids = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if entry.stat().st_uid == uid:
                    pids.append(int(entry.name))
            except FileNotFoundError:
                continue
    return pids


def end_processes_of(account: Account) -> None:
    """Stop what is left of the processes started for this (test-only) user, by their ids."""
    try:
        uid = account.uid
    except KeyError:
        return
    for sig in (signal.SIGTERM, signal.SIGKILL):
        pids = _user_pids(uid)
        for pid in pids:
            try:
                os.kill(pid, sig)
            except ProcessLookupError:
                pass
        deadline = time.monotonic() + 10
        while pids and _user_pids(uid) and time.monotonic() < deadline:
            time.sleep(0.2)


@contextmanager
def unix_accounts(students: int = 2) -> Iterator[tuple[Account, list[Account], str]]:
    """A lecturer (in a lecturers' group) and students, with passwords; removed at the end."""
    tag = secrets.token_hex(3)
    group = f"eplab-docenten-{tag}"
    docent = Account(f"eplab-docent-{tag}", secrets.token_urlsafe(12), "docent")
    pupils = [Account(f"eplab-student{i}-{tag}", secrets.token_urlsafe(12), "student")
              for i in range(1, students + 1)]
    made: list[Account] = []
    run(["groupadd", group])
    try:
        for account in [docent, *pupils]:
            extra = ["-G", group] if account.role == "docent" else []
            run(["useradd", "-m", "-s", "/bin/bash", *extra, account.name])
            made.append(account)
            account.home.chmod(0o700)  # a home is private: another student cannot read it
            run(["chpasswd"], input=f"{account.name}:{account.password}\n")
        yield docent, pupils, group
    finally:
        for account in made:
            end_processes_of(account)
            subprocess.run(["userdel", "-r", "-f", account.name], capture_output=True)
        subprocess.run(["groupdel", group], capture_output=True)


HUB_CONFIG = '''\
# Written by tests/browser/hub.py for one test run.
import grp

c = get_config()  # noqa: F821
c.JupyterHub.ip = "127.0.0.1"
c.JupyterHub.port = {port}
c.JupyterHub.hub_ip = "127.0.0.1"
c.JupyterHub.hub_port = {hub_port}
c.ConfigurableHTTPProxy.api_url = "http://127.0.0.1:{api_port}"
c.ConfigurableHTTPProxy.command = [{chp!r}]
c.ConfigurableHTTPProxy.pid_file = {folder!r} + "/proxy.pid"
c.JupyterHub.db_url = "sqlite:///" + {folder!r} + "/hub.sqlite"
c.JupyterHub.cookie_secret_file = {folder!r} + "/cookie_secret"
c.JupyterHub.cleanup_servers = True
c.JupyterHub.authenticator_class = {authenticator!r}
c.PAMAuthenticator.open_sessions = False
c.Authenticator.allowed_users = {users!r}
c.JupyterHub.spawner_class = "localprocess"
c.Spawner.cmd = [{singleuser!r}]
c.Spawner.default_url = "/lab"
c.Spawner.notebook_dir = "~"
c.Spawner.start_timeout = 300
c.Spawner.http_timeout = 300
c.Spawner.environment = {{
    "PATH": {bin!r} + ":/usr/local/bin:/usr/bin:/bin",
    # this venv's JupyterLab, extensions and settings, also when the users run a shim venv
    "JUPYTER_PATH": {prefix!r} + "/share/jupyter",
    "JUPYTERLAB_DIR": {prefix!r} + "/share/jupyter/lab",
    "LD_LIBRARY_PATH": {libpath!r},
}}

LECTURERS = {group!r}
ROLLEN = {rollen!r}
SHARED = {shared!r}
PREFIX = {prefix!r}


def role_config(spawner):
    """Lecturers (the Unix group) get etc/rollen/docent, everyone else etc/rollen/student."""
    role = "docent" if spawner.user.name in grp.getgrnam(LECTURERS).gr_mem else "student"
    spawner.environment["JUPYTER_CONFIG_PATH"] = f"{{ROLLEN}}/{{role}}:{{SHARED}}:{{PREFIX}}/etc/jupyter"


c.Spawner.pre_spawn_hook = role_config
'''

NBGRADER_SHARED = '''\
# The exchange every user of this hub shares (nbgrader docs: a folder everyone may write).
c = get_config()  # noqa: F821
c.CourseDirectory.course_id = {course!r}
c.Exchange.root = {exchange!r}
'''


@dataclass
class Hub:
    url: str
    folder: Path
    exchange: Path
    log: Path
    bin: Path  # the users' bin folder (python, jupyter, nbgrader, eplab)
    shared: Path  # the nbgrader config every user reads (exchange, course id)

    def exports(self, account: Account) -> str:
        """The environment the spawner gives this user's server (and so its terminal)."""
        config = f"{ROLLEN / account.role}:{self.shared}:{PREFIX}/etc/jupyter"
        return (f"export PATH={self.bin}:$PATH JUPYTER_CONFIG_PATH={config} "
                f"JUPYTER_PATH={PREFIX}/share/jupyter JUPYTERLAB_DIR={PREFIX}/share/jupyter/lab "
                f"LD_LIBRARY_PATH={library_path(self.bin)}")


@contextmanager
def shared_folder() -> Iterator[Path]:
    """A folder under /tmp that the test users can enter (pytest's tmp_path is root-only)."""
    folder = Path(tempfile.mkdtemp(prefix="eplab-hub-"))
    folder.chmod(0o755)
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


@contextmanager
def jupyterhub(accounts: list[Account], group: str, folder: Path,
               authenticator: str = "pam") -> Iterator[Hub]:
    """Start JupyterHub on 127.0.0.1 as root; stop it, its proxy and every user's server."""
    exchange = folder / "exchange"
    exchange.mkdir()
    exchange.chmod(0o777)  # nbgrader: `chmod ugo+rw` on the exchange root
    shared = folder / "nbgrader"
    shared.mkdir()
    (shared / "nbgrader_config.py").write_text(
        NBGRADER_SHARED.format(course=COURSE_ID, exchange=str(exchange)), "utf-8")
    shared.chmod(0o755)
    (shared / "nbgrader_config.py").chmod(0o644)
    users = users_bin(folder)
    port = free_port()
    hub_dir = folder / "hub"
    hub_dir.mkdir(mode=0o700)
    config = hub_dir / "jupyterhub_config.py"
    config.write_text(HUB_CONFIG.format(
        port=port, hub_port=free_port(), api_port=free_port(), chp=str(CHP), folder=str(hub_dir),
        authenticator=authenticator, users={a.name for a in accounts},
        singleuser=str(users / "jupyterhub-singleuser"), bin=str(users), group=group,
        rollen=str(ROLLEN), shared=str(shared), prefix=str(PREFIX), libpath=library_path(users)),
        "utf-8")
    log = ROOT / "test-artefacts" / "hub.log"
    log.parent.mkdir(exist_ok=True)
    env = {**os.environ, "PATH": f"{BIN}:{os.environ.get('PATH', '')}"}
    env.pop("JUPYTER_CONFIG_PATH", None)
    url = f"http://127.0.0.1:{port}"
    with log.open("w") as out:
        proc = subprocess.Popen([str(BIN / "jupyterhub"), "-f", str(config)], cwd=hub_dir,
                                stdout=out, stderr=subprocess.STDOUT, env=env,
                                start_new_session=True)
    try:
        wait_for(f"{url}/hub/api", proc, log, timeout=180)
        yield Hub(url, folder, exchange, log, users, shared)
    finally:
        if proc.poll() is None:  # the hub stops the users' servers and its proxy itself
            proc.send_signal(signal.SIGTERM)
            try:
                proc.wait(timeout=90)
            except subprocess.TimeoutExpired:
                pass
        try:  # whatever is left in its process group (the proxy)
            os.killpg(proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        proc.wait(timeout=15)
        for account in accounts:
            end_processes_of(account)
