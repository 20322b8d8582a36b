"""Money in text: amounts with their currency and scale, and what each one pays for."""

# ruff: noqa: E501  (the regex tables read better one pattern per line than wrapped)
from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from deals.intake.extraction.stakes import stake_bought_for

_PREFIX_CURRENCY = {
    "US$": "USD", "U.S.$": "USD", "USD": "USD", "$": "USD", "HK$": "HKD", "A$": "AUD",
    "C$": "CAD", "S$": "SGD", "NT$": "TWD", "CN¥": "CNY", "RMB": "CNY", "CNY": "CNY",
    "EUR": "EUR", "€": "EUR", "GBP": "GBP", "£": "GBP", "CHF": "CHF", "JPY": "JPY", "¥": "JPY",
    "￥": "JPY", "KRW": "KRW", "₩": "KRW", "DKK": "DKK", "SEK": "SEK",
}  # fmt: skip
_SUFFIX_CURRENCY = {
    "us dollars": "USD", "u.s. dollars": "USD", "dollars": "USD", "usd": "USD", "euros": "EUR",
    "euro": "EUR", "eur": "EUR", "pounds sterling": "GBP", "pounds": "GBP", "gbp": "GBP",
    "swiss francs": "CHF", "francs": "CHF", "chf": "CHF", "yuan": "CNY", "renminbi": "CNY",
    "rmb": "CNY", "cny": "CNY", "yen": "JPY", "jpy": "JPY", "won": "KRW", "krw": "KRW",
}  # fmt: skip
_SCALE = {
    "thousand": 10**3, "k": 10**3, "million": 10**6, "mn": 10**6, "mln": 10**6, "m": 10**6,
    "mil": 10**6, "billion": 10**9, "bn": 10**9, "b": 10**9, "trillion": 10**12, "tn": 10**12,
}  # fmt: skip
# Korean, Japanese and Chinese currency words after an amount in 조/兆, 억/億/亿 and 만/万/萬.
_KOREAN_CURRENCY = {
    "원": "KRW", "달러": "USD", "위안": "CNY", "엔": "JPY", "유로": "EUR",
    "米ドル": "USD", "ドル": "USD", "円": "JPY", "ユーロ": "EUR",
    "美元": "USD", "人民币": "CNY", "元": "CNY", "欧元": "EUR", "日元": "JPY",
}  # fmt: skip

_NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_SCALE_RE = r"thousand|million|billion|trillion|bn|mn|mln|mil|tn|[mMbBkK]"
_PREFIX_RE = "|".join(re.escape(k) for k in sorted(_PREFIX_CURRENCY, key=len, reverse=True))
_SUFFIX_RE = "|".join(re.escape(k) for k in sorted(_SUFFIX_CURRENCY, key=len, reverse=True))
_MONEY_RE = re.compile(
    rf"(?:(?P<pcur>{_PREFIX_RE})\s?(?P<pnum>{_NUM})(?:\s?(?P<pscale>{_SCALE_RE})(?![A-Za-z]))?"
    rf"(?:\s(?P<pscur>{_SUFFIX_RE})\b)?)"
    rf"|(?:(?<![\w$€£¥₩.])(?P<snum>{_NUM})(?:\s?(?P<sscale>{_SCALE_RE})(?![A-Za-z]))?"
    rf"\s?(?P<scur>{_SUFFIX_RE})\b)",
    re.IGNORECASE,
)
# Korean units: 조 = 10^12, 억 = 10^8, 만 = 10^4; "8조2000억원", "740억 원", "2천억원", "2,000만 달러".
# Japanese and Chinese write the same units: "12億1750万ドル", "約99億円", "1.5亿美元".
_KOREAN_CUR_RE = "|".join(sorted(_KOREAN_CURRENCY, key=len, reverse=True))
# Within a unit Korean also counts in thousands and hundreds: "3억3천800만" is 338 million,
# "4천만" 40 million, "2천억" 200 billion; "3천800" is 3,800 of the unit that follows.
_KOREAN_NUM = r"(?:\d+천\s?(?:\d+백)?\s?\d*|\d+백\s?\d*|[\d,]+(?:\.\d+)?)"
_KOREAN_MONEY_RE = re.compile(
    rf"(?:(?P<jo>\d+(?:\.\d+)?)\s?[조兆])?\s?(?:(?P<eok>{_KOREAN_NUM})\s?[억億亿])?"
    rf"\s?(?:(?P<man>{_KOREAN_NUM})\s?[만万萬])?\s?(?P<kcur>{_KOREAN_CUR_RE})"
)


def _korean_number(written: str) -> Decimal:
    """ "3천800" -> 3800, "4천" -> 4000, "5백" -> 500, "1,250" -> 1250."""
    m = re.fullmatch(r"(?:(\d+)천)?\s?(?:(\d+)백)?\s?([\d,]*(?:\.\d+)?)", written.strip())
    if not m or not (m.group(1) or m.group(2)):
        return Decimal(written.replace(",", ""))
    rest = Decimal(m.group(3).replace(",", "")) if m.group(3) else Decimal(0)
    return Decimal(m.group(1) or 0) * 1000 + Decimal(m.group(2) or 0) * 100 + rest


@dataclass
class Money:
    """An amount found in a sentence, with where it stands."""

    amount: Decimal
    currency: str
    start: int
    end: int
    text: str
    conversion_of: Money | None = None


