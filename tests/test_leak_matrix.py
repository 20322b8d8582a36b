"""Leak matrix: an internal deal changes nothing an anonymous reader or a plain read token sees.

Every surface is fetched twice: with an internal deal (carrying marker words, an extreme headline
and an internal-only company, asset, target and date) in the database, and after deleting it. Each
response must be byte-for-byte the same. That also proves that a filter on a value that exists
only on the internal deal answers exactly as a filter on a value that exists nowhere.
"""

import io
import re
from datetime import date
from decimal import Decimal

import openpyxl
import pytest

from accounts.models import create_token
from deals.analytics.breakdowns import DIMENSIONS
from deals.models import Deal
from tests.factories import (
    AssetFactory,
    CompanyFactory,
    ConferenceFactory,
    DealAssetFactory,
    DealFactory,
    DealPartyFactory,
    PaymentFactory,
    SourceFactory,
    TargetFactory,
)

MARKER = "Quokkazine"
NOTE = "Wombatnote"


def _world() -> dict[str, str]:
    """A small public world plus one internal deal; returns the slugs the probes use."""
    conference = ConferenceFactory(year=2026)
    pfizer, remegen = (
        CompanyFactory(name="Pfizer", country="US"),
        CompanyFactory(name="RemeGen", country="CN"),
    )
    asset = AssetFactory(name="RC148", owner=remegen)
    public = DealFactory(
        title="Pfizer licenses RC148", conference=conference,
        headline_amount=Decimal("1000000000"), headline_currency="USD",
    )  # fmt: skip
    DealPartyFactory(deal=public, company=remegen, role="licensor")
    DealPartyFactory(deal=public, company=pfizer, role="licensee")
    DealAssetFactory(deal=public, asset=asset)
    PaymentFactory(deal=public, amount=Decimal("100000000"))

    # Only the internal deal involves this company, asset and target, on this date, at this size.
    secret_co = CompanyFactory(name="Numbat Therapeutics", country="NZ")
    secret_asset = AssetFactory(name="NB-9", owner=secret_co, modality="trispecific")
    secret_target = TargetFactory(name="NUMB1")
    secret_asset.targets.add(secret_target)
    internal = DealFactory(
        title=f"{MARKER} option deal", summary=f"{MARKER} summary", analyst_notes=NOTE,
        visibility=Deal.Visibility.INTERNAL, conference=conference, deal_type="option",
        status="rumored", announced_on=date(2026, 1, 14),
        headline_amount=Decimal("987654321000"), headline_currency="USD",
    )  # fmt: skip
    DealPartyFactory(deal=internal, company=secret_co, role="licensor")
    DealPartyFactory(deal=internal, company=pfizer, role="licensee")
    DealAssetFactory(deal=internal, asset=secret_asset, phase_at_signing="phase_3")
    PaymentFactory(deal=internal, amount=Decimal("123456789000"))
    SourceFactory(deal=internal, quote=f"{MARKER} quote")
    return {
        "conference": conference.slug, "internal": internal.slug, "public": public.slug,
        "secret_co": secret_co.slug, "secret_asset": secret_asset.slug,
        "secret_target": secret_target.slug, "pfizer": pfizer.slug, "asset": asset.slug,
    }  # fmt: skip


def _probes(s: dict[str, str]) -> list[str]:
    deal_filters = [
        f"q={MARKER}", f"q={NOTE}", "q=Numbat", "q=NB-9", f"licensor={s['secret_co']}",
        f"company={s['secret_co']}", "licensor_country=NZ", f"target={s['secret_target']}",
        "modality=trispecific", "deal_type=option", "status=rumored", "phase_at_signing=phase_3",
        "announced_after=2026-01-14&announced_before=2026-01-14",
        "min_headline_usd=900000000000", "min_upfront_usd=120000000000", "has_upfront=true",
        f"conference={s['conference']}", "ordering=-headline_usd", "ordering=-upfront_usd",
        "ordering=title", f"licensee={s['pfizer']}",
    ]  # fmt: skip
    pages = [
        "/", "/deals/", f"/deals/{s['internal']}/", f"/deals/{s['public']}/",
        "/companies/", f"/companies/{s['secret_co']}/", f"/companies/{s['pfizer']}/",
        "/assets/", f"/assets/{s['secret_asset']}/", f"/assets/{s['asset']}/",
        "/conferences/", f"/conferences/{s['conference']}/", "/comps/", "/analytics/",
        "/analytics/?period=quarter", "/deals/export.csv", "/deals/export.xlsx",
        "/comps/export.csv", "/comps/export.xlsx", "/feeds/deals/",
        f"/feeds/conferences/{s['conference']}/", f"/feeds/companies/{s['pfizer']}/",
        f"/feeds/companies/{s['secret_co']}/",
        f"/comps/panel/?like_deal={s['public']}", f"/comps/panel/?like_deal={s['internal']}",
        f"/comps/panel/?like_asset={s['asset']}", f"/comps/panel/?like_asset={s['secret_asset']}",
    ]  # fmt: skip
    pages += [f"/analytics/{d}.csv" for d in DIMENSIONS]
    api = [
        "/api/v1/deals/", f"/api/v1/deals/{s['internal']}/", f"/api/v1/deals/{s['public']}/",
        f"/api/v1/companies/{s['secret_co']}/", f"/api/v1/companies/{s['pfizer']}/",
        f"/api/v1/assets/{s['secret_asset']}/", f"/api/v1/conferences/{s['conference']}/",
        "/api/v1/conferences/", "/api/v1/comps/", f"/api/v1/comps/?like_asset={s['asset']}",
        f"/api/v1/analytics/conference/{s['conference']}/",
    ]  # fmt: skip
    api += [f"/api/v1/analytics/{d}/" for d in DIMENSIONS]
    filtered = [f"{base}?{f}" for f in deal_filters for base in ("/deals/", "/api/v1/deals/")]
    filtered += [f"/comps/?{f}" for f in deal_filters[:12]]
    filtered += [f"/deals/export.csv?{f}" for f in deal_filters[:6]]
    return pages + api + filtered


