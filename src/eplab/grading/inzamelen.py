"""The LMS route: hand out a zip (`eplab uitdelen`) and collect the class's zips
(`eplab inzamelen OPDRACHT MAP`).

Each student hands in one zip named `<studentnummer>_<opdracht>.zip`; whatever the LMS puts in
front of that name is ignored. The student number comes from the OUTER file name only and must
match the configured pattern: nothing inside a zip changes whose hand-in it is (folders and paths
inside are flattened). The result is what `nbgrader autograde` expects:
`submitted/<student>/<opdracht>/` with the notebook, the role-play logs and `timestamp.txt`.

Safe for a class of 150 with a few hostile students: a zip that is damaged, too big, has too many
entries or is not a hand-in is skipped with one Dutch reason and never stops the others; nested
zips are never unpacked; a re-upload keeps the newest.
"""

from __future__ import annotations

import fnmatch
import re
import shutil
import zipfile
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path, PurePosixPath

from eplab.grading import text

STUDENT_PATTERN = r"[0-9]{5,12}"
MAX_MB = 50
MAX_ENTRIES = 500
LOG_SUFFIX = ".rollenspel.jsonl"
SKIP_PARTS = ("__MACOSX", ".ipynb_checkpoints")
ARCHIVES = (".zip", ".7z", ".rar", ".tar", ".gz", ".tgz")
TIMESTAMP_FORMAT = "%Y-%m-%d %H:%M:%S.%f %Z"
NEVER_HANDED_OUT = ("*.rollenspel.jsonl*", ".ipynb_checkpoints", "__pycache__", "*.pyc", ".*")


@dataclass(frozen=True)
class Limits:
    """What one hand-in may hold once unpacked."""

    max_bytes: int = MAX_MB * 2**20
    max_entries: int = MAX_ENTRIES


class Refused(Exception):
    """A zip that is not collected; str() is the Dutch reason."""


@dataclass
class Upload:
    """One outer zip: its file, the student number from its name and its re-upload number."""

    path: Path
    student: str
    copy: int

    @property
    def order(self) -> tuple[float, int, str]:
        return (self.path.stat().st_mtime, self.copy, self.path.name)


