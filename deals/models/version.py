"""The data version the database holds: what exact counts are cached against without Redis."""

from __future__ import annotations

from django.db import models


class DataVersion(models.Model):
    """One row (id 1) whose ``token`` changes with every write to deals, companies and assets.

    core/result_cache.py writes a new random token in the same transaction as each write (the
    save and delete signals of the tracked apps, and :func:`core.result_cache.bump_data_version`
    for bulk writes), so a reader sees a new token exactly when it sees the new rows, and every
    process (each gunicorn worker) can cache a count under the token it read without any shared
    cache. Tokens are random, never a counter: a rolled-back write can never hand its token to
    different data later.
    """

    token = models.CharField(max_length=32)

    class Meta:
        verbose_name = "data version"

    def __str__(self) -> str:
        return self.token
