"""Focused tests of the extractor's rules from issue 14's thirty-fifth round.

The rules came from the failures of tests/corpus_holdout32 once it became training data, each
written for a shape of sentence rather than for its phrase. Each test states one rule with
short texts of its own (invented names and phrasings) and fails without it, but the guards,
which hold with and without it. Nothing here is taken from tests/corpus_holdout33, the held-out
set of this round.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from tests.extraction_rules_helpers import one_deal, payments, roles

# "In addition, Pfizer will acquire approximately 10% of the capital of Cellectis for $25.8
# million": a percentage of a company's capital bought beside a licence's upfront is a minority
# stake, an equity payment, and makes the deal no acquisition (stakes.py); buying the whole
# company stays an acquisition (the guard).

_STAKE = (
    "Halvex and Corvina Bio Enter into Global Collaboration\n\n"
    "BOSTON, June 18, 2019 -- Halvex Inc. and Corvina Bio today announced that they have "
    "entered into a collaboration to develop cell therapies using Corvina's platform.\n\n"
    "Halvex will make an upfront payment of $80 million to Corvina Bio. In addition, Halvex "
    "will {verb} {share} of Corvina Bio for $25.8 million."
)


@pytest.mark.parametrize(
    ("verb", "share"),
    [
        ("acquire", "approximately 10% of the capital"),
        ("purchase", "about 9.9 percent of the outstanding shares"),
        ("buy", "15% of the share capital"),
    ],
)
def test_a_percentage_of_a_company_s_capital_is_a_stake(verb: str, share: str) -> None:
    deal = one_deal(_STAKE.format(verb=verb, share=share))
    assert deal["deal_type"] != "acquisition"
    assert roles(deal) == {"Halvex": "licensee", "Corvina Bio": "licensor"}
    assert ("upfront_equity", Decimal("25800000")) in payments(deal)
    assert all(kind != "acquisition_price" for kind, _ in payments(deal))


def test_buying_the_whole_company_stays_an_acquisition() -> None:
    text = (
        "Halvex to Acquire Corvina Bio\n\n"
        "BOSTON, June 18, 2019 -- Halvex Inc. today announced that it will acquire all of the "
        "outstanding shares of Corvina Bio for $250 million in cash."
    )
    deal = one_deal(text)
    assert deal["deal_type"] == "acquisition"
    assert roles(deal) == {"Halvex": "acquirer", "Corvina Bio": "target"}


# "Cellectis will be eligible to receive ... milestone payments of up to $185 million per Pfizer
# product": milestones named right before a per-item amount are stated per item, recorded with
# the per-item amount as the settled labels record per-item milestones (round 34 read them when
# named after it: "per target in ... milestones"); a per-item amount that names no milestones
# stays none (the guard).

_PER_ITEM = (
    "Halvex and Corvina Bio Enter into Collaboration\n\n"
    "BOSTON, June 18, 2019 -- Halvex Inc. and Corvina Bio today announced a collaboration to "
    "develop antibody therapies. Halvex will make an upfront payment of $80 million to Corvina "
    "Bio, and Corvina Bio will be eligible to receive {clause}, as well as royalties."
)


@pytest.mark.parametrize(
    "clause",
    [
        "development, regulatory and commercial milestone payments of up to $185 million per "
        "Halvex product",
        "milestones of up to $185 million per target",
        "milestone payments of approximately $185 million for each program",
    ],
)
def test_milestones_named_before_a_per_item_amount(clause: str) -> None:
    deal = one_deal(_PER_ITEM.format(clause=clause))
    assert ("milestones", Decimal("185000000")) in payments(deal)
    assert ("upfront_cash", Decimal("80000000")) in payments(deal)


def test_a_per_item_amount_without_milestones_stays_none() -> None:
    deal = one_deal(_PER_ITEM.format(clause="research funding of up to $185 million per program"))
    assert all(amount != Decimal("185000000") for _, amount in payments(deal))


# "will acquire Gentium for $57.00 per ordinary share and American Depositary Share in cash, or
# approximately $1.0 billion": one price for a company listed as shares and ADSs, restated for
# the whole company, is the acquisition's price and so its headline, as "per share ..., or
# approximately $X" already was; a per-share price written alone stays no deal amount (the
# guard).

_PER_LISTING = (
    "Halvern to Acquire Kelvio\n\n"
    "DUBLIN, December 19, 2013 -- Halvern Pharma plc and Kelvio S.p.A. today announced that "
    "they have entered into a definitive agreement under which Halvern will acquire Kelvio for "
    "$57.00 {per} in cash{rest}."
)


@pytest.mark.parametrize(
    "per",
    [
        "per ordinary share and American Depositary Share",
        "per share or ADS",
        "per common share and per American Depositary Share",
    ],
)
def test_a_price_per_share_and_ads_restated_for_the_company(per: str) -> None:
    deal = one_deal(
        _PER_LISTING.format(per=per, rest=", or approximately $1.0 billion on a diluted basis")
    )
    assert deal["headline"]["amount"] == "1000000000.00"


def test_a_price_per_share_and_ads_alone_is_no_deal_amount() -> None:
    deal = one_deal(
        _PER_LISTING.format(per="per ordinary share and American Depositary Share", rest="")
    )
    assert deal["headline"] is None
    assert payments(deal) == set()


# "have been licensed to Clovis Oncology by Pfizer, the Boulder, Colo., company said today": a
# state abbreviated with a full stop after a city, followed by a word for a company, is the
# city's state and no company, as a state written in full already was (addresses.py).

_ABBREVIATED_STATE = (
    "Corvina adds kinase inhibitor from Halvern\n\n"
    "June 2, 2011 -- Worldwide rights to velotinib have been licensed to Corvina Oncology by "
    "Halvern Pharma, the {city}, {state} company said today. Halvern received an upfront payment "
    "of $7 million."
)


@pytest.mark.parametrize(("city", "state"), [("Boulder", "Colo.,")])
def test_an_abbreviated_state_after_a_city_is_no_company(city: str, state: str) -> None:
    deal = one_deal(_ABBREVIATED_STATE.format(city=city, state=state))
    assert roles(deal) == {"Corvina Oncology": "licensee", "Halvern Pharma": "licensor"}
