"""Writes through the API: one atomic request per deal, validation as 400s (never a 500),
ETag / If-Match, version and history, 409 on deleting what is still referenced.
"""

from datetime import date
from decimal import Decimal

import pytest
from rest_framework.test import APIClient

from companies.models import Company
from deals.models import Deal, DealParty, PaymentComponent, Source
from tests import factories as f

pytestmark = pytest.mark.django_db


@pytest.fixture
def writer(api_tokens) -> APIClient:
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {api_tokens['write']}")
    return client


@pytest.fixture
def jpm_world() -> None:
    f.ConferenceFactory(name="JPM 2026", slug="jpm-2026", year=2026)
    f.CompanyFactory(name="RemeGen", slug="remegen", country="CN")
    f.CompanyFactory(name="AbbVie", slug="abbvie", country="US")
    f.AssetFactory(name="RC148", slug="rc148")
    f.RegionFactory(code="WW", name="Worldwide")
    f.RegionFactory(code="GREATER_CHINA", name="Greater China")


RELEASE = "https://example.org/remegen-abbvie"


def rc148_body(**changes: object) -> dict:
    body = {
        "title": "RemeGen licenses RC148 to AbbVie",
        "deal_type": "license",
        "status": "announced",
        "exclusive": True,
        "announced_on": "2026-01-12",
        "conference": "jpm-2026",
        "summary": "PD-1 x VEGF bispecific, outside Greater China.",
        "parties": [
            {"role": "licensor", "company": "remegen"},
            {"role": "licensee", "company": "abbvie"},
        ],
        "assets": [{"asset": "rc148", "phase_at_signing": "phase_1"}],
        "territory": {"included": ["WW"], "excluded": ["GREATER_CHINA"]},
        "headline_value": {"amount": "5600000000", "currency": "USD", "source": RELEASE},
        "payments": [
            {"kind": "upfront_cash", "amount": "650000000", "currency": "USD", "source": RELEASE},
            {"kind": "milestones", "amount": "4950000000", "currency": "USD"},
        ],
        "royalty": {"tiered": True, "wording": "tiered double-digit royalties"},
        "sources": [{"url": RELEASE, "publisher": "RemeGen", "published_on": "2026-01-12"}],
        "events": [{"kind": "announced", "date": "2026-01-12"}],
    }
    body.update(changes)
    return body


def test_post_creates_a_deal_with_every_nested_part_in_one_request(writer, jpm_world) -> None:
    response = writer.post("/api/v1/deals/", rc148_body(), format="json")

    assert response.status_code == 201, response.json()
    data = response.json()
    assert response["Location"] == data["api_url"]
    assert response["ETag"].startswith('"')
    deal = Deal.objects.get(slug=data["slug"])
    assert [(p.role, p.company.slug) for p in deal.parties.all()] == [
        ("licensor", "remegen"),
        ("licensee", "abbvie"),
    ]
    assert data["territory"] == {"included": ["WW"], "excluded": ["GREATER_CHINA"]}
    assert data["headline_value"]["source"] == RELEASE
    assert [p["kind"] for p in data["payments"]] == ["upfront_cash", "milestones"]
    assert data["payments"][1]["contingent"] is True  # milestones always are
    assert data["totals_usd"]["upfront"] == "650000000.00"
    assert data["royalty"]["wording"] == "tiered double-digit royalties"
    assert data["conference"]["slug"] == "jpm-2026"
    assert data["version"] == 1
    assert deal.created_by.username == "ana"


def test_references_accept_ids_as_well_as_slugs(writer, jpm_world) -> None:
    from companies.models import Company

    abbvie = Company.objects.get(slug="abbvie")
    body = rc148_body(parties=[{"role": "licensee", "company": abbvie.pk}])
    response = writer.post("/api/v1/deals/", body, format="json")
    assert response.status_code == 201
    assert response.json()["parties"][0]["company"]["slug"] == "abbvie"


def test_undisclosed_counterparty_and_amount_are_written_as_undisclosed(writer, jpm_world) -> None:
    body = rc148_body(
        title="ALT-B4 talks",
        status="negotiation",
        parties=[{"role": "licensor", "company": "remegen"}, {"role": "licensee", "company": None}],
        payments=[{"kind": "upfront_cash", "disclosed": False}],
        headline_value=None,
        royalty=None,
    )
    data = writer.post("/api/v1/deals/", body, format="json").json()
    assert data["parties"][1] == {
        "role": "licensee",
        "company": None,
        "disclosed": False,
        "name_as_reported": None,
    }
    assert data["payments"][0]["amount"] is None and data["payments"][0]["disclosed"] is False
    assert data["headline_value"] is None and data["royalty"] is None


