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
