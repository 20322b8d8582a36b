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
