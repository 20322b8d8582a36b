"""The money of one deal: its headline and payments, read from the deal's sentences.

Every amount comes from the text with its quote; a term the text names without an amount is
recorded as undisclosed, never as a number.
"""

# ruff: noqa: E501  (the regex tables read better one pattern per line than wrapped)
from __future__ import annotations

import re
from decimal import Decimal

from deals.intake.extraction.amounts import (
    _NON_DEAL_MONEY,
    _UNDISCLOSED,
    Money,
    _classify_money,
    _milestone_kind,
    parse_money,
)
from deals.intake.extraction.results import Candidate, Payment


def fill_money(c: Candidate, texts: list[str]) -> None:
    """Fill the headline and payments from the block's sentences; never invent an amount."""
    seen: set[tuple[str, Decimal, str]] = set()
    # Kinds of milestone amounts written per payment ("two milestone payments of $1.0 billion
    # each upon achieving annual net sales ..."): not totals, but they say what the total is.
    each_kinds: set[str] = set()
    for t in texts:
        if _NON_DEAL_MONEY.search(t) and not re.search(
            r"upfront|up-front|milestone|royalt", t, re.I
        ):
            continue
        found = [m for m in parse_money(t) if m.conversion_of is None]
        # Set once an upfront is said to consist of parts: the parts that follow are its cash
        # and its stock, whatever words each carries.
        parts_of_upfront = False
        for idx, money in enumerate(found):
            prev_end = found[idx - 1].end if idx else 0
            # A conversion right after this amount is part of it, not the next clause.
            after = [m for m in parse_money(t) if m.start >= money.end]
            conv_end = next(
                (m.end for m in after if m.conversion_of is not None and m.start - money.end < 20),
                money.end,
            )
            next_start = found[idx + 1].start if idx + 1 < len(found) else len(t)
            if re.search(
                r"^\s*(?:in cash\s+)?(?:per|a|for each)\s+(?:[A-Z][\w-]*\s+)?(?:share|ordinary share|"
                r"common share|ADS|ADR|American Depositary)",
                t[money.end : money.end + 40],
                re.I,
            ):
                continue
            if re.search(
                r"\bper\s+(?:[\w-]+\s+)?(?:share|ADS),?\s+(?:worth|valued\s+at|of|in\s+the\s+amount\s+of)"
                r"\s+(?:up\s+to\s+)?(?:approximately\s+)?$|"
                # "The offer values each Kelvio share at 49.01 pounds sterling and the entire
                # share capital at approximately 46 billion": the value of one share, restated
                # for the company after it.
                r"\bvalu(?:es|ing|ed)\s+each\s+(?:[A-Z][\w-]*\s+){0,3}?(?:ordinary\s+)?share\s+at\s+"
                r"(?:approximately\s+|about\s+)?$|"
                # "one CVR per share entitling the holder to receive $7.00 in cash": the same.
                r"\bper\s+(?:[\w-]+\s+)?(?:share|ADS),?\s+(?:entitling|that\s+entitles|which\s+entitles)"
                r"\s+(?:the\s+|its\s+)?holders?\s+to\s+[^.;$€£¥]{0,40}?$|주당\s*(?:최대\s*)?$|每股\s*(?:最高)?$",
                t[prev_end : money.start],
                re.I,
            ) and not re.match(r"\s*(?:in\s+(?:the\s+)?)?aggregate\b", t[money.end :], re.I):
                # "one CVR per share worth $2.00 in cash", "주당 5만원", "每股10港元": a price per
                # share written after its unit is no deal-level amount either ("one CVR per
                # share, worth up to €300 million in aggregate" prices all of them).
                continue
            if re.search(
                r"\breimburs\w*\b[^.;]{0,60}?$|\b(?:development|research|R&D|clinical)\s+costs?\s+"
                r"(?:of\s+)?(?:up\s+to\s+)?(?:approximately\s+)?$",
                t[prev_end : money.start],
                re.I,
            ):
                # "will also reimburse Palatin for development costs of up to $25 million", "fund
                # research costs of $10 million": money for work done, no term of the deal's value.
                continue
            if re.match(
                r"\s*(?:for each|per)\s+(?:[\w-]+\s+){0,2}?(?:products?|assets?|programs?|"
                r"programmes?|targets?|candidates?|compounds?|ADCs?|antibod(?:y|ies)|molecules?|"
                r"indications?)\b",
                t[money.end :],
                re.I,
            ) and not (
                _PER_ITEM_MILESTONES.match(t[money.end : next_start])
                or _MILESTONES_BEFORE.search(t[prev_end : money.start])
            ):
                # "up to $5.5 billion for each DXd ADC in sales milestones": a per-drug amount
                # is no total of the deal's; multiplying it out would state a sum nobody wrote.
                continue
            if re.match(r"\s*each\b", t[money.end :], re.I):
                # "two milestone payments of $1.0 billion each": one of several equal payments,
                # no total; the total is written elsewhere or not at all.
                if re.search(r"milestone", t[prev_end:next_start], re.I):
                    each_kinds.add(_milestone_kind(t[prev_end:next_start]))
                continue
            if re.search(
                r"(?:표적|품목|프로그램|물질|후보물질|타깃|건)\s?당\s*(?:최대\s*)?(?:약\s*)?$|"
                r"每(?:个|項|项)?(?:靶点|项目|產品|产品|药物|候选药物)\s*(?:最高|高达)?\s*(?:约)?$|"
                r"\b(?:per|for each)\s+(?:[\w-]+\s+){0,2}?(?:products?|programs?|targets?|"
                r"candidates?|compounds?)\s*,?\s*(?:of\s+)?(?:up to\s+)?(?:approximately\s+)?$",
                t[prev_end : money.start],
            ):
                # The same per-item amount written before it: "표적당 최대 3억1000만 달러" (up to
                # $310 million per target), "每个靶点最高…", "per program, up to $X".
                continue
            if re.search(r"\bwith\s+$", t[prev_end : money.start]) and re.match(
                r"\s*(?:is\s+|are\s+)?(?:due|payable)\b", t[money.end :]
            ):
                # "an upfront payment of $4.0 billion, with $1.5 billion due at signing and the
                # balance over 24 months": an instalment of the amount before it, no payment of
                # its own.
                continue
            if _UPFRONT_AND_EQUITY.match(t[money.end :]):
                # "$1.15 billion in an upfront payment and equity, comprising $750 million in
                # cash and $400 million in an equity investment": cash and shares together, no
                # cash amount; its parts follow and are recorded as written.
                continue
            view = Money(money.amount, money.currency, money.start, conv_end, money.text)
            kind, confidence = _classify_money(t, view, prev_end, next_start)
            if kind == "upfront_cash" and _MADE_OF_AMOUNTS.match(t[money.end :]):
                # "$175 million upfront, consisting of a $100 million upfront payment and a $75
                # million equity investment": a sum of the parts that follow, which are
                # recorded as written; the sum is no cash payment of its own.
                parts_of_upfront = True
                continue
            if parts_of_upfront and (part := _UPFRONT_PART.match(t[money.end :])):
                # "... consisting of $100 million in cash and $20 million in Veltrix common
                # stock": each part is the upfront's cash or its equity.
                kind = "upfront_cash" if part.group("cash") else "upfront_equity"
                confidence = 0.8
            if parts_of_upfront and _NEAR_TERM_PART.match(t[money.end :]):
                # ... "and $50 million upon achievement of near-term technology transfer
                # milestones": the part of that sum due soon.
                kind, confidence = "near_term", 0.8
            if (
                not kind
                and idx
                and _UPFRONT_AND_EQUITY.match(t[found[idx - 1].end :])
                and re.match(r"\s*in\s+cash\b", t[money.end :], re.I)
            ):
                # ... "comprising $750 million in cash": the cash part of that upfront.
                kind, confidence = "upfront_cash", 0.8
            if not kind:
                continue
            if (
                kind == "upfront_equity"
                and idx
                and "upfront_cash" in {k for k, *_ in seen}
                and re.search(
                    r"\b(?:including|includes|which includes|of which|comprising|consisting of)\b[^.;$€£¥₩]{0,12}$",
                    t[prev_end : money.start],
                    re.I,
                )
            ):
                # "$1.2B upfront, including a $100M equity investment": the equity is part of
                # the upfront as reported; splitting it would state a cash amount nobody wrote.
                continue
            key = (kind, money.amount, money.currency)
            if key in seen:
                continue
            seen.add(key)
            if kind == "headline" and _other_deals_clause(c, t, money.start):
                continue
            if kind == "headline":
                # "continuation payments of up to $1.5 billion ..., for a total potential
                # consideration of up to $22 billion": a stated total beats a bare "up to".
                # "총 1조7000억원 규모" in a Korean title, "총 계약 규모는 13억500만 달러" in the
                # body: the total in the currency the payments are stated in is the deal's own
                # figure; the other is a rounded conversion.
                paid_in = {cur for k, _, cur in seen if k != "headline"}
                # "최대 1조5000억원 규모" in a title, "총 계약 규모는 최대 12억4220만 달러(약
                # 1조5000억원)" in the body: the figure the body writes first, with the title's
                # as its bracketed conversion, is the deal's own.
                own_conversion = next(
                    (m for m in after if m.conversion_of is not None and m.start - money.end < 20),
                    None,
                )
                converted = c.headline is not None and (
                    (c.headline.currency not in paid_in and money.currency in paid_in)
                    or (
                        own_conversion is not None
                        and (own_conversion.amount, own_conversion.currency)
                        == (c.headline.amount, c.headline.currency)
                    )
                )
                if (
                    c.headline is None
                    or confidence > c.confidences.get("headline", 1.0)
                    or converted
                    or _refines(money.amount, money.currency, c.headline)
                ):
                    c.headline = Payment(
                        "headline", money.amount, money.currency, True, t, confidence, money.text
                    )
                    c.quotes["headline"] = t
                    c.confidences["headline"] = confidence
                continue
            if kind == "acquisition_price" and c.deal_type not in {
                "acquisition",
                "merger",
                "asset_purchase",
            }:
                continue
            # "3324억원에 인수" in a title, "2억7800만 달러(약 3324억원)에 인수" in the body: the
            # price the body writes first, with the title's as its bracketed conversion, is
            # the deal's own.
            converted_price = next(
                (
                    p
                    for p in c.payments
                    for conv in after
                    if p.kind == kind
                    and conv.conversion_of is not None
                    and conv.start - money.end < 20
                    and (conv.amount, conv.currency) == (p.amount, p.currency)
                ),
                None,
            )
            if converted_price is not None:
                c.payments.remove(converted_price)
            c.payments.append(
                Payment(kind, money.amount, money.currency, True, t, confidence, money.text)
            )
            c.quotes.setdefault("payments", t)
            c.confidences.setdefault("payments", confidence)
        if _UNDISCLOSED.search(t):
            _undisclosed_terms(c, t)
    # "will receive an upfront payment, and is eligible for up to $1B ...": an upfront exists,
    # its amount is not given. Recorded as undisclosed, never as a number.
    if not any(p.kind == "upfront_cash" for p in c.payments):
        for t in texts:
            if _upfront_without_amount(t) or _upfront_named_without_amount(t):
                c.payments.append(Payment("upfront_cash", None, None, False, t, 0.7))
                c.quotes.setdefault("payments", t)
                break
    # "并将根据开发、注册及销售进展支付里程碑款项" (and will pay milestones as development,
    # registration and sales progress), "is eligible for milestone payments and royalties": a
    # milestone term the deal pays, with no amount anywhere, is undisclosed, never a number.
    if not any(p.kind.endswith("milestones") for p in c.payments):
        for t in texts:
            included = _TOTAL_INCLUDES_MILESTONES.search(t)
            if included:
                kind = _milestone_kind(included.group(0))
                c.payments.append(Payment(kind, None, None, False, t, 0.7))
                c.quotes.setdefault("payments", t)
                break
            m = _MILESTONES_PAID.search(t)
            # "one CVR per share, entitling the holder to ... payments if specified milestones
            # ... are achieved": milestones a CVR pays on are its condition, no term apart.
            if not m or _CVR_NAMED.search(t):
                continue
            # Only the clause counts: "将向传奇生物支付3.5亿美元首付款，并将…支付里程碑款项".
            clause = re.split(r"[,;，；。]", t[m.start() :])[0]
            start = max(t.rfind(ch, 0, m.start()) for ch in ",;，；")
            # "총 규모는 2억 달러이며 나머지는 마일스톤으로 받는다": a Korean connective ending
            # (-며, -고) closes a clause as a comma does.
            for ending in re.finditer(r"[가-힣](?:며|고)\s", t[: m.start()]):
                start = max(start, ending.end() - 2)
            # "will receive an upfront payment of $11 million and is eligible to receive
            # development ... milestone payments": a second verb joined by "and" opens a clause
            # of its own; the amount before it is the first verb's.
            for joined in re.finditer(
                r"\band\s+(?:is|are|will\s+be|would\s+be|may|could|can)\s", t[: m.start()], re.I
            ):
                start = max(start, joined.start())
            # A bracket names what the amount before it holds: only its own words count.
            around = (
                clause
                if m.group(0)[0] in "（(" or m.group("further")
                else t[start + 1 : m.start()] + clause
            )
            # "eligible for sales milestones, for a total potential consideration of up to
            # $2.2 billion": milestones inside a stated total are part of it, no term apart.
            # A Korean or Chinese total stated first ("총 계약 규모는 207억원으로, ... 계약금과 ...
            # 마일스톤을 받고") is followed by the terms it is made of; those named without an
            # amount are undisclosed terms still. (English keeps the rule for any "total".)
            if (
                not parse_money(around)
                and not re.search(r"总额|总计|총", t[m.start() :])
                and not re.search(r"\btotal", t, re.I)
            ):
                kind = _milestone_kind(m.group(0))
                c.payments.append(Payment(kind, None, None, False, t, 0.7))
                c.quotes.setdefault("payments", t)
                break
    # "up to $1.25 billion in contingent regulatory milestone payments as well as sales-based
    # payments", "$200 million in development milestones plus commercial milestone payments":
    # a second kind of milestone named after an amount that is another kind's has no amount of
    # its own; it is a term whose amount was not disclosed.
    kinds_paid = {p.kind for p in c.payments if p.amount is not None}
    if kinds_paid & {"development_milestones", "regulatory_milestones"} and not any(
        p.kind in {"commercial_milestones", "milestones"} for p in c.payments
    ):
        _add_undisclosed_sales_term(c, texts, _SALES_TERM_AFTER)
    # "development and regulatory milestone payments of up to $600 million and for additional
    # payments on sales milestones": payments the text sets apart for sales milestones, with no
    # amount of their own, are a commercial term whose amount was not disclosed - whatever kind
    # the milestones before them were.
    if not any(p.kind == "commercial_milestones" for p in c.payments):
        _add_undisclosed_sales_term(c, texts, _SALES_PAYMENTS_APART)
    _terms_of_a_total(c, texts)
    # "Up to $2 Billion in Milestone Payments" with "two milestone payments of $1.0 billion each
    # upon achieving annual net sales": a total whose own words name no kind is the sum of the
    # per-payment milestones, and takes their kind when they all have the same one.
    unspecified = [p for p in c.payments if p.kind == "milestones" and p.amount is not None]
    if (
        len(unspecified) == 1
        and len(each_kinds) == 1
        and "milestones" not in each_kinds
        and not any(p.kind.endswith("_milestones") for p in c.payments)
    ):
        unspecified[0].kind = each_kinds.pop()
    _drop_milestone_parts(c)
    # "to acquire Kymab for $1.1 billion" in the title, "for an upfront payment of $1.1 billion
    # and up to $350 million upon ... milestones" in the body: the price is that upfront.
    upfronts = {(p.amount, p.currency) for p in c.payments if p.kind == "upfront_cash"}
    c.payments = [
        p
        for p in c.payments
        if not (p.kind == "acquisition_price" and (p.amount, p.currency) in upfronts)
    ]
    # "one non-tradable CVR per share worth $2.00 in cash": a CVR valued only per share, with
    # no total stated anywhere, is a term whose amount was not disclosed. (With a stated total,
    # "up to approximately $3.5 billion including the CVR", the total covers it.)
    if (
        c.headline is None
        and not any(p.kind == "cvr" for p in c.payments)
        and any(p.kind == "acquisition_price" for p in c.payments)
    ):
        cvr_text = next((t for t in texts if _CVR_NAMED.search(t)), None)
        if cvr_text:
            c.payments.append(Payment("cvr", None, None, False, cvr_text, 0.7))
    # "to acquire Kelvio for $850 million in cash, with a potential additional milestone payment
    # of $150 million": a price paid now beside stated milestones is the deal's upfront, as the
    # texts that write "upfront" say (a CVR beside it keeps it a price). With a total stated,
    # "USD 250 million for all shares ... up to USD 150 million on milestones, bringing the total
    # to USD 400 million": a total that is the price plus the milestones says the same.
    price = next((p for p in c.payments if p.kind == "acquisition_price"), None)
    if (
        price
        and (c.headline is None or _price_and_milestones_make_the_total(c, price))
        and not any(p.kind == "upfront_cash" for p in c.payments)
        and any(p.kind.endswith("milestones") and p.amount is not None for p in c.payments)
    ):
        price.kind = "upfront_cash"
    # An acquisition's price alone is its reported total, recorded once, as the headline;
    # next to CVRs or milestones it is one term of a total the text may not state.
    price = next((p for p in c.payments if p.kind == "acquisition_price"), None)
    if (
        c.headline is not None
        and price
        and len(c.payments) == 1
        and (price.amount, price.currency) == (c.headline.amount, c.headline.currency)
    ):
        # "to acquire AveXis for USD 8.7 bn" in the title and "a total of USD 8.7 billion" in
        # the body: one price, already the headline.
        c.payments.remove(price)
        c.quotes.pop("payments", None)
        c.confidences.pop("payments", None)
    elif c.headline is None and price and [p for p in c.payments if p.disclosed] == [price]:
        # "$6.30 per share, or approximately $930 million" with a CVR of no stated total: the
        # price is the only figure reported, so it is the headline; the CVR stays a term.
        if len(c.payments) > 1:
            c.headline = Payment(
                "headline", price.amount, price.currency, True, price.quote, 0.7, price.as_written
            )
            c.quotes["headline"] = price.quote
            c.confidences["headline"] = 0.7
            return
        c.payments.remove(price)
        c.quotes.pop("payments", None)
        c.confidences.pop("payments", None)
        c.headline = Payment(
            "headline", price.amount, price.currency, True, price.quote, 0.7, price.as_written
        )
        c.quotes["headline"] = price.quote
        c.confidences["headline"] = 0.7


