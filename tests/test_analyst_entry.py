"""Analyst entry (issue 14): amounts and dates as analysts write them, internal by default,
clear errors with nothing saved half-way, the intake screen linked where analysts look."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from django.urls import reverse

from companies.names import unique_slug
from deals.dates import format_precise, parse_precise
from deals.models import Deal, PaymentComponent
from deals.typed import parse_amount
from tests.factories import DealFactory
from tests.test_admin import DEAL_ADD, add_rows, error_texts, new_deal_data

pytestmark = pytest.mark.django_db


@pytest.fixture
def analyst_client(client: Any, analyst: Any) -> Any:
    client.force_login(analyst)
    return client


@pytest.mark.parametrize(
    ("typed", "amount", "currency"),
    [
        ("$1.1B", Decimal("1100000000"), "USD"),
        ("1.1 billion", Decimal("1100000000"), None),
        ("₩8.2T", Decimal("8200000000000"), "KRW"),
        ("50M", Decimal("50000000"), None),
        ("$40M", Decimal("40000000"), "USD"),
        ("1,100,000,000", Decimal("1100000000"), None),
        ("€1.2 billion", Decimal("1200000000"), "EUR"),
    ],
)
def test_amounts_are_read_as_analysts_write_them(
    typed: str, amount: Decimal, currency: str | None
) -> None:
    assert parse_amount(typed) == (amount, currency)


@pytest.mark.parametrize("typed", ["12abc", "1.1 bilion", "$", "five million", "1..2B"])
def test_an_amount_that_cannot_be_read_is_refused(typed: str) -> None:
    with pytest.raises(ValueError, match=r"is not an amount|Enter an amount"):
        parse_amount(typed)


@pytest.mark.parametrize(
    ("typed", "value", "precision", "shown"),
    [
        ("Jan 2026", date(2026, 1, 1), "month", "Jan 2026"),
        ("January 2026", date(2026, 1, 1), "month", "Jan 2026"),
        ("Q1 2026", date(2026, 1, 1), "quarter", "Q1 2026"),
        ("2026", date(2026, 1, 1), "year", "2026"),
        ("12 Jan 2026", date(2026, 1, 12), "day", "Jan 12, 2026"),
        ("2026-01-12", date(2026, 1, 12), "day", "Jan 12, 2026"),
    ],
)
def test_dates_are_read_with_their_precision(
    typed: str, value: date, precision: str, shown: str
) -> None:
    assert parse_precise(typed) == (value, precision)
    assert format_precise(value, precision) == shown


@pytest.mark.parametrize("typed", ["32 Jan 2026", "32 Jan", "2026-02-30", "Jan", "soon"])
def test_an_impossible_date_is_refused(typed: str) -> None:
    with pytest.raises(ValueError):
        parse_precise(typed)


def test_admin_takes_typed_amounts_and_month_dates_and_shows_them_back_in_full(
    analyst_client: Any,
) -> None:
    data = new_deal_data(
        analyst_client,
        announced_on="Jan 2026",
        headline_amount="$1.1B",
        headline_currency="",
    )
    add_rows(
        data,
        "payments",
        {"kind": "upfront_cash", "disclosed": True, "amount": "40M", "currency": "USD"},
        {"kind": "upfront_cash", "disclosed": True, "amount": "₩8.2T", "currency": ""},
    )
    response = analyst_client.post(DEAL_ADD, data)
    assert response.status_code == 302, error_texts(response)
    deal = Deal.objects.get()
    assert (deal.announced_on, deal.announced_on_precision) == (date(2026, 1, 1), "month")
    assert (deal.headline_amount, deal.headline_currency) == (Decimal("1100000000"), "USD")
    amounts = sorted((p.amount, p.currency) for p in PaymentComponent.objects.all())
    assert amounts == [(Decimal("40000000"), "USD"), (Decimal("8200000000000"), "KRW")]
    page = analyst_client.get(reverse("admin:deals_deal_change", args=[deal.pk])).content.decode()
    assert 'value="1,100,000,000"' in page  # the amount in full, for confirmation
    assert 'value="Jan 2026"' in page
    assert "Jan 2026" in analyst_client.get(deal.get_absolute_url()).content.decode()


def test_month_precision_is_in_the_api(analyst_client: Any) -> None:
    deal = DealFactory(announced_on=date(2026, 1, 20), announced_on_precision="month")
    deal.refresh_from_db()
    assert deal.announced_on == date(2026, 1, 1)  # the month, stored as its first day
    body = analyst_client.get(f"/api/v1/deals/{deal.slug}/").json()
    assert body["announced_on"] == "2026-01-01"
    assert body["announced_on_precision"] == "month"


def test_a_new_deal_in_the_admin_defaults_to_internal(analyst_client: Any) -> None:
    form = analyst_client.get(DEAL_ADD).context["adminform"].form
    assert form["visibility"].value() == Deal.Visibility.INTERNAL


@pytest.mark.parametrize(
    ("fields", "payments", "message"),
    [
        ({"headline_amount": "1.1 bilion", "headline_currency": "USD"}, [], "is not an amount"),
        ({"announced_on": "32 Jan 2026"}, [], "is not a day of the calendar"),
        (
            {},
            [{"kind": "upfront_cash", "disclosed": True, "amount": "5 milion", "currency": "USD"}],
            "is not an amount",
        ),
        ({"headline_amount": "$1.1B", "headline_currency": "EUR"}, [], "written in USD"),
    ],
)
def test_bad_input_is_a_clear_error_and_nothing_is_saved(
    analyst_client: Any, fields: dict[str, Any], payments: list[dict[str, Any]], message: str
) -> None:
    data = new_deal_data(analyst_client, **fields)
    add_rows(data, "payments", *payments)
    response = analyst_client.post(DEAL_ADD, data)
    assert message in error_texts(response)
    assert not Deal.objects.exists()
    assert not PaymentComponent.objects.exists()


def test_intake_is_linked_from_the_admin_index_and_the_deal_changelist(
    analyst_client: Any,
) -> None:
    intake = reverse("intake:intake_start")
    assert intake == "/admin/intake/"
    assert f'href="{intake}"' in analyst_client.get(reverse("admin:index")).content.decode()
    changelist = analyst_client.get(reverse("admin:deals_deal_changelist")).content.decode()
    assert f'href="{intake}"' in changelist


def test_slugs_never_cut_a_word_in_half() -> None:
    title = "Boehringer Ingelheim licenses worldwide rights to ZX-2021 from HanAll Biopharma " * 2
    deal = Deal(title=title)
    slug = unique_slug(deal, title)
    words = set(title.lower().replace("-", " ").split())
    assert len(slug) <= 80
    assert all(part in words or part.isdigit() or part == "zx" for part in slug.split("-"))
