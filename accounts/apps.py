from django.apps import AppConfig


class AccountsConfig(AppConfig):
    """API tokens and their scopes (the tokens themselves are django-rest-knox's)."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "accounts"
    verbose_name = "API access"
