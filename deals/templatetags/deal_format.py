"""Template filters for deal pages: compact money with exact tooltips, parties, territories, URLs.

Money is always rendered through these filters so that "undisclosed" and "no FX rate" read the
same everywhere and never collapse into "$0".
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from decimal import Decimal
from typing import Any

from babel import Locale, UnknownLocaleError
from babel.numbers import format_decimal
from django import template
from django.http import QueryDict
from django.urls import Resolver404, resolve
from django.utils.safestring import SafeString

from companies.models import Phase
from core.html import format_html, format_html_join
from core.money import compact_money
from deals.dates import format_precise, iso_precise
from deals.models.terms import split_sides

register = template.Library()

UNDISCLOSED = format_html('<span class="undisclosed">{}</span>', "undisclosed")


def exact_amount(amount: Decimal, currency: str) -> str:
    """ "5,600,000,000 USD", "1,234.5 USD": the full figure shown in tooltips and exports.

    babel's ``#,##0.##`` pattern for en_US (grouped, at most two decimals, no trailing
    zeros, half-even), written with Python's own formatting: a table of deals formats
    thousands of these, and babel's pattern machinery was a tenth of a conference page's
    time. tests/test_pages.py holds the two equal.
    """
    text = f"{Decimal(amount):,.2f}"
    if "." in text:
        text = text.rstrip("0").removesuffix(".")
    return f"{text} {currency}"


def babel_exact_amount(amount: Decimal, currency: str) -> str:
    """:func:`exact_amount` through babel's pattern: the reference the test compares with."""
    return f"{format_decimal(amount, format='#,##0.##', locale='en_US')} {currency}"


@register.filter
def money(amount: Decimal | None, currency: str = "USD") -> SafeString:
    """ "$5.6B" with the exact amount in a tooltip; "undisclosed" when there is no amount."""
    if amount is None:
        return UNDISCLOSED
    return format_html(
        '<data class="money" value="{}" title="{}">{}</data>',
        amount,
        exact_amount(amount, currency),
        compact_money(amount, currency),
    )


@register.filter
def usd_total(amount: Decimal | None) -> SafeString:
    """A computed USD total; empty when nothing it sums is disclosed with a known USD value."""
    if amount is None:
        return format_html(
            '<span class="muted" title="{}">—</span>',
            "Nothing disclosed with a known USD value",
        )
    return money(amount, "USD")


@register.filter
def plain_money(amount: Decimal | None, currency: str = "USD") -> str:
    """Compact money as plain text (chart labels, feed titles)."""
    return compact_money(amount, currency) if amount is not None else "undisclosed"


@register.simple_tag
def payment_amount(payment: Any) -> SafeString:
    """The amount of a payment component as reported, or "undisclosed"."""
    if not payment.disclosed or payment.amount is None:
        return UNDISCLOSED
    return money(payment.amount, payment.currency)


@register.simple_tag
def payment_usd(payment: Any) -> SafeString:
    """The USD value of a payment component, "undisclosed", or "no FX rate" when unconverted."""
    if not payment.disclosed or payment.amount is None:
        return UNDISCLOSED
    if payment.amount_usd is None:
        return format_html(
            '<span class="warning" title="{}">no FX rate</span>',
            f"No {payment.currency} rate on or before the announcement date",
        )
    return money(payment.amount_usd, "USD")


SUM_OF_TERMS = SafeString(
    '<span class="muted small" title="No headline was reported (or the disclosed terms add up '
    'to more): the total is the sum of the disclosed payment terms.">'
    "(sum of disclosed terms)</span>"
)


@register.simple_tag
def total_potential(deal: Any) -> SafeString:
    """The deal's primary value: total potential in USD, saying when it is the sum of the
    disclosed terms rather than a reported headline (never "not reported" alone)."""
    value = deal.total_potential_usd
    if value is None:
        return usd_total(value)
    if deal.headline_amount_usd is None or value > deal.headline_amount_usd:
        return format_html("{} {}", money(value, "USD"), SUM_OF_TERMS)
    return money(value, "USD")


@register.simple_tag
def headline(deal: Any) -> SafeString:
    """The reported headline ("$5.6B"), with its USD value when reported in another currency."""
    if deal.headline_amount is None:
        return format_html(
            '<span class="muted" title="{}">—</span>',
            "No headline value was reported; the total potential adds up the disclosed terms.",
        )
    reported = money(deal.headline_amount, deal.headline_currency)
    if deal.headline_currency == "USD":
        return reported
    if deal.headline_amount_usd is None:
        return format_html(
            '{} <span class="warning" title="No {} rate on or before the announcement date">'
            "(no FX rate)</span>",
            reported,
            deal.headline_currency,
        )
    return format_html(
        '{} <span class="muted">≈ {}</span>', reported, money(deal.headline_amount_usd)
    )


