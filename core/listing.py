"""Lists as both apps' browse pages show them: validation, paging, chips and sort links.

A list page validates its parameters exactly as the API does (an unknown parameter or an
unreadable value is a 400 naming it), pages like the API (``page``, ``page_size`` up to 500)
and renders the FilterSet's own form. Companies, assets, deals and conferences all go
through :func:`browse`.

Deep pages of a list are loaded in two steps: the page's ids, then the rows for those ids.

A page of ``for_listing()`` computes the prefetches and joins for every row
the database skips over to reach the OFFSET, so deep pages grew with the offset. Paging
a bare ``pk`` list under the same filters and ordering skips cheaply (often on an index);
the page's rows, totals and prefetches are then loaded for those ids only.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from django.core.paginator import EmptyPage, Page
from django.db.models import Model, QuerySet
from django.http import Http404, HttpRequest, QueryDict

from core.result_cache import CachedCountPaginator
from core.widgets import speed_up_selects

# Rows skipped before a page at which the two-step load pays for its extra query. Near the
# top the OFFSET costs nothing and one query (the page with its totals) is cheapest.
DEEP_OFFSET = 500


def is_deep_page(number: int | str, size: int) -> bool:
    """Whether page ``number`` (or "last") of ``size`` rows starts past :data:`DEEP_OFFSET`."""
    if not isinstance(number, int):
        return True
    return (number - 1) * size >= DEEP_OFFSET


def deal_ids(queryset: QuerySet) -> QuerySet:
    """``queryset``'s primary keys with its filters and ordering, without its prefetches."""
    return queryset.prefetch_related(None).values_list("pk", flat=True)


def deals_in_order[M: Model](queryset: QuerySet[M], ids: Iterable[int]) -> list[M]:
    """The deals of ``queryset`` whose pk is in ``ids``, in the order of ``ids``.

    ``queryset`` carries the visibility and the loading (for_listing() and friends); an id it
    does not contain is left out rather than trusted.
    """
    ids = list(ids)
    if not ids:
        return []
    rows = {deal.pk: deal for deal in queryset.filter(pk__in=ids).order_by()}
    return [rows[pk] for pk in ids if pk in rows]


DEFAULT_PAGE_SIZE = 50  # the API's default, so that a copied URL shows the same page


MAX_PAGE_SIZE = 500


# Query parameters that drive the page rather than the filter; everything else is a filter.
PAGE_PARAMS = ("page", "page_size")


def clean_query(params: QueryDict) -> QueryDict:
    """``params`` without empty values: what a filter form submitted, as a tidy URL."""
    tidy = QueryDict(mutable=True)
    for key, values in params.lists():
        kept = [v for v in values if v.strip()]
        if kept:
            tidy.setlist(key, kept)
    return tidy


def is_htmx(request: HttpRequest) -> bool:
    """A partial-page request from htmx (a history restore wants the whole page)."""
    return (
        request.headers.get("HX-Request") == "true"
        and request.headers.get("HX-History-Restore-Request") != "true"
    )


@dataclass
class Chip:
    """An active filter value, with the URL of the same list without it."""

    label: str
    value: str
    remove_url: str


def _chip_value(field: Any, cleaned: Any, raw: str) -> str:
    """A readable value for a chip: the object's name, the choice's label, the field's own
    ``chip_text`` (amounts: "$1B"), else the raw text."""
    text = field.chip_text(cleaned) if hasattr(field, "chip_text") else None
    if text:
        return str(text)
    if cleaned is not None and hasattr(cleaned, "_meta"):
        return str(cleaned)
    choices = getattr(field, "choices", None)
    if choices is not None and not hasattr(choices, "queryset"):
        for key, label in choices:
            if isinstance(label, (list, tuple)):  # grouped choices
                for sub_key, sub_label in label:
                    if str(sub_key) == raw:
                        return str(sub_label)
            elif str(key) == raw:
                return str(label)
    if cleaned is not None and hasattr(cleaned, "__iter__") and not isinstance(cleaned, str):
        for item in cleaned:
            if hasattr(item, "_meta") and raw in {getattr(item, "slug", None), str(item.pk)}:
                return str(item)
    return raw


def filter_chips(filterset: Any, params: QueryDict, base_url: str) -> list[Chip]:
    """One chip per active filter value, each linking to the list without that one value."""
    form = filterset.form
    cleaned = form.cleaned_data if form.is_bound and hasattr(form, "cleaned_data") else {}
    chips = []
    for name, values in params.lists():
        if name in PAGE_PARAMS or name not in form.fields:
            continue
        field = form.fields[name]
        for raw in values:
            if not raw.strip():
                continue
            rest = params.copy()
            rest.setlist(name, [v for v in values if v != raw])
            rest.pop("page", None)
            query = clean_query(rest).urlencode()
            chips.append(
                Chip(
                    label=str(field.label or name.replace("_", " ").capitalize()),
                    value=_chip_value(field, cleaned.get(name), raw),
                    remove_url=f"{base_url}?{query}" if query else base_url,
                )
            )
    return chips


class BadParameter(ValueError):
    """A page parameter that cannot be read; shown as a 400 that names it, like the API's."""

    def __init__(self, name: str, message: str) -> None:
        super().__init__(f"{name}: {message}")
        self.name = name
        self.message = message


def page_size(params: QueryDict) -> int:
    """``page_size`` as the API reads it: default 50, 1 to 500, else :class:`BadParameter`."""
    raw = params.get("page_size", "").strip()
    if not raw:
        return DEFAULT_PAGE_SIZE
    try:
        size = int(raw)
    except ValueError:
        raise BadParameter("page_size", "enter a whole number.") from None
    if not 1 <= size <= MAX_PAGE_SIZE:
        raise BadParameter("page_size", f"must be between 1 and {MAX_PAGE_SIZE}.")
    return size


