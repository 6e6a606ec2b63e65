"""A kernel killed in the middle of a role-play loses nothing that was clicked."""

from __future__ import annotations

import os
import signal

from jupyter_client.manager import KernelManager

from eplab.roleplay import Session
from eplab.widgets.roleplay import RolePlayView
from tests.conftest import MINI

PLAY_TWO_CLICKS = f"""
from eplab.widgets.roleplay import speel
view = speel({str(MINI)!r}, map={{folder!r}}, student="s1")
view.start_button.click()
view.option_buttons[view._option_index.index(0)].click()  # the warm greeting, wherever shown
view.option_buttons[0].click()
print("geklikt", view.session.turn)
"""


def run(client, code: str) -> str:
    out = []

    def keep(msg):
        if msg["msg_type"] == "stream":
            out.append(msg["content"]["text"])
        if msg["msg_type"] == "error":
            out.append("\n".join(msg["content"]["traceback"]))

    client.execute_interactive(code, output_hook=keep, timeout=120)
    return "".join(out)


def test_kill_the_kernel_mid_conversation_and_resume(tmp_path):
    km = KernelManager(kernel_name="python3")
    env = {k: v for k, v in os.environ.items() if k != "NBGRADER_EXECUTION"}
    km.start_kernel(cwd=str(tmp_path), env=env)
    try:
        client = km.client()
        client.start_channels()
        client.wait_for_ready(timeout=120)
        assert "geklikt 2" in run(client, PLAY_TWO_CLICKS.format(folder=str(tmp_path)))
        os.kill(km.provisioner.pid, signal.SIGKILL)  # no chance to flush or close anything
        km.provisioner.process.wait(timeout=30)
        client.stop_channels()
    finally:
        km.shutdown_kernel(now=True)

    resumed = RolePlayView(Session(MINI, log_dir=tmp_path, student="s1"))
    assert resumed.session.turn == 2 and not resumed.session.notice
    assert "Echt waar?" in resumed.transcript.value, "the conversation so far is on screen again"
