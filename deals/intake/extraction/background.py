"""Sentences that tell of other or earlier arrangements: background to a text, not its deal.

"Ono and BMS have co-marketed OPDIVO under a 2014 collaboration agreement", "Alpine previously
had a collaboration with AbbVie", "fruquintinib is marketed by HUTCHMED in partnership with
Eli Lilly", "Taken together, the two agreements carry more than $7 billion": such a sentence
names companies, deal words and sometimes money, but states no deal of the text's own. It
neither starts a deal nor lends its amounts, territory or assets to one.
"""

from __future__ import annotations

import re
from datetime import date

_PAST_OR_OTHER = re.compile(
    r"\b(?:previously|formerly|had\s+(?:a|an)\s+(?:\w+\s+)?(?:collaboration|partnership|"
    r"agreement|licen[cs]e)|in\s+partnership\s+with|prior\s+(?:collaboration|agreement|"
    r"partnership|deal|licen[cs]e)"
    # The past perfect tells what happened before the news: "Aiolos had licensed the antibody
    # from Jiangsu Hengrui".
    r"|had\s+(?:previously\s+|already\s+|earlier\s+|originally\s+)?(?:in-|out-)?(?:licen[cs]ed|"
    r"acquired|bought|sold|partnered|obtained|granted))\b"
    r"|\b(?:former|previous|prior|earlier)\s+(?:partner|licensee|licensor|collaborator)s?\b"
    # "The deal follows Hanmi's earlier licensing agreements with Sanofi and Janssen": deals
    # the text calls earlier are not its news; "X was originally licensed from Y" is history.
    r"|\b(?:earlier|previous|prior|past)\s+(?:[\w-]+\s+){0,2}?(?:agreements?|deals?|licen[cs]es|"
    r"licensing|collaborations?|partnerships?|transactions?|acquisitions?)\b"
    r"|\boriginally\s+(?:in-|out-)?(?:licen[cs]ed|developed|discovered|acquired|partnered)\b"
    # "Earlier this year Hanmi licensed its BTK inhibitor HM71224 to Eli Lilly": a sentence
    # opening on a time before the text's news tells a past deal (not "X, which licensed it
    # last year, has now been acquired": the time there belongs to an aside).
    r"|^\s*(?:earlier\s+this|last)\s+(?:year|month|quarter)\b[^.]{0,80}?\b(?:licen[cs]ed|acquired|"
    r"bought|sold|partnered|signed|agreed|granted|entered)\b"
    # A comparison with competitors: "Other CD47 antibodies in development include ...",
    # "follows similar agreements by Merck with Hengrui", "compared the deal with ...", "the
    # latest in a string of licensing agreements, including Pfizer's deal with 3SBio".
    r"|^\s*(?:Other|Competing|Rival)\b[^.]{0,80}\binclude\b"
    r"|\bsimilar\s+(?:[\w-]+\s+)?(?:deals?|agreements?|transactions?|drugs?|licen[cs]es?|pacts?|"
    r"assets?|candidates?)\b|\bcompared?\s+(?:[\w’']+\s+){0,3}(?:with|to)\b|\bcomparable\b"
    r"|\blatest\s+in\s+an?\s+(?:[\w-]+\s+)?(?:string|series|wave|run|line|spate)\s+of\b"
    # "Genmab's other partnered products include DARZALEX": the company's other deals.
    r"|\bother\s+(?:[\w-]+\s+)?(?:products|drugs|medicines|programs|programmes|partners|"
    r"partnerships|deals|agreements|collaborations|licensees)\s+(?:include|are)\b"
    # "ENHERTU is jointly developed and commercialized by Daiichi Sankyo and AstraZeneca": the
    # present passive tells of an arrangement already in place.
    r"|\b(?:is|are)\s+(?:currently\s+|already\s+)?(?:jointly\s+|co-)?(?:developed|commerciali[sz]ed|"
    r"marketed|sold|distributed)(?:\s+and\s+(?:co-)?(?:commerciali[sz]ed|marketed))?\b[^.]{0,80}?\bby\b"
    # "EyeBio was founded by SV Health Investors": a company's history.
    r"|\b(?:was|were)\s+(?:co-)?(?:founded|launched|established|incubated|spun\s+out)\b",
    re.IGNORECASE,
)
# Korean, Chinese and Japanese say "previously" with 앞서 / 이전에 / 지난해 and the past-experience
# ending "-한 바 있다"; 此前 / 先前 / 曾 / 以前; 以前に / これまでに: "오름은 앞서 지난해 BMS에
# ORM-6151을 기술이전한 바 있다", "此前，翰森制药已与GSK…达成许可合作".
_PAST_CJK = re.compile(
    r"앞서|(?<!기술)이전에|지난해|바\s?있다|此前|先前|曾经|曾与|曾将|以前|これまでに|過去に|"
    # "继与Kelvio就KV-12达成合作之后的又一笔交易" (another deal, after the one with Kelvio):
    # 继 ... 之后 tells the earlier deal the new one follows (继续, "continue", is no such word).
    r"继(?!续|承)[^。，；]{0,40}?(?:达成|签署|签订|完成|引进)[^。，；]{0,20}?之?后"
)
# "유한양행은 2018년 얀센에 … 기술이전한 데 이어" (after licensing … to Janssen in 2018),
# "该公司于2019年将…授权给": Korean and Chinese write an earlier year with 년 / 年; a sentence dated
# to a year before the publication's tells a past deal, unless it says "today" (오늘, 今日).
# A year with its month ("2023년 3월", "2021年3月") dates an event of its own, as "in March
# 2023" does in English: only a bare year tells the past.
_CJK_YEAR = re.compile(r"(?P<year>(?:19|20)\d\d)\s*[년年](?!\s*\d{1,2}\s*[월月])")
_CJK_TODAY = re.compile(r"오늘|금일|今日|今天|本日")
# "announced today", "today announced": the text's own news, whatever else the sentence says
# ("rights in all territories except those previously licensed to BeiGene").
_TODAY = re.compile(r"\b(?:today|announced\s+today|today\s+announced)\b", re.IGNORECASE)
# "Bridge in-licensed BBT-877 from LegoChem Biosciences in 2017": a deal dated to an earlier
# year told in the simple past, with nothing of the text's own news in it.
_PAST_YEAR = re.compile(r"\b(?:in|since)\s+(?P<year>(?:19|20)\d\d)\b")
_OWN_NEWS = re.compile(r"\b(?:will|would|shall|agreed|announced?|signed|enter(?:s|ed)?)\b", re.I)
# "Taken together, the two agreements carry ...": a sum over the text's deals, no deal itself.
_SUMMARY = re.compile(
    r"^\s*(?:Taken together|Together|Combined|In total|Altogether|All told)\b[^.]{0,80}?"
    r"\b(?:deals|agreements|transactions|licen[cs]es)\b",
    re.IGNORECASE,
)
# "under its 2021 agreement with Mirati", "builds on the companies' 2019 collaboration".
_DATED_AGREEMENT = re.compile(
    r"\b(?P<year>(?:19|20)\d\d)\s+(?:[\w-]+\s+){0,2}(?:agreement|collaboration|deal|"
    r"partnership|licen[cs]e|alliance)\b",
    re.IGNORECASE,
)


