"""deploy/: the values file for Zero to JupyterHub parses and names only chart settings we know;
the image's install script builds a working environment (in a temporary venv, no container)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from tests.notebooks import ROOT

DEPLOY = ROOT / "deploy"

# The chart settings deploy/values.yaml uses (chart "jupyterhub" 4.x). NOT checked against the
# chart's published values.schema.json: that schema is published with the Helm chart, not through
# PyPI or npm. This list was compared by hand with the chart's documented configuration
# reference; below each of these keys the chart passes the value on unchanged (free-form).
CHART_KEYS = {
    "hub.config",            # free-form: traitlets config for JupyterHub and its authenticator
    "hub.extraConfig",       # free-form: named Python snippets
    "singleuser.image.name", "singleuser.image.tag",
    "singleuser.defaultUrl",
    "singleuser.memory.guarantee", "singleuser.memory.limit",
    "singleuser.cpu.guarantee", "singleuser.cpu.limit",
    "singleuser.storage.capacity",
    "singleuser.storage.extraVolumes",       # a list of Kubernetes volumes
    "singleuser.storage.extraVolumeMounts",  # a list of Kubernetes volume mounts
    "singleuser.extraFiles",                 # name -> {mountPath, stringData, ...}
    "singleuser.profileList",                # a list of KubeSpawner profiles
    "cull.enabled", "cull.timeout", "cull.every", "cull.maxAge",
}


def leaves(tree: dict, prefix: str = "") -> set[str]:
    """Dotted paths down to a known chart key (free-form below it) or to a leaf."""
    found = set()
    for key, value in tree.items():
        path = f"{prefix}{key}"
        if path in CHART_KEYS or not isinstance(value, dict):
            found.add(path)
        else:
            found |= leaves(value, f"{path}.")
    return found


@pytest.fixture(scope="module")
def values() -> dict:
    return yaml.safe_load((DEPLOY / "values.yaml").read_text("utf-8"))


def test_values_name_only_known_chart_settings(values):
    unknown = leaves(values) - CHART_KEYS
    assert not unknown, f"settings the chart may not have: {sorted(unknown)}"


def test_profiles_point_at_the_installed_role_folders(values):
    profiles = {p["slug"]: p for p in values["singleuser"]["profileList"]}
    assert set(profiles) == {"student", "docent"}
    assert profiles["student"].get("default") is True, "a student never has to choose"
    for role, profile in profiles.items():
        path = profile["kubespawner_override"]["environment"]["JUPYTER_CONFIG_PATH"]
        assert path.endswith(f"/etc/eplab/rollen/{role}"), path
        assert (ROOT / "etc" / "rollen" / role).is_dir()
    snippet = values["hub"]["extraConfig"]["eplab-rollen"]
    compile(snippet, "eplab-rollen", "exec")
    assert '"docent"' in snippet and "docenten" in snippet


def test_exchange_volume_and_nbgrader_config_agree(values):
    user = values["singleuser"]
    mount = user["storage"]["extraVolumeMounts"][0]
    assert mount["name"] == user["storage"]["extraVolumes"][0]["name"]
    config = user["extraFiles"]["nbgrader-config"]
    assert config["mountPath"] == "/etc/jupyter/nbgrader_config.py"
    compile(config["stringData"], "nbgrader_config.py", "exec")
    assert f'c.Exchange.root = "{mount["mountPath"]}"' in config["stringData"]


def test_idle_servers_are_culled(values):
    assert values["cull"]["enabled"] is True
    assert 0 < values["cull"]["timeout"] <= 4 * 3600


def test_dockerfile_runs_the_install_script_without_copying_the_answer_keys():
    text = (DEPLOY / "Dockerfile").read_text("utf-8")
    assert "deploy/install.sh" in text
    instructions = [line.split()[0] for line in text.splitlines() if line and not line[0].isspace()
                    and not line.startswith("#")]
    assert not {"COPY", "ADD"} & set(instructions), "a COPY would put solutions/ in an image layer"
    assert "rollen/student" in text


@pytest.mark.timeout(1800)
def test_install_script_builds_a_working_environment(tmp_path):
    """The image's install step, run in a fresh venv: eplab's CLI and JupyterLab parts work."""
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    python = venv / "bin" / "python"
    env = {k: v for k, v in os.environ.items() if k not in ("VIRTUAL_ENV", "PYTHONPATH")}
    env["PATH"] = f"{venv / 'bin'}{os.pathsep}{env.get('PATH', '')}"
    build = subprocess.run(["bash", str(DEPLOY / "install.sh"), str(python)], env=env,
                           capture_output=True, text=True, timeout=1700)
    assert build.returncode == 0, build.stdout[-3000:] + build.stderr[-3000:]

    def run(*cmd: str) -> str:
        proc = subprocess.run([str(venv / "bin" / cmd[0]), *cmd[1:]], env=env,
                              capture_output=True, text=True, timeout=300)
        assert proc.returncode == 0, proc.stdout + proc.stderr
        return proc.stdout + proc.stderr

    assert "course" in run("eplab", "--help")
    extensions = run("jupyter", "labextension", "list")
    for part in ("@jupyter/nbgrader", "@jupyter-widgets/jupyterlab-manager"):
        assert part in extensions, extensions
    servers = run("jupyter", "server", "extension", "list")
    for part in ("nbgrader", "nbgitpuller", "voila"):
        assert part in servers, servers
    assert (venv / "bin" / "jupyterhub-singleuser").exists()
    settings = venv / "share" / "jupyter" / "lab" / "settings" / "overrides.json"
    assert json.loads(settings.read_text("utf-8")) == json.loads(
        (ROOT / "etc" / "overrides.json").read_text("utf-8"))
    for role in ("student", "docent"):
        assert (venv / "etc" / "eplab" / "rollen" / role / "jupyter_server_config.json").is_file()
    installed = Path(run("python", "-c", "import eplab; print(eplab.__file__)").strip())
    assert venv in installed.parents, "eplab itself is installed, not linked to the checkout"
    keys = [p for p in installed.parent.rglob("*.ipynb") if "BEGIN SOLUTION" in p.read_text("utf-8")]
    assert not keys, f"answer keys in the users' environment: {keys}"
