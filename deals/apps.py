from django.apps import AppConfig


class DealsConfig(AppConfig):
    """Deals, their parties, money terms, sources and conferences."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "deals"

    def ready(self) -> None:
        from . import signals  # noqa: F401  (connects the FX-rate receivers)
