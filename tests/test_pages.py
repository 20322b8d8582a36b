"""Browse pages: every page renders its key content, money reads right, nothing internal leaks."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest
from django.test import Client
from django.urls import reverse

from deals.templatetags.deal_format import money, payment_usd
from tests.factories import DealFactory, PaymentFactory
from tests.test_pages_world import MARKER, World, build_world

pytestmark = pytest.mark.django_db


@pytest.fixture
def world() -> World:
    return build_world()


def _page(client: Client, url: str, status: int = 200) -> str:
    response = client.get(url)
    assert response.status_code == status, (url, response.status_code)
    return response.content.decode()


def _text(html: str) -> str:
    """The page's visible text, tags removed and whitespace folded, for phrase checks."""
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


# (name, url builder, phrases that must appear in the page's text)
PAGES = [
    (
        "home",
        lambda w: reverse("deals:home"),
        [
            "2026 at a glance",
            "Latest deals",
            "RemeGen licenses RC148 to AbbVie",
            "China",
            "Total potential (USD) by licensor country, per year",
        ],
    ),
    (
        "deal_list",
        lambda w: reverse("deals:deal_list"),
        [
            "5 deals",  # and the talks in negotiation, listed apart
            "RemeGen licenses RC148 to AbbVie",
            "Hanbit Bio licenses HB-101 ADC to Yuhan",
            "Export these results",
        ],
    ),
    (
        "deal_detail",
        lambda w: w.deals["rc148"].get_absolute_url(),
        [
            "RemeGen",
            "AbbVie",
            "Licensor",
            "Licensee",
            "Worldwide",
            "Greater China",
            "Phase 1",
            "$5.6B",
            "PR Newswire",
            "$650M",
            "Milestones (unspecified)",
            "tiered double-digit royalties",
            "RemeGen will receive an upfront payment of $650 million.",
            "J.P. Morgan Healthcare Conference 2026",
            "Signed",
            "Total potential",
        ],
    ),
    (
        "deal_detail_undisclosed",
        lambda w: w.deals["altb4"].get_absolute_url(),
        ["Undisclosed", "In negotiation", "Territory not disclosed"],
    ),
    (
        "conference_list",
        lambda w: reverse("deals:conference_list"),
        [
            "J.P. Morgan Healthcare Conference 2026",
            "Past conferences",
            "Value of the licensing deals at each conference",
        ],
    ),
    (
        "conference_detail",
        lambda w: w.conference.get_absolute_url(),
        [
            "Licensing deals announced at J.P. Morgan Healthcare Conference 2026",
            "RemeGen licenses RC148 to AbbVie",
            "Zonsen PepLib licenses peptide RLT candidates to Novartis",
            "In negotiation or rumoured",  # the talks, listed apart
            "Alteogen in final negotiations on ALT-B4",
            "Announced around this conference",
            "Hanbit Bio licenses HB-101 ADC to Yuhan",
            "total potential by licensor country",
            "Show the data as a table",
        ],
    ),
    (
        "company_list",
        lambda w: reverse("companies:company_list"),
        ["RemeGen", "荣昌生物", "HKEX: 9995", "Novartis"],
    ),
    (
        "company_detail",
        lambda w: w.companies["remegen"].get_absolute_url(),
        [
            "RemeGen",
            "荣昌生物",
            "RemeGen Co., Ltd.",
            "HKEX: 9995",
            "SSE: 688331",
            "As licensor or seller",
            "RemeGen licenses RC148 to AbbVie",
            "RC148",
        ],
    ),
    (
        "company_detail_licensee",
        lambda w: w.companies["novartis"].get_absolute_url(),
        [
            "As licensee or buyer (2)",
            "SciNeuro licenses brain-shuttle antibody program to Novartis",
            "$215M",
        ],
    ),
    (
        "asset_list",
        lambda w: reverse("companies:asset_list"),
        ["RC148", "ALT-B4", "Bispecific antibody", "Deals by modality"],
    ),
    (
        "asset_detail",
        lambda w: w.assets["rc148"].get_absolute_url(),
        [
            "RC148",
            "RemeGen",
            "Bispecific antibody",
            "PD-1",
            "VEGF-A",
            "Oncology",
            "Phase 1",
            "RemeGen licenses RC148 to AbbVie",
        ],
    ),
    (
        "deal_feed",
        lambda w: reverse("deals:deal_feed"),
        ["RemeGen licenses RC148 to AbbVie", "Hanbit Bio"],
    ),
    (
        "conference_feed",
        lambda w: reverse("deals:conference_feed", args=["jpm-2026"]),
        ["deals at J.P. Morgan Healthcare Conference 2026", "Zonsen PepLib"],
    ),
    (
        "company_feed",
        lambda w: reverse("deals:company_feed", args=[w.companies["novartis"].slug]),
        ["deals of Novartis", "SciNeuro", "Zonsen"],
    ),
]


