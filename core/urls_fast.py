"""Detail-page URLs by slug, without a whole ``reverse()`` per link.

A page of 50 deals links every deal, party, asset and conference: about 200 reverse() calls,
a fifth of the time the deal table took to render. The URL of a slug route is its prefix,
the quoted slug and its suffix, so the prefix and suffix are found once per URLconf and
script prefix and the slug is quoted the way reverse() quotes it. tests/test_urls_fast.py
checks it against reverse() for awkward slugs, under a script prefix too.
"""

from __future__ import annotations

from urllib.parse import quote

from django.urls import get_resolver, get_script_prefix, get_urlconf, reverse
from django.utils.http import RFC3986_SUBDELIMS

_PLACEHOLDER = "slug0placeholder0"
_SAFE = RFC3986_SUBDELIMS + "/~:@"  # what reverse() leaves unquoted
# (resolver, script prefix, view name) -> (before the slug, after it). The resolver object is
# part of the key because Django replaces it when the URLconf changes (tests do).
_cache: dict[tuple[object, str, str], tuple[str, str]] = {}


def slug_url(view_name: str, slug: str) -> str:
    """``reverse(view_name, kwargs={"slug": slug})``, fast."""
    if not slug or "/" in slug or "." in slug:
        # reverse() refuses some of these and normalises others ("/./"): let it decide.
        return reverse(view_name, kwargs={"slug": slug})
    key = (get_resolver(get_urlconf()), get_script_prefix(), view_name)
    parts = _cache.get(key)
    if parts is None:
        before, _, after = reverse(view_name, kwargs={"slug": _PLACEHOLDER}).partition(_PLACEHOLDER)
        parts = _cache.setdefault(key, (before, after))
    return f"{parts[0]}{quote(slug, safe=_SAFE)}{parts[1]}"


def plain_url(view_name: str) -> str:
    """``reverse(view_name)`` for a route without arguments, found once per URLconf and script
    prefix (a profile links a hundred figures to the same deal list)."""
    key = (get_resolver(get_urlconf()), get_script_prefix(), f"{view_name}()")
    parts = _cache.get(key)
    if parts is None:
        parts = _cache.setdefault(key, (reverse(view_name), ""))
    return parts[0]
