"""Execute a prepared notebook cell by cell and write each cell's outputs as a JSON line.

`python -m eplab.grading.runner NOTEBOOK RESULTS TIMEOUT` runs inside the sandbox (see
sandbox.py), or directly with `eplab nakijken --zonder-sandbox`. The notebook holds no answer key:
only the student's cells, the visible form checks and the reporting cells. Each line of RESULTS is
{"start": i} before cell i runs, then {"cell": i, "outputs": [...]}, and at the end {"status": s}
with s "klaar", "kernel_dood" or "tijd_op". Outputs are capped, so a cell that prints a flood costs
nothing but its own output.
"""

from __future__ import annotations

import contextlib
import json
import os
import secrets
import signal
import socket
import subprocess
import sys
import tempfile

MAX_TEXT = 20_000
MAX_OUTPUTS = 50


def _cap(outputs: list) -> list:
    kept = []
    for output in list(outputs)[:MAX_OUTPUTS]:
        output = dict(output)
        if "text" in output and len(output["text"]) > MAX_TEXT:
            output["text"] = output["text"][:MAX_TEXT] + "\n[...]\n"
        data = output.get("data")
        if isinstance(data, dict):
            output["data"] = {k: (v[:MAX_TEXT] if isinstance(v, str) else v)
                              for k, v in data.items() if len(json.dumps(v)) <= 5 * MAX_TEXT}
        kept.append(output)
    return kept


def skip_iri_grammar() -> None:
    """Keep jsonschema from building its IRI grammar (rfc3987_syntax, ~3 s per import).

    nbformat imports jsonschema, which compiles a Lark grammar for the "iri" format at import
    time when rfc3987_syntax is installed. Notebooks never use that format, and the runner
    starts once per hand-in, so the grammar would cost seconds per hand-in for nothing.
    """
    sys.modules.setdefault("rfc3987_syntax", None)


class Kernel:
    """An IPython kernel started with the standard library only, as nbclient's kernel manager.

    The runner starts once per hand-in; starting the kernel before importing nbclient lets the
    kernel boot (~0.8 s) while nbclient, jupyter_client and nbformat import (~0.5 s), instead of
    one after the other. It has what nbclient asks of a kernel manager once the kernel runs.
    """

    def __init__(self) -> None:
        names = ("shell_port", "iopub_port", "stdin_port", "control_port", "hb_port")
        connection = {"ip": "127.0.0.1", "transport": "tcp", "key": secrets.token_hex(32),
                      "signature_scheme": "hmac-sha256", "kernel_name": "python3",
                      **dict(zip(names, _free_ports(len(names)), strict=True))}
        self.connection_file = os.path.join(tempfile.mkdtemp(prefix="eplab-kernel-"), "k.json")
        with open(self.connection_file, "w", encoding="utf-8") as handle:
            json.dump(connection, handle)
        env = {**os.environ, "JPY_PARENT_PID": str(os.getpid())}
        self.process = subprocess.Popen(
            [sys.executable, "-m", "ipykernel_launcher", "-f", self.connection_file,
             "--HistoryManager.hist_file=:memory:"],
            env=env, stdin=subprocess.DEVNULL, start_new_session=True)

    def client(self):
        from jupyter_client.asynchronous import AsyncKernelClient

        client = AsyncKernelClient(connection_file=self.connection_file)
        client.load_connection_file()
        return client

    def interrupt_kernel(self) -> None:
        self._signal(signal.SIGINT)

    def is_alive(self) -> bool:
        return self.process.poll() is None

    def shutdown_kernel(self, now: bool = True) -> None:
        """Kill the kernel's process group at once (a graceful shutdown would only cost time)."""
        self._signal(signal.SIGKILL)

    def cleanup_resources(self) -> None:
        with contextlib.suppress(OSError):
            os.remove(self.connection_file)
            os.rmdir(os.path.dirname(self.connection_file))

    def _signal(self, number: int) -> None:
        with contextlib.suppress(OSError):
            os.killpg(self.process.pid, number)


def _free_ports(count: int) -> list[int]:
    sockets = [socket.socket() for _ in range(count)]
    try:
        for sock in sockets:
            sock.bind(("127.0.0.1", 0))
        return [sock.getsockname()[1] for sock in sockets]
    finally:
        for sock in sockets:
            sock.close()


def run(notebook: str, results: str, timeout: int) -> str:
    kernel = Kernel()  # first: it boots while the imports below run
    skip_iri_grammar()
    import nbformat
    from nbclient import NotebookClient
    from nbclient.exceptions import CellTimeoutError, DeadKernelError

    nb = nbformat.read(notebook, as_version=4)
    client = NotebookClient(nb, km=kernel, timeout=timeout, interrupt_on_timeout=True,
                            allow_errors=True, resources={"metadata": {"path": "."}},
                            record_timing=False, startup_timeout=120)
    status = "klaar"
    with open(results, "a", encoding="utf-8") as out:
        def write(record: dict) -> None:
            out.write(json.dumps(record) + "\n")
            out.flush()

        # No `setup_kernel()` context: the kernel is killed, not shut down, once the results
        # are written, and the process ends without waiting for its threads (see __main__).
        client.start_new_kernel_client()
        for index, cell in enumerate(nb.cells):
            if cell.cell_type != "code":
                continue
            write({"start": index})
            try:
                client.execute_cell(cell, index)
            except DeadKernelError:
                status = "kernel_dood"
            except CellTimeoutError:
                status = "tijd_op"
            write({"cell": index, "outputs": _cap(cell.get("outputs", []))})
            if status != "klaar":
                break
        write({"status": status})
    kernel.shutdown_kernel()
    kernel.cleanup_resources()
    return status


if __name__ == "__main__":
    run(sys.argv[1], sys.argv[2], int(sys.argv[3]))
    os._exit(0)