@pytest.mark.parametrize(("name", "url", "phrases"), PAGES, ids=[p[0] for p in PAGES])
def test_page_renders_its_key_content(
    client: Client, world: World, name: str, url, phrases
) -> None:
    html = _page(client, url(world))
    text = _text(html)
    for phrase in phrases:
        assert phrase in text, f"{name}: {phrase!r} missing"


def test_unknown_slugs_are_404(client: Client, world: World) -> None:
    for url in (
        "/deals/no-such-deal/",
        "/conferences/no-such/",
        "/companies/no-such/",
        "/assets/no-such/",
        "/feeds/conferences/no-such/",
        "/feeds/companies/no-such/",
    ):
        assert client.get(url).status_code == 404, url


# --- money ------------------------------------------------------------------------------------


def test_money_filter_is_compact_with_the_exact_amount_as_tooltip() -> None:
    html = str(money(Decimal("5600000000.00"), "USD"))
    assert ">$5.6B<" in html
    assert 'title="5,600,000,000 USD"' in html
    assert ">₩8.2T<" in str(money(Decimal("8200000000000"), "KRW"))


def test_exact_amount_is_babels_pattern_written_in_python() -> None:
    from random import Random

    from deals.templatetags.deal_format import babel_exact_amount, exact_amount

    rng = Random(18)
    amounts = [
        Decimal(text)
        for text in (
            "0", "0.00", "-0.00", "0.004", "0.005", "0.015", "0.025", "1.125", "1.135", "12.5",
            "12.50", "999.999", "1000", "1000.10", "-1234.56", "5600000000.00",
            "8200000000000", "99999999999999999.99", "0.1", "7",
        )
    ]  # fmt: skip
    amounts += [
        Decimal(rng.randrange(-(10**14), 10**14)) / Decimal(10 ** rng.randrange(0, 4))
        for _ in range(2000)
    ]
    for amount in amounts:
        for currency in ("USD", "KRW"):
            assert exact_amount(amount, currency) == babel_exact_amount(amount, currency), amount


def test_money_filter_reads_undisclosed_for_no_amount_never_zero() -> None:
    html = str(money(None, "USD"))
    assert "undisclosed" in html
    assert "$0" not in html


def test_undisclosed_milestones_read_undisclosed_on_the_deal_page(
    client: Client, world: World
) -> None:
    html = _page(client, world.deals["zonsen"].get_absolute_url())
    terms = html[html.index('id="terms-title"') : html.index('id="sources-title"')]
    assert "Milestones (unspecified)" in terms
    assert "undisclosed" in terms
    assert "$0" not in _text(html)


def test_payment_without_fx_rate_says_so_instead_of_converting(
    client: Client, world: World
) -> None:
    text = _text(_page(client, world.deals["hanbit"].get_absolute_url()))
    assert "no FX rate" in text
    assert "₩150B" in text  # the headline as reported
    assert "≈ $102M" in text  # ...and in dollars at the KRW rate on record


def test_payment_usd_tag_distinguishes_undisclosed_from_unconverted(world: World) -> None:
    undisclosed = world.deals["zonsen"].payments.get(disclosed=False)
    unconverted = world.deals["hanbit"].payments.get(currency="CNY")
    assert "undisclosed" in str(payment_usd(undisclosed))
    assert "no FX rate" in str(payment_usd(unconverted))


def test_deal_page_shows_the_definitions_of_its_totals(client: Client, world: World) -> None:
    text = _text(_page(client, world.deals["rc148"].get_absolute_url()))
    # One sentence per measure, from deals/measures.py, the same as the API schema's.
    assert "disclosed upfront cash plus upfront equity" in text
    assert "does not depend on a future event" in text
    assert "the larger of the reported headline and the sum of all disclosed payment" in text


