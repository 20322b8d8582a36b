"""HTTP caching for the API: ETags on every read, ``If-None-Match`` (304), Cache-Control, Vary.

Every ``GET``/``HEAD`` of ``/api/`` that answers 200 carries an ``ETag`` that depends only on
what this reader received: a detail's tag is set by its viewset (a digest of the JSON, also
what ``If-Match`` compares with), anything else gets a digest of the body here. A request whose
``If-None-Match`` names the current tag gets ``304 Not Modified`` without the body.

A response can differ by token or session (internal deals, analyst notes, per-reader counts),
so it says ``Vary: Accept, Authorization, Cookie`` and is ``private`` whenever the request
carried credentials: a shared cache never serves one reader's answer to another. Every
response must be revalidated (``no-cache``): the data changes at any time, and a
revalidation with the ETag costs a 304.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable

from django.http import HttpRequest, HttpResponse, HttpResponseBase
from django.utils.cache import get_conditional_response, patch_cache_control, patch_vary_headers

from core.middleware import is_api

VARY = ("Accept", "Authorization", "Cookie")


def body_etag(content: bytes) -> str:
    """A strong ETag of a response body."""
    return '"' + hashlib.sha256(content).hexdigest()[:32] + '"'


def _credentialed(request: HttpRequest) -> bool:
    user = getattr(request, "user", None)
    return "authorization" in request.headers or bool(user and user.is_authenticated)


class ApiCachingMiddleware:
    """ETag, 304, Cache-Control and Vary on the API's successful reads (see the module doc)."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponseBase]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponseBase:
        response = self.get_response(request)
        if request.method not in ("GET", "HEAD") or not is_api(request):
            return response
        patch_vary_headers(response, VARY)
        if response.status_code != 200 or not isinstance(response, HttpResponse):
            return response  # errors and streamed bodies: no tag, no conditional answer
        if _credentialed(request):
            patch_cache_control(response, private=True, no_cache=True)
        else:
            patch_cache_control(response, public=True, no_cache=True)
        if not response.has_header("ETag"):
            response["ETag"] = body_etag(response.content)
        conditional = get_conditional_response(request, etag=response["ETag"], response=response)
        return conditional if conditional is not None else response
