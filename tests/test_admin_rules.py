"""The analysts' admin: roles, the other admins, and every bad value as a form error.

Validation tests post the admin's own forms (built from the page the analyst would see) with
one bad value and check the analyst gets the form back with a clear message, nothing saved:
never a 500 from a database constraint.
"""

from __future__ import annotations

from typing import Any

import pytest
from django.urls import reverse

from companies.models import Company
from deals.models import (
    Conference,
    Deal,
    DealParty,
    FxRate,
    PaymentComponent,
    Royalty,
    Source,
)
from tests.admin_forms import (
    DEAL_ADD,
    DEAL_LIST,
    add_rows,
    deal_change_url,
    error_texts,
    form_data,
    new_deal_data,
)
from tests.factories import (
    AssetAliasFactory,
    AssetFactory,
    CompanyAliasFactory,
    CompanyFactory,
    ConferenceFactory,
    DealAssetFactory,
    DealFactory,
    DealPartyFactory,
    FxRateFactory,
    PaymentFactory,
    RegionFactory,
    SourceFactory,
)

pytestmark = pytest.mark.django_db


# --- roles ------------------------------------------------------------------------------------


def test_viewer_sees_a_deal_without_save_buttons(viewer_client: Any) -> None:
    deal = DealFactory()
    PaymentFactory(deal=deal)
    response = viewer_client.get(deal_change_url(deal))
    page = response.content.decode()
    assert response.status_code == 200
    assert deal.title in page
    assert 'name="_save"' not in page
    assert 'name="_continue"' not in page
    assert 'name="title"' not in page  # read-only text, not an input
    # No blank inline rows can be added (the "Add another" link stays hidden).
    assert 'name="payments-MAX_NUM_FORMS" value="0"' in page


def test_viewer_cannot_change_a_deal(viewer_client: Any) -> None:
    deal = DealFactory(title="Original")
    response = viewer_client.post(
        deal_change_url(deal),
        {"title": "Changed", "deal_type": "license", "status": "announced", "visibility": "public"},
    )
    assert response.status_code == 403
    deal.refresh_from_db()
    assert deal.title == "Original"


def test_viewer_cannot_add_a_deal_or_a_company(viewer_client: Any) -> None:
    assert viewer_client.get(DEAL_ADD).status_code == 403
    assert viewer_client.post(DEAL_ADD, {"title": "Sneaky"}).status_code == 403
    company_add = reverse("admin:companies_company_add")
    assert viewer_client.post(company_add, {"name": "Sneaky Co"}).status_code == 403
    assert not Deal.objects.exists()
    assert not Company.objects.exists()


def test_viewer_is_offered_no_actions_and_cannot_run_one(viewer_client: Any) -> None:
    deal = DealFactory()
    response = viewer_client.get(DEAL_LIST)
    assert "make_internal" not in response.content.decode()
    viewer_client.post(DEAL_LIST, {"action": "make_internal", "_selected_action": [deal.pk]})
    deal.refresh_from_db()
    assert deal.visibility == Deal.Visibility.PUBLIC


def test_viewer_cannot_revert_through_the_history_page(viewer_client: Any) -> None:
    company = CompanyFactory(name="Old name")
    company.name = "New name"
    company.save()
    old = company.history.order_by("history_date").first()
    url = reverse("admin:companies_company_simple_history", args=[company.pk, old.history_id])
    assert viewer_client.get(url).status_code == 200
    response = viewer_client.post(url, {"name": "Old name", "slug": company.slug})
    assert response.status_code == 403
    company.refresh_from_db()
    assert company.name == "New name"


def test_analyst_can_add_and_change_a_company(analyst_client: Any, analyst: Any) -> None:
    url = reverse("admin:companies_company_add")
    data = form_data(analyst_client.get(url))
    data.update({"name": "RemeGen", "country": "CN"})
    add_rows(data, "aliases", {"name": "荣昌生物", "kind": "local"})
    add_rows(data, "listings", {"exchange": "HKEX", "ticker": "9995"})
    assert analyst_client.post(url, data).status_code == 302
    company = Company.objects.get(name="RemeGen")
    assert company.slug == "remegen"
    assert [a.name for a in company.aliases.all()] == ["荣昌生物"]
    assert company.history.first().history_user == analyst

    change = reverse("admin:companies_company_change", args=[company.pk])
    data = form_data(analyst_client.get(change))
    data["city"] = "Yantai"
    assert analyst_client.post(change, data).status_code == 302
    company.refresh_from_db()
    assert company.city == "Yantai"


