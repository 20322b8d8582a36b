"""Values the outside security test saw accepted that must be refused or normalised.

Each rule holds at every door: the API (a 400 naming the field), ``save_deal`` (import and
text intake), the admin's forms, and the database's own constraints.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from typing import Any

import pytest
from django.db import IntegrityError, transaction
from rest_framework.test import APIClient

from deals.models import Deal, DealParty, PaymentComponent, Royalty
from tests import factories as f

pytestmark = pytest.mark.django_db


@pytest.fixture
def writer(api_tokens: dict[str, str]) -> APIClient:
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {api_tokens['write']}")
    return client


def _body(**parts: Any) -> dict[str, Any]:
    return {"title": "Rules", "deal_type": "license", "announced_on": "2026-01-12", **parts}


def _post(writer: APIClient, **parts: Any) -> Any:
    return writer.post("/api/v1/deals/", _body(**parts), format="json")


def _refused(db_write: Any) -> bool:
    try:
        with transaction.atomic():
            db_write()
    except IntegrityError:
        return True
    return False


# --- dates: 1970 to five years ahead (deals/dates.py) ------------------------------------------


@pytest.mark.parametrize("day", ["0001-01-01", "9999-12-31", "1969-12-31"])
def test_absurd_announcement_dates_are_refused(writer: APIClient, day: str) -> None:
    response = _post(writer, announced_on=day)
    assert response.status_code == 400
    assert list(response.json()) == ["announced_on"]
    assert "1970" in response.json()["announced_on"][0]


def test_the_window_runs_from_1970_to_five_years_ahead(writer: APIClient) -> None:
    from deals import dates

    last = dates.latest()
    assert last.year == date.today().year + dates.YEARS_AHEAD
    assert _post(writer, title="First", announced_on="1970-01-01").status_code == 201
    assert _post(writer, title="Last", announced_on=last.isoformat()).status_code == 201
    late = (last + timedelta(days=1)).isoformat()
    assert _post(writer, title="Late", announced_on=late).status_code == 400
    assert _post(writer, title="Signed", signed_on="1969-01-01").status_code == 400


def test_event_and_source_dates_follow_the_same_rule(writer: APIClient) -> None:
    response = _post(
        writer,
        events=[{"kind": "signed", "date": "0001-01-01"}],
        sources=[{"url": "https://example.org/a", "published_on": "9999-12-31"}],
    )
    assert response.status_code == 400
    assert set(response.json()) == {"events", "sources"}


def test_the_importer_and_the_admin_refuse_them_too(client: Any, analyst: Any) -> None:
    from deals.services import DealInputError, save_deal
    from tests.admin_forms import DEAL_ADD, error_texts, new_deal_data

    with pytest.raises(DealInputError) as refused:
        save_deal({"title": "Import", "deal_type": "license", "announced_on": date(1, 1, 1)})
    assert list(refused.value.errors) == ["announced_on"]
    client.force_login(analyst)
    response = client.post(DEAL_ADD, new_deal_data(client, announced_on="9999-12-31"))
    assert "Enter a date between 1970-01-01" in error_texts(response)


def test_the_database_refuses_dates_outside_its_backstop() -> None:
    deal = f.DealFactory()
    query = Deal.objects.filter(pk=deal.pk)
    assert _refused(lambda: query.update(announced_on=date(1, 1, 1), signed_on=None))
    assert _refused(lambda: query.update(signed_on=date(9999, 12, 31), announced_on=None))


def test_analytics_draws_sparse_far_apart_years_without_a_bar_per_year_between(
    client: Any,
) -> None:
    from deals import dates
    from deals.analytics.breakdowns import breakdown

    for day in (date(1970, 1, 1), date(2026, 1, 12), dates.latest()):
        f.DealFactory(announced_on=day, headline_amount=Decimal(1), headline_currency="USD")
    years = breakdown(Deal.objects.public(), "deal_type", "year").periods
    # The short gap up to today + 5 years is drawn year by year; the 56 empty years after
    # 1970 are skipped instead of drawn.
    last = dates.latest().year
    assert years == [1970, *range(2026, last + 1)]
    quarters = breakdown(Deal.objects.public(), "deal_type", "quarter").periods
    assert quarters[0] == "1970-Q1" and len(quarters) < 30
    for path in ("/analytics/", "/analytics/?period=quarter", "/"):
        assert client.get(path).status_code == 200


def test_the_period_axis_and_bounds_survive_dates_from_year_1_to_9999() -> None:
    # Rows saved before dates were validated may still hold them.
    from deals.analytics.breakdowns import _continuous
    from deals.analytics.breakdowns import period_bounds as _period_bounds

    assert _continuous("year", {1, 9999}) == [1, 9999]
    assert _continuous("quarter", {"1-Q1", "9999-Q4"}) == ["1-Q1", "9999-Q4"]
    assert _continuous("year", {2020, 2023}) == [2020, 2021, 2022, 2023]
    assert _continuous("quarter", {"2025-Q4", "2026-Q2"}) == ["2025-Q4", "2026-Q1", "2026-Q2"]
    assert _period_bounds("9999-Q4") == (date(9999, 10, 1), date(9999, 12, 31))
    assert _period_bounds("2024-Q1") == (date(2024, 1, 1), date(2024, 3, 31))


# --- money terms -------------------------------------------------------------------------------


def test_royalty_rates_marked_undisclosed_are_refused(writer: APIClient) -> None:
    response = _post(writer, royalty={"min_pct": "10", "disclosed": False})
    assert response.status_code == 400
    assert list(response.json()["royalty"]) == ["disclosed"]
    # Rates without a word on disclosure were disclosed.
    inferred = _post(writer, title="Rates", royalty={"min_pct": "10", "max_pct": "15"})
    assert inferred.status_code == 201 and inferred.json()["royalty"]["disclosed"] is True
    wording = _post(writer, title="Words", royalty={"wording": "tiered royalties"})
    assert wording.json()["royalty"]["disclosed"] is False
    royalty = Royalty.objects.get(deal__title="Words")
    assert _refused(lambda: Royalty.objects.filter(pk=royalty.pk).update(min_pct=5))


def test_an_upfront_is_never_contingent(writer: APIClient) -> None:
    upfront = {"kind": "upfront_cash", "amount": "5", "currency": "USD", "contingent": True}
    response = _post(writer, payments=[upfront])
    assert response.status_code == 400
    assert list(response.json()["payments"]["0"]) == ["contingent"]
    payment = f.PaymentFactory(kind="upfront_equity")
    rows = PaymentComponent.objects.filter(pk=payment.pk)
    assert _refused(lambda: rows.update(contingent=True))


@pytest.mark.parametrize("code", ["XXX", "XTS", "XAU", "XDR"])
def test_codes_that_are_not_money_are_refused_as_currencies(writer: APIClient, code: str) -> None:
    response = _post(writer, payments=[{"kind": "upfront_cash", "amount": "5", "currency": code}])
    assert response.status_code == 400
    assert list(response.json()["payments"]["0"]) == ["currency"]
    headline = _post(writer, headline_value={"amount": "5", "currency": code})
    assert list(headline.json()["headline_value"]) == ["currency"]


def test_real_currencies_starting_with_x_are_accepted(writer: APIClient) -> None:
    # The CFA and CFP francs and the East Caribbean dollar are money.
    payments = [
        {"kind": "upfront_cash", "amount": "5", "currency": code} for code in ("XOF", "XAF")
    ]
    payments.append({"kind": "near_term", "amount": "5", "currency": "XCD"})
    assert _post(writer, payments=payments).status_code == 201


def test_an_amount_of_zero_is_refused(writer: APIClient) -> None:
    # Decision (README "Money"): a term that does not exist is left out; one whose amount is
    # unknown is undisclosed; 0 would read as "disclosed upfront" in has_upfront and medians.
    response = _post(writer, payments=[{"kind": "upfront_cash", "amount": "0", "currency": "USD"}])
    assert response.status_code == 400
    assert "more than 0" in response.json()["payments"]["0"]["amount"][0]
    headline = _post(writer, headline_value={"amount": "0.00", "currency": "USD"})
    assert list(headline.json()["headline_value"]) == ["amount"]
    payment = f.PaymentFactory()
    assert _refused(lambda: PaymentComponent.objects.filter(pk=payment.pk).update(amount=0))
    deal = f.DealFactory(headline_amount=Decimal(5), headline_currency="USD")
    assert _refused(lambda: Deal.objects.filter(pk=deal.pk).update(headline_amount=0))


def test_currency_null_is_accepted_on_an_undisclosed_payment(writer: APIClient) -> None:
    undisclosed = {"kind": "milestones", "disclosed": False, "amount": None, "currency": None}
    response = _post(writer, payments=[undisclosed])
    assert response.status_code == 201, response.json()
    assert response.json()["payments"][0]["currency"] is None
    disclosed = {"kind": "upfront_cash", "amount": "5", "currency": None}
    refused = _post(writer, title="No currency", payments=[disclosed])
    assert list(refused.json()["payments"]["0"]) == ["currency"]


# --- parties and slugs -------------------------------------------------------------------------


def test_one_undisclosed_party_per_role(writer: APIClient) -> None:
    three = [{"role": "licensor", "company": None}] * 3
    response = _post(writer, parties=three)
    assert response.status_code == 400
    assert set(response.json()["parties"]) == {"1", "2"}
    assert "one undisclosed licensor" in response.json()["parties"]["1"]["company"][0]
    one_each = [{"role": "licensor", "company": None}, {"role": "licensee", "company": None}]
    assert _post(writer, title="Two roles", parties=one_each).status_code == 201
    deal = Deal.objects.get(title="Two roles")
    assert _refused(lambda: DealParty.objects.create(deal=deal, role="licensor"))


def test_the_admin_refuses_two_undisclosed_parties_in_one_role(client: Any, analyst: Any) -> None:
    from tests.admin_forms import DEAL_ADD, add_rows, error_texts, new_deal_data

    client.force_login(analyst)
    data = new_deal_data(client)
    add_rows(data, "parties", {"role": "licensor", "order": 0}, {"role": "licensor", "order": 1})
    response = client.post(DEAL_ADD, data)
    assert "at most one undisclosed party per role" in error_texts(response)


def test_full_width_slugs_are_normalised(writer: APIClient) -> None:
    response = _post(writer, slug="ａｂｃ-Ｄｅａｌ")
    assert response.status_code == 201
    assert response.json()["slug"] == "abc-deal"
    # The full-width spelling is the same slug, so a second deal cannot take it.
    again = _post(writer, title="Again", slug="ａｂｃ-ｄｅａｌ")
    assert again.status_code == 400 and list(again.json()) == ["slug"]


@pytest.mark.parametrize("slug", ["аbbvie", "pfizer-ο"], ids=["cyrillic-a", "greek-omicron"])
def test_lookalike_slugs_are_refused(writer: APIClient, slug: str) -> None:
    response = _post(writer, slug=slug)
    assert response.status_code == 400
    assert "look alike" in response.json()["slug"][0]
    company = writer.post("/api/v1/companies/", {"name": "Lookalike", "slug": slug}, format="json")
    assert company.status_code == 400 and list(company.json()) == ["slug"]


def test_slugs_in_one_script_stay_allowed(writer: APIClient) -> None:
    response = writer.post(
        "/api/v1/companies/", {"name": "荣昌生物", "slug": "荣昌生物"}, format="json"
    )
    assert response.status_code == 201 and response.json()["slug"] == "荣昌生物"
    assert _post(writer, slug="рц-148").status_code == 201  # Cyrillic only


def test_save_deal_normalises_slugs_for_the_importer() -> None:
    from deals.services import save_deal

    deal = save_deal({"title": "Imported", "deal_type": "license", "slug": "ＩＭＰ-1"})
    assert deal.slug == "imp-1"
