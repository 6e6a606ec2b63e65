"""Create an nbgrader course directory with eplab's assignments (`eplab course init`).

The source notebooks hold the answer keys, so they are not shipped inside the installed package
(students have the package too): they come from the folder given with --bron (a checkout of the
eplab repository). A build for lecturers can put them in the package as `eplab/_cursus/`
(solutions/ and nbgrader_config.py); that folder is used when --bron is not given.

The course directory is private to the lecturer (folders 0700, files 0600): it holds the answer
keys, the gradebook and the hand-ins. It also gets the per-course pseudonym key
`.eplab/pseudoniem.key` for class reports.
"""

from __future__ import annotations

import os
import re
import secrets
import shutil
from dataclasses import dataclass
from pathlib import Path

from eplab.grading import text

PACKAGE = Path(__file__).resolve().parent.parent
IGNORE = shutil.ignore_patterns(".ipynb_checkpoints", "__pycache__", "*.rollenspel.jsonl*")
COURSE_ID = re.compile(r"^[A-Za-z0-9_-]+$")


class CourseError(Exception):
    """A course directory that cannot be made; str() is one Dutch sentence."""


@dataclass
class Sources:
    solutions: Path
    config: Path

    @property
    def assignments(self) -> list[str]:
        return sorted(p.name for p in self.solutions.iterdir()
                      if p.is_dir() and (p / f"{p.name}.ipynb").is_file())


def find_sources(given: Path | None = None) -> Sources:
    folder = Path(given) if given else PACKAGE / "_cursus"
    if (folder / "solutions").is_dir() and (folder / "nbgrader_config.py").is_file():
        return Sources(folder / "solutions", folder / "nbgrader_config.py")
    if given:
        raise CourseError(text.COURSE_BAD_SOURCES.format(path=given))
    raise CourseError(text.COURSE_NO_SOURCES)


def course_config(template: str, course_id: str) -> str:
    """The repository's nbgrader_config.py with nbgrader's usual folder names and the course id."""
    config = re.sub(r'^SOURCE = ".*"$', 'SOURCE = "source"', template, count=1, flags=re.M)
    config = re.sub(r'^RELEASE = ".*"$', 'RELEASE = "release"', config, count=1, flags=re.M)
    config = re.sub(r'^c\.CourseDirectory\.course_id = ".*"$',
                    f'c.CourseDirectory.course_id = "{course_id}"', config, count=1, flags=re.M)
    return config


def init_course(target: Path, sources: Sources, course_id: str = "eplab",
                variant: str | None = None) -> list[str]:
    """Create the course directory; return the assignment ids.

    With `variant` (a lecturer's secret) the letter questions get a course-specific option order
    and key (eplab.grading.variant).
    """
    if not COURSE_ID.match(course_id):
        raise CourseError(text.COURSE_BAD_ID)
    if variant is not None and len(variant.strip()) < 8:
        raise CourseError(text.COURSE_BAD_VARIANT)
    target = Path(target)
    if target.exists() and (not target.is_dir() or any(target.iterdir())):
        raise CourseError(text.COURSE_NOT_EMPTY.format(path=target))
    target.mkdir(parents=True, exist_ok=True)
    shutil.copytree(sources.solutions, target / "source", ignore=IGNORE)
    if variant is not None:
        from eplab.grading.variant import vary_course

        vary_course(target / "source", variant.strip())
    template = sources.config.read_text("utf-8")
    (target / "nbgrader_config.py").write_text(course_config(template, course_id), "utf-8")
    (target / "students.csv").write_text("id,first_name,last_name,email\n", "utf-8")
    write_pseudonym_key(target)
    make_private(target)
    return sources.assignments


def write_pseudonym_key(course: Path) -> Path:
    """`.eplab/pseudoniem.key`: 64 hex characters, readable by the lecturer only."""
    folder = course / ".eplab"
    folder.mkdir(mode=0o700, exist_ok=True)
    path = folder / "pseudoniem.key"
    handle = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(handle, "w", encoding="utf-8") as out:
        out.write(secrets.token_hex(32) + "\n")
    return path


def make_private(course: Path) -> None:
    """Folders 0700 and files 0600 from `course` down: only the lecturer can read them."""
    course.chmod(0o700)
    for root, dirs, files in os.walk(course):
        for name in dirs:
            (Path(root) / name).chmod(0o700)
        for name in files:
            (Path(root) / name).chmod(0o600)
