"""schemathesis against the API in-process: every operation of the live OpenAPI document,
generated requests (anonymous and with an Analyst's write token) on seeded data with real
foreign keys, checked for server errors and for responses that break the schema.

The document is generated in Python (no HTTP round trip at import time) and requests go
through Django's WSGI application, inside the test's database transaction.
"""

from __future__ import annotations

import json
import os
import zlib
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import schemathesis
from django.core import signals
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from drf_spectacular.generators import SchemaGenerator
from drf_spectacular.renderers import OpenApiJsonRenderer
from hypothesis import HealthCheck, settings

from tests import factories as f


def _raw_schema() -> dict[str, Any]:
    generated = SchemaGenerator().get_schema(request=None, public=True)
    return json.loads(OpenApiJsonRenderer().render(generated))


class _App:
    """The WSGI application, rebuilt for each test.

    Django's middleware reads settings when the handler is built, so the handler must be
    created after the test settings apply (no HTTPS redirect, "localhost" allowed). schemathesis
    needs the app when the schema is loaded, and its checks send extra requests through it.
    """

    handler: Any = None

    def __call__(self, environ: dict, start_response: Any) -> Any:
        return self.handler(environ, start_response)


APP = _App()
# Checks as configured for this API:
# - a stale If-Match is refused with 412 before the body is read (RFC 9110 evaluates
#   preconditions first), so 412 is a correct rejection of an invalid request too;
# - positive_data_acceptance is off: a well-formed but unknown slug (?company=zzz) is a 400
#   by contract, not a request the API should accept.
CONFIG = schemathesis.Config.from_dict(
    {
        "checks": {
            "negative_data_rejection": {
                "expected-statuses": [400, 401, 403, 404, 405, 406, 409, 412, 415, 422, 428, 429]
            },
            "positive_data_acceptance": {"enabled": False},
        }
    }
)
schema = schemathesis.openapi.from_dict(_raw_schema(), config=CONFIG)
schema.app = APP

# Examples per operation: enough to reach every parameter's edge cases a few times while the
# whole run (about 30 operations, two identities) stays around a minute on a laptop.
EXAMPLES = int(os.environ.get("SCHEMATHESIS_EXAMPLES", "25"))
# operation → number of generated requests, for the run's closing figure.
CALLS: Counter[str] = Counter()


@pytest.fixture
def seeded(django_user_model, wsgi_app) -> dict[str, Any]:
    """RC148 with every part, plus an undisclosed-partner deal, so details have real rows."""
    from django.contrib.auth.models import Group

    from accounts.models import create_token

    deal = f.build_rc148_like_deal()
    other = f.DealFactory(title="ALT-B4 negotiation", status="negotiation")
    f.DealPartyFactory(deal=other, company=None, role="licensee")
    user = django_user_model.objects.create_user("st", password="pw-st-123")
    user.groups.add(Group.objects.get(name="Analyst"))
    return {
        "slugs": {
            "/api/v1/deals/{slug}/": [deal.slug, other.slug],
            "/api/v1/companies/{slug}/": ["remegen", "abbvie"],
            "/api/v1/assets/{slug}/": ["rc148"],
            "/api/v1/conferences/{slug}/": ["jpm-2026"],
            "/api/v1/targets/{slug}/": ["pd-1", "vegf-a"],
            "/api/v1/therapeutic-areas/{slug}/": ["oncology"],
            "/api/v1/analytics/conference/{slug}/": ["jpm-2026"],
        },
        "token": create_token(user, write=True)[1],
    }


@pytest.fixture(scope="module", autouse=True)
def _report_run(request: pytest.FixtureRequest) -> Iterator[None]:
    """After the run: operations × examples, on the terminal and in test-artifacts/."""
    yield
    if not CALLS:
        return
    operations = {key.split(" ", 1)[1] for key in CALLS}
    summary = {
        "operations": len(operations),
        "identities": ["anonymous", "write-token"],
        "max_examples_per_operation_and_identity": EXAMPLES,
        "requests": sum(CALLS.values()),
        "per_operation": dict(sorted(CALLS.items())),
    }
    out = Path(__file__).resolve().parent.parent / "test-artifacts" / "schemathesis.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps(summary, indent=2))
    reporter = request.config.pluginmanager.get_plugin("terminalreporter")
    if reporter is not None:
        reporter.write_line(
            f"schemathesis: {len(operations)} operations x 2 identities, "
            f"{summary['requests']} generated requests (details: {out})"
        )


@pytest.fixture
def wsgi_app(settings) -> Iterator[None]:
    # schemathesis' WSGI transport calls the app as "localhost".
    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "localhost"]
    APP.handler = get_wsgi_application()
    # Like Django's test client: a request must not close the connection that holds the
    # test's transaction (PostgreSQL would lose the seeded rows mid-test).
    signals.request_started.disconnect(close_old_connections)
    signals.request_finished.disconnect(close_old_connections)
    yield
    signals.request_started.connect(close_old_connections)
    signals.request_finished.connect(close_old_connections)


def _use_seeded_slug(case: Any, seeded: dict[str, Any]) -> None:
    # Two requests in three use a real slug, so that details, writes and deletes reach
    # existing rows (and their foreign keys) instead of always answering 404.
    slugs = seeded["slugs"].get(case.path)
    if slugs and "slug" in (case.path_parameters or {}):
        fingerprint = json.dumps(case.query or {}, sort_keys=True, default=str).encode()
        pick = zlib.crc32(fingerprint) % (len(slugs) + 1)  # stable across runs, unlike hash()
        if pick < len(slugs):
            case.path_parameters["slug"] = slugs[pick]


@pytest.mark.django_db
@schema.parametrize()
@settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=list(HealthCheck),
    derandomize=True,
)
@pytest.mark.parametrize("identity", ["anonymous", "write-token"])
def test_api_never_errors_and_matches_its_schema(case: Any, identity: str, seeded: dict) -> None:
    _use_seeded_slug(case, seeded)
    headers = {"Authorization": f"Token {seeded['token']}"} if identity == "write-token" else {}
    # Keyed by the documented operation (the coverage phase also tries undeclared methods).
    CALLS[f"{identity} {case.operation.method.upper()} {case.operation.path}"] += 1
    case.call_and_validate(headers=headers)
