# Search indexes for `q` on PostgreSQL: full text over deal titles and summaries, and trigram
# (pg_trgm) indexes on the upper-cased columns that icontains compiles to. They are created
# only on PostgreSQL; SQLite's case-insensitive fallback has nothing to use them.
from django.contrib.postgres.indexes import GinIndex, OpClass
from django.contrib.postgres.search import SearchVector
from django.db import migrations
from django.db.models.functions import Upper


def _trgm(expression, name):
    return GinIndex(OpClass(expression, name="gin_trgm_ops"), name=name)


INDEXES = [
    (
        "deals",
        "Deal",
        GinIndex(SearchVector("title", "summary", config="english"), name="deal_search_vector"),
    ),
    ("deals", "Deal", _trgm(Upper("title"), "deal_title_trgm")),
    ("deals", "Deal", _trgm(Upper("summary"), "deal_summary_trgm")),
    ("deals", "DealParty", _trgm(Upper("name_as_reported"), "dealparty_reported_trgm")),
    ("companies", "Company", _trgm(Upper("name"), "company_name_trgm")),
    ("companies", "Company", _trgm(Upper("legal_name"), "company_legal_trgm")),
    ("companies", "Company", _trgm(Upper("local_name"), "company_local_trgm")),
    ("companies", "CompanyAlias", _trgm(Upper("name"), "companyalias_name_trgm")),
    ("companies", "CompanyAlias", _trgm("normalized", "companyalias_norm_trgm")),
    ("companies", "Asset", _trgm(Upper("name"), "asset_name_trgm")),
    ("companies", "AssetAlias", _trgm(Upper("name"), "assetalias_name_trgm")),
    ("companies", "AssetAlias", _trgm("normalized", "assetalias_norm_trgm")),
]


def add_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for app_label, model_name, index in INDEXES:
        schema_editor.add_index(apps.get_model(app_label, model_name), index)


def remove_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for app_label, model_name, index in INDEXES:
        schema_editor.remove_index(apps.get_model(app_label, model_name), index)


class Migration(migrations.Migration):
    dependencies = [
        ("deals", "0003_list_indexes"),
        ("companies", "0003_list_indexes"),
    ]

    operations = [migrations.RunPython(add_indexes, remove_indexes)]
