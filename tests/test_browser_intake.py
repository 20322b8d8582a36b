"""Headless Chromium walks "New deals from text": paste, review side by side, edit, accept."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.browser import admin_login, console_errors, screenshot

CORPUS = Path(__file__).parent / "corpus"

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
]


@pytest.fixture
def intake_analyst(django_user_model: Any) -> Any:
    from django.contrib.auth.models import Group

    from tests.factories import CompanyAliasFactory, CompanyFactory, RegionFactory

    RegionFactory(code="WW", name="Worldwide")
    RegionFactory(code="GREATER_CHINA", name="Greater China", countries=["CN", "HK", "MO", "TW"])
    novartis = CompanyFactory(name="Novartis", country="CH", company_type="big_pharma")
    scineuro = CompanyFactory(name="SciNeuro Pharmaceuticals", country="CN")
    CompanyAliasFactory(company=scineuro, name="Sineuro", kind="spelling")
    user = django_user_model.objects.create_user(
        "intake-ana", "ia@example.org", "pw-intake-123", is_staff=True
    )
    user.groups.add(Group.objects.get(name="Analyst"))
    user.known = {"novartis": novartis, "scineuro": scineuro}
    return user


def test_analyst_pastes_news_reviews_candidates_and_accepts_one(
    browser_page: Any, live_server: Any, intake_analyst: Any
) -> None:
    from deals.models import Deal

    page = browser_page
    admin_login(page, live_server.url, "intake-ana", "pw-intake-123")
    page.goto(f"{live_server.url}/admin/intake/")
    assert page.locator("#site-name").is_visible()  # inside the admin look
    page.fill("#id_text", (CORPUS / "02_jpm_wrapup_korean_news.txt").read_text(encoding="utf-8"))
    page.fill("#id_source_url", "https://example.org/news/jpm-2026-wrapup")
    page.fill("#id_publisher", "Example Korea Daily")
    page.fill("#id_source_title", "Chinese biotechs dominate JPM 2026 dealmaking")
    page.fill("#id_published_on", "2026-01-13")
    screenshot(page, "intake-1-paste")
    page.click("input[name=extract]")

    # Review: four candidates, each with values and the quoted sentences side by side.
    page.wait_for_selector("section.candidate")
    candidates = page.locator("section.candidate")
    assert candidates.count() == 4
    first = candidates.nth(0)
    assert first.locator(".quotes").get_by_text("$5.6 billion", exact=True).is_visible()
    assert (
        "licensed its PD-1/VEGF bispecific antibody RC148 to AbbVie"
        in first.locator(".quotes").inner_text()
    )
    # The Sineuro deal's licensor is matched to SciNeuro through its alias.
    second = candidates.nth(1)
    scineuro = intake_analyst.known["scineuro"]
    licensor_select = second.locator("select[name$='-match']").nth(1)
    assert licensor_select.input_value() == str(scineuro.pk)
    screenshot(page, "intake-2-review")
    screenshot(first, "intake-2-review-first-candidate")

    # Reject all but the Sineuro deal; correct its title and add the upfront from the release.
    for index in (0, 2, 3):
        page.check(f"input[name='c{index}-decision'][value='reject']")
    page.fill("#id_c1-title", "Novartis in-licenses SciNeuro brain-shuttle anti-amyloid program")
    page.check("input[name='c1-pay-0-include']")
    page.select_option("select[name='c1-pay-0-kind']", "upfront_cash")
    page.fill("input[name='c1-pay-0-amount']", "165000000")
    page.fill("input[name='c1-pay-0-currency']", "USD")
    page.click("input[name=accept]")

    page.wait_for_url("**/admin/intake/done/**")
    assert "internal" in page.locator("#content-main").inner_text()
    screenshot(page, "intake-3-done")
    assert console_errors(page) == []

    deal = Deal.objects.get()
    assert deal.title == "Novartis in-licenses SciNeuro brain-shuttle anti-amyloid program"
    assert deal.visibility == "internal"
    assert {(p.role, p.company_id) for p in deal.parties.all()} == {
        ("licensee", intake_analyst.known["novartis"].pk),
        ("licensor", scineuro.pk),
    }
    assert deal.parties.get(role="licensor").name_as_reported == "Sineuro"
    assert str(deal.headline_amount) == "1700000000.00"
    assert [(p.kind, str(p.amount)) for p in deal.payments.all()] == [
        ("upfront_cash", "165000000.00")
    ]
    assert deal.history.first().history_user == intake_analyst