@register.filter
def parties_with_role(parties: Iterable[Any], roles: str) -> list[Any]:
    """The deal parties whose role is one of the comma-separated ``roles``."""
    wanted = {r.strip() for r in roles.split(",")}
    return [p for p in parties if p.role in wanted]


@register.filter
def sellers(parties: Iterable[Any]) -> list[Any]:
    return split_sides(parties).sellers


@register.filter
def buyers(parties: Iterable[Any]) -> list[Any]:
    return split_sides(parties).buyers


@register.filter
def partners(parties: Iterable[Any]) -> list[Any]:
    return split_sides(parties).others


# The deal table's parties and assets cells are written in Python: as template loops they
# were most of the time a 50-deal page took to render. Same markup as the loops they replace.


UNDISCLOSED_PARTY = SafeString('<span class="undisclosed">Undisclosed</span>')
MUTED_DASH = SafeString('<span class="muted">—</span>')
NO_PARTIES = MUTED_DASH
ARROW = SafeString('<span class="arrow" aria-label="to"> → </span>')


def _party_link(party: Any) -> SafeString:
    if party.company_id is None:
        return UNDISCLOSED_PARTY
    company = party.company
    return format_html('<a href="{}">{}</a>', company.get_absolute_url(), company.name)


def _country(party: Any) -> SafeString | str:
    country = party.company.country if party.company_id else None
    if not country:
        return ""
    return format_html(' <span class="country" title="{}">{}</span>', country.name, country.code)


@register.simple_tag
def parties_cell(parties: Iterable[Any]) -> SafeString:
    """Who sold to whom ("RemeGen CN → AbbVie US"), then anyone else with their role."""
    parties = list(parties)
    if not parties:
        return NO_PARTIES
    sold, bought, others = sellers(parties), buyers(parties), partners(parties)
    side = "{}{}"
    rest = format_html_join(
        ", ",
        '{} <span class="muted">({})</span>',
        ((_party_link(p), str(p.get_role_display()).lower()) for p in others),
    )
    return format_html(
        "{} {} {} {}{}",
        format_html_join(", ", side, ((_party_link(p), _country(p)) for p in sold)),
        ARROW if sold and bought else "",
        format_html_join(", ", side, ((_party_link(p), _country(p)) for p in bought)),
        SafeString("<br>") if others and (sold or bought) else "",
        rest,
    )


@register.simple_tag
def assets_line(deal_assets: Iterable[Any]) -> SafeString | str:
    """The deal's assets with their modality: "RC148 · Bispecific antibody; ..."."""
    rows = [
        (
            link.asset.get_absolute_url(),
            link.asset.name,
            format_html(' <span class="muted">· {}</span>', link.asset.get_modality_display())
            if link.asset.modality
            else "",
        )
        for link in deal_assets
    ]
    if not rows:
        return ""
    items = format_html_join("; ", '<a href="{}">{}</a>{}', rows)
    return format_html('<div class="assets-line">{}</div>', items)


PHASE_ORDER = {value: index for index, (value, _label) in enumerate(Phase.choices)}
PHASE_LABELS = dict(Phase.choices)


def phase_text(deal_assets: Iterable[Any]) -> str:
    """The phases the deal's assets were in at signing, earliest first ("Phase 1, Phase 3")."""
    phases = {link.phase_at_signing for link in deal_assets if link.phase_at_signing}
    return ", ".join(str(PHASE_LABELS[p]) for p in sorted(phases, key=PHASE_ORDER.__getitem__))


def areas_text(deal_assets: Iterable[Any]) -> str:
    """The therapeutic areas of the deal's assets ("Oncology, Immunology")."""
    names = {area.name for link in deal_assets for area in link.asset.therapeutic_areas.all()}
    return ", ".join(sorted(names))


