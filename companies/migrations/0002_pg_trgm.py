# Trigram similarity for alias-aware, typo-tolerant search. A no-op on SQLite, where
# search falls back to case-insensitive matching.
from django.contrib.postgres.operations import TrigramExtension
from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("companies", "0001_initial")]

    operations = [TrigramExtension()]
