"""The analysts' admin: deal entry with inlines, money display, search, roles, validation.

Validation tests post the admin's own forms (built from the page the analyst would see) with
one bad value and check the analyst gets the form back with a clear message, nothing saved:
never a 500 from a database constraint.
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
    DealParty,
    FxRate,
    PaymentComponent,
    Royalty,
    Source,
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

DEAL_ADD = reverse("admin:deals_deal_add")
DEAL_LIST = reverse("admin:deals_deal_changelist")


def deal_change_url(deal: Deal) -> str:
    return reverse("admin:deals_deal_change", args=[deal.pk])


# --- building POST data from the page the analyst sees ----------------------------------------


def _post_value(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "on" if value else None
    if isinstance(value, (list, tuple)):
        return [str(v) for v in value]
    return str(value)


def _form_fields(form: Any, data: dict[str, Any]) -> None:
    for name in form.fields:
        value = _post_value(form[name].value())
        if value is not None:
            data[form.add_prefix(name)] = value


class FormData(dict):
    """POST data, plus each inline's blank row (its defaults, e.g. order 0)."""

    blank_rows: dict[str, dict[str, Any]]


def form_data(response: Any) -> FormData:
    """The POST data the admin page in ``response`` would send unchanged."""
    data = FormData()
    data.blank_rows = {}
    _form_fields(response.context["adminform"].form, data)
    for inline in response.context.get("inline_admin_formsets", []):
        formset = inline.formset
        _form_fields(formset.management_form, data)
        for form in formset.initial_forms:
            _form_fields(form, data)
        # Extra (blank) forms are left out, as an analyst who ignores them would send nothing.
        data[f"{formset.prefix}-TOTAL_FORMS"] = str(len(formset.initial_forms))
        blank: dict[str, Any] = {}
        empty = formset.empty_form
        for name in empty.fields:
            blank[name] = empty[name].value()
        data.blank_rows[formset.prefix] = blank
    return data


def add_rows(data: FormData, prefix: str, *rows: dict[str, Any]) -> FormData:
    """Append inline rows (``prefix`` is the formset's, e.g. "parties", "payments")."""
    start = int(data[f"{prefix}-TOTAL_FORMS"])
    for i, row in enumerate(rows, start=start):
        for key, value in {**data.blank_rows[prefix], **row}.items():
            value = _post_value(value)
            if value is not None:
                data[f"{prefix}-{i}-{key}"] = value
    data[f"{prefix}-TOTAL_FORMS"] = str(start + len(rows))
    return data


def new_deal_data(client: Any, **fields: Any) -> FormData:
    data = form_data(client.get(DEAL_ADD))
    data.update(
        {
            "title": "RC148 license",
            "deal_type": Deal.Type.LICENSE,
            "status": Deal.Status.ANNOUNCED,
            "visibility": Deal.Visibility.PUBLIC,
            "announced_on": "2026-01-12",
        }
    )
    for key, value in fields.items():
        value = _post_value(value)
        if value is None:
            data.pop(key, None)
        else:
            data[key] = value
    return data


def error_texts(response: Any) -> str:
    """Every error on the re-rendered page (main form and inlines), as one string."""
    assert response.status_code == 200, response.status_code
    texts = [str(e) for e in response.context["errors"]]
    for inline in response.context["inline_admin_formsets"]:
        texts += [str(e) for e in inline.formset.non_form_errors()]
        for form in inline.formset.forms:
            texts += [str(e) for errors in form.errors.values() for e in errors]
    return " | ".join(texts)


@pytest.fixture
def analyst_client(client: Any, analyst: Any) -> Any:
    client.force_login(analyst)
    return client


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


# --- roles ------------------------------------------------------------------------------------


@pytest.fixture
def viewer_client(client: Any, viewer: Any) -> Any:
    client.force_login(viewer)
    return client


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
