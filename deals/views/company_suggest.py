"""``/deals/suggest/companies/``: the companies a reader may pick in the deal list's company boxes.

The deal-list form's company filters (company, licensor, licensee, acquirer, acquired company)
take a slug. A reader knows names, so as they type, ``static/js/site.js`` asks this endpoint for
matching companies (by name, legal or local name and every alias: "Sineuro" finds SciNeuro) and
puts the picked company's slug into the parameter.

Only companies with at least one deal the reader may see in that role are suggested, each with
that number of deals, which is the count of the deal list the pick leads to: a company that only
takes part in internal deals is never suggested to a reader who cannot see them (the leak matrix
probes this endpoint).
"""

from __future__ import annotations

from typing import Any

from django.db.models import Case, Count, IntegerField, OuterRef, Q, QuerySet, Subquery, Value, When
from django.db.models.functions import Coalesce
from django.http import HttpRequest, JsonResponse, QueryDict
from django.urls import reverse
from django.views import View

from companies.filters import companies_matching
from companies.models import Company, CompanyAlias
from companies.names import normalize_name
from core.filters import Q_MAX_LENGTH
from deals import classes
from deals.models import Deal, DealParty

LIMIT = 10
MIN_LENGTH = 2  # one letter matches most companies: no help, and every count computed for nothing

# The deal-list parameter each role's pick goes into ("" = any role: ``company``).
ROLE_PARAMETERS: dict[str, str] = {
    "": "company",
    DealParty.Role.LICENSOR: "licensor",
    DealParty.Role.LICENSEE: "licensee",
    DealParty.Role.ACQUIRER: "acquirer",
    DealParty.Role.TARGET: "acquired",
}
KNOWN_PARAMETERS = {"q", "role"}


def suggest_companies(text: str, role: str, user: Any) -> list[dict[str, Any]]:
    """Up to :data:`LIMIT` companies matching ``text`` that take part, in ``role`` (any role when
    empty), in deals ``user`` may see; each with the number of such deals.

    The number is what the deal list shows for that company and role (rumoured deals and talks
    left out, as the list leaves them out); names that start with the text come first, then the
    companies with the most deals.
    """
    visible = Deal.objects.visible_to(user).filter(classes.counted()).values("pk")
    parties = DealParty.objects.filter(company=OuterRef("pk"), deal__in=visible)
    if role:
        parties = parties.filter(role=role)
    # One party row per company and deal (a company has one role in a deal): counting rows
    # counts deals.
    count = parties.order_by().values("company").annotate(n=Count("pk")).values("n")
    text = text.strip()
    companies: QuerySet[Company] = (
        companies_matching(text)
        .annotate(deals=Coalesce(Subquery(count, output_field=IntegerField()), Value(0)))
        .filter(deals__gt=0)
        .annotate(
            starts=Case(
                When(Q(name__istartswith=text) | Q(local_name__istartswith=text), then=Value(0)),
                default=Value(1),
            )
        )
        .order_by("starts", "-deals", "name", "pk")
    )
    found = list(companies[:LIMIT])
    also = _matching_aliases(text, [c for c in found if not _name_matches(c, text)])
    parameter = ROLE_PARAMETERS[role]
    return [
        {
            "slug": company.slug,
            "name": company.name,
            "country": str(company.country) or None,
            "alias": also.get(company.pk),
            "deals": company.deals,  # type: ignore[attr-defined]  # the annotation above
            "list_url": f"{reverse('deals:deal_list')}?{_query(parameter, company.slug)}",
        }
        for company in found
    ]


def _name_matches(company: Company, text: str) -> bool:
    folded = normalize_name(text)
    return bool(folded) and any(
        folded in normalize_name(name)
        for name in (company.name, company.legal_name, company.local_name)
    )


def _matching_aliases(text: str, companies: list[Company]) -> dict[int, str]:
    """For companies found by another name than their own: the alias the text matched, so the
    suggestion can say why it is there ("SciNeuro Pharmaceuticals, also Sineuro")."""
    if not companies:
        return {}
    folded = normalize_name(text, strip_legal=True)
    aliases: dict[int, str] = {}
    rows = CompanyAlias.objects.filter(company__in=companies).order_by("name")
    for company_id, name, normalized in rows.values_list("company_id", "name", "normalized"):
        if company_id not in aliases and folded and folded in normalized:
            aliases[company_id] = name
    return aliases


def _query(parameter: str, slug: str) -> str:
    query = QueryDict(mutable=True)
    query[parameter] = slug
    return query.urlencode()


class CompanySuggestView(View):
    """``GET /deals/suggest/companies/?q=<text>[&role=licensor]`` → ``{"results": [...]}``.

    A bad parameter is a 400 naming it, like every list: ``{"role": ["..."]}``.
    """

    def get(self, request: HttpRequest) -> JsonResponse:
        params = request.GET
        errors: dict[str, list[str]] = {
            name: ["Unknown query parameter. Known: q, role."]
            for name in sorted(set(params) - KNOWN_PARAMETERS)
        }
        text = params.get("q", "")
        if len(text) > Q_MAX_LENGTH or "\x00" in text:
            errors["q"] = [f"Type at most {Q_MAX_LENGTH} characters of a company name."]
        role = params.get("role", "").strip()
        if role not in ROLE_PARAMETERS:
            roles = ", ".join(r for r in ROLE_PARAMETERS if r)
            errors["role"] = [f"“{role}” is not a party role: use one of {roles}, or none."]
        if errors:
            return JsonResponse(errors, status=400)
        if len(text.strip()) < MIN_LENGTH:
            return JsonResponse({"results": []})
        return JsonResponse({"results": suggest_companies(text, role, request.user)})
