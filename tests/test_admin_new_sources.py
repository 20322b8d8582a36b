"""Issue 14: a payment term (or the headline, royalty, an event) cites a source added on the
same admin page, in one save: its picker offers "New source 1 (being added below)"."""

from __future__ import annotations

from typing import Any

import pytest

from deals.models import Deal, Source
from tests.admin_forms import (
    DEAL_ADD,
    add_rows,
    deal_change_url,
    error_texts,
    form_data,
    new_deal_data,
)
from tests.factories import CompanyFactory, DealFactory, PaymentFactory, SourceFactory

pytestmark = pytest.mark.django_db

RELEASE = "https://example.org/hanall-boehringer"
WIRE = "https://example.org/wire"


@pytest.fixture
def analyst_client(client: Any, analyst: Any) -> Any:
    client.force_login(analyst)
    return client


def _parties(data: Any) -> None:
    add_rows(
        data,
        "parties",
        {"role": "licensor", "company": CompanyFactory(name="HanAll Biopharma").pk, "order": 0},
        {"role": "licensee", "company": CompanyFactory(name="Boehringer Ingelheim").pk, "order": 1},
    )


def test_one_save_creates_sources_and_payments_that_cite_them(analyst_client: Any) -> None:
    data = new_deal_data(
        analyst_client, headline_amount="$1.14B", headline_source="new-1", title="ZX-2021"
    )
    _parties(data)
    add_rows(
        data,
        "sources",
        {"url": RELEASE, "language": "en", "publisher": "HanAll"},
        {"url": WIRE, "language": "en"},
    )
    add_rows(
        data,
        "payments",
        {"kind": "upfront_cash", "disclosed": True, "amount": "$40M", "source": "new-0"},
        {"kind": "milestones", "disclosed": True, "amount": "$1.1B", "source": "new-1"},
        {"kind": "research_funding", "disclosed": False, "source": ""},
    )

    response = analyst_client.post(DEAL_ADD, data)

    assert response.status_code == 302, error_texts(response)
    deal = Deal.objects.get(title="ZX-2021")
    release, wire = deal.sources.get(url=RELEASE), deal.sources.get(url=WIRE)
    cited = {p.kind: p.source for p in deal.payments.all()}
    assert cited == {"upfront_cash": release, "milestones": wire, "research_funding": None}
    assert deal.headline_source == wire


def test_the_picker_offers_saved_sources_and_the_new_ones(analyst_client: Any) -> None:
    deal = DealFactory()
    saved = SourceFactory(deal=deal, title="Company release")
    response = analyst_client.get(deal_change_url(deal))
    page = response.content.decode()
    assert f'<option value="{saved.pk}">Company release</option>' in page
    # The page's one saved source is sources-0: a new one would be sources-1.
    assert '<option value="new-1">New source 1 (being added below)</option>' in page
    assert 'value="new-0"' not in page


def test_an_existing_payment_can_cite_a_source_added_in_the_same_save(
    analyst_client: Any,
) -> None:
    deal = DealFactory()
    SourceFactory(deal=deal, url="https://example.org/first")
    payment = PaymentFactory(deal=deal, kind="upfront_cash")
    data = form_data(analyst_client.get(deal_change_url(deal)))
    add_rows(data, "sources", {"url": WIRE, "language": "en"})
    data["payments-0-source"] = "new-1"

    response = analyst_client.post(deal_change_url(deal), data)

    assert response.status_code == 302, error_texts(response)
    payment.refresh_from_db()
    assert payment.source == Source.objects.get(deal=deal, url=WIRE)


@pytest.mark.parametrize("choice", ["new-1", "new-x"])
def test_citing_a_new_source_that_is_not_being_added_is_a_form_error(
    analyst_client: Any, choice: str
) -> None:
    data = new_deal_data(analyst_client, title="No such source")
    _parties(data)
    add_rows(data, "sources", {"url": RELEASE, "language": "en"})  # only new-0 is filled in
    add_rows(
        data,
        "payments",
        {"kind": "upfront_cash", "disclosed": True, "amount": "$40M", "source": choice},
    )

    response = analyst_client.post(DEAL_ADD, data)

    errors = error_texts(response)
    expected = "not being added" if choice == "new-1" else "Select a valid choice"
    assert expected in errors
    assert not Deal.objects.filter(title="No such source").exists()
    assert not Source.objects.exists()


def test_citing_a_new_source_that_is_deleted_in_the_same_save_is_a_form_error(
    analyst_client: Any,
) -> None:
    deal = DealFactory()
    data = form_data(analyst_client.get(deal_change_url(deal)))
    add_rows(data, "sources", {"url": WIRE, "language": "en", "DELETE": True})
    data["headline_source"] = "new-0"

    response = analyst_client.post(deal_change_url(deal), data)

    assert "not being added" in error_texts(response)
    assert not Source.objects.exists()


# --- companies and assets created from the pickers (deals/pickers.py) --------------------------


def test_companies_and_an_asset_typed_by_name_are_created_in_the_same_save(
    analyst_client: Any,
) -> None:
    from companies.models import Asset, Company

    data = new_deal_data(analyst_client, title="Typed names")
    add_rows(
        data,
        "parties",
        {"role": "licensor", "company": "HanAll Biopharma", "order": 0},
        {"role": "licensee", "company": "Boehringer  Ingelheim", "order": 1},
    )
    add_rows(data, "deal_assets", {"asset": "ZX-2021", "phase_at_signing": "phase_1"})

    response = analyst_client.post(DEAL_ADD, data)

    assert response.status_code == 302, error_texts(response)
    deal = Deal.objects.get(title="Typed names")
    assert {(p.role, p.company.name) for p in deal.parties.all()} == {
        ("licensor", "HanAll Biopharma"),
        ("licensee", "Boehringer Ingelheim"),
    }
    assert [(a.asset.name, a.phase_at_signing) for a in deal.deal_assets.all()] == [
        ("ZX-2021", "phase_1")
    ]
    assert Company.objects.get(name="HanAll Biopharma").slug == "hanall-biopharma"
    assert Asset.objects.count() == 1


