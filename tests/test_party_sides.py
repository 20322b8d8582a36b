"""Which side of a deal each role stands on, decided in one place (deals/models/terms.py).

A "partner" (a co-developer, a platform owner beside the licensor) is on neither side: the
feed once drew it on the buyer's side of its arrow, and the deal export, the tables' "sellers /
buyers" filters and the company profile each kept their own copy of the role lists. The feed
also asserted midnight on the 1st as the published instant of a deal known only to its month.
"""

from __future__ import annotations

from datetime import date
from types import SimpleNamespace

import pytest
from django.test import Client

from deals.exports import deal_row, for_export
from deals.feeds import describe
from deals.models import Deal
from deals.models.terms import BUYER_ROLES, SELLER_ROLES, DealParty, split_sides
from tests.factories import CompanyFactory, DealFactory, DealPartyFactory


def test_every_role_has_one_side_and_partner_has_none() -> None:
    roles = {value for value, _ in DealParty.Role.choices}
    assert set(SELLER_ROLES) | set(BUYER_ROLES) | {"partner"} == roles
    assert not set(SELLER_ROLES) & set(BUYER_ROLES)
    parties = [SimpleNamespace(role=r) for r in ("partner", "licensee", "licensor", "investor")]
    sides = split_sides(parties)
    assert [p.role for p in sides.sellers] == ["licensor"]
    assert [p.role for p in sides.buyers] == ["licensee", "investor"]
    assert [p.role for p in sides.others] == ["partner"]
    # Rows from .values() split the same way.
    assert split_sides([{"role": "target"}, {"role": "acquirer"}]).sellers == [{"role": "target"}]


@pytest.fixture
def three_party_licence(db: None) -> Deal:
    """A licence with a partner beside the licensor, like Sanofi/RadioMedix/Orano Med."""
    deal = DealFactory(
        title="Pharma licenses AlphaMedix",
        announced_on=date(2024, 9, 1),
        announced_on_precision="month",
    )
    DealPartyFactory(deal=deal, company=CompanyFactory(name="RadioCo"), role="licensor", order=0)
    DealPartyFactory(deal=deal, company=CompanyFactory(name="IsotopeCo"), role="partner", order=1)
    DealPartyFactory(deal=deal, company=CompanyFactory(name="BigPharma"), role="licensee", order=2)
    return Deal.objects.for_listing().get(pk=deal.pk)


def test_feed_names_a_partner_beside_the_arrow_not_as_a_buyer(three_party_licence: Deal) -> None:
    text = describe(three_party_licence)
    assert "RadioCo → BigPharma; with IsotopeCo (partner)" in text
    assert "IsotopeCo, BigPharma" not in text and "BigPharma, IsotopeCo" not in text


def test_feed_names_partners_alone_when_there_are_no_sides(db: None) -> None:
    deal = DealFactory(title="Co-development", deal_type="collaboration")
    DealPartyFactory(deal=deal, company=CompanyFactory(name="Alpha"), role="partner", order=0)
    DealPartyFactory(deal=deal, company=CompanyFactory(name="Beta"), role="partner", order=1)
    text = describe(Deal.objects.for_listing().get(pk=deal.pk))
    assert "Alpha (partner), Beta (partner)" in text and "→" not in text


def test_export_keeps_a_partner_out_of_the_licensee_columns(three_party_licence: Deal) -> None:
    row = deal_row(for_export(Deal.objects.filter(pk=three_party_licence.pk)).get(), str)
    assert row["licensors"] == "RadioCo"
    assert row["licensees"] == "BigPharma"
    assert row["other_parties"] == "IsotopeCo (Partner)"


def test_feed_publishes_no_invented_instant_for_a_month(three_party_licence: Deal) -> None:
    day_deal = DealFactory(title="A deal known to the day", announced_on=date(2024, 9, 17))
    feed = Client().get("/feeds/deals/").content.decode()
    month_entry = feed[feed.index("Pharma licenses AlphaMedix") :].split("</entry>")[0]
    day_entry = feed[feed.index(day_deal.title) :].split("</entry>")[0]
    # The month deal: no <published> (Atom allows none), its period in the summary instead.
    assert "<published>" not in month_entry
    assert "announced Sep 2024" in month_entry and "2024-09-01T00:00" not in month_entry
    # A deal known to the day keeps its published midnight.
    assert "<published>2024-09-17T00:00:00+00:00</published>" in day_entry
    assert "announced Sep 17, 2024" in day_entry


def test_feed_names_the_status_only_when_it_is_past_announced(three_party_licence: Deal) -> None:
    assert describe(three_party_licence).startswith("License, announced Sep 2024;")
    Deal.objects.filter(pk=three_party_licence.pk).update(status="closed")
    closed = Deal.objects.for_listing().get(pk=three_party_licence.pk)
    assert describe(closed).startswith("License (closed), announced Sep 2024;")