# --- visibility -------------------------------------------------------------------------------


def _leak_urls(world: World) -> list[str]:
    """Every page, export and feed on which the internal deal would show if it leaked."""
    return [
        reverse("deals:home"),
        reverse("deals:deal_list"),
        reverse("deals:deal_list") + "?q=Therapeutics+option",  # matches only the internal title
        reverse("deals:deal_list") + "?conference=jpm-2026&ordering=-headline_usd",
        reverse("deals:deal_export", args=["csv"]),
        reverse("deals:deal_export", args=["xlsx"]),
        reverse("deals:conference_list"),
        world.conference.get_absolute_url(),
        reverse("companies:company_list"),
        world.companies["remegen"].get_absolute_url(),
        world.companies["abbvie"].get_absolute_url(),
        reverse("companies:asset_list"),
        world.assets["rc148"].get_absolute_url(),
        reverse("deals:deal_feed"),
        reverse("deals:conference_feed", args=["jpm-2026"]),
        reverse("deals:company_feed", args=[world.companies["abbvie"].slug]),
        world.deals["rc148"].get_absolute_url(),
    ]


def test_internal_deal_appears_on_no_page_export_or_feed_for_anonymous(
    client: Client, world: World
) -> None:
    for url in _leak_urls(world):
        response = client.get(url)
        assert response.status_code == 200, url
        body = b"".join(response.streaming_content) if response.streaming else response.content
        if url.endswith(".xlsx"):
            body = _xlsx_text(body).encode()
        assert MARKER.lower().encode() not in body.lower(), f"internal deal leaked on {url}"
    assert client.get(world.internal.get_absolute_url()).status_code == 404


def test_internal_deal_counts_nowhere_for_anonymous(client: Client, world: World) -> None:
    """Counts and sums exclude the internal deal ($9.99B headline, $777M upfront)."""
    # Four licensing deals in 2026; the ALT-B4 talks are not a deal yet and count nowhere.
    home = client.get(reverse("deals:home"))
    assert home.context["figures"].deals == 4
    assert home.context["figures"].upfront_usd == Decimal("871800000.00")
    conference = client.get(world.conference.get_absolute_url())
    assert conference.context["totals"]["deals"] == 3
    assert conference.context["totals"]["headline_usd"] == Decimal("7300000000.00")
    assert "$9.99B" not in conference.content.decode()
    listing = client.get(reverse("deals:conference_list"))
    jpm = next(c for c in listing.context["page_obj"].object_list if c.slug == "jpm-2026")
    assert jpm.n_deals == 3
    companies = client.get(reverse("companies:company_list") + "?q=RemeGen")
    assert [c.n_deals for c in companies.context["page_obj"].object_list] == [1]
    assets = client.get(reverse("companies:asset_list") + "?q=RC148")
    assert [a.n_deals for a in assets.context["page_obj"].object_list] == [1]


def test_viewer_sees_the_internal_deal_with_notes_and_history(
    client: Client, world: World, viewer
) -> None:
    client.force_login(viewer)
    text = _text(_page(client, reverse("deals:deal_list")))
    assert f"{MARKER} Therapeutics option with AbbVie" in text
    detail = _text(_page(client, world.internal.get_absolute_url()))
    assert f"{MARKER} analyst note" in detail
    assert "History" in detail


def test_analyst_notes_are_hidden_from_anonymous_and_non_staff(
    client: Client, world: World, django_user_model
) -> None:
    deal = world.deals["rc148"]
    deal.analyst_notes = "Check the milestone split"
    deal.save()
    assert "Check the milestone split" not in _page(client, deal.get_absolute_url())
    reader = django_user_model.objects.create_user("reader", "r@example.org", "pw-reader-1")
    client.force_login(reader)
    html = _page(client, deal.get_absolute_url())
    assert "Check the milestone split" not in html
    assert "For analysts" not in html


# --- the deal list ----------------------------------------------------------------------------