def parse_money(sentence: str) -> list[Money]:
    """Every currency-marked amount in ``sentence``; conversions are linked, not repeated.

    "(about 8.2 trillion won)" after "$5.6 billion" is the same amount in another currency: it
    is returned with ``conversion_of`` pointing at the amount it converts.
    """
    found: list[Money] = []
    for m in _MONEY_RE.finditer(sentence):
        if m.group("pcur"):
            num, scale, cur = m.group("pnum"), m.group("pscale"), _PREFIX_CURRENCY[m.group("pcur")]
            if m.group("pcur").upper() in {"$", "US$"} and m.group("pscur"):
                cur = _SUFFIX_CURRENCY[m.group("pscur").lower()]
        else:
            num, scale = m.group("snum"), m.group("sscale")
            cur = _SUFFIX_CURRENCY[m.group("scur").lower()]
        if (
            cur == "JPY"
            and m.group("pcur") in {"¥", "￥"}
            and re.search(r"yuan|RMB|renminbi", sentence)
        ):
            cur = "CNY"
        # "B"/"M"/"K" glued to a word ("$5 MAb") are letters, not scales; the regex refuses those.
        amount = _to_decimal(num, scale)
        if amount is None:
            continue
        found.append(Money(amount, cur, m.start(), m.end(), m.group(0)))
    for m in _KOREAN_MONEY_RE.finditer(sentence):
        if not (m.group("jo") or m.group("eok") or m.group("man")):
            continue
        total = Decimal(0)
        if m.group("jo"):
            total += Decimal(m.group("jo")) * 10**12
        if m.group("eok"):
            total += _korean_number(m.group("eok")) * 10**8
        if m.group("man"):
            total += _korean_number(m.group("man")) * 10**4
        if total != total.to_integral_value():
            continue
        start = m.start() + (len(m.group(0)) - len(m.group(0).lstrip()))
        if any(f.start <= start < f.end for f in found):
            continue
        found.append(
            Money(total, _KOREAN_CURRENCY[m.group("kcur")], start, m.end(), m.group(0).strip())
        )
    found.sort(key=lambda x: x.start)
    _link_conversions(sentence, found)
    return found


def _to_decimal(num: str, scale: str | None) -> Decimal | None:
    try:
        value = Decimal(num.replace(",", ""))
    except InvalidOperation:
        return None
    if scale:
        value *= _SCALE[scale.lower()]
    return value


_CONVERSION_GAP = re.compile(
    r"^\s*(?:\(|,|/|–|—|-)?\s*(?:or\s+)?(?:about|approximately|approx\.|around|roughly|some|nearly|"
    r"almost|~|≈|equivalent to|equal to|약|or)?\s*$",
    re.IGNORECASE,
)


def _link_conversions(sentence: str, found: list[Money]) -> None:
    for previous, current in itertools.pairwise(found):
        if previous.conversion_of is not None or previous.currency == current.currency:
            continue
        gap = sentence[previous.end : current.start]
        marked = "(" in gap or re.search(r"\bor\b|약|≈|~|approximately|about", gap)
        if marked and _CONVERSION_GAP.match(gap):
            current.conversion_of = previous


