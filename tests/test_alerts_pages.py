"""HTML of the alerts: sign-up with confirmation, Save this search, My DealScope, watches."""

from __future__ import annotations

import re

import pytest
from django.core import mail

from deals.alerts.models import Frequency, SavedSearch, Watch
from tests.factories import CompanyFactory, ConferenceFactory, DealFactory, DealPartyFactory
from tests.test_alerts import QUERY, _cn_bispecific

pytestmark = pytest.mark.django_db


@pytest.fixture
def reader(django_user_model):
    return django_user_model.objects.create_user("rita", "rita@example.org", "pw-rita-123")


def test_signup_confirms_the_address_before_the_account_works(client, django_user_model):
    answer = client.post(
        "/accounts/signup/",
        {
            "username": "newbie",
            "email": "New@Example.org",
            "password1": "a-long-pass-phrase-42",
            "password2": "a-long-pass-phrase-42",
        },
    )
    assert answer.status_code == 200
    user = django_user_model.objects.get(username="newbie")
    assert not user.is_active and not user.is_staff and user.email == "new@example.org"
    link = re.search(r"http://\S+/accounts/confirm/\S+/", mail.outbox[0].body).group(0)
    assert client.get(link.replace("http://testserver", "")).status_code == 200
    user.refresh_from_db()
    assert user.is_active
    assert client.get("/accounts/confirm/forged-token/").status_code == 400
    assert (
        client.post(
            "/accounts/login/", {"username": "newbie", "password": "a-long-pass-phrase-42"}
        ).status_code
        == 302
    )


def test_password_reset_mails_a_link(client, reader):
    assert client.post("/accounts/password-reset/", {"email": reader.email}).status_code == 302
    assert "/accounts/reset/" in mail.outbox[0].body


def test_save_this_search_from_the_deal_list(client, reader):
    client.force_login(reader)
    page = client.get(f"/deals/?{QUERY}").content.decode()
    assert "/my/searches/new/?query=licensor_country%3DCN%26modality%3Dbispecific" in page
    form = client.get("/my/searches/new/?query=licensor_country%3DCN%26modality%3Dbispecific")
    assert form.status_code == 200
    answer = client.post(
        "/my/searches/new/", {"name": "CN bispecifics", "query": QUERY, "email": "weekly"}
    )
    assert answer.status_code == 302
    search = SavedSearch.objects.get()
    assert (search.user, search.query, search.email) == (reader, QUERY, Frequency.WEEKLY)


def test_saving_a_search_the_list_rejects_names_the_parameter(client, reader):
    client.force_login(reader)
    answer = client.post("/my/searches/new/", {"name": "x", "query": "licencee=pfizer"})
    assert answer.status_code == 400
    assert "licencee" in answer.content.decode()
    assert not SavedSearch.objects.exists()


def test_save_search_needs_a_login(client):
    answer = client.get("/my/searches/new/?query=q%3Dx")
    assert answer.status_code == 302 and answer["Location"].startswith("/accounts/login/")


def test_my_dealscope_counts_new_deals_since_the_last_visit(client, reader):
    client.force_login(reader)
    client.post("/my/searches/new/", {"name": "CN bispecifics", "query": QUERY, "email": "off"})
    search = SavedSearch.objects.get()
    _cn_bispecific(title="Fresh bispecific")
    page = client.get("/my/").content.decode()
    assert "1 new" in page and "Fresh bispecific" in page
    opened = client.get(f"/my/searches/{search.pk}/")
    assert opened.status_code == 302 and opened["Location"] == f"/deals/?{QUERY}"
    assert "nothing new" in client.get("/my/").content.decode()


def test_my_dealscope_never_counts_internal_deals_for_a_reader(client, reader):
    client.force_login(reader)
    client.post("/my/searches/new/", {"name": "CN", "query": QUERY, "email": "off"})
    _cn_bispecific(title="Quokka internal", visibility="internal")
    page = client.get("/my/").content.decode()
    assert "Quokka" not in page and "nothing new" in page


