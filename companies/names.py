"""Name normalisation and slugs shared by companies, assets and deals.

Matching must find "Pfizer" in "Pfizer Inc.", "ALTB4" in "ALT-B4" and keep CJK names intact,
so every comparison goes through :func:`normalize_name`.
"""

import re
import unicodedata

from django.db import models
from django.utils.text import slugify

# Legal-form words that say nothing about which company is meant.
_LEGAL_SUFFIXES = {
    "inc", "incorporated", "corp", "corporation", "co", "company", "ltd", "limited", "llc",
    "plc", "ag", "sa", "se", "nv", "bv", "gmbh", "kk", "spa", "ab", "as", "asa", "oy", "lp",
    "holdings", "holding", "group",
}  # fmt: skip
_NON_WORD = re.compile(r"[\W_]+", re.UNICODE)


def normalize_name(value: str, *, strip_legal: bool = False) -> str:
    """Fold case, width and punctuation: "ALT-B4" and "altb4" both become "altb4"."""
    text = unicodedata.normalize("NFKC", value or "").casefold()
    words = [w for w in _NON_WORD.split(text) if w]
    if strip_legal:
        kept = [w for w in words if w not in _LEGAL_SUFFIXES]
        words = kept or words
    return "".join(words)


def unique_slug(
    instance: models.Model, source: str, *, field: str = "slug", max_length: int = 80
) -> str:
    """A slug for ``source`` unused by other rows of ``instance``'s model.

    ASCII when the name has Latin letters; a Unicode slug for names written only in
    Chinese or Korean, so that such names still get a readable URL. A long name is cut at a
    word boundary, never inside a word. Words the model reserves for its own URLs
    (``RESERVED_SLUGS``, e.g. a deal called "Summary" next to ``/api/v1/deals/summary/``)
    get a number.
    """
    base = _cut(slugify(source), max_length) or _cut(
        slugify(source, allow_unicode=True), max_length
    )
    base = base or str(instance._meta.model_name)  # always set on a concrete model
    reserved = set(getattr(instance, "RESERVED_SLUGS", ()))
    manager = type(instance)._default_manager
    others = manager.exclude(pk=instance.pk) if instance.pk else manager.all()
    candidate, n = base, 2
    while candidate in reserved or others.filter(**{field: candidate}).exists():
        suffix = f"-{n}"
        candidate = f"{_cut(base, max_length - len(suffix))}{suffix}"
        n += 1
    return candidate


def _cut(slug: str, max_length: int) -> str:
    """``slug`` shortened to ``max_length`` at a hyphen, so that no word is cut in half (a
    single word longer than the limit is the one exception)."""
    if len(slug) <= max_length:
        return slug.strip("-")
    cut = slug[: max_length + 1]
    if "-" in cut:
        return cut[: cut.rindex("-")].strip("-")
    return slug[:max_length].strip("-")