# Which payment a nearby phrase names. Checked nearest-first around each amount.
_KIND_PATTERNS: tuple[tuple[str, str], ...] = (
    ("upfront_equity", r"equity investment|equity stake|equity interest|purchase of (?:\w+ )?shares|"
                       r"(?:buy|purchase|subscribe for) (?:\w+ ){0,3}shares|in equity|"
                       # Equity in Chinese, Korean and Japanese: 股权投资 / 认购股份, 지분 투자,
                       # 株式取得 / 出資.
                       r"股权投资|股本投资|认购[^，。；]{0,12}股|지분\s?(?:투자|인수)|株式(?:の)?取得|出資"),
    # "will pay $150 million upon exercise" (of an option the sentence names before).
    ("option_fee", r"option (?:exercise )?(?:fee|payment)|to exercise (?:the|its) option|"
                   r"\b(?:up)?on (?:the |its )?(?:option )?exercise\b"),
    ("near_term", r"near-term|near term|guaranteed"),
    ("research_funding", r"research funding|R&D funding|research support"),
    ("upfront_cash", r"up-?front|\bup front\b|initial payment|signing fee|down payment|payment (?:up)?on signing|"
                     r"(?:up)?on (?:contract )?signing|at signing|one-time payment|"
                     # 계약금 is the upfront; 계약금액 ("contract amount") is the deal's total.
                     r"계약금(?!액)|선급금|반환 의무 없는|首付款|预付款|"
                     # 首付许可费 ("upfront licence fee"), 首期款; 契約一時金 and 一時金 (Japanese).
                     r"首付|首期(?:款|付款)|契約一時金|一時金|アップフロント"),
    ("milestones", r"milestones?|contingent (?:payments?|consideration)|마일스톤|단계별 기술료|里程碑|"
                   r"マイルストーン|マイルストン"),
    ("cvr", r"contingent value right|\bCVRs?\b"),
    ("headline", r"total (?:deal |transaction |contract )?(?:value|consideration|size|worth)|"
                 r"\bworth\b|valued at|valu(?:ing|es) (?:[\w'’-]+ ){1,6}at|\bin total\b|\btotal(?:ing|ling)?\b|aggregate|"
                 r"potential (?:deal |transaction )?value|combined value|biobucks|deal size|(?:총|전체)\s?(?:계약)?\s?규모|총\s?계약\s?금액|총액|"
                 # "and the entire share capital of Kelvio at approximately 46 billion pounds":
                 # the whole company's value, after the value of one of its shares.
                 r"\b(?:entire|whole)\s+(?:[\w-]+\s+){0,6}?share\s+capital\b[^$€£¥₩\d]{0,40}$|"
                 # "총 10억 달러 규모": 총 right before the amount, 규모 right after it.
                 r"총\s*(?:약\s*)?$|^\s*규모|总(?:交易)?(?:金额|额|价值)|交易总额|"
                 r"(?:deal|agreement|transaction|pact|licensing deal|license deal) (?:is )?(?:for|of)|"
                 r"^\s*(?:licensing |license |acquisition )?(?:deal|agreement|transaction|pact)\b"),
    ("acquisition_price", r"\bfor (?:approximately |about |around |roughly )?$|purchase price|"
                          # "The upfront cash portion represents a transaction value of
                          # approximately $1.0 billion": the price, however it is paid.
                          # "for a total potential transaction value of $925 million": upfront
                          # and contingent payments together, the headline (above), no price.
                          r"equity value|enterprise value|(?<!total )(?<!potential )transaction value|in cash$|"
                          # "Under the terms, Halvern will pay $2.2 billion in cash": what the
                          # buyer pays, with no word naming a term, is the price.
                          r"\b(?:will|would|is to|agreed to|to) pay (?:approximately |about |roughly )?$|"
                          # "2억7800만 달러(약 3324억원)에 인수", "以3亿美元收购": the amount a
                          # company or business is bought for, written before the verb.
                          r"^\s*(?:\(\s*약?\s*[^)]{0,20}\)\s*|\)\s*)?에\s*(?:[가-힣]+\s+)?인수|^\s*收购|以\s*$"),
)  # fmt: skip
_KIND_PATTERNS_BY_NAME = dict(_KIND_PATTERNS)
_NON_DEAL_MONEY = re.compile(
    r"\b(?:revenues?|net sales|sales of|annual sales|peak sales|market (?:size|value|is expected|"
    r"cap)|market capitali[sz]ation|raised|Series [A-F]\b|financing round|net (?:loss|income)|"
    r"cash (?:and cash equivalents|position|runway)|stock price|share price|index)\b",
    re.IGNORECASE,
)
_UNDISCLOSED = re.compile(
    r"not (?:been )?(?:disclosed|revealed|made public)|undisclosed|did not disclose|"
    r"declined to (?:disclose|reveal)|without disclosing|비공개|were not released|"
    r"공개(?:되지|하지)\s?않|밝히지\s?않|未(?:予)?(?:披露|公开|透露)",
    re.IGNORECASE,
)
_CLAUSE_CUT = re.compile(
    r"including|as well as|\bplus\b|, with\b|; |, and (?:an?|the|up to|is|will)\b|"
    r"\band (?:an?|the|up to|is|will|another|additional)\b|\bwhile\b|\bwhereas\b|"
    # Korean clause endings: "계약금은 200억 원이며 총 계약 규모는 ..." ends the upfront's clause.
    r"(?:이며|이고|으며)(?=\s)|며,|"
    # "총 계약 규모는 6억2100만 달러(약 7100억원)로, 계약금 1300만 달러와 ...": "...로," ("as
    # ..., ") ends the total's clause; the upfront word after it is the next amount's. Right
    # after the amount ("1억900만 달러로, 계약금 ...") the words after it start with "로,".
    r"(?:(?<=[\w)])|^)(?:으로|로),(?=\s)",
    re.IGNORECASE,
)


_OWED_ON_GOALS = re.compile(
    r"\s*(?:more|further|extra)?\s*(?:on\s+top\s+of\s+(?:that|this|it))?\s*,?\s*"
    r"(?:in\s+(?:[\w-]+\s+){0,2}?(?:payments?|biobucks|consideration)\s+)?"
    # "up to $300 million more should the programme hit development and sales targets": the
    # inverted condition ("should it", "in the event that it") is an "if".
    r"(?:if|when|once|upon|should|in\s+the\s+event(?:\s+that)?|tied\s+to|linked\s+to|"
    r"contingent\s+(?:up)?on|dependent\s+on|based\s+on)\s+"
    r"(?:the\s+)?(?:achievement\s+of\s+|reaching\s+)?(?:certain\s+|specified\s+|future\s+)?"
    # "as much as $660 million more if the programme reaches a series of development,
    # regulatory and sales-based milestones": the goals may be reached by the programme.
    r"(?:(?:the\s+|a\s+|its\s+)?(?:[\w-]+\s+){0,2}?(?:reach(?:es)?|achieves?|meets?|hits?)\s+"
    r"(?:a\s+series\s+of\s+|a\s+set\s+of\s+|certain\s+|specified\s+)?)?"
    r"(?P<kinds>(?:[\w-]+,?\s+){1,5}?)(?:goals|events|targets|objectives|milestones)\b",
    re.I,
)
_GOAL_KINDS = r"development|clinical|regulatory|approval|commercial|sales|launch"