@pytest.mark.parametrize(
    ("changes", "errors"),
    [
        ({"deal_type": "handshake"}, {"deal_type"}),
        ({"title": ""}, {"title"}),
        ({"announced_on": "2026-13-01"}, {"announced_on"}),
        ({"signed_on": "2026-02-01"}, {"announced_on"}),  # announced before signed
        ({"conference": "jpm-2099"}, {"conference"}),
        ({"parties": [{"role": "licensee", "company": "pfizer"}]}, {"parties"}),
        ({"parties": [{"role": "boss", "company": "abbvie"}]}, {"parties"}),
        ({"parties": [{"role": "licensee", "company": True}]}, {"parties"}),
        ({"assets": [{"asset": "no-such-asset"}]}, {"assets"}),
        ({"territory": {"included": ["XX"]}}, {"territory"}),
        ({"headline_value": {"amount": "5", "currency": "DOLLARS"}}, {"headline_value"}),
        ({"headline_value": {"amount": "-5", "currency": "USD"}}, {"headline_value"}),
        ({"headline_value": {"amount": "1e40", "currency": "USD"}}, {"headline_value"}),
        ({"payments": [{"kind": "upfront_cash", "currency": "USD"}]}, {"payments"}),
        (
            {"payments": [{"kind": "upfront_cash", "amount": "NaN", "currency": "USD"}]},
            {"payments"},
        ),
        ({"payments": [{"kind": "upfront_cash", "amount": "5"}]}, {"payments"}),
        ({"payments": [{"kind": "bribe", "amount": "5", "currency": "USD"}]}, {"payments"}),
        ({"royalty": {"min_pct": "20", "max_pct": "10"}}, {"royalty"}),
        ({"royalty": {"min_pct": "120"}}, {"royalty"}),
        ({"royalty": {"disclosed": True}}, {"royalty"}),
        ({"sources": [{"url": "not a url"}]}, {"sources"}),
        ({"events": [{"kind": "announced", "amount": "5"}]}, {"events"}),
        ({"headline": {"amount": "5", "currency": "USD"}}, {"headline"}),  # misspelt key
        (
            {"payments": [{"kind": "upfront_cash", "amount": "5", "currency": "USD", "x": 1}]},
            {"payments"},
        ),
        ({"visibility": "secret"}, {"visibility"}),
    ],
)
def test_invalid_deal_is_a_400_naming_the_field(writer, jpm_world, changes, errors) -> None:
    response = writer.post("/api/v1/deals/", rc148_body(**changes), format="json")
    assert response.status_code == 400, response.content
    assert set(response.json()) == errors
    assert not Deal.objects.exists()  # all or nothing


def test_nested_errors_say_which_item_and_field(writer, jpm_world) -> None:
    body = rc148_body(
        payments=[
            {"kind": "upfront_cash", "amount": "650000000", "currency": "USD"},
            {"kind": "upfront_cash", "disclosed": False, "amount": "5", "currency": "USD"},
        ],
        parties=[
            {"role": "licensor", "company": "abbvie"},
            {"role": "licensee", "company": "abbvie"},
        ],
    )
    errors = writer.post("/api/v1/deals/", body, format="json").json()
    assert list(errors["payments"]) == ["1"] and "amount" in errors["payments"]["1"]
    assert errors["parties"] == {"1": {"company": ["A company takes one role per deal."]}}


def test_payment_pointing_at_an_unknown_source_is_refused(writer, jpm_world) -> None:
    body = rc148_body(
        payments=[
            {"kind": "upfront_cash", "amount": "1", "currency": "USD", "source": "https://x.org/"}
        ]
    )
    errors = writer.post("/api/v1/deals/", body, format="json").json()
    assert errors == {
        "payments": {"0": {"source": ["“https://x.org/” is not one of this deal's sources."]}}
    }


