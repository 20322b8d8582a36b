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
    # Values read with confidence below 0.8 are confirmed by the analyst before saving.
    if page.locator("input[name='c1-confirmed']").count():
        page.check("input[name='c1-confirmed']")
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


HANALL_TEXT = """HanAll Biopharma licenses ZX-2021 to Boehringer Ingelheim

SEOUL and INGELHEIM, Germany, Jan 2026 -- Boehringer Ingelheim licensed worldwide rights to \
ZX-2021 from HanAll Biopharma for $40M upfront and up to $1.1B in milestones.

ZX-2021 is an oral anti-inflammatory small molecule in Phase 1. HanAll is also eligible for \
tiered royalties on net sales.
"""


class _Counter:
    """Counts what the analyst does: each click, fill, tick and page opened is one interaction."""

    def __init__(self, page: Any) -> None:
        self.page, self.count = page, 0

    def __getattr__(self, name: str) -> Any:
        action = getattr(self.page, name)
        if name in {"click", "fill", "check", "select_option", "goto", "press"}:

            def counted(*args: Any, **kwargs: Any) -> Any:
                self.count += 1
                return action(*args, **kwargs)

            return counted
        return action


def test_hanall_boehringer_entered_and_published_from_text_in_few_interactions(
    browser_page: Any, live_server: Any, intake_analyst: Any
) -> None:
    """Issue 14's walk: the four-line text to a published deal, interactions counted (≤ 15)."""
    from deals.models import Deal

    admin_login(browser_page, live_server.url, "intake-ana", "pw-intake-123")
    page = _Counter(browser_page)
    page.goto(f"{live_server.url}/admin/")
    page.click("text=New deals from text")  # linked from the admin index
    page.fill("#id_text", HANALL_TEXT)
    page.fill("#id_source_url", "https://example.org/news/hanall-boehringer")
    page.click("input[name=extract]")

    browser_page.wait_for_selector("section.candidate")
    assert browser_page.locator("section.candidate").count() == 1
    roles = [
        browser_page.locator(f"select[name='c0-party-{i}-role']").input_value() for i in (0, 1)
    ]
    names = [browser_page.locator(f"input[name='c0-party-{i}-name']").input_value() for i in (0, 1)]
    assert dict(zip(names, roles, strict=True)) == {
        "HanAll Biopharma": "licensor",
        "Boehringer Ingelheim": "licensee",
    }
    assert browser_page.locator("#id_c0-announced_on").input_value() == "Jan 2026"
    amounts = [
        browser_page.locator(f"input[name='c0-pay-{i}-amount']").input_value() for i in (0, 1)
    ]
    assert amounts == ["40,000,000", "1,100,000,000"]  # shown in full for confirmation
    assert browser_page.locator(".party-row .conf").first.inner_text().startswith("0.95")
    # Swap parties is one click, and a second click puts them back.
    page.click("button[data-swap='c0']")
    assert browser_page.locator("select[name='c0-party-0-role']").input_value() == "licensee"
    page.click("button[data-swap='c0']")
    assert browser_page.locator("select[name='c0-party-0-role']").input_value() == "licensor"
    screenshot(browser_page, "intake-hanall-review")
    page.check("input[name='c0-publish']")
    page.click("input[name=accept]")
    browser_page.wait_for_url("**/admin/intake/done/**")

    deal = Deal.objects.get()
    page.goto(f"{live_server.url}{deal.get_absolute_url()}")
    assert "Jan 2026" in browser_page.locator("main").inner_text()
    screenshot(browser_page, "intake-hanall-deal-page")
    assert console_errors(browser_page) == []

    print(f"\nHanAll/Boehringer via /admin/intake/: {page.count} interactions")
    assert page.count <= 15
    assert deal.visibility == Deal.Visibility.PUBLIC
    assert {(p.role, p.company.name) for p in deal.parties.select_related("company")} == {
        ("licensor", "HanAll Biopharma"),
        ("licensee", "Boehringer Ingelheim"),
    }
    assert (deal.announced_on_precision, deal.announced_on.isoformat()) == ("month", "2026-01-01")
    assert sorted((p.kind, str(p.amount), p.currency) for p in deal.payments.all()) == [
        ("milestones", "1100000000.00", "USD"),
        ("upfront_cash", "40000000.00", "USD"),
    ]


