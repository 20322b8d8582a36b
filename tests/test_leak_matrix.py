"""Leak matrix: an internal deal changes nothing an anonymous reader or a plain read token sees.

Every surface is fetched twice: with an internal deal (carrying marker words, an extreme headline
and an internal-only company, asset, target and date) and analyst notes on a public deal in the
database, and after deleting the internal deal and the notes. Each response (status, body and
ETag) must be byte-for-byte the same. That also proves that a filter on a value that exists
only on the internal deal answers exactly as a filter on a value that exists nowhere.

A matrix that never fails proves nothing, so it is run once more with ``visible_to()``
switched off (every deal visible to everyone) and must then report leaks. Probes that answer
the same 404 or 400 in both states show nothing either: the summary counts the probes that
answer 200 in both states, the ones that actually compare content.
"""

import io
import re
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

import openpyxl
import pytest
from django.db import connection

from accounts.models import create_token
from deals.alerts.models import Delivery
from deals.alerts.visits import SESSION_KEY as VISITS_KEY
from deals.analytics import breakdown_totals, stored_statistics
from deals.analytics.breakdowns import DIMENSIONS
from deals.models import Deal
from deals.models.deal import DealQuerySet
from deals.profiles import stored as profiles_stored
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
    # A public deal's analyst notes are as secret as an internal deal (and once leaked through
    # the ETag, a digest anyone could test guesses against).
    public = DealFactory(
        title="Pfizer licenses RC148", conference=conference, analyst_notes=f"{NOTE} public",
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
        status="announced", announced_on=date(2026, 1, 14),
        headline_amount=Decimal("987654321000"), headline_currency="USD",
    )  # fmt: skip
    # Announced, not rumoured: pipeline deals are left out of lists and statistics anyway, so a
    # rumoured internal deal would hide the surfaces where only visibility keeps it out. A
    # second internal deal covers the pipeline (status=rumored) probes.
    rumoured = DealFactory(
        title=f"{MARKER} rumoured talks", visibility=Deal.Visibility.INTERNAL, status="rumored",
        announced_on=date(2026, 1, 15), conference=conference,
    )  # fmt: skip
    DealPartyFactory(deal=rumoured, company=secret_co, role="licensor")
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
        # The search document: several words, a code without its hyphen or split, a typo, a
        # target with a modality (deals/search.py); the internal deal is a rumour, listed only
        # when a status asks for it, so each probe asks.
        "q=Numbat+Pfizer&status=rumored", "q=NB9&status=rumored", "q=NB+9&status=rumored",
        "q=Numbt&status=rumored", "q=NUMB1+trispecific&status=rumored",
        "therapeutic_area=none&status=rumored", "indication=none&status=rumored",
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
    # Rights maps (deals/rights/): an internal deal never shapes who holds what, where.
    pages += [
        f"/assets/{s['asset']}/rights/", f"/assets/{s['secret_asset']}/rights/",
        f"/assets/{s['asset']}/rights/?as_of=2026-01-15",
        f"/compare/?companies={s['pfizer']},{s['secret_co']}",
        f"/compare/?assets={s['asset']},{s['secret_asset']}",
    ]  # fmt: skip
    # The totals of a deal list (its pipeline count too), the class switch of every statistics
    # surface, and the comps' drill-down that leaves deals out by slug.
    pages += [
        "/deals/summary/", "/?deal_class=m_and_a", "/?deal_class=equity",
        "/analytics/?deal_class=m_and_a", "/analytics/?deal_class=equity&period=all",
        f"/conferences/{s['conference']}/?deal_class=licensing",
        f"/conferences/{s['conference']}/?deal_class=m_and_a",
        "/comps/?deal_class=m_and_a", f"/deals/?exclude_deal={s['internal']}",
        f"/comps/?like_deal={s['public']}", f"/comps/?like_asset={s['asset']}",
    ]  # fmt: skip
    # The company boxes' suggestions: a company only on internal deals is never suggested, and
    # a company's deal count leaves the internal deal out.
    pages += [
        "/deals/suggest/companies/?q=Numbat", "/deals/suggest/companies/?q=numb&role=licensor",
        "/deals/suggest/companies/?q=Pfizer", "/deals/suggest/companies/?q=pfi&role=licensee",
        f"/deals/?licensor={s['secret_co']}&status=rumored", "/deals/?licensor=Numbat+Therapeutics",
        "/api/v1/deals/?licensor=Numbat+Therapeutics&status=rumored",
    ]  # fmt: skip
    api = [
        "/api/v1/deals/", f"/api/v1/deals/{s['internal']}/", f"/api/v1/deals/{s['public']}/",
        f"/api/v1/companies/{s['secret_co']}/", f"/api/v1/companies/{s['pfizer']}/",
        f"/api/v1/assets/{s['secret_asset']}/", f"/api/v1/conferences/{s['conference']}/",
        "/api/v1/conferences/", "/api/v1/comps/", f"/api/v1/comps/?like_asset={s['asset']}",
        f"/api/v1/analytics/conference/{s['conference']}/",
    ]  # fmt: skip
    api += [f"/api/v1/analytics/{d}/" for d in DIMENSIONS]
    api += [
        f"/api/v1/assets/{s['asset']}/rights/", f"/api/v1/assets/{s['secret_asset']}/rights/",
        f"/api/v1/assets/{s['asset']}/rights/?as_of=2026-01-15",
        f"/api/v1/companies/{s['pfizer']}/profile/",
        f"/api/v1/companies/{s['secret_co']}/profile/",
    ]  # fmt: skip
    api += [
        "/api/v1/deals/summary/", "/api/v1/deals/summary/?deal_class=licensing",
        f"/api/v1/deals/?exclude_deal={s['internal']}",
        f"/api/v1/comps/?like_deal={s['public']}", "/api/v1/comps/?deal_class=m_and_a",
        f"/api/v1/analytics/conference/{s['conference']}/?deal_class=m_and_a",
    ]  # fmt: skip
    api += [f"/api/v1/analytics/{d}/?deal_class=m_and_a&period=all" for d in DIMENSIONS]
    filtered = [f"{base}?{f}" for f in deal_filters for base in ("/deals/", "/api/v1/deals/")]
    filtered += [f"/comps/?{f}" for f in deal_filters[:12]]
    filtered += [f"/deals/export.csv?{f}" for f in deal_filters[:6]]
    # The export's own columns (countries, areas, indications, sources) on a search.
    filtered += [f"/deals/export.{fmt}?q=Numbat+Pfizer&status=rumored" for fmt in ("csv", "xlsx")]
    filtered += ["/comps/export.xlsx?q=NB9&status=rumored"]
    summaries = ("/deals/summary/", "/api/v1/deals/summary/")
    filtered += [f"{base}?{f}" for f in deal_filters for base in summaries]
    return pages + api + filtered


