"""Read replicas: reads to a replica, writes and migrations to the primary, own writes always seen.

The replica here is a second alias, ``replica_0``, mirroring the test database (TEST MIRROR):
a separate connection, so it sees committed rows only, like a real replica with no lag. The
tests that read through it therefore use ``transaction=True``.
"""

import copy
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from django.contrib.sessions.models import Session
from django.db import connections, router, transaction
from django.http import HttpRequest, HttpResponse
from django.test import RequestFactory, override_settings

from config import db_router
from config.db_router import (
    PIN_COOKIE,
    PrimaryReplicaRouter,
    ReplicaPinMiddleware,
    replica_databases,
    reset_pin,
)
from deals.models import Deal
from tests.factories import DealFactory, DealPartyFactory

ROUTER = "config.db_router.PrimaryReplicaRouter"
REPLICA = "replica_0"
ON_REPLICA = pytest.mark.django_db(transaction=True, databases=["default", REPLICA])


@pytest.fixture(scope="module", autouse=True)
def _replica_alias(django_db_setup, django_db_blocker) -> Iterator[None]:
    """Add ``replica_0`` as a mirror of the test database for this module only.

    Defined here rather than in settings so that no other test runs with a router.
    """
    with django_db_blocker.unblock():
        replica = copy.deepcopy(connections["default"].settings_dict)
    replica["TEST"] = {**replica.get("TEST", {}), "MIRROR": "default"}
    connections.settings[REPLICA] = replica
    try:
        yield
    finally:
        connections[REPLICA].close()
        del connections[REPLICA]
        del connections.settings[REPLICA]


@pytest.fixture(autouse=True)
def _router() -> Iterator[None]:
    reset_pin()
    with override_settings(DATABASE_ROUTERS=[ROUTER], REPLICA_PIN_SECONDS=5):
        yield
    reset_pin()


def _serve(view, cookies: dict[str, str] | None = None) -> HttpResponse:
    request = RequestFactory().get("/deals/")
    request.COOKIES.update(cookies or {})
    return ReplicaPinMiddleware(view)(request)


@ON_REPLICA
def test_reads_go_to_the_replica_and_see_committed_rows() -> None:
    deal = DealFactory(title="Written on the primary")
    assert deal._state.db == "default"
    reset_pin()  # a new request

    deals = Deal.objects.all()
    assert deals.db == REPLICA
    assert [(d.pk, d._state.db) for d in deals] == [(deal.pk, REPLICA)]


@ON_REPLICA
def test_writes_go_to_the_primary() -> None:
    assert router.db_for_write(Deal) == "default"
    deal = DealFactory()
    deal.title = "Edited"
    deal.save()
    assert deal._state.db == "default"
    assert Deal.objects.using("default").get(pk=deal.pk).title == "Edited"


@ON_REPLICA
def test_a_request_that_wrote_reads_the_primary_and_gets_a_pin_cookie() -> None:
    seen: list[str] = []

    def view(request: HttpRequest) -> HttpResponse:
        seen.append(Deal.objects.all().db)
        DealFactory()
        seen.append(Deal.objects.all().db)
        return HttpResponse("ok")

    response = _serve(view)
    assert seen == [REPLICA, "default"]
    assert response.cookies[PIN_COOKIE]["max-age"] == 5


@ON_REPLICA
def test_a_browser_that_just_wrote_reads_the_primary_without_renewing_the_pin() -> None:
    seen: list[str] = []

    def view(request: HttpRequest) -> HttpResponse:
        seen.append(Deal.objects.all().db)
        return HttpResponse("ok")

    pinned = _serve(view, cookies={PIN_COOKIE: "1"})
    unpinned = _serve(view)
    assert seen == ["default", REPLICA]
    assert PIN_COOKIE not in pinned.cookies  # reading does not extend the pin
    assert PIN_COOKIE not in unpinned.cookies


@ON_REPLICA
def test_the_pin_ends_with_the_request() -> None:
    _serve(lambda request: (DealFactory(), HttpResponse("ok"))[1])
    assert Deal.objects.all().db == REPLICA


@ON_REPLICA
def test_reads_inside_a_transaction_stay_on_the_primary() -> None:
    with transaction.atomic():
        assert Deal.objects.all().db == "default"
    assert Deal.objects.all().db == REPLICA