def _pick_or_create(page: _Counter, row: str, field: str, typed: str) -> str:
    """Open a row's autocomplete, type a name and take it with Enter (3 interactions): an
    existing company or asset if one has that name, else the new entry the picker offers."""
    page.click(f"#{row} .field-{field} .select2-selection")
    page.fill(".select2-container--open .select2-search__field", typed)
    # Wait until the search has answered, so Enter takes the option offered for the text.
    page.wait_for_selector(
        f".select2-results__option--highlighted:text-is('{typed}'), "
        f".select2-results__option--highlighted:has-text('{typed}')"
    )
    highlighted = page.locator(".select2-results__option--highlighted").inner_text()
    page.press(".select2-container--open .select2-search__field", "Enter")
    return highlighted


def test_hanall_boehringer_entered_by_hand_in_the_deal_form_in_at_most_30_interactions(
    browser_page: Any, live_server: Any, intake_analyst: Any
) -> None:
    """Issue 14's second walk: the same deal typed into the admin's deal form, creating both
    companies and the asset from the pickers and citing a source added in the same save."""
    from companies.models import Asset
    from deals.models import Deal

    admin_login(browser_page, live_server.url, "intake-ana", "pw-intake-123")
    page = _Counter(browser_page)
    page.goto(f"{live_server.url}/admin/deals/deal/add/")
    page.fill("#id_title", "HanAll Biopharma licenses ZX-2021 to Boehringer Ingelheim")
    page.select_option("#id_deal_type", "license")
    page.fill("#id_announced_on", "Jan 2026")
    # Parties: both companies are new to the database, created from the pickers.
    page.select_option("#id_parties-0-role", "licensor")
    offered = _pick_or_create(page, "parties-0", "company", "HanAll Biopharma")
    assert offered == "New: “HanAll Biopharma” (created on save)"
    page.select_option("#id_parties-1-role", "licensee")
    _pick_or_create(page, "parties-1", "company", "Boehringer Ingelheim")
    _pick_or_create(page, "deal_assets-0", "asset", "ZX-2021")
    page.select_option("#id_deal_assets-0-phase_at_signing", "phase_1")
    # "worldwide rights": one territory line.
    page.click("#territories-group .add-row a")
    _pick_or_create(page, "territories-0", "region", "Worldwide")
    # Payments: the first row is already the upfront; "$" gives the currency.
    page.fill("#id_payments-0-amount", "$40M")
    page.select_option("#id_payments-0-source", "new-0")  # the release typed below
    page.click("#payments-group .add-row a")
    page.select_option("#id_payments-1-kind", "milestones")
    page.fill("#id_payments-1-amount", "$1.1B")
    page.fill("#id_sources-0-url", "https://example.org/news/hanall-boehringer")
    screenshot(browser_page, "hand-entry-filled")
    page.click("input[name=_save]")

    browser_page.wait_for_url("**/admin/deals/deal/")
    assert console_errors(browser_page) == []
    print(f"\nHanAll/Boehringer by hand in the deal form: {page.count} interactions")
    assert page.count <= 30

    deal = Deal.objects.get()
    assert deal.visibility == Deal.Visibility.INTERNAL  # until an analyst publishes it
    assert {(p.role, p.company.name) for p in deal.parties.select_related("company")} == {
        ("licensor", "HanAll Biopharma"),
        ("licensee", "Boehringer Ingelheim"),
    }
    assert [(a.asset.name, a.phase_at_signing) for a in deal.deal_assets.all()] == [
        ("ZX-2021", "phase_1")
    ]
    assert Asset.objects.count() == 1
    assert deal.announced_label == "Jan 2026"
    assert (deal.announced_on_precision, deal.announced_on.isoformat()) == ("month", "2026-01-01")
    source = deal.sources.get()
    assert sorted(
        (p.kind, str(p.amount), p.currency, p.source_id) for p in deal.payments.all()
    ) == [
        ("milestones", "1100000000.00", "USD", None),
        ("upfront_cash", "40000000.00", "USD", source.pk),
    ]
    assert [t.code for t in deal.territories.all()] == ["WW"]
    # The change form shows the date as the source gave it.
    browser_page.goto(f"{live_server.url}/admin/deals/deal/{deal.pk}/change/")
    assert browser_page.locator("#id_announced_on").input_value() == "Jan 2026"
