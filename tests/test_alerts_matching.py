"""The fast matcher against its references: the deal's facts prefilter (deals/alerts/facts.py),
batched watches and batched visibility, each compared with the one-by-one definition."""

from __future__ import annotations

from collections import Counter
from datetime import date
from decimal import Decimal
from urllib.parse import quote_plus

import pytest
from django.contrib.auth.models import Permission
from django.db import connection
from django.test.utils import CaptureQueriesContext

from companies.models import CompanyAlias
from deals.alerts import matching
from deals.alerts.facts import DealFacts
from deals.alerts.models import Frequency, SavedSearch, Watch
from deals.models import Deal, DealParty
from tests.factories import (
    AssetFactory,
    CompanyFactory,
    ConferenceFactory,
    DealAssetFactory,
    DealFactory,
    DealPartyFactory,
    PaymentFactory,
    TargetFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def reader(django_user_model):
    """A signed-up reader: public deals only."""
    return django_user_model.objects.create_user("rita", "rita@example.org", "pw-rita-123")


@pytest.fixture
def world(analyst):
    """Four deals whose facts differ in every way a saved search can ask about."""
    cn = CompanyFactory(name="Remegen", country="CN")
    us = CompanyFactory(name="Abbvie", country="US")
    jp = CompanyFactory(name="Takeda", country="JP")
    kr = CompanyFactory(name="Alteogen", country="KR")
    de = CompanyFactory(name="Merck KGaA", country="DE")
    tw = CompanyFactory(name="Pharmaessentia", country="TW")
    nowhere = CompanyFactory(name="Stealth Bio", country="")
    pd1, vegf, her2 = (TargetFactory(name=name) for name in ("PD-1", "VEGF", "HER2"))
    bispecific = AssetFactory(name="RC148", modality="bispecific", owner=cn)
    bispecific.targets.add(pd1, vegf)
    adc = AssetFactory(name="DS-8201", modality="adc", owner=jp)
    adc.targets.add(her2)
    bare = AssetFactory(name="Platform X", modality="", owner=kr)
    jpm = ConferenceFactory(year=2026)
    other_conference = ConferenceFactory(year=2025)

    license_ = DealFactory(
        title="Remegen licenses RC148 to Abbvie",
        conference=jpm,
        headline_amount=Decimal("5000000000"),
        headline_currency="USD",
        announced_on=date(2026, 1, 12),
    )
    DealPartyFactory(deal=license_, company=cn, role=DealParty.Role.LICENSOR)
    DealPartyFactory(deal=license_, company=us, role=DealParty.Role.LICENSEE)
    DealAssetFactory(deal=license_, asset=bispecific, phase_at_signing="phase_1")
    PaymentFactory(deal=license_, kind="upfront_cash", amount=Decimal("500000000"))

    takeover = DealFactory(
        title="Takeda to buy Alteogen", deal_type="acquisition", status="rumored",
        announced_on=None,
    )  # fmt: skip
    DealPartyFactory(deal=takeover, company=jp, role=DealParty.Role.ACQUIRER)
    DealPartyFactory(deal=takeover, company=kr, role=DealParty.Role.TARGET)
    DealAssetFactory(deal=takeover, asset=adc, phase_at_signing="")

    stake = DealFactory(title="Stake in a platform", deal_type="equity", status="closed")
    DealPartyFactory(deal=stake, company=nowhere, role=DealParty.Role.INVESTOR)
    DealPartyFactory(deal=stake, company=None, role=DealParty.Role.PARTNER)
    DealAssetFactory(deal=stake, asset=bare, phase_at_signing="preclinical")

    europe = DealFactory(
        title="Merck KGaA options a Taiwanese ADC", deal_type="option",
        visibility=Deal.Visibility.INTERNAL, conference=other_conference,
        headline_amount=Decimal("800000000"), headline_currency="USD",
        announced_on=date(2026, 3, 2),
    )  # fmt: skip
    DealPartyFactory(deal=europe, company=tw, role=DealParty.Role.LICENSOR)
    DealPartyFactory(deal=europe, company=de, role=DealParty.Role.LICENSEE)
    DealAssetFactory(deal=europe, asset=adc, phase_at_signing="phase_2")
    return {
        "deals": [license_, takeover, stake, europe],
        "cn": cn, "us": us, "jp": jp, "kr": kr, "asset": bispecific, "jpm": jpm,
        "other_conference": other_conference,
    }  # fmt: skip


def _queries(world) -> list[str]:
    """One condition per query (target with target_match counts as one), covering every rule
    of deals/alerts/facts.py with values that pass and values that fail, boundaries, several
    values, other spellings, region codes and values the deal list refuses."""
    cn, us, jp, kr = world["cn"], world["us"], world["jp"], world["kr"]
    CompanyAlias.objects.get_or_create(company=cn, name="Rongchang Biotech")
    return [
        "",
        "deal_type=license", "deal_type=acquisition", "deal_type=license&deal_type=equity",
        "deal_type=bogus",
        "status=announced", "status=rumored", "status=closed&status=negotiation",
        "status=Announced",
        "deal_class=licensing", "deal_class=m_and_a", "deal_class=equity",
        "modality=bispecific", "modality=adc", "modality=none", "modality=adc&modality=none",
        "modality=bispecific&modality=sirna", "modality=BISPECIFIC",
        "phase_at_signing=phase_1", "phase_at_signing=phase_3",
        "phase_at_signing=preclinical&phase_at_signing=phase_2",
        "licensor_country=CN", "licensor_country=cn", "licensor_country=GREATER_CHINA",
        "licensor_country=APAC", "licensor_country=US", "licensor_country=EU",
        "licensor_country=OTHER", "licensor_country=UNKNOWN", "licensor_country=XX",
        "licensor_country=US&licensor_country=TW",
        "licensee_country=US", "licensee_country=EUROPE", "licensee_country=EU",
        "licensee_country=CN",
        "acquirer_country=JP", "acquirer_country=KR", "target_country=KR",
        "target_country=UNKNOWN",
        f"company={cn.slug}", f"company={kr.slug}", f"company={cn.slug.upper()}",
        "company=no-such-company",
        f"licensor={cn.slug}", f"licensor={us.slug}", f"licensee={us.slug}",
        # A company parameter may name the company or an alias instead of its slug.
        f"licensor={quote_plus(cn.name)}", f"licensee={quote_plus(cn.name)}",
        f"company={quote_plus(us.name.upper())}", "licensor=Rongchang+Biotech",
        "licensee=Rongchang+Biotech", "company=No+Such+Company+Inc",
        f"acquirer={jp.slug}", f"acquirer={kr.slug}", f"acquired={kr.slug}",
        f"company_id={cn.pk}", f"company_id={jp.pk}", "company_id=abc", "company_id=999999",
        f"asset={world['asset'].slug}", "asset=ds-8201", "asset=nothing-like-it",
        f"conference={world['jpm'].slug}", f"conference={world['other_conference'].slug}",
        "target=pd-1", "target=her2", "target=tgt-none", "target=pd-1&target=her2",
        "target=pd-1&target=her2&target_match=all", "target=pd-1&target=vegf&target_match=all",
        "target=PD-1", "target_match=any", "target=her2&target_match=any",
        "min_headline_usd=1B", "min_headline_usd=5000000000", "min_headline_usd=5000000000.01",
        "min_headline_usd=9B", "min_headline_usd=abc",
        "min_upfront_usd=500M", "min_upfront_usd=600M",
        "min_total_potential_usd=1B", "max_total_potential_usd=1B",
        "max_total_potential_usd=10B",
        "announced_after=2026-01-12", "announced_after=2026-01-13",
        "announced_before=2026-01-12", "announced_before=2026-01-11",
        "announced_after=2026-13-01",
        "q=bispecific", "has_upfront=true", "has_upfront=false", "territory=US",
        "ordering=-announced_on",
    ]  # fmt: skip


def test_prefilter_and_fast_matcher_equal_the_filterset_for_every_rule(world, analyst):
    outcomes: Counter[tuple[str, bool]] = Counter()
    compared = 0
    for deal in world["deals"]:
        facts = DealFacts.load(deal)
        queries = _queries(world)
        fast = matching.matching_queries(deal, queries)
        for query in queries:
            reference = matching.search_matches(SavedSearch(user=analyst, query=query), deal)
            assert (query in fast) == reference, (deal.title, query)
            for part in matching._parts(query):
                ruled_out = facts.rules_out(part)
                # A condition ruled out by the facts can never let the query through.
                assert not (ruled_out and reference), (deal.title, query, part)
                outcomes[part[0].partition("=")[0], ruled_out] += 1
            compared += reference
    assert compared > 40  # the table exercises matches, not just misses
    # Every rule both rules out and lets through: the prefilter is really exercised.
    for name in ["deal_type", "status", "deal_class", "modality", "phase_at_signing",
                 "licensor_country", "licensee_country", "acquirer_country", "target_country",
                 "company", "licensor", "licensee", "acquirer", "acquired", "company_id",
                 "asset", "conference", "target", "min_headline_usd", "min_upfront_usd",
                 "min_total_potential_usd", "max_total_potential_usd", "announced_after",
                 "announced_before", "status:default"]:  # fmt: skip
        assert outcomes[name, True] and outcomes[name, False], name


def test_identical_queries_are_judged_once_and_prefiltered_ones_need_no_sql(world, reader):
    deal = world["deals"][0]
    facts = DealFacts.load(deal)
    with CaptureQueriesContext(connection) as ruled_out:
        assert matching.matching_queries(deal, ["deal_type=acquisition"] * 50, facts) == set()
    assert len(ruled_out) == 0  # decided by the deal's facts alone
    searches = [
        SavedSearch.objects.create(user=reader, name=f"s{i}", query="licensor_country=CN")
        for i in range(30)
    ]
    with CaptureQueriesContext(connection) as one:
        matching.matching_searches(deal, searches[:1])
    with CaptureQueriesContext(connection) as thirty:
        assert matching.matching_searches(deal, searches) == searches
    assert len(thirty) == len(one)  # 30 identical searches cost what one does


def test_batched_visibility_equals_visible_to_user_by_user(world, reader, analyst, viewer,
                                                           django_user_model):  # fmt: skip
    boss = django_user_model.objects.create_superuser("boss", "boss@example.org", "pw-boss-1")
    gone = django_user_model.objects.create_superuser("gone", "gone@example.org", "pw-gone-1")
    gone.is_active = False
    gone.save()
    direct = django_user_model.objects.create_user("dora", "dora@example.org", "pw-dora-1")
    direct.user_permissions.add(Permission.objects.get(codename="view_internal_deal"))
    users = [reader, analyst, viewer, boss, gone, direct]
    for deal in world["deals"]:
        expected = {u.pk for u in users if matching.user_sees(u, deal)}
        assert matching.users_seeing(deal, {u.pk for u in users}) == expected
    internal = world["deals"][3]
    assert matching.users_seeing(internal, {u.pk for u in users}) == {
        analyst.pk,
        viewer.pk,
        boss.pk,
        direct.pk,
    }


def test_watches_are_matched_in_one_query_and_equal_the_per_watch_reference(world, reader, analyst):
    from django.contrib.contenttypes.models import ContentType

    def watch(user, obj):
        return Watch.objects.create(
            user=user,
            content_type=ContentType.objects.get_for_model(obj),
            object_id=obj.pk,
            email=Frequency.DAILY,
        )

    pd1 = world["asset"].targets.get(slug="pd-1")
    subjects = [world["cn"], world["jp"], world["kr"], world["asset"], pd1, world["jpm"],
                world["other_conference"], world["us"]]  # fmt: skip
    watches = [watch(user, obj) for obj in subjects for user in (reader, analyst)]
    muted = watch(reader, CompanyFactory(name="Muted"))
    muted.email = Frequency.OFF
    muted.save()
    for deal in world["deals"]:
        expected = {w for w in watches if matching.watch_matches(w, deal)}
        assert set(matching.matching_watches(deal)) == expected, deal.title
    license_ = world["deals"][0]
    assert len(matching.matching_watches(license_)) == 10  # cn, us, asset, pd-1, jpm x 2 users
    facts = DealFacts.load(license_)
    with CaptureQueriesContext(connection) as many:
        matching.matching_watches(license_, facts)
    Watch.objects.exclude(pk=watches[0].pk).delete()
    with CaptureQueriesContext(connection) as one:
        matching.matching_watches(license_, facts)
    assert len(many) == len(one)  # not one query per watch