Answer = tuple[int, bytes, str]  # status, body as a reader sees it, ETag


def _fetch_all(client, probes: list[str], headers: dict[str, str]) -> dict[str, Answer]:
    return {path: _response(client, path, headers) for path in probes}


def _response(client, path: str, headers: dict[str, str]) -> Answer:
    response = client.get(path, headers=headers)
    body = b"".join(response.streaming_content) if response.streaming else response.content
    if path.split("?")[0].endswith(".xlsx"):
        body = _xlsx_cells(body)  # the zip carries a creation time; compare what a reader sees
    elif path.startswith("/feeds/") and b"<entry>" not in body:
        # An empty feed is stamped with the current time (Django's syndication default).
        body = re.sub(rb"<updated>[^<]*</updated>", b"", body)
    # A form's CSRF token is new on every page: not content.
    body = re.sub(rb'name="csrfmiddlewaretoken" value="[^"]*"', b"", body)
    return response.status_code, body, response.get("ETag", "")


def _xlsx_cells(body: bytes) -> bytes:
    book = openpyxl.load_workbook(io.BytesIO(body), read_only=True)
    rows = [repr(row).encode() for sheet in book for row in sheet.iter_rows(values_only=True)]
    return b"\n".join(rows)


@dataclass
class Report:
    """What one run of the matrix found."""

    requests: int = 0
    ok_in_both: int = 0  # probes answering 200 with and without the secrets: real comparisons
    leaks: int = 0  # responses containing a secret value
    server_errors: int = 0
    findings: list[tuple[str, str, str]] = field(default_factory=list)

    @property
    def probes_with_findings(self) -> int:
        return len({(who, path) for who, path, _ in self.findings})

    def summary(self, label: str) -> str:
        return (
            f"leak matrix ({label}): {self.requests} requests, {self.ok_in_both} answer 200 "
            f"in both states, {self.leaks} internal values reachable, "
            f"{self.probes_with_findings} requests with findings, {self.server_errors} 5xx"
        )


