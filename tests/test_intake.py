"""The "New deals from text" screens: extraction review, accept/reject, duplicates, permissions."""

import re
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from companies.models import Asset, Company
from deals.models import Deal, PaymentComponent
from tests.factories import (
    AssetFactory,
    CompanyAliasFactory,
    CompanyFactory,
    DealAssetFactory,
    DealFactory,
    DealPartyFactory,
    RegionFactory,
)

CORPUS = Path(__file__).parent / "corpus"
START = "/admin/intake/"
REVIEW = "/admin/intake/review/"

pytestmark = pytest.mark.django_db


@pytest.fixture
def regions() -> None:
    RegionFactory(code="WW", name="Worldwide")
    RegionFactory(code="GREATER_CHINA", name="Greater China", countries=["CN", "HK", "MO", "TW"])


def _extract(client, text: str, **extra: str):
    data = {
        "text": text,
        "source_url": "https://example.org/news/jpm-wrapup",
        "publisher": "Example Wire",
        "source_title": "JPM wrap-up",
        "published_on": "2026-01-13",
        **extra,
    }
    return client.post(START, data)


def _review_post(response, **overrides: str) -> dict[str, str]:
    """Every form value on the review screen, as the browser would submit it unchanged."""
    html = response.content.decode()
    data: dict[str, str] = {}
    for tag in re.findall(r"<input[^>]*>", html):
        name = re.search(r'name="([^"]+)"', tag)
        if not name:
            continue
        value = re.search(r'value="([^"]*)"', tag)
        kind = re.search(r'type="([^"]+)"', tag)
        kind = kind.group(1) if kind else "text"
        if kind in {"checkbox", "radio"} and "checked" not in tag:
            continue
        data[name.group(1)] = value.group(1) if value else ("on" if kind == "checkbox" else "")
    for select in re.finditer(r'<select name="([^"]+)"[^>]*>(.*?)</select>', html, re.S):
        chosen = re.search(r'<option value="([^"]*)"[^>]*selected', select.group(2))
        first = re.search(r'<option value="([^"]*)"', select.group(2))
        data[select.group(1)] = (chosen or first).group(1)
    for textarea in re.finditer(r'<textarea name="([^"]+)"[^>]*>(.*?)</textarea>', html, re.S):
        data[textarea.group(1)] = textarea.group(2).strip()
    data.update(overrides)
    import html as html_lib

    return {k: html_lib.unescape(v) for k, v in data.items()}


def test_intake_needs_staff_with_add_deal_permission(client, viewer) -> None:
    response = client.get(START)
    assert response.status_code == 302 and "/admin/login/" in response["Location"]
    client.force_login(viewer)  # staff, but may not add deals
    assert client.get(START).status_code == 403
    assert client.post(REVIEW, {"payload": "x"}).status_code == 403


def test_start_page_renders_inside_the_admin(client, analyst) -> None:
    client.force_login(analyst)
    response = client.get(START)
    assert response.status_code == 200
    html = response.content.decode()
    assert "New deals from text" in html
    assert 'id="site-name"' in html  # admin/base_site.html's header
    assert 'name="source_url"' in html


