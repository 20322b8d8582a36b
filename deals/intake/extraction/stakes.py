"""A stake bought as a share of a company's capital: an equity investment, no acquisition."""

from __future__ import annotations

import re

# "Pfizer will acquire approximately 10% of the capital of Cellectis for $25.8 million": a
# percentage of a company's capital (shares, stock, equity) is a minority stake bought beside
# the deal's other terms, not the purchase of the company, and what it is bought for is equity.
PERCENT_OF_CAPITAL = (
    r"(?:acquire[sd]?|acquiring|buys?|bought|buying|purchase[sd]?|purchasing|take[sn]?|took)\s+"
    r"(?:(?:approximately|about|around|roughly|some|nearly|almost|up\s+to)\s+)?"
    r"\d[\d.,]*\s*(?:%|percent|per\s+cent)\s+(?:of|in)\s+(?:the\s+)?"
    r"(?:(?:share|outstanding|issued|equity)\s+)?(?:capital|shares|stock|equity)\b"
)
_PERCENT_OF_CAPITAL = re.compile(PERCENT_OF_CAPITAL, re.IGNORECASE)
# The same stake with the amount it is bought for right after: "... of Cellectis for".
_STAKE_FOR = re.compile(
    PERCENT_OF_CAPITAL + r"[^,;]{0,60}?\s+for\s+(?:approximately\s+|about\s+)?$", re.IGNORECASE
)


def buys_percent_of_capital(text: str) -> bool:
    """Whether ``text`` tells of buying a percentage of a company's capital."""
    return bool(_PERCENT_OF_CAPITAL.search(text))


def stake_bought_for(before_amount: str) -> bool:
    """Whether the words before an amount say it buys a percentage of a company's capital."""
    return bool(_STAKE_FOR.search(before_amount))
