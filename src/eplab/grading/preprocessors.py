"""nbgrader preprocessors that keep a batch autograde going when students damage their notebook.

Used from nbgrader_config.py (`c.Autograde.sanitize_preprocessors`); imports nbgrader, so it is
never imported by `eplab` or `eplab.grading` themselves.

- `RestoreCells` replaces nbgrader's OverwriteCells. nbgrader 0.9.6 puts a deleted grade cell back
  after "the previous grade or solution cell", and stops with a KeyError when that previous cell
  is a read-only cell or was deleted too. Here a missing cell goes after the nearest earlier cell
  of the source notebook that is still there. Deleted autograded answer cells come back too, as
  the empty template, so the student gets "no answer" (0 points with the form check's Dutch
  sentence) instead of a NameError.
- `KeepAnsweredCopy` replaces DeduplicateIds. nbgrader empties the metadata of a duplicated cell
  to {}, on which OverwriteCells.add_missing_task_cells then stops with a KeyError; here it is
  removed. And when a student copied an answer cell, nbgrader keeps the last copy as the answer. Here an untouched copy (still the template) is switched off, so the
  copy the student filled in counts, whichever came first (nbgrader issues #1083, #1941).
- `ShortTracebacks` shortens errors in the feedback to one line, because a traceback quotes the
  hidden tests around the failing line.
- `HideLecturerOnly` drops, for the feedback, every output marked for the lecturer only (the
  plausibility signals of a role-play log): autograded/ and the formgrader keep them.
- `SanitizeOutputs` makes student HTML harmless in autograded/ (what the formgrader shows) and in
  the feedback: script, event handlers, SVG and JavaScript outputs go; other tags are escaped, so
  Markdown stays readable.

`RestoreCells` also (a) compares a locked cell with the *released* version (without the hidden
tests), so "checksum has changed" is logged only where a student really changed a locked cell,
and (b) takes a cell's grade/solution flags from the gradebook, so an answer cell whose metadata
was edited to `grade: true` does not stop the batch (MissingEntry).
"""

from __future__ import annotations

import re

from bleach import ALLOWED_ATTRIBUTES, ALLOWED_TAGS
from nbconvert.preprocessors.sanitize import SanitizeHTML
from nbformat.notebooknode import NotebookNode
from nbgrader import utils
from nbgrader.api import MissingEntry
from nbgrader.preprocessors import (
    ClearHiddenTests,
    DeduplicateIds,
    NbGraderPreprocessor,
    OverwriteCells,
)
from traitlets import Bool

from eplab.grading._display import LECTURER_ONLY

UNTOUCHED_COPY = (
    "# eplab: een ongewijzigde kopie van antwoordcel '{cell_id}'. Bij het nakijken niet uitgevoerd,\n"
    "# zodat het antwoord in de andere kopie telt.\n"
)


