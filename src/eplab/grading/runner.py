"""Execute a prepared notebook cell by cell and write each cell's outputs as a JSON line.

`python -m eplab.grading.runner NOTEBOOK RESULTS TIMEOUT` runs inside the sandbox (see
sandbox.py), or directly with `eplab nakijken --zonder-sandbox`. The notebook holds no answer key:
only the student's cells, the visible form checks and the reporting cells. Each line of RESULTS is
{"start": i} before cell i runs, then {"cell": i, "outputs": [...]}, and at the end {"status": s}
with s "klaar", "kernel_dood" or "tijd_op". Outputs are capped, so a cell that prints a flood costs
nothing but its own output.
"""

from __future__ import annotations

import json
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


def run(notebook: str, results: str, timeout: int) -> str:
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

        with client.setup_kernel():
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
    return status


if __name__ == "__main__":
    run(sys.argv[1], sys.argv[2], int(sys.argv[3]))