# "Alteogen previously licensed ALT-B4 to AstraZeneca in March 2025": a past deal told with
# its own month is a dated event of its own, which an analyst records.
_OWN_DATE = re.compile(
    r"\b(?:in|on)\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+"
    r"(?:\d{1,2},?\s+)?(?:19|20)\d\d\b"
)


_ASIDE = re.compile(r",\s+(?:which|who)\b[^,;]*,")
# ", spun off from Biogen in 2017,": a company's origin told in an aside.
_ORIGIN_ASIDE = re.compile(
    r",\s+(?:(?:spun|split|carved)\s+(?:off|out)|founded|formed|established)\b[^,;]*,"
)


_APPOSITION = re.compile(r",\s+an?\s+[^,;]*,")


def is_background(sentence: str, published_on: date | None) -> bool:
    """True when ``sentence`` tells of an earlier or other arrangement, not the text's deal."""
    if _SUMMARY.search(sentence):
        return True
    if _TODAY.search(sentence):
        return False
    # "Celgene, which already owned about 9.7 percent of Juno through an earlier collaboration,
    # gains Juno's lead CAR T candidate": the past told in an aside between commas is not what
    # the sentence says.
    main = _ASIDE.sub(",", _ORIGIN_ASIDE.sub(",", sentence))
    if _PAST_OR_OTHER.search(main) and not _OWN_DATE.search(sentence):
        return True
    if _PAST_CJK.search(sentence):
        return True
    if published_on is None:
        return False
    if not _CJK_TODAY.search(sentence) and any(
        int(m.group("year")) < published_on.year for m in _CJK_YEAR.finditer(sentence)
    ):
        return True
    # "Bioverativ, spun off from Biogen in 2017, markets Eloctate": the same for a year.
    if not _OWN_NEWS.search(sentence) and any(
        int(m.group("year")) < published_on.year
        # "The prize is Kyprolis (carfilzomib), a proteasome inhibitor approved in 2012 for
        # myeloma, which Onyx sells": a year in an apposition describes what it glosses.
        for m in _PAST_YEAR.finditer(_APPOSITION.sub(",", _ORIGIN_ASIDE.sub(",", sentence)))
    ):
        return True
    return any(
        int(m.group("year")) < published_on.year for m in _DATED_AGREEMENT.finditer(sentence)
    )
