"""Fixtures for the browser tests: Debian's chromium driven by Playwright, screenshots kept."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from tests.browser.lab import WAIT
from tests.browser.servers import CHROMIUM, CHROMIUM_ARGS

ROOT = Path(__file__).resolve().parents[2]
ARTEFACTS = ROOT / "test-artefacts" / "browser"


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/browser" in str(item.fspath):
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def playwright():
    from playwright.sync_api import expect, sync_playwright

    # a busy machine: every wait and action waits for its state with room to spare
    expect.set_options(timeout=WAIT)
    if not Path(CHROMIUM).exists():
        pytest.fail("Debian's chromium is missing: run `make test`, which installs it with apt-get.")
    with sync_playwright() as p:
        yield p


@pytest.fixture(scope="session")
def browser(playwright, tmp_path_factory):
    """A desktop window (1280×800), Dutch."""
    profile = tmp_path_factory.mktemp("chromium-profile")
    context = playwright.chromium.launch_persistent_context(
        str(profile), executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS,
        viewport={"width": 1280, "height": 800}, locale="nl-NL",
    )
    context.set_default_timeout(WAIT)
    try:
        yield context
    finally:
        context.close()


@pytest.fixture(scope="session")
def phone(playwright):
    """A phone (390×844, touch screen), Dutch."""
    chromium = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
    context = chromium.new_context(viewport={"width": 390, "height": 844}, has_touch=True,
                                   is_mobile=True, locale="nl-NL")
    context.set_default_timeout(WAIT)
    try:
        yield context
    finally:
        context.close()
        chromium.close()


@pytest.fixture
def page(browser):
    page = browser.new_page()
    yield page
    page.close()


@pytest.fixture
def shots(request):
    """shots("name") saves a screenshot as test-artefacts/browser/<test>/<nn>-<name>.png."""
    folder = ARTEFACTS / re.sub(r"[^\w.-]+", "_", request.node.name)
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    count = {"n": 0}

    def take(page, name: str) -> Path:
        count["n"] += 1
        path = folder / f"{count['n']:02d}-{name}.png"
        page.screenshot(path=str(path))
        return path

    return take