def test_patch_replaces_only_the_parts_it_sends(writer, jpm_world) -> None:
    created = writer.post("/api/v1/deals/", rc148_body(), format="json").json()
    url = created["api_url"]

    response = writer.patch(url, {"status": "closed"}, format="json")
    assert response.status_code == 200
    data = response.json()
    assert data["status"] == "closed"
    assert len(data["payments"]) == 2 and len(data["parties"]) == 2  # untouched
    assert data["version"] == 2

    data = writer.patch(
        url,
        {"payments": [{"kind": "upfront_cash", "amount": "700000000", "currency": "USD"}]},
        format="json",
    ).json()
    assert [p["amount"] for p in data["payments"]] == ["700000000.00"]
    assert data["headline_value"]["source"] == RELEASE  # sources were not sent: kept


def test_put_replaces_the_whole_deal(writer, jpm_world) -> None:
    created = writer.post("/api/v1/deals/", rc148_body(), format="json").json()
    body = {"title": "RC148 (restated)", "deal_type": "license"}
    data = writer.put(created["api_url"], body, format="json").json()
    assert data["title"] == "RC148 (restated)"
    assert data["payments"] == [] and data["parties"] == [] and data["royalty"] is None
    assert data["slug"] == created["slug"]  # links people shared keep working
    assert writer.put(created["api_url"], {"title": "No type"}, format="json").status_code == 400


def test_changing_the_announcement_date_reprices_foreign_currency_terms(writer, jpm_world) -> None:
    f.FxRateFactory(currency="CNY", date=date(2026, 1, 1), usd_per_unit=Decimal("0.14"))
    f.FxRateFactory(currency="CNY", date=date(2026, 2, 1), usd_per_unit=Decimal("0.15"))
    body = rc148_body(payments=[{"kind": "upfront_cash", "amount": "100", "currency": "CNY"}])
    created = writer.post("/api/v1/deals/", body, format="json").json()
    assert created["payments"][0]["amount_usd"] == "14.00"
    data = writer.patch(created["api_url"], {"announced_on": "2026-02-02"}, format="json").json()
    assert data["payments"][0]["amount_usd"] == "15.00"


def test_if_match_guards_against_lost_updates(writer, jpm_world) -> None:
    created = writer.post("/api/v1/deals/", rc148_body(), format="json")
    url, etag = created.json()["api_url"], created["ETag"]
    assert writer.get(url)["ETag"] == etag  # a read gives the same tag

    first = writer.patch(url, {"status": "closed"}, format="json", HTTP_IF_MATCH=etag)
    assert first.status_code == 200 and first["ETag"] != etag
    stale = writer.patch(url, {"status": "terminated"}, format="json", HTTP_IF_MATCH=etag)
    assert stale.status_code == 412
    assert writer.delete(url, HTTP_IF_MATCH=etag).status_code == 412
    assert Deal.objects.get().status == "closed"

    assert (
        writer.patch(url, {"status": "terminated"}, format="json", HTTP_IF_MATCH="*").status_code
        == 200
    )
    fresh = writer.get(url)["ETag"]
    assert writer.delete(url, HTTP_IF_MATCH=fresh).status_code == 204


def test_etag_changes_when_a_nested_part_changes_outside_the_api(writer, jpm_world) -> None:
    created = writer.post("/api/v1/deals/", rc148_body(), format="json").json()
    etag = writer.get(created["api_url"])["ETag"]
    PaymentComponent.objects.filter(kind="milestones").update(note="per Reuters")
    assert writer.get(created["api_url"])["ETag"] != etag


def test_history_records_the_token_user_on_every_row(writer, jpm_world) -> None:
    created = writer.post("/api/v1/deals/", rc148_body(), format="json").json()
    writer.patch(created["api_url"], {"status": "closed"}, format="json")

    deal = Deal.objects.get()
    assert [
        (h.history_type, h.history_user.username) for h in deal.history.order_by("history_id")
    ] == [
        ("+", "ana"),
        ("~", "ana"),
    ]
    assert deal.history.first().history_change_reason == "API write"
    assert {h.history_user.username for h in DealParty.history.all()} == {"ana"}
    assert {h.history_user.username for h in Source.history.all()} == {"ana"}


def test_a_failed_write_leaves_the_deal_as_it_was(writer, jpm_world) -> None:
    created = writer.post("/api/v1/deals/", rc148_body(), format="json").json()
    bad = {"status": "closed", "payments": [{"kind": "upfront_cash", "currency": "USD"}]}
    assert writer.patch(created["api_url"], bad, format="json").status_code == 400
    deal = Deal.objects.get()
    assert deal.status == "announced" and deal.payments.count() == 2 and deal.version == 1


