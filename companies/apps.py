from django.apps import AppConfig


class CompaniesConfig(AppConfig):
    """Companies, assets, targets and therapeutic areas."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "companies"
