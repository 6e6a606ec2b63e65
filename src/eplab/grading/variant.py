"""A course-specific variant of the assignments, derived from a lecturer's secret
(`eplab course init MAP --bron REPO --variant SLEUTEL`).

The answer keys in the public repository are public. A variant shuffles the options of every
letter question (the list `- **A** ...` in the question's markdown) and rewrites the solution and
the hidden tests to match, so the public key does not fit. The same secret always gives the same
variant (an HMAC of the secret and the question picks each order); a different secret gives
another. Only the order changes: the question, its options and its points stay the same.

An assignment that loads generated datasets also gets its own data, derived from the secret
(eplab.data.variant), in `source/<id>/eplab-data/`: nbgrader releases the folder with the
notebook, `load()` in the student's notebook reads it unchanged, and the grader evaluates the key
on the course's own copy (autograde.py, `eplab.data.trusted_data`). The keys compute their
expected numbers from the data; literals they keep are source figures the generators assert.
"""

from __future__ import annotations

import hashlib
import hmac
import random
import re
from dataclasses import dataclass
from pathlib import Path

from eplab.data import LOCAL_FOLDER
from eplab.grading import text

MODEL_ANSWER = "**Modelantwoord (voor de docent; studenten zien dit niet).**"
STRING = re.compile(r"""["']([a-z_]+)["']""")
ITEM = re.compile(r"^- \*\*([A-Z])\*\* ")
LABEL = re.compile(r"\*\*(\d+[a-z])\b")
SOLUTION = re.compile(r"### BEGIN SOLUTION\n(.*?)### END SOLUTION", re.S)
HIDDEN = re.compile(r"### BEGIN HIDDEN TESTS\n(.*?)### END HIDDEN TESTS", re.S)
ASSIGNED = re.compile(r"^(antwoord_\w+)\s*=\s*(.+)$", re.M)
LETTERS_VALUE = re.compile(r'^(?:"[A-Z]"|\[\s*(?:"[A-Z]"\s*,?\s*)*\])$')
KEY_CALL = re.compile(
    r'((?:same|score_equal|score_selection)\(\s*(antwoord_\w+)\s*,\s*)(\[[^\]]*\]|"[A-Z]")')
LETTER = re.compile(r'"([A-Z])"')


@dataclass
class OptionList:
    """One list of lettered options in a markdown cell: where it is and which answers use it."""

    start: int
    end: int  # exclusive line index
    label: str | None  # the sub-question label before it (e.g. "4a"), None for the whole question


def _lists(lines: list[str]) -> list[OptionList]:
    found, i, label = [], 0, None
    while i < len(lines):
        if ITEM.match(lines[i]):
            start = i
            i += 1
            while i < len(lines) and (ITEM.match(lines[i]) or lines[i].startswith("  ")):
                i += 1
            found.append(OptionList(start, i, label))
            continue
        match = LABEL.search(lines[i])
        if match:
            label = match.group(1)
        i += 1
    return found


def _items(lines: list[str], option: OptionList) -> dict[str, list[str]]:
    """Letter -> the item's lines (the first without its letter prefix)."""
    items: dict[str, list[str]] = {}
    current = None
    for line in lines[option.start:option.end]:
        match = ITEM.match(line)
        if match:
            current = match.group(1)
            items[current] = [line[match.end():]]
        elif current is not None:
            items[current].append(line)
    return items


def permutation(secret: str, where: str, letters: list[str]) -> dict[str, str]:
    """old letter -> new letter, derived from the secret; never the identity for 2+ options."""
    seed = hmac.new(secret.encode("utf-8"), where.encode("utf-8"), hashlib.sha256).digest()
    rng = random.Random(int.from_bytes(seed, "big"))
    order = list(letters)
    while len(order) > 1 and order == letters:
        rng.shuffle(order)
    return {old: new for new, old in zip(letters, order, strict=True)}


def _answer_names(solution_source: str) -> list[str]:
    """The answer variables whose solution is a letter or a list of letters."""
    names = []
    for block in SOLUTION.findall(solution_source):
        for name, value in ASSIGNED.findall(block):
            if LETTERS_VALUE.match(value.strip()):
                names.append(name)
    return names


def _relabel(value: str, mapping: dict[str, str]) -> str:
    new = [mapping.get(letter, letter) for letter in LETTER.findall(value)]
    if value.strip().startswith("["):
        return "[" + ", ".join(f'"{letter}"' for letter in sorted(new)) + "]"
    return f'"{new[0]}"'


def _rewrite_solution(source: str, mappings: dict[str, dict[str, str]]) -> str:
    def block(match: re.Match) -> str:
        def assign(m: re.Match) -> str:
            name, value = m.group(1), m.group(2)
            if name in mappings and LETTERS_VALUE.match(value.strip()):
                return f"{name} = {_relabel(value, mappings[name])}"
            return m.group(0)
        return "### BEGIN SOLUTION\n" + ASSIGNED.sub(assign, match.group(1)) + "### END SOLUTION"
    return SOLUTION.sub(block, source)


