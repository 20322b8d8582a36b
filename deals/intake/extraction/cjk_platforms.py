"""Platforms a Chinese or Korean text names by a Latin name glued to its own words."""

from __future__ import annotations

import re

# "利用天演药业的SAFEbody精准掩蔽技术开发", "就SAFEbody掩蔽抗体技术达成", "SAFEbody平台技术",
# "Kelvio의 NeoLink 접합 기술": a Latin name of mixed case (capitals and lower case, as platform
# names are written: SAFEbody, XmAb, DuoBody; a one-capital word is a company's name) right
# before the Chinese or Korean word for technology or platform, or a few words describing it and
# then that word, is the platform. Capitals alone ("ADC平台", "CAR-T技术") or lower case first
# ("mRNA技术") name a class.
_GLUED_PLATFORM = re.compile(
    # A capital first, then at least one more capital and one lower-case letter in the name.
    r"(?<![A-Za-z0-9-])([A-Z](?=[A-Za-z0-9-]*[a-z])(?=[A-Za-z0-9-]*[A-Z])[A-Za-z0-9-]{2,30})"
    r"(?![A-Za-z0-9-])"
    r"\s?(?:[\u4e00-\u9fff]{0,6}?(?:平台|技术)|(?:[가-힣]{1,6}\s){0,2}?(?:플랫폼|기술))"
)


def cjk_platform_names(sentence: str) -> list[str]:
    """The platforms ``sentence`` names the way :data:`_GLUED_PLATFORM` reads, in order."""
    if not re.search(r"[\u4e00-\u9fff가-힣]", sentence):
        return []
    return [
        m.group(1)
        for m in _GLUED_PLATFORM.finditer(sentence)
        # "基于药明生物WuXiBody等技术平台开发的一款…抗体": the platform a licensed drug is
        # built on is where it was made, not what the deal licenses (as "from X's platform").
        if not re.search(r"(?:基于|源自|来自|源于)[^，。；,]{0,10}$", sentence[: m.start()])
    ]