def page_number(params: QueryDict) -> int:
    """``page`` as the API reads it: a whole number from 1, else :class:`BadParameter`."""
    raw = params.get("page", "").strip()
    if not raw:
        return 1
    try:
        number = int(raw)
    except ValueError:
        raise BadParameter("page", "enter a whole number.") from None
    if number < 1:
        raise BadParameter("page", "pages start at 1.")
    return number


def paginate(queryset: QuerySet, params: QueryDict, size: int, *, count: int | None = None) -> Page:
    """The requested page of ``queryset``; a page that does not exist is a 404, as on the API.

    ``count``: the number of rows of ``queryset`` when the caller already knows it."""
    try:
        number = page_number(params)
    except BadParameter as exc:
        raise Http404(str(exc)) from None
    try:
        return CachedCountPaginator(queryset, size, count).page(number)
    except EmptyPage:
        raise Http404("That page does not exist: the list is shorter.") from None


def request_errors(params: QueryDict, filterset: Any) -> list[str]:
    """Unknown parameters and unreadable filter values, as "parameter: message" lines."""
    known = set(filterset.base_filters) | set(PAGE_PARAMS)
    errors = [f"{name}: unknown parameter." for name in sorted(set(params) - known)]
    if not filterset.is_valid():
        errors.extend(_filter_errors(filterset))
    return errors


def browse(
    request: HttpRequest,
    filterset: Any,
    load: Callable[[list[Any]], list[Any]] | None = None,
    *,
    by_id: bool = False,
) -> tuple[dict[str, Any], int]:
    """Validate a list request as the API does, then page through the filtered rows.

    Returns the template context (form, chips, errors, page, sort links) and the HTTP status:
    400 when a parameter is unknown or its value cannot be read, so that a typo never shows
    an unfiltered list that looks like an answer.

    With ``load``, deep pages are taken over the rows' primary keys and ``load(ids)`` turns
    that page's ids into its objects, in order (see :mod:`core.listing`); ``by_id`` does so
    for every page (the deal table's rows come from :mod:`deals.queries.table`).
    """
    params = request.GET
    base_url = request.path
    errors = request_errors(params, filterset)
    size = DEFAULT_PAGE_SIZE
    try:
        size = page_size(params)
    except BadParameter as exc:
        errors.append(str(exc))
    try:
        page_number(params)
    except BadParameter as exc:
        errors.append(str(exc))
    page = None
    deep = not errors and load is not None and (by_id or is_deep_page(page_number(params), size))
    if not errors and not deep:
        page = paginate(filterset.qs, params, size)
    elif deep and load is not None:
        page = paginate(deal_ids(filterset.qs), params, size)
        page.object_list = load(list(page.object_list))
    query = clean_query(params)
    export_query = clean_query(params)
    for key in PAGE_PARAMS:
        export_query.pop(key, None)
    context = {
        "filterset": filterset,
        "form": filterset.form,
        "chips": filter_chips(filterset, params, base_url),
        "errors": errors,
        "page_obj": page,
        "page_range": page_range(page) if page else [],
        "sort": sort_options(filterset, params),
        "query": query,
        "export_query": export_query.urlencode(),
        "filters_active": any(k not in PAGE_PARAMS for k in query),
    }
    return context, 400 if errors else 200


def page_range(page: Page) -> list[int | str]:
    """Page numbers around the current one, with "…" for the elided stretches."""
    return list(page.paginator.get_elided_page_range(page.number, on_each_side=2, on_ends=1))


def sort_options(filterset: Any, params: QueryDict) -> dict[str, dict[str, str]]:
    """For each sortable column parameter: the link that sorts by it and the current direction."""
    ordering = filterset.filters.get("ordering")
    if ordering is None:
        return {}
    current = (params.get("ordering") or "").split(",")[0].strip()
    rest = clean_query(params)
    rest.pop("page", None)
    options: dict[str, dict[str, str]] = {}
    for key in getattr(ordering, "param_map", {}):
        if current == key:
            direction, next_value = "ascending", f"-{key}"
        elif current == f"-{key}":
            direction, next_value = "descending", key
        else:
            direction, next_value = "", key
        rest["ordering"] = next_value
        options[key] = {"url": f"?{rest.urlencode()}", "direction": direction}
    return options


def split_fields(form: Any, primary: tuple[str, ...], query: QueryDict) -> dict[str, Any]:
    """The form's own fields in its order, split into the primary ones and the rest.

    "More filters" starts open when one of its fields is in use or has an error, so that an
    active filter is never hidden.
    """
    speed_up_selects(form)
    # Parameters a page sets but a reader does not choose (exclude_deal from comps) ride along
    # as hidden inputs, so refining the list keeps them; they get no label of their own.
    hidden = {name for name in form.fields if form[name].is_hidden}
    more = [form[name] for name in form.fields if name not in primary and name not in hidden]
    return {
        "primary_fields": [
            form[name] for name in form.fields if name in primary and name not in hidden
        ],
        "more_fields": more,
        "hidden_fields": [form[name] for name in form.fields if name in hidden],
        "more_open": any(field.name in query or field.errors for field in more),
    }


def _filter_errors(filterset: Any) -> list[str]:
    """Form errors as "parameter: message" lines, the way the API names the bad parameter."""
    return [
        f"{name}: {message}" if name != "__all__" else str(message)
        for name, messages in filterset.form.errors.items()
        for message in messages
    ]
