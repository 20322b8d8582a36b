"""The two parties a Chinese deal sentence names around 与 and its verb of signing."""
# ruff: noqa: E501  (the regex reads better one pattern per line than wrapped)

from __future__ import annotations

import re

# Chinese deal sentences name their parties by their place: "A（宣布）与B签订/签署/达成…",
# "A宣布，其附属公司与美国B签订": the one before 与 and the one after it sign, whatever their
# names end with (复宏汉霖, 欧加隆, Elevation Oncology); a country before B is no part of it, and
# "公司" (the company) before 与 names none. Either side may carry a bracketed gloss and B may be
# followed by 公司, no part of its name: "英矽智能（Insilico Medicine）宣布与美国Exelixis公司达成".
CHINESE_DEAL_PAIR_RE = re.compile(
    r"(?:(?<=[，。：；\s])|^)(?:(?P<a>(?:和|(?!与|和)[\u4e00-\u9fff]和)(?:(?!与|和|宣布|其|双方|此前|以前|今日|(?:本|该)?公司与)[\u4e00-\u9fff]){1,7}?|(?:(?!与|和|宣布|其|双方|此前|以前|今日|(?:本|该)?公司与)[\u4e00-\u9fff]){2,8}?)"
    # "其全资子公司杭州某某制药有限公司与": a subsidiary named after 其…子公司 signs for its parent.
    # "瑞康医药科技（杭州）有限公司（以下简称…）宣布与": a city, the legal form and a defined
    # short name may follow A.
    r"(?:[（(][^）)]{1,60}[）)])?(?:(?:股份)?有限公司)?(?:[（(][^）)]{1,60}[）)])?"
    # "云顶新耀于2019年6月宣布，与…": the date the announcement was made may stand between.
    r"(?:于\d{4}年\d{1,2}月(?:\d{1,2}日)?)?(?:今日|今天)?(?:宣布)?[，,]?\s?"
    # "A宣布，旗下全资子公司invoX Pharma已与B达成": A's own subsidiary, named in Latin letters,
    # signs for A, the party. (A subsidiary with a Chinese name is left to the rules above.)
    r"(?:旗下的?(?:附属|全资子|子|控股子)公司[A-Za-z][A-Za-z0-9&.-]*(?:[ \t][A-Z][A-Za-z0-9&.-]*){0,3})?(?:已)?"
    r"|其(?:附属|全资子|子|控股子)公司(?:[\u4e00-\u9fff（）()]{2,20}?(?:股份)?有限公司)?|(?:本|该)?公司)与\s?"
    r"(?:(?:美国|德国|英国|法国|瑞士|日本|韩国|中国|丹麦|比利时|荷兰|瑞典)(?=[A-Z\u4e00-\u9fff]))?"
    # "与诺华旗下仿制药公司山德士（Sandoz）签署": the parent named before 旗下 (under) and what
    # the unit is (a word for a company ends it) introduce B, which signs.
    r"(?:(?:(?!与|签|达成)[\u4e00-\u9fff]){2,8}?旗下的?[\u4e00-\u9fff]{1,10}?(?:公司|企业))?"
    r"(?P<b>(?:(?!就|签|达成|订立|其|双方)[\u4e00-\u9fff]){2,8}?|[A-Z][A-Za-z0-9&.-]*(?:[ \t][A-Z][A-Za-z0-9&.-]*){0,3})"
    # "与美国Veltrix, Inc.签署": a Latin name's legal form after a comma is no part of the name.
    r"(?:,?\s?(?:Inc|Ltd|Co|Corp|LLC|plc|AG|SE|GmbH|N\.V|S\.A)\.?(?:,?\s?Ltd\.?)?)?(?:公司)?\s?(?:[（(][^）)]{1,60}[）)])?\s?(?:就[^，。]{1,40}?)?(?:签订|签署|达成|订立)"
)


# The business words a Chinese company name may end with and a text may drop: "信达生物制药" and
# then "信达生物", "礼来制药" and then "礼来".
_BUSINESS_TAIL = re.compile(r"(?:生物制药|生物医药|生物科技|生物技术|制药|医药|药业|集团)")


def short_chinese_name(names: list[str], text: str) -> str | None:
    """The name a Chinese text keeps for a company it also writes with a business word after it
    ("信达生物制药宣布与礼来制药达成协议，礼来将获得…": 信达生物 and 礼来), as the settled labels
    name such parties (荣昌生物, 诺诚健华, 华润三九); None when no name is another plus such a
    word, or when the text defines the short name in brackets after a longer one
    ('拜耳医药保健有限公司（"拜耳"）' stays the full name, as a defined short name does). Of
    several, the longest ("信达生物" over "信达" when both stand alone)."""
    short = [
        n
        for n in names
        if re.fullmatch(r"[\u4e00-\u9fff]{2,}", n)
        and any(m.startswith(n) and _BUSINESS_TAIL.fullmatch(m[len(n) :]) for m in names)
        and not re.search(rf"[（(][^）)]{{0,12}}[\"“”'「]{re.escape(n)}[\"“”'」]", text)
    ]
    return max(short, key=len) if short else None
