"""The analysts' admin: deal entry with inlines, money display, the changelists and search.

Validation of bad values, roles and the other admins are in tests/test_admin_rules.py.
"""

from __future__ import annotations

import datetime as dt
import itertools
from decimal import Decimal
from typing import Any

import pytest
from django.contrib.auth.models import Permission
from django.contrib.messages import get_messages
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from companies.models import Asset, Company, Modality
from deals.models import (
    Conference,
    Deal,
    FxRate,
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
    ConferenceSeriesFactory,
    DealAssetFactory,
    DealEventFactory,
    DealFactory,
    DealPartyFactory,
    FxRateFactory,
    PaymentFactory,
    RegionFactory,
    SourceFactory,
    TargetFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def remegen_abbvie() -> tuple[Company, Company, Asset]:
    remegen = CompanyFactory(name="RemeGen", country="CN", local_name="荣昌生物")
    abbvie = CompanyFactory(name="AbbVie", country="US")
    rc148 = AssetFactory(name="RC148", owner=remegen, modality=Modality.BISPECIFIC)
    return remegen, abbvie, rc148


# --- entering a deal ---------------------------------------------------------------------------


def test_analyst_enters_a_deal_with_its_inlines_and_usd_values_are_computed(
    analyst_client: Any, analyst: Any, remegen_abbvie: tuple
) -> None:
    remegen, abbvie, rc148 = remegen_abbvie
    FxRateFactory(currency="KRW", date=dt.date(2026, 1, 9), usd_per_unit=Decimal("0.00068"))
    data = new_deal_data(analyst_client, headline_amount="5600000000", headline_currency="usd")
    add_rows(
        data,
        "parties",
        {"role": "licensor", "company": remegen.pk, "order": 0},
        {"role": "licensee", "company": abbvie.pk, "order": 1},
    )
    add_rows(data, "deal_assets", {"asset": rc148.pk, "phase_at_signing": "phase_1"})
    add_rows(
        data,
        "payments",
        {"kind": "upfront_cash", "disclosed": True, "amount": "650000000", "currency": "USD"},
        {"kind": "development_milestones", "disclosed": True, "amount": "1000000000000",
         "currency": "KRW"},
        {"kind": "commercial_milestones", "disclosed": False},
    )  # fmt: skip
    add_rows(data, "sources", {"url": "https://example.org/remegen-abbvie", "language": "en"})

    response = analyst_client.post(DEAL_ADD, data)

    assert response.status_code == 302
    deal = Deal.objects.get(title="RC148 license")
    assert deal.created_by == analyst
    assert deal.headline_currency == "USD"
    assert deal.headline_amount_usd == Decimal("5600000000.00")
    assert [(p.company, p.role) for p in deal.parties.all()] == [
        (remegen, "licensor"),
        (abbvie, "licensee"),
    ]
    payments = {p.kind: p for p in deal.payments.all()}
    assert payments["upfront_cash"].amount_usd == Decimal("650000000.00")
    assert payments["development_milestones"].amount_usd == Decimal("680000000.00")
    # Milestones are contingent even though the box was left unticked.
    assert payments["development_milestones"].contingent is True
    assert payments["commercial_milestones"].amount is None
    assert deal.sources.count() == 1
    assert deal.history.first().history_user == analyst


def test_changing_the_announcement_date_recomputes_usd_of_untouched_payments(
    analyst_client: Any,
) -> None:
    FxRateFactory(currency="KRW", date=dt.date(2026, 1, 2), usd_per_unit=Decimal("0.00070"))
    FxRateFactory(currency="KRW", date=dt.date(2026, 2, 2), usd_per_unit=Decimal("0.00060"))
    deal = DealFactory(announced_on=dt.date(2026, 1, 12))
    payment = PaymentFactory(deal=deal, amount=Decimal("1000000"), currency="KRW")
    assert payment.amount_usd == Decimal("700.00")
    data = form_data(analyst_client.get(deal_change_url(deal)))
    data["announced_on"] = "2026-02-10"

    response = analyst_client.post(deal_change_url(deal), data)

    assert response.status_code == 302
    payment.refresh_from_db()
    assert payment.amount_usd == Decimal("600.00")


def test_reverting_a_deal_to_an_earlier_date_recomputes_its_usd_values(
    analyst_client: Any,
) -> None:
    FxRateFactory(currency="KRW", date=dt.date(2026, 1, 2), usd_per_unit=Decimal("0.00070"))
    FxRateFactory(currency="KRW", date=dt.date(2026, 2, 2), usd_per_unit=Decimal("0.00060"))
    deal = DealFactory(announced_on=dt.date(2026, 1, 12))
    payment = PaymentFactory(deal=deal, amount=Decimal("1000000"), currency="KRW")
    first = deal.history.get()
    data = form_data(analyst_client.get(deal_change_url(deal)))
    data["announced_on"] = "2026-02-10"
    analyst_client.post(deal_change_url(deal), data)
    payment.refresh_from_db()
    assert payment.amount_usd == Decimal("600.00")

    url = reverse("admin:deals_deal_simple_history", args=[deal.pk, first.history_id])
    response = analyst_client.post(url, form_data(analyst_client.get(url)))

    assert response.status_code == 302
    deal.refresh_from_db()
    payment.refresh_from_db()
    assert deal.announced_on == dt.date(2026, 1, 12)
    assert payment.amount_usd == Decimal("700.00")


def test_saving_a_deal_bumps_its_version_for_api_clients(analyst_client: Any) -> None:
    deal = DealFactory()
    data = form_data(analyst_client.get(deal_change_url(deal)))
    data["summary"] = "Edited in the admin."
    analyst_client.post(deal_change_url(deal), data)
    deal.refresh_from_db()
    assert deal.version == 2
    assert deal.summary == "Edited in the admin."


def test_saving_over_a_newer_version_is_refused_not_silently_undone(
    analyst_client: Any,
) -> None:
    deal = DealFactory(summary="Original")
    data = form_data(analyst_client.get(deal_change_url(deal)))
    # Meanwhile an API client (or another analyst) saves the deal.
    Deal.objects.filter(pk=deal.pk).update(summary="Changed through the API", version=2)
    data["summary"] = "Edited in the admin."

    response = analyst_client.post(deal_change_url(deal), data)

    assert "was changed by someone else" in error_texts(response)
    deal.refresh_from_db()
    assert (deal.summary, deal.version) == ("Changed through the API", 2)


def test_breakdown_above_headline_is_a_warning_not_an_error(analyst_client: Any) -> None:
    deal = DealFactory(headline_amount=Decimal("100000000"), headline_currency="USD")
    data = form_data(analyst_client.get(deal_change_url(deal)))
    add_rows(
        data,
        "payments",
        {"kind": "upfront_cash", "disclosed": True, "amount": "150000000", "currency": "USD"},
    )

    response = analyst_client.post(deal_change_url(deal), data, follow=True)

    assert response.status_code == 200
    assert deal.payments.count() == 1  # saved all the same
    warnings = [m for m in get_messages(response.wsgi_request) if m.level_tag == "warning"]
    assert len(warnings) == 1
    assert "more than the reported headline" in warnings[0].message
    assert "$150M" in warnings[0].message


def test_a_payment_without_an_fx_rate_is_saved_with_a_warning(analyst_client: Any) -> None:
    deal = DealFactory()
    data = form_data(analyst_client.get(deal_change_url(deal)))
    add_rows(
        data,
        "payments",
        {"kind": "upfront_cash", "disclosed": True, "amount": "1000", "currency": "CHF"},
    )
    response = analyst_client.post(deal_change_url(deal), data, follow=True)
    warnings = [str(m) for m in get_messages(response.wsgi_request) if m.level_tag == "warning"]
    assert any("No FX rate" in w and "CHF" in w for w in warnings)
    assert deal.payments.get().amount_usd is None


def test_change_form_shows_totals_with_their_definitions(analyst_client: Any) -> None:
    deal = DealFactory(headline_amount=Decimal("5600000000"), headline_currency="USD")
    PaymentFactory(deal=deal, kind="upfront_cash", amount=Decimal("650000000"))
    PaymentFactory(deal=deal, kind="milestones", amount=Decimal("4950000000"), order=1)

    page = analyst_client.get(deal_change_url(deal)).content.decode()

    assert "$650M (650,000,000.00 USD)" in page  # upfront and committed
    assert "$5.6B (5,600,000,000.00 USD)" in page  # headline in USD and total potential
    assert "Disclosed upfront cash + upfront equity, in USD." in page
    assert "Every disclosed non-contingent payment, in USD." in page
    assert "The larger of the reported headline and the sum of disclosed payments" in page


def test_change_form_says_when_the_headline_has_no_fx_rate(analyst_client: Any) -> None:
    deal = DealFactory(headline_amount=Decimal("8200000000000"), headline_currency="KRW")
    page = analyst_client.get(deal_change_url(deal)).content.decode()
    assert "no FX rate for KRW on or before 2026-01-12" in page


def test_change_form_queries_do_not_grow_with_payments_sources_and_events(
    analyst_client: Any,
) -> None:
    deal = DealFactory()
    DealPartyFactory(deal=deal)
    DealAssetFactory(deal=deal)

    def queries() -> int:
        with CaptureQueriesContext(connection) as ctx:
            assert analyst_client.get(deal_change_url(deal)).status_code == 200
        return len(ctx.captured_queries)

    def add_money_rows() -> None:
        PaymentFactory(deal=deal)
        SourceFactory(deal=deal)
        DealEventFactory(deal=deal)

    add_money_rows()
    queries()  # warm the process-wide caches (content types...) whatever ran before
    one = queries()
    for _ in range(7):
        add_money_rows()
    # Every row's source picker lists the deal's sources from one query per formset; the
    # autocompleted pickers (company, asset, region) cost one query per row, as in Django.
    assert queries() == one


def test_payment_and_headline_sources_are_limited_to_the_deals_own(analyst_client: Any) -> None:
    deal = DealFactory()
    own = SourceFactory(deal=deal, title="Own release")
    SourceFactory(title="Another deal's article")
    PaymentFactory(deal=deal, source=own)

    response = analyst_client.get(deal_change_url(deal))

    headline_choices = list(response.context["adminform"].form.fields["headline_source"].queryset)
    assert headline_choices == [own]
    payments = next(
        i.formset
        for i in response.context["inline_admin_formsets"]
        if i.formset.prefix == "payments"
    )
    assert list(payments.forms[0].fields["source"].queryset) == [own]
    page = response.content.decode()
    assert f'<option value="{own.pk}" selected>Own release</option>' in page
    assert "Another deal&#x27;s article" not in page


# --- the changelist ---------------------------------------------------------------------------


def test_changelist_shows_parties_and_the_headline_in_compact_usd(
    analyst_client: Any, remegen_abbvie: tuple
) -> None:
    remegen, abbvie, _ = remegen_abbvie
    deal = DealFactory(
        title="RC148 license", headline_amount=Decimal("5600000000"), headline_currency="USD"
    )
    DealPartyFactory(deal=deal, company=remegen, role="licensor", order=0)
    DealPartyFactory(deal=deal, company=abbvie, role="licensee", order=1)

    page = analyst_client.get(DEAL_LIST).content.decode()

    assert "RemeGen → AbbVie" in page
    assert "$5.6B" in page


def test_changelist_says_no_fx_rate_when_the_usd_value_is_unknown(analyst_client: Any) -> None:
    DealFactory(headline_amount=Decimal("8200000000000"), headline_currency="KRW")
    page = analyst_client.get(DEAL_LIST).content.decode()
    assert "₩8.2T (no FX rate)" in page


def _changelist_queries(client: Any) -> int:
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(DEAL_LIST)
    assert response.status_code == 200
    return len(ctx.captured_queries)


def _deal_with_everything(conference: Conference) -> Deal:
    deal = DealFactory(
        conference=conference, headline_amount=Decimal("1000000"), headline_currency="USD"
    )
    DealPartyFactory(deal=deal, role="licensor", company=CompanyFactory(country="CN"))
    DealPartyFactory(deal=deal, role="licensee", order=1)
    DealAssetFactory(deal=deal)
    PaymentFactory(deal=deal)
    return deal


def test_changelist_runs_the_same_number_of_queries_for_1_and_10_deals(
    analyst_client: Any,
) -> None:
    conference = ConferenceFactory()
    _deal_with_everything(conference)
    one = _changelist_queries(analyst_client)
    for _ in range(9):
        _deal_with_everything(conference)
    ten = _changelist_queries(analyst_client)
    # session, user, user and group permissions; the conference and licensor-country filter
    # choices; count and full count; the page of deals; then one prefetch each for parties
    # (with companies), assets, asset targets, payments and territories; the date hierarchy's
    # range and days. None of them is per deal.
    assert ten == one


_serial = itertools.count(1)


def _region_code(n: int) -> str:
    """R_AA, R_BA, ...: distinct upper-case codes (region codes take letters only)."""
    return f"R_{chr(65 + n % 26)}{chr(65 + n // 26 % 26)}"


def _company_with_everything() -> None:
    company = CompanyFactory(parent=CompanyFactory(), ownership="subsidiary")
    company.listings.create(exchange="HKEX", ticker=f"T{company.pk}")
    DealPartyFactory(company=company)


def _asset_with_everything() -> None:
    asset = AssetFactory()
    asset.targets.add(TargetFactory(), TargetFactory())
    DealAssetFactory(asset=asset)


_LIST_BUILDERS = {
    "companies_company": _company_with_everything,
    "companies_asset": _asset_with_everything,
    "companies_target": lambda: AssetFactory().targets.add(TargetFactory()),
    "deals_conference": lambda: DealFactory(conference=ConferenceFactory()),
    "deals_conferenceseries": lambda: ConferenceFactory(
        series=ConferenceSeriesFactory(name=f"Series {next(_serial)}")
    ),
    "deals_fxrate": lambda: FxRateFactory(date=dt.date(2026, 1, 1 + FxRate.objects.count())),
    "deals_region": lambda: RegionFactory(code=_region_code(next(_serial))),
}


@pytest.mark.parametrize("name", sorted(_LIST_BUILDERS))
def test_other_changelists_run_the_same_number_of_queries_for_1_and_10_rows(
    analyst_client: Any, name: str
) -> None:
    url = reverse(f"admin:{name}_changelist")

    def queries() -> int:
        with CaptureQueriesContext(connection) as ctx:
            assert analyst_client.get(url).status_code == 200
        return len(ctx.captured_queries)

    _LIST_BUILDERS[name]()
    one = queries()
    for _ in range(9):
        _LIST_BUILDERS[name]()
    assert queries() == one


def test_search_finds_deals_by_company_alias_and_local_name(
    analyst_client: Any, remegen_abbvie: tuple
) -> None:
    remegen, _, _ = remegen_abbvie
    sci = CompanyFactory(name="SciNeuro Pharmaceuticals")
    CompanyAliasFactory(company=sci, name="Sineuro")
    neuro = DealFactory(title="Brain shuttle program")
    DealPartyFactory(deal=neuro, company=sci)
    rc = DealFactory(title="RC148 license")
    DealPartyFactory(deal=rc, company=remegen)

    def titles(q: str) -> list[str]:
        response = analyst_client.get(DEAL_LIST, {"q": q})
        return [d.title for d in response.context["cl"].result_list]

    assert titles("Sineuro") == ["Brain shuttle program"]
    assert titles("荣昌生物") == ["RC148 license"]
    assert titles("RemeGen license") == ["RC148 license"]  # every term must match
    assert titles("RemeGen shuttle") == []


def test_search_finds_deals_by_asset_alias_written_without_hyphen(analyst_client: Any) -> None:
    asset = AssetFactory(name="Hybrozyme")
    AssetAliasFactory(asset=asset, name="ALT-B4")
    deal = DealFactory(title="Platform deal")
    DealAssetFactory(deal=deal, asset=asset)

    response = analyst_client.get(DEAL_LIST, {"q": "ALTB4"})

    assert [d.title for d in response.context["cl"].result_list] == ["Platform deal"]


def test_search_matching_several_parties_lists_the_deal_once(analyst_client: Any) -> None:
    deal = DealFactory(title="Two bios")
    DealPartyFactory(deal=deal, company=CompanyFactory(name="Alpha Bio"))
    DealPartyFactory(deal=deal, company=CompanyFactory(name="Beta Bio"), role="licensee")
    DealAssetFactory(deal=deal, asset=AssetFactory(name="BIO-1"))
    DealAssetFactory(deal=deal, asset=AssetFactory(name="BIO-2"))

    response = analyst_client.get(DEAL_LIST, {"q": "bio"})

    assert [d.title for d in response.context["cl"].result_list] == ["Two bios"]
    assert response.context["cl"].result_count == 1


@pytest.mark.parametrize("q", ['"', "'", '"RemeGen', "%", "_", "\\", "x" * 500, "a\x00b"])
@pytest.mark.parametrize("admin_name", ["deals_deal", "companies_company", "companies_asset"])
def test_odd_search_text_never_breaks_a_changelist(
    analyst_client: Any, admin_name: str, q: str
) -> None:
    DealPartyFactory()
    response = analyst_client.get(reverse(f"admin:{admin_name}_changelist"), {"q": q})
    # A NUL byte is refused for every URL alike (core/middleware.py); the rest is searched.
    assert response.status_code == (400 if "\x00" in q else 200)


def test_licensor_country_filter_lists_countries_in_use_and_filters(
    analyst_client: Any, remegen_abbvie: tuple
) -> None:
    remegen, abbvie, _ = remegen_abbvie
    cn = DealFactory(title="Chinese licensor")
    DealPartyFactory(deal=cn, company=remegen, role="licensor")
    DealPartyFactory(deal=cn, company=abbvie, role="licensee")
    us = DealFactory(title="American licensor")
    DealPartyFactory(deal=us, company=abbvie, role="licensor")

    response = analyst_client.get(DEAL_LIST, {"licensor_country": "CN"})

    assert [d.title for d in response.context["cl"].result_list] == ["Chinese licensor"]
    spec = next(s for s in response.context["cl"].filter_specs if s.title == "licensor country")
    assert spec.lookup_choices == [("CN", "China"), ("US", "United States of America")]


def test_modality_filter_keeps_deals_with_an_asset_of_that_modality(analyst_client: Any) -> None:
    adc = DealFactory(title="ADC deal")
    DealAssetFactory(deal=adc, asset=AssetFactory(modality=Modality.ADC))
    DealAssetFactory(deal=adc, asset=AssetFactory(modality=Modality.ADC))
    bispecific = DealFactory(title="Bispecific deal")
    DealAssetFactory(deal=bispecific, asset=AssetFactory(modality=Modality.BISPECIFIC))

    response = analyst_client.get(DEAL_LIST, {"modality": "adc"})

    assert [d.title for d in response.context["cl"].result_list] == ["ADC deal"]


def test_staff_without_internal_permission_do_not_see_internal_deals(
    client: Any, django_user_model: Any
) -> None:
    DealFactory(title="Public deal")
    internal = DealFactory(title="Internal deal", visibility=Deal.Visibility.INTERNAL)
    clerk = django_user_model.objects.create_user("clerk", password="pw-clerk-1", is_staff=True)
    clerk.user_permissions.add(Permission.objects.get(codename="view_deal"))
    client.force_login(clerk)

    response = client.get(DEAL_LIST)

    assert [d.title for d in response.context["cl"].result_list] == ["Public deal"]
    assert client.get(deal_change_url(internal)).status_code == 302  # "does not exist" redirect


def test_make_internal_action_records_the_user_in_history(
    analyst_client: Any, analyst: Any
) -> None:
    deal = DealFactory()
    response = analyst_client.post(
        DEAL_LIST, {"action": "make_internal", "_selected_action": [deal.pk]}, follow=True
    )
    deal.refresh_from_db()
    assert deal.visibility == Deal.Visibility.INTERNAL
    assert deal.version == 2
    assert deal.history.first().history_user == analyst
    assert "1 deal(s) made internal." in [str(m) for m in get_messages(response.wsgi_request)]


def test_recompute_action_fills_usd_once_a_rate_exists(analyst_client: Any) -> None:
    deal = DealFactory(headline_amount=Decimal("1000"), headline_currency="CHF")
    payment = PaymentFactory(deal=deal, amount=Decimal("100"), currency="CHF")
    # Added without its signal (as a bulk load would), so nothing recomputed the deal yet.
    FxRate.objects.bulk_create(
        [FxRate(currency="CHF", date=dt.date(2026, 1, 5), usd_per_unit=Decimal("1.25"))]
    )
    analyst_client.post(
        DEAL_LIST, {"action": "recompute_usd_values", "_selected_action": [deal.pk]}
    )
    deal.refresh_from_db()
    payment.refresh_from_db()
    assert deal.headline_amount_usd == Decimal("1250.00")
    assert payment.amount_usd == Decimal("125.00")


def test_every_custom_action_declares_its_permissions() -> None:
    from django.contrib import admin

    ours = [m for m in admin.site._registry.values() if m.opts.app_label in {"companies", "deals"}]
    assert ours
    for model_admin in ours:
        for action in model_admin.actions or ():
            func = getattr(model_admin, action) if isinstance(action, str) else action
            assert getattr(func, "allowed_permissions", None), (model_admin, action)
