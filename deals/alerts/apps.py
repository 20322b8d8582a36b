from django.apps import AppConfig


class AlertsConfig(AppConfig):
    """Saved searches, watchlists and the alerts sent for them (e-mail, Atom, webhooks)."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "deals.alerts"
    label = "alerts"
    verbose_name = "Alerts"

    def ready(self) -> None:
        from deals.alerts import signals  # noqa: F401  (connects the receivers)
