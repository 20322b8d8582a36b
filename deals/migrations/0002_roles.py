# The two analyst roles. Viewers read everything, internal deals included; Analysts also
# add, change and delete deal data. Superusers administer users and groups.
from django.contrib.auth.management import create_permissions
from django.db import migrations

from deals.roles import ensure_roles


def create_roles(apps, schema_editor):
    # Permissions are normally created after migrate; make sure they exist now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, verbosity=0)
        app_config.models_module = None
    ensure_roles(apps.get_model("auth", "Group"), apps.get_model("auth", "Permission"))


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
