"""The class report as a lecturer opens it: charts and tables render, accessible, prints on A4."""

from __future__ import annotations

from playwright.sync_api import expect

from eplab.classreport.build import make_report
from eplab.classreport.demo import make_demo
from tests.browser.a11y import audit, no_sideways_scroll


def test_lecturer_opens_the_class_report_in_the_browser(page, shots, tmp_path):
    make_demo(tmp_path / "klas", students=25)
    result = make_report(tmp_path / "klas", tmp_path / "uit")
    page.goto(result.html.as_uri())
    expect(page.get_by_role("heading", level=1)).to_contain_text("Klasoverzicht rollenspellen")
    expect(page.get_by_text("Deze klas is fictief")).to_be_visible()
    charts = page.locator("svg[role=img]")
    assert charts.count() > 30
    first = charts.first
    expect(first).to_be_visible()
    box = first.bounding_box()
    assert box and box["width"] > 200 and box["height"] > 20, "the chart has a size on screen"
    assert page.locator("svg[role=img] rect").count() > 60, "bars are drawn"
    assert "Staafdiagram" in (first.get_attribute("aria-label") or "")
    tables = page.locator("table")
    assert tables.count() > 30
    expect(tables.first.locator("th").first).to_be_visible()
    shots(page, "klasoverzicht-begin")

    page.get_by_role("link", name="Nabespreking").first.click()
    expect(page.locator("section.debrief h2").first).to_be_in_viewport()
    shots(page, "nabespreking")

    # every scenario's section has the same markup: audit one (axe on all 14 is slow)
    single = make_report(tmp_path / "klas", tmp_path / "een", scenario="kennismakingsgesprek")
    page.goto(single.html.as_uri())
    found = audit(page, own="body")
    serious = [v for v in found.own if v["impact"] in ("serious", "critical")]
    assert not serious, found.summary(serious)

    page.set_viewport_size({"width": 390, "height": 844})
    assert no_sideways_scroll(page) <= 1, "the report reflows on a phone"
    shots(page, "klasoverzicht-telefoon")
    page.emulate_media(media="print")
    assert page.locator("section.debrief").first.evaluate(
        "el => getComputedStyle(el).breakBefore") == "page", "each debrief sheet starts a page"
