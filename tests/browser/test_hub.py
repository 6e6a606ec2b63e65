"""A class on a real JupyterHub: a lecturer releases, two students log in, play, answer and submit,
the lecturer grades and returns feedback, each student reads their own feedback only.

Real parts: JupyterHub with PAM login and LocalProcessSpawner, configurable-http-proxy from npm,
Unix users created for the test, nbgrader's exchange in a shared folder, Debian's chromium.
"""

from __future__ import annotations

import csv
import io
import re

import pytest
from playwright.sync_api import Page, expect

from tests.browser import lab
from tests.browser.hub import (
    CHP,
    COURSE_ID,
    ROOT,
    Account,
    Hub,
    as_user,
    cannot_run_reason,
    jupyterhub,
    shared_folder,
    unix_accounts,
    unreadable_parent,
)

ASSIGNMENT = "jaar1_kennismakingsgesprek"
SCENARIO = "kennismakingsgesprek"
# Vraag 3: student 1 answers as the key does, student 2 answers "slot" throughout.
ANSWERS = [
    '["inleiding", "kern", "kern", "inleiding", "kern", "slot", "slot", "inleiding"]',
    '["slot", "slot", "slot", "slot", "slot", "slot", "slot", "slot"]',
]
WAIT = 180_000  # ms; the machine is shared, so every wait is for a state, with room to spare


@pytest.fixture
def hub_ready():
    reason = cannot_run_reason()
    if reason:
        pytest.skip(reason)
    if not CHP.exists():
        pytest.fail("configurable-http-proxy ontbreekt: `make hub` (of `make test`) installeert het.")
    # The test users run this checkout's venv. A checkout in a private folder (`mktemp -d` makes
    # one 0700) gets the right to pass through (o+x, not to list) for the test, and back after.
    opened = {}
    while (blocked := unreadable_parent(ROOT)) is not None:
        opened[blocked] = blocked.stat().st_mode & 0o7777
        blocked.chmod(opened[blocked] | 0o001)
    try:
        yield
    finally:
        for folder, mode in opened.items():
            folder.chmod(mode)


def login(page: Page, hub: Hub, account: Account) -> str:
    """Log in on the hub's login page; return the user's server URL once JupyterLab is shown."""
    page.context.clear_cookies()
    page.goto(f"{hub.url}/hub/login")
    page.locator("#username_input").fill(account.name)
    page.locator("#password_input").fill(account.password)
    page.locator("#login_submit").click()
    base = f"{hub.url}/user/{account.name}"
    page.wait_for_url(re.compile(re.escape(base) + "/lab"), timeout=WAIT)
    expect(page.locator("#jp-MainMenu")).to_be_visible(timeout=WAIT)
    return base


def open_assignments(page: Page) -> None:
    lab.menu(page, "Nbgrader", "nbgrader:open-assignment-list")
    expect(page.locator("#released_assignments_list")).to_be_attached(timeout=WAIT)
    expect(page.locator("#fetched_assignments_list_loading")).to_be_hidden(timeout=WAIT)


def row(page: Page, listing: str):
    return page.locator(f"#{listing} .list_item", has_text=ASSIGNMENT).first


def fill_answer(page: Page, name: str, value: str) -> None:
    cell = page.locator(".jp-CodeCell", has=page.locator(".cm-content", has_text=f"{name} = ...")).first
    cell.scroll_into_view_if_needed()
    cell.locator(".cm-content").click()
    page.keyboard.press("Control+a")
    page.keyboard.insert_text(f"{name} = {value}")


def save(page: Page) -> None:
    page.keyboard.press("Control+s")
    expect(page.locator(".lm-TabBar-tab.jp-mod-dirty")).to_have_count(0, timeout=WAIT)


def student_works(page: Page, hub: Hub, student: Account, answer: str, shots) -> int:
    """Fetch, open, run, play, answer, save and submit; return the number of choices made."""
    login(page, hub, student)
    shots(page, f"{student.role}-ingelogd")
    open_assignments(page)
    fetch = row(page, "released_assignments_list").get_by_role("button", name="Fetch")
    expect(fetch).to_be_visible(timeout=WAIT)
    shots(page, "opdracht-klaar-om-op-te-halen")
    fetch.click()
    fetched = row(page, "fetched_assignments_list")
    expect(fetched).to_be_visible(timeout=WAIT)
    fetched.locator("a.assignment-notebooks-link").click()
    fetched.get_by_role("link", name=ASSIGNMENT, exact=True).click()
    expect(page.locator(".jp-NotebookPanel .jp-Cell").first).to_be_visible(timeout=WAIT)

    lab.run_all(page)
    widget = page.locator(".eplab-rp").first
    expect(widget).to_be_visible(timeout=WAIT)
    widget.scroll_into_view_if_needed()
    shots(page, "rollenspel-via-de-hub")
    clicks = lab.play_to_the_end(page, widget)
    expect(widget.locator("h3", has_text="Einde:")).to_be_visible()
    shots(page, "rollenspel-einde")

    fill_answer(page, "antwoord_3", answer)
    save(page)
    shots(page, "antwoord-opgeslagen")

    open_assignments(page)
    fetched = row(page, "fetched_assignments_list")
    fetched.get_by_role("button", name="Submit").click()
    expect(row(page, "submitted_assignments_list")).to_be_visible(timeout=WAIT)
    shots(page, "ingeleverd")
    return clicks


