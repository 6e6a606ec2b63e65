"""Run a student's notebook in a bubblewrap sandbox (Debian package `bubblewrap`).

Inside the sandbox the student's kernel (and the nbclient runner that drives it) sees: the Python
installation read-only, the eplab package read-only, and one private, writable copy of its own
hand-in. No course directory, no classmates, no gradebook, no `source/`, no network (a fresh
network namespace), no other processes. Memory, CPU time, file size and process count are bounded
with rlimits; the wall-clock time by the grader. When the grader runs as root the sandbox runs as
the unprivileged user `nobody` without capabilities (setpriv), so even a way out of the namespaces
would meet a user without rights.
"""

from __future__ import annotations

import os
import resource
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path

NOBODY = 65534
INSIDE = "/opdracht"  # where the hand-in copy appears inside the sandbox


@dataclass(frozen=True)
class Limits:
    memory: int = 3 * 1024**3     # bytes of address space
    cpu_seconds: int = 900
    file_size: int = 64 * 1024**2  # the largest file the student's code may write
    processes: int = 512


def bwrap() -> str | None:
    """The bubblewrap binary, or None when it is not installed."""
    return shutil.which("bwrap")


def _readonly_paths() -> list[str]:
    """Folders the runner needs: the Python installation, site-packages, the eplab package and
    the folders of LD_LIBRARY_PATH."""
    import eplab

    paths = {"/usr", sys.base_prefix, sys.prefix, sys.exec_prefix,
             str(Path(eplab.__file__).resolve().parent)}
    for entry in sys.path:
        if entry and ("site-packages" in entry or "dist-packages" in entry) and Path(entry).is_dir():
            paths.add(str(Path(entry).resolve()))
    paths.update(p for p in os.environ.get("LD_LIBRARY_PATH", "").split(os.pathsep) if p)
    for folder in ("/etc/fonts", "/etc/alternatives", "/etc/ld.so.cache", "/etc/localtime"):
        if Path(folder).exists():
            paths.add(folder)
    # a folder that is already covered by another one needs no bind of its own
    ordered = sorted(p for p in paths if Path(p).exists())
    kept: list[str] = []
    for path in ordered:
        if not any(path == k or path.startswith(k.rstrip("/") + "/") for k in kept):
            kept.append(path)
    return kept


def command(inner: list[str], work: Path) -> list[str]:
    """The bwrap command line that runs `inner` with `work` as the writable hand-in copy.

    As root, bwrap sets up the namespaces and mounts, and setpriv inside then becomes `nobody`
    with no capabilities and no way to gain any (no_new_privs). As another user, bwrap runs
    unprivileged in a user namespace.
    """
    root = os.geteuid() == 0
    argv = [bwrap() or "bwrap", "--unshare-ipc", "--unshare-pid", "--unshare-net", "--unshare-uts",
            "--unshare-cgroup-try", "--die-with-parent", "--new-session", "--clearenv"]
    if not root:
        argv += ["--unshare-user"]
    # /tmp first: a Python installation that lies under /tmp (a copied interpreter) is bound on
    # top of the fresh, world-writable /tmp instead of being hidden by it.
    argv += ["--perms", "1777", "--tmpfs", "/tmp"]
    made: set[str] = {"/tmp"}
    readonly = _readonly_paths()
    for path in readonly:
        for parent in reversed(Path(path).parents):
            name = str(parent)
            if name == "/" or name in made or any(name == k or name.startswith(k + "/")
                                                  for k in readonly):
                continue
            made.add(name)
            argv += ["--perms", "0755", "--dir", name]
        argv += ["--ro-bind", path, path]
    for link in ("bin", "lib", "lib64", "sbin"):
        if Path("/" + link).is_symlink():
            argv += ["--symlink", os.readlink("/" + link), "/" + link]
    argv += ["--proc", "/proc", "--dev", "/dev", "--bind", str(work), INSIDE, "--chdir", INSIDE]
    for name, value in environment().items():
        argv += ["--setenv", name, value]
    if root:
        argv += [shutil.which("setpriv") or "/usr/bin/setpriv", f"--reuid={NOBODY}",
                 f"--regid={NOBODY}", "--clear-groups", "--no-new-privs", "--inh-caps=-all",
                 "--bounding-set=-all"]
    return [*argv, *inner]


def environment() -> dict[str, str]:
    """The environment inside the sandbox: nothing of the grader's, only what Python needs."""
    return {
        "PATH": f"{Path(sys.executable).parent}:/usr/bin:/bin",
        "HOME": "/tmp",
        "LANG": "C.UTF-8",
        "PYTHONUTF8": "1",
        "PYTHONDONTWRITEBYTECODE": "1",
        "MPLCONFIGDIR": "/tmp/matplotlib",
        "MPLBACKEND": "agg",
        "JUPYTER_RUNTIME_DIR": "/tmp/jupyter",
        "JUPYTER_DATA_DIR": "/tmp/jupyter-data",
        "JUPYTER_CONFIG_DIR": "/tmp/jupyter-config",
        "IPYTHONDIR": "/tmp/ipython",
        "OPENBLAS_NUM_THREADS": "1",
        "OMP_NUM_THREADS": "1",
        "NBGRADER_EXECUTION": "autograde",
        # an interpreter that needs it to find its shared library (set by the lecturer, not the
        # student; its folders are bound read-only)
        **({"LD_LIBRARY_PATH": os.environ["LD_LIBRARY_PATH"]}
           if os.environ.get("LD_LIBRARY_PATH") else {}),
    }


def prepare(work: Path) -> None:
    """Make the hand-in copy writable for the sandbox user."""
    if os.geteuid() != 0:
        return
    for path in [work, *work.rglob("*")]:
        os.chown(path, NOBODY, NOBODY, follow_symlinks=False)


def set_limits(limits: Limits):
    """A preexec function that applies the rlimits in the child before it starts bwrap."""

    def apply() -> None:
        for kind, value in ((resource.RLIMIT_AS, limits.memory),
                            (resource.RLIMIT_CPU, limits.cpu_seconds),
                            (resource.RLIMIT_FSIZE, limits.file_size),
                            (resource.RLIMIT_NPROC, limits.processes),
                            (resource.RLIMIT_CORE, 0)):
            resource.setrlimit(kind, (value, value))

    return apply
