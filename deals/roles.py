"""The Viewer and Analyst groups and the permissions each carries.

Used by the data migration (with historical models) and after every migrate or flush (with the
real ones), so the groups exist again after a test flush and pick up new models' permissions.
"""

from typing import Any

DATA_MODELS = {
    "companies": [
        "company", "companyalias", "stocklisting", "asset", "assetalias", "target",
        "therapeuticarea",
    ],
    "deals": [
        "deal", "dealparty", "dealasset", "dealterritory", "paymentcomponent", "royalty",
        "source", "dealevent", "conference", "conferenceseries", "fxrate", "region",
    ],
}  # fmt: skip


def ensure_roles(group_model: Any, permission_model: Any) -> None:
    """Create the groups if missing and grant them their permissions (idempotent)."""
    viewer, _ = group_model.objects.get_or_create(name="Viewer")
    analyst, _ = group_model.objects.get_or_create(name="Analyst")
    viewer_perms, analyst_perms = [], []
    for app_label, models in DATA_MODELS.items():
        perms = permission_model.objects.filter(content_type__app_label=app_label)
        for model in models:
            viewer_perms += perms.filter(codename=f"view_{model}")
            analyst_perms += perms.filter(
                codename__in=[f"{a}_{model}" for a in ("view", "add", "change", "delete")]
            )
    internal = permission_model.objects.filter(
        content_type__app_label="deals", codename="view_internal_deal"
    )
    viewer.permissions.add(*viewer_perms, *internal)
    analyst.permissions.add(*analyst_perms, *internal)
