"""`nbgrader export` with a Dutch status column, so a failure never looks like an empty hand-in.

Configured in nbgrader_config.py (`c.ExportApp.plugin_class`). The status of each hand-in comes
from nakijkstatus.csv, which `eplab nakijken` keeps in the course directory; a row without a
submission says "niet ingeleverd".
"""

from __future__ import annotations

import csv
from pathlib import Path

from nbgrader.plugins import CsvExportPlugin

from eplab.grading import text
from eplab.grading.batch import read_status

COLUMN = "nakijkstatus"
NOT_SUBMITTED = "niet ingeleverd"


class CsvWithStatus(CsvExportPlugin):
    """nbgrader's CSV export plus the column `nakijkstatus`."""

    def export(self, gradebook) -> None:
        super().export(gradebook)
        dest = Path(self.to or "grades.csv")
        status = read_status(Path.cwd() / text.GRADE_STATUS_FILE)
        with open(dest, encoding="utf-8", newline="") as handle:
            rows = list(csv.DictReader(handle))
        fields = list(rows[0].keys()) if rows else []
        with open(dest, "w", encoding="utf-8", newline="") as handle:
            writer = csv.DictWriter(handle, [*fields, COLUMN] if fields else [COLUMN],
                                    lineterminator="\n")
            writer.writeheader()
            for row in rows:
                found = status.get((row["student_id"], row["assignment"]))
                row[COLUMN] = found or ("" if row.get("timestamp") else NOT_SUBMITTED)
                writer.writerow(row)
