"""An event's date and a source's publication date keep their precision, like the deal's.

"Closed in February 2025" once read "Feb 1, 2025" on the deal page, in the API and in the
watch list, and an analyst could not type "Feb 2025" for it in the admin. Each date now has a
``*_precision`` beside it (a database constraint and the model's choices), stored as the
period's first day, shown "Feb 2025", typed "Feb 2025", exported "2025-02" and read back so.
"""

from __future__ import annotations

from datetime import date

import pytest
import tablib
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.test import Client

from deals.forms import DealEventForm, SourceForm
from deals.intake.resources import DealResource
from deals.models import Deal, DealEvent, Source
from tests.factories import DealEventFactory, DealFactory, SourceFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def closed_deal() -> Deal:
    deal = DealFactory(title="A closed licence", announced_on=date(2024, 11, 26))
    source = SourceFactory(
        deal=deal,
        url="https://example.com/closing",
        published_on=date(2025, 2, 20),
        published_on_precision="month",
    )
    DealEventFactory(
        deal=deal, kind="closed", date=date(2025, 2, 14), date_precision="month", source=source
    )
    return deal


def test_a_month_is_stored_as_its_first_day_and_written_as_the_month(closed_deal: Deal) -> None:
    event = closed_deal.events.get()
    source = closed_deal.sources.get()
    assert (event.date, event.date_label) == (date(2025, 2, 1), "Feb 2025")
    assert (source.published_on, source.published_label) == (date(2025, 2, 1), "Feb 2025")


def test_deal_page_writes_the_month_not_the_first(closed_deal: Deal) -> None:
    page = Client().get(closed_deal.get_absolute_url()).content.decode()
    assert '<time datetime="2025-02">Feb 2025</time>' in page
    assert "Feb 1, 2025" not in page


def test_api_gives_each_date_its_precision(closed_deal: Deal) -> None:
    data = Client().get(f"/api/v1/deals/{closed_deal.slug}/").json()
    assert data["events"][0]["date"] == "2025-02-01"
    assert data["events"][0]["date_precision"] == "month"
    assert data["sources"][0]["published_on_precision"] == "month"


def test_admin_forms_take_a_month_as_typed() -> None:
    deal = DealFactory()
    form = DealEventForm(
        data={"kind": "closed", "date": "Feb 2025", "date_precision": "day"},
        instance=DealEvent(deal=deal),
    )
    assert form.is_valid(), form.errors
    event = form.save()
    assert (event.date, event.date_precision) == (date(2025, 2, 1), "month")
    # Shown back as typed, not as 2025-02-01.
    assert DealEventForm(instance=event).initial["date"] == "Feb 2025"
    source_form = SourceForm(
        data={
            "url": "https://example.com/a",
            "published_on": "Q3 2024",
            "published_on_precision": "day",  # the admin's select, left at its default
            "language": "en",
        },
        instance=Source(deal=deal),
    )
    assert source_form.is_valid(), source_form.errors
    source = source_form.save()
    assert (source.published_on, source.published_on_precision) == (date(2024, 7, 1), "quarter")


def test_a_date_that_cannot_be_read_is_a_form_error_and_nothing_is_saved() -> None:
    deal = DealFactory()
    form = DealEventForm(
        data={"kind": "closed", "date": "32 Jan 2025", "date_precision": "day"},
        instance=DealEvent(deal=deal),
    )
    assert not form.is_valid() and "date" in form.errors
    assert not DealEvent.objects.exists()


def test_an_unknown_precision_is_refused_by_validation_and_by_the_database(
    closed_deal: Deal,
) -> None:
    source = closed_deal.sources.get()
    source.published_on_precision = "week"
    with pytest.raises(ValidationError) as error:
        source.full_clean()
    assert "published_on_precision" in error.value.message_dict
    for model, field in ((Source, "published_on_precision"), (DealEvent, "date_precision")):
        with pytest.raises(IntegrityError), transaction.atomic():
            model.objects.filter(deal=closed_deal).update(**{field: "week"})


def test_export_and_import_keep_the_precision(admin_user, closed_deal: Deal) -> None:
    exported = DealResource().export(user=admin_user)
    row = exported.dict[0]
    assert row["source_published_on"] == "2025-02"
    assert '"date": "2025-02"' in row["events"]
    dataset = tablib.Dataset().load(exported.export("csv"), format="csv")
    Deal.objects.all().delete()
    result = DealResource().import_data(dataset, user=admin_user)
    assert not result.has_validation_errors(), [r.error_dict for r in result.invalid_rows]
    back = Deal.objects.get(slug=closed_deal.slug)
    event, source = back.events.get(), back.sources.get()
    assert (event.date, event.date_precision) == (date(2025, 2, 1), "month")
    assert (source.published_on, source.published_on_precision) == (date(2025, 2, 1), "month")


def test_demo_event_known_to_the_month_is_loaded_as_a_month() -> None:
    from django.core.management import call_command

    call_command("load_demo", verbosity=0)
    event = DealEvent.objects.get(deal__slug="sarepta-arrowhead-sirna-2024", kind="closed")
    assert (event.date_label, event.date_precision) == ("Feb 2025", "month")