def test_invalid_start_form_shows_errors_not_a_500(client, analyst) -> None:
    client.force_login(analyst)
    response = client.post(
        START, {"text": "", "source_url": "not a url", "published_on": "2026-13-45"}
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert "This field is required." in html
    assert "Enter a valid URL." in html
    assert "Enter a valid date." in html


def test_review_shows_values_beside_quotes_and_known_company_matches(client, analyst) -> None:
    scineuro = CompanyFactory(name="SciNeuro Pharmaceuticals", country="CN")
    CompanyAliasFactory(company=scineuro, name="Sineuro")
    client.force_login(analyst)
    text = (CORPUS / "02_jpm_wrapup_korean_news.txt").read_text(encoding="utf-8")
    response = _extract(client, text)
    assert response.status_code == 200
    html = response.content.decode()
    assert html.count('class="candidate module"') == 4
    # The sentence behind the headline is quoted beside it.
    assert "“The biggest deal came from RemeGen, which on the 12th (local time) licensed" in html
    assert "$5.6 billion" in html
    # Sineuro is matched to SciNeuro through its alias and preselected.
    assert re.search(rf'<option value="{scineuro.pk}" selected>SciNeuro Pharmaceuticals', html)
    assert "Create new company" in html


def test_accepting_creates_internal_draft_with_source_quotes_and_history(
    client,
    analyst,
    regions,
) -> None:
    client.force_login(analyst)
    text = (CORPUS / "01_rc148_license_press_release.txt").read_text(encoding="utf-8")
    response = _extract(client, text, published_on="2026-01-12")
    data = _review_post(response, **{"c0-confirmed": "on"})  # milestones read at 0.7
    assert data["c0-decision"] == "accept"
    response = client.post(REVIEW, data)
    assert response.status_code == 302, response.content.decode()[:3000]

    deal = Deal.objects.get()
    assert deal.visibility == Deal.Visibility.INTERNAL
    assert deal.status == "announced" and deal.deal_type == "license"
    assert deal.announced_on == date(2026, 1, 12)
    assert deal.headline_amount == Decimal("5600000000.00") and deal.headline_currency == "USD"
    roles = {p.role: p.company.name for p in deal.parties.select_related("company")}
    assert roles == {"licensor": "RemeGen", "licensee": "AbbVie"}
    assert [a.asset.name for a in deal.deal_assets.all()] == ["RC148"]
    assert Asset.objects.get(name="RC148").owner.name == "RemeGen"
    payments = {(p.kind, p.amount, p.currency) for p in deal.payments.all()}
    assert payments == {
        ("upfront_cash", Decimal("650000000.00"), "USD"),
        ("milestones", Decimal("4950000000.00"), "USD"),
    }
    assert sorted(t.code for t in deal.territories.all() if not t.excluded) == ["WW"]
    assert [t.code for t in deal.territories.all() if t.excluded] == ["GREATER_CHINA"]
    source = deal.sources.get()
    assert source.url == "https://example.org/news/jpm-wrapup"
    assert source.publisher == "Example Wire" and source.published_on == date(2026, 1, 12)
    assert "RemeGen will receive an upfront payment of $650 million" in source.quote
    upfront = deal.payments.get(kind="upfront_cash")
    assert upfront.source == source and "$650 million" in upfront.quote
    assert deal.royalty.wording.startswith("tiered double-digit royalties")
    # Every new row is in history with the analyst's name.
    assert deal.history.first().history_user == analyst
    assert Company.history.filter(name="AbbVie").get().history_user == analyst
    assert upfront.history.first().history_user == analyst


def test_analyst_edits_replace_extracted_values(client, analyst, regions) -> None:
    client.force_login(analyst)
    text = (CORPUS / "03_zonsen_novartis_upfront_only.txt").read_text(encoding="utf-8")
    response = _extract(client, text)
    data = _review_post(
        response, **{"c0-title": "Zonsen PepLib RLT license", "c0-status": "closed"}
    )
    # Change the upfront and drop the undisclosed milestones row.
    upfront_row = next(k for k, v in data.items() if k.endswith("-kind") and v == "upfront_cash")
    data[upfront_row.replace("-kind", "-amount")] = "55000000"
    milestone_row = next(k for k, v in data.items() if k.endswith("-kind") and v == "milestones")
    data.pop(milestone_row.replace("-kind", "-include"))
    assert client.post(REVIEW, data).status_code == 302
    deal = Deal.objects.get()
    assert deal.title == "Zonsen PepLib RLT license" and deal.status == "closed"
    assert [(p.kind, p.amount) for p in deal.payments.all()] == [
        ("upfront_cash", Decimal("55000000.00"))
    ]


def test_rejected_candidates_create_nothing(client, analyst) -> None:
    client.force_login(analyst)
    text = (CORPUS / "02_jpm_wrapup_korean_news.txt").read_text(encoding="utf-8")
    response = _extract(client, text)
    data = _review_post(response, **{f"c{i}-decision": "reject" for i in range(4)})
    response = client.post(REVIEW, data)
    assert response.status_code == 302
    assert Deal.objects.count() == 0 and Company.objects.count() == 0 and Asset.objects.count() == 0


def test_accepting_one_of_several_creates_only_that_one(client, analyst, regions) -> None:
    client.force_login(analyst)
    text = (CORPUS / "02_jpm_wrapup_korean_news.txt").read_text(encoding="utf-8")
    data = _review_post(
        _extract(client, text),
        **{f"c{i}-decision": "reject" for i in (0, 2, 3)},
        **{"c1-confirmed": "on"},
    )
    assert client.post(REVIEW, data).status_code == 302
    deal = Deal.objects.get()
    assert {p.company.name for p in deal.parties.all()} == {"Novartis", "Sineuro"}
    assert Company.objects.count() == 2


def test_invalid_edit_is_shown_and_nothing_is_saved(client, analyst) -> None:
    client.force_login(analyst)
    text = (CORPUS / "01_rc148_license_press_release.txt").read_text(encoding="utf-8")
    data = _review_post(_extract(client, text), **{"c0-headline_currency": "", "c0-title": ""})
    response = client.post(REVIEW, data)
    assert response.status_code == 400
    html = response.content.decode()
    assert "A draft deal needs a title." in html
    assert "Give the headline&#x27;s currency" in html
    assert Deal.objects.count() == 0 and Company.objects.count() == 0


def test_unknown_territory_code_rolls_back_new_companies(client, analyst) -> None:
    client.force_login(analyst)  # no regions exist: "WW" cannot be resolved
    text = (CORPUS / "01_rc148_license_press_release.txt").read_text(encoding="utf-8")
    response = client.post(REVIEW, _review_post(_extract(client, text), **{"c0-confirmed": "on"}))
    assert response.status_code == 400
    assert "neither a region code" in response.content.decode()
    assert Deal.objects.count() == 0 and Company.objects.count() == 0


def test_tampered_payload_is_refused(client, analyst) -> None:
    client.force_login(analyst)
    text = (CORPUS / "01_rc148_license_press_release.txt").read_text(encoding="utf-8")
    data = _review_post(_extract(client, text))
    data["payload"] = data["payload"][:-3] + "abc"
    response = client.post(REVIEW, data)
    assert response.status_code == 400
    assert Deal.objects.count() == 0


def test_duplicate_warning_for_same_parties_and_asset_within_90_days(client, analyst) -> None:
    remegen = CompanyFactory(name="RemeGen")
    abbvie = CompanyFactory(name="AbbVie")
    rc148 = AssetFactory(name="RC148", owner=remegen)
    existing = DealFactory(title="RC148 license (existing)", announced_on=date(2026, 1, 12))
    DealPartyFactory(deal=existing, company=remegen, role="licensor")
    DealPartyFactory(deal=existing, company=abbvie, role="licensee")
    DealAssetFactory(deal=existing, asset=rc148)
    old = DealFactory(title="Old RC148 deal", announced_on=date(2025, 6, 1))
    DealPartyFactory(deal=old, company=remegen, role="licensor")
    DealPartyFactory(deal=old, company=abbvie, role="licensee")
    DealAssetFactory(deal=old, asset=rc148)
    client.force_login(analyst)
    text = (CORPUS / "01_rc148_license_press_release.txt").read_text(encoding="utf-8")
    html = _extract(client, text, published_on="2026-01-12").content.decode()
    assert "Possible duplicate" in html
    assert "RC148 license (existing)" in html
    assert "Old RC148 deal" not in html  # more than 90 days earlier


def test_no_duplicate_warning_for_other_parties(client, analyst) -> None:
    remegen = CompanyFactory(name="RemeGen")
    other = DealFactory(title="RemeGen and someone else", announced_on=date(2026, 1, 12))
    DealPartyFactory(deal=other, company=remegen, role="licensor")
    DealPartyFactory(deal=other, company=CompanyFactory(name="Pfizer"), role="licensee")
    CompanyFactory(name="AbbVie")
    client.force_login(analyst)
    text = (CORPUS / "01_rc148_license_press_release.txt").read_text(encoding="utf-8")
    assert "Possible duplicate" not in _extract(client, text).content.decode()


def test_text_without_deals_says_so(client, analyst) -> None:
    client.force_login(analyst)
    text = (CORPUS / "10_no_deal_terms.txt").read_text(encoding="utf-8")
    html = _extract(client, text).content.decode()
    assert "No deal was found in this text" in html
    assert PaymentComponent.objects.count() == 0


# --- Issue 14: roles, confidence, swap, duplicates, typed values, publish ------------------

HANALL_TEXT = """HanAll Biopharma licenses ZX-2021 to Boehringer Ingelheim

SEOUL and INGELHEIM, Germany, Jan 2026 -- Boehringer Ingelheim licensed worldwide rights to \
ZX-2021 from HanAll Biopharma for $40M upfront and up to $1.1B in milestones.

ZX-2021 is an oral anti-inflammatory small molecule in Phase 1. HanAll is also eligible for \
tiered royalties on net sales.
"""
# No sentence says who licenses to whom: the roles are guesses the analyst must confirm.
NO_CUE_TEXT = (
    "Korvana Bio entered into a license agreement with Nordhaven Pharma for ZX-1, with "
    "$20 million upfront."
)


def test_hanall_boehringer_through_intake_gets_roles_amounts_and_month(
    client, analyst, regions
) -> None:
    client.force_login(analyst)
    response = _extract(client, HANALL_TEXT, published_on="2026-01-20")
    html = response.content.decode()
    assert 'value="Jan 2026"' in html
    assert 'data-confidence="0.95"' in html  # the roles' confidence is shown
    data = _review_post(response, **{"c0-title": "HanAll / Boehringer ZX-2021 license"})
    assert data["c0-party-0-role"] == "licensor" and data["c0-party-1-role"] == "licensee"
    response = client.post(REVIEW, data)
    assert response.status_code == 302, response.content.decode()[-3000:]
    deal = Deal.objects.get()
    roles = {p.role: p.company.name for p in deal.parties.select_related("company")}
    assert roles == {"licensee": "Boehringer Ingelheim", "licensor": "HanAll Biopharma"}
    assert (deal.announced_on, deal.announced_on_precision) == (date(2026, 1, 1), "month")
    assert {(p.kind, p.amount) for p in deal.payments.all()} == {
        ("upfront_cash", Decimal("40000000.00")),
        ("milestones", Decimal("1100000000.00")),
    }
    assert deal.visibility == Deal.Visibility.INTERNAL


def test_low_confidence_values_must_be_confirmed(client, analyst) -> None:
    client.force_login(analyst)
    response = _extract(client, NO_CUE_TEXT)
    html = response.content.decode()
    assert "confirm" in html and 'name="c0-confirmed"' in html
    data = _review_post(response)
    response = client.post(REVIEW, data)
    assert response.status_code == 400
    assert "Confirm the values read with low confidence" in response.content.decode()
    assert not Deal.objects.exists()
    response = client.post(REVIEW, {**data, "c0-confirmed": "on"})
    assert response.status_code == 302
    assert Deal.objects.count() == 1


def test_swap_parties_puts_each_party_on_the_other_side(client, analyst) -> None:
    client.force_login(analyst)
    response = _extract(client, NO_CUE_TEXT)
    assert 'name="swap" value="c0"' in response.content.decode()
    data = _review_post(response)
    before = (data["c0-party-0-role"], data["c0-party-1-role"])
    swapped = client.post(REVIEW, {**data, "swap": "c0"})
    assert swapped.status_code == 200
    assert not Deal.objects.exists()  # a swap saves nothing
    after = _review_post(swapped)
    assert (after["c0-party-0-role"], after["c0-party-1-role"]) == before[::-1]
    response = client.post(REVIEW, {**after, "c0-confirmed": "on"})
    assert response.status_code == 302
    roles = {p.company.name: p.role for p in Deal.objects.get().parties.select_related("company")}
    assert (roles["Korvana Bio"], roles["Nordhaven Pharma"]) == (before[1], before[0])


def test_accept_is_not_preselected_on_a_possible_duplicate(client, analyst) -> None:
    remegen = CompanyFactory(name="RemeGen")
    abbvie = CompanyFactory(name="AbbVie")
    rc148 = AssetFactory(name="RC148", owner=remegen)
    existing = DealFactory(title="RC148 license (existing)", announced_on=date(2026, 1, 12))
    DealPartyFactory(deal=existing, company=remegen, role="licensor")
    DealPartyFactory(deal=existing, company=abbvie, role="licensee")
    DealAssetFactory(deal=existing, asset=rc148)
    client.force_login(analyst)
    text = (CORPUS / "01_rc148_license_press_release.txt").read_text(encoding="utf-8")
    response = _extract(client, text, published_on="2026-01-12")
    data = _review_post(response)
    assert "c0-decision" not in data  # neither Accept nor Reject is ticked
    response = client.post(REVIEW, data)
    assert response.status_code == 400
    assert "Choose Accept or Reject" in response.content.decode()
    assert Deal.objects.count() == 1


def test_review_takes_typed_amounts_and_publish_now(client, analyst, regions) -> None:
    client.force_login(analyst)
    response = _extract(client, HANALL_TEXT, published_on="2026-01-20")
    data = _review_post(
        response,
        **{
            "c0-headline_amount": "$1.14B",
            "c0-headline_currency": "",
            "c0-publish": "on",
            "c0-title": "HanAll / Boehringer ZX-2021 license",
        },
    )
    response = client.post(REVIEW, data)
    assert response.status_code == 302, response.content.decode()[:3000]
    deal = Deal.objects.get()
    assert (deal.headline_amount, deal.headline_currency) == (Decimal("1140000000.00"), "USD")
    assert deal.visibility == Deal.Visibility.PUBLIC


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"c0-headline_amount": "1.1 bilion", "c0-headline_currency": "USD"}, "is not an amount"),
        ({"c0-announced_on": "32 Jan 2026"}, "is not a day of the calendar"),
    ],
)
def test_review_refuses_unreadable_values_and_saves_nothing(
    client, analyst, overrides, message
) -> None:
    client.force_login(analyst)
    response = _extract(client, HANALL_TEXT, published_on="2026-01-20")
    response = client.post(REVIEW, _review_post(response, **overrides))
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not Deal.objects.exists() and not Company.objects.exists()


def test_a_company_name_matching_two_companies_is_a_form_error(client, analyst) -> None:
    CompanyFactory(name="HanAll Biopharma", slug="hanall-biopharma")
    CompanyFactory(name="HanAll Biopharma Co., Ltd.", slug="hanall-biopharma-co")
    client.force_login(analyst)
    response = _extract(client, HANALL_TEXT, published_on="2026-01-20")
    data = _review_post(response)
    hanall = next(k for k, v in data.items() if k.endswith("-name") and v == "HanAll Biopharma")
    data[hanall.replace("-name", "-match")] = "new"
    data[hanall.replace("-name", "-company_slug")] = ""
    response = client.post(REVIEW, data)
    assert response.status_code == 400
    assert "matches 2 companies" in response.content.decode()
    assert not Deal.objects.exists()
    assert Company.objects.count() == 2
