"""An analyst enters the RC148 deal from scratch in the admin, in a real browser.

Companies, the asset and the deal are all created through the admin's own forms, with the
autocomplete pickers (select2) an analyst would use; the changelist must then show the deal
with its headline as "$5.6B".
"""

from __future__ import annotations

from typing import Any

import pytest
from django.contrib.auth.models import Group
from playwright.sync_api import expect

from deals.models import Deal
from tests.browser import admin_login, console_errors, screenshot

pytestmark = [
    pytest.mark.browser,
    # live_server needs real transactions. No serialized_rollback: its teardown flush skips
    # post_migrate and would leave the next test without roles or content types.
    pytest.mark.django_db(transaction=True),
]

PASSWORD = "pw-analyst-browser-1"


def _pick(page: Any, select_id: str, text: str) -> None:
    """Choose ``text`` in the admin autocomplete (select2) that replaces ``<select id=...>``."""
    page.locator(f"#{select_id} + .select2 .select2-selection").click()
    page.locator(".select2-container--open .select2-search__field").fill(text)
    option = page.locator(".select2-container--open .select2-results__option", has_text=text)
    option.first.click()
    # A locator assertion, not wait_for_function: that one uses eval(), which CSP refuses.
    expect(page.locator(f"#{select_id} option:checked")).to_contain_text(text)


def _save(page: Any) -> None:
    page.click("input[name=_save]")
    page.wait_for_selector(".messagelist .success")


def test_analyst_enters_the_rc148_deal_and_sees_it_listed_as_5_6b(
    live_server: Any, browser_page: Any, django_user_model: Any
) -> None:
    analyst = django_user_model.objects.create_user(
        "ana-browser", "ana@example.org", PASSWORD, is_staff=True
    )
    analyst.groups.add(Group.objects.get(name="Analyst"))
    page = browser_page
    base = live_server.url
    admin_login(page, base, "ana-browser", PASSWORD)

    # Companies: RemeGen (CN, with its Chinese name as an alias) and AbbVie (US).
    page.goto(f"{base}/admin/companies/company/add/")
    page.fill("#id_name", "RemeGen")
    page.fill("#id_local_name", "荣昌生物")
    page.select_option("#id_country", "CN")
    page.select_option("#id_company_type", "biotech")
    _save(page)
    page.goto(f"{base}/admin/companies/company/add/")
    page.fill("#id_name", "AbbVie")
    page.select_option("#id_country", "US")
    page.select_option("#id_company_type", "big_pharma")
    _save(page)
    screenshot(page, "admin-01-company-list")

    # The asset, owned by RemeGen (picked through the autocomplete).
    page.goto(f"{base}/admin/companies/asset/add/")
    page.fill("#id_name", "RC148")
    _pick(page, "id_owner", "RemeGen")
    page.select_option("#id_modality", "bispecific")
    page.select_option("#id_highest_phase", "phase_1")
    _save(page)

    # The deal with its parties, asset, headline, upfront payment and source.
    page.goto(f"{base}/admin/deals/deal/add/")
    page.fill("#id_title", "RemeGen licenses RC148 to AbbVie")
    page.select_option("#id_deal_type", "license")
    page.select_option("#id_exclusive", "true")
    page.fill("#id_announced_on", "2026-01-12")
    page.fill("#id_headline_amount", "5600000000")
    page.fill("#id_headline_currency", "USD")
    page.select_option("#id_parties-0-role", "licensor")
    _pick(page, "id_parties-0-company", "RemeGen")
    page.select_option("#id_parties-1-role", "licensee")
    page.fill("#id_parties-1-order", "1")
    _pick(page, "id_parties-1-company", "AbbVie")
    _pick(page, "id_deal_assets-0-asset", "RC148")
    page.select_option("#id_deal_assets-0-phase_at_signing", "phase_1")
    page.select_option("#id_payments-0-kind", "upfront_cash")
    page.fill("#id_payments-0-amount", "650000000")
    page.fill("#id_payments-0-currency", "USD")
    page.fill("#id_sources-0-url", "https://www.abbvie.com/news/remegen-rc148")
    page.fill("#id_sources-0-publisher", "AbbVie")
    page.fill("#id_sources-0-title", "AbbVie and RemeGen announce RC148 license")
    page.fill("#id_sources-0-published_on", "2026-01-12")
    screenshot(page, "admin-02-deal-form-filled")
    _save(page)

    # Back on the changelist: the deal is listed with both parties and "$5.6B".
    row = page.locator("#result_list tbody tr", has_text="RemeGen licenses RC148 to AbbVie")
    assert row.count() == 1
    assert "$5.6B" in row.inner_text()
    assert "RemeGen → AbbVie" in row.inner_text()
    screenshot(page, "admin-03-deal-changelist")

    # The saved deal shows its USD values and computed totals.
    row.locator("th a").click()
    page.wait_for_selector("#deal_form")
    totals = page.locator("fieldset", has_text="Computed totals").inner_text()
    assert "$650M (650,000,000.00 USD)" in totals
    assert "$5.6B (5,600,000,000.00 USD)" in totals
    screenshot(page, "admin-04-saved-deal")
    screenshot(page.locator("#payments-group"), "admin-05-payments-inline")

    deal = Deal.objects.get()
    assert deal.created_by == analyst
    assert deal.parties.count() == 2
    assert deal.payments.get().amount_usd is not None
    assert console_errors(page) == []
