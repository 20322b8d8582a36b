"""The price paid at closing now counts as an M&A deal's upfront (deals/measures.py):
rewrite every deal's stored measures from its payments."""

from django.db import migrations

from deals import measures


def write_measures(apps, schema_editor):
    Deal = apps.get_model("deals", "Deal")
    PaymentComponent = apps.get_model("deals", "PaymentComponent")
    Deal.objects.update(**measures.live_annotations(PaymentComponent))


class Migration(migrations.Migration):
    dependencies = [("deals", "0007_deal_class")]

    operations = [migrations.RunPython(write_measures, migrations.RunPython.noop)]