class RestoreCells(OverwriteCells):
    """OverwriteCells that restores deleted grade cells and answer cells without crashing."""

    def preprocess_cell(self, cell: NotebookNode, resources: dict, cell_index: int):
        meta = cell.metadata.get("nbgrader", {})
        grade_id = meta.get("grade_id")
        if grade_id is None:
            return cell, resources
        self._flags_from_gradebook(cell, grade_id)
        try:
            source = self.gradebook.find_source_cell(grade_id, self.notebook_id, self.assignment_id)
        except MissingEntry:
            return super().preprocess_cell(cell, resources, cell_index)
        if source.locked and cell.cell_type == source.cell_type:
            released = _released(source)
            if cell.source != released and cell.source != source.source:
                self.log.warning("Locked cell '%s' was changed in the hand-in; the original is "
                                 "put back", grade_id)
            cell.source = source.source
        return super().preprocess_cell(cell, resources, cell_index)

    def report_change(self, name: str, attr: str, old, new) -> None:
        if attr != "checksum":  # a changed locked cell is reported above, against the release
            super().report_change(name, attr, old, new)

    def _flags_from_gradebook(self, cell: NotebookNode, grade_id: str) -> None:
        """grade/solution/points as the source notebook has them, whatever the hand-in says."""
        meta = cell.metadata["nbgrader"]
        try:
            graded = self.gradebook.find_graded_cell(grade_id, self.notebook_id, self.assignment_id)
        except MissingEntry:
            graded = None
        if bool(meta.get("grade")) != (graded is not None):
            self.log.warning("Cell '%s': grade flag edited in the hand-in; restored", grade_id)
        meta["grade"] = graded is not None
        if graded is not None:
            meta["points"] = float(graded.max_score)
        else:
            meta.pop("points", None)
        try:
            self.gradebook.find_solution_cell(grade_id, self.notebook_id, self.assignment_id)
            meta["solution"] = True
        except MissingEntry:
            meta["solution"] = False

    def add_missing_grade_cells(self, nb: NotebookNode, resources: dict):
        source_nb = self.gradebook.find_notebook(self.notebook_id, self.assignment_id)
        source_cells = list(source_nb.source_cells)
        grade_cells = {cell.name: cell for cell in source_nb.grade_cells}
        solution_ids = {cell.name for cell in source_nb.solution_cells}

        def positions() -> dict[str, int]:
            return {
                cell.metadata["nbgrader"]["grade_id"]: index
                for index, cell in enumerate(nb.cells)
                if cell.metadata.get("nbgrader", {}).get("grade_id")
            }

        for index, source_cell in enumerate(source_cells):
            name = source_cell.name
            if name not in grade_cells and name not in solution_ids:
                continue
            present = positions()
            if name in present:
                continue
            self.log.warning("Missing cell %s encountered, adding it back to the notebook", name)
            if name in grade_cells:
                cell = self.missing_cell_transform(
                    source_cell, grade_cells[name].max_score, is_solution=name in solution_ids
                )
                if name in solution_ids:
                    # no notification in an answer cell: its checksum then still says "no answer"
                    cell.source = source_cell.source
            else:
                cell = self._answer_cell(source_cell)
            at = 0
            for earlier in reversed(source_cells[:index]):
                if earlier.name in present:
                    at = present[earlier.name] + 1
                    break
            nb.cells.insert(at, cell)
        return nb, resources

    def add_missing_task_cells(self, nb: NotebookNode, resources: dict):
        for cell in nb.cells:  # cells whose nbgrader metadata was emptied have no grade_id
            if "nbgrader" in cell.metadata and not cell.metadata["nbgrader"].get("grade_id"):
                del cell.metadata["nbgrader"]
        return super().add_missing_task_cells(nb, resources)

    @staticmethod
    def _answer_cell(source_cell) -> NotebookNode:
        cell = {
            "cell_type": source_cell.cell_type,
            "metadata": {
                "nbgrader": {
                    "grade": False,
                    "grade_id": source_cell.name,
                    "locked": source_cell.locked,
                    "checksum": source_cell.checksum,
                    "cell_type": source_cell.cell_type,
                    "solution": True,
                    "task": False,
                    "schema_version": 3,
                }
            },
            "source": source_cell.source,
        }
        if source_cell.cell_type == "code":
            cell["execution_count"] = None
            cell["outputs"] = []
        return NotebookNode(cell)


