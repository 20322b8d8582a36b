"""Dates in text: absolute, relative to the publication date, and their precision."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, replace
from datetime import date, timedelta

from deals.intake.extraction.sentences import Sentence

_MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
_MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
_MONTHS["sept"] = 9
_MONTH_RE = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_DATE_PATTERNS = (
    re.compile(
        rf"\b{_MONTH_RE}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?P<year>\d{{4}}))?\b", re.I
    ),
    re.compile(
        rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH_RE}(?:,?\s+(?P<year>\d{{4}}))?\b", re.I
    ),
    re.compile(r"\b(?P<year>\d{4})-(?P<mnum>\d{2})-(?P<day>\d{2})\b"),
    # European "22.12.2022" is day.month.year; American "12/22/2022" is month/day/year.
    re.compile(r"(?<![\d.])(?P<day>\d{1,2})\.(?P<mnum>\d{1,2})\.(?P<year>\d{4})(?![\d.])"),
    re.compile(r"(?<![\d/])(?P<mnum>\d{1,2})/(?P<day>\d{1,2})/(?P<year>\d{4})(?![\d/])"),
    # Korean "2024년 3월 4일" and Chinese/Japanese "2024年3月4日".
    re.compile(
        r"(?:(?P<year>\d{4})\s?[년年]\s?)?(?P<mnum>\d{1,2})\s?[월月]\s?(?P<day>\d{1,2})\s?[일日号號]"
    ),
)
_MONTH_YEAR = re.compile(rf"\b(?:in\s+)?{_MONTH_RE}\s+(?P<year>\d{{4}})\b", re.I)
# Korean "2024년 3월" and Chinese/Japanese "2024年3月" with no day after them: a month.
_CJK_MONTH_YEAR = re.compile(
    r"(?<!\d)(?P<year>\d{4})\s?[년年]\s?(?P<mnum>\d{1,2})\s?[월月](?!\s?\d{1,2}\s?[일日号號])"
)
_PAST_MONTH = re.compile(
    # "Pearl was snapped up by AstraZeneca in June": a verb of buying is said of a deal made.
    rf"\b(?:agreement|deal|agreed|announced|signed|struck|inked|unveiled|acquired|bought|"
    rf"(?:snapped|scooped)\s+up|grabbed)\b[^.;⟦]{{0,40}}?"
    rf"\bin\s+{_MONTH_RE}(?![\w.]*\s*\d)",
    re.I,
)
# "In March, Orvane agreed ...", "A month earlier, in October, Lilly agreed ...": a short phrase
# of time may lead the month set off by commas.
_OPENING_MONTH = re.compile(
    rf"^\s*(?:[A-Z][\w ]{{0,30}},\s+)?(?:Back\s+|Earlier\s+|Also\s+)?[Ii]n\s+{_MONTH_RE}(?!\s*\d),",
    # The month names are lower case in the table; its capital is checked where it is read.
    re.I,
)
_QUARTER = re.compile(
    r"\b(?:Q(?P<q>[1-4])|(?P<qw>first|second|third|fourth)\s+quarter\s+(?:of\s+)?)\s*(?P<year>\d{4})\b",
    re.I,
)
_QUARTER_WORDS = {"first": 1, "second": 2, "third": 3, "fourth": 4}
_RELATIVE_DAY = re.compile(r"\bon the (?P<day>\d{1,2})(?:st|nd|rd|th)\b|(?P<kday>\d{1,2})일", re.I)
_WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}


@dataclass
class FoundDate:
    """A date the text states, and how sure we are of it."""

    value: date
    quote: str
    confidence: float
    # "day", "month", "quarter" or "year": "Jan 2026" is a month, not the 1st of January.
    precision: str = "day"


def find_date(sentence: str, published_on: date | None) -> FoundDate | None:
    """The first date stated in ``sentence``, relative ones resolved against publication."""
    for pattern in _DATE_PATTERNS:
        for m in pattern.finditer(sentence):
            groups = m.groupdict()
            month = _MONTHS.get((groups.get("month") or "").lower().rstrip(".")) or int(
                groups.get("mnum") or 0
            )
            year = int(groups["year"]) if groups.get("year") else None
            if year is None:
                if published_on is None:
                    continue
                year = published_on.year
                candidate = _safe_date(year, month, int(groups["day"]))
                # "Dec. 30" read on Jan. 2 is last year's December.
                if candidate and candidate > published_on + timedelta(days=7):
                    candidate = _safe_date(year - 1, month, int(groups["day"]))
                if candidate:
                    return FoundDate(candidate, sentence, 0.8)
                continue
            value = _safe_date(year, month, int(groups["day"]))
            if value:
                return FoundDate(value, sentence, 0.95)
    cjk_month = _CJK_MONTH_YEAR.search(sentence)
    if cjk_month:
        # "…계약을 체결했다고 2021년 12월 밝혔다", "2024年10月，…宣布": the text gives the month
        # only, and the publication day after it would claim a day it does not state.
        value = _safe_date(int(cjk_month.group("year")), int(cjk_month.group("mnum")), 1)
        if value:
            return FoundDate(value, sentence, 0.85, "month")
    dateline = re.split(r"\s(?:--|—)\s", sentence, maxsplit=1)
    month_year = _MONTH_YEAR.search(dateline[0]) if len(dateline) == 2 else None
    if month_year:
        # "TOKYO, December 2019 -- Astellas ... today announced": the dateline writes a month
        # and no day; "today" after it cannot say more than the text does.
        month = _MONTHS[month_year.group("month").lower().rstrip(".")]
        value = _safe_date(int(month_year.group("year")), month, 1)
        if value:
            return FoundDate(value, sentence, 0.85, "month")
    if published_on is not None:
        relative = _RELATIVE_DAY.search(sentence)
        if relative:
            day = int(relative.group("day") or relative.group("kday"))
            value = _safe_date(published_on.year, published_on.month, day)
            if value is None or value > published_on:
                # "the 30th" read on the 2nd is last month's 30th.
                prev = published_on.replace(day=1) - timedelta(days=1)
                value = _safe_date(prev.year, prev.month, day)
            if value:
                return FoundDate(value, sentence, 0.8)
        weekday = re.search(r"\b(?:on|last)\s+(" + "|".join(_WEEKDAYS) + r")\b", sentence, re.I)
        if weekday:
            back = (published_on.weekday() - _WEEKDAYS[weekday.group(1).lower()]) % 7
            return FoundDate(published_on - timedelta(days=back), sentence, 0.7)
        if re.search(r"\btoday\b|\b오늘\b", sentence, re.I):
            return FoundDate(published_on, sentence, 0.8)
        if re.search(r"\byesterday\b|\b어제\b", sentence, re.I):
            return FoundDate(published_on - timedelta(days=1), sentence, 0.8)
    month_year = _MONTH_YEAR.search(sentence)
    if month_year:
        month_name = month_year.group("month").lower().rstrip(".")
        value = _safe_date(int(month_year.group("year")), _MONTHS[month_name], 1)
        if value:
            # Kept as the month it is: the first day stands for the month, with its precision.
            return FoundDate(value, sentence, 0.85, "month")
    past_month = _PAST_MONTH.search(sentence) or _OPENING_MONTH.search(sentence)
    # A month is written with its capital ("in may be extended" is a verb).
    if past_month and published_on is not None and past_month.group("month")[0].isupper():
        # "Novartis' agreement in May to acquire ...", "In March, Orvane agreed ...": a month
        # with no year, said of a deal already made, is the latest such month by publication.
        month = _MONTHS[past_month.group("month").lower().rstrip(".")]
        year = published_on.year - (month > published_on.month)
        return FoundDate(date(year, month, 1), sentence, 0.75, "month")
    quarter = _QUARTER.search(sentence)
    if quarter and not re.search(r"expected to (?:close|complete)|closing", sentence, re.I):
        q = int(quarter.group("q") or _QUARTER_WORDS[quarter.group("qw").lower()])
        return FoundDate(date(int(quarter.group("year")), 3 * q - 2, 1), sentence, 0.8, "quarter")
    return None


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def dateline_date(sentences: list[Sentence], published_on: date | None) -> FoundDate | None:
    """The date of the release's dateline, if its first lines have one."""
    # "SAN FRANCISCO, Jan. 12, 2026 /PRNewswire/ --" or a first line holding only a date.
    for s in sentences[:3]:
        if re.fullmatch(r"[\w.,\s]{6,30}", s.text) and find_date(s.text, published_on):
            return find_date(s.text, published_on)
        if re.search(
            r"/\s*PRNewswire|/\s*Business ?Wire|/\s*GLOBE ?NEWSWIRE|--|—|^\s*[A-Z ,]{4,},", s.text
        ):
            found = find_date(s.text[:80], published_on)
            if found:
                return found
    return None


