from django.db import models

from companies.models import Company


class CompanyFigures(models.Model):
    """A company's public deal-profile figures, stored (deals/profiles/stored.py).

    Derived, never edited: the values :func:`deals.profiles.profile.figure_values` computes over
    the public deals (counts by role and year, partners, modalities, therapeutic areas,
    disclosed upfront), written again by deals/profiles/sync.py when a transaction that changed
    any of them commits, and all at once by ``manage.py rebuild_profiles`` and the bulk
    loaders. Only the public scope is stored: readers who may see internal deals get the
    figures computed live. A company without a row is computed live too, so a missing row is
    slow, never wrong.
    """

    # Written only from other models' writes, which move the data version already
    # (core/result_cache.py connect_signals skips DERIVED models).
    DERIVED = True

    company = models.OneToOneField(
        Company, on_delete=models.CASCADE, primary_key=True, related_name="+"
    )
    figures = models.JSONField()

    class Meta:
        verbose_name_plural = "company figures"

    def __str__(self) -> str:
        return f"figures of company {self.company_id}"
