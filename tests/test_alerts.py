"""Saved searches and alerts: validation, matching, e-mail, resending rules, the task path."""

from __future__ import annotations

from decimal import Decimal

import pytest
from django.core import mail
from django.core.management import call_command

from deals.alerts import matching
from deals.alerts.delivery import deliver_pending, read_unsubscribe_token
from deals.alerts.models import Delivery, Frequency, SavedSearch, Watch
from deals.models import Deal
from tests.factories import (
    AssetFactory,
    CompanyFactory,
    DealAssetFactory,
    DealFactory,
    DealPartyFactory,
    PaymentFactory,
)

pytestmark = pytest.mark.django_db

QUERY = "licensor_country=CN&modality=bispecific"


@pytest.fixture
def reader(django_user_model):
    """A signed-up reader: no staff flag, no group, public deals only."""
    return django_user_model.objects.create_user("rita", "rita@example.org", "pw-rita-123")


def _cn_bispecific(**deal_kwargs) -> Deal:
    """A deal the QUERY matches: a Chinese licensor of a bispecific."""
    deal = DealFactory(
        title=deal_kwargs.pop("title", "Summit licenses a PD-1xVEGF bispecific"),
        headline_amount=Decimal("5000000000"),
        headline_currency="USD",
        **deal_kwargs,
    )
    DealPartyFactory(deal=deal, company=CompanyFactory(country="CN"), role="licensor")
    DealPartyFactory(deal=deal, company=CompanyFactory(country="US"), role="licensee")
    DealAssetFactory(deal=deal, asset=AssetFactory(modality="bispecific"))
    PaymentFactory(deal=deal, kind="upfront_cash", amount=Decimal("500000000"), currency="USD")
    return deal


def _search(user, query: str = QUERY, email: str = Frequency.IMMEDIATE) -> SavedSearch:
    return SavedSearch.objects.create(
        user=user, name="CN bispecifics", query=matching.normalize_query(query), email=email
    )


# --- validation --------------------------------------------------------------------------------


def test_saved_search_query_is_checked_by_the_deal_list_filterset():
    assert matching.normalize_query("?modality=bispecific&page=3&q=") == "modality=bispecific"
    with pytest.raises(matching.QueryError) as unknown:
        matching.normalize_query("licencee=pfizer")
    assert set(unknown.value.errors) == {"licencee"}
    with pytest.raises(matching.QueryError) as bad:
        matching.normalize_query("licensor_country=XX&modality=bispecific")
    assert set(bad.value.errors) == {"licensor_country"}


# --- matching and e-mail -----------------------------------------------------------------------


def test_matching_deal_sends_one_immediate_email_with_money_and_link(reader):
    search = _search(reader)
    deal = _cn_bispecific()
    created = matching.record_deliveries(deal.pk)
    assert [d.saved_search for d in created] == [search]
    assert deliver_pending() == 1
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["rita@example.org"]
    assert deal.title in message.subject
    assert "$5B" in message.body and "$500M" in message.body
    assert f"/deals/{deal.slug}/" in message.body
    html = message.alternatives[0][0]
    assert deal.title in html and "Stop these e-mails" in html
    # Running again (a second worker, a restart) sends nothing more.
    matching.record_deliveries(deal.pk)
    assert deliver_pending() == 0
    assert len(mail.outbox) == 1
    assert Delivery.objects.get().status == Delivery.Status.SENT


def test_non_matching_deal_sends_nothing(reader):
    _search(reader)
    other = DealFactory(title="A US small molecule")
    DealPartyFactory(deal=other, company=CompanyFactory(country="US"), role="licensor")
    DealAssetFactory(deal=other, asset=AssetFactory(modality="small_molecule"))
    assert matching.record_deliveries(other.pk) == []
    deliver_pending()
    assert mail.outbox == []


def test_internal_deal_never_reaches_a_reader_but_reaches_an_analyst(reader, analyst):
    _search(reader)
    _search(analyst)
    internal = _cn_bispecific(visibility=Deal.Visibility.INTERNAL)
    created = matching.record_deliveries(internal.pk)
    assert [d.user for d in created] == [analyst]
    deliver_pending()
    assert [m.to for m in mail.outbox] == [["ana@example.org"]]


