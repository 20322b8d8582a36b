from django.apps import AppConfig
from django.db.models.signals import post_migrate


def _ensure_roles(**kwargs: object) -> None:
    # After every migrate and every flush (tests), so the groups are never missing.
    from django.contrib.auth.models import Group, Permission

    from .roles import ensure_roles

    ensure_roles(Group, Permission)


class DealsConfig(AppConfig):
    """Deals, their parties, money terms, sources and conferences."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "deals"

    def ready(self) -> None:
        from core.result_cache import (
            COUNT_SOURCES,
            VERSION_MOVED,
            bump_data_version,
            connect_signals,
        )

        from . import signals  # noqa: F401  (connects the FX-rate receivers)
        from .analytics import breakdown_totals, facts_sync, stored_statistics
        from .profiles import sync as profile_sync
        from .rights import sync

        sync.connect()
        facts_sync.connect()
        profile_sync.connect()
        if breakdown_totals.schedule not in VERSION_MOVED:
            VERSION_MOVED.append(breakdown_totals.schedule)
        # The unfiltered and class-only deal lists are counted by the stored statistics.
        if stored_statistics.stored_count not in COUNT_SOURCES:
            COUNT_SOURCES.append(stored_statistics.stored_count)

        post_migrate.connect(_ensure_roles, sender=self)
        post_migrate.connect(bump_data_version, sender=self)
        connect_signals()