def _price_and_milestones_make_the_total(c: Candidate, price: Payment) -> bool:
    """True when the headline is the price plus the stated milestones, in one currency."""
    milestones = [p for p in c.payments if p.kind.endswith("milestones") and p.amount is not None]
    return (
        c.headline is not None
        and price.amount is not None
        and all(p.currency == price.currency == c.headline.currency for p in milestones)
        and price.amount + sum(p.amount for p in milestones if p.amount) == c.headline.amount
    )


def _other_deals_clause(c: Candidate, t: str, at: int) -> bool:
    """ "Deal roundup: AstraZeneca's $39 billion bet on Alexion; Lilly buys Prevail with a CVR":
    in a line that tells several deals in clauses split by semicolons, an amount belongs to the
    deal whose parties its own clause names, not to a deal named in another clause."""
    if ";" not in t:
        return False
    start = t.rfind(";", 0, at) + 1
    end = t.find(";", at)
    clause = t[start : end if end >= 0 else len(t)]
    words = {p.name.split()[0] for p in c.parties if p.name}
    return bool(words) and not any(w in clause for w in words) and any(w in t for w in words)


# "up to $350 million per target in development and commercialization milestones": milestones
# stated per target (product, program) are recorded with the per-item amount, as the settled
# labels record them; the amount is not multiplied out.
_PER_ITEM_MILESTONES = re.compile(
    r"\s*(?:for each|per)\s+(?:[\w-]+\s+){0,2}?(?:products?|programs?|programmes?|targets?)\s+"
    r"in\s+(?:[\w,&-]+\s+){0,5}?milestones?\b",
    re.I,
)
# "milestone payments of up to $185 million per Pfizer product": the milestones named right
# before a per-item amount are stated per item as well, recorded with the per-item amount.
_MILESTONES_BEFORE = re.compile(
    r"\bmilestones?(?:\s+payments?)?\s+(?:of\s+)?(?:up\s+to\s+)?(?:approximately\s+)?$", re.I
)
_UPFRONT_AND_EQUITY = re.compile(
    r"\s*in\s+(?:an?\s+)?(?:upfront|up-front)\s+(?:cash\s+)?(?:payments?\s+)?and\s+equity\b", re.I
)

