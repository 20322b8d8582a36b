"""Who may do what: anonymous, read token, write token (Viewer and Analyst) × endpoints × methods.

Reads are public; a write needs a token with the write scope *and* the user's model
permission (the Analyst role). A session login reads but never writes.
"""

import pytest
from rest_framework.test import APIClient

from tests import factories as f

pytestmark = pytest.mark.django_db

# Endpoint → (a valid body for POST, a valid body for PATCH).
WRITABLE = {
    "deals": ({"title": "New deal", "deal_type": "license"}, {"status": "closed"}),
    "companies": ({"name": "New Bio", "country": "KR"}, {"city": "Seoul"}),
    "assets": ({"name": "NB-001", "modality": "adc"}, {"highest_phase": "phase_2"}),
    "conferences": (
        {
            "name": "JPM 2027",
            "series": "jp-morgan-healthcare-conference",
            "year": 2027,
            "start_date": "2027-01-11",
            "end_date": "2027-01-14",
        },
        {"city": "San Francisco"},
    ),
}
READ_ONLY = ("targets", "therapeutic-areas")
CLIENTS = ("anonymous", "read", "viewer_write", "write")


@pytest.fixture
def objects() -> dict[str, str]:
    """One unreferenced object per endpoint, so that DELETE can succeed."""
    f.ConferenceSeriesFactory()
    return {
        "deals": f.DealFactory(title="Old deal").slug,
        "companies": f.CompanyFactory(name="Old Bio").slug,
        "assets": f.AssetFactory(name="OB-001", owner=None).slug,
        "conferences": f.ConferenceFactory(year=2020).slug,
        "targets": f.TargetFactory(name="TROP2").slug,
        "therapeutic-areas": f.TherapeuticAreaFactory(name="Oncology").slug,
    }


def _client(who: str, api_tokens: dict[str, str]) -> APIClient:
    client = APIClient()
    if who != "anonymous":
        client.credentials(HTTP_AUTHORIZATION=f"Token {api_tokens[who]}")
    return client


@pytest.mark.parametrize("who", CLIENTS)
@pytest.mark.parametrize("endpoint", [*WRITABLE, *READ_ONLY])
def test_everyone_reads_every_endpoint(who, endpoint, objects, api_tokens) -> None:
    client = _client(who, api_tokens)
    assert client.get(f"/api/v1/{endpoint}/").status_code == 200
    assert client.get(f"/api/v1/{endpoint}/{objects[endpoint]}/").status_code == 200
    assert client.head(f"/api/v1/{endpoint}/").status_code == 200
    assert client.options(f"/api/v1/{endpoint}/").status_code == 200


# (who, expected status for POST, PATCH, PUT, DELETE)
EXPECTED = {
    "anonymous": (401, 401, 401, 401),  # no credentials: WWW-Authenticate: Token
    "read": (403, 403, 403, 403),  # a read-scope token, even an Analyst's
    "viewer_write": (403, 403, 403, 403),  # write scope, but no model permission
    "write": (201, 200, 200, 204),  # Analyst with a write-scope token
}


@pytest.mark.parametrize("who", CLIENTS)
@pytest.mark.parametrize("endpoint", list(WRITABLE))
def test_write_matrix(who, endpoint, objects, api_tokens) -> None:
    client = _client(who, api_tokens)
    create, change = WRITABLE[endpoint]
    detail = f"/api/v1/{endpoint}/{objects[endpoint]}/"
    post, patch, put, delete = EXPECTED[who]

    assert client.post(f"/api/v1/{endpoint}/", create, format="json").status_code == post
    assert client.patch(detail, change, format="json").status_code == patch
    replacement = dict(create)
    replacement["title" if endpoint == "deals" else "name"] = f"Renamed {endpoint}"
    if endpoint == "conferences":
        replacement["year"] = 2030
    assert client.put(detail, replacement, format="json").status_code == put
    assert client.delete(detail).status_code == delete


@pytest.mark.parametrize("who", CLIENTS)
@pytest.mark.parametrize("endpoint", READ_ONLY)
def test_vocabularies_cannot_be_written_through_the_api(who, endpoint, objects, api_tokens):
    client = _client(who, api_tokens)
    detail = f"/api/v1/{endpoint}/{objects[endpoint]}/"
    # The endpoints have no write methods at all (vocabularies are edited in the admin):
    # 405 Method Not Allowed, whoever asks.
    expected = 405
    assert client.post(f"/api/v1/{endpoint}/", {"name": "X"}, format="json").status_code == (
        expected
    )
    assert client.patch(detail, {"name": "X"}, format="json").status_code == expected
    assert client.delete(detail).status_code == expected


def test_anonymous_write_is_told_how_to_authenticate(objects) -> None:
    response = APIClient().post("/api/v1/deals/", {}, format="json")
    assert response.status_code == 401
    assert response["WWW-Authenticate"] == "Token"


def test_read_token_write_attempt_names_the_missing_scope(objects, api_tokens) -> None:
    response = _client("read", api_tokens).delete(f"/api/v1/deals/{objects['deals']}/")
    assert response.status_code == 403
    assert "write scope" in response.json()["detail"]


def test_session_login_reads_internal_but_cannot_write(objects, analyst, client) -> None:
    secret = f.DealFactory(title="Secret", visibility="internal")
    client.force_login(analyst)
    assert client.get(f"/api/v1/deals/{secret.slug}/").status_code == 200
    response = client.post(
        "/api/v1/deals/", {"title": "x", "deal_type": "license"}, content_type="application/json"
    )
    assert response.status_code == 403


def test_invalid_and_expired_tokens_are_refused(objects, analyst) -> None:
    from datetime import timedelta

    from accounts.models import create_token

    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION="Token not-a-real-token")
    assert client.get("/api/v1/deals/").status_code == 401

    _, key = create_token(analyst, write=True, expires_in=timedelta(seconds=-1))
    client.credentials(HTTP_AUTHORIZATION=f"Token {key}")
    assert client.get("/api/v1/deals/").status_code == 401


def test_inactive_users_token_is_refused(objects, api_tokens, analyst) -> None:
    analyst.is_active = False
    analyst.save()
    assert _client("write", api_tokens).get("/api/v1/deals/").status_code == 401
