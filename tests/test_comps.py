"""Comparable deals: criteria, "like this deal / asset", and statistics pinned by hand.

The fixture below was worked out on paper; every expected number is derived in the comments
from the amounts and FX rates, with PostgreSQL's percentile_cont definition:
h = p × (n − 1), interpolate between v⌊h⌋ and v⌈h⌉. The same tests run on SQLite (Python
fallback) and PostgreSQL (percentile_cont in SQL).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from django.contrib.auth.models import AnonymousUser
from django.db import connection
from django.http import QueryDict
from hypothesis import given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from companies.models import Modality, Phase
from deals.analytics.comps import CompsFilterSet, comparable_deals_for
from deals.analytics.stats import comps_statistics, percentile_cont
from deals.models import Deal, DealParty, PaymentComponent
from tests import factories as f

pytestmark = pytest.mark.django_db

M = Decimal(1_000_000)
UPFRONT = PaymentComponent.Kind.UPFRONT_CASH


def _deal(
    title: str,
    *,
    announced: date = date(2026, 1, 12),
    headline: tuple[str, str] | None = None,
    upfront: list[tuple[str | None, str]] = (),
    kind: str = UPFRONT,
    visibility: str = Deal.Visibility.PUBLIC,
    asset=None,
) -> Deal:
    """A deal with an optional headline (amount, currency) and upfront components."""
    deal = f.DealFactory(
        title=title,
        announced_on=announced,
        visibility=visibility,
        headline_amount=Decimal(headline[0]) if headline else None,
        headline_currency=headline[1] if headline else "",
    )
    for amount, currency in upfront:
        if amount is None:  # the term exists but its amount was not disclosed
            f.PaymentFactory(deal=deal, kind=kind, disclosed=False, amount=None, currency="")
        else:
            f.PaymentFactory(deal=deal, kind=kind, amount=Decimal(amount), currency=currency)
    if asset is not None:
        f.DealAssetFactory(deal=deal, asset=asset, phase_at_signing=Phase.PHASE_1)
    return deal


@pytest.fixture
def comps_world() -> dict[str, Deal]:
    """Nine public deals in three currencies (plus one with no FX rate) and one internal outlier.

    USD values (FX: KRW 0.00068 from 2026-01-02, EUR 1.10 from 2025-01-01, no CHF rate):

    | deal | upfront (USD)          | headline (USD)        | total potential |
    |------|------------------------|-----------------------|-----------------|
    | d1   | 650M                   | 5,600M                | 5,600M          |
    | d2   | 165M                   | 1,700M                | 1,700M          |
    | d3   | 50M                    | —                     | 50M             |
    | d4   | ₩100B → 68M            | ₩1T → 680M            | 680M            |
    | d5   | €20M → 22M             | €400M → 440M          | 440M            |
    | d6   | — (nothing disclosed)  | —                     | —               |
    | d7   | undisclosed            | 1,000M                | 1,000M          |
    | d8   | CHF 10M, no FX rate    | CHF 200M, no FX rate  | —               |
    | d10  | 100M equity + 25M cash | —                     | 125M            |
    """
    f.FxRateFactory(currency="KRW", date=date(2026, 1, 2), usd_per_unit=Decimal("0.00068"))
    f.FxRateFactory(currency="EUR", date=date(2025, 1, 1), usd_per_unit=Decimal("1.10"))
    deals = {
        "d1": _deal("d1", headline=("5600000000", "USD"), upfront=[("650000000", "USD")]),
        "d2": _deal("d2", headline=("1700000000", "USD"), upfront=[("165000000", "USD")]),
        "d3": _deal("d3", upfront=[("50000000", "USD")]),
        "d4": _deal("d4", headline=("1000000000000", "KRW"), upfront=[("100000000000", "KRW")]),
        "d5": _deal(
            "d5",
            announced=date(2025, 6, 10),
            headline=("400000000", "EUR"),
            upfront=[("20000000", "EUR")],
        ),
        "d6": _deal("d6"),
        "d7": _deal("d7", headline=("1000000000", "USD"), upfront=[(None, "")]),
        "d8": _deal("d8", headline=("200000000", "CHF"), upfront=[("10000000", "CHF")]),
        "d10": _deal("d10", upfront=[("25000000", "USD")]),
    }
    f.PaymentFactory(deal=deals["d10"], kind=PaymentComponent.Kind.UPFRONT_EQUITY, amount=100 * M)
    deals["internal"] = _deal(
        "internal outlier",
        visibility=Deal.Visibility.INTERNAL,
        headline=("99999000000000", "USD"),
        upfront=[("9999000000000", "USD")],
    )
    return deals


def _public_stats():
    return comps_statistics(Deal.objects.visible_to(AnonymousUser()))


def test_upfront_statistics_match_the_hand_computed_values(comps_world) -> None:
    stats = _public_stats()
    # Disclosed upfronts, sorted: 22, 50, 68, 125, 165, 650 (M): n = 6.
    assert stats.count == 9
    upfront = stats.upfront
    assert (upfront.disclosed, upfront.undisclosed, upfront.no_fx_rate) == (6, 3, 1)
    # Even count: the median is the mean of the two middle values, (68 + 125) / 2.
    assert upfront.median == Decimal("96.5") * M
    # p25: h = 0.25 × 5 = 1.25 → 50 + 0.25 × (68 − 50) = 54.5
    assert upfront.p25 == Decimal("54.5") * M
    # p75: h = 3.75 → 125 + 0.75 × (165 − 125) = 155
    assert upfront.p75 == 155 * M
    assert (upfront.minimum, upfront.maximum) == (22 * M, 650 * M)


def test_headline_statistics_match_the_hand_computed_values(comps_world) -> None:
    headline = _public_stats().headline
    # Reported headlines in USD, sorted: 440, 680, 1000, 1700, 5600 (M); d8's CHF headline has
    # no FX rate, so it is undisclosed in USD (and counted as such), not zero.
    assert (headline.disclosed, headline.undisclosed, headline.no_fx_rate) == (5, 4, 1)
    assert headline.median == 1000 * M  # odd count: the middle value
    assert headline.p25 == 680 * M  # h = 1 exactly
    assert headline.p75 == 1700 * M  # h = 3 exactly
    assert (headline.minimum, headline.maximum) == (440 * M, 5600 * M)


def test_total_potential_statistics_match_the_hand_computed_values(comps_world) -> None:
    total = _public_stats().total_potential
    # 50, 125, 440, 680, 1000, 1700, 5600 (M): n = 7
    assert (total.disclosed, total.undisclosed, total.no_fx_rate) == (7, 2, 1)
    assert total.median == 680 * M
    assert total.p25 == Decimal("282.5") * M  # h = 1.5 → 125 + 0.5 × (440 − 125)
    assert total.p75 == 1350 * M  # h = 4.5 → 1000 + 0.5 × (1700 − 1000)
    assert (total.minimum, total.maximum) == (50 * M, 5600 * M)


def test_upfront_share_is_the_median_ratio_over_deals_disclosing_both(comps_world) -> None:
    share = _public_stats().upfront_share
    # d1 650/5600 = 0.116071…, d2 165/1700 = 0.097059…, d4 68/680 = 0.1, d5 22/440 = 0.05
    assert share.deals == 4
    # (0.097059 + 0.1) / 2 = 0.098529…
    assert share.median == Decimal("0.0985")
    # h = 0.75 → 0.05 + 0.75 × 0.047059 = 0.085294…; h = 2.25 → 0.1 + 0.25 × 0.016071 = 0.104018…
    assert (share.p25, share.p75) == (Decimal("0.0853"), Decimal("0.1040"))


def test_deals_without_any_disclosed_terms_are_counted_apart(comps_world) -> None:
    # d6 has neither headline nor any disclosed payment; d7 (headline) and d8 (CHF amounts,
    # disclosed but unconverted) both disclosed something.
    assert _public_stats().no_terms == 1


def test_internal_deals_never_enter_public_statistics(comps_world, analyst) -> None:
    public = _public_stats()
    assert public.upfront.maximum == 650 * M
    assert public.headline.maximum == 5600 * M
    # The analyst, who may see internal deals, does get the outlier: proof it is in the data.
    inside = comps_statistics(Deal.objects.visible_to(analyst))
    assert inside.count == 10
    assert inside.upfront.maximum == 9_999_000 * M


def test_statistics_of_no_deals_are_empty_not_zero(db) -> None:
    stats = comps_statistics(Deal.objects.none())
    assert stats.count == 0
    assert stats.upfront.median is None and stats.upfront.minimum is None
    assert stats.upfront_share.median is None


def test_comps_statistics_take_one_query(comps_world, django_assert_num_queries, settings) -> None:
    settings.RESULT_CACHE_LOCAL = False  # the computation, not the stamp cache
    visible = Deal.objects.visible_to(AnonymousUser())
    with django_assert_num_queries(1):
        comps_statistics(visible)


def test_strip_values_are_the_sorted_disclosed_amounts(comps_world) -> None:
    stats = comps_statistics(Deal.objects.visible_to(AnonymousUser()), with_values=True)
    assert stats.upfront.values == tuple(v * M for v in (22, 50, 68, 125, 165, 650))


@pytest.mark.parametrize(
    ("values", "fraction", "expected"),
    [
        ([Decimal(1), Decimal(2), Decimal(3), Decimal(4)], Decimal("0.5"), Decimal("2.5")),
        ([Decimal(1), Decimal(2), Decimal(3), Decimal(4)], Decimal("0.25"), Decimal("1.75")),
        ([Decimal(7)], Decimal("0.75"), Decimal(7)),
        ([Decimal(1), Decimal(10)], Decimal(0), Decimal(1)),
        ([Decimal(1), Decimal(10)], Decimal(1), Decimal(10)),
    ],
)
def test_python_percentile_cont_interpolates_like_postgresql(values, fraction, expected) -> None:
    assert percentile_cont(values, fraction) == expected
    if connection.vendor == "postgresql":
        # The claim itself: the database's percentile_cont gives the same number.
        assert _postgresql_percentile_cont(values, fraction) == expected


def _postgresql_percentile_cont(values: list[Decimal], fraction: Decimal) -> Decimal:
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT percentile_cont(%s::float8) WITHIN GROUP (ORDER BY v)::numeric "
            "FROM unnest(%s::numeric[]) AS v",
            [fraction, values],
        )
        return Decimal(cursor.fetchone()[0])


@pytest.mark.skipif(connection.vendor != "postgresql", reason="compares with PostgreSQL itself")
@given(
    values=st.lists(st.decimals(min_value=0, max_value=10**12, places=2), min_size=1, max_size=40),
    fraction=st.sampled_from([Decimal("0.25"), Decimal("0.5"), Decimal("0.75"), Decimal("0.9")]),
)
@hypothesis_settings(max_examples=60, deadline=None)
def test_python_percentile_cont_matches_postgresql_on_any_amounts(
    values: list[Decimal], fraction: Decimal
) -> None:
    ours = percentile_cont(sorted(values), fraction)
    theirs = _postgresql_percentile_cont(values, fraction)
    # PostgreSQL's percentile_cont computes in double precision: equal to the cent.
    assert abs(ours - theirs) <= max(Decimal("0.01"), abs(ours) * Decimal("1e-14"))


# --- criteria -----------------------------------------------------------------------------------


def _comps(params: dict | QueryDict, user=None) -> CompsFilterSet:
    class _Request:
        pass

    request = _Request()
    request.user = user or AnonymousUser()
    data = params if isinstance(params, QueryDict) else _query(params)
    return CompsFilterSet(data, queryset=Deal.objects.visible_to(request.user), request=request)


def _query(params: dict) -> QueryDict:
    query = QueryDict(mutable=True)
    for key, value in params.items():
        query.setlist(key, value if isinstance(value, list) else [value])
    return query


def _titles(filterset: CompsFilterSet) -> set[str]:
    assert filterset.is_valid(), filterset.errors
    return set(filterset.qs.values_list("title", flat=True))


@pytest.fixture
def criteria_world() -> dict:
    pd1, vegf, her2 = (f.TargetFactory(name=n) for n in ("PD-1", "VEGF-A", "HER2"))
    onc = f.TherapeuticAreaFactory(name="Oncology")
    neuro = f.TherapeuticAreaFactory(name="Neurology")

    def asset(modality: str, targets: list, areas: list, phase: str = Phase.PHASE_1):
        a = f.AssetFactory(modality=modality, highest_phase=phase)
        a.targets.set(targets)
        a.therapeutic_areas.set(areas)
        return a

    rc148 = asset(Modality.BISPECIFIC, [pd1, vegf], [onc])
    world = {
        "rc148": rc148,
        "subject": _deal("subject", asset=rc148),
        "twin": _deal("twin", asset=asset(Modality.BISPECIFIC, [pd1], [onc])),
        "vegf": _deal("vegf only", asset=asset(Modality.BISPECIFIC, [vegf], [onc])),
        "adc": _deal("her2 adc", asset=asset(Modality.ADC, [her2], [onc])),
        "neuro": _deal("neuro bispecific", asset=asset(Modality.BISPECIFIC, [], [neuro])),
    }
    world["option"] = _deal("option deal", asset=asset(Modality.BISPECIFIC, [pd1], [onc]))
    Deal.objects.filter(pk=world["option"].pk).update(deal_type=Deal.Type.OPTION)
    cn = f.CompanyFactory(country="CN")
    f.DealPartyFactory(deal=world["twin"], company=cn, role=DealParty.Role.LICENSOR)
    f.DealPartyFactory(deal=world["adc"], company=cn, role=DealParty.Role.LICENSEE)
    return world


def test_one_value_per_criterion_means_what_it_means_on_the_deal_list(criteria_world) -> None:
    assert _titles(_comps({"target": "pd-1"})) == {"subject", "twin", "option deal"}
    assert _titles(_comps({"modality": "adc"})) == {"her2 adc"}
    assert _titles(_comps({"licensor_country": "cn"})) == {"twin"}
    assert _titles(_comps({"deal_type": "option"})) == {"option deal"}


def test_several_values_of_a_criterion_match_any_of_them(criteria_world) -> None:
    assert _titles(_comps({"target": ["her2", "vegf-a"]})) == {"subject", "vegf only", "her2 adc"}
    both = _comps({"target": ["pd-1", "vegf-a"], "therapeutic_area": "oncology", "modality": "adc"})
    assert _titles(both) == set()


def test_like_deal_fills_criteria_and_leaves_the_deal_out(criteria_world) -> None:
    comps = _comps({"like_deal": criteria_world["subject"].slug})
    # Bispecific, PD-1 or VEGF-A, oncology, phase 1: not the ADC, not the neurology deal.
    assert _titles(comps) == {"twin", "vegf only", "option deal"}
    assert comps.filled == {
        "modality": ["bispecific"],
        "target": ["pd-1", "vegf-a"],
        "therapeutic_area": ["oncology"],
        "phase_at_signing": ["phase_1"],
    }


def test_like_deal_with_explicit_criteria_only_leaves_the_deal_out(criteria_world) -> None:
    comps = _comps({"like_deal": criteria_world["subject"].slug, "modality": "bispecific"})
    assert comps.filled == {}
    assert _titles(comps) == {"twin", "vegf only", "option deal", "neuro bispecific"}


def test_like_asset_leaves_out_the_assets_own_deals(criteria_world) -> None:
    comps = _comps({"like_asset": criteria_world["rc148"].slug})
    assert _titles(comps) == {"twin", "vegf only", "option deal"}


def test_like_deal_cannot_reveal_an_internal_deal(criteria_world) -> None:
    secret = _deal("secret", visibility=Deal.Visibility.INTERNAL)
    comps = _comps({"like_deal": secret.slug})
    assert not comps.is_valid()
    assert comps.errors["like_deal"] == [f"No deal with slug “{secret.slug}”."]


@pytest.mark.parametrize(
    ("param", "value"),
    [
        ("modality", "telepathy"),
        ("target", "no-such-target"),
        ("therapeutic_area", "astrology"),
        ("phase_at_signing", "phase_9"),
        ("deal_type", "handshake"),
        ("licensor_country", "XX"),
        ("territory", "ATLANTIS"),
        ("announced_after", "2026-13-01"),
        ("like_deal", "no-such-deal"),
        ("like_asset", "no-such-asset"),
    ],
)
def test_bad_criteria_are_errors_naming_the_parameter(criteria_world, param, value) -> None:
    comps = _comps({param: value})
    assert not comps.is_valid()
    assert list(comps.errors) == [param]
    assert value.lower() in str(comps.errors[param]).lower() or param.startswith("announced")


def test_territory_covers_countries_through_regions_and_exclusions(db) -> None:
    ww = f.RegionFactory(code="WW", name="Worldwide")
    gc = f.RegionFactory(code="GREATER_CHINA", name="Greater China", countries=["CN", "HK"])
    ex_china = _deal("worldwide ex China")
    f.DealTerritoryFactory(deal=ex_china, region=ww)
    f.DealTerritoryFactory(deal=ex_china, region=gc, excluded=True)
    china = _deal("Greater China rights")
    f.DealTerritoryFactory(deal=china, region=gc)
    japan = _deal("Japan rights")
    f.DealTerritoryFactory(deal=japan, region=None, country="JP")

    assert _titles(_comps({"territory": "US"})) == {"worldwide ex China"}
    assert _titles(_comps({"territory": "cn"})) == {"Greater China rights"}
    assert _titles(_comps({"territory": "JP"})) == {"worldwide ex China", "Japan rights"}
    assert _titles(_comps({"territory": "GREATER_CHINA"})) == {"Greater China rights"}
    assert _titles(_comps({"territory": ["JP", "CN"]})) == {
        "worldwide ex China",
        "Japan rights",
        "Greater China rights",
    }


# --- the panel ----------------------------------------------------------------------------------


def test_panel_lists_comparable_deals_with_their_statistics(criteria_world) -> None:
    panel = comparable_deals_for(criteria_world["subject"], AnonymousUser())
    assert {d.title for d in panel.deals} == {"twin", "vegf only", "option deal"}
    assert panel.count == 3 and not panel.relaxed
    assert panel.url.startswith("/comps/?like_deal=")
    assert ("Modality", "Bispecific antibody") in panel.criteria


def test_panel_loosens_criteria_when_nothing_matches_all_of_them(criteria_world) -> None:
    lonely = f.AssetFactory(modality=Modality.ADC, highest_phase=Phase.PHASE_3)
    lonely.targets.set([f.TargetFactory(name="TROP2")])
    subject = _deal("lonely adc", asset=lonely)
    panel = comparable_deals_for(subject, AnonymousUser(), limit=5)
    # No TROP2 ADC exists; the panel falls back to ADCs and says so.
    assert panel.relaxed
    assert [d.title for d in panel.deals] == ["her2 adc"]
    assert "modality=adc" in panel.url and "target=" not in panel.url


def test_panel_never_shows_internal_deals_to_the_public(criteria_world) -> None:
    twin_asset = criteria_world["twin"].deal_assets.get().asset
    _deal("internal twin", visibility=Deal.Visibility.INTERNAL, asset=twin_asset)
    panel = comparable_deals_for(criteria_world["subject"], AnonymousUser())
    assert "internal twin" not in {d.title for d in panel.deals}


def test_deal_and_asset_pages_load_the_panel_after_the_page(criteria_world, client) -> None:
    subject = criteria_world["subject"]
    page = client.get(f"/deals/{subject.slug}/").content.decode()
    # The page only points at the panel; htmx fetches it once the page is shown.
    assert f'hx-get="/comps/panel/?like_deal={subject.slug}"' in page
    assert "twin" not in page.split('id="comps-panel-title"')[1].split("</section>")[0]
    panel = client.get("/comps/panel/", {"like_deal": subject.slug})
    assert panel.status_code == 200
    html = panel.content.decode()
    assert "Comparable deals" in html and ">twin</a>" in html and "<html" not in html
    asset = subject.deal_assets.get().asset
    assert f"like_asset={asset.slug}" in client.get(f"/assets/{asset.slug}/").content.decode()
    assert ">twin</a>" in client.get("/comps/panel/", {"like_asset": asset.slug}).content.decode()


def test_panel_of_an_internal_deal_is_a_404_to_the_public(criteria_world, client, viewer) -> None:
    twin_asset = criteria_world["twin"].deal_assets.get().asset
    secret = _deal("internal twin", visibility=Deal.Visibility.INTERNAL, asset=twin_asset)
    assert client.get("/comps/panel/", {"like_deal": secret.slug}).status_code == 404
    public = client.get("/comps/panel/", {"like_deal": criteria_world["subject"].slug})
    assert b"internal twin" not in public.content
    client.force_login(viewer)
    assert client.get("/comps/panel/", {"like_deal": secret.slug}).status_code == 200
    seen = client.get("/comps/panel/", {"like_deal": criteria_world["subject"].slug})
    assert b"internal twin" in seen.content


@pytest.mark.parametrize(
    "params, status",
    [
        ({}, 400),
        ({"like_deal": "a", "like_asset": "b"}, 400),
        ({"like_deal": "a", "modality": "adc"}, 400),
        ({"like_deal": "no-such-deal"}, 404),
        ({"like_asset": "no-such-asset"}, 404),
        ({"like_deal": "bad\x00slug"}, 400),  # NUL: refused before any query (core/middleware.py)
    ],
)
def test_panel_refuses_bad_requests_clearly(db, client, params, status) -> None:
    assert client.get("/comps/panel/", params).status_code == status


def test_totals_table_agrees_with_with_totals_for_every_deal(comps_world, analyst) -> None:
    """The grouped totals behind the statistics mean exactly what with_totals() means."""
    from django.db import connection

    from deals.analytics.stats import _to_decimal, deal_totals_sql

    deals = Deal.objects.visible_to(analyst)
    sql, params = deal_totals_sql(deals)
    with connection.cursor() as cursor:
        query = f"SELECT did, upfront_usd, headline_usd, value_usd FROM ({sql}) t"  # noqa: S608
        cursor.execute(query, params)
        joined = {row[0]: tuple(_to_decimal(v) for v in row[1:]) for row in cursor.fetchall()}
    expected = {
        deal.pk: (deal.upfront_usd, deal.headline_amount_usd, deal.total_potential_usd)
        for deal in deals
    }
    assert joined == expected
    assert len(joined) == 10


def test_comps_for_a_phase_2_nsclc_bispecific_count_the_deals_of_their_list(
    criteria_world, client
) -> None:
    # "Comps for a Phase 2 NSCLC bispecific": phase at signing and indication as criteria,
    # on the page, the API and the export, each equal to the deal list behind its link.
    from companies.models import Indication

    nsclc = Indication.objects.create(name="Non-small-cell lung cancer", code="C34.9")
    crc = Indication.objects.create(name="Colorectal cancer", code="C18.9")
    for key, indication, phase in (
        ("subject", nsclc, Phase.PHASE_2),
        ("twin", nsclc, Phase.PHASE_1),
        ("vegf", crc, Phase.PHASE_2),
        ("adc", nsclc, Phase.PHASE_2),  # an ADC: not a bispecific
    ):
        deal_asset = criteria_world[key].deal_assets.get()
        deal_asset.asset.indication_terms.add(indication)
        deal_asset.phase_at_signing = phase
        deal_asset.save()
    params = {"modality": "bispecific", "indication": nsclc.slug, "phase_at_signing": "phase_2"}
    assert _titles(_comps(params)) == {"subject"}

    api = client.get("/api/v1/comps/", params).json()
    assert api["count"] == api["statistics"]["count"] == 1
    listed = client.get(api["api_list_url"]).json()
    assert listed["count"] == 1 and listed["results"][0]["title"] == "subject"

    page = client.get("/comps/", params).content.decode()
    assert 'name="indication"' in page  # offered as a criterion on the comps form
    assert "Non-small-cell lung cancer" in page and "Phase 2" in page

    import io

    import openpyxl

    book = openpyxl.load_workbook(
        io.BytesIO(client.get("/comps/export.xlsx", params).content), read_only=True
    )
    assert book.sheetnames[:3] == ["Deals", "Criteria", "Statistics"]
    criteria = {row[0]: row[1] for row in book["Criteria"].iter_rows(values_only=True)}
    assert criteria["Indication"] == "Non-small-cell lung cancer"
    assert criteria["Phase at signing"] == "Phase 2"
    assert criteria["Modality"] == "Bispecific antibody"
    assert criteria["Deals compared"] == 1
    deal_list = criteria["Deal list"].split("testserver", 1)[1]
    assert client.get(deal_list.replace("/deals/", "/api/v1/deals/")).json()["count"] == 1
    rows = list(book["Deals"].iter_rows(values_only=True))
    header, body = rows[0], rows[1:]
    assert len(body) == 1
    row = dict(zip(header, body[0], strict=True))
    assert row["Indications"] == "Non-small-cell lung cancer"
    assert "Phase 2" in row["Phase at signing"]


@pytest.mark.parametrize(
    "params",
    [
        {},
        {"target": "pd-1"},
        {"target": ["pd-1", "vegf-a"]},  # a deal with both targets is one deal, once
        {"modality": "bispecific", "therapeutic_area": "oncology"},
        {"licensor_country": "cn"},
        {"deal_class": ["licensing", "m_and_a"]},
    ],
)
def test_comps_page_count_is_the_listed_deals_without_a_second_count(
    criteria_world, client, settings, params
) -> None:
    """The pages of /comps/ take their count from the statistics (one pass over the matching
    deals): it must be the COUNT the paginator would have run, and that COUNT must not run."""
    from django.db import connection as conn
    from django.test.utils import CaptureQueriesContext

    settings.RESULT_CACHE_LOCAL = False  # the computation, not the stamp cache
    with CaptureQueriesContext(conn) as queries:
        response = client.get("/comps/", params)
    assert response.status_code == 200
    paginator = response.context["page_obj"].paginator
    assert paginator.count == paginator.object_list.count()
    assert paginator.count == response.context["stats"].count
    assert not [q["sql"] for q in queries if '"__count"' in q["sql"]]