_MILESTONES_PAID = re.compile(
    # "eligible for option exercise fees, development, regulatory and commercial milestone
    # payments": the terms a list names before the milestones stand between.
    r"\b(?:pay|receive|eligible\s+(?:to\s+receive|for))\s+(?:[\w,-]+\s+){0,8}?milestone(?:s|\s+payments)?\b"
    # "$250 million upfront plus additional payments tied to the achievement of development
    # milestones": further payments owed on milestones, a term of their own after the "plus".
    r"|(?P<further>\b(?:additional|further|future|contingent)\s+(?:cash\s+)?payments?\s+(?:tied|linked|"
    r"related|subject|contingent)\s+(?:to|on|upon)\s+(?:the\s+)?(?:achievement|attainment)\s+of\s+"
    r"(?:certain\s+|specified\s+)?(?:[\w-]+\s+){0,3}?milestones?\b)"
    # "would receive an option exercise price and potential milestone payments": a second
    # term the same verb receives.
    r"|\b(?:pay|receive)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){1,3}?(?:price|fee|payment)s?\s+and\s+"
    r"(?:[\w-]+\s+){0,2}?milestone(?:s|\s+payments)?\b"
    r"|支付[^，。；]{0,12}?里程碑(?:款项|付款|费用)?|根据[^，。；]{0,20}?支付里程碑"
    # "有资格获得额外的开发、注册和商业化里程碑付款": Chinese receives as it pays (获得, 收取);
    # the clause check below keeps "获得最高5亿美元的里程碑付款" a number.
    r"|(?:获得|收取)[^，。；]{0,20}?里程碑(?:款项|付款|费用)?"
    # "（包括首付款及里程碑付款）": the payments a stated fee is said to include.
    r"|[（(]包括[^，。；）)]{0,8}?里程碑"
    # "계약금과 개발 단계별 마일스톤, 판매에 따른 로열티를 받게 되며": the milestones may be one
    # of the things the licensor receives.
    # "나머지는 단계별 마일스톤으로 받게 되며": the rest is received as milestones.
    # "계약금과 단계별 기술료, 판매에 따른 경상기술료(로열티)를 받는다": staged fees (단계별 기술료)
    # are the milestones written in other words, received as they are.
    r"|(?:마일스톤|단계별\s*기술료)(?:을|으로)?\s*(?:나눠\s*|나누어\s*)?(?:받|지급)"
    r"|(?:마일스톤|단계별\s*기술료),\s*[^.,。]{0,20}?(?:을|를)\s*(?:받|지급)",
    re.I,
)
# "마일스톤을 포함해 총 4억4800만 달러", "包括里程碑付款在内，总额最高达5亿美元", "a total of up
# to $448 million, including development and sales milestones": a total said to include the
# milestones, with no amount of their own, is the headline; the milestones are a term whose
# amount was not disclosed (the README's convention for a total including milestones).
_TOTAL_INCLUDES_MILESTONES = re.compile(
    r"(?:마일스톤|기술료)(?:\s*금액)?\s*(?:을|를|등을?)?\s*포함(?:해|하여|한|하면|,)\s*[^.。]{0,20}?(?:총|최대)"
    # "계약금 400만 달러를 포함해 단계별 마일스톤 등 총 8100만 달러": milestones listed ("등",
    # "and the like") among what a total is made of, with no amount of their own.
    r"|마일스톤\s*등\s*(?:을\s*)?(?:포함해\s*)?(?:총|최대)"
    r"|包括[^，。；]{0,20}?里程碑(?:款项|付款|费用)?在内[^。；]{0,10}?(?:总额|总计|总价值)"
    r"|\btotal\b[^.;]{0,60}?[$€£¥]\s?\d[^.;]{0,30}?,?\s+including\s+(?:(?:potential|future|"
    r"development|regulatory|clinical|commercial|sales(?:-based)?|and|,)\s*){0,6}milestones?\b"
    r"(?![^.;]{0,12}?[$€£¥]\s?\d)"
    # "could earn up to $772 million in total, including the upfront and development, regulatory
    # and sales milestone payments": the total written after its amount, the upfront among its
    # parts.
    r"|[$€£¥]\s?\d[\d.,]*(?:\s*(?:million|billion|mn|bn))?\s+in\s+total,?\s+including\s+"
    r"(?:(?:the|an?|upfront|up-front|payments?|potential|future|development|regulatory|clinical|"
    r"commercial|sales(?:-based)?|and|,)\s*){0,10}milestones?\b(?![^.;]{0,12}?[$€£¥]\s?\d)"
    # "a transaction worth up to $900 million, contingent on certain development and commercial
    # milestones": the ceiling is reached only through milestones it gives no amount of.
    r"|\bup\s+to\s+(?:[$€£¥]\s?|(?:USD|EUR|CHF|GBP)\s)\d[\d.,]*(?:\s*(?:million|billion|mn|bn))?"
    r",?\s+(?:partly\s+|in\s+part\s+)?(?:contingent|"
    r"conditional|dependent)\s+(?:on|upon)\s+(?:the\s+)?(?:achievement\s+of\s+)?(?:certain\s+|"
    r"specified\s+)?(?:[\w-]+\s+){0,4}?milestones?\b(?![^.;]{0,12}?[$€£¥]\s?\d)",
    re.I,
)
_SALES_TERM_AFTER = re.compile(
    r"\bmilestone\s+payments?\s+(?:as\s+well\s+as|plus|and)\s+(?:potential\s+|additional\s+|future\s+)?"
    r"(?:sales|commercial)(?:-based|-related)?\s+(?:milestone\s+)?(?:payments|milestones)\b",
    re.I,
)


