"""``manage.py create_api_token USERNAME [--write] [--expires-in-days N] [--description TEXT]``.

Prints a new API token once: only its digest is stored, so it cannot be shown again.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError, CommandParser

from accounts.models import create_token


class Command(BaseCommand):
    help = (
        "Create an API token for USERNAME and print it (shown once; only a digest is stored). "
        "Read-only unless --write; writing also needs the user's permissions (Analyst role)."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("username")
        parser.add_argument(
            "--write", action="store_true", help="Allow POST/PUT/PATCH/DELETE with this token."
        )
        parser.add_argument(
            "--expires-in-days",
            type=int,
            default=None,
            help="Expire the token after this many days (default: never).",
        )
        parser.add_argument("--description", default="", help="What the token is for.")

    def handle(self, *args: Any, **options: Any) -> None:
        user_model = get_user_model()
        try:
            user = user_model._default_manager.get_by_natural_key(options["username"])
        except user_model.DoesNotExist:
            raise CommandError(f"No user named “{options['username']}”.") from None
        if not user.is_active:
            raise CommandError(f"User “{user.get_username()}” is inactive.")
        days = options["expires_in_days"]
        if days is not None and days < 1:
            raise CommandError("--expires-in-days must be at least 1.")
        if options["write"] and not user.has_perm("deals.change_deal"):
            self.stderr.write(
                self.style.WARNING(
                    f"Note: “{user.get_username()}” lacks the permission to change deals; "
                    "the token's writes will be refused until the user is an Analyst."
                )
            )
        _token, key = create_token(
            user,
            write=options["write"],
            expires_in=timedelta(days=days) if days else None,
            description=options["description"],
        )
        # The key alone on stdout, so that scripts can capture it: KEY=$(manage.py ...).
        self.stdout.write(key)
        scope = "read and write" if options["write"] else "read-only"
        expiry = f", expires in {days} days" if days else ""
        self.stderr.write(f"Created a {scope} token for {user.get_username()}{expiry}.")
