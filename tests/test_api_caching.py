"""HTTP caching of the API's reads (core/api/caching.py): ETags per reader, 304, headers.

A response that differs by token must never be served from a shared cache to someone else,
and an ETag must say nothing about what its reader cannot see.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from rest_framework.test import APIClient

from deals.models import Deal
from tests import factories as f

pytestmark = pytest.mark.django_db


@pytest.fixture
def world() -> dict[str, str]:
    conference = f.ConferenceFactory(year=2026)
    company = f.CompanyFactory(name="Pfizer")
    public = f.DealFactory(title="Public deal", conference=conference, analyst_notes="hunch")
    f.DealPartyFactory(deal=public, company=company, role="licensee")
    f.PaymentFactory(deal=public, amount=Decimal(100))
    internal = f.DealFactory(
        title="Internal deal", conference=conference, visibility=Deal.Visibility.INTERNAL
    )
    f.DealPartyFactory(deal=internal, company=company, role="licensor")
    return {"deal": public.slug, "company": company.slug, "conference": conference.slug}


@pytest.fixture
def insider(viewer: Any) -> APIClient:
    from accounts.models import create_token

    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {create_token(viewer)[1]}")
    return client


def _paths(world: dict[str, str]) -> list[str]:
    return [
        f"/api/v1/deals/{world['deal']}/",
        "/api/v1/deals/",
        "/api/v1/deals/?q=Public",
        f"/api/v1/companies/{world['company']}/",
        "/api/v1/companies/",
        f"/api/v1/conferences/{world['conference']}/",
        "/api/v1/assets/",
        "/api/v1/targets/",
        "/api/v1/comps/",
        f"/api/v1/analytics/conference/{world['conference']}/",
    ]


@pytest.mark.parametrize("reader", ["anonymous", "insider"])
def test_reads_answer_304_to_their_own_etag(
    world: dict[str, str], insider: APIClient, reader: str
) -> None:
    client = insider if reader == "insider" else APIClient()
    for path in _paths(world):
        first = client.get(path)
        assert first.status_code == 200, path
        etag = first["ETag"]
        again = client.get(path, HTTP_IF_NONE_MATCH=etag)
        assert again.status_code == 304, path
        assert again.content == b"" and again["ETag"] == etag
        assert client.get(path, HTTP_IF_NONE_MATCH='"other"').status_code == 200


def test_a_change_the_reader_can_see_gives_a_new_etag(world: dict[str, str]) -> None:
    client = APIClient()
    paths = _paths(world)
    etags = {path: client.get(path)["ETag"] for path in paths}
    Deal.objects.filter(slug=world["deal"]).update(title="Public deal, renamed")
    shows_title = [p for p in paths if p.split("?")[0] not in ("/api/v1/companies/",)][:5]
    assert "/api/v1/assets/" not in shows_title
    for path in [*shows_title, f"/api/v1/conferences/{world['conference']}/"]:
        response = client.get(path, HTTP_IF_NONE_MATCH=etags[path])
        assert response.status_code == 200, path
        assert response["ETag"] != etags[path]


def test_a_change_only_insiders_see_keeps_the_public_etag(
    world: dict[str, str], insider: APIClient
) -> None:
    anonymous = APIClient()
    paths = _paths(world)
    public = {path: anonymous.get(path)["ETag"] for path in paths}
    private = {path: insider.get(path)["ETag"] for path in paths}
    Deal.objects.filter(title="Internal deal").update(title="Internal deal, renamed")
    Deal.objects.filter(slug=world["deal"]).update(analyst_notes="another hunch")
    for path in paths:
        assert anonymous.get(path, HTTP_IF_NONE_MATCH=public[path]).status_code == 304, path
    changed = [path for path in paths if insider.get(path)["ETag"] != private[path]]
    assert f"/api/v1/deals/{world['deal']}/" in changed  # the notes
    assert f"/api/v1/conferences/{world['conference']}/" in changed  # the internal deal


def test_one_readers_etag_is_not_another_readers(world: dict[str, str], insider: APIClient) -> None:
    path = f"/api/v1/deals/{world['deal']}/"
    public_etag = APIClient().get(path)["ETag"]
    # The insider's representation holds the notes: the public tag does not validate it.
    assert insider.get(path, HTTP_IF_NONE_MATCH=public_etag).status_code == 200


def test_responses_that_differ_by_token_are_never_cached_publicly(
    world: dict[str, str], insider: APIClient
) -> None:
    for path in _paths(world):
        public = APIClient().get(path)
        private = insider.get(path)
        for response in (public, private):
            vary = {v.strip().lower() for v in response["Vary"].split(",")}
            assert {"accept", "authorization", "cookie"} <= vary, path
            assert "no-cache" in response["Cache-Control"]
        assert "private" in private["Cache-Control"] and "public" not in private["Cache-Control"]
        assert "public" in public["Cache-Control"]


def test_a_session_reader_is_private_too(world: dict[str, str], client: Any, viewer: Any) -> None:
    client.force_login(viewer)
    response = client.get(f"/api/v1/deals/{world['deal']}/", HTTP_ACCEPT="application/json")
    assert "private" in response["Cache-Control"]


def test_errors_and_writes_carry_no_etag(world: dict[str, str]) -> None:
    client = APIClient()
    missing = client.get("/api/v1/deals/no-such-deal/")
    assert missing.status_code == 404 and not missing.has_header("ETag")
    bad = client.get("/api/v1/deals/?licencee=x")
    assert bad.status_code == 400 and not bad.has_header("ETag")


def test_the_schema_documents_304_and_413(client: Any) -> None:
    schema = client.get("/api/schema/?format=json").json()
    deals = schema["paths"]["/api/v1/deals/"]
    assert "304" in deals["get"]["responses"] and "413" in deals["post"]["responses"]
    detail = schema["paths"]["/api/v1/deals/{slug}/"]
    assert "304" in detail["get"]["responses"] and "413" in detail["patch"]["responses"]
