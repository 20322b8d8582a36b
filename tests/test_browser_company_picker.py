"""The deal list's company boxes in headless Chromium: suggestions as the reader types (aliases
too), a pick that filters in place with the slug in the address, and the same box without
JavaScript, where a typed name filters."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from playwright.sync_api import expect

from tests.browser import console_errors, screenshot
from tests.test_pages_world import World, build_world

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def world() -> World:
    return build_world()


@pytest.mark.parametrize("width", [1280, 390])
def test_typing_an_alias_suggests_the_company_and_picking_it_filters(
    live_server, world: World, new_browser_page: Callable, width: int
) -> None:
    page = new_browser_page(viewport={"width": width, "height": 900})
    page.goto(f"{live_server.url}/deals/")
    page.evaluate("window.__sameDocument = true")
    if width < 640:
        page.locator(".filter-panel > summary").click()  # folded on a phone
    box = page.get_by_role("combobox", name="Company")
    box.press_sequentially("sineu", delay=30)
    option = page.get_by_role("option", name=re.compile("SciNeuro Pharmaceuticals"))
    expect(option).to_be_visible()
    expect(option).to_contain_text("also “Sineuro”")
    expect(option).to_contain_text("1 deal")
    screenshot(page, f"deal-list-company-suggestions-{width}")
    box.press("ArrowDown")
    box.press("Enter")
    page.wait_for_url("**/deals/?company=scineuro-pharmaceuticals")
    expect(page.locator(".result-count")).to_have_text(re.compile(r"^\s*1 deal\b"))
    assert page.evaluate("window.__sameDocument === true"), "picking reloaded the whole page"
    # The box shows the name; the parameter holds the slug.
    expect(page.get_by_role("combobox", name="Company")).to_have_value("SciNeuro Pharmaceuticals")
    expect(page.locator(".chips .chip")).to_contain_text("SciNeuro Pharmaceuticals")
    assert console_errors(page) == []


def test_a_name_typed_without_javascript_filters(
    live_server, world: World, new_browser_page: Callable
) -> None:
    page = new_browser_page(viewport={"width": 1280, "height": 900}, java_script_enabled=False)
    page.goto(f"{live_server.url}/deals/")
    page.locator("details.more-filters > summary").click()
    page.fill("#id_licensor", "Sineuro")
    page.get_by_role("button", name="Apply filters").click()
    page.wait_for_url("**licensor=Sineuro**")
    assert page.locator(".result-count").inner_text().startswith("1 deal")