def _rewrite_key(source: str, mappings: dict[str, dict[str, str]]) -> str:
    def block(match: re.Match) -> str:
        def call(m: re.Match) -> str:
            name = m.group(2)
            if name not in mappings:
                return m.group(0)
            return m.group(1) + _relabel(m.group(3), mappings[name])
        return "### BEGIN HIDDEN TESTS\n" + KEY_CALL.sub(call, match.group(1)) + "### END HIDDEN TESTS"
    return HIDDEN.sub(block, source)


def _question_groups(cells: list) -> list[tuple[int, list[int]]]:
    """(markdown cell index, indices of the code cells up to the next markdown question)."""
    groups = []
    for i, cell in enumerate(cells):
        if cell.cell_type == "markdown" and _lists(cell.source.splitlines()):
            following = []
            for j in range(i + 1, len(cells)):
                if cells[j].cell_type == "markdown" and _lists(cells[j].source.splitlines()):
                    break
                if cells[j].cell_type == "code":
                    following.append(j)
            groups.append((i, following))
    return groups


def vary_notebook(nb, secret: str, assignment: str) -> int:
    """Shuffle the options of every letter question in `nb` in place; return how many lists."""
    changed = 0
    for md_index, code_indices in _question_groups(nb.cells):
        cell = nb.cells[md_index]
        lines = cell.source.splitlines()
        names = [n for j in code_indices for n in _answer_names(nb.cells[j].source)]
        if not names:
            continue
        option_lists = _lists(lines)
        mappings: dict[str, dict[str, str]] = {}
        claimed = {o.label for o in option_lists if o.label}
        for number, option in enumerate(reversed(option_lists)):
            items = _items(lines, option)
            letters = sorted(items)
            if letters != [chr(ord("A") + k) for k in range(len(letters))]:
                continue
            grade_id = cell.metadata.get("nbgrader", {}).get("grade_id", str(md_index))
            mapping = permutation(secret, f"{assignment}/{grade_id}/{len(option_lists) - 1 - number}",
                                  letters)
            users = ([n for n in names if n == f"antwoord_{option.label}"] if option.label
                     else [n for n in names if n.removeprefix("antwoord_") not in claimed])
            if not users:
                continue
            for name in users:
                mappings[name] = mapping
            new_items = {mapping[old]: text for old, text in items.items()}
            block = []
            for letter in letters:
                first, *rest = new_items[letter]
                block += [f"- **{letter}** {first}", *rest]
            lines[option.start:option.end] = block
            changed += 1
        if not mappings:
            continue
        cell.source = "\n".join(lines) + ("\n" if cell.source.endswith("\n") else "")
        for j in code_indices:
            code = nb.cells[j]
            code.source = _rewrite_key(_rewrite_solution(code.source, mappings), mappings)
    return changed


def datasets_used(nb) -> list[str]:
    """The eplab datasets a notebook's code names (as a string literal, e.g. `load("x")`)."""
    from eplab.data.spec import DATASETS

    known = {m["name"] for m in DATASETS}
    found = {name for cell in nb.cells if cell.cell_type == "code"
             for name in STRING.findall(cell.source) if name in known}
    return sorted(found)


def vary_data(folder: Path, nb, secret: str) -> list[str]:
    """Write the variant datasets of one assignment into `folder`/eplab-data; return their names
    ([] when the notebook uses no generated dataset: hand-written data is the same everywhere)."""
    from eplab.data.variant import generator_of, write_variant

    names = datasets_used(nb)
    if not any(generator_of(name) for name in names):
        return []
    write_variant(Path(folder) / LOCAL_FOLDER, secret, names)
    for cell in nb.cells:  # the model answers quote the public data's fictitious numbers
        meta = cell.metadata.get("nbgrader", {})
        if cell.cell_type == "markdown" and meta.get("solution") and MODEL_ANSWER in cell.source:
            cell.source = cell.source.replace(MODEL_ANSWER, MODEL_ANSWER + "\n\n" + text.VARIANT_MODEL_NOTE, 1)
    return names


def vary_course(source: Path, secret: str) -> dict[str, int]:
    """Apply the variant to every assignment notebook in source/ (option order, key, and its own
    datasets); return lists shuffled per id."""
    import nbformat

    counts = {}
    for path in sorted(Path(source).glob("*/*.ipynb")):
        if path.stem != path.parent.name:
            continue
        nb = nbformat.read(path, as_version=4)
        counts[path.stem] = vary_notebook(nb, secret, path.stem)
        vary_data(path.parent, nb, secret)
        nbformat.write(nb, path)
    return counts
