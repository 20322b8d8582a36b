"""End to end on PostgreSQL: a reader's saved search, an analyst's API write, the worker, a real
SMTP server (aiosmtpd) and a local webhook receiver; then a worker stopped mid-batch.

Committed transactions (``transaction=True``) so that the deal's on-commit hook queues the
matching task exactly as in production.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from django.conf import settings as django_settings
from django.core.management import call_command
from django.db import connection, transaction
from rest_framework.test import APIClient

from accounts.models import create_token
from tests import factories as f
from tests.test_alerts_api import Receiver
from tests.test_api_writes import rc148_body

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(
        not os.environ.get("DATABASE_URL", "").startswith("postgres"),
        reason="end-to-end alerts run on PostgreSQL (DATABASE_URL=postgres://...)",
    ),
]

ROOT = Path(__file__).resolve().parent.parent
QUERY = "licensor_country=CN&modality=bispecific"


class SmtpSink:
    """A local SMTP server (aiosmtpd) recording every message; ``delay`` slows each one."""

    def __init__(self, delay: float = 0.0) -> None:
        from aiosmtpd.controller import Controller

        self.messages: list[Any] = []
        self.delay = delay
        sink = self

        class Handler:
            async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
                if sink.delay:
                    time.sleep(sink.delay)
                sink.messages.append(envelope)
                return "250 OK"

        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
        self.controller = Controller(Handler(), hostname="127.0.0.1", port=self.port)
        self.controller.start()

    def recipients(self) -> list[str]:
        return sorted(r for m in self.messages for r in m.rcpt_tos)

    def stop(self) -> None:
        self.controller.stop()


@pytest.fixture
def smtp(settings) -> Iterator[SmtpSink]:
    sink = SmtpSink()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", sink.port
    settings.EMAIL_USE_TLS = settings.EMAIL_USE_SSL = False
    yield sink
    sink.stop()


@pytest.fixture
def roles(django_user_model):
    """The Analyst group (a transactional test starts from an empty database)."""
    from django.contrib.auth.models import Group, Permission

    from deals.roles import ensure_roles

    ensure_roles(Group, Permission)
    analyst = django_user_model.objects.create_user("ana", "ana@example.org", "pw", is_staff=True)
    analyst.groups.add(Group.objects.get(name="Analyst"))
    return analyst


def _world() -> None:
    f.ConferenceFactory(name="JPM 2026", slug="jpm-2026", year=2026)
    f.CompanyFactory(name="RemeGen", slug="remegen", country="CN")
    f.CompanyFactory(name="AbbVie", slug="abbvie", country="US")
    f.CompanyFactory(name="Acme", slug="acme", country="US")
    f.AssetFactory(name="RC148", slug="rc148", modality="bispecific")
    f.AssetFactory(name="AC-1", slug="ac-1", modality="small_molecule")
    f.RegionFactory(code="WW", name="Worldwide")
    f.RegionFactory(code="GREATER_CHINA", name="Greater China")


def test_reader_gets_one_email_and_one_signed_webhook_for_the_matching_deal_only(
    smtp, roles, settings, django_user_model
):
    from deals.alerts.models import Delivery

    settings.WEBHOOKS_ALLOW_PRIVATE = True
    receiver = Receiver()
    try:
        _world()
        reader = django_user_model.objects.create_user("rita", "rita@example.org", "pw")
        api = APIClient()
        api.credentials(HTTP_AUTHORIZATION=f"Token {create_token(reader)[1]}")
        saved = api.post(
            "/api/v1/saved-searches/",
            {"name": "CN bispecifics", "query": QUERY, "email": "immediate",
             "webhook_url": receiver.url},
        )  # fmt: skip
        assert saved.status_code == 201, saved.json()
        secret = saved.json()["webhook_secret"]

        writer = APIClient()
        writer.credentials(HTTP_AUTHORIZATION=f"Token {create_token(roles, write=True)[1]}")
        matching = writer.post("/api/v1/deals/", rc148_body(), format="json")
        assert matching.status_code == 201, matching.json()
        other = rc148_body(
            title="Acme licenses AC-1 to AbbVie",
            parties=[{"role": "licensor", "company": "acme"},
                     {"role": "licensee", "company": "abbvie"}],
            assets=[{"asset": "ac-1", "phase_at_signing": "phase_1"}],
        )  # fmt: skip
        other["sources"] = [{"url": "https://example.org/acme", "publisher": "Acme"}]
        other["headline_value"]["source"] = other["payments"][0]["source"] = None
        assert writer.post("/api/v1/deals/", other, format="json").status_code == 201
        with transaction.atomic():  # an internal deal that matches: for analysts only
            internal = f.DealFactory(title="Quokka internal", visibility="internal")
            f.DealPartyFactory(deal=internal, company_id=f.CompanyFactory(country="CN").pk,
                               role="licensor")  # fmt: skip
            f.DealAssetFactory(deal=internal, asset=f.AssetFactory(modality="bispecific"))

        call_command("deliver_alerts", "--once")
        call_command("deliver_alerts", "--once")  # a second run sends nothing more

        assert smtp.recipients() == ["rita@example.org"]
        text = smtp.messages[0].content.decode()
        assert "RemeGen licenses RC148 to AbbVie" in text and "Quokka" not in text
        assert len(receiver.requests) == 1
        sent = receiver.requests[0]
        digest = hmac.new(secret.encode(), sent["body"], hashlib.sha256).hexdigest()
        assert sent["headers"]["X-DealScope-Signature"] == f"sha256={digest}"
        assert b"RC148" in sent["body"] and b"Quokka" not in sent["body"]
        assert Delivery.objects.filter(status="sent").count() == 2
    finally:
        receiver.close()


def test_worker_stopped_mid_batch_then_restarted_sends_each_email_once(
    smtp, settings, django_user_model
):
    """The real worker (``manage.py db_worker``) in a subprocess, stopped with SIGTERM while
    it works through 8 e-mails, then ``deliver_alerts --once``: 8 e-mails, no duplicates."""
    from deals.alerts.models import SavedSearch

    smtp.delay = 0.4  # slow enough to stop the worker half-way
    users = [
        django_user_model.objects.create_user(f"r{i}", f"r{i}@example.org", "pw") for i in range(8)
    ]
    for user in users:
        SavedSearch.objects.create(user=user, name="CN", query=QUERY, email="immediate")
    with transaction.atomic():  # committed: its on-commit hook queues the matching task
        deal = f.DealFactory(title="CN bispecific")
        f.DealPartyFactory(deal=deal, company=f.CompanyFactory(country="CN"), role="licensor")
        f.DealAssetFactory(deal=deal, asset=f.AssetFactory(modality="bispecific"))

    db = django_settings.DATABASES["default"]
    env = {
        **os.environ,
        "DEBUG": "true",
        "DATABASE_URL": f"postgres://{db['USER']}@{db['HOST']}:{db['PORT']}/{db['NAME']}",
        "EMAIL_URL": f"smtp://127.0.0.1:{smtp.port}",
    }
    connection.close()  # the worker must see every committed row
    worker = subprocess.Popen(
        [sys.executable, "manage.py", "db_worker", "--no-startup-delay", "--no-reload",
         "--interval", "0.1"],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 60
        while len(smtp.messages) < 3 and time.monotonic() < deadline:
            time.sleep(0.05)
        worker.send_signal(signal.SIGTERM)  # finishes the task in hand, then exits
        worker.wait(timeout=30)
    finally:
        if worker.poll() is None:
            worker.kill()
            worker.wait()
    before_restart = len(smtp.messages)
    assert 3 <= before_restart < len(users)
    call_command("deliver_alerts", "--once")
    assert smtp.recipients() == sorted(u.email for u in users)