def test_a_typed_name_takes_the_company_of_that_name_or_alias(analyst_client: Any) -> None:
    from tests.factories import CompanyAliasFactory

    scineuro = CompanyFactory(name="SciNeuro Pharmaceuticals")
    CompanyAliasFactory(company=scineuro, name="Sineuro", kind="spelling")
    data = new_deal_data(analyst_client, title="Alias")
    add_rows(data, "parties", {"role": "licensor", "company": "sineuro", "order": 0})

    response = analyst_client.post(DEAL_ADD, data)

    assert response.status_code == 302, error_texts(response)
    assert Deal.objects.get(title="Alias").parties.get().company == scineuro


def test_a_name_of_two_companies_is_a_form_error_and_nothing_is_saved(
    analyst_client: Any,
) -> None:
    from companies.models import Company
    from tests.factories import CompanyAliasFactory

    CompanyFactory(name="Hanmi")
    other = CompanyFactory(name="Hanmi Pharmaceutical")
    CompanyAliasFactory(company=other, name="Hanmi", kind="abbreviation")
    data = new_deal_data(analyst_client, title="Ambiguous")
    add_rows(
        data,
        "parties",
        {"role": "licensor", "company": "Hanmi", "order": 0},
        {"role": "licensee", "company": "Brand New Bio", "order": 1},
    )

    response = analyst_client.post(DEAL_ADD, data)

    assert "“Hanmi” is the name of more than one company" in error_texts(response)
    # The other row's new company was created while validating, and rolled back with the rest.
    assert not Company.objects.filter(name="Brand New Bio").exists()
    assert not Deal.objects.exists()
    # The typed names come back as typed, for the analyst to correct.
    assert '<option value="Brand New Bio" selected>Brand New Bio</option>' in (
        response.content.decode()
    )


@pytest.mark.parametrize(
    ("typed", "message"),
    [("N" * 201, "at most 200 characters"), ("Bad\x00Bio", "NUL character")],
)
def test_a_name_the_database_cannot_hold_is_a_form_error(
    analyst_client: Any, typed: str, message: str
) -> None:
    from companies.models import Company

    data = new_deal_data(analyst_client, title="Too long")
    add_rows(
        data,
        "parties",
        {"role": "licensor", "company": typed, "order": 0},
        {"role": "licensee", "company": "Brand New Bio", "order": 1},
    )
    response = analyst_client.post(DEAL_ADD, data)
    assert response.status_code == 200
    assert message in error_texts(response)
    assert not Company.objects.filter(name="Brand New Bio").exists()
    assert not Deal.objects.exists()


def test_a_new_deals_first_payment_row_starts_as_the_upfront(analyst_client: Any) -> None:
    page = analyst_client.get(DEAL_ADD)
    formsets = {i.formset.prefix: i.formset for i in page.context["inline_admin_formsets"]}
    assert [f["kind"].value() for f in formsets["payments"].forms] == ["upfront_cash"]
    # Untouched, that row is left out like any blank row.
    data = new_deal_data(analyst_client, title="No payments")
    data["payments-TOTAL_FORMS"] = "1"
    data["payments-0-kind"] = "upfront_cash"
    data["payments-0-disclosed"] = "on"
    data["payments-0-order"] = "0"
    response = analyst_client.post(DEAL_ADD, data)
    assert response.status_code == 302, error_texts(response)
    assert not Deal.objects.get(title="No payments").payments.exists()
    assert 'data-tags="true"' in page.content.decode()


def test_staff_who_may_not_add_companies_cannot_create_them_from_the_deal_form(
    client: Any, django_user_model: Any
) -> None:
    from django.contrib.auth.models import Permission

    from companies.models import Company

    existing = CompanyFactory(name="Existing Bio")
    clerk = django_user_model.objects.create_user("clerk", is_staff=True)
    for codename in ("add_deal", "change_deal", "view_deal", "view_company", "add_dealparty",
                     "change_dealparty", "view_dealparty"):  # fmt: skip
        clerk.user_permissions.add(Permission.objects.get(codename=codename))
    client.force_login(clerk)
    page = client.get(DEAL_ADD)
    assert 'data-tags="true"' not in page.content.decode()
    data = new_deal_data(client, title="Clerk's deal")
    add_rows(
        data,
        "parties",
        {"role": "licensor", "company": "existing bio", "order": 0},
        {"role": "licensee", "company": "Invented Bio", "order": 1},
    )

    response = client.post(DEAL_ADD, data)

    assert "No company is named “Invented Bio”, and you may not add one" in error_texts(response)
    assert list(Company.objects.all()) == [existing]
    assert not Deal.objects.exists()


def test_a_name_typed_in_a_row_marked_for_deletion_creates_nothing(analyst_client: Any) -> None:
    from companies.models import Company

    data = new_deal_data(analyst_client, title="Second thoughts")
    add_rows(
        data,
        "parties",
        {"role": "licensor", "company": "Kept Bio", "order": 0},
        {"role": "licensee", "company": "Dropped Bio", "order": 1, "DELETE": True},
    )

    response = analyst_client.post(DEAL_ADD, data)

    assert response.status_code == 302, error_texts(response)
    assert list(Company.objects.values_list("name", flat=True)) == ["Kept Bio"]
    assert [p.company.name for p in Deal.objects.get().parties.all()] == ["Kept Bio"]