def run_matrix(client, django_user_model, stored_totals: bool = False) -> Report:
    """Fetch every probe as each outsider with the secrets in the database, remove them,
    fetch again, and compare. ``stored_totals``: the breakdown totals
    (deals/analytics/breakdown_totals.py) and the stored statistics
    (deals/analytics/stored_statistics.py) are computed before each round, as the worker would
    after the writes, so the analytics, comps and summary probes read them (PostgreSQL)."""
    slugs = _world()
    # The world is written inside the test's transaction, where no on_commit runs: store the
    # company figures (deals/profiles/stored.py) as the writes would, so that the profile,
    # company and compare probes read the stored rows, as public readers do in production.
    profiles_stored.rebuild()
    probes = _probes(slugs)
    outsider = django_user_model.objects.create_user("outsider", password="x-outsider-pw")
    readers = {
        "anonymous": {},
        "read token": {"Authorization": f"Token {create_token(outsider)[1]}"},
    }
    # The outsider's saved searches (each would match the internal deal) and watch: their
    # private feeds, the saved-search API and the alerts matched for them (deals/alerts).
    from django.contrib.contenttypes.models import ContentType

    from companies.models import Company
    from deals.alerts.matching import record_deliveries
    from deals.alerts.models import SavedSearch, Watch

    signed_in: list[str] = ["/my/", "/my/watches/"]
    visits: dict[str, dict[str, str | None]] = {}
    for query in ("q=Numbat", "licensor_country=NZ", "status=rumored", "modality=trispecific"):
        search = SavedSearch.objects.create(
            user=outsider, name=query, query=query, email="immediate"
        )
        probes.append(f"/feeds/saved/{search.feed_token}/")
        # Signed in: My DealScope's "N new" and the deal list opened from it, whose rows new
        # since a visit (here: since ever) are marked; both must leave the internal deal out.
        signed_in.append(f"/deals/?{query}")
        visits[str(search.pk)] = {"query": query, "since": None, "until": "2999-01-01T00:00:00"}
    pfizer = Company.objects.get(slug=slugs["pfizer"])
    Watch.objects.create(
        user=outsider, content_type=ContentType.objects.get_for_model(pfizer),
        object_id=pfizer.pk, email="immediate",
    )  # fmt: skip
    probes.append("/api/v1/saved-searches/")
    for deal_id in Deal.objects.values_list("pk", flat=True):
        record_deliveries(deal_id)
    # An alert about an internal deal is a leak like any other (a finding, so that the
    # mutation test below sees it too).
    alerted = Delivery.objects.filter(deal__visibility=Deal.Visibility.INTERNAL).count()
    probe_sets = {who: probes for who in readers} | {"signed in": signed_in}

    def fetch_everything() -> dict[str, dict[str, Answer]]:
        if stored_totals:
            breakdown_totals.refresh()
            stored_statistics.refresh()
        answers = {who: _fetch_all(client, probes, h) for who, h in readers.items()}
        client.force_login(outsider)  # the outsider holds an API token: the webhook form shows
        session = client.session
        session[VISITS_KEY] = visits
        session.save()
        answers["signed in"] = _fetch_all(client, signed_in, {})
        client.logout()
        return answers

    with_secrets = fetch_everything()

    Deal.objects.filter(visibility=Deal.Visibility.INTERNAL).delete()
    # A queryset update: the version and updated_at stay, so only the notes differ.
    Deal.objects.filter(slug=slugs["public"]).update(analyst_notes="")
    profiles_stored.rebuild()
    without = fetch_everything()

    report = Report()
    if alerted:
        report.leaks += alerted
        report.findings.append(("subscriber", "alerts", f"{alerted} deliveries of internal deals"))
    for who, paths in probe_sets.items():
        for path in paths:
            report.requests += 1
            status, body, etag = with_secrets[who][path]
            report.server_errors += status >= 500
            report.ok_in_both += status == 200 and without[who][path][0] == 200
            # The probe's own words (a search box, a 404 naming the path) are echoes, not leaks.
            for secret in (MARKER, NOTE, "987654321", "123456789", slugs["internal"]):
                if secret.encode() in body and secret not in path:
                    report.leaks += 1
                    report.findings.append((who, path, f"contains {secret}"))
            if (status, body) != without[who][path][:2]:
                report.findings.append((who, path, "differs without the internal deal and notes"))
            elif etag != without[who][path][2]:
                report.findings.append((who, path, "its ETag differs without the secrets"))
    return report


