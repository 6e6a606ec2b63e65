"""`eplab oefenen`: start the self-study app (Voilà) on this computer only."""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

from eplab.app import text as app_text

APP_DIR = Path(__file__).resolve().parent.parent / "app"
APP = APP_DIR / "oefenen.ipynb"
# Holds voila/templates/eplab: Voilà finds templates in the Jupyter data path.
TEMPLATES = APP_DIR / "share"
STARTING = "De oefen-app start op http://127.0.0.1:{port}/ — stop met Ctrl+C. Je gesprekken staan in {folder}."


def register(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--port", type=int, default=8866, metavar="POORT",
                        help="poort (standaard 8866)")
    parser.add_argument("--map", type=Path, default=Path.home() / "eplab-oefenen",
                        help="map waarin je gesprekken worden bewaard (standaard ~/eplab-oefenen)")
    parser.add_argument("--geen-browser", action="store_true",
                        help="open geen browservenster (bijvoorbeeld op een server)")
    parser.set_defaults(handler=run)


def command(port: int, open_browser: bool) -> list[str]:
    """Voilà with eplab's page; a kernel runs the app before the browser asks (preheat)."""
    page_text = {"eplab": {"title": app_text.TITLE, "loading": app_text.LOADING}}
    return [
        sys.executable, "-m", "voila", str(APP),
        "--Voila.ip=127.0.0.1", f"--Voila.port={port}", "--Voila.port_retries=0",
        f"--Voila.open_browser={open_browser}", "--VoilaConfiguration.strip_sources=True",
        "--VoilaConfiguration.show_tracebacks=False", "--theme=light",
        "--template=eplab", "--HTMLExporter.language_code=nl",
        f"--VoilaConfiguration.resources={json.dumps(page_text, ensure_ascii=False)}",
        "--VoilaConfiguration.preheat_kernel=True", "--VoilaConfiguration.default_pool_size=1",
    ]


def environment(folder: Path) -> dict[str, str]:
    """The server's environment: where the logs go and where eplab's page template is."""
    paths = [str(TEMPLATES), *filter(None, [os.environ.get("JUPYTER_PATH")])]
    return {**os.environ, "EPLAB_OEFENEN_MAP": str(folder), "JUPYTER_PATH": os.pathsep.join(paths)}


def run(args: argparse.Namespace) -> int:
    folder = args.map.expanduser().resolve()
    folder.mkdir(parents=True, exist_ok=True)
    print(STARTING.format(port=args.port, folder=folder), flush=True)
    return subprocess.call(command(args.port, not args.geen_browser), env=environment(folder))
