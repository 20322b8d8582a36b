from django.apps import AppConfig


class CoreConfig(AppConfig):
    """Machinery shared by both apps and both front ends: listing, paging, charts, API base.

    It knows no model of its own and imports neither ``companies`` nor ``deals``: both build
    on it, so nothing here can depend on them.
    """

    default_auto_field = "django.db.models.BigAutoField"
    name = "core"
