"""core/urls_fast.py's slug_url() is reverse(), only faster."""

from __future__ import annotations

import pytest
from django.urls import clear_script_prefix, reverse, set_script_prefix

from core.urls_fast import plain_url, slug_url

VIEWS = (
    "companies:company_detail",
    "companies:asset_detail",
    "deals:deal_detail",
    "deals:conference_detail",
)
SLUGS = (
    "rc148-license", "abbvie", "a_b-9", "ümlaut-ß", "한국-바이오", "with space", "50%-off",
    "q?x=1", "hash#tag", "plus+sign", "tilde~", "colon:at@", "..", ".hidden", "semi;colon",
)  # fmt: skip


@pytest.mark.parametrize("prefix", ["/", "/dealscope/"])
def test_slug_url_equals_reverse(prefix: str) -> None:
    set_script_prefix(prefix)
    try:
        for view in VIEWS:
            for slug in SLUGS:
                assert slug_url(view, slug) == reverse(view, kwargs={"slug": slug}), (view, slug)
        for view in ("deals:deal_list", "deal-list", "companies:asset_list"):
            assert plain_url(view) == reverse(view), view
    finally:
        clear_script_prefix()
        set_script_prefix("/")


def test_model_links_use_it(db) -> None:
    from tests import factories as f

    deal = f.DealFactory(title="RC148 license")
    assert deal.get_absolute_url() == reverse("deals:deal_detail", kwargs={"slug": deal.slug})