def test_watch_button_on_company_asset_and_conference_pages(client, reader):
    company = CompanyFactory(name="RemeGen")
    conference = ConferenceFactory()
    deal = DealFactory(title="RemeGen deal", conference=conference)
    DealPartyFactory(deal=deal, company=company, role="licensor")
    assert "Sign in to watch" in client.get(company.get_absolute_url()).content.decode()
    client.force_login(reader)
    for obj, kind in ((company, "company"), (conference, "conference")):
        page = client.get(obj.get_absolute_url()).content.decode()
        assert f"/watch/{kind}/{obj.slug}/" in page
        answer = client.post(f"/watch/{kind}/{obj.slug}/", {"next": obj.get_absolute_url()})
        assert answer.status_code == 302 and answer["Location"] == obj.get_absolute_url()
        assert "Watching" in client.get(obj.get_absolute_url()).content.decode()
    assert Watch.objects.filter(user=reader).count() == 2
    watched = client.get("/my/watches/").content.decode()
    assert "RemeGen deal" in watched
    client.post(f"/watch/company/{company.slug}/")
    assert Watch.objects.filter(user=reader).count() == 1
    assert client.post("/watch/deal/x/").status_code == 404


def test_other_users_saved_searches_cannot_be_changed(client, reader, django_user_model):
    other = django_user_model.objects.create_user("otto", "o@example.org", "pw")
    search = SavedSearch.objects.create(user=other, name="theirs", query=QUERY)
    client.force_login(reader)
    assert client.post(f"/my/searches/{search.pk}/update/", {"action": "delete"}).status_code == 404
    assert client.get(f"/my/searches/{search.pk}/").status_code == 404
    assert SavedSearch.objects.filter(pk=search.pk).exists()


def test_private_feed_shows_the_owners_view_and_dies_when_revoked(client, reader):
    search = SavedSearch.objects.create(user=reader, name="CN", query=QUERY)
    _cn_bispecific(title="Public bispecific")
    _cn_bispecific(title="Quokka internal", visibility="internal")
    url = f"/feeds/saved/{search.feed_token}/"
    feed = client.get(url).content.decode()
    assert "Public bispecific" in feed and "Quokka" not in feed
    client.force_login(reader)
    client.post(f"/my/searches/{search.pk}/update/", {"action": "revoke_feed"})
    client.logout()
    assert client.get(url).status_code == 404


def _marked_rows(html: str) -> list[str]:
    """Titles of the deal-list rows marked new (their row class and their "New" badge)."""
    rows = re.findall(r'<tr class="row-new">\s*<td class="deal-cell">\s*<a[^>]*>([^<]+)</a>', html)
    assert html.count('New<span class="visually-hidden"> since your last visit') == len(rows)
    return sorted(rows)


def _new_count(my_page: str, name: str) -> int:
    """The "N new" My DealScope shows beside saved search ``name`` (0 for "nothing new")."""
    card = my_page.split(f">{name}</a></h2>", 1)[1].split("</li>", 1)[0]
    found = re.search(r'class="badge badge-new"[^>]*>(\d+) new<', card)
    return int(found.group(1)) if found else 0


