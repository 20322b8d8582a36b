"""Rights derivation rules, on plain data (no database): deals/rights/derive.py."""

from datetime import date

from deals.rights.derive import DealFacts, Kind, derive
from deals.rights.territory import ALL_COUNTRIES, compact, describe, expand

ORIGINATOR, BIG, OTHER, SUB, BUYER = 1, 2, 3, 4, 5
GC = expand(["GREATER_CHINA"], [])
WW_EX_GC = expand(["WW"], ["GREATER_CHINA"])
TODAY = date(2026, 6, 1)


def _license(deal_id: int, countries=ALL_COUNTRIES, *, grantor=ORIGINATOR, grantee=BIG,
             day=date(2026, 1, 12), excluded=frozenset(), exclusive=True, events=(),
             kind=Kind.LICENSE, status="announced") -> DealFacts:  # fmt: skip
    return DealFacts(
        id=deal_id, kind=kind, status=status, effective=day, grantor=grantor, grantee=grantee,
        countries=frozenset(countries), excluded=frozenset(excluded), exclusive=exclusive,
        events=tuple(events),
    )  # fmt: skip


def _holders(rights) -> dict[tuple[int | None, str], frozenset[str]]:
    return {(b.company, b.basis.value): b.countries for b in rights.holders}


def test_territory_compacts_back_into_blocks() -> None:
    assert compact(WW_EX_GC) == {"included": ["WW"], "excluded": ["GREATER_CHINA"]}
    assert compact(GC) == {"included": ["GREATER_CHINA"], "excluded": []}
    assert compact(ALL_COUNTRIES) == {"included": ["WW"], "excluded": []}
    assert compact({"JP", "KR"}) == {"included": ["JP", "KR"], "excluded": []}
    assert describe(compact(WW_EX_GC)) == "Worldwide excl. Greater China"
    assert expand(["WW"], ["KR"]) == ALL_COUNTRIES - {"KR"}


def test_worldwide_license_moves_everything_to_the_licensee() -> None:
    rights = derive(ORIGINATOR, [_license(10)], TODAY)
    assert _holders(rights) == {(BIG, "license"): ALL_COUNTRIES}
    block = rights.holders[0]
    assert (block.since, block.deal) == (date(2026, 1, 12), 10)
    assert rights.unlicensed == frozenset() and rights.available == frozenset()


def test_regional_license_leaves_the_carve_out_retained_by_the_licensor() -> None:
    deal = _license(10, WW_EX_GC, excluded=GC)
    rights = derive(ORIGINATOR, [deal], TODAY)
    assert _holders(rights) == {(BIG, "license"): WW_EX_GC, (ORIGINATOR, "retained"): GC}
    assert rights.available == GC  # China is still the originator's to license
    # Before the signing date nothing has moved: everything is unlicensed.
    before = derive(ORIGINATOR, [deal], date(2026, 1, 11))
    assert before.holders == [] and before.unlicensed == ALL_COUNTRIES


def test_country_license_leaves_the_rest_unlicensed() -> None:
    rights = derive(ORIGINATOR, [_license(10, {"JP"})], TODAY)
    assert _holders(rights) == {(BIG, "license"): frozenset({"JP"})}
    assert rights.unlicensed == ALL_COUNTRIES - {"JP"}
    assert "JP" not in rights.available and "KR" in rights.available


def test_option_is_an_option_until_exercised() -> None:
    option = _license(
        10, kind=Kind.OPTION, events=[("option_exercised", date(2026, 3, 1))], grantee=OTHER
    )
    before = derive(ORIGINATOR, [option], date(2026, 2, 1))
    assert _holders(before) == {(OTHER, "option"): ALL_COUNTRIES}
    assert before.available == ALL_COUNTRIES  # the originator still holds the rights
    after = derive(ORIGINATOR, [option], TODAY)
    assert _holders(after) == {(OTHER, "license"): ALL_COUNTRIES}
    assert after.holders[0].since == date(2026, 3, 1)
    unexercised = derive(ORIGINATOR, [_license(10, kind=Kind.OPTION, grantee=OTHER)], TODAY)
    assert _holders(unexercised) == {(OTHER, "option"): ALL_COUNTRIES}


def test_termination_gives_the_rights_back() -> None:
    deal = _license(10, {"US", "CA"}, events=[("terminated", date(2026, 4, 1))])
    during = derive(ORIGINATOR, [deal], date(2026, 3, 1))
    assert _holders(during) == {(BIG, "license"): frozenset({"US", "CA"})}
    after = derive(ORIGINATOR, [deal], TODAY)
    assert _holders(after) == {(ORIGINATOR, "retained"): frozenset({"US", "CA"})}
    assert after.holders[0].since == date(2026, 4, 1) and after.holders[0].deal == 10
    assert {"US", "CA"} <= after.available
    returned = _license(11, {"US"}, events=[("rights_returned", date(2026, 5, 1))])
    assert "US" in derive(ORIGINATOR, [returned], TODAY).available


