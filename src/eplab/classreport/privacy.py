"""Keyed pseudonyms and small-group suppression (AVG).

A plain hash of a student number is still personal data: anyone can hash every number. The
pseudonym is an HMAC with a per-course key that only the lecturer has
(`<course>/.eplab/pseudoniem.key`, written by `eplab course init`).
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from pathlib import Path

MIN_GROUP = 5
KEY_FILE = Path(".eplab") / "pseudoniem.key"


def find_key(source: Path, given: Path | None = None) -> tuple[bytes, Path | None]:
    """The course's key (from `given`, or .eplab/pseudoniem.key in `source` or a parent folder).

    Without one, a key for this run only: the pseudonyms then differ between reports. Raises
    OSError/ValueError for a key file that exists but cannot be read.
    """
    candidates = [given] if given else [p / KEY_FILE for p in (source, *source.parents)]
    for path in candidates:
        if path is not None and path.is_file():
            return bytes.fromhex(path.read_text("utf-8").strip()), path
    if given:
        raise FileNotFoundError(given)
    return secrets.token_bytes(32), None


def pseudonym(key: bytes, student: str) -> str:
    return "S-" + hmac.new(key, student.encode("utf-8"), hashlib.sha256).hexdigest()[:8]


def shown(count: int) -> str:
    """A count of students as the report shows it: 1–4 become "<5"."""
    return "<5" if 0 < count < MIN_GROUP else str(count)


def share(count: int, total: int) -> str:
    """A percentage, suppressed like the count it comes from."""
    if 0 < count < MIN_GROUP or total <= 0:
        return "<5" if count else "0%"
    return f"{round(100 * count / total)}%"
