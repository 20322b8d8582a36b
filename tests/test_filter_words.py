"""Filters in an analyst's words (issue 15): no filter of the deal list or the comps shows a raw
parameter name (``phase_at_signing``), a wire value (``true:``) or jargon ("slug",
"repeatable") as its label or help, on the page or first in the API's description of it."""

from __future__ import annotations

import re
from html import unescape
from typing import Any

import pytest
from django.test import Client

from deals.analytics.comps import CompsFilterSet
from deals.filters import DealFilterSet

# A snake_case word (phase_at_signing, m_and_a), a value in backticks, or wire wording.
RAW = re.compile(r"\b[a-z0-9]+_[a-z0-9_]+\b|`|\b(slug|slugs|repeatable|true:|false:|none:)", re.I)
FILTERSETS = [DealFilterSet, CompsFilterSet]


def _filters() -> list[tuple[str, str, Any]]:
    return [
        (filterset.__name__, name, filter_)
        for filterset in FILTERSETS
        for name, filter_ in filterset.base_filters.items()
    ]


@pytest.mark.parametrize(("filterset", "name", "filter_"), _filters())
def test_every_filter_has_a_label_and_help_in_plain_words(filterset, name, filter_) -> None:
    label = str(filter_.label or "")
    help_text = str(filter_.extra.get("help_text") or "")
    assert label, (filterset, name, "no label")
    assert not RAW.search(label), (filterset, name, label)
    if name not in ("company_id",):  # a hidden parameter for scripts, never shown to a reader
        assert help_text, (filterset, name, "no help text")
    assert not RAW.search(help_text), (filterset, name, help_text)


def test_a_raw_name_in_help_would_be_caught() -> None:
    # The check above must be able to fail.
    assert RAW.search("Of any asset (repeatable; see target_match).")
    assert RAW.search("true: an upfront payment")
    assert not RAW.search("Deals where this company granted the rights.")


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["/deals/", "/comps/"])
def test_the_pages_show_no_raw_names_in_labels_or_help(client: Client, path: str) -> None:
    page = client.get(path).content.decode()
    labels = re.findall(r"<label[^>]*>(.*?)</label>", page, re.S)
    helps = re.findall(r'<p class="help"[^>]*>(.*?)</p>', page, re.S)
    assert len(labels) > 10 and len(helps) > 10
    for text in labels + helps:
        plain = unescape(re.sub(r"<[^>]+>", "", text)).strip()
        assert not RAW.search(plain), (path, plain)


@pytest.mark.django_db
def test_the_api_describes_each_deal_filter_in_plain_words_first(client: Client) -> None:
    schema = client.get("/api/schema/", {"format": "json"}).json()
    described = {
        p["name"]: p.get("description", "")
        for p in schema["paths"]["/api/v1/deals/"]["get"]["parameters"]
    }
    for name, filter_ in DealFilterSet.base_filters.items():
        first = described[name].split("\n\n")[0]
        assert first and not RAW.search(first), (name, first)
        help_text = filter_.extra.get("help_text")
        if help_text and name not in ("licensor_country", "licensee_country", "target_country",
                                      "acquirer_country", "has_upfront", "company_id"):  # fmt: skip
            # The form's words lead: one meaning, said the same way on the page and the API.
            assert first == help_text, name
