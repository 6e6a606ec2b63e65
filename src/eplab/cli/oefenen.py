"""`eplab oefenen`: start the self-study app (Voilà) on this computer only."""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

APP = Path(__file__).resolve().parent.parent / "app" / "oefenen.ipynb"
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
    return [
        sys.executable, "-m", "voila", str(APP),
        "--Voila.ip=127.0.0.1", f"--Voila.port={port}", "--Voila.port_retries=0",
        f"--Voila.open_browser={open_browser}", "--VoilaConfiguration.strip_sources=True",
        "--VoilaConfiguration.show_tracebacks=False", "--theme=light",
    ]


def run(args: argparse.Namespace) -> int:
    folder = args.map.expanduser().resolve()
    folder.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "EPLAB_OEFENEN_MAP": str(folder)}
    print(STARTING.format(port=args.port, folder=folder), flush=True)
    return subprocess.call(command(args.port, not args.geen_browser), env=env)
