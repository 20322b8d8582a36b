"""Backup drill: dump the database, restore it into a fresh one, compare every table."""

import os
import shutil
import subprocess
from pathlib import Path

import psycopg
import pytest
from django.db import connection

from deals.models import Deal
from tests.factories import DealPartyFactory, PaymentFactory, SourceFactory

ROOT = Path(__file__).resolve().parent.parent

pytestmark = [
    pytest.mark.skipif(connection.vendor != "postgresql", reason="pg_dump drill needs PostgreSQL"),
    pytest.mark.skipif(shutil.which("pg_dump") is None, reason="pg_dump is not installed"),
]


def _url(dbname: str) -> str:
    s = connection.settings_dict
    user = s["USER"] or "postgres"
    return f"postgresql://{user}@{s['HOST'] or '127.0.0.1'}:{s['PORT'] or 5432}/{dbname}"


def _fingerprint(url: str) -> dict[str, tuple[int, str]]:
    """Row count and an order-independent checksum of every table in the public schema."""
    result = {}
    with psycopg.connect(url) as conn:
        tables = [
            r[0]
            for r in conn.execute(
                "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename"
            )
        ]
        for table in tables:
            # md5 of the sorted text of every row: equal iff the same rows are present.
            rows_digest = "md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), ''))"
            count, digest = conn.execute(
                f'SELECT count(*), {rows_digest} FROM "{table}" AS t'  # noqa: S608 - catalog names
            ).fetchone()
            result[table] = (count, digest)
    return result


@pytest.mark.django_db(transaction=True)
def test_backup_restores_into_a_fresh_database_identically(tmp_path: Path) -> None:
    party = DealPartyFactory(deal__title="Drill deal 荣昌生物")
    PaymentFactory(deal=party.deal)
    PaymentFactory(deal=party.deal, kind="milestones", disclosed=False, amount=None, currency="")
    SourceFactory(deal=party.deal, quote="“Up to $5.6B”")
    assert Deal.objects.count() == 1

    source_url = _url(connection.settings_dict["NAME"])
    restored_name = f"{connection.settings_dict['NAME']}_restore"
    dump = tmp_path / "drill.dump"
    env = {**os.environ, "DATABASE_URL": source_url}
    subprocess.run([ROOT / "scripts/backup.sh", "backup", dump], env=env, check=True)  # noqa: S603

    admin_url = _url("postgres")
    with psycopg.connect(admin_url, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{restored_name}"')
        conn.execute(f'CREATE DATABASE "{restored_name}"')
    try:
        restore_env = {**os.environ, "DATABASE_URL": _url(restored_name)}
        subprocess.run(  # noqa: S603
            [ROOT / "scripts/backup.sh", "restore", dump], env=restore_env, check=True
        )
        before, after = _fingerprint(source_url), _fingerprint(_url(restored_name))
        assert before.keys() == after.keys()
        assert before == after
        assert before["deals_deal"][0] == 1 and before["deals_paymentcomponent"][0] == 2
    finally:
        with psycopg.connect(admin_url, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{restored_name}" WITH (FORCE)')