def test_deal_list_filters_by_conference_and_licensor_country(client: Client, world: World) -> None:
    response = client.get(
        reverse("deals:deal_list"), {"conference": "jpm-2026", "licensor_country": "CN"}
    )
    titles = {d.title for d in response.context["page_obj"].object_list}
    assert titles == {
        "RemeGen licenses RC148 to AbbVie",
        "SciNeuro licenses brain-shuttle antibody program to Novartis",
        "Zonsen PepLib licenses peptide RLT candidates to Novartis",
    }
    assert "3 deals" in _text(response.content.decode())


def test_deal_list_renders_the_filtersets_own_form(client: Client, world: World) -> None:
    from deals.filters import DealFilterSet

    html = _page(client, reverse("deals:deal_list"))
    hidden = {"exclude_deal"}  # set by comps' links, carried as a hidden input when in use
    for name in DealFilterSet.base_filters:
        if name not in hidden:
            assert f'name="{name}"' in html, name
    assert 'name="exclude_deal"' not in html
    carried = _page(client, reverse("deals:deal_list") + "?exclude_deal=rc148-deal")
    assert '<input type="hidden" name="exclude_deal" value="rc148-deal"' in carried


def test_deal_list_chips_remove_one_filter_each(client: Client, world: World) -> None:
    response = client.get(
        reverse("deals:deal_list"),
        {"conference": "jpm-2026", "licensor_country": "CN", "page": "1"},
    )
    chips = {chip.label: chip for chip in response.context["chips"]}
    assert chips["Conference"].value == "J.P. Morgan Healthcare Conference 2026"
    assert chips["Licensor country"].value == "China"
    assert chips["Conference"].remove_url == "/deals/?licensor_country=CN"
    assert chips["Licensor country"].remove_url == "/deals/?conference=jpm-2026"


@pytest.mark.parametrize(
    ("params", "parameter"),
    [
        ({"licensor_country": "XX"}, "licensor_country"),
        ({"conference": "no-such-conference"}, "conference"),
        ({"announced_after": "12/01/2026"}, "announced_after"),
        ({"min_upfront_usd": "lots"}, "min_upfront_usd"),
        ({"has_upfront": "maybe"}, "has_upfront"),
        ({"ordering": "analyst_notes"}, "ordering"),
        ({"page_size": "ten"}, "page_size"),
        ({"page_size": "501"}, "page_size"),
        ({"licencee": "abbvie"}, "licencee"),
    ],
)
def test_deal_list_bad_parameter_is_a_400_naming_it(
    client: Client, world: World, params: dict, parameter: str
) -> None:
    response = client.get(reverse("deals:deal_list"), params)
    assert response.status_code == 400
    assert f"{parameter}:" in _text(response.content.decode())
    assert response.context["page_obj"] is None


def test_deal_list_page_past_the_end_is_404(client: Client, world: World) -> None:
    assert client.get(reverse("deals:deal_list"), {"page": "9"}).status_code == 404


def test_deal_list_paginates_with_a_result_count(client: Client, world: World) -> None:
    response = client.get(reverse("deals:deal_list"), {"page_size": "2", "page": "2"})
    assert response.status_code == 200
    assert len(response.context["page_obj"].object_list) == 2
    text = _text(response.content.decode())
    assert "5 deals" in text
    assert "showing 3–4" in text
    assert 'href="?page_size=2&amp;page=3"' in response.content.decode()


def test_deal_list_sorts_through_the_filtersets_ordering(client: Client, world: World) -> None:
    response = client.get(reverse("deals:deal_list"), {"ordering": "-headline_usd"})
    titles = [d.title for d in response.context["page_obj"].object_list]
    assert titles[:2] == [
        "RemeGen licenses RC148 to AbbVie",
        "SciNeuro licenses brain-shuttle antibody program to Novartis",
    ]
    assert response.context["sort"]["headline_usd"]["direction"] == "descending"
    assert response.context["sort"]["headline_usd"]["url"] == "?ordering=headline_usd"


