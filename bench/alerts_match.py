"""Matching one new deal against 10,000 saved searches, on PostgreSQL (issue #16: at most 1 s).

    python bench/alerts_match.py [--url postgres://postgres@127.0.0.1:5432/dealscope_alerts_bench]
                                 [--searches 10000] [--runs 5] [--seed 16] [--baseline GIT-REF]

Creates (once; a re-run reuses them) a small world of companies, assets and targets, and
``--searches`` saved searches of 2,000 readers, each a random deal-list query of one to four
parameters (countries, modality, deal type, status, class, phase, target, headline floor, text)
as readers would save them. Then, ``--runs`` times: a new deal (a Chinese bispecific license)
is matched against every saved search with :func:`deals.alerts.matching.record_deliveries`,
which also writes its deliveries; the runs' deliveries are deleted between runs. Prints the
median and worst wall time, the number of distinct conditions evaluated and of matches, and
checks the fast matcher against the FilterSet reference on a sample of 500 searches.
Exits 1 when the median is over the 1 s target.

``--baseline GIT-REF`` also times ``deals/alerts/matching.py`` as it was at that commit (read
with ``git show``, imported beside the current one), alternating with the current matcher in
the same runs so both see the same load, and checks that both record exactly the same
deliveries.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess  # nosec B404: git show of a fixed path
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
URL = "postgres://postgres@127.0.0.1:5432/dealscope_alerts_bench"
TARGET_SECONDS = 1.0

COUNTRIES = ["CN", "US", "KR", "JP", "GB", "DE", "FR", "CH", "IN", "AU"]
MODALITIES = ["bispecific", "adc", "antibody", "small_molecule", "cell_therapy", "sirna"]
DEAL_TYPES = ["license", "option", "collaboration", "acquisition"]
STATUSES = ["announced", "closed", "terminated"]
PHASES = ["preclinical", "phase_1", "phase_2", "phase_3"]
WORDS = ["bispecific", "PD-1", "VEGF", "oncology", "obesity", "GLP-1", "ADC", "China"]


def _setup(url: str) -> None:
    sys.path.insert(0, str(ROOT))
    os.environ["DATABASE_URL"] = url
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    os.environ.setdefault("DEBUG", "true")
    import django
    import psycopg

    name = url.rsplit("/", 1)[1]
    with psycopg.connect(url.rsplit("/", 1)[0] + "/postgres", autocommit=True) as conn:
        if not conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone():
            conn.execute(f'CREATE DATABASE "{name}"')
    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)


def _query(rng: random.Random, targets: list[str]) -> str:
    from urllib.parse import urlencode

    makers = [
        lambda: [("licensor_country", c) for c in rng.sample(COUNTRIES, rng.randint(1, 2))],
        lambda: [("licensee_country", rng.choice(COUNTRIES))],
        lambda: [("modality", m) for m in rng.sample(MODALITIES, rng.randint(1, 2))],
        lambda: [("deal_type", rng.choice(DEAL_TYPES))],
        lambda: [("status", rng.choice(STATUSES))],
        lambda: [("deal_class", rng.choice(["licensing", "m_and_a"]))],
        lambda: [("phase_at_signing", rng.choice(PHASES))],
        lambda: [("target", rng.choice(targets))],
        lambda: [("min_headline_usd", str(rng.choice([10**8, 5 * 10**8, 10**9, 5 * 10**9])))],
        lambda: [("q", rng.choice(WORDS))],
        lambda: [("announced_after", f"2026-0{rng.randint(1, 9)}-01")],
    ]
    params: list[tuple[str, str]] = []
    for make in rng.sample(makers, rng.randint(1, 4)):
        params += make()
    return urlencode(params)


def _world(searches: int, seed: int) -> None:
    from django.contrib.auth import get_user_model

    from companies.models import Target
    from deals.alerts.models import SavedSearch

    if SavedSearch.objects.count() == searches:
        return
    SavedSearch.objects.all().delete()
    rng = random.Random(seed)
    targets = [
        Target.objects.get_or_create(slug=f"t{i}", defaults={"name": f"T{i}"})[0].slug
        for i in range(40)
    ]
    users = list(get_user_model().objects.filter(username__startswith="bench-reader-"))
    if len(users) < 2000:
        get_user_model().objects.bulk_create(
            get_user_model()(username=f"bench-reader-{i}", email=f"r{i}@example.org")
            for i in range(len(users), 2000)
        )
        users = list(get_user_model().objects.filter(username__startswith="bench-reader-"))
    SavedSearch.objects.bulk_create(
        SavedSearch(user=rng.choice(users), name=f"s{i}", query=_query(rng, targets), email="daily")
        for i in range(searches)
    )


def _new_deal(n: int) -> int:
    from decimal import Decimal

    from django.db import transaction

    from companies.models import Asset, Company, Target
    from deals.models import Deal, DealAsset, DealParty, PaymentComponent

    with transaction.atomic():
        cn, _ = Company.objects.get_or_create(
            slug="bench-cn", defaults={"name": "Bench CN", "country": "CN"}
        )
        us, _ = Company.objects.get_or_create(
            slug="bench-us", defaults={"name": "Bench US", "country": "US"}
        )
        asset, _ = Asset.objects.get_or_create(
            slug="bench-bsab", defaults={"name": "BSAB-1", "modality": "bispecific", "owner": cn}
        )
        asset.targets.add(*Target.objects.filter(slug__in=["t1", "t2"]))
        deal = Deal.objects.create(
            title=f"Bench CN licenses a PD-1 x VEGF bispecific ({n})", deal_type="license",
            headline_amount=Decimal("2000000000"), headline_currency="USD",
            announced_on="2026-06-01",
        )  # fmt: skip
        DealParty.objects.create(deal=deal, company=cn, role="licensor")
        DealParty.objects.create(deal=deal, company=us, role="licensee")
        DealAsset.objects.create(deal=deal, asset=asset, phase_at_signing="phase_1")
        PaymentComponent.objects.create(
            deal=deal, kind="upfront_cash", amount=Decimal("200000000"), currency="USD"
        )
    return deal.pk


def _baseline_matcher(ref: str) -> Any:
    """``deals/alerts/matching.py`` as of git ``ref``, imported as a sibling module."""
    import importlib.util

    source = subprocess.run(  # noqa: S603  # nosec B603: git with fixed arguments
        ["git", "show", f"{ref}:deals/alerts/matching.py"],  # noqa: S607
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    name = "deals.alerts._baseline_matching"
    spec = importlib.util.spec_from_loader(name, loader=None)
    assert spec is not None
    module = importlib.util.module_from_spec(spec)
    module.__file__ = f"{ref}:deals/alerts/matching.py"
    sys.modules[name] = module
    exec(compile(source, module.__file__, "exec"), module.__dict__)  # noqa: S102  # nosec B102: our own file at a commit
    return module


def _timed(record: Any, deal_id: int) -> tuple[float, float, set[str]]:
    """Wall and CPU seconds of ``record(deal_id)`` and the deliveries it recorded (then gone)."""
    from deals.alerts.models import Delivery

    start, start_cpu = time.perf_counter(), time.process_time()
    created = record(deal_id)
    wall, cpu = time.perf_counter() - start, time.process_time() - start_cpu
    keys = {row.dedup_key for row in created}
    Delivery.objects.filter(deal_id=deal_id).delete()
    return wall, cpu, keys


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--url", default=os.environ.get("ALERTS_BENCH_URL", URL))
    parser.add_argument("--searches", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--seed", type=int, default=16)
    parser.add_argument(
        "--baseline", default="", help="git ref of an earlier matcher to time in the same runs"
    )
    args = parser.parse_args()
    _setup(args.url)
    from deals.alerts import matching
    from deals.alerts.models import Delivery, SavedSearch
    from deals.models import Deal

    _world(args.searches, args.seed)
    baseline = _baseline_matcher(args.baseline) if args.baseline else None
    searches = list(SavedSearch.objects.select_related("user"))
    times, cpu, matched = [], [], 0
    base_times: list[float] = []
    base_cpu: list[float] = []
    for run in range(args.runs):
        deal_id = _new_deal(run)
        if baseline is not None:
            wall, used, base_keys = _timed(baseline.record_deliveries, deal_id)
            base_times.append(wall)
            base_cpu.append(used)
        wall, used, keys = _timed(matching.record_deliveries, deal_id)
        times.append(wall)
        cpu.append(used)
        matched = len(keys)
        if baseline is not None:
            assert keys == base_keys, "the current matcher records other deliveries"
        Delivery.objects.filter(deal_id=deal_id).delete()
        deal = Deal.objects.get(pk=deal_id)
        if run == 0:
            sample = random.Random(args.seed).sample(searches, min(500, len(searches)))
            fast = set(matching.matching_searches(deal, sample))
            reference = {s for s in sample if matching.search_matches(s, deal)}
            assert fast == reference, "fast matcher disagrees with the FilterSet"
        deal.delete()
    parts = {p for s in searches for p in matching._parts(s.query)}
    median = statistics.median(times)
    if baseline is not None:
        print(
            f"baseline {args.baseline}: median {statistics.median(base_times) * 1000:.0f} ms, "
            f"worst {max(base_times) * 1000:.0f} ms, app CPU median "
            f"{statistics.median(base_cpu) * 1000:.0f} ms; current: median "
            f"{median * 1000:.0f} ms (first run {times[0] * 1000:.0f} ms), app CPU median "
            f"{statistics.median(cpu) * 1000:.0f} ms; same deliveries in every run"
        )
    print(
        f"alerts matching: {len(searches)} saved searches, {len(parts)} distinct conditions, "
        f"{matched} matches; median {median * 1000:.0f} ms, worst {max(times) * 1000:.0f} ms "
        f"over {len(times)} runs (target <= {TARGET_SECONDS * 1000:.0f} ms); app CPU median "
        f"{statistics.median(cpu) * 1000:.0f} ms; load average {os.getloadavg()[0]:.1f} on "
        f"{os.cpu_count()} cores; fast matcher = FilterSet reference on 500 searches"
    )
    return 0 if median <= TARGET_SECONDS else 1


if __name__ == "__main__":
    sys.exit(main())