def test_deal_made_internal_after_matching_is_skipped_at_send_time(reader):
    _search(reader)
    deal = _cn_bispecific()
    matching.record_deliveries(deal.pk)
    Deal.objects.filter(pk=deal.pk).update(visibility=Deal.Visibility.INTERNAL)
    deliver_pending()
    assert mail.outbox == []
    assert Delivery.objects.get().status == Delivery.Status.SKIPPED


def test_edit_is_resent_only_when_money_parties_or_status_change(reader):
    _search(reader)
    deal = _cn_bispecific()
    matching.record_deliveries(deal.pk)
    deliver_pending()
    assert len(mail.outbox) == 1
    # A new summary changes nothing that matters: nothing sent.
    deal.summary = "Reworded."
    deal.save()
    assert matching.record_deliveries(deal.pk) == []
    # A new milestone term does: sent again, marked "updated".
    PaymentFactory(
        deal=deal, kind="regulatory_milestones", contingent=True, amount=Decimal("1000000000")
    )
    created = matching.record_deliveries(deal.pk)
    assert len(created) == 1 and created[0].updated
    deliver_pending()
    assert len(mail.outbox) == 2
    assert mail.outbox[1].subject.startswith("Updated deal")
    # A status change too.
    deal.status = Deal.Status.CLOSED
    deal.save()
    assert len(matching.record_deliveries(deal.pk)) == 1


def test_email_off_and_inactive_users_get_nothing(reader, django_user_model):
    _search(reader, email=Frequency.OFF)
    gone = django_user_model.objects.create_user("gone", "gone@example.org", "pw", is_active=False)
    _search(gone)
    deal = _cn_bispecific()
    assert matching.record_deliveries(deal.pk) == []


def test_rumoured_deal_is_not_news_unless_the_search_asks_for_it(reader):
    _search(reader)
    rumour = _cn_bispecific(status=Deal.Status.RUMORED)
    assert matching.record_deliveries(rumour.pk) == []
    _search(reader, query=f"{QUERY}&status=rumored")
    assert len(matching.record_deliveries(rumour.pk)) == 1


def test_watch_on_a_company_alerts_on_its_new_deal(reader):
    deal = _cn_bispecific()
    licensor = deal.parties.get(role="licensor").company
    from django.contrib.contenttypes.models import ContentType

    Watch.objects.create(
        user=reader,
        content_type=ContentType.objects.get_for_model(licensor),
        object_id=licensor.pk,
        email=Frequency.IMMEDIATE,
    )
    assert len(matching.record_deliveries(deal.pk)) == 1
    deliver_pending()
    assert "watch on" in mail.outbox[0].body


def test_unsubscribe_link_works_without_login(client, reader):
    search = _search(reader)
    matching.record_deliveries(_cn_bispecific().pk)
    deliver_pending()
    link = next(line for line in mail.outbox[0].body.splitlines() if "/alerts/unsubscribe/" in line)
    path = link[link.index("/alerts/unsubscribe/") :]
    assert client.get(path).status_code == 200  # a confirmation page: scanners follow links
    search.refresh_from_db()
    assert search.email == Frequency.IMMEDIATE
    assert client.post(path).status_code == 200
    search.refresh_from_db()
    assert search.email == Frequency.OFF
    assert client.get("/alerts/unsubscribe/forged/").status_code == 400
    assert read_unsubscribe_token(path.split("/")[3]) == {"s": search.pk}