def _fetch_all(client, probes: list[str], headers: dict[str, str]) -> dict[str, tuple[int, bytes]]:
    return {path: _response(client, path, headers) for path in probes}


def _response(client, path: str, headers: dict[str, str]) -> tuple[int, bytes]:
    response = client.get(path, headers=headers)
    body = b"".join(response.streaming_content) if response.streaming else response.content
    if path.split("?")[0].endswith(".xlsx"):
        body = _xlsx_cells(body)  # the zip carries a creation time; compare what a reader sees
    elif path.startswith("/feeds/") and b"<entry>" not in body:
        # An empty feed is stamped with the current time (Django's syndication default).
        body = re.sub(rb"<updated>[^<]*</updated>", b"", body)
    return response.status_code, body


def _xlsx_cells(body: bytes) -> bytes:
    book = openpyxl.load_workbook(io.BytesIO(body), read_only=True)
    rows = [repr(row).encode() for sheet in book for row in sheet.iter_rows(values_only=True)]
    return b"\n".join(rows)


@pytest.mark.django_db
@pytest.mark.parametrize("result_cache", [False, True], ids=["no-cache", "result-cache"])
def test_internal_deal_changes_nothing_an_outsider_can_see(
    client, django_user_model, settings, result_cache: bool
) -> None:
    # Also with deals/result_cache.py on: cached counts and aggregates must not carry the
    # internal deal either, nor survive its deletion.
    from django.core.cache import cache

    settings.RESULT_CACHE_ENABLED = result_cache
    cache.clear()
    slugs = _world()
    probes = _probes(slugs)
    outsider = django_user_model.objects.create_user("outsider", password="x-outsider-pw")
    readers = {
        "anonymous": {},
        "read token": {"Authorization": f"Token {create_token(outsider)[1]}"},
    }
    with_internal = {who: _fetch_all(client, probes, h) for who, h in readers.items()}

    Deal.objects.filter(visibility=Deal.Visibility.INTERNAL).delete()
    without = {who: _fetch_all(client, probes, h) for who, h in readers.items()}

    requests = leaks = 0
    differing = []
    for who in readers:
        for path in probes:
            requests += 1
            status, body = with_internal[who][path]
            assert status < 500, (who, path, status)
            # The probe's own words (a search box, a 404 naming the path) are echoes, not leaks.
            for secret in (MARKER, NOTE, "987654321", "123456789", slugs["internal"]):
                if secret.encode() in body and secret not in path:
                    leaks += 1
                    differing.append((who, path, f"contains {secret}"))
            if (status, body) != without[who][path]:
                differing.append((who, path, "differs from a database without the internal deal"))
    print(f"leak matrix: {requests} requests, {leaks} internal values reachable")
    assert requests >= 150
    assert differing == [], "\n".join(map(str, differing))


@pytest.mark.django_db
def test_viewer_does_see_the_internal_deal(client, viewer) -> None:
    # The matrix above would pass trivially if internal deals were shown to no one.
    slugs = _world()
    client.force_login(viewer)
    page = client.get(f"/deals/{slugs['internal']}/")
    assert (
        page.status_code == 200
        and MARKER.encode() in page.content
        and NOTE.encode() in page.content
    )
    api = client.get(f"/api/v1/deals/{slugs['internal']}/")
    assert api.status_code == 200 and api.json()["title"].startswith(MARKER)