INTERNAL_BADGE = SafeString('<span class="badge badge-internal">Internal</span>')
NOT_ANNOUNCED = SafeString('<span class="muted">not announced</span>')
# Text, not only colour: screen readers hear "New since your last visit".
NEW_BADGE = SafeString(
    '<span class="badge badge-new">New<span class="visually-hidden"> since your last visit'
    "</span></span>"
)
NEW_ROW = SafeString(' class="row-new"')
DEAL_ROW = """<tr{}>
      <td class="deal-cell">
        <a class="deal-title" href="{}">{}</a>
        <div class="meta">{}</div>
        {}
      </td>
      <td class="parties-cell" data-label="Parties"><span class="cv">{}</span></td>
      <td class="phase-cell" data-label="Phase at signing"><span class="cv">{}</span></td>
      <td class="area-cell" data-label="Therapeutic area"><span class="cv">{}</span></td>
      <td class="nowrap" data-label="Announced"><span class="cv">{}</span></td>
      <td class="num" data-label="Total potential (USD)"><span class="cv">{}</span></td>
      <td class="num" data-label="Upfront (USD)"><span class="cv">{}</span></td>
      <td class="num" data-label="Headline (reported)"><span class="cv">{}</span></td>
    </tr>"""


@register.simple_tag
def deal_row(
    deal: Any, hide_conference: bool = False, new_ids: Collection[int] | None = None
) -> SafeString:
    """One row of templates/includes/deal_table.html (a deal from for_table()); a deal in
    ``new_ids`` (new since the reader's last visit of a saved search) is marked "New".

    Written here rather than in the template: fifty rows of template tags were the largest
    part of a deal-list page's time. The markup is the template's (tests/test_pages.py).
    """
    badges = [format_html('<span class="badge">{}</span>', deal.get_deal_type_display())]
    is_new = bool(new_ids) and deal.pk in new_ids  # type: ignore[operator]
    if is_new:
        badges.insert(0, NEW_BADGE)
    if deal.status != "announced":
        badges.append(
            format_html(
                '<span class="badge badge-status-{}">{}</span>',
                deal.status,
                deal.get_status_display(),
            )
        )
    if deal.visibility == "internal":
        badges.append(INTERNAL_BADGE)
    conference = deal.conference
    if conference and not hide_conference:
        short = conference.series.short_name
        badges.append(
            format_html(
                '<a class="badge badge-link" href="{}" title="{}">{}</a>',
                conference.get_absolute_url(),
                conference.name,
                f"{short} {conference.year}" if short else conference.name,
            )
        )
    return format_html(
        DEAL_ROW,
        NEW_ROW if is_new else SafeString(""),
        deal.get_absolute_url(),
        deal.title,
        format_html_join(" ", "{}", ((badge,) for badge in badges)),
        assets_line(deal.deal_assets.all()),
        parties_cell(deal.parties.all()),
        phase_text(deal.deal_assets.all()),
        areas_text(deal.deal_assets.all()),
        announced_time(deal) if deal.announced_on else NOT_ANNOUNCED,
        total_potential(deal),
        usd_total(deal.upfront_usd),
        headline(deal),
    )


@register.filter
def announced(deal: Any, day: str = "long") -> str:
    """The deal's announcement date no more exact than its source: "Jan 12, 2026" or, for a
    deal known to be announced in January, "Jan 2026" (``day``: see ``format_precise``)."""
    return format_precise(deal.announced_on, deal.announced_on_precision, day=day)


@register.filter
def announced_iso(deal: Any) -> str:
    """The announcement date as files and plain-text e-mails write it: "2026-01-12", "2026-01"."""
    return iso_precise(deal.announced_on, deal.announced_on_precision)


@register.simple_tag
def announced_time(deal: Any, day: str = "long") -> SafeString:
    """``<time>`` with the announcement date, as exact as known (see ``machine_date``)."""
    machine = machine_date(deal.announced_on, deal.announced_on_precision)
    return format_html('<time datetime="{}">{}</time>', machine, announced(deal, day))


@register.simple_tag
def machine_date(value: Any, precision: str) -> str:
    """A ``<time datetime>`` value no more exact than known: a day "2026-01-12", a month
    "2026-01", a year "2026"; a quarter, which HTML cannot write, as its year."""
    return iso_precise(value, "year" if precision == "quarter" else precision)


@register.simple_tag
def precise_time(value: Any, precision: str) -> SafeString:
    """``<time>`` for any date stored with its precision (an event's, a source's): "Feb 2025"
    for a month, never the 1st it is stored as."""
    return format_html(
        '<time datetime="{}">{}</time>',
        machine_date(value, precision),
        format_precise(value, precision),
    )


CONFERENCE_ROW = """<tr>
        <td><a href="{}">{}</a>{}</td>
        <td data-label="Licensor"><span class="cv">{}</span></td>
        <td data-label="Licensee"><span class="cv">{}</span></td>
        <td class="num" data-label="Total potential (USD)"><span class="cv">{}</span></td>
        <td class="num" data-label="Upfront (USD)"><span class="cv">{}</span></td>
        <td class="num" data-label="Headline, as reported"><span class="cv">{}</span></td>
        <td class="hide-sm nowrap" data-label="Announced"><span class="cv">{}</span></td>
      </tr>"""


