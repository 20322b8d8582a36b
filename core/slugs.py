"""Slugs typed by people or clients: one normal form, and no lookalikes of other slugs.

``ａｂｃ`` (full-width) and ``abc`` read the same and must not be two URLs; ``аbbvie`` with a
Cyrillic "а" must not pose as ``abbvie``. Input slugs are brought to NFKC (full-width and
compatibility characters become their plain forms) and lower case, and a slug that mixes
Latin letters with Cyrillic or Greek ones, the scripts whose letters look Latin, is refused.
Slugs written wholly in one script (Chinese, Korean, Cyrillic...) stay allowed.
"""

from __future__ import annotations

import unicodedata
from typing import Any

from django.core.exceptions import ValidationError
from rest_framework import serializers

# Scripts whose letters are confusable with Latin ones ("а" U+0430, "ο" U+03BF...).
_CONFUSABLE_WITH_LATIN = ("CYRILLIC", "GREEK")


def normalize_slug(value: str) -> str:
    """The normal form of a typed slug: NFKC, lower case, no surrounding spaces."""
    return unicodedata.normalize("NFKC", value).strip().lower()


def _scripts(value: str) -> set[str]:
    """The scripts of the letters in ``value`` (the first word of each letter's Unicode name)."""
    return {unicodedata.name(c, "UNKNOWN").split()[0] for c in value if c.isalpha()}


def validate_slug(value: str) -> None:
    """Refuse a slug that is not in normal form or mixes Latin with lookalike letters."""
    if not value:
        return
    normal = normalize_slug(value)
    if normal != value:
        raise ValidationError(f"Write this slug as “{normal}” (plain characters, lower case).")
    scripts = _scripts(value)
    mixed = sorted(scripts & set(_CONFUSABLE_WITH_LATIN))
    if "LATIN" in scripts and mixed:
        raise ValidationError(
            f"This slug mixes Latin and {' and '.join(s.title() for s in mixed)} letters, "
            "which look alike; use one script."
        )


class SlugInputField(serializers.SlugField):
    """A slug from an API client: brought to normal form, then refused if it has lookalikes."""

    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("allow_unicode", True)
        super().__init__(**kwargs)

    def to_internal_value(self, data: Any) -> str:
        if isinstance(data, str):
            data = normalize_slug(data)
        value = super().to_internal_value(data)
        try:
            validate_slug(value)
        except ValidationError as error:
            raise serializers.ValidationError(error.messages) from None
        return value