def lecturer_releases(hub: Hub, docent: Account) -> None:
    """The lecturer's terminal: a course directory from the checkout, generated and released."""
    as_user(hub, docent, f"eplab course init cursus --bron {ROOT}")
    as_user(hub, docent, "mkdir -p .jupyter && printf '%s\\n' 'c = get_config()' "
                    "\"c.CourseDirectory.root = '$HOME/cursus'\" > .jupyter/nbgrader_config.py")
    course = docent.home / "cursus"
    as_user(hub, docent, f"nbgrader generate_assignment {ASSIGNMENT} --force", cwd=course)
    as_user(hub, docent, f"nbgrader release_assignment {ASSIGNMENT} --force", cwd=course)


def lecturer_grades(hub: Hub, docent: Account) -> str:
    course = docent.home / "cursus"
    as_user(hub, docent, f"nbgrader collect {ASSIGNMENT}", cwd=course)
    # eplab nakijken: scores computed outside the student's kernel, each hand-in in a bubblewrap
    # sandbox, which the lecturer (not root) starts in a user namespace
    as_user(hub, docent, f"eplab nakijken {ASSIGNMENT} -j 2", cwd=course)
    as_user(hub, docent, f"nbgrader generate_feedback {ASSIGNMENT}", cwd=course)
    as_user(hub, docent, f"nbgrader release_feedback {ASSIGNMENT}", cwd=course)
    as_user(hub, docent, f"nbgrader export --to=cijfers.csv --assignment={ASSIGNMENT}", cwd=course)
    return (course / "cijfers.csv").read_text("utf-8")


def student_reads_feedback(page: Page, hub: Hub, student: Account, shots):
    login(page, hub, student)
    open_assignments(page)
    submitted = row(page, "submitted_assignments_list")
    fetch = submitted.get_by_role("button", name="Fetch Feedback")
    expect(fetch).to_be_visible(timeout=WAIT)
    fetch.click()
    view = submitted.get_by_text("(view feedback)")
    expect(view).to_be_visible(timeout=WAIT)
    view.click()
    html = page.locator(".jp-DirListing-item", has_text=f"{ASSIGNMENT}.html")
    expect(html).to_be_visible(timeout=WAIT)
    html.dblclick()
    frame = page.frame_locator(".jp-HTMLViewer iframe").first
    expect(frame.locator("body")).to_contain_text(ASSIGNMENT, timeout=WAIT)
    shots(page, f"feedback-{student.name.split('-')[1]}")
    return frame.locator("body").inner_text()


def feedback_files(student: Account) -> list:
    return sorted((student.home / ASSIGNMENT / "feedback").glob(f"*/{ASSIGNMENT}.html"))


@pytest.mark.timeout(1800)  # a few minutes on an idle machine; room for a shared one
def test_a_class_on_jupyterhub(hub_ready, page, shots):
    with unix_accounts(students=2) as (docent, students, group), shared_folder() as folder, \
            jupyterhub([docent, *students], group, folder) as hub:
        # the lecturer logs in: the hub gives the lecturer the formgrader
        base = login(page, hub, docent)
        page.goto(f"{base}/formgrader")
        expect(page.locator("body")).to_contain_text("Manage Assignments", timeout=WAIT)
        lecturer_releases(hub, docent)
        page.reload()
        expect(page.locator("tr", has_text=ASSIGNMENT)).to_contain_text("released", timeout=WAIT)
        shots(page, "docent-formgrader-vrijgegeven")

        choices = [student_works(page, hub, s, a, shots) for s, a in zip(students, ANSWERS, strict=True)]
        assert all(choices), "each student played the role-play through the hub's proxy"
        peek = as_user(hub, students[1], f"ls {hub.exchange}/{COURSE_ID}/inbound", check=False)
        assert "Permission denied" in peek.stderr, "a student cannot list the hand-ins"

        grades = lecturer_grades(hub, docent)
        scores = {r["student_id"]: float(r["raw_score"]) for r in csv.DictReader(io.StringIO(grades))}
        assert set(scores) == {s.name for s in students}, grades
        # the role-play played through the proxy counts (2 points each); vraag 3 separates them
        assert all(score >= 2 for score in scores.values()), grades
        assert scores[students[0].name] > scores[students[1].name], grades
        collected = docent.home / "cursus" / "submitted"
        for student in students:
            assert (collected / student.name / ASSIGNMENT / f"{SCENARIO}.rollenspel.jsonl").is_file()

        texts = {s.name: student_reads_feedback(page, hub, s, shots) for s in students}
        for (student, answer), other in zip(zip(students, ANSWERS, strict=True),
                                           reversed(students), strict=True):
            assert feedback_files(student), "the feedback is in the student's own folder"
            assert answer[:30] in texts[student.name], "the feedback shows the student's own answer"
            assert answer[:30] not in texts[other.name]
            mine = feedback_files(student)[0]
            peek = as_user(hub, other, f"cat {mine}", check=False)
            assert peek.returncode != 0 and "Permission denied" in peek.stderr, \
                "a student cannot read a classmate's feedback"
        assert "Permission denied" in as_user(
            hub, students[1], f"ls {hub.exchange}/{COURSE_ID}/feedback", check=False).stderr
        # through the browser too: student 2's session does not open student 1's server
        response = page.goto(f"{hub.url}/user/{students[0].name}/lab")
        assert response.status == 403, response.status
        expect(page.locator("body")).not_to_contain_text(ASSIGNMENT)
        shots(page, "geen-toegang-tot-andermans-server")