def test_rights_since_a_closing_known_to_the_month_is_that_month() -> None:
    """A holding that starts at a closing "in February 2025" starts "Feb 2025", on the rights
    page, in compare and in the API; the precision comes from the derivation's own facts
    (each step of deals/rights/derive.py carries it), not a second reading of the dates."""
    from tests.factories import AssetFactory, CompanyFactory, DealAssetFactory, DealPartyFactory

    seller = CompanyFactory(name="Seller Bio")
    buyer = CompanyFactory(name="Buyer Pharma")
    AssetFactory(name="SB-1", slug="sb-1", owner=seller)
    AssetFactory(name="SB-2", slug="sb-2")
    deal = DealFactory(
        title="Buyer acquires Seller",
        deal_type="acquisition",
        status="closed",
        signed_on=date(2024, 11, 25),
        announced_on=date(2024, 11, 26),
    )
    DealPartyFactory(deal=deal, company=seller, role="target")
    DealPartyFactory(deal=deal, company=buyer, role="acquirer")
    DealAssetFactory(deal=deal, asset=seller.assets.get())
    DealEventFactory(deal=deal, kind="closed", date=date(2025, 2, 14), date_precision="month")
    client = Client()
    body = client.get("/api/v1/assets/sb-1/rights/?as_of=2026-06-01").json()
    [holder] = body["holders"]
    assert holder["company"]["slug"] == buyer.slug
    assert (holder["since"], holder["since_precision"]) == ("2025-02-01", "month")
    page = client.get("/assets/sb-1/rights/?as_of=2026-06-01").content.decode()
    assert "Feb 2025" in page and "Feb 1, 2025" not in page
    compare = client.get("/compare/?assets=sb-1,sb-2").content.decode()
    assert "since Feb 2025" in compare


def test_inline_rows_read_their_own_prefixed_precision() -> None:
    """In the admin each event row is a prefixed form ("events-0-date"): a day typed with
    "Month" chosen in that row keeps the month, and "Feb 2025" with "Day" left is a month."""
    deal = DealFactory()
    chosen = DealEventForm(
        prefix="events-0",
        data={
            "events-0-kind": "closed",
            "events-0-date": "2025-02-14",
            "events-0-date_precision": "month",
        },
        instance=DealEvent(deal=deal),
    )
    assert chosen.is_valid(), chosen.errors
    assert (chosen.save().date, chosen.instance.date_precision) == (date(2025, 2, 1), "month")
    typed = DealEventForm(
        prefix="events-1",
        data={
            "events-1-kind": "signed",
            "events-1-date": "Jan 2025",
            "events-1-date_precision": "day",
        },
        instance=DealEvent(deal=deal),
    )
    assert typed.is_valid(), typed.errors
    assert typed.save().date_precision == "month"
    assert str(typed.instance) == "Signed Jan 2025"


def test_watch_list_writes_an_event_month_as_a_month(closed_deal: Deal, django_user_model) -> None:
    from tests.factories import CompanyFactory, DealPartyFactory

    company = CompanyFactory(name="Watched Bio")
    DealPartyFactory(deal=closed_deal, company=company, role="licensor")
    user = django_user_model.objects.create_user("watcher", password="pw-watch-123")
    client = Client()
    client.force_login(user)
    client.post(f"/watch/company/{company.slug}/")
    page = client.get("/my/watches/").content.decode()
    assert "Closed (Feb 2025)" in page and "Feb 1, 2025" not in page and "1 Feb 2025" not in page


def test_month_precise_demo_dates_are_stored_as_written() -> None:
    """load_demo finds events by their date: a month-precise demo date must already be the
    month's first day, or every run would add the event again."""
    from deals.dates import period_start
    from deals.demo import DEALS

    for row in DEALS:
        for event in row["events"]:
            if event.get("date"):
                assert event["date"] == period_start(
                    event["date"], event.get("date_precision", "day")
                ), row["slug"]
        for source in row["sources"]:
            if source.get("published_on"):
                assert source["published_on"] == period_start(
                    source["published_on"], source.get("published_on_precision", "day")
                ), row["slug"]


def test_a_closing_month_on_the_day_of_a_signing_is_still_a_month() -> None:
    """The holding of an acquisition starts at its closing: its precision is the closing's,
    also when the closing's stored first day happens to be the (day-precise) signing day."""
    from tests.factories import AssetFactory, CompanyFactory, DealAssetFactory, DealPartyFactory

    seller, buyer = CompanyFactory(name="Seller Two"), CompanyFactory(name="Buyer Two")
    asset = AssetFactory(name="ST-1", slug="st-1", owner=seller)
    deal = DealFactory(deal_type="acquisition", status="closed", signed_on=date(2025, 2, 1))
    DealPartyFactory(deal=deal, company=seller, role="target")
    DealPartyFactory(deal=deal, company=buyer, role="acquirer")
    DealAssetFactory(deal=deal, asset=asset)
    DealEventFactory(deal=deal, kind="closed", date=date(2025, 2, 20), date_precision="month")
    body = Client().get("/api/v1/assets/st-1/rights/?as_of=2026-06-01").json()
    [holder] = body["holders"]
    assert (holder["since"], holder["since_precision"]) == ("2025-02-01", "month")


def test_an_undated_event_or_source_has_no_month() -> None:
    deal = DealFactory()
    event = DealEventFactory(deal=deal, kind="milestone", date=None, date_precision="month")
    source = SourceFactory(deal=deal, published_on=None, published_on_precision="quarter")
    assert (event.date_precision, source.published_on_precision) == ("day", "day")