@pytest.mark.django_db
@pytest.mark.parametrize(
    "result_cache",
    ["off", "locmem", "redis", "stored-totals"],
    ids=["no-cache", "result-cache", "redis", "stored-totals"],
)
def test_internal_deal_changes_nothing_an_outsider_can_see(
    client, django_user_model, settings, request, result_cache: str
) -> None:
    # Also with core/result_cache.py on (in memory, and on Redis as in production): cached
    # counts and aggregates must not carry the internal deal either, nor survive its deletion.
    from django.core.cache import cache

    if result_cache == "redis":
        request.getfixturevalue("redis_cache")
    settings.RESULT_CACHE_ENABLED = result_cache in ("locmem", "redis")
    cache.clear()
    report = run_matrix(client, django_user_model, stored_totals=result_cache == "stored-totals")
    print(report.summary("visible_to on"))
    assert report.requests >= 150
    assert report.server_errors == 0
    # Most probes must compare real content, not the same 404 or 400 twice.
    assert report.ok_in_both >= 0.8 * report.requests
    assert report.findings == [], "\n".join(map(str, report.findings))


@pytest.mark.django_db
def test_the_matrix_reports_leaks_when_visibility_is_switched_off(
    client, django_user_model, monkeypatch
) -> None:
    # The mutation: every query's visible_to() returns every deal, to everyone.
    monkeypatch.setattr(DealQuerySet, "visible_to", lambda self, user: self)
    report = run_matrix(client, django_user_model)
    print(report.summary("visible_to switched off"))
    assert report.leaks > 0
    probes_hit = {path for _, path, _ in report.findings}
    # The internal deal shows on every kind of surface: lists, details, feeds, exports,
    # statistics. Not on most probes: the summary and comps probes run every deal filter, and
    # a filter that leaves the internal deal out rightly shows the same with it or without.
    assert report.probes_with_findings >= 0.2 * report.ok_in_both, sorted(probes_hit)
    for surface in (
        "/deals/",
        "/api/v1/deals/",
        "/feeds/deals/",
        "/deals/export.csv",
        "/api/v1/deals/summary/",
        "/deals/summary/",
        "/api/v1/analytics/",
        "/my/",
        "/deals/suggest/companies/",
    ):
        assert any(path.split("?")[0].startswith(surface) for path in probes_hit), surface