def test_analyst_deletes_a_deal_with_its_rows_through_the_bulk_action(analyst_client: Any) -> None:
    deal = DealFactory()
    DealPartyFactory(deal=deal)
    PaymentFactory(deal=deal)
    SourceFactory(deal=deal)
    data = {"action": "delete_selected", "_selected_action": [deal.pk], "post": "yes"}
    response = analyst_client.post(DEAL_LIST, data)
    assert response.status_code == 302
    assert not Deal.objects.exists()
    assert not PaymentComponent.objects.exists()


def test_deleting_a_company_in_a_deal_is_refused_with_an_explanation(
    analyst_client: Any,
) -> None:
    party = DealPartyFactory()
    url = reverse("admin:companies_company_delete", args=[party.company_id])
    response = analyst_client.post(url, {"post": "yes"})
    assert response.status_code == 200
    assert "would require deleting the following protected related objects" in (
        response.content.decode()
    )
    assert Company.objects.filter(pk=party.company_id).exists()


def test_deal_history_shows_who_changed_what(analyst_client: Any, analyst: Any) -> None:
    deal = DealFactory()
    data = form_data(analyst_client.get(deal_change_url(deal)))
    data["status"] = Deal.Status.CLOSED
    analyst_client.post(deal_change_url(deal), data)
    response = analyst_client.get(reverse("admin:deals_deal_history", args=[deal.pk]))
    page = response.content.decode()
    assert response.status_code == 200
    assert analyst.username in page
    assert "<strong>Status:</strong>" in page
    assert "closed" in page


# --- the other admins -------------------------------------------------------------------------


def test_company_list_counts_deals_and_searches_aliases(analyst_client: Any) -> None:
    company = CompanyFactory(name="LigaChem Biosciences")
    CompanyAliasFactory(company=company, name="LegoChem Biosciences", kind="former")
    for _ in range(3):
        DealPartyFactory(company=company)
    CompanyFactory(name="Unrelated")
    url = reverse("admin:companies_company_changelist")

    response = analyst_client.get(url, {"q": "LegoChem"})

    rows = list(response.context["cl"].result_list)
    assert [c.name for c in rows] == ["LigaChem Biosciences"]
    assert rows[0].deal_count == 3


def test_asset_list_counts_deals_and_searches_aliases(analyst_client: Any) -> None:
    asset = AssetFactory(name="RC148")
    AssetAliasFactory(asset=asset, name="RC-148")
    DealAssetFactory(asset=asset)
    DealAssetFactory(asset=asset)
    response = analyst_client.get(reverse("admin:companies_asset_changelist"), {"q": "rc-148"})
    rows = list(response.context["cl"].result_list)
    assert [(a.name, a.deal_count) for a in rows] == [("RC148", 2)]


def test_company_autocomplete_on_the_deal_form_finds_aliases(analyst_client: Any) -> None:
    company = CompanyFactory(name="SciNeuro Pharmaceuticals")
    CompanyAliasFactory(company=company, name="Sineuro")
    response = analyst_client.get(
        reverse("admin:autocomplete"),
        {
            "term": "sineuro",
            "app_label": "deals",
            "model_name": "dealparty",
            "field_name": "company",
        },
    )
    assert [r["text"] for r in response.json()["results"]] == ["SciNeuro Pharmaceuticals"]


@pytest.mark.parametrize(
    "name",
    [
        "companies_company", "companies_asset", "companies_target", "companies_therapeuticarea",
        "deals_deal", "deals_conference", "deals_conferenceseries", "deals_fxrate",
        "deals_region",
    ],
)  # fmt: skip
def test_every_changelist_and_add_page_renders(analyst_client: Any, name: str) -> None:
    CompanyFactory()
    DealPartyFactory(deal=DealFactory(conference=ConferenceFactory()))
    FxRateFactory()
    RegionFactory()
    assert analyst_client.get(reverse(f"admin:{name}_changelist")).status_code == 200
    assert analyst_client.get(reverse(f"admin:{name}_add")).status_code == 200


# --- invariants: every bad value comes back as a form error, never a 500 ----------------------