def test_terminated_deal_without_a_dated_event_changes_nothing() -> None:
    rights = derive(ORIGINATOR, [_license(10, status="terminated")], TODAY)
    assert rights.holders == [] and rights.unlicensed == ALL_COUNTRIES


def test_talks_move_no_rights() -> None:
    for status in ("rumored", "negotiation"):
        assert derive(ORIGINATOR, [_license(10, status=status)], TODAY).holders == []


def test_acquisition_of_the_licensor_moves_what_it_kept_to_the_acquirer() -> None:
    license_ = _license(10, WW_EX_GC, excluded=GC)
    takeover = DealFacts(
        id=20, kind=Kind.ACQUISITION, status="closed", effective=date(2026, 2, 1),
        grantor=ORIGINATOR, grantee=BUYER, events=(("closed", date(2026, 3, 1)),),
    )  # fmt: skip
    rights = derive(ORIGINATOR, [license_, takeover], TODAY)
    assert _holders(rights) == {(BIG, "license"): WW_EX_GC, (BUYER, "acquisition"): GC}
    assert rights.owner == BUYER
    # Before closing the originator still holds China.
    assert (
        _holders(derive(ORIGINATOR, [license_, takeover], date(2026, 2, 15)))[
            (ORIGINATOR, "retained")
        ]
        == GC
    )
    # A later termination of the license returns its countries to the acquirer.
    ended = _license(10, WW_EX_GC, excluded=GC, events=[("terminated", date(2026, 5, 1))])
    after = derive(ORIGINATOR, [ended, takeover], TODAY)
    assert _holders(after)[(BUYER, "retained")] == WW_EX_GC


def test_announced_but_unclosed_acquisition_moves_nothing() -> None:
    pending = DealFacts(
        id=20, kind=Kind.ACQUISITION, status="announced", effective=date(2026, 2, 1),
        grantor=ORIGINATOR, grantee=BUYER,
    )  # fmt: skip
    assert derive(ORIGINATOR, [pending], TODAY).holders == []


def test_sub_license_passes_the_licensees_rights_on() -> None:
    license_ = _license(10, WW_EX_GC, excluded=GC)
    sub = _license(11, {"JP"}, grantor=BIG, grantee=SUB, day=date(2026, 2, 1))
    rights = derive(ORIGINATOR, [license_, sub], TODAY)
    assert _holders(rights)[(SUB, "license")] == frozenset({"JP"})
    assert _holders(rights)[(BIG, "license")] == WW_EX_GC - {"JP"}
    assert rights.conflicts == []


def test_two_exclusive_licensees_for_one_country_are_a_conflict_not_resolved() -> None:
    first = _license(10, {"JP", "KR"})
    second = _license(11, {"JP"}, grantee=OTHER, day=date(2026, 2, 1))
    rights = derive(ORIGINATOR, [first, second], TODAY)
    assert len(rights.conflicts) == 1
    conflict = rights.conflicts[0]
    assert (conflict.standing_deal, conflict.conflicting_deal) == (10, 11)
    assert conflict.countries == frozenset({"JP"})
    assert _holders(rights) == {(BIG, "license"): frozenset({"JP", "KR"})}


def test_non_exclusive_license_adds_a_holder_without_a_conflict() -> None:
    first = _license(10, {"JP"}, exclusive=False)
    second = _license(11, {"JP"}, grantee=OTHER, exclusive=False)
    rights = derive(ORIGINATOR, [first, second], TODAY)
    assert rights.conflicts == []
    assert set(_holders(rights)) == {(BIG, "license"), (OTHER, "license")}
    assert "JP" in rights.available  # the originator may license it again


def test_a_one_country_derivation_agrees_with_the_full_map() -> None:
    deals = [
        _license(10, WW_EX_GC, excluded=GC),
        _license(11, {"JP"}, grantor=BIG, grantee=SUB, day=date(2026, 2, 1)),
        _license(12, {"KR"}, grantee=OTHER, events=[("terminated", date(2026, 3, 1))]),
    ]
    full = derive(ORIGINATOR, deals, TODAY)
    for country in ("JP", "CN", "KR", "US"):
        one = derive(ORIGINATOR, deals, TODAY, frozenset({country}))
        assert one.by_country[country] == full.by_country[country]
        assert (country in one.available) == (country in full.available)
