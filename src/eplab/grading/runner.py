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
import signal
import sys

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


def run(notebook: str, results: str, timeout: int) -> str:
    skip_iri_grammar()
    import nbformat
    from nbclient import NotebookClient
    from nbclient.exceptions import CellTimeoutError, DeadKernelError

    nb = nbformat.read(notebook, as_version=4)
    client = NotebookClient(nb, timeout=timeout, interrupt_on_timeout=True, allow_errors=True,
                            kernel_name="python3", resources={"metadata": {"path": "."}},
                            record_timing=False, startup_timeout=120)
    status = "klaar"
    with open(results, "a", encoding="utf-8") as out:
        def write(record: dict) -> None:
            out.write(json.dumps(record) + "\n")
            out.flush()

        # No `setup_kernel()` context: the kernel is killed, not shut down, once the results
        # are written, and the process ends without waiting for its threads (see __main__).
        client.km = client.create_kernel_manager()
        client.start_new_kernel()
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
    _kill_kernel(client)
    return status


def _kill_kernel(client) -> None:
    """Kill the kernel's process group at once (its graceful shutdown would only cost time)."""
    group = getattr(getattr(client.km, "provisioner", None), "pgid", None)
    if group:
        with contextlib.suppress(OSError):
            os.killpg(group, signal.SIGKILL)


if __name__ == "__main__":
    run(sys.argv[1], sys.argv[2], int(sys.argv[3]))
    os._exit(0)