@ON_REPLICA
def test_related_rows_are_read_where_their_parent_was_read() -> None:
    party = DealPartyFactory()
    reset_pin()
    deal = Deal.objects.get(pk=party.deal_id)
    assert deal._state.db == REPLICA
    assert deal.parties.all().db == REPLICA
    assert [p.pk for p in deal.parties.all()] == [party.pk]


@ON_REPLICA
def test_objects_from_primary_and_replica_can_be_related() -> None:
    deal = DealFactory()
    reset_pin()
    from_replica = Deal.objects.get(pk=deal.pk)
    assert router.allow_relation(deal, from_replica) is True
    party = DealPartyFactory.build(deal=from_replica)  # would raise if the router refused
    assert party.deal_id == deal.pk


def test_logins_and_sessions_always_use_the_primary() -> None:
    assert router.db_for_read(Session) == "default"


def test_migrations_run_only_on_the_primary() -> None:
    assert router.allow_migrate("default", "deals", model_name="deal") is True
    assert router.allow_migrate(REPLICA, "deals", model_name="deal") is False


def test_reads_are_spread_over_every_replica(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(db_router, "replica_aliases", lambda: ["replica_0", "replica_1"])
    chosen = {PrimaryReplicaRouter().db_for_read(Deal) for _ in range(200)}
    assert chosen == {"replica_0", "replica_1"}


def test_replica_urls_become_mirrored_aliases_tuned_like_the_primary() -> None:
    primary = {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "dealscope",
        "CONN_MAX_AGE": 60,
        "CONN_HEALTH_CHECKS": True,
    }
    urls = ["postgres://reader@db-r1:5432/dealscope", " postgres://reader@db-r2/dealscope ", ""]
    replicas = replica_databases(urls, primary)
    assert list(replicas) == ["replica_0", "replica_1"]
    assert [r["HOST"] for r in replicas.values()] == ["db-r1", "db-r2"]
    assert all(r["TEST"] == {"MIRROR": "default"} for r in replicas.values())
    assert all(r["CONN_MAX_AGE"] == 60 and r["CONN_HEALTH_CHECKS"] for r in replicas.values())


def test_a_replica_of_another_database_engine_is_refused() -> None:
    primary = {"ENGINE": "django.db.backends.postgresql", "NAME": "dealscope"}
    with pytest.raises(ValueError, match="DATABASE_REPLICA_URLS entry 0"):
        replica_databases(["sqlite:////tmp/other.db"], primary)


@pytest.mark.parametrize(
    ("replica_urls", "expected"),
    [
        ("", "['default'] []"),
        (
            "postgres://r@h1/db,postgres://r@h2/db",
            "['default', 'replica_0', 'replica_1'] ['config.db_router.PrimaryReplicaRouter']",
        ),
    ],
)
def test_settings_add_the_router_only_when_replicas_are_configured(
    replica_urls: str, expected: str
) -> None:
    env = {
        **os.environ,
        "DATABASE_URL": "postgres://u@primary/db",
        "DATABASE_REPLICA_URLS": replica_urls,
        "SECRET_KEY": "replica-test-key-" + "0123456789" * 4,
    }
    code = (
        "import config.settings as s; print(list(s.DATABASES), getattr(s, 'DATABASE_ROUTERS', []))"
    )
    root = Path(__file__).resolve().parent.parent
    result = subprocess.run(  # noqa: S603 - our own interpreter and code
        [sys.executable, "-c", code], env=env, cwd=root, capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == expected


@ON_REPLICA
def test_a_chart_read_on_a_replica_asks_the_primary_for_the_refresh(
    refresh_requests: list[str],
) -> None:
    # The stored breakdown totals are written by their refresh: a chart read from a replica
    # that finds them not current must queue it on the primary, never on the replica.
    from deals.analytics import breakdown_totals
    from deals.filters import DealFilterSet

    if connections["default"].vendor != "postgresql":
        pytest.skip("the stored breakdown totals serve PostgreSQL only")
    DealFactory(title="Charted", announced_on="2025-01-02")
    asked = refresh_requests
    chart = DealFilterSet({"deal_class": ["licensing"]}, queryset=Deal.objects.public()).qs
    assert breakdown_totals.rows(chart.using(REPLICA), "deal_type", "year") is None
    assert asked == ["default"]
