"""Country groups, defined once: what "Greater China", "Europe" or "Asia-Pacific" mean in a
country filter, in the analytics' country dimension and in their drill-down links.

A country filter (``licensor_country``, ``licensee_country``, ``target_country``,
``acquirer_country``) takes ISO 3166-1 alpha-2 codes or these group codes, several at once
("any of"). Two more codes exist so that every analytics row has a deal list behind it:
``OTHER`` (a country on record outside the analytics groups) and ``UNKNOWN`` (no party of that
role whose country is on record).
"""

from __future__ import annotations

from django_countries import countries

from core.select_cache import language_only

EU = (
    "AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU",
    "IE", "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK",
)  # fmt: skip
# The EEA, plus the UK and Switzerland, home to much of Europe's pharma.
EUROPE = (*EU, "IS", "LI", "NO", "GB", "CH")
GREATER_CHINA = ("CN", "HK", "MO", "TW")
ASIA_PACIFIC = (
    "AU", "BD", "BN", "CN", "HK", "ID", "IN", "JP", "KH", "KR", "LA", "LK", "MM", "MN",
    "MO", "MY", "NP", "NZ", "PH", "PK", "SG", "TH", "TW", "VN",
)  # fmt: skip

# code -> (label, member countries)
GROUPS: dict[str, tuple[str, tuple[str, ...]]] = {
    "GREATER_CHINA": ("Greater China (CN, HK, MO, TW)", GREATER_CHINA),
    "EU": ("European Union", EU),
    "EUROPE": ("Europe (EEA, UK, Switzerland)", EUROPE),
    "APAC": ("Asia-Pacific", ASIA_PACIFIC),
}

# The analytics' country groups, in display order, each a filter value.
ANALYTICS_GROUPS: tuple[tuple[str, str], ...] = (
    ("US", "United States"),
    ("GREATER_CHINA", "Greater China"),
    ("KR", "South Korea"),
    ("JP", "Japan"),
    ("EUROPE", "Europe"),
)
OTHER, UNKNOWN = "OTHER", "UNKNOWN"
SPECIAL_LABELS = {
    OTHER: "Other countries (outside the groups above)",
    UNKNOWN: "Not disclosed (no country on record)",
}

# Where BD deals happen, offered first in country filters.
FREQUENT = ("US", "CN", "KR", "JP", "GB", "DE", "FR", "CH", "HK", "TW", "IN", "AU", "CA")


def members(code: str) -> tuple[str, ...]:
    """The countries a filter value stands for: a group's members, or the country itself."""
    return GROUPS[code][1] if code in GROUPS else (code,)


def analytics_members() -> tuple[str, ...]:
    """Every country inside an analytics group (what ``OTHER`` is outside of)."""
    codes: list[str] = []
    for code, _ in ANALYTICS_GROUPS:
        codes.extend(members(code))
    return tuple(dict.fromkeys(codes))


def label(code: str) -> str:
    """ "Greater China (CN, HK, MO, TW)", "South Korea", "Other countries (...)"."""
    if code in GROUPS:
        return GROUPS[code][0]
    if code in SPECIAL_LABELS:
        return SPECIAL_LABELS[code]
    return str(countries.name(code)) or code


@language_only
def choices() -> list[tuple[str, object]]:
    """Country filter choices: regions, then the frequent BD countries, then every country."""
    frequent = [(code, label(code)) for code in FREQUENT]
    rest = [(code, name) for code, name in countries if code not in FREQUENT]
    return [
        ("Regions", [(code, name) for code, (name, _) in GROUPS.items()]),
        ("Frequent in BD", frequent),
        ("All countries", rest),
        ("Other", list(SPECIAL_LABELS.items())),
    ]
