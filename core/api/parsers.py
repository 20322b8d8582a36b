"""The API's request parser (named in settings.REST_FRAMEWORK)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from rest_framework import parsers
from rest_framework.exceptions import ParseError

# A deal nests four levels (deal > payments > item > value); nothing legitimate comes close.
MAX_JSON_DEPTH = 20


def _deeper_than(data: Any, limit: int) -> bool:
    """True when ``data`` nests lists/objects more than ``limit`` levels (iterative: a
    recursive walk would hit the very recursion limit it guards against)."""
    stack = [(data, 1)]
    while stack:
        value, depth = stack.pop()
        children: Iterable[Any]
        if isinstance(value, dict):
            children = value.values()
        elif isinstance(value, list):
            children = value
        else:
            continue
        if depth > limit:
            return True
        stack.extend((child, depth + 1) for child in children)
    return False


class JSONParser(parsers.JSONParser):
    """DRF's JSON parser, with deep nesting refused as a 400 instead of a RecursionError (500).

    Python's json module recurses once per level, so ``[[[[...]]]]`` a hundred thousand deep
    exhausts the stack; anything deeper than :data:`MAX_JSON_DEPTH` is refused before the
    serializers (which recurse too) see it.
    """

    def parse(self, stream: Any, media_type: str | None = None, parser_context: Any = None) -> Any:
        message = f"JSON nested more than {MAX_JSON_DEPTH} levels deep is not accepted."
        try:
            data = super().parse(stream, media_type, parser_context)
        except RecursionError:
            raise ParseError(message) from None
        if _deeper_than(data, MAX_JSON_DEPTH):
            raise ParseError(message)
        return data
