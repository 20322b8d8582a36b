"""Internal deals never shape a public rights map or company profile, and do for a Viewer.

The matrix in test_leak_matrix.py covers the rights URLs too; here an internal license and an
internal takeover that *would* change the public map are put next to a public license, and the
test proves both that outsiders see no trace and that the derivation does read them when the
reader may see them (so the first assertion is not passing for want of an effect).
"""

from datetime import date

import pytest

from accounts.models import create_token
from deals.models import Deal, DealEvent
from deals.models.deal import DealQuerySet
from tests.factories import (
    AssetFactory,
    CompanyFactory,
    DealAssetFactory,
    DealEventFactory,
    DealFactory,
    DealPartyFactory,
    DealTerritoryFactory,
    RegionFactory,
)

SECRET = "Quokka Pharma"
URLS = (
    "/api/v1/assets/{}/rights/?as_of=2026-06-01", "/assets/{}/rights/?as_of=2026-06-01",
    "/assets/{}/", "/api/v1/companies/originator-bio/profile/", "/companies/originator-bio/",
    "/api/v1/companies/public-pharma/profile/", "/companies/public-pharma/",
    "/compare/?companies=originator-bio,public-pharma", "/compare/?assets={}",
)  # fmt: skip


def _world() -> str:
    originator = CompanyFactory(name="Originator Bio", country="KR")
    public_licensee = CompanyFactory(name="Public Pharma", country="JP")
    secret = CompanyFactory(name=SECRET, country="NZ")
    asset = AssetFactory(name="OB-1", owner=originator)
    public = DealFactory(title="Originator licenses OB-1 in Japan", exclusive=True)
    DealPartyFactory(deal=public, company=originator, role="licensor")
    DealPartyFactory(deal=public, company=public_licensee, role="licensee")
    DealAssetFactory(deal=public, asset=asset)
    DealTerritoryFactory(deal=public, region=None, country="JP")
    # Internal: an exclusive worldwide license to a secret licensee (a conflict in Japan) ...
    internal = DealFactory(
        title="Secret OB-1 license", exclusive=True, visibility=Deal.Visibility.INTERNAL,
        announced_on=date(2026, 2, 1),
    )  # fmt: skip
    DealPartyFactory(deal=internal, company=originator, role="licensor")
    DealPartyFactory(deal=internal, company=secret, role="licensee")
    DealAssetFactory(deal=internal, asset=asset)
    DealTerritoryFactory(deal=internal, region=RegionFactory(code="WW", name="Worldwide"))
    # ... and an internal takeover of the public licensee (which does not list the asset).
    takeover = DealFactory(
        title="Secret takeover", deal_type="acquisition", status="closed",
        visibility=Deal.Visibility.INTERNAL, announced_on=date(2026, 3, 1),
    )  # fmt: skip
    DealPartyFactory(deal=takeover, company=secret, role="acquirer")
    DealPartyFactory(deal=takeover, company=public_licensee, role="target")
    DealEventFactory(deal=takeover, kind=DealEvent.Kind.CLOSED, date=date(2026, 3, 2))
    return asset.slug


def _fetch(client, slug: str, headers: dict[str, str]) -> list[tuple[int, bytes, str]]:
    answers = []
    for url in URLS:
        response = client.get(url.format(slug), headers=headers)
        answers.append((response.status_code, response.content, response.get("ETag", "")))
    return answers


@pytest.mark.django_db
def test_internal_deals_never_shape_a_public_rights_map(client, django_user_model) -> None:
    slug = _world()
    outsider = django_user_model.objects.create_user("outsider", password="x-outsider-pw")
    readers = {"anonymous": {}, "token": {"Authorization": f"Token {create_token(outsider)[1]}"}}
    before = {who: _fetch(client, slug, h) for who, h in readers.items()}
    for answers in before.values():
        assert all(status == 200 for status, _, _ in answers)
        assert not any(SECRET.encode() in body for _, body, _ in answers)
    data = client.get(f"/api/v1/assets/{slug}/rights/?as_of=2026-06-01").json()
    assert [(h["company"]["name"], h["basis"]) for h in data["holders"]] == [
        ("Public Pharma", "license")
    ]
    profile = client.get("/api/v1/companies/originator-bio/profile/").json()
    assert profile["deals"]["as_licensor"] == 1
    Deal.objects.filter(visibility=Deal.Visibility.INTERNAL).delete()
    after = {who: _fetch(client, slug, h) for who, h in readers.items()}
    assert before == after


@pytest.mark.django_db
def test_a_viewer_sees_what_internal_deals_do_to_rights(client, viewer) -> None:
    slug = _world()
    client.force_login(viewer)
    data = client.get(f"/api/v1/assets/{slug}/rights/?as_of=2026-06-01").json()
    holders = {(h["company"]["name"], h["basis"]) for h in data["holders"]}
    # The secret licensee holds the world but Japan; it took Japan over with Public Pharma.
    assert (SECRET, "license") in holders and (SECRET, "acquisition") in holders


@pytest.mark.django_db
def test_rights_and_profiles_would_leak_with_visibility_switched_off(client, monkeypatch) -> None:
    slug = _world()
    monkeypatch.setattr(DealQuerySet, "visible_to", lambda self, user: self)
    assert SECRET.encode() in client.get(f"/api/v1/assets/{slug}/rights/").content
    profile = client.get("/api/v1/companies/originator-bio/profile/").json()
    assert profile["deals"]["as_licensor"] == 2
    assert SECRET.encode() in client.get("/companies/originator-bio/").content
    assert SECRET.encode() in client.get(f"/compare/?assets={slug}").content
