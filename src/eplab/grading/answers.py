"""Answers as data: the cell injected after each grade cell reports the answers the key needs.

The report is one line of JSON behind a marker, printed by the student's kernel. Whatever the
student's code does, it can only change what its own answer is: the grader reads plain data
(str, bool, numbers, lists of those), never an object of the student's.
"""

from __future__ import annotations

import json

MARKER = "EPLAB-ANTWOORDEN:"
MAX_REPORT = 200_000  # characters of one report; a longer one is not read

# Runs in the student's kernel. Self-contained (imports its own modules) and quiet; an answer that
# is not plain data is reported by its type name only.
REPORT_CODE = """\
def _eplab_rapport(_namen):
    import json as _j, numbers as _n, sys as _s
    def _plain(_v, _diepte=0):
        if _v is Ellipsis:
            return {"__eplab__": "leeg"}
        if isinstance(_v, bool) or type(_v).__name__ == "bool_":
            return bool(_v)
        if isinstance(_v, _n.Integral):
            return int(_v)
        if isinstance(_v, _n.Real):
            return float(_v)
        if isinstance(_v, str):
            return str.__str__(_v)
        if isinstance(_v, (list, tuple)) and _diepte < 3 and len(_v) <= 1000:
            return [_plain(_x, _diepte + 1) for _x in _v]
        return {"__eplab__": "type", "naam": type(_v).__name__}
    _ns = _s.modules["__main__"].__dict__
    _data = {}
    for _naam in _namen:
        if _naam in _ns:
            try:
                _data[_naam] = _plain(_ns[_naam])
            except Exception:
                _data[_naam] = {"__eplab__": "type", "naam": "?"}
    _s.stdout.write("\\n" + "MARKER" + _j.dumps(_data) + "\\n")
    _s.stdout.flush()
_eplab_rapport(NAMES)
del _eplab_rapport
""".replace("MARKER", MARKER)


class Unreadable:
    """An answer that was not plain data (a DataFrame, a dict, an object): scores 0."""

    def __init__(self, kind: str) -> None:
        self.kind = kind

    def __repr__(self) -> str:
        return f"<{self.kind}>"


def report_code(names: list[str]) -> str:
    """The code of the reporting cell for `names`."""
    return REPORT_CODE.replace("NAMES", repr(sorted(names)))


def _decode(value: object) -> object:
    if isinstance(value, dict):
        if value.get("__eplab__") == "leeg":
            return Ellipsis
        return Unreadable(str(value.get("naam", "?")))
    if isinstance(value, list):
        return [_decode(item) for item in value]
    return value


def read_report(stream_text: str, names: list[str]) -> dict:
    """The answers in the last report of a reporting cell's output; names missing there are
    absent from the result (the key then sees no answer: NameError, 0 points)."""
    found: dict = {}
    for line in stream_text.splitlines():
        if line.startswith(MARKER) and len(line) <= MAX_REPORT:
            try:
                data = json.loads(line[len(MARKER):])
            except ValueError:
                continue
            if isinstance(data, dict):
                found = data
    return {name: _decode(found[name]) for name in names if name in found}
