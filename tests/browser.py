"""Shared Playwright fixtures for browser tests (imported into tests/conftest.py).

Use them in a test marked ``@pytest.mark.browser`` together with pytest-django's
``live_server``; mark the test ``@pytest.mark.django_db(transaction=True)``. Every flush
between transactional tests runs post_migrate, which brings back what the migrations left
(content types, permissions, the Viewer and Analyst roles), so the tests pass in any order;
no ``serialized_rollback`` (its flush skips post_migrate and leaves the next test an empty
database) and no collection hook that reorders tests. Browser tests with database access also
get the roles explicitly (``ensure_analyst_roles``).

- ``browser_page``: a fresh page in its own context; its console errors are collected.
- ``new_browser_page``: a factory for more pages (another user, another viewport).
- ``console_errors(page)``: the errors the page logged so far.
- ``screenshot(page_or_locator, name)``: a PNG under test-artifacts/screenshots/.
- ``admin_login(page, base_url, username, password)``: logs in through the admin form.
- ``live_server``: pytest-django's, started with plain-HTTP settings (see below).

Chromium is Debian's (/usr/bin/chromium); Playwright never downloads a browser here. When
the binary is missing every browser test is skipped, never failed.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Locator, Page

__all__ = [
    "CHROMIUM",
    "SCREENSHOT_DIR",
    "admin_login",
    "analyst_roles_for_browser_tests",
    "browser_page",
    "console_errors",
    "ensure_analyst_roles",
    "live_server",
    "new_browser_page",
    "playwright_browser",
    "screenshot",
]

CHROMIUM = Path("/usr/bin/chromium")
SCREENSHOT_DIR = Path(__file__).resolve().parent.parent / "test-artifacts" / "screenshots"
LAUNCH_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
DEFAULT_VIEWPORT = {"width": 1366, "height": 900}
# Pages are served by the in-process live server; a slow CI machine still answers in this.
DEFAULT_TIMEOUT_MS = 15_000


def ensure_analyst_roles() -> None:
    """Create the Viewer and Analyst groups as the roles migration does (idempotent).

    A transactional test's flush empties auth_group and post_migrate brings the groups back;
    browser tests make sure themselves all the same, whatever ran before them.
    """
    from django.apps import apps
    from django.contrib.auth.management import create_permissions
    from django.contrib.auth.models import Group, Permission

    from deals.roles import ensure_roles

    for app_config in apps.get_app_configs():
        create_permissions(app_config, verbosity=0)  # content types too
    ensure_roles(Group, Permission)


@pytest.fixture(autouse=True)
def analyst_roles_for_browser_tests(request: pytest.FixtureRequest) -> None:
    """Every browser test with database access finds the Viewer and Analyst roles.

    Autouse, so it runs after pytest-django has set up the database and before the test's
    own fixtures (which typically put a user in the Analyst group).
    """
    if request.node.get_closest_marker("browser") is None:
        return
    if request.node.get_closest_marker("django_db") is None:
        return
    ensure_analyst_roles()


@pytest.fixture(scope="session")
def live_server(request: pytest.FixtureRequest) -> Iterator[Any]:
    """pytest-django's live server, but built while the HTTPS redirect is off.

    Production settings redirect every request to HTTPS, and SecurityMiddleware reads that
    setting once, when the server thread builds its handler: that happens before any
    per-test settings fixture runs, so the live server (plain HTTP) would answer every page
    with a redirect to an https:// URL nothing listens on.
    """
    from django.test.utils import override_settings
    from pytest_django.live_server_helper import LiveServer

    addr = (
        request.config.getvalue("liveserver")
        or os.getenv("DJANGO_LIVE_TEST_SERVER_ADDRESS")
        or "localhost"
    )
    with override_settings(SECURE_SSL_REDIRECT=False):
        server = LiveServer(addr)  # starts the thread and waits until its handler is built
    yield server
    server.stop()


@pytest.fixture(scope="session")
def playwright_browser() -> Iterator[Browser]:
    """One headless Chromium for the whole session (launching it costs about a second)."""
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is not installed (apt-get install chromium)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:  # pragma: no cover - playwright is a dev dependency
        pytest.skip("playwright is not installed")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=LAUNCH_ARGS)
        try:
            yield browser
        finally:
            browser.close()


@pytest.fixture
def new_browser_page(playwright_browser: Browser) -> Iterator[Callable[..., Page]]:
    """Factory: ``new_browser_page(viewport=...)`` opens a page in a fresh context."""
    contexts: list[Any] = []

    def _new(viewport: dict[str, int] | None = None, **context_options: Any) -> Page:
        context = playwright_browser.new_context(
            viewport=viewport or DEFAULT_VIEWPORT, **context_options
        )
        context.set_default_timeout(DEFAULT_TIMEOUT_MS)
        contexts.append(context)
        page = context.new_page()
        errors: list[str] = []

        def _on_console(msg: Any) -> None:
            if msg.type == "error":
                # "Failed to load resource" says nothing of which one; the location does.
                where = (msg.location or {}).get("url", "")
                errors.append(f"{msg.text} [{where}]" if where else msg.text)

        page.on("console", _on_console)
        page.on("pageerror", lambda exc: errors.append(str(exc)))
        page._console_errors = errors  # type: ignore[attr-defined]
        return page

    yield _new
    for context in contexts:
        context.close()


@pytest.fixture
def browser_page(new_browser_page: Callable[..., Page]) -> Page:
    """A fresh page (desktop viewport) whose console errors are collected."""
    return new_browser_page()


def console_errors(page: Page) -> list[str]:
    """Console errors and uncaught exceptions the page has logged so far."""
    return list(getattr(page, "_console_errors", []))


def screenshot(target: Page | Locator, name: str) -> Path:
    """Save test-artifacts/screenshots/<name>.png and return its path.

    A page is captured whole (full_page); a locator only its element, for a close look.
    """
    SCREENSHOT_DIR.mkdir(parents=True, exist_ok=True)
    safe = re.sub(r"[^A-Za-z0-9_.-]+", "-", name).strip("-") or "page"
    path = SCREENSHOT_DIR / f"{safe}.png"
    if hasattr(target, "goto"):
        target.screenshot(path=str(path), full_page=True)
    else:
        target.screenshot(path=str(path))
    return path


def admin_login(page: Page, base_url: str, username: str, password: str) -> None:
    """Log in through the admin's own login form and wait for the admin index."""
    page.goto(f"{base_url}/admin/login/?next=/admin/")
    page.fill("#id_username", username)
    page.fill("#id_password", password)
    page.click("input[type=submit]")
    page.wait_for_url(f"{base_url}/admin/")
