"""deals/table.py: the deal table from one PostgreSQL query renders exactly as from models."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

import pytest
from django.db import connection
from django.template.loader import render_to_string
from django.test.utils import CaptureQueriesContext

from core.listing import deals_in_order
from deals.models import Deal, PaymentComponent
from deals.queries.table import table_deals
from tests import factories as f
from tests.test_pages_world import build_world

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL-built rows"),
]


@pytest.fixture
def deals() -> list[int]:
    build_world()
    # Corners the world lacks: no parties or assets, several of each, a partner, equity
    # upfront, a series without a short name, a title that needs escaping.
    f.DealFactory(title="Bare <deal> & co", announced_on=None, conference=None)
    busy = f.DealFactory(
        title="Busy", status="terminated", conference=f.ConferenceFactory(series__short_name="")
    )
    for role in ("licensor", "licensor", "licensee", "partner"):
        f.DealPartyFactory(deal=busy, role=role)
    f.DealPartyFactory(deal=busy, company=None, role="investor", name_as_reported="A fund")
    for _ in range(2):
        f.DealAssetFactory(deal=busy)
    f.PaymentFactory(deal=busy, kind=PaymentComponent.Kind.UPFRONT_EQUITY, amount=Decimal("7.5"))
    return list(Deal.objects.order_by("-announced_on", "-pk").values_list("pk", flat=True))


@pytest.mark.parametrize("hide_conference", [False, True])
def test_rows_render_exactly_as_from_models(deals: list[int], hide_conference: bool) -> None:
    assert len(deals) >= 8
    context: dict[str, Any] = {"hide_conference": hide_conference}
    from_models = render_to_string(
        "includes/deal_table.html",
        {**context, "deals": deals_in_order(Deal.objects.for_table(), deals)},
    )
    with CaptureQueriesContext(connection) as queries:
        rows = table_deals(deals)
    assert len(queries) == 1
    from_sql = render_to_string("includes/deal_table.html", {**context, "deals": rows})
    assert from_sql == from_models
    assert "Bare &lt;deal&gt; &amp; co" in from_sql


def test_the_list_page_uses_them_and_never_shows_what_the_reader_may_not_see(
    deals: list[int], client: Any
) -> None:
    with CaptureQueriesContext(connection) as queries:
        page = client.get("/deals/", {"page_size": "500"})
    assert any("json_build_object" in q["sql"] for q in queries)
    html = page.content.decode()
    from tests.test_pages_world import MARKER

    # Public deals, and not the talks in negotiation: pipeline is listed only when asked for.
    counted = Deal.objects.filter(pk__in=deals, visibility="public").exclude(status="negotiation")
    assert MARKER not in html
    assert page.context["page_obj"].paginator.count == counted.count()


@pytest.mark.parametrize("staff", [False, True])
def test_asset_and_company_pages_render_their_tables_exactly_as_from_models(
    deals: list[int], client: Any, monkeypatch: pytest.MonkeyPatch, staff: bool
) -> None:
    """The asset page's and the company page's deal tables come from the PostgreSQL-built
    rows; the pages are byte for byte what the models give, for readers and staff."""
    import companies.views
    from companies.models import Asset, Company, Phase

    link = f.DealAssetFactory(phase_at_signing=Phase.PHASE_2)
    f.DealPartyFactory(deal=link.deal, company=link.asset.owner, role="licensor")
    if staff:
        from django.contrib.auth import get_user_model

        client.force_login(get_user_model().objects.create_superuser("s", "s@example.org", "x"))
    pages = [a.get_absolute_url() for a in Asset.objects.filter(deal_assets__isnull=False)]
    pages += [c.get_absolute_url() for c in Company.objects.filter(deal_parties__isnull=False)]
    pages = list(dict.fromkeys(pages))

    def page(url: str) -> str:
        # A signed-in reader's forms carry a CSRF token masked afresh on every response.
        return re.sub(r'csrfmiddlewaretoken" value="\w+"', "csrf", client.get(url).content.decode())

    fast = {url: page(url) for url in pages}
    assert "Phase 2" in fast[link.asset.get_absolute_url()]

    def from_models(visible: Any) -> Any:
        return lambda ids: deals_in_order(visible.for_table(), ids)

    monkeypatch.setattr(companies.views, "table_loader", from_models)
    slow = {url: page(url) for url in pages}
    assert len(pages) >= 10
    for url in pages:
        assert fast[url] == slow[url], url