def _payment_row(**overrides: Any) -> dict[str, Any]:
    row = {"kind": "upfront_cash", "disclosed": True, "amount": "1000", "currency": "USD"}
    row.update(overrides)
    return row


DEAL_INVARIANTS = [
    pytest.param(
        {"payments": [_payment_row(amount="-5")]},
        "An amount must be more than 0",
        id="payment-amount-not-negative",
    ),
    pytest.param(
        {"payments": [_payment_row(amount="0")]},
        "An amount must be more than 0",
        id="payment-amount-not-zero",
    ),
    pytest.param(
        {"payments": [_payment_row(contingent=True)]},
        "An upfront payment is due at signing",
        id="upfront-not-contingent",
    ),
    pytest.param(
        {"fields": {"headline_amount": "-1", "headline_currency": "USD"}},
        "An amount must be more than 0",
        id="headline-not-negative",
    ),
    pytest.param(
        {"payments": [_payment_row(amount="")]},
        "A disclosed payment needs an amount.",
        id="disclosed-payment-has-amount",
    ),
    pytest.param(
        {"payments": [_payment_row(currency="")]},
        "A disclosed payment needs its currency (e.g. USD).",
        id="disclosed-payment-has-currency",
    ),
    pytest.param(
        {"payments": [_payment_row(disclosed=False)]},
        "An undisclosed payment has no amount",
        id="undisclosed-payment-has-no-amount",
    ),
    pytest.param(
        {"payments": [_payment_row(currency="XYZ")]},
        "“XYZ” is not an ISO 4217 currency code",
        id="payment-currency-iso4217",
    ),
    pytest.param(
        {"fields": {"headline_amount": "10", "headline_currency": "DOLLARS"}},
        "Ensure this value has at most 3 characters",
        id="headline-currency-iso4217-length",
    ),
    pytest.param(
        {"fields": {"headline_amount": "10", "headline_currency": "ABC"}},
        "“ABC” is not an ISO 4217 currency code",
        id="headline-currency-iso4217",
    ),
    pytest.param(
        {"fields": {"headline_amount": "10", "headline_currency": ""}},
        "A headline amount needs its currency (e.g. USD).",
        id="headline-amount-has-currency",
    ),
    pytest.param(
        {"royalty": {"min_pct": "20", "max_pct": "10", "wording": "tiered"}},
        "The maximum royalty cannot be below the minimum.",
        id="royalty-min-not-above-max",
    ),
    pytest.param(
        {"royalty": {"min_pct": "-1", "max_pct": "10"}},
        "Ensure this value is greater than or equal to 0.",
        id="royalty-min-not-negative",
    ),
    pytest.param(
        {"royalty": {"min_pct": "10", "max_pct": "150"}},
        "Ensure this value is less than or equal to 100.",
        id="royalty-max-at-most-100",
    ),
    pytest.param(
        {"fields": {"signed_on": "2026-01-13", "announced_on": "2026-01-12"}},
        "A deal cannot be announced before it was signed.",
        id="announced-not-before-signed",
    ),
    pytest.param(
        {"same_company_twice": True},
        "This company is already a party to the deal; give each company one role.",
        id="one-role-per-company",
    ),
    pytest.param(
        {"territory_both": True},
        "Choose either a region or a country for each territory line.",
        id="territory-region-xor-country",
    ),
    pytest.param(
        {"same_region_twice": True},
        "This region is already in the deal's territory.",
        id="territory-region-once",
    ),
    pytest.param(
        {"events": [{"kind": "milestone", "amount": "5", "currency": ""}]},
        "An event amount needs its currency.",
        id="event-amount-has-currency",
    ),
]


@pytest.mark.parametrize(("bad", "message"), DEAL_INVARIANTS)
def test_deal_add_returns_the_form_with_a_clear_error(
    analyst_client: Any, bad: dict[str, Any], message: str
) -> None:
    company = CompanyFactory()
    region = RegionFactory()
    data = new_deal_data(analyst_client, **bad.get("fields", {}))
    add_rows(data, "payments", *bad.get("payments", []))
    add_rows(data, "events", *bad.get("events", []))
    if "royalty" in bad:
        add_rows(data, "royalty", bad["royalty"])
    if bad.get("same_company_twice"):
        add_rows(
            data,
            "parties",
            {"role": "licensor", "company": company.pk},
            {"role": "licensee", "company": company.pk},
        )
    if bad.get("territory_both"):
        add_rows(data, "territories", {"region": region.pk, "country": "CN"})
    if bad.get("same_region_twice"):
        add_rows(data, "territories", {"region": region.pk}, {"region": region.pk})

    response = analyst_client.post(DEAL_ADD, data)

    assert message in error_texts(response)
    assert not Deal.objects.exists()
    assert not PaymentComponent.objects.exists()
    assert not Royalty.objects.exists()


