from django.db import migrations, models


def first_token(apps, schema_editor):
    import uuid

    apps.get_model("deals", "DataVersion").objects.create(id=1, token=uuid.uuid4().hex)


class Migration(migrations.Migration):
    dependencies = [
        ("deals", "0013_search_documents"),
    ]

    operations = [
        migrations.CreateModel(
            name="DataVersion",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("token", models.CharField(max_length=32)),
            ],
            options={"verbose_name": "data version"},
        ),
        migrations.RunPython(first_token, migrations.RunPython.noop),
    ]