def test_digest_groups_pending_deliveries_and_skips_users_with_nothing_new(reader, analyst):
    _search(reader, email=Frequency.DAILY)
    _search(analyst, email=Frequency.WEEKLY)
    first, second = _cn_bispecific(title="First"), _cn_bispecific(title="Second")
    matching.record_deliveries(first.pk)
    matching.record_deliveries(second.pk)
    deliver_pending()  # immediate only: digests wait
    assert mail.outbox == []
    call_command("send_digests", "daily")
    assert len(mail.outbox) == 1
    digest = mail.outbox[0]
    assert digest.to == ["rita@example.org"] and "daily digest: 2 deals" in digest.subject
    assert "First" in digest.body and "Second" in digest.body
    call_command("send_digests", "daily")  # nothing new: no e-mail
    assert len(mail.outbox) == 1
    call_command("send_digests", "weekly")
    assert [m.to for m in mail.outbox[1:]] == [["ana@example.org"]]


# --- the task path ------------------------------------------------------------------------------


def test_committed_deal_is_queued_and_deliver_alerts_once_sends_it(
    reader, django_capture_on_commit_callbacks
):
    _search(reader)
    with django_capture_on_commit_callbacks(execute=True):
        deal = _cn_bispecific()
    from django_tasks_db.models import DBTaskResult

    # One task for the deal however many rows changed (beside it, the analytics' own refresh of
    # its stored totals, deals/analytics/breakdown_totals.py, on PostgreSQL).
    matches = DBTaskResult.objects.filter(task_path="deals.alerts.tasks.match_deal")
    assert matches.count() == 1
    call_command("deliver_alerts", "--once")
    assert len(mail.outbox) == 1
    assert deal.title in mail.outbox[0].subject
    call_command("deliver_alerts", "--once")
    assert len(mail.outbox) == 1


def test_worker_stopped_mid_batch_loses_nothing_and_duplicates_nothing(django_user_model):
    users = [
        django_user_model.objects.create_user(f"r{i}", f"r{i}@example.org", "pw") for i in range(5)
    ]
    for user in users:
        _search(user)
    deal = _cn_bispecific()
    matching.record_deliveries(deal.pk)

    class Stop(Exception):
        pass

    def stop() -> None:
        if len(mail.outbox) == 2:
            raise Stop

    with pytest.raises(Stop):
        deliver_pending(after_each=stop)
    assert len(mail.outbox) == 2
    matching.record_deliveries(deal.pk)  # the restarted worker matches again
    deliver_pending()
    assert sorted(m.to[0] for m in mail.outbox) == sorted(u.email for u in users)


# --- the fast matcher against the reference ------------------------------------------------------

DIFFERENTIAL_QUERIES = [
    "",
    QUERY,
    "licensor_country=CN",
    "licensor_country=US&licensor_country=CN",
    "modality=bispecific&status=rumored",
    "status=rumored&status=announced",
    "status=closed",
    "deal_class=licensing",
    "deal_class=m_and_a",
    "min_headline_usd=1000000000",
    "min_headline_usd=9000000000",
    "has_upfront=true",
    "has_upfront=false&modality=bispecific",
    "q=bispecific",
    "q=Summit&ordering=-announced_on",
    "announced_after=2026-01-01&announced_before=2026-12-31",
    "announced_after=2027-01-01",
    "licensee_country=US&modality=adc",
    "deal_type=acquisition",
    "target_match=all",
]


def test_fast_matcher_agrees_with_the_filterset_reference(reader, analyst):
    deals = [
        _cn_bispecific(title="Summit licenses a bispecific"),
        _cn_bispecific(title="Rumoured bispecific", status=Deal.Status.RUMORED),
        _cn_bispecific(title="Internal bispecific", visibility=Deal.Visibility.INTERNAL),
        _cn_bispecific(title="Closed buy-out", status=Deal.Status.CLOSED, deal_type="acquisition"),
        DealFactory(title="Bare deal, nothing disclosed"),
    ]
    searches = [
        SavedSearch.objects.create(
            user=user, name=query or "all", query=matching.normalize_query(query)
        )
        for query in DIFFERENTIAL_QUERIES
        for user in (reader, analyst)
    ]
    compared = 0
    for deal in deals:
        fast = set(matching.matching_searches(deal, searches))
        reference = {s for s in searches if matching.search_matches(s, deal)}
        assert fast == reference, deal.title
        compared += len(reference)
    assert compared > 20  # the table exercises matches, not just misses
