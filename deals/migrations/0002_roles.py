# The two analyst roles. Viewers read everything, internal deals included; Analysts also
# add, change and delete deal data. Superusers administer users and groups.
from django.contrib.auth.management import create_permissions
from django.db import migrations

DATA_MODELS = {
    "companies": [
        "company", "companyalias", "stocklisting", "asset", "assetalias", "target",
        "therapeuticarea",
    ],
    "deals": [
        "deal", "dealparty", "dealasset", "dealterritory", "paymentcomponent", "royalty",
        "source", "dealevent", "conference", "conferenceseries", "fxrate", "region",
    ],
}


def create_roles(apps, schema_editor):
    # Permissions are normally created after migrate; make sure they exist now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, verbosity=0)
        app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    viewer, _ = Group.objects.get_or_create(name="Viewer")
    analyst, _ = Group.objects.get_or_create(name="Analyst")
    for app_label, models in DATA_MODELS.items():
        for model in models:
            view = Permission.objects.get(content_type__app_label=app_label, codename=f"view_{model}")
            viewer.permissions.add(view)
            analyst.permissions.add(view)
            for action in ("add", "change", "delete"):
                analyst.permissions.add(
                    Permission.objects.get(
                        content_type__app_label=app_label, codename=f"{action}_{model}"
                    )
                )
    internal = Permission.objects.get(content_type__app_label="deals", codename="view_internal_deal")
    viewer.permissions.add(internal)
    analyst.permissions.add(internal)


def remove_roles(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=["Viewer", "Analyst"]).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("deals", "0001_initial"),
        ("companies", "0002_pg_trgm"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_roles, remove_roles)]