def _add_undisclosed_sales_term(c: Candidate, texts: list[str], pattern: re.Pattern[str]) -> None:
    """The first text where ``pattern`` names sales milestones with no amount right after them
    gives the deal a commercial milestone term whose amount was not disclosed."""
    for t in texts:
        m = pattern.search(t)
        if m and not re.match(
            r"\s*(?:of|totall?ing|worth)\s+(?:up\s+to\s+)?(?:approximately\s+)?[$€£¥]",
            t[m.end() :],
            re.I,
        ):
            c.payments.append(Payment("commercial_milestones", None, None, False, t, 0.7))
            return


_SALES_PAYMENTS_APART = re.compile(
    r"\bmilestones?\b[^.;]{0,80}?\b(?:and|plus)\s+(?:for\s+)?(?:additional|further|separate)\s+"
    r"payments?\s+(?:on|upon|for|tied\s+to|linked\s+to)\s+(?:the\s+achievement\s+of\s+)?"
    r"(?:certain\s+)?(?:sales|commercial)(?:-based|-related)?\s+milestones\b",
    re.I,
)
_CVR_NAMED = re.compile(r"contingent value rights?|\bCVRs?\b|조건부\s?가치\s?권리|或有价值权", re.I)
_NEAR_TERM_PART = re.compile(
    r"\s*(?:payable\s+)?(?:up)?on\s+(?:the\s+)?(?:achievement|completion)\s+of\s+(?:certain\s+)?"
    r"near[- ]term\b",
    re.I,
)
_MADE_OF_AMOUNTS = re.compile(
    # "$150 million upfront and near-term, comprising an upfront payment of $100 million and
    # $50 million upon ... near-term ... milestones": a sum paid up front and soon, broken down.
    r"\s*(?:in\s+)?(?:up[- ]?front\s*(?:and\s+near[- ]term\s*)?)?(?:(?:cash\s+)?payments?\s*)?"
    # "an upfront payment of $120 million to Takeda, consisting of ...": the payee may come
    # between the sum and its parts.
    r"(?:(?:to|from)\s+(?:[\w.&-]+\s+){0,3}?[\w.&-]+\s*)?,?\s*(?:consisting\s+of|"
    # "$50 million up front, split between $30 million in cash and a $20 million share
    # purchase": the parts may be said to split the sum.
    r"comprising|comprised\s+of|made\s+up\s+of|(?:split|divided)\s+(?:between|into))\s+"
    r"(?:an?\s+)?(?:up[- ]?front\s+payment\s+of\s+)?[$€£¥₩]?\s?\d"
    # "1.25亿美元的首付款，其中包括4,500万美元现金及价值8,000万美元的认股权证": Chinese names the
    # upfront after its sum and its parts after "其中包括" (of which, including).
    r"|\s*的?首付款\s*[，,]\s*其中(?:包括|包含)\s*(?:价值\s*)?\d",
    re.I,
)
_UPFRONT_PART = re.compile(
    r"\s*(?:in\s+|of\s+)?(?:(?P<cash>cash\b|现金)|(?:[\w.&-]+\s+){0,3}?(?:common\s+|ordinary\s+)?"
    r"(?:stock|shares|equity)\b"
    # "价值8,000万美元的甲公司认股权证": warrants or shares named after the part's amount.
    r"|的?[^，。；、]{0,15}?(?:认股权证|普通股|股票|股份))",
    re.I,
)
# The upfront named in Korean or Chinese with no amount at it: "계약금과 ... 마일스톤을 받고",
# "（包括首付款及里程碑付款）". Korean writes the amount after the word ("계약금 4천만 달러"),
# Chinese before it ("7000万美元首付款", "7000万美元的首付款").
_UPFRONT_WORD = re.compile(r"계약금(?!액)|선급금|首付款")