def test_deal_list_opened_from_my_dealscope_marks_the_new_rows_then_resets(client, reader):
    _cn_bispecific(title="Bispecific seen before")
    client.force_login(reader)
    client.post("/my/searches/new/", {"name": "CN bispecifics", "query": QUERY, "email": "off"})
    search = SavedSearch.objects.get()
    for title in ("Alpha bispecific", "Beta bispecific", "Gamma bispecific"):
        _cn_bispecific(title=title)
    _cn_bispecific(title="Quokka internal", visibility="internal")  # not for a reader
    DealFactory(title="Unrelated new deal")

    my_page = client.get("/my/").content.decode()
    assert _new_count(my_page, "CN bispecifics") == 3
    listing = client.get(f"/my/searches/{search.pk}/", follow=True).content.decode()
    assert _marked_rows(listing) == ["Alpha bispecific", "Beta bispecific", "Gamma bispecific"]
    assert "Bispecific seen before" in listing and "Quokka" not in listing
    assert "<strong>3</strong> deals added since your last visit" in listing
    # Sorting keeps the filters, so the marks stay; other filters are another list.
    sorted_list = client.get(f"/deals/?{QUERY}&ordering=title").content.decode()
    assert len(_marked_rows(sorted_list)) == 3
    assert _marked_rows(client.get("/deals/?licensor_country=CN").content.decode()) == []

    # The visit reset the count; the next visit marks nothing, a deal added since is new.
    assert _new_count(client.get("/my/").content.decode(), "CN bispecifics") == 0
    again = client.get(f"/my/searches/{search.pk}/", follow=True).content.decode()
    assert _marked_rows(again) == [] and "Nothing added since your last visit" in again
    _cn_bispecific(title="Delta bispecific")
    assert _new_count(client.get("/my/").content.decode(), "CN bispecifics") == 1
    third = client.get(f"/my/searches/{search.pk}/", follow=True).content.decode()
    assert _marked_rows(third) == ["Delta bispecific"]


def test_new_marks_follow_the_session_owner_only(client, reader, django_user_model):
    client.force_login(reader)
    client.post("/my/searches/new/", {"name": "CN bispecifics", "query": QUERY, "email": "off"})
    search = SavedSearch.objects.get()
    _cn_bispecific(title="Alpha bispecific")
    client.get(f"/my/searches/{search.pk}/")
    client.logout()  # a new session: the marks are not in the URL for anyone else to see
    assert _marked_rows(client.get(f"/deals/?{QUERY}").content.decode()) == []
    other = django_user_model.objects.create_user("otto", "o@example.org", "pw-otto-123")
    client.force_login(other)
    assert _marked_rows(client.get(f"/deals/?{QUERY}").content.decode()) == []


# --- webhook form on My DealScope ----------------------------------------------------------------


@pytest.fixture
def public_dns(monkeypatch):
    """hooks.example.org resolves to a public address (the tests have no network)."""
    import socket

    def resolve(host, port, *args, **kwargs):
        address = "93.184.215.14" if host == "hooks.example.org" else "10.0.0.7"
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (address, port))]

    monkeypatch.setattr("deals.alerts.delivery.socket.getaddrinfo", resolve)


def _hook_search(client, user) -> SavedSearch:
    from accounts.models import create_token

    create_token(user)  # API access
    client.force_login(user)
    return SavedSearch.objects.create(user=user, name="CN bispecifics", query=QUERY)


def test_api_token_holder_sets_a_webhook_on_my_dealscope_and_sees_the_secret_once(
    client, reader, public_dns
):
    from deals.alerts.models import WebhookSubscription

    search = _hook_search(client, reader)
    page = client.get("/my/").content.decode()
    assert f'action="/my/searches/{search.pk}/webhook/"' in page and "Webhook URL" in page
    url = "https://hooks.example.org/dealscope"
    answer = client.post(f"/my/searches/{search.pk}/webhook/", {"action": "set", "url": url})
    assert answer.status_code == 302 and answer["Location"] == "/my/"
    hook = WebhookSubscription.objects.get(saved_search=search)
    assert hook.url == url
    shown = client.get("/my/")
    assert hook.secret in shown.content.decode() and shown["Cache-Control"] == "no-store"
    assert hook.secret not in client.get("/my/").content.decode()  # once
    # Same address again: same subscription, no new secret; then removed.
    client.post(f"/my/searches/{search.pk}/webhook/", {"action": "set", "url": url})
    assert WebhookSubscription.objects.get().secret == hook.secret
    assert hook.secret not in client.get("/my/").content.decode()
    client.post(f"/my/searches/{search.pk}/webhook/", {"action": "clear"})
    assert not WebhookSubscription.objects.exists()