# "Novartis said on October 26, 2025 that it will acquire ...", "Genmab's agreement, announced
# on September 29, 2025, to acquire ...": the date the deal was made known.
_ANNOUNCED_ON = re.compile(
    r"\b(?:said|announced|agreed|signed|disclosed|unveiled|revealed)\s+on\s+", re.IGNORECASE
)
_DATELINE_DASH = re.compile(r"\s(?:--|—|–)\s")
_ON_DAY = re.compile(r"\bon\s+(?=[A-Z]\w+\.?\s+\d|\d{1,2}\s+[A-Z])")


def stated_on(text: str, published_on: date | None) -> FoundDate | None:
    """The date a sentence says the deal was announced on, before any dateline it opens with."""
    m = _ANNOUNCED_ON.search(text)
    if not m:
        # "January 30, 2018 -- The month opened on January 7 with Celgene agreeing to acquire
        # ...": after a news item's own dateline, a day the sentence gives with "on" is the day
        # of the deal it tells ("came on March 2 when X agreed ..." as well).
        dash = _DATELINE_DASH.search(text[:60])
        if not dash or not find_date(text[: dash.start()], published_on):
            return None
        m = _ON_DAY.search(text, dash.end())
        if not m:
            return None
    found = find_date(text[m.end() : m.end() + 40], published_on)
    return replace(found, quote=text) if found else None


_COUNT_WORDS = {
    "a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11,
}  # fmt: skip
_MONTHS_LATER = re.compile(
    rf"\s*(?P<n>{'|'.join(_COUNT_WORDS)}|\d{{1,2}})\s+months?\s+(?:later|on|afterwards?)\s*,", re.I
)


def months_later(sentence: str, previous: date) -> date | None:
    """ "Six months later, Alexion exercised its option ...": in a wrap-up, a deal told a number
    of months after the one before it, with no date of its own, is of that later month (the
    first of it, a month's precision); None when the sentence does not open so."""
    m = _MONTHS_LATER.match(sentence)
    if not m:
        return None
    n = _COUNT_WORDS.get(m.group("n").lower()) or int(m.group("n"))
    months = previous.year * 12 + previous.month - 1 + n
    return date(months // 12, months % 12 + 1, 1)