# "for up to $2.5 billion in cash, including an upfront payment and milestones", "총 계약 규모는
# 7억9천600만 달러이며, 계약금과 ... 마일스톤, 판매 로열티를 포함한다", "계약금과 단계별 기술료
# (마일스톤)를 합해 총 3억3천800만 달러": a stated total said to be made of an upfront and
# milestones, neither with an amount.
_TOTAL_MADE_OF = re.compile(
    r"\b(?:including|comprising|consisting\s+of|made\s+up\s+of)\s+(?P<en>(?:an?\s+)?"
    r"(?:up-?front|initial)\s+(?:cash\s+)?(?:payments?|fees?)\b[^.;]{0,80}?\bmilestones?\b)"
    # "총 계약 규모는 최대 X로, 선급금과 ... 단계별 마일스톤으로 구성된다": made of (으로 구성), with
    # the upfront also written 선급금.
    r"|(?:계약금|선급금)(?:과|와|,|및)\s*(?P<ko>[^.。]{0,40}?(?:마일스톤|기술료)[^.。]{0,25}?)"
    r"(?:을|를)?\s*(?:합해|합쳐|포함|(?:으로|로)\s*구성)",
    re.I,
)


def _terms_of_a_total(c: Candidate, texts: list[str]) -> None:
    """The label convention for such a total: it is the headline, and the upfront and the
    milestones it names are terms whose amounts were not disclosed."""
    for t in texts:
        m = _TOTAL_MADE_OF.search(t)
        if not m or parse_money(m.group("en") or m.group("ko")) or not parse_money(t):
            continue
        # In English the total stands right before "including" ("up to $2.5 billion in cash,
        # including ..."); "$100 million upfront and near-term payments, including an upfront
        # payment and a near-term milestone" names what an upfront of its own is made of.
        before = t[max(0, m.start() - 60) : m.start()]
        amounts = parse_money(before)
        if m.group("en") and not (
            amounts
            and re.fullmatch(r"\s*(?:in\s+(?:cash|total)\s*)?,?\s*", before[amounts[-1].end :])
        ):
            continue
        if not any(p.kind == "upfront_cash" for p in c.payments):
            c.payments.append(Payment("upfront_cash", None, None, False, t, 0.7))
        if not any(p.kind.endswith("milestones") for p in c.payments):
            c.payments.append(Payment("milestones", None, None, False, t, 0.7))
        c.quotes.setdefault("payments", t)
        return


