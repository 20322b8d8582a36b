"""/comps/ and /analytics/ in a real browser, at desktop (1280) and phone (390) widths.

Loads the demo data set, then checks what a reader sees: the statistics and the box plot, the
four charts, no sideways scrolling on a phone, no console errors. Screenshots land in
test-artifacts/screenshots/ for a person to look at.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.browser import console_errors, screenshot

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
]

WIDTHS = {"desktop": {"width": 1280, "height": 900}, "phone": {"width": 390, "height": 844}}
RC148 = "abbvie-remegen-rc148-2026"


def _fits_the_screen(page: Any) -> bool:
    return page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")


@pytest.mark.parametrize("size", list(WIDTHS))
def test_comps_page_like_rc148_shows_statistics_plot_and_deals(
    live_server: Any, new_browser_page: Any, demo: None, size: str
) -> None:
    page = new_browser_page(viewport=WIDTHS[size])
    page.goto(f"{live_server.url}/comps/?like_deal={RC148}")
    assert page.locator(".alert", has_text="Deals like").is_visible()
    count = int(page.locator(".result-count strong").inner_text())
    assert count >= 1
    # RC148's comparables are few (one licensing PD-1 x VEGF bispecific at Phase 2): below
    # three values the page shows the values themselves, never a median of one.
    assert page.get_by_text("too few for a median").first.is_visible()
    rows = page.locator(".deal-table tbody tr")
    assert rows.count() == count
    assert not rows.filter(has_text="RC148 (PD-1").count()  # the deal itself is left out
    assert _fits_the_screen(page)
    assert console_errors(page) == []
    screenshot(page, f"comps-like-rc148-{size}")
    # With enough comparables (licensing ADC deals) the statistics and the plot appear.
    page.goto(f"{live_server.url}/comps/?modality=adc")
    assert page.locator(".stat-label", has_text="Median upfront").is_visible()
    assert page.locator(".boxplot .bp-median").count() >= 1
    assert _fits_the_screen(page)


def test_comps_form_ticks_a_criterion_and_the_numbers_follow(
    live_server: Any, new_browser_page: Any, demo: None
) -> None:
    page = new_browser_page(viewport=WIDTHS["desktop"])
    page.goto(f"{live_server.url}/comps/")
    everything = int(page.locator(".result-count strong").inner_text())
    page.select_option("#id_modality", "bispecific")
    page.get_by_role("button", name="Find comparables").click()
    page.wait_for_url("**modality=bispecific**")
    bispecific = int(page.locator(".result-count strong").inner_text())
    assert 0 < bispecific < everything
    assert page.locator(".criteria-line", has_text="Bispecific antibody").is_visible()
    assert console_errors(page) == []


@pytest.mark.parametrize("size", list(WIDTHS))
def test_analytics_page_shows_four_charts_with_tables(
    live_server: Any, new_browser_page: Any, demo: None, size: str
) -> None:
    page = new_browser_page(viewport=WIDTHS[size])
    page.goto(f"{live_server.url}/analytics/")
    charts = page.locator("figure.chart")
    assert charts.count() == 4
    assert page.locator(".bar-row").first.is_visible()
    # Each chart's table opens and holds the same periods as its bars.
    first = charts.first
    first.locator("summary", has_text="Show the data as a table").click()
    assert first.locator("table tbody tr").count() == first.locator(".bar-row").count()
    assert _fits_the_screen(page)
    assert console_errors(page) == []
    screenshot(page, f"analytics-{size}")


def test_analytics_quarter_toggle_relabels_the_bars(
    live_server: Any, new_browser_page: Any, demo: None
) -> None:
    page = new_browser_page(viewport=WIDTHS["desktop"])
    page.goto(f"{live_server.url}/analytics/")
    page.get_by_role("link", name="Quarter").click()
    page.wait_for_url("**period=quarter**")
    assert page.locator(".bar-label", has_text="-Q").first.is_visible()
    assert "period=quarter" in page.locator(
        ".chart-downloads a", has_text="CSV"
    ).first.get_attribute("href")
    screenshot(page, "analytics-quarter-desktop")
