"""eplab.data: the course datasets as well-typed pandas DataFrames.

    from eplab.data import load, describe, list_datasets
    df = load("oudertevredenheid")

The CSV files and datapackage.json ship inside the package (eplab/datasets/), so `load()` works
wherever a notebook stands. Importing this module is light: pandas is imported when `load()`
runs, and matplotlib only inside `eplab.data.plots`.

A course variant (`eplab course init --variant`) ships its own datasets with an assignment, in
`eplab-data/` next to the notebook. Without `directory`, `load()` and `describe()` first look in
`./eplab-data/` of the working folder (for the names that folder holds), then in eplab's own data.
The grader evaluates the answer key inside `trusted_data(folder)`: then the working folder (a
hand-in, which a student controls) is never read; only the course's own folder and eplab's data.
"""

from __future__ import annotations

import contextlib
import difflib
from collections.abc import Iterator
from contextvars import ContextVar
from pathlib import Path
from typing import TYPE_CHECKING

from eplab.data import text
from eplab.data.schema import DatasetError, Problem, check

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

__all__ = ["DatasetError", "Problem", "check", "describe", "list_datasets", "load", "trusted_data"]

LOCAL_FOLDER = "eplab-data"
# set by trusted_data(): (the trusted folder or None,); None = not set (look in the working folder)
_TRUSTED: ContextVar[tuple[Path | None] | None] = ContextVar("eplab_trusted_data", default=None)


@contextlib.contextmanager
def trusted_data(folder: str | Path | None) -> Iterator[None]:
    """Within this block, `load()` and `describe()` without `directory` read `folder` (a course's
    own variant data; None for none) and eplab's own data, never `./eplab-data` of the working
    folder. The grader wraps the answer key in it, so a hand-in's own data never decides a score."""
    token = _TRUSTED.set((Path(folder) if folder is not None else None,))
    try:
        yield
    finally:
        _TRUSTED.reset(token)


def _variant_folder() -> Path | None:
    """The course variant's data folder to look in first, if any: the trusted folder inside
    `trusted_data()`, else `./eplab-data` of the working folder when it holds a datapackage.json."""
    from eplab.data.schema import PACKAGE_FILE

    trusted = _TRUSTED.get()
    if trusted is not None:
        return trusted[0]
    local = Path.cwd() / LOCAL_FOLDER
    return local if (local / PACKAGE_FILE).is_file() else None


def _clean(name: str) -> str:
    return name.strip().lower().removesuffix(".csv")


def _package_for(name: object, directory: str | Path | None) -> tuple[Path, dict]:
    """(folder, descriptor) to load `name` from: `directory`, else the variant folder when it
    holds the name, else eplab's own data."""
    from eplab.data.schema import read_package, resource_names

    if directory is not None:
        return read_package(directory)
    folder = _variant_folder()
    if folder is not None and isinstance(name, str):
        found = read_package(folder)
        if _clean(name) in resource_names(found[1]):
            return found
    return read_package(None)


class CodebookText(str):
    """A codebook section: prints as plain text, renders as Markdown in Jupyter."""

    def __repr__(self) -> str:
        return str(self)

    def _repr_markdown_(self) -> str:
        return str(self)


def list_datasets(directory: str | Path | None = None) -> list[str]:
    """The names of the datasets (in the order of the codebook)."""
    from eplab.data.schema import read_package, resource_names

    return resource_names(read_package(directory)[1])


def _resolve_name(name: object, package: dict) -> str:
    from eplab.data.schema import resource_names

    known = resource_names(package)
    if not isinstance(name, str):
        raise DatasetError(text.NOT_A_NAME.format(known=", ".join(known)))
    cleaned = _clean(name)
    if cleaned in known:
        return cleaned
    match = difflib.get_close_matches(cleaned, known, n=1)
    hint = text.DID_YOU_MEAN.format(match=match[0]) if match else ""
    raise DatasetError(text.UNKNOWN_DATASET.format(name=name, hint=hint, known=", ".join(known)))


def describe(name: str, directory: str | Path | None = None) -> CodebookText:
    """The Dutch codebook section of one dataset (Markdown; renders in Jupyter)."""
    from eplab.data.codebook import render_section

    package = _package_for(name, directory)[1]
    return CodebookText(render_section(package, _resolve_name(name, package)))


def load(name: str, *, directory: str | Path | None = None, as_numbers: bool = False) -> pd.DataFrame:
    """Load a dataset as a DataFrame with the dtypes its schema describes.

    - categories from the schema become pandas categoricals, ordered where the order means
      something (months, education, Likert items 1-4);
    - integers are int64, or Int64 when the column may be empty; yes/no columns are bool, or the
      nullable boolean when they may be empty; free text is pandas' string dtype;
    - `as_numbers=True` gives Likert items (and other numbered categories) as integers
      (int64, or Int64 when they may be empty), handy for means.

    `directory` loads from another folder with a datapackage.json (default: a course variant's
    `./eplab-data/` where it holds the name, else eplab's own; see `trusted_data`).
    A wrong name or a damaged file raises DatasetError with one Dutch sentence.
    """
    from eplab.data.schema import check_table

    folder, package = _package_for(name, directory)
    name = _resolve_name(name, package)
    table = check_table(folder, package, name)
    if not table.path.exists():
        raise DatasetError(text.MISSING_FILE.format(path=table.path))
    if table.problems:
        first = table.problems[0]
        more = text.MORE_PROBLEMS.format(count=len(table.problems) - 1) if len(table.problems) > 1 else ""
        raise DatasetError(text.DAMAGED.format(
            file=Path(first.file).name, row=first.row, column=first.column,
            message=first.message, more=more))
    return _frame(table, as_numbers)


def _frame(table, as_numbers: bool) -> pd.DataFrame:
    import pandas as pd

    from eplab.data.schema import category_labels, category_values

    data = {}
    for field in table.fields:
        values = table.columns[field["name"]]
        kind = field.get("type", "string")
        required = bool(field.get("constraints", {}).get("required"))
        categories = category_values(field)
        if categories is not None and not (as_numbers and kind in ("integer", "number")):
            series = pd.Series(pd.Categorical(values, categories=categories,
                                              ordered=bool(field.get("categoriesOrdered"))))
        elif kind == "integer":
            series = pd.Series(values, dtype="int64" if required else "Int64")
        elif kind == "number":
            series = pd.Series(values, dtype="float64")
        elif kind == "boolean":
            series = pd.Series(values, dtype="bool" if required else "boolean")
        elif kind == "date":
            series = pd.to_datetime(pd.Series(values, dtype="object"))
        else:
            series = pd.Series(values, dtype="str")
        data[field["name"]] = series
    frame = pd.DataFrame(data)
    frame.attrs["dataset"] = table.name
    frame.attrs["titles"] = {f["name"]: f.get("title", f["name"]) for f in table.fields}
    frame.attrs["labels"] = {f["name"]: category_labels(f) for f in table.fields if category_labels(f)}
    return frame
