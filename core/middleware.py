"""Request guards that apply to every URL, before any view runs."""

from __future__ import annotations

from collections.abc import Callable

from django.conf import settings
from django.core.exceptions import BadRequest
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse

NUL = "\x00"
NUL_MESSAGE = "Null characters are not allowed."


def client_ip(request: HttpRequest) -> str | None:
    """The client's address: the socket's, or behind ``NUM_PROXIES`` proxies of ours the one
    the outermost of them saw (X-Forwarded-For read from the right, where our proxies append;
    what a client wrote on the left is ignored). DRF's ``get_ident`` applies the same rule to
    the API's throttles; django-axes calls this for login lockouts."""
    remote = request.META.get("REMOTE_ADDR")
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR")
    proxies = settings.NUM_PROXIES
    if not proxies or not forwarded:
        return remote
    addresses = [address.strip() for address in forwarded.split(",")]
    return addresses[-min(proxies, len(addresses))] or remote


def is_api(request: HttpRequest) -> bool:
    """True for the REST API's URLs, whose errors are JSON."""
    return request.path_info.startswith("/api/")


class RejectNulMiddleware:
    """A NUL byte in the path is a 404, in a query parameter a 400: never a database error.

    PostgreSQL text cannot hold NUL, so a slug or filter value with one matches nothing and
    must not reach a query (psycopg refuses it with a DataError: a 500). Checked once here
    rather than in every view, so a URL added later is covered too. The API answers in its
    JSON error shapes (``{"detail"}`` for a 404, ``{"parameter": [messages]}`` for a 400).
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if NUL in request.path_info:
            if is_api(request):
                return JsonResponse({"detail": "Not found."}, status=404)
            raise Http404("No such page.")
        bad = sorted(
            {
                key
                for key, values in request.GET.lists()
                if NUL in key or any(NUL in v for v in values)
            }
        )
        if bad:
            if is_api(request):
                return JsonResponse({key: [NUL_MESSAGE] for key in bad}, status=400)
            raise BadRequest(NUL_MESSAGE)
        return self.get_response(request)