class KeepAnsweredCopy(DeduplicateIds):
    """DeduplicateIds that keeps the answered copy of a duplicated answer cell."""

    def preprocess(self, nb: NotebookNode, resources: dict):
        copies: dict[str, list[int]] = {}
        for index, cell in enumerate(nb.cells):
            meta = cell.metadata.get("nbgrader", {})
            if meta.get("solution") and not meta.get("grade") and meta.get("grade_id"):
                copies.setdefault(meta["grade_id"], []).append(index)
        for grade_id, indexes in copies.items():
            if len(indexes) < 2:
                continue
            answered = [i for i in indexes if not _untouched(nb.cells[i])]
            keep = answered[-1] if answered else indexes[-1]
            for i in indexes:
                if i == keep:
                    continue
                cell = nb.cells[i]
                if _untouched(cell) and cell.cell_type == "code":
                    cell.source = UNTOUCHED_COPY.format(cell_id=grade_id)
                del cell.metadata["nbgrader"]
                self.log.warning("Cell with id '%s' exists multiple times; kept the answered copy",
                                 grade_id)
        nb, resources = super().preprocess(nb, resources)
        # nbgrader leaves an empty {} behind, on which OverwriteCells.add_missing_task_cells fails
        for cell in nb.cells:
            if cell.metadata.get("nbgrader") == {}:
                del cell.metadata["nbgrader"]
        return nb, resources


def _untouched(cell: NotebookNode) -> bool:
    """True when an answer cell is still exactly as released (checksum unchanged)."""
    checksum = cell.metadata.get("nbgrader", {}).get("checksum")
    return bool(checksum) and checksum == utils.compute_checksum(cell)


class ShortTracebacks(NbGraderPreprocessor):
    """For feedback: show an error as its one line ("AnswerError: Je antwoord moet …").

    A Python traceback quotes the lines around the error, and in a test cell those lines include
    the hidden tests: the answer key. The error's name and message stay.
    """

    def preprocess_cell(self, cell: NotebookNode, resources: dict, index: int):
        if cell.cell_type == "code":
            for output in cell.get("outputs", []):
                if output.get("output_type") == "error":
                    output["traceback"] = [f"{output.get('ename', '')}: {output.get('evalue', '')}"]
        return cell, resources


class HideLecturerOnly(NbGraderPreprocessor):
    """For feedback: leave out every output marked for the lecturer only (`_display.LECTURER_ONLY`).

    A student can mark an output of their own too; that only hides it from their own feedback.
    """

    def preprocess_cell(self, cell: NotebookNode, resources: dict, index: int):
        if cell.cell_type == "code":
            cell.outputs = [o for o in cell.get("outputs", [])
                            if LECTURER_ONLY not in o.get("data", {})]
        return cell, resources


def _released(source_cell) -> str:
    """The source of a locked cell as the students received it (hidden tests removed)."""
    cell = NotebookNode({"cell_type": source_cell.cell_type, "metadata": {},
                         "source": source_cell.source})
    try:
        ClearHiddenTests()._remove_hidden_test_region(cell)
    except RuntimeError:  # unbalanced markers: compare with the full source
        pass
    return cell.source


JS_LINK = re.compile(r"\]\(\s*(?:javascript|vbscript|data):[^)]*\)", re.IGNORECASE)


class SanitizeOutputs(SanitizeHTML):
    """SanitizeHTML with the tags of eplab's own static summaries allowed (and nothing that runs).

    Enabled by default: nbconvert's preprocessors are off unless enabled, and nbgrader registers
    the classes of its chains without enabling them.
    """

    enabled = Bool(True).tag(config=True)

    def __init__(self, **kw):
        super().__init__(**kw)
        self.tags = sorted(set(ALLOWED_TAGS) | {
            "div", "span", "p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "table", "thead",
            "tbody", "tr", "td", "th", "ul", "ol", "li", "pre", "code", "em", "strong", "b", "i",
            "blockquote", "sub", "sup"})
        self.attributes = {**ALLOWED_ATTRIBUTES, "*": ["class"], "td": ["class", "colspan"],
                           "th": ["class", "colspan"]}
        # the lecturer-only mark (a small JSON flag, nothing that renders) must survive autograde
        self.safe_output_keys = set(self.safe_output_keys) | {LECTURER_ONLY}

    def preprocess_cell(self, cell: NotebookNode, resources: dict, cell_index: int):
        if cell.cell_type == "markdown":
            cell.source = JS_LINK.sub("](#)", cell.source)
        return super().preprocess_cell(cell, resources, cell_index)
