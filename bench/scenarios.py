"""What ``make bench`` times: one row per page, each with the floor that answers the same.

The parameters (a detail slug, a target, a conference, a search word) are read from the
seeded data, so that every run asks realistic, deterministic questions.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any

# The targets (ratios to the floor, load, memory, scale).
# The statistics rows' settings: computed on every request, no per-process data-version cache.
NO_STAMP = {"RESULT_CACHE_LOCAL": False}

TARGETS = {
    "api_list_50": 1.5, "html_list_50": 2.5, "api_detail": 2.5, "html_detail": 5.0,
}  # fmt: skip


def pick_parameters() -> dict[str, str]:
    """Deterministic, realistic values for the filters and details, read from the data."""
    from django.db.models import Count, Q

    from companies.models import Company, Target
    from deals.models import Conference, Deal

    detail = (
        Deal.objects.public()
        .annotate(n_pay=Count("payments", distinct=True), n_src=Count("sources", distinct=True))
        .filter(n_pay__gte=3, n_src__gte=2, deal_assets__isnull=False)
        .order_by("slug")
        .values_list("slug", flat=True)
        .first()
    ) or Deal.objects.public().order_by("slug").values_list("slug", flat=True).first()
    target = Target.objects.filter(name="PD-1").values_list("slug", flat=True).first()
    conference = (
        Conference.objects.annotate(n=Count("deals", filter=Q(deals__visibility="public")))
        .order_by("-n", "slug")
        .values_list("slug", flat=True)
        .first()
    )
    # A mid-ranked licensor: as common as a typical search, not the biggest name.
    ranked = (
        Company.objects.annotate(n=Count("deal_parties"))
        .filter(n__gte=5)
        .order_by("-n", "slug")
        .values_list("name", flat=True)
    )
    names = list(ranked[:60])
    q = names[min(49, len(names) - 1)].split()[0] if names else "Bio"
    return {
        "detail": detail or "",
        "target": target or "",
        "conference": conference or "",
        "q": q,
        "licensor_country": "KR",
        "min_headline_usd": "1000000000",
    }


def scenarios(
    p: dict[str, str], floor: Any, scale: bool, independent: Any = None
) -> list[dict[str, Any]]:
    """Every row of the in-process table: path, query and the floor that answers the same.

    Unfiltered lists and details are timed against ``independent`` (bench/floor_independent.py,
    none of the app's code); filtered lists and conferences, which it does not implement, against
    ``floor`` (bench/floor.py, the app's own JSON SQL). Each row names its floor.
    """
    listing = {"page_size": "50"}

    def fl(query: dict[str, str]) -> Callable[[], bytes]:
        return lambda: floor.deal_list(query)

    def ind(query: dict[str, str]) -> Callable[[], bytes]:
        return lambda: independent.deal_list(query)

    def ind_detail(slug: str) -> Callable[[], bytes | None]:
        return lambda: independent.deal_detail(slug)

    country, headline = p["licensor_country"], p["min_headline_usd"]
    filtered = [
        ("licensor_country", "API filter: licensor country", {"licensor_country": country}),
        ("target", "API filter: target", {"target": p["target"]}),
        ("conference", "API filter: conference", {"conference": p["conference"]}),
        ("q", f"API filter: q={p['q']}", {"q": p["q"]}),
        ("min_headline", "API filter: min headline $1B", {"min_headline_usd": headline}),
    ]
    rows: list[dict[str, Any]] = []
    if scale:
        rows.append(
            dict(key="api_list_50", label="API deal list, 50 per page", path="/api/v1/deals/",
                 query=listing, floor=fl(listing), json=True)
        )  # fmt: skip
    else:
        deep = {"page": "1000", "page_size": "50"}
        rows += [
            dict(key="api_list_50", label="API deal list, 50 per page", path="/api/v1/deals/",
                 query=listing, floor=ind(listing), json=True, floor_kind="independent"),
            dict(key="api_list_50_appsql", label="API deal list, 50 (app-SQL floor)",
                 path="/api/v1/deals/", query=listing, floor=fl(listing), json=True),
            dict(key="api_list_500", label="API deal list, 500 per page", path="/api/v1/deals/",
                 query={"page_size": "500"}, floor=ind({"page_size": "500"}), json=True,
                 floor_kind="independent"),
            dict(key="api_list_deep", label="API deal list, page 1000 of 50",
                 path="/api/v1/deals/", query=deep, floor=ind(deep), json=True,
                 floor_kind="independent"),
            dict(key="api_detail", label="API deal detail", path=f"/api/v1/deals/{p['detail']}/",
                 query={}, floor=ind_detail(p["detail"]), json=True, floor_kind="independent"),
            dict(key="api_detail_appsql", label="API deal detail (app-SQL floor)",
                 path=f"/api/v1/deals/{p['detail']}/", query={},
                 floor=lambda: floor.deal_detail(p["detail"]), json=True),
            dict(key="html_list_50", label="HTML deal list, 50 per page", path="/deals/",
                 query=listing, floor=ind(listing), json=False, floor_kind="independent"),
            dict(key="html_detail", label="HTML deal detail", path=f"/deals/{p['detail']}/",
                 query={}, floor=ind_detail(p["detail"]), json=False, floor_kind="independent"),
        ]  # fmt: skip
    for key, label, query in filtered:
        full = {**query, **listing}
        rows.append(
            dict(key=f"filter_{key}", label=label, path="/api/v1/deals/", query=full,
                 floor=fl(full), json=True, filter=key)
        )  # fmt: skip
    if not scale:
        conf = p["conference"]
        rows += [
            dict(key="html_filter_licensor_country", label="HTML filter: licensor country",
                 path="/deals/", query={"licensor_country": p["licensor_country"], **listing},
                 floor=fl({"licensor_country": p["licensor_country"], **listing}), json=False),
            # Statistics rows compute their figures (RESULT_CACHE_LOCAL off): without Redis they
            # are otherwise kept per process under the data version, which a floor that
            # computes does not do (bench/stats_pages.py times both).
            dict(key="html_conference", label="HTML conference page (computed)",
                 path=f"/conferences/{conf}/", query={},
                 floor=lambda: floor.conference_detail(conf), json=False, settings=NO_STAMP),
            dict(key="api_conference", label="API conference detail",
                 path=f"/api/v1/conferences/{conf}/", query={},
                 floor=lambda: floor.conference_detail(conf), json=True),
            # Comps and analytics have no floor (no JSON contract to reproduce): times only.
            dict(key="html_comps", label="Comps page (computed)", path="/comps/", query={},
                 floor=None, json=False, settings=NO_STAMP),
            dict(key="html_analytics", label="Analytics page (computed)", path="/analytics/",
                 query={}, floor=None, json=False, settings=NO_STAMP),
            dict(key="html_home", label="Home page (computed)", path="/", query={}, floor=None,
                 json=False, settings=NO_STAMP),
            # What any request costs here before a view does anything: the middleware stack
            # (sessions, auth, CSRF, CSP, axes...) around one "SELECT 1". Detail pages whose
            # floor is a fraction of a millisecond cannot go below it.
            dict(key="django_minimum", label="Django minimum: /healthz", path="/healthz",
                 query={}, floor=None, json=False),
        ]  # fmt: skip
    if os.environ.get("REDIS_URL"):
        cached = {"api_list_50", "html_list_50", "html_home"}
        if scale:
            cached = {"api_list_50"} | {r["key"] for r in rows if r["key"].startswith("filter_")}
        rows += [
            {**r, "key": f"{r['key']}_cached",
             "label": f"{r['label'].removesuffix(' (computed)')} (result cache)",
             "settings": {"RESULT_CACHE_ENABLED": True}}
            for r in list(rows) if r["key"] in cached
        ]  # fmt: skip
    return rows