def test_setting_a_disabled_webhook_again_resumes_it_with_its_secret(client, reader, public_dns):
    from django.utils import timezone

    from deals.alerts.models import WebhookSubscription

    search = _hook_search(client, reader)
    url = "https://hooks.example.org/dealscope"
    client.post(f"/my/searches/{search.pk}/webhook/", {"action": "set", "url": url})
    hook = WebhookSubscription.objects.get(saved_search=search)
    WebhookSubscription.objects.filter(pk=hook.pk).update(disabled_at=timezone.now(), failures=8)
    assert "set it again to resume" in client.get("/my/").content.decode()
    client.post(f"/my/searches/{search.pk}/webhook/", {"action": "set", "url": url})
    resumed = WebhookSubscription.objects.get(pk=hook.pk)
    assert resumed.disabled_at is None and resumed.failures == 0
    assert resumed.secret == hook.secret and resumed.active
    assert "posts to its webhook again" in client.get("/my/").content.decode()


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("ftp://hooks.example.org/x", "Only http:// and https://"),
        ("javascript:alert(1)", "Enter a valid URL"),
        ("not a url", "Enter a valid URL"),
        ("http://127.0.0.1:9/hook", "private or loopback"),
        ("http://10.1.2.3/hook", "private or loopback"),
        ("https://intranet.example.org/hook", "private or loopback"),
        ("http://user:pw@hooks.example.org/hook", "Credentials"),
        ("", "This field is required"),
    ],
)
def test_webhook_form_refuses_what_the_api_refuses_and_stores_nothing(
    client, reader, public_dns, url, message
):
    from deals.alerts.models import WebhookSubscription

    search = _hook_search(client, reader)
    answer = client.post(f"/my/searches/{search.pk}/webhook/", {"action": "set", "url": url})
    page = answer.content.decode()
    assert answer.status_code == 400 and message in page
    assert 'role="alert"' in page and "CN bispecifics" in page  # the page, with the error
    assert not WebhookSubscription.objects.exists()


def test_private_webhook_allowed_in_the_form_only_with_the_setting(client, reader, settings):
    from deals.alerts.models import WebhookSubscription

    search = _hook_search(client, reader)
    settings.WEBHOOKS_ALLOW_PRIVATE = True
    url = "http://127.0.0.1:9/hook"
    client.post(f"/my/searches/{search.pk}/webhook/", {"action": "set", "url": url})
    assert WebhookSubscription.objects.get().url == url


def test_webhook_form_needs_api_access_and_the_owner(client, reader, django_user_model, public_dns):
    from deals.alerts.models import WebhookSubscription

    url = "https://hooks.example.org/x"
    theirs = _hook_search(client, django_user_model.objects.create_user("otto", "o@x.org", "pw"))
    WebhookSubscription.objects.create(saved_search=theirs, url=url)
    client.force_login(reader)
    mine = SavedSearch.objects.create(user=reader, name="Mine", query=QUERY)
    # No token: no form, and the endpoint refuses.
    assert "Webhook URL" not in client.get("/my/").content.decode()
    refused = client.post(f"/my/searches/{mine.pk}/webhook/", {"action": "set", "url": url})
    assert (
        refused.status_code == 403
        and not WebhookSubscription.objects.filter(saved_search=mine).exists()
    )
    # With a token, still only their own searches: another user's is a 404, left as it was.
    from accounts.models import create_token

    create_token(reader)
    for data in ({"action": "set", "url": "https://hooks.example.org/mine"}, {"action": "clear"}):
        assert client.post(f"/my/searches/{theirs.pk}/webhook/", data).status_code == 404
    assert WebhookSubscription.objects.get(saved_search=theirs).url == url
    assert client.get(f"/my/searches/{theirs.pk}/webhook/").status_code == 405