def _seller(party: Any) -> SafeString:
    country = party.company.country if party.company_id else None
    if not country:
        return _party_link(party)
    return format_html('{} <span class="muted">({})</span>', _party_link(party), country.name)


@register.simple_tag
def conference_row(deal: Any) -> SafeString:
    """One row of a conference's deal table (templates/deals/conference_detail.html): the
    licensors with their countries, the licensees (else any partner), the money, the day.

    Written here rather than as template loops for the reason ``deal_row`` is: a busy
    conference's hundred rows were half of its page's time.
    """
    parties = list(deal.parties.all())
    sold, bought = sellers(parties), buyers(parties)
    if bought:
        buyer_cell = format_html_join(", ", "{}", ((_party_link(p),) for p in bought))
    else:
        buyer_cell = format_html_join(", ", "{}", ((party_name(p),) for p in partners(parties)))
    status = ""
    if deal.status != "announced":
        status = format_html(
            ' <span class="badge badge-status-{}">{}</span>', deal.status, deal.get_status_display()
        )
    return format_html(
        CONFERENCE_ROW,
        deal.get_absolute_url(),
        deal.title,
        status,
        format_html_join(", ", "{}", ((_seller(p),) for p in sold)) or NO_PARTIES,
        buyer_cell or NO_PARTIES,
        total_potential(deal),
        usd_total(deal.upfront_usd),
        headline(deal),
        announced(deal, "short") if deal.announced_on else MUTED_DASH,
    )


@register.filter
def party_name(party: Any) -> str:
    """The company's name, or "Undisclosed" for an unnamed counterparty."""
    return party.company.name if party.company_id else "Undisclosed"


@register.filter
def territory_label(line: Any) -> str:
    """A territory line's region name ("Greater China") or country name ("Japan")."""
    if line.region_id:
        return line.region.name
    return line.country.name or str(line.country)


@register.filter
def included(lines: Iterable[Any]) -> list[Any]:
    return [t for t in lines if not t.excluded]


@register.filter
def excluded(lines: Iterable[Any]) -> list[Any]:
    return [t for t in lines if t.excluded]


@register.filter
def language_name(code: str) -> str:
    """ "Korean" for "ko"; the code itself when babel does not know it."""
    try:
        return Locale.parse(code.replace("-", "_")).get_display_name("en") or code
    except (ValueError, UnknownLocaleError):
        return code


@register.filter
def pct(value: Decimal | None) -> str:
    """ "12.5%" from a Decimal rate; empty when unknown."""
    if value is None:
        return ""
    return f"{value.normalize():f}%"


@register.simple_tag
def measure_cell(dist: Any) -> SafeString:
    """A measure over a list of deals: its sum, how many disclosed it, and the median (or the
    values themselves below three: deals/analytics/stats.py)."""
    if not dist.disclosed:
        return SafeString('<span class="muted">none disclosed</span>')
    if dist.too_few:
        spread = format_html_join(", ", "{}", ((compact_money(v, "USD"),) for v in dist.values))
        detail = format_html("{} disclosed: {}", dist.disclosed, spread)
    else:
        detail = format_html(
            "{} disclosed · median {}", dist.disclosed, compact_money(dist.median, "USD")
        )
    return format_html(
        '{}<br><span class="muted small">{}</span>', money(dist.total, "USD"), detail
    )


@register.filter
def pct_share(value: Decimal | None) -> str:
    """ "11%" from the fraction 0.1066: shares in whole percents (deals/analytics/stats.py)."""
    from deals.analytics.stats import Share

    return Share.percent(value)


@register.simple_tag
def query_with(params: QueryDict, **changes: Any) -> str:
    """``params`` as a query string with keys set (or removed when the value is None)."""
    query = params.copy()
    for key, value in changes.items():
        if value is None or value == "":
            query.pop(key, None)
        else:
            query[key] = str(value)
    encoded = query.urlencode()
    return f"?{encoded}" if encoded else "?"


@register.simple_tag
def page_exists(path: str) -> bool:
    """Whether a URL path is served: navigation links pages that other modules add later."""
    try:
        resolve(path)
    except Resolver404:
        return False
    return True


@register.filter
def dict_get(mapping: Any, key: str) -> Any:
    """``mapping[key]`` in a template, None when absent (or when there is no mapping)."""
    if not isinstance(mapping, dict):
        return None
    return mapping.get(key)