def test_adding_a_second_role_for_an_existing_party_is_a_form_error(analyst_client: Any) -> None:
    deal = DealFactory()
    party = DealPartyFactory(deal=deal, role="licensor")
    data = form_data(analyst_client.get(deal_change_url(deal)))
    add_rows(data, "parties", {"role": "licensee", "company": party.company_id, "order": 1})

    response = analyst_client.post(deal_change_url(deal), data)

    assert "give each company one role" in error_texts(response)
    assert DealParty.objects.count() == 1


def test_a_duplicate_source_url_is_a_form_error(analyst_client: Any) -> None:
    data = new_deal_data(analyst_client)
    url = "https://example.org/same"
    add_rows(data, "sources", {"url": url, "language": "en"}, {"url": url, "language": "en"})
    response = analyst_client.post(DEAL_ADD, data)
    assert "Please correct the duplicate data for url" in error_texts(response)
    assert not Source.objects.exists()


def test_a_duplicate_deal_slug_is_a_form_error(analyst_client: Any) -> None:
    DealFactory(title="Taken", slug="rc148-license")
    data = new_deal_data(analyst_client, slug="rc148-license")
    response = analyst_client.post(DEAL_ADD, data)
    assert "Deal with this Slug already exists." in error_texts(response)
    assert Deal.objects.count() == 1


def test_a_duplicate_company_slug_is_a_form_error(analyst_client: Any) -> None:
    CompanyFactory(name="AbbVie", slug="abbvie")
    url = reverse("admin:companies_company_add")
    data = form_data(analyst_client.get(url))
    data.update({"name": "AbbVie Inc.", "slug": "abbvie"})
    response = analyst_client.post(url, data)
    assert "Company with this Slug already exists." in error_texts(response)
    assert Company.objects.count() == 1


def test_conference_ending_before_it_starts_is_a_form_error(analyst_client: Any) -> None:
    series = ConferenceFactory().series
    url = reverse("admin:deals_conference_add")
    data = {
        "series": series.pk,
        "year": "2031",
        "name": "JPM 2031",
        "start_date": "2031-01-16",
        "end_date": "2031-01-12",
    }
    response = analyst_client.post(url, data)
    assert "The conference cannot end before it starts." in error_texts(response)
    assert not Conference.objects.filter(year=2031).exists()


def test_a_second_edition_in_the_same_year_is_a_form_error(analyst_client: Any) -> None:
    existing = ConferenceFactory(year=2026)
    data = {
        "series": existing.series_id,
        "year": "2026",
        "name": "JPM 2026 again",
        "start_date": "2026-01-12",
        "end_date": "2026-01-16",
    }
    response = analyst_client.post(reverse("admin:deals_conference_add"), data)
    assert "This series already has an edition in that year." in error_texts(response)
    assert Conference.objects.count() == 1


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"currency": "XYZ"}, "“XYZ” is not an ISO 4217 currency code"),
        ({"usd_per_unit": "0"}, "A rate must be greater than zero."),
    ],
)
def test_fx_rate_errors_are_form_errors(
    analyst_client: Any, fields: dict[str, str], message: str
) -> None:
    data = {"currency": "KRW", "date": "2026-01-12", "usd_per_unit": "0.00068", **fields}
    response = analyst_client.post(reverse("admin:deals_fxrate_add"), data)
    assert message in error_texts(response)
    assert not FxRate.objects.exists()


def test_fx_rate_codes_are_upper_cased(analyst_client: Any) -> None:
    data = {"currency": "krw", "date": "2026-01-12", "usd_per_unit": "0.00068"}
    assert analyst_client.post(reverse("admin:deals_fxrate_add"), data).status_code == 302
    assert FxRate.objects.get().currency == "KRW"
