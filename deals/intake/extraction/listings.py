"""Latin-script company names a Chinese text marks by their listing in brackets."""

from __future__ import annotations

import re

# "再鼎医药与argenx SE（泛欧交易所及纳斯达克：ARGX）今日宣布": a Latin name (lower-case ones
# too, "argenx") followed by a Chinese-bracketed stock listing is a company; the legal form
# before the bracket is no part of its name.
LATIN_LISTED_IN_CHINESE_RE = re.compile(
    r"(?:^|(?<=[，。、：；“”与和—司]))"
    r"(?P<name>[A-Za-z][\w.&'-]*(?: [A-Z][\w.&'-]*){0,3}?)"
    r"(?:,? (?:SE|Inc\.?|INC\.|Ltd\.?|LTD\.|AG|plc|N\.V\.|Corp\.?|Corporation|GmbH|S\.A\.|"
    r"A/S|LLC))?\s*"
    r"[（(]\s*[^）)：:]{0,12}?(?:纳斯达克|纽交所|纽约证券交易所|港交所|香港联交所|联交所|泛欧交易所|"
    r"伦敦证券交易所|东京证券交易所|上交所|深交所|科创板)[^）)：:]{0,8}[：:]"
)
