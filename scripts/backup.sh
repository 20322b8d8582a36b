#!/usr/bin/env bash
# make backup / make restore: PostgreSQL custom-format dumps (pg_dump -Fc / pg_restore).
#   scripts/backup.sh backup  [FILE]   writes FILE (default backups/dealscope-<UTC time>.dump)
#   scripts/backup.sh restore FILE     restores FILE into DATABASE_URL, replacing what is there
set -euo pipefail

url="${DATABASE_URL:-}"
case "$url" in
  postgres://*|postgresql://*) ;;
  *) echo "backup/restore need DATABASE_URL=postgres://… (SQLite: copy db.sqlite3 instead)" >&2; exit 2 ;;
esac

case "${1:-}" in
  backup)
    file="${2:-backups/dealscope-$(date -u +%Y%m%dT%H%M%SZ).dump}"
    mkdir -p "$(dirname "$file")"
    pg_dump --format=custom --no-owner --no-privileges --file="$file" "$url"
    echo "backup written: $file ($(du -h "$file" | cut -f1))"
    ;;
  restore)
    file="${2:?usage: $0 restore FILE}"
    test -r "$file" || { echo "cannot read $file" >&2; exit 2; }
    # --single-transaction: a failed restore leaves the database as it was.
    pg_restore --clean --if-exists --no-owner --no-privileges --single-transaction \
      --exit-on-error --dbname="$url" "$file"
    echo "restored $file into the database"
    ;;
  *) echo "usage: $0 backup [FILE] | restore FILE" >&2; exit 2 ;;
esac