def test_deleting_a_referenced_company_or_conference_is_409(writer, jpm_world) -> None:
    writer.post("/api/v1/deals/", rc148_body(), format="json")
    response = writer.delete("/api/v1/companies/abbvie/")
    assert response.status_code == 409
    assert response.json() == {
        "detail": "Cannot delete: still referenced by 1 deal party. Remove or reassign those first."
    }
    assert writer.delete("/api/v1/conferences/jpm-2026/").status_code == 409
    assert writer.delete("/api/v1/assets/rc148/").status_code == 409
    assert writer.delete("/api/v1/companies/remegen/").status_code == 409


def test_company_write_validates_like_the_database(writer, jpm_world) -> None:
    body = {
        "name": "SciNeuro Pharmaceuticals",
        "country": "cn",
        "ownership": "private",
        "aliases": [{"name": "Sineuro", "kind": "spelling"}],
        "listings": [],
    }
    response = writer.post("/api/v1/companies/", body, format="json")
    assert response.status_code == 201, response.json()
    data = response.json()
    assert data["country"] == "CN" and data["aliases"][0]["name"] == "Sineuro"
    assert Company.history.get(slug=data["slug"]).history_user.username == "ana"
    # The new alias is searchable at once.
    assert writer.get("/api/v1/deals/", {"q": "sineuro"}).status_code == 200

    url = data["api_url"]
    assert writer.patch(url, {"country": "XX"}, format="json").status_code == 400
    assert writer.patch(url, {"parent": "scineuro-pharmaceuticals"}, format="json").json() == {
        "parent": ["A company cannot be its own parent."]
    }
    bad_alias = {"aliases": [{"name": "S", "valid_from": "2026-02-01", "valid_to": "2026-01-01"}]}
    assert writer.patch(url, bad_alias, format="json").status_code == 400
    duplicate = writer.post("/api/v1/companies/", dict(body, slug="abbvie"), format="json")
    assert duplicate.status_code == 400 and "slug" in duplicate.json()


def test_asset_write_takes_targets_and_areas_by_slug(writer, jpm_world) -> None:
    f.TargetFactory(name="PD-1")
    f.TherapeuticAreaFactory(name="Oncology")
    body = {
        "name": "ALT-B4",
        "owner": "remegen",
        "modality": "platform",
        "is_platform": True,
        "targets": ["pd-1"],
        "therapeutic_areas": ["oncology"],
        "aliases": [{"name": "ALTB4"}],
    }
    data = writer.post("/api/v1/assets/", body, format="json").json()
    assert data["targets"][0]["slug"] == "pd-1" and data["owner"]["slug"] == "remegen"
    bad = writer.post("/api/v1/assets/", dict(body, targets=["nope"], name="X"), format="json")
    assert bad.status_code == 400 and "targets" in bad.json()


def test_conference_write_checks_dates_and_time_zone(writer, jpm_world) -> None:
    body = {
        "name": "JPM 2027",
        "series": "jp-morgan-healthcare-conference",
        "year": 2027,
        "start_date": "2027-01-14",
        "end_date": "2027-01-11",
        "timezone": "Mars/Olympus",
    }
    errors = writer.post("/api/v1/conferences/", body, format="json").json()
    assert set(errors) >= {"timezone"}
    body.update(end_date="2027-01-15", timezone="America/Los_Angeles")
    assert writer.post("/api/v1/conferences/", body, format="json").status_code == 201
    again = writer.post("/api/v1/conferences/", dict(body, name="JPM 2027 bis"), format="json")
    assert again.status_code == 400  # one edition per series and year


def test_malformed_json_is_a_400(writer, jpm_world) -> None:
    response = writer.post("/api/v1/deals/", "{not json", content_type="application/json")
    assert response.status_code == 400
    response = writer.post("/api/v1/deals/", [1, 2], format="json")
    assert response.status_code == 400


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        (
            {"payments": [{"kind": "upfront_cash", "amount": 650000000.1, "currency": "USD"}]},
            "payments",
        ),
        ({"title": 148}, "title"),
        ({"exclusive": "yes"}, "exclusive"),
        ({"sources": [{"url": RELEASE, "quote": 0}]}, "sources"),
        ({"parties": {"role": "licensor"}}, "parties"),
        ({"conference": "jpm\x00"}, "conference"),
        ({"summary": "nul \x00 byte"}, "summary"),
    ],
)
def test_json_types_are_not_coerced(writer, jpm_world, changes, field) -> None:
    # A float amount or a number for a name is a client bug: refuse it instead of guessing.
    response = writer.post("/api/v1/deals/", rc148_body(**changes), format="json")
    assert response.status_code == 400
    assert list(response.json()) == [field]


