"""Synthetic deals: who, what, when, for how much, with sources, royalties, territories, events."""

from __future__ import annotations

import math
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

from django.utils.text import slugify

from companies.models import Modality, Phase
from core.money import compact_money
from deals.models import Deal, DealParty, PaymentComponent
from deals.synthetic.companies import Companies, SynAsset, SynCompany
from deals.synthetic.context import Context
from deals.synthetic.helpers import cum, round_sig, usd
from deals.synthetic.reference import Reference
from deals.synthetic.tables import Tables
from deals.synthetic.vocabularies import (
    CURRENCY_OF_COUNTRY,
    DEAL_TYPES,
    FIRST_DAY,
    INTERNAL_SHARE,
    LAST_DAY,
    LICENSING,
    LOCAL_NEWS,
    NEWS,
    PHASE_VALUE,
    PREFIX,
    ROYALTY_WORDING,
    STATUSES,
    WIRES,
)


class Deals:
    """Queues one deal with all its rows per call of :meth:`deal`."""

    def __init__(
        self, ctx: Context, tables: Tables, reference: Reference, companies: Companies
    ) -> None:
        """Set up the draws; pick (with the run's random source) which deals are internal."""
        self.ctx = ctx
        self.rng = ctx.rng
        self.tables = tables
        self.reference = reference
        self.companies = companies
        self.deal_types, deal_weights = zip(*DEAL_TYPES, strict=True)
        self.deal_type_cum = cum(deal_weights)
        self.statuses, status_weights = zip(*STATUSES, strict=True)
        self.status_cum = cum(status_weights)
        # More deals every year, as in the real market; 2026 only runs to the end of February.
        days: list[date] = []
        weights: list[float] = []
        day = FIRST_DAY
        while day <= LAST_DAY:
            days.append(day)
            weights.append(1 + (day.year - 2015) * 0.12)
            day += timedelta(days=1)
        self.days, self.day_cum = days, cum(weights)
        k = round(self.ctx.n_deals * INTERNAL_SHARE)
        self.internal = set(self.rng.sample(range(self.ctx.n_deals), k))

    def deal(self, i: int) -> None:
        """Queue deal ``i`` (from 0) with its parties, assets, money, sources and events."""
        r, c = self.rng, self.companies
        deal_type = r.choices(self.deal_types, cum_weights=self.deal_type_cum)[0]
        status = r.choices(self.statuses, cum_weights=self.status_cum)[0]
        conference_id = None
        announced: date | None
        if r.random() < 0.15:
            conference_id, start, end, _ = r.choices(
                self.reference.conferences, cum_weights=self.reference.conference_cum
            )[0]
            announced = start + timedelta(days=r.randrange((end - start).days + 1))
        else:
            announced = r.choices(self.days, cum_weights=self.day_cum)[0]
        signed = announced - timedelta(days=r.randrange(4)) if r.random() < 0.6 else None
        if status in (Deal.Status.RUMORED, Deal.Status.NEGOTIATION) and r.random() < 0.25:
            announced, signed, conference_id = None, None, None  # reported, never dated
        fx_date = announced or signed
        created = datetime.combine(fx_date or LAST_DAY, datetime.min.time(), UTC) + timedelta(
            hours=12
        )

        # Who.
        undisclosed_partner = False
        if deal_type in LICENSING or deal_type == Deal.Type.ASSET_PURCHASE:
            seller = c.pick(c.innovators, c.innovator_cum)
            buyer = (
                c.pick(c.pharma, c.pharma_cum, (seller.id,))
                if r.random() < 0.65
                else c.pick(c.company_list, c.all_cum, (seller.id,))
            )
            undisclosed_partner = deal_type in LICENSING and r.random() < 0.03
            roles = (
                ("licensor", "licensee")
                if deal_type in LICENSING
                else (DealParty.Role.TARGET, DealParty.Role.ACQUIRER)
            )
        elif deal_type == Deal.Type.COLLABORATION:
            seller = c.pick(c.innovators, c.innovator_cum)
            buyer = c.pick(c.company_list, c.all_cum, (seller.id,))
            roles = ("partner", "partner")
        elif deal_type == Deal.Type.EQUITY:
            seller = c.pick(c.innovators, c.innovator_cum)
            buyer = c.pick(c.equity_pool, c.equity_cum, (seller.id,))
            roles = ("partner", "investor")
        else:  # acquisition, merger
            seller = c.pick(c.innovators, c.innovator_cum)
            buyer = c.pick(c.pharma, c.pharma_cum, (seller.id,))
            roles = ("target", "acquirer")

        # What.
        assets: list[SynAsset] = []
        if deal_type == Deal.Type.PLATFORM_LICENSE:
            assets.append(c.asset_for(seller, True, created))
        elif deal_type in (
            Deal.Type.LICENSE, Deal.Type.OPTION, Deal.Type.COLLABORATION,
            Deal.Type.ASSET_PURCHASE,
        ):  # fmt: skip
            count = r.choices((0, 1, 2, 3), (5, 80, 11, 4))[0]
            for _ in range(count):
                asset = c.asset_for(seller, False, created)
                if asset not in assets:
                    assets.append(asset)
        elif deal_type in (Deal.Type.ACQUISITION, Deal.Type.MERGER) and r.random() < 0.5:
            assets.append(c.asset_for(seller, False, created))
        lead = assets[0] if assets else None

        buyer_name = "an undisclosed partner" if undisclosed_partner else buyer.name
        title = self._title(deal_type, seller, buyer_name, lead)
        slug = self.ctx.unique(f"{PREFIX}{self.ctx.seed}-{i + 1}-{slugify(title)}")
        currency = "USD"
        local = CURRENCY_OF_COUNTRY.get(seller.country)
        if local and r.random() < 0.3:
            currency = local
        rate = self.reference.rate(currency, fx_date)
        if rate is None and currency != "USD":
            # No FX rate that early: real reports of such deals quote dollars anyway.
            currency, rate = "USD", Decimal(1)
        assert rate is not None  # rate() is 1 for USD

        # Money.
        phase = lead.phase if lead else Phase.PRECLINICAL
        scale = PHASE_VALUE.get(phase, 1.0) * (2.0 if buyer.kind == "big_pharma" else 1.0)
        terms = self._payments(deal_type, status, scale)
        amounts: list[tuple[str, bool, Decimal | None, bool]] = []
        for kind, disclosed, usd_value, contingent in terms:
            amount = round_sig(usd_value / float(rate)) if disclosed else None
            amounts.append((kind, disclosed, amount, contingent))
        disclosed_sum = sum((a for _, d, a, _ in amounts if d and a is not None), Decimal(0))
        headline = None
        if disclosed_sum and r.random() < 0.8:
            undisclosed_share = 1.0 + (
                0.3 * r.random() if any(not d for _, d, _, _ in amounts) else 0
            )
            # Rounded up so that a breakdown never exceeds its headline.
            headline = round_sig(float(disclosed_sum) * undisclosed_share, up=True)
            headline = max(headline, disclosed_sum)
        elif not disclosed_sum and terms and r.random() < 0.15:
            headline = round_sig(r.lognormvariate(math.log(3e8), 1.0) * scale / float(rate))

        # Sources are written before their deal row (foreign keys are checked at commit).
        sources = self._sources(
            self.tables.deals.next_id, slug, title, announced, seller, lead, headline, currency
        )
        headline_source = sources[0] if headline is not None and r.random() < 0.7 else None
        compact = compact_money(headline, currency) if headline is not None else ""
        internal = i in self.internal
        exclusive = r.choices((True, False, None), (60, 10, 30))[0]
        area = lead.area.lower() if lead else "undisclosed indications"
        summary = (
            f"{self._verb(deal_type)} {lead.name + ' ' if lead else ''}"
            f"({Modality(lead.modality).label.lower() if lead else 'no named asset'}) in {area}. "
            f"{seller.name} ({seller.country}) and {buyer_name}."
        )
        deal_id = self.tables.deals.add(
            title, slug, deal_type, exclusive, status,
            Deal.Visibility.INTERNAL if internal else Deal.Visibility.PUBLIC,
            signed, announced, conference_id, summary,
            "Synthetic internal analyst note: valuation model pending." if internal else "",
            headline, currency if headline is not None else "", usd(headline, rate),
            headline_source,
            f"The deal is worth up to {compact}." if headline_source else "",
            None, created, created, 1,
        )  # fmt: skip

        # Parties: the seller side first, as announcements name them.
        self.tables.parties.add(deal_id, seller.id, roles[0], "", 0)
        if undisclosed_partner:
            self.tables.parties.add(deal_id, None, roles[1], "undisclosed partner", 1)
        else:
            self.tables.parties.add(deal_id, buyer.id, roles[1], "", 1)
        if deal_type == Deal.Type.EQUITY and len(c.investors) > 3 and r.random() < 0.3:
            co = c.pick(c.investors, c.investor_cum, (seller.id, buyer.id))
            self.tables.parties.add(deal_id, co.id, "investor", "", 2)
        for asset in assets:
            self.tables.deal_assets.add(deal_id, asset.id, asset.phase)

        for order, (kind, disclosed, amount, contingent) in enumerate(amounts):
            source_id = sources[0] if disclosed and r.random() < 0.5 else None
            label = kind.replace("_", " ")
            quote = (
                f"{seller.name} receives {compact_money(amount, currency)} ({label})."
                if source_id
                else ""
            )
            self.tables.payments.add(
                deal_id, kind, disclosed, amount, currency if disclosed else "",
                usd(amount, rate) if disclosed else None, contingent, source_id, quote, "",
                order,
            )  # fmt: skip
        if deal_type in LICENSING or deal_type == Deal.Type.COLLABORATION:
            self._royalty(deal_id)
            self._territory(deal_id, seller, buyer)
        self._events(deal_id, status, deal_type, signed, announced, sources)

    def _title(self, deal_type: str, seller: SynCompany, buyer: str, asset: SynAsset | None) -> str:
        what = asset.name if asset else "a research program"
        match deal_type:
            case Deal.Type.LICENSE:
                return f"{seller.name} licenses {what} to {buyer}"
            case Deal.Type.OPTION:
                return f"{buyer} takes an option on {what} from {seller.name}"
            case Deal.Type.PLATFORM_LICENSE:
                return f"{buyer} licenses the {what} of {seller.name}"
            case Deal.Type.COLLABORATION:
                return f"{seller.name} and {buyer} collaborate on {what}"
            case Deal.Type.ASSET_PURCHASE:
                return f"{buyer} buys {what} from {seller.name}"
            case Deal.Type.EQUITY:
                return f"{buyer} invests in {seller.name}"
            case Deal.Type.MERGER:
                return f"{seller.name} merges with {buyer}"
            case _:
                return f"{buyer} acquires {seller.name}"

    @staticmethod
    def _verb(deal_type: str) -> str:
        verbs: dict[str, str] = {
            Deal.Type.LICENSE: "Exclusive license to develop and commercialize",
            Deal.Type.OPTION: "Option to license",
            Deal.Type.PLATFORM_LICENSE: "Access to the technology platform",
            Deal.Type.COLLABORATION: "Joint research and co-development of",
            Deal.Type.ASSET_PURCHASE: "Purchase of all rights to",
            Deal.Type.EQUITY: "Equity investment supporting",
        }
        return verbs.get(deal_type, "Acquisition including")

    def _payments(
        self, deal_type: str, status: str, scale: float
    ) -> list[tuple[str, bool, float, bool]]:
        """(kind, disclosed, USD value, contingent) for each money term of the deal."""
        r = self.rng
        terms: list[tuple[str, bool, float, bool]] = []

        def add(
            kind: str, p_exists: float, p_disclosed: float, median: float, sigma: float
        ) -> None:
            if r.random() < p_exists:
                value = r.lognormvariate(math.log(median * scale), sigma)
                contingent = kind in PaymentComponent.ALWAYS_CONTINGENT or kind == "option_fee"
                terms.append((kind, r.random() < p_disclosed, value, contingent))

        if status in (Deal.Status.RUMORED, Deal.Status.NEGOTIATION):
            add("upfront_cash", 0.3, 0.2, 20e6, 1.2)
            return terms
        if deal_type in LICENSING or deal_type == Deal.Type.COLLABORATION:
            add(
                "upfront_cash",
                0.85 if deal_type != Deal.Type.COLLABORATION else 0.6,
                0.85,
                15e6,
                1.2,
            )
            add("upfront_equity", 0.06, 0.9, 10e6, 1.0)
            add("near_term", 0.10, 0.7, 10e6, 1.0)
            if deal_type == Deal.Type.OPTION:
                add("option_fee", 0.6, 0.6, 8e6, 1.0)
            if r.random() < 0.5:
                add("milestones", 0.75, 0.8, 200e6, 1.1)
            else:
                add("development_milestones", 0.7, 0.75, 60e6, 1.1)
                add("regulatory_milestones", 0.5, 0.7, 80e6, 1.1)
                add("commercial_milestones", 0.6, 0.7, 150e6, 1.2)
            add("research_funding", 0.12, 0.6, 5e6, 1.0)
        elif deal_type == Deal.Type.ASSET_PURCHASE:
            add("upfront_cash", 0.95, 0.85, 40e6, 1.2)
            add("milestones", 0.5, 0.7, 150e6, 1.1)
        elif deal_type == Deal.Type.EQUITY:
            add("upfront_equity", 0.95, 0.85, 15e6, 1.0)
            add("equity_premium", 0.1, 0.6, 2e6, 1.0)
        else:
            add("acquisition_price", 0.95, 0.9, 300e6, 1.4)
            add("cvr", 0.15, 0.8, 80e6, 1.0)
        return terms

    def _sources(
        self, deal_id: int, slug: str, title: str, announced: date | None, seller: SynCompany,
        asset: SynAsset | None, headline: Decimal | None, currency: str,
    ) -> list[int]:  # fmt: skip
        r = self.rng
        ids = []
        published = announced
        wire = r.choice(WIRES)
        quote = f"{title}." + (
            f" The deal is worth up to {compact_money(headline, currency)}."
            if headline is not None
            else ""
        )
        url = f"https://example.org/{slug}/press-release"
        ids.append(
            self.tables.sources.add(
                deal_id, url, wire, f"{title} (release)", published, "en", quote
            )
        )
        for k in range(r.choices((0, 1, 2), (30, 55, 15))[0]):
            publisher, language = LOCAL_NEWS.get(seller.country, (r.choice(NEWS), "en"))
            if r.random() < 0.6:
                publisher, language = r.choice(NEWS[:6]), "en"
            day = published + timedelta(days=r.randrange(3)) if published else None
            url = f"https://example.org/{slug}/news-{k + 1}"
            headline_text = f"{seller.name} signs {asset.name if asset else 'deal'}"
            quote = f"Reported by {publisher}."
            ids.append(
                self.tables.sources.add(
                    deal_id, url, publisher, headline_text, day, language, quote
                )
            )
        return ids

    def _royalty(self, deal_id: int) -> None:
        r = self.rng
        if r.random() >= 0.55:
            return
        disclosed = r.random() < 0.15
        low = Decimal(r.randrange(4, 12)) if disclosed else None
        high = low + Decimal(r.randrange(2, 14)) if low is not None else None
        tiered = r.choices((True, False, None), (70, 10, 20))[0]
        self.tables.royalties.add(
            deal_id, disclosed, low, high, tiered, r.choice(ROYALTY_WORDING), None
        )

    def _territory(self, deal_id: int, seller: SynCompany, buyer: SynCompany) -> None:
        r = self.rng
        x = r.random()
        lines: list[tuple[str | None, str, bool]] = []
        if seller.country == "CN":
            if x < 0.5:
                lines = [("WW", "", False), ("GREATER_CHINA", "", True)]
            elif x < 0.8:
                lines = [("WW", "", False)]
        elif seller.country == "KR" and x < 0.3:
            lines = [("WW", "", False), (None, "KR", True)]
        elif buyer.country == "CN" and x < 0.5:
            lines = [("GREATER_CHINA", "", False)]
        elif x < 0.55:
            lines = [("WW", "", False)]
        elif x < 0.60:
            lines = [(None, "US", False)]
        elif x < 0.65:
            lines = [("EU", "", False)]
        elif x < 0.70:
            lines = [(None, "JP", False)]
        elif x < 0.72:
            lines = [("NORTH_AMERICA", "", False)]
        for region, country, excluded in lines:
            self.tables.territories.add(
                deal_id, self.reference.regions[region] if region else None, country, excluded
            )

    def _events(
        self, deal_id: int, status: str, deal_type: str, signed: date | None,
        announced: date | None, sources: list[int],
    ) -> None:  # fmt: skip
        r = self.rng
        if signed:
            self.tables.events.add(deal_id, "signed", signed, "Agreement signed.", None, "", None)
        if announced:
            self.tables.events.add(
                deal_id, "announced", announced, "Deal announced.", None, "", sources[0]
            )
        base = announced or signed
        if base is None:
            return
        if status == Deal.Status.CLOSED:
            day = min(base + timedelta(days=r.randrange(20, 150)), LAST_DAY)
            self.tables.events.add(deal_id, "closed", day, "Transaction closed.", None, "", None)
        elif status == Deal.Status.TERMINATED:
            day = min(base + timedelta(days=r.randrange(200, 1500)), LAST_DAY)
            self.tables.events.add(
                deal_id, "terminated", day, "Agreement terminated.", None, "", None
            )
        if deal_type == Deal.Type.OPTION and r.random() < 0.2:
            day = min(base + timedelta(days=r.randrange(200, 900)), LAST_DAY)
            self.tables.events.add(
                deal_id, "option_exercised", day, "Option exercised.", None, "", None
            )
        if r.random() < 0.05:
            day = min(base + timedelta(days=r.randrange(100, 1500)), LAST_DAY)
            amount = round_sig(r.lognormvariate(math.log(20e6), 0.8))
            self.tables.events.add(
                deal_id, "milestone", day, "Milestone payment.", amount, "USD", None
            )
