"""A date known only to its month reads "Jan 2026" on every page, table and e-mail that shows it,
never "Jan 1, 2026" (issue 14: pages and API show "Jan 2026"); and a conference's deal table,
written in Python since this round, is the markup its template loop wrote."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from django.db import connection
from django.template import Context, Template
from django.template.loader import render_to_string
from django.test import Client

from core.listing import deals_in_order
from deals.dates import format_precise
from deals.models import Deal, PaymentComponent
from deals.queries.table import table_deals
from deals.templatetags.deal_format import announced, announced_iso, announced_time
from tests import factories as f
from tests.test_pages_world import build_world

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("precision", "day", "text"),
    [
        ("day", "long", "Jan 12, 2026"),
        ("day", "short", "Jan 12"),
        ("day", "month", "Jan 2026"),
        ("month", "long", "Jan 2026"),
        ("month", "short", "Jan 2026"),
        ("quarter", "short", "Q1 2026"),
        ("quarter", "month", "Q1 2026"),
        ("year", "month", "2026"),
    ],
)
def test_a_date_is_never_written_more_exactly_than_known(
    precision: str, day: str, text: str
) -> None:
    assert format_precise(date(2026, 1, 12), precision, day=day) == text


def test_the_time_element_says_as_much_as_is_known() -> None:
    deal = Deal(announced_on=date(2026, 1, 1), announced_on_precision="month")
    assert announced_time(deal) == '<time datetime="2026-01">Jan 2026</time>'
    assert announced_iso(deal) == "2026-01"
    deal.announced_on_precision = "quarter"  # HTML has no quarter: the year, which is true
    assert announced_time(deal) == '<time datetime="2026">Q1 2026</time>'
    deal.announced_on, deal.announced_on_precision = date(2026, 1, 12), "day"
    assert announced_time(deal) == '<time datetime="2026-01-12">Jan 12, 2026</time>'


@pytest.fixture
def month_deal() -> Deal:
    """A public licence announced "in January 2026" at JPM, with parties and an asset."""
    world = build_world()
    deal = f.DealFactory(
        title="Month-only licence",
        conference=world.conference,
        announced_on=date(2026, 1, 20),
        announced_on_precision="month",
    )
    f.DealPartyFactory(deal=deal, role="licensor")
    f.DealPartyFactory(deal=deal, role="licensee")
    f.DealAssetFactory(deal=deal)
    f.PaymentFactory(deal=deal, kind=PaymentComponent.Kind.UPFRONT_CASH, amount=Decimal("40"))
    deal.refresh_from_db()
    assert deal.announced_on == date(2026, 1, 1)
    return deal


def _row_of(page: str, title: str) -> str:
    rows = [row for row in re.findall(r"<tr\b.*?</tr>", page, re.S) if title in row]
    assert len(rows) == 1, rows
    return rows[0]


def test_every_deal_table_writes_the_month_it_knows(month_deal: Deal) -> None:
    client = Client()
    asset = month_deal.deal_assets.get().asset
    pages = {
        "deal list": "/deals/",
        "conference": month_deal.conference.get_absolute_url(),  # type: ignore[union-attr]
        "asset": asset.get_absolute_url(),
    }
    for name, url in pages.items():
        page = client.get(url).content.decode()
        row = _row_of(page, "Month-only licence")
        assert "Jan 2026" in row, name
        assert not re.search(r"Jan 1\b", row), name
    home = client.get("/").content.decode()
    latest = home[home.index("Month-only licence") :]
    assert '<time datetime="2026-01">Jan 2026</time>' in latest[:600]


def test_alert_e_mails_write_the_month_they_know(month_deal: Deal) -> None:
    line = {"deal": month_deal, "headline": "", "upfront": "", "total_potential": "", "url": "/"}
    groups = [{"name": "Licences", "lines": [line], "unsubscribe_url": "/"}]
    text = render_to_string("alerts/email/deals.txt", {"groups": groups, "my_url": "/"})
    assert "announced 2026-01\n" in text
    html = render_to_string("alerts/email/deals.html", {"groups": groups, "my_url": "/"})
    assert "announced Jan 2026" in html
    assert announced(month_deal) == "Jan 2026"


# The conference table's rows as the template loop wrote them before conference_row.
TEMPLATE_ROW = """{% load deal_format %}{% for deal in deals %}{% with parties=deal.parties.all %}
<tr>
<td><a href="{{ deal.get_absolute_url }}">{{ deal.title }}</a>{% if deal.status != "announced" %} <span class="badge badge-status-{{ deal.status }}">{{ deal.get_status_display }}</span>{% endif %}</td>
<td data-label="Licensor"><span class="cv">{% for p in parties|sellers %}{% if p.company %}<a href="{{ p.company.get_absolute_url }}">{{ p.company.name }}</a>{% if p.company.country %} <span class="muted">({{ p.company.country.name }})</span>{% endif %}{% else %}<span class="undisclosed">Undisclosed</span>{% endif %}{% if not forloop.last %}, {% endif %}{% empty %}<span class="muted">—</span>{% endfor %}</span></td>
<td data-label="Licensee"><span class="cv">{% for p in parties|buyers %}{% if p.company %}<a href="{{ p.company.get_absolute_url }}">{{ p.company.name }}</a>{% else %}<span class="undisclosed">Undisclosed</span>{% endif %}{% if not forloop.last %}, {% endif %}{% empty %}{% for p in parties|partners %}{{ p|party_name }}{% if not forloop.last %}, {% endif %}{% empty %}<span class="muted">—</span>{% endfor %}{% endfor %}</span></td>
<td class="num" data-label="Total potential (USD)"><span class="cv">{% total_potential deal %}</span></td>
<td class="num" data-label="Upfront (USD)"><span class="cv">{{ deal.upfront_usd|usd_total }}</span></td>
<td class="num" data-label="Headline, as reported"><span class="cv">{% headline deal %}</span></td>
<td class="hide-sm nowrap" data-label="Announced"><span class="cv">{% if deal.announced_on %}{{ deal|announced:"short" }}{% else %}<span class="muted">—</span>{% endif %}</span></td>
</tr>{% endwith %}{% endfor %}"""  # noqa: E501


def _squeeze(html: str) -> str:
    return re.sub(r">\s+<", "><", html.strip())


def test_conference_rows_are_the_markup_of_the_template_loop(month_deal: Deal) -> None:
    # Corners: a partner only, an undisclosed party, a status badge, a title to escape, no date.
    odd = f.DealFactory(title="Odd <deal> & co", status="terminated", announced_on=None)
    f.DealPartyFactory(deal=odd, role="partner")
    f.DealPartyFactory(deal=odd, company=None, role="licensor", name_as_reported="A fund")
    ids = list(Deal.objects.order_by("pk").values_list("pk", flat=True))
    assert len(ids) >= 6
    models = deals_in_order(Deal.objects.for_table(), ids)
    expected = Template(TEMPLATE_ROW).render(Context({"deals": models}))
    row = Template("{% load deal_format %}{% for d in deals %}{% conference_row d %}{% endfor %}")
    written = row.render(Context({"deals": models}))
    assert _squeeze(written) == _squeeze(expected)
    assert "Odd &lt;deal&gt; &amp; co" in written and "Undisclosed" in written
    if connection.vendor == "postgresql":  # the page's rows come from deals/queries/table.py
        assert row.render(Context({"deals": table_deals(ids)})) == written


def test_the_conference_page_writes_its_table_with_the_row_tag(month_deal: Deal) -> None:
    url = month_deal.conference.get_absolute_url()  # type: ignore[union-attr]
    page = Client().get(url).content.decode()
    row = _row_of(page, "Month-only licence")
    assert '<td class="hide-sm nowrap" data-label="Announced"><span class="cv">Jan 2026' in row
    context: dict[str, Any] = {"deals": deals_in_order(Deal.objects.for_table(), [month_deal.pk])}
    expected = _squeeze(Template(TEMPLATE_ROW).render(Context(context)))
    assert expected in _squeeze(page)
