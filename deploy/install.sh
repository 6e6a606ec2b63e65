#!/usr/bin/env bash
# Install eplab into the Python environment of a JupyterHub's users.
#
#   deploy/install.sh [PYTHON]      (default: python3)
#
# The container image (deploy/Dockerfile) runs this script; CI runs the same script in a temporary
# venv (tests/test_deploy.py), so the image and the test build the same environment.
# It installs eplab with JupyterLab, nbgrader, ipywidgets and the Dutch language pack, plus
# jupyterhub (for jupyterhub-singleuser) and nbgitpuller; puts the Dutch JupyterLab settings in the
# environment; and copies the role folders (etc/rollen) to <prefix>/etc/eplab/rollen, where the
# hub points each user with JUPYTER_CONFIG_PATH (see docs/hub.md).
set -euo pipefail
PYTHON=${1:-python3}
SRC=$(cd "$(dirname "$0")/.." && pwd)

"$PYTHON" -m pip install "$SRC" "jupyterhub>=5,<6" "nbgitpuller>=1.2"

PREFIX=$("$PYTHON" -c 'import sys; print(sys.prefix)')
install -D -m 644 "$SRC/etc/overrides.json" "$PREFIX/share/jupyter/lab/settings/overrides.json"
mkdir -p "$PREFIX/etc/eplab"
rm -rf "$PREFIX/etc/eplab/rollen"
cp -R "$SRC/etc/rollen" "$PREFIX/etc/eplab/rollen"
chmod -R a+rX "$PREFIX/etc/eplab"
echo "eplab geïnstalleerd in $PREFIX"