def _upfront_without_amount(t: str) -> bool:
    """True when ``t`` names "an upfront payment" in English with no amount at it."""
    m = re.search(r"\ban?\s+(?:upfront|up-front)\s+(?:cash\s+)?(?:payment|fee)\b", t, re.I)
    return bool(
        m
        and not re.match(r"\s*(?:of|totall?ing|amounting|worth|in the amount)\b", t[m.end() :])
        and not parse_money(t[m.end() : m.end() + 20])
        and not parse_money(t[max(0, m.start() - 25) : m.start()])
        # "up to $2.5B, including an upfront payment and milestones" only describes what a
        # stated total is made of.
        and not re.search(r"(?:including|comprising|consisting of|made up of)\s*$", t[: m.start()])
    )


def _upfront_named_without_amount(t: str) -> bool:
    """True when ``t`` names a Korean or Chinese upfront with no amount at it and says nothing
    of terms left undisclosed (those sentences are read by ``_undisclosed_terms``)."""
    for m in _UPFRONT_WORD.finditer(t):
        before, after = t[: m.start()], t[m.end() :]
        if re.search(r"(?:달러|원|유로|엔|美元|元|欧元|日元)\s*(?:的)?\s*$", before):
            continue
        if parse_money(re.split(r"[,;，；。]|(?:과|와)\s", after, maxsplit=1)[0][:25]):
            continue
        if re.match(r"\s*(?:은|는|이|가)?\s*(?:약\s*)?\d", after) or _UNDISCLOSED.search(t):
            continue
        return True
    return False