@dataclass
class Report:
    """What a collection did: who was collected from which zip, what was skipped and why."""

    assignment: str
    collected: dict[str, str] = field(default_factory=dict)
    skipped: list[tuple[str, str]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def lines(self) -> list[str]:
        """The Dutch summary printed at the end."""
        out = [text.COLLECT_SUMMARY.format(assignment=self.assignment,
                                           collected=len(self.collected),
                                           skipped=len(self.skipped))]
        if self.notes:
            out += ["", text.COLLECT_NOTES] + [f"  - {note}" for note in self.notes]
        if self.skipped:
            out += ["", text.COLLECT_SKIPPED]
            out += [f"  - {name}: {reason}" for name, reason in self.skipped]
        return out


def name_pattern(assignment: str) -> re.Pattern[str]:
    """`... <token>_<opdracht>[ (n)|-n].zip`: the token before the assignment is the student."""
    return re.compile(
        rf"(?:^|[^A-Za-z0-9])(?P<student>[A-Za-z0-9]+)_{re.escape(assignment)}"
        r"(?:\s*\((?P<copy>\d+)\)|-(?P<dash>\d+))?\.zip$",
        re.IGNORECASE,
    )


def parse_name(name: str, assignment: str, student_pattern: str) -> Upload | str:
    """The upload a file name stands for, or the Dutch reason it is not one."""
    if not name.lower().endswith(".zip"):
        return text.COLLECT_NOT_ZIP
    match = name_pattern(assignment).search(name)
    if not match:
        return text.COLLECT_BAD_NAME.format(assignment=assignment)
    student = match["student"]
    if not re.fullmatch(student_pattern, student):
        return text.COLLECT_BAD_NUMBER.format(token=student, assignment=assignment)
    return Upload(Path(name), student, int(match["copy"] or match["dash"] or 0))


def _wanted(base: str, assignment: str) -> bool:
    return base == f"{assignment}.ipynb" or base.endswith(LOG_SUFFIX)


def _depth_and_age(info: zipfile.ZipInfo) -> tuple[int, tuple]:
    """Prefer the copy closest to the zip's root, then the newest."""
    return (len(PurePosixPath(info.filename).parts), tuple(-n for n in info.date_time))


def _choose(infos: list[zipfile.ZipInfo], assignment: str, zip_name: str,
            notes: list[str]) -> dict[str, zipfile.ZipInfo]:
    """One entry per wanted file name; a name found twice keeps one and says which."""
    by_base: dict[str, list[zipfile.ZipInfo]] = {}
    for info in infos:
        parts = PurePosixPath(info.filename.replace("\\", "/")).parts
        if info.is_dir() or not parts or any(p in SKIP_PARTS or p.startswith(".") for p in parts):
            continue
        base = parts[-1]
        if base.lower().endswith(ARCHIVES):
            notes.append(text.COLLECT_NESTED.format(zip=zip_name, entry=info.filename))
        elif _wanted(base, assignment):
            by_base.setdefault(base, []).append(info)
    chosen = {}
    for base, group in by_base.items():
        group.sort(key=_depth_and_age)
        chosen[base] = group[0]
        if len(group) > 1:
            notes.append(text.COLLECT_TWICE.format(
                zip=zip_name, file=base, count=len(group), kept=group[0].filename,
                dropped=", ".join(f"'{i.filename}'" for i in group[1:])))
    return chosen


def _read_capped(archive: zipfile.ZipFile, info: zipfile.ZipInfo, budget: int,
                 limits: Limits) -> bytes:
    """The entry's bytes, refusing as soon as more than `budget` bytes come out (a zip bomb)."""
    chunks, total = [], 0
    with archive.open(info) as handle:
        while chunk := handle.read(2**16):
            total += len(chunk)
            if total > budget:
                raise Refused(text.COLLECT_TOO_BIG.format(mb=limits.max_bytes // 2**20))
            chunks.append(chunk)
    return b"".join(chunks)


def read_handin(path: Path, assignment: str, limits: Limits = Limits(),
                notes: list[str] | None = None) -> dict[str, bytes]:
    """The files of one hand-in (flat: file name -> bytes); raise Refused with a Dutch reason."""
    notes = [] if notes is None else notes
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
            if len(infos) > limits.max_entries:
                raise Refused(text.COLLECT_TOO_MANY.format(count=len(infos),
                                                           max=limits.max_entries))
            if sum(info.file_size for info in infos) > limits.max_bytes:
                raise Refused(text.COLLECT_TOO_BIG.format(mb=limits.max_bytes // 2**20))
            chosen = _choose(infos, assignment, path.name, notes)
            if f"{assignment}.ipynb" not in chosen:
                found = sorted({PurePosixPath(i.filename).name for i in infos
                                if i.filename.endswith(".ipynb")})
                raise Refused(text.COLLECT_NO_NOTEBOOK.format(
                    notebook=f"{assignment}.ipynb",
                    found=", ".join(found) if found else text.COLLECT_NOTHING))
            files, budget = {}, limits.max_bytes
            for base, info in sorted(chosen.items()):
                if info.flag_bits & 0x1:
                    raise Refused(text.COLLECT_PASSWORD)
                files[base] = _read_capped(archive, info, budget, limits)
                budget -= len(files[base])
            return files
    except Refused:
        raise
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, OSError, ValueError,
            NotImplementedError, RuntimeError) as exc:
        raise Refused(text.COLLECT_DAMAGED) from exc


def timestamp(path: Path) -> str:
    """nbgrader's timestamp.txt: when the zip was handed in (its modification time), in UTC."""
    moment = datetime.fromtimestamp(path.stat().st_mtime, tz=timezone.utc)
    return moment.strftime(TIMESTAMP_FORMAT)


def write_handin(submitted: Path, upload: Upload, assignment: str,
                 files: dict[str, bytes]) -> Path:
    """Replace submitted/<student>/<assignment>/ with these files and timestamp.txt."""
    target = submitted / upload.student / assignment
    staging = target.with_name(f".{assignment}.inzamelen")
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(parents=True)
    for name, data in files.items():
        (staging / name).write_bytes(data)
    (staging / "timestamp.txt").write_text(timestamp(upload.path), "utf-8")
    if target.exists():
        shutil.rmtree(target)
    staging.rename(target)
    return target


def find_uploads(folder: Path, assignment: str, student_pattern: str,
                 report: Report) -> dict[str, list[Upload]]:
    """The uploads in `folder` per student, newest first; other files go to report.skipped."""
    per_student: dict[str, list[Upload]] = {}
    for path in sorted(folder.iterdir()):
        if path.name.startswith(".") or path.is_dir():
            continue
        found = parse_name(path.name, assignment, student_pattern)
        if isinstance(found, str):
            report.skipped.append((path.name, found))
            continue
        found.path = path
        per_student.setdefault(found.student, []).append(found)
    for uploads in per_student.values():
        uploads.sort(key=lambda upload: upload.order, reverse=True)
    return per_student


def collect(assignment: str, folder: Path, submitted: Path, *,
            student_pattern: str = STUDENT_PATTERN, limits: Limits = Limits()) -> Report:
    """Collect every hand-in of `assignment` in `folder` into `submitted`; never raises per zip."""
    report = Report(assignment)
    per_student = find_uploads(Path(folder), assignment, student_pattern, report)
    for student, uploads in sorted(per_student.items()):
        refused: list[str] = []
        for upload in uploads:
            if student in report.collected:
                report.notes.append(text.COLLECT_REUPLOAD.format(
                    student=student, kept=report.collected[student], older=upload.path.name))
                continue
            try:
                files = read_handin(upload.path, assignment, limits, report.notes)
                write_handin(Path(submitted), upload, assignment, files)
            except Refused as exc:
                report.skipped.append((upload.path.name, str(exc)))
                refused.append(upload.path.name)
            except OSError as exc:
                report.skipped.append((upload.path.name, text.COLLECT_WRITE.format(error=exc)))
                refused.append(upload.path.name)
            else:
                report.collected[student] = upload.path.name
                if refused:
                    report.notes.append(text.COLLECT_FELL_BACK.format(
                        student=student, kept=upload.path.name, newer=", ".join(refused)))
    return report


def _handed_out(relative: Path) -> bool:
    return not any(fnmatch.fnmatch(part, pattern)
                   for part in relative.parts for pattern in NEVER_HANDED_OUT)


def release_zip(release: Path, assignment: str, target: Path) -> list[str]:
    """Zip release/<assignment>/ for the LMS as <assignment>/...; never a role-play log.

    Returns the names written into the zip.
    """
    folder = Path(release) / assignment
    names = []
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in sorted(folder.rglob("*")):
            relative = path.relative_to(folder)
            if path.is_file() and _handed_out(relative):
                name = f"{assignment}/{relative.as_posix()}"
                archive.write(path, name)
                names.append(name)
    return names