def test_form_encoded_bodies_are_refused(writer, jpm_world) -> None:
    response = writer.post("/api/v1/companies/", {"name": "Form Bio"}, format="multipart")
    assert response.status_code == 415
    response = writer.post(
        "/api/v1/companies/", "name=Form+Bio", content_type="application/x-www-form-urlencoded"
    )
    assert response.status_code == 415


def test_nul_in_a_detail_url_is_a_404(writer, jpm_world) -> None:
    assert writer.get("/api/v1/companies/abb%00vie/").status_code == 404


def test_etag_depends_only_on_what_each_reader_sees(writer, jpm_world) -> None:
    # The tag used to digest one state for every reader, analyst notes included, so an
    # anonymous reader could test guesses of a public deal's notes offline. Now each reader's
    # tag is a digest of the JSON that reader received, and writers send their own.
    from core.api.base import etag_for

    created = writer.post("/api/v1/deals/", rc148_body(analyst_notes="check"), format="json")
    url = created.json()["api_url"]
    anonymous = APIClient()
    public_read, writer_read = anonymous.get(url), writer.get(url)
    assert public_read["ETag"] == etag_for(public_read.json())
    assert writer_read["ETag"] == etag_for(writer_read.json()) != public_read["ETag"]
    # A write takes the writer's own tag; a tag of another representation is not current.
    stale = writer.patch(
        url, {"status": "closed"}, format="json", HTTP_IF_MATCH=public_read["ETag"]
    )
    assert stale.status_code == 412
    ok = writer.patch(url, {"status": "closed"}, format="json", HTTP_IF_MATCH=writer_read["ETag"])
    assert ok.status_code == 200


def test_editing_analyst_notes_changes_the_etag_of_those_who_see_them_only(
    writer, jpm_world
) -> None:
    created = writer.post("/api/v1/deals/", rc148_body(), format="json")
    url, etag = created.json()["api_url"], created["ETag"]
    public_etag = APIClient().get(url)["ETag"]
    # Outside the API (the version and updated_at stay): only the notes differ.
    Deal.objects.filter(slug=created.json()["slug"]).update(analyst_notes="new note")
    assert writer.get(url)["ETag"] != etag
    assert APIClient().get(url)["ETag"] == public_etag
    changed = writer.patch(url, {"analyst_notes": "newer"}, format="json", HTTP_IF_MATCH=etag)
    assert changed.status_code == 412  # the writer's tag went stale with the notes


def test_event_and_source_dates_are_written_with_their_precision(writer, jpm_world) -> None:
    """A month typed for an event or a source is kept as a month; a corrected day sent
    without its precision is a day again, not the month it was."""
    body = rc148_body(
        sources=[{"url": RELEASE, "published_on": "2026-01-20", "published_on_precision": "month"}],
        events=[{"kind": "closed", "date": "2026-02-17", "date_precision": "month"}],
    )
    data = writer.post("/api/v1/deals/", body, format="json").json()
    assert (data["sources"][0]["published_on"], data["sources"][0]["published_on_precision"]) == (
        "2026-01-01",
        "month",
    )
    assert (data["events"][0]["date"], data["events"][0]["date_precision"]) == (
        "2026-02-01",
        "month",
    )
    fixed = writer.patch(
        data["api_url"],
        {"sources": [{"url": RELEASE, "published_on": "2026-01-12"}]},
        format="json",
    ).json()
    assert (fixed["sources"][0]["published_on"], fixed["sources"][0]["published_on_precision"]) == (
        "2026-01-12",
        "day",
    )
    bad = writer.patch(
        data["api_url"],
        {"events": [{"kind": "closed", "date": "2026-02-01", "date_precision": "week"}]},
        format="json",
    )
    assert bad.status_code == 400 and "date_precision" in bad.content.decode()