def _drop_milestone_parts(c: Candidate) -> None:
    """ "up to $400 million in approval milestones and up to $1 billion in commercialization
    milestones, for a total of up to $1.4 billion in milestone payments": the parts and their
    stated total are one term, recorded once, as the total; keeping all three would count the
    milestones twice."""
    amounted = [p for p in c.payments if p.kind.endswith("milestones") and p.amount is not None]
    for total in amounted:
        parts = [p for p in amounted if p is not total and p.quote == total.quote]
        if (
            len(parts) >= 2
            and sum(p.amount for p in parts if p.amount is not None) == total.amount
            and re.search(r"\btotal\b|总计|合计|총", total.quote, re.I)
        ):
            c.payments = [p for p in c.payments if not any(p is q for q in parts)]
            return


def _undisclosed_terms(c: Candidate, sentence: str) -> None:
    """ "Milestones and royalties were not disclosed" → undisclosed components, never zeros."""
    disclosed_kinds = {p.kind for p in c.payments}
    # Only the part of the sentence around the "not disclosed" statement counts.
    kinds: list[str] = []
    if re.search(r"up-?front|initial payment|계약금(?!액)|선급금", sentence, re.I) and not any(
        k in disclosed_kinds for k in ("upfront_cash",)
    ):
        upfront_disclosed_here = any(
            _classify_money(sentence, m, 0, len(sentence))[0] == "upfront_cash"
            for m in parse_money(sentence)
        )
        if not upfront_disclosed_here:
            kinds.append("upfront_cash")
    # The milestone word in any language: "계약금과 단계별 마일스톤 금액은 공개되지 않았다".
    m = re.search(
        r"((?:[\w-]+,?\s+(?:and\s+)?){0,4})(?:milestones?|마일스톤|기술료|里程碑)", sentence, re.I
    )
    if m and not any(k.endswith("milestones") for k in disclosed_kinds):
        kinds.append(_milestone_kind(m.group(1) + " milestones"))
    generic = re.search(r"financial terms|terms of the (?:deal|agreement|transaction)|deal value|"
                        r"financial details|contract (?:value|size)|계약 조건|계약 규모", sentence, re.I)  # fmt: skip
    if generic and not c.payments and c.headline is None:
        c.terms_disclosed = False
        c.quotes.setdefault("terms_disclosed", sentence)
    for kind in kinds:
        c.payments.append(Payment(kind, None, None, False, sentence, 0.8))
        c.quotes.setdefault("payments", sentence)
        c.confidences.setdefault("payments", 0.8)


def _refines(amount: Decimal, currency: str, headline: Payment) -> bool:
    """ "5억달러 규모" in a title, "총 계약 규모는 5억250만 달러" in the body: a figure within 5% of
    the one already taken, in its currency and with more significant digits, is the exact
    amount the other rounds."""
    if headline.amount is None or currency != headline.currency or amount == headline.amount:
        return False

    def digits(value: Decimal) -> int:
        return len(value.normalize().as_tuple().digits)

    close = abs(amount - headline.amount) <= headline.amount * Decimal("0.05")
    return close and digits(amount) > digits(headline.amount)
