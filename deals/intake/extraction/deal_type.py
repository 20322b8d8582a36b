"""A deal's type and status, read from its trigger sentences."""

# ruff: noqa: E501  (the regex tables read better one pattern per line than wrapped)
from __future__ import annotations

import re

from deals.intake.extraction.roles import _CLOSED, _NEGOTIATION, _RUMOR, _TERMINATED
from deals.intake.extraction.stakes import PERCENT_OF_CAPITAL


def _deal_type(trigger_texts: list[str], block_text: str, assets: list[str]) -> tuple[str, str]:
    for t in trigger_texts:
        if re.search(r"\bmerge(?:r|d)?\b(?! sub)", t, re.I) and not re.search(r"acqui", t, re.I):
            return "merger", t
        if re.search(r"(?:will|would|to|agreed to|has agreed to|plans to) acquire|acquisition of|acquired by|"
                     r"\bacquired\b|\bbought\b|\bbuys\b|\bbuying\b|\b(?:to|will|would) buy\b|takeover of|take over\b(?!\s+(?:the\s+|all\s+|global\s+|worldwide\s+|full\s+|further\s+)*(?:development|responsibilit|activit|commerciali|manufactur|operations|costs|clinical|regulatory))|"
                     r"\bacquires\b|completed (?:its |the )?acquisition|tender offer (?:for|to acquire)\b|offer to (?:all )?(?:the )?(?:share|stock)holders\b|(?:public|takeover|cash) offer for\b|\bsnap(?:s|ped)? up\b|\bgrab(?:s|bed)\b|\bscoop(?:s|ed)? up\b|\bbuyout of\b|收购|并购|인수(?:한다|했다|하기로|하는|키로|계약)", t, re.I) and not re.search(
            # Buying rights or a licence ("buys rights to", "rights ... were acquired by") is
            # a licence, not the purchase of a company.
            r"(?:acquire[sd]?|acquiring|buys?|bought|buying|purchase[sd]?|grab(?:s|bed)) (?:[\w-]+ ){0,3}(?:rights|licen[cs]e)|"
            # "agreed to buy $55 million of Kelvio common stock": an equity investment, not the
            # purchase of the company.
            r"(?:acquire[sd]?|buys?|bought|buying|purchase[sd]?) (?:up to )?\S*\d[\d.,]*\s*(?:million|billion|[mb]n)? "
            r"(?:of|in|worth of) (?:[\w.&'-]+ ){0,4}?(?:common |ordinary |preferred )?(?:stock|shares|equity)\b|"
            # "Jazz will acquire an option to obtain ... rights": an option, not a company.
            r"(?:acquire[sd]?|acquiring|buys?|bought|buying|purchase[sd]?) (?:an? |the )?(?:[\w-]+ ){0,2}option\b|"
            # "acquired a 15 percent equity interest in Vivet ... with an option to acquire all
            # of its shares": a stake and an option to buy the rest, not yet the company.
            r"(?<!exercised its )(?<!exercise its )(?<!exercises its )\boption to acquire\b|"
            # "will acquire approximately 10% of the capital of Cellectis": a stake (stakes.py).
            + PERCENT_OF_CAPITAL + "|"
            r"(?:rights|licen[cs]e)\b[^.]{0,80}\b(?:were|was|have been|has been|are|is being)\s+"
            r"(?:acquired|bought|purchased)", t, re.I
        ):  # fmt: skip
            # Buying a drug ("acquire the rights to/the assets of/XY-12") is an asset purchase;
            # buying the company that owns it is an acquisition.
            if re.search(
                r"acqui\w*\s+(?:the\s+)?(?:\w+\s+){0,2}?(?:assets?|programs?|portfolio|"
                r"candidates?)\b|acqui\w*\s+[A-Z]{1,6}-?\d|"
                # "acquire Scorpion Therapeutics' PI3Kα inhibitor STX-478": the seller's drug.
                r"acqui\w*\s+(?:[A-Z][\w&-]*\s+){0,3}[A-Z][\w&-]*(?:’|')s?\s+(?:[\w-]+\s+){0,5}?"
                # "Servier will acquire Agios' oncology portfolio": a business, not the company.
                r"(?:inhibitors?|antibod(?:y|ies)|candidates?|programs?|assets?|drugs?|compounds?|"
                r"portfolio|business|division|[A-Z]{1,6}-?\d)|"
                # "다케다의 ... 사업 부문을 ... 인수": a business or unit, not the company.
                r"(?:사업|부문|사업부|제품|자산)\s?(?:을|를)\s[^.]{0,60}?인수",
                t,
            ):
                return "asset_purchase", t
            return "acquisition", t
    for t in trigger_texts:
        # Chinese "选择权" and Korean "옵션" are the option of "option, collaboration and
        # license agreement" ("达成选择权、合作与授权协议").
        if re.search(r"\boption\b|选择权|(?<!스톡)옵션", t, re.I) and not re.search(
            r"\bstock option", t, re.I
        ):
            return "option", t
    # "a collaboration and license agreement with Sanofi. Sanofi obtains a non-exclusive license
    # to Scribe's ... platform": any of the deal's licence sentences may say what is licensed.
    licences = [
        t
        for t in trigger_texts
        if re.search(r"licen[cs]|technology[- ]transfer|기술이전|라이선스|rights to", t, re.I)
    ]
    # "CD388, a drug-Fc conjugate from Cidara's Cloudbreak platform": the platform a licensed
    # drug comes from makes no platform licence.
    if licences and re.search(
        r"platform|technology\b(?!\s*transfer)",
        re.sub(
            r"\b(?:conjugate|antibody|candidate|drug|molecule|compound|therapeutic)s?\s+"
            r"(?:(?:derived|discovered|generated|developed)\s+)?from\s+[^,.;]{0,60}?platform",
            "",
            licences[0],
            flags=re.I,
        ),
        re.I,
    ):
        return "platform_license", licences[0]
    for t in licences[1:]:
        if re.search(r"\blicen[cs]e\s+to\s+(?:[\w()'’-]+\s+){0,6}?platform\b", t, re.I):
            return "platform_license", t
    if licences:
        return "license", licences[0]
    for t in trigger_texts:
        # "a collaboration ... using Harbour BioMed's Harbour Mice platform": one side's
        # platform is what the other pays for.
        if re.search(r"collaborat|partnership", t, re.I) and re.search(
            r"\b(?:using|based on|leverag\w+|utili[sz]ing|access to)\b[^.]{0,60}\bplatform", t, re.I
        ):
            return "platform_license", t
    # "Biogen is paying $16 million upfront and making a $30 million equity investment in the
    # startup ..., and City is eligible for up to $1 billion in milestones": an investment
    # beside an upfront or milestones is part of a partnership's terms (upfront_equity), no
    # equity deal of its own.
    paid_for = any(re.search(r"\bup[- ]?front\b|milestones?", t, re.I) for t in trigger_texts)
    for t in trigger_texts:
        # "investigational" is no investment.
        if not paid_for and re.search(r"equity investment|\binvest(?!igat)", t, re.I):
            return "equity", t
        if re.search(r"collaborat|co-develop|partnership", t, re.I):
            return "collaboration", t
    return "license", trigger_texts[0]


def _status(texts: list[str], first_trigger: str) -> tuple[str, str, float]:
    for pattern, status, confidence in (
        (_NEGOTIATION, "negotiation", 0.85),
        (_RUMOR, "rumored", 0.7),
        (_TERMINATED, "terminated", 0.8),
        (_CLOSED, "closed", 0.8),
    ):
        for t in texts:
            if pattern.search(t):
                return status, t, confidence
    return "announced", first_trigger, 0.8
