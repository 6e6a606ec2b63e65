"""Reading datapackage.json and checking CSV files against it (pure Python, no pandas).

The files follow the Frictionless Data Package / Table Schema standard. This module checks the
subset eplab uses: field types string, integer, number, boolean and date; the constraints
required, unique, enum, minimum, maximum and pattern; missingValues; primaryKey and
foreignKeys; and Table Schema v2 `categories` (with `categoriesOrdered`). Each violation is a
`Problem` that prints as one line `file:row: column: message` (Dutch), where row is the line
number in the CSV file (the header is line 1).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from eplab.data import text

PACKAGE_FILE = "datapackage.json"
DEFAULT_TRUE = ["true", "True", "TRUE", "1"]
DEFAULT_FALSE = ["false", "False", "FALSE", "0"]


class DatasetError(Exception):
    """A dataset that cannot be used; str() is one Dutch sentence saying what is wrong and how to mend it."""


@dataclass(frozen=True)
class Problem:
    """One violation of the schema, printed as `file:row: column: message`."""

    file: str
    row: int
    column: str
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.row}: {self.column}: {self.message}"


@dataclass
class Table:
    """A parsed CSV file: typed values per column, in schema order, plus its problems."""

    name: str
    path: Path
    fields: list[dict]
    columns: dict[str, list[Any]]
    problems: list[Problem]
    lines: list[int] = field(default_factory=list)
    keys_checked: bool = False


def package_dir() -> Path:
    """The folder inside the installed eplab package that holds the CSV files and datapackage.json."""
    from importlib.resources import files

    return Path(str(files("eplab.datasets")))


def resolve(path: str | Path | None = None) -> tuple[Path, Path]:
    """(directory, datapackage.json path) for a folder, a datapackage.json path, or None (eplab's own)."""
    if path is None:
        directory = package_dir()
        return directory, directory / PACKAGE_FILE
    path = Path(path)
    if path.is_dir():
        return path, path / PACKAGE_FILE
    if path.name == PACKAGE_FILE or path.suffix == ".json":
        if not path.exists():
            raise DatasetError(text.NO_PACKAGE.format(path=path.parent))
        return path.parent, path
    raise DatasetError(text.NO_DIRECTORY.format(path=path))


def read_package(path: str | Path | None = None) -> tuple[Path, dict]:
    """Read and minimally check datapackage.json; returns (directory, descriptor)."""
    directory, package_path = resolve(path)
    if not package_path.exists():
        raise DatasetError(text.NO_PACKAGE.format(path=directory))
    try:
        package = json.loads(package_path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise DatasetError(text.BAD_PACKAGE.format(path=package_path, detail=exc)) from exc
    if not isinstance(package, dict) or not isinstance(package.get("resources"), list):
        raise DatasetError(text.BAD_PACKAGE.format(path=package_path, detail="'resources' ontbreekt"))
    for res in package["resources"]:
        if not isinstance(res, dict) or not {"name", "path", "schema"} <= set(res):
            detail = "elke resource heeft 'name', 'path' en 'schema' nodig"
            raise DatasetError(text.BAD_PACKAGE.format(path=package_path, detail=detail))
        if not isinstance(res["schema"].get("fields"), list):
            detail = f"resource '{res['name']}' heeft geen 'schema.fields'"
            raise DatasetError(text.BAD_PACKAGE.format(path=package_path, detail=detail))
    return directory, package


def resource_names(package: dict) -> list[str]:
    return [res["name"] for res in package["resources"]]


def get_resource(package: dict, name: str) -> dict:
    for res in package["resources"]:
        if res["name"] == name:
            return res
    raise KeyError(name)


def category_values(field: dict) -> list | None:
    """Allowed values in their order: Table Schema v2 `categories`, else `constraints.enum`."""
    cats = field.get("categories")
    if cats:
        return [c["value"] if isinstance(c, dict) else c for c in cats]
    enum = field.get("constraints", {}).get("enum")
    return list(enum) if enum else None


def category_labels(field: dict) -> dict:
    """value -> Dutch label for fields whose categories carry labels (e.g. Likert items)."""
    return {
        c["value"]: c.get("label", str(c["value"]))
        for c in field.get("categories", [])
        if isinstance(c, dict)
    }


# --- parsing single values ---------------------------------------------------------------


def _show(values: list) -> str:
    return ", ".join(str(v) for v in values)


def parse_value(field: dict, raw: str) -> Any:
    """Turn one CSV cell (already known not to be a missing value) into a Python value.

    Raises ValueError with a Dutch message when the cell does not fit the field.
    """
    kind = field.get("type", "string")
    constraints = field.get("constraints", {})
    if kind == "integer":
        try:
            value: Any = int(raw.strip())
        except ValueError:
            message = text.NOT_INTEGER.format(value=raw)
            if constraints.get("enum"):
                message += text.CHOOSE_FROM.format(allowed=_show(constraints["enum"]))
            raise ValueError(message) from None
    elif kind == "number":
        try:
            value = float(raw.strip().replace(",", "."))
        except ValueError:
            raise ValueError(text.NOT_NUMBER.format(value=raw)) from None
    elif kind == "boolean":
        true_values = field.get("trueValues", DEFAULT_TRUE)
        false_values = field.get("falseValues", DEFAULT_FALSE)
        if raw in true_values:
            value = True
        elif raw in false_values:
            value = False
        else:
            allowed = " of ".join([true_values[0], false_values[0]])
            raise ValueError(text.NOT_BOOLEAN.format(value=raw, allowed=allowed))
    elif kind == "date":
        try:
            value = dt.date.fromisoformat(raw.strip())
        except ValueError:
            raise ValueError(text.NOT_DATE.format(value=raw)) from None
    else:
        value = raw
    enum = constraints.get("enum")
    if enum is not None and value not in enum:
        raise ValueError(text.NOT_IN_ENUM.format(value=raw, allowed=_show(enum)))
    if "minimum" in constraints and value < constraints["minimum"]:
        raise ValueError(text.TOO_SMALL.format(value=raw, minimum=constraints["minimum"]))
    if "maximum" in constraints and value > constraints["maximum"]:
        raise ValueError(text.TOO_LARGE.format(value=raw, maximum=constraints["maximum"]))
    pattern = constraints.get("pattern")
    if pattern is not None and not re.fullmatch(pattern, raw):
        raise ValueError(text.PATTERN.format(value=raw, pattern=pattern))
    return value


# --- reading a whole table ---------------------------------------------------------------


def _display(directory: Path, res: dict) -> str:
    return str(directory / res["path"])


def read_table(directory: Path, package: dict, name: str) -> Table:
    """Parse one resource's CSV file into typed columns and collect every schema violation."""
    res = get_resource(package, name)
    schema = res["schema"]
    fields = schema["fields"]
    path = directory / res["path"]
    shown = _display(directory, res)
    columns: dict[str, list[Any]] = {f["name"]: [] for f in fields}
    problems: list[Problem] = []
    table = Table(name, path, fields, columns, problems)
    if not path.exists():
        problems.append(Problem(shown, 1, "-", text.FILE_MISSING))
        return table
    try:
        content = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError:
        problems.append(Problem(shown, 1, "-", text.NOT_UTF8))
        return table
    reader = csv.reader(io.StringIO(content, newline=""))
    header = next(reader, None)
    if not header:
        problems.append(Problem(shown, 1, "-", text.EMPTY_FILE))
        return table
    expected = [f["name"] for f in fields]
    listing = ", ".join(expected)
    for name_ in expected:
        if name_ not in header:
            problems.append(Problem(shown, 1, name_, text.COLUMN_MISSING.format(expected=listing)))
    for name_ in header:
        if name_ not in expected:
            problems.append(Problem(shown, 1, name_ or "-", text.COLUMN_UNKNOWN))
    if set(header) == set(expected) and header != expected:
        problems.append(Problem(shown, 1, "-", text.COLUMN_ORDER.format(expected=listing)))
    position = {name_: i for i, name_ in enumerate(header)}
    missing_values = set(schema.get("missingValues", [""]))
    seen: dict[str, dict[Any, int]] = {
        f["name"]: {} for f in fields if f.get("constraints", {}).get("unique")
    }
    primary = schema.get("primaryKey")
    if isinstance(primary, str):
        primary = [primary]
    if primary and len(primary) == 1:
        seen.setdefault(primary[0], {})
    for row in reader:
        line = reader.line_num
        if not row:
            continue
        if len(row) != len(header):
            problems.append(Problem(shown, line, "-", text.ROW_LENGTH.format(
                found=len(row), expected=len(header))))
        table.lines.append(line)
        for spec_ in fields:
            name_ = spec_["name"]
            index = position.get(name_)
            raw = row[index] if index is not None and index < len(row) else ""
            value = None
            if raw in missing_values or index is None:
                if index is not None and spec_.get("constraints", {}).get("required"):
                    problems.append(Problem(shown, line, name_, text.VALUE_MISSING))
            else:
                try:
                    value = parse_value(spec_, raw)
                except ValueError as exc:
                    problems.append(Problem(shown, line, name_, str(exc)))
                if name_ in seen and value is not None:
                    if value in seen[name_]:
                        problems.append(Problem(shown, line, name_, text.NOT_UNIQUE.format(
                            value=raw, first=seen[name_][value])))
                    else:
                        seen[name_][value] = line
            columns[name_].append(value)
    return table


def _foreign_key_problems(directory: Path, package: dict, table: Table, cache: dict) -> list[Problem]:
    res = get_resource(package, table.name)
    problems = []
    for fk in res["schema"].get("foreignKeys", []):
        local = fk["fields"] if isinstance(fk["fields"], str) else fk["fields"][0]
        ref = fk["reference"]
        ref_field = ref["fields"] if isinstance(ref["fields"], str) else ref["fields"][0]
        ref_name = ref.get("resource") or table.name
        if ref_name not in cache:
            cache[ref_name] = read_table(directory, package, ref_name)
        allowed = {v for v in cache[ref_name].columns.get(ref_field, []) if v is not None}
        ref_file = get_resource(package, ref_name)["path"]
        for line, value in zip(table.lines, table.columns.get(local, []), strict=True):
            if value is not None and value not in allowed:
                problems.append(Problem(_display(directory, res), line, local,
                                        text.FOREIGN_KEY.format(value=value, ref_field=ref_field,
                                                                ref_resource=ref_file)))
    return problems


def check_table(directory: Path, package: dict, name: str, cache: dict | None = None) -> Table:
    """Read one table and add foreign-key problems; the result's `problems` lists everything."""
    cache = {} if cache is None else cache
    table = cache.get(name) or read_table(directory, package, name)
    cache[name] = table
    if not table.keys_checked and not any(p.row == 1 for p in table.problems):
        table.problems.extend(_foreign_key_problems(directory, package, table, cache))
    table.keys_checked = True
    return table


def check(path: str | Path | None = None) -> list[Problem]:
    """Check every CSV file of a data package (a folder or datapackage.json; None = eplab's own).

    Returns all violations; an empty list means every file fits its schema.
    A missing or unreadable datapackage.json raises DatasetError.
    """
    directory, package = read_package(path)
    cache: dict[str, Table] = {}
    problems: list[Problem] = []
    for name in resource_names(package):
        problems.extend(check_table(directory, package, name, cache).problems)
    return problems
