"""Create an nbgrader course directory with eplab's assignments (`eplab course init`).

The source notebooks hold the answer keys, so they are not shipped inside the installed package
(students have the package too): they come from a checkout of the eplab repository, found next to
the package (an editable install) or given with --bron. A build for lecturers can put them in
the package as `eplab/_cursus/` (solutions/ and nbgrader_config.py); that folder is looked at too.
"""

from __future__ import annotations

import re
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
    candidates = [given] if given else [PACKAGE / "_cursus", PACKAGE.parent.parent]
    for folder in candidates:
        if folder and (folder / "solutions").is_dir() and (folder / "nbgrader_config.py").is_file():
            return Sources(folder / "solutions", folder / "nbgrader_config.py")
    raise CourseError(text.COURSE_NO_SOURCES)


def course_config(template: str, course_id: str) -> str:
    """The repository's nbgrader_config.py with nbgrader's usual folder names and the course id."""
    config = re.sub(r'^SOURCE = ".*"$', 'SOURCE = "source"', template, count=1, flags=re.M)
    config = re.sub(r'^RELEASE = ".*"$', 'RELEASE = "release"', config, count=1, flags=re.M)
    config = re.sub(r'^c\.CourseDirectory\.course_id = ".*"$',
                    f'c.CourseDirectory.course_id = "{course_id}"', config, count=1, flags=re.M)
    return config


def init_course(target: Path, sources: Sources, course_id: str = "eplab") -> list[str]:
    """Create the course directory; return the assignment ids."""
    if not COURSE_ID.match(course_id):
        raise CourseError(text.COURSE_BAD_ID)
    target = Path(target)
    if target.exists() and (not target.is_dir() or any(target.iterdir())):
        raise CourseError(text.COURSE_NOT_EMPTY.format(path=target))
    target.mkdir(parents=True, exist_ok=True)
    shutil.copytree(sources.solutions, target / "source", ignore=IGNORE)
    template = sources.config.read_text("utf-8")
    (target / "nbgrader_config.py").write_text(course_config(template, course_id), "utf-8")
    (target / "students.csv").write_text("id,first_name,last_name,email\n", "utf-8")
    return sources.assignments