def _stored_rows_for_staff(client, django_user_model, monkeypatch, module) -> set[str]:
    """The probes with findings when ``module``'s stored rows (its ``scope_of``) answer every
    reader as staff, all deals: a mutation the matrix must report."""
    real = module.scope_of

    def as_staff(deals):
        scope = real(deals)
        return None if scope is None else (False, scope[1])

    monkeypatch.setattr(module, "scope_of", as_staff)
    report = run_matrix(client, django_user_model, stored_totals=True)
    print(report.summary(f"{module.__name__} ignoring visibility"))
    return {path for _, path, _ in report.findings}


@pytest.mark.django_db
@pytest.mark.skipif(connection.vendor != "postgresql", reason="stored totals: PostgreSQL only")
def test_the_matrix_reports_stored_totals_that_ignore_visibility(
    client, django_user_model, monkeypatch
) -> None:
    # The mutation: every chart the stored totals answer is answered for staff (all deals).
    probes_hit = _stored_rows_for_staff(client, django_user_model, monkeypatch, breakdown_totals)
    assert "/analytics/" in probes_hit
    assert any(path.startswith("/api/v1/analytics/") for path in probes_hit), sorted(probes_hit)
    # The home page's chart of recent years adds them up too.
    assert "/" in probes_hit
    # Only the charts: every other surface still answers from the reader's own deals.
    assert all("analytics" in path or path.split("?")[0] == "/" for path in probes_hit), sorted(
        probes_hit
    )


@pytest.mark.django_db
@pytest.mark.skipif(connection.vendor != "postgresql", reason="stored statistics: PostgreSQL only")
def test_the_matrix_reports_stored_statistics_that_ignore_visibility(
    client, django_user_model, monkeypatch
) -> None:
    # The mutation: every set the stored statistics answer is answered for staff (all deals).
    probes_hit = _stored_rows_for_staff(client, django_user_model, monkeypatch, stored_statistics)
    assert any(path.startswith("/api/v1/deals/summary/") for path in probes_hit), probes_hit
    assert any(path.startswith("/api/v1/comps/") for path in probes_hit), sorted(probes_hit)
    assert "/deals/summary/" in probes_hit and "/comps/export.xlsx" in probes_hit
    # The unfiltered lists' counts come from them too (stored_count): "count": 3 is a leak.
    assert "/api/v1/deals/" in probes_hit
    # Only statistics and counts: details and charts still answer from the reader's own deals.
    lists = ("/deals/", "/api/v1/deals/")
    assert all(
        "summary" in path or "comps" in path or path.split("?")[0] in lists for path in probes_hit
    ), sorted(probes_hit)


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


@pytest.mark.django_db
def test_who_sees_what_is_what_the_readme_says(client, viewer, django_user_model) -> None:
    # README (roles and API sections) and Deal.visibility's help text: a Viewer's token, even
    # read-only, sees internal deals and analyst notes; a token of a user without a role, like
    # an anonymous reader, sees neither.
    slugs = _world()
    plain = django_user_model.objects.create_user("plain", password="x-plain-pw")
    tokens = {"viewer": create_token(viewer)[1], "plain": create_token(plain)[1]}
    for who, sees in (("viewer", True), ("plain", False), ("anonymous", False)):
        headers = {"Authorization": f"Token {tokens[who]}"} if who in tokens else {}
        internal = client.get(f"/api/v1/deals/{slugs['internal']}/", headers=headers)
        public = client.get(f"/api/v1/deals/{slugs['public']}/", headers=headers).json()
        assert (internal.status_code == 200) is sees, who
        assert ("analyst_notes" in public) is sees, who
        if sees:
            assert internal.json()["analyst_notes"] == NOTE
            assert public["analyst_notes"].startswith(NOTE)
    help_text = Deal._meta.get_field("visibility").help_text
    assert "Viewer" in help_text and "anonymous" in help_text and "token" in help_text