def _classify_money(
    sentence: str, money: Money, previous_end: int, next_start: int
) -> tuple[str, float]:
    """The payment kind an amount pays for, read from the words nearest to it."""
    pre = sentence[previous_end : money.start]
    if previous_end:
        # "$20 million upfront, up to $100 million in ...": "upfront" belongs to the $20 million.
        # "..., and milestone payments of up to $1.2 billion": after "and" the words are the
        # next amount's, not the previous one's.
        owned = re.match(
            r"^\s*(?!,?\s*and\b)(?:in\s+)?(?:[\w-]+\s+){0,3}?(?:up-?front|milestones?|equity|fee)\b",
            pre,
            re.I,
        )
        if owned:
            pre = pre[owned.end() :]
    sentence_pre = pre
    # A Chinese full-width comma ends a clause as ", " does: in "6,300万美元的首付款，以及最高达
    # 11.25亿美元的…里程碑付款" the upfront's words belong to the amount before the comma.
    # The enumeration comma "、" lists terms the same way: "750万美元首付款、最高1.3亿美元的…里程碑".
    cuts = list(_CLAUSE_CUT.finditer(pre)) + list(re.finditer(r",\s|[，、]", pre))
    if cuts:
        pre = pre[max(c.end() for c in cuts) :]
        # "preclinical, clinical, commercial and sales milestone payments that could exceed":
        # the commas list the kinds of one bundle, so the list is read whole.
        listed = re.search(r"(?:[\w&-]+,\s+){1,5}$", sentence_pre[: len(sentence_pre) - len(pre)])
        if listed and re.match(
            r"\s*(?:[\w&-]+\s+){0,2}?(?:(?:and|or)\s+)?[\w&-]+\s+milestones?\b", pre
        ):
            pre = listed.group(0) + pre
    post = sentence[money.end : next_start]
    if re.search(
        r"(?:payments?|fees?|price|value|consideration|investment)\s+of\s+(?:up to\s+)?"
        r"(?:approximately\s+|about\s+)?$",
        pre,
        re.I,
    ):
        # "an upfront payment of RMB 100 million and milestone payments ...": the amount is
        # already named by what precedes it; what follows "and" is the next term.
        post = re.split(r",|\s+and\s+", post, maxsplit=1)[0]
    cut = _CLAUSE_CUT.search(post)
    if cut:
        post = post[: cut.start()]
    if re.match(r"\s*(?:와|과|및|,)\s", post):
        # Korean names a payment before its amount: after "선급금 3000만 달러와" the words are
        # the next amount's ("단계별 기술료 최대 9억 달러").
        post = ""
    # "... 최대 9억 달러 등 총 10억 달러": a 총 at the end leads to the next amount.
    post = re.sub(r"총\s*(?:약\s*)?$", "", post)
    post = post[:90]
    pre = pre[-90:]
    rest = sentence[money.end :]
    if re.search(r"\badditional\s+$", pre) and re.match(
        r"\s*,?\s*including\s+(?![^.;]*up-?front)[^.;]{0,60}?\bmilestone", rest, re.I
    ):
        # "could receive up to an additional $1.25 billion, including an option exercise fee
        # and potential future milestone payments": an amount beyond what is paid now, made of
        # contingent payments, is the milestones'.
        return "milestones", 0.8
    # "마일스톤을 포함해 최대 4억 달러", "包括里程碑付款在内，最高5亿美元": an amount said to include the
    # milestones is the deal's total, whether the text writes 총 (total) or 최대 (up to) before it.
    if re.search(
        r"(?:마일스톤|기술료)[^.。]{0,12}?포함(?:해|하여|한|하면)\s*,?\s*(?:총|최대)?\s*(?:약\s*)?$"
        r"|包括[^，。；]{0,20}?里程碑(?:款项|付款|费用)?在内\s*[，,]?\s*(?:总(?:额|计)?|最高|高达)?\s*(?:可达)?\s*(?:约)?$",
        pre,
    ):
        return "headline", 0.8
    # "additional payments of up to $700 million upon achievement of development, regulatory
    # and sales milestones", "$90 million, payable on reaching clinical milestones": an amount
    # owed on milestones being reached is the milestones', whatever noun comes before it.
    reached = re.match(
        r"\s*(?:in\s+(?:total\s+)?)?(?:(?:cash\s+)?payments?\s+)?,?\s*(?:payable\s+|due\s+|contingent\s+)?"
        r"(?:up)?on\s+(?:the\s+)?(?:achievement|attainment|reaching|achieving|meeting)\s+(?:of\s+)?"
        r"(?:certain\s+|specified\s+|pre-?specified\s+|future\s+)?(?P<kinds>(?:[\w-]+,?\s+){0,5}?)milestones?\b",
        rest,
        re.I,
    )
    if reached and not re.search(
        r"\b(?:upfront|up-front|total|in total)\b[^$€£¥₩]{0,20}$", pre, re.I
    ):
        return _milestone_kind(reached.group(0)), 0.8
    # "could receive up to $1 billion more if development and sales goals are met", "as much as
    # $X on top of that, tied to regulatory events", "$X in additional payments linked to
    # development and commercial targets": money owed when events of development, approval or
    # sales come is the milestones', whatever the text calls the events.
    # "as much as $930 million in biobucks": the money a biotech may earn as the programmes
    # advance, the contingent payments (the README's "Milestones (biobucks)"). "a deal worth
    # up to $1.2 billion in biobucks" and "a $555 million biobucks pact" still size the deal.
    if re.match(r"\s*in\s+biobucks\b", rest, re.I) and not re.search(
        r"\b(?:worth|valued|value[ds]?|totall?ing|total|deal\s+(?:of|for))\b[^$€£¥₩]{0,30}$",
        pre,
        re.I,
    ):
        return "milestones", 0.8
    goals = _OWED_ON_GOALS.match(rest)
    if (
        goals
        and re.search(_GOAL_KINDS, goals.group("kinds"), re.I)
        # "a transaction worth up to $1.075 billion, contingent on ... milestones" sizes the deal.
        and not re.search(
            r"\b(?:upfront|up-front|total|in total|worth|valued)\b[^$€£¥₩]{0,20}$", pre, re.I
        )
    ):
        return _milestone_kind(goals.group("kinds")), 0.8
    # "a $200 million payment upon U.S. regulatory approval of vorasidenib": a payment owed on
    # an approval is a regulatory milestone, whatever the text calls it.
    if re.match(
        r"\s*(?:cash\s+)?payments?\s+(?:up)?on\s+(?:the\s+)?(?:[\w.]+\s+){0,2}?"
        r"(?:regulatory\s+|marketing\s+)?approval\b",
        post,
        re.I,
    ):
        return "regulatory_milestones", 0.8
    # "for $1.8 billion in cash at closing and a $200 million payment upon ... approval": what
    # is paid at closing next to a later contingent payment is the upfront of the two.
    if re.match(
        r"\s*(?:in\s+cash\s+)?(?:at|upon|on)\s+(?:the\s+)?closing\b", rest, re.I
    ) and re.search(
        r"(?:up)?on\s+(?:the\s+)?(?:[\w.]+\s+){0,2}?(?:regulatory\s+)?approval|milestones?",
        rest,
        re.I,
    ):
        return "upfront_cash", 0.8
    if re.match(r"\s*of\s+(?:that|this|those|these|the\s+total)\b", rest, re.I):
        # "more than $3.5 billion in milestones, with up to $1.4 billion of that tied to
        # development events": a part of an amount already given is no term of its own.
        return "", 0.0
    if re.search(
        r"\b(?:pays?|paying|paid|hand(?:s|ing|ed)?)\s+(?:[\w.&'-]+\s+){0,4}?$", pre, re.I
    ) and re.match(
        r"\s*(?:in\s+cash\s+)?(?:to\s+(?:secure|obtain|gain|win|get)|for)\s+(?:the\s+)?"
        r"(?:[\w-]+\s+){0,3}?(?:rights?|licen[cs]e)\b",
        rest,
        re.I,
    ):
        # "handing Kelvio $85 million to secure the rights to KV-150", "pays $40 million for
        # the Asian rights": what the licensee hands over to get the rights is the upfront.
        return "upfront_cash", 0.8
    best: tuple[int, str] | None = None
    for kind, pattern in _KIND_PATTERNS:
        for m in re.finditer(pattern, pre, re.IGNORECASE | re.MULTILINE):
            distance = len(pre) - m.end()
            if best is None or distance < best[0]:
                best = (distance, kind)
        after = re.search(pattern, post, re.IGNORECASE)
        if after:
            # Words right after the amount ("$50 million upfront") bind slightly tighter.
            distance = max(0, after.start() - 2)
            if best is None or distance < best[0]:
                best = (distance, kind)
    up_to = bool(
        re.search(
            r"up to\s*(?:approximately|approx\.|about|around|roughly|some|~)?\s*$|최대\s*(?:약\s*)?$|"
            r"(?:最高|至多|高达)(?:可达)?\s*(?:约\s*)?$",
            pre,
            re.IGNORECASE,
        )
    )
    if re.search(_KIND_PATTERNS_BY_NAME["cvr"], sentence[: money.start], re.I) and (
        re.search(
            r"\badditional\s+value\s+of\s+(?:up to\s+)?(?:approximately\s+|about\s+)?$", pre, re.I
        )
        # "one CVR per share, worth $4.00 upon approval, representing approximately $646
        # million in additional value": the value named after the amount.
        or (
            re.search(
                r"\brepresent(?:s|ing)\s+(?:up to\s+)?(?:approximately\s+|about\s+)?$", pre, re.I
            )
            and re.match(r"\s*(?:in|of)\s+(?:potential\s+)?additional\s+value\b", post, re.I)
        )
    ):
        # "one CVR per share ..., representing a potential additional value of approximately
        # $1.0 billion": what the CVRs add on top of the price.
        return "cvr", 0.8
    full_post = sentence[money.end : next_start]
    if re.search(
        r"\b(?:purchase|buy|acquire|subscribe\s+for)\s+(?:up to\s+)?$", pre, re.I
    ) and re.match(
        r"\s*(?:in|of|worth\s+of)\s+(?:[\w.&'-]+\s+){0,3}?(?:common\s+|ordinary\s+|preferred\s+)?"
        r"(?:stock|shares|equity)\b",
        full_post,
        re.I,
    ):
        # "Biogen will purchase $650 million of Sage common stock": the amount buys shares,
        # whatever upfront the sentence names before it.
        return "upfront_equity", 0.9
    if re.search(
        # "per ordinary share and American Depositary Share": one price for either listing.
        r"\bper\s+(?:(?:ordinary|common)\s+)?(?:share|ADS)(?:\s+(?:and|or)\s+(?:per\s+)?"
        r"(?:American\s+Depositary\s+Share|ADS))?"
        r"(?:\s+in\s+cash)?(?:\s+(?:at|upon)\s+(?:the\s+)?closing)?,?\s+"
        r"(?:or\s+(?:approximately\s+|about\s+|around\s+|"
        r"roughly\s+)?|(?:approximately|about|around|roughly)\s+)$",
        sentence_pre,
        re.I,
    ):
        # "for $12.50 per share in cash, or about $1.4 billion": the price per share written
        # again as the whole company's. "for $9.10 per share in cash, about $400 million": the
        # same with the "or" left out, the approximation word alone saying it is a rewording.
        # "$8.50 per share in cash at closing, or approximately $560 million": when it is paid
        # stands between.
        return "acquisition_price", 0.7
    if re.search(
        r"near[- ]term\s+(?:[\w-]+\s+)?milestones?(?:\s+payments?)?\s+(?:of\s+)?(?:up to\s+)?"
        r"(?:approximately\s+|about\s+)?$",
        pre,
        re.I,
    ):
        # "a near-term milestone payment of $150 million": what is due soon, kept apart from
        # the contingent milestones.
        return "near_term", 0.8
    # "up to $1.05 billion in upfront and milestone payments", "upfront, development and
    # commercial milestone payments of up to ...": one sum over the upfront and the milestones
    # is the deal's total.
    bundle = (
        r"up-?front(?:\s+(?:cash\s+)?payments?)?,?\s+(?:and\s+|&\s+|plus\s+)?"
        r"(?:[\w-]+,?\s+(?:and\s+)?){0,4}?milestones?"
    )
    near_term_bundle = (
        r"up-?front(?:\s+(?:cash\s+)?payments?)?\s+(?:and|&|plus)\s+near[- ]term\s+milestones?"
    )
    # "$100 million upfront and near-term payments": the words after the amount name it as
    # what is paid soon. (Before the amount, "upfront and near-term payments totaling $110
    # million" stays the upfront, as the rule below reads it.)
    if re.match(
        rf"\s*(?:in\s+)?(?:{near_term_bundle}|up-?front\s+and\s+near[- ]term\s+payments?)",
        full_post,
        re.I,
    ) or re.search(
        rf"{near_term_bundle}(?:\s+payments?)?\s+(?:of|totall?ing)\s+(?:up to\s+)?(?:approximately\s+)?$",
        pre,
        re.I,
    ):
        # "upfront and near-term milestone payments of up to €45 million": what is paid soon,
        # not the deal's total.
        return "near_term", 0.8
    # "合计1000万美元的首付款和近期里程碑付款" (a combined $10 million upfront and near-term
    # milestone payments): the Chinese bundle stands after the amount and 的. ("首付款及近期付款"
    # without 里程碑 is left as the upfront, as a training label records it.)
    if re.match(r"\s*的?\s*首付款?(?:和|及|与|以及)近期里程碑付款", full_post):
        return "near_term", 0.8
    if re.match(
        r"\s*(?:的)?[^，。；（(]{0,10}[（(]\s*(?:包括|包含|including\s+(?:an?\s+)?)"
        r"(?:首付款|up-?front)[^）)]{0,40}?(?:里程碑|milestone)",
        full_post,
        re.I,
    ):
        # "8500万美元的许可费用（包括首付款及里程碑付款）", "$85 million in fees (including an
        # upfront payment and milestones)": a sum the brackets say holds both is the total.
        return "headline", 0.8
    if re.search(
        r"\btotal\s+(?:potential\s+)?(?:consideration|value)\s+of\s+(?:up\s+to\s+)?\S{1,3}\d[\d.,]*"
        r"\s+per\s+(?:share|ADS)\s+(?:represents|equals|amounts\s+to|is)\s+(?:up\s+to\s+)?"
        r"(?:approximately\s+|about\s+|roughly\s+)?$",
        sentence[: money.start],
        re.I,
    ):
        # "The total potential consideration of up to $12.00 per share represents approximately
        # $795 million": the per-share total (price and CVR) restated for the company.
        return "headline", 0.8
    if re.match(
        r"\s*(?:in\s+cash)?,?\s*(?:payable|paid|due)\s+(?:in\s+cash\s+)?(?:at|upon|on)\s+(?:the\s+)?"
        r"closing\s+and\s+(?:upon|on|after)\b[^.;]{0,60}?\bmilestones?\b",
        full_post,
        re.I,
    ):
        # "for up to $2.1 billion in cash, payable at closing and upon the achievement of certain
        # milestones": one sum paid in both parts is the deal's total, not its milestones.
        return "headline", 0.8
    if re.match(rf"\s*in\s+{bundle}", full_post, re.I) or re.search(
        rf"{bundle}(?:[- ]based)?(?:\s+payments?)?\s+(?:of|totall?ing)\s+(?:up to\s+)?"
        r"(?:approximately\s+|about\s+)?$",
        pre,
        re.I,
    ):
        return "headline", 0.8
    if (best is None or best[1] == "headline") and re.match(
        r"\s*in\s+(?:additional\s+|further\s+)?(?:potential\s+)?(?:payments?|consideration)\s+"
        r"(?:relating|related|tied|linked|associated|subject|contingent|upon|on|dependent)\b[^.$€£¥₩]{0,140}?"
        r"\bmilestones?\b",
        full_post,
        re.IGNORECASE,
    ):
        # "up to $730 million in additional potential payments relating to regulatory,
        # development and commercial sales milestones": the milestones name the payments at
        # the end of a phrase longer than the usual window; the amount is no deal total.
        return _milestone_kind(full_post.split("milestone")[0]), 0.8
    if (
        best is None
        and re.search(
            r"^\s*(?:exceeds?|exceeding|is|totals?|amounts?\s+to|reaches|tops)\s+(?:up to\s+)?"
            r"(?:approximately\s+|about\s+|more than\s+|over\s+)?$",
            pre,
            re.I,
        )
        and re.search(
            r"\btotal\s+(?:potential\s+)?(?:deal\s+|transaction\s+)?(?:value|consideration)\b[^$€£¥₩]{0,120}$",
            sentence_pre,
            re.I,
        )
    ):
        # "the total potential deal value, including development, regulatory and commercial
        # milestones, exceeds €1.1 billion": the subject named the total before an aside.
        return "headline", 0.7
    if best is None:
        if up_to:
            return "headline", 0.6
        return "", 0.0
    kind = best[1]
    if kind == "headline" and re.match(
        r"[\s)]*(?:payable|paid|due)\s+(?:in\s+cash\s+)?(?:at|upon|on)\s+(?:the\s+)?closing\b",
        full_post,
        re.I,
    ):
        # "(an aggregate of approximately $1.0 billion) payable at closing": what is paid at
        # closing is the price, not the deal's total.
        kind = "acquisition_price"
    total_of = re.match(
        r"\s*in\s+total\s+((?:[\w-]+\s+){0,4}?)(payments?|milestones?)\b", full_post, re.I
    )
    if kind == "headline" and total_of:
        # "$2.0 billion in total non-contingent anniversary payments": "in total" sums the
        # payments it names, not the deal.
        if re.search(
            r"non-contingent|anniversary|guaranteed|deferred|near[- ]term", total_of.group(1), re.I
        ):
            kind = "near_term"
        elif total_of.group(2).lower().startswith("milestone"):
            kind = "milestones"
    elif (
        kind == "headline"
        and re.match(r"\s*in\s+(?:total|aggregate)\b", full_post, re.I)
        and re.search(r"milestones?", pre, re.I)
        and not re.search(r"up-?front", pre, re.I)
    ):
        # "milestone payments of up to €1.4 billion in total for both programs", "milestones
        # ... that could exceed $2.2 billion in total": the clause's subject is the milestones,
        # and the total is theirs.
        kind = "milestones"
    if kind == "headline" and re.search(
        r"milestones?(?:[- ]payments?)?\s+(?:(?:to|for)\s+(?:[\w'’-]+\s+){1,4}?)?(?:potentially\s+)?"
        r"(?:totall?ing|amounting to|worth|valued at|with a total value of|"
        r"in (?:the )?(?:total|aggregate) (?:amount )?of)\s+(?:up to\s+)?(?:an?\s+)?"
        r"(?:additional\s+|further\s+)?(?:approximately\s+|about\s+)?$",
        pre,
        re.I,
    ):
        # "milestone payments totaling up to $3.5 billion" totals the milestones, not the deal;
        # so does "milestone payments to Kelvio equityholders potentially worth up to an
        # additional $1.6 billion" (who is paid, and how surely, come between).
        kind = "milestones"
    if kind == "headline" and re.search(
        r"up-?front\s+(?:cash\s+)?payments?\s+(?:totall?ing|amounting to|worth|with a total value of)\s+"
        r"(?:approximately\s+|about\s+)?$",
        pre,
        re.I,
    ):
        # "upfront payments totaling $170 million" totals the upfront, not the deal.
        kind = "upfront_cash"
    if kind == "headline" and re.match(
        r"\s*in\s+(?:total|aggregate)\s+(?:potential\s+|future\s+)?(?:[\w-]+\s+){0,4}?"
        r"milestones?\b",
        sentence[money.end : next_start],
        re.I,
    ):
        # "up to $1 billion in aggregate milestone payments": "aggregate" sums the milestones.
        kind = "milestones"
    if kind == "headline" and re.search(
        r"up-?front(?:\s+(?:cash\s+)?payments?)?,?\s+and\s+near[- ]term\s+payments?\s+(?:totall?ing|of)\s+"
        r"(?:approximately\s+)?$",
        pre,
        re.I,
    ):
        # "an upfront payment and near-term payments totaling $150 million": reported as one sum.
        kind = "upfront_cash"
    if kind == "acquisition_price" and re.search(
        r"up-?front\s+(?:cash\s+)?(?:payments?|consideration)\s+of\s+(?:approximately\s+|about\s+)?$",
        pre,
        re.I,
    ):
        # "an upfront payment of $800 million in cash and shares": "in cash" says how the
        # upfront is paid; the amount is still the upfront.
        kind = "upfront_cash"
    if kind == "acquisition_price" and re.search(
        r"\bcombined\b|\bif achieved\b|\bmaximum\s+potential\b|"
        r"\b(?:including|plus|with)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:contingent|CVRs?\b|milestones?\b)",
        sentence_pre[-200:],
        re.I,
    ):
        # "Combined, the upfront and maximum potential contingent value payments represent, if
        # achieved, a transaction value of $1.8bn": the price with what may be paid later is
        # the deal's headline.
        kind = "headline"
    if kind == "acquisition_price" and re.search(
        r"\b(?:equity\s+interest|(?:equity\s+|minority\s+)?stake)\s+in\s+[^,;]{1,60}?\s+for\s+"
        r"(?:approximately\s+|about\s+)?$",
        sentence_pre,
        re.I,
    ):
        # "acquired a 15 percent equity interest in Vivet for EUR 45 million": a stake bought
        # for an amount is an equity payment, not the price of the company.
        return "upfront_equity", 0.8
    if kind == "acquisition_price" and stake_bought_for(sentence_pre):
        # "will acquire approximately 10% of the capital of Cellectis for $25.8 million".
        return "upfront_equity", 0.8
    if kind == "acquisition_price" and up_to:
        # The price paid at closing is a fixed sum; "a total equity value of up to $9.5 billion"
        # adds contingent payments (CVRs, milestones) to it: that is the deal's headline.
        kind = "headline"
    if kind == "option_fee" and re.search(
        r"^\s*(?:in\s+)?(?:[\w-]+\s+){0,3}?option (?:exercise )?(?:fees?|payments?),?\s+(?:and|&)\s+"
        r"(?:[\w-]+,?\s+){0,5}?milestones?",
        post,
        re.IGNORECASE,
    ):
        # "up to $1.05 billion in option fees and milestone payments" is one contingent bundle;
        # so is "$617 million in option payments and development, regulatory and sales
        # milestone payments", the kinds of milestone listed.
        kind = "milestones"
    if (
        kind == "headline"
        and re.search(_KIND_PATTERNS_BY_NAME["cvr"], sentence_pre, re.IGNORECASE)
        and not re.search(r"total (?:[\w-]+ )?(?:value|consideration)\b[^$€£¥₩]{0,40}$", pre, re.I)
        # "Together, the cash and the CVR represent a potential total of $213 million": a total
        # said to sum the price and the CVR is the deal's headline.
        and not (
            re.search(r"\btotal\b[^$€£¥₩]{0,30}$", pre, re.I)
            and re.search(
                r"\b(?:cash|price|upfront(?:\s+payment)?|closing\s+payment)\s+(?:and|plus)\s+(?:the\s+)?"
                r"(?:CVRs?|contingent\s+value\s+rights?)\b|\btogether\b|\bcombined\b",
                sentence_pre,
                re.I,
            )
        )
    ):
        # "one CVR per share, worth up to €300 million in aggregate" prices the CVRs only.
        kind = "cvr"
    if kind == "cvr" and re.search(
        r"\b(?:total|combined)\s+(?:[\w-]+\s+)?(?:value|consideration)\s+(?:including|includ\w+|with)\b"
        r"[^$€£¥₩]{0,60}$",
        sentence_pre,
        re.I,
    ):
        # "the combined value including the maximum potential CVR payment is approximately
        # $1.2 billion" adds the CVRs to the price: the deal's headline, not the CVRs alone.
        kind = "headline"
    if kind == "cvr" and re.search(
        r"\b(?:with|including|counting)\s+(?:the\s+)?(?:CVRs?|contingent\s+value\s+rights?)\s*,\s*"
        r"(?:the\s+)?(?:deal|transaction|offer|acquisition|merger)\s+(?:is|was|would\s+be)\s+"
        r"valued\s+at\s+(?:up\s+to\s+)?(?:approximately\s+|about\s+)?$",
        sentence_pre,
        re.I,
    ):
        # "With the CVR, the deal is valued at up to $801 million": the value with the CVRs
        # added to the price is the deal's headline, not the CVRs alone.
        kind = "headline"
    if kind == "headline" and re.match(r"\s*的[\u4e00-\u9fff、和及与]{0,16}?里程碑", post):
        # "总额最高约10亿美元的开发、注册和商业化里程碑付款": the total the amount's own words
        # give is that of the milestones it goes on to name, not the deal's.
        kind = "milestones"
    if kind == "milestones":
        # "$1.3 billion upon regulatory milestones and $250 million upon the achievement of
        # sales milestones": an amount followed by its own milestone phrase is of that kind
        # only, whatever the clause before it named.
        # "in potential development milestones and commercial payments" is one bundle.
        # Chinese: "最高10.2亿美元的销售里程碑付款": the kind stands after the amount and 的.
        own = re.match(
            r"\s*(?:(?:in|upon|on|for)\b[^$€£¥₩,;]{0,60}?milestones?|的[\u4e00-\u9fff]{0,8}?里程碑)"
            r"(?:\s+and\s+(?:[\w-]+\s+){0,2}?(?:payments?|milestones?)\b)?",
            post,
            re.I,
        )
        # "development milestones of $1.2 billion and sales-based milestones of $2.4 billion":
        # the words right before "milestones of" name this amount's kind, not the next clause.
        own_pre = re.search(
            # "R&D and commercial milestone payments of": the words may hold an ampersand.
            r"(?:[\w&-]+,?\s+(?:and\s+)?){0,4}milestones?(?:[- ]payments?)?\s+(?:of|totall?ing)\s+"
            r"(?:up to\s+)?(?:approximately\s+|about\s+)?$",
            pre,
            re.I,
        )
        context = own.group(0) if own else own_pre.group(0) if own_pre else pre + " " + post
        kind = _milestone_kind(context)
    if kind == "acquisition_price":
        return "acquisition_price", 0.7
    if kind == "headline" and re.search(
        r"\btotal\s+(?:potential\s+)?(?:deal\s+|transaction\s+|contract\s+)?(?:value|consideration|size)\b"
        r"[^$€£¥₩]{0,30}$",
        pre,
        re.I,
    ):
        # "Total deal value is up to $11.1 billion" names the deal's total outright; it beats a
        # bare "total" or "aggregate" elsewhere in the text.
        return "headline", 0.95
    confidence = 0.9 if best[0] < 25 else 0.7
    return kind, confidence


def _milestone_kind(context: str) -> str:
    """ "development, regulatory and commercial milestones" is one unspecified bundle."""
    kinds = []
    # "a $20 million milestone payment based on the results of the Phase 1 study": a trial's
    # results are a development event.
    # "contingent R&D and commercial milestone payments": R&D is a development event.
    if re.search(
        r"\bR&D\b|development(?:al)?|clinical|\bphase\s*(?:[1-3]|I{1,3})\b|\b(?:study|trial)\b|开发|研发|临床",
        context,
        re.IGNORECASE,
    ):
        kinds.append("development_milestones")
    if re.search(r"regulatory|approval|注册|监管", context, re.IGNORECASE):
        kinds.append("regulatory_milestones")
    # "development and launch milestones": a launch is a commercial event.
    if re.search(r"commercial|sales|revenue|launch|销售|商业化", context, re.IGNORECASE):
        kinds.append("commercial_milestones")
    return kinds[0] if len(kinds) == 1 else "milestones"
