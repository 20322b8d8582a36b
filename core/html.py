"""``format_html`` and ``format_html_join`` as Django writes them, without the per-call wrappers.

Django's versions escape each argument through ``escape()``, which ``keep_lazy`` wraps: every
call scans its arguments for lazy strings before doing anything. A deal table builds a few
thousand small fragments per page (links, badges, money), and those scans were a large share of
the rows' time. These functions do the same thing in the same order (a lazy string is turned into
text, anything with ``__html__`` is trusted, everything else is ``html.escape``d with quotes) and
return the same ``SafeString``; tests/test_html.py holds them equal to Django's on odd inputs.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Mapping
from typing import Any

from django.utils.functional import Promise
from django.utils.safestring import SafeString


def conditional_escape(value: Any) -> str:
    """``django.utils.html.conditional_escape``: safe text as it is, anything else escaped."""
    if isinstance(value, Promise):
        value = str(value)
    method = getattr(value, "__html__", None)
    if method is not None:
        return str(method())
    return html.escape(str(value))


def format_html(format_string: str, *args: Any, **kwargs: Any) -> SafeString:
    """``django.utils.html.format_html``: ``str.format`` over escaped arguments, marked safe."""
    if not (args or kwargs):
        raise TypeError("args or kwargs must be provided.")
    escaped = [conditional_escape(arg) for arg in args]
    if kwargs:
        named = {key: conditional_escape(value) for key, value in kwargs.items()}
        return SafeString(format_string.format(*escaped, **named))
    return SafeString(format_string.format(*escaped))


def format_html_join(sep: str, format_string: str, args_generator: Iterable[Any]) -> SafeString:
    """``django.utils.html.format_html_join``: :func:`format_html` per item, joined by ``sep``."""
    return SafeString(
        conditional_escape(sep).join(
            format_html(format_string, **args)
            if isinstance(args, Mapping)
            else format_html(format_string, *args)
            for args in args_generator
        )
    )
