"""Screenshots of the alerts at desktop and phone width: the Save this search button, My
DealScope, the watched items and a digest e-mail as Chromium renders it; no sideways scrolling."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from deals.alerts import matching
from deals.alerts.delivery import build_email
from deals.alerts.models import Delivery, Frequency, SavedSearch, Watch
from tests.browser import console_errors, screenshot
from tests.test_alerts import QUERY, _cn_bispecific

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 390, "height": 844}


def _no_sideways_scroll(page, what: str) -> None:
    overflow = page.evaluate(
        "document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )
    assert overflow <= 0, f"{what} scrolls sideways by {overflow}px"


def test_alerts_screens_at_desktop_and_phone_width(
    live_server, new_browser_page: Callable, django_user_model
) -> None:
    from django.contrib.contenttypes.models import ContentType

    reader = django_user_model.objects.create_user("rita", "rita@example.org", "pw-rita-123")
    search = SavedSearch.objects.create(
        user=reader, name="China bispecifics", query=QUERY, email=Frequency.DAILY
    )
    SavedSearch.objects.create(
        user=reader, name="Big ADC deals", query="modality=adc&min_headline_usd=1000000000"
    )
    first = _cn_bispecific(title="RemeGen licenses RC148 (PD-1×VEGF) to AbbVie")
    second = _cn_bispecific(title="Akeso options a bispecific to Summit in Europe")
    licensor = first.parties.get(role="licensor").company
    Watch.objects.create(
        user=reader, content_type=ContentType.objects.get_for_model(licensor),
        object_id=licensor.pk,
    )  # fmt: skip
    for deal in (first, second):
        matching.record_deliveries(deal.pk)
    digest = build_email(
        reader, list(Delivery.objects.filter(saved_search=search).order_by("pk")), digest="daily"
    )
    html = digest.alternatives[0][0]

    for label, viewport in (("desktop", DESKTOP), ("phone", PHONE)):
        page = new_browser_page(viewport=viewport)
        page.goto(f"{live_server.url}/accounts/login/")
        page.fill("#id_username", "rita")
        page.fill("#id_password", "pw-rita-123")
        page.click("form.stack-form button[type=submit]")
        page.wait_for_url(f"{live_server.url}/my/")
        for name, path in (
            ("deal-list-save-button", f"/deals/?{QUERY}"),
            ("save-search-form", "/my/searches/new/?query=licensor_country%3DCN"),
            ("my-dealscope", "/my/"),
            ("watches", "/my/watches/"),
        ):
            response = page.goto(f"{live_server.url}{path}")
            assert response is not None and response.status == 200, path
            _no_sideways_scroll(page, f"{path} at {label} width")
            screenshot(page, f"alerts-{name}-{label}")
        page.goto(f"{live_server.url}/my/")
        assert page.get_by_text("Private Atom feed").count() == 2
        assert page.get_by_text("2 new").count() == 1
        assert console_errors(page) == [], label
        mail_page = new_browser_page(viewport=viewport)
        mail_page.set_content(html)
        _no_sideways_scroll(mail_page, f"digest e-mail at {label} width")
        screenshot(mail_page, f"alerts-digest-email-{label}")