def test_htmx_request_gets_the_browser_fragment_and_a_tidy_url(
    client: Client, world: World
) -> None:
    response = client.get(
        reverse("deals:deal_list"),
        {"q": "", "conference": "jpm-2026", "status": ""},
        headers={"HX-Request": "true"},
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "<html" not in html
    assert html.lstrip().startswith('<div id="deal-browser"')
    assert response["HX-Push-Url"] == "/deals/?conference=jpm-2026"
    assert "HX-Request" in response["Vary"]


def test_htmx_request_with_a_bad_filter_swaps_in_the_errors(client: Client, world: World) -> None:
    response = client.get(
        reverse("deals:deal_list"), {"licensor_country": "XX"}, headers={"HX-Request": "true"}
    )
    assert response.status_code == 400
    assert "licensor_country:" in _text(response.content.decode())


def test_full_page_without_javascript_has_a_submittable_form(client: Client, world: World) -> None:
    html = _page(client, reverse("deals:deal_list"))
    assert '<form id="deal-filters" class="filter-form" method="get" action="/deals/"' in html
    assert 'type="submit"' in html


# --- exports ----------------------------------------------------------------------------------


def _xlsx_text(content: bytes) -> str:
    from io import BytesIO

    from openpyxl import load_workbook

    sheet = load_workbook(BytesIO(content), read_only=True).active
    return "\n".join(
        "\t".join("" if v is None else str(v) for v in row)
        for row in sheet.iter_rows(values_only=True)
    )


def test_csv_export_holds_the_filtered_rows_with_exact_amounts(
    client: Client, world: World
) -> None:
    response = client.get(
        reverse("deals:deal_export", args=["csv"]), {"licensor_country": "CN", "page": "1"}
    )
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    assert "attachment" in response["Content-Disposition"]
    body = b"".join(response.streaming_content).decode("utf-8-sig")
    lines = body.strip().splitlines()
    assert lines[0].startswith("Slug,Title,Deal type")
    assert len(lines) == 1 + 3
    assert "5600000000.00" in body
    assert "Milestones (unspecified): undisclosed" in body
    assert "WW" in body and "GREATER_CHINA" in body


def test_export_escapes_cells_that_would_run_as_formulas(client: Client, world: World) -> None:
    evil = DealFactory(title='=HYPERLINK("http://evil.example","click")', summary="x")
    PaymentFactory(deal=evil, amount=Decimal("1000000"))
    for text in ("+1+1", "-2+3", "@SUM(A1)", "\tTab", "\rReturn"):
        DealFactory(title=text)
    csv_body = b"".join(
        client.get(reverse("deals:deal_export", args=["csv"])).streaming_content
    ).decode("utf-8-sig")
    assert "'=HYPERLINK" in csv_body
    assert "\n=HYPERLINK" not in csv_body and ",=HYPERLINK" not in csv_body
    for text in ("'+1+1", "'-2+3", "'@SUM(A1)"):
        assert text in csv_body
    xlsx = client.get(reverse("deals:deal_export", args=["xlsx"]))
    from io import BytesIO

    from openpyxl import load_workbook

    sheet = load_workbook(BytesIO(xlsx.content)).active
    titles = [row[1].value for row in sheet.iter_rows(min_row=2)]
    assert '\'=HYPERLINK("http://evil.example","click")' in titles
    assert all(not (t or "").startswith(("=", "+", "-", "@", "\t", "\r")) for t in titles)
    # Money stays numeric in the workbook (sums work), and nothing became a formula.
    header = [c.value for c in sheet[1]]
    headline = header.index("Headline amount")
    rc = next(
        r for r in sheet.iter_rows(min_row=2) if r[1].value == "RemeGen licenses RC148 to AbbVie"
    )
    assert rc[headline].value == 5600000000
    assert all(cell.data_type != "f" for row in sheet.iter_rows() for cell in row)


def test_export_with_a_bad_filter_is_a_400_not_an_empty_file(client: Client, world: World) -> None:
    response = client.get(reverse("deals:deal_export", args=["csv"]), {"licensor_country": "XX"})
    assert response.status_code == 400
    assert b"licensor_country" in response.content


def test_export_formats_other_than_csv_and_xlsx_do_not_exist(client: Client, world: World) -> None:
    assert client.get("/deals/export.pdf", follow=True).status_code == 404


# --- conferences ------------------------------------------------------------------------------


def test_conference_page_lists_deals_announced_around_it_but_not_linked(
    client: Client, world: World
) -> None:
    response = client.get(world.conference.get_absolute_url())
    around = {d.title for d in response.context["around"]}
    linked = {d.title for d in response.context["deals"]}
    assert around == {"Hanbit Bio licenses HB-101 ADC to Yuhan"}  # Jan 8: four days before
    assert "Alteogen licenses ALT-B4 to AstraZeneca" not in around  # a year earlier
    assert not around & linked


def test_a_big_conference_shows_its_first_deals_and_totals_over_all(
    client: Client, world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    full = client.get(world.conference.get_absolute_url())
    assert not full.context["deals_truncated"]
    monkeypatch.setattr("deals.views.conferences.TABLE_ROWS", 2)
    response = client.get(world.conference.get_absolute_url())
    shown = response.context["deals"]
    # The newest two, in the same order as the full table; totals and chart over every deal.
    assert [d.pk for d in shown] == [d.pk for d in full.context["deals"][:2]]
    assert response.context["totals"] == full.context["totals"]
    assert response.context["totals"]["deals"] > 2
    assert response.context["chart"] == full.context["chart"]
    html = _text(response.content.decode())
    assert f"see all {response.context['totals']['deals']} in the deal list" in html


def test_conference_totals_show_usd_and_the_local_currency_figures(
    client: Client, world: World
) -> None:
    deal = world.deals["sci"]
    deal.headline_amount, deal.headline_currency = Decimal("2500000000000"), "KRW"
    deal.save()
    response = client.get(world.conference.get_absolute_url())
    totals = response.context["totals"]
    assert totals["local"] == [("KRW", Decimal("2500000000000.00"))]
    assert totals["headline_usd"] == Decimal("5600000000.00") + Decimal("1700000000.00")
    assert "₩2.5T" in _text(response.content.decode())


def test_conference_totals_count_the_headlines_no_fx_rate_converts(
    client: Client, world: World
) -> None:
    # The world has no CNY rate (its Hanbit payment in CNY shows "no FX rate"): a conference
    # deal whose headline is in CNY is left out of the USD sum, and the page says how many.
    deal = world.deals["sci"]
    deal.headline_amount, deal.headline_currency = Decimal("900000000"), "CNY"
    deal.save()
    deal.refresh_from_db()
    assert deal.headline_needs_fx
    response = client.get(world.conference.get_absolute_url())
    totals = response.context["totals"]
    assert totals["unconverted"] == 1
    assert ("CNY", Decimal("900000000.00")) in totals["local"]
    assert "1 headline without an FX rate left out of the USD sum." in _text(
        response.content.decode()
    )


def test_conference_chart_groups_by_licensor_country_with_a_table(
    client: Client, world: World
) -> None:
    response = client.get(world.conference.get_absolute_url())
    bars = {bar.label: bar for bar in response.context["chart"].bars}
    # The ALT-B4 talks (Korea) are not a deal yet: no Korean bar.
    assert set(bars) == {"Greater China"}
    # Total potential: $5.6B + $1.7B + $50M (Zonsen's upfront, no headline).
    assert bars["Greater China"].segments[0].value == Decimal("7350000000.00")
    html = response.content.decode()
    caption = "J.P. Morgan Healthcare Conference 2026: total potential by licensor country"
    assert f'<caption class="visually-hidden">{caption}</caption>' in html


# --- feeds ------------------------------------------------------------------------------------


def test_feeds_are_atom_and_discoverable_from_the_pages(client: Client, world: World) -> None:
    feed = client.get(reverse("deals:deal_feed"))
    assert feed["Content-Type"].startswith("application/atom+xml")
    assert b'xmlns="http://www.w3.org/2005/Atom"' in feed.content
    home = _page(client, "/")
    assert 'rel="alternate" type="application/atom+xml"' in home
    conference = _page(client, world.conference.get_absolute_url())
    assert f'href="{reverse("deals:conference_feed", args=["jpm-2026"])}"' in conference
    company = _page(client, world.companies["novartis"].get_absolute_url())
    assert (
        f'href="{reverse("deals:company_feed", args=[world.companies["novartis"].slug])}"'
        in company
    )


def test_company_feed_lists_only_that_companys_deals(client: Client, world: World) -> None:
    body = client.get(
        reverse("deals:company_feed", args=[world.companies["remegen"].slug])
    ).content.decode()
    assert "RemeGen licenses RC148 to AbbVie" in body
    assert "Novartis" not in body


# --- companies and assets ---------------------------------------------------------------------


def test_company_list_filters_through_the_company_filterset(client: Client, world: World) -> None:
    response = client.get(reverse("companies:company_list"), {"country": "KR"})
    assert {c.name for c in response.context["page_obj"].object_list} == {
        "Alteogen",
        "Hanbit Bio",
        "Yuhan",
    }
    bad = client.get(reverse("companies:company_list"), {"country": "Korea"})
    assert bad.status_code == 400


def test_company_search_finds_a_company_by_its_alias(client: Client, world: World) -> None:
    response = client.get(reverse("companies:company_list"), {"q": "Sineuro"})
    assert [c.name for c in response.context["page_obj"].object_list] == [
        "SciNeuro Pharmaceuticals"
    ]


def test_asset_list_filters_by_modality_and_charts_deals_by_modality(
    client: Client, world: World
) -> None:
    response = client.get(reverse("companies:asset_list"), {"modality": "bispecific"})
    assert [a.name for a in response.context["page_obj"].object_list] == ["RC148"]
    bars = {bar.label: bar.total for bar in response.context["chart"].bars}
    assert bars["Formulation / delivery platform"] == 2  # ALT-B4: two deals
    assert bars["Bispecific antibody"] == 1  # the internal RC148 deal is not counted


def test_asset_page_shows_the_phase_at_signing_of_each_deal(client: Client, world: World) -> None:
    response = client.get(world.assets["rc148"].get_absolute_url())
    assert [(r["deal"].title, r["phase"]) for r in response.context["deal_rows"]] == [
        ("RemeGen licenses RC148 to AbbVie", "Phase 1")
    ]


def test_home_shows_this_years_figures_by_licensor_country(client: Client, world: World) -> None:
    response = client.get("/")
    rows = {row["key"]: row for row in response.context["by_country"]}
    assert rows["GREATER_CHINA"]["cell"].deals == 3
    assert rows["KR"]["cell"].deals == 1  # Hanbit; the ALT-B4 talks are not counted
    assert response.context["figures_year"] == 2026
    # Each row links to the deal list that counts it.
    listed = client.get(rows["KR"]["url"]).context["page_obj"].paginator.count
    assert listed == 1


def test_search_box_goes_to_the_deal_list(client: Client, world: World) -> None:
    html = _page(client, "/")
    assert 'action="/deals/"' in html and 'name="q"' in html
    response = client.get("/deals/", {"q": "Sineuro"})
    assert [d.title for d in response.context["page_obj"].object_list] == [
        "SciNeuro licenses brain-shuttle antibody program to Novartis"
    ]


def test_money_keeps_a_second_decimal_rather_than_misstate_the_amount() -> None:
    assert ">$4.95B<" in str(money(Decimal("4950000000"), "USD"))
    assert ">$1.35B<" in str(money(Decimal("1350000000"), "USD"))
    assert ">$5.6B<" in str(money(Decimal("5600000000"), "USD"))


def test_missing_page_renders_the_site_404_with_a_way_back(
    client: Client, world: World, settings
) -> None:
    settings.DEBUG = False
    response = client.get("/deals/no-such-deal/")
    assert response.status_code == 404
    text = _text(response.content.decode())
    assert "Not found" in text
    assert 'action="/deals/"' in response.content.decode()


@pytest.mark.django_db
def test_fast_select_renderer_writes_djangos_markup() -> None:
    """core/widgets.py writes each filter <select> as Django's templates would."""
    import re

    from django.http import QueryDict

    from core.widgets import speed_up_selects
    from deals.filters import DealFilterSet
    from deals.models import Deal
    from tests import factories as f

    conference = f.ConferenceFactory(name='JPM "2026" <&>')
    params = QueryDict(f"conference={conference.slug}&licensor_country=CN&status=announced")
    rendered = []
    for fast in (False, True):
        form = DealFilterSet(data=params, queryset=Deal.objects.all()).form
        if fast:
            speed_up_selects(form)
        html = [str(form[name]) for name in form.fields if "<select" in str(form[name])]
        # Django's template puts newlines and indentation between options; nothing else differs.
        rendered.append([re.sub(r">\s+<", "><", h.strip()) for h in html])
    expected, fast = rendered
    assert fast == expected
    compared = len(fast)
    assert compared >= 8
    assert "selected" in "".join(expected) and "&lt;&amp;&gt;" in "".join(expected)
