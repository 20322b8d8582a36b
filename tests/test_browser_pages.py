"""The browse pages in headless Chromium: filtering with htmx and without JavaScript, export,
navigation, no console errors, no sideways scrolling on a phone, and a screenshot of every page.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from django.core.management import call_command, get_commands
from playwright.sync_api import expect

from deals.models import Deal
from tests.browser import console_errors, screenshot
from tests.test_pages_world import World, build_world

if TYPE_CHECKING:
    from playwright.sync_api import Page

# Waits use locator assertions, never page.wait_for_function: Playwright runs its
# predicate through eval(), which the pages' Content-Security-Policy refuses.
pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
]

DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 390, "height": 844}


@pytest.fixture
def world() -> World:
    return build_world()


def _count(page: Page) -> str:
    return page.locator(".result-count").inner_text()


def test_filter_export_open_a_deal_and_follow_a_company(
    live_server, world: World, new_browser_page: Callable
) -> None:
    page = new_browser_page(viewport=DESKTOP)
    page.goto(f"{live_server.url}/deals/")
    # The world's six deals less the talks in negotiation, which lists leave out.
    assert _count(page).startswith("5 deals")
    # A marker on window survives htmx swaps but not a full page load.
    page.evaluate("window.__sameDocument = true")

    page.select_option("#id_conference", "jpm-2026")
    page.wait_for_url("**/deals/?conference=jpm-2026")
    expect(page.locator(".result-count")).to_have_text(re.compile(r"^\s*3 deals"))
    page.select_option("#id_licensor_country", "CN")
    page.wait_for_url("**/deals/?conference=jpm-2026&licensor_country=CN")
    expect(page.locator(".result-count")).to_have_text(re.compile(r"^\s*3 deals"))
    assert page.evaluate("window.__sameDocument === true"), "filtering reloaded the whole page"
    chips = page.locator(".chips .chip").all_inner_texts()
    assert any("China" in chip for chip in chips)

    with page.expect_download() as download:
        page.get_by_role("link", name="CSV", exact=True).click()
    path = Path(download.value.path())
    rows = list(csv.reader(path.read_text(encoding="utf-8-sig").splitlines()))
    assert rows[0][:2] == ["Slug", "Title"]
    assert {row[1] for row in rows[1:]} == {
        "RemeGen licenses RC148 to AbbVie",
        "SciNeuro licenses brain-shuttle antibody program to Novartis",
        "Zonsen PepLib licenses peptide RLT candidates to Novartis",
    }

    page.get_by_role("link", name="RemeGen licenses RC148 to AbbVie").click()
    page.wait_for_url(f"**{world.deals['rc148'].get_absolute_url()}")
    assert page.locator("h1").inner_text() == "RemeGen licenses RC148 to AbbVie"

    page.locator("#parties-title + .table-wrap").get_by_role("link", name="AbbVie").click()
    page.wait_for_url(f"**{world.companies['abbvie'].get_absolute_url()}")
    assert page.locator("h1").inner_text().startswith("AbbVie")
    assert console_errors(page) == []


def test_removing_a_chip_updates_the_list_in_place(
    live_server, world: World, new_browser_page: Callable
) -> None:
    page = new_browser_page(viewport=DESKTOP)
    page.goto(f"{live_server.url}/deals/?conference=jpm-2026&licensor_country=CN")
    assert _count(page).startswith("3 deals")
    page.get_by_role("link", name="Remove filter Licensor country: China").click()
    page.wait_for_url("**/deals/?conference=jpm-2026")
    # JPM 2026's three deals (its talks in negotiation are not a deal, and not listed).
    expect(page.locator(".result-count")).to_have_text(re.compile(r"^\s*3 deals"))
    assert page.locator("#id_licensor_country").input_value() == ""
    assert console_errors(page) == []


def test_filtering_works_with_javascript_off(
    live_server, world: World, new_browser_page: Callable
) -> None:
    page = new_browser_page(viewport=DESKTOP, java_script_enabled=False)
    page.goto(f"{live_server.url}/deals/")
    page.select_option("#id_conference", "jpm-2026")
    page.select_option("#id_licensor_country", "CN")
    page.get_by_role("button", name="Apply filters").click()
    page.wait_for_url("**licensor_country=CN**")
    assert _count(page).startswith("3 deals")
    assert "conference=jpm-2026" in page.url


def _pages_to_capture() -> list[tuple[str, str]]:
    """(name, path) of every page, using the demo data when it is loaded."""
    headline = (
        Deal.objects.visible_to(None)
        .filter(conference__slug="jpm-2026")
        .order_by("-headline_amount_usd", "pk")
        .first()
    )
    undisclosed = Deal.objects.visible_to(None).filter(status="negotiation").first()
    licensor = headline.parties.get(role="licensor").company
    licensee = headline.parties.get(role="licensee").company
    asset = headline.deal_assets.first().asset
    return [
        ("home", "/"),
        ("deals", "/deals/"),
        (
            "deals-filtered",
            "/deals/?conference=jpm-2026&licensor_country=CN&ordering=-headline_usd",
        ),
        ("deal", headline.get_absolute_url()),
        ("deal-undisclosed-partner", undisclosed.get_absolute_url()),
        ("conferences", "/conferences/"),
        ("conference", "/conferences/jpm-2026/"),
        ("companies", "/companies/"),
        ("company-licensor", licensor.get_absolute_url()),
        ("company-licensee", licensee.get_absolute_url()),
        ("assets", "/assets/"),
        ("asset", asset.get_absolute_url()),
    ]


def test_screenshots_of_every_page_at_desktop_and_phone_width(
    live_server, new_browser_page: Callable
) -> None:
    if "load_demo" in get_commands():
        call_command("load_demo", verbosity=0)
    else:
        build_world()
    pages = _pages_to_capture()
    for label, viewport in (("desktop", DESKTOP), ("phone", PHONE)):
        page = new_browser_page(viewport=viewport)
        for name, path in pages:
            response = page.goto(f"{live_server.url}{path}")
            assert response is not None and response.status == 200, path
            if page.locator(".comps-panel").count():
                # Deal and asset pages fetch their comparable deals after the page: wait for
                # the panel to replace its placeholder before looking.
                expect(page.locator(".comps-panel[aria-busy]")).to_have_count(0)
                expect(page.locator(".comps-panel")).to_contain_text("Open in comps")
            overflow = page.evaluate(
                "document.documentElement.scrollWidth - document.documentElement.clientWidth"
            )
            assert overflow <= 0, f"{path} scrolls sideways by {overflow}px at {label} width"
            screenshot(page, f"pages-{name}-{label}")
        assert console_errors(page) == [], label


def test_keyboard_filtering_keeps_focus_on_the_field_after_the_update(
    live_server, world: World, new_browser_page: Callable
) -> None:
    page = new_browser_page(viewport=DESKTOP)
    page.goto(f"{live_server.url}/deals/")
    page.focus("#id_status")
    page.keyboard.press("ArrowDown")  # a closed select changes value and fires "change"
    page.wait_for_url("**/deals/?status=*")
    expect(page.locator("#deal-browser")).not_to_have_class(re.compile(r"htmx-request"))
    assert page.evaluate("document.activeElement.id") == "id_status"
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.id") == "id_modality"
    assert console_errors(page) == []


def test_phone_with_active_filters_starts_with_the_results(
    live_server, world: World, new_browser_page: Callable
) -> None:
    page = new_browser_page(viewport=PHONE)
    page.goto(f"{live_server.url}/deals/?licensor_country=CN")
    panel = page.locator(".filter-panel")
    assert panel.evaluate("el => el.open") is False  # folded behind "Filters (1)"
    first = page.locator(".deal-table tbody tr").first
    assert first.bounding_box()["y"] < PHONE["height"], "the first result is below the fold"
    page.locator(".filter-panel > summary").click()
    assert panel.evaluate("el => el.open") is True
    # A filter to fix keeps the form open.
    page.goto(f"{live_server.url}/deals/?licensor_country=XX")
    assert page.locator(".filter-panel").evaluate("el => el.open") is True
